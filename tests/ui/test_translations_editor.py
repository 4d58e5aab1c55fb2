"""The supervisor translates the catalogue: missing entries come first and are counted, a
translation typed and saved with Ctrl+S is what the resident's receipt then prints, and a
wrong number of lines is refused with nothing typed lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.core.oplog import Actor
from desktop.counter.translations import missing_translations, save_translation, translator
from desktop.ui.row_models import choose_row
from tests.ui.conftest import type_text
from tests.ui.office import login, make_office
from tests.ui.test_screens import shoot
from tests.ui.test_settings_page import settings_page

pytestmark = pytest.mark.gui
ALL_DONE = "כל הקטלוג מתורגם לשפה זו."


def test_translate_an_entry_with_the_keyboard(qtbot, ctx):
    office = make_office(ctx)
    with ctx.write() as s:  # the shipped translation emptied: ENG-01 prints in Hebrew
        boss = Actor(office.boss.id, ctx.station_id, ctx.station_code)
        assert save_translation(s, boss, "request_type", "ENG-01", "en", {})
    page = settings_page(qtbot, login(ctx, office.boss))
    page.tabs.setCurrentWidget(page.translations)
    editor = page.translations
    english = editor.language.findData("en")
    editor.language.setCurrentIndex(english)
    with ctx.read() as s:
        before = len({(m.subject, m.code) for m in missing_translations(s, "en")})
    qtbot.waitUntil(lambda: editor.model.rowCount() > 40, timeout=20000)
    qtbot.waitUntil(lambda: editor.summary.text().startswith(f"{before} "), timeout=20000)
    first = editor.model.row(0)
    assert first.missing, "what is missing comes first"

    rows = [editor.model.row(i) for i in range(editor.model.rowCount())]
    choose_row(editor.table, next(i for i, r in enumerate(rows) if r.code == "ENG-01"))
    assert editor.hebrew[0].toPlainText() == "היתר בנייה - בירור מצב בקשה"
    assert editor.translated[1].isVisible() and editor.translated[2].isVisible()
    type_text(editor.translated[0], "Building permit - status enquiry")
    type_text(editor.translated[1], "Only one line")
    qtbot.keyClick(editor.translated[0], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "שורות" in editor.message.text(), timeout=20000)
    assert editor.translated[1].hasFocus()
    assert editor.translated[0].toPlainText() == "Building permit - status enquiry"

    editor.translated[1].setPlainText(
        "The engineering department will find the application and check its stage\n"
        "A plans examiner will call or e-mail you with the current stage and any missing "
        "documents\n"
        "If needed, a meeting with the council engineer will be arranged in reception hours"
    )
    editor.translated[2].setPlainText(
        "The permit application number (shown in the Rishui Zamin system)\n"
        "Copy of your ID card (with the appendix)"
    )
    qtbot.keyClick(editor.translated[2], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.message.text() == "נשמר.", timeout=20000)
    with ctx.read() as s:
        words = translator(s, "en")
        assert words.text("היתר בנייה - בירור מצב בקשה") == "Building permit - status enquiry"
    after = f"{before - 1} " if before > 1 else ALL_DONE
    qtbot.waitUntil(lambda: editor.summary.text().startswith(after), timeout=20000)
    shoot(page, "76-settings-translations")


@pytest.mark.parametrize("language", ["ar", "ru", "en"])
def test_nothing_is_missing_on_a_station_as_set_up(qtbot, ctx, language):
    """The shipped catalogue is translated whole: the supervisor's tab says so, and its "only
    what is missing" list is empty."""
    office = make_office(ctx)
    page = settings_page(qtbot, login(ctx, office.boss))
    page.tabs.setCurrentWidget(page.translations)
    editor = page.translations
    editor.language.setCurrentIndex(editor.language.findData(language))
    qtbot.waitUntil(lambda: editor.model.rowCount() > 40, timeout=20000)
    qtbot.waitUntil(lambda: editor.summary.text() == ALL_DONE, timeout=20000)
    assert not any(editor.model.row(i).missing for i in range(editor.model.rowCount()))
    editor.only_missing.setChecked(True)
    qtbot.waitUntil(lambda: editor.model.rowCount() == 0, timeout=20000)
    if language == "ru":
        editor.only_missing.setChecked(False)
        shoot(page, "77-settings-translations-complete")
