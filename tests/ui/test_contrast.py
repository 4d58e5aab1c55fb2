"""Text is readable: at least 4.5:1 against its background, disabled controls and group titles
included (WCAG 2.1 success criterion 1.4.3 "Contrast (Minimum)", level AA; the Israeli Equal
Rights for Persons with Disabilities (Service Accessibility Adjustments) Regulations 2013,
reg. 35, require level AA of WCAG 2.0, whose SC 1.4.3 is the same)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from desktop.ui import contrast

pytestmark = pytest.mark.gui

AA = 4.5


def test_the_formula_gives_the_published_values():
    # WCAG 2.1 "contrast ratio": black on white is 21:1, a colour on itself 1:1, and
    # #767676 on white the well-known lightest grey that passes (4.54:1).
    assert contrast.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast.contrast("#777777", "#777777") == pytest.approx(1.0)
    assert contrast.contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    # The theme's own button blue on its grey fails: the reason for these rules.
    assert contrast.contrast("#2979ff", contrast.PANEL) < AA


@pytest.mark.parametrize("pair", contrast.PAIRS, ids=lambda p: f"{p.what} on {p.background}")
def test_every_colour_set_reaches_aa(pair):
    assert contrast.contrast(pair.foreground, pair.background) >= AA


def _darkest(image, box) -> QColor:
    """The darkest pixel of the box: the core of a letter's stroke."""
    darkest, lowest = QColor("#ffffff"), 2.0
    for y in range(box.top(), box.bottom()):
        for x in range(box.left(), box.right()):
            colour = image.pixelColor(x, y)
            value = contrast.luminance(colour.name())
            if value < lowest:
                darkest, lowest = colour, value
    return darkest


def test_a_disabled_button_and_a_group_title_as_drawn(app, qtbot):
    """Drawn by the themed application, not only declared: the letters' darkest pixels
    against the background reach 4.5:1."""
    page = QWidget()
    page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    group = QGroupBox("כותרת הקבוצה", page)
    button = QPushButton("הדפסה", group)
    button.setEnabled(False)
    QVBoxLayout(group).addWidget(button)
    QVBoxLayout(page).addWidget(group)
    qtbot.addWidget(page)
    page.resize(300, 140)
    page.show()
    qtbot.waitExposed(page)
    shot = page.grab().toImage()
    corner = button.mapTo(page, button.rect().topLeft())
    inner = button.rect().translated(corner).adjusted(6, 6, -6, -6)  # inside the border
    text = _darkest(shot, inner)
    background = shot.pixelColor(inner.left() + 1, inner.center().y())
    assert text.alpha() == 255 and background.alpha() == 255
    assert contrast.contrast(text.name(), background.name()) >= AA

    title = group.geometry().adjusted(4, 4, -4, 0)  # the strip above the button: the title
    title.setBottom(corner.y() - 2)
    text = _darkest(shot, title)
    background = shot.pixelColor(title.left() + 2, title.top() + 2)
    assert contrast.contrast(text.name(), background.name()) >= AA
