"""Keeping the station's database safe: encrypting a plain one, encrypted backups, restoring.

Every copy is made with SQLCipher's `sqlcipher_export` inside one read transaction of the
source, so it is consistent while the app keeps working, and encrypted with the station's data
key from the OS credential store (see desktop/core/credentials.py), whether the source is
encrypted or still plain. The hub's PostgreSQL is backed up with PostgreSQL's own tools.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.core import clock, credentials, settings
from desktop.core.db import (
    SQLITE_HEADER,
    data_dir,
    default_url,
    is_encrypted,
    open_database,
    private_file,
    session_factory,
    sqlite_path,
)
from desktop.core.errors import DalpakError
from desktop.migrations import HEAD_REVISION
from desktop.models import Case, StationState, SyncState
from desktop.phrases import phrase

log = logging.getLogger(__name__)

BACKUP_GLOB = "dalpak-*.sqlite3"


class SafekeepingError(DalpakError):
    """A backup, restore or encryption that cannot be done; nothing was changed."""


@dataclass(frozen=True)
class Copied:
    path: Path
    rows: dict[str, int]  # rows per table, the same in the source and the copy

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _station_file(url: str | None) -> Path:
    path = sqlite_path(url or default_url())
    if path is None:
        raise SafekeepingError(
            phrase(
                "זה עובד רק על מסד הנתונים של עמדה (קובץ SQLite); את מסד הנתונים של המרכזת "
                "מגבים בכלים של PostgreSQL (pg_dump)."
            )
        )
    if not path.is_file():
        raise SafekeepingError(phrase("מסד הנתונים {path} אינו קיים.").format(path=path))
    return path


def _keyed(key: str) -> str:
    return f"\"x'{key}'\""


@contextmanager
def _connect(path: Path, key: str | None) -> Iterator[Any]:
    """A raw SQLCipher connection, opened with the key when the file is encrypted."""
    import sqlcipher3

    with closing(sqlcipher3.connect(str(path), isolation_level=None)) as connection:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if key is not None and is_encrypted(path):
            connection.execute(f"PRAGMA key = {_keyed(key)}")
        connection.execute("PRAGMA busy_timeout = 5000")
        yield connection


def _counts(connection: Any, schema: str = "main") -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
        for name in names
    }


def _export(source: Path, target: Path) -> dict[str, int]:
    """An encrypted copy of `source` in `target` (a new file, made 0600), checked row by row."""
    key = credentials.database_key(create=True)
    target.unlink(missing_ok=True)
    private_file(target)
    with _connect(source, key) as connection:
        connection.execute("BEGIN")  # one snapshot of the source for the whole copy
        try:
            rows = _counts(connection)
            connection.execute(f"ATTACH DATABASE ? AS copy KEY {_keyed(key)}", (str(target),))
            connection.execute("SELECT sqlcipher_export('copy')").fetchall()
            copied = _counts(connection, "copy")
        finally:
            connection.execute("COMMIT")
        connection.execute("DETACH DATABASE copy")
    if copied != rows:
        target.unlink(missing_ok=True)
        raise SafekeepingError(phrase("ההעתק אינו זהה למקור (מספר השורות שונה); לא שונה דבר."))
    check_copy(target)
    return rows


def check_copy(path: Path) -> str:
    """Open an encrypted copy with this account's key and check it whole; returns its
    migration revision, or raises with what is wrong."""
    key = credentials.database_key(create=False)
    if not is_encrypted(path):
        with path.open("rb") as file:
            if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                raise SafekeepingError(phrase("הקובץ {path} אינו גיבוי של דלפק.").format(path=path))
    elif key is None:
        raise SafekeepingError(
            phrase("הגיבוי {path} מוצפן במפתח שאינו במאגר הסיסמאות של משתמש זה במחשב זה.").format(
                path=path
            )
        )
    try:
        with _connect(path, key) as connection:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            revision = (
                connection.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
            has_station = (
                "station_state" in tables
                and connection.execute("SELECT count(*) FROM station_state").fetchone()[0]
            )
    except Exception as err:  # noqa: BLE001 - sqlcipher3's errors: the wrong key, a torn file
        raise SafekeepingError(
            phrase("לא ניתן לקרוא את הגיבוי {path}: מפתח אחר או קובץ פגום ({error}).").format(
                path=path, error=err
            )
        ) from err
    if verdict != "ok":
        raise SafekeepingError(
            phrase("בדיקת השלמות של {path} נכשלה: {verdict}").format(path=path, verdict=verdict)
        )
    if revision is None or not has_station:
        raise SafekeepingError(
            phrase("הקובץ {path} אינו מסד נתונים של עמדת דלפק.").format(path=path)
        )
    if revision[0] not in _known_revisions():
        raise SafekeepingError(
            phrase(
                "הגיבוי {path} נוצר בגרסה חדשה יותר של דלפק ({revision}); יש לעדכן את התוכנה."
            ).format(path=path, revision=revision[0])
        )
    return revision[0]


def _known_revisions() -> set[str]:
    """The migrations this version has (their numbers are not in chain order)."""
    folder = Path(__file__).resolve().parent.parent / "migrations" / "versions"
    return {p.name.split("_", 1)[0] for p in folder.glob("[0-9]*_*.py")} | {HEAD_REVISION}


# --- encrypting a plain database ------------------------------------------------------------


def encrypt_database(url: str | None) -> Copied:
    """Encrypt the plain station database in place; every table keeps every row. The hub token
    moves to the credential store. The app must be closed meanwhile."""
    path = _station_file(url)
    if is_encrypted(path):
        raise SafekeepingError(phrase("מסד הנתונים {path} כבר מוצפן.").format(path=path))
    with _connect(path, None) as connection:
        # Everything into the main file: the -wal of a plain database is plain too.
        busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise SafekeepingError(
                phrase("מסד הנתונים פתוח בתוכנה אחרת: יש לסגור את דלפק ולנסות שוב.")
            )
        _move_token(connection)
    target = path.with_name(path.name + ".encrypting")
    rows = _export(path, target)
    _wipe(path)
    os.replace(target, path)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    log.info("encrypted the station database: %d tables, %d rows", len(rows), sum(rows.values()))
    return Copied(path, rows)


def _move_token(connection: Any) -> None:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if not {"sync_state", "station_state"} <= tables:
        return
    row = connection.execute("SELECT token FROM sync_state WHERE id = 1").fetchone()
    if row and row[0]:
        station = connection.execute("SELECT station_id FROM station_state WHERE id = 1")
        station_id = uuid.UUID(str(station.fetchone()[0]))  # stored as 32 hex digits
        credentials.put(credentials.hub_token_name(station_id), row[0])
        connection.execute("UPDATE sync_state SET token = '' WHERE id = 1")


def _wipe(path: Path) -> None:
    """Overwrite the plain file before it is removed (best effort: a journaling file system or
    an SSD may keep old blocks; the README asks for disk encryption too)."""
    size = path.stat().st_size
    with path.open("r+b") as file:
        block = b"\0" * (1 << 20)
        for _ in range(0, size, len(block)):
            file.write(block)
        file.flush()
        os.fsync(file.fileno())


# --- backups --------------------------------------------------------------------------------


def backup_folder() -> Path:
    folder = settings.get("backup_dir")
    return Path(folder) if folder else data_dir() / "backups"


def backup(url: str | None, folder: Path | None = None, keep: int | None = None) -> Copied:
    """A consistent, encrypted copy of the station database in `folder`; only the newest
    `keep` copies are kept."""
    path = _station_file(url)
    folder = folder or backup_folder()
    keep = keep if keep is not None else settings.get("backup_keep")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as err:
        raise SafekeepingError(
            phrase("לא ניתן ליצור את תיקיית הגיבויים {folder}: {error}.").format(
                folder=folder, error=err
            )
        ) from err
    stamp = clock.utcnow().astimezone().strftime("%Y%m%d-%H%M%S")
    final = folder / f"dalpak-{stamp}.sqlite3"
    n = 1
    while final.exists():
        n += 1
        final = folder / f"dalpak-{stamp}-{n}.sqlite3"
    partial = folder / (final.name + ".partial")
    rows = _export(path, partial)
    os.replace(partial, final)
    for old in backups(folder)[: -max(keep, 1)]:
        old.unlink(missing_ok=True)
    log.info("backup written: %d rows", sum(rows.values()))
    return Copied(final, rows)


def backups(folder: Path | None = None) -> list[Path]:
    """The backups in `folder`, oldest first."""
    folder = folder or backup_folder()
    return sorted(folder.glob(BACKUP_GLOB), key=lambda p: (p.stat().st_mtime, p.name))


def last_backup_at(folder: Path | None = None) -> dt.datetime | None:
    found = backups(folder)
    return dt.datetime.fromtimestamp(found[-1].stat().st_mtime, dt.UTC) if found else None


# --- restoring ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    path: Path
    kept_aside: Path | None  # the database that was replaced, renamed
    cases: int
    linked: bool  # linked to a hub: records nothing until it has reached it


def restore(copy: Path, url: str | None) -> Restored:
    """Check the backup, put it in place of the station database (the one it replaces is kept
    beside it, renamed) and, on a station linked to a hub, stop recording until the hub has
    been reached. The app must be closed meanwhile."""
    if not copy.is_file():
        raise SafekeepingError(phrase("הגיבוי {path} אינו קיים.").format(path=copy))
    check_copy(copy)
    path = sqlite_path(url or default_url())
    if path is None:
        raise SafekeepingError(phrase("שחזור הוא למסד הנתונים של עמדה (קובץ SQLite) בלבד."))
    kept = None
    if path.exists():
        kept = path.with_name(f"{path.name}.before-restore-{clock.utcnow():%Y%m%d-%H%M%S}")
        os.replace(path, kept)
    for suffix in ("-wal", "-shm"):
        stale = Path(f"{path}{suffix}")
        if stale.exists() and kept is not None:
            os.replace(stale, Path(f"{kept}{suffix}"))
        stale.unlink(missing_ok=True)
    partial = path.with_name(path.name + ".restoring")
    partial.unlink(missing_ok=True)
    private_file(partial)
    shutil.copyfile(copy, partial)
    os.replace(partial, path)
    engine = open_database(f"sqlite:///{path}")  # migrates a copy from an older version
    try:
        with session_factory(engine).begin() as session:
            sync = session.get(SyncState, 1)
            linked = bool(sync and sync.hub_url)
            if linked:
                session.get(StationState, 1).restored_at = clock.utcnow()
            cases = session.scalar(select(func.count()).select_from(Case)) or 0
    finally:
        engine.dispose()
    log.info("restored a backup: %d cases, linked to a hub: %s", cases, linked)
    return Restored(path, kept, cases, linked)
