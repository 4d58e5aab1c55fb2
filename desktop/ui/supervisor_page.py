"""The supervisor workspace: one tab per view (the lobby, the workload board, figures, the
proactive scan, settings). Only supervisors and administrators get this page; the services
behind it check the role again."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.ui.context import AppContext
from desktop.ui.tasks import TaskRunner

# key, tab title (QT_TRANSLATE_NOOP("SupervisorPage", ...)), "module:Class".
# Each class takes (ctx, tasks, parent) and has reload(); it reads its data in the background.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("lobby", QT_TRANSLATE_NOOP("SupervisorPage", "לובי"), "desktop.ui.lobby_board:LobbyBoard"),
    ("board", QT_TRANSLATE_NOOP("SupervisorPage", "עומס עבודה"), "desktop.ui.board_page:BoardPage"),
    ("figures", QT_TRANSLATE_NOOP("SupervisorPage", "מדדים"), "desktop.ui.figures_page:FiguresPage"),
    ("settings", QT_TRANSLATE_NOOP("SupervisorPage", "הגדרות"), "desktop.ui.settings_page:SettingsPage"),
    ("scan", QT_TRANSLATE_NOOP("SupervisorPage", "סריקה יזומה"), "desktop.ui.scan_page:ScanPage"),
)

def _tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorPage", text)

class SupervisorPage(QWidget):
    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.tabs = QTabWidget(self)
        self.sections: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for key, title, target in SECTIONS:
            module_name, class_name = target.split(":")
            cls = getattr(importlib.import_module(module_name), class_name)
            widget = cls(ctx, tasks, self.tabs)
            self.sections[key] = widget
            self.tabs.addTab(widget, _tr(title))
        self.tabs.currentChanged.connect(lambda _i: self.reload())

    def section(self, key: str) -> QWidget | None:
        return self.sections.get(key)

    def show_section(self, key: str) -> None:
        widget = self.sections[key]
        self.tabs.setCurrentWidget(widget)

    def reload(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is not None and hasattr(widget, "reload"):
            widget.reload()

    def focus(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is not None:
            widget.setFocus()
