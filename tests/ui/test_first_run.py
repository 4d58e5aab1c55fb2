"""The first-run wizard as IT staff use it (standalone, and joined to a real hub, with a wrong
address first), and the station settings an admin opens from the menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMainWindow, QWizard
from sqlalchemy import select

from desktop.core import settings
from desktop.core.db import local_station, open_database, session_factory
from desktop.core.oplog import Actor
from desktop.core.users import Role, authenticate, create_user
from desktop.models import User
from desktop.station import config as sc
from desktop.ui import file_dialogs
from desktop.ui.context import AppContext
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.login import LoginDialog
from desktop.ui.station_settings import StationSettingsDialog, add_admin_menu
from tests.conftest import PASSWORD
from tests.station.test_station_config import COUNCIL_ADMIN, hub, make_logo  # noqa: F401 - `hub` is a fixture
from tests.sync.conftest import free_port
from tests.ui.conftest import type_text
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui


@pytest.fixture
def fresh(tmp_path, sqlite_templates):
    engine = open_database(
        sqlite_templates.migrated(tmp_path / "fresh.sqlite3"), station_code="KDR"
    )
    yield engine
    engine.dispose()


@pytest.fixture
def wizard(qtbot, app, fresh):
    w = FirstRunWizard(fresh)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.tasks.wait(5000)
    # Gone before the next test restyles the application, which repolishes every live widget.
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def replace_text(edit, text: str) -> None:
    edit.selectAll()
    edit.del_()
    type_text(edit, text)


def click(qtbot, wizard, which) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def fill_admin(page, password_again: str = "admin-pass-1") -> None:
    type_text(page.username, "rachel")
    type_text(page.full_name, "רחל אדמון")
    type_text(page.password, "admin-pass-1")
    type_text(page.again, password_again)


def test_standalone_station_from_the_first_screen_to_the_counter(
    qtbot, wizard, fresh, tmp_path, monkeypatch
):
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    page = wizard.council
    shoot(wizard, "60-first-run-council")
    replace_text(page.fields.name, "")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is page and "שם המועצה" in page.message.text()

    type_text(page.fields.name, "מועצה אזורית עמק הניסוי")
    logo = make_logo(tmp_path / "logo.png")
    monkeypatch.setattr(file_dialogs, "open_path", lambda *a, **k: str(logo))
    click_logo = page.fields.choose
    qtbot.mouseClick(click_logo, Qt.MouseButton.LeftButton)
    assert page.fields.logo_file == logo and page.fields.preview.pixmap() is not None
    shoot(wizard, "61-first-run-council-filled")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    connection = wizard.connection
    assert wizard.currentPage() is connection and connection.standalone.isChecked()
    assert connection.code.text() == "KDR" and not connection.hub.isEnabled()
    replace_text(connection.code, "מט")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is connection and "אותיות לטיניות" in connection.message.text()
    replace_text(connection.code, "mtl")
    shoot(wizard, "62-first-run-standalone")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    admin = wizard.admin
    assert wizard.currentPage() is admin
    fill_admin(admin, password_again="admin-pass-2")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert admin.message.text() == "הסיסמאות אינן זהות." and admin.again.hasFocus()
    assert admin.full_name.text() == "רחל אדמון"  # nothing typed is lost
    shoot(wizard, "64-first-run-admin-refused")
    replace_text(admin.again, "admin-pass-1")
    with qtbot.waitSignal(wizard.accepted, timeout=20000):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    assert wizard.done_report == sc.SetupReport("MTL", admin_created=True)
    with session_factory(fresh)() as session:
        assert authenticate(session, "rachel", "admin-pass-1").role == Role.ADMIN
        assert sc.read_config(session) == sc.StationConfig(
            "מועצה אזורית עמק הניסוי", True, "MTL", ""
        )


def test_a_wrong_hub_address_gets_a_clear_message_and_the_wizard_stays(qtbot, wizard):
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.connection
    qtbot.mouseClick(page.connected, Qt.MouseButton.LeftButton)
    assert page.hub.isEnabled() and not page.standalone_box.isEnabled()
    type_text(page.hub.url, "hub.council.local")
    type_text(page.hub.code, "ARB")
    type_text(page.hub.token, "ARB.secret")
    with qtbot.waitSignal(page.hub.tested, timeout=10000) as signal:
        qtbot.mouseClick(page.hub.test, Qt.MouseButton.LeftButton)
    assert signal.args == [False] and "https://" in page.hub.result.text()

    replace_text(page.hub.url, f"http://127.0.0.1:{free_port()}")  # nothing listens there
    with qtbot.waitSignal(page.hub.tested, timeout=15000) as signal:
        click(qtbot, wizard, QWizard.WizardButton.NextButton)  # going on tests first
        assert page.hub.busy and not page.hub.test.isEnabled()  # in the background
    assert signal.args == [False]
    assert page.hub.result.text().startswith("אין חיבור למרכזת בכתובת 127.0.0.1:")
    assert wizard.currentPage() is page and page.hub.token.text() == "ARB.secret"
    shoot(wizard, "63-first-run-hub-refused")


def test_joining_a_hub_in_the_wizard(qtbot, wizard, fresh, hub):  # noqa: F811
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.connection
    qtbot.mouseClick(page.connected, Qt.MouseButton.LeftButton)
    type_text(page.hub.url, hub.url)
    type_text(page.hub.code, "arb")
    type_text(page.hub.token, hub.token)
    with qtbot.waitSignal(page.hub.tested, timeout=15000) as signal:
        qtbot.mouseClick(page.hub.test, Qt.MouseButton.LeftButton)
    assert signal.args == [True] and "ARB" in page.hub.result.text()
    shoot(wizard, "63-first-run-hub-ok")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    admin = wizard.admin
    assert wizard.currentPage() is admin and admin.title() == "חשבון מנהל/ת המועצה"
    # A joined station opens with a council admin's account from the hub: no name to make up.
    assert not admin.full_name.isVisible() and not admin.again.isVisible()
    assert admin.username.hasFocus()
    type_text(admin.username, "yossi")
    type_text(admin.password, "admin-pass-1")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=30000)
    assert "yossi אינו רשום במרכזת" in admin.message.text() and admin.username.hasFocus()
    assert wizard.isVisible() and admin.password.text() == "admin-pass-1"  # nothing lost
    shoot(wizard, "65-first-run-council-account-refused")
    replace_text(admin.username, "avi")
    replace_text(admin.password, COUNCIL_ADMIN.password)
    shoot(wizard, "65-first-run-council-account")
    with qtbot.waitSignal(wizard.accepted, timeout=30000):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.done_report.station_code == "ARB" and not wizard.done_report.admin_created
    with session_factory(fresh)() as session:
        assert sc.read_config(session).hub_url == hub.url
        assert authenticate(session, "avi", COUNCIL_ADMIN.password).role == Role.ADMIN
        assert authenticate(session, "rachel", PASSWORD).role == Role.SUPERVISOR  # from the hub
        assert session.scalar(select(User).where(User.username == "yossi")) is None


@pytest.fixture
def configured(fresh, tmp_path):
    sessions = session_factory(fresh)
    sc.setup_station(
        sessions,
        sc.StationSetup(
            "מועצה אזורית עמק הניסוי",
            make_logo(tmp_path / "logo.png"),
            sc.AdminAccount("rachel", "רחל אדמון", "admin-pass-1"),
            station_code="MTL",
        ),
    )
    with sessions.begin() as session:
        station = local_station(session)
        create_user(
            session,
            Actor(None, station.id, station.code),
            username="dana",
            full_name="דנה לוי",
            role=Role.CLERK,
            password=PASSWORD,
        )
    return fresh


def logged_in(engine, username: str, password: str) -> AppContext:
    ctx = AppContext(engine)
    with ctx.read() as session:
        ctx.user = authenticate(session, username, password)
    return ctx


def test_only_admins_get_the_settings_menu(qtbot, app, configured):
    for username, password, expected in (
        ("rachel", "admin-pass-1", True),
        ("dana", PASSWORD, False),
    ):
        window = QMainWindow()
        window.ctx = logged_in(configured, username, password)
        qtbot.addWidget(window)
        action = add_admin_menu(window)
        assert (action is not None) == expected
        assert bool(window.menuBar().actions()) == expected
    assert action is None and window.menuBar().actions() == []
    window = QMainWindow()
    window.ctx = logged_in(configured, "rachel", "admin-pass-1")
    qtbot.addWidget(window)
    action = add_admin_menu(window)
    assert action.shortcut().toString() == "Ctrl+Shift+G" and action.text() == "הגדרות העמדה..."


def test_an_admin_changes_the_council_on_receipts(qtbot, app, configured):
    dialog = StationSettingsDialog(logged_in(configured, "rachel", "admin-pass-1"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.council.name.text() == "מועצה אזורית עמק הניסוי"
    assert "MTL" in dialog.station.text() and not dialog.hub.isEnabled()
    shoot(dialog, "66-station-settings")
    replace_text(dialog.council.name, "מועצה אזורית עמק השינוי")
    qtbot.mouseClick(dialog.council.clear, Qt.MouseButton.LeftButton)
    assert dialog.printer.currentData() == "" and dialog.paper.currentData() == "a4"
    dialog.paper.setCurrentIndex(dialog.paper.findData("80mm"))  # the receipt printer's roll
    assert not dialog.hijri.isChecked()
    dialog.hijri.setChecked(True)  # the council shows the Hijri date on Arabic receipts
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.saved == sc.StationConfig("מועצה אזורית עמק השינוי", False, "MTL", "")
    assert sc.receipt_printing() == ("", "80mm")
    assert settings.get("hijri_dates") is True
    login = LoginDialog(AppContext(configured))  # the next start greets with the new name
    qtbot.addWidget(login)
    assert login.heading.text() == "מועצה אזורית עמק השינוי"


def test_the_service_refuses_a_clerk_even_with_the_screen_open(qtbot, app, configured):
    dialog = StationSettingsDialog(logged_in(configured, "dana", PASSWORD))
    qtbot.addWidget(dialog)
    replace_text(dialog.council.name, "מועצה אחרת")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert "אין הרשאה לשנות את הגדרות העמדה" in dialog.message.text()
    assert dialog.council.name.text() == "מועצה אחרת" and dialog.isVisible() is False
    with session_factory(configured)() as session:
        assert session.scalar(select(User.username).where(User.role == "admin")) == "rachel"
    assert sc.council_name() == "מועצה אזורית עמק הניסוי"
    assert sc.receipt_printing() == ("", "a4")  # nor the printer
