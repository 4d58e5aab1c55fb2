"""Setting a station up: `setup`, `init`, `demo` and `settings`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import EXIT_USAGE, OPENED, open_engine, say, secret  # noqa: F401
from desktop.core.db import open_database, session_factory  # noqa: F401
from desktop.core.errors import ValidationError
from desktop.phrases import phrase


def cmd_setup(args: argparse.Namespace) -> int:
    from desktop.station import config as sc

    sessions = session_factory(open_engine(args))
    if args.show:
        with sessions() as session:
            config = sc.read_config(session)
        say(phrase("מועצה: {name}").format(name=config.council_name))
        say(phrase("סמל על הקבלות: יש") if config.has_logo else phrase("סמל על הקבלות: אין"))
        say(phrase("קוד העמדה: {code}").format(code=config.station_code))
        say(
            phrase("מרכזת: {url}").format(url=config.hub_url)
            if config.hub_url
            else phrase("מרכזת: אין (עמדה עצמאית)")
        )
        return 0
    missing = [
        flag
        for flag, value in (
            ("--council-name", args.council_name),
            ("--admin-user", args.admin_user),
            ("--admin-password-file", args.admin_password_file),
        )
        if not value
    ]
    if not args.standalone and not args.hub:
        missing.append(phrase("--standalone או --hub"))
    if args.hub and not (args.station and args.token_file):
        missing.append(phrase("--station ו---token-file"))
    if missing:
        sys.stderr.write(
            phrase("חסרים פרטים להתקנה: {missing}").format(missing=", ".join(missing)) + "\n"
        )
        return EXIT_USAGE
    with sessions() as session:
        if not sc.may_set_up(session):
            sys.stderr.write(
                phrase("העמדה כבר מוגדרת. מנהל/ת מערכת משנה אותה במסך 'הגדרות העמדה'.") + "\n"
            )
            return EXIT_USAGE
    token = secret(args.token_file)
    hub = sc.HubLink(args.hub, args.station, token) if args.hub else None
    setup = sc.StationSetup(
        council_name=args.council_name,
        logo=Path(args.logo) if args.logo else None,
        admin=sc.AdminAccount(
            args.admin_user, args.admin_name or args.admin_user, secret(args.admin_password_file)
        ),
        hub=hub,
        station_code=args.station or args.station_code,
    )
    report = sc.setup_station(sessions, setup)
    ready = (
        phrase("העמדה {code} מוגדרת (מחוברת למרכזת {hub}).")
        if hub
        else phrase("העמדה {code} מוגדרת (עצמאית).")
    )
    say(ready.format(code=report.station_code, hub=args.hub))
    admin = args.admin_user.strip().lower()
    if report.admin_created:
        say(phrase("מנהל/ת המערכת {username} נוצר/ה.").format(username=admin))
    else:
        say(phrase("העמדה נפתחת בחשבון המועצה {username} (מהמרכזת).").format(username=admin))
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.core.db import local_station
    from desktop.core.oplog import Actor
    from desktop.station.seed import seed_reference_data

    engine = open_engine(args)
    with session_factory(engine).begin() as session:
        station = local_station(session)
        seed_reference_data(session, Actor(None, station.id, station.code))
    say(
        phrase("מסד הנתונים מוכן: {url}").format(
            url=engine.url.render_as_string(hide_password=True)
        )
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop.core.db import local_station
    from desktop.core.oplog import Actor
    from desktop.models import Resident
    from desktop.station.demo import DEMO_PASSWORD, build_demo, demo_logins

    engine = open_engine(args)

    def progress(done: int, total: int) -> None:
        sys.stderr.write("\r" + phrase("תושבים: {done:,}/{total:,}").format(done=done, total=total))
        if done == total:
            sys.stderr.write("\n")

    with session_factory(engine).begin() as session:
        station = local_station(session)
        if args.if_empty and session.scalar(select(Resident.id).limit(1)) is not None:
            logins = demo_logins(session)
            say(phrase("מסד הנתונים כבר מלא; הדמו לא נבנה מחדש."))
            print_logins(logins, DEMO_PASSWORD)
            return 0
        logins = build_demo(
            session,
            Actor(None, station.id, station.code),
            residents=args.residents,
            seed=args.seed,
            cases=args.cases,
            progress=progress if args.residents >= 50_000 else None,
        )
    say(phrase("הדמו מוכן ({residents:,} תושבים).").format(residents=args.residents))
    print_logins(logins, DEMO_PASSWORD)
    return 0


def print_logins(logins, password: str) -> None:  # noqa: ANN001
    from desktop.core.users import ROLE_LABELS

    say(phrase("כניסות למערכת (סיסמה לכולם: {password}):").format(password=password))
    for login in logins:
        extra = f" - {login.department}" if login.department else ""
        say(f"  {login.username:8}  {login.full_name} ({ROLE_LABELS[login.role]}{extra})")


def _typed_or_read(path: str, *, hidden: bool) -> str:
    """A setting's value from the first line of a file, or from standard input for '-' (typed
    without echo when a person types a secret)."""
    if path == "-" and hidden and sys.stdin.isatty():
        import getpass

        return getpass.getpass(phrase("הערך (אינו מוצג): "))
    return secret(path)


def cmd_settings(args: argparse.Namespace) -> int:
    from desktop.core import settings

    if args.name and args.name not in settings.OPTIONS:
        sys.stderr.write(
            phrase("אין הגדרה בשם {name}. הגדרות: {names}").format(
                name=args.name, names=", ".join(settings.OPTIONS)
            )
            + "\n"
        )
        return EXIT_USAGE
    if args.name in settings.SECRETS and args.value is not None:
        # Other users of the computer see a command's arguments (ps, /proc): never a secret.
        sys.stderr.write(
            phrase(
                "{name} הוא סוד, ולכן אינו נכתב בשורת הפקודה (משתמשים אחרים במחשב רואים אותה)."
                " כך: dalpak settings {name} --value-file FILE (או '-' כדי להקליד אותו)."
            ).format(name=args.name)
            + "\n"
        )
        return EXIT_USAGE
    if args.value_file:
        if not args.name:
            sys.stderr.write(phrase("--value-file צריך שם של הגדרה.") + "\n")
            return EXIT_USAGE
        args.value = _typed_or_read(args.value_file, hidden=args.name in settings.SECRETS)
    if args.name and args.value is not None:
        try:
            settings.set_value(args.name, args.value)
        except ValidationError as err:
            sys.stderr.write(err.message + "\n")
            return EXIT_USAGE
    for option in settings.OPTIONS.values():
        if not args.name or option.name == args.name:
            # A secret lives in the credential store and is never printed.
            say(f"{option.name} = {settings.shown(option.name)}    # {option.doc}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    setup = sub.add_parser(
        "setup",
        help=phrase("הגדרת עמדה חדשה בלי אשף (להתקנה אוטומטית)"),
        allow_abbrev=False,
        description=phrase(
            "הגדרת עמדה חדשה: המועצה על הקבלות, עמדה עצמאית או מחוברת למרכזת, "
            "ומנהל/ת המערכת הראשון/ה. --show מציג את ההגדרות הנוכחיות."
        ),
    )
    setup.add_argument("--show", action="store_true", help=phrase("הצגת ההגדרות הנוכחיות בלבד"))
    setup.add_argument("--council-name", help=phrase("שם המועצה כפי שיודפס על הקבלות"))
    setup.add_argument("--logo", help=phrase("קובץ תמונה של סמל המועצה (PNG או JPG)"))
    mode = setup.add_mutually_exclusive_group()
    mode.add_argument("--standalone", action="store_true", help=phrase("עמדה עצמאית, בלי מרכזת"))
    mode.add_argument("--hub", help=phrase("כתובת המרכזת, למשל https://hub.council.local:8443"))
    setup.add_argument("--station", help=phrase("קוד העמדה (במרכזת: כפי שנרשם ב-hub add-station)"))
    setup.add_argument("--token-file", help=phrase("קובץ שבשורה הראשונה שלו האסימון ('-': הקלט)"))
    setup.add_argument("--admin-user", help=phrase("שם המשתמש של מנהל/ת המערכת"))
    setup.add_argument("--admin-name", help=phrase("השם המלא של מנהל/ת המערכת"))
    setup.add_argument(
        "--admin-password-file", help=phrase("קובץ שבשורה הראשונה שלו הסיסמה ('-': הקלט)")
    )
    setup.set_defaults(func=cmd_setup)
    sub.add_parser("init", help=phrase("יצירת מסד נתונים ריק עם נתוני המועצה")).set_defaults(
        func=cmd_init
    )
    demo = sub.add_parser("demo", help=phrase("מילוי מסד הנתונים בנתוני הדגמה"))
    demo.add_argument("--residents", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument(
        "--cases",
        type=int,
        default=None,
        help=phrase("מספר פניות עבר (ברירת מחדל: לפי מספר התושבים)"),
    )
    demo.add_argument(
        "--if-empty", action="store_true", help=phrase("לבנות רק אם אין עדיין תושבים במסד")
    )
    demo.set_defaults(func=cmd_demo)
    conf = sub.add_parser("settings", help=phrase("הצגה ושינוי של הגדרות העמדה"))
    conf.add_argument("name", nargs="?")
    conf.add_argument("value", nargs="?")
    conf.add_argument(
        "--value-file",
        metavar="FILE",
        help=phrase("הערך מהשורה הראשונה של קובץ ('-': הקלט); כך נותנים סוד כמו smtp_password"),
    )
    conf.set_defaults(func=cmd_settings)
