"""The supervisor's settings tab as a supervisor works it: edit a service level (existing items
keep their dates, new ones get the new level), add a type, the knowledge base, absences, the
history of who changed what; a clerk's save is refused by the service."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.core import clock
from desktop.core.calendar import add_business_days
from desktop.counter.cases import get_case
from desktop.counter.knowledge import search_knowledge
from desktop.counter.reference import catalogue
from desktop.models import CaseItem
from desktop.ui.absence_dialog import AbsenceDialog
from desktop.ui.row_models import choose_data, choose_row
from desktop.ui.settings_page import SettingsPage
from desktop.ui.supervisor_page import SupervisorPage
from desktop.ui.tasks import TaskRunner
from tests.ui.conftest import type_text
from tests.ui.office import drive, login, make_office, open_case_by_services
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui


def settings_page(qtbot, ctx) -> SettingsPage:
    tasks = TaskRunner()
    page = SettingsPage(ctx, tasks)
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.reload()
    return page


def choose_type(page: SettingsPage, code: str) -> None:
    rows = [page.catalogue.model.row(i) for i in range(page.catalogue.model.rowCount())]
    choose_row(page.catalogue.table, next(i for i, r in enumerate(rows) if r.code == code))


def refused(qtbot, editor, words: str) -> None:
    """Saving runs in the background: wait for the service's message."""
    qtbot.waitUntil(lambda: words in editor.message.text(), timeout=20000)


def item_dates(ctx, number: str) -> list:
    with ctx.read() as s:
        case = get_case(s, ctx.actor, number)
        return list(s.scalars(select(CaseItem.expected_date).where(CaseItem.case_id == case.id)))


def test_a_new_service_level_applies_to_new_items_only(qtbot, ctx, resident):
    office = make_office(ctx)
    old_number, _items = open_case_by_services(ctx, resident, codes=("REV-03",))
    (old_date,) = item_dates(ctx, old_number)
    page = settings_page(qtbot, login(ctx, office.boss))
    editor = page.catalogue
    choose_type(page, "REV-03")
    assert editor.code.text() == "REV-03" and editor.sla_days.text() == "10"

    # A service level that is not a number: a clear message, nothing typed is lost.
    editor.sla_days.clear()
    type_text(editor.sla_days, "שבוע")
    type_text(editor.keywords, ", פטור")
    editor.save_button.click()
    refused(qtbot, editor, "ימי עבודה")
    assert editor.sla_days.text() == "שבוע" and editor.keywords.text().endswith(", פטור")
    assert editor.sla_days.hasFocus()
    shoot(page, "70-settings-catalogue-error")

    editor.sla_days.clear()
    type_text(editor.sla_days, "25")
    with qtbot.waitSignal(editor.saved, timeout=20000):
        qtbot.keyClick(editor.sla_days, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: page.selected_type() is not None and page.selected_type().sla_days == 25
    )
    assert editor.message.text() == "נשמר."
    assert item_dates(ctx, old_number) == [old_date]  # the resident was told that date
    new_number, _items = open_case_by_services(ctx, resident, codes=("REV-03",))
    assert item_dates(ctx, new_number) == [add_business_days(clock.local_today(), 25)]
    shoot(page, "71-settings-catalogue")

    page.tabs.setCurrentIndex(3)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.reload()
    latest = page.history_model.row(0)
    assert (latest.who, latest.area) == ("מרים שטרן", "קטלוג")
    assert "זמן טיפול (ימי עבודה): 10 ← 25" in latest.what and "+פטור" in latest.what
    shoot(page, "72-settings-history")


def test_adding_a_type_and_a_knowledge_answer(qtbot, ctx):
    office = make_office(ctx)
    page = settings_page(qtbot, login(ctx, office.boss))
    editor = page.catalogue
    editor.search.setFocus()
    qtbot.keyClick(
        editor.search,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert editor.editing is None and editor.name.hasFocus() and editor.name.text() == ""
    type_text(editor.name, "החזר תשלום כפול (Double payment)")
    editor.save_button.click()
    refused(qtbot, editor, "יש לבחור מחלקה.")
    assert editor.name.text() == "החזר תשלום כפול (Double payment)"
    assert choose_data(editor.department, office.deps["REV"])
    type_text(editor.sla_days, "4")
    type_text(editor.steps, "בדיקת התשלומים בחשבון הארנונה")
    type_text(editor.documents, "אסמכתת תשלום")
    with qtbot.waitSignal(editor.saved, timeout=20000):
        editor.save_button.click()
    with ctx.read() as s:
        added = next(e for e in catalogue(s) if e.name.startswith("החזר תשלום כפול"))
    assert added.code == "REV-11" and added.sla_days == 4 and added.documents == ("אסמכתת תשלום",)
    qtbot.waitUntil(lambda: editor.code.text() == "REV-11", timeout=20000)

    page.tabs.setCurrentWidget(page.knowledge)
    answers = page.knowledge
    answers.start_new()
    type_text(answers.title, "חניה לאורחים ביום הבחירות")
    type_text(answers.answer, "קצר")
    answers.save_button.click()
    refused(qtbot, answers, "התשובה עצמה")
    assert answers.answer.hasFocus() and answers.title.text() == "חניה לאורחים ביום הבחירות"
    type_text(answers.answer, ": החניון שליד המועצה פתוח לכולם בין 07:00 ל-22:00.")
    with qtbot.waitSignal(answers.saved, timeout=20000):
        answers.save_button.click()
    with ctx.read() as s:
        added = search_knowledge(s, "חניה אורחים")[0]
    assert added.title == "חניה לאורחים ביום הבחירות"
    qtbot.waitUntil(lambda: answers.code.text() == added.code, timeout=20000)
    shoot(page, "73-settings-knowledge")


def test_absences_from_the_settings_tab(qtbot, ctx, monkeypatch):
    office = make_office(ctx)
    page = settings_page(qtbot, login(ctx, office.boss))
    page.tabs.setCurrentIndex(2)

    def set_away(dialog: AbsenceDialog) -> None:
        assert choose_data(dialog.user, office.rev.id) and choose_data(
            dialog.stand_in, office.eng.id
        )
        type_text(dialog.reason, "השתלמות")
        dialog.save_button.click()

    drive(monkeypatch, AbsenceDialog, set_away)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.absence_button.click()
    assert [(r.user, r.stand_in) for r in page.absence_rows()] == [("משה דהן", "רונית ברק")]
    shoot(page, "74-settings-absences")


def test_a_clerk_is_refused_even_with_the_screen(qtbot, ctx):
    """The screen is not the boundary: opened by a clerk, the services refuse to read the
    supervisors' settings, and the page says so."""
    make_office(ctx)
    page = SettingsPage(ctx, TaskRunner())  # dana, a clerk
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: "אין הרשאה" in page.message.text(), timeout=20000)
    assert page.catalogue.model.rowCount() == 0 and page.absence_model.rowCount() == 0
    with ctx.read() as s:
        assert next(e for e in catalogue(s) if e.code == "REV-03").sla_days == 10


def test_settings_are_a_tab_of_the_supervisor_page(qtbot, ctx):
    boss = login(ctx, make_office(ctx).boss)
    tasks = TaskRunner()
    sup = SupervisorPage(boss, tasks)
    qtbot.addWidget(sup)
    assert isinstance(sup.section("settings"), SettingsPage)
    assert "הגדרות" in [sup.tabs.tabText(i) for i in range(sup.tabs.count())]
    tasks.wait(10000)
