"""The admin's users screen and the change of password, as an admin and a clerk use them: keys,
the forced change at the first login, the lock screen's count of wrong passwords."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop.core import settings
from desktop.core.errors import InvalidLogin
from desktop.core.oplog import Actor
from desktop.core.users import Role, as_logged_in, authenticate, create_user
from desktop.models import User
from desktop.ui.context import AppContext
from desktop.ui.login import LockDialog, LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.users_dialog import (
    ChangePasswordDialog,
    ResetPasswordDialog,
    UsersDialog,
    add_account_menu,
)
from tests.conftest import PASSWORD
from tests.ui.conftest import type_text
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui


@pytest.fixture
def admin_ctx(app, engine, seeded):
    """An admin (made by the system, as the wizard does) logged in, and a clerk she added."""
    context = AppContext(engine)
    system = Actor(None, seeded.station_id, seeded.station_code)
    with context.write() as s:
        boss = create_user(
            s,
            system,
            username="boss",
            full_name="מנהלת המערכת",
            role=Role.ADMIN,
            password="boss-pass-1",
        )
        create_user(
            s,
            Actor(boss.id, seeded.station_id, seeded.station_code),
            username="rina",
            full_name="רינה גל",
            role=Role.CLERK,
            password="given-pass-1",
        )
        context.user = as_logged_in(boss)
    return context


def _select(dialog: UsersDialog, username: str) -> None:
    from desktop.ui.row_models import choose_row

    row = next(i for i, r in enumerate(dialog.model.rows()) if r.username == username)
    choose_row(dialog.table, row)


def _active(ctx: AppContext, username: str) -> bool:
    with ctx.read() as s:
        return s.scalar(select(User.active).where(User.username == username))


def test_the_admin_deactivates_reactivates_and_resets_by_keyboard(qtbot, admin_ctx, monkeypatch):
    dialog = UsersDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1366 * 2 // 3, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert {r.username for r in dialog.model.rows()} >= {"boss", "rina", "dana"}
    _select(dialog, "rina")
    shoot(dialog, "40-users")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not _active(admin_ctx, "rina")
    assert "הושבת" in dialog.message.text()
    assert not dialog.deactivate_button.isEnabled() and dialog.reactivate_button.isEnabled()
    shoot(dialog, "41-users-deactivated")
    with admin_ctx.read() as s, pytest.raises(InvalidLogin):
        authenticate(s, "rina", "given-pass-1")
    qtbot.keyClick(dialog.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert _active(admin_ctx, "rina")

    # The admin cannot deactivate herself: the service says so, the screen shows it.
    _select(dialog, "boss")
    qtbot.keyClick(dialog.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert "עצמך" in dialog.message.text() and _active(admin_ctx, "boss")

    def reset(self) -> int:  # noqa: ANN001
        self.show()  # as exec() would: Enter reaches the default button of a shown dialog
        type_text(self.password, "temp-pass-9")
        type_text(self.again, "temp-pass-8")
        self.buttons.button(self.buttons.StandardButton.Ok).click()
        assert "אינם זהים" in self.message.text()  # nothing typed is lost, nothing saved
        self.again.clear()
        type_text(self.again, "temp-pass-9")
        shoot(self, "42-reset-password")
        qtbot.keyClick(self.again, Qt.Key.Key_Return)
        return self.result()

    monkeypatch.setattr(ResetPasswordDialog, "exec", reset)
    _select(dialog, "dana")
    qtbot.keyClick(dialog.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    with admin_ctx.read() as s:
        assert authenticate(s, "dana", "temp-pass-9").must_change_password
    # Esc closes the screen.
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_first_login_asks_for_a_password_of_ones_own(qtbot, admin_ctx, monkeypatch):
    ctx = AppContext(admin_ctx.engine)
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    asked = []

    def give_up(self) -> int:  # noqa: ANN001
        asked.append(self.forced)
        return 0

    monkeypatch.setattr(ChangePasswordDialog, "exec", give_up)
    type_text(login.username, "rina")
    type_text(login.password, "given-pass-1")
    login.try_login()
    assert asked == [True] and login.user is None and ctx.user is None
    assert "סיסמה חדשה" in login.message.text()

    def choose(self) -> int:  # noqa: ANN001
        self.show()
        assert self.old.text() == "given-pass-1"  # typed once already, not asked again
        type_text(self.new, "rina")
        type_text(self.again, "rina")
        self.save()
        assert "קצרה" in self.message.text() or "שם המשתמש" in self.message.text()
        self.new.clear()
        self.again.clear()
        type_text(self.new, "rinas-own-pass")
        type_text(self.again, "rinas-own-pass")
        self.resize(1366 // 3, 260)
        shoot(self, "43-change-password-at-login")
        qtbot.keyClick(self.again, Qt.Key.Key_Return)
        return self.result()

    monkeypatch.setattr(ChangePasswordDialog, "exec", choose)
    type_text(login.password, "given-pass-1")
    login.try_login()
    assert login.user is not None and not login.user.must_change_password
    with ctx.read() as s:
        assert authenticate(s, "rina", "rinas-own-pass")


def test_every_user_changes_their_own_password_from_the_menu(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    actions = add_account_menu(window)
    assert [a.shortcut().toString() for a in actions] == ["Ctrl+Shift+W"]  # a clerk: no users
    dialog = ChangePasswordDialog(ctx, window)
    qtbot.addWidget(dialog)
    type_text(dialog.old, "wrong-one")
    type_text(dialog.new, "a-new-pass-1")
    type_text(dialog.again, "a-new-pass-1")
    dialog.save()
    assert "הנוכחית שגויה" in dialog.message.text() and dialog.new.text() == "a-new-pass-1"
    dialog.old.clear()
    type_text(dialog.old, PASSWORD)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with ctx.read() as s:
        assert authenticate(s, "dana", "a-new-pass-1")


def test_admins_find_users_in_the_system_menu(qtbot, admin_ctx):
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    shortcuts = [a.shortcut().toString() for a in add_account_menu(window)]
    assert shortcuts == ["Ctrl+Shift+U", "Ctrl+Shift+J", "Ctrl+Shift+W"]


def test_the_lock_screen_counts_wrong_passwords(qtbot, ctx):
    settings.set_value("login_attempts", 3)
    lock = LockDialog(ctx)
    qtbot.addWidget(lock)
    for _ in range(3):
        type_text(lock.password, "not-it")
        lock.try_unlock()
    assert "נחסמה" in lock.message.text()
    type_text(lock.password, PASSWORD)
    lock.try_unlock()
    assert lock.result() != lock.DialogCode.Accepted and "נחסמה" in lock.message.text()


def test_a_sync_that_deactivates_the_user_at_the_counter_ends_the_session(
    qtbot, admin_ctx, monkeypatch
):
    from desktop.core import accounts

    with admin_ctx.read() as s:
        rina = as_logged_in(s.scalar(select(User).where(User.username == "rina")))
    clerk_ctx = AppContext(admin_ctx.engine)
    clerk_ctx.user = rina
    window = MainWindow(clerk_ctx)
    qtbot.addWidget(window)
    window.show()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    assert not window.end_if_deactivated()
    with admin_ctx.write() as s:
        accounts.deactivate_user(s, admin_ctx.actor, rina.id)  # as a pulled operation would
    window.sync.synced.emit(None)
    assert told and "השבית" in told[0] and not window.isVisible()


def test_the_admin_reads_filters_and_exports_the_access_log(
    qtbot, admin_ctx, window, resident, monkeypatch, tmp_path
):
    from desktop.ui import file_dialogs
    from desktop.ui.access_log_dialog import AccessLogDialog

    # The clerk searches; the results stay on screen: their residents go to the log.
    window.search.LOG_AFTER_MS = 50
    window.search._log_timer.setInterval(50)
    type_text(window.search.box, "כהן")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)
    qtbot.wait(300)  # left on screen: logged
    window.tasks.wait(3000)
    # Chosen at once with Enter: logged too, and the profile opened.
    window.search.clear()
    type_text(window.search.box, "כהן")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.profile is not None)
    window.tasks.wait(3000)

    dialog = AccessLogDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    whats = sorted(r.what for r in dialog.model.rows())
    assert whats == ["כרטיס תושב/ת", "תוצאות חיפוש", "תוצאות חיפוש"]
    dialog.resize(1366, 700)
    shoot(dialog, "44-access-log")
    type_text(dialog.resident, "לוי")  # nobody of that name was seen
    qtbot.keyClick(dialog.resident, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 0 and "0 רשומות" in dialog.count.text()
    dialog.resident.clear()
    qtbot.keyClick(dialog.resident, Qt.Key.Key_Return)
    target = tmp_path / "log.xlsx"
    monkeypatch.setattr(file_dialogs, "save_path", lambda *a, **k: str(target))
    qtbot.keyClick(
        dialog.table,
        Qt.Key.Key_X,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert target.read_bytes()[:2] == b"PK" and dialog.last_export == target
    dialog.reload()
    assert "ייצוא" in {r.what for r in dialog.model.rows()}
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_access_log_is_purged_when_the_window_starts(qtbot, ctx, resident, monkeypatch):
    import datetime as dt

    from desktop.core import clock
    from desktop.counter import access
    from desktop.models import AccessLogEntry

    with ctx.write() as s:
        access.log_access(s, ctx.actor, "search", [resident])
    calls = []
    real = access.purge_access_log

    def moved(session, now=None):  # noqa: ANN001, ANN202 - the clock 25 months on
        calls.append(True)
        return real(session, clock.utcnow() + dt.timedelta(days=25 * 31))

    monkeypatch.setattr(access, "purge_access_log", moved)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.warm_up()
    win.tasks.wait(5000)
    assert calls and win._purge_timer.isActive()
    assert win._purge_timer.interval() == 24 * 60 * 60 * 1000
    with ctx.read() as s:
        assert s.scalar(select(AccessLogEntry.id)) is None  # 25 months on: gone
