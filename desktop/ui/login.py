"""Logging in, and the lock screen that hides the counter when the clerk steps away."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import InvalidLogin
from desktop.core.users import WRONG, LoggedIn, as_logged_in, authenticate
from desktop.counter.reference import council
from desktop.phrases import phrase
from desktop.ui import language
from desktop.ui.context import AppContext
from desktop.ui.widgets import MessageLine, ltr_line_edit


class LoginDialog(QDialog):
    # exec()'s result when the user picked another language: the dialog is opened again in it
    LANGUAGE_CHOSEN = 2

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.user: LoggedIn | None = None
        self.last_change = None  # the forced change of password, when one was asked for
        self.chosen_language = ""
        self.language = QComboBox(self)
        for code, (own_name, _qt, _direction) in language.LANGUAGES.items():
            self.language.addItem(own_name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language.current())))
        self.setWindowTitle(self.tr("דלפק - כניסה"))
        self.heading = QLabel(council().name, self)
        self.message = MessageLine(self)
        self.username = ltr_line_edit(self)
        self.password = ltr_line_edit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._build()
        self._wire()

    def _build(self) -> None:
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("כניסה"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("יציאה"))
        form = QFormLayout()
        form.addRow(self.tr("שם משתמש"), self.username)
        form.addRow(self.tr("סיסמה"), self.password)
        form.addRow(language.CHOOSER_LABEL, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(
            QLabel(self.tr("דלפק השירות - כניסה לעמדה %1").replace("%1", self._ctx.station_code))
        )
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def _wire(self) -> None:
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        self.language.activated.connect(self._language_picked)

    def _language_picked(self, index: int) -> None:
        code = self.language.itemData(index)
        if code != language.current():
            self.chosen_language = code
            self.done(self.LANGUAGE_CHOSEN)

    def try_login(self) -> None:
        try:
            with self._ctx.read() as session:
                user = authenticate(session, self.username.text(), self.password.text())
        except InvalidLogin as err:
            self.message.show_error(err.message)
            self.password.clear()
            self.password.setFocus()
            return
        if user.must_change_password and not self._change_password(user):
            return
        self.user = user if not user.must_change_password else self._reread(user)
        self.accept()

    def _change_password(self, user: LoggedIn) -> bool:
        """An admin set this password: the user chooses their own before going on."""
        from desktop.ui.users_dialog import ChangePasswordDialog

        self._ctx.user = user
        try:
            self.last_change = ChangePasswordDialog(
                self._ctx, self, forced=True, old=self.password.text()
            )
            changed = bool(self.last_change.exec())
        finally:
            self._ctx.user = None
        if not changed:
            self.message.show_error(self.tr("בלי סיסמה חדשה אי אפשר להמשיך. אפשר להיכנס שוב."))
            self.password.clear()
            self.password.setFocus()
        return changed

    def _reread(self, user: LoggedIn) -> LoggedIn:
        from desktop.models import User

        with self._ctx.read() as session:
            return as_logged_in(session.get(User, user.id))


class LockDialog(QDialog):
    """Covers the counter until the same user types their password again."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("המסך נעול"))
        self.message = MessageLine(self)
        self.password = ltr_line_edit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("שחרור הנעילה"))
        layout = QVBoxLayout(self)
        name = ctx.user.full_name if ctx.user else ""
        layout.addWidget(
            QLabel(self.tr("המסך ננעל כדי לשמור על פרטיות התושבים.\nהעבודה שלך שמורה."))
        )
        layout.addWidget(self.message)
        form = QFormLayout()
        form.addRow(self.tr("סיסמה של %1").replace("%1", name), self.password)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.try_unlock)
        self.setMinimumWidth(380)

    def try_unlock(self) -> None:
        # The same check as the login: wrong passwords count towards the lock-out, and a user
        # deactivated meanwhile (by a sync) does not come back in.
        try:
            with self._ctx.read() as session:
                authenticate(session, self._ctx.user.username, self.password.text())
        except InvalidLogin as err:
            # The name is known here: only the password can be wrong.
            self.message.show_error(err.message.replace(phrase(WRONG), self.tr("הסיסמה שגויה.")))
            self.password.clear()
            return
        self.accept()

    def reject(self) -> None:
        # Escape must not unlock the screen.
        return


class IdleWatcher(QObject):
    """Emits `idle` once no key or mouse input has come for `minutes` (0 disables it)."""

    idle = Signal()
    _INPUT = {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit_s = minutes * 60
        self._last = time.monotonic()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)
        if self.limit_s > 0:
            self._timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self._INPUT:
            self.touch()
        return False

    def touch(self) -> None:
        self._last = time.monotonic()
        self._fired = False

    def check(self, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        if self.limit_s > 0 and not self._fired and now - self._last >= self.limit_s:
            self._fired = True
            self.idle.emit()
