"""The screens in Arabic and English for staff who do not read Hebrew: every text of the
screens has its translation in both catalogues, the chosen language is in force from the next
window, English is laid out left to right, and Hebrew stays the default."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core import settings
from desktop.ui import language
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import type_text
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def in_language(app):
    """Switch the screens' language for one test, and back to Hebrew after it."""
    chosen = []

    def switch(code: str) -> str:
        chosen.append(language.choose(app, code))
        return chosen[-1]

    yield switch
    language.choose(app, "he")


def catalogue_texts(path: Path) -> dict[str, list[str]]:
    """source -> its translations (several for plural forms), finished ones only."""
    out: dict[str, list[str]] = {}
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        out[message.find("source").text] = forms or [translation.text or ""]
    return out


def test_every_text_of_the_screens_is_translated_in_both_catalogues(tmp_path):
    """lupdate collects what the screens say today; a text added without its Arabic and
    English translation fails here (scripts/update_translations.py brings it into the .ts)."""
    import PySide6

    fresh = tmp_path / "now.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").glob("*.py"))
    tool = Path(PySide6.__file__).parent / "lupdate"
    subprocess.run([str(tool), "-silent", *sources, "-ts", str(fresh)], check=True)
    used = {m.find("source").text for m in ET.parse(fresh).iter("message")}
    assert len(used) > 500
    for code in ("en", "ar"):
        done = catalogue_texts(ROOT / "resources" / "translations" / f"dalpak_{code}.ts")
        missing = sorted(used - done.keys())
        assert not missing, f"{code}: {len(missing)} untranslated, e.g. {missing[:5]}"
        empty = [s for s in used if not all(form.strip() for form in done[s])]
        assert not empty, f"{code}: empty translations {empty[:5]}"
        # A placeholder lost in translation would print a raw value or nothing.
        for source in used:
            for marker in ("%1", "%2", "%3", "%n"):
                if marker in source:
                    assert all(marker in form for form in done[source]), (code, source)


def test_hebrew_is_the_default_and_right_to_left(app):
    assert settings.get("ui_language") == "he"
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Hebrew


def test_english_screens_left_to_right(qtbot, app, ctx, in_language):
    assert in_language("en") == "en"
    assert settings.get("ui_language") == "en"  # remembered for the next start
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    ok = login.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Sign in" and login.windowTitle().startswith("Dalpak")
    assert login.layoutDirection() == Qt.LayoutDirection.LeftToRight
    shoot(login, "90-login-english")
    login.close()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_user()
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    shoot(window, "91-counter-english")
    window.tasks.wait(3000)
    window.close()


def test_arabic_screens_right_to_left(qtbot, app, ctx, in_language):
    assert in_language("ar") == "ar"
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    ok = login.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "دخول"
    shoot(login, "92-login-arabic")
    login.close()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_user()
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    shoot(window, "93-counter-arabic")
    window.tasks.wait(3000)
    window.close()


def test_a_language_without_its_catalogue_stays_hebrew(app, monkeypatch, in_language):
    monkeypatch.setattr(language, "catalogue", lambda code: None)
    assert in_language("en") == "he"
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    with pytest.raises(ValueError):
        language.choose(app, "fr")


def test_the_catalogues_are_compiled_by_setup():
    # scripts/setup.sh ran scripts/build_translations.py; a fresh compile must succeed too.
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=False
    )
    assert done.returncode == 0
    for code in ("en", "ar"):
        assert language.catalogue(code) is not None


def test_the_login_screen_offers_the_languages_by_keyboard(qtbot, app, ctx, in_language):
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    assert [login.language.itemText(i) for i in range(3)] == ["עברית", "العربية", "English"]
    assert login.language.currentData() == "he"
    type_text(login.username, "dana")
    login.language.setFocus()
    with qtbot.waitSignal(login.finished, timeout=3000) as finished:
        qtbot.keyClick(login.language, Qt.Key.Key_End)  # the last language: English
    assert finished.args == [LoginDialog.LANGUAGE_CHOSEN] and login.chosen_language == "en"
    assert in_language(login.chosen_language) == "en"
    again = LoginDialog(ctx)  # as the start-up opens it again, in English
    qtbot.addWidget(again)
    assert again.language.currentData() == "en"
    assert again.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Exit"


HEBREW = re.compile(r"[\u0590-\u05FF]")
TRANSLATING = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
# A Hebrew text that is not for the screen says why on its line: written to the console
# (the command line speaks Hebrew), or a label the services write, matched, never shown.
NOT_SHOWN = ("# console", "# service label")


def untranslated_texts(path: Path) -> list[str]:
    """Hebrew string literals of a screen module that no tr()/translate() reaches."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    parent = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if not HEBREW.search(node.value) or isinstance(parent.get(node), ast.Expr):
            continue  # no Hebrew, or a docstring
        if lines[node.lineno - 1].rstrip().endswith(NOT_SHOWN):
            continue
        up = parent.get(node)
        while up is not None and not (
            isinstance(up, ast.Call)
            and getattr(up.func, "attr", getattr(up.func, "id", "")) in TRANSLATING
        ):
            up = parent.get(up)
        if up is None:
            found.append(f"{path.name}:{node.lineno}: {node.value[:40]!r}")
    return found


def translations_inside_f_strings(path: Path) -> list[str]:
    """tr() calls inside an f-string: lupdate does not look there, so their texts never reach
    the catalogues and stay Hebrew on every screen."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.name}:{call.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for call in ast.walk(node)
        if isinstance(call, ast.Call)
        and getattr(call.func, "attr", getattr(call.func, "id", "")) in TRANSLATING
    ]


def test_no_translation_hides_inside_an_f_string(tmp_path):
    screens = sorted((ROOT / "desktop" / "ui").glob("*.py"))
    found = [place for path in screens for place in translations_inside_f_strings(path)]
    assert not found, found
    planted = tmp_path / "planted.py"
    planted.write_text('A = f"<b>{self.tr(\'כותרת\')}</b>"\nB = self.tr("כותרת")\n', "utf-8")
    assert translations_inside_f_strings(planted) == ["planted.py:1"]


def test_no_hebrew_text_on_the_screens_bypasses_translation():
    """Every Hebrew text in desktop/ui reaches the screen through the catalogues; the one
    module that names the languages in their own words (language.py) is the exception."""
    screens = sorted((ROOT / "desktop" / "ui").glob("*.py"))
    found = [t for p in screens if p.name != "language.py" for t in untranslated_texts(p)]
    assert not found, "\n".join(found)
    planted = ROOT / "out" / "planted_screen.py"
    planted.parent.mkdir(exist_ok=True)
    planted.write_text('TITLE = "כותרת"\nOK = QT_TRANSLATE_NOOP("X", "כותרת")\n', "utf-8")
    assert untranslated_texts(planted) == ["planted_screen.py:1: 'כותרת'"]
