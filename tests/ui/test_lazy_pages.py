"""A window starts without its hidden pages built: the work pages and the supervisor's sections
are built, with their data read, the first time they are shown; until then the tab titles are
read on their own and say the same; the page keys work as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.followthrough.items import update_item
from desktop.ui.board_page import BoardPage
from desktop.ui.figures_page import FiguresPage
from desktop.ui.inbox_page import InboxPage
from desktop.ui.lobby_board import LobbyBoard
from desktop.ui.my_cases_page import MyCasesPage
from desktop.ui.outbox_page import OutboxPage
from desktop.ui.tasks_page import TasksPage
from tests.ui.office import login, make_office, open_case_by_services
from tests.ui.test_followthrough_screens import page_key, staff_window

WORK_PAGES = (InboxPage, MyCasesPage, TasksPage, OutboxPage)


def _titles(workspace) -> list[str]:
    return [workspace.tabText(i) for i in range(workspace.count())]


def test_work_page_titles_are_read_before_the_pages_are_built(ctx, qtbot, resident):
    office = make_office(ctx)
    _number, items = open_case_by_services(ctx, resident)  # the clerk's case, REV and ENV
    with ctx.write() as s:  # environment finishes its item: a notification and a callback
        update_item(
            s, login(ctx, office.env).actor, items[1], status="done", outcome="רישיון הכלב חודש"
        )
    win = staff_window(qtbot, ctx)
    workspace = win.workspace
    assert not [p for cls in WORK_PAGES for p in workspace.findChildren(cls)]

    workspace.refresh_all()
    qtbot.waitUntil(lambda: "משימות (1)" in _titles(workspace), timeout=20000)
    read_alone = _titles(workspace)
    assert "הודעות: 1" in " ".join(read_alone)
    assert not [p for cls in WORK_PAGES for p in workspace.findChildren(cls)]

    # A reception clerk has no inbox tab: nothing is ever routed to them.
    assert not any("תיבת המחלקה" in title for title in read_alone)
    page_key(win, qtbot, Qt.Key.Key_2)
    assert workspace.currentWidget() is win.counter
    assert "אינו פתוח" in win.statusBar().currentMessage()
    for key, digit in (
        ("my_cases", Qt.Key.Key_3),
        ("tasks", Qt.Key.Key_4),
        ("outbox", Qt.Key.Key_5),
    ):
        page_key(win, qtbot, digit)
        page = workspace.page(key)
        assert workspace.currentWidget() is page and page.isVisible()
        with qtbot.waitSignal(page.loaded, timeout=20000):
            page.reload()
    assert _titles(workspace) == read_alone
    win.tasks.wait(10000)


pytestmark = pytest.mark.gui


def test_supervisor_sections_are_built_when_first_shown(ctx, qtbot):
    win = staff_window(qtbot, login(ctx, make_office(ctx).boss))
    workspace = win.workspace
    supervisor = workspace.page("supervisor")
    assert supervisor is not None and supervisor.sections == {}
    titles = [supervisor.tabs.tabText(i) for i in range(supervisor.tabs.count())]
    assert titles == ["לובי", "עומס עבודה", "מדדים", "הגדרות", "סריקה יזומה"]

    # The background refresh of the pages' titles builds nothing that is not shown.
    workspace.refresh_all()
    assert supervisor.sections == {}

    workspace.show_page("supervisor")
    assert list(supervisor.sections) == ["lobby"]
    lobby = supervisor.sections["lobby"]
    assert isinstance(lobby, LobbyBoard) and lobby.isVisible()
    qtbot.waitUntil(lambda: lobby.state is not None, timeout=20000)

    supervisor.tabs.setCurrentIndex(2)
    figures = supervisor.sections["figures"]
    assert isinstance(figures, FiguresPage) and figures.isVisible()
    assert "board" not in supervisor.sections
    assert isinstance(supervisor.section("board"), BoardPage)

    # Ctrl+2 and Ctrl+1 still move between the pages of a supervisor's window.
    page_key(win, qtbot, Qt.Key.Key_2)
    assert workspace.currentWidget() is workspace.inbox
    page_key(win, qtbot, Qt.Key.Key_1)
    assert workspace.currentWidget() is win.counter
    win.tasks.wait(10000)
    figures._tasks.wait(10000)
