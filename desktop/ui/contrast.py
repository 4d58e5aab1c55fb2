"""Readable colours over the qt-material theme: text at least 4.5:1 against what it sits on
(WCAG 2.1 success criterion 1.4.3, the level AA that the Israeli service accessibility
regulations require), disabled controls included, and room on both sides of a field's text.

qt-material's light_blue draws button text in #2979ff (3.2:1 on its grey), disabled buttons in
translucent white, group titles and table headers in translucent grey. The rules below come
after the theme's and replace those colours; `PAIRS` lists every colour they set with the
background it is drawn on, for the test that computes the ratios.
"""

from __future__ import annotations

from dataclasses import dataclass

# The theme's backgrounds (light_blue.xml): the window, group boxes and buttons, fields.
WINDOW = "#f5f5f5"
PANEL = "#e6e6e6"
WHITE = "#ffffff"

TEXT = "#3c3c3c"  # the theme's own primary text
ACTION = "#1650b5"  # button text, selected tabs: the theme's blue, darkened
FOCUS = "#d4e2fa"  # a focused button's background (the theme's is 20% blue over grey)
DISABLED = "#595959"  # disabled text: still grey, now readable
DISABLED_BORDER = "#8c8c8c"
ON_ACTION = "#ffffff"  # text on a pressed button and on the selected row of a focused table
SELECTED = "#c5d8f7"  # a selected row in a table that does not have the focus


@dataclass(frozen=True)
class Pair:
    what: str
    foreground: str
    background: str


PAIRS = (
    *(Pair("button text", ACTION, bg) for bg in (PANEL, WINDOW, WHITE, FOCUS)),
    *(Pair("disabled text", DISABLED, bg) for bg in (PANEL, WINDOW, WHITE)),
    *(Pair("group title", TEXT, bg) for bg in (PANEL, WINDOW)),
    Pair("table header", TEXT, WINDOW),
    Pair("selected tab", ACTION, WINDOW),
    Pair("pressed button", ON_ACTION, ACTION),
    Pair("selected row", ON_ACTION, ACTION),
    Pair("selected row, table not focused", TEXT, SELECTED),
    Pair("selected text in a field", ON_ACTION, ACTION),
    Pair("field text", TEXT, WHITE),
)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """Relative luminance of an sRGB colour '#rrggbb' (WCAG 2.1, definition)."""
    h = colour.lstrip("#")
    r, g, b = (_channel(int(h[i : i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05), the lighter over the darker (WCAG 2.1, contrast ratio)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


STYLESHEET = f"""
/* Readable colours (desktop/ui/contrast.py): WCAG 2.1 SC 1.4.3, 4.5:1 */
QPushButton {{ color: {ACTION}; border-color: {ACTION}; }}
QPushButton:focus {{ background-color: {FOCUS}; }}
QPushButton:checked, QPushButton:pressed, QPushButton:checked:focus, QPushButton:pressed:focus {{
  color: {ON_ACTION}; background-color: {ACTION};
}}
QPushButton:flat {{ color: {ACTION}; }}
QPushButton:disabled, QPushButton:flat:disabled, QPushButton:checked:disabled {{
  color: {DISABLED}; background-color: transparent; border-color: {DISABLED_BORDER};
}}
QLabel:disabled, QCheckBox:disabled, QRadioButton:disabled, QGroupBox:disabled,
QLineEdit:disabled, QComboBox:disabled, QDateEdit:disabled, QDateTimeEdit:disabled,
QSpinBox:disabled, QDoubleSpinBox:disabled, QPlainTextEdit:disabled, QTextEdit:disabled,
QComboBox[frame='false']:disabled, QTabBar::tab:disabled, QTableView::item:disabled {{
  color: {DISABLED};
}}
QGroupBox::title {{ color: {TEXT}; }}
QHeaderView::section {{ color: {TEXT}; }}
QTabBar::tab:top:selected, QTabBar::tab:top:hover, QTabBar::tab:bottom:selected,
QTabBar::tab:bottom:hover, QTabBar::tab:right:selected, QTabBar::tab:right:hover,
QTabBar::tab:left:selected, QTabBar::tab:left:hover {{ color: {ACTION}; }}
QTableView:focus {{ selection-background-color: {ACTION}; selection-color: {ON_ACTION}; }}
QTableView::item:selected, QTreeView::item:selected, QListView::item:selected {{
  background-color: {SELECTED}; selection-background-color: {SELECTED};
  color: {TEXT}; selection-color: {TEXT};
}}
QTableView::item:selected:focus, QTreeView::item:selected:focus,
QListView::item:selected:focus {{
  background-color: {ACTION}; selection-background-color: {ACTION};
  color: {ON_ACTION}; selection-color: {ON_ACTION};
}}
QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QDateEdit, QSpinBox {{
  selection-background-color: {ACTION}; selection-color: {ON_ACTION};
}}
QLineEdit, QComboBox, QDateEdit, QSpinBox {{ padding-left: 10px; padding-right: 10px; }}
"""
