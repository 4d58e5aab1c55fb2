"""The cases I own: what changed since I last looked, the updated receipt, telling the resident;
beside them the notifications the departments' work sends me."""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core import settings
from desktop.core.errors import DalpakError
from desktop.counter.access import log_access
from desktop.counter.cases import CASE_STATUS_LABELS, get_case, timeline
from desktop.counter.residents import CHANNEL_LABELS
from desktop.followthrough.items import NotificationView, mark_notifications_read, notifications
from desktop.followthrough.outbox import Delivery, deliver, queue_update
from desktop.followthrough.worklists import OwnedCase, mark_seen, my_cases
from desktop.ui.case_panel import CasePanel, local_time
from desktop.ui.context import AppContext
from desktop.ui.empty_state import say_when_empty
from desktop.ui.row_models import RowsModel, choose_row, row_table, selected_row
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import MessageLine

CHANGED_MARK = "●"
FOLLOW_MS = 150  # after the selection moves, before the case shows


class OwnedCasesModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "חדש"),
        QT_TRANSLATE_NOOP("Columns", "פנייה"),
        QT_TRANSLATE_NOOP("Columns", "תושב/ת"),
        QT_TRANSLATE_NOOP("Columns", "מצב"),
        QT_TRANSLATE_NOOP("Columns", "פתוחים"),
        QT_TRANSLATE_NOOP("Columns", "עודכנה"),
    )

    def cell(self, row: OwnedCase, column: int) -> str:
        updated = local_time(row.updated_at) if row.updated_at else ""
        return (
            CHANGED_MARK if row.changed else "",
            row.number,
            row.resident,
            CASE_STATUS_LABELS.get(row.status, row.status),
            str(row.open_items),
            updated,
        )[column]

    def is_bold(self, row: OwnedCase) -> bool:
        return row.changed

    def set_seen(self, case_id: uuid.UUID) -> None:
        number = self.row_of(case_id)
        if number >= 0 and self._rows[number].changed:
            self._rows[number] = dataclasses.replace(self._rows[number], changed=False)
            self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))


class NotificationsModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "מתי"),
        QT_TRANSLATE_NOOP("Columns", "פנייה"),
        QT_TRANSLATE_NOOP("Columns", "מה קרה"),
    )

    def cell(self, row: NotificationView, column: int) -> str:
        return (local_time(row.at), row.case_number, row.text)[column]

    def is_bold(self, row: NotificationView) -> bool:
        return not row.read

    def foreground(self, row: NotificationView) -> QBrush | None:
        return QBrush(Qt.GlobalColor.darkGray) if row.read else None

    def tooltip(self, row: NotificationView, column: int) -> str | None:
        return row.text


