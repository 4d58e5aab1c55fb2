"""A supervisor's window starts without the supervisor's sections built; each is built, with its
data read, the first time it is shown, and the page keys work as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.board_page import BoardPage
from desktop.ui.figures_page import FiguresPage
from desktop.ui.lobby_board import LobbyBoard
from tests.ui.office import login, make_office
from tests.ui.test_followthrough_screens import page_key, staff_window

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
