"""Reference data made and changed in villages offline ends the same everywhere (issue 14).

Request types, knowledge entries, rules and users are whole-row operations: the latest by clock
holds on every database, whatever order they arrive in. A username or a catalogue code made at
two stations apart is kept by the earlier by clock; the other gets the key with the code of
the station that made it, and a supervisor is shown a collision to settle.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core import clock
from desktop.core.db import local_station, session_factory
from desktop.core.errors import ValidationError
from desktop.core.oplog import Actor
from desktop.core.users import Role, authenticate, create_user
from desktop.counter.knowledge import KnowledgeForm, save_knowledge
from desktop.counter.merging import open_collisions
from desktop.counter.reference import RequestTypeForm, catalogue, save_request_type
from desktop.counter.residents import ResidentForm, create_resident
from desktop.extras.holdings import save_holding
from desktop.models import KeyCollision, KnowledgeEntry, PropertyAccount, RequestType, User
from tests.sync.harness import assert_converged

pytestmark = [pytest.mark.sync, pytest.mark.postgres]


def _staff(hub, role: Role, username: str):  # noqa: ANN001, ANN202
    with session_factory(hub.engine).begin() as s:
        own = local_station(s)
        return create_user(
            s,
            Actor(None, own.id, own.code),
            username=username,
            full_name=f"{username} כהן",
            role=role,
            password="station-pass-1",
        ).id


def _as(station, user_id):  # noqa: ANN001, ANN202
    return Actor(user_id, station.actor.station_id, station.code)


def _form(entry, **changes) -> RequestTypeForm:  # noqa: ANN001
    values = {
        "name": entry.name,
        "department_id": entry.department_id,
        "sla_days": entry.sla_days,
        "steps": entry.steps,
        "documents": entry.documents,
        "keywords": entry.keywords,
        "code": entry.code,
        "active": entry.active,
        "statutory_days": entry.statutory_days,
    }
    return RequestTypeForm(**(values | changes))


@pytest.mark.parametrize("order", ["ARB-first", "LVI-first"])
def test_one_service_level_set_in_two_villages_ends_the_same_everywhere(hub, make_station, order):
    """The reported case: 10 and 25 days set apart; the later by clock (25) holds on every
    database, also the one whose own value arrived last, in either order of syncing."""
    boss = _staff(hub, Role.SUPERVISOR, "miriam")
    arbel, lavi, kfar = make_station("ARB"), make_station("LVI"), make_station("KFT")
    for station in (arbel, lavi, kfar):
        station.sync()
    with arbel.sessions() as s:
        entry = catalogue(s)[0]
    for station, days in ((arbel, 10), (lavi, 25)):
        with station.sessions.begin() as s:
            save_request_type(s, _as(station, boss), _form(entry, sla_days=days), entry.id)
    first, second = (arbel, lavi) if order == "ARB-first" else (lavi, arbel)
    for station in (second, kfar, first, second, kfar):
        station.sync()
    engines = {"ARB": arbel.engine, "LVI": lavi.engine, "KFT": kfar.engine}
    assert_converged(hub.engine, engines, rebuild_on="KFT")
    for engine in [hub.engine, *engines.values()]:
        with session_factory(engine)() as s:
            assert s.get(RequestType, entry.id).sla_days == 25


def test_the_same_new_code_in_two_villages_keeps_both_entries(hub, make_station):
    """Regression: the hub quarantined the second entry, then the cases that used it."""
    boss = _staff(hub, Role.SUPERVISOR, "miriam")
    arbel, lavi = make_station("ARB"), make_station("LVI")
    arbel.sync()
    with arbel.sessions() as s:
        entry = catalogue(s)[0]
    made = {}
    for station, name in ((arbel, "גיזום עץ ברחוב"), (lavi, "גיזום עצים בחצר")):
        with station.sessions.begin() as s:
            made[station.code] = save_request_type(
                s, _as(station, boss), _form(entry, name=name, code="ENG-90", statutory_days=None)
            )
    for station in (lavi, arbel, lavi):
        station.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="ARB")
    with session_factory(hub.engine)() as s:
        codes = {code: s.get(RequestType, made[code]).code for code in made}
        assert codes == {"ARB": "ENG-90", "LVI": "ENG-90~LVI"}
        (collision,) = s.scalars(select(KeyCollision))
        assert (collision.kept_id, collision.other_id) == (made["ARB"], made["LVI"])
    # Editing the renamed entry keeps its code; the suffix stays the display's.
    with lavi.sessions.begin() as s:
        renamed = next(e for e in catalogue(s) if e.id == made["LVI"])
        save_request_type(s, _as(lavi, boss), _form(renamed, sla_days=7), renamed.id)
    for station in (lavi, arbel):
        station.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="LVI")
    with session_factory(hub.engine)() as s:
        row = s.get(RequestType, made["LVI"])
        assert (row.code, row.sla_days) == ("ENG-90~LVI", 7)


def test_the_same_username_made_in_two_villages_both_log_in(hub, make_station):
    """Two admins add "dana" before the stations sync: both users exist everywhere, the
    later one as dana~LVI, and each logs in with the name the database shows."""
    admin = _staff(hub, Role.ADMIN, "admin")
    arbel, lavi = make_station("ARB"), make_station("LVI")
    arbel.sync()
    made = {}
    for station, full_name in ((arbel, "דנה לוי"), (lavi, "דנה כהן")):
        with station.sessions.begin() as s:
            made[station.code] = create_user(
                s,
                _as(station, admin),
                username="dana",
                full_name=full_name,
                # Council-wide: her password goes to every station (sync.rules).
                role=Role.SUPERVISOR,
                password="station-pass-2",
            ).id
    for station in (arbel, lavi, arbel):
        station.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="LVI")
    with arbel.sessions() as s:
        assert s.get(User, made["ARB"]).username == "dana"
        assert s.get(User, made["LVI"]).username == "dana~lvi"
        assert authenticate(s, "dana", "station-pass-2").id == made["ARB"]
    with lavi.sessions() as s:
        assert authenticate(s, "dana~lvi", "station-pass-2").id == made["LVI"]
        assert s.scalar(select(KeyCollision.other_id)) == made["LVI"]


def test_knowledge_entries_added_apart_get_one_code_each(hub, make_station):
    """Each village's next free code was the same (KB-NN): both entries are kept."""
    boss = _staff(hub, Role.SUPERVISOR, "miriam")
    arbel, lavi = make_station("ARB"), make_station("LVI")
    arbel.sync()
    for station, title in ((arbel, "שעות הספרייה"), (lavi, "שעות הבריכה")):
        with station.sessions.begin() as s:
            save_knowledge(s, _as(station, boss), KnowledgeForm(title, "פתוח בימים א-ה."))
    for station in (arbel, lavi, arbel):
        station.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="LVI")
    with session_factory(hub.engine)() as s:
        codes = dict(s.execute(select(KnowledgeEntry.title, KnowledgeEntry.code)).all())
        assert codes["שעות הבריכה"] == codes["שעות הספרייה"] + "~LVI"


