"""For supervisors: who is away, from when to when, and who stands in for them meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.errors import DalpakError
from desktop.core.people import Person, users
from desktop.core.users import ROLE_LABELS, Role
from desktop.followthrough.absence import AbsenceView, absences, cancel_absence, set_absence
from desktop.ui.context import AppContext
from desktop.ui.row_models import RowsModel, choose_row, row_table, selected_row
from desktop.ui.widgets import DateField, MessageLine, format_date


class AbsencesModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "נעדר/ת"),
        QT_TRANSLATE_NOOP("Columns", "ממלא/ת מקום"),
        QT_TRANSLATE_NOOP("Columns", "מתאריך"),
        QT_TRANSLATE_NOOP("Columns", "עד תאריך"),
        QT_TRANSLATE_NOOP("Columns", "סיבה"),
    )

    def cell(self, row: AbsenceView, column: int) -> str:
        return (row.user, row.stand_in, format_date(row.start), format_date(row.end), row.reason)[
            column
        ]


def person_label(person: Person) -> str:
    where = person.department or ROLE_LABELS.get(Role(person.role), person.role)
    return f"{person.full_name} ({where})"


class AbsenceDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.message = MessageLine(self)
        self.user = QComboBox(self)
        self.stand_in = QComboBox(self)
        self.start = DateField(self, name=self.tr("מתאריך"))
        # The last day away may be any day: it is only described.
        self.end = DateField(self, business_days_only=False, name=self.tr("עד תאריך"))
        self.reason = QLineEdit(self)
        self.save_button = QPushButton(self.tr("שמירת ההיעדרות"), self)
        self.model = AbsencesModel(self)
        self.table = row_table(self.model, self)
        self.cancel_button = QPushButton(self.tr("ביטול ההיעדרות המסומנת"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._build()
        self._wire()
        self.reload()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("היעדרויות וממלאי מקום"))
        with self._ctx.read() as session:
            people = users(session)
        for person in people:
            self.user.addItem(person_label(person), person.id)
            self.stand_in.addItem(person_label(person), person.id)
        if self.stand_in.count() > 1:
            self.stand_in.setCurrentIndex(1)
        today = clock.local_today()
        self.start.setDate(today)
        self.end.setDate(today)
        self.reason.setPlaceholderText(self.tr("חופשה, מחלה, השתלמות..."))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("סגירה (Esc)"))
        new_box = QGroupBox(self.tr("היעדרות חדשה"), self)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("עד"), self))
        dates.addWidget(self.end)
        form = QFormLayout(new_box)
        form.addRow(self.tr("מי נעדר/ת"), self.user)
        form.addRow(self.tr("ממלא/ת מקום"), self.stand_in)
        form.addRow(self.tr("מתאריך"), dates)
        form.addRow(self.tr("סיבה"), self.reason)
        form.addRow("", self.save_button)
        list_box = QGroupBox(self.tr("היעדרויות נוכחיות ועתידיות"), self)
        column = QVBoxLayout(list_box)
        column.addWidget(
            QLabel(
                self.tr(
                    "בזמן ההיעדרות נושאים שהועברו לעובד/ת, משימות ופניות בבעלותו/ה מגיעים לממלא/ת המקום, "
                    "וחוזרים מעצמם בסופה."
                ),
                self,
            )
        )
        column.addWidget(self.table, 1)
        column.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(new_box)
        layout.addWidget(list_box, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 600)

    def _wire(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.buttons.rejected.connect(self.reject)

    def reload(self) -> None:
        with self._ctx.read() as session:
            self.model.set_rows(absences(session, self._ctx.actor))
        self.cancel_button.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount():
            choose_row(self.table, 0)

    def save(self) -> None:
        start, end = self.start.date(), self.end.date()
        try:
            with self._ctx.write() as session:
                set_absence(
                    session,
                    self._ctx.actor,
                    self.user.currentData(),
                    self.stand_in.currentData(),
                    start,
                    end,
                    self.reason.text(),
                )
        except DalpakError as err:
            self.message.show_error(err.message)
            return
        self.message.show_note(
            self.tr("נשמר: %1 מחליף/ה את %2 עד %3.")
            .replace("%1", self.stand_in.currentText())
            .replace("%2", self.user.currentText())
            .replace("%3", format_date(end))
        )
        self.reason.clear()
        self.reload()

    def cancel_selected(self) -> None:
        row = self.model.row(selected_row(self.table))
        if row is None:
            self.message.show_error(self.tr("יש לבחור היעדרות ברשימה."))
            return
        try:
            with self._ctx.write() as session:
                cancel_absence(session, self._ctx.actor, row.id)
        except DalpakError as err:
            self.message.show_error(err.message)
            return
        self.message.show_note(self.tr("ההיעדרות של %1 בוטלה.").replace("%1", row.user))
        self.reload()
