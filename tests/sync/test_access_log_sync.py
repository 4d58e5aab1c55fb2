"""The access log syncs: the council audits at the hub who saw which resident at any station,
and a laptop lost in a village does not take its part of the log with it. Every database keeps
24 months and purges the same entries (real hub on PostgreSQL).

Privacy Protection (Data Security) Regulations, 5777-2017, reg. 10: the controller reviews the
access records; they are kept at least 24 months.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.db import local_station, session_factory
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.counter import access
from desktop.counter.residents import ResidentForm, create_resident, open_profile
from desktop.models import AccessLogEntry, Operation
from tests.sync.harness import state_snapshot

pytestmark = [pytest.mark.sync, pytest.mark.postgres]


def _entries(engine) -> list[tuple]:  # noqa: ANN001
    with Session(engine) as s:
        return sorted(
            (str(e.id), str(e.user_id), str(e.resident_id), str(e.station_id), e.what, e.detail)
            for e in s.scalars(select(AccessLogEntry))
        )


def test_the_council_audits_at_the_hub_what_every_station_showed(hub, make_station):
    with session_factory(hub.engine).begin() as s:
        own = local_station(s)
        boss = create_user(
            s,
            Actor(None, own.id, own.code),
            username="boss",
            full_name="מנהלת",
            role=Role.ADMIN,
            password="boss-pass-1",
        )
        hub_admin = Actor(boss.id, own.id, own.code)
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with arbel.sessions.begin() as s:
        yosef = create_resident(
            s,
            arbel.actor,
            ResidentForm(national_id="039337423", first_name="יוסף", last_name="כהן"),
        ).id
        access.log_access(s, arbel.actor, "search", [yosef])
        open_profile(s, arbel.actor, yosef)
    arbel.sync()
    lavi.sync()
    with lavi.sessions.begin() as s:
        access.log_access(s, lavi.actor, "case", [yosef], "case show ARB-26-00001-7")
    lavi.sync()
    arbel.sync()
    with Session(hub.engine) as s:
        rows = access.access_rows(s, hub_admin, resident="039337423")
    assert sorted((r.username, r.station, r.what) for r in rows) == [
        ("clerkarb", "ARB", "כרטיס תושב/ת"),
        ("clerkarb", "ARB", "תוצאות חיפוש"),
        ("clerklvi", "LVI", "פנייה"),
    ]
    assert _entries(arbel.engine) == _entries(hub.engine) == _entries(lavi.engine)

    # 25 months on, each database purges the same entries, and no replay brings them back.
    later = clock.utcnow() + dt.timedelta(days=25 * 31)
    for engine in (hub.engine, arbel.engine, lavi.engine):
        with session_factory(engine).begin() as s:
            assert access.purge_access_log(s, later) == 3
        with Session(engine) as s:
            kinds = set(s.scalars(select(Operation.kind)))
            assert not kinds & set(access.ACCESS_KINDS)
    assert state_snapshot(arbel.engine) == state_snapshot(hub.engine)
    assert state_snapshot(lavi.engine) == state_snapshot(hub.engine)
    # Later work syncs as before.
    with arbel.sessions.begin() as s:
        open_profile(s, arbel.actor, yosef)
    arbel.sync()
    lavi.sync()
    assert len(_entries(lavi.engine)) == len(_entries(hub.engine)) == 1
