"""The demo's residents: names from the shipped lists, the same people for the same seed."""

from __future__ import annotations

import re

from sqlalchemy import select

from desktop.core.db import local_station, open_database, session_factory
from desktop.core.oplog import Actor
from desktop.models import Resident
from desktop.station.demo import build_demo, demo_names

HEBREW_NAME = re.compile(r"[\u05d0-\u05ea][\u05d0-\u05ea' ]*")


def test_the_shipped_name_lists():
    names = demo_names()
    lists = (names.male, names.female, names.last)
    assert sum(len(one) for one in lists) >= 300
    for one in lists:
        assert len(one) >= 100 and len(set(one)) == len(one)
        assert all(HEBREW_NAME.fullmatch(name) for name in one), one
    assert not set(names.male) & set(names.female)


def demo_people(path, seed: int) -> list[tuple[str, str, str, str]]:
    engine = open_database(f"sqlite:///{path}", station_code="KDR")
    sessions = session_factory(engine)
    with sessions.begin() as session:
        station = local_station(session)
        build_demo(session, Actor(None, station.id, station.code), residents=60, seed=seed, cases=0)
    with sessions() as session:
        rows = session.execute(select(Resident.national_id, Resident.first_name,
                                      Resident.last_name, Resident.gender)).all()
    engine.dispose()
    return sorted(tuple(row) for row in rows)


def test_a_seed_gives_the_same_residents(tmp_path):
    first = demo_people(tmp_path / "a.sqlite3", seed=4)
    assert first == demo_people(tmp_path / "b.sqlite3", seed=4)
    assert first != demo_people(tmp_path / "c.sqlite3", seed=5)
    names = demo_names()
    for _id, first_name, last_name, gender in first:
        assert first_name in (names.male if gender == "M" else names.female)
        assert last_name in names.last
