"""Taking in operations made elsewhere: store each once, apply it, quarantine what fails.

Shared by the hub (which gives each new operation its sequence number) and the stations
(which receive operations with the hub's number).

An operation that touches a case or resident (its entity, or the case, item, resident, visit or
task its payload names) of an operation held in quarantine waits in quarantine behind it, so
nothing reaches the others half-applied. On the hub, an operation held (not applied, or
waiting) keeps no number: the hub never serves an operation it did not apply. Everything happens in the caller's
transaction and goes batch-wise: the new operations are stored with one multi-row INSERT and
applied together inside ONE savepoint. Only when that fails does the batch go again one
operation at a time, each in its own savepoint, so one that cannot be stored or applied is kept
in quarantine with the reason and never blocks the ones behind it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, exists, insert, select, update
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.oplog import apply, apply_many
from desktop.models import ClockWarning, HubCounter, Operation, QuarantinedOperation, StationState
from desktop.sync.rules import Authority, Refusal
from desktop.sync.wire import WireOperation, to_wire

# An operation stamped further ahead than this of the receiver's clock is flagged.
FUTURE_TOLERANCE_MS = 5 * 60 * 1000
# Ids per `IN (...)` when looking for operations already stored (well under SQLite's limit).
_LOOKUP_CHUNK = 2000
_COLUMNS = ("id", "station_id", "seq", "hlc", "user_id", "kind", "entity_id", "payload",
            "created_at", "hub_seq")  # fmt: skip


@dataclass
class IngestResult:
    stored: list[uuid.UUID] = field(default_factory=list)  # new here
    known: list[uuid.UUID] = field(default_factory=list)  # had it already
    quarantined: list[uuid.UUID] = field(default_factory=list)
    rejected: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # not stored at all
    refused: list[Refusal] = field(default_factory=list)  # not allowed: not stored, not applied
    waiting: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)  # held behind (its root)


# Payload keys that name the case or resident an operation belongs to.
_RELATED_KEYS = ("resident_id", "case_id", "item_id", "visit_id", "task_id")
WAITS = "waits for a held operation"


def related(entity_id: uuid.UUID | str | None, payload: Any) -> set[uuid.UUID]:
    """The entities an operation touches: its own and the case, item, resident, visit or task
    its payload names (what must not reach the others without it)."""
    found = set()
    values = [entity_id] + (
        [payload.get(key) for key in _RELATED_KEYS] if isinstance(payload, dict) else []
    )
    for value in values:
        if isinstance(value, uuid.UUID):
            found.add(value)
        elif isinstance(value, str):
            try:
                found.add(uuid.UUID(value))
            except ValueError:
                continue
    return found


# (entity, station) -> (the held operation, the first of its chain; the held one's clock).
Held = dict[tuple[uuid.UUID, uuid.UUID], tuple[uuid.UUID, str]]


def held_entities(session: Session) -> Held:
    """Entity -> (the held operation that operations on it wait for, the first of its chain;
    the clock and the station of the held operation): operations of that station on the
    entity, later by clock, wait. Another station never saw the held operation (it is never
    served), so its work cannot depend on it and goes ahead.

    Only operations this database could not take in hold others back: a station's own
    operations the hub holds are applied at the station, and the others' work on the same
    resident, which the hub applied, must be applied there too. An operation that was not
    stored (a sequence number used twice) holds nothing back: it is not part of the log.
    """
    state = session.get(StationState, 1)
    own = state.station_id if state is not None else None
    held: Held = {}
    rows = session.execute(
        select(
            QuarantinedOperation.op_id,
            QuarantinedOperation.waits_for,
            QuarantinedOperation.operation,
            QuarantinedOperation.reason,
            QuarantinedOperation.station_id,
        ).where(QuarantinedOperation.status == "held", QuarantinedOperation.station_id != own)
    )
    for op_id, waits_for, data, reason, station in rows:
        if reason.startswith("not stored"):
            continue
        data = data if isinstance(data, dict) else {}
        for entity in related(data.get("entity_id"), data.get("payload")):
            held.setdefault((entity, station), (waits_for or op_id, str(data.get("hlc", ""))))
    return held


def _waits_for(op: WireOperation, touched: set[uuid.UUID], held: Held) -> uuid.UUID | None:
    """The held operation op waits behind: one of op's station on what op touches, earlier by
    clock."""
    for entity in touched:
        root, hlc = held.get((entity, op.station_id), (None, ""))
        if root is not None and root != op.id and hlc < op.hlc:
            return root
    return None


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


def _stored_hub_seqs(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, int | None]:
    """The operations of `ids` this database has already, with their hub number."""
    found: dict[uuid.UUID, int | None] = {}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        chunk = ids[start : start + _LOOKUP_CHUNK]
        rows = session.execute(
            select(Operation.id, Operation.hub_seq).where(Operation.id.in_(chunk))
        )
        found.update((row.id, row.hub_seq) for row in rows)
    return found


def ingest(
    session: Session, ops: list[WireOperation], *, as_hub: bool, authority: Authority | None = None
) -> IngestResult:
    """Store and apply the new operations of `ops`; with `authority`, those its rules refuse
    are neither stored nor applied, only kept in quarantine with the reason code."""
    result = IngestResult()
    if not ops:
        return result
    # On the hub, lock the counter BEFORE looking for the operations it already has: the same
    # batch can arrive twice at once (a station restarted, or a retry after a lost reply, while
    # the first request is still being ingested). The second then waits for the first to commit
    # and finds its operations known, instead of failing to insert them again and putting
    # sound operations in quarantine.
    counter = _lock_hub_counter(session) if as_hub else None
    existing = _stored_hub_seqs(session, [op.id for op in ops])
    fresh: dict[uuid.UUID, Operation] = {}  # a retried batch may repeat an operation inside itself
    came_back = []
    for op in ops:
        if op.id not in existing:
            fresh.setdefault(op.id, op)
            continue
        result.known.append(op.id)
        if not as_hub and op.hub_seq is not None and existing[op.id] is None:
            # One of our own coming back: now it has its place in the hub's order.
            existing[op.id] = op.hub_seq
            came_back.append({"id": op.id, "hub_seq": op.hub_seq, "acked": True})
    if came_back:
        session.execute(update(Operation), came_back)
    if not fresh:
        return result
    new = list(fresh.values())
    if authority is not None:
        result.refused = authority.check(session, new)
        if result.refused:
            codes = {r.op_id: r.code for r in result.refused}
            for op in new:
                if op.id in codes:
                    quarantine(session, op, f"refused: {codes[op.id]} (op {op.id})")
            new = [op for op in new if op.id not in codes]
            if not new:
                return result
    _receive_clocks(session, new)
    stored = _store_all(session, new, counter, result)
    _flag_future(session, stored)
    any_held = bool(session.scalar(select(exists().where(QuarantinedOperation.status == "held"))))
    held = held_entities(session) if any_held else {}
    ready = _hold_waiting(session, stored, held, result)
    _apply_all(session, ready, result, held)
    if any_held:
        # Operations held before and taken in now (a station sent again what the hub had
        # refused): no longer held.
        session.execute(
            delete(QuarantinedOperation).where(
                QuarantinedOperation.op_id.in_(result.stored), QuarantinedOperation.status == "held"
            )
        )
    if counter is not None:
        _renumber(session, stored, result, counter)
    return result


def _hold_waiting(
    session: Session, ops: list[WireOperation], held: Held, result: IngestResult
) -> list[WireOperation]:
    """Keep in quarantine each operation touching what a held operation touches; the others
    are returned to be applied. An operation held joins the chain for those behind it."""
    if not held:
        return ops
    ready = []
    for op in ops:
        touched = related(op.entity_id, op.payload)
        root = _waits_for(op, touched, held)
        if root is None:
            ready.append(op)
            continue
        quarantine(session, op, f"{WAITS} (op {root})", waits_for=root)
        result.quarantined.append(op.id)
        result.waiting[op.id] = root
        for entity in touched:
            held.setdefault((entity, op.station_id), (root, op.hlc))
    return ready


def _renumber(
    session: Session, stored: list[WireOperation], result: IngestResult, counter: HubCounter
) -> None:
    """On the hub: only applied operations keep a number (the numbers stay without gaps), and
    operations released from quarantine by this batch take the next ones."""
    held = set(result.quarantined)
    if held and stored:
        first = min(op.hub_seq for op in stored)
        applied = [op for op in stored if op.id not in held]
        session.execute(update(Operation).where(Operation.id.in_(held)).values(hub_seq=None))
        moves = []
        for n, op in enumerate(applied):
            if op.hub_seq != first + n:
                op.hub_seq = first + n
                moves.append({"id": op.id, "hub_seq": op.hub_seq})
        if moves:
            session.execute(update(Operation), moves)
        counter.value = first + len(applied) - 1
        for op in stored:
            if op.id in held:
                op.hub_seq = None
    released = session.info.pop("released_on_hub", {})
    for op_id in released:
        row = session.get(Operation, op_id)
        if row is None or row.hub_seq is not None:
            continue
        if session.get(QuarantinedOperation, op_id) is not None:
            continue  # it failed again and stays held
        counter.value += 1
        row.hub_seq = counter.value
        row.acked = True
    session.flush()


def _receive_clocks(session: Session, ops: list[WireOperation]) -> None:
    """Advance this database's clock past every stamp seen, once for the batch."""
    state = session.get(StationState, 1)
    if state is None:
        return
    now_ms = clock.wall_ms()
    wall, count, last_seq = state.hlc_wall_ms, state.hlc_counter, state.last_op_seq
    for op in ops:
        stamp = clock.Timestamp.decode(op.hlc)
        wall, count = clock.hlc_receive(wall, count, stamp.wall_ms, stamp.counter, now_ms)
        if op.station_id == state.station_id and op.seq > last_seq:
            # Our own operations coming back after a restore from backup.
            last_seq = op.seq
    state.hlc_wall_ms, state.hlc_counter, state.last_op_seq = wall, count, last_seq


