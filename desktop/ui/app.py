"""Start-up: right-to-left Hebrew application, theme, database, login, then the counter."""

from __future__ import annotations

import gc
import logging
import sys
from importlib import resources

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop.appliers  # noqa: F401  (every operation kind registered)
from desktop.core import settings
from desktop.core.db import open_database
from desktop.core.errors import DalpakError
from desktop.core.failures import Failure
from desktop.ui import language
from desktop.ui.context import AppContext

FONT_FAMILY = "DejaVu Sans"


def _add_fonts() -> None:
    folder = resources.files("desktop.resources") / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        with resources.as_file(folder / name) as path:
            QFontDatabase.addApplicationFont(str(path))


_NAMER = None  # names every window's controls for screen readers (ui.accessibility)
_THEMED: str | None = None  # the theme applied to this process's application


def setup_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication in the screens' language (Hebrew, right to left, unless the user chose
    another), themed. Safe to call when one exists."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Dalpak")
    app.setOrganizationName("Dalpak")
    language.install(app)
    _add_fonts()
    font = QFont(FONT_FAMILY)
    font.setPointSize(10)
    app.setFont(font)
    _apply_theme(app)
    return app


def install_namer(app: QApplication) -> None:
    """From now on every window is named for screen readers as it is first shown. Installed
    once the main window shows: an application-wide filter sees every event, and start-up
    sends a great many; the windows shown before it are named directly."""
    global _NAMER
    if _NAMER is None:
        from desktop.ui.accessibility import Namer

        _NAMER = Namer(app)
        app.installEventFilter(_NAMER)


def _apply_theme(app: QApplication) -> None:
    global _THEMED
    theme = settings.get("theme")
    if theme == _THEMED and app.styleSheet():
        return  # already in force: styling every open window again would cost seconds
    from desktop.core import logs
    from desktop.ui.theme import apply_theme

    logs.quiet_theme()  # qt-material warns about fonts at start-up; only its warnings are dropped
    apply_theme(
        app,
        settings.get("theme"),
        {"font_family": f"Segoe UI, {FONT_FAMILY}", "font_size": "13px", "density_scale": "-1"},
    )
    from desktop.ui.contrast import STYLESHEET as READABLE

    # Text is never upper-cased or letter-spaced the Material way: it means nothing in Hebrew or
    # Arabic, and in English Qt sizes a column for the text as written, so an upper-cased title
    # was cut ("TE OF BIR"). Column titles keep a narrow margin, for the panes of a laptop.
    # Every text at least 4.5:1 against its background.
    app.setStyleSheet(
        app.styleSheet()
        + "\nQPushButton, QTabBar, QGroupBox, QHeaderView::section, QDockWidget, QToolBox::tab"
        " { text-transform: none; letter-spacing: 0; }\n"
        "QHeaderView::section { padding: 0 10px; }\n" + READABLE
    )
    _THEMED = theme


def run(db_url: str | None = None, station_code: str = "KDR", smoke: str | None = None) -> int:
    # Start-up allocates a great deal and frees almost nothing (on the demo, 1,400 unreachable
    # objects of 178,000): the collector's passes would rescan it all for nothing, 0.1-0.2 s.
    # It is off until the window shows.
    gc.disable()
    from desktop.core import logs

    logs.setup()
    try:
        started = _start(db_url, station_code, smoke)
    finally:
        # Everything loaded so far lives as long as the app: keep the collector from rescanning
        # it, which would otherwise pause the screen for ~0.1 s now and then, and once more,
        # for longer, when the app quits.
        gc.freeze()
        gc.enable()
    if isinstance(started, int):
        return started
    app, window = started
    return _smoke(app, window, smoke) if smoke else app.exec()


