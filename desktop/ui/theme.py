"""The qt-material theme, applied from a stylesheet rendered once and kept in the data folder.

qt-material renders its stylesheet from a jinja2 template and rewrites its icons on every start:
about a sixth of a second and 10 MB. The result depends only on the theme, the extras and the
installed qt-material, so the first start keeps it (with the icons) and later ones apply it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import platform
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.core.db import data_dir

FORMAT = 1  # bump when what is kept changes


def _package_dir() -> Path | None:
    spec = importlib.util.find_spec("qt_material")  # found, not imported (that loads jinja2)
    return Path(spec.origin).parent if spec and spec.origin else None


def _key(package: Path, theme: str, extra: dict[str, Any]) -> str:
    """Changes with anything the rendered stylesheet depends on."""
    stamps = []
    for path in (package / "material.qss.template", package / "themes" / theme, Path(theme)):
        try:
            stat = path.stat()
        except OSError:
            continue
        stamps.append([str(path), stat.st_size, stat.st_mtime_ns])
    data = [FORMAT, theme, sorted(extra.items()), stamps, platform.system()]
    return hashlib.sha256(json.dumps(data).encode()).hexdigest()[:16]


def _primary_text_palette(primary: str) -> None:
    """What qt-material does to the palette: text in the primary colour, translucent."""
    palette = QGuiApplication.palette()
    rgb = [int(primary[i : i + 2], 16) for i in range(1, 6, 2)]
    palette.setColor(QPalette.ColorRole.Text, QColor(*rgb, 92))
    QGuiApplication.setPalette(palette)


def apply_theme(app: QApplication, theme: str, extra: dict[str, Any]) -> None:
    """qt-material's apply_stylesheet(app, theme, invert_secondary=False, extra), from the kept
    copy when there is one."""
    package = _package_dir()
    folder = data_dir() / "theme"
    key = _key(package, theme, extra) if package else "none"
    qss, meta, icons = folder / f"{key}.qss", folder / f"{key}.json", folder / key
    try:
        stylesheet = qss.read_text(encoding="utf-8")
        primary = json.loads(meta.read_text(encoding="utf-8"))["primaryColor"]
        fonts = package / "fonts" / "roboto"
        kept = bool(stylesheet) and any((icons / "primary").glob("*.svg")) and fonts.is_dir()
    except (OSError, ValueError, KeyError, TypeError):
        kept = False
    if not kept:
        _render(app, theme, extra, qss, meta, icons)
        return
    app.setStyle("Fusion")
    for font in sorted(fonts.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    _primary_text_palette(primary)
    QDir.addSearchPath("icon", str(icons))
    QDir.addSearchPath("qt_material", str(package / "resources"))
    app.setStyleSheet(stylesheet)


def _render(
    app: QApplication, theme: str, extra: dict[str, Any], qss: Path, meta: Path, icons: Path
) -> None:
    from qt_material import apply_stylesheet

    # `parent` as an absolute folder: the icons go beside the stylesheet, not to ~/.qt_material.
    apply_stylesheet(app, theme=theme, invert_secondary=False, extra=dict(extra), parent=str(icons))
    partial = qss.with_name(f"{qss.name}.{os.getpid()}.part")
    try:
        qss.parent.mkdir(parents=True, exist_ok=True)
        meta.write_text(
            json.dumps({"primaryColor": os.environ["QTMATERIAL_PRIMARYCOLOR"]}), encoding="utf-8"
        )
        partial.write_text(app.styleSheet(), encoding="utf-8")
        os.replace(partial, qss)  # last: a stylesheet on disk means a complete copy
    except (OSError, KeyError):
        partial.unlink(missing_ok=True)