def _flag_future(session: Session, ops: list[WireOperation]) -> None:
    """Keep a warning for every operation stamped well ahead of this database's clock."""
    now_ms = clock.wall_ms()
    at = clock.utcnow()
    rows = []
    for op in ops:
        ahead = clock.Timestamp.decode(op.hlc).wall_ms - now_ms
        if ahead > FUTURE_TOLERANCE_MS:
            rows.append({"op_id": op.id, "station_id": op.station_id, "ahead_ms": ahead, "at": at})
    if rows:
        session.execute(insert(ClockWarning.__table__), rows)


def _row(op: WireOperation) -> dict[str, Any]:
    return {name: getattr(op, name) for name in _COLUMNS} | {"acked": True}


def _store_all(
    session: Session, ops: list[WireOperation], counter: HubCounter | None, result: IngestResult
) -> list[WireOperation]:
    """Insert the operation rows (numbered on the hub); returns those stored.

    One multi-row INSERT in a savepoint; if any row is refused, one savepoint per operation,
    and the refused ones are quarantined as "not stored".
    """
    first = counter.value + 1 if counter is not None else 0
    for n, op in enumerate(ops):
        op.acked = True
        if counter is not None:
            op.hub_seq = first + n
    # Written before the savepoints: a savepoint rolled back must not take them along.
    if counter is not None:
        counter.value += len(ops)
    session.flush()
    try:
        with session.begin_nested():
            session.execute(insert(Operation.__table__), [_row(op) for op in ops])
        return ops
    except Exception:  # noqa: BLE001 - sorted out one by one below
        pass
    stored = []
    next_seq = first
    for op in ops:
        if counter is not None:
            op.hub_seq = next_seq
        try:
            with session.begin_nested():
                session.execute(insert(Operation.__table__), [_row(op)])
        except Exception as err:  # noqa: BLE001 - any failure is kept with its reason
            quarantine(session, op, failure("not stored", err, op))
            result.rejected.append((op.id, failure("not stored", err, op)))
            continue
        stored.append(op)
        next_seq += 1
    if counter is not None:
        # No number is wasted on an operation that was not stored.
        counter.value = next_seq - 1
        session.flush()
    return stored


