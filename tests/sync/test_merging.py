"""One person registered in two villages offline: linked as duplicates everywhere, merged by a
supervisor, and the merge holds even for work done on the merged record before it was heard of.

Israeli ID numbers are unique to a person (Population Registry Law, 5725-1965, section 2(a)(3):
the registry holds each resident's identity number), so two residents with one ID are one
person registered twice.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core import clock
from desktop.core.db import local_station, session_factory
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.merging import merge_residents, open_collisions
from desktop.counter.residents import (
    ResidentForm,
    create_resident,
    search_residents,
    update_resident,
)
from desktop.extras.holdings import save_holding
from desktop.models import Case, KeyCollision, ParkingPermit, RequestType, Resident
from tests.sync.harness import assert_converged

pytestmark = [pytest.mark.sync, pytest.mark.postgres]

ID = "039337423"


def _supervisor(hub):  # noqa: ANN001, ANN202
    with session_factory(hub.engine).begin() as s:
        own = local_station(s)
        return create_user(
            s,
            Actor(None, own.id, own.code),
            username="miriam",
            full_name="מרים שטרן",
            role=Role.SUPERVISOR,
            password="station-pass-1",
        ).id


def _register(station, **fields):  # noqa: ANN001, ANN202
    form = ResidentForm(national_id=ID, first_name="יוסף", last_name="כהן", **fields)
    with station.sessions.begin() as s:
        return create_resident(s, station.actor, form).id


def _case(station, rid):  # noqa: ANN001, ANN202
    with station.sessions.begin() as s:
        rt = s.scalars(select(RequestType.id).order_by(RequestType.code)).first()
        return open_case(
            s,
            station.actor,
            rid,
            [ItemDraft(rt, "בדיקה")],
            service_started_at=clock.utcnow() - dt.timedelta(minutes=3),
        ).id


def _sync(*stations) -> None:  # noqa: ANN002
    for station in stations:
        station.sync()


def test_same_id_in_two_villages_is_linked_then_merged_everywhere(hub, make_station):
    boss = _supervisor(hub)
    arbel, lavi = make_station("ARB"), make_station("LVI")
    first = _register(arbel, phone="0541234567")
    second = _register(lavi, email="yosef@example.org")
    _case(arbel, first)
    lavi_case = _case(lavi, second)
    _sync(arbel, lavi, arbel)
    engines = {"ARB": arbel.engine, "LVI": lavi.engine}
    assert_converged(hub.engine, engines, rebuild_on="LVI")
    for station in (arbel, lavi):
        with station.sessions() as s:
            (shown,) = open_collisions(s, Actor(boss, station.actor.station_id, station.code))
            assert (shown.key, shown.kept_id, shown.other_id) == (ID, first, second)
            assert shown.mergeable and shown.other_station == "LVI"
    # ARB's supervisor merges; LVI, offline, keeps working with its own record of him.
    with arbel.sessions.begin() as s:
        kept = merge_residents(s, Actor(boss, arbel.actor.station_id, "ARB"), second, first)
    assert kept == first
    with lavi.sessions.begin() as s:
        update_resident(s, lavi.actor, second, {"address": "הזית 4"})
        save_holding(
            s,
            lavi.actor,
            "parking_permit",
            {
                "resident_id": second,
                "vehicle_plate": "12-345-67",
                "expiry": clock.local_today() + dt.timedelta(days=30),
            },
        )
    late_case = _case(lavi, second)
    _sync(lavi, arbel, lavi)
    assert_converged(hub.engine, engines, rebuild_on="ARB")
    for engine in (hub.engine, arbel.engine, lavi.engine):
        with session_factory(engine)() as s:
            survivor = s.get(Resident, first)
            # Each field the latest typed at either station: nothing typed is lost.
            assert (survivor.phone, survivor.email, survivor.address) == (
                "0541234567",
                "yosef@example.org",
                "הזית 4",
            )
            owners = {s.get(Case, c).resident_id for c in (lavi_case, late_case)}
            assert owners == {first}
            assert s.scalar(select(ParkingPermit.resident_id)) == first
            assert [h.id for h in search_residents(s, arbel.actor, ID)] == [first]
            assert [h.id for h in search_residents(s, arbel.actor, "יוסף כהן")] == [first]
            assert s.scalar(select(KeyCollision.resolution)) == "merged"
            assert open_collisions(s, Actor(boss, arbel.actor.station_id, "ARB")) == []


def test_two_merges_of_one_pair_made_apart_end_the_same(hub, make_station):
    """Each village merges the pair the other way round before they sync: one survivor."""
    boss = _supervisor(hub)
    arbel, lavi = make_station("ARB"), make_station("LVI")
    first = _register(arbel)
    second = _register(lavi, phone="0529876543")
    _sync(arbel, lavi, arbel)
    with arbel.sessions.begin() as s:
        merge_residents(s, Actor(boss, arbel.actor.station_id, "ARB"), first, second)
    with lavi.sessions.begin() as s:
        merge_residents(s, Actor(boss, lavi.actor.station_id, "LVI"), second, first)
        update_resident(s, lavi.actor, first, {"last_name": "כהן-לוי"})
    _sync(lavi, arbel, lavi)
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="LVI")
    with session_factory(hub.engine)() as s:
        survivor = s.get(Resident, first)
        assert (survivor.last_name, survivor.phone) == ("כהן-לוי", "0529876543")
        assert [h.id for h in search_residents(s, arbel.actor, "כהן-לוי")] == [first]


def test_three_records_of_one_person_are_listed_once_per_pair_and_merged_into_one(
    hub, make_station
):
    boss = _supervisor(hub)
    stations = [make_station(code) for code in ("ARB", "LVI", "KFT")]
    made = [_register(station) for station in stations]
    _sync(*stations, *stations)
    arbel = stations[0]
    actor = Actor(boss, arbel.actor.station_id, "ARB")
    with arbel.sessions.begin() as s:
        assert len(open_collisions(s, actor)) == 3
        merge_residents(s, actor, made[1], made[2])
        # The merged record stands for the one it went into: one pair is left, not two.
        (left,) = open_collisions(s, actor)
        merge_residents(s, actor, left.kept_id, left.other_id)
        assert open_collisions(s, actor) == []
    _sync(*stations, *stations)
    engines = {station.code: station.engine for station in stations}
    assert_converged(hub.engine, engines, rebuild_on="KFT")
    with session_factory(hub.engine)() as s:
        assert [h.id for h in search_residents(s, arbel.actor, ID)] == [made[0]]
