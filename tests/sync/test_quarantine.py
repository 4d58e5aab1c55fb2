"""An operation the hub cannot apply, or cannot even store, never blocks the ones behind it
(those on other cases and residents), and is never served.

The hub ingests a push batch-wise (one INSERT, one savepoint for the whole batch); when the
batch fails it goes again one operation at a time. These tests put a bad operation in the
middle of a batch and check that everything else arrives, in order, with no hub number wasted,
and that the bad one is kept with its reason, unnumbered, and reported to its station.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.oplog import record_bulk
from desktop.models import HubCounter, Operation, PropertyAccount, QuarantinedOperation, Resident
from desktop.station.demo import create_demo_residents
from desktop.sync.wire import to_wire
from tests.sync.harness import op_ids

pytestmark = [pytest.mark.sync, pytest.mark.postgres]


def counts(engine) -> tuple[int, int]:
    with Session(engine) as s:
        return (
            s.scalar(select(func.count()).select_from(Resident)),
            s.scalar(select(func.count()).select_from(PropertyAccount)),
        )


def hub_numbers(engine, ids: set[uuid.UUID]) -> list[int]:
    with Session(engine) as s:
        return sorted(s.scalars(select(Operation.hub_seq).where(Operation.id.in_(ids))))


def test_an_operation_that_cannot_be_applied_is_quarantined_and_blocks_nothing(hub, make_station):
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with arbel.sessions.begin() as s:
        create_demo_residents(s, arbel.actor, 40, seed=41)
        # An edit of a resident nobody has: stored without being applied, as a bug elsewhere
        # or a damaged database could leave it. Then more work behind it in the same batch.
        bad = record_bulk(s, arbel.actor, "resident.updated", [(uuid.uuid4(), {"phone": "0501"})])
        bad_id = bad[0]["id"]
        create_demo_residents(s, arbel.actor, 40, seed=42)
    expected = counts(arbel.engine)
    with Session(hub.engine) as s:
        before = s.get(HubCounter, 1).value
    mine = op_ids(arbel.engine) - op_ids(hub.engine)

    report = arbel.sync()

    assert report.pushed == len(mine) and report.refused == [bad_id]
    with Session(hub.engine) as s:
        entries = list(s.scalars(select(QuarantinedOperation)))
        after = s.get(HubCounter, 1).value
    assert [q.op_id for q in entries] == [bad_id]
    assert entries[0].kind == "resident.updated" and "AttributeError" in entries[0].reason
    assert entries[0].operation["payload"] == {"phone": "0501"}
    # Everything before and behind it was applied and has its number, none lost; the bad one
    # has none: the hub never serves what it could not apply.
    assert counts(hub.engine) == expected
    assert hub_numbers(hub.engine, mine - {bad_id}) == list(range(before + 1, after + 1))
    assert hub_numbers(hub.engine, {bad_id}) == [None]
    with arbel.sessions() as s:
        assert s.scalar(select(func.count()).where(Operation.acked.is_(False))) == 0
        # The station is told: it holds its operation too, for its supervisor.
        assert list(s.scalars(select(QuarantinedOperation.op_id))) == [bad_id]
    # Another station gets the rest, and never the bad one.
    lavi.sync()
    assert counts(lavi.engine) == expected
    assert bad_id not in op_ids(lavi.engine)
    with Session(lavi.engine) as s:
        assert list(s.scalars(select(QuarantinedOperation.op_id))) == []


def test_an_operation_that_cannot_be_stored_is_rejected_and_the_rest_goes_in(hub, make_station):
    arbel = make_station("ARB")
    with arbel.sessions.begin() as s:
        create_demo_residents(s, arbel.actor, 30, seed=43)
    with arbel.sessions() as s:
        batch = [
            to_wire(op)
            for op in s.scalars(
                select(Operation).where(Operation.acked.is_(False)).order_by(Operation.seq)
            )
        ]
    # A second operation under a sequence number the station already used (what a restored
    # backup that never synced could produce): the hub refuses to store it.
    twin = dict(batch[10], id=str(uuid.uuid4()))
    batch.insert(20, twin)
    with Session(hub.engine) as s:
        before = s.get(HubCounter, 1).value
    with arbel.client() as client:
        answer = client.push(batch)
    assert [r["id"] for r in answer["rejected"]] == [twin["id"]]
    assert len(answer["acked"]) == len(batch) and answer["stored"] == len(batch) - 1
    with Session(hub.engine) as s:
        entries = list(s.scalars(select(QuarantinedOperation)))
        after = s.get(HubCounter, 1).value
    assert [str(q.op_id) for q in entries] == [twin["id"]]
    # The class and the operation, never the SQL parameters (payloads, password hashes).
    assert entries[0].reason == f"not stored: IntegrityError (op {twin['id']})"
    # No number is given to the one that was not stored.
    assert after - before == len(batch) - 1
    good = {uuid.UUID(op["id"]) for op in batch} - {uuid.UUID(twin["id"])}
    assert hub_numbers(hub.engine, good) == list(range(before + 1, after + 1))
    assert counts(hub.engine) == counts(arbel.engine)
    # The same push again changes nothing.
    with arbel.client() as client:
        again = client.push(batch)
    assert again["stored"] == 0
    with Session(hub.engine) as s:
        assert s.get(HubCounter, 1).value == after
