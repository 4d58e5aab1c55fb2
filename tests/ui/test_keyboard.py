"""A whole day at the keyboard: Tab never traps in a table, every control has a name, on any
page a role can open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from desktop.ui.accessibility import unnamed
from tests.ui.office import login, make_office
from tests.ui.test_followthrough_screens import staff_window

pytestmark = pytest.mark.gui


def every_page(window) -> None:
    """Open every page the user has, so that lazily built ones exist."""
    tabs = window.workspace
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page = tabs.currentWidget()
        inner = getattr(page, "tabs", None) or getattr(page, "sections", None)
        if inner is not None and hasattr(inner, "count"):
            for sub in range(inner.count()):
                inner.setCurrentIndex(sub)
                QApplication.processEvents()


@pytest.mark.parametrize("who", ["clerk", "boss", "rev"])
def test_tab_leaves_every_table(qtbot, ctx, who):
    office = make_office(ctx)
    window = staff_window(qtbot, ctx if who == "clerk" else login(ctx, getattr(office, who)))
    every_page(window)
    views = window.findChildren(QAbstractItemView)
    assert views
    trapping = [v.objectName() or type(v.parent()).__name__ for v in views if v.tabKeyNavigation()]
    assert trapping == []
    # Every control of every page has a name a screen reader announces (WCAG 2.0, 4.1.2).
    assert unnamed(window) == []
    # And for real: from the lobby's waiting list Tab moves on to the next control.
    if who == "clerk":
        window.show_page("counter")
        table = window.lobby.table
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert not table.hasFocus()


def test_board_and_settings_keys_work_wherever_the_focus_is(qtbot, ctx, monkeypatch):
    """The board's owner keys no longer clash with the window's Ctrl+E (new case), and the
    settings' Ctrl+S / Ctrl+Shift+N fire with the focus on the list or the tab bar too."""
    from desktop.ui.board_page import BoardPage
    from desktop.ui.settings_page import CatalogueEditor

    calls: list[str] = []
    monkeypatch.setattr(BoardPage, "reassign_selected_cases", lambda self: calls.append("cases"))
    monkeypatch.setattr(BoardPage, "reassign_person_cases", lambda self: calls.append("person"))
    monkeypatch.setattr(CatalogueEditor, "save", lambda self: calls.append("save"))
    monkeypatch.setattr(CatalogueEditor, "start_new", lambda self: calls.append("new"))
    office = make_office(ctx)
    window = staff_window(qtbot, login(ctx, office.boss))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    window.show_page("supervisor")
    supervisor = window.workspace.supervisor
    supervisor.show_section("board")
    board = supervisor.sections["board"]
    board.department.setFocus()  # a filter, not a table
    qtbot.keyClick(board.department, Qt.Key.Key_O, ctrl)
    qtbot.keyClick(board.department, Qt.Key.Key_O, ctrl | shift)
    assert calls == ["cases", "person"]

    supervisor.show_section("settings")
    settings = supervisor.sections["settings"]
    settings.tabs.tabBar().setFocus()
    qtbot.keyClick(settings.tabs.tabBar(), Qt.Key.Key_S, ctrl)
    settings.catalogue.table.setFocus()
    qtbot.keyClick(settings.catalogue.table, Qt.Key.Key_N, ctrl | shift)
    assert calls[2:] == ["save", "new"]
