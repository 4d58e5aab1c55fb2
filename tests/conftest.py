"""Shared fixtures: offscreen Qt, every data folder in tmp_path, a fresh migrated database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

import desktop.appliers  # noqa: E402, F401
from desktop.core.db import local_station, open_database, session_factory  # noqa: E402
from desktop.core.oplog import Actor  # noqa: E402
from desktop.core.users import Role, create_user  # noqa: E402
from desktop.station.seed import seed_reference_data  # noqa: E402

pytest_plugins = ["tests.pgserver"]

PASSWORD = "counter-pass-1"


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing():
    """argon2 with its cheapest parameters in this process: the app's own take a fifth of a
    second per hash and per login, by design, which tests pay hundreds of times. Hashes made
    here still verify anywhere (argon2 reads the parameters from the hash)."""
    from unittest import mock

    from argon2 import PasswordHasher, profiles

    with mock.patch("desktop.core.users._HASHER",
                    PasswordHasher.from_parameters(profiles.CHEAPEST)):
        yield


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("DALPAK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DALPAK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("DALPAK_DB", raising=False)


@pytest.fixture
def engine(tmp_path):
    engine = open_database(f"sqlite:///{tmp_path / 'station.sqlite3'}", station_code="KDR")
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine):
    return session_factory(engine)


@pytest.fixture
def station_actor(sessions) -> Actor:
    with sessions() as session:
        station = local_station(session)
        return Actor(None, station.id, station.code)


@pytest.fixture
def seeded(sessions, station_actor):
    """Reference data of the council plus one clerk; returns the clerk's Actor."""
    with sessions.begin() as session:
        seed_reference_data(session, station_actor)
        session.flush()
        clerk = create_user(
            session, station_actor, username="dana", full_name="דנה לוי", role=Role.CLERK,
            password=PASSWORD, phone="0466282110", email="dana@glt.org.il",
        )
        return Actor(clerk.id, station_actor.station_id, station_actor.station_code)


@pytest.fixture
def session(sessions) -> Session:
    with sessions() as s:
        yield s
