"""SQLite station databases built once per test session and copied for each test.

Migrating a new file takes most of a second and seeding the council's reference data a few
tenths more, which every database test used to pay; copying the finished file takes a few
milliseconds. Two templates:

- `migrated`: the newest schema and nothing else. `open_database` on a copy creates the
  station, with a new id, exactly as it does in a new file.
- `seeded`: station KDR, the council's reference data and the clerk `dana`, as the `seeded`
  fixture makes them. Every copy has the same station, clerk and catalogue ids; each test
  still has its own database, and tests that need several stations make them separately.

Both are built before the first test that needs one sets up anything of its own, in folders
of their own, so that no test's patches or settings end up in every later test's database.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.db import local_station, make_engine, migrate, open_database, session_factory
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.station.seed import seed_reference_data

PASSWORD = "counter-pass-1"
CLERK = "dana"


def seed_council_and_clerk(sessions: sessionmaker[Session], station: Actor) -> Actor:
    """The council's reference data plus the clerk `dana`; returns the clerk's Actor."""
    with sessions.begin() as session:
        seed_reference_data(session, station)
        session.flush()
        clerk = create_user(
            session, station, username=CLERK, full_name="דנה לוי", role=Role.CLERK,
            password=PASSWORD, phone="0466282110", email="dana@glt.org.il",
        )  # fmt: skip
        return Actor(clerk.id, station.station_id, station.station_code)


class SqliteTemplates:
    """The session's template files; each method copies one to `path` and returns its URL."""

    def __init__(self, folder: Path) -> None:
        folders = {"DALPAK_DATA_DIR": folder / "data", "DALPAK_CONFIG_DIR": folder / "config"}
        with mock.patch.dict(os.environ, {k: str(v) for k, v in folders.items()}):
            self._migrated = _build(folder / "migrated.sqlite3", _migrate)
            self._seeded = _build(folder / "seeded.sqlite3", _seed)

    def station(self, request: pytest.FixtureRequest, path: Path) -> str:
        """The copy a test's station database starts from: seeded when the test asks for the
        `seeded` fixture, else migrated."""
        if "seeded" in request.fixturenames:
            return self.seeded(path)
        return self.migrated(path)

    def migrated(self, path: Path) -> str:
        shutil.copyfile(self._migrated, path)
        return f"sqlite:///{path}"

    def seeded(self, path: Path) -> str:
        shutil.copyfile(self._seeded, path)
        return f"sqlite:///{path}"


def _build(path: Path, fill: Callable[[Engine], None]) -> Path:
    engine = make_engine(f"sqlite:///{path}")
    try:
        fill(engine)
        with engine.connect() as connection:
            # Everything into the main file, so that the file alone is the database.
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    leftovers = [p.name for p in path.parent.glob(f"{path.name}-*")]
    if leftovers:
        raise RuntimeError(f"template {path} is not self-contained: {leftovers}")
    return path


def _migrate(engine: Engine) -> None:
    migrate(engine)


def _seed(engine: Engine) -> None:
    open_database(str(engine.url), station_code="KDR").dispose()
    sessions = session_factory(engine)
    with sessions() as session:
        station = local_station(session)
        actor = Actor(None, station.id, station.code)
    seed_council_and_clerk(sessions, actor)
