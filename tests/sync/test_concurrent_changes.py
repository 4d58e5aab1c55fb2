"""Two villages change the same thing before they sync: a holding renewed in one and removed
in the other; a lobby visit called at one counter while another marks that the resident left.
Each database receives the two in its own order and must end the same (a real PostgreSQL hub on
loopback). Also a case moved to another owner in one village while its item is finished (and
the owner's callback made) in another."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core import clock, oplog
from desktop.core.db import local_station, session_factory
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.residents import ResidentForm, create_resident
from desktop.extras.holdings import save_holding
from desktop.followthrough.items import update_item
from desktop.lobby import visits as lobby
from desktop.models import CaseItem, DogLicence, LobbyVisit, RequestType, Task
from desktop.supervision.reassign import reassign_cases
from tests.sync.harness import assert_converged

pytestmark = [pytest.mark.sync, pytest.mark.postgres]


def _licence(resident_id, days: int) -> dict:
    return {
        "resident_id": resident_id,
        "dog_name": "רקסי",
        "chip_number": "900000000000001",
        "licence_expiry": clock.local_today() + dt.timedelta(days=days),
        "rabies_vaccinated_on": None,
    }


@pytest.mark.parametrize("removed_last", [True, False], ids=["removal-later", "renewal-later"])
def test_a_renewal_and_a_removal_made_apart_end_the_same_everywhere(
    hub, make_station, removed_last
):
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with arbel.sessions.begin() as s:
        rid = create_resident(
            s,
            arbel.actor,
            ResidentForm(national_id="039337423", first_name="סמירה", last_name="חורי"),
        ).id
        dog = save_holding(s, arbel.actor, "dog_licence", _licence(rid, 20))
    arbel.sync()
    lavi.sync()

    def renew() -> None:
        with arbel.sessions.begin() as s:
            save_holding(s, arbel.actor, "dog_licence", _licence(rid, 385), entity_id=dog)

    def remove() -> None:
        with lavi.sessions.begin() as s:
            oplog.record(s, lavi.actor, "holding.removed", dog, {"kind": "dog_licence"})

    # Both offline; the second one made is the later by clock.
    for change in (renew, remove) if removed_last else (remove, renew):
        change()
    # The hub and ARB get the renewal first, LVI its own removal first.
    for station in (arbel, lavi, arbel):
        station.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="LVI")
    with lavi.sessions() as s:
        licence = s.get(DogLicence, dog)
        if removed_last:
            assert licence is None
        else:
            assert licence is not None
            assert licence.licence_expiry == clock.local_today() + dt.timedelta(days=385)


@pytest.mark.parametrize("left_last", [True, False], ids=["left-later", "call-later"])
def test_a_call_and_a_departure_made_apart_end_the_same_everywhere(hub, make_station, left_last):
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with arbel.sessions.begin() as s:
        visit = lobby.check_in(s, arbel.actor, typed_name="נועה", reason="ארנונה").id
    arbel.sync()
    lavi.sync()

    def call() -> None:
        with arbel.sessions.begin() as s:
            lobby.call(s, arbel.actor, visit, "2")

    def leave() -> None:
        with lavi.sessions.begin() as s:
            lobby.left(s, lavi.actor, visit)

    for change in (call, leave) if left_last else (leave, call):
        change()
    for station in (arbel, lavi, arbel):
        station.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="ARB")
    with arbel.sessions() as s:
        # Leaving is final: a call stamped after it changes nothing.
        assert s.get(LobbyVisit, visit).status == "left"


@pytest.mark.parametrize("moved_last", [True, False], ids=["move-later", "done-later"])
def test_a_case_moved_while_its_item_is_finished_elsewhere(hub, make_station, moved_last):
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with session_factory(hub.engine).begin() as s:  # the council registers its staff
        council = local_station(s)
        council = Actor(None, council.id, council.code)
        boss = create_user(
            s,
            council,
            username="miri",
            full_name="מירי כץ",
            role=Role.SUPERVISOR,
            password="dalpak2026",
        ).id
        heir = create_user(
            s,
            council,
            username="yoni",
            full_name="יוני לוי",
            role=Role.CLERK,
            password="dalpak2026",
        ).id
    arbel.sync()
    with arbel.sessions.begin() as s:
        rid = create_resident(
            s,
            arbel.actor,
            ResidentForm(national_id="039337423", first_name="יוסף", last_name="כהן"),
        ).id
        rt = s.scalars(select(RequestType.id).order_by(RequestType.code)).first()
        case = open_case(
            s, arbel.actor, rid, [ItemDraft(rt, "בדיקה")], service_started_at=clock.utcnow()
        )
        case_id = case.id
    arbel.sync()
    lavi.sync()
    with lavi.sessions() as s:
        item = s.scalars(select(CaseItem.id).where(CaseItem.case_id == case_id)).one()
    supervisor = Actor(boss, arbel.actor.station_id, arbel.actor.station_code)

    def move() -> None:
        with arbel.sessions.begin() as s:
            reassign_cases(s, supervisor, [case_id], to_owner_id=heir, reason="העברה בין עמדות")

    def finish() -> None:
        with lavi.sessions.begin() as s:
            update_item(s, lavi.actor, item, status="done", outcome="הבקשה אושרה ותושלם השבוע")

    for change in (finish, move) if moved_last else (move, finish):
        change()
    for station in (arbel, lavi, arbel):
        station.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="ARB")
    with arbel.sessions() as s:
        (callback,) = s.scalars(select(Task).where(Task.case_id == case_id))
        # The callback was made for the owner of the time; a move after it takes it along.
        assert callback.owner_id == (heir if moved_last else arbel.actor.user_id)
