"""The schema and the intake story on a real PostgreSQL server, and the schema on SQLite too.

The server is the throw-away one of tests/pgserver.py; without server binaries the PostgreSQL
cases are skipped (the SQLite ones still run).
"""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select
from sqlalchemy.exc import StatementError

from desktop.core import clock
from desktop.core.db import alembic_config, local_station, make_engine, migrate, session_factory
from desktop.core.numbering import is_valid_case_number
from desktop.core.oplog import Actor, rebuild_state
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, get_case, open_case, timeline
from desktop.counter.residents import ResidentForm, create_resident, search_residents
from desktop.models import Base, Operation, RequestType, Station
from desktop.station.seed import seed_reference_data
from tests.conftest import PASSWORD
from tests.core.test_oplog import snapshot
from tests.pgserver import ICU_HEBREW

pytestmark = pytest.mark.postgres


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path) -> str:
    """An empty database of each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    return request.getfixturevalue("pg_url")


def table_names(engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def test_migrations_reach_head_and_match_the_models(empty_url):
    """A model change without its migration fails here, on both backends."""
    engine = make_engine(empty_url)
    try:
        assert table_names(engine) == set()
        migrate(engine)
        head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
        with engine.connect() as conn:
            # The same comparison options as desktop/migrations/env.py.
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            current = context.get_current_revision()
            diff = compare_metadata(context, Base.metadata)
        tables = table_names(engine)
    finally:
        engine.dispose()
    assert current == head
    assert tables == set(Base.metadata.tables) | {"alembic_version"}
    assert diff == []


def test_migrations_go_down_to_empty_and_up_again(empty_url):
    engine = make_engine(empty_url)
    try:
        migrate(engine)
        command.downgrade(alembic_config(engine), "base")
        after_down = table_names(engine)
        migrate(engine)
        after_up = table_names(engine)
    finally:
        engine.dispose()
    assert after_down <= {"alembic_version"}
    assert after_up == set(Base.metadata.tables) | {"alembic_version"}


def test_a_migration_cut_short_leaves_the_schema_as_it_was(empty_url, monkeypatch):
    """All of an upgrade or nothing: on SQLite too, where the driver would commit each CREATE."""
    from alembic import op

    engine = make_engine(empty_url)
    try:
        command.upgrade(alembic_config(engine), "0011")
        before = table_names(engine)

        def cut_short(*_args, **_kwargs):
            raise RuntimeError("power cut")

        monkeypatch.setattr(op, "drop_index", cut_short)
        with pytest.raises(RuntimeError, match="power cut"):
            migrate(engine)  # 0012 creates its tables, triggers and marks, then fails
        assert table_names(engine) == before
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == "0011"
        monkeypatch.undo()
        migrate(engine)
        assert table_names(engine) == set(Base.metadata.tables) | {"alembic_version"}
    finally:
        engine.dispose()


def test_utc_timestamps_come_back_aware_and_equal(empty_url):
    """Stored as UTC and read back aware and equal, although the PG session zone is not UTC."""
    moments = [
        clock.utcnow(),
        dt.datetime(2026, 3, 27, 0, 30, 0, 123456, tzinfo=dt.UTC),  # the night clocks go forward
        dt.datetime(2026, 7, 1, 9, 15, tzinfo=ZoneInfo("Asia/Jerusalem")),  # +03:00
    ]
    engine = make_engine(empty_url)
    try:
        migrate(engine)
        sessions = session_factory(engine)
        with sessions.begin() as s:
            for n, moment in enumerate(moments):
                s.add(Station(id=clock.new_id(), code=f"T{n}", name="בדיקה", created_at=moment))
        with sessions() as s:
            if engine.dialect.name == "postgresql":
                assert s.execute(select(func.current_setting("TimeZone"))).scalar() == (
                    "Asia/Jerusalem"
                )
            back = list(s.scalars(select(Station.created_at).order_by(Station.code)))
            matches = s.scalar(
                select(func.count()).select_from(Station).where(Station.created_at == moments[2])
            )
        with pytest.raises(StatementError, match="naive"), sessions.begin() as s:
            s.add(Station(id=clock.new_id(), code="NAIVE", name="", created_at=dt.datetime.now()))
    finally:
        engine.dispose()
    assert back == moments
    assert all(b.tzinfo is dt.UTC for b in back)
    assert matches == 1


def seed_clerk(sessions) -> Actor:
    """What the `seeded` fixture of tests/conftest.py does, on any engine."""
    with sessions() as s:
        station = local_station(s)
        station_actor = Actor(None, station.id, station.code)
    with sessions.begin() as s:
        seed_reference_data(s, station_actor)
        s.flush()
        clerk = create_user(
            s, station_actor, username="dana", full_name="דנה לוי", role=Role.CLERK,
            password=PASSWORD, phone="0466282110", email="dana@glt.org.il",
        )  # fmt: skip
        return Actor(clerk.id, station.id, station.code)


@pytest.mark.parametrize("pg_url", ["", ICU_HEBREW], ids=["C", "icu-he"], indirect=True)
def test_intake_story_on_postgresql(pg_url, pg_engine):  # pg_url: the options, on an empty one
    sessions = session_factory(pg_engine)
    clerk = seed_clerk(sessions)
    with sessions.begin() as s:
        rid = create_resident(s, clerk, ResidentForm(
            national_id="039337423", first_name="יוסף", last_name="כהן", phone="050-1234567",
            birth_date=dt.date(1958, 3, 12))).id  # fmt: skip
        create_resident(s, clerk, ResidentForm(
            national_id="123456782", first_name="מרים", last_name="לוי"))  # fmt: skip

    with sessions() as s:
        for query in ("כה", "כהן", "יוסף כ", "0393", "39337423", "+972501234567", "+972 50-123"):
            assert [h.id for h in search_residents(s, clerk, query)] == [rid], query
        assert search_residents(s, clerk, "כהן מרים") == []
        types = list(s.scalars(select(RequestType).order_by(RequestType.code)))
    a = types[0]
    b = next(t for t in types if t.department_id != a.department_id)

    started = clock.utcnow() - dt.timedelta(minutes=4)
    with sessions.begin() as s:
        case = open_case(s, clerk, rid, [ItemDraft(a.id, "פירוט (1)"), ItemDraft(b.id)],
                         service_started_at=started)  # fmt: skip
        number = case.number
    with sessions() as s:
        view = get_case(s, clerk, number)
        events = timeline(s, clerk, view)
    year = clock.to_local(view.created_at).year % 100
    assert is_valid_case_number(number)
    assert re.fullmatch(rf"KDR-{year:02d}-00001-\d", number)
    assert view.resident_name == "יוסף כהן" and view.owner_name == "דנה לוי"
    assert [i.request_type for i in view.items] == [a.name, b.name]
    assert view.items[0].department != view.items[1].department
    assert view.items[0].description == "פירוט (1)"
    assert view.items[0].next_steps == tuple(a.steps)
    assert view.service_started_at == started and view.service_started_at.tzinfo is dt.UTC
    assert [e.kind for e in events] == ["case.opened", "case.item_added", "case.item_added"]
    assert all(e.who == "דנה לוי" for e in events)

    with sessions() as s:
        before = snapshot(s)
    with sessions.begin() as s:
        assert rebuild_state(s) == s.scalar(select(func.count()).select_from(Operation))
    with sessions() as s:
        assert snapshot(s) == before


def test_the_head_revision_start_up_checks_is_the_newest_migration(empty_url):
    """Start-up skips Alembic when the database is at HEAD_REVISION: it must be the real head,
    or a new migration would never run on a database at the one before it."""
    from alembic.script import ScriptDirectory

    from desktop.migrations import HEAD_REVISION

    engine = make_engine(empty_url)
    try:
        assert ScriptDirectory.from_config(alembic_config(engine)).get_heads() == [HEAD_REVISION]
    finally:
        engine.dispose()
