"""The log file: where it lives, set up once per process, and what may never be written in it.

The log is for whoever looks after the station, in English: sync rounds (counts), imports
(file kind, row counts), scans (counts), migrations (from/to revision), and errors with their
tracebacks. It holds no personal data and no secrets: no national IDs, names, phones or
e-mails, no tokens, passwords or their hashes. Modules log counts, kinds and operation UUIDs.
Case numbers (e.g. KDR-26-00417-3) may appear: they are made of the station code, the year and
a counter, and say nothing about the resident without the database.

`PrivacyFilter` is the last line of defence for what slips through (an exception's message, a
library's warning): it masks runs of 7 or more digits (IDs, phones), phone numbers written with
dashes, e-mail addresses, bearer and station tokens, `password=`/`token=` values, argon2 hashes,
and every Hebrew or Arabic word - the log itself is written in English, so such words can only
come from the council's data or from messages shown to users, which may name a resident.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

ENV_LOG_DIR = "DALPAK_LOG_DIR"
LOG_NAME = "dalpak.log"
CRASH_NAME = "crash.log"  # faulthandler's dump of every thread when the process dies hard
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d %(threadName)s] %(message)s"

_handler: logging.Handler | None = None
_crash_file = None


def log_dir() -> Path:
    override = os.environ.get(ENV_LOG_DIR)
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_log_dir("Dalpak", appauthor=False))
    return path


def log_file() -> Path:
    return log_dir() / LOG_NAME


_UUID = r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"
_MASKS = re.compile(
    "|".join(
        [
            rf"(?P<uuid>{_UUID})",
            r"(?P<bearer>\bBearer\s+)\S+",
            r"(?P<urlpw>://[^:/@\s]*:)[^@\s]+@",
            r"(?P<key>\b(?:token|password|passwd|pwd|secret|smtp_password)\b[\"']?\s*[:=]\s*[\"']?)"
            r"[^\s,;'\"&]+",
            r"\$argon2\w*\$\S+",
            r"\b[A-Z]{2,8}\.[A-Za-z0-9_-]{30,}",  # a station's token: CODE.random
            r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
            r"(?<!\d)(?:\+972[- ]?|0)\d{1,2}[- ]?\d{3}[- ]?\d{4}(?!\d)",
            r"\d{7,}",
            r"[\u0590-\u05ff\u0600-\u06ff\ufb1d-\ufefc]+"
            r"(?:[\s\"'.\-\u05f3\u05f4]+[\u0590-\u05ff\u0600-\u06ff\ufb1d-\ufefc]+)*",
        ]
    )
)


def _mask_one(match: re.Match[str]) -> str:
    if match.group("uuid"):
        return match.group(0)
    if match.group("bearer"):
        return match.group("bearer") + "***"
    if match.group("urlpw"):
        return match.group("urlpw") + "***@"
    if match.group("key"):
        return match.group("key") + "***"
    return "***"


def mask(text: str) -> str:
    """`text` with personal data and secrets replaced by ***."""
    return _MASKS.sub(_mask_one, text)


class PrivacyFilter(logging.Filter):
    """Masks every record that reaches the log file: its message, traceback and stack."""

    def __init__(self, formatter: logging.Formatter) -> None:
        super().__init__()
        self._formatter = formatter

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = mask(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


class _NotTheTheme(logging.Filter):
    """qt-material warns on the root logger (fonts it cannot find at start-up): drop only those."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "qt_material" not in record.pathname


def quiet_theme() -> None:
    root = logging.getLogger()
    if not any(isinstance(f, _NotTheTheme) for f in root.filters):
        root.addFilter(_NotTheTheme())


def setup() -> Path:
    """Send this process's log to the rotating file; idempotent, and follows a moved folder
    (DALPAK_LOG_DIR changes between tests). Returns the log file's path."""
    global _handler
    path = log_file()
    if _handler is not None and getattr(_handler, "baseFilename", "") == str(path.absolute()):
        return path
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return path  # a log that cannot be written must not stop the counter
    formatter = logging.Formatter(FORMAT)
    handler.setFormatter(formatter)
    handler.addFilter(PrivacyFilter(formatter))
    root.addHandler(handler)
    quiet_theme()
    logging.getLogger("desktop").setLevel(logging.INFO)
    _handler = handler
    return path


def enable_crash_dumps() -> None:
    """faulthandler into crash.log in the log folder: a hard crash (in Qt, in a driver) leaves
    the Python stack of every thread behind."""
    global _crash_file
    import faulthandler

    try:
        log_dir().mkdir(parents=True, exist_ok=True)
        crash = open(log_dir() / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115 - kept open
    except OSError:
        return
    faulthandler.enable(crash, all_threads=True)
    if _crash_file is not None:
        _crash_file.close()
    _crash_file = crash
