"""The access log for administrators: who saw which resident's personal data, when, where and
in what; filtered by user, resident and dates, exported to CSV or Excel (the export is logged
too). Read only: nothing here changes the log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.errors import DalpakError
from desktop.core.people import users
from desktop.counter import access
from desktop.ui import file_dialogs
from desktop.ui.context import AppContext
from desktop.ui.row_models import RowsModel, row_table
from desktop.ui.widgets import DateField, MessageLine

SHORTCUT = "Ctrl+Shift+J"


class AccessModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "מועד"),
        QT_TRANSLATE_NOOP("Columns", "משתמש/ת"),
        QT_TRANSLATE_NOOP("Columns", "עמדה"),
        QT_TRANSLATE_NOOP("Columns", "במה"),
        QT_TRANSLATE_NOOP("Columns", "תושב/ת"),
        QT_TRANSLATE_NOOP("Columns", "ת.ז."),
        QT_TRANSLATE_NOOP("Columns", "פירוט"),
    )

    def key(self, row: access.AccessRow):  # noqa: ANN201 - rows are not unique by resident
        return id(row)

    def cell(self, row: access.AccessRow, column: int) -> str:
        at = clock.to_local(row.at).strftime("%d/%m/%Y %H:%M:%S")
        return (at, row.user, row.station, row.what, row.resident, row.national_id, row.detail)[
            column
        ]


class AccessLogDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("יומן גישה לפרטים אישיים"))
        self.message = MessageLine(self)
        self.user = QComboBox(self)
        self.resident = QLineEdit(self)
        self.start = DateField(self, business_days_only=False, name=self.tr("מתאריך"))
        self.end = DateField(self, business_days_only=False, name=self.tr("עד תאריך"))
        self.search_button = QPushButton(self.tr("הצגה (Enter)"), self)
        self.csv_button = QPushButton(self.tr("ייצוא ל-CSV (Ctrl+Shift+E)"), self)
        self.excel_button = QPushButton(self.tr("ייצוא ל-Excel (Ctrl+Shift+X)"), self)
        self.count = QLabel(self)
        self.model = AccessModel(self)
        self.table = row_table(self.model, self, stretch=4)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.last_export: Path | None = None
        self._build()
        self._wire()
        self.reload()

    def _build(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("סגירה (Esc)"))
        self.user.addItem(self.tr("כל המשתמשים"), None)
        with self._ctx.read() as session:
            for person in users(session):
                self.user.addItem(person.full_name, person.id)
        self.resident.setPlaceholderText(self.tr("שם, ת.ז. או טלפון"))
        for field in (self.start, self.end):
            # Any day is a day of the log: no word about days off here.
            field.changed.connect(field.hint.hide)
        today = clock.local_today()
        self.start.setDate(today - dt.timedelta(days=30))
        self.end.setDate(today)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("עד"), self))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("משתמש/ת"), self.user)
        form.addRow(self.tr("תושב/ת"), self.resident)
        form.addRow(self.tr("מתאריך"), dates)
        actions = QHBoxLayout()
        actions.addWidget(self.search_button)
        actions.addWidget(self.count, 1)
        actions.addWidget(self.csv_button)
        actions.addWidget(self.excel_button)
        note = QLabel(
            self.tr(
                "כל צפייה בפרטים אישיים של תושב/ת נרשמת כאן: כרטיס, תוצאות חיפוש, פנייה, קבלה "
                "וייצוא, מכל העמדות אחרי הסנכרון. הרשומות נשמרות 24 חודשים ונמחקות מעצמן; "
                "אי אפשר לשנות אותן."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(1200, 680)

    def _wire(self) -> None:
        self.search_button.clicked.connect(self.reload)
        self.resident.returnPressed.connect(self.reload)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.excel_button.clicked.connect(lambda: self.export("xlsx"))
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, activated=lambda: self.export("csv"))
        QShortcut(QKeySequence("Ctrl+Shift+X"), self, activated=lambda: self.export("xlsx"))
        self.buttons.rejected.connect(self.reject)

    def reload(self) -> None:
        try:
            with self._ctx.read() as session:
                rows = access.access_rows(
                    session,
                    self._ctx.actor,
                    user_id=self.user.currentData(),
                    resident=self.resident.text(),
                    start=self.start.date(),
                    end=self.end.date(),
                )
        except DalpakError as err:
            self.message.show_error(err.message)
            return
        self.message.clear_message()
        self.model.set_rows(rows)
        self.count.setText(self.tr("%1 רשומות").replace("%1", f"{len(rows):,}"))

    def export(self, kind: str) -> None:
        rows = self.model.rows()
        if not rows:
            self.message.show_error(self.tr("אין רשומות לייצוא: שנו את הסינון ולחצו Enter."))
            return
        suffix = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)"}[kind]
        name = f"access-log-{clock.local_today():%Y-%m-%d}.{kind}"
        path = file_dialogs.save_path(self, self.tr("שמירת יומן הגישה"), name, suffix)
        if not path:
            return
        try:
            with self._ctx.write() as session:
                data = access.export_access_log(session, self._ctx.actor, rows, kind)
            Path(path).write_bytes(data)
        except (DalpakError, OSError) as err:
            text = err.message if isinstance(err, DalpakError) else str(err)
            self.message.show_error(self.tr("הייצוא נכשל: %1").replace("%1", text))
            return
        self.last_export = Path(path)
        self.message.show_note(self.tr("נשמר: %1").replace("%1", path))
