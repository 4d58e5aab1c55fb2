"""Small shared widgets: left-to-right fields in a right-to-left form, a date field, messages."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

_DATE_PARTS = re.compile(r"^\s*(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{2,4})\s*$")


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
