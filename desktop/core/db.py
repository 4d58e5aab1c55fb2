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

if TYPE_CHECKING:
    from alembic.config import Config

ENV_DB = "DALPAK_DB"
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


def make_engine(url: str | None = None) -> Engine:
    url = url or default_url()
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
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
            ensure_station(session, station_code, "עמדה מקומית")
    except BaseException:
        engine.dispose()
        raise
    return engine
