"""Child process of bench_startup_ratio.py: the floor any PySide6 + qt-material app stands on.

A right-to-left QApplication with the qt-material theme Dalpak uses (same theme file and extras,
nothing of Dalpak imported), one empty QMainWindow of the smoke's size, shown; then, like
`dalpak gui --smoke`, a picture of it saved after WAIT_MS on the event loop, and quit.

    python bench/bare_window_child.py PNG [WAIT_MS]
"""

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from qt_material import apply_stylesheet

# What desktop.ui.app applies by default (settings "theme" and _apply_theme's extras).
THEME = "light_blue.xml"
EXTRA = {"font_family": "Segoe UI, DejaVu Sans", "font_size": "13px", "density_scale": "-1"}


def main() -> int:
    picture = sys.argv[1]
    wait_ms = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    app = QApplication(sys.argv[:1])
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    apply_stylesheet(app, theme=THEME, invert_secondary=False, extra=EXTRA)
    window = QMainWindow()
    window.setWindowTitle("חלון ריק")
    window.resize(1280, 760)
    window.show()
    result: list[int] = []

    def finish() -> None:
        app.processEvents()
        result.append(0 if window.grab().save(picture) else 5)
        window.close()
        app.quit()

    QTimer.singleShot(wait_ms, finish)
    app.exec()
    return result[0] if result else 6


if __name__ == "__main__":
    sys.exit(main())
