"""The pages of the main window by role: the counter, the department's inbox, my cases, my tasks
and the outbox. A page reads its data when it is shown; tab titles carry what waits there."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.core import clock
from desktop.core.users import Role
from desktop.ui.accessibility import name_controls
from desktop.ui.context import AppContext
from desktop.ui.supervisor_page import SupervisorPage
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from desktop.ui.inbox_page import InboxPage
    from desktop.ui.my_cases_page import MyCasesPage
    from desktop.ui.outbox_page import OutboxPage
    from desktop.ui.tasks_page import TasksPage

STAFF = (Role.CLERK, Role.SUPERVISOR, Role.ADMIN)
EVERYONE = (*STAFF, Role.DEPARTMENT)
# key, title, who sees the page (department staff do not capture cases or send messages; a
# reception clerk belongs to no department and is given no items, so has no inbox).
PAGES = (
    ("counter", QT_TRANSLATE_NOOP("Workspace", "דלפק"), STAFF),
    (
        "inbox",
        QT_TRANSLATE_NOOP("Workspace", "תיבת המחלקה"),
        (Role.DEPARTMENT, Role.SUPERVISOR, Role.ADMIN),
    ),
    ("my_cases", QT_TRANSLATE_NOOP("Workspace", "הפניות שלי"), EVERYONE),
    ("tasks", QT_TRANSLATE_NOOP("Workspace", "משימות"), EVERYONE),
    ("outbox", QT_TRANSLATE_NOOP("Workspace", "תיבת יוצא"), STAFF),
    ("supervisor", QT_TRANSLATE_NOOP("Workspace", "פיקוח"), (Role.SUPERVISOR, Role.ADMIN)),
)
# The work pages are built the first time they are shown or asked for: under the theme, a
# hidden page's widgets cost as much to build as shown ones (60 ms for these four at start).
# Until then their tab titles come from `_waiting`.
WORK_PAGES = {
    "inbox": "desktop.ui.inbox_page:InboxPage",
    "my_cases": "desktop.ui.my_cases_page:MyCasesPage",
    "tasks": "desktop.ui.tasks_page:TasksPage",
    "outbox": "desktop.ui.outbox_page:OutboxPage",
}
REFRESH_MS = 60_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


def _waiting(key: str, session, actor) -> tuple[int, ...]:  # noqa: ANN001
    """What the page's `loaded` signal carries after its reload, without the page."""
    user_id = actor.user_id
    if key == "inbox":
        from desktop.followthrough.worklists import InboxFilter, inbox_count

        return (inbox_count(session, user_id, InboxFilter()),)
    if key == "my_cases":
        from desktop.followthrough.items import notifications
        from desktop.followthrough.worklists import my_cases

        cases, notes = my_cases(session, user_id, False), notifications(session, user_id, False)
        return sum(c.changed for c in cases), sum(not n.read for n in notes)
    if key == "tasks":
        from desktop.followthrough.worklists import my_tasks

        today = clock.local_today()
        rows = my_tasks(session, user_id)
        return len(rows), sum(r.due_date < today for r in rows)
    from desktop.followthrough.outbox import pending

    return (len(pending(session, actor)),)