def _apply_all(
    session: Session, ops: list[WireOperation], result: IngestResult, held: Held
) -> None:
    """Apply the batch in one savepoint; failing that, each operation in its own, an operation
    that fails holding back those behind it that touch the same case or resident."""
    if not ops:
        return
    try:
        with session.begin_nested():
            apply_many(session, ops)
        result.stored.extend(op.id for op in ops)
        return
    except Exception:  # noqa: BLE001 - sorted out one by one below
        pass
    for op in ops:
        touched = related(op.entity_id, op.payload)
        root = _waits_for(op, touched, held)
        if root is not None:
            quarantine(session, op, f"{WAITS} (op {root})", waits_for=root)
            result.quarantined.append(op.id)
            result.waiting[op.id] = root
            for entity in touched:
                held.setdefault((entity, op.station_id), (root, op.hlc))
            continue
        try:
            with session.begin_nested():
                apply(session, op)
                session.flush()
        except Exception as err:  # noqa: BLE001 - any failure is kept with its reason
            quarantine(session, op, failure("not applied", err, op))
            result.quarantined.append(op.id)
            for entity in touched:
                held.setdefault((entity, op.station_id), (op.id, op.hlc))
        else:
            result.stored.append(op.id)


def failure(what: str, err: Exception, op: WireOperation) -> str:
    """A quarantine reason: the error's class and the operation, never the error's text (a
    database error quotes the SQL parameters: payloads, password hashes)."""
    return f"{what}: {type(err).__name__} (op {op.id})"


def quarantine(
    session: Session,
    op: WireOperation,
    reason: str,
    *,
    waits_for: uuid.UUID | None = None,
    applied_here: bool = False,
) -> QuarantinedOperation:
    """Keep the whole operation with the reason, once (held again: the latest reason)."""
    row = session.get(QuarantinedOperation, op.id)
    if row is None:
        row = QuarantinedOperation(
            op_id=op.id,
            station_id=op.station_id,
            kind=op.kind,
            operation=to_wire(op),
            reason=reason[:2000],
            at=clock.utcnow(),
            status="held",
            waits_for=waits_for,
            applied_here=applied_here,
            resolution="",
        )
        session.add(row)
    elif row.status == "held":
        row.reason, row.waits_for = reason[:2000], waits_for
    return row


def mark_acked(session: Session, ids: list[uuid.UUID]) -> None:
    if ids:
        session.execute(update(Operation).where(Operation.id.in_(ids)).values(acked=True))


def stations(session: Session) -> list:
    from desktop.models import Station

    return list(session.scalars(select(Station).order_by(Station.code)))
