"""The access log: every view of personal data written with who, when, where and in what; kept
24 months and purged; read and exported by admins only; never edited by any service.

Privacy Protection (Data Security) Regulations, 5777-2017, reg. 10(a)-(c): an automatic record
of access to the database (the user's identity, the date and time, the part of the database
reached), kept for at least 24 months, and reviewed by the database's controller.
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.core import clock
from desktop.core.errors import NotAllowed
from desktop.core.oplog import Actor, rebuild_state
from desktop.core.users import Role, create_user
from desktop.counter import access
from desktop.counter.residents import ResidentForm, create_resident, open_profile
from desktop.models import AccessLogEntry, Operation

ROOT = Path(__file__).resolve().parents[2] / "desktop"


@pytest.fixture
def office(sessions, seeded):
    """An admin, the clerk, and two residents the clerk found and opened."""
    with sessions.begin() as s:
        boss = create_user(
            s,
            Actor(None, seeded.station_id, seeded.station_code),
            username="boss",
            full_name="מנהלת",
            role=Role.ADMIN,
            password="boss-pass-1",
        )
        yosef = create_resident(
            s, seeded, ResidentForm(national_id="039337423", first_name="יוסף", last_name="כהן")
        ).id
        dana = create_resident(
            s, seeded, ResidentForm(national_id="200000016", first_name="דנה", last_name="לוי")
        ).id
    return Actor(boss.id, seeded.station_id, seeded.station_code), seeded, yosef, dana


def test_every_view_is_written_with_who_when_where_and_what(sessions, office):
    admin, clerk, yosef, dana = office
    with sessions.begin() as s:
        access.log_access(s, clerk, "search", [yosef, dana, yosef])  # one row each
        open_profile(s, clerk, yosef)
        access.log_access(s, clerk, "case", [dana], "case show KDR-26-00001-9")
    with sessions() as s:
        rows = access.access_rows(s, admin)
    assert sorted((r.what, r.resident, r.detail) for r in rows) == sorted(
        [
            ("תוצאות חיפוש", "יוסף כהן", ""),
            ("תוצאות חיפוש", "דנה לוי", ""),
            ("כרטיס תושב/ת", "יוסף כהן", ""),
            ("פנייה", "דנה לוי", "case show KDR-26-00001-9"),
        ]
    )
    assert {r.station for r in rows} == {"KDR"} and {r.username for r in rows} == {"dana"}
    assert all(abs((clock.utcnow() - r.at).total_seconds()) < 60 for r in rows)
    # Filters: by resident (a name, or the start of the ID), by user, by dates.
    with sessions() as s:
        assert {r.resident for r in access.access_rows(s, admin, resident="לוי")} == {"דנה לוי"}
        assert {r.resident for r in access.access_rows(s, admin, resident="0393")} == {"יוסף כהן"}
        assert access.access_rows(s, admin, user_id=admin.user_id) == []
        yesterday = clock.local_today() - dt.timedelta(days=1)
        assert access.access_rows(s, admin, start=yesterday, end=yesterday) == []
        assert len(access.access_rows(s, admin, start=yesterday, end=clock.local_today())) == 4


def test_only_admins_read_or_export_it(sessions, office):
    admin, clerk, yosef, _ = office
    with sessions() as s:
        with pytest.raises(NotAllowed):
            access.access_rows(s, clerk)
        with pytest.raises(NotAllowed):
            access.export_access_log(s, clerk, [], "csv")
        with pytest.raises(NotAllowed):  # no user, no view
            access.log_access(s, Actor(None, clerk.station_id, "KDR"), "search", [yosef])


def test_exports_are_right_and_logged(sessions, office):
    admin, clerk, yosef, dana = office
    with sessions.begin() as s:
        access.log_access(s, clerk, "search", [yosef, dana])
    with sessions.begin() as s:
        rows = access.access_rows(s, admin)
        text = access.export_access_log(s, admin, rows, "csv").decode("utf-8-sig")
        book = load_workbook(io.BytesIO(access.export_access_log(s, admin, rows, "xlsx")))
    lines = list(csv.reader(io.StringIO(text)))
    assert lines[0] == list(access.HEADERS) and len(lines) == 3
    assert {line[6] for line in lines[1:]} == {"039337423", "200000016"}
    sheet = book.active
    assert sheet.sheet_view.rightToLeft and sheet.max_row == 3
    assert isinstance(sheet["A2"].value, dt.datetime)
    with sessions() as s:
        exported = access.access_rows(s, admin, user_id=admin.user_id)
    assert sorted(r.detail for r in exported) == sorted(
        ["access_log.csv", "access_log.csv", "access_log.xlsx", "access_log.xlsx"]
    )


def test_kept_24_months_then_purged(sessions, office, monkeypatch):
    admin, clerk, yosef, dana = office
    moments = iter(
        [
            dt.datetime(2024, 2, 29, 9, 0, tzinfo=dt.UTC),  # a leap day, 24 months before
            dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.UTC),
        ]
    )
    for resident in (yosef, dana):
        monkeypatch.setattr(clock, "utcnow", lambda: next(moments))
        with sessions.begin() as s:
            access.log_access(s, clerk, "search", [resident])
            s.execute(  # as the hub would have acknowledged them since
                Operation.__table__.update()
                .where(Operation.kind == "access.logged")
                .values(acked=True)
            )
    now = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
    assert access.keep_from(now) == dt.datetime(2024, 3, 1, 8, 0, tzinfo=dt.UTC)
    assert access.keep_from(dt.datetime(2026, 2, 28, tzinfo=dt.UTC)).day == 28
    with sessions.begin() as s:
        assert access.purge_access_log(s, now) == 1
    with sessions() as s:
        left = s.scalars(select(AccessLogEntry.resident_id)).all()
        assert left == [dana]
    # The operation went too: a replay of the log does not bring the entry back.
    with sessions.begin() as s:
        rebuild_state(s)
        assert s.scalars(select(AccessLogEntry.resident_id)).all() == [dana]
    # Moved on past the second: the log is empty.
    with sessions.begin() as s:
        assert access.purge_access_log(s, now + dt.timedelta(days=1)) == 1


def test_unsent_entries_wait_for_the_hub_before_their_operation_goes(sessions, office):
    admin, clerk, yosef, _ = office
    with sessions.begin() as s:
        access.log_access(s, clerk, "search", [yosef])
    later = clock.utcnow() + dt.timedelta(days=800)
    with sessions.begin() as s:
        access.purge_access_log(s, later)
    with sessions() as s:
        assert s.scalar(select(Operation.id).where(Operation.kind == "access.logged"))


def test_no_service_edits_the_log():
    """The only statements that change `access_log` are its appliers' inserts and the purge's
    delete (and a replay of the whole log, which rebuilds every derived table)."""
    found = []
    for path in ROOT.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            changes = isinstance(node, ast.Call) and getattr(node.func, "id", "") in {
                "update",
                "delete",
            }
            if changes and any(
                isinstance(a, ast.Name) and a.id == "AccessLogEntry" for a in node.args
            ):
                found.append(path.relative_to(ROOT).as_posix())
    assert found == ["counter/access.py"]  # purge_access_log, and nothing else


def test_the_hub_purges_at_once_and_then_daily_until_stopped(sessions, office, monkeypatch):
    import threading

    admin, clerk, yosef, _ = office
    with sessions.begin() as s:
        access.log_access(s, clerk, "search", [yosef])
    runs = []
    real = access.purge_access_log

    def moved(session, now=None):  # noqa: ANN001, ANN202 - 25 months on
        runs.append(True)
        return real(session, clock.utcnow() + dt.timedelta(days=25 * 31))

    monkeypatch.setattr(access, "purge_access_log", moved)
    stop = threading.Event()
    waits = []

    def wait(seconds):  # noqa: ANN001, ANN202 - the day passes at once; the second ends it
        waits.append(seconds)
        return len(waits) == 2

    monkeypatch.setattr(stop, "wait", wait)
    access.purge_daily(sessions, stop)
    assert len(runs) == 2 and waits == [access.PURGE_EVERY_S] * 2 == [86400, 86400]
    with sessions() as s:
        assert s.scalar(select(AccessLogEntry.id)) is None
