"""A department's two actions on an item: update its state, or hand it to another department.

A refused save shows the service's message in the dialog and keeps everything typed.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.calendar import add_business_days
from desktop.core.errors import DalpakError
from desktop.core.people import users
from desktop.counter.cases import ItemView
from desktop.counter.reference import departments
from desktop.followthrough.items import (
    FINAL,
    STATUS_LABELS,
    HandoffLimit,
    handoff_item,
    update_item,
)
from desktop.ui.context import AppContext
from desktop.ui.row_models import choose_data
from desktop.ui.rtl import align_right
from desktop.ui.widgets import DateField, MessageLine, format_date


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("ביטול (Esc)"))
    return box


class UpdateItemDialog(QDialog):
    """Status, what happens next and by when; or, when finished, the outcome in plain words."""

    def __init__(self, ctx: AppContext, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.item = item
        self.message = MessageLine(self)
        self.current = QLabel(self)
        self.status = QComboBox(self)
        self.next_step = QLineEdit(self)
        self.expected_date = DateField(self, name=self.tr("תאריך צפוי"))
        self.outcome = QPlainTextEdit(self)
        self.note = QLineEdit(self)
        self.buttons = _buttons(self, self.tr("שמירת העדכון"))
        self._build()
        self._wire()
        self._status_changed()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("עדכון מצב: %1").replace("%1", self.item.request_type))
        step = self.item.next_steps[0] if self.item.next_steps else "-"
        self.current.setWordWrap(True)
        self.current.setText(
            self.tr("מצב נוכחי: %1 · תאריך צפוי: %2\nהצעד הבא שנקבע: %3")
            .replace("%1", STATUS_LABELS.get(self.item.status, self.item.status))
            .replace("%2", format_date(self.item.expected_date))
            .replace("%3", step)
        )
        # The date the resident was given, unless it has passed: then the first business day.
        self.expected_date.setDate(
            max(self.item.expected_date, add_business_days(clock.local_today(), 0))
        )
        for code, label in STATUS_LABELS.items():
            if code != "received":
                self.status.addItem(label, code)
        start = self.item.status if self.item.status != "received" else "in_progress"
        self.status.setCurrentIndex(max(self.status.findData(start), 0))
        self.next_step.setPlaceholderText(self.tr("למשל: מהנדס יבקר בנכס ויכין חוות דעת"))
        self.outcome.setPlaceholderText(self.tr("מה נעשה, במילים שהתושב/ת יבינו"))
        self.outcome.setTabChangesFocus(True)
        align_right(self.outcome)
        self.outcome.setFixedHeight(70)
        self.note.setPlaceholderText(self.tr("הערה פנימית (לא חובה)"))
        form = QFormLayout()
        form.addRow(self.tr("מצב"), self.status)
        form.addRow(self.tr("הצעד הבא"), self.next_step)
        form.addRow(self.tr("תאריך צפוי"), self.expected_date)
        form.addRow(self.tr("תוצאה"), self.outcome)
        form.addRow(self.tr("הערה"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _wire(self) -> None:
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _status_changed(self) -> None:
        finishing = self.status.currentData() in FINAL
        self.outcome.setEnabled(finishing)
        self.next_step.setEnabled(not finishing)
        self.expected_date.setEnabled(not finishing)

    def _field_widget(self, field: str | None) -> QWidget:
        return {
            "status": self.status,
            "next_step": self.next_step,
            "expected_date": self.expected_date,
            "outcome": self.outcome,
        }.get(field or "", self.status)

    def save(self) -> None:
        expected = self.expected_date.date()
        try:
            with self._ctx.write() as session:
                update_item(
                    session,
                    self._ctx.actor,
                    self.item.id,
                    status=self.status.currentData(),
                    next_step=self.next_step.text(),
                    expected_date=expected,
                    outcome=self.outcome.toPlainText(),
                    note=self.note.text(),
                )
        except DalpakError as err:
            self.message.show_error(err.message)
            self._field_widget(err.field).setFocus()
            return
        self.accept()


class HandoffDialog(QDialog):
    """To which department (and, if known, to whom there) and why. The third handoff of an item
    breaks the service charter: it needs an explicit confirmation."""

    def __init__(self, ctx: AppContext, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.item = item
        self.message = MessageLine(self)
        self.department = QComboBox(self)
        self.person = QComboBox(self)
        self.reason = QLineEdit(self)
        self.confirm = QCheckBox(self.tr("אני מאשר/ת העברה מעבר למותר באמנה, מהסיבה שכתבתי"), self)
        self.buttons = _buttons(self, self.tr("העברה"))
        self._build()
        self._wire()
        self._department_changed()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("העברת %1 למחלקה אחרת").replace("%1", self.item.request_type))
        with self._ctx.read() as session:
            for dep in departments(session):
                self.department.addItem(dep.name, dep.id)
        other = next(
            (
                i
                for i in range(self.department.count())
                if self.department.itemText(i) != self.item.department
            ),
            0,
        )
        self.department.setCurrentIndex(other)
        self.reason.setPlaceholderText(self.tr("למה המחלקה האחרת היא הכתובת"))
        self.confirm.hide()
        form = QFormLayout()
        form.addRow(self.tr("מחלקה"), self.department)
        form.addRow(self.tr("עובד/ת (לא חובה)"), self.person)
        form.addRow(self.tr("סיבה"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("נמצא כעת ב: %1").replace("%1", self.item.department), self)
        )
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _wire(self) -> None:
        self.department.currentIndexChanged.connect(lambda _i: self._department_changed())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _department_changed(self) -> None:
        self.person.clear()
        self.person.addItem(self.tr("כל המחלקה"), None)
        department_id = self.department.currentData()
        if department_id is None:
            return
        with self._ctx.read() as session:
            for person in users(session, department_id):
                self.person.addItem(person.full_name, person.id)

    def choose(self, department_id: uuid.UUID, person_id: uuid.UUID | None = None) -> None:
        choose_data(self.department, department_id)
        if person_id is not None:
            choose_data(self.person, person_id)

    def save(self) -> None:
        if self.department.currentData() is None:
            self.message.show_error(self.tr("יש לבחור מחלקה."))
            self.department.setFocus()
            return
        confirmed = not self.confirm.isHidden() and self.confirm.isChecked()
        try:
            with self._ctx.write() as session:
                handoff_item(
                    session,
                    self._ctx.actor,
                    self.item.id,
                    department_id=self.department.currentData(),
                    reason=self.reason.text(),
                    user_id=self.person.currentData(),
                    confirm_third=confirmed,
                )
        except HandoffLimit as err:
            self.message.show_error(err.message)
            self.confirm.show()
            self.confirm.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except DalpakError as err:
            self.message.show_error(err.message)
            {"reason": self.reason, "user": self.person}.get(
                err.field or "", self.department
            ).setFocus()
            return
        self.accept()
