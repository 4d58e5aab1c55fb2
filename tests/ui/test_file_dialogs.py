"""The file dialog speaks the screens' language: Qt's catalogue leaves "Look in" and "Files of
type" in English in Hebrew and Arabic (issue 16: the save dialog was not in Hebrew)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTreeView

from desktop.ui import file_dialogs, language
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui

HEBREW = re.compile(r"[\u0590-\u05FF]")
LATIN = re.compile(r"[A-Za-z]")


def _words(dialog: QFileDialog) -> list[str]:
    """What the dialog says in its own words (not file names, which are the user's)."""
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    buttons = [button.text() for button in dialog.findChildren(QPushButton) if button.text()]
    view = dialog.findChild(QTreeView)
    model = view.model()
    headers = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]
    return labels + buttons + [h for h in headers if h]


@pytest.fixture
def qt_dialog(qtbot, tmp_path):
    def make(kind: str) -> QFileDialog:
        if kind == "save":
            dialog = file_dialogs.save_dialog(None, "שמירה", str(tmp_path / "a.pdf"), "PDF (*.pdf)")
        else:
            dialog = file_dialogs.open_dialog(None, "פתיחה", str(tmp_path), "PNG (*.png)")
        # Qt's own dialog, as where the desktop offers none (a real Windows one is the system's)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.resize(900, 480)
        dialog.show()
        return dialog

    return make


@pytest.mark.parametrize("kind", ["save", "open"])
def test_the_file_dialog_is_all_hebrew(app, qt_dialog, kind):
    language.install(app, "he")  # as the app starts: Qt's own Hebrew words, right to left
    dialog = qt_dialog(kind)
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    words = _words(dialog)
    assert words and not [w for w in words if LATIN.search(w.replace("&", ""))], words
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "סוג הקובץ:"
    assert dialog.accessibleName()
    shoot(dialog, f"96-file-dialog-{kind}-he")


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_file_dialog_in_the_chosen_language(app, qt_dialog, code):
    try:
        language.choose(app, code)
        dialog = qt_dialog("save")
        words = _words(dialog)
        assert words and not [w for w in words if HEBREW.search(w)], words
        shoot(dialog, f"96-file-dialog-save-{code}")
    finally:
        language.choose(app, "he")


def test_backing_out_chooses_nothing(qtbot, qt_dialog, monkeypatch):
    monkeypatch.setattr(QFileDialog, "exec", lambda self: QFileDialog.DialogCode.Rejected)
    assert file_dialogs.save_path(None, "שמירה", "a.pdf", "PDF (*.pdf)") == ""


def test_the_type_column_is_in_our_words(app, tmp_path):
    from PySide6.QtCore import QFileInfo

    (tmp_path / "receipt.pdf").write_bytes(b"%PDF")
    kinds = file_dialogs._Kinds()
    assert kinds.type(QFileInfo(str(tmp_path))) == "תיקייה"
    assert kinds.type(QFileInfo(str(tmp_path / "receipt.pdf"))) == "קובץ PDF"
    try:
        language.choose(app, "en")
        assert kinds.type(QFileInfo(str(tmp_path))) == "Folder"
        assert kinds.type(QFileInfo(str(tmp_path / "receipt.pdf"))) == "PDF file"
    finally:
        language.choose(app, "he")
