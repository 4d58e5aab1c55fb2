"""A station's token is not the council's root password.

Each attack goes through the real hub on PostgreSQL: a station records the forged operation in
its own database (as a tampered station could) and syncs. The hub must refuse it (not stored,
not applied, never served), tell the station which and why, and the station must keep it in
its quarantine. What a station pulls is checked by the same rules, and secrets stay home.
"""

from __future__ import annotations

import uuid

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.core import clock, oplog
from desktop.core.db import local_station, session_factory
from desktop.core.errors import InvalidLogin
from desktop.core.oplog import Actor, record
from desktop.core.users import Role, authenticate, create_user
from desktop.models import Department, Operation, QuarantinedOperation, Station, User
from desktop.sync.client import sync_status
from desktop.sync.ingest import ingest
from desktop.sync.rules import REASONS, RULES
from desktop.sync.wire import WireOperation, to_wire

pytestmark = [pytest.mark.sync, pytest.mark.postgres]


def test_every_registered_kind_has_a_rule():
    missing = sorted(oplog.registered_kinds() - set(RULES))
    assert not missing, f"kinds without an authority rule in desktop/sync/rules.py: {missing}"
    assert not set(RULES) - oplog.registered_kinds(), "rules for kinds that do not exist"


def _hub_actor(hub) -> Actor:  # noqa: ANN001
    with Session(hub.engine) as s:
        own = local_station(s)
        return Actor(None, own.id, own.code)


def _station_id(station) -> uuid.UUID:  # noqa: ANN001
    with station.sessions() as s:
        return local_station(s).id


def _ids(engine, **where) -> set[uuid.UUID]:  # noqa: ANN001
    with Session(engine) as s:
        query = select(Operation.id)
        for name, value in where.items():
            query = query.where(getattr(Operation, name) == value)
        return set(s.scalars(query))


def _op_of(station, entity_id: uuid.UUID) -> uuid.UUID:  # noqa: ANN001
    with station.sessions() as s:
        return s.scalar(select(Operation.id).where(Operation.entity_id == entity_id))


def _refused_by_hub(station, op_id: uuid.UUID) -> str:  # noqa: ANN001
    """Push the station's unsent operations by hand and return the hub's refusal code of op_id."""
    with station.sessions() as s:
        table = Operation.__table__
        rows = s.execute(
            select(table)
            .where(table.c.station_id == local_station(s).id, table.c.acked.is_(False))
            .order_by(table.c.seq)
        )
        wire = [to_wire(row) for row in rows]
    with station.client() as client:
        answer = client.push(wire)
    assert str(op_id) not in answer["acked"]
    refusal = {r["id"]: r for r in answer["refused"]}[str(op_id)]
    assert refusal["text"] == REASONS[refusal["code"]]
    return refusal["code"]


def _kept_at_station(station, op_id: uuid.UUID) -> None:  # noqa: ANN001
    """The station keeps the refused operation (unsent, quarantined) and counts it."""
    report = station.sync()
    assert op_id in report.refused
    with station.sessions() as s:
        op = s.get(Operation, op_id)
        assert op is not None and not op.acked
        entry = s.get(QuarantinedOperation, op_id)
        assert entry is not None and entry.reason.startswith("refused by the hub:")
        assert sync_status(s).refused >= 1 and sync_status(s).unsent == 0
    station.sync()  # not offered again: nothing left to push, no error


def test_a_pushed_admin_is_refused_and_cannot_log_in_anywhere(hub, make_station):
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with arbel.sessions.begin() as s:  # as `dalpak user add` would, and as the station's clerk
        system_admin = create_user(
            s,
            Actor(None, arbel.actor.station_id, "ARB"),
            username="root1",
            full_name="x",
            role=Role.ADMIN,
            password="owned-the-council",
        )
        # The service refuses a clerk (desktop.core.permissions); a hostile station writes the
        # operation itself, with the hash of a password it chose.
        clerk_admin = record(
            s,
            arbel.actor,
            "user.created",
            clock.new_id(),
            {
                "username": "root2",
                "full_name": "x",
                "role": "admin",
                "password_hash": PasswordHasher().hash("owned-the-council"),
                "department_id": None,
                "phone": "",
                "email": "",
            },
        )
    system_op = _op_of(arbel, system_admin.id)
    clerk_op = _op_of(arbel, clerk_admin.entity_id)
    assert _refused_by_hub(arbel, system_op) == "hub_only"
    assert _refused_by_hub(arbel, clerk_op) == "role"
    _kept_at_station(arbel, clerk_op)
    lavi.sync()
    for engine in (hub.engine, lavi.engine):
        assert not _ids(engine) & {system_op, clerk_op}
        with Session(engine) as s:
            for name in ("root1", "root2"):
                with pytest.raises(InvalidLogin):
                    authenticate(s, name, "owned-the-council")
    # The hub's own quarantine keeps the attempt for the council, and shows it only to ARB.
    with arbel.client() as client:
        assert {q["op_id"] for q in client.quarantine()} >= {str(clerk_op)}
    with lavi.client() as client:
        assert client.quarantine() == []


