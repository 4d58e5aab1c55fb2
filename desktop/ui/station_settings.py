"""Station settings for administrators: the council on receipts and the link to the hub.
The service checks the role again, so the screen is a convenience, not the lock."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from desktop.core import settings
from desktop.core.errors import DalpakError
from desktop.core.users import Role
from desktop.station import config as sc
from desktop.ui.context import AppContext
from desktop.ui.first_run import CouncilFields, HubFields
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import MessageLine

SHORTCUT = "Ctrl+Shift+G"


class StationSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = TaskRunner(self)
        self.saved: sc.StationConfig | None = None
        self.busy = False
        with ctx.read() as session:
            self.config = sc.read_config(session)
        self.setWindowTitle(self.tr("הגדרות העמדה"))
        self.council = CouncilFields(self)
        self.station = QLabel(self)
        self.change_hub = QCheckBox(self)
        self.hub = HubFields(self.tasks, self)
        self.printer = QComboBox(self)
        self.paper = QComboBox(self)
        self.hijri = QCheckBox(self.tr("התאריך ההיג'רי בקבלות ובמכתבים בערבית"), self)
        self.message = MessageLine(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._build()
        self._wire()
        self._load()

    def _build(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("שמירה"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("סגירה"))
        receipts = QGroupBox(self.tr("המועצה על הקבלות"), self)
        QVBoxLayout(receipts).addWidget(self.council)
        printing = QGroupBox(self.tr("מדפסת הקבלות"), self)
        printer_form = QFormLayout(printing)
        printer_form.addRow(self.tr("מדפסת:"), self.printer)
        printer_form.addRow(self.tr("נייר:"), self.paper)
        printer_form.addRow(self.hijri)
        self.printer.setAccessibleName(self.tr("מדפסת הקבלות"))
        self.paper.setAccessibleName(self.tr("נייר הקבלות"))
        link = QGroupBox(self.tr("העמדה והמרכזת"), self)
        form = QFormLayout(link)
        form.addRow(self.station)
        form.addRow(self.change_hub)
        form.addRow(self.hub)
        layout = QVBoxLayout(self)
        layout.addWidget(receipts)
        layout.addWidget(printing)
        layout.addWidget(link)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    def _wire(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.change_hub.toggled.connect(self.hub.setEnabled)

    def _load(self) -> None:
        c = self.config
        self.council.name.setText(c.council_name)
        self.council.show_logo(sc.council_logo())
        if c.standalone:
            self.station.setText(
                self.tr("עמדה עצמאית, קוד %1. חיבור למרכזת אפשרי כל עוד אין בה עבודה.").replace(
                    "%1", c.station_code
                )
            )
            self.change_hub.setText(self.tr("חיבור העמדה למרכזת"))
        else:
            self.station.setText(
                self.tr("עמדה %1, מחוברת למרכזת %2")
                .replace("%1", c.station_code)
                .replace("%2", c.hub_url)
            )
            self.change_hub.setText(self.tr("שינוי הכתובת או האסימון של המרכזת"))
            self.hub.url.setText(c.hub_url)
        self.hub.code.setText(c.station_code)
        from desktop.ui.receipt_print import printer_names

        printer, size = sc.receipt_printing()
        self.printer.addItem(self.tr("ברירת המחדל של המחשב"), "")
        for name in printer_names():
            self.printer.addItem(name, name)
        if printer and self.printer.findData(printer) < 0:
            self.printer.addItem(self.tr("%1 (לא נמצאה כעת)").replace("%1", printer), printer)
        self.printer.setCurrentIndex(max(self.printer.findData(printer), 0))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr('גליל 80 מ"מ'), "80mm")
        self.paper.setCurrentIndex(max(self.paper.findData(size), 0))
        self.hijri.setChecked(bool(settings.get("hijri_dates")))
        self.station.setWordWrap(True)
        self.hub.setEnabled(False)

    def save(self) -> None:
        if self.busy:
            return
        user_id = self.ctx.user.id if self.ctx.user else None
        fields = self.council
        hub = self.hub.link() if self.change_hub.isChecked() else None
        printer, paper = self.printer.currentData(), self.paper.currentData()
        hijri = self.hijri.isChecked()
        self.busy = True
        self.buttons.setEnabled(False)
        self.message.show_note(self.tr("שומרים..."))

        def work() -> sc.StationConfig:
            sc.save_receipt_printing(self.ctx.sessions, user_id, printer, paper, hijri)
            return sc.update_station(
                self.ctx.sessions,
                user_id,
                council_name=fields.name.text(),
                logo=fields.logo_file,
                remove_logo=fields.remove_logo,
                hub=hub,
            )

        self.tasks.submit(work, self._saved, self._failed)

    def _saved(self, config: sc.StationConfig) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.saved = config
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        text = err.message if isinstance(err, DalpakError) else f"{type(err).__name__}: {err}"
        self.message.show_error(text)

    def reject(self) -> None:
        if self.busy:
            return
        self.tasks.wait(3000)
        super().reject()


def add_admin_menu(window: QMainWindow) -> QAction | None:
    """A 'System' menu with the station settings, for administrators only."""
    ctx: AppContext = window.ctx
    if ctx.user is None or ctx.user.role != Role.ADMIN:
        return None
    menu = window.menuBar().addMenu(window.tr("&מערכת"))
    action = QAction(window.tr("הגדרות העמדה..."), window)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.triggered.connect(lambda: StationSettingsDialog(ctx, window).exec())
    menu.addAction(action)
    return action
