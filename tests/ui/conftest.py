"""The counter screen for a logged-in clerk, on a fresh seeded database, offscreen."""

from __future__ import annotations

import pytest

from desktop.core.users import authenticate
from desktop.counter.residents import ResidentForm, create_resident
from desktop.ui.app import install_namer, setup_application
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from tests.conftest import PASSWORD

pytestmark = pytest.mark.gui


def type_text(widget, text: str) -> None:
    """Type any text, Hebrew included (QTest.keyClicks only knows ASCII), key by key."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        key = ord(ch.upper()) if ch.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    QApplication.processEvents()


class KeyCounter:
    """Sends keys like a clerk and counts them: a text of n characters is n keystrokes."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def type(self, widget, text: str) -> None:
        type_text(widget, text)
        self.count += len(text)

    def press(self, widget, key, modifier=None) -> None:
        from PySide6.QtCore import Qt

        self.qtbot.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)
        self.count += 1


@pytest.fixture
def app(qapp):
    from PySide6.QtWidgets import QApplication

    from desktop.ui.accessibility import NAMED, unnamed

    # Closed windows of earlier tests stay alive (deferred deletes need an event loop, and
    # forcing them here broke PySide's reference counts at exit); setup_application leaves
    # them alone when the theme is in force already.
    before = set(map(id, QApplication.topLevelWidgets()))
    application = setup_application()
    install_namer(application)  # as the app does once its main window shows
    yield application
    # Every window this test showed: each of its controls has a name a screen reader announces
    # (desktop.ui.accessibility names them from what the screen shows beside them).
    nameless = {
        w.windowTitle() or type(w).__name__: found
        for w in QApplication.topLevelWidgets()
        if id(w) not in before and getattr(w, NAMED, False) and (found := unnamed(w))
    }
    assert not nameless, f"controls without an accessible name: {nameless}"


@pytest.fixture
def ctx(app, engine, seeded):
    context = AppContext(engine)
    with context.read() as session:
        context.user = authenticate(session, "dana", PASSWORD)
    return context


@pytest.fixture
def resident(ctx):
    with ctx.write() as session:
        return create_resident(
            session,
            ctx.actor,
            ResidentForm(
                national_id="039337423",
                first_name="יוסף",
                last_name="כהן",
                phone="050-1234567",
                preferred_channel="whatsapp",
            ),
        ).id


@pytest.fixture
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show_user()
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.tasks.wait(3000)


@pytest.fixture
def keys(qtbot):
    return KeyCounter(qtbot)
