"""The sync state in the status bar and the supervisors' conflicts screen, on a real hub."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.core.db import local_station, session_factory
from desktop.core.oplog import Actor
from desktop.core.users import Role, as_logged_in, create_user
from desktop.counter.conflicts import open_conflicts
from desktop.counter.residents import ResidentForm, create_resident, update_resident
from desktop.models import Locality
from desktop.sync.client import sync_status
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.supervisor_dialog import AskDialog, SupervisorDialog
from tests.sync.conftest import hub, make_station, pg_hub_template  # noqa: F401 - fixtures
from tests.ui.test_screens import shoot

pytestmark = [pytest.mark.gui, pytest.mark.sync, pytest.mark.postgres]


def test_status_bar_shows_local_station_without_a_hub(window):
    """Calm: a standalone station says so, with no alarm and no count a clerk cannot use (the
    count is in the tooltip)."""
    assert window.sync.label.text() == "עמדה עצמאית"
    assert not window.sync.button.isVisible()
    assert "color" not in window.sync.label.styleSheet()
    assert "פעולות" in window.sync.label.toolTip()


def test_background_sync_and_settling_a_conflict(app, qtbot, hub, make_station):  # noqa: F811
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with arbel.sessions.begin() as s:
        rid = create_resident(
            s,
            arbel.actor,
            ResidentForm(
                national_id="039337423", first_name="יוסף", last_name="כהן", phone="0501234567"
            ),
        ).id
    with session_factory(hub.engine).begin() as s:  # the council registers her
        council = local_station(s)
        boss = create_user(
            s,
            Actor(None, council.id, council.code),
            username="miriam",
            full_name="מרים שטרן",
            role=Role.SUPERVISOR,
            password="supervisor-1",
        )
        boss = as_logged_in(boss)
    arbel.sync()
    lavi.sync()
    with arbel.sessions.begin() as s:
        update_resident(s, arbel.actor, rid, {"address": "הזית 4, ארבל"})
    with lavi.sessions.begin() as s:
        update_resident(s, lavi.actor, rid, {"address": "האלון 7, לביא"})
    lavi.sync()

    ctx = AppContext(arbel.engine)
    ctx.user = boss
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show_user()
    win.resize(1366, 740)
    win.show()
    assert "ממתינות" in win.sync.label.text()
    with qtbot.waitSignal(win.sync.synced, timeout=15000):
        win.sync.sync_now()
    assert "מחובר למרכזת" in win.sync.label.text()
    assert "0 ממתינות" in win.sync.label.text()
    shoot(win, "30-main-synced")

    dialog = SupervisorDialog(ctx, win)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.conflicts.rowCount() == 1
    qtbot.waitUntil(
        lambda: "במרכזת" in dialog.hub_note.text() and "טוען" not in dialog.hub_note.text()
    )
    assert dialog.hub_note.text().startswith("0 ")
    shoot(dialog, "31-conflicts")
    other = dialog.conflicts.item(0, 4).text()
    dialog.keep_other.click()
    assert dialog.conflicts.rowCount() == 0, dialog.message.text()
    with ctx.read() as s:
        assert open_conflicts(s, ctx.actor) == []
    with qtbot.waitSignal(win.sync.synced, timeout=15000):
        win.sync.sync_now()
    lavi.sync()
    with lavi.sessions() as s:
        from desktop.models import Resident

        assert s.get(Resident, rid).address == other
        assert open_conflicts(s, ctx.actor) == []
    win.sync.wait()


def test_operations_the_hub_refused_are_counted_listed_and_discarded(
    app,
    qtbot,
    hub,  # noqa: F811
    make_station,  # noqa: F811
    monkeypatch,
):
    from desktop.core.oplog import record

    arbel = make_station("ARB")
    with arbel.sessions.begin() as s:  # a clerk's change of the catalogue: not hers to make
        record(
            s,
            arbel.actor,
            "locality.upserted",
            arbel.actor.station_id,
            {"code": "XX", "name": "כפר שלא קיים"},
        )
    ctx = AppContext(arbel.engine)
    with session_factory(hub.engine).begin() as s:
        council = local_station(s)
        ctx.user = as_logged_in(
            create_user(
                s,
                Actor(None, council.id, council.code),
                username="miriam",
                full_name="מרים שטרן",
                role=Role.SUPERVISOR,
                password="supervisor-1",
            )
        )
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show_user()
    win.show()
    with qtbot.waitSignal(win.sync.synced, timeout=15000):
        win.sync.sync_now()
    assert "0 ממתינות" in win.sync.label.text()
    assert "1 פעולות של העמדה נדחו" in win.sync.label.text()
    dialog = SupervisorDialog(ctx, win)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.quarantine.rowCount() == 1
    assert dialog.tabs.currentIndex() == 1  # nothing else to settle: the quarantine shows
    assert (
        dialog.quarantine.item(0, 3).text() == "המרכזת דחתה: לתפקיד של המשתמש אין הרשאה לפעולה הזו."
    )
    assert dialog.quarantine.item(0, 0).text() == "יישוב"
    assert dialog.retry.isEnabled() and dialog.discard.isEnabled()
    dialog.resize(1366, 768)
    shoot(dialog, "62-quarantine-held")

    # The supervisor discards it with a reason: void everywhere, and this station goes back to
    # the state without it (the village it added is gone), and the count with it.
    def answer(ask) -> int:  # noqa: ANN001
        ask.show()
        next(iter(ask.edits.values())).setText("פקידה אינה מוסיפה יישובים")
        shoot(ask, "63-quarantine-discard")
        return 1

    monkeypatch.setattr(AskDialog, "exec", answer)
    dialog.quarantine.setFocus()
    with qtbot.waitSignal(dialog.discard.clicked):
        qtbot.keyClick(dialog.quarantine, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.quarantine.item(0, 4).text() == "בוטלה: פקידה אינה מוסיפה יישובים"
    assert not dialog.discard.isEnabled()
    with arbel.sessions() as s:
        assert s.scalar(select(Locality).where(Locality.code == "XX")) is None
        assert sync_status(s).refused == 0
    shoot(dialog, "64-quarantine-discarded")
    with qtbot.waitSignal(win.sync.synced, timeout=15000):
        win.sync.sync_now()
    assert "נדחו" not in win.sync.label.text()
    win.sync.wait()
