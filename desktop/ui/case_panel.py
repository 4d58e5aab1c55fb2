"""One case on screen: who owns it, its items with their dates and states, and its timeline."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.core import clock
from desktop.core.identity import format_phone
from desktop.counter.cases import (
    CASE_STATUS_LABELS,
    ITEM_STATUS_LABELS,
    CaseView,
    ItemView,
    TimelineEntry,
)
from desktop.followthrough.items import FINAL
from desktop.ui.row_models import LATE, RowsModel, row_table
from desktop.ui.widgets import format_date, isolated


def local_time(moment: Any) -> str:
    return clock.to_local(moment).strftime("%d/%m/%Y %H:%M")


def phone_text(phone: str) -> str:
    return format_phone(phone) if phone and phone.isdigit() else phone


class CaseItemsViewModel(RowsModel):
    """The saved items of a case (the counter's CaseItemsModel is the case being typed)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "#"),
        QT_TRANSLATE_NOOP("Columns", "נושא"),
        QT_TRANSLATE_NOOP("Columns", "מחלקה"),
        QT_TRANSLATE_NOOP("Columns", "תאריך צפוי"),
        QT_TRANSLATE_NOOP("Columns", "מצב"),
        QT_TRANSLATE_NOOP("Columns", "הצעד הבא"),
    )

    def cell(self, row: ItemView, column: int) -> str:
        step = row.next_steps[0] if row.next_steps and row.status not in FINAL else ""
        return (
            str(row.position),
            row.request_type,
            row.department,
            format_date(row.expected_date),
            ITEM_STATUS_LABELS.get(row.status, row.status),
            step,
        )[column]

    def foreground(self, row: ItemView) -> QBrush | None:
        late = row.status not in FINAL and row.expected_date < clock.local_today()
        return LATE if late else None

    def tooltip(self, row: ItemView, column: int) -> str | None:
        return "\n".join(row.next_steps) if column == 5 and row.next_steps else None


class TimelineModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "מתי"),
        QT_TRANSLATE_NOOP("Columns", "מי"),
        QT_TRANSLATE_NOOP("Columns", "מה"),
    )

    def key(self, row: TimelineEntry) -> Any:
        return (row.at, row.kind, row.text)

    def cell(self, row: TimelineEntry, column: int) -> str:
        return (local_time(row.at), row.who, row.text)[column]

    def tooltip(self, row: TimelineEntry, column: int) -> str | None:
        return row.text if column == 2 else None


class CasePanel(QWidget):
    """Read-only: a header line, the items, and the history read from the operation log."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: CaseView | None = None
        self.header = QLabel(self)
        self.items_model = CaseItemsViewModel(self)
        self.items = row_table(self.items_model, self, stretch=5)
        self.timeline_model = TimelineModel(self)
        self.timeline = row_table(self.timeline_model, self, stretch=2)
        self._build()

    def _build(self) -> None:
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.timeline.setWordWrap(True)
        self.timeline.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        items_box = QWidget(self)
        items_column = QVBoxLayout(items_box)
        items_column.setContentsMargins(0, 0, 0, 0)
        items_column.addWidget(QLabel(self.tr("<b>נושאי הפנייה</b>"), self))
        items_column.addWidget(self.items)
        history_box = QWidget(self)
        history_column = QVBoxLayout(history_box)
        history_column.setContentsMargins(0, 0, 0, 0)
        history_column.addWidget(QLabel(self.tr("<b>היסטוריה</b>"), self))
        history_column.addWidget(self.timeline)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(items_box)
        split.addWidget(history_box)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)

    def show_case(self, case: CaseView, entries: list[TimelineEntry]) -> None:
        self.case = case
        owner = case.owner_name
        if case.owner_phone:
            owner += f" <span dir='ltr'>{phone_text(case.owner_phone)}</span>"
        self.header.setText(
            self.tr(
                "<b>פנייה <span dir='ltr'>%1</span></b> · %2 · נפתחה %3 · בעלים: %4 · תושב/ת: %5"
            )
            .replace("%1", case.number)
            .replace("%2", CASE_STATUS_LABELS.get(case.status, case.status))
            .replace("%3", f"<span dir='ltr'>{local_time(case.created_at)}</span>")
            .replace("%4", owner)
            .replace("%5", isolated(case.resident_name))
        )
        self.items_model.set_rows(list(case.items))
        self.timeline_model.set_rows(list(entries))
        self.timeline.resizeRowsToContents()
        if entries:
            self.timeline.scrollToBottom()

    def clear(self, hint: str = "") -> None:
        self.case = None
        self.header.setText(hint)
        self.items_model.set_rows([])
        self.timeline_model.set_rows([])
