"""The screens' language: Hebrew as the screens are written, or Arabic or English from the
catalogues in resources/translations (compiled from the .ts files by scripts/setup.sh and the
installer's build). Chosen per user of the computer (the `ui_language` setting), in force from
the next window that opens; Hebrew and Arabic lay the screens out right to left, English left
to right."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import phrases
from desktop.core import settings

log = logging.getLogger(__name__)

# code -> (name in its own language, Qt's language, direction of the screens)
LANGUAGES = {
    "he": ("עברית", QLocale.Language.Hebrew, Qt.LayoutDirection.RightToLeft),
    "ar": ("العربية", QLocale.Language.Arabic, Qt.LayoutDirection.RightToLeft),
    "en": ("English", QLocale.Language.English, Qt.LayoutDirection.LeftToRight),
}
DEFAULT = "he"
# Where the language is chosen: the same words in every language, for whoever cannot read
# the screen as it is.
CHOOSER_LABEL = "שפה · Language · اللغة"

_installed: list[QTranslator] = []
_console: list[QTranslator] = []
_current = [DEFAULT]


def current() -> str:
    """The language the screens are in now."""
    return _current[0]


def catalogue(language: str) -> str | None:
    """The compiled catalogue of `language` on disk, or None (Hebrew needs none)."""
    if language == DEFAULT:
        return None
    entry = resources.files("desktop.resources") / "translations" / f"dalpak_{language}.qm"
    return str(entry) if entry.is_file() else None


def install(app: QApplication, language: str | None = None) -> str:
    """Put the screens in `language` (the setting when None); returns the language in force.
    A language without its compiled catalogue stays Hebrew, with a line in the log."""
    language = language or settings.get("ui_language")
    if language not in LANGUAGES:
        log.warning("unknown screen language %r: Hebrew", language)
        language = DEFAULT
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    path = catalogue(language)
    if language != DEFAULT:
        ours = QTranslator(app)
        if path is None or not ours.load(path):
            log.warning(
                "no compiled catalogue for %s (scripts/setup.sh builds it): Hebrew", language
            )
            language = DEFAULT
        else:
            app.installTranslator(ours)
            _installed.append(ours)
    _name, qt_language, direction = LANGUAGES[language]
    locale = QLocale(qt_language, QLocale.Country.Israel)
    QLocale.setDefault(locale)
    qt_own = QTranslator(app)  # Qt's own dialogs and buttons (file dialog, context menus)
    if qt_own.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.setLayoutDirection(direction)
    _current[0] = language
    phrases.install(None if language == DEFAULT else _services, language)
    return language


def _services(text: str) -> str:
    """A services' text (desktop/phrases.py) from the installed catalogues."""
    return QCoreApplication.translate(phrases.CONTEXT, text)


def console(language: str | None = None) -> str:
    """The command line's messages in `language` (the setting when None), with no window:
    the services' texts from the same catalogue as the screens'. Returns the language in
    force; Hebrew when the language is unknown or its catalogue was not built."""
    language = language or settings.get("ui_language")
    path = catalogue(language) if language in LANGUAGES else None
    _console.clear()
    if path is None:
        phrases.install(None)
        return DEFAULT
    translator = QTranslator()
    if not translator.load(path):
        phrases.install(None)
        return DEFAULT
    _console.append(translator)  # kept alive while it translates
    phrases.install(lambda text: translator.translate(phrases.CONTEXT, text), language)
    return language


def choose(app: QApplication, language: str) -> str:
    """The user picked a language: remembered for the next start and in force for every
    window opened from now on."""
    if language not in LANGUAGES:
        raise ValueError(language)
    settings.set_value("ui_language", language)
    return install(app, language)
