"""Choosing a file to save or open, in the screens' language.

Qt's own file dialog (the one used where the desktop offers none, as on Linux without a
desktop theme) takes most of its words from Qt's catalogue, which leaves "Look in" and
"Files of type" in English in Hebrew and Arabic; these are set here from ours. On Windows and
macOS the desktop's own dialog opens, in the language of the system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class _Kinds(QFileIconProvider):
    """The "type" column in our words (Qt's catalogue says "Folder" in every language)."""

    def type(self, info: QFileInfo) -> str:  # noqa: A003 - Qt's name
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "תיקייה")
        suffix = info.suffix().upper()
        if not suffix:
            return QCoreApplication.translate("FileDialogs", "קובץ")
        return QCoreApplication.translate("FileDialogs", "קובץ %1").replace("%1", suffix)


def _in_our_words(dialog: QFileDialog, accept: str) -> QFileDialog:
    dialog.setLabelText(
        QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialogs", "תיקייה:")
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileName, QCoreApplication.translate("FileDialogs", "שם הקובץ:")
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileType, QCoreApplication.translate("FileDialogs", "סוג הקובץ:")
    )
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, accept)
    dialog.setLabelText(
        QFileDialog.DialogLabel.Reject, QCoreApplication.translate("FileDialogs", "ביטול")
    )
    dialog.setAccessibleName(dialog.windowTitle())
    kinds = _Kinds()
    dialog.setIconProvider(kinds)
    dialog.setProperty("kinds", kinds)  # kept alive as long as the dialog
    return dialog


def _chosen(dialog: QFileDialog) -> str:
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def save_dialog(parent: QWidget | None, title: str, default: str, kinds: str) -> QFileDialog:
    """The dialog that asks where to save (`kinds`: Qt's filter, e.g. "PDF (*.pdf)")."""
    dialog = QFileDialog(parent, title, default, kinds)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(default)
    return _in_our_words(dialog, QCoreApplication.translate("FileDialogs", "שמירה"))


def open_dialog(parent: QWidget | None, title: str, folder: str, kinds: str) -> QFileDialog:
    """The dialog that asks which existing file to open."""
    dialog = QFileDialog(parent, title, folder, kinds)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _in_our_words(dialog, QCoreApplication.translate("FileDialogs", "פתיחה"))


def save_path(parent: QWidget | None, title: str, default: str, kinds: str) -> str:
    """Where the user chose to save, or "" when they backed out."""
    return _chosen(save_dialog(parent, title, default, kinds))


def open_path(parent: QWidget | None, title: str, folder: str, kinds: str) -> str:
    """The file the user chose to open, or "" when they backed out."""
    return _chosen(open_dialog(parent, title, folder, kinds))
