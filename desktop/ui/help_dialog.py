"""The in-app help: what the counter screen does and every keyboard shortcut."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.shortcuts import IN_SCREEN_KEYS, SHORTCUTS


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("עזרה - דלפק"))
        # Qt lays a rich-text table out left to right whatever its dir: the keys' column comes
        # last in the markup so that it stands on the right, where a Hebrew reader starts.
        rows = "".join(
            f"<tr><td align='right'>{_tr(label)}</td><td dir='ltr' align='right'><b>{keys}</b></td></tr>"
            for keys, label in [(" / ".join(s.keys), s.label) for s in SHORTCUTS]
            + list(IN_SCREEN_KEYS)
        )
        text = QLabel(
            "<h3 dir='rtl'>"
            + self.tr("ביקור טיפוסי בדלפק")
            + "</h3><ol>"
            + "<li>"
            + self.tr("מקלידים שם, ת.ז. או טלפון ולוחצים Enter.")
            + "</li>"
            + "<li>"
            + self.tr("פותחים פנייה ב-Ctrl+E; מקלידים נושא, Enter, ושוב Enter להוספה.")
            + "</li>"
            + "<li>"
            + self.tr("שומרים את הפנייה ומציגים את הקבלה ב-Ctrl+P; מדפיסים ב-Enter.")
            + "</li></ol>"
            + "<h3>"
            + self.tr("לובי")
            + "</h3><ul>"
            + "<li>"
            + self.tr(
                "רושמים הגעה ב-Ctrl+Shift+L: תושב/ת מהחיפוש או שם כפי שנמסר,"
                " סיבת ההגעה, וקדימות עם הסיבה שלה."
            )
            + "</li>"
            + "<li>"
            + self.tr("קוראים לבא/ה בתור ב-F9: הפנייה נפתחת עם התושב/ת, ושמירתה מסיימת את הביקור.")
            + "</li>"
            + "<li>"
            + self.tr("מסך הקריאה לתושבים נפתח ב-Ctrl+Shift+D.")
            + "</li></ul>"
            + "<h3>"
            + self.tr("קיצורי מקלדת")
            + "</h3>"
            + f"<table width='100%' cellpadding='4'>{rows}</table>",
            self,
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("סגירה"))
        buttons.rejected.connect(self.reject)
        # The list outgrows a small screen: it scrolls, the close button stays in view.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(text)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        screen = self.screen().availableGeometry().height() if self.screen() else 800
        self.resize(600, min(screen - 60, text.heightForWidth(560) + 80))
