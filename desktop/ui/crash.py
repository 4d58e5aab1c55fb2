"""Unexpected errors in the running app: the traceback to the log, the case being typed saved as
a draft, and a right-to-left Hebrew dialog that tells the clerk what is safe and where the log
is. The app carries on when it can (Qt keeps running after a slot raises).

`install` sets sys.excepthook and threading.excepthook, and faulthandler into crash.log in the
log folder for crashes Python cannot catch.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core import logs

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Carries an error raised on another thread to the main thread, where dialogs live."""

    happened = Signal()


_bridge: _Bridge | None = None
_showing = False


def message() -> str:
    folder = logs.log_dir()
    return QApplication.translate(
        "Crash",
        "אירעה שגיאה לא צפויה בדלפק.\n\n"
        "מה נשמר: כל פעולה שהושלמה כבר נשמרה במסד הנתונים של העמדה. "
        "הפנייה שבהקלדה נשמרה כטיוטה, ותוצע שוב אם דלפק ייפתח מחדש.\n\n"
        "אפשר להמשיך לעבוד. אם השגיאה חוזרת, סגרו את דלפק, פתחו אותו שוב "
        "ומסרו לתמיכה את קובצי היומן מהתיקייה:\n%1",
    ).replace("%1", str(folder))


def _save_drafts() -> None:
    for widget in QApplication.topLevelWidgets():
        save = getattr(widget, "save_draft_now", None)
        if callable(save):
            try:
                save()
            except Exception:  # noqa: BLE001 - the draft is a courtesy; the dialog must still show
                log.exception("the draft could not be saved after an unexpected error")


def tell_the_clerk() -> None:
    """Save the draft and show the dialog, once at a time (an error repeating in a paint event
    must not stack dialogs)."""
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        _save_drafts()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QApplication.translate("Crash", "דלפק"),
            message(),
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        box.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
    finally:
        _showing = False


def _excepthook(kind: type[BaseException], err: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, err, tb)
        return
    log.critical("unexpected error", exc_info=(kind, err, tb))
    if threading.current_thread() is threading.main_thread():
        tell_the_clerk()
    elif _bridge is not None:
        _bridge.happened.emit()


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread else "?"
    log.critical(
        "unexpected error in thread %s",
        name,
        exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
    )
    if _bridge is not None:
        _bridge.happened.emit()  # queued to the main thread


def install() -> None:
    """Route unexpected errors to the log and the dialog. Call on the main thread, with the
    QApplication made."""
    global _bridge
    logs.setup()
    logs.enable_crash_dumps()
    if _bridge is None:
        _bridge = _Bridge()
        _bridge.happened.connect(tell_the_clerk, Qt.ConnectionType.QueuedConnection)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
