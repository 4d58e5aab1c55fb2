"""The sync state in the status bar, and background sync with the hub when it is reachable."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core import clock, settings
from desktop.core.errors import DalpakError
from desktop.sync.client import SyncReport, SyncStatus, saved_client, sync_once, sync_status
from desktop.ui.context import AppContext
from desktop.ui.tasks import TaskRunner


class SyncIndicator(QWidget):
    """Always shows: connected or not, last successful sync, operations waiting, warnings."""

    synced = Signal(object)  # SyncReport
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        # Its own thread: a slow link must not hold up searches on the main worker.
        self._runner = TaskRunner(self)
        self._busy = False
        self.status: SyncStatus | None = None
        self.label = QLabel(self)
        self.button = QPushButton(self.tr("סנכרון"), self)
        self._timer = QTimer(self)
        self._build()
        self._wire()
        self.refresh()

    def _build(self) -> None:
        self.button.setToolTip(self.tr("סנכרון עם המרכזת עכשיו (Ctrl+Shift+S)"))
        self.button.setMinimumWidth(self.button.sizeHint().width() + 16)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self._timer.setInterval(max(10, settings.get("sync_interval_s")) * 1000)

    def _wire(self) -> None:
        self.button.clicked.connect(self.sync_now)
        self._timer.timeout.connect(self.sync_now)

    def start_background(self) -> None:
        if self.status and self.status.configured:
            self._timer.start()
            QTimer.singleShot(2000, self.sync_now)

    def refresh(self) -> None:
        with self._ctx.read() as session:
            self.status = sync_status(session)
        self.label.setText(self.describe(self.status))
        self.label.setMinimumWidth(self.label.sizeHint().width())
        self.updateGeometry()
        # A standalone station has no hub to reach: nothing waits and nothing is wrong.
        warn = self.status.configured and (
            bool(self.status.warnings()) or bool(self.status.last_error)
        )
        self.label.setStyleSheet("color: #b71c1c; font-weight: bold;" if warn else "")
        self.label.setToolTip(
            ""
            if self.status.configured
            else self.tr(
                "כל פעולה נשמרת במסד הנתונים של העמדה (%1 פעולות עד כה); אין מרכזת לסנכרן איתה."
            ).replace("%1", f"{self.status.unsent:,}")
        )
        self.button.setVisible(self.status.configured)

    def describe(self, s: SyncStatus) -> str:
        if not s.configured:
            return self.tr("עמדה עצמאית")
        parts = [self.tr("מחובר למרכזת") if s.connected else self.tr("אין חיבור למרכזת")]
        if s.last_success_at:
            parts.append(
                self.tr("סנכרון אחרון %1").replace(
                    "%1", clock.to_local(s.last_success_at).strftime("%d/%m %H:%M")
                )
            )
        else:
            parts.append(self.tr("עוד לא סונכרן"))
        parts.append(self.tr("%1 ממתינות לשליחה").replace("%1", str(s.unsent)))
        parts += s.warnings()
        return " · ".join(parts)

    def sync_now(self) -> None:
        if self._busy or not (self.status and self.status.configured):
            return
        self._busy = True
        self.label.setText(self.tr("מסנכרן..."))
        sessions = self._ctx.sessions

        def work() -> SyncReport:
            with sessions() as session:
                client = saved_client(session, timeout=20.0)
            with client:
                return sync_once(sessions, client)

        self._runner.submit(work, self._done, self._failed)

    def _done(self, report: SyncReport) -> None:
        self._busy = False
        self.refresh()
        self.synced.emit(report)

    def _failed(self, err: Exception) -> None:
        self._busy = False
        self.refresh()
        self.failed.emit(err.message if isinstance(err, DalpakError) else str(err))

    def wait(self, msecs: int = 10000) -> bool:
        return self._runner.wait(msecs)
