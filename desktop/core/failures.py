"""What went wrong, in Hebrew, for an error that reaches the edge of the app (the command line,
the start of the window): a database that cannot be opened, a file that cannot be written.

`describe` turns the exception into an exit code and a message that names the database (with
any password hidden) or the file; anything it does not know is an unexpected error, whose
details are in the log.
"""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass
from pathlib import Path

from desktop.phrases import Labels, phrase

EXIT_UNEXPECTED = 1
EXIT_DATABASE = 5  # the database cannot be opened, is not a Dalpak database, or is the wrong kind
EXIT_FILE = 6  # a file cannot be read or written


@dataclass(frozen=True)
class Failure:
    exit_code: int
    message: str


_ERRNO = Labels(
    {
        errno.ENOENT: "הקובץ או התיקייה אינם קיימים",
        errno.ENOTDIR: "חלק מהנתיב אינו תיקייה",
        errno.EISDIR: "זו תיקייה ולא קובץ",
        errno.EACCES: "אין הרשאה",
        errno.EPERM: "אין הרשאה",
        errno.EROFS: "מערכת הקבצים לקריאה בלבד",
        errno.ENOSPC: "אין מקום פנוי בדיסק",
        errno.EEXIST: "הקובץ כבר קיים",
    }
)


def shown_url(url: str | None) -> str:
    """The database's address as it may be shown: the password hidden."""
    if not url:
        from desktop.core.db import default_url

        url = default_url()
    try:
        from sqlalchemy import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not even a URL: hide whatever looks like a password
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)


def _sqlite_path(url: str | None) -> Path | None:
    from desktop.core.db import default_url

    url = url or default_url()
    if not url.startswith("sqlite"):
        return None
    try:
        from sqlalchemy import make_url

        database = make_url(url).database
    except Exception:  # noqa: BLE001
        return None
    return Path(database) if database and database != ":memory:" else None


def _encrypted(path: Path) -> bool:
    from desktop.core.db import is_encrypted

    return is_encrypted(path)


def _why_sqlite_cannot_open(path: Path) -> str:
    if path.is_dir():
        return phrase("זו תיקייה ולא קובץ")
    folder = path.parent
    for part in (folder, *folder.parents):
        if part.exists():
            if not part.is_dir():
                return phrase("{path} הוא קובץ ולא תיקייה").format(path=part)
            break
    if not folder.exists():
        return phrase("התיקייה {folder} אינה קיימת").format(folder=folder)
    return phrase("אין הרשאה לכתוב בו או בתיקייה שלו")


def _database_failure(err: Exception, url: str | None) -> Failure | None:
    from sqlalchemy import exc

    where = shown_url(url)
    if isinstance(err, exc.ArgumentError):  # NoSuchModuleError is one: an unknown kind of database
        return Failure(
            EXIT_DATABASE,
            phrase(
                "כתובת מסד הנתונים אינה תקינה: {where}\n"
                "דוגמאות: sqlite:///C:/Dalpak/dalpak.sqlite3 או "
                "postgresql://user@host/dalpak"
            ).format(where=where),
        )
    if isinstance(err, exc.OperationalError):
        path = _sqlite_path(url)
        if path is not None:
            return Failure(
                EXIT_DATABASE,
                phrase("לא ניתן לפתוח את מסד הנתונים {path}: {why}.").format(
                    path=path, why=_why_sqlite_cannot_open(path)
                ),
            )
        return Failure(
            EXIT_DATABASE,
            phrase(
                "אין חיבור למסד הנתונים {where}: השרת אינו זמין, הכתובת שגויה או שהגישה נדחתה."
            ).format(where=where),
        )
    if isinstance(err, exc.DatabaseError) and not isinstance(err, exc.IntegrityError):
        text = str(getattr(err, "orig", err)).lower()
        path = _sqlite_path(url)
        if "not a database" in text and path is not None and _encrypted(path):
            return Failure(
                EXIT_DATABASE,
                phrase(
                    "מסד הנתונים {path} מוצפן במפתח אחר מזה שבמאגר הסיסמאות של משתמש זה "
                    "במחשב זה (או שהוא פגום)."
                ).format(path=path),
            )
        if "not a database" in text or "malformed" in text or "encrypted" in text:
            return Failure(
                EXIT_DATABASE,
                phrase("הקובץ {path} אינו מסד נתונים של דלפק (או שהוא פגום).").format(
                    path=_sqlite_path(url) or where
                ),
            )
    return None


def describe(err: BaseException, url: str | None = None) -> Failure | None:
    """Exit code and Hebrew message for `err`, or None when it is unexpected."""
    from desktop.core.errors import WrongDatabase

    if isinstance(err, WrongDatabase):
        return Failure(EXIT_DATABASE, err.message)
    if isinstance(err, OSError) and err.errno is not None:
        why = _ERRNO.get(err.errno) or err.strerror or str(err)
        if err.filename:
            message = phrase("שגיאת קובץ {file}: {why}.").format(file=err.filename, why=why)
        else:
            message = phrase("שגיאת קובץ: {why}.").format(why=why)
        return Failure(EXIT_FILE, message)
    if type(err).__module__.startswith("sqlalchemy"):
        return _database_failure(err, url)  # type: ignore[arg-type]
    if type(err).__name__ == "CommandError" and "revision" in str(err):  # alembic
        return Failure(
            EXIT_DATABASE,
            phrase(
                "מסד הנתונים {where} נוצר בגרסה חדשה יותר של דלפק; יש לעדכן את דלפק בעמדה זו."
            ).format(where=shown_url(url)),
        )
    return None


def unexpected(log_path: Path) -> Failure:
    return Failure(
        EXIT_UNEXPECTED,
        phrase(
            "אירעה שגיאה לא צפויה. כל פעולה שהושלמה כבר נשמרה.\nהפרטים נרשמו ביומן: {log}"
        ).format(log=log_path),
    )