def _start(db_url: str | None, station_code: str, smoke: str | None):  # noqa: ANN202
    """Up to the shown main window: (app, window), or an exit code."""
    from desktop.station.config import first_admin, needs_first_run
    from desktop.ui.accessibility import name_window
    from desktop.ui.login import LoginDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.station_settings import add_admin_menu

    app = setup_application()
    from desktop.ui import crash

    crash.install()
    try:
        engine = open_database(db_url, station_code=station_code)
    except Exception as err:  # noqa: BLE001 - whatever it is, the clerk gets a sentence, not a traceback
        return _cannot_start(err, db_url, smoke)
    from desktop.core.db import session_factory

    with session_factory(engine)() as session:
        first_run = needs_first_run(session)
    if first_run:
        if smoke:
            sys.stderr.write("העמדה עוד לא הוגדרה (dalpak setup).\n")  # console
            return 4
        from desktop.ui.first_run import FirstRunWizard

        wizard = FirstRunWizard(engine)
        name_window(wizard)
        if not wizard.exec():
            return 0
    ctx = AppContext(engine)  # after the wizard: the station code may have changed there
    if smoke:  # the first admin, without the login dialog
        with ctx.read() as session:
            ctx.user = first_admin(session)
        window = MainWindow(ctx)
        add_admin_menu(window)
        window.show_user()
        window.resize(1280, 760)
        window.show()
        name_window(window)
        install_namer(app)
        return app, window
    login = LoginDialog(ctx)
    name_window(login)
    while (result := login.exec()) == LoginDialog.LANGUAGE_CHOSEN:
        # Opened again in the chosen language, with the name typed so far.
        language.choose(app, login.chosen_language)
        typed = login.username.text()
        login = LoginDialog(ctx)
        login.username.setText(typed)
        name_window(login)
    if not result:
        return 0
    ctx.user = login.user
    window = MainWindow(ctx)
    add_admin_menu(window)
    from desktop.ui.users_dialog import add_account_menu

    add_account_menu(window)
    window.show_user()
    window.showMaximized()
    name_window(window)
    install_namer(app)
    if not window.offer_draft():
        window.search.focus_box()
    window.warm_up()
    window.sync.start_background()
    from desktop.ui.daily_backup import DailyBackup

    window.backups = DailyBackup(ctx, window)
    window.backups.failed.connect(lambda text: window.statusBar().showMessage(text, 60000))
    window.backups.start()
    return app, window


def _cannot_start(err: Exception, db_url: str | None, smoke: str | None) -> int:
    """The database would not open: say why in Hebrew (on standard error, and in a dialog unless
    this is an unattended smoke run), log the traceback, and give the exit code."""
    from desktop.core import logs
    from desktop.core.failures import describe, unexpected

    failure = describe(err, db_url)
    if failure is None and isinstance(err, DalpakError):
        failure = Failure(1, err.message)
    logging.getLogger(__name__).error("the app could not open its database", exc_info=err)
    failure = failure or unexpected(logs.log_file())
    sys.stderr.write(failure.message + "\n")
    if not smoke:
        title = QCoreApplication.translate("Startup", "דלפק")
        heading = QCoreApplication.translate("Startup", "דלפק לא נפתח.")
        box = QMessageBox(QMessageBox.Icon.Critical, title, heading + "\n\n" + failure.message)
        box.exec()
    return failure.exit_code


def _smoke(app: QApplication, window, picture: str) -> int:  # noqa: ANN001
    """The counter opened as the first admin: save a picture of it and quit. Proves a built
    bundle starts, finds its resources, themes and fonts, and reaches its database."""
    from PySide6.QtCore import QTimer

    result: list[int] = []

    def finish() -> None:
        # What the shown window asked for (the lobby) is read and on screen in the picture.
        window.tasks.wait(5000)
        app.processEvents()
        result.append(0 if window.grab().save(picture) else 5)
        window.close()
        app.quit()

    # As soon as the events of the shown window have been handled: no fixed wait.
    QTimer.singleShot(0, finish)
    app.exec()
    return result[0] if result else 6
