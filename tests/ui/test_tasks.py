"""Background work whose window is closed before the result arrives."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject

from desktop.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


def test_a_result_after_the_window_closed_is_dropped(qapp, qtbot):
    window = QObject()
    runner = TaskRunner(window)
    release = threading.Event()
    shown: list = []
    runner.submit(lambda: release.wait(5) and "hits", shown.append)
    release.set()
    shiboken6.delete(window)  # the runner goes with its window; its pool waits for the task
    qtbot.wait(50)  # the queued result is delivered now, to no one
    assert shown == []


def test_a_result_reaches_a_living_window(qapp, qtbot):
    window = QObject()
    runner = TaskRunner(window)
    shown: list = []
    runner.submit(lambda: "hits", shown.append)
    qtbot.waitUntil(lambda: shown == ["hits"])
