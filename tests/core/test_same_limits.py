"""Same constraints everywhere: every limit PostgreSQL enforces (varchar lengths, numeric
precision, NOT NULL) is enforced by a station's SQLite too, so a station never stores what the
hub refuses. The models declare a CHECK for each limited column (SQLite ignores varchar(n));
migration 0017 adds them to databases made before. Both dialects, migrated, are reflected and
compared with the models and with each other.
"""

from __future__ import annotations

import re
import uuid

import pytest
from alembic import command
from sqlalchemy import String, inspect, text
from sqlalchemy.exc import DataError, IntegrityError

from desktop.core.db import alembic_config, make_engine, migrate
from desktop.models import Base
from desktop.models.base import column_limit

pytestmark = pytest.mark.postgres


def normal(sql: str) -> str:
    """A CHECK's text as either dialect gives it back, in one form: PostgreSQL adds casts and
    parentheses, SQLite keeps the text as written."""
    sql = re.sub(r"::[a-z ]+", "", sql.lower())
    return re.sub(r"[\s()\"']", "", sql)


def expected_checks() -> dict[str, dict[str, str]]:
    """From the models: table -> {constraint name: condition}."""
    found: dict[str, dict[str, str]] = {}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            limit = column_limit(column)
            if limit is None:
                continue
            name, condition = limit
            sql = str(condition.compile(compile_kwargs={"literal_binds": True}))
            sql = sql.replace(f"{table.name}.", "")
            found.setdefault(table.name, {})[f"ck_{table.name}_{name}"] = normal(sql)
    return found


def reflected(engine) -> dict[str, dict]:
    """table -> its checks (name -> condition), its columns' NOT NULL and varchar lengths."""
    inspector = inspect(engine)
    out = {}
    for table in Base.metadata.tables:
        columns = {c["name"]: c for c in inspector.get_columns(table)}
        out[table] = {
            "checks": {
                c["name"]: normal(c["sqltext"]) for c in inspector.get_check_constraints(table)
            },
            "not_null": {name for name, c in columns.items() if not c["nullable"]},
            "lengths": {
                name: c["type"].length
                for name, c in columns.items()
                if isinstance(c["type"], String)
                and getattr(c["type"], "length", None)
                and type(c["type"]).__name__ not in ("CHAR", "NCHAR")
            },
        }
    return out


@pytest.fixture
def both(tmp_path, pg_url):
    """A SQLite and a PostgreSQL database, each migrated from empty."""
    engines = [make_engine(f"sqlite:///{tmp_path / 'station.sqlite3'}"), make_engine(pg_url)]
    for engine in engines:
        migrate(engine)
    yield engines
    for engine in engines:
        engine.dispose()


def test_both_dialects_carry_every_limit_of_the_models(both):
    sqlite, postgres = (reflected(engine) for engine in both)
    wanted = expected_checks()
    assert "residents" in wanted and "ck_residents_last_name_length" in wanted["residents"]
    for table in Base.metadata.tables:
        model = Base.metadata.tables[table]
        assert sqlite[table]["checks"] == wanted.get(table, {}), table
        assert postgres[table]["checks"] == wanted.get(table, {}), table
        not_null = {c.name for c in model.columns if not c.nullable}
        assert sqlite[table]["not_null"] == not_null == postgres[table]["not_null"], table
        lengths = {
            c.name: c.type.length
            for c in model.columns
            if isinstance(c.type, String) and c.type.length
        }
        assert sqlite[table]["lengths"] == lengths == postgres[table]["lengths"], table


def test_both_dialects_refuse_the_same_values(both):
    for engine in both:
        for value, column in (("א" * 81, "first_name"), ("0" * 10, "national_id")):
            with engine.begin() as conn, pytest.raises((IntegrityError, DataError)):
                conn.execute(
                    text(
                        "INSERT INTO residents (id, national_id, first_name, last_name, gender,"
                        " phone, phone2, email, address, preferred_channel, language,"
                        " accessibility, created_hlc, field_clocks, created_at, updated_at)"
                        " VALUES (:id, :nid, :first, 'כהן', '', '', '', '', '', 'phone', 'he',"
                        " '', 'x', '{}', '2026-12-05 10:00:00', '2026-12-05 10:00:00')"
                    ),
                    {
                        "id": uuid.uuid4().hex,
                        "nid": value if column == "national_id" else "039337423",
                        "first": value if column == "first_name" else "יוסף",
                    },
                )


def test_an_older_station_database_gets_the_checks_and_keeps_its_triggers(tmp_path):
    """0017 on a station made before it: a value past its limit (the hub refused it) is cut
    to the limit, the tables get their checks, indexes and the figures' triggers are kept."""
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        command.upgrade(alembic_config(engine), "0014")
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO localities (id, code, name) VALUES (:id, 'L1', :name)"),
                {"id": uuid.uuid4().hex, "name": "כפר " + "ת" * 90},
            )
            before = dict(
                conn.execute(
                    text("SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')")
                ).all()
            )
        migrate(engine)
        with engine.begin() as conn:
            after = dict(
                conn.execute(
                    text("SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')")
                ).all()
            )
            name = conn.execute(text("SELECT name FROM localities")).scalar_one()
        # Tables made by later migrations (0015's login_failures, 0016's row clocks, key
        # collisions and resident merges, 0018's translations) bring indexes of their own, and
        # 0021 indexes the access log by date.
        later = (
            "login_failures",
            "row_clocks",
            "key_collisions",
            "resident_merges",
            "translations",
            "ix_access_log_at",
        )
        assert {k: v for k, v in after.items() if not any(t in k for t in later)} == before
        assert len(name) == 80 and name.startswith("כפר ")
        assert reflected(engine)["localities"]["checks"] == expected_checks()["localities"]
    finally:
        engine.dispose()