class Workspace(QTabWidget):
    """The tabs. A work page sits in a holder widget until built; `currentWidget()`,
    `indexOf()` and the `inbox`, `my_cases`, `tasks`, `outbox` attributes give the page itself
    (building it when asked for)."""

    def __init__(
        self, ctx: AppContext, tasks: TaskRunner, counter: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = tasks
        self.counter = counter
        role = ctx.user.role if ctx.user else Role.CLERK
        # Built only for those who may open it: a clerk's window holds no supervisor widgets.
        self.supervisor = (
            SupervisorPage(ctx, tasks, self) if role in (Role.SUPERVISOR, Role.ADMIN) else None
        )
        self.knowledge_button = QPushButton(self.tr("מאגר ידע (Ctrl+K)"), self)
        self.absence_button = QPushButton(self.tr("היעדרויות"), self)
        self._pages: dict[str, QWidget] = {}  # key -> the tab's widget (a holder for work pages)
        self._built: dict[str, QWidget] = {}  # work pages built so far
        self._shown_once = False
        self._refresh = QTimer(self)
        self._build()
        self._wire()

    def _build(self) -> None:
        role = self._ctx.user.role if self._ctx.user else Role.CLERK
        for key, title, roles in PAGES:
            if role not in roles:
                continue
            if key in WORK_PAGES:
                widget = QWidget(self)
                box = QVBoxLayout(widget)
                box.setContentsMargins(0, 0, 0, 0)
            else:
                widget = self.counter if key == "counter" else self.supervisor
            self._pages[key] = widget
            self.addTab(widget, _tr(title))
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
        self._refresh.timeout.connect(self.refresh_all)

    # --- the work pages, built when first needed -------------------------------------------

    def _work_page(self, key: str) -> QWidget:
        page = self._built.get(key)
        if page is not None:
            return page
        module_name, class_name = WORK_PAGES[key].split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        holder = self._pages.get(key)
        page = cls(self._ctx, self._runner, holder if holder is not None else self)
        if holder is None:
            page.hide()  # a page this role has no tab for, asked for all the same
        else:
            holder.layout().addWidget(page)
            if holder.isVisible():  # a child added to a shown widget is not shown by itself
                page.show()
        page.loaded.connect(getattr(self, f"_{key}_loaded"))
        name_controls(page)
        self._built[key] = page
        return page

    @property
    def inbox(self) -> InboxPage:
        return self._work_page("inbox")

    @property
    def my_cases(self) -> MyCasesPage:
        return self._work_page("my_cases")

    @property
    def tasks(self) -> TasksPage:
        return self._work_page("tasks")

    @property
    def outbox(self) -> OutboxPage:
        return self._work_page("outbox")

    def _key_of(self, widget: QWidget | None) -> str | None:
        return next((k for k, w in self._pages.items() if w is widget), None)

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        widget = super().currentWidget()
        key = self._key_of(widget)
        return self._work_page(key) if key in WORK_PAGES else widget

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802
        key = next((k for k, p in self._built.items() if p is widget), None)
        return super().indexOf(self._pages.get(key, widget) if key else widget)

    # ---------------------------------------------------------------------------------------

    def has_page(self, key: str) -> bool:
        return key in self._pages

    def page(self, key: str) -> QWidget | None:
        if key in WORK_PAGES and key in self._pages:
            return self._work_page(key)
        return self._pages.get(key)

    def show_page(self, key: str) -> bool:
        """Bring the page forward and put the keyboard in it; False when this role has none."""
        if key not in self._pages:
            return False
        self.setCurrentWidget(self._pages[key])
        widget = self.page(key)
        if hasattr(widget, "focus"):
            widget.focus()
        return True

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._reload_current()

    def _reload_current(self) -> None:
        if not self.isVisible():
            return
        widget = self.currentWidget()
        if widget is not self.counter and hasattr(widget, "reload"):
            widget.reload()

    def start_background(self) -> None:
        """Keep the tab titles current (new items, tasks, notifications) while the app runs."""
        self.refresh_all()
        self._refresh.start()

    def refresh_all(self) -> None:
        """Read every page again; for a work page not built yet, only what its title says."""
        for key in self._pages:
            if key == "counter":
                continue
            if key in WORK_PAGES and key not in self._built:
                self._read_title(key)
            else:
                self.page(key).reload()

    def _read_title(self, key: str) -> None:
        if self._ctx.user is None:
            return
        sessions, actor = self._ctx.sessions, self._ctx.actor

        def work() -> tuple[int, ...]:
            with sessions() as session:
                return _waiting(key, session, actor)

        def done(figures: tuple[int, ...]) -> None:
            if key not in self._built:  # once built, the page's own reads set the title
                getattr(self, f"_{key}_loaded")(*figures)

        self._runner.submit(work, done, lambda _err: None)

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
