"""The full loop on screen: the clerk captures a two-item case at the counter; revenue hands its
item to engineering; engineering finishes it; the owner is notified, calls back, the case closes,
and the follow-up call records satisfaction. Every modal is driven, never left open."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.core import clock
from desktop.core.calendar import add_business_days
from desktop.counter.cases import get_case
from desktop.followthrough.items import update_item
from desktop.followthrough.worklists import inbox, my_tasks
from desktop.ui.call_dialog import CallDialog
from desktop.ui.context import AppContext
from desktop.ui.item_detail import ItemDetailDialog
from desktop.ui.item_dialogs import HandoffDialog, UpdateItemDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.receipt_preview import ReceiptPreview
from desktop.ui.row_models import choose_row
from tests.ui.conftest import type_text
from tests.ui.office import drive, login, make_office
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
OK = QDialogButtonBox.StandardButton.Ok


def ok(dialog) -> None:
    dialog.buttons.button(OK).click()


def staff_window(qtbot, ctx: AppContext) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show_user()
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    return win


def capture_case_at_the_counter(window, qtbot, resident, monkeypatch) -> str:
    """Ctrl+F, the ID, Enter; Ctrl+E, two topics by quick number; Ctrl+P."""
    monkeypatch.setattr(ReceiptPreview, "exec", lambda dialog: 0)
    saved: list[str] = []
    window.case_saved.connect(saved.append)
    catalogue = {t.code: t for t in window.editor._catalogue}
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    type_text(window.search.box, "039337423")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.profile is not None)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    for code in ("REV-03", "ENV-01"):
        type_text(window.editor.type_edit, catalogue[code].quick_code)
        qtbot.keyClick(window.editor.type_edit, Qt.Key.Key_Return)
        qtbot.keyClick(window.editor.description, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(saved))
    return saved[0]


def page_key(window, qtbot, key) -> None:
    """Ctrl+<digit> on the window (offscreen, a closed dialog does not hand activation back)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, CTRL)


def open_first_inbox_row(win, qtbot) -> None:
    page = win.workspace.inbox
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row(0) is not None)
    page.table.setFocus()
    choose_row(page.table, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)


