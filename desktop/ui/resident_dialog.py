"""Registering a new resident at the counter, with validation that keeps what was typed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DuplicateResident, ValidationError
from desktop.core.identity import national_id_check_ok
from desktop.counter.reference import localities
from desktop.counter.residents import CHANNEL_LABELS, LANGUAGE_LABELS, ResidentForm, create_resident
from desktop.models import Resident
from desktop.ui.context import AppContext
from desktop.ui.widgets import MessageLine, limit_length, ltr_line_edit, parse_date


class NewResidentDialog(QDialog):
    """After accept(), `resident_id` is the new resident (or the existing one the clerk chose)."""

    def __init__(self, ctx: AppContext, typed: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.resident_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("תושב/ת חדש/ה"))
        self.message = MessageLine(self)
        self.national_id = ltr_line_edit(self, "123456782")
        self.first_name = limit_length(QLineEdit(self), Resident, "first_name")
        self.last_name = limit_length(QLineEdit(self), Resident, "last_name")
        self.birth_date = ltr_line_edit(self, self.tr("יום/חודש/שנה"))
        self.gender = QComboBox(self)
        self.phone = ltr_line_edit(self, "050-1234567")
        self.phone2 = ltr_line_edit(self)
        self.email = limit_length(ltr_line_edit(self, "name@example.com"), Resident, "email")
        self.locality = QComboBox(self)
        self.address = limit_length(QLineEdit(self), Resident, "address")
        self.channel = QComboBox(self)
        self.language = QComboBox(self)
        self.accessibility = QLineEdit(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._fields = {
            "national_id": self.national_id,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "birth_date": self.birth_date,
            "phone": self.phone,
            "phone2": self.phone2,
            "email": self.email,
            "preferred_channel": self.channel,
            "language": self.language,
        }
        self._build()
        self._wire()
        self._prefill(typed)

    def _build(self) -> None:
        self.gender.addItem(self.tr("לא צוין"), "")
        self.gender.addItem(self.tr("זכר"), "M")
        self.gender.addItem(self.tr("נקבה"), "F")
        self.locality.addItem(self.tr("(לא נבחר)"), None)
        with self._ctx.read() as session:
            for loc in localities(session):
                self.locality.addItem(loc.name, loc.id)
        for code, label in CHANNEL_LABELS.items():
            self.channel.addItem(label, str(code))
        for code, label in LANGUAGE_LABELS.items():
            self.language.addItem(label, code)
        self.accessibility.setPlaceholderText(self.tr("למשל: כיסא גלגלים, לקות שמיעה"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("שמירה"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ביטול"))
        form = QFormLayout()
        form.addRow(self.tr("תעודת זהות"), self.national_id)
        form.addRow(self.tr("שם פרטי"), self.first_name)
        form.addRow(self.tr("שם משפחה"), self.last_name)
        form.addRow(self.tr("תאריך לידה"), self.birth_date)
        form.addRow(self.tr("מגדר"), self.gender)
        form.addRow(self.tr("טלפון"), self.phone)
        form.addRow(self.tr("טלפון נוסף"), self.phone2)
        form.addRow(self.tr('דוא"ל'), self.email)
        form.addRow(self.tr("יישוב"), self.locality)
        form.addRow(self.tr("כתובת"), self.address)
        form.addRow(self.tr("ערוץ קשר מועדף"), self.channel)
        form.addRow(self.tr("שפה"), self.language)
        form.addRow(self.tr("צורכי נגישות"), self.accessibility)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _wire(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _prefill(self, typed: str) -> None:
        """What the clerk typed in the search box is not typed again."""
        digits = "".join(ch for ch in typed if ch.isdigit())
        if typed and any(ch.isalpha() for ch in typed):
            words = typed.split()
            self.first_name.setText(words[0])
            self.last_name.setText(" ".join(words[1:]))
            self.national_id.setFocus()
        elif (
            typed.strip().startswith("+")
            or len(digits) == 10
            or (len(digits) == 9 and digits.startswith("0") and not national_id_check_ok(digits))
        ):
            self.phone.setText(typed.strip())
            self.national_id.setFocus()
        elif digits:
            self.national_id.setText(digits)
            self.first_name.setFocus()

    def form(self) -> ResidentForm:
        """The typed values; the birth date raises ValidationError when unreadable."""
        try:
            birth = parse_date(self.birth_date.text())
        except ValueError:
            raise ValidationError(
                self.tr("תאריך הלידה אינו מובן. כתבו יום/חודש/שנה, למשל 12/03/1958."),
                field="birth_date",
            ) from None
        return ResidentForm(
            national_id=self.national_id.text(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            birth_date=birth,
            gender=self.gender.currentData(),
            phone=self.phone.text(),
            phone2=self.phone2.text(),
            email=self.email.text(),
            locality_id=self.locality.currentData(),
            address=self.address.text(),
            preferred_channel=self.channel.currentData(),
            language=self.language.currentData(),
            accessibility=self.accessibility.text(),
        )

    def save(self, allow_same_name: bool = False) -> None:
        try:
            form = self.form()
            with self._ctx.write() as session:
                resident = create_resident(
                    session, self._ctx.actor, form, allow_same_name=allow_same_name
                )
                self.resident_id = resident.id
        except DuplicateResident as err:
            self._duplicate(err, allow_same_name)
            return
        except ValidationError as err:
            self.message.show_error(err.message)
            widget = self._fields.get(err.field or "")
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
            return
        self.accept()

    def _duplicate(self, err: DuplicateResident, already_confirmed: bool) -> None:
        self.message.show_error(err.message)
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("תושב/ת קיים/ת?"), err.message, parent=self
        )
        open_existing = box.addButton(
            self.tr("פתיחת הרשומה הקיימת"), QMessageBox.ButtonRole.AcceptRole
        )
        save_anyway = None
        if not err.same_id and not already_confirmed:
            save_anyway = box.addButton(
                self.tr("זה אדם אחר - לשמור"), QMessageBox.ButtonRole.YesRole
            )
        box.addButton(self.tr("חזרה לטופס"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is open_existing:
            self.resident_id = err.existing_ids[0]
            self.accept()
        elif save_anyway is not None and clicked is save_anyway:
            self.save(allow_same_name=True)
