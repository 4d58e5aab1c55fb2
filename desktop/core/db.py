"""Opening a Dalpak database: where it lives, engine settings, migrations, the local station."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, make_url, select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.core import clock
from desktop.core.oplog import Actor, applier, record
from desktop.migrations import HEAD_REVISION
from desktop.models import Operation, Station, StationState
from desktop.phrases import phrase, phrase_later

if TYPE_CHECKING:
    from alembic.config import Config

ENV_DB = "DALPAK_DB"
# Tests and benchmarks only: a new SQLite file is created plain (an existing one opens as it is).
ENV_PLAIN_NEW = "DALPAK_PLAIN_NEW_DATABASES"
SQLITE_HEADER = b"SQLite format 3\x00"  # a plain SQLite file; an encrypted one starts at random
CONNECT_TIMEOUT_S = 10

log = logging.getLogger(__name__)


def data_dir() -> Path:
    override = os.environ.get("DALPAK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("Dalpak", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_url() -> str:
    return os.environ.get(ENV_DB) or f"sqlite:///{data_dir() / 'dalpak.sqlite3'}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001
    cursor = dbapi_connection.cursor()
    # WAL lets the search thread read while the counter writes; FULL makes a printed receipt
    # survive a power cut.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for another database or one in memory."""
    if not url.startswith("sqlite"):
        return None
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def is_encrypted(path: Path) -> bool:
    """Whether the file is an encrypted database (False when it is plain, empty or missing)."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
            size = file.seek(0, os.SEEK_END)
    except OSError:  # missing, a folder, not readable: SQLite says what is wrong when it opens
        return False
    # SQLCipher writes whole pages of at least 512 bytes; anything else is no database at all.
    return head != SQLITE_HEADER and size >= 512 and size % 512 == 0


def private_file(path: Path) -> None:
    """Only this OS account may read the database and its -wal/-shm (SQLite gives those the
    database's own mode): a new file is made 0600 before SQLite opens it."""
    if os.name == "nt":  # the profile folder's access list does this on Windows
        return
    try:
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError:  # no permission: SQLite's own error says so when it opens the file
        return
    for each in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if each.is_file() and each.stat().st_mode & 0o077:
                each.chmod(0o600)
        except OSError:  # missing, or not ours: SQLite says what matters when it opens it
            pass


def _wants_encryption(url: str, path: Path) -> bool:
    if is_encrypted(path):
        return True
    if path.is_file() and path.stat().st_size:
        return False  # a plain database opens as it is until `dalpak encrypt`
    return url.startswith("sqlite+pysqlcipher") or os.environ.get(ENV_PLAIN_NEW) != "1"


def _encrypted_engine(url: str, path: Path) -> Engine:
    from sqlalchemy.pool import QueuePool

    from desktop.core import credentials

    key = credentials.database_key(create=not is_encrypted(path))
    if key is None:
        raise credentials.NoCredentialStore(
            phrase(
                "מסד הנתונים {path} מוצפן (או שאינו מסד נתונים של דלפק), ומפתח ההצפנה שלו אינו במאגר הסיסמאות של משתמש זה "
                "במחשב זה. יש להיכנס בחשבון שיצר אותו, או לשחזר מהמרכזת."
            ).format(path=path)
        )
    # A random key given raw ("x'...'") skips SQLCipher's key derivation on every connection.
    parsed = make_url(url).set(drivername="sqlite+pysqlcipher", password=f"x'{key}'")
    engine = create_engine(parsed, poolclass=QueuePool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _quiet_cipher)
    return engine


def _quiet_cipher(dbapi_connection, _record) -> None:  # noqa: ANN001
    # A wrong key is told in Hebrew (desktop/core/failures.py), not by SQLCipher's own log on
    # standard error.
    dbapi_connection.execute("PRAGMA cipher_log_level = NONE")


def make_engine(url: str | None = None) -> Engine:
    url = url or default_url()
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None and path.parent.is_dir():
            private_file(path)
        if path is not None and _wants_encryption(url, path):
            engine = _encrypted_engine(url, path)
        else:
            engine = create_engine(
                make_url(url).set(drivername="sqlite"), connect_args={"check_same_thread": False}
            )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    parsed = make_url(url)
    if parsed.drivername == "postgresql":  # SQLAlchemy's default would be psycopg2
        parsed = parsed.set(drivername="postgresql+psycopg")
    # An unreachable server fails in seconds, not after the system's TCP timeout.
    return create_engine(
        parsed, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
    )


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option(
        "script_location", str(Path(__file__).resolve().parent.parent / "migrations")
    )
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (creates a fresh database).

    Alembic is imported only when there is something to do: it costs a fifth of a second of
    every start-up otherwise.
    """
    before = current_revision(engine)
    if before == HEAD_REVISION:
        return
    from alembic import command

    log.info(
        "migrating the %s database from %s to %s",
        engine.dialect.name,
        before or "empty",
        HEAD_REVISION,
    )
    command.upgrade(alembic_config(engine), "head")
    log.info("migrated to %s", HEAD_REVISION)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    with factory() as session, session.begin():
        yield session


@applier("station.created")
def _apply_station(session: Session, op: Operation) -> None:
    # The row may exist already: a station writes its own row before its first operation,
    # and a station joining a hub takes its identity before the operation arrives.
    row = session.get(Station, op.entity_id) or Station(id=op.entity_id)
    row.code, row.name, row.created_at = op.payload["code"], op.payload["name"], op.created_at
    session.add(row)


def local_station(session: Session) -> Station | None:
    state = session.get(StationState, 1)
    return session.get(Station, state.station_id) if state else None


def ensure_station(session: Session, code: str, name: str) -> Station:
    """This database's station, created on first use with the given code."""
    existing = local_station(session)
    if existing is not None:
        return existing
    station_id = clock.new_id()
    session.add(Station(id=station_id, code=code, name=name, created_at=clock.utcnow()))
    session.add(StationState(id=1, station_id=station_id))
    session.flush()
    record(
        session,
        Actor(None, station_id, code),
        "station.created",
        station_id,
        {"code": code, "name": name},
    )
    return session.scalars(select(Station).where(Station.id == station_id)).one()


def open_database(url: str | None = None, *, station_code: str = "DLP") -> Engine:
    """Engine for `url`, migrated, with a local station; ready for the app and the CLI."""
    engine = make_engine(url)
    try:
        migrate(engine)
        with session_factory(engine).begin() as session:
            # The name is kept in the database and sent to the hub: Hebrew, said when shown.
            ensure_station(session, station_code, phrase_later("עמדה מקומית"))
    except BaseException:
        engine.dispose()
        raise
    return engine