def test_the_whole_loop_on_screen(window, ctx, qtbot, resident, monkeypatch):
    today = clock.local_today()
    office = make_office(ctx)
    number = capture_case_at_the_counter(window, qtbot, resident, monkeypatch)
    with ctx.read() as s:
        rev_item, env_item = [i.id for i in get_case(s, ctx.actor, number).items]

    # Revenue staff log in: no counter for them, the inbox first; they hand their item over.
    rev_win = staff_window(qtbot, login(ctx, office.rev))
    assert not rev_win.workspace.has_page("counter")
    assert rev_win.workspace.currentWidget() is rev_win.workspace.inbox

    def hand_to_engineering(handoff: HandoffDialog) -> None:
        handoff.choose(office.deps["ENG"])
        type_text(handoff.reason, "נדרשת מדידה של הנכס")
        shoot(handoff, "51-handoff")
        ok(handoff)

    def detail_then_handoff(detail: ItemDetailDialog) -> None:
        qtbot.waitExposed(detail)
        assert "יוסף כהן" in detail.resident.text()
        assert "039337423" not in detail.resident.text()  # department staff do not see the ID
        assert "דנה לוי" in detail.case_panel.header.text()
        shoot(detail, "50-inbox-item")
        detail.handoff_button.click()
        assert "הועבר" in detail.message.text()
        detail.accept()

    drive(monkeypatch, HandoffDialog, hand_to_engineering)
    details = drive(monkeypatch, ItemDetailDialog, detail_then_handoff)
    open_first_inbox_row(rev_win, qtbot)
    assert details and details[0].changed
    qtbot.waitUntil(lambda: rev_win.workspace.inbox.count == 0)
    rev_win.close()
    with ctx.read() as s:
        row = inbox(s, office.eng.id)[0]
        assert row.item_id == rev_item and row.handoffs == 1
        assert get_case(s, ctx.actor, number).owner_name == "דנה לוי"

    # Engineering: an update without a next step or a date is refused, and nothing typed is
    # lost; then the item is finished with an outcome.
    eng_win = staff_window(qtbot, login(ctx, office.eng))

    def refused_then_done(update: UpdateItemDialog) -> None:
        type_text(update.note, "דיברתי עם התושב")
        ok(update)
        assert update.isVisible()
        assert update.message.text().startswith("יש לכתוב מה הצעד הבא")
        assert update.focusWidget() is update.next_step
        type_text(update.next_step, "מהנדס יבקר בנכס וימדוד")
        # A Saturday is said in words, with the next business day one key away.
        today = clock.local_today()
        saturday = today + dt.timedelta(days=(5 - today.weekday()) % 7 or 7)
        update.expected_date.setDate(saturday)
        assert "שבת" in update.expected_date.hint.text()
        assert not update.expected_date.next_button.isHidden()
        shoot(update, "52-update-day-off")
        update.expected_date.next_button.click()
        assert update.expected_date.date() == add_business_days(saturday, 0) > saturday
        assert update.expected_date.next_button.isHidden()
        assert update.next_step.text() == "מהנדס יבקר בנכס וימדוד"
        assert update.note.text() == "דיברתי עם התושב"
        update.status.setCurrentIndex(update.status.findData("done"))
        type_text(update.outcome, "השטח נמדד מחדש והחיוב תוקן")
        ok(update)
        assert not update.isVisible()

    def detail_then_update(detail: ItemDetailDialog) -> None:
        assert "העברות: 1" in detail.item_text.text()
        detail.update_button.click()
        assert not detail.update_button.isEnabled()  # finished: nothing more to do here
        detail.accept()

    drive(monkeypatch, UpdateItemDialog, refused_then_done)
    drive(monkeypatch, ItemDetailDialog, detail_then_update)
    open_first_inbox_row(eng_win, qtbot)
    qtbot.waitUntil(lambda: eng_win.workspace.inbox.count == 0)
    eng_win.close()
    with ctx.write() as s:  # environment finishes its own item (by service: not under test here)
        update_item(
            s,
            login(ctx, office.env).actor,
            env_item,
            status="done",
            outcome="רישיון הכלב חודש ונשלח בדואר",
        )

    # The owner: the case is marked as changed, the notifications are unread.
    page_key(window, qtbot, Qt.Key.Key_3)
    page = window.workspace.my_cases
    assert window.workspace.currentWidget() is page
    qtbot.waitUntil(lambda: page.cases_model.rowCount() == 1 and page.notes_model.rowCount() >= 3)
    assert page.cases_model.cell(page.cases_model.row(0), 0) == "●"
    texts = [n.text for n in page.notes_model.rows()]
    assert any("הועבר להנדסה" in t for t in texts) and any("הושלם" in t for t in texts)
    assert all(not n.read for n in page.notes_model.rows())
    assert "הודעות: 3" in window.workspace.tabText(window.workspace.indexOf(page))
    shoot(window, "53-my-cases")
    page.read_all_button.click()
    qtbot.waitUntil(lambda: all(n.read for n in page.notes_model.rows()))
    page.cases.setFocus()
    choose_row(page.cases, 0)
    qtbot.keyClick(page.cases, Qt.Key.Key_Return)
    assert page.panel.case.number == number
    assert page.cases_model.cell(page.cases_model.row(0), 0) == ""
    assert any(e.kind == "item.handed_off" for e in page.panel.timeline_model.rows())

    # Two callbacks; the second call closes the case and schedules the follow-up.
    page_key(window, qtbot, Qt.Key.Key_4)
    tasks = window.workspace.tasks
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 2)
    assert {t.kind for t in tasks.model.rows()} == {"callback"}
    shoot(window, "54-tasks")

    def tell_the_resident(call: CallDialog) -> None:
        assert call.channel.currentData() == "whatsapp"  # the resident's preferred channel
        type_text(call.note, "עודכן בוואטסאפ על התוצאה")
        if len(calls) == 1:
            shoot(call, "55-callback")
        ok(call)

    calls = drive(monkeypatch, CallDialog, tell_the_resident)
    tasks.table.setFocus()
    choose_row(tasks.table, 0)
    qtbot.keyClick(tasks.table, Qt.Key.Key_Return)
    assert tasks.message.text() == "השיחה נרשמה."
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 1)
    choose_row(tasks.table, 0)
    qtbot.keyClick(tasks.table, Qt.Key.Key_Return)
    assert calls[-1].closed_case
    followup_due = add_business_days(today, 3)
    assert "נסגרה" in tasks.message.text()
    assert followup_due.strftime("%d/%m/%Y") in tasks.message.text()
    qtbot.waitUntil(lambda: [t.kind for t in tasks.model.rows()] == ["followup"])
    shoot(window, "59-tasks-case-closed")
    assert tasks.model.rows()[0].due_date == followup_due
    with ctx.read() as s:
        assert get_case(s, ctx.actor, number).status == "closed"

    # The follow-up: without a score it is refused (and the note stays), then recorded.
    def satisfaction(call: CallDialog) -> None:
        type_text(call.note, "אישר שהכול בוצע")
        type_text(call.comment, "שירות מצוין")
        ok(call)
        assert "שביעות רצון" in call.message.text() and call.note.text() == "אישר שהכול בוצע"
        call.satisfaction.setCurrentIndex(call.satisfaction.findData(5))
        shoot(call, "56-followup")
        ok(call)

    drive(monkeypatch, CallDialog, satisfaction)
    choose_row(tasks.table, 0)
    qtbot.keyClick(tasks.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 0)
    with ctx.read() as s:
        assert my_tasks(s, ctx.user.id) == []

    # The updated receipt, and the update to the resident: WhatsApp waits in the outbox.
    page_key(window, qtbot, Qt.Key.Key_3)
    page.include_closed.setChecked(True)
    qtbot.waitUntil(lambda: page.cases_model.rowCount() == 1)
    page.open_row(0)
    previews = drive(monkeypatch, ReceiptPreview, lambda p: shoot(p, "57-updated-receipt"))
    page.receipt_button.click()
    assert previews and previews[0].case_number == number
    page.send_button.click()
    qtbot.waitUntil(lambda: "תיבת היוצא" in page.message.text())
    page_key(window, qtbot, Qt.Key.Key_5)
    outbox = window.workspace.outbox
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 1)
    assert number in outbox.text.toPlainText() and "הושלמה" in outbox.text.toPlainText()
    shoot(window, "58-outbox")
    outbox.copy_button.click()
    assert QApplication.clipboard().text() == outbox.text.toPlainText()
    outbox.sent_button.click()
    qtbot.waitUntil(lambda: outbox.model.rowCount() == 0)
    window.tasks.wait(3000)
