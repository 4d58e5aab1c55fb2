"""For supervisors: concurrent edits to settle, and operations that could not be applied."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.errors import DalpakError
from desktop.counter.conflicts import ConflictView, open_conflicts, resolve_conflict
from desktop.counter.residents import FIELD_LABELS
from desktop.sync.client import saved_client, sync_status
from desktop.sync.ingest import list_quarantine, stations
from desktop.ui.context import AppContext
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import MessageLine


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class SupervisorDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._conflicts: list[ConflictView] = []
        self.setWindowTitle(self.tr("התנגשויות והסגר"))
        self.message = MessageLine(self)
        self.tabs = QTabWidget(self)
        self.conflicts = _table(["תושב/ת", "שדה", "הערך המוצג", "עמדה", "הערך האחר", "עמדה"], self)
        self.quarantine = _table(["פעולה", "עמדה", "זמן", "סיבה"], self)
        self.hub_quarantine = _table(["פעולה", "עמדה", "זמן", "סיבה"], self)
        self.hub_note = QLabel(self)
        self._runner = TaskRunner(self)
        self.keep_shown = QPushButton(self.tr("להשאיר את הערך המוצג"), self)
        self.keep_other = QPushButton(self.tr("לבחור את הערך האחר"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._build()
        self._wire()
        self.reload()

    def _build(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("סגירה"))
        conflicts_page = QWidget(self)
        column = QVBoxLayout(conflicts_page)
        column.addWidget(
            QLabel(
                self.tr(
                    "שתי עמדות שינו את אותו שדה בלי לראות זו את זו. כל העמדות מציגות את השינוי המאוחר; "
                    "אפשר לאשר אותו או לבחור את הערך האחר (הבחירה נרשמת ומסונכרנת)."
                )
            )
        )
        column.addWidget(self.conflicts, 1)
        row = QHBoxLayout()
        row.addWidget(self.keep_shown)
        row.addWidget(self.keep_other)
        row.addStretch(1)
        column.addLayout(row)
        self.tabs.addTab(conflicts_page, self.tr("התנגשויות"))
        self.tabs.addTab(self.quarantine, self.tr("הסגר"))
        hub_page = QWidget(self)
        hub_column = QVBoxLayout(hub_page)
        hub_column.addWidget(self.hub_note)
        hub_column.addWidget(self.hub_quarantine, 1)
        self.tabs.addTab(hub_page, self.tr("הסגר במרכזת"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 480)

    def _wire(self) -> None:
        self.keep_shown.clicked.connect(lambda: self.resolve("shown"))
        self.keep_other.clicked.connect(lambda: self.resolve("other"))
        self.buttons.rejected.connect(self.reject)

    def reload(self) -> None:
        with self._ctx.read() as session:
            self._conflicts = open_conflicts(session)
            quarantine = list_quarantine(session)
        self.conflicts.setRowCount(len(self._conflicts))
        for row, c in enumerate(self._conflicts):
            values = [
                c.resident_name,
                FIELD_LABELS.get(c.field, c.field),
                str(c.shown_value or ""),
                c.shown_station,
                str(c.other_value or ""),
                c.other_station,
            ]
            for col, value in enumerate(values):
                self.conflicts.setItem(row, col, QTableWidgetItem(value))
        if self._conflicts:
            self.conflicts.setCurrentCell(0, 0)
        self.quarantine.setRowCount(len(quarantine))
        for row, q in enumerate(quarantine):
            values = [q.kind, q.station, clock.to_local(q.at).strftime("%d/%m/%Y %H:%M"), q.reason]
            for col, value in enumerate(values):
                self.quarantine.setItem(row, col, QTableWidgetItem(value))
        self.tabs.setTabText(0, self.tr("התנגשויות (%1)").replace("%1", str(len(self._conflicts))))
        self.tabs.setTabText(1, self.tr("הסגר (%1)").replace("%1", str(len(quarantine))))
        self.keep_shown.setEnabled(bool(self._conflicts))
        self.keep_other.setEnabled(bool(self._conflicts))
        self._load_hub_quarantine()

    def _load_hub_quarantine(self) -> None:
        """The hub's quarantine, fetched in the background (the link may be slow or down)."""
        with self._ctx.read() as session:
            configured = sync_status(session).configured
        if not configured:
            self.hub_note.setText(self.tr("העמדה אינה מחוברת למרכזת."))
            return
        self.hub_note.setText(self.tr("טוען מהמרכזת..."))
        sessions = self._ctx.sessions

        def fetch() -> list[dict]:
            with sessions() as session:
                client = saved_client(session, timeout=10.0)
            with client:
                return client.quarantine()

        self._runner.submit(fetch, self._show_hub_quarantine, self._hub_failed)

    def _show_hub_quarantine(self, items: list[dict]) -> None:
        with self._ctx.read() as session:
            codes = {str(s.id): s.code for s in stations(session)}
        self.hub_note.setText(self.tr("%1 פעולות בהסגר במרכזת").replace("%1", str(len(items))))
        self.hub_quarantine.setRowCount(len(items))
        for row, item in enumerate(items):
            at = clock.to_local(dt.datetime.fromisoformat(item["at"])).strftime("%d/%m/%Y %H:%M")
            values = [item["kind"], codes.get(item["station_id"], "?"), at, item["reason"]]
            for col, value in enumerate(values):
                self.hub_quarantine.setItem(row, col, QTableWidgetItem(value))
        self.tabs.setTabText(2, self.tr("הסגר במרכזת (%1)").replace("%1", str(len(items))))

    def _hub_failed(self, err: Exception) -> None:
        message = err.message if isinstance(err, DalpakError) else str(err)
        self.hub_note.setText(self.tr("לא ניתן לקרוא את ההסגר מהמרכזת: %1").replace("%1", message))

    def done(self, result: int) -> None:  # noqa: D102
        self._runner.wait(3000)
        super().done(result)

    def resolve(self, keep: str) -> None:
        row = self.conflicts.currentRow()
        if not 0 <= row < len(self._conflicts):
            self.message.show_error(self.tr("יש לבחור שורה בטבלה."))
            return
        conflict = self._conflicts[row]
        try:
            with self._ctx.write() as session:
                resolve_conflict(session, self._ctx.actor, conflict.id, keep)
        except DalpakError as err:
            self.message.show_error(err.message)
            return
        self.message.show_note(self.tr("נרשם. השינוי יגיע לשאר העמדות בסנכרון הבא."))
        self.reload()
