"""Every kind of operation syncs: a scripted council day that makes each registered kind.

Two stations (ARB, LVI) and the hub on a throw-away PostgreSQL go through a day of the council
using the real services: residents, a case with two items, department updates and handoffs,
the owner's calls, notifications, absences, the outbox, extras offered, holdings, a proactive
scan, a conflict and its resolution, the knowledge base. Then everyone syncs, and every
database must hold the same operations (each once), the same state tables, equal to a replay
of the log on every database.

The test fails, naming them, when a kind registered with `oplog.applier` is made by no step:
a feature that adds a kind adds a step here. A step is one small function per feature area,
decorated with `@step(kinds...)` naming the kinds it is meant to make (checked after it runs),
appended to STEPS by the decorator in the order written. It gets the `Day` (stations, users,
and what earlier steps left in `day.made`) and syncs whatever it needs the other side to see.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desktop.core import accounts, clock, limits, oplog
from desktop.core.db import local_station, session_factory
from desktop.core.identity import complete_national_id
from desktop.core.oplog import Actor
from desktop.counter import knowledge, merging, reference, translations
from desktop.counter.access import log_access
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.conflicts import open_conflicts, resolve_conflict
from desktop.counter.residents import ResidentForm, create_resident, open_profile, update_resident
from desktop.extras.eligibility import offers_for, record_offer, save_rule, shipped_rules
from desktop.extras.holdings import save_holding
from desktop.extras.outreach import scan
from desktop.followthrough.absence import cancel_absence, set_absence
from desktop.followthrough.items import (
    complete_task,
    handoff_item,
    mark_notifications_read,
    notifications,
    update_item,
)
from desktop.followthrough.outbox import mark_sent, queue_update
from desktop.lobby import visits as lobby
from desktop.models import CaseItem, Department, Operation, Outreach, RequestType, Task, User
from desktop.station.demo import create_demo_users
from desktop.supervision.reassign import reassign_cases, reassign_items
from desktop.sync import quarantine
from tests.sync.harness import assert_converged, rebuilt_snapshot

pytestmark = [pytest.mark.sync, pytest.mark.postgres]


def registered_kinds() -> set[str]:
    """Every operation kind an applier is registered for (the domain modules loaded)."""
    oplog._load_appliers()
    return set(oplog._APPLIERS)


# --- the day ---------------------------------------------------------------------------------


@dataclass
class Day:
    """The hub, two stations, who works where, and what the steps made so far."""

    hub: Any  # tests.sync.conftest.HubServer
    hub_actor: Actor
    arb: Any  # tests.sync.conftest.Station
    lvi: Any
    monkeypatch: pytest.MonkeyPatch
    made: dict[str, Any] = field(default_factory=dict)

    @property
    def stations(self) -> list:
        return [self.arb, self.lvi]

    def engines(self) -> dict[str, Engine]:
        return {"hub": self.hub.engine, **{s.code: s.engine for s in self.stations}}

    def everyone_syncs(self) -> None:
        # Twice round: the second round brings each station what the other pushed after it.
        for _round in range(2):
            for station in self.stations:
                station.sync()

    @contextlib.contextmanager
    def at(self, station) -> Iterator[Session]:  # noqa: ANN001
        with station.sessions.begin() as session:
            yield session

    def login(self, station, username: str) -> Actor:  # noqa: ANN001
        """A demo user (created on the hub, synced) working at `station`."""
        with station.sessions() as session:
            user_id = session.scalar(select(User.id).where(User.username == username))
            identity = local_station(session)
        assert user_id is not None, f"{username} has not reached {station.code}"
        return Actor(user_id, identity.id, station.code)


Step = Callable[[Day], None]
STEPS: list[tuple[str, frozenset[str], Step]] = []


def step(*kinds: str) -> Callable[[Step], Step]:
    """Register a step of the day and the operation kinds it is meant to make."""

    def register(fn: Step) -> Step:
        STEPS.append((fn.__name__, frozenset(kinds), fn))
        return fn

    return register


def _resident_form(n: int, first: str, last: str, **extra: Any) -> ResidentForm:
    return ResidentForm(
        national_id=complete_national_id(f"{33000000 + n:08d}"),
        first_name=first,
        last_name=last,
        phone="0541234567",
        **extra,
    )


def _today() -> dt.date:
    return clock.local_today()


# --- the steps, in the order of the day -----------------------------------------------------


# Made before the first step by the fixtures, through the services `dalpak hub` uses: the
# council's reference data seeded on the hub, and a station per village added and joined.
SETUP_KINDS = frozenset(
    {
        "station.created",
        "department.upserted",
        "locality.upserted",
        "request_type.upserted",
        "rule.upserted",
        "knowledge.upserted",
        "translation.set",
        "user.created",
    }
)


@step("user.created")
def council_staff(day: Day) -> None:
    # The staff are the demo's users, registered on the hub: supervisors, department workers.
    with session_factory(day.hub.engine).begin() as session:
        create_demo_users(session, day.hub_actor)
    day.everyone_syncs()


@step("resident.created", "resident.updated", "resident.viewed")
def residents(day: Day) -> None:
    with day.at(day.arb) as s:
        yosef = create_resident(
            s, day.arb.actor, _resident_form(1, "יוסף", "כהן", preferred_channel="whatsapp")
        )
        day.made["yosef"] = yosef.id
    with day.at(day.lvi) as s:
        samira = create_resident(
            s, day.lvi.actor, _resident_form(2, "סמירה", "חלבי", preferred_channel="sms")
        )
        day.made["samira"] = samira.id
    day.everyone_syncs()
    with day.at(day.lvi) as s:
        update_resident(s, day.lvi.actor, day.made["yosef"], {"address": "הזית 4"})
        open_profile(s, day.lvi.actor, day.made["yosef"])
    day.everyone_syncs()


@step("resident.updated", "conflict.resolved")
def concurrent_edit_and_resolution(day: Day) -> None:
    # Both villages change Samira's phone before either syncs: both values are kept, and
    # the supervisor chooses the one that lost.
    for station, phone in ((day.arb, "0521111111"), (day.lvi, "0532222222")):
        with day.at(station) as s:
            update_resident(s, station.actor, day.made["samira"], {"phone": phone})
    day.everyone_syncs()
    supervisor = day.login(day.lvi, "miriam")
    with day.at(day.lvi) as s:
        (conflict,) = open_conflicts(s, supervisor)
        resolve_conflict(s, supervisor, conflict.id, "other")
    day.everyone_syncs()


@step("case.opened", "case.item_added")
def a_visit_with_two_items(day: Day) -> None:
    with day.at(day.arb) as s:
        types = [
            s.scalar(select(RequestType.id).where(RequestType.code == code))
            for code in ("ENG-01", "ENV-01")
        ]
        case = open_case(
            s,
            day.arb.actor,
            day.made["yosef"],
            [ItemDraft(types[0], "סדק בקיר"), ItemDraft(types[1], "פח אשפה שבור")],
            service_started_at=clock.utcnow() - dt.timedelta(minutes=6),
        )
        day.made["case"], day.made["case_number"] = case.id, case.number
        day.made["items"] = list(
            s.scalars(
                select(CaseItem.id).where(CaseItem.case_id == case.id).order_by(CaseItem.position)
            )
        )
    day.everyone_syncs()


@step("item.status_updated", "item.handed_off", "task.created")
def departments_update_and_hand_off(day: Day) -> None:
    first, second = day.made["items"]
    engineer = day.login(day.lvi, "eng")
    with day.at(day.lvi) as s:
        expected = s.get(CaseItem, first).expected_date
        update_item(
            s,
            engineer,
            first,
            status="in_progress",
            next_step="מהנדס יבקר בנכס ויכין חוות דעת",
            expected_date=max(expected, _today()) + dt.timedelta(days=7),
        )
        welfare = s.scalar(select(Department.id).where(Department.code == "WEL"))
        handoff_item(s, engineer, first, department_id=welfare, reason="נדרשת הערכת רווחה")
    day.everyone_syncs()
    with day.at(day.arb) as s:  # the other village's department finishes both
        worker = day.login(day.arb, "wel")
        update_item(s, worker, first, status="done", outcome="בוצעה הערכה ונקבע סיוע בתיקון")
        update_item(
            s, day.login(day.arb, "env"), second, status="done", outcome="הפח הוחלף בפח חדש"
        )
    day.everyone_syncs()


@step("notification.read")
def owner_reads_notifications(day: Day) -> None:
    owner = day.arb.actor
    with day.at(day.arb) as s:
        unread = notifications(s, owner.user_id)
        assert len(unread) >= 4, "the owner is told of every update, handoff and finish"
        mark_notifications_read(s, owner, [n.id for n in unread])
    day.everyone_syncs()


@step("task.attempted", "task.completed", "case.closed", "task.created")
def owner_calls_back_and_follows_up(day: Day) -> None:
    owner = day.arb.actor

    def tasks(s: Session, kind: str) -> list[uuid.UUID]:
        return list(
            s.scalars(
                select(Task.id)
                .where(Task.case_id == day.made["case"], Task.kind == kind, Task.done_at.is_(None))
                .order_by(Task.id)
            )
        )

    with day.at(day.lvi) as s:  # called from the other village: not reached
        first = tasks(s, "callback")[0]
        complete_task(s, day.lvi.actor, first, reached=False, channel="phone", note="אין מענה")
    day.everyone_syncs()
    with day.at(day.arb) as s:
        for task in tasks(s, "callback"):
            complete_task(s, owner, task, reached=True, channel="phone", note="עודכן על הסיום")
    day.everyone_syncs()
    with day.at(day.lvi) as s:
        (followup,) = tasks(s, "followup")
        complete_task(
            s,
            day.lvi.actor,
            followup,
            reached=True,
            channel="phone",
            note="שיחת מעקב",
            satisfaction=5,
            comment="שירות מהיר",
        )
    day.everyone_syncs()


@step("absence.set", "absence.cancelled")
def an_absence_set_and_cancelled(day: Day) -> None:
    with day.at(day.arb) as s:
        absence = set_absence(
            s,
            day.login(day.arb, "miriam"),
            day.arb.actor.user_id,
            day.lvi.actor.user_id,
            _today(),
            _today() + dt.timedelta(days=3),
            "חופשה",
        )
    day.everyone_syncs()
    with day.at(day.lvi) as s:
        cancel_absence(s, day.login(day.lvi, "miriam"), absence)
    day.everyone_syncs()


@step("outbox.queued", "outbox.sent")
def resident_told_through_the_outbox(day: Day) -> None:
    with day.at(day.lvi) as s:
        delivery = queue_update(s, day.lvi.actor, day.made["case_number"])
    day.everyone_syncs()
    with day.at(day.arb) as s:
        mark_sent(s, day.arb.actor, delivery.message_id)
    day.everyone_syncs()


@step("offer.recorded", "rule.upserted")
def extras_offered_accepted_and_declined(day: Day) -> None:
    with day.at(day.lvi) as s:
        for name, age in (("נועה", 4), ("איתי", 8)):
            save_holding(
                s,
                day.lvi.actor,
                "household_member",
                {
                    "resident_id": day.made["yosef"],
                    "name": name,
                    "relation": "child",
                    "birth_date": _today() - dt.timedelta(days=age * 365 + 100),
                },
            )
        save_holding(
            s,
            day.lvi.actor,
            "property_account",
            {
                "resident_id": day.made["yosef"],
                "account_number": "70000001-1",
                "address": "הזית 4",
                "area_sqm": "120.00",
                "discounts": [],
                "balance": "0.00",
            },
        )
        codes = {o.rule_code for o in offers_for(s, day.lvi.actor, day.made["yosef"])}
        assert {"KINDERGARTEN", "AFTER_SCHOOL_CLUBS"} <= codes, codes
        record_offer(
            s,
            day.lvi.actor,
            day.made["yosef"],
            "KINDERGARTEN",
            "accepted",
            case_id=day.made["case"],
        )
        record_offer(
            s, day.lvi.actor, day.made["yosef"], "AFTER_SCHOOL_CLUBS", "declined", "כבר רשומה לחוג"
        )
    # A supervisor rewords an extra's reason at the counter of the other village.
    rule = next(r for r in shipped_rules() if r["code"] == "SENIOR_CLUB")
    with day.at(day.arb) as s:
        save_rule(s, day.login(day.arb, "miriam"), {**rule, "reason": "גיל 67 ומעלה"})
    day.everyone_syncs()


@step("holding.upserted", "holding.removed")
def holdings_kept_and_removed(day: Day) -> None:
    with day.at(day.arb) as s:
        dog = save_holding(
            s,
            day.arb.actor,
            "dog_licence",
            {
                "resident_id": day.made["samira"],
                "dog_name": "רקסי",
                "chip_number": "900000000000001",
                "licence_expiry": _today() + dt.timedelta(days=200),
                "rabies_vaccinated_on": None,
            },
        )
        day.made["permit"] = save_holding(
            s,
            day.arb.actor,
            "parking_permit",
            {
                "resident_id": day.made["samira"],
                "vehicle_plate": "12-345-67",
                "expiry": _today() + dt.timedelta(days=10),
            },
        )
    day.everyone_syncs()
    with day.at(day.lvi) as s:
        # The licence is renewed in the other village (the same holding, a new expiry)...
        save_holding(
            s,
            day.lvi.actor,
            "dog_licence",
            {
                "resident_id": day.made["samira"],
                "dog_name": "רקסי",
                "chip_number": "900000000000001",
                "licence_expiry": _today() + dt.timedelta(days=565),
                "rabies_vaccinated_on": _today(),
            },
            entity_id=dog,
        )
    day.everyone_syncs()
    with day.at(day.arb) as s:
        # ...and then removed. No service removes a holding yet (the applier exists for
        # imports to come), so this one operation is recorded the way a service would.
        oplog.record(s, day.arb.actor, "holding.removed", dog, {"kind": "dog_licence"})
    day.everyone_syncs()


@step("outreach.created", "case.opened", "outbox.queued")
def proactive_scan(day: Day) -> None:
    # Samira's parking permit (the holdings step) expires within the month.
    with day.at(day.lvi) as s:  # a supervisor runs it
        report = scan(s, day.login(day.lvi, "miriam"))
    assert [f.rule_code for f in report.found] == ["PARKING_RENEWAL"], report.as_json()
    day.everyone_syncs()
    with day.at(day.arb) as s:  # the other village sees it done and does not do it twice
        again = scan(s, day.login(day.arb, "miriam"))
    assert (again.created, again.already_done) == (0, 1), again.as_json()


@step("knowledge.upserted")
def knowledge_base_updated_on_the_hub(day: Day) -> None:
    # The council ships a changed answer and a new entry; the hub takes them in.
    entries = [dict(e) for e in knowledge.knowledge_data()]
    entries[0]["answer"] += " ניתן גם לפנות במייל."
    entries.append(
        {
            "code": "KB-TEST-1",
            "title": "שעות קבלת קהל ביישובים",
            "category": "כללי",
            "keywords": ["שעות", "יישובים"],
            "answer": "בימי שני בין 9 ל-12.",
        }
    )
    day.monkeypatch.setattr(knowledge, "knowledge_data", lambda: entries)
    with session_factory(day.hub.engine).begin() as session:
        knowledge.seed_knowledge(session, day.hub_actor)
    day.everyone_syncs()


@step("translation.set")
def the_same_entry_translated_in_both_villages(day: Day) -> None:
    # Two supervisors translate the same department before either syncs: the later edit
    # stands in every database, whichever arrives first.
    supervisor = {station.code: day.login(station, "miriam") for station in day.stations}
    for station, name in ((day.arb, "Engineering"), (day.lvi, "Engineering & Planning")):
        with day.at(station) as s:
            assert translations.save_translation(
                s, supervisor[station.code], "department", "ENG", "en", {"name": name}
            )
    day.everyone_syncs()
    for station in day.stations:
        with station.sessions() as s:
            assert translations.translator(s, "en").text("הנדסה ותכנון") == (
                "Engineering & Planning"
            )


@step("item.reassigned", "case.reassigned")
def supervisor_moves_work(day: Day) -> None:
    # The scan's case (opened by the supervisor in the other village) goes to the clerk, and
    # its item to a named worker of the department.
    supervisor = day.login(day.arb, "miriam")
    with day.at(day.arb) as s:
        case_id = s.scalar(select(Outreach.case_id).where(Outreach.trigger == "PARKING_RENEWAL"))
        (item,) = s.scalars(select(CaseItem.id).where(CaseItem.case_id == case_id))
        worker = s.scalar(select(User.id).where(User.username == "sec"))
        reassign_items(s, supervisor, [item], reason="מטפל/ת בחניה", to_user_id=worker)
        reassign_cases(
            s, supervisor, [case_id], to_owner_id=day.arb.actor.user_id, reason="איזון עומס"
        )
    day.everyone_syncs()


@step("lobby.checked_in", "lobby.called", "lobby.recalled", "lobby.left", "lobby.ended")
def a_morning_in_the_lobby(day: Day) -> None:
    clerk = day.lvi.actor
    with day.at(day.lvi) as s:
        first = lobby.check_in(
            s, clerk, typed_name="אורח ללא תיק", priority="elderly", priority_reason="בן 90"
        ).id
        second = lobby.check_in(s, clerk, resident_id=day.made["samira"], reason="חניה").id
        assert lobby.call_next(s, clerk, "2").id == first  # priority first
        lobby.call(s, clerk, first, "2")  # announced again
        lobby.left(s, clerk, first)
        lobby.call(s, clerk, second, "2")
        parking = s.scalar(select(RequestType.id).where(RequestType.code == "SEC-02"))
        lobby.save_visit_case(s, clerk, second, day.made["samira"], [ItemDraft(parking, "תו אורח")])
    day.everyone_syncs()


@step("access.logged")
def personal_data_seen_in_search_results(day: Day) -> None:
    with day.at(day.arb) as s:
        log_access(s, day.arb.actor, "search", [day.made["samira"]], "")
    day.everyone_syncs()


@step("user.deactivated", "user.reactivated", "user.password_reset", "user.password_changed")
def a_clerk_leaves_and_comes_back(day: Day) -> None:
    admin = day.login(day.lvi, "admin")
    with day.at(day.lvi) as s:
        accounts.deactivate_user(s, admin, day.arb.actor.user_id)
    day.everyone_syncs()
    with day.at(day.arb) as s:
        accounts.reactivate_user(s, day.login(day.arb, "admin"), day.arb.actor.user_id)
        accounts.reset_password(
            s, day.login(day.arb, "admin"), day.arb.actor.user_id, "temp-pass-9"
        )
    day.everyone_syncs()
    with day.at(day.lvi) as s:
        accounts.change_password(
            s, day.login(day.lvi, "clerkarb"), "temp-pass-9", "mine-pass-2", "mine-pass-2"
        )


@step("resident.created", "resident.merged", "request_type.upserted", "collision.resolved")
def one_person_and_one_code_made_twice(day: Day) -> None:
    # The same new resident registered in both villages, and the same new catalogue code
    # added in both, before they sync: linked and renamed everywhere; the supervisor merges
    # the two records (one checked in at the lobby) and acknowledges the renamed code.
    for station, email in ((day.arb, "noa@example.org"), (day.lvi, "")):
        with day.at(station) as s:
            day.made[f"twin-{station.code}"] = create_resident(
                s, station.actor, _resident_form(9, "נועה", "ברק", email=email)
            ).id
        supervisor = day.login(station, "miriam")
        with day.at(station) as s:
            entry = reference.catalogue(s)[0]
            form = reference.RequestTypeForm(
                f"בדיקה {station.code}", entry.department_id, 5, ("נבדוק",), code="ENG-77"
            )
            reference.save_request_type(s, supervisor, form)
    with day.at(day.lvi) as s:
        lobby.check_in(s, day.lvi.actor, resident_id=day.made["twin-LVI"], reason="מים")
    day.everyone_syncs()
    supervisor = day.login(day.arb, "miriam")
    with day.at(day.arb) as s:
        shown = {c.table: c for c in merging.open_collisions(s, supervisor)}
        merging.merge_residents(
            s, supervisor, shown["residents"].kept_id, shown["residents"].other_id
        )
        merging.acknowledge_collision(s, supervisor, shown["request_types"].id)
    day.everyone_syncs()


@step("operation.corrected", "operation.released", "operation.discarded")
def the_quarantine_settled(day: Day) -> None:
    """A station made before the limits were the same everywhere registers two residents with
    last names the hub refuses, and opens a case for one; the hub holds them (the case waits
    behind its resident). ARB's supervisor corrects the one (the case is retried behind it)
    and discards the other."""
    with day.monkeypatch.context() as patch, day.at(day.arb) as s:
        patch.setattr(limits, "_too_long", lambda column, value: None)
        s.connection().exec_driver_sql("PRAGMA ignore_check_constraints = ON")
        long = "אבוטבול-" * 11 + "כהנים"
        kept = create_resident(s, day.arb.actor, _resident_form(7, "דוד", long)).id
        dropped = create_resident(s, day.arb.actor, _resident_form(8, "רון", long)).id
        kind = s.scalar(select(RequestType.id).where(RequestType.code == "SEC-02"))
        open_case(s, day.arb.actor, kept, [ItemDraft(kind)], service_started_at=clock.utcnow())
        s.flush()
        s.connection().exec_driver_sql("PRAGMA ignore_check_constraints = OFF")
    day.everyone_syncs()
    boss = day.login(day.arb, "miriam")
    with day.at(day.arb) as s:
        held = {h.operation_entity: h.op_id for h in _held_residents(s)}
        quarantine.correct_operation(s, boss, held[kept], {"last_name": "אבוטבול"})
        quarantine.discard_operation(s, boss, held[dropped], "נרשם בטעות")
    day.everyone_syncs()


@dataclass(frozen=True)
class _HeldResident:
    op_id: uuid.UUID
    operation_entity: uuid.UUID


def _held_residents(session: Session) -> list[_HeldResident]:
    return [
        _HeldResident(h.op_id, session.get(Operation, h.op_id).entity_id)
        for h in quarantine.held_operations(session)
        if h.kind == "resident.created"
    ]


# --- the test --------------------------------------------------------------------------------


def kinds_of(engines: dict[str, Engine]) -> dict[uuid.UUID, str]:
    out: dict[uuid.UUID, str] = {}
    for engine in engines.values():
        with Session(engine) as s:
            out.update((op, kind) for op, kind in s.execute(select(Operation.id, Operation.kind)))
    return out


def uncovered(made: set[str]) -> list[str]:
    return sorted(registered_kinds() - made)


def declared() -> set[str]:
    """The kinds the fixtures and the steps say they make."""
    return set(SETUP_KINDS).union(*(kinds for _name, kinds, _run in STEPS))


NO_STEP = (
    "operation kinds that no step of tests/sync/test_every_kind.py makes: {}. Add a step "
    "that makes them through the services, so that they are proven to sync."
)


def test_every_registered_kind_has_a_step():
    """Fast, without PostgreSQL: fails as soon as a new kind is registered without a step."""
    missing = uncovered(declared())
    assert not missing, NO_STEP.format(missing)


def test_a_kind_without_a_step_is_named(monkeypatch):
    assert uncovered(declared()) == []
    monkeypatch.setitem(oplog._APPLIERS, "lobby.ticket_called", lambda session, op: None)
    assert uncovered(declared()) == ["lobby.ticket_called"]


@pytest.fixture
def day(hub, make_station, monkeypatch) -> Day:
    with Session(hub.engine) as s:
        own = local_station(s)
        hub_actor = Actor(None, own.id, own.code)
    return Day(hub, hub_actor, make_station("ARB"), make_station("LVI"), monkeypatch)


@pytest.mark.timeout(240)
def test_every_registered_kind_syncs_to_every_database(day: Day):
    seen = kinds_of(day.engines())  # what the fixtures made: the hub and two stations joining
    made: set[str] = set(seen.values())
    assert made >= SETUP_KINDS, f"the fixtures did not make {sorted(SETUP_KINDS - made)}"
    for name, kinds, run in STEPS:
        run(day)
        now = kinds_of(day.engines())
        new = {kind for op, kind in now.items() if op not in seen}
        assert kinds <= new, f"step {name} did not make {sorted(kinds - new)}"
        made |= new
        seen = now
    missing = uncovered(made)
    assert not missing, NO_STEP.format(missing)

    day.everyone_syncs()
    stations = {s.code: s.engine for s in day.stations}
    expected = assert_converged(day.hub.engine, stations, rebuild_on="ARB")
    for code, engine in (("LVI", day.lvi.engine), ("hub", day.hub.engine)):
        assert rebuilt_snapshot(engine) == expected, f"a replay of the log on {code} differs"
    with Session(day.hub.engine) as s:
        on_hub = set(s.scalars(select(Operation.kind).distinct()))
    assert registered_kinds() <= on_hub
