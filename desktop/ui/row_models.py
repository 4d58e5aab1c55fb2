"""Read-only table models over service rows, keyed by id (a plain one and a lazily-filled one),
the table view that shows them, and choosing by id in views and combo boxes. Subclasses name
their columns and say what a cell shows."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

_Index = QModelIndex | QPersistentModelIndex

LATE = QBrush(QColor("#b71c1c"))
TODAY = QBrush(QColor("#fff3e0"))
TODAY_TEXT = QBrush(QColor("#8a4b00"))
PLACEHOLDER = "…"


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class RowColours(QStyledItemDelegate):
    """Paints the model's background and text colours. The theme's style sheet gives every item
    its own text colour and box, which would hide a late item's red and today's amber."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if background is not None and not selected:
            painter.fillRect(option.rect, background)
        if foreground is None or selected:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        rect.adjust(4, 0, -4, 0)  # the theme's item padding
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(foreground.color())
        painter.setLayoutDirection(opt.direction)
        elided = QFontMetrics(opt.font).elidedText(text, opt.textElideMode, rect.width())
        alignment = QStyle.visualAlignment(opt.direction, opt.displayAlignment)
        painter.drawText(rect, int(alignment | Qt.AlignmentFlag.AlignVCenter), elided)
        painter.restore()


def row_table(model: QAbstractTableModel, parent: QWidget, stretch: int = -1) -> QTableView:
    """A read-only, whole-row-selecting table; column `stretch` (default: the last) takes the room
    left by the others."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setItemDelegate(RowColours(table))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch < 0:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def choose_row(table: QTableView, row: int) -> None:
    """Select a whole row and make it current, so that Enter activates it. (selectRow alone
    leaves no current index in a right-to-left table that is not laid out yet.)"""
    model = table.model()
    if 0 <= row < model.rowCount():
        table.setCurrentIndex(model.index(row, 0))


def choose_data(combo: QComboBox, value: Any) -> bool:
    """Make the entry whose data equals `value` current. (findData compares Python objects such
    as UUIDs by identity, so an equal id from another session would not be found.)"""
    for number in range(combo.count()):
        if combo.itemData(number) == value:
            combo.setCurrentIndex(number)
            return True
    return False


def selected_row(table: QTableView) -> int:
    rows = table.selectionModel().selectedRows()
    if rows:
        return rows[0].row()
    return table.currentIndex().row() if table.currentIndex().isValid() else -1


class RowsModel(QAbstractTableModel):
    """Rows are dataclasses with an `id` (see `key`); HEADERS are translated in context 'Columns'."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._bold = bold_font()

    # What a subclass says about a row.

    def key(self, row: Any) -> uuid.UUID:
        return row.id

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError

    def is_bold(self, row: Any) -> bool:
        return False

    def foreground(self, row: Any) -> QBrush | None:
        return None

    def background(self, row: Any) -> QBrush | None:
        return None

    def tooltip(self, row: Any, column: int) -> str | None:
        return None

    # The rows.

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any | None:
        return self._row_at(number) if 0 <= number < self.rowCount() else None

    def row_of(self, key: uuid.UUID) -> int:
        """The row number of the row with this id, or -1 (only rows already loaded)."""
        return next(
            (n for n, r in enumerate(self._rows) if r is not None and self.key(r) == key), -1
        )

    def rows(self) -> list[Any]:
        return [r for r in self._rows if r is not None]

    def _row_at(self, number: int) -> Any | None:
        return self._rows[number]

    # Qt's questions.

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self._row_at(index.row())
        if row is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if self.is_bold(row) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, index.column())
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("Columns", self.HEADERS[section])
        return None


class LazyRowsModel(RowsModel):
    """All rows counted up front, their contents read a page at a time as the view shows them.

    The model asks for a page by `page_needed(generation, page)`; whoever owns the database work
    answers with `fill`. A new `reset` starts a new generation, so late pages of an old query
    are dropped.
    """

    page_needed = Signal(int, int)
    PAGE = 100

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._total = 0
        self._generation = 0
        self._asked: set[int] = set()

    @property
    def generation(self) -> int:
        return self._generation

    def reset(self, generation: int, total: int, first_page: list[Any]) -> None:
        self.beginResetModel()
        self._generation = generation
        self._total = max(total, len(first_page))
        self._rows = [None] * self._total
        self._rows[: len(first_page)] = first_page
        self._asked = {0}
        self.endResetModel()

    def fill(self, generation: int, page: int, rows: list[Any]) -> bool:
        """Put a page in place; False when the page is stale or came back short (the data
        changed since it was counted: the owner should reload)."""
        if generation != self._generation:
            return True
        start = page * self.PAGE
        expected = min(self.PAGE, self._total - start)
        for offset, row in enumerate(rows[:expected]):
            self._rows[start + offset] = row
        if rows:
            last = start + min(len(rows), expected) - 1
            self.dataChanged.emit(self.index(start, 0), self.index(last, self.columnCount() - 1))
        return len(rows) >= expected

    def _row_at(self, number: int) -> Any | None:
        if self._rows[number] is None:
            page = number // self.PAGE
            if page not in self._asked:
                self._asked.add(page)
                self.page_needed.emit(self._generation, page)
        return self._rows[number]  # a page answered at once is there already