def _account(resident_id, number: str, balance: str) -> dict:  # noqa: ANN001
    return {
        "resident_id": resident_id,
        "account_number": number,
        "address": "הזית 4",
        "area_sqm": "96.00",
        "discounts": [],
        "balance": balance,
    }


def test_the_same_account_number_made_in_two_villages_keeps_both_accounts(hub, make_station):
    """Regression (found by the state machine): two villages record property-tax account 4410
    offline; the hub quarantined the second (UniqueViolation). Now both accounts are kept
    everywhere: the one made first by clock keeps the number, the other gets 4410~LVI, also
    at the hub that received the later one first; a supervisor sees the pair."""
    boss = _staff(hub, Role.SUPERVISOR, "miriam")
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with arbel.sessions.begin() as s:
        form = ResidentForm(national_id="039337423", first_name="יוסף", last_name="כהן")
        rid = create_resident(s, arbel.actor, form).id
    arbel.sync()
    lavi.sync()
    made = {}
    for station, balance in ((arbel, "120.00"), (lavi, "80.00")):
        with station.sessions.begin() as s:
            made[station.code] = save_holding(
                s, station.actor, "property_account", _account(rid, "4410", balance)
            )
    # The hub hears of the later one first: the earlier one takes the number from it.
    for station in (lavi, arbel, lavi):
        station.sync()
    engines = {"ARB": arbel.engine, "LVI": lavi.engine}
    assert_converged(hub.engine, engines, rebuild_on="LVI")
    for engine in [hub.engine, *engines.values()]:
        with session_factory(engine)() as s:
            numbers = {code: s.get(PropertyAccount, made[code]).account_number for code in made}
            assert numbers == {"ARB": "4410", "LVI": "4410~LVI"}
            (shown,) = open_collisions(s, Actor(boss, clock.new_id(), "KDR"))
            assert (shown.what, shown.key, shown.other_station) == (
                "מספר חשבון ארנונה",
                "4410",
                "LVI",
            )
            assert (shown.kept_id, shown.other_id) == (made["ARB"], made["LVI"])
    # The renamed account is edited where it was made: it keeps its number; a number with
    # the mark of a settled collision cannot be typed.
    with lavi.sessions.begin() as s:
        save_holding(
            s, lavi.actor, "property_account", _account(rid, "4410", "0.00"), entity_id=made["LVI"]
        )
        with pytest.raises(ValidationError):
            save_holding(s, lavi.actor, "property_account", _account(rid, "4410~LVI", "0.00"))
    for station in (lavi, arbel):
        station.sync()
    assert_converged(hub.engine, engines, rebuild_on="ARB")
    with session_factory(hub.engine)() as s:
        row = s.get(PropertyAccount, made["LVI"])
        assert (row.account_number, str(row.balance)) == ("4410~LVI", "0.00")
