"""The supervisors' duplicates: one username, catalogue code or ID number made at two stations.

A tab of the conflicts screen. Usernames and codes were already renamed the same way on every
database (the later one carries its station's code); the supervisor acknowledges it. Two
residents with one ID number are one person registered twice: the supervisor merges them
(Ctrl+M), and the merge syncs like any other change.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DalpakError
from desktop.counter.merging import (
    CollisionView,
    acknowledge_collision,
    merge_residents,
    open_collisions,
)
from desktop.ui.context import AppContext
from desktop.ui.widgets import MessageLine


class CollisionsPage(QWidget):
    """The open collisions, with merging and acknowledging; `changed` after either."""

    changed = Signal()

    def __init__(self, ctx: AppContext, message: MessageLine, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._message = message
        self._rows: list[CollisionView] = []
        self.note = QLabel(self)
        self.table = QTableWidget(0, 5, self)
        self.merge = QPushButton(self.tr("מיזוג שתי הרשומות... (Ctrl+M)"), self)
        self.acknowledge = QPushButton(self.tr("אישור השינוי (Ctrl+K)"), self)
        self._build()

    def _build(self) -> None:
        self.note.setWordWrap(True)
        self.note.setText(
            self.tr(
                "שתי עמדות יצרו בלי לראות זו את זו את אותו שם משתמש, אותו קוד או אותה תעודת זהות. "
                "בכל העמדות המוקדם נשאר כפי שהוא והמאוחר קיבל את קוד העמדה שלו (למשל dana~lvi). "
                "שני תושבים עם אותה תעודת זהות הם אדם אחד: מיזוג מעביר את הפניות, ההחזקות, "
                "הביקורים וההיסטוריה לרשומה שנרשמה ראשונה, וכל פרט שהוקלד בשתיהן נשמר."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("מה"), self.tr("ערך"), self.tr("נשאר/ה"), self.tr("השני/ה"), self.tr("עמדה")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("כפילויות לטיפול"))
        self.merge.setAccessibleName(self.tr("מיזוג שתי רשומות התושב/ת"))
        self.acknowledge.setAccessibleName(self.tr("אישור שם המשתמש או הקוד שהשתנה"))
        column = QVBoxLayout(self)
        column.addWidget(self.note)
        column.addWidget(self.table, 1)
        actions = QHBoxLayout()
        for button, keys in ((self.merge, "Ctrl+M"), (self.acknowledge, "Ctrl+K")):
            button.setShortcut(QKeySequence(keys))
            actions.addWidget(button)
        actions.addStretch(1)
        column.addLayout(actions)
        self.merge.clicked.connect(self.merge_selected)
        self.acknowledge.clicked.connect(self.acknowledge_selected)
        self.table.itemSelectionChanged.connect(self._enable)

    def reload(self) -> int:
        """Read the open collisions again; returns how many."""
        with self._ctx.read() as session:
            self._rows = open_collisions(session, self._ctx.actor)
        self.table.setRowCount(len(self._rows))
        for row, c in enumerate(self._rows):
            for col, value in enumerate((c.what, c.key, c.kept, c.other, c.other_station)):
                self.table.setItem(row, col, QTableWidgetItem(value))
        if self._rows:
            self.table.setCurrentCell(0, 0)
        self._enable()
        return len(self._rows)

    def selected(self) -> CollisionView | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _enable(self) -> None:
        chosen = self.selected()
        self.merge.setEnabled(chosen is not None and chosen.mergeable)
        self.acknowledge.setEnabled(chosen is not None)

    def confirm_merge(self, chosen: CollisionView) -> bool:
        """Asks before merging (it cannot be undone); tests replace it."""
        answer = QMessageBox.question(
            self,
            self.tr("מיזוג רשומות"),
            self.tr("למזג את %1 אל %2? כל מה שנרשם לשתיהן יישמר ברשומה אחת. אי אפשר לבטל מיזוג.")
            .replace("%1", chosen.other)
            .replace("%2", chosen.kept),
        )
        return answer == QMessageBox.StandardButton.Yes

    def merge_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.mergeable:
            self._message.show_error(self.tr("יש לבחור שורה של תושב/ת שנרשם/ה פעמיים."))
            return
        if not self.confirm_merge(chosen):
            return
        try:
            with self._ctx.write() as session:
                merge_residents(session, self._ctx.actor, chosen.other_id, chosen.kept_id)
        except DalpakError as err:
            self._message.show_error(err.message)
            return
        self._message.show_note(self.tr("הרשומות מוזגו. המיזוג יגיע לשאר העמדות בסנכרון הבא."))
        self.changed.emit()

    def acknowledge_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self._message.show_error(self.tr("יש לבחור שורה בטבלה."))
            return
        try:
            with self._ctx.write() as session:
                acknowledge_collision(session, self._ctx.actor, chosen.id)
        except DalpakError as err:
            self._message.show_error(err.message)
            return
        self._message.show_note(self.tr("נרשם. השינוי יגיע לשאר העמדות בסנכרון הבא."))
        self.changed.emit()
