"""Two stations and the hub: what one makes, the other gets; the same state everywhere."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core import clock
from desktop.core.errors import NotAllowed
from desktop.counter.cases import ItemDraft, get_case, open_case
from desktop.counter.conflicts import open_conflicts, resolve_conflict
from desktop.counter.residents import (
    ResidentForm,
    create_resident,
    search_residents,
    update_resident,
)
from desktop.models import Operation, RequestType
from desktop.sync.client import SyncError, sync_status
from tests.core.test_oplog import snapshot

pytestmark = [pytest.mark.sync, pytest.mark.postgres]


def op_ids(sessions):
    with sessions() as s:
        return set(s.scalars(select(Operation.id)))


def test_first_sync_downloads_the_council_and_cases_cross(hub, make_station):
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with arbel.sessions() as s:
        assert len(list(s.scalars(select(RequestType)))) >= 25
    with arbel.sessions.begin() as s:
        rid = create_resident(
            s,
            arbel.actor,
            ResidentForm(
                national_id="039337423", first_name="יוסף", last_name="כהן", phone="0501234567"
            ),
        ).id
        rt = s.scalars(select(RequestType)).first()
        number = open_case(
            s, arbel.actor, rid, [ItemDraft(rt.id, "בדיקה")], service_started_at=clock.utcnow()
        ).number
    with arbel.sessions() as s:
        assert sync_status(s).unsent > 0
    arbel.sync()
    lavi.sync()
    with lavi.sessions() as s:
        assert search_residents(s, lavi.actor, "כהן")[0].id == rid
        assert get_case(s, lavi.actor, number).items[0].description == "בדיקה"
    with arbel.sessions() as s:
        status = sync_status(s)
    assert status.unsent == 0 and status.connected
    arbel.sync()
    assert op_ids(arbel.sessions) == op_ids(lavi.sessions) == op_ids_hub(hub)
    assert_same_state(hub, arbel, lavi)


def op_ids_hub(hub):
    from sqlalchemy.orm import Session

    with Session(hub.engine) as s:
        return set(s.scalars(select(Operation.id)))


def assert_same_state(hub, *stations):
    from sqlalchemy.orm import Session

    with Session(hub.engine) as s:
        expected = snapshot(s)
    for station in stations:
        with station.sessions() as s:
            assert snapshot(s) == expected, station.code


def test_concurrent_edits_conflict_the_same_way_everywhere(hub, make_station):
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with arbel.sessions.begin() as s:
        rid = create_resident(
            s,
            arbel.actor,
            ResidentForm(
                national_id="039337423", first_name="יוסף", last_name="כהן", phone="0501234567"
            ),
        ).id
    arbel.sync()
    lavi.sync()
    with arbel.sessions.begin() as s:
        update_resident(s, arbel.actor, rid, {"phone": "0521111111"})
    with lavi.sessions.begin() as s:
        update_resident(s, lavi.actor, rid, {"phone": "0532222222"})
    for station in (arbel, lavi, arbel):
        station.sync()
    bosses = {station.code: station.supervisor(hub.engine) for station in (arbel, lavi)}
    views = []
    for station in (arbel, lavi):
        with station.sessions() as s:
            views.append(open_conflicts(s, bosses[station.code]))
    assert len(views[0]) == 1 and views[0] == views[1]
    conflict = views[0][0]
    assert {conflict.shown_value, conflict.other_value} == {"0521111111", "0532222222"}
    with lavi.sessions.begin() as s, pytest.raises(NotAllowed):
        resolve_conflict(s, lavi.actor, conflict.id, "other")  # a clerk may not
    with lavi.sessions.begin() as s:
        resolve_conflict(s, bosses[lavi.code], conflict.id, "other")
    for station in (lavi, arbel):
        station.sync()
    for station in (arbel, lavi):
        with station.sessions() as s:
            assert open_conflicts(s, bosses[station.code]) == []
            assert search_residents(s, station.actor, "כהן")[0].phone == conflict.other_value
    assert_same_state(hub, arbel, lavi)


def test_unknown_token_and_foreign_operations_are_refused(hub, make_station):
    arbel = make_station("ARB")
    arbel.token = "ARB.not-the-token"
    with pytest.raises(SyncError) as err:
        arbel.sync()
    assert "אסימון" in err.value.message


def test_sequential_edits_are_not_conflicts(hub, make_station):
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with arbel.sessions.begin() as s:
        rid = create_resident(
            s,
            arbel.actor,
            ResidentForm(
                national_id="039337423",
                first_name="יוסף",
                last_name="כהן",
                birth_date=dt.date(1950, 1, 1),
            ),
        ).id
    arbel.sync()
    lavi.sync()
    with lavi.sessions.begin() as s:
        update_resident(s, lavi.actor, rid, {"address": "הזית 4"})
    lavi.sync()
    arbel.sync()
    with arbel.sessions.begin() as s:
        update_resident(s, arbel.actor, rid, {"address": "הזית 5"})
    arbel.sync()
    lavi.sync()
    for station in (arbel, lavi):
        boss = station.supervisor(hub.engine)
        with station.sessions() as s:
            assert open_conflicts(s, boss) == []
    assert_same_state(hub, arbel, lavi)
