"""Shared fixtures: offscreen Qt, every data folder in tmp_path, a fresh migrated database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No desktop credential store here: the keys go to a file in a temporary folder (each test has
# its own, below), and new databases are plain unless a test is about encryption.
os.environ["DALPAK_PLAIN_NEW_DATABASES"] = "1"
os.environ["DALPAK_TEST_KEYRING"] = __import__("tempfile").mkdtemp(prefix="dalpak-keyring-")

import pytest  # noqa: E402
from sqlalchemy import select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

import desktop.appliers  # noqa: E402, F401
from desktop.core.db import local_station, open_database, session_factory  # noqa: E402
from desktop.core.oplog import Actor  # noqa: E402
from desktop.models import User  # noqa: E402
from tests.sqlite_templates import (  # noqa: E402
    CLERK,
    PASSWORD,  # noqa: F401 (tests import the clerk's password from here)
    SqliteTemplates,
    seed_council_and_clerk,
)

pytest_plugins = ["tests.pgserver"]


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing():
    """argon2 with its cheapest parameters in this process: the app's own take a fifth of a
    second per hash and per login, by design, which tests pay hundreds of times. Hashes made
    here still verify anywhere (argon2 reads the parameters from the hash)."""
    from unittest import mock

    from argon2 import PasswordHasher, profiles

    with mock.patch(
        "desktop.core.users._HASHER", PasswordHasher.from_parameters(profiles.CHEAPEST)
    ):
        yield


@pytest.fixture(autouse=True)
def _isolated_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("DALPAK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DALPAK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("DALPAK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("DALPAK_DB", raising=False)
    monkeypatch.setenv("DALPAK_TEST_KEYRING", str(tmp_path / "keyring"))


@pytest.fixture(scope="session")
def sqlite_templates(tmp_path_factory, _cheap_password_hashing) -> SqliteTemplates:
    return SqliteTemplates(tmp_path_factory.mktemp("templates"))


@pytest.fixture
def engine(request, tmp_path, sqlite_templates):
    """The station KDR in a new file: a copy of the migrated template, or of the seeded one
    when the test also asks for `seeded`."""
    url = sqlite_templates.station(request, tmp_path / "station.sqlite3")
    engine = open_database(url, station_code="KDR")
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
    """Reference data of the council plus one clerk; returns the clerk's Actor.

    The database is usually a copy of the seeded template, which has both already; an engine
    made some other way (a test's own `engine`, or `seeded` asked for late) is seeded here."""
    with sessions() as session:
        clerk_id = session.scalar(select(User.id).where(User.username == CLERK))
    if clerk_id is None:
        return seed_council_and_clerk(sessions, station_actor)
    return Actor(clerk_id, station_actor.station_id, station_actor.station_code)


@pytest.fixture
def staff(sessions, seeded, station_actor) -> dict[str, Actor]:
    """One Actor of every role on the seeded station, made by the system as an admin would:
    `clerk` (dana), `department` (an engineering employee), `supervisor`, `admin`, and
    `system` (no user: what the station itself does)."""
    from desktop.core.users import Role, create_user
    from desktop.models import Department

    def person(username: str, name: str, role: Role, department_id=None) -> Actor:  # noqa: ANN001
        user_id = session.scalar(select(User.id).where(User.username == username))
        if user_id is None:
            user_id = create_user(
                session, station_actor, username=username, full_name=name, role=role,
                password="pass-pass-1", department_id=department_id,
            ).id  # fmt: skip
        return Actor(user_id, station_actor.station_id, station_actor.station_code)

    with sessions.begin() as session:
        eng = session.scalar(select(Department.id).where(Department.code == "ENG"))
        return {
            "clerk": seeded,
            "department": person("staff-eng", "רונית ברק", Role.DEPARTMENT, eng),
            "supervisor": person("staff-boss", "מרים שטרן", Role.SUPERVISOR),
            "admin": person("staff-admin", "אבי מנהל", Role.ADMIN),
            "system": station_actor,
        }


@pytest.fixture
def session(sessions) -> Session:
    with sessions() as s:
        yield s


@pytest.fixture
def demo_admin(tmp_path) -> list[str]:
    """The command-line login of the demo's admin: `--admin admin --password-file FILE`."""
    from desktop.station.demo import DEMO_PASSWORD

    path = tmp_path / "admin-password.txt"
    path.write_text(DEMO_PASSWORD + "\n", encoding="utf-8")
    return ["--admin", "admin", "--password-file", str(path)]


@pytest.fixture
def english():
    """The services' language as the command line switches it (`english.console("en")`, or
    "ar"); Hebrew again after the test."""
    pytest.importorskip("PySide6")
    from desktop.ui import language

    if language.catalogue("en") is None:
        pytest.fail("the compiled catalogues are missing: run scripts/build_translations.py")
    yield language
    language.console("he")
