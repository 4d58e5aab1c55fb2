"""The station's daily backup while the app is open: on its own thread, never in the way."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core import clock
from desktop.core.db import sqlite_path
from desktop.ui.context import AppContext
from desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

EVERY = dt.timedelta(days=1)
CHECK_MS = 60 * 60 * 1000  # look once an hour whether a day has passed
FIRST_CHECK_MS = 5 * 60 * 1000  # not during the first minutes of work


class DailyBackup(QObject):
    """Writes `dalpak backup`'s encrypted copy once the newest one is a day old."""

    done = Signal(str)  # the new backup's path
    failed = Signal(str)  # a Hebrew message for the status bar

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        url = ctx.engine.url
        self._path = sqlite_path(f"sqlite:///{url.database}") if url.database else None
        if ctx.engine.dialect.name != "sqlite":
            self._path = None
        self._runner = TaskRunner(self)  # its own thread: the counter's worker stays free
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self, first_ms: int = FIRST_CHECK_MS) -> None:
        if self._path is None:  # a hub's or an in-memory database: nothing of the station's
            return
        self._timer.start()
        QTimer.singleShot(first_ms, self.check)

    def check(self) -> None:
        if self._busy or self._path is None:
            return
        self._busy = True
        path = self._path

        def work() -> str | None:
            from desktop.station import safekeeping

            last = safekeeping.last_backup_at()
            if last is not None and clock.utcnow() - last < EVERY:
                return None
            return str(safekeeping.backup(f"sqlite:///{path}").path)

        self._runner.submit(work, self._finished, self._failed)

    def wait(self, msecs: int = 30000) -> bool:
        return self._runner.wait(msecs)

    def _finished(self, written: str | None) -> None:
        self._busy = False
        if written:
            self.done.emit(written)

    def _failed(self, err: Exception) -> None:
        self._busy = False
        log.warning("daily backup failed: %s", type(err).__name__, exc_info=err)
        message = getattr(err, "message", "") or type(err).__name__
        self.failed.emit(self.tr("הגיבוי היומי נכשל: %1").replace("%1", message))
