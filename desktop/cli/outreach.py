"""The council's data and proactive service: `import` and `scan`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.cli.common import EXIT_USAGE, OPENED, open_engine, say, secret  # noqa: F401
from desktop.core.db import open_database, session_factory  # noqa: F401
from desktop.phrases import phrase


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.core.db import local_station
    from desktop.core.oplog import Actor
    from desktop.extras.importing import import_file

    with session_factory(open_engine(args))() as session:
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
        say(report.as_json())
    else:
        say(report.as_text())
        if report.errors and not args.skip_bad and not args.dry_run:
            say(phrase("(--skip-bad מייבא את השורות התקינות בלבד; --dry-run בודק בלי לכתוב.)"))
    return 0 if not report.errors else EXIT_USAGE


def cmd_scan(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from desktop.core.db import local_station
    from desktop.core.errors import ValidationError
    from desktop.core.oplog import Actor
    from desktop.extras.outreach import scan
    from desktop.models import User
    from desktop.receipts.letter import render_letters

    with session_factory(open_engine(args)).begin() as session:
        stmt = select(User).where(User.active)
        stmt = (
            stmt.where(User.username == args.owner)
            if args.owner
            else stmt.where(User.role.in_(["supervisor", "admin"])).order_by(
                User.role.desc(), User.username
            )
        )
        owner = session.scalars(stmt).first()
        if owner is None:
            raise ValidationError(
                phrase("לא נמצא משתמש שיהיה הבעלים של הפניות היזומות (--owner USERNAME).")
            )
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
        say(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    scanned = (
        phrase(
            "סריקה יזומה - בדיקה בלבד (לא נוצר דבר): נסרקו {scanned:,} תושבים ב-{seconds:.1f} שניות"
        )
        if args.dry_run
        else phrase("סריקה יזומה - בוצע: נסרקו {scanned:,} תושבים ב-{seconds:.1f} שניות")
    )
    say(scanned.format(scanned=report.scanned, seconds=report.seconds))
    for rule, count in sorted(report.by_rule().items()):
        say(f"  {rule}: {count}")
    say(
        phrase(
            "נמצאו {found} (כבר טופלו קודם: {already_done}); נוצרו {created} פניות, "
            "{messages} הודעות בתיבת היוצא, {letters} מכתבים"
        ).format(
            found=len(report.found),
            already_done=report.already_done,
            created=report.created,
            messages=report.messages,
            letters=len(report.letters),
        )
    )
    for path in written:
        say("  " + phrase("נכתב: {path}").format(path=path))
    if report.letters and not written and not args.dry_run:
        say(
            "  "
            + phrase(
                "למכתבים להדפסה: --letters DIR או --batch FILE.pdf (בהרצה הבאה לא ייווצרו שוב)."
            )
        )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import", help=phrase("ייבוא תושבים או נתוניהם מקובץ CSV או Excel (xlsx)"))
    imp.add_argument(
        "file", help=phrase("קובץ CSV (UTF-8 או Windows-1255) או xlsx; שורה 1 היא הכותרות")
    )
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
        help=phrase("מה יש בקובץ (ברירת מחדל: residents)"),
    )
    imp.add_argument("--dry-run", action="store_true", help=phrase("בדיקה ודוח בלבד, בלי לכתוב"))
    imp.add_argument(
        "--skip-bad", action="store_true", help=phrase("לייבא את השורות התקינות ולדווח על השגויות")
    )
    imp.add_argument("--json", action="store_true", help=phrase("הדוח כ-JSON, עם כל השורות"))
    imp.set_defaults(func=cmd_import)
    scan = sub.add_parser("scan", help=phrase("שירות יזום: סריקת כל התושבים לטריגרים שהגיע זמנם"))
    scan.add_argument("--dry-run", action="store_true", help=phrase("לדווח בלבד, בלי ליצור דבר"))
    scan.add_argument("--json", action="store_true")
    scan.add_argument(
        "--owner", help=phrase("שם המשתמש שיהיה הבעלים של הפניות (ברירת מחדל: מפקח/ת)")
    )
    scan.add_argument("--letters", help=phrase("תיקייה למכתב PDF לכל תושב/ת"))
    scan.add_argument("--batch", help=phrase("קובץ PDF אחד עם כל המכתבים"))
    scan.set_defaults(func=cmd_scan)
