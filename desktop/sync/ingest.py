"""Taking in operations made elsewhere: store each once, apply it, quarantine what fails.

Shared by the hub (which gives each new operation its sequence number) and the stations
(which receive operations with the hub's number). Everything happens in the caller's
transaction; each operation is applied in its own savepoint, so one that cannot be applied is
kept in quarantine with the reason and never blocks the ones behind it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.models import ClockWarning, HubCounter, Operation, QuarantinedOperation, StationState
from desktop.services import clock
from desktop.services.oplog import apply
from desktop.sync.wire import to_wire

# An operation stamped further ahead than this of the receiver's clock is flagged.
FUTURE_TOLERANCE_MS = 5 * 60 * 1000


@dataclass
class IngestResult:
    stored: list[uuid.UUID] = field(default_factory=list)  # new here
    known: list[uuid.UUID] = field(default_factory=list)  # had it already
    quarantined: list[uuid.UUID] = field(default_factory=list)
    rejected: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # not stored at all


def _lock_hub_counter(session: Session) -> HubCounter:
    """Lock the hub counter (until commit) and return it.

    The row lock is held until commit, so operations become visible in the order of their
    numbers and a station pulling `after=N` can never skip one that commits late.
    """
    counter = session.execute(
        select(HubCounter).where(HubCounter.id == 1).with_for_update()
    ).scalar_one_or_none()
    if counter is None:
        counter = HubCounter(id=1, value=0)
        session.add(counter)
        session.flush()
    return counter


def ingest(session: Session, ops: list[Operation], *, as_hub: bool) -> IngestResult:
    result = IngestResult()
    if not ops:
        return result
    # On the hub, lock the counter BEFORE looking for the operations it already has: the same
    # batch can arrive twice at once (a station restarted, or a retry after a lost reply, while
    # the first request is still being ingested). The second then waits for the first to commit
    # and finds its operations known, instead of failing to insert them again and putting
    # sound operations in quarantine.
    counter = _lock_hub_counter(session) if as_hub else None
    ids = [op.id for op in ops]
    existing = {
        row.id: row for row in session.scalars(select(Operation).where(Operation.id.in_(ids)))
    }
    fresh = []
    for op in ops:
        known = existing.get(op.id)
        if known is None:
            fresh.append(op)
            continue
        result.known.append(op.id)
        if not as_hub and op.hub_seq is not None and known.hub_seq is None:
            # One of our own coming back: now it has its place in the hub's order.
            known.hub_seq = op.hub_seq
            known.acked = True
    # A retried batch may repeat an operation inside itself.
    fresh = list({op.id: op for op in fresh}.values())
    next_seq = 0
    if counter is not None:
        next_seq = counter.value + 1
        counter.value += len(fresh)
    now_ms = clock.wall_ms()
    state = session.get(StationState, 1)
    for op in fresh:
        if as_hub:
            op.hub_seq = next_seq
            next_seq += 1
        op.acked = True
        stamp = clock.Timestamp.decode(op.hlc)
        if stamp.wall_ms - now_ms > FUTURE_TOLERANCE_MS:
            session.add(ClockWarning(op_id=op.id, station_id=op.station_id,
                                     ahead_ms=stamp.wall_ms - now_ms, at=clock.utcnow()))
        if state is not None:
            state.hlc_wall_ms, state.hlc_counter = clock.hlc_receive(
                state.hlc_wall_ms, state.hlc_counter, stamp.wall_ms, stamp.counter, now_ms
            )
            if op.station_id == state.station_id and op.seq > state.last_op_seq:
                # Our own operations coming back after a restore from backup.
                state.last_op_seq = op.seq
        if not _store(session, op, result):
            continue
        try:
            with session.begin_nested():
                apply(session, op)
                session.flush()
        except Exception as err:  # noqa: BLE001 - any failure is kept with its reason
            quarantine(session, op, f"{type(err).__name__}: {err}")
            result.quarantined.append(op.id)
        else:
            result.stored.append(op.id)
    return result


def _store(session: Session, op: Operation, result: IngestResult) -> bool:
    """Insert the operation row; an operation that cannot even be stored is quarantined."""
    try:
        with session.begin_nested():
            session.add(op)
            session.flush()
        return True
    except Exception as err:  # noqa: BLE001
        quarantine(session, op, f"not stored: {type(err).__name__}: {err}")
        result.rejected.append((op.id, str(err)))
        return False


def quarantine(session: Session, op: Operation, reason: str) -> None:
    """Keep the whole operation with the reason, once."""
    if session.get(QuarantinedOperation, op.id) is None:
        session.add(
            QuarantinedOperation(
                op_id=op.id, station_id=op.station_id, kind=op.kind, operation=to_wire(op),
                reason=reason[:2000], at=clock.utcnow(),
            )
        )


def mark_acked(session: Session, ids: list[uuid.UUID]) -> None:
    if ids:
        session.execute(update(Operation).where(Operation.id.in_(ids)).values(acked=True))


@dataclass(frozen=True)
class QuarantineEntry:
    op_id: uuid.UUID
    station: str
    kind: str
    reason: str
    at: object


def stations(session: Session) -> list:
    from desktop.models import Station

    return list(session.scalars(select(Station).order_by(Station.code)))


def list_quarantine(session: Session) -> list[QuarantineEntry]:
    codes = {s.id: s.code for s in stations(session)}
    rows = session.scalars(select(QuarantinedOperation).order_by(QuarantinedOperation.at))
    return [QuarantineEntry(q.op_id, codes.get(q.station_id, "?"), q.kind, q.reason, q.at) for q in rows]
