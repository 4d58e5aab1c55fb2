"""The workload board as a supervisor uses it: the figures, a person's items, and moving one item,
a selection, everything a person holds, and the ownership of a case, through the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from desktop.core.errors import NotAllowed
from desktop.core.oplog import Actor
from desktop.core.users import Role, as_logged_in, create_user
from desktop.models import Case, CaseItem
from desktop.supervision.board import board
from desktop.supervision.reassign import reassign_items
from desktop.ui.board_models import PersonCounts
from desktop.ui.board_page import BoardPage
from desktop.ui.reassign_dialog import ReassignDialog
from desktop.ui.supervisor_page import SupervisorPage
from desktop.ui.tasks import TaskRunner
from tests.ui.conftest import type_text
from tests.ui.office import add_resident, drive, login, make_office, open_case_by_services
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui


@pytest.fixture
def office(ctx):
    """Six engineering cases of the clerk: three opened a month ago (late), all items held by
    Ronit; a second engineer (Gil) and a second clerk (Yossi) to move work to."""
    office = make_office(ctx)
    with ctx.write() as s:
        gil = as_logged_in(
            create_user(
                s,
                Actor(None, ctx.station_id, ctx.station_code),
                username="gil",
                full_name="גיל אלון",
                role=Role.DEPARTMENT,
                password="staff-pass-1",
                department_id=office.deps["ENG"],
            )
        )
        yossi = as_logged_in(
            create_user(
                s,
                Actor(None, ctx.station_id, ctx.station_code),
                username="yossi",
                full_name="יוסי אבוטבול",
                role=Role.CLERK,
                password="staff-pass-1",
            )
        )
    items, numbers = [], []
    for n in range(6):
        rid = add_resident(ctx, 41000000 + n, "תושב", f"בדיקה{n}", f"05212345{n:02d}")
        number, ids = open_case_by_services(
            ctx, rid, ("ENG-01", "ENG-02"), days_ago=30 if n < 3 else 0
        )
        items += ids
        numbers.append(number)
    boss = login(ctx, office.boss)
    with boss.write() as s:
        reassign_items(s, boss.actor, items, to_user_id=office.eng.id, reason="חלוקה ראשונה")
    return {
        "office": office,
        "gil": gil,
        "yossi": yossi,
        "items": items,
        "numbers": numbers,
        "boss": boss,
    }


@pytest.fixture
def page(qtbot, office):
    tasks = TaskRunner()
    page = BoardPage(office["boss"], tasks)
    qtbot.addWidget(page)
    page.resize(1366, 760)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.reload()
    yield page
    tasks.wait(10000)


def _person_row(page, name):
    return next(n for n in range(page.people.rowCount()) if page.people.row(n).name == name)


def _drill_person(qtbot, page, name, column=0):
    row = _person_row(page, name)
    index = page.people.index(row, column)
    rect = page.people_table.visualRect(index)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        qtbot.mouseClick(page.people_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _move(qtbot, monkeypatch, person=None, department=None, reason="סיבה"):
    """Answer the next reassign dialog: a person or department, a reason, then OK."""

    def steps(dialog):
        if person is not None:
            dialog.choose_person(person)
        if department is not None:
            dialog.choose_department(department)
        dialog.reason.setFocus()
        type_text(dialog.reason, reason)
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(
            lambda: (
                dialog.outcome is not None
                or dialog.message.isVisible()
                and "מעביר" not in dialog.message.text()
            ),
            timeout=20000,
        )

    return drive(monkeypatch, ReassignDialog, steps)


def _holders(ctx, ids):
    with ctx.read() as s:
        return [s.get(CaseItem, i).assignee_id for i in ids]


def test_the_board_shows_the_figures_of_the_service(qtbot, page, office, ctx):
    with ctx.read() as s:
        expected = board(s, office["boss"].actor)
    eng = office["office"].deps["ENG"]
    row = next(r for r in page.departments.rows() if r.key == eng)
    assert (row.open, row.overdue) == (12, expected.departments[0].overdue) == (12, 6)
    people = {r.name: r.open for r in page.people.rows()}
    assert people == {"רונית ברק": 12}
    # Late figures in red, in bold.
    index = page.people.index(_person_row(page, "רונית ברק"), PersonCounts.LEAD + 2)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b71c1c"
    assert page.items_total == 12
    _drill_person(qtbot, page, "רונית ברק", PersonCounts.LEAD + 2)  # the late cell
    assert page.current_measure() == "overdue" and page.items_total == 6
    assert all(item.overdue for item in page.items.rows())
    assert "רונית ברק" in page.items_label.text()
    shoot(page, "80-board")


def test_reassign_one_a_selection_and_everything_of_a_person(qtbot, monkeypatch, page, office, ctx):
    gil, env = office["gil"].id, office["office"].deps["ENV"]
    ronit = office["office"].eng.id
    _drill_person(qtbot, page, "רונית ברק")
    assert page.items_total == 12
    # One item: the first row is chosen; Ctrl+R opens the dialog.
    first = page.items.row(0).item_id
    page.items_table.setFocus()
    seen = _move(qtbot, monkeypatch, person=gil, reason="רונית בקורס")
    with qtbot.waitSignal(page.loaded, timeout=20000):
        qtbot.keyClick(page.items_table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1 and seen[0].outcome.moved == 1
    assert _holders(ctx, [first]) == [gil]
    assert "הועברו 1 פריטים" in page.message.text()
    assert {r.name: r.open for r in page.people.rows()} == {"רונית ברק": 11, "גיל אלון": 1}
    # A selection of three rows to the environment department's queue.
    assert page.items_total == 11
    chosen = [page.items.row(n).item_id for n in (0, 2, 4)]
    selection = page.items_table.selectionModel()
    selection.clearSelection()
    for n in (0, 2, 4):
        selection.select(
            page.items.index(n, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    _move(qtbot, monkeypatch, department=env, reason="נושא של איכות הסביבה")
    with qtbot.waitSignal(page.loaded, timeout=20000):
        qtbot.mouseClick(page.reassign_button, Qt.MouseButton.LeftButton)
    with ctx.read() as s:
        moved = [s.get(CaseItem, i) for i in chosen]
        assert {(m.department_id, m.assignee_id) for m in moved} == {(env, None)}
    # Everything Ronit still holds, to Gil.
    _drill_person(qtbot, page, "רונית ברק")
    assert page.items_total == 8
    _move(qtbot, monkeypatch, person=gil, reason="רונית עוזבת את המועצה")
    with qtbot.waitSignal(page.loaded, timeout=20000):
        qtbot.mouseClick(page.reassign_person_button, Qt.MouseButton.LeftButton)
    held = _holders(ctx, office["items"])
    assert held.count(ronit) == 0 and held.count(gil) == 9 and held.count(None) == 3
    assert [r.name for r in page.people.rows()] == ["גיל אלון"]
    shoot(page, "81-board-after-moves")


def test_case_ownership_through_the_screen(qtbot, monkeypatch, page, office, ctx):
    yossi = office["yossi"].id
    first = page.items.row(0)
    _move(qtbot, monkeypatch, person=yossi, reason="דנה עוברת לעבוד בסניף אחר")
    with qtbot.waitSignal(page.loaded, timeout=20000):
        qtbot.mouseClick(page.cases_button, Qt.MouseButton.LeftButton)
    with ctx.read() as s:
        assert s.get(Case, first.case_id).owner_id == yossi
        owners = set(s.scalars(select(Case.owner_id)))
    assert owners == {yossi, ctx.user.id}


def test_the_dialog_keeps_what_was_typed_on_an_error(qtbot, monkeypatch, page, office, ctx):
    """Moving an item to the person who holds it already is refused in the dialog."""
    page.items_table.setFocus()
    shots = []

    def steps(dialog):
        dialog.choose_person(office["office"].eng.id)
        type_text(dialog.reason, "בדיקה")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "כבר נמצאים שם" in dialog.message.text(), timeout=20000)
        assert dialog.isVisible() and dialog.reason.text() == "בדיקה"
        shots.append(shoot(dialog, "82-board-reassign-dialog-error"))
        dialog.reject()

    drive(monkeypatch, ReassignDialog, steps)
    page.reassign_selected()
    assert shots


def test_a_clerk_is_refused_by_the_service_even_with_the_screen(qtbot, ctx, office):
    tasks = TaskRunner()
    page = BoardPage(ctx, tasks)  # dana, a clerk
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: "אין הרשאה" in page.message.text(), timeout=20000)
    assert "מפקח/ת" in page.message.text() and page.items.rowCount() == 0
    with ctx.write() as s, pytest.raises(NotAllowed):
        reassign_items(s, ctx.actor, office["items"], to_user_id=office["gil"].id, reason="ניסיון")
    assert _holders(ctx, office["items"]).count(office["office"].eng.id) == 12


def test_the_board_is_a_tab_of_the_supervisor_page(qtbot, office):
    tasks = TaskRunner()
    sup = SupervisorPage(office["boss"], tasks)
    qtbot.addWidget(sup)
    assert isinstance(sup.section("board"), BoardPage)
    assert "עומס עבודה" in [sup.tabs.tabText(i) for i in range(sup.tabs.count())]
    tasks.wait(10000)
