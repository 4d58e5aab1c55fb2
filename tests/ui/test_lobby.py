"""The lobby at the counter: three residents check in (one with priority), the clerk calls the
next one with F9, the case opens with that resident loaded, saving it records the waiting and
service times; the display in the lobby shows a first name and a ticket, never an ID."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.core.oplog import Actor, record
from desktop.counter.cases import get_case
from desktop.counter.residents import ResidentForm, create_resident
from desktop.lobby import visits as lobby
from desktop.models import LobbyVisit
from desktop.ui import language
from desktop.ui.lobby_board import LobbyBoard
from desktop.ui.lobby_display import LobbyDisplay
from desktop.ui.lobby_panel import CheckInDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.receipt_preview import ReceiptPreview
from desktop.ui.tasks import TaskRunner
from tests.ui.conftest import type_text
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

PEOPLE = [
    # national ID, first, last, how they are found, priority, its reason
    ("039337423", "יוסף", "כהן", "039337423", "none", ""),
    ("000000018", "מרים", "לוי", "מרים לוי", "none", ""),
    ("000000026", "סאלח", "חורי", "סאלח חורי", "elderly", "בן 86, מתקשה לעמוד"),
]


def press(qtbot, window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A window shortcut, pressed as the clerk does: in the window that has the keyboard."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, modifiers)


@pytest.fixture
def residents(ctx):
    ids = {}
    with ctx.write() as session:
        for nid, first, last, _find, _p, _r in PEOPLE:
            ids[first] = create_resident(
                session,
                ctx.actor,
                ResidentForm(national_id=nid, first_name=first, last_name=last, phone="0501234567"),
            ).id
    return ids


@pytest.fixture
def check_in_dialogs(monkeypatch, qtbot):
    """The check-in dialog driven as a greeter types: the search, the reason, the priority."""
    script: list[tuple[str, str, str, str]] = []
    shown: list[CheckInDialog] = []

    def run(dialog: CheckInDialog) -> int:
        find, reason, priority, priority_reason = script.pop(0)
        shown.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        type_text(dialog.find, find)
        dialog.search_now()
        qtbot.waitUntil(lambda: dialog.chosen_resident() is not None)
        type_text(dialog.reason, reason)
        dialog.priority.setCurrentIndex(dialog.priority.findData(priority))
        if priority != "none" and len(shown) == 3:
            # Without the reason the priority is refused, and nothing typed is lost.
            dialog.check_in()
            assert dialog.isVisible() and dialog.message.text()
            assert dialog.reason.text() == reason
            shoot(dialog, "80-lobby-check-in")
        last_field = dialog.priority_reason if priority != "none" else dialog.reason
        type_text(dialog.priority_reason, priority_reason)
        qtbot.keyClick(last_field, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(CheckInDialog, "exec", run)
    return script


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no stacking
def test_lobby_visit_from_check_in_to_the_saved_case(
    qtbot, window, ctx, residents, check_in_dialogs, monkeypatch
):
    monkeypatch.setattr(ReceiptPreview, "exec", lambda _self: QDialog.DialogCode.Rejected)
    window.lobby.counter.setText("3")
    for _nid, _first, _last, find, priority, reason in PEOPLE:
        check_in_dialogs.append((find, "ארנונה", priority, reason))
        window.lobby.message.clear_message()
        press(qtbot, window, Qt.Key.Key_L, CTRL_SHIFT)
        qtbot.waitUntil(lambda: "נרשם/ה" in window.lobby.message.text())
    qtbot.waitUntil(lambda: window.lobby.model.rowCount() == 3)
    names = [window.lobby.model.row(n).name for n in range(3)]
    assert names == ["סאלח חורי", "יוסף כהן", "מרים לוי"]  # priority first, then by arrival
    shoot(window, "81-lobby-panel")

    press(qtbot, window, Qt.Key.Key_F9)
    assert window.profile is not None and window.profile.id == residents["סאלח"]
    assert window.case_in_progress() and window.editor.type_edit.hasFocus()
    assert window.lobby.current.ticket == "KDR-003"
    shoot(window, "82-lobby-serving")
    qtbot.waitUntil(lambda: window.lobby.model.rowCount() == 2)

    # A second F9 while the case is open calls no one.
    press(qtbot, window, Qt.Key.Key_F9)
    assert "פנייה פתוחה" in window.lobby.message.text()
    assert window.lobby.model.rowCount() == 2

    rev = next(t for t in window.editor._catalogue if t.code == "REV-03")
    type_text(window.editor.type_edit, rev.quick_code)
    qtbot.keyClick(window.editor.type_edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.editor.description, Qt.Key.Key_Return)
    saved = []
    window.case_saved.connect(saved.append)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(saved))

    with ctx.read() as session:
        case = get_case(session, ctx.actor, saved[0])
        visit = session.query(LobbyVisit).filter_by(ticket="KDR-003").one()
    assert case.resident_id == residents["סאלח"]
    assert case.arrived_at == visit.arrived_at
    assert case.service_started_at == visit.called_at
    assert case.service_ended_at == visit.ended_at
    assert visit.arrived_at <= visit.called_at <= visit.ended_at
    assert (visit.status, visit.case_id, visit.counter) == ("done", case.id, "3")
    assert window.lobby.current is None

    # The next one: no priority left, so the first to arrive.
    press(qtbot, window, Qt.Key.Key_F9)
    assert window.profile.id == residents["יוסף"]

    display = LobbyDisplay(ctx)
    qtbot.addWidget(display)
    display.resize(1280, 720)
    display.show()
    qtbot.waitUntil(lambda: display.state is not None and len(display.state.calls) == 2)
    text = display.text()
    assert "יוסף" in text and "KDR-001" in text and "לעמדה 3" in text
    assert "סאלח" in text and "KDR-003" in text
    assert "ממתינים: 1" in text
    for nid, _first, last, *_rest in PEOPLE:
        assert nid not in text and last not in text
    shoot(display, "83-lobby-display")
    display.close()

    # Opened on a 1366x768 laptop with no second screen: the window fits what the screen has
    # free, and the wait figures at its foot are inside it.
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication

    from desktop.ui import lobby_display

    laptop = QRect(0, 0, 1366, 728)  # 768 less the task bar
    monkeypatch.setattr(
        QGuiApplication.primaryScreen(), "availableGeometry", lambda: laptop, raising=False
    )
    small = LobbyDisplay(ctx)
    qtbot.addWidget(small)
    lobby_display.show_on_second_screen(small)
    qtbot.waitUntil(lambda: small.state is not None and len(small.state.calls) == 2)
    assert laptop.contains(small.frameGeometry()) or laptop.contains(small.geometry())
    assert small.minimumSizeHint().height() <= small.height()
    footer = small.footer.geometry()
    assert footer.bottom() < small.height() and "ממתינים: 1" in small.footer.text()
    small.resize(1366, 768)
    shoot(small, "83-lobby-display-1366")
    small.close()


def test_the_lobby_in_english_says_the_priorities(qtbot, app, ctx, residents):
    """The priorities come from the service's labels, said in the screens' language."""
    with ctx.write() as session:
        lobby.check_in(
            session,
            ctx.actor,
            resident_id=residents["סאלח"],
            priority="elderly",
            priority_reason="בן 86, מתקשה לעמוד",
        )
    try:
        assert language.choose(app, "en") == "en"
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show_user()
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.lobby.reload()
        qtbot.waitUntil(lambda: window.lobby.model.rowCount() == 1)
        cells = [window.lobby.model.cell(window.lobby.model.row(0), n) for n in range(5)]
        assert "Elderly" in cells
        shoot(window, "92-lobby-panel-english")
        dialog = CheckInDialog(ctx, window.tasks, window)
        qtbot.addWidget(dialog)
        offered = [dialog.priority.itemText(n) for n in range(dialog.priority.count())]
        assert offered == ["None", "Disability", "Pregnancy", "Elderly", "Other"]
        window.tasks.wait(3000)
        window.close()
    finally:
        language.choose(app, "he")
    assert lobby.PRIORITY_LABELS["elderly"] == "גיל מבוגר"


def test_typed_name_goes_to_the_search_and_the_visit_ends_without_a_case(qtbot, window, ctx):
    with ctx.write() as session:
        lobby.check_in(session, ctx.actor, typed_name="דוד פרץ", reason="מידע על חוגים")
    window.lobby.reload()
    qtbot.waitUntil(lambda: window.lobby.model.rowCount() == 1)
    qtbot.keyClick(window.lobby.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lobby.current is not None)
    assert window.search.box.text() == "דוד פרץ"
    assert window.lobby.end_button.isVisible()
    window.lobby.end_button.click()
    with ctx.read() as session:
        visit = session.query(LobbyVisit).one()
    assert (visit.status, visit.case_id) == ("done", None)
    assert window.lobby.current is None


def test_supervisor_lobby_board(qtbot, ctx, residents):
    with ctx.write() as session:
        for name in ("יוסף", "מרים"):
            lobby.check_in(session, ctx.actor, resident_id=residents[name])
        lobby.check_in(
            session,
            ctx.actor,
            resident_id=residents["סאלח"],
            priority="elderly",
            priority_reason="בן 86",
        )
        lobby.call_next(session, ctx.actor, "2")
    tasks = TaskRunner()
    board = LobbyBoard(ctx, tasks)
    qtbot.addWidget(board)
    board.resize(1100, 500)
    board.show()
    board.reload()
    qtbot.waitUntil(lambda: board.state is not None)
    assert board.waiting.value.text() == "2"
    assert board.model.rowCount() == 1
    assert board.model.index(0, 1).data() == "דנה לוי"
    assert board.model.index(0, 0).data() == "2"
    assert board.model.index(0, 2).data() == "KDR-003"
    shoot(board, "84-lobby-supervisor")
    tasks.wait(3000)


def test_supervisor_sees_the_councils_lobbies_labelled_by_station(qtbot, ctx, residents):
    arbel = uuid.uuid4()
    with ctx.write() as session:
        record(session, Actor(None, ctx.actor.station_id, "KDR"), "station.created", arbel,
               {"code": "ARB", "name": "ארבל"})  # fmt: skip
        there = Actor(ctx.actor.user_id, arbel, "ARB")
        lobby.check_in(session, there, resident_id=residents["מרים"])
        lobby.call_next(session, there, "4")
        lobby.check_in(session, ctx.actor, resident_id=residents["יוסף"])
    tasks = TaskRunner()
    board = LobbyBoard(ctx, tasks)
    qtbot.addWidget(board)
    board.resize(1366, 768)
    board.show()
    board.reload()
    qtbot.waitUntil(lambda: board.state is not None)
    assert board.waiting.value.text() == "1" and board.model.rowCount() == 0
    board.state = None
    board.everywhere.setFocus()
    qtbot.keyClick(board.everywhere, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: board.state is not None and board.state.everywhere)
    assert board.waiting.value.text() == "1" and board.model.rowCount() == 1
    assert board.model.index(0, 5).data() == "ARB"
    shoot(board, "84-lobby-supervisor-council")
    tasks.wait(3000)


def test_lobby_models_pass_the_model_tester(qtmodeltester, window, ctx, residents):
    with ctx.write() as session:
        lobby.check_in(session, ctx.actor, resident_id=residents["יוסף"])
        rows = lobby.waiting_list(session, ctx.actor)
    window.lobby.model.set_rows(rows)
    qtmodeltester.check(window.lobby.model)
