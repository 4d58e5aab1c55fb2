"""My calls to make: callbacks after a department finished, follow-ups after a case closed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core import clock
from desktop.core.errors import DalpakError
from desktop.counter.residents import CHANNEL_LABELS
from desktop.followthrough.worklists import TaskRow, my_tasks
from desktop.ui.call_dialog import KIND_LABELS, CallDialog
from desktop.ui.case_panel import phone_text
from desktop.ui.context import AppContext
from desktop.ui.empty_state import say_when_empty
from desktop.ui.row_models import (
    LATE,
    TODAY,
    TODAY_TEXT,
    RowsModel,
    choose_row,
    row_table,
    selected_row,
)
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import MessageLine, format_date


class TasksModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "משימה"),
        QT_TRANSLATE_NOOP("Columns", "עד"),
        QT_TRANSLATE_NOOP("Columns", "פנייה"),
        QT_TRANSLATE_NOOP("Columns", "תושב/ת"),
        QT_TRANSLATE_NOOP("Columns", "טלפון"),
        QT_TRANSLATE_NOOP("Columns", "ערוץ"),
        QT_TRANSLATE_NOOP("Columns", "נושא"),
        QT_TRANSLATE_NOOP("Columns", "מה לומר"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = clock.local_today()

    def set_rows(self, rows: list[TaskRow]) -> None:
        self.today = clock.local_today()
        super().set_rows(rows)

    def cell(self, row: TaskRow, column: int) -> str:
        kind = QCoreApplication.translate("Columns", KIND_LABELS.get(row.kind, row.kind))
        return (
            kind,
            format_date(row.due_date),
            row.case_number,
            row.resident,
            phone_text(row.resident_phone),
            CHANNEL_LABELS.get(row.preferred_channel, row.preferred_channel),
            row.item,
            row.outcome,
        )[column]

    def is_bold(self, row: TaskRow) -> bool:
        return row.due_date == self.today

    def foreground(self, row: TaskRow) -> QBrush | None:
        return (
            LATE
            if row.due_date < self.today
            else TODAY_TEXT
            if row.due_date == self.today
            else None
        )

    def background(self, row: TaskRow) -> QBrush | None:
        return TODAY if row.due_date == self.today else None

    def tooltip(self, row: TaskRow, column: int) -> str | None:
        lines = [row.outcome, row.attempts_note, row.owner]
        return "\n".join(x for x in lines if x) or None


class TasksPage(QWidget):
    """`loaded(count, overdue)` after every reload."""

    loaded = Signal(int, int)

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.message = MessageLine(self)
        self.model = TasksModel(self)
        self.table = row_table(self.model, self, stretch=7)
        say_when_empty(
            self.table,
            self.tr(
                "אין משימות כרגע. שיחה חוזרת נוספת כאן כשמחלקה מסיימת נושא בפנייה שלך, "
                "ושיחת מעקב שלושה ימי עבודה אחרי שפנייה נסגרת."
            ),
        )
        self.call_button = QPushButton(self.tr("רישום שיחה (Enter)"), self)
        self.reload_button = QPushButton(self.tr("רענון"), self)
        self._build()
        self._wire()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("אדום: באיחור · מודגש על רקע כתום: להיום"), self))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(
            QLabel(
                self.tr(
                    "<b>המשימות שלי</b>: שיחה חוזרת אחרי שמחלקה סיימה נושא, ושיחת מעקב אחרי סגירת פנייה. "
                    "כולל משימות של מי שאני ממלא/ת את מקומו/ה."
                ),
                self,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _wire(self) -> None:
        self.table.activated.connect(lambda index: self.record_call(index.row()))
        self.call_button.clicked.connect(lambda: self.record_call(selected_row(self.table)))
        self.reload_button.clicked.connect(self.reload)

    def focus(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reload(self) -> None:
        if self._ctx.user is None:
            return
        user_id, sessions = self._ctx.user.id, self._ctx.sessions

        def work() -> list[TaskRow]:
            with sessions() as session:
                return my_tasks(session, user_id)

        self._tasks.submit(work, self._show, self._failed)

    def _show(self, rows: list[TaskRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            choose_row(self.table, 0)
        self.call_button.setEnabled(bool(rows))
        self.loaded.emit(len(rows), sum(r.due_date < self.model.today for r in rows))

    def _failed(self, err: Exception) -> None:
        self.message.show_error(err.message if isinstance(err, DalpakError) else str(err))

    def record_call(self, row: int) -> None:
        task = self.model.row(row)
        if task is None:
            return
        dialog = CallDialog(self._ctx, task, self)
        if not dialog.exec():
            return
        if dialog.closed_case:
            text = self.tr("הפנייה %1 נסגרה: כל הנושאים הסתיימו והתושב/ת עודכן/ה.").replace(
                "%1", task.case_number
            )
            if dialog.followup_due:
                text += " " + self.tr("שיחת מעקב נקבעה ל-%1.").replace(
                    "%1", format_date(dialog.followup_due)
                )
            self.message.show_note(text)
        elif not dialog.reached_yes.isChecked():
            self.message.show_note(self.tr("נרשם ניסיון; המשימה עברה ליום העבודה הבא."))
        else:
            self.message.show_note(self.tr("השיחה נרשמה."))
        self.reload()
