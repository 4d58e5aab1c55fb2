"""A whole day at the keyboard: Tab never traps in a table, on any page a role can open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

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
    # And for real: from the lobby's waiting list Tab moves on to the next control.
    if who == "clerk":
        window.show_page("counter")
        table = window.lobby.table
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert not table.hasFocus()
