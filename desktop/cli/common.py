"""What every command shares: opening the database, printing, exit codes, secrets from files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.core.db import open_database
from desktop.core.failures import EXIT_DATABASE, EXIT_FILE, EXIT_UNEXPECTED

__all__ = [
    "EXIT_DATABASE",
    "EXIT_FILE",
    "EXIT_INTERRUPTED",
    "EXIT_MISSING_PACKAGE",
    "EXIT_NOT_FOUND",
    "EXIT_UNEXPECTED",
    "EXIT_USAGE",
    "HUB_PACKAGES",
    "OPENED",
    "open_engine",
    "say",
    "secret",
]

EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_MISSING_PACKAGE = 4
EXIT_INTERRUPTED = 130

# The hub's server and the PostgreSQL driver come with the `hub` extra; a station runs without.
HUB_PACKAGES = {"starlette", "uvicorn", "psycopg", "psycopg_binary", "psycopg_c"}

OPENED: list = []  # engines a command opened; disposed when it ends


def open_engine(args: argparse.Namespace):  # noqa: ANN201
    engine = open_database(args.db, station_code=args.station_code)
    OPENED.append(engine)
    return engine


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


def secret(path: str | None) -> str:
    """The first line of a file, or of standard input for '-' (never a command-line argument,
    which other users of the machine can see)."""
    if not path:
        return ""
    text = sys.stdin.readline() if path == "-" else Path(path).read_text(encoding="utf-8")
    return text.splitlines()[0] if text.splitlines() else ""
