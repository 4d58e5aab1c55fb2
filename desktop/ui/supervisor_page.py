"""The supervisor workspace: one tab per view (the lobby, the workload board, figures, the
proactive scan, settings). Only supervisors and administrators get this page; the services
behind it check the role again."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.supervision import figure_facts
from desktop.ui.accessibility import name_controls
from desktop.ui.context import AppContext
from desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
# The figures' tables are brought up to date this often while a supervisor is logged in, so
# that opening the figures after a day's work (or a large sync) has little left to catch up.
FIGURES_CATCH_UP_MS = 2 * 60 * 1000
FIGURES_CATCH_UP_BATCH = 200  # cases per transaction: the counter never waits long to write

# key, tab title (QT_TRANSLATE_NOOP("SupervisorPage", ...)), "module:Class".
# Each class takes (ctx, tasks, parent) and has reload(); it reads its data in the background.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("lobby", QT_TRANSLATE_NOOP("SupervisorPage", "לובי"), "desktop.ui.lobby_board:LobbyBoard"),
    ("board", QT_TRANSLATE_NOOP("SupervisorPage", "עומס עבודה"), "desktop.ui.board_page:BoardPage"),
    (
        "figures",
        QT_TRANSLATE_NOOP("SupervisorPage", "מדדים"),
        "desktop.ui.figures_page:FiguresPage",
    ),
    (
        "settings",
        QT_TRANSLATE_NOOP("SupervisorPage", "הגדרות"),
        "desktop.ui.settings_page:SettingsPage",
    ),
    ("scan", QT_TRANSLATE_NOOP("SupervisorPage", "סריקה יזומה"), "desktop.ui.scan_page:ScanPage"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SupervisorPage", text)


class SupervisorPage(QWidget):
    """The tabs are there from the start; what is in a tab (its widgets, and modules such as
    QtCharts, openpyxl or reportlab) is built the first time the tab is shown or asked for."""

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.tabs = QTabWidget(self)
        self.sections: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for key, title, _target in SECTIONS:
            holder = QWidget(self.tabs)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            self._holders[key] = holder
            self.tabs.addTab(holder, _tr(title))
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        # Its own background thread: a long catch-up never holds up the pages' reads.
        self._catch_up_tasks = TaskRunner(self)
        self._catching_up = False
        self._catch_up_timer = QTimer(self)
        self._catch_up_timer.setInterval(FIGURES_CATCH_UP_MS)
        self._catch_up_timer.timeout.connect(self.catch_up_figures)
        self._catch_up_timer.start()

    def _build_section(self, key: str) -> QWidget:
        widget = self.sections.get(key)
        if widget is None:
            target = next(t for k, _title, t in SECTIONS if k == key)
            module_name, class_name = target.split(":")
            cls = getattr(importlib.import_module(module_name), class_name)
            holder = self._holders[key]
            widget = cls(self._ctx, self._tasks, holder)
            holder.layout().addWidget(widget)
            if holder.isVisible():  # a child added to a shown widget is not shown by itself
                widget.show()
            name_controls(widget)
            self.sections[key] = widget
        return widget

    def _current_key(self) -> str | None:
        holder = self.tabs.currentWidget()
        return next((k for k, h in self._holders.items() if h is holder), None)

    def catch_up_figures(self) -> None:
        """Count again, in the background, the cases changed since the figures last looked."""
        if self._catching_up:
            return
        self._catching_up = True
        engine = self._ctx.engine

        def done(_result: object) -> None:
            self._catching_up = False

        def failed(err: Exception) -> None:
            # The figures tab catches up itself (and says what went wrong) when it is opened.
            self._catching_up = False
            log.warning("figures catch-up failed: %s", err)

        self._catch_up_tasks.submit(
            lambda: figure_facts.refresh(engine, FIGURES_CATCH_UP_BATCH), done, failed
        )

    def section(self, key: str) -> QWidget | None:
        return self._build_section(key) if key in self._holders else None

    def show_section(self, key: str) -> None:
        self._build_section(key)
        self.tabs.setCurrentWidget(self._holders[key])

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        # Shown before the workspace asks it to reload (Qt shows, then reports the change).
        super().showEvent(event)
        key = self._current_key()
        if key is not None:
            self._build_section(key)

    def reload(self) -> None:
        """Read the shown section again; a section never shown is left unbuilt until it is."""
        key = self._current_key()
        if key is None or (key not in self.sections and not self.isVisible()):
            return
        widget = self._build_section(key)
        if hasattr(widget, "reload"):
            widget.reload()

    def focus(self) -> None:
        key = self._current_key()
        if key is not None and self.isVisible():
            self._build_section(key).setFocus()
