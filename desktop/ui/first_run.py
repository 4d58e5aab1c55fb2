"""The first-run wizard of a fresh station: the council on its receipts, standalone or linked
to a hub (with a connection test in the background), and the first administrator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core.db import local_station, session_factory
from desktop.core.errors import DalpakError
from desktop.counter.reference import shipped_council_name
from desktop.models import User
from desktop.station import config as sc
from desktop.ui import file_dialogs
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import MessageLine, limit_length, ltr_line_edit

LOGO_PREVIEW_PX = 72


class CouncilFields(QWidget):
    """The council's name and logo as printed on receipts (shared with the settings screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.logo_file: Path | None = None
        self.remove_logo = False
        self.preview = QLabel(self)
        self.logo_note = QLabel(self)
        self.choose = QPushButton(self.tr("בחירת סמל..."), self)
        self.clear = QPushButton(self.tr("בלי סמל"), self)
        self._build()
        self._wire()

    def _build(self) -> None:
        self.preview.setFixedSize(LOGO_PREVIEW_PX, LOGO_PREVIEW_PX)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #b0bec5; background: white;")
        self.logo_note.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.clear)
        buttons.addStretch(1)
        logo = QHBoxLayout()
        logo.addWidget(self.preview)
        logo.addLayout(buttons)
        logo.addWidget(self.logo_note, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("שם המועצה"), self.name)
        form.addRow(self.tr("סמל לקבלות"), logo)
        self.show_logo(None)

    def _wire(self) -> None:
        self.choose.clicked.connect(self.pick_logo)
        self.clear.clicked.connect(self.drop_logo)

    def show_logo(self, source: Path | bytes | None) -> None:
        pixmap = QPixmap()
        if isinstance(source, bytes):
            pixmap.loadFromData(source)
        elif source is not None:
            pixmap.load(str(source))
        if pixmap.isNull():
            self.preview.clear()
            self.preview.setText(self.tr("אין סמל"))
            self.logo_note.setText(self.tr("הקבלות יודפסו עם שם המועצה בלבד."))
            return
        self.preview.setPixmap(
            pixmap.scaled(
                LOGO_PREVIEW_PX - 4,
                LOGO_PREVIEW_PX - 4,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.logo_note.setText(self.tr("הסמל יודפס מעל שם המועצה בכל קבלה."))

    def pick_logo(self) -> None:
        path = file_dialogs.open_path(
            self,
            self.tr("סמל המועצה"),
            str(Path.home()),
            self.tr("תמונות (*.png *.jpg *.jpeg *.bmp *.gif)"),
        )
        if path:
            self.set_logo(Path(path))

    def set_logo(self, path: Path) -> None:
        self.logo_file, self.remove_logo = path, False
        self.show_logo(path)

    def drop_logo(self) -> None:
        self.logo_file, self.remove_logo = None, True
        self.show_logo(None)


class HubFields(QWidget):
    """Hub address, station code and token, with a connection test that runs in the background."""

    tested = Signal(bool)

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.url = ltr_line_edit(self, "https://hub.council.local:8443")
        self.code = ltr_line_edit(self, "KDR")
        self.token = ltr_line_edit(self)
        self.test = QPushButton(self.tr("בדיקת חיבור"), self)
        self.result = MessageLine(self)
        self.passed_for: tuple[str, str, str] | None = None  # the values the last good test used
        self.busy = False
        self._build()
        self._wire()

    def _build(self) -> None:
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setMaxLength(8)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("כתובת המרכזת"), self.url)
        form.addRow(self.tr("קוד העמדה"), self.code)
        form.addRow(self.tr("אסימון העמדה"), self.token)
        row = QHBoxLayout()
        row.addWidget(self.test)
        row.addStretch(1)
        form.addRow("", row)
        form.addRow(self.result)

    def _wire(self) -> None:
        self.test.clicked.connect(self.run_test)

    def link(self) -> sc.HubLink:
        return sc.HubLink(
            self.url.text().strip(), self.code.text().strip(), self.token.text().strip()
        )

    def values(self) -> tuple[str, str, str]:
        link = self.link()
        return (link.url, link.station_code.upper(), link.token)

    def run_test(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.test.setEnabled(False)
        self.result.show_note(self.tr("בודקים את החיבור למרכזת..."))
        link, values = self.link(), self.values()
        self._tasks.submit(
            lambda: sc.test_hub(link), lambda code: self._passed(values, code), self._failed
        )

    def _passed(self, values: tuple[str, str, str], code: str) -> None:
        self.busy = False
        self.test.setEnabled(True)
        self.passed_for = values
        self.result.show_note(self.tr("החיבור תקין: המרכזת מכירה את העמדה %1.").replace("%1", code))
        self.tested.emit(True)

    def _failed(self, err: Exception) -> None:
        self.busy = False
        self.test.setEnabled(True)
        self.passed_for = None
        text = err.message if isinstance(err, DalpakError) else f"{type(err).__name__}: {err}"
        self.result.show_error(text)
        self.tested.emit(False)


class CouncilPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("המועצה"))
        self.setSubTitle(self.tr("השם והסמל שיודפסו בראש כל קבלה לתושבים."))
        self.fields = CouncilFields(self)
        self.message = MessageLine(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.fields.name.setText(shipped_council_name())
        self.fields.name.textChanged.connect(self.message.hide)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        try:
            sc.check_council_name(self.fields.name.text())
            if self.fields.logo_file:
                sc.check_logo(self.fields.logo_file)
        except DalpakError as err:
            self.message.show_error(err.message)
            return False
        self.message.hide()
        return True


class ConnectionPage(QWizardPage):
    def __init__(self, tasks: TaskRunner, station_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("העמדה"))
        self.setSubTitle(
            self.tr("עמדה עצמאית עובדת לבד; עמדה מחוברת מסתנכרנת עם המרכזת של המועצה.")
        )
        self.standalone = QRadioButton(self.tr("עמדה עצמאית (בלי מרכזת)"), self)
        self.connected = QRadioButton(self.tr("עמדה מחוברת למרכזת"), self)
        self.code = ltr_line_edit(self, "KDR")
        self.hub = HubFields(tasks, self)
        self.message = MessageLine(self)
        self._advance_after_test = False
        group = QButtonGroup(self)
        group.addButton(self.standalone)
        group.addButton(self.connected)
        self.code.setText(station_code)
        self.code.setMaxLength(8)
        self._build()
        self.standalone.setChecked(True)
        self._mode_changed()
        self.standalone.toggled.connect(self._mode_changed)
        self.code.textChanged.connect(self.message.hide)
        self.hub.tested.connect(self._tested)

    def _build(self) -> None:
        self.standalone_box = QWidget(self)
        form = QFormLayout(self.standalone_box)
        form.setContentsMargins(24, 0, 0, 0)
        form.addRow(self.tr("קוד העמדה (למספרי הפניות)"), self.code)
        self.hub.setContentsMargins(24, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.standalone)
        layout.addWidget(self.standalone_box)
        layout.addWidget(self.connected)
        layout.addWidget(self.hub)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _mode_changed(self) -> None:
        alone = self.standalone.isChecked()
        self.standalone_box.setEnabled(alone)
        self.hub.setEnabled(not alone)
        self.message.hide()
        (self.code if alone else self.hub.url).setFocus()

    def hub_link(self) -> sc.HubLink | None:
        return None if self.standalone.isChecked() else self.hub.link()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.message.hide()
        if self.standalone.isChecked():
            try:
                sc.check_station_code(self.code.text())
            except DalpakError as err:
                self.message.show_error(err.message)
                return False
            return True
        if self.hub.passed_for == self.hub.values():
            return True
        # Going on tests the connection first, in the background; a good answer moves on.
        self._advance_after_test = True
        self.hub.run_test()
        return False

    def _tested(self, ok: bool) -> None:
        advance, self._advance_after_test = self._advance_after_test, False
        if ok and advance and self.wizard() is not None:
            self.wizard().next()


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("מנהל/ת המערכת"))
        self.setSubTitle(self.tr("החשבון הראשון בעמדה. בעזרתו מוסיפים את שאר העובדים."))
        self.username = limit_length(ltr_line_edit(self, "admin"), User, "username")
        self.full_name = limit_length(QLineEdit(self), User, "full_name")
        self.password = ltr_line_edit(self)
        self.again = ltr_line_edit(self)
        self.message = MessageLine(self)
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        self.form.addRow(self.tr("שם משתמש"), self.username)
        self.form.addRow(self.tr("שם מלא"), self.full_name)
        self.form.addRow(self.tr("סיסמה (8 תווים לפחות)"), self.password)
        self.form.addRow(self.tr("שוב, לאימות"), self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.joining = False

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        """A station joining the hub opens with a council admin's account registered there
        (one made here would be refused by the hub); a standalone station makes its own."""
        wizard = self.wizard()
        self.joining = (
            isinstance(wizard, FirstRunWizard) and wizard.connection.hub_link() is not None
        )
        if self.joining:
            self.setTitle(self.tr("חשבון מנהל/ת המועצה"))
            self.setSubTitle(
                self.tr(
                    "עמדה מחוברת נפתחת בחשבון מנהל/ת שרשום במרכזת. הקלידו את שם המשתמש והסיסמה שלו."
                )
            )
            self.form.labelForField(self.password).setText(self.tr("סיסמה"))
        else:
            self.setTitle(self.tr("מנהל/ת המערכת"))
            self.setSubTitle(self.tr("החשבון הראשון בעמדה. בעזרתו מוסיפים את שאר העובדים."))
            self.form.labelForField(self.password).setText(self.tr("סיסמה (8 תווים לפחות)"))
        self.form.setRowVisible(self.full_name, not self.joining)
        self.form.setRowVisible(self.again, not self.joining)
        self.message.hide()
        self.username.setFocus()

    def account(self) -> sc.AdminAccount:
        if self.joining:
            return sc.check_council_account(self.username.text(), self.password.text())
        return sc.check_admin(
            self.username.text(), self.full_name.text(), self.password.text(), self.again.text()
        )

    def show_error(self, err: DalpakError) -> None:
        """The message, and the cursor in the field it is about (nothing typed is cleared)."""
        self.message.show_error(err.message)
        focus = {
            "full_name": self.full_name,
            "password": self.password,
            "password_again": self.again,
        }.get(err.field or "", self.username)
        focus.setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        wizard = self.wizard()
        if isinstance(wizard, FirstRunWizard) and wizard.done_report is not None:
            return True
        try:
            self.account()
        except DalpakError as err:
            self.show_error(err)
            return False
        if isinstance(wizard, FirstRunWizard):
            wizard.apply()
        return False  # the wizard closes itself once the station is set up


class FirstRunWizard(QWizard):
    """Shown when the database has nobody who could log in. Accepted once everything is set
    up; the work runs in the background (joining a hub pulls the council's data)."""

    def __init__(self, engine, parent: QWidget | None = None) -> None:  # noqa: ANN001 - a database engine
        super().__init__(parent)
        self.sessions = session_factory(engine)
        self.tasks = TaskRunner(self)
        self.done_report: sc.SetupReport | None = None
        self.busy = False
        with self.sessions() as session:
            code = local_station(session).code
        self.council = CouncilPage(self)
        self.connection = ConnectionPage(self.tasks, code, self)
        self.admin = AdminPage(self)
        self.setWindowTitle(self.tr("דלפק - הגדרת עמדה חדשה"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("הבא"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("הקודם"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("סיום והתחלת עבודה"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("ביטול"))
        for page in (self.council, self.connection, self.admin):
            self.addPage(page)
        self.setMinimumSize(640, 460)

    def setup(self) -> sc.StationSetup:
        return sc.StationSetup(
            council_name=self.council.fields.name.text(),
            logo=self.council.fields.logo_file,
            admin=self.admin.account(),
            hub=self.connection.hub_link(),
            station_code=self.connection.code.text(),
        )

    def apply(self) -> None:
        if self.busy:
            return
        setup = self.setup()
        self.busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        note = (
            self.tr("מחברים את העמדה למרכזת ומושכים את נתוני המועצה...")
            if setup.hub
            else self.tr("מכינים את העמדה...")
        )
        self.admin.message.show_note(note)
        self.tasks.submit(
            lambda: sc.setup_station(self.sessions, setup), self._applied, self._failed
        )

    def _applied(self, report: sc.SetupReport) -> None:
        self.busy = False
        self.done_report = report
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(err, DalpakError):
            self.admin.show_error(err)
        else:
            self.admin.message.show_error(f"{type(err).__name__}: {err}")

    def reject(self) -> None:
        if self.busy:
            return  # the station is being written; closing now would leave it half done
        self.tasks.wait(3000)
        super().reject()
