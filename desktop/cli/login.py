"""Logging in on the command line: commands that change users or show residents' personal data
ask for an admin's name and password first.

The password comes from a prompt, from a file (`--password-file FILE`) or from standard input
(`--password-file -`), never from the command line, which other users of the computer can read.
A wrong password counts towards the same lock-out as at the window (desktop.core.lockout).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.cli.common import secret
from desktop.core.db import local_station
from desktop.core.errors import NotAllowed, ValidationError
from desktop.core.oplog import Actor
from desktop.core.users import LoggedIn, Role, authenticate
from desktop.models import User
from desktop.phrases import phrase


def add_login_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--admin", metavar="USER", help=phrase("שם המשתמש של מנהל/ת המערכת (בלעדיו: נשאל)")
    )
    parser.add_argument(
        "--password-file",
        metavar="FILE",
        help=phrase("הסיסמה של מנהל/ת המערכת מהשורה הראשונה בקובץ ('-': מהקלט); בלעדיו: נשאלת"),
    )


def _ask(prompt: str, *, hidden: bool) -> str:
    if not sys.stdin.isatty():
        raise ValidationError(
            phrase(
                "הפקודה דורשת כניסה של מנהל/ת מערכת: --admin USER ו- --password-file FILE "
                "(או '-' לקריאה מהקלט)."
            )
        )
    if hidden:
        return getpass.getpass(prompt)
    sys.stderr.write(prompt)
    sys.stderr.flush()
    return sys.stdin.readline().strip()


def log_in(session: Session, args: argparse.Namespace, *, roles: tuple[Role, ...]) -> LoggedIn:
    """The user named by --admin (or asked for), once their password checks and their role is
    one of `roles`; InvalidLogin or NotAllowed (exit code 2) otherwise."""
    username = args.admin or _ask(phrase("שם משתמש של מנהל/ת המערכת: "), hidden=False)
    password = (
        secret(args.password_file) if args.password_file else _ask(phrase("סיסמה: "), hidden=True)
    )
    user = authenticate(session, username, password)
    if user.role not in roles:
        raise NotAllowed(phrase("הפקודה הזו מותרת רק למנהלי מערכת."))
    if user.must_change_password:
        raise NotAllowed(
            phrase(
                "יש להחליף את הסיסמה לפני כל פעולה אחרת: dalpak user passwd {username} "
                "(או בכניסה ליישום)."
            ).format(username=user.username)
        )
    return user


def has_admin(session: Session) -> bool:
    return (
        session.scalar(select(User.id).where(User.role == Role.ADMIN, User.active).limit(1))
        is not None
    )


def admin_actor(session: Session, args: argparse.Namespace) -> Actor:
    """This station's actor for an admin who has just logged in."""
    user = log_in(session, args, roles=(Role.ADMIN,))
    station = local_station(session)
    return Actor(user.id, station.id, station.code)
