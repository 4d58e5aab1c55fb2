"""The lobby display on a second screen facing the public: who is called to which counter, by
first name and ticket (never an ID or a last name), the last calls and the expected wait."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.lobby import visits as lobby
from desktop.ui.context import AppContext
from desktop.ui.tasks import TaskRunner

REFRESH_MS = 3000
RECENT = 4  # earlier calls shown under the current one

# Sizes for a 1920x1080 screen; a smaller window scales them down (see LobbyDisplay.scale_to).
FULL = (1920, 1080)
_STYLE = """
LobbyDisplay {{ background: #0d1b2a; }}
QLabel {{ color: #f1f5f9; }}
QLabel#heading {{ font-size: {heading}px; color: #90caf9; }}
QLabel#nowName, QLabel#nowTicket {{ font-size: {now}px; font-weight: bold; color: #ffffff; }}
QLabel#nowCounter {{ font-size: {now}px; font-weight: bold; color: #ffd54f; }}
QLabel#recentHeading {{ font-size: {recent_heading}px; color: #90caf9; }}
QLabel#recent {{ font-size: {recent}px; color: #cfd8dc; }}
QLabel#recentCounter {{ font-size: {recent}px; color: #ffe082; }}
QLabel#footer {{ font-size: {footer}px; color: #e3f2fd; }}
QFrame#now {{ background: #1b3a5c; border-radius: {radius}px; }}
"""
_SIZES = {"heading": 40, "now": 96, "recent_heading": 34, "recent": 46, "footer": 44, "radius": 24}


def _style(scale: float) -> str:
    return _STYLE.format(**{k: max(8, round(v * scale)) for k, v in _SIZES.items()})


def show_on_second_screen(window: QWidget) -> None:
    """Full screen on the second screen when there is one; otherwise a window on this one."""
    screens = QGuiApplication.screens()
    if len(screens) > 1:
        target = next((s for s in screens if s is not QGuiApplication.primaryScreen()), screens[1])
        window.setScreen(target)
        window.setGeometry(target.geometry())
        window.showFullScreen()
    else:
        # A window on this screen, within what it has free (a 1366x768 laptop included).
        free = QGuiApplication.primaryScreen().availableGeometry()
        width, height = int(free.width() * 0.85), int(free.height() * 0.85)
        window.resize(width, height)
        window.move(free.center().x() - width // 2, free.center().y() - height // 2)
        window.showNormal()
    window.raise_()


class LobbyDisplay(QWidget):
    """A window of its own; reads the lobby in the background every few seconds."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._ctx = ctx
        self._tasks = TaskRunner(self)
        self._busy = False
        self.heading = QLabel(self)
        self.now_frame = QFrame(self)
        self.now_name = QLabel(self.now_frame)
        self.now_ticket = QLabel(self.now_frame)
        self.now_counter = QLabel(self.now_frame)
        self.recent_heading = QLabel(self)
        self.recent = [(QLabel(self), QLabel(self), QLabel(self)) for _ in range(RECENT)]
        self.footer = QLabel(self)
        self._timer = QTimer(self)
        self.state: lobby.DisplayState | None = None
        self._build()
        self._timer.timeout.connect(self.refresh)

    def _build(self) -> None:
        self.setWindowTitle(self.tr("לובי - תורים"))
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._scale = 0.0
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.heading.setObjectName("heading")
        self.heading.setText(self.tr("נקראים עכשיו"))
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.now_frame.setObjectName("now")
        for label, name in (
            (self.now_name, "nowName"),
            (self.now_ticket, "nowTicket"),
            (self.now_counter, "nowCounter"),
        ):
            label.setObjectName(name)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Tickets are Latin letters and digits: their own left-to-right run, never reordered.
        self.now_ticket.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # The name and the ticket on one line, the counter under them: each its own label, so
        # Hebrew and the Latin ticket are never reordered within one line of text.
        first_line = QHBoxLayout()
        first_line.setSpacing(96)
        first_line.addStretch(1)
        first_line.addWidget(self.now_name)
        first_line.addWidget(self.now_ticket)
        first_line.addStretch(1)
        now = QVBoxLayout(self.now_frame)
        now.setContentsMargins(40, 16, 40, 16)
        now.addLayout(first_line)
        now.addWidget(self.now_counter)
        self.recent_heading.setObjectName("recentHeading")
        self.recent_heading.setText(self.tr("קריאות קודמות"))
        self.recent_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        grid.setHorizontalSpacing(40)
        for row, (name, ticket, counter) in enumerate(self.recent):
            for column, (label, style) in enumerate(
                ((name, "recent"), (ticket, "recent"), (counter, "recentCounter"))
            ):
                label.setObjectName(style)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                grid.addWidget(label, row, column)
        self.footer.setObjectName("footer")
        self.footer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        # The window may be made smaller than the full-size text: resizeEvent scales it down.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._layouts = (layout, now, first_line, grid)
        layout.addWidget(self.heading)
        layout.addWidget(self.now_frame)
        layout.addWidget(self.recent_heading)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.footer)
        self._timer.setInterval(REFRESH_MS)
        self.scale_to(1.0)
        self.show_state(lobby.DisplayState((), 0, 0))

    def scale_to(self, scale: float) -> None:
        """Text, spacing and margins at `scale` of their full-screen size."""
        scale = round(scale, 2)
        if scale == self._scale:
            return
        self._scale = scale
        self.setStyleSheet(_style(scale))
        for layout, margins, spacing in zip(
            self._layouts,
            ((48, 32, 48, 32), (40, 16, 40, 16), None, None),
            (24, 6, 96, 40),
            strict=True,
        ):
            if margins is not None:
                layout.setContentsMargins(*(round(m * scale) for m in margins))
            layout.setSpacing(round(spacing * scale))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        size = event.size()
        self.scale_to(max(0.3, min(size.width() / FULL[0], size.height() / FULL[1], 1.0)))
        super().resizeEvent(event)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self.refresh()
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802
        self._timer.stop()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        if self._busy:
            return  # the previous read has not answered yet
        self._busy = True
        sessions = self._ctx.sessions

        def work() -> lobby.DisplayState:
            with sessions() as session:
                return lobby.display_state(session, self._ctx.actor, last=RECENT + 1)

        self._tasks.submit(work, self._answered, lambda _err: self._answered(None))

    def _answered(self, state: lobby.DisplayState | None) -> None:
        self._busy = False
        if state is not None:
            self.show_state(state)

    def show_state(self, state: lobby.DisplayState) -> None:
        self.state = state
        calls = list(state.calls)
        first = calls[0] if calls else None
        self.now_name.setText(first.first_name if first else "")
        self.now_ticket.setText(first.ticket if first else "—")
        self.now_counter.setText(self.tr("לעמדה %1").replace("%1", first.counter) if first else "")
        self.recent_heading.setVisible(len(calls) > 1)
        for (name, ticket, counter), call in zip(
            self.recent, [*calls[1:], *[None] * RECENT], strict=False
        ):
            name.setText(call.first_name if call else "")
            ticket.setText(call.ticket if call else "")
            counter.setText(self.tr("עמדה %1").replace("%1", call.counter) if call else "")
        if state.waiting:
            self.footer.setText(
                self.tr("ממתינים: %1 · זמן המתנה משוער: %2 דקות")
                .replace("%1", str(state.waiting))
                .replace("%2", str(state.expected_minutes))
            )
        else:
            self.footer.setText(self.tr("אין ממתינים כרגע"))

    def text(self) -> str:
        """Everything the display shows, as plain text (what a passer-by can read)."""
        labels = [
            self.heading,
            self.now_name,
            self.now_ticket,
            self.now_counter,
            *(label for row in self.recent for label in row),
            self.footer,
        ]
        return "\n".join(label.text() for label in labels if label.text())

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        self._timer.stop()
        self._tasks.wait(2000)
        super().closeEvent(event)
