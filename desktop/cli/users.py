"""`user`: adding, listing, deactivating and reactivating users, resetting and changing
passwords. Every command but `passwd` (one's own) needs an admin's login; only the first admin
of a database, when it has none, is added without one."""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop.cli.common import EXIT_USAGE, OPENED, open_engine, say, secret  # noqa: F401
from desktop.cli.login import add_login_arguments, admin_actor, has_admin
from desktop.core.db import open_database, session_factory  # noqa: F401
from desktop.core.errors import ValidationError
from desktop.phrases import phrase

ROLES = ["clerk", "department", "supervisor", "admin"]


def _new_password(args: argparse.Namespace, prompt: str | None = None) -> str:
    """The new user's password: one line of standard input (--password-stdin), a file
    (--new-password-file), or asked twice (`prompt`, said already; "Password: " when None)."""
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\n")
    if getattr(args, "new_password_file", None):
        return secret(args.new_password_file)
    if not sys.stdin.isatty():
        raise ValidationError(
            phrase("הסיסמה החדשה: --new-password-file FILE (או '-' לקריאה מהקלט).")
        )
    password = getpass.getpass(prompt or phrase("סיסמה: "))
    if getpass.getpass(phrase("שוב, לאימות: ")) != password:
        raise ValidationError(phrase("הסיסמאות אינן זהות."))
    return password


def _user_id(session, username: str):  # noqa: ANN001, ANN202
    from sqlalchemy import select

    from desktop.models import User

    user_id = session.scalar(select(User.id).where(User.username == username.strip().lower()))
    if user_id is None:
        raise ValidationError(phrase("אין משתמש בשם {username}.").format(username=username))
    return user_id


