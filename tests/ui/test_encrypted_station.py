"""The app on an encrypted station database: it starts, a clerk serves a visit by keyboard as
on a plain one, and the daily backup runs on its own thread while the window works."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.db import is_encrypted, open_database, session_factory
from desktop.core.users import Role, create_user
from desktop.models import User
from desktop.station import safekeeping
from desktop.ui.daily_backup import DailyBackup
from tests.ui import test_visit as visit
from tests.ui.test_start import _start

pytestmark = pytest.mark.gui

# The fixtures of the keyboard visit, which runs here on an encrypted database.
printed_to = visit.printed_to
preview_presses_enter = visit.preview_presses_enter


@pytest.fixture
def engine(tmp_path, monkeypatch):
    """This module's station database is a new, encrypted one (seeded by `seeded`)."""
    monkeypatch.delenv("DALPAK_PLAIN_NEW_DATABASES")
    (tmp_path / "data").mkdir(exist_ok=True)
    engine = open_database(f"sqlite:///{tmp_path / 'data' / 'station.sqlite3'}", station_code="KDR")
    assert is_encrypted(tmp_path / "data" / "station.sqlite3")
    yield engine
    engine.dispose()


def test_the_window_starts_on_an_encrypted_database(
    tmp_path, engine, sessions, seeded, station_actor
):
    with sessions.begin() as session:
        create_user(
            session,
            station_actor,
            username="admin",
            full_name="מנהלת",
            role=Role.ADMIN,
            password="admin-pass-1",
        )
    path = engine.url.database
    engine.dispose()
    code, modules = _start(f"sqlite:///{path}", tmp_path / "main.png")
    assert code == 0 and "sqlcipher3" in modules
    again = open_database(f"sqlite:///{path}")
    try:
        with session_factory(again)() as session:
            assert session.scalar(select(User.username).where(User.username == "admin"))
    finally:
        again.dispose()


def test_the_standard_visit_on_an_encrypted_database(
    window, resident, keys, qtbot, printed_to, preview_presses_enter
):
    assert is_encrypted(Path(window.ctx.engine.url.database))
    visit.test_standard_visit_by_keyboard(
        window, resident, keys, qtbot, printed_to, preview_presses_enter
    )


def test_the_daily_backup_runs_in_the_background_once_a_day(window, ctx, qtbot):
    backups = DailyBackup(ctx, window)
    with qtbot.waitSignal(backups.done, timeout=20000) as written:
        backups.start(first_ms=0)
    (copy,) = safekeeping.backups()
    assert str(copy) == written.args[0] and is_encrypted(copy)
    backups.check()  # the same day: nothing new
    assert backups.wait()
    qtbot.wait(50)
    assert safekeeping.backups() == [copy]
