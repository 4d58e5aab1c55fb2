"""The department's inbox: open items routed to the desk, filtered, late ones first to the eye.

Counting and reading run on the worker thread; the table reads a page at a time as it scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DalpakError
from desktop.followthrough.items import OPEN, STATUS_LABELS
from desktop.followthrough.worklists import InboxFilter, InboxRow, inbox, inbox_count
from desktop.ui.context import AppContext
from desktop.ui.empty_state import say_when_empty
from desktop.ui.item_detail import ItemDetailDialog
from desktop.ui.row_models import (
    LATE,
    TODAY,
    TODAY_TEXT,
    LazyRowsModel,
    choose_row,
    row_table,
    selected_row,
)
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import MessageLine, format_date


class InboxModel(LazyRowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "פנייה"),
        QT_TRANSLATE_NOOP("Columns", "תושב/ת"),
        QT_TRANSLATE_NOOP("Columns", "נושא"),
        QT_TRANSLATE_NOOP("Columns", "מחלקה"),
        QT_TRANSLATE_NOOP("Columns", "תאריך צפוי"),
        QT_TRANSLATE_NOOP("Columns", "מצב"),
        QT_TRANSLATE_NOOP("Columns", "העברות"),
    )

    def key(self, row: InboxRow) -> object:
        return row.item_id

    def cell(self, row: InboxRow, column: int) -> str:
        return (
            row.case_number,
            row.resident,
            row.request_type,
            row.department,
            format_date(row.expected_date),
            STATUS_LABELS.get(row.status, row.status),
            str(row.handoffs) if row.handoffs else "",
        )[column]

    def is_bold(self, row: InboxRow) -> bool:
        return row.due_today

    def foreground(self, row: InboxRow) -> QBrush | None:
        return LATE if row.overdue else TODAY_TEXT if row.due_today else None

    def background(self, row: InboxRow) -> QBrush | None:
        return TODAY if row.due_today else None

    def tooltip(self, row: InboxRow, column: int) -> str | None:
        if row.overdue:
            return QCoreApplication.translate("Columns", "באיחור: התאריך הצפוי עבר")
        return row.assignee or None


class InboxPage(QWidget):
    """`loaded(count)` after every reload, for the tab's title and for tests."""

    loaded = Signal(int)
    DEBOUNCE_MS = 250

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._generation = 0
        self.count = 0
        self.message = MessageLine(self)
        self.text = QLineEdit(self)
        self.status = QComboBox(self)
        self.overdue = QCheckBox(self.tr("באיחור בלבד"), self)
        self.due_today = QCheckBox(self.tr("להיום בלבד"), self)
        self.count_label = QLabel(self)
        self.model = InboxModel(self)
        self.table = row_table(self.model, self)
        say_when_empty(self.table, self._empty_reason)
        self.open_button = QPushButton(self.tr("פתיחה (Enter)"), self)
        self.reload_button = QPushButton(self.tr("רענון"), self)
        self._debounce = QTimer(self)
        self._build()
        self._wire()

    def _build(self) -> None:
        self.text.setPlaceholderText(self.tr("סינון: מספר פנייה, שם תושב/ת או נושא"))
        self.text.setClearButtonEnabled(True)
        self.status.setAccessibleName(self.tr("סינון לפי מצב"))
        self.status.addItem(self.tr("כל המצבים הפתוחים"), "")
        for code in OPEN:
            self.status.addItem(STATUS_LABELS[code], code)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        # Rows are read lazily: widths are set, not measured over every row.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((150, 180, 0, 240, 100, 150, 90)):
            if width:
                self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        filters = QHBoxLayout()
        filters.addWidget(self.text, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.overdue)
        filters.addWidget(self.due_today)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("אדום: באיחור · מודגש על רקע כתום: להיום"), self))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _wire(self) -> None:
        self.text.textEdited.connect(lambda _t: self._debounce.start())
        self._debounce.timeout.connect(self.reload)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue.toggled.connect(lambda _on: self.reload())
        self.due_today.toggled.connect(lambda _on: self.reload())
        self.text.returnPressed.connect(self._focus_table)
        self.model.page_needed.connect(self._load_page)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.open_button.clicked.connect(lambda: self.open_row(selected_row(self.table)))
        self.reload_button.clicked.connect(self.reload)

    def focus(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_table(self) -> None:
        self._debounce.stop()
        self.table.setFocus()

    def _empty_reason(self) -> str:
        f = self.current_filter()
        if f.text.strip() or f.status or f.overdue_only or f.due_today_only:
            return self.tr("אין פריטים שעונים לסינון. מנקים את הסינון כדי לראות את כולם.")
        return self.tr("אין פריטים פתוחים למחלקה שלך או לך. פריט שיועבר אליכם יופיע כאן.")

    def current_filter(self) -> InboxFilter:
        return InboxFilter(
            self.text.text(),
            self.status.currentData() or "",
            self.overdue.isChecked(),
            self.due_today.isChecked(),
        )

    # --- reading, off the main thread -------------------------------------------------------

    def reload(self) -> None:
        self._debounce.stop()
        if self._ctx.user is None:
            return
        self._generation += 1
        generation, flt, user_id = self._generation, self.current_filter(), self._ctx.user.id
        sessions, page = self._ctx.sessions, self.model.PAGE
        selected = self.model.row(selected_row(self.table))
        keep = selected.item_id if selected else None

        def work() -> tuple[int, list[InboxRow]]:
            with sessions() as session:
                return inbox_count(session, user_id, flt), inbox(session, user_id, flt, limit=page)

        def done(result: tuple[int, list[InboxRow]]) -> None:
            if generation != self._generation:
                return  # a newer filter was chosen meanwhile
            count, first = result
            self.model.reset(generation, count, first)
            self.count = count
            self.count_label.setText(
                self.tr("נושא אחד") if count == 1 else self.tr("%n נושאים", "", count)
            )
            row = self.model.row_of(keep) if keep else -1
            if row >= 0 or self.model.rowCount():
                choose_row(self.table, max(row, 0))
            self.loaded.emit(count)

        self._tasks.submit(work, done, self._failed)

    def _load_page(self, generation: int, page: int) -> None:
        flt, user_id, sessions = self.current_filter(), self._ctx.user.id, self._ctx.sessions
        size = self.model.PAGE

        def work() -> list[InboxRow]:
            with sessions() as session:
                return inbox(session, user_id, flt, offset=page * size, limit=size)

        def done(rows: list[InboxRow]) -> None:
            if not self.model.fill(generation, page, rows):
                self.reload()  # items came or went since they were counted

        self._tasks.submit(work, done, self._failed)

    def _failed(self, err: Exception) -> None:
        message = err.message if isinstance(err, DalpakError) else str(err)
        self.message.show_error(self.tr("קריאת התיבה נכשלה: %1").replace("%1", message))

    # --- an item ---------------------------------------------------------------------------

    def open_row(self, row: int) -> None:
        item = self.model.row(row)
        if item is None:
            return
        dialog = ItemDetailDialog(self._ctx, item.item_id, item.case_number, item.handoffs, self)
        dialog.exec()
        if dialog.changed:
            self.reload()