def cmd_user_add(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop.core.db import local_station
    from desktop.core.oplog import Actor
    from desktop.core.users import Role, create_user
    from desktop.models import Department

    sessions = session_factory(open_engine(args))
    with sessions() as session:
        # The first admin of a database has no one to log in as: IT adds them without a login.
        first = not has_admin(session) and args.role == "admin"
        actor = None if first else admin_actor(session, args)
    password = _new_password(args)
    with sessions.begin() as session:
        department_id = None
        if args.department:
            department_id = session.scalar(
                select(Department.id).where(Department.code == args.department)
            )
            if department_id is None:
                raise ValidationError(
                    phrase("אין מחלקה בקוד {code}. הריצו קודם: dalpak init").format(
                        code=args.department
                    )
                )
        if actor is None:
            station = local_station(session)
            actor = Actor(None, station.id, station.code)
        user = create_user(
            session,
            actor,
            username=args.username,
            full_name=args.name,
            role=Role(args.role),
            password=password,
            department_id=department_id,
            phone=args.phone,
            email=args.email,
        )
        say(phrase("המשתמש {username} נוצר.").format(username=user.username))
        if user.must_change_password:
            say(phrase("בכניסה הראשונה יתבקש/תתבקש לבחור סיסמה משלו/ה."))
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    from desktop.core.accounts import list_users

    with session_factory(open_engine(args))() as session:
        rows = list_users(session, admin_actor(session, args))
    for row in rows:
        state = phrase("פעיל/ה") if row.active else phrase("מושבת/ת")
        change = "  " + phrase("(יחליף/תחליף סיסמה בכניסה)") if row.must_change_password else ""
        department = f" - {row.department}" if row.department else ""
        say(f"{row.username:12}  {row.full_name} ({row.role_label}{department})  {state}{change}")
    return 0


def cmd_user_deactivate(args: argparse.Namespace) -> int:
    from desktop.core.accounts import deactivate_user, reactivate_user

    sessions = session_factory(open_engine(args))
    with sessions() as session:
        actor = admin_actor(session, args)
    with sessions.begin() as session:
        if args.user_command == "deactivate":
            deactivate_user(session, actor, _user_id(session, args.username))
            say(
                phrase("המשתמש {username} הושבת; אחרי הסנכרון הבא לא ייכנס/תיכנס באף עמדה.").format(
                    username=args.username
                )
            )
        else:
            reactivate_user(session, actor, _user_id(session, args.username))
            say(phrase("המשתמש {username} הופעל מחדש.").format(username=args.username))
    return 0


def cmd_user_reset_password(args: argparse.Namespace) -> int:
    from desktop.core.accounts import reset_password

    sessions = session_factory(open_engine(args))
    with sessions() as session:
        actor = admin_actor(session, args)
    password = _new_password(args, phrase("סיסמה זמנית: "))
    with sessions.begin() as session:
        reset_password(session, actor, _user_id(session, args.username), password)
    say(
        phrase("הסיסמה של {username} אופסה; בכניסה הבאה יתבקש/תתבקש לבחור סיסמה חדשה.").format(
            username=args.username
        )
    )
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    """One's own password: the old one, then the new one twice (or from files)."""
    from desktop.core.accounts import change_password
    from desktop.core.db import local_station
    from desktop.core.oplog import Actor
    from desktop.core.users import authenticate

    old = secret(args.password_file) if args.password_file else None
    if old is None:
        if not sys.stdin.isatty():
            raise ValidationError(
                phrase("הסיסמה הנוכחית: --password-file FILE (או '-' לקריאה מהקלט).")
            )
        old = getpass.getpass(phrase("הסיסמה הנוכחית: "))
    sessions = session_factory(open_engine(args))
    with sessions() as session:
        user = authenticate(session, args.username, old)
    new = _new_password(args, phrase("סיסמה חדשה: "))
    with sessions.begin() as session:
        station = local_station(session)
        change_password(session, Actor(user.id, station.id, station.code), old, new, new)
    say(phrase("הסיסמה הוחלפה."))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    user = sub.add_parser("user", help=phrase("משתמשים")).add_subparsers(
        dest="user_command", required=True
    )
    add = user.add_parser(
        "add",
        help=phrase("הוספת משתמש (בכניסת מנהל/ת מערכת; הסיסמה נשאלת, או --password-stdin)"),
        description=phrase(
            "כשגם --password-file - וגם --password-stdin: השורה הראשונה בקלט היא "
            "סיסמת המנהל/ת, השנייה סיסמת המשתמש החדש."
        ),
    )
    add.add_argument("username")
    add.add_argument("--name", required=True, help=phrase("שם מלא"))
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--department", help=phrase("קוד מחלקה לצוות מחלקה, למשל REV"))
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument(
        "--password-stdin", action="store_true", help=phrase("קריאת הסיסמה משורה אחת בקלט")
    )
    add.add_argument("--new-password-file", help=phrase("סיסמת המשתמש החדש מקובץ ('-': מהקלט)"))
    add_login_arguments(add)
    add.set_defaults(func=cmd_user_add)
    lst = user.add_parser("list", help=phrase("רשימת המשתמשים (בכניסת מנהל/ת מערכת)"))
    add_login_arguments(lst)
    lst.set_defaults(func=cmd_user_list)
    for name, text in (
        ("deactivate", phrase("השבתת משתמש: לא ייכנס עוד לאף עמדה (בכניסת מנהל/ת מערכת)")),
        ("reactivate", phrase("הפעלה מחדש של משתמש מושבת (בכניסת מנהל/ת מערכת)")),
    ):
        cmd = user.add_parser(name, help=text)
        cmd.add_argument("username")
        add_login_arguments(cmd)
        cmd.set_defaults(func=cmd_user_deactivate)
    reset = user.add_parser(
        "reset-password",
        help=phrase("סיסמה זמנית למשתמש, שיחליף בכניסה הבאה (בכניסת מנהל/ת מערכת)"),
    )
    reset.add_argument("username")
    reset.add_argument("--new-password-file", help=phrase("הסיסמה הזמנית מקובץ ('-': מהקלט)"))
    add_login_arguments(reset)
    reset.set_defaults(func=cmd_user_reset_password)
    passwd = user.add_parser("passwd", help=phrase("החלפת הסיסמה שלך"))
    passwd.add_argument("username")
    passwd.add_argument("--password-file", help=phrase("הסיסמה הנוכחית מקובץ ('-': מהקלט)"))
    passwd.add_argument("--new-password-file", help=phrase("הסיסמה החדשה מקובץ ('-': מהקלט)"))
    passwd.set_defaults(func=cmd_user_passwd)
