"""`dalpak` and `dalpak gui`: open the app."""

from __future__ import annotations

import argparse

from desktop.cli.common import EXIT_USAGE, OPENED, open_engine, say, secret  # noqa: F401
from desktop.core.db import open_database, session_factory  # noqa: F401
from desktop.phrases import phrase


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.ui.app import run

    return run(db_url=args.db, station_code=args.station_code, smoke=getattr(args, "smoke", None))


def register(sub: argparse._SubParsersAction) -> None:
    gui = sub.add_parser("gui", help=phrase("פתיחת היישום"))
    # Checks a built bundle: opens the counter as the first admin, saves a picture, quits.
    gui.add_argument("--smoke", metavar="PNG", help=argparse.SUPPRESS)
    gui.set_defaults(func=cmd_gui)
