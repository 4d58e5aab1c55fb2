"""The workload board's tables: open items counted by department and by person (each figure
column names the measure it drills into), and the lazily read list of items behind a figure."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush

from desktop.followthrough.items import STATUS_LABELS
from desktop.supervision.board import BoardItem, BoardRow
from desktop.ui.row_models import LATE, TODAY, TODAY_TEXT, LazyRowsModel, RowsModel
from desktop.ui.widgets import format_date

_Index = QModelIndex


class CountsModel(RowsModel):
    """A board table; each figure column names the measure its cell drills into."""

    FIGURES: tuple[str, ...] = ("open", "due_today", "overdue", "at_risk", "slipped")
    LEAD = 1  # columns before the figures

    def key(self, row: BoardRow) -> Any:
        return row.key

    def measure(self, column: int) -> str:
        figure = column - self.LEAD
        return self.FIGURES[figure] if 0 <= figure < len(self.FIGURES) else "open"

    def lead(self, row: BoardRow, column: int) -> str:
        return row.name

    def tooltip(self, row: BoardRow, column: int) -> str | None:
        return self.lead(row, column) if column < self.LEAD else None

    def cell(self, row: BoardRow, column: int) -> str:
        if column < self.LEAD:
            return self.lead(row, column)
        value = getattr(row, self.measure(column))
        return f"{value:,}" if value else "—" if column > self.LEAD else "0"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row(index.row()) if index.isValid() else None
        if row is not None and index.column() >= self.LEAD:
            measure = self.measure(index.column())
            value = getattr(row, measure)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            if role == Qt.ItemDataRole.ForegroundRole and value:
                return (
                    LATE if measure == "overdue" else TODAY_TEXT if measure == "at_risk" else None
                )
            if role == Qt.ItemDataRole.BackgroundRole and value and measure == "at_risk":
                return TODAY
            if role == Qt.ItemDataRole.FontRole and value and measure in ("overdue", "due_today"):
                return self._bold
        return super().data(index, role)


class DepartmentCounts(CountsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "מחלקה"),
        QT_TRANSLATE_NOOP("Columns", "פתוחים"),
        QT_TRANSLATE_NOOP("Columns", "להיום"),
        QT_TRANSLATE_NOOP("Columns", "באיחור"),
        QT_TRANSLATE_NOOP("Columns", "בסיכון"),
        QT_TRANSLATE_NOOP("Columns", "נדחו"),
        QT_TRANSLATE_NOOP("Columns", "ללא עובד/ת"),
    )
    FIGURES = ("open", "due_today", "overdue", "at_risk", "slipped", "unassigned")


class PersonCounts(CountsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "עובד/ת"),
        QT_TRANSLATE_NOOP("Columns", "מחלקה"),
        QT_TRANSLATE_NOOP("Columns", "פתוחים"),
        QT_TRANSLATE_NOOP("Columns", "להיום"),
        QT_TRANSLATE_NOOP("Columns", "באיחור"),
        QT_TRANSLATE_NOOP("Columns", "בסיכון"),
        QT_TRANSLATE_NOOP("Columns", "נדחו"),
    )
    LEAD = 2

    def lead(self, row: BoardRow, column: int) -> str:
        return (row.name, row.department)[column]


class BoardItemsModel(LazyRowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "פנייה"),
        QT_TRANSLATE_NOOP("Columns", "תושב/ת"),
        QT_TRANSLATE_NOOP("Columns", "נושא"),
        QT_TRANSLATE_NOOP("Columns", "מחלקה"),
        QT_TRANSLATE_NOOP("Columns", "עובד/ת"),
        QT_TRANSLATE_NOOP("Columns", "אחראי/ת פנייה"),
        QT_TRANSLATE_NOOP("Columns", "תאריך צפוי"),
        QT_TRANSLATE_NOOP("Columns", "ימים פתוח"),
        QT_TRANSLATE_NOOP("Columns", "העברות"),
        QT_TRANSLATE_NOOP("Columns", "מצב"),
    )

    def key(self, row: BoardItem) -> object:
        return row.item_id

    def cell(self, row: BoardItem, column: int) -> str:
        return (
            row.case_number,
            row.resident,
            row.request_type,
            row.department,
            row.assignee or QCoreApplication.translate("Columns", "(תור המחלקה)"),
            row.owner,
            format_date(row.expected_date),
            str(row.age_days),
            str(row.handoffs) if row.handoffs else "",
            STATUS_LABELS.get(row.status, row.status),
        )[column]

    def is_bold(self, row: BoardItem) -> bool:
        return row.due_today

    def foreground(self, row: BoardItem) -> QBrush | None:
        return LATE if row.overdue else TODAY_TEXT if (row.due_today or row.at_risk) else None

    def background(self, row: BoardItem) -> QBrush | None:
        return TODAY if row.due_today or row.at_risk else None
