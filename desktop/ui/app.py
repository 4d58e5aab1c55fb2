"""Start-up: right-to-left Hebrew application, theme, database, login, then the counter."""

from __future__ import annotations

import gc
import sys
from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import settings
from desktop.services.db import open_database
from desktop.services.errors import DalpakError
from desktop.ui.context import AppContext

FONT_FAMILY = "DejaVu Sans"


def _add_fonts() -> None:
    folder = resources.files("desktop.resources") / "fonts"
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        with resources.as_file(folder / name) as path:
            QFontDatabase.addApplicationFont(str(path))


def setup_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, right-to-left and Hebrew, themed. Safe to call when one exists."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Dalpak")
    app.setOrganizationName("Dalpak")
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    QLocale.setDefault(QLocale(QLocale.Language.Hebrew, QLocale.Country.Israel))
    translator = QTranslator(app)
    if translator.load(QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    _add_fonts()
    font = QFont(FONT_FAMILY)
    font.setPointSize(10)
    app.setFont(font)
    _apply_theme(app)
    return app


def _apply_theme(app: QApplication) -> None:
    import logging

    from qt_material import apply_stylesheet

    logging.getLogger().setLevel(logging.ERROR)  # qt-material logs font warnings at start-up
    apply_stylesheet(
        app, theme=settings.get("theme"), invert_secondary=False,
        extra={"font_family": f"Segoe UI, {FONT_FAMILY}", "font_size": "13px", "density_scale": "-1"},
    )
    # Hebrew text must not be upper-cased or letter-spaced the Material way.
    app.setStyleSheet(app.styleSheet() + "\nQPushButton { text-transform: none; letter-spacing: 0; }\n")


def run(db_url: str | None = None, station_code: str = "KDR") -> int:
    from desktop.ui.login import LoginDialog
    from desktop.ui.main_window import MainWindow

    app = setup_application()
    try:
        ctx = AppContext(open_database(db_url, station_code=station_code))
    except (DalpakError, OSError) as err:
        QMessageBox.critical(None, "דלפק", f"לא ניתן לפתוח את מסד הנתונים:\n{err}")
        return 1
    login = LoginDialog(ctx)
    if not login.exec():
        return 0
    ctx.user = login.user
    window = MainWindow(ctx)
    window.show_user()
    window.showMaximized()
    if not window.offer_draft():
        window.search.focus_box()
    window.warm_up()
    window.sync.start_background()
    # Everything loaded so far lives as long as the app: keep the collector from rescanning it,
    # which would otherwise pause the screen for ~0.1 s now and then.
    gc.freeze()
    return app.exec()
