"""The pages after the counter with real work on them: a department's inbox (late and due-today
items, filters, lazy pages), the third handoff, absences, the knowledge base; every item model
through the model tester; and a screenshot of each screen."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core import clock
from desktop.followthrough.items import handoff_item, update_item
from desktop.followthrough.worklists import inbox
from desktop.ui import knowledge_dialog
from desktop.ui.absence_dialog import AbsenceDialog
from desktop.ui.inbox_page import InboxModel
from desktop.ui.item_detail import ItemDetailDialog
from desktop.ui.item_dialogs import HandoffDialog
from desktop.ui.knowledge_dialog import KnowledgeDialog, SheetPreview
from desktop.ui.row_models import LATE, TODAY, choose_data, choose_row
from tests.ui.conftest import type_text
from tests.ui.office import add_resident, drive, login, make_office, open_case_by_services
from tests.ui.test_followthrough_screens import page_key, staff_window
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui

OK = QDialogButtonBox.StandardButton.Ok
PEOPLE = [
    (3933742, "יוסף", "כהן", "0501234567"),
    (12345678, "מרים", "אבו-חצירא", "0527654321"),
    (20000001, "דוד", "בן-חיים (David)", "046620011"),
    (30000002, "סמירה", "חורי", "0548889900"),
    (40000003, "אולגה", "פטרוב", "0533334444"),
]


@pytest.fixture
def office(ctx):
    return make_office(ctx)


@pytest.fixture
def busy_environment(ctx, office):
    """Environment's inbox: two late items, one due today, and fresh ones; returns their ids
    by kind."""
    residents = [add_resident(ctx, *person) for person in PEOPLE]
    late = [
        open_case_by_services(ctx, rid, ("ENV-01",), days_ago=60)[1][0] for rid in residents[:2]
    ]
    fresh = [open_case_by_services(ctx, rid, ("ENV-01", "REV-03"))[1][0] for rid in residents[2:]]
    env = login(ctx, office.env)
    with env.write() as s:
        update_item(
            s,
            env.actor,
            fresh[0],
            status="in_progress",
            next_step="פקח יבדוק את החיסון בביקור בבית",
            expected_date=clock.local_today(),
        )
    return {"late": late, "today": fresh[0], "fresh": fresh[1:], "residents": residents}


def test_inbox_marks_late_and_today_and_filters_off_the_main_thread(
    qtbot, ctx, office, busy_environment
):
    win = staff_window(qtbot, login(ctx, office.env))
    page = win.workspace.inbox
    qtbot.waitUntil(lambda: page.count == 5)
    assert page.count_label.text() == "5 נושאים"
    assert win.workspace.tabText(win.workspace.indexOf(page)) == "תיבת המחלקה (5)"
    model = page.model
    rows = {model.row(n).item_id: n for n in range(model.rowCount())}
    late_row, today_row = rows[busy_environment["late"][0]], rows[busy_environment["today"]]
    assert model.data(model.index(late_row, 0), Qt.ItemDataRole.ForegroundRole) == LATE
    assert model.data(model.index(today_row, 0), Qt.ItemDataRole.BackgroundRole) == TODAY
    assert model.data(model.index(today_row, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(late_row, 0), Qt.ItemDataRole.FontRole) is None
    shoot(win, "40-inbox")

    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.overdue.setChecked(True)
    assert page.count == 2 and {r.item_id for r in model.rows()} == set(busy_environment["late"])
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.overdue.setChecked(False)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.due_today.setChecked(True)
    assert [r.item_id for r in model.rows()] == [busy_environment["today"]]
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.due_today.setChecked(False)
    # Typing waits for a pause, then asks the worker; only the last text is shown.
    with qtbot.waitSignal(page.loaded, timeout=5000) as loaded:
        type_text(page.text, "חצירא")
        assert page._debounce.isActive()
    assert loaded.args == [1] and model.row(0).resident == "מרים אבו-חצירא"
    shoot(win, "41-inbox-filtered")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.status.setCurrentIndex(page.status.findData("in_progress"))
    assert page.count == 0
    win.close()


def test_inbox_reads_pages_as_the_view_needs_them(
    qtbot, ctx, office, busy_environment, monkeypatch, qtmodeltester
):
    monkeypatch.setattr(InboxModel, "PAGE", 2)
    win = staff_window(qtbot, login(ctx, office.env))
    page = win.workspace.inbox
    qtbot.waitUntil(lambda: page.count == 5)
    model = page.model
    # Counted all, read what the view showed; the rest comes as the view asks for it.
    assert model.rowCount() == 5
    qtbot.waitUntil(lambda: all(model.row(n) is not None for n in range(5)))
    with ctx.read() as s:
        expected = [r.item_id for r in inbox(s, office.env.id)]
    assert [model.row(n).item_id for n in range(5)] == expected
    assert model.row_of(expected[4]) == 4
    qtmodeltester.check(model)
    win.tasks.wait(3000)
    win.close()


def test_third_handoff_needs_confirmation_in_the_dialog(qtbot, ctx, office, resident, monkeypatch):
    number, (rev_item, _env_item) = open_case_by_services(ctx, resident)
    for who, to in ((office.rev, "ENG"), (office.eng, "ENV")):
        other = login(ctx, who)
        with other.write() as s:
            handoff_item(s, other.actor, rev_item, department_id=office.deps[to], reason="לא אצלנו")
    env = login(ctx, office.env)

    def third(handoff: HandoffDialog) -> None:
        handoff.choose(office.deps["REV"], office.rev.id)
        assert handoff.person.currentText() == "משה דהן"
        type_text(handoff.reason, "רק הגבייה יכולה לתקן את החיוב")
        handoff.buttons.button(OK).click()
        assert handoff.isVisible() and "העברה מספר 3" in handoff.message.text()
        assert (
            not handoff.confirm.isHidden()
            and handoff.reason.text() == "רק הגבייה יכולה לתקן את החיוב"
        )
        handoff.confirm.setChecked(True)
        shoot(handoff, "45-handoff-limit")
        handoff.buttons.button(OK).click()

    def detail(dialog: ItemDetailDialog) -> None:
        assert "העברות: 2 מתוך 2" in dialog.item_text.text()
        dialog.handoff_button.click()
        dialog.accept()

    drive(monkeypatch, HandoffDialog, third)
    drive(monkeypatch, ItemDetailDialog, detail)
    ItemDetailDialog(env, rev_item, number, 2).exec()
    with ctx.read() as s:
        row = next(r for r in inbox(s, office.rev.id) if r.item_id == rev_item)
    assert row.handoffs == 3 and row.assignee == "משה דהן"


def test_absence_routes_items_to_the_stand_in_through_the_dialog(
    qtbot, ctx, office, resident, monkeypatch
):
    number, (rev_item, _env_item) = open_case_by_services(ctx, resident)
    rev = login(ctx, office.rev)
    with rev.write() as s:  # revenue keeps the item for Moshe personally
        handoff_item(
            s,
            rev.actor,
            rev_item,
            department_id=office.deps["REV"],
            user_id=office.rev.id,
            reason="לטיפול אישי",
        )
    today = clock.local_today()

    def set_away(dialog: AbsenceDialog) -> None:
        assert choose_data(dialog.user, office.rev.id) and choose_data(
            dialog.stand_in, office.eng.id
        )
        dialog.end.setDate(today - dt.timedelta(days=1))
        dialog.save_button.click()
        assert dialog.message.text() == "תאריך הסיום לפני תאריך ההתחלה."
        dialog.end.setDate(today + dt.timedelta(days=6))
        choose_data(dialog.stand_in, office.rev.id)
        dialog.save_button.click()
        assert dialog.message.text() == "ממלא/ת המקום חייב/ת להיות מישהו/י אחר/ת."
        choose_data(dialog.stand_in, office.eng.id)
        type_text(dialog.reason, "חופשה")
        dialog.save_button.click()
        assert dialog.model.rowCount() == 1 and dialog.model.row(0).stand_in == "רונית ברק"
        shoot(dialog, "46-absences")

    boss_win = staff_window(qtbot, login(ctx, office.boss))
    assert boss_win.workspace.absence_button.isVisible()
    drive(monkeypatch, AbsenceDialog, set_away)
    boss_win.workspace.absence_button.click()
    boss_win.close()
    with ctx.read() as s:
        assert rev_item in [r.item_id for r in inbox(s, office.eng.id)]
        assert rev_item not in [r.item_id for r in inbox(s, office.rev.id)]

    eng_win = staff_window(qtbot, login(ctx, office.eng))
    page = eng_win.workspace.inbox
    qtbot.waitUntil(lambda: page.count == 1)
    assert page.model.row(0).item_id == rev_item and page.model.row(0).assignee == "משה דהן"
    eng_win.close()

    def cancel(dialog: AbsenceDialog) -> None:
        choose_row(dialog.table, 0)
        dialog.cancel_button.click()
        assert dialog.model.rowCount() == 0 and "בוטלה" in dialog.message.text()

    drive(monkeypatch, AbsenceDialog, cancel)
    AbsenceDialog(login(ctx, office.boss)).exec()
    with ctx.read() as s:
        assert rev_item in [r.item_id for r in inbox(s, office.rev.id)]
        assert rev_item not in [r.item_id for r in inbox(s, office.eng.id)]


def test_counter_staff_see_the_id_in_item_details(ctx, qtbot, resident):
    number, items = open_case_by_services(ctx, resident)
    dialog = ItemDetailDialog(ctx, items[0], number)
    qtbot.addWidget(dialog)
    assert "039337423" in dialog.resident.text() and "יוסף כהן" in dialog.resident.text()


def test_absences_are_for_supervisors(window, qtbot, monkeypatch):
    opened = drive(monkeypatch, AbsenceDialog, lambda d: None)
    assert not window.workspace.absence_button.isVisible()
    window.show_absences()
    assert not opened and "למפקחים" in window.statusBar().currentMessage()


def test_knowledge_base_from_the_counter_prints_for_the_open_resident(
    window, qtbot, resident, monkeypatch
):
    window.open_resident(resident)
    asked: list[str] = []
    real_sheet = knowledge_dialog.sheet_data

    def sheet(answer, name="", words=None):
        asked.append(name)
        return real_sheet(answer, name, words)

    monkeypatch.setattr(knowledge_dialog, "sheet_data", sheet)
    previews = drive(monkeypatch, SheetPreview, lambda p: shoot(p, "48-answer-sheet"))

    def look_up(dialog: KnowledgeDialog) -> None:
        assert dialog.model.rowCount() >= 30  # everything before anything is typed
        type_text(dialog.box, "שעות")
        qtbot.waitUntil(lambda: dialog.model.rowCount() < 30)
        assert "שעות" in dialog.current().title
        assert dialog.current().title in dialog.answer.toPlainText()
        assert dialog.for_whom.text() == "הדף יודפס על שם \u2068יוסף כהן\u2069"
        qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
        assert dialog.current() == dialog.model.row(1)
        shoot(dialog, "47-knowledge")
        dialog.print_button.click()
        type_text(dialog.box, " זה לא קיים בכלל")
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
        assert not dialog.print_button.isEnabled()

    drive(monkeypatch, KnowledgeDialog, look_up)
    page_key(window, qtbot, Qt.Key.Key_K)
    assert window.last_knowledge is not None
    assert asked == ["יוסף כהן"] and len(previews) == 1
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(previews[0].pdf)).pages)
    assert "04-6628200" in text


def test_counter_keys_bring_the_counter_back(window, qtbot):
    page_key(window, qtbot, Qt.Key.Key_3)  # a clerk's cases (a clerk has no inbox)
    assert window.workspace.currentWidget() is window.workspace.my_cases
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.currentWidget() is window.counter
    assert window.search.box.hasFocus()
    window.tasks.wait(3000)


def test_work_item_models_pass_the_model_tester(
    qtmodeltester, qtbot, ctx, office, busy_environment
):
    from desktop.counter.cases import get_case, timeline
    from desktop.counter.knowledge import search_knowledge
    from desktop.followthrough.absence import absences, set_absence
    from desktop.followthrough.items import notifications
    from desktop.followthrough.outbox import pending, queue_update
    from desktop.followthrough.worklists import my_cases, my_tasks
    from desktop.ui.absence_dialog import AbsencesModel
    from desktop.ui.case_panel import CaseItemsViewModel, TimelineModel
    from desktop.ui.knowledge_dialog import AnswersModel
    from desktop.ui.my_cases_page import NotificationsModel, OwnedCasesModel
    from desktop.ui.outbox_page import OutboxModel
    from desktop.ui.tasks_page import TasksModel

    env = login(ctx, office.env)
    with env.write() as s:
        update_item(
            s,
            env.actor,
            busy_environment["late"][0],
            status="done",
            outcome="החיסון בוצע והרישיון חודש",
        )
    with ctx.write() as s:
        number = my_cases(s, ctx.user.id)[0].number
        queue_update(s, ctx.actor, number)
        set_absence(
            s,
            login(ctx, office.boss).actor,
            office.rev.id,
            office.eng.id,
            clock.local_today(),
            clock.local_today() + dt.timedelta(days=2),
            "השתלמות",
        )
    with ctx.read() as s:
        case = get_case(s, ctx.actor, number)
        filled = [
            (OwnedCasesModel(), my_cases(s, ctx.user.id)),
            (NotificationsModel(), notifications(s, ctx.user.id, False)),
            (TasksModel(), my_tasks(s, ctx.user.id)),
            (OutboxModel(), pending(s, ctx.actor)),
            (AbsencesModel(), absences(s, login(ctx, office.boss).actor)),
            (AnswersModel(), search_knowledge(s, "ארנונה")),
            (CaseItemsViewModel(), list(case.items)),
            (TimelineModel(), timeline(s, ctx.actor, case)),
        ]
        rows = inbox(s, office.env.id)
    for model, data in filled:
        assert data, type(model).__name__
        model.set_rows(data)
        qtmodeltester.check(model)
    lazy = InboxModel()
    lazy.page_needed.connect(
        lambda g, p: lazy.fill(g, p, rows[p * lazy.PAGE : (p + 1) * lazy.PAGE])
    )
    lazy.PAGE = 2
    lazy.reset(1, len(rows), rows[:2])
    qtmodeltester.check(lazy)
    assert [lazy.row(n) for n in range(len(rows))] == rows


def test_my_cases_writes_the_case_and_its_receipt_to_the_access_log(
    window, ctx, qtbot, resident, staff, monkeypatch
):
    """Opening one of my cases shows the resident's name and the case: that is in the access
    log once while the page is open, and so is its updated receipt (issue 15, part 4)."""
    from desktop.counter.access import access_rows
    from desktop.ui.receipt_preview import ReceiptPreview

    number, _items = open_case_by_services(ctx, resident)
    page = window.workspace.my_cases
    page.open_case(number)
    page.open_case(number)  # back to it: not a second line
    monkeypatch.setattr(ReceiptPreview, "exec", lambda dialog: 0)
    page.show_receipt()
    with ctx.read() as s:
        rows = [r for r in access_rows(s, staff["admin"]) if r.detail == number]
    assert sorted(r.what for r in rows) == ["פנייה", "קבלה"], rows
    assert {r.resident for r in rows} == {"יוסף כהן"}
