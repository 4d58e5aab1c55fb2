"""`encrypt`, `backup` and `restore`: the station database encrypted, copied and put back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import say


def cmd_encrypt(args: argparse.Namespace) -> int:
    from desktop.station.safekeeping import encrypt_database

    done = encrypt_database(args.db)
    say(
        f"מסד הנתונים {done.path} הוצפן: {len(done.rows)} טבלאות, {done.total:,} שורות, "
        "כולן נבדקו מול המקור. מפתח ההצפנה נשמר במאגר הסיסמאות של מערכת ההפעלה."
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.station.safekeeping import backup

    done = backup(args.db, Path(args.to) if args.to else None, args.keep)
    say(f"נכתב גיבוי מוצפן: {done.path} ({done.total:,} שורות).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.core.db import open_database, session_factory
    from desktop.core.errors import DalpakError
    from desktop.station.safekeeping import restore
    from desktop.sync.client import saved_client, sync_once

    done = restore(Path(args.file), args.db)
    say(f"שוחזר גיבוי אל {done.path}: {done.cases:,} פניות.")
    if done.kept_aside:
        say(f"מסד הנתונים הקודם נשמר בשם {done.kept_aside}.")
    if not done.linked:
        say(
            "העמדה אינה מחוברת למרכזת: פניות שנפתחו אחרי הגיבוי אינן בו, ומספריהן עלולים "
            "לחזור על עצמם."
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
        sys.stderr.write(
            f"המרכזת אינה זמינה כעת ({reason}). העמדה לא תרשום דבר עד לסנכרון מוצלח: "
            "dalpak sync או Ctrl+Shift+S ביישום.\n"
        )
        return 0
    finally:
        engine.dispose()
    say(f"העמדה התחברה למרכזת וקיבלה ממנה {report.pulled:,} פעולות; אפשר לשרת.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    encrypt = sub.add_parser(
        "encrypt",
        help="הצפנת מסד נתונים קיים של העמדה (כשהיישום סגור)",
        description="מצפין במקום את מסד הנתונים של העמדה; כל שורה נבדקת מול המקור.",
    )
    encrypt.set_defaults(func=cmd_encrypt)
    back = sub.add_parser("backup", help="גיבוי מוצפן של מסד הנתונים של העמדה")
    back.add_argument("--to", help="תיקיית הגיבויים (ברירת מחדל: ההגדרה backup_dir)")
    back.add_argument(
        "--keep", type=int, help="כמה גיבויים אחרונים לשמור (ברירת מחדל: ההגדרה backup_keep)"
    )
    back.set_defaults(func=cmd_backup)
    rest = sub.add_parser(
        "restore", help="שחזור מגיבוי (כשהיישום סגור); אחריו העמדה מתחברת למרכזת לפני שהיא משרתת"
    )
    rest.add_argument("file", help="קובץ הגיבוי")
    rest.set_defaults(func=cmd_restore)
