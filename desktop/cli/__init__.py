"""The command line: one module per group of commands; `main` puts them together.

`dalpak` without a command opens the app; `dalpak --help` lists the rest.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence

import desktop.appliers  # noqa: F401  (every operation kind registered before any command runs)
from desktop.cli import (
    app,
    argparse_words,
    cases,
    hub,
    lobby,
    outreach,
    safekeeping,
    station,
    sync,
    users,
)
from desktop.cli.common import (
    EXIT_DATABASE,
    EXIT_FILE,
    EXIT_INTERRUPTED,
    EXIT_MISSING_PACKAGE,
    EXIT_NOT_FOUND,
    EXIT_UNEXPECTED,
    EXIT_USAGE,
    HUB_PACKAGES,
    OPENED,
)
from desktop.core import logs
from desktop.core.db import ENV_DB
from desktop.phrases import phrase

__all__ = [
    "EXIT_DATABASE",
    "EXIT_FILE",
    "EXIT_INTERRUPTED",
    "EXIT_MISSING_PACKAGE",
    "EXIT_NOT_FOUND",
    "EXIT_UNEXPECTED",
    "EXIT_USAGE",
    "build_parser",
    "main",
]

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dalpak", description=phrase("דלפק - דלפק השירות של המועצה. בלי פקודה: פתיחת היישום.")
    )
    parser.add_argument(
        "--db",
        default=os.environ.get(ENV_DB),
        help=phrase(
            "כתובת מסד הנתונים (SQLAlchemy URL); ברירת מחדל: ${variable} או קובץ SQLite בתיקיית הנתונים"
        ).format(variable=ENV_DB),
    )
    parser.add_argument(
        "--station-code",
        default=os.environ.get("DALPAK_STATION", "KDR"),
        help=phrase("קוד העמדה למספרי פניות במסד חדש (ברירת מחדל KDR)"),
    )
    parser.set_defaults(func=app.cmd_gui)
    sub = parser.add_subparsers(dest="command")

    for group in (app, station, cases, lobby, users, hub, sync, outreach, safekeeping):
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.core.errors import CaseNotFound, DalpakError, WrongDatabase

    logs.setup()
    _console_language()
    argparse_words.install()
    args = build_parser().parse_args(argv)
    if args.func is not app.cmd_gui:
        gc.enable()  # off while `dalpak` starts (desktop/__main__.py); the window turns it on
    if getattr(args, "command", None) == "demo" and args.residents < 0:
        sys.stderr.write(phrase("מספר התושבים חייב להיות 0 או יותר.") + "\n")
        return EXIT_USAGE
    try:
        return args.func(args)
    except ModuleNotFoundError as err:
        package = (err.name or "").partition(".")[0]
        if package not in HUB_PACKAGES:
            return _failed(err, args)
        need = (
            phrase("למסד נתונים PostgreSQL צריך את חבילות המרכזת, והחבילה {package} אינה מותקנת.")
            if package.startswith("psycopg")
            else phrase("להפעלת המרכזת צריך את חבילות המרכזת, והחבילה {package} אינה מותקנת.")
        )
        sys.stderr.write(
            need.format(package=package) + "\n" + phrase("להתקנה: pip install 'dalpak[hub]'") + "\n"
        )
        return EXIT_MISSING_PACKAGE
    except CaseNotFound as err:
        sys.stderr.write(err.message + "\n")
        return EXIT_NOT_FOUND
    except WrongDatabase as err:
        sys.stderr.write(err.message + "\n")
        return EXIT_DATABASE
    except DalpakError as err:
        sys.stderr.write(err.message + "\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("\n" + phrase("הופסק.") + "\n")
        return EXIT_INTERRUPTED
    except Exception as err:  # noqa: BLE001 - the one place every other failure ends up
        return _failed(err, args)
    finally:
        while OPENED:
            OPENED.pop().dispose()


def _console_language() -> None:
    """Messages in the language the user chose on the login screen, or in $DALPAK_LANGUAGE
    (he, ar, en); Hebrew needs no catalogue, so nothing of Qt is loaded for it."""
    from desktop import phrases
    from desktop.core import settings

    language = os.environ.get("DALPAK_LANGUAGE") or settings.get("ui_language")
    if language and language != "he":
        from desktop.ui import language as screens

        screens.console(language)
    else:
        phrases.install(None)  # Hebrew, whatever a command before this one spoke


def _failed(err: Exception, args: argparse.Namespace) -> int:
    """A message on standard error and an exit code, never a traceback; the traceback
    goes to the log."""
    from desktop.core.failures import describe, unexpected

    command = " ".join(
        str(part)
        for part in (getattr(args, "command", None) or "gui", getattr(args, "hub_command", None))
        if part
    )
    failure = describe(err, args.db)
    log.error("dalpak %s failed%s", command, "" if failure else " unexpectedly", exc_info=err)
    failure = failure or unexpected(logs.log_file())
    sys.stderr.write(failure.message + "\n")
    return failure.exit_code
