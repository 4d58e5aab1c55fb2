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
        rows = session.execute(
            select(Resident.national_id, Resident.first_name, Resident.last_name, Resident.gender)
        ).all()
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


def test_past_visits_are_in_opening_hours_and_priorities_fit_the_person(tmp_path):
    """What a supervisor sees in the figures must look like a real counter: visits on business
    days within opening hours, never at night; a pregnant resident in the lobby is a woman of
    childbearing age, an elderly one is old."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from desktop.core.calendar import is_business_day
    from desktop.models import Case, LobbyVisit
    from desktop.station.demo import OPENING, _fits

    engine = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}", station_code="KDR")
    tz = ZoneInfo("Asia/Jerusalem")
    try:
        with session_factory(engine).begin() as session:
            station = local_station(session)
            build_demo(
                session, Actor(None, station.id, station.code), residents=300, seed=5, cases=120
            )
        with session_factory(engine)() as session:
            cases = session.execute(
                select(Case.arrived_at, Case.service_ended_at).where(Case.arrived_at.is_not(None))
            ).all()
            visits = session.execute(
                select(LobbyVisit.priority, Resident.gender, Resident.birth_date)
                .join(Resident, Resident.id == LobbyVisit.resident_id)
                .where(LobbyVisit.priority != "none")
            ).all()
            fitting = {
                p: session.execute(
                    select(Resident.gender, Resident.birth_date).where(*_fits(p, dt.date.today()))
                ).all()
                for p in ("elderly", "pregnancy")
            }
    finally:
        engine.dispose()
    assert len(cases) >= 100
    for arrived, ended in cases:
        start, end = arrived.astimezone(tz), ended.astimezone(tz)
        assert is_business_day(end.date()), end
        assert dt.time(7, 30) <= start.time() and end.time() <= OPENING[1], (start, end)
    today = dt.date.today()
    assert visits and all(fitting.values())
    visits += [("elderly", g, b) for g, b in fitting["elderly"]]
    visits += [("pregnancy", g, b) for g, b in fitting["pregnancy"]]
    for priority, gender, birth in visits:
        age = (today - birth).days // 365
        if priority == "pregnancy":
            assert gender == "F" and 18 <= age <= 45, (gender, age)
        if priority == "elderly":
            assert age >= 75, age
