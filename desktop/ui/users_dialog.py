"""Users for administrators (deactivate, reactivate, reset a password), and the change of one's
own password, which the login asks for when an admin set it. The services check the role
again: the screen is a convenience, not the lock."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import accounts
from desktop.core.errors import DalpakError
from desktop.core.users import Role
from desktop.ui.context import AppContext
from desktop.ui.row_models import RowsModel, choose_row, row_table, selected_row
from desktop.ui.widgets import MessageLine, isolated, ltr_line_edit, rtl_line

USERS_SHORTCUT = "Ctrl+Shift+U"
PASSWORD_SHORTCUT = "Ctrl+Shift+W"


def _password_edit(parent: QWidget) -> QLineEdit:
    edit = ltr_line_edit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ChangePasswordDialog(QDialog):
    """The logged-in user's new password. `forced`: asked at login after an admin set the
    password; Esc then gives up the login, it does not skip the change."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, forced: bool = False, old: str = ""
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.forced = forced
        self.setWindowTitle(self.tr("החלפת סיסמה"))
        self.message = MessageLine(self)
        self.old = _password_edit(self)
        self.new = _password_edit(self)
        self.again = _password_edit(self)
        self.old.setText(old)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._build()
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _build(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("שמירת הסיסמה (Enter)")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("יציאה (Esc)") if self.forced else self.tr("ביטול (Esc)")
        )
        layout = QVBoxLayout(self)
        if self.forced:
            note = QLabel(
                self.tr(
                    "הסיסמה שלך נקבעה על ידי מנהל/ת המערכת. לפני שממשיכים, בחרו סיסמה "
                    "משלכם: לפחות 8 תווים, שונה משם המשתמש."
                ),
                self,
            )
        else:
            note = QLabel(self.tr("סיסמה חדשה: לפחות 8 תווים, שונה משם המשתמש."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.message)
        form = QFormLayout()
        form.addRow(self.tr("הסיסמה הנוכחית"), self.old)
        form.addRow(self.tr("סיסמה חדשה"), self.new)
        form.addRow(self.tr("שוב, לאימות"), self.again)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        (self.new if self.old.text() else self.old).setFocus()

    def save(self) -> None:
        try:
            with self._ctx.write() as session:
                accounts.change_password(
                    session, self._ctx.actor, self.old.text(), self.new.text(), self.again.text()
                )
        except DalpakError as err:
            self.message.show_error(err.message)
            field = {"old": self.old, "again": self.again}.get(err.field or "", self.new)
            field.selectAll()
            field.setFocus()
            return
        self.accept()


class ResetPasswordDialog(QDialog):
    """The temporary password an admin gives a user, typed twice."""

    def __init__(self, ctx: AppContext, row: accounts.UserRow, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._row = row
        self.setWindowTitle(self.tr("איפוס סיסמה"))
        self.message = MessageLine(self)
        self.password = _password_edit(self)
        self.again = _password_edit(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("איפוס (Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ביטול (Esc)"))
        note = QLabel(
            self.tr(
                "סיסמה זמנית ל-%1. מסרו אותה לעובד/ת באופן אישי; בכניסה הבאה יתבקש/תתבקש "
                "לבחור סיסמה משלו/ה. חסימה אחרי ניסיונות שגויים בעמדה הזו מתבטלת."
            ).replace("%1", isolated(row.full_name)),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("סיסמה זמנית"), self.password)
        form.addRow(self.tr("שוב, לאימות"), self.again)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        if self.password.text() != self.again.text():
            self.message.show_error(self.tr("הסיסמה והאימות שלה אינם זהים."))
            self.again.selectAll()
            self.again.setFocus()
            return
        try:
            with self._ctx.write() as session:
                accounts.reset_password(
                    session, self._ctx.actor, self._row.id, self.password.text()
                )
        except DalpakError as err:
            self.message.show_error(err.message)
            self.password.setFocus()
            return
        self.accept()


class UsersModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "שם משתמש"),
        QT_TRANSLATE_NOOP("Columns", "שם מלא"),
        QT_TRANSLATE_NOOP("Columns", "תפקיד"),
        QT_TRANSLATE_NOOP("Columns", "מחלקה"),
        QT_TRANSLATE_NOOP("Columns", "מצב"),
    )

    def cell(self, row: accounts.UserRow, column: int) -> str:
        if column == 4:
            state = self.tr("פעיל/ה") if row.active else self.tr("מושבת/ת")
            if row.active and row.must_change_password:
                state += self.tr(" · יחליף/תחליף סיסמה בכניסה")
            return state
        return (row.username, row.full_name, row.role_label, row.department)[column]

    def foreground(self, row: accounts.UserRow) -> QBrush | None:
        return None if row.active else QBrush(QColor("#6b6b6b"))