def test_a_station_cannot_rename_another_station(hub, make_station):
    arbel, lavi = make_station("ARB"), make_station("LVI")
    lavi_id = _station_id(lavi)
    with arbel.sessions.begin() as s:
        op = record(
            s,
            Actor(None, arbel.actor.station_id, "ARB"),
            "station.created",
            lavi_id,
            {"code": "LVI", "name": "נגנבה"},
        )
        by_clerk = record(s, arbel.actor, "station.created", lavi_id, {"code": "LVI", "name": "x"})
    assert _refused_by_hub(arbel, op.id) == "hub_only"
    assert _refused_by_hub(arbel, by_clerk.id) == "hub_only"
    _kept_at_station(arbel, op.id)
    lavi.sync()
    for engine in (hub.engine, lavi.engine):
        with Session(engine) as s:
            assert s.get(Station, lavi_id).name != "נגנבה"
        assert op.id not in _ids(engine)


def test_a_clerk_cannot_change_a_department(hub, make_station):
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with Session(hub.engine) as s:
        dep = s.scalar(select(Department).where(Department.code == "ENG"))
        phone = dep.phone
    payload = {
        "code": "ENG",
        "name": dep.name,
        "phone": "03-0000000",
        "email": dep.email,
        "description": dep.description,
    }
    with arbel.sessions.begin() as s:
        op = record(s, arbel.actor, "department.upserted", dep.id, payload)
        system = record(
            s, Actor(None, arbel.actor.station_id, "ARB"), "department.upserted", dep.id, payload
        )
    assert _refused_by_hub(arbel, op.id) == "role"
    assert _refused_by_hub(arbel, system.id) == "hub_only"
    _kept_at_station(arbel, op.id)
    lavi.sync()
    for engine in (hub.engine, lavi.engine):
        with Session(engine) as s:
            assert s.get(Department, dep.id).phone == phone


def test_a_forged_user_is_refused(hub, make_station):
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with session_factory(hub.engine).begin() as s:
        gone = create_user(
            s,
            _hub_actor(hub),
            username="gone",
            full_name="עזב/ה",
            role=Role.CLERK,
            password="gone-pass-1",
        )
        admin = create_user(
            s,
            _hub_actor(hub),
            username="boss",
            full_name="מנהל",
            role=Role.ADMIN,
            password="boss-pass-1",
        )
    arbel.sync()
    # A user who left: inactive on the hub (no operation deactivates users yet).
    with session_factory(hub.engine).begin() as s:
        s.execute(update(User).where(User.id == gone.id).values(active=False))
    # A clerk ARB's admin adds works at ARB only.
    with arbel.sessions.begin() as s:
        local = create_user(
            s,
            Actor(admin.id, arbel.actor.station_id, "ARB"),
            username="arbclerk",
            full_name="פקיד/ה של ארבל",
            role=Role.CLERK,
            password="arb-pass-1",
        )
    arbel.sync()
    lavi.sync()
    forged = {}
    with arbel.sessions.begin() as s:
        for name, user_id in (("unknown", uuid.uuid4()), ("inactive", gone.id)):
            actor = Actor(user_id, arbel.actor.station_id, "ARB")
            forged[name] = record(s, actor, "notification.read", user_id, {"ids": []}).id
    with lavi.sessions.begin() as s:
        actor = Actor(local.id, lavi.actor.station_id, "LVI")
        forged["other_station"] = record(s, actor, "notification.read", local.id, {"ids": []}).id
    assert _refused_by_hub(arbel, forged["unknown"]) == "unknown_user"
    assert _refused_by_hub(arbel, forged["inactive"]) == "unknown_user"
    assert _refused_by_hub(lavi, forged["other_station"]) == "other_station_user"
    _kept_at_station(arbel, forged["unknown"])
    _kept_at_station(lavi, forged["other_station"])
    assert not _ids(hub.engine) & set(forged.values())
    # ARB's own clerk, made by its admin, works there.
    with arbel.sessions.begin() as s:
        fine = record(
            s,
            Actor(local.id, arbel.actor.station_id, "ARB"),
            "notification.read",
            local.id,
            {"ids": []},
        ).id
    arbel.sync()
    assert fine in _ids(hub.engine)


