"""Wrong clocks: the same winners everywhere, future-dated work flagged, the clerk warned.

ARB's clock is three days ahead, LVI's three hours behind (and it jumps five hours back in the
middle), KFT's is right. They edit the same fields of one resident without seeing each other,
then again after syncing. Every database must end with the same values (the edit with the
latest hybrid clock wins each field), the same conflict records, and no quarantine; the hub
flags ARB's operations as future-dated; ARB and LVI are told that their clock is off.
"""

from __future__ import annotations

import contextlib

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.counter.conflicts import BASE_KEY, open_conflicts
from desktop.counter.residents import ResidentForm, create_resident, update_resident
from desktop.models import ClockWarning, Operation, Resident
from desktop.sync.client import sync_status
from tests.sync.harness import SkewedClocks, assert_converged, conflicts, op_ids

pytestmark = [pytest.mark.sync, pytest.mark.postgres]

MINUTE = 60 * 1000
HOUR = 60 * MINUTE
DAY = 24 * HOUR


def expected_values(hub_engine, resident_id) -> dict:
    """Each edited field's value from the edit with the greatest clock (the log's own rule)."""
    with Session(hub_engine) as s:
        edits = s.scalars(
            select(Operation).where(
                Operation.entity_id == resident_id, Operation.kind == "resident.updated"
            )
        )
        best: dict[str, tuple] = {}
        for op in edits:
            for name, value in op.payload.items():
                if name != BASE_KEY and (name not in best or op.hlc > best[name][0]):
                    best[name] = (op.hlc, value)
    return {name: value for name, (_hlc, value) in best.items()}


def test_skewed_and_jumping_clocks_agree_on_the_winners(hub, make_station, monkeypatch):
    clocks = SkewedClocks().install(monkeypatch)
    arbel, lavi, kfar = make_station("ARB"), make_station("LVI"), make_station("KFT")
    offsets = {"ARB": 3 * DAY, "LVI": -3 * HOUR, "KFT": 0}

    @contextlib.contextmanager
    def at(station):
        with clocks.offset(offsets[station.code]), station.sessions.begin() as s:
            yield s

    def sync_all() -> None:
        for _ in range(2):
            for station in (arbel, lavi, kfar):
                with clocks.offset(offsets[station.code]):
                    station.sync()

    with at(kfar) as s:
        rid = create_resident(
            s,
            kfar.actor,
            ResidentForm(
                national_id="039337423", first_name="יוסף", last_name="כהן", phone="0501234567"
            ),
        ).id
    sync_all()

    # Round 1: all three edit without seeing each other.
    with at(arbel) as s:
        update_resident(s, arbel.actor, rid, {"phone": "0521111111", "address": "הזית 1"})
    with at(lavi) as s:
        update_resident(s, lavi.actor, rid, {"phone": "0532222222", "language": "ar"})
    with at(kfar) as s:
        update_resident(s, kfar.actor, rid, {"phone": "0543333333", "address": "האלון 2"})
    round_one = op_ids(lavi.engine) | op_ids(kfar.engine)
    sync_all()
    # The edit with the latest clock wins: ARB's, three days "later", for phone and address.
    assert expected_values(hub.engine, rid) == {
        "phone": "0521111111",
        "address": "הזית 1",
        "language": "ar",
    }
    boss = kfar.supervisor(hub.engine)
    with kfar.sessions() as s:
        assert len(open_conflicts(s, boss)) == 4  # phone: three pairs; address: one pair

    # Round 2: LVI's clock jumps further back. Edits made AFTER seeing ARB's win over it
    # whatever the wall clock says (the hybrid clock moved past ARB's), and are no conflicts.
    offsets["LVI"] = -5 * HOUR
    with at(lavi) as s:
        update_resident(s, lavi.actor, rid, {"phone": "0554444444", "email": "lavi@example.co.il"})
    with at(kfar) as s:
        update_resident(s, kfar.actor, rid, {"address": "הזית 5", "email": "kfar@example.co.il"})
    sync_all()

    committed = (
        op_ids(hub.engine) | op_ids(arbel.engine) | op_ids(lavi.engine) | op_ids(kfar.engine)
    )
    engines = {"ARB": arbel.engine, "LVI": lavi.engine, "KFT": kfar.engine}
    assert_converged(hub.engine, engines, committed, rebuild_on="KFT")
    expected = expected_values(hub.engine, rid)
    assert expected["phone"] == "0554444444" and expected["address"] == "הזית 5"
    for engine in [hub.engine, *engines.values()]:
        with Session(engine) as s:
            resident = s.get(Resident, rid)
            assert {name: getattr(resident, name) for name in expected} == expected
    records = conflicts(hub.engine)
    # Round 1's four, and the concurrent e-mails of round 2; round 2's phone and address
    # edits saw ARB's values and are not conflicts.
    assert sorted(r[2] for r in records) == ["address", "email", "phone", "phone", "phone"]
    with Session(hub.engine) as s:
        hlc = {op.id: op.hlc for op in s.scalars(select(Operation))}
    assert all(hlc[winner] > hlc[loser] for _id, _e, _f, winner, loser, *_rest in records)
    for station in engines.values():
        assert conflicts(station) == records

    # The hub flagged every operation ARB made, and nothing of round 1 from the others.
    with Session(hub.engine) as s:
        flagged = {w.op_id: w for w in s.scalars(select(ClockWarning))}
        arbel_ops = set(
            s.scalars(
                select(Operation.id).where(
                    Operation.station_id == arbel.actor.station_id,
                    Operation.kind == "resident.updated",
                )
            )
        )
    assert arbel_ops and arbel_ops <= set(flagged)
    assert all(flagged[i].ahead_ms > 2 * DAY for i in arbel_ops)
    assert not round_one & set(flagged)

    # The clerks of the stations with a wrong clock are told; the right one is not.
    messages = {}
    for code, station in (("ARB", arbel), ("LVI", lavi), ("KFT", kfar)):
        with station.sessions() as s:
            messages[code] = [w for w in sync_status(s).warnings() if "השעון" in w]
    assert messages["ARB"] and "4320 דקות" in messages["ARB"][0], messages
    assert messages["LVI"] and "300 דקות" in messages["LVI"][0], messages
    assert messages["KFT"] == [], messages