class UsersDialog(QDialog):
    """Every user of the council known here; the admin deactivates, reactivates or resets."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("משתמשים"))
        self.message = MessageLine(self)
        self.model = UsersModel(self)
        self.table = row_table(self.model, self, stretch=1)
        self.deactivate_button = QPushButton(self.tr("השבתה (Ctrl+D)"), self)
        self.reactivate_button = QPushButton(self.tr("הפעלה מחדש (Ctrl+R)"), self)
        self.reset_button = QPushButton(self.tr("איפוס סיסמה (Ctrl+T)"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.last_reset: ResetPasswordDialog | None = None
        self._build()
        self._wire()
        self.reload()

    def _build(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("סגירה (Esc)"))
        note = QLabel(
            rtl_line(
                self.tr(
                    "משתמש/ת מושבת/ת אינו/ה יכול/ה להיכנס בעמדה הזו, ובכל עמדה אחרת אחרי "
                    "הסנכרון הבא שלה. מה שעשה/תה לפני ההשבתה נשמר. הוספת משתמשים: בשורת "
                    "הפקודה, dalpak user add."
                )
            ),
            self,
        )
        note.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.deactivate_button)
        actions.addWidget(self.reactivate_button)
        actions.addWidget(self.reset_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.buttons)
        self.resize(900, 560)

    def _wire(self) -> None:
        for keys, slot, button in (
            ("Ctrl+D", self.deactivate_selected, self.deactivate_button),
            ("Ctrl+R", self.reactivate_selected, self.reactivate_button),
            ("Ctrl+T", self.reset_selected, self.reset_button),
        ):
            QShortcut(QKeySequence(keys), self, activated=slot)
            button.clicked.connect(slot)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().currentRowChanged.connect(self._enable)

    def reload(self, keep: object = None) -> None:
        with self._ctx.read() as session:
            self.model.set_rows(accounts.list_users(session, self._ctx.actor))
        row = self.model.row_of(keep) if keep is not None else -1
        if self.model.rowCount():
            choose_row(self.table, max(row, 0))
        self._enable()
        self.table.setFocus()

    def _selected(self) -> accounts.UserRow | None:
        return self.model.row(selected_row(self.table))

    def _enable(self, *_args: object) -> None:
        row = self._selected()
        self.deactivate_button.setEnabled(row is not None and row.active)
        self.reactivate_button.setEnabled(row is not None and not row.active)
        self.reset_button.setEnabled(row is not None and row.active)

    def _run(self, action, row: accounts.UserRow, done: str) -> None:  # noqa: ANN001
        try:
            with self._ctx.write() as session:
                action(session, self._ctx.actor, row.id)
        except DalpakError as err:
            self.message.show_error(err.message)
            return
        self.message.show_note(done.replace("%1", isolated(row.full_name)))
        self.reload(row.id)

    def deactivate_selected(self) -> None:
        row = self._selected()
        if row is None or not row.active:
            self.message.show_error(self.tr("יש לבחור ברשימה משתמש/ת פעיל/ה."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("השבתת משתמש"),
            self.tr("להשבית את %1? הכניסה תיחסם בכל העמדות אחרי הסנכרון.").replace(
                "%1", row.full_name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(accounts.deactivate_user, row, self.tr("%1 הושבת/ה."))

    def reactivate_selected(self) -> None:
        row = self._selected()
        if row is None or row.active:
            self.message.show_error(self.tr("יש לבחור ברשימה משתמש/ת מושבת/ת."))
            return
        self._run(accounts.reactivate_user, row, self.tr("%1 הופעל/ה מחדש."))

    def reset_selected(self) -> None:
        row = self._selected()
        if row is None or not row.active:
            self.message.show_error(self.tr("יש לבחור ברשימה משתמש/ת פעיל/ה."))
            return
        self.last_reset = ResetPasswordDialog(self._ctx, row, self)
        if self.last_reset.exec():
            self.message.show_note(
                self.tr("הסיסמה של %1 אופסה; בכניסה הבאה יבחר/תבחר סיסמה חדשה.").replace(
                    "%1", row.full_name
                )
            )
            self.reload(row.id)


def add_account_menu(window: QMainWindow) -> list[QAction]:
    """'Users' and the access log for admins (in the System menu, made by station_settings.add_admin_menu when the
    user is an admin), and 'change my password' for everyone."""
    ctx: AppContext = window.ctx
    if ctx.user is None:
        return []
    made = []
    menus = {m.title(): m for m in (a.menu() for a in window.menuBar().actions()) if m}
    if ctx.user.role == Role.ADMIN:
        menu = menus.get(window.tr("&מערכת")) or window.menuBar().addMenu(window.tr("&מערכת"))
        users = QAction(window.tr("משתמשים..."), window)
        users.setShortcut(QKeySequence(USERS_SHORTCUT))
        users.triggered.connect(lambda: UsersDialog(ctx, window).exec())
        menu.addAction(users)
        made.append(users)
        from desktop.ui.access_log_dialog import SHORTCUT, AccessLogDialog

        log = QAction(window.tr("יומן גישה..."), window)
        log.setShortcut(QKeySequence(SHORTCUT))
        log.triggered.connect(lambda: AccessLogDialog(ctx, window).exec())
        menu.addAction(log)
        made.append(log)
    account = window.menuBar().addMenu(window.tr("&חשבון"))
    change = QAction(window.tr("החלפת הסיסמה שלי..."), window)
    change.setShortcut(QKeySequence(PASSWORD_SHORTCUT))
    change.triggered.connect(lambda: ChangePasswordDialog(ctx, window).exec())
    account.addAction(change)
    made.append(change)
    return made
