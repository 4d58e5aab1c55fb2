"""The lobby at the counter: who waits (priority first), checking a resident in, calling the next
one or a chosen one to this counter."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.errors import DalpakError
from desktop.core.permissions import allowed
from desktop.counter.residents import ResidentHit, search_residents
from desktop.lobby import visits as lobby
from desktop.models import LobbyVisit
from desktop.ui.context import AppContext
from desktop.ui.empty_state import say_when_empty
from desktop.ui.row_models import RowsModel, choose_row, row_table, selected_row
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import MessageLine, format_date, limit_length

REFRESH_MS = 15_000
PRIORITY = QBrush(QColor("#e3f2fd"))


def minutes_text(minutes: int) -> str:
    return QCoreApplication.translate("Lobby", "%1 דק׳").replace("%1", str(minutes))


class WaitingModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "תור"),
        QT_TRANSLATE_NOOP("Columns", "שם"),
        QT_TRANSLATE_NOOP("Columns", "ממתין/ה"),
        QT_TRANSLATE_NOOP("Columns", "קדימות"),
        QT_TRANSLATE_NOOP("Columns", "סיבה"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = clock.utcnow()

    def set_rows(self, rows: list[lobby.VisitView]) -> None:
        self.now = clock.utcnow()
        super().set_rows(rows)

    def cell(self, row: lobby.VisitView, column: int) -> str:
        priority = row.priority_label  # said by the service, "" for none
        return (
            row.ticket,
            row.name,
            minutes_text(row.waited_minutes(self.now)),
            priority,
            row.reason,
        )[column]

    def is_bold(self, row: lobby.VisitView) -> bool:
        return row.priority != "none"

    def background(self, row: lobby.VisitView) -> QBrush | None:
        return PRIORITY if row.priority != "none" else None

    def tooltip(self, row: lobby.VisitView, column: int) -> str | None:
        return row.priority_reason or None


class CheckInDialog(QDialog):
    """Check a resident in: found by the search (name, ID, phone) or by the name as typed."""

    SEARCH_MS = 150

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._serial = 0
        self.visit: lobby.VisitView | None = None
        # What is typed becomes the visit's name when no resident is chosen.
        self.find = limit_length(QLineEdit(self), LobbyVisit, "typed_name")
        self.hits = QListWidget(self)
        self.reason = QLineEdit(self)
        self.priority = QComboBox(self)
        self.priority_reason = QLineEdit(self)
        self.message = MessageLine(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._timer = QTimer(self)
        self._build()
        self._wire()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("רישום הגעה ללובי"))
        self.find.setPlaceholderText(self.tr("שם, ת.ז. או טלפון; או שם כפי שנמסר"))
        self.reason.setPlaceholderText(self.tr("במה מדובר, בכמה מילים"))
        for key, label in lobby.PRIORITY_LABELS.items():
            self.priority.addItem(label, key)
        self.priority_reason.setPlaceholderText(self.tr("למשל: כיסא גלגלים, חודש שמיני, בן 82"))
        self.priority_reason.setEnabled(False)
        self.hits.setMinimumHeight(140)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("רישום"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ביטול"))
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_MS)
        form = QFormLayout()
        form.addRow(self.tr("תושב/ת:"), self.find)
        form.addRow("", self.hits)
        form.addRow(self.tr("סיבת ההגעה:"), self.reason)
        form.addRow(self.tr("קדימות:"), self.priority)
        form.addRow(self.tr("סיבת הקדימות:"), self.priority_reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _wire(self) -> None:
        self.find.textEdited.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self._search)
        self.priority.currentIndexChanged.connect(self._priority_changed)
        self.buttons.accepted.connect(self.check_in)
        self.buttons.rejected.connect(self.reject)

    def _priority_changed(self, _index: int) -> None:
        on = self.priority.currentData() != "none"
        self.priority_reason.setEnabled(on)
        if on:
            self.priority_reason.setFocus()

    def _search(self) -> None:
        query = self.find.text()
        self._serial += 1
        serial = self._serial
        sessions = self._ctx.sessions

        def work() -> list[ResidentHit]:
            if len(query.strip()) < 2:
                return []
            with sessions() as session:
                return search_residents(session, self._ctx.actor, query, limit=8)

        self._tasks.submit(
            work,
            lambda hits: self._show(serial, query, hits),
            lambda err: self.message.show_error(str(err)),
        )

    def _show(self, serial: int, query: str, hits: list[ResidentHit]) -> None:
        if serial != self._serial:
            return
        self.hits.clear()
        typed = " ".join(query.split())
        if typed and not typed.replace("-", "").isdigit():
            item = QListWidgetItem(self.tr("לא נמצא/ה - רישום בשם: %1").replace("%1", typed))
            item.setData(Qt.ItemDataRole.UserRole, None)
            self.hits.addItem(item)
        for hit in hits:
            text = " · ".join(
                x for x in (hit.full_name, hit.locality, format_date(hit.birth_date)) if x
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.hits.addItem(item)
        if self.hits.count():
            self.hits.setCurrentRow(1 if hits and self.hits.count() > len(hits) else 0)

    def search_now(self) -> None:
        """Run the pending search at once (tests, and Enter typed before the results)."""
        self._timer.stop()
        self._search()

    def chosen_resident(self) -> uuid.UUID | None:
        item = self.hits.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def check_in(self) -> None:
        resident_id = self.chosen_resident()
        try:
            with self._ctx.write() as session:
                made = lobby.check_in(
                    session,
                    self._ctx.actor,
                    resident_id=resident_id,
                    typed_name="" if resident_id else self.find.text(),
                    reason=self.reason.text(),
                    priority=self.priority.currentData(),
                    priority_reason=self.priority_reason.text(),
                )
                self.visit = lobby.get_visit(session, self._ctx.actor, made.id)
        except DalpakError as err:
            self.message.show_error(err.message)
            target = {"priority_reason": self.priority_reason, "name": self.find}.get(
                err.field or ""
            )
            if target is not None:
                target.setFocus()
            return
        self.accept()


class LobbyPanel(QWidget):
    """Emits `called` with the visit this clerk just called to the counter."""

    called = Signal(object)
    loaded = Signal(int)

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.title = QLabel(self)
        self.summary = QLabel(self)
        self.model = WaitingModel(self)
        # The reason takes what the other columns leave (cut at its end): no sideways scrolling.
        self.table = row_table(self.model, self, stretch=4)
        say_when_empty(self.table, self.tr("אין ממתינים בלובי. רישום הגעה: Ctrl+Shift+L."))
        self.counter = limit_length(QLineEdit(self), LobbyVisit, "counter")
        self.check_in_button = QPushButton(self.tr("רישום הגעה (Ctrl+Shift+L)"), self)
        self.next_button = QPushButton(self.tr("הבא/ה בתור (F9)"), self)
        self.call_button = QPushButton(self.tr("קריאה לנבחר/ת"), self)
        self.left_button = QPushButton(self.tr("עזב/ה"), self)
        self.serving = QLabel(self)
        self.end_button = QPushButton(self.tr("סיום בלי פנייה"), self)
        self.message = MessageLine(self)
        self.last_dialog: CheckInDialog | None = None
        # The visit this clerk called and serves now; saving its case ends it.
        self.current: lobby.VisitView | None = None
        # Why this clerk cannot call now ('' when free): the window says, e.g. a case is open.
        self.busy: Callable[[], str] = lambda: ""
        self._timer = QTimer(self)
        self._build()
        self._wire()

    def _build(self) -> None:
        self.title.setText("<b>" + self.tr("לובי") + "</b>")
        self.counter.setMaximumWidth(90)
        self.counter.setPlaceholderText(self.tr("מס' עמדה"))
        user, counter = self._ctx.user, ""
        if user is not None and allowed(user.role, "lobby.work"):  # department staff: no lobby
            # A user this station does not know yet (made on the hub, not synced) is refused.
            with contextlib.suppress(DalpakError), self._ctx.read() as session:
                counter = lobby.last_counter(session, user.id)
        self.counter.setText(counter or "1")
        self.call_button.setToolTip(self.tr("Enter על שורה ברשימה"))
        self.left_button.setToolTip(self.tr("התושב/ת המסומן/ת עזב/ה בלי לקבל שירות"))
        self.end_button.setToolTip(self.tr("השירות הסתיים בלי לפתוח פנייה (למשל מסירת מידע)"))
        self.serving.setWordWrap(True)
        serving = QHBoxLayout()
        serving.addWidget(self.serving, 1)
        serving.addWidget(self.end_button)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("עמדה:"), self))
        head.addWidget(self.counter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.left_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(serving)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.check_in_button)
        self._timer.setInterval(REFRESH_MS)
        self._show_current()

    def _wire(self) -> None:
        self.check_in_button.clicked.connect(self.check_in)
        self.next_button.clicked.connect(self.call_next)
        self.call_button.clicked.connect(self.call_selected)
        self.left_button.clicked.connect(self.mark_left)
        self.end_button.clicked.connect(self.end_without_case)
        self.table.activated.connect(lambda _index: self.call_selected())
        self._timer.timeout.connect(self.reload)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self.reload()
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802
        self._timer.stop()
        super().hideEvent(event)

    def reload(self) -> None:
        sessions = self._ctx.sessions

        def work() -> tuple[list[lobby.VisitView], lobby.WaitEstimate]:
            with sessions() as session:
                return lobby.waiting_list(session, self._ctx.actor), lobby.expected_wait(session)

        self._tasks.submit(work, self._show, lambda err: self.message.show_error(str(err)))

    def _show(self, result: tuple[list[lobby.VisitView], lobby.WaitEstimate]) -> None:
        rows, estimate = result
        chosen = self.model.row(selected_row(self.table))
        self.model.set_rows(rows)
        row = self.model.row_of(chosen.id) if chosen is not None else -1
        choose_row(self.table, max(row, 0))
        self.summary.setText(
            self.tr("ממתינים: %1 · המתנה צפויה: %2")
            .replace("%1", str(len(rows)))
            .replace("%2", minutes_text(estimate.minutes))
        )
        self.loaded.emit(len(rows))

    def check_in(self) -> None:
        self.last_dialog = CheckInDialog(self._ctx, self._tasks, self)
        if self.last_dialog.exec() and self.last_dialog.visit is not None:
            visit = self.last_dialog.visit
            self.message.show_note(
                self.tr("%1 נרשם/ה בתור %2.").replace("%1", visit.name).replace("%2", visit.ticket)
            )
            self.reload()

    def _show_current(self) -> None:
        visit = self.current
        self.serving.setVisible(visit is not None)
        self.end_button.setVisible(visit is not None)
        if visit is not None:
            self.serving.setText(
                self.tr("בשירות: תור %1, %2").replace("%1", visit.ticket).replace("%2", visit.name)
            )

    def visit_ended(self) -> None:
        """The case of the current visit was saved (which ended the visit)."""
        self.current = None
        self._show_current()
        self.reload()

    def end_without_case(self) -> None:
        if self.current is None:
            return
        try:
            with self._ctx.write() as session:
                lobby.end(session, self._ctx.actor, self.current.id, None)
        except DalpakError as err:
            self.message.show_error(err.message)
            return
        self.message.show_note(
            self.tr("הביקור של תור %1 הסתיים.").replace("%1", self.current.ticket)
        )
        self.visit_ended()

    def _call(self, work) -> None:  # noqa: ANN001
        reason = self.busy()
        if not reason and self.current is not None:
            reason = self.tr(
                "תור %1 עדיין בשירות: שומרים את הפנייה (Ctrl+P) או מסיימים בלי פנייה."
            ).replace("%1", self.current.ticket)
        if reason:
            self.message.show_error(reason)
            return
        try:
            with self._ctx.write() as session:
                visit = work(session)
                view = lobby.get_visit(session, self._ctx.actor, visit.id)
        except DalpakError as err:
            self.message.show_error(err.message)
            return
        self.message.show_note(
            self.tr("%1 (תור %2) נקרא/ה לעמדה %3.")
            .replace("%1", view.name)
            .replace("%2", view.ticket)
            .replace("%3", view.counter)
        )
        self.current = view
        self._show_current()
        self.reload()
        self.called.emit(view)

    def call_next(self) -> None:
        counter = self.counter.text()
        self._call(lambda s: lobby.call_next(s, self._ctx.actor, counter))

    def call_selected(self) -> None:
        row = self.model.row(selected_row(self.table))
        if row is None:
            self.message.show_error(self.tr("בחרו תושב/ת ברשימת הממתינים."))
            return
        counter = self.counter.text()
        self._call(lambda s: lobby.call(s, self._ctx.actor, row.id, counter))

    def mark_left(self) -> None:
        row = self.model.row(selected_row(self.table))
        if row is None:
            self.message.show_error(self.tr("בחרו תושב/ת ברשימת הממתינים."))
            return
        try:
            with self._ctx.write() as session:
                lobby.left(session, self._ctx.actor, row.id)
        except DalpakError as err:
            self.message.show_error(err.message)
            return
        self.message.show_note(self.tr("תור %1 סומן כמי שעזב/ה.").replace("%1", row.ticket))
        self.reload()

    def focus(self) -> None:
        self.table.setFocus()
