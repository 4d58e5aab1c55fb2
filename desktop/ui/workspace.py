"""The pages of the main window by role: the counter, the department's inbox, my cases, my tasks
and the outbox. A page reads its data when it is shown; tab titles carry what waits there."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QWidget

from desktop.core.users import Role
from desktop.ui.context import AppContext
from desktop.ui.inbox_page import InboxPage
from desktop.ui.my_cases_page import MyCasesPage
from desktop.ui.outbox_page import OutboxPage
from desktop.ui.supervisor_page import SupervisorPage
from desktop.ui.tasks import TaskRunner
from desktop.ui.tasks_page import TasksPage

STAFF = (Role.CLERK, Role.SUPERVISOR, Role.ADMIN)
EVERYONE = (*STAFF, Role.DEPARTMENT)
# key, title, who sees the page (department staff do not capture cases or send messages).
PAGES = (
    ("counter", QT_TRANSLATE_NOOP("Workspace", "דלפק"), STAFF),
    ("inbox", QT_TRANSLATE_NOOP("Workspace", "תיבת המחלקה"), EVERYONE),
    ("my_cases", QT_TRANSLATE_NOOP("Workspace", "הפניות שלי"), EVERYONE),
    ("tasks", QT_TRANSLATE_NOOP("Workspace", "משימות"), EVERYONE),
    ("outbox", QT_TRANSLATE_NOOP("Workspace", "תיבת יוצא"), STAFF),
    ("supervisor", QT_TRANSLATE_NOOP("Workspace", "פיקוח"), (Role.SUPERVISOR, Role.ADMIN)),
)
REFRESH_MS = 60_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


class Workspace(QTabWidget):
    def __init__(
        self, ctx: AppContext, tasks: TaskRunner, counter: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.counter = counter
        self.inbox = InboxPage(ctx, tasks, self)
        self.my_cases = MyCasesPage(ctx, tasks, self)
        self.tasks = TasksPage(ctx, tasks, self)
        self.outbox = OutboxPage(ctx, tasks, self)
        role = ctx.user.role if ctx.user else Role.CLERK
        # Built only for those who may open it: a clerk's window holds no supervisor widgets.
        self.supervisor = (
            SupervisorPage(ctx, tasks, self) if role in (Role.SUPERVISOR, Role.ADMIN) else None
        )
        self.knowledge_button = QPushButton(self.tr("מאגר ידע (Ctrl+K)"), self)
        self.absence_button = QPushButton(self.tr("היעדרויות"), self)
        self._pages: dict[str, QWidget] = {}
        self._shown_once = False
        self._refresh = QTimer(self)
        self._build()
        self._wire()

    def _build(self) -> None:
        role = self._ctx.user.role if self._ctx.user else Role.CLERK
        widgets = {
            "counter": self.counter,
            "inbox": self.inbox,
            "my_cases": self.my_cases,
            "tasks": self.tasks,
            "outbox": self.outbox,
            "supervisor": self.supervisor,
        }
        for key, title, roles in PAGES:
            if role in roles:
                self._pages[key] = widgets[key]
                self.addTab(widgets[key], _tr(title))
            elif widgets[key] is not None:
                widgets[key].hide()
        corner = QWidget(self)
        row = QHBoxLayout(corner)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(self.knowledge_button)
        row.addWidget(self.absence_button)
        self.absence_button.setVisible(role in (Role.SUPERVISOR, Role.ADMIN))
        self.setCornerWidget(corner)
        self._refresh.setInterval(REFRESH_MS)

    def _wire(self) -> None:
        self.currentChanged.connect(lambda _i: self._reload_current())
        self.inbox.loaded.connect(self._inbox_loaded)
        self.my_cases.loaded.connect(self._my_cases_loaded)
        self.tasks.loaded.connect(self._tasks_loaded)
        self.outbox.loaded.connect(self._outbox_loaded)
        self._refresh.timeout.connect(self.refresh_all)

    def has_page(self, key: str) -> bool:
        return key in self._pages

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def show_page(self, key: str) -> bool:
        """Bring the page forward and put the keyboard in it; False when this role has none."""
        widget = self._pages.get(key)
        if widget is None:
            return False
        self.setCurrentWidget(widget)
        if hasattr(widget, "focus"):
            widget.focus()
        return True

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._reload_current()

    def _reload_current(self) -> None:
        widget = self.currentWidget()
        if widget is not self.counter and hasattr(widget, "reload") and self.isVisible():
            widget.reload()

    def start_background(self) -> None:
        """Keep the tab titles current (new items, tasks, notifications) while the app runs."""
        self.refresh_all()
        self._refresh.start()

    def refresh_all(self) -> None:
        for key, widget in self._pages.items():
            if key != "counter":
                widget.reload()

    def _title(self, key: str, extra: str) -> None:
        widget = self._pages.get(key)
        if widget is None:
            return
        title = next(_tr(t) for k, t, _r in PAGES if k == key)
        self.setTabText(self.indexOf(widget), f"{title} ({extra})" if extra else title)

    def _inbox_loaded(self, count: int) -> None:
        self._title("inbox", str(count) if count else "")

    def _my_cases_loaded(self, changed: int, unread: int) -> None:
        parts = []
        if changed:
            parts.append(self.tr("עודכנו: %1").replace("%1", str(changed)))
        if unread:
            parts.append(self.tr("הודעות: %1").replace("%1", str(unread)))
        self._title("my_cases", " · ".join(parts))

    def _tasks_loaded(self, count: int, overdue: int) -> None:
        extra = str(count) if count else ""
        if overdue:
            extra += " · " + self.tr("באיחור: %1").replace("%1", str(overdue))
        self._title("tasks", extra)

    def _outbox_loaded(self, count: int) -> None:
        self._title("outbox", str(count) if count else "")
