"""The duplicates tab of the supervisors' conflicts screen, on a real hub: a resident registered
in two villages is merged with Ctrl+M, a catalogue code added in both is acknowledged with
Ctrl+K, and both reach the other village."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.core.db import local_station, session_factory
from desktop.core.oplog import Actor
from desktop.core.users import Role, as_logged_in, create_user
from desktop.counter.merging import open_collisions
from desktop.counter.reference import RequestTypeForm, catalogue, save_request_type
from desktop.counter.residents import ResidentForm, create_resident
from desktop.models import ResidentMerge
from desktop.ui.context import AppContext
from desktop.ui.supervisor_dialog import SupervisorDialog
from tests.sync.conftest import hub, make_station, pg_hub_template  # noqa: F401 - fixtures
from tests.ui.test_screens import shoot

pytestmark = [pytest.mark.gui, pytest.mark.sync, pytest.mark.postgres]


def test_merging_and_acknowledging_duplicates(app, qtbot, hub, make_station, monkeypatch):  # noqa: F811
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with session_factory(hub.engine).begin() as s:  # the council registers her
        council = local_station(s)
        boss = as_logged_in(
            create_user(
                s,
                Actor(None, council.id, council.code),
                username="miriam",
                full_name="מרים שטרן",
                role=Role.SUPERVISOR,
                password="supervisor-1",
            )
        )
    for station in (arbel, lavi):
        station.sync()
    for station, phone in ((arbel, "0501234567"), (lavi, "0527654321")):
        with station.sessions.begin() as s:
            create_resident(
                s,
                station.actor,
                ResidentForm(
                    national_id="039337423", first_name="יוסף", last_name="כהן", phone=phone
                ),
            )
            entry = catalogue(s)[0]
            form = RequestTypeForm(
                f"גיזום עץ ({station.code})", entry.department_id, 5, ("נבדוק",), code="ENG-90"
            )
            save_request_type(s, Actor(boss.id, station.actor.station_id, station.code), form)
    for station in (arbel, lavi, arbel):
        station.sync()

    ctx = AppContext(arbel.engine)
    ctx.user = boss
    dialog = SupervisorDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.collisions)
    page = dialog.collisions
    assert page.table.rowCount() == 2
    assert dialog.tabs.tabText(3) == "כפילויות (2)"
    shoot(dialog, "32-duplicates")
    rows = [page.table.item(r, 0).text() for r in range(2)]
    page.table.setCurrentCell(rows.index("תעודת זהות"), 0)
    asked = []
    monkeypatch.setattr(page, "confirm_merge", lambda chosen: asked.append(chosen) or True)
    page.table.setFocus()
    with qtbot.waitSignal(page.merge.clicked):
        qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert asked and page.table.rowCount() == 1, dialog.message.text()
    assert page.table.item(0, 1).text() == "ENG-90"
    assert not page.merge.isEnabled()  # a code is acknowledged, not merged
    page.table.setFocus()
    with qtbot.waitSignal(page.acknowledge.clicked):
        qtbot.keyClick(page.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert page.table.rowCount() == 0, dialog.message.text()
    for station in (arbel, lavi):
        station.sync()
    with lavi.sessions() as s:
        assert open_collisions(s, ctx.actor) == []
        assert s.scalar(select(ResidentMerge.into_id)) is not None
