"""The one search box: residents by name, ID or phone as the clerk types."""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.identity import format_phone
from desktop.counter.residents import ResidentHit, search_residents
from desktop.ui.context import AppContext
from desktop.ui.row_models import choose_row
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import format_date, rtl_line

_Index = QModelIndex | QPersistentModelIndex


class ResidentHitsModel(QAbstractTableModel):
    """Search results, keyed by resident id."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "שם"),
        QT_TRANSLATE_NOOP("Columns", "ת.ז."),
        QT_TRANSLATE_NOOP("Columns", "טלפון"),
        QT_TRANSLATE_NOOP("Columns", "יישוב"),
        QT_TRANSLATE_NOOP("Columns", "תאריך לידה"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hits: list[ResidentHit] = []

    def set_hits(self, hits: list[ResidentHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> ResidentHit:
        return self._hits[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        h = self._hits[index.row()]
        return (
            h.full_name,
            h.national_id,
            format_phone(h.phone),
            h.locality,
            format_date(h.birth_date),
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201, N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Columns", self.HEADERS[section])
        return None


class SearchPanel(QWidget):
    """Emits `resident_chosen` on Enter; `create_requested` with the typed text on no match."""

    resident_chosen = Signal(uuid.UUID)
    create_requested = Signal(str)
    results_shown = Signal(int)

    DEBOUNCE_MS = 60
    # Results that stay on screen this long were seen: their residents go to the access log
    # (at once when one is opened or the search is cleared). Not every keystroke's results.
    LOG_AFTER_MS = 1500

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._serial = 0
        self._shown_query = ""
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("חיפוש תושב/ת: שם, ת.ז. או טלפון (Ctrl+F)"))
        self.box.setClearButtonEnabled(True)
        self.model = ResidentHitsModel(self)
        self.table = QTableView(self)
        self.hint = QLabel(self)
        self._timer = QTimer(self)
        self._log_timer = QTimer(self)
        self._unlogged: list[uuid.UUID] = []
        self._build()
        self._wire()

    def _build(self) -> None:
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.hint.setWordWrap(True)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._log_timer.setSingleShot(True)
        self._log_timer.setInterval(self.LOG_AFTER_MS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)

    def _wire(self) -> None:
        self.box.textEdited.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self._run_search)
        self._log_timer.timeout.connect(self.log_shown)
        self.box.returnPressed.connect(self._enter)
        self.table.activated.connect(lambda index: self._choose(index.row()))
        self.box.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802
        if (
            obj is self.box
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            # choose_row, not selectRow: in a right-to-left table that is not laid out yet
            # selectRow finds no column and selects nothing.
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                choose_row(self.table, min(self._current_row() + 1, self.model.rowCount() - 1))
                return True
            if event.key() == Qt.Key.Key_Up and self.model.rowCount():
                choose_row(self.table, max(self._current_row() - 1, 0))
                return True
        return super().eventFilter(obj, event)

    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def _current_row(self) -> int:
        current = self.table.currentIndex()
        return current.row() if current.isValid() else -1

    def _run_search(self) -> None:
        query = self.box.text()
        self._serial += 1
        serial = self._serial
        sessions = self._ctx.sessions

        def work() -> list[ResidentHit]:
            with sessions() as session:
                return search_residents(session, self._ctx.actor, query)

        self._tasks.submit(work, lambda hits: self._show(serial, query, hits), self._failed)

    def _failed(self, err: Exception) -> None:
        self.hint.setText(self.tr("החיפוש נכשל: %1").replace("%1", str(err)))

    def _show(self, serial: int, query: str, hits: list[ResidentHit]) -> None:
        if serial != self._serial:
            return  # an older query answered after a newer one was typed
        self._shown_query = query
        self.model.set_hits(hits)
        self._unlogged = [h.id for h in hits]
        if hits:
            self._log_timer.start()
        else:
            self._log_timer.stop()
        if hits:
            choose_row(self.table, 0)
            self.hint.setText(rtl_line(self.tr("Enter לפתיחת הכרטיס, חיצים לבחירה")))
        elif query.strip():
            self.hint.setText(self.tr("לא נמצאו תושבים. Enter או Ctrl+N ליצירת תושב/ת חדש/ה"))
        else:
            self.hint.setText("")
        self.results_shown.emit(len(hits))

    def _enter(self) -> None:
        if self._timer.isActive() or self._shown_query != self.box.text():
            # Enter came before the results of the latest keystrokes: search now, then act.
            self._timer.stop()
            self.results_shown.connect(self._enter_after_results)
            self._run_search()
            return
        if self.model.rowCount():
            self._choose(max(self._current_row(), 0))
        elif self.box.text().strip():
            self.create_requested.emit(self.box.text().strip())

    def _enter_after_results(self, _count: int) -> None:
        self.results_shown.disconnect(self._enter_after_results)
        self._enter()

    def log_shown(self) -> None:
        """The residents of the results on screen, with their IDs and birth dates, go to the
        access log. On this thread, as every change the window makes: two writers would take
        the same operation number."""
        from desktop.core.errors import DalpakError
        from desktop.counter.access import log_access

        self._log_timer.stop()
        residents, self._unlogged = self._unlogged, []
        if not residents or self._ctx.user is None:
            return
        try:
            with self._ctx.write() as session:
                log_access(session, self._ctx.actor, "search", residents)
        except DalpakError as err:
            self.hint.setText(err.message)

    def _choose(self, row: int) -> None:
        self.log_shown()
        if 0 <= row < self.model.rowCount():
            self.resident_chosen.emit(self.model.hit(row).id)

    def clear(self) -> None:
        self.log_shown()
        self.box.clear()
        self._shown_query = ""
        self.model.set_hits([])
        self.hint.setText("")
