"""Database work off the main thread: one worker runs tasks in order, results come by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid


class _Bridge(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self._fn = fn
        self._bridge = bridge
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as err:  # noqa: BLE001 - handed to the UI, which shows it
            self._bridge.failed.emit(err)
        else:
            self._bridge.done.emit(result)


class TaskRunner(QObject):
    """Runs callables on one background thread (SQLite likes one writer) in submission order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._bridges: set[_Bridge] = set()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        bridge = _Bridge()
        self._bridges.add(bridge)

        # A result that arrives after the runner's window was closed has no one to show it to:
        # the widgets the callbacks touch are gone with the window.
        def finished(result: Any) -> None:
            self._bridges.discard(bridge)
            if isValid(self):
                on_done(result)

        def failed(err: Exception) -> None:
            self._bridges.discard(bridge)
            if not isValid(self):
                return
            if on_error is None:
                raise err
            on_error(err)

        bridge.done.connect(finished)
        bridge.failed.connect(failed)
        self._pool.start(_Task(fn, bridge))

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)
