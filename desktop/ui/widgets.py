"""Small shared widgets: left-to-right fields in a right-to-left form, a date field, messages."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.calendar import add_business_days, holiday_name, is_business_day
from desktop.core.limits import max_length

_DATE_PARTS = re.compile(r"^\s*(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{2,4})\s*$")


RLM = "\u200f"  # right-to-left mark


LRM = "\u200e"  # left-to-right mark
FSI, PDI = "\u2068", "\u2069"  # first strong isolate ... pop directional isolate


def rtl_line(text: str) -> str:
    """A screen's line that may begin with a key name or other Latin: read in the screens'
    direction (a line takes the direction of its first letter, so "Enter לפתיחה" would run
    left to right in Hebrew, and a Hebrew name first would turn an English line around)."""
    right_to_left = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return (RLM if right_to_left else LRM) + text


def isolated(value: str) -> str:
    """A value (a name, a code) put into a sentence, kept in its own direction: a Hebrew name
    in an English sentence does not carry the words around it along."""
    return f"{FSI}{value}{PDI}" if value else value


def limit_length(edit: QLineEdit, model: type, field: str) -> QLineEdit:
    """The field takes no more characters than the column `model.field` holds."""
    limit = max_length(model, field)
    if limit:
        edit.setMaxLength(limit)
    return edit


def ltr_line_edit(parent: QWidget | None = None, placeholder: str = "") -> QLineEdit:
    """A field for digits, phones and e-mail: typed left to right, aligned to the right edge."""
    edit = QLineEdit(parent)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def parse_date(text: str) -> dt.date | None:
    """'12/3/1950', '12.03.1950', '12031950' -> date; '' -> None; ValueError when unreadable."""
    text = (text or "").strip()
    if not text:
        return None
    match = _DATE_PARTS.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    elif text.isdigit() and len(text) == 8:
        day, month, year = int(text[:2]), int(text[2:4]), int(text[4:])
    else:
        raise ValueError(text)
    if year < 100:
        year += 1900 if year > dt.date.today().year % 100 else 2000
    return dt.date(year, month, day)


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class MessageLine(QLabel):
    """An inline message above a form: errors in red, notes in blue; empty hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setStyleSheet("color: #b71c1c; font-weight: bold; padding: 4px;")
        self.setText(text)
        self.show()

    def show_note(self, text: str) -> None:
        self.setStyleSheet("color: #0d47a1; padding: 4px;")
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


class DateField(QWidget):
    """A date picked from a calendar (or typed day/month/year), shown in that order whatever the
    layout direction. A day off (Friday, Saturday, a public holiday) is said in words, with a
    button that moves the date to the next business day; `business_days_only` False only
    describes, for dates where a day off is fine (the last day of an absence)."""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, business_days_only: bool = True, name: str = ""
    ) -> None:
        super().__init__(parent)
        self._strict = business_days_only
        self.edit = QDateEdit(self)
        self.hint = QLabel(self)
        self.next_button = QPushButton(self)
        self._build(name)
        self.edit.dateChanged.connect(lambda _d: self._check())
        self.next_button.clicked.connect(self.to_next_business_day)

    def _build(self, name: str) -> None:
        # The direction before the format: in a right-to-left editor Qt lays the sections out
        # reversed (2026/03/22).
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.setDisplayFormat("dd/MM/yyyy")
        self.edit.setCalendarPopup(True)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.setMinimumWidth(self.edit.sizeHint().width() + 24)
        self.edit.setAccessibleName(name)
        self.hint.setStyleSheet("color: #8a4b00;")
        self.next_button.setAccessibleName(self.tr("קביעה ליום העבודה הבא"))
        self.next_button.hide()
        self.setFocusProxy(self.edit)
        top, below = QHBoxLayout(), QHBoxLayout()
        top.addWidget(self.edit)
        top.addStretch(1)
        below.addWidget(self.hint)
        below.addWidget(self.next_button)
        below.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(below)
        self._check()

    def date(self) -> dt.date:
        d = self.edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def setDate(self, day: dt.date) -> None:  # noqa: N802 - Qt's name, like QDateEdit's
        self.edit.setDate(QDate(day.year, day.month, day.day))

    def next_business_day(self) -> dt.date:
        return add_business_days(self.date(), 0)

    def to_next_business_day(self) -> None:
        self.setDate(self.next_business_day())
        self.edit.setFocus()

    def day_off(self) -> str:
        """Why the chosen date is not a business day, or ''."""
        day = self.date()
        if is_business_day(day):
            return ""
        holiday = holiday_name(day)
        if holiday:
            return holiday
        return self.tr("שבת") if day.weekday() == 5 else self.tr("יום שישי")

    def _check(self) -> None:
        why = self.day_off()
        if why:
            text = self.tr("%1 - אינו יום עבודה.").replace("%1", why)
            self.hint.setText(text)
            self.next_button.setText(
                self.tr("יום העבודה הבא: %1").replace("%1", format_date(self.next_business_day()))
            )
        self.hint.setVisible(bool(why))
        self.next_button.setVisible(bool(why) and self._strict)
        self.changed.emit()
