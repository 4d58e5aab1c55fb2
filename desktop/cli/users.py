"""`user add`: adding a user of the station."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import EXIT_USAGE, OPENED, open_engine, say, secret  # noqa: F401
from desktop.core.db import open_database, session_factory  # noqa: F401


def cmd_user_add(args: argparse.Namespace) -> int:
    import getpass

    from sqlalchemy import select

    from desktop.core.db import local_station
    from desktop.core.errors import ValidationError
    from desktop.core.oplog import Actor
    from desktop.core.users import Role, create_user
    from desktop.models import Department

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("סיסמה: ")
        if getpass.getpass("שוב, לאימות: ") != password:
            raise ValidationError("הסיסמאות אינן זהות.")
    with session_factory(open_engine(args)).begin() as session:
        department_id = None
        if args.department:
            department_id = session.scalar(
                select(Department.id).where(Department.code == args.department)
            )
            if department_id is None:
                raise ValidationError(f"אין מחלקה בקוד {args.department}. הריצו קודם: dalpak init")
        station = local_station(session)
        user = create_user(
            session,
            Actor(None, station.id, station.code),
            username=args.username,
            full_name=args.name,
            role=Role(args.role),
            password=password,
            department_id=department_id,
            phone=args.phone,
            email=args.email,
        )
        say(f"המשתמש {user.username} נוצר.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    user = sub.add_parser("user", help="משתמשים").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add", help="הוספת משתמש (הסיסמה נשאלת, או --password-stdin)")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="שם מלא")
    add.add_argument(
        "--role", required=True, choices=["clerk", "department", "supervisor", "admin"]
    )
    add.add_argument("--department", help="קוד מחלקה לצוות מחלקה, למשל REV")
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument("--password-stdin", action="store_true", help="קריאת הסיסמה משורה אחת בקלט")
    add.set_defaults(func=cmd_user_add)
