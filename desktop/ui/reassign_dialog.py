"""The reassign dialog: to whom (a person, or a department's shared queue) and why. The move
itself runs on the worker thread; an error is shown in the dialog and what was typed stays."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DalpakError
from desktop.supervision.board import Choice
from desktop.supervision.reassign import Reassigned
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import MessageLine

# (to_user_id, to_department_id, reason) -> what moved; runs on the worker thread.
Move = Callable[[uuid.UUID | None, uuid.UUID | None, str], Reassigned]


class ReassignDialog(QDialog):
    """`summary` says what moves (e.g. "12 פריטים של רונית ברק"). With `departments` empty, only
    a person can be chosen (case ownership)."""

    def __init__(
        self,
        tasks: TaskRunner,
        title: str,
        summary: str,
        people: list[Choice],
        departments: list[Choice],
        move: Move,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._move = move
        self.outcome: Reassigned | None = None
        self.setWindowTitle(title)
        self.summary = QLabel(summary, self)
        self.message = MessageLine(self)
        self.to_person = QRadioButton(self.tr("לעובד/ת"), self)
        self.to_department = QRadioButton(self.tr("לתור של מחלקה"), self)
        self.person = QComboBox(self)
        self.department = QComboBox(self)
        self.reason = QLineEdit(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._kinds = QButtonGroup(self)
        self._build(people, departments)
        self._wire()

    def _build(self, people: list[Choice], departments: list[Choice]) -> None:
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        for choice in people:
            self.person.addItem(choice.name, choice.id)
        for choice in departments:
            self.department.addItem(choice.name, choice.id)
        self.person.setEditable(True)  # type a few letters of the name
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setCurrentIndex(-1)
        self.person.lineEdit().setPlaceholderText(self.tr("שם העובד/ת"))
        self.department.setCurrentIndex(-1)
        self.reason.setPlaceholderText(
            self.tr("למשל: חופשה עד סוף החודש, סיום עבודה, איזון עומסים")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("העברה"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ביטול"))
        self._kinds.addButton(self.to_person)
        self._kinds.addButton(self.to_department)
        self.to_person.setChecked(True)
        form = QFormLayout()
        if departments:
            form.addRow(self.to_person, self.person)
            form.addRow(self.to_department, self.department)
        else:
            self.to_person.hide()
            self.to_department.hide()
            self.department.hide()
            form.addRow(self.tr("לעובד/ת:"), self.person)
        form.addRow(self.tr("סיבה (חובה):"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._sync_kind()

    def _wire(self) -> None:
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.to_person.toggled.connect(lambda _on: self._sync_kind())
        self.department.activated.connect(lambda _i: self.to_department.setChecked(True))
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.submit)

    def _sync_kind(self) -> None:
        person = self.to_person.isChecked()
        self.person.setEnabled(person)
        self.department.setEnabled(not person)

    def choose_person(self, user_id: uuid.UUID) -> None:
        self.to_person.setChecked(True)
        for n in range(self.person.count()):
            if self.person.itemData(n) == user_id:
                self.person.setCurrentIndex(n)
                return

    def choose_department(self, department_id: uuid.UUID) -> None:
        self.to_department.setChecked(True)
        for n in range(self.department.count()):
            if self.department.itemData(n) == department_id:
                self.department.setCurrentIndex(n)
                return

    def _target(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        if self.to_person.isChecked():
            # The typed name must be one of the list (not only a prefix of one).
            index = self.person.findText(self.person.currentText(), Qt.MatchFlag.MatchExactly)
            return (self.person.itemData(index) if index >= 0 else None), None
        return None, self.department.currentData()

    def submit(self) -> None:
        user_id, department_id = self._target()
        if user_id is None and department_id is None:
            self.message.show_error(self.tr("יש לבחור למי להעביר."))
            (self.person if self.to_person.isChecked() else self.department).setFocus()
            return
        if not self.reason.text().strip():
            self.message.show_error(self.tr("יש לכתוב את סיבת ההעברה."))
            self.reason.setFocus()
            return
        self.buttons.setEnabled(False)
        self.message.show_note(self.tr("מעביר…"))
        reason, move = self.reason.text(), self._move
        self._tasks.submit(lambda: move(user_id, department_id, reason), self._done, self._failed)

    def _done(self, outcome: Reassigned) -> None:
        self.outcome = outcome
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.buttons.setEnabled(True)
        message = err.message if isinstance(err, DalpakError) else str(err)
        self.message.show_error(message)
