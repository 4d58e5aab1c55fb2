"""Empty panes say why they are empty; my cases show the selected case as the selection moves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.office import open_case_by_services
from tests.ui.test_followthrough_screens import page_key
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui


def hint(view) -> str:
    return view.empty_hint.text()


def test_empty_pages_say_why(window, qtbot):
    window.resize(1366, 768)
    assert "עוד אין נושאים" in hint(window.editor.table)
    assert "אין ממתינים" in hint(window.lobby.table)
    page_key(window, qtbot, Qt.Key.Key_3)
    page = window.workspace.my_cases
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.reload()
    assert "אין לך פניות פתוחות" in hint(page.cases)
    assert "אין הודעות חדשות" in hint(page.notes)
    shoot(window, "70-my-cases-empty")
    page.include_closed.setChecked(True)
    qtbot.waitUntil(lambda: hint(page.cases) == "אין פניות בבעלותך.")
    page_key(window, qtbot, Qt.Key.Key_4)
    assert "אין משימות" in hint(window.workspace.tasks.table)
    page_key(window, qtbot, Qt.Key.Key_5)
    assert "אין הודעות שממתינות" in hint(window.workspace.outbox.table)
    window.tasks.wait(5000)


def test_a_residents_first_visit_says_so(window, resident, qtbot):
    window.open_resident(resident)
    panel = window.profile_panel
    assert "אין לתושב/ת נושאים פתוחים" in hint(panel.open_items)
    assert "הפנייה הראשונה" in hint(panel.past_cases)
    open_case_by_services(window.ctx, resident)
    window.open_resident(resident)
    assert hint(panel.open_items) == ""  # two items now: the sentence goes
    window.resize(1366, 768)
    shoot(window, "71-profile-1366")


def test_my_cases_show_the_selected_case_without_enter(window, resident, qtbot):
    first, _items = open_case_by_services(window.ctx, resident, days_ago=1)
    second, _items = open_case_by_services(window.ctx, resident, codes=("REV-03",))
    page_key(window, qtbot, Qt.Key.Key_3)
    page = window.workspace.my_cases
    qtbot.waitUntil(lambda: page.cases_model.rowCount() == 2, timeout=20000)
    # The first row is shown as the page opens, no Enter pressed.
    qtbot.waitUntil(lambda: page.panel.case is not None, timeout=5000)
    top = page.cases_model.row(0).number
    assert page.panel.case.number == top
    page.cases.setFocus()
    qtbot.keyClick(page.cases, Qt.Key.Key_Down)  # the arrow alone shows the other case
    other = page.cases_model.row(1).number
    qtbot.waitUntil(lambda: page.panel.case.number == other, timeout=5000)
    assert {top, other} == {first, second}
    assert page.receipt_button.isEnabled()
    window.resize(1366, 768)
    shoot(window, "72-my-cases-1366")
    window.tasks.wait(5000)
