"""An unexpected error in the running app: the traceback in the log, a Hebrew right-to-left dialog
that says what was saved and names the log folder, and the app still running."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.core.logs import CRASH_NAME, log_dir, log_file
from desktop.ui import crash
from desktop.ui.app import setup_application

pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]


@pytest.fixture
def shown(qtbot, monkeypatch):
    """The hooks installed (and put back afterwards); every dialog's text and direction,
    captured instead of waiting for a click."""
    setup_application()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    boxes: list[tuple[str, Qt.LayoutDirection]] = []

    def capture(box):  # noqa: ANN001, ANN202
        boxes.append((box.text(), box.layoutDirection()))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", capture)
    crash.install()
    return boxes


def assert_told(boxes) -> None:
    ((text, direction),) = boxes
    assert direction == Qt.LayoutDirection.RightToLeft
    assert "שגיאה לא צפויה" in text and "נשמרה" in text and "טיוטה" in text
    assert str(log_dir()) in text


def test_error_in_a_slot(qtbot, shown):
    button = QPushButton("שמירה")
    qtbot.addWidget(button)
    clicks = []

    def broken() -> None:
        clicks.append(1)
        raise RuntimeError("the printer driver said no")

    button.clicked.connect(broken)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown))
    assert_told(shown)
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: the printer driver said no" in logged
    assert "in broken" in logged
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the app carries on
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert len(clicks) == 2
    assert (log_dir() / CRASH_NAME).exists()  # faulthandler's file, for crashes Python cannot see


def test_error_in_a_timer(qtbot, shown):
    def broken() -> None:
        raise KeyError("no such counter")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: bool(shown))
    assert_told(shown)
    assert "KeyError: 'no such counter'" in log_file().read_text(encoding="utf-8")


def test_error_in_a_thread(qtbot, shown):
    def broken() -> None:
        raise ValueError("background work failed")

    worker = threading.Thread(target=broken, name="exporter")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown))  # the dialog comes on the main thread
    assert_told(shown)
    logged = log_file().read_text(encoding="utf-8")
    assert "thread exporter" in logged and "ValueError: background work failed" in logged
