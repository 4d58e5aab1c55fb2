"""For supervisors: concurrent edits to settle, and the operations held in quarantine: why
each is held, and retrying, correcting or discarding those of this station."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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
from desktop.sync.ingest import stations
from desktop.sync.quarantine import (
    HeldOperation,
    correct_operation,
    discard_operation,
    held_operations,
    hub_reason_text,
    kind_label,
    retry_operation,
)
from desktop.ui.collisions_page import CollisionsPage
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


class AskDialog(QDialog):
    """A few text fields to fill (the corrected values, or the reason for discarding)."""

    def __init__(
        self, title: str, note: str, fields: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, value in fields.items():
            edit = QLineEdit(value, self)
            edit.setAccessibleName(name)
            self.edits[name] = edit
            form.addRow(name, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("אישור"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ביטול"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        label = QLabel(note, self)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 160 + 34 * len(fields))

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}


class SupervisorDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._conflicts: list[ConflictView] = []
        self._held: list[HeldOperation] = []
        self.busy = False
        self.setWindowTitle(self.tr("התנגשויות והסגר"))
        self.message = MessageLine(self)
        self.tabs = QTabWidget(self)
        self.conflicts = _table(
            [
                self.tr("תושב/ת"),
                self.tr("שדה"),
                self.tr("הערך המוצג"),
                self.tr("עמדה"),
                self.tr("הערך האחר"),
                self.tr("עמדה"),
            ],
            self,
        )
        self.quarantine = _table(
            [self.tr("פעולה"), self.tr("עמדה"), self.tr("זמן"), self.tr("סיבה"), self.tr("מצב")],
            self,
        )
        self.quarantine_note = QLabel(self)
        self.retry = QPushButton(self.tr("ניסיון חוזר (Ctrl+R)"), self)
        self.correct = QPushButton(self.tr("תיקון ושליחה מחדש... (Ctrl+E)"), self)
        self.discard = QPushButton(self.tr("ביטול הפעולה... (Ctrl+D)"), self)
        self.hub_quarantine = _table(
            [self.tr("פעולה"), self.tr("עמדה"), self.tr("זמן"), self.tr("סיבה")], self
        )
        self.hub_note = QLabel(self)
        self._runner = TaskRunner(self)
        self.keep_shown = QPushButton(self.tr("להשאיר את הערך המוצג"), self)
        self.keep_other = QPushButton(self.tr("לבחור את הערך האחר"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.collisions = CollisionsPage(ctx, self.message, self)
        self._build()
        self._wire()
        self.reload()
        if not self._conflicts and any(h.status == "held" for h in self._held):
            self.tabs.setCurrentIndex(1)

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
        quarantine_page = QWidget(self)
        quarantine_column = QVBoxLayout(quarantine_page)
        self.quarantine_note.setWordWrap(True)
        self.quarantine_note.setText(
            self.tr(
                "פעולות שלא הוחלו: המרכזת דחתה אותן או לא יכלה להחיל אותן, או שהן ממתינות לפעולה "
                "קודמת על אותה פנייה או אותו תושב. הן אינן מגיעות לשאר העמדות עד שיטופלו. "
                "פעולה של העמדה הזו אפשר לנסות שוב, לתקן (הערך שבגללו נדחתה) או לבטל עם סיבה; "
                "הבחירה נרשמת ומסונכרנת, והפעולות שממתינות לה מטופלות איתה."
            )
        )
        quarantine_column.addWidget(self.quarantine_note)
        quarantine_column.addWidget(self.quarantine, 1)
        actions = QHBoxLayout()
        for button, keys in (
            (self.retry, "Ctrl+R"),
            (self.correct, "Ctrl+E"),
            (self.discard, "Ctrl+D"),
        ):
            button.setShortcut(QKeySequence(keys))
            actions.addWidget(button)
        actions.addStretch(1)
        quarantine_column.addLayout(actions)
        self.tabs.addTab(quarantine_page, self.tr("הסגר"))
        hub_page = QWidget(self)
        hub_column = QVBoxLayout(hub_page)
        hub_column.addWidget(self.hub_note)
        hub_column.addWidget(self.hub_quarantine, 1)
        self.tabs.addTab(hub_page, self.tr("הסגר במרכזת"))
        self.tabs.addTab(self.collisions, self.tr("כפילויות"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 480)

    def _wire(self) -> None:
        self.keep_shown.clicked.connect(lambda: self.resolve("shown"))
        self.keep_other.clicked.connect(lambda: self.resolve("other"))
        self.buttons.rejected.connect(self.reject)
        self.retry.clicked.connect(self.retry_selected)
        self.correct.clicked.connect(self.correct_selected)
        self.discard.clicked.connect(self.discard_selected)
        self.quarantine.itemSelectionChanged.connect(self._enable_actions)
        self.collisions.changed.connect(self.reload)

    def reload(self) -> None:
        with self._ctx.read() as session:
            self._conflicts = open_conflicts(session, self._ctx.actor)
            self._held = held_operations(session, resolved=True)
        # What waits for a supervisor first, then what was discarded (with its reason).
        self._held.sort(key=lambda h: (h.status != "held", h.at))
        quarantine = self._held
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
            state = (
                self.tr("ממתינה לטיפול")
                if q.status == "held"
                else self.tr("בוטלה: %1").replace("%1", q.resolution)
            )
            values = [
                kind_label(q.kind),
                q.station,
                clock.to_local(q.at).strftime("%d/%m/%Y %H:%M"),
                q.reason,
                state,
            ]
            for col, value in enumerate(values):
                self.quarantine.setItem(row, col, QTableWidgetItem(value))
        if quarantine:
            self.quarantine.setCurrentCell(0, 0)
        held_count = sum(1 for q in quarantine if q.status == "held")
        self.tabs.setTabText(0, self.tr("התנגשויות (%1)").replace("%1", str(len(self._conflicts))))
        self.tabs.setTabText(1, self.tr("הסגר (%1)").replace("%1", str(held_count)))
        self._enable_actions()
        duplicates = self.collisions.reload()
        self.tabs.setTabText(3, self.tr("כפילויות (%1)").replace("%1", str(duplicates)))
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
        items = [item for item in items if item.get("status", "held") == "held"]
        with self._ctx.read() as session:
            codes = {str(s.id): s.code for s in stations(session)}
        self.hub_note.setText(self.tr("%1 פעולות בהסגר במרכזת").replace("%1", str(len(items))))
        self.hub_quarantine.setRowCount(len(items))
        for row, item in enumerate(items):
            at = clock.to_local(dt.datetime.fromisoformat(item["at"])).strftime("%d/%m/%Y %H:%M")
            values = [
                kind_label(str(item["kind"])),
                codes.get(item["station_id"], "?"),
                at,
                hub_reason_text(str(item.get("reason", ""))),
            ]
            for col, value in enumerate(values):
                self.hub_quarantine.setItem(row, col, QTableWidgetItem(value))
        self.tabs.setTabText(2, self.tr("הסגר במרכזת (%1)").replace("%1", str(len(items))))

    def _hub_failed(self, err: Exception) -> None:
        message = err.message if isinstance(err, DalpakError) else str(err)
        self.hub_note.setText(self.tr("לא ניתן לקרוא את ההסגר מהמרכזת: %1").replace("%1", message))

    def done(self, result: int) -> None:  # noqa: D102
        self._runner.wait(3000)
        super().done(result)

    # --- the quarantine ----------------------------------------------------------------------

    def selected_held(self) -> HeldOperation | None:
        row = self.quarantine.currentRow()
        return self._held[row] if 0 <= row < len(self._held) else None

    def _enable_actions(self) -> None:
        held = self.selected_held()
        mine = held is not None and held.own and held.status == "held" and not self.busy
        for button in (self.retry, self.discard):
            button.setEnabled(mine)
        self.correct.setEnabled(mine and bool(held and held.fields))

    def _chosen(self) -> HeldOperation | None:
        held = self.selected_held()
        if held is None or held.status != "held":
            self.message.show_error(self.tr("יש לבחור פעולה שממתינה לטיפול."))
            return None
        if not held.own:
            self.message.show_error(
                self.tr("הפעולה נעשתה בעמדה %1: מטפלים בה שם.").replace("%1", held.station)
            )
            return None
        return held

    def _run(self, work, done_note: str) -> None:  # noqa: ANN001
        """Run a choice in the background (a discard derives the station's state again)."""
        sessions, actor = self._ctx.sessions, self._ctx.actor

        def job() -> None:
            with sessions.begin() as session:
                work(session, actor)

        def done(_result: object) -> None:
            self.busy = False
            self.message.show_note(done_note)
            self.reload()

        def failed(err: Exception) -> None:
            self.busy = False
            self.message.show_error(err.message if isinstance(err, DalpakError) else str(err))
            self._enable_actions()

        self.busy = True
        self._enable_actions()
        self.message.show_note(self.tr("רושם..."))
        self._runner.submit(job, done, failed)

    def retry_selected(self) -> None:
        held = self._chosen()
        if held is None:
            return
        self._run(
            lambda s, a: retry_operation(s, a, held.op_id),
            self.tr("נרשם ניסיון חוזר; המרכזת תנסה שוב בסנכרון הבא."),
        )

    def correct_selected(self) -> None:
        held = self._chosen()
        if held is None:
            return
        if not held.fields:
            self.message.show_error(self.tr("אין בפעולה הזו שדות טקסט לתקן; אפשר לבטל אותה."))
            return
        ask = AskDialog(
            self.tr("תיקון: %1").replace("%1", kind_label(held.kind)),
            held.reason + "\n" + self.tr("יש לתקן את הערך ולאשר; הפעולה תישלח שוב."),
            dict(held.fields),
            self,
        )
        self.last_ask = ask
        if not ask.exec():
            return
        changes = {k: v for k, v in ask.values().items() if v != held.fields[k]}
        self._run(
            lambda s, a: correct_operation(s, a, held.op_id, changes),
            self.tr("התיקון נרשם; הפעולה תגיע לכל העמדות בסנכרון הבא."),
        )

    def discard_selected(self) -> None:
        held = self._chosen()
        if held is None:
            return
        reason_field = self.tr("הסיבה לביטול")
        ask = AskDialog(
            self.tr("ביטול: %1").replace("%1", kind_label(held.kind)),
            self.tr(
                "הפעולה תבוטל בכל העמדות, וכך גם פעולות שלא יכולות לעמוד בלעדיה. "
                "העמדה הזו תחזור למצב שבלעדיה."
            ),
            {reason_field: ""},
            self,
        )
        self.last_ask = ask
        if not ask.exec():
            return
        reason = ask.values()[reason_field]
        self._run(
            lambda s, a: discard_operation(s, a, held.op_id, reason),
            self.tr("הביטול נרשם ויגיע לכל העמדות בסנכרון הבא."),
        )

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
