"""Child process of bench_startup_ratio.py: the floor any PySide6 + qt-material app stands on.

A right-to-left QApplication with the qt-material theme Dalpak uses (same theme file and extras,
nothing of Dalpak imported), one empty QMainWindow of the smoke's size, shown; then, like
`dalpak gui --smoke`, a picture of it saved (after --wait-ms on the event loop), and quit.

    python bench/bare_window_child.py PNG [--icons DIR] [--wait-ms MS]

--icons: where qt-material writes its icons (its default is ~/.qt_material/theme, which every
qt-material app on the machine deletes and rewrites at start: runs side by side can collide).
"""

import argparse
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from qt_material import apply_stylesheet

# What desktop.ui.app applies by default (settings "theme" and _apply_theme's extras).
THEME = "light_blue.xml"
EXTRA = {"font_family": "Segoe UI, DejaVu Sans", "font_size": "13px", "density_scale": "-1"}


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("picture")
    p.add_argument("--icons", default="theme")
    p.add_argument("--wait-ms", type=int, default=0)
    args = p.parse_args()
    picture = args.picture
    app = QApplication(sys.argv[:1])
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    apply_stylesheet(app, theme=THEME, invert_secondary=False, extra=EXTRA, parent=args.icons)
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

    QTimer.singleShot(args.wait_ms, finish)
    app.exec()
    return result[0] if result else 6


if __name__ == "__main__":
    sys.exit(main())
