"""The lobby as the supervisor sees it, live: how many wait, the longest wait, who serves at
which counter and since when, and today's served and departed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.core import clock
from desktop.lobby import visits as lobby
from desktop.ui.context import AppContext
from desktop.ui.row_models import RowsModel, row_table
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import MessageLine

REFRESH_MS = 10_000


class ServingModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "עמדה"),
        QT_TRANSLATE_NOOP("Columns", "פקיד/ה"),
        QT_TRANSLATE_NOOP("Columns", "תור"),
        QT_TRANSLATE_NOOP("Columns", "מאז"),
        QT_TRANSLATE_NOOP("Columns", "דקות"),
        QT_TRANSLATE_NOOP("Columns", "תחנה"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = clock.utcnow()

    def key(self, row: lobby.Serving) -> str:  # type: ignore[override]
        return row.ticket

    def cell(self, row: lobby.Serving, column: int) -> str:
        minutes = max(0, int((self.now - row.since).total_seconds() // 60))
        return (
            row.counter,
            row.clerk,
            row.ticket,
            clock.to_local(row.since).strftime("%H:%M"),
            str(minutes),
            row.station,
        )[column]


class Figure(QFrame):
    """One number in large type with what it counts under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—", self)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value.setStyleSheet("font-size: 30px; font-weight: bold;")
        self.caption = QLabel(caption, self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class LobbyBoard(QWidget):
    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.state: lobby.LiveLobby | None = None
        # This station's lobby by default; the council's lobbies together, labelled by station.
        self.everywhere = QCheckBox(self.tr("כל התחנות במועצה"), self)
        self.waiting = Figure(self.tr("ממתינים עכשיו"), self)
        self.longest = Figure(self.tr("ההמתנה הארוכה ביותר"), self)
        self.expected = Figure(self.tr("המתנה צפויה למי שמגיע/ה עכשיו"), self)
        self.served = Figure(self.tr("קיבלו שירות היום"), self)
        self.left = Figure(self.tr("עזבו בלי שירות היום"), self)
        self.serving_title = QLabel(self)
        self.model = ServingModel(self)
        self.table = row_table(self.model, self, stretch=1)
        self.basis = QLabel(self)
        self.message = MessageLine(self)
        self._timer = QTimer(self)
        self._build()
        self._timer.timeout.connect(self.reload)
        self.everywhere.toggled.connect(lambda _on: self.reload())

    def _build(self) -> None:
        figures = QGridLayout()
        for column, figure in enumerate(
            (self.waiting, self.longest, self.expected, self.served, self.left)
        ):
            figures.addWidget(figure, 0, column)
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet("color: #546e7a;")
        layout = QVBoxLayout(self)
        self.everywhere.setAccessibleName(self.tr("הצגת הלובי של כל התחנות במועצה"))
        layout.addWidget(self.message)
        layout.addWidget(self.everywhere)
        layout.addLayout(figures)
        layout.addWidget(self.serving_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.basis)
        self._timer.setInterval(REFRESH_MS)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802
        self._timer.stop()
        super().hideEvent(event)

    def reload(self) -> None:
        sessions = self._ctx.sessions
        everywhere = self.everywhere.isChecked()

        def work() -> lobby.LiveLobby:
            with sessions() as session:
                return lobby.live_state(session, self._ctx.actor, everywhere=everywhere)

        self._tasks.submit(work, self.show_state, lambda err: self.message.show_error(str(err)))

    def show_state(self, state: lobby.LiveLobby) -> None:
        self.state = state
        self.message.clear_message()
        minutes = self.tr("%1 דקות")
        self.waiting.value.setText(str(state.waiting))
        self.waiting.caption.setText(
            self.tr("ממתינים עכשיו<br>מהם בקדימות: %1").replace("%1", str(state.priority_waiting))
        )
        self.longest.value.setText(minutes.replace("%1", str(state.longest_wait_minutes)))
        self.longest.caption.setText(
            self.tr("ההמתנה הארוכה ביותר<br>תור %1").replace("%1", state.longest_ticket)
            if state.longest_ticket
            else self.tr("ההמתנה הארוכה ביותר")
        )
        self.expected.value.setText(minutes.replace("%1", str(state.estimate.minutes)))
        self.served.value.setText(str(state.served_today))
        self.left.value.setText(str(state.left_today))
        self.serving_title.setText(
            "<b>" + self.tr("בשירות בעמדות: %1").replace("%1", str(len(state.serving))) + "</b>"
        )
        self.model.now = clock.utcnow()
        self.model.set_rows(list(state.serving))
        e = state.estimate
        basis = (
            self.tr("זמן שירות חציוני של %1 דקות ב-%2 הביקורים האחרונים")
            .replace("%1", f"{e.service_minutes:.1f}")
            .replace("%2", str(e.samples))
            if e.samples >= lobby.MIN_SAMPLES
            else self.tr("זמן שירות משוער של %1 דקות, כי עדיין אין מספיק ביקורים שהסתיימו").replace(
                "%1", f"{e.service_minutes:.0f}"
            )
        )
        self.basis.setText(
            self.tr("ההמתנה הצפויה: הממתינים חלקי %1 עמדות פעילות בשעה האחרונה, כפול %2.")
            .replace("%1", str(e.counters))
            .replace("%2", basis)
        )

    def focus(self) -> None:
        self.table.setFocus()