class MyCasesPage(QWidget):
    """`loaded(changed, unread)` after every reload."""

    loaded = Signal(int, int)

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.last_preview = None
        self.last_delivery: Delivery | None = None
        self._logged: set[str] = set()  # cases whose opening is in the access log already
        self.message = MessageLine(self)
        self.include_closed = QCheckBox(self.tr("כולל סגורות"), self)
        self.cases_model = OwnedCasesModel(self)
        self.cases = row_table(self.cases_model, self, stretch=2)
        self.panel = CasePanel(self)
        self.receipt_button = QPushButton(self.tr("קבלה מעודכנת"), self)
        self.send_button = QPushButton(self.tr("שליחת עדכון לתושב/ת"), self)
        self.notes_model = NotificationsModel(self)
        self.notes = row_table(self.notes_model, self, stretch=2)
        say_when_empty(
            self.cases,
            lambda: (
                self.tr("אין פניות בבעלותך.")
                if self.include_closed.isChecked()
                else self.tr("אין לך פניות פתוחות. פנייה שתשמר/י בדלפק תופיע כאן.")
            ),
        )
        say_when_empty(
            self.notes, self.tr("אין הודעות חדשות. כאן יופיע מה שהמחלקות עשו בפניות שלך.")
        )
        self.read_button = QPushButton(self.tr("סימון כנקרא"), self)
        self.read_all_button = QPushButton(self.tr("הכול נקרא"), self)
        self._build()
        self._wire()
        self._enable_case_buttons()

    def _build(self) -> None:
        self.notes.setWordWrap(True)
        self.notes.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.panel.clear(self.tr("הפנייה שנבחרה ברשימה מוצגת כאן, עם הנושאים וההיסטוריה."))
        # The selected case shows in the pane below as the selection moves (no Enter needed);
        # a short pause first, so that running through the list with the arrows stays quick.
        self._auto_pick: uuid.UUID | None = None  # the row the page chose itself
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(FOLLOW_MS)
        cases_head = QHBoxLayout()
        cases_head.addWidget(QLabel(self.tr("<b>הפניות שלי</b> (● עודכנה מאז שהסתכלת)"), self))
        cases_head.addStretch(1)
        cases_head.addWidget(self.include_closed)
        case_buttons = QHBoxLayout()
        case_buttons.addWidget(self.receipt_button)
        case_buttons.addWidget(self.send_button)
        case_buttons.addStretch(1)
        cases_side = QWidget(self)
        cases_column = QVBoxLayout(cases_side)
        cases_column.setContentsMargins(0, 0, 0, 0)
        cases_column.addLayout(cases_head)
        split = QSplitter(Qt.Orientation.Vertical, cases_side)
        split.addWidget(self.cases)
        split.addWidget(self.panel)
        split.setSizes([200, 400])
        cases_column.addWidget(split, 1)
        cases_column.addLayout(case_buttons)
        notes_buttons = QHBoxLayout()
        notes_buttons.addWidget(self.read_button)
        notes_buttons.addWidget(self.read_all_button)
        notes_buttons.addStretch(1)
        notes_side = QWidget(self)
        notes_column = QVBoxLayout(notes_side)
        notes_column.setContentsMargins(0, 0, 0, 0)
        notes_column.addWidget(QLabel(self.tr("<b>הודעות</b> (מודגש: לא נקרא)"), self))
        notes_column.addWidget(self.notes, 1)
        notes_column.addLayout(notes_buttons)
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.addWidget(cases_side)
        sides.addWidget(notes_side)
        sides.setStretchFactor(0, 3)
        sides.setStretchFactor(1, 2)
        sides.setSizes([760, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(sides, 1)

    def _wire(self) -> None:
        self.include_closed.toggled.connect(lambda _on: self.reload())
        self.cases.activated.connect(lambda index: self.open_row(index.row()))
        self.cases.selectionModel().selectionChanged.connect(lambda *_a: self._follow.start())
        self._follow.timeout.connect(self._show_selected)
        self.notes.activated.connect(lambda index: self.open_notification(index.row()))
        self.receipt_button.clicked.connect(self.show_receipt)
        self.send_button.clicked.connect(self.send_update)
        self.read_button.clicked.connect(self.mark_selected_read)
        self.read_all_button.clicked.connect(self.mark_all_read)

    def focus(self) -> None:
        self.cases.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _enable_case_buttons(self) -> None:
        self.receipt_button.setEnabled(self.panel.case is not None)
        self.send_button.setEnabled(self.panel.case is not None)

    # --- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        if self._ctx.user is None:
            return
        user_id, closed, sessions = (
            self._ctx.user.id,
            self.include_closed.isChecked(),
            self._ctx.sessions,
        )

        def work() -> tuple[list[OwnedCase], list[NotificationView]]:
            with sessions() as session:
                return my_cases(session, user_id, closed), notifications(session, user_id, False)

        self._tasks.submit(work, self._show, self._failed)

    def _show(self, result: tuple[list[OwnedCase], list[NotificationView]]) -> None:
        cases, notes = result
        keep = self.cases_model.row(selected_row(self.cases))
        self.cases_model.set_rows(cases)
        self.notes_model.set_rows(notes)
        if keep is not None and self.cases_model.row_of(keep.id) >= 0:
            choose_row(self.cases, self.cases_model.row_of(keep.id))
        elif cases:
            self._auto_pick = cases[0].id
            choose_row(self.cases, 0)
        self.loaded.emit(sum(c.changed for c in cases), sum(not n.read for n in notes))

    def _failed(self, err: Exception) -> None:
        self.message.show_error(err.message if isinstance(err, DalpakError) else str(err))

    # --- a case ----------------------------------------------------------------------------

    def _show_selected(self) -> None:
        case = self.cases_model.row(selected_row(self.cases))
        shown = self.panel.case
        if case is None or (shown is not None and shown.number == case.number):
            return
        # The row the page chose by itself on reading is shown but not taken as seen: its ●
        # stays until the clerk moves to it or opens it.
        chosen_by_page = case.id == self._auto_pick
        self._auto_pick = None if not chosen_by_page else self._auto_pick
        self.open_case(case.number, seen=not chosen_by_page)

    def open_row(self, row: int) -> None:
        case = self.cases_model.row(row)
        if case is not None:
            self.open_case(case.number)

    def open_case(self, number: str, *, seen: bool = True) -> None:
        try:
            with self._ctx.write() as session:
                view = get_case(session, self._ctx.actor, number)
                entries = timeline(session, self._ctx.actor, view)
                if seen:
                    mark_seen(session, self._ctx.user.id, view.id)
                if view.number not in self._logged:  # once a case while the page is open
                    log_access(session, self._ctx.actor, "case", [view.resident_id], view.number)
                    self._logged.add(view.number)
        except DalpakError as err:
            self.message.show_error(err.message)
            return
        self.panel.show_case(view, entries)
        if seen:
            self.cases_model.set_seen(view.id)
            self._auto_pick = None
        self._enable_case_buttons()
        self.loaded.emit(
            sum(c.changed for c in self.cases_model.rows()),
            sum(not n.read for n in self.notes_model.rows()),
        )

    def show_receipt(self) -> None:
        from desktop.counter.receipt_data import receipt_copies
        from desktop.ui.receipt_preview import ReceiptPreview

        if self.panel.case is None:
            return
        with self._ctx.write() as session:
            case = get_case(session, self._ctx.actor, self.panel.case.number)
            data, hebrew = receipt_copies(session, case)
            log_access(session, self._ctx.actor, "receipt", [case.resident_id], case.number)
        self.last_preview = ReceiptPreview(data, settings.get("receipt_size"), self, hebrew)
        self.last_preview.exec()

    def send_update(self) -> None:
        """Queue the case's state for the resident's channel, then try to send it (e-mail may
        take a while: that part runs on the worker)."""
        if self.panel.case is None:
            return
        number, actor, sessions = self.panel.case.number, self._ctx.actor, self._ctx.sessions
        try:
            with self._ctx.write() as session:
                delivery = queue_update(session, actor, number)
        except DalpakError as err:
            self.message.show_error(err.message)
            return
        self.last_delivery = delivery
        self.send_button.setEnabled(False)
        self.message.show_note(self.tr("שולח..."))

        def work() -> bool:
            from desktop.counter.receipt_data import receipt_pdf

            with sessions.begin() as session:
                pdf = (
                    receipt_pdf(session, self._ctx.actor, number)
                    if delivery.channel == "email"
                    else None
                )
                return deliver(session, actor, delivery.message_id, pdf)

        self._tasks.submit(work, lambda sent: self._delivered(delivery, sent), self._send_failed)

    def _delivered(self, delivery: Delivery, sent: bool) -> None:
        self.send_button.setEnabled(True)
        channel = CHANNEL_LABELS.get(delivery.channel, delivery.channel)
        if sent:
            self.message.show_note(
                self.tr('העדכון נשלח בדוא"ל אל %1.').replace("%1", delivery.address)
            )
        else:
            self.message.show_note(
                self.tr(
                    "העדכון ממתין בתיבת היוצא (ערוץ: %1); שולחים אותו משם ומסמנים שנשלח."
                ).replace("%1", channel)
            )
        if self.panel.case is not None:
            self.open_case(self.panel.case.number)  # the history now shows the message

    def _send_failed(self, err: Exception) -> None:
        self.send_button.setEnabled(True)
        self.message.show_error(err.message if isinstance(err, DalpakError) else str(err))

    # --- notifications ---------------------------------------------------------------------

    def open_notification(self, row: int) -> None:
        note = self.notes_model.row(row)
        if note is None:
            return
        self._mark_read([note.id] if not note.read else [])
        self.open_case(note.case_number)

    def mark_selected_read(self) -> None:
        note = self.notes_model.row(selected_row(self.notes))
        if note is None:
            self.message.show_error(self.tr("יש לבחור הודעה ברשימה."))
            return
        self._mark_read([note.id])

    def mark_all_read(self) -> None:
        self._mark_read([n.id for n in self.notes_model.rows() if not n.read])

    def _mark_read(self, ids: list[uuid.UUID]) -> None:
        if not ids:
            return
        try:
            with self._ctx.write() as session:
                mark_notifications_read(session, self._ctx.actor, ids)
        except DalpakError as err:
            self.message.show_error(err.message)
            return
        self.reload()
