"""The theme kept from the first start is the one qt-material renders, applied the same way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktop.core.db import data_dir
from desktop.ui import theme

pytestmark = pytest.mark.gui

EXTRA = {"font_family": "Segoe UI, DejaVu Sans", "font_size": "13px", "density_scale": "-1"}


def _applied(app) -> tuple[str, str, list[str], list[str]]:
    text = QGuiApplication.palette().color(QPalette.ColorRole.Text)
    # Of "qt_material", the entry just added (see _reset).
    return (
        app.styleSheet(),
        text.name(QColor.NameFormat.HexArgb),
        QDir.searchPaths("icon"),
        QDir.searchPaths("qt_material")[-1:],
    )


def _reset(app) -> None:
    """As a fresh process has it. (Qt refuses to reset the prefix "qt_material", which
    qt-material adds all the same: only its last entry is compared.)"""
    app.setStyleSheet("")
    QGuiApplication.setPalette(QPalette())
    QDir.setSearchPaths("icon", [])


def test_the_kept_theme_is_what_qt_material_renders(qapp, monkeypatch):
    _reset(qapp)
    theme.apply_theme(qapp, "light_blue.xml", EXTRA)  # a fresh data folder: rendered and kept
    rendered = _applied(qapp)
    kept = list((data_dir() / "theme").glob("*.qss"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == rendered[0]
    assert "icon:/primary/" in rendered[0]
    assert len(rendered[2]) == 1 and rendered[2][0].startswith(str(data_dir()))

    _reset(qapp)

    def no_rendering(*_args):
        raise AssertionError("the kept stylesheet should have been used")

    monkeypatch.setattr(theme, "_render", no_rendering)
    theme.apply_theme(qapp, "light_blue.xml", EXTRA)
    assert _applied(qapp) == rendered


def test_another_theme_or_size_is_rendered_again(qapp):
    sheets = []
    for name, extra in (
        ("light_blue.xml", EXTRA),
        ("light_blue.xml", {**EXTRA, "font_size": "15px"}),
        ("dark_teal.xml", EXTRA),
    ):
        theme.apply_theme(qapp, name, extra)
        sheets.append(qapp.styleSheet())
    assert len(set(sheets)) == 3
    assert len(list((data_dir() / "theme").glob("*.qss"))) == 3
