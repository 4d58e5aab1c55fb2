"""`encrypt`, `backup` and `restore`: the station database encrypted, copied and put back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import say
from desktop.phrases import phrase


def cmd_encrypt(args: argparse.Namespace) -> int:
    from desktop.station.safekeeping import encrypt_database

    done = encrypt_database(args.db)
    say(
        phrase(
            "מסד הנתונים {path} הוצפן: {tables} טבלאות, {rows:,} שורות, "
            "כולן נבדקו מול המקור. מפתח ההצפנה נשמר במאגר הסיסמאות של מערכת ההפעלה."
        ).format(path=done.path, tables=len(done.rows), rows=done.total)
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.station.safekeeping import backup

    done = backup(args.db, Path(args.to) if args.to else None, args.keep)
    say(
        phrase("נכתב גיבוי מוצפן: {path} ({rows:,} שורות).").format(path=done.path, rows=done.total)
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.core.db import open_database, session_factory
    from desktop.core.errors import DalpakError
    from desktop.station.safekeeping import restore
    from desktop.sync.client import saved_client, sync_once

    done = restore(Path(args.file), args.db)
    say(phrase("שוחזר גיבוי אל {path}: {cases:,} פניות.").format(path=done.path, cases=done.cases))
    if done.kept_aside:
        say(phrase("מסד הנתונים הקודם נשמר בשם {name}.").format(name=done.kept_aside))
    if not done.linked:
        say(
            phrase(
                "העמדה אינה מחוברת למרכזת: פניות שנפתחו אחרי הגיבוי אינן בו, ומספריהן עלולים "
                "לחזור על עצמם."
            )
        )
        return 0
    engine = open_database(f"sqlite:///{done.path}")
    try:
        sessions = session_factory(engine)
        with sessions() as session:
            client = saved_client(session)
        with client:
            report = sync_once(sessions, client)
    except Exception as err:  # noqa: BLE001 - offline, refused: the station waits for the hub
        reason = err.message if isinstance(err, DalpakError) else type(err).__name__
        waiting = phrase(
            "המרכזת אינה זמינה כעת ({reason}). העמדה לא תרשום דבר עד לסנכרון מוצלח: "
            "dalpak sync או Ctrl+Shift+S ביישום."
        )
        sys.stderr.write(waiting.format(reason=reason) + "\n")
        return 0
    finally:
        engine.dispose()
    say(
        phrase("העמדה התחברה למרכזת וקיבלה ממנה {operations:,} פעולות; אפשר לשרת.").format(
            operations=report.pulled
        )
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    encrypt = sub.add_parser(
        "encrypt",
        help=phrase("הצפנת מסד נתונים קיים של העמדה (כשהיישום סגור)"),
        description=phrase("מצפין במקום את מסד הנתונים של העמדה; כל שורה נבדקת מול המקור."),
    )
    encrypt.set_defaults(func=cmd_encrypt)
    back = sub.add_parser("backup", help=phrase("גיבוי מוצפן של מסד הנתונים של העמדה"))
    back.add_argument("--to", help=phrase("תיקיית הגיבויים (ברירת מחדל: ההגדרה backup_dir)"))
    back.add_argument(
        "--keep",
        type=int,
        help=phrase("כמה גיבויים אחרונים לשמור (ברירת מחדל: ההגדרה backup_keep)"),
    )
    back.set_defaults(func=cmd_backup)
    rest = sub.add_parser(
        "restore",
        help=phrase("שחזור מגיבוי (כשהיישום סגור); אחריו העמדה מתחברת למרכזת לפני שהיא משרתת"),
    )
    rest.add_argument("file", help=phrase("קובץ הגיבוי"))
    rest.set_defaults(func=cmd_restore)
