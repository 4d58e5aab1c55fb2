"""The outbox: updates for residents on channels with no provider (WhatsApp, SMS, phone), and
e-mail that could not go out. The clerk copies the ready text, sends it by hand, marks it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DalpakError
from desktop.followthrough.outbox import OutboxRow, mark_sent, pending
from desktop.ui.case_panel import local_time, phone_text
from desktop.ui.context import AppContext
from desktop.ui.empty_state import say_when_empty
from desktop.ui.row_models import RowsModel, choose_row, row_table, selected_row
from desktop.ui.rtl import align_right
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import MessageLine


class OutboxModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "נוצרה"),
        QT_TRANSLATE_NOOP("Columns", "פנייה"),
        QT_TRANSLATE_NOOP("Columns", "תושב/ת"),
        QT_TRANSLATE_NOOP("Columns", "ערוץ"),
        QT_TRANSLATE_NOOP("Columns", "אל"),
    )

    def cell(self, row: OutboxRow, column: int) -> str:
        return (
            local_time(row.created_at),
            row.case_number,
            row.resident,
            row.channel,
            phone_text(row.address),
        )[column]


class OutboxPage(QWidget):
    """`loaded(count)` after every reload."""

    loaded = Signal(int)

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.message = MessageLine(self)
        self.model = OutboxModel(self)
        self.table = row_table(self.model, self)
        say_when_empty(
            self.table,
            self.tr(
                "אין הודעות שממתינות לשליחה. עדכון לתושב/ת שבוחר/ת וואטסאפ, מסרון או טלפון "
                '(או דוא"ל כשאין שרת דואר) ימתין כאן.'
            ),
        )
        self.text = QPlainTextEdit(self)
        self.copy_button = QPushButton(self.tr("העתקת הנוסח (Ctrl+Shift+C)"), self)
        self.sent_button = QPushButton(self.tr("סימון שנשלח"), self)
        self.reload_button = QPushButton(self.tr("רענון"), self)
        self._build()
        self._wire()
        self._show_selected()

    def _build(self) -> None:
        self.text.setReadOnly(True)
        align_right(self.text)
        text_side = QWidget(self)
        column = QVBoxLayout(text_side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("<b>הנוסח לשליחה</b>"), self))
        column.addWidget(self.text, 1)
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.addWidget(self.table)
        sides.addWidget(text_side)
        sides.setSizes([700, 600])
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.sent_button)
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(
            QLabel(
                self.tr(
                    "הודעות שממתינות לשליחה ידנית: מעתיקים את הנוסח, שולחים בערוץ של התושב/ת "
                    "ומסמנים שנשלח."
                ),
                self,
            )
        )
        layout.addWidget(sides, 1)
        layout.addLayout(buttons)

    def _wire(self) -> None:
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_selected())
        self.model.modelReset.connect(self._show_selected)
        self.copy_button.clicked.connect(self.copy_text)
        self.sent_button.clicked.connect(self.mark_sent)
        self.reload_button.clicked.connect(self.reload)
        QShortcut(
            QKeySequence("Ctrl+Shift+C"),
            self,
            activated=self.copy_text,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def focus(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current(self) -> OutboxRow | None:
        return self.model.row(selected_row(self.table))

    def _show_selected(self) -> None:
        row = self.current()
        self.text.setPlainText(row.body if row else "")
        self.copy_button.setEnabled(row is not None)
        self.sent_button.setEnabled(row is not None)

    def reload(self) -> None:
        sessions = self._ctx.sessions

        def work() -> list[OutboxRow]:
            with sessions() as session:
                return pending(session, self._ctx.actor)

        self._tasks.submit(work, self._show, self._failed)

    def _show(self, rows: list[OutboxRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            choose_row(self.table, 0)
        self.loaded.emit(len(rows))

    def _failed(self, err: Exception) -> None:
        self.message.show_error(err.message if isinstance(err, DalpakError) else str(err))

    def copy_text(self) -> None:
        row = self.current()
        if row is None:
            return
        QGuiApplication.clipboard().setText(row.body)
        self.message.show_note(
            self.tr("הנוסח הועתק. שולחים ל-%1 ואז מסמנים שנשלח.").replace(
                "%1", f"{row.resident} ({phone_text(row.address) or row.channel})"
            )
        )

    def mark_sent(self) -> None:
        row = self.current()
        if row is None:
            return
        try:
            with self._ctx.write() as session:
                mark_sent(session, self._ctx.actor, row.id)
        except DalpakError as err:
            self.message.show_error(err.message)
            return
        self.message.show_note(self.tr("סומן שנשלח: %1").replace("%1", row.resident))
        self.reload()
