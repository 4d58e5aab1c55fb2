"""A user who leaves cannot log in anywhere once the stations have synced; passwords changed
and reset travel with the rest; the hub checks who may do each (real hub on PostgreSQL).

Privacy Protection (Data Security) Regulations, 5777-2017, reg. 9(b): an authorised user's
access is revoked when they no longer need it, and regulation 9(c) asks for identification by
password: a council with stations that work offline must revoke it at every one.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import accounts
from desktop.core.db import local_station, session_factory
from desktop.core.errors import InvalidLogin
from desktop.core.oplog import Actor, record
from desktop.core.users import Role, authenticate, create_user
from desktop.counter.residents import ResidentForm, create_resident
from desktop.models import Operation, QuarantinedOperation, Resident, User
from tests.sync.harness import state_snapshot

pytestmark = [pytest.mark.sync, pytest.mark.postgres]


def _boss(hub) -> User:  # noqa: ANN001
    with session_factory(hub.engine).begin() as s:
        own = local_station(s)
        return create_user(
            s,
            Actor(None, own.id, own.code),
            username="boss",
            full_name="מנהלת המערכת",
            role=Role.ADMIN,
            password="boss-pass-1",
        )


def _can_log_in(engine, name: str, password: str) -> bool:  # noqa: ANN001
    with Session(engine) as s:
        try:
            authenticate(s, name, password)
        except InvalidLogin:
            return False
        return True


def test_a_deactivated_clerk_cannot_log_in_anywhere_after_the_next_sync(hub, make_station):
    boss = _boss(hub)
    arbel, lavi = make_station("ARB"), make_station("LVI")
    arbel.sync()
    lavi.sync()
    clerk = arbel.actor  # clerkarb, registered on the hub: works at every station
    for engine in (hub.engine, arbel.engine, lavi.engine):
        assert _can_log_in(engine, "clerkarb", "station-pass-1")

    # Her last morning in the village, offline: a resident she registers before she leaves.
    with arbel.sessions.begin() as s:
        before = create_resident(
            s, clerk, ResidentForm(national_id="039337423", first_name="יוסף", last_name="כהן")
        ).id
    # At the council, the admin (working at LVI) deactivates her.
    lavi_actor = Actor(boss.id, lavi.actor.station_id, "LVI")
    with lavi.sessions.begin() as s:
        accounts.deactivate_user(s, lavi_actor, clerk.user_id)
    assert not _can_log_in(lavi.engine, "clerkarb", "station-pass-1")
    lavi.sync()
    assert not _can_log_in(hub.engine, "clerkarb", "station-pass-1")
    # The village has not heard yet: she can still log in there (no station knows the future).
    assert _can_log_in(arbel.engine, "clerkarb", "station-pass-1")
    arbel.sync()
    for engine in (hub.engine, arbel.engine, lavi.engine):
        assert not _can_log_in(engine, "clerkarb", "station-pass-1")
    # What she did before the deactivation is kept everywhere, not refused.
    lavi.sync()
    for engine in (hub.engine, lavi.engine):
        with Session(engine) as s:
            assert s.get(Resident, before) is not None
    for engine in (hub.engine, arbel.engine, lavi.engine):
        with Session(engine) as s:
            user = s.get(User, clerk.user_id)
            assert not user.active and user.deactivated_hlc
            assert s.scalar(select(QuarantinedOperation.op_id)) is None

    # Back again: reactivated at the hub, she logs in at both stations after their sync.
    with session_factory(hub.engine).begin() as s:
        own = local_station(s)
        accounts.reactivate_user(s, Actor(boss.id, own.id, own.code), clerk.user_id)
    arbel.sync()
    lavi.sync()
    for engine in (hub.engine, arbel.engine, lavi.engine):
        assert _can_log_in(engine, "clerkarb", "station-pass-1")
    assert state_snapshot(arbel.engine) == state_snapshot(hub.engine)
    assert state_snapshot(lavi.engine) == state_snapshot(hub.engine)


def test_work_after_the_deactivation_is_refused_and_kept_at_the_station(hub, make_station):
    boss = _boss(hub)
    arbel, lavi = make_station("ARB"), make_station("LVI")
    lavi.sync()
    with lavi.sessions.begin() as s:
        accounts.deactivate_user(
            s, Actor(boss.id, lavi.actor.station_id, "LVI"), arbel.actor.user_id
        )
    lavi.sync()
    # The village, offline, let her in after the council had deactivated her.
    with arbel.sessions.begin() as s:
        after = create_resident(
            s, arbel.actor, ResidentForm(national_id="200000016", first_name="דנה", last_name="לוי")
        ).id
    report = arbel.sync()
    with Session(arbel.engine) as s:
        op_id = s.scalar(select(Operation.id).where(Operation.entity_id == after))
        assert op_id in report.refused
        assert "unknown_user" in s.get(QuarantinedOperation, op_id).reason
    with Session(hub.engine) as s:
        assert s.get(Resident, after) is None


def test_passwords_travel_and_only_their_owner_changes_them(hub, make_station):
    boss = _boss(hub)
    arbel, lavi = make_station("ARB"), make_station("LVI")
    arbel.sync()
    clerk = arbel.actor
    # The admin resets the clerk's forgotten password at the hub: a temporary one, to change.
    with session_factory(hub.engine).begin() as s:
        own = local_station(s)
        accounts.reset_password(s, Actor(boss.id, own.id, own.code), clerk.user_id, "temp-pass-9")
    arbel.sync()
    with Session(arbel.engine) as s:
        assert authenticate(s, "clerkarb", "temp-pass-9").must_change_password
    with arbel.sessions.begin() as s:
        accounts.change_password(s, clerk, "temp-pass-9", "her-own-pass", "her-own-pass")
    arbel.sync()
    lavi.sync()
    for engine in (hub.engine, lavi.engine):
        with Session(engine) as s:
            assert not authenticate(s, "clerkarb", "her-own-pass").must_change_password
        assert not _can_log_in(engine, "clerkarb", "temp-pass-9")

    # A tampered station: the clerk "changes" the admin's password and deactivates her.
    with arbel.sessions.begin() as s:
        stolen = record(
            s,
            clerk,
            "user.password_changed",
            boss.id,
            {"password_hash": "$argon2id$forged", "must_change": False},
        ).id
        ousted = record(s, clerk, "user.deactivated", boss.id, {"username": "boss"}).id
    report = arbel.sync()
    assert {stolen, ousted} <= set(report.refused)
    with Session(hub.engine) as s:
        reasons = {q.op_id: q.reason for q in s.scalars(select(QuarantinedOperation))}
        assert "not_own" in reasons[stolen] and "role" in reasons[ousted]
        assert s.get(User, boss.id).active
    lavi.sync()
    assert _can_log_in(lavi.engine, "boss", "boss-pass-1")


def test_a_station_users_new_password_stays_home(hub, make_station):
    """A user added at one station logs in only there: their new password hash is not served
    to the other stations either."""
    boss = _boss(hub)
    arbel, lavi = make_station("ARB"), make_station("LVI")
    arbel.sync()
    admin_here = Actor(boss.id, arbel.actor.station_id, "ARB")
    with arbel.sessions.begin() as s:
        local = create_user(
            s,
            admin_here,
            username="arbonly",
            full_name="פקידה מקומית",
            role=Role.CLERK,
            password="arb-pass-1",
        )
        accounts.reset_password(s, admin_here, local.id, "arb-pass-2")
    arbel.sync()
    lavi.sync()
    with Session(lavi.engine) as s:
        user = s.scalar(select(User).where(User.username == "arbonly"))
        assert user.password_hash == "" and user.must_change_password
        ops = s.scalars(select(Operation).where(Operation.entity_id == local.id)).all()
        assert {op.kind for op in ops} == {"user.created", "user.password_reset"}
        assert all("password_hash" not in op.payload for op in ops)
    assert not _can_log_in(lavi.engine, "arbonly", "arb-pass-2")
    assert _can_log_in(hub.engine, "arbonly", "arb-pass-2")
