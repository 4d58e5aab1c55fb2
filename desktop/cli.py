"""The command line: open the app, build the demo, list and show cases, write receipts."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.services.db import ENV_DB, open_database, session_factory

EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_MISSING_PACKAGE = 4

# The hub's server and the PostgreSQL driver come with the `hub` extra; a station runs without.
_HUB_PACKAGES = {"starlette", "uvicorn", "psycopg", "psycopg_binary", "psycopg_c"}


_OPENED: list = []  # engines a command opened; disposed when it ends


def _engine(args: argparse.Namespace):  # noqa: ANN202
    engine = open_database(args.db, station_code=args.station_code)
    _OPENED.append(engine)
    return engine


def _print(text: str) -> None:
    sys.stdout.write(text + "\n")


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.ui.app import run

    return run(db_url=args.db, station_code=args.station_code, smoke=getattr(args, "smoke", None))


def _secret(path: str | None) -> str:
    """The first line of a file, or of standard input for '-' (never a command-line argument,
    which other users of the machine can see)."""
    if not path:
        return ""
    text = sys.stdin.readline() if path == "-" else Path(path).read_text(encoding="utf-8")
    return text.splitlines()[0] if text.splitlines() else ""


def cmd_setup(args: argparse.Namespace) -> int:
    from desktop.services import station_config as sc

    sessions = session_factory(_engine(args))
    if args.show:
        with sessions() as session:
            config = sc.read_config(session)
        _print(f"מועצה: {config.council_name}")
        _print(f"סמל על הקבלות: {'יש' if config.has_logo else 'אין'}")
        _print(f"קוד העמדה: {config.station_code}")
        _print(f"מרכזת: {config.hub_url or 'אין (עמדה עצמאית)'}")
        return 0
    missing = [flag for flag, value in (("--council-name", args.council_name),
                                        ("--admin-user", args.admin_user),
                                        ("--admin-password-file", args.admin_password_file)) if not value]
    if not args.standalone and not args.hub:
        missing.append("--standalone או --hub")
    if args.hub and not (args.station and (args.token or args.token_file)):
        missing.append("--station ו---token (או --token-file)")
    if missing:
        sys.stderr.write("חסרים פרטים להתקנה: " + ", ".join(missing) + "\n")
        return EXIT_USAGE
    with sessions() as session:
        if not sc.needs_first_run(session):
            sys.stderr.write("העמדה כבר מוגדרת. מנהל/ת מערכת משנה אותה במסך 'הגדרות העמדה'.\n")
            return EXIT_USAGE
    token = args.token or _secret(args.token_file)
    hub = sc.HubLink(args.hub, args.station, token) if args.hub else None
    setup = sc.StationSetup(
        council_name=args.council_name,
        logo=Path(args.logo) if args.logo else None,
        admin=sc.AdminAccount(args.admin_user, args.admin_name or args.admin_user,
                              _secret(args.admin_password_file)),
        hub=hub,
        station_code=args.station or args.station_code,
    )
    report = sc.setup_station(sessions, setup)
    mode = f"מחוברת למרכזת {args.hub}" if hub else "עצמאית"
    _print(f"העמדה {report.station_code} מוגדרת ({mode}).")
    if report.admin_created:
        _print(f"מנהל/ת המערכת {args.admin_user.strip().lower()} נוצר/ה.")
    else:
        _print(f"המשתמש {args.admin_user.strip().lower()} כבר קיים במרכזת; לא נוצר חשבון חדש.")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.services.db import local_station
    from desktop.services.oplog import Actor
    from desktop.services.reference import seed_reference_data

    engine = _engine(args)
    with session_factory(engine).begin() as session:
        station = local_station(session)
        seed_reference_data(session, Actor(None, station.id, station.code))
    _print(f"מסד הנתונים מוכן: {engine.url.render_as_string(hide_password=True)}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop.models import Resident
    from desktop.services.db import local_station
    from desktop.services.demo import DEMO_PASSWORD, build_demo, demo_logins
    from desktop.services.oplog import Actor

    engine = _engine(args)

    def progress(done: int, total: int) -> None:
        sys.stderr.write(f"\rתושבים: {done:,}/{total:,}")
        if done == total:
            sys.stderr.write("\n")

    with session_factory(engine).begin() as session:
        station = local_station(session)
        if args.if_empty and session.scalar(select(Resident.id).limit(1)) is not None:
            logins = demo_logins(session)
            _print("מסד הנתונים כבר מלא; הדמו לא נבנה מחדש.")
            _print_logins(logins, DEMO_PASSWORD)
            return 0
        logins = build_demo(
            session, Actor(None, station.id, station.code), residents=args.residents,
            seed=args.seed, cases=args.cases, progress=progress if args.residents >= 50_000 else None,
        )
    _print(f"הדמו מוכן ({args.residents:,} תושבים).")
    _print_logins(logins, DEMO_PASSWORD)
    return 0


def _print_logins(logins, password: str) -> None:  # noqa: ANN001
    from desktop.services.users import ROLE_LABELS

    _print(f"כניסות למערכת (סיסמה לכולם: {password}):")
    for login in logins:
        extra = f" - {login.department}" if login.department else ""
        _print(f"  {login.username:8}  {login.full_name} ({ROLE_LABELS[login.role]}{extra})")


def cmd_case_list(args: argparse.Namespace) -> int:
    from desktop.services.cases import CASE_STATUS_LABELS, list_cases

    with session_factory(_engine(args))() as session:
        cases = list_cases(session, limit=args.limit)
    if args.json:
        _print(json.dumps([c.as_json() for c in cases], ensure_ascii=False, indent=2))
        return 0
    for c in cases:
        _print(f"{c.number}  {c.resident_name}  ({c.owner_name})  {CASE_STATUS_LABELS.get(c.status, c.status)}")
        for i in c.items:
            _print(f"    - {i.request_type} | {i.department} | {i.expected_date:%d/%m/%Y}")
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    from desktop.services.cases import CASE_STATUS_LABELS, ITEM_STATUS_LABELS, get_case, timeline

    with session_factory(_engine(args))() as session:
        case = get_case(session, args.number)
        events = timeline(session, case)
    if args.json:
        data = case.as_json()
        data["timeline"] = [
            {"at": e.at.isoformat(), "who": e.who, "kind": e.kind, "text": e.text} for e in events
        ]
        _print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    _print(f"פנייה {case.number} - {case.resident_name} ({case.resident_national_id})")
    _print(f"בעלים: {case.owner_name}   מצב: {CASE_STATUS_LABELS.get(case.status, case.status)}")
    for i in case.items:
        status = ITEM_STATUS_LABELS.get(i.status, i.status)
        _print(f"  {i.position}. {i.request_type} | {i.department} | {i.expected_date:%d/%m/%Y} | {status}")
    _print("ציר הזמן:")
    for e in events:
        _print(f"  {e.at:%Y-%m-%d %H:%M} UTC  {e.who}  {e.text}")
    return 0


def cmd_lobby_list(args: argparse.Namespace) -> int:
    from desktop.services import clock, lobby

    now = clock.utcnow()
    with session_factory(_engine(args))() as session:
        waiting = lobby.waiting_list(session, now)
        called = lobby.called_now(session, now)
        estimate = lobby.expected_wait(session, now)
    if args.json:
        def row(v: lobby.VisitView) -> dict:
            return {
                "ticket": v.ticket, "name": v.name, "reason": v.reason, "priority": v.priority,
                "priority_reason": v.priority_reason, "status": v.status,
                "arrived_at": v.arrived_at.isoformat(), "waited_minutes": v.waited_minutes(now),
                "counter": v.counter, "called_by": v.called_by,
            }

        _print(json.dumps({"waiting": [row(v) for v in waiting], "called": [row(v) for v in called],
                           "expected_wait_minutes": estimate.minutes}, ensure_ascii=False, indent=2))
        return 0
    _print(f"ממתינים: {len(waiting)}   המתנה צפויה: {estimate.minutes} דקות")
    for v in waiting:
        priority = f"  קדימות: {lobby.PRIORITY_LABELS[v.priority]} - {v.priority_reason}" if v.priority != "none" else ""
        _print(f"  {v.ticket}  {v.name}  {v.waited_minutes(now)} דקות  {v.reason}{priority}")
    for v in called:
        _print(f"  {v.ticket}  {v.name}  בעמדה {v.counter} ({v.called_by})")
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    from desktop.services.receipt_data import receipt_pdf

    with session_factory(_engine(args))() as session:
        pdf = receipt_pdf(session, args.number, args.size)
    Path(args.output).write_bytes(pdf)
    _print(f"הקבלה נשמרה: {args.output}")
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    import getpass

    from sqlalchemy import select

    from desktop.models import Department
    from desktop.services.db import local_station
    from desktop.services.errors import ValidationError
    from desktop.services.oplog import Actor
    from desktop.services.users import Role, create_user

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("סיסמה: ")
        if getpass.getpass("שוב, לאימות: ") != password:
            raise ValidationError("הסיסמאות אינן זהות.")
    with session_factory(_engine(args)).begin() as session:
        department_id = None
        if args.department:
            department_id = session.scalar(select(Department.id).where(Department.code == args.department))
            if department_id is None:
                raise ValidationError(f"אין מחלקה בקוד {args.department}. הריצו קודם: dalpak init")
        station = local_station(session)
        user = create_user(
            session, Actor(None, station.id, station.code), username=args.username,
            full_name=args.name, role=Role(args.role), password=password,
            department_id=department_id, phone=args.phone, email=args.email,
        )
        _print(f"המשתמש {user.username} נוצר.")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from desktop import settings

    if args.name and args.name not in settings.OPTIONS:
        sys.stderr.write(f"אין הגדרה בשם {args.name}. הגדרות: {', '.join(settings.OPTIONS)}\n")
        return EXIT_USAGE
    if args.name and args.value is not None:
        try:
            settings.set_value(args.name, args.value)
        except ValueError:
            sys.stderr.write(f"הערך {args.value!r} אינו מתאים להגדרה {args.name}.\n")
            return EXIT_USAGE
    for option in settings.OPTIONS.values():
        if not args.name or option.name == args.name:
            _print(f"{option.name} = {settings.get(option.name)}    # {option.doc}")
    return 0


def _hub_engine(args: argparse.Namespace):  # noqa: ANN202
    from desktop.sync.keys import init_hub

    engine = open_database(args.db, station_code="HUB")
    _OPENED.append(engine)
    with session_factory(engine).begin() as session:
        init_hub(session)
    return engine


def cmd_hub_init(args: argparse.Namespace) -> int:
    from desktop.services.db import local_station
    from desktop.services.oplog import Actor
    from desktop.services.reference import seed_reference_data

    engine = _hub_engine(args)
    with session_factory(engine).begin() as session:
        hub = local_station(session)
        seed_reference_data(session, Actor(None, hub.id, hub.code))
    _print(f"מסד הנתונים של המרכזת מוכן: {engine.url.render_as_string(hide_password=True)}")
    return 0


def cmd_hub_serve(args: argparse.Namespace) -> int:
    from desktop.sync.hub import serve

    host, _sep, port = args.listen.rpartition(":")
    if not port.isdigit():
        sys.stderr.write("--listen צריך להיות HOST:PORT, למשל 0.0.0.0:8443\n")
        return EXIT_USAGE
    if bool(args.cert) != bool(args.key):
        sys.stderr.write("ל-TLS צריך גם --cert וגם --key.\n")
        return EXIT_USAGE
    engine = _hub_engine(args)
    scheme = "https" if args.cert else "http"
    _print(f"המרכזת מאזינה ב-{scheme}://{host or '0.0.0.0'}:{port}")
    serve(engine, host or "0.0.0.0", int(port), args.cert, args.key)
    return 0


def cmd_hub_add_station(args: argparse.Namespace) -> int:
    from desktop.services.db import local_station
    from desktop.services.oplog import Actor
    from desktop.sync.keys import add_station

    with session_factory(_hub_engine(args)).begin() as session:
        hub = local_station(session)
        station, token = add_station(session, Actor(None, hub.id, hub.code), args.code, args.name)
    _print(f"העמדה {station.code} נרשמה. האסימון (מוצג פעם אחת בלבד):")
    _print(token)
    return 0


def cmd_hub_revoke_station(args: argparse.Namespace) -> int:
    from desktop.sync.keys import revoke_station

    with session_factory(_hub_engine(args)).begin() as session:
        revoke_station(session, args.code)
    _print(f"האסימון של העמדה {args.code.upper()} בוטל.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop.sync.client import HubClient, connect, saved_client, sync_once

    engine = _engine(args)
    sessions = session_factory(engine)
    given = [args.hub, args.station, args.token]
    if any(given) and not all(given):
        sys.stderr.write("לחיבור ראשון צריך את שלושתם: --hub, --station ו---token.\n")
        return EXIT_USAGE
    if all(given):
        from desktop import settings

        verify = settings.get("hub_ca_file") or True
        with HubClient(args.hub, args.token, verify=verify) as client:
            code = connect(sessions, client, args.hub, args.token)
            if code != args.station.upper():
                sys.stderr.write(f"האסימון שייך לעמדה {code}, לא ל-{args.station}.\n")
                return EXIT_USAGE
    with sessions() as session:
        client = saved_client(session)
    with client:
        report = sync_once(sessions, client)
    _print(f"סנכרון הושלם: נשלחו {report.pushed}, התקבלו {report.pulled}"
           + (f", בהסגר {len(report.quarantined)}" if report.quarantined else ""))
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop.models import User
    from desktop.receipts.letter import render_letters
    from desktop.services.db import local_station
    from desktop.services.errors import ValidationError
    from desktop.services.oplog import Actor
    from desktop.services.outreach import scan

    with session_factory(_engine(args)).begin() as session:
        stmt = select(User).where(User.active)
        stmt = stmt.where(User.username == args.owner) if args.owner else stmt.where(
            User.role.in_(["supervisor", "admin"])).order_by(User.role.desc(), User.username)
        owner = session.scalars(stmt).first()
        if owner is None:
            raise ValidationError("לא נמצא משתמש שיהיה הבעלים של הפניות היזומות (--owner USERNAME).")
        station = local_station(session)
        report = scan(session, Actor(owner.id, station.id, station.code), dry_run=args.dry_run)
    written = []
    if report.letters and args.letters:
        folder = Path(args.letters)
        folder.mkdir(parents=True, exist_ok=True)
        for letter in report.letters:
            target = folder / f"{letter.case_number}.pdf"
            target.write_bytes(render_letters([letter]))
            written.append(str(target))
    if report.letters and args.batch:
        Path(args.batch).write_bytes(render_letters(report.letters))
        written.append(args.batch)
    if args.json:
        data = report.as_json()
        data["files"] = written
        _print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    mode = "בדיקה בלבד (לא נוצר דבר)" if args.dry_run else "בוצע"
    _print(f"סריקה יזומה - {mode}: נסרקו {report.scanned:,} תושבים ב-{report.seconds:.1f} שניות")
    for rule, count in sorted(report.by_rule().items()):
        _print(f"  {rule}: {count}")
    _print(f"נמצאו {len(report.found)} (כבר טופלו קודם: {report.already_done}); נוצרו {report.created} פניות, "
           f"{report.messages} הודעות בתיבת היוצא, {len(report.letters)} מכתבים")
    for path in written:
        _print(f"  נכתב: {path}")
    if report.letters and not written and not args.dry_run:
        _print("  למכתבים להדפסה: --letters DIR או --batch FILE.pdf (בהרצה הבאה לא ייווצרו שוב).")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.services.db import local_station
    from desktop.services.importing import import_file
    from desktop.services.oplog import Actor

    with session_factory(_engine(args))() as session:
        station = local_station(session)
        report = import_file(
            session,
            Actor(None, station.id, station.code),
            Path(args.file),
            args.kind,
            dry_run=args.dry_run,
            skip_bad=args.skip_bad,
        )
        if report.written:
            session.commit()  # every row of the file in one transaction
    if args.json:
        _print(report.as_json())
    else:
        _print(report.as_text())
        if report.errors and not args.skip_bad and not args.dry_run:
            _print("(--skip-bad מייבא את השורות התקינות בלבד; --dry-run בודק בלי לכתוב.)")
    return 0 if not report.errors else EXIT_USAGE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dalpak", description="דלפק - דלפק השירות של המועצה. בלי פקודה: פתיחת היישום."
    )
    parser.add_argument(
        "--db", default=os.environ.get(ENV_DB),
        help=f"כתובת מסד הנתונים (SQLAlchemy URL); ברירת מחדל: ${ENV_DB} או קובץ SQLite בתיקיית הנתונים",
    )
    parser.add_argument(
        "--station-code", default=os.environ.get("DALPAK_STATION", "KDR"),
        help="קוד העמדה למספרי פניות במסד חדש (ברירת מחדל KDR)",
    )
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="פתיחת היישום")
    # Checks a built bundle: opens the counter as the first admin, saves a picture, quits.
    gui.add_argument("--smoke", metavar="PNG", help=argparse.SUPPRESS)
    gui.set_defaults(func=cmd_gui)

    setup = sub.add_parser(
        "setup", help="הגדרת עמדה חדשה בלי אשף (להתקנה אוטומטית)",
        description="הגדרת עמדה חדשה: המועצה על הקבלות, עמדה עצמאית או מחוברת למרכזת, "
                    "ומנהל/ת המערכת הראשון/ה. --show מציג את ההגדרות הנוכחיות.",
    )
    setup.add_argument("--show", action="store_true", help="הצגת ההגדרות הנוכחיות בלבד")
    setup.add_argument("--council-name", help="שם המועצה כפי שיודפס על הקבלות")
    setup.add_argument("--logo", help="קובץ תמונה של סמל המועצה (PNG או JPG)")
    mode = setup.add_mutually_exclusive_group()
    mode.add_argument("--standalone", action="store_true", help="עמדה עצמאית, בלי מרכזת")
    mode.add_argument("--hub", help="כתובת המרכזת, למשל https://hub.council.local:8443")
    setup.add_argument("--station", help="קוד העמדה (במרכזת: כפי שנרשם ב-hub add-station)")
    setup.add_argument("--token", help="האסימון של העמדה (עדיף --token-file)")
    setup.add_argument("--token-file", help="קובץ שבשורה הראשונה שלו האסימון ('-': הקלט)")
    setup.add_argument("--admin-user", help="שם המשתמש של מנהל/ת המערכת")
    setup.add_argument("--admin-name", help="השם המלא של מנהל/ת המערכת")
    setup.add_argument("--admin-password-file", help="קובץ שבשורה הראשונה שלו הסיסמה ('-': הקלט)")
    setup.set_defaults(func=cmd_setup)
    sub.add_parser("init", help="יצירת מסד נתונים ריק עם נתוני המועצה").set_defaults(func=cmd_init)

    demo = sub.add_parser("demo", help="מילוי מסד הנתונים בנתוני הדגמה")
    demo.add_argument("--residents", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--cases", type=int, default=None, help="מספר פניות עבר (ברירת מחדל: לפי מספר התושבים)")
    demo.add_argument("--if-empty", action="store_true", help="לבנות רק אם אין עדיין תושבים במסד")
    demo.set_defaults(func=cmd_demo)

    case = sub.add_parser("case", help="פניות").add_subparsers(dest="case_command", required=True)
    lst = case.add_parser("list", help="רשימת פניות")
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--limit", type=int, default=None)
    lst.set_defaults(func=cmd_case_list)
    show = case.add_parser("show", help="פנייה אחת עם ציר הזמן")
    show.add_argument("number")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_case_show)

    lobby = sub.add_parser("lobby", help="הלובי").add_subparsers(dest="lobby_command", required=True)
    lobby_list = lobby.add_parser("list", help="הממתינים היום לפי סדר הקריאה, ומי בעמדות")
    lobby_list.add_argument("--json", action="store_true")
    lobby_list.set_defaults(func=cmd_lobby_list)

    user = sub.add_parser("user", help="משתמשים").add_subparsers(dest="user_command", required=True)
    add = user.add_parser("add", help="הוספת משתמש (הסיסמה נשאלת, או --password-stdin)")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="שם מלא")
    add.add_argument("--role", required=True, choices=["clerk", "department", "supervisor", "admin"])
    add.add_argument("--department", help="קוד מחלקה לצוות מחלקה, למשל REV")
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.add_argument("--password-stdin", action="store_true", help="קריאת הסיסמה משורה אחת בקלט")
    add.set_defaults(func=cmd_user_add)

    conf = sub.add_parser("settings", help="הצגה ושינוי של הגדרות העמדה")
    conf.add_argument("name", nargs="?")
    conf.add_argument("value", nargs="?")
    conf.set_defaults(func=cmd_settings)

    hub = sub.add_parser("hub", help="המרכזת (מול מסד הנתונים המרכזי)").add_subparsers(
        dest="hub_command", required=True
    )
    hub.add_parser("init", help="הכנת מסד הנתונים המרכזי עם נתוני המועצה").set_defaults(func=cmd_hub_init)
    serve = hub.add_parser("serve", help="הפעלת שירות המרכזת")
    serve.add_argument("--listen", default="127.0.0.1:8765", help="HOST:PORT")
    serve.add_argument("--cert", help="קובץ תעודת TLS (PEM)")
    serve.add_argument("--key", help="קובץ המפתח של התעודה (PEM)")
    serve.set_defaults(func=cmd_hub_serve)
    add_station = hub.add_parser("add-station", help="רישום עמדה והפקת אסימון")
    add_station.add_argument("code")
    add_station.add_argument("--name", default="")
    add_station.set_defaults(func=cmd_hub_add_station)
    revoke = hub.add_parser("revoke-station", help="ביטול האסימון של עמדה")
    revoke.add_argument("code")
    revoke.set_defaults(func=cmd_hub_revoke_station)

    sync = sub.add_parser("sync", help="סנכרון עם המרכזת עכשיו")
    sync.add_argument("--hub", help="כתובת המרכזת, למשל https://hub.example:8443")
    sync.add_argument("--station", help="קוד העמדה")
    sync.add_argument("--token", help="האסימון שהופק ב-hub add-station")
    sync.set_defaults(func=cmd_sync)

    scan = sub.add_parser("scan", help="שירות יזום: סריקת כל התושבים לטריגרים שהגיע זמנם")
    scan.add_argument("--dry-run", action="store_true", help="לדווח בלבד, בלי ליצור דבר")
    scan.add_argument("--json", action="store_true")
    scan.add_argument("--owner", help="שם המשתמש שיהיה הבעלים של הפניות (ברירת מחדל: מפקח/ת)")
    scan.add_argument("--letters", help="תיקייה למכתב PDF לכל תושב/ת")
    scan.add_argument("--batch", help="קובץ PDF אחד עם כל המכתבים")
    scan.set_defaults(func=cmd_scan)

    imp = sub.add_parser("import", help="ייבוא תושבים או נתוניהם מקובץ CSV או Excel (xlsx)")
    imp.add_argument("file", help="קובץ CSV (UTF-8 או Windows-1255) או xlsx; שורה 1 היא הכותרות")
    imp.add_argument(
        "--kind",
        default="residents",
        choices=[
            "residents",
            "property_accounts",
            "dog_licences",
            "parking_permits",
            "household",
            "statuses",
        ],
        help="מה יש בקובץ (ברירת מחדל: residents)",
    )
    imp.add_argument("--dry-run", action="store_true", help="בדיקה ודוח בלבד, בלי לכתוב")
    imp.add_argument(
        "--skip-bad", action="store_true", help="לייבא את השורות התקינות ולדווח על השגויות"
    )
    imp.add_argument("--json", action="store_true", help="הדוח כ-JSON, עם כל השורות")
    imp.set_defaults(func=cmd_import)

    receipt = sub.add_parser("receipt", help="כתיבת קבלה לקובץ PDF")
    receipt.add_argument("number")
    receipt.add_argument("-o", "--output", required=True)
    receipt.add_argument("--size", choices=["a4", "80mm"], default="a4")
    receipt.set_defaults(func=cmd_receipt)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.services.errors import CaseNotFound, DalpakError

    args = build_parser().parse_args(argv)
    if getattr(args, "command", None) == "demo" and args.residents < 0:
        sys.stderr.write("מספר התושבים חייב להיות 0 או יותר.\n")
        return EXIT_USAGE
    try:
        return args.func(args)
    except ModuleNotFoundError as err:
        package = (err.name or "").partition(".")[0]
        if package not in _HUB_PACKAGES:
            raise
        need = "למסד נתונים PostgreSQL" if package.startswith("psycopg") else "להפעלת המרכזת"
        sys.stderr.write(f"{need} צריך את חבילות המרכזת, והחבילה {package} אינה מותקנת.\n"
                         "להתקנה: pip install 'dalpak[hub]'\n")
        return EXIT_MISSING_PACKAGE
    except CaseNotFound as err:
        sys.stderr.write(err.message + "\n")
        return EXIT_NOT_FOUND
    except DalpakError as err:
        sys.stderr.write(err.message + "\n")
        return EXIT_USAGE
    finally:
        while _OPENED:
            _OPENED.pop().dispose()


if __name__ == "__main__":
    sys.exit(main())