def test_secrets_stay_home(hub, make_station):
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with session_factory(hub.engine).begin() as s:
        admin = create_user(
            s,
            _hub_actor(hub),
            username="boss",
            full_name="מנהל",
            role=Role.ADMIN,
            password="boss-pass-1",
        )
    arbel.sync()
    with arbel.sessions.begin() as s:
        create_user(
            s,
            Actor(admin.id, arbel.actor.station_id, "ARB"),
            username="arbclerk",
            full_name="פקיד/ה של ארבל",
            role=Role.CLERK,
            password="arb-pass-1",
        )
    arbel.sync()
    lavi.sync()
    with Session(lavi.engine) as s:
        # The name and role arrive, the hash does not: ARB's clerk cannot log in at LVI.
        user = s.scalar(select(User).where(User.username == "arbclerk"))
        assert user.role == "clerk" and user.full_name == "פקיד/ה של ארבל"
        assert user.password_hash == ""
        op = s.scalar(select(Operation).where(Operation.entity_id == user.id))
        assert "password_hash" not in op.payload
        with pytest.raises(InvalidLogin):
            authenticate(s, "arbclerk", "arb-pass-1")
        # The council's admin, and users registered on the hub, log in everywhere.
        assert authenticate(s, "boss", "boss-pass-1").id == admin.id
        assert authenticate(s, "clerklvi", "station-pass-1")
    for engine in (arbel.engine, hub.engine):
        with Session(engine) as s:
            assert authenticate(s, "arbclerk", "arb-pass-1")


def test_quarantine_reasons_hold_no_parameters(hub, make_station):
    arbel = make_station("ARB")
    with Session(hub.engine) as s:
        clerk = s.scalar(select(User).where(User.username == "clerkarb"))
        hub_id = local_station(s).id
    # A user.created the hub cannot store (its department does not exist) carries a hash: the
    # reason quotes neither.
    with session_factory(hub.engine).begin() as s:
        boss = create_user(
            s,
            _hub_actor(hub),
            username="boss",
            full_name="מנהל",
            role=Role.ADMIN,
            password="boss-pass-1",
        )
    arbel.sync()
    with arbel.sessions.begin() as s:
        seq = oplog.station_state(s).last_op_seq + 1
        oplog.station_state(s).last_op_seq = seq
    dup = WireOperation(
        id=clock.new_id(),
        station_id=arbel.actor.station_id,
        seq=seq,
        hlc=clock.Timestamp(clock.wall_ms(), 0, str(arbel.actor.station_id)).encode(),
        user_id=boss.id,
        kind="user.created",
        entity_id=clock.new_id(),
        payload={
            "username": "clerkarb",
            "full_name": "x",
            "role": "clerk",
            "password_hash": clerk.password_hash,
            "department_id": str(clock.new_id()),
        },
        created_at=clock.utcnow(),
    )
    # The station's own database would not take it either: pushed by hand.
    with arbel.client() as client:
        answer = client.push([to_wire(dup)])
    assert answer["quarantined"] == [str(dup.id)]
    with arbel.client() as client:
        entries = client.quarantine()
    assert [e["reason"] for e in entries] == [f"not applied: IntegrityError (op {dup.id})"]
    with Session(hub.engine) as s:
        assert "argon2" not in s.get(QuarantinedOperation, dup.id).reason
    assert hub_id


def test_a_station_refuses_what_a_tampered_hub_serves(hub, make_station):
    """A row written into the hub's log behind the hub's back is refused by every station."""
    arbel, lavi = make_station("ARB"), make_station("LVI")
    arbel_id = _station_id(arbel)
    with Session(hub.engine) as s:
        clerk_hash = s.scalar(select(User.password_hash).where(User.username == "clerkarb"))
    forged = WireOperation(
        id=clock.new_id(),
        station_id=arbel_id,
        seq=10_000,
        hlc=clock.Timestamp(clock.wall_ms(), 0, str(arbel_id)).encode(),
        user_id=None,
        kind="user.created",
        entity_id=clock.new_id(),
        payload={
            "username": "mole",
            "full_name": "x",
            "role": "admin",
            "password_hash": clerk_hash,
        },
        created_at=clock.utcnow(),
    )
    with session_factory(hub.engine).begin() as s:
        ingest(s, [forged], as_hub=True)  # no rules: as a tampered hub would
    report = lavi.sync()
    assert forged.id in report.quarantined
    with Session(lavi.engine) as s:
        assert s.scalar(select(User).where(User.username == "mole")) is None
        assert s.get(Operation, forged.id) is None
        entry = s.get(QuarantinedOperation, forged.id)
        assert entry.reason == f"refused: hub_only (op {forged.id})"
