"""The operation log: every change is recorded as an operation and applied from it.

A service never writes state rows directly: it calls `record`, which stores the immutable
operation and applies it through the registered applier in the same transaction. Replaying
the log with the same appliers rebuilds the state tables (`rebuild_state`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core import clock, limits  # noqa: F401 - limits: every flush is checked
from desktop.core.errors import StationMustReachHub
from desktop.models import Base, HubCounter, Operation, QuarantinedOperation, Station, StationState
from desktop.phrases import phrase, phrase_later

Applier = Callable[[Session, Operation], None]
BulkApplier = Callable[[Session, list[Operation]], None]
_APPLIERS: dict[str, Applier] = {}
# Set-based versions for the kinds that arrive in long runs (loading, a week offline): they
# must leave exactly the state the one-by-one applier leaves for the same run.
_BULK_APPLIERS: dict[str, BulkApplier] = {}
_COMPLETE = False  # set by desktop.appliers, which imports every capability that registers
# Run after operations are applied (one, or a batch): work that must see them all, like moving
# what refers to a merged resident to the one it was merged into (counter.merging).
_AFTER_APPLY: list[Callable[[Session], None]] = []

# Tables that are not derived from the log: the log itself and this station's own counters
# and unsaved drafts.
LOCAL_TABLES = {
    "operations",
    "station_state",
    "drafts",
    "sync_state",
    "quarantine",
    "hub_station_keys",
    "hub_counter",
    "clock_warnings",
    "case_seen",
    "login_failures",
    # The figures' read model: kept by triggers from the state tables (supervision.figure_facts),
    # so a replay that rewrites the state marks what it touches and the figures follow.
    "figure_dirty",
    "figure_visits",
    "figure_items",
    "figure_calls",
    "figure_sums",
}


# What a reader (a timeline, a history, a list of operations) shows for an operation it cannot
# describe: a payload damaged or missing keys, from a bug, an old version or a hostile station.
UNREADABLE = phrase_later("פעולה שלא ניתן להציג")


def readable(describe: Callable[..., str], op: Operation, *args: Any) -> str:
    """`describe(op, *args)`, or the placeholder line when the operation cannot be described.

    A reader never fails on history: one bad operation must not hide the rest of a case's
    timeline on every station it reached.
    """
    try:
        return describe(op, *args)
    except Exception:  # noqa: BLE001 - whatever the payload holds, the reader goes on
        return f"{phrase(UNREADABLE)} ({str(op.kind)[:40]})"


@dataclass(frozen=True)
class Actor:
    """Who makes a change, and on which station."""

    user_id: uuid.UUID | None
    station_id: uuid.UUID
    station_code: str


def applier(kind: str) -> Callable[[Applier], Applier]:
    def register(fn: Applier) -> Applier:
        if kind in _APPLIERS:
            raise RuntimeError(f"two appliers for {kind}")
        _APPLIERS[kind] = fn
        return fn

    return register


def bulk_applier(kind: str) -> Callable[[BulkApplier], BulkApplier]:
    """Register the set-based applier of a run of consecutive operations of one kind."""

    def register(fn: BulkApplier) -> BulkApplier:
        if kind in _BULK_APPLIERS:
            raise RuntimeError(f"two bulk appliers for {kind}")
        _BULK_APPLIERS[kind] = fn
        return fn

    return register


def after_apply(fn: Callable[[Session], None]) -> Callable[[Session], None]:
    """Register work to run after every operation or batch of operations is applied."""
    _AFTER_APPLY.append(fn)
    return fn


def _after(session: Session) -> None:
    for fn in _AFTER_APPLY:
        fn(session)


def registry_complete() -> None:
    """Called by desktop.appliers once every capability has registered its appliers."""
    global _COMPLETE
    _COMPLETE = True


def registered_kinds() -> set[str]:
    return set(_APPLIERS)


def _load_appliers() -> None:
    if not _COMPLETE:
        raise RuntimeError(
            "the operation appliers are not registered: import desktop.appliers first"
        )


def jsonable(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def station_state(session: Session) -> StationState:
    state = session.get(StationState, 1)
    if state is None:
        raise RuntimeError("this database has no station yet: run `dalpak init` or the demo")
    if state.restored_at is not None:
        raise StationMustReachHub(
            phrase(
                "העמדה שוחזרה מגיבוי ועדיין לא התחברה למרכזת. כדי שמספרי הפניות לא יחזרו על עצמם, "
                "אין לרשום דבר לפני סנכרון מוצלח (Ctrl+Shift+S או dalpak sync)."
            )
        )
    return state


def record(
    session: Session,
    actor: Actor,
    kind: str,
    entity_id: uuid.UUID | None,
    payload: dict[str, Any],
    *,
    now: dt.datetime | None = None,
) -> Operation:
    """Store one operation of this station and apply it, inside the caller's transaction."""
    _load_appliers()
    if kind not in _APPLIERS:
        raise KeyError(f"no applier for operation kind {kind!r}")
    state = station_state(session)
    state.last_op_seq += 1
    wall, counter = clock.hlc_tick(state.hlc_wall_ms, state.hlc_counter, clock.wall_ms())
    state.hlc_wall_ms, state.hlc_counter = wall, counter
    op = Operation(
        id=clock.new_id(),
        station_id=actor.station_id,
        seq=state.last_op_seq,
        hlc=clock.Timestamp(wall, counter, str(actor.station_id)).encode(),
        user_id=actor.user_id,
        kind=kind,
        entity_id=entity_id,
        payload=jsonable(payload),
        created_at=now or clock.utcnow(),
    )
    _place_on_hub(session, [op])
    session.add(op)
    _APPLIERS[kind](session, op)
    session.flush()
    _after(session)
    return op


def _hub_counter(session: Session) -> HubCounter | None:
    """The hub's counter, locked for this transaction; None on a station.

    Looked up (and locked) once per transaction: the lock is held until commit anyway.
    """
    transaction = session.get_transaction()
    cached = session.info.get("hub_counter")
    if cached is None or cached[0] is not transaction:
        # Holding the transaction itself (not its id) means a later one can never match.
        cached = (transaction, session.get(HubCounter, 1, with_for_update=True))
        session.info["hub_counter"] = cached
    return cached[1]


def _place_on_hub(session: Session, ops: list[Operation]) -> None:
    """On the hub, the hub's own operations take their place in its order at once."""
    counter = _hub_counter(session)
    if counter is None:
        return
    for op in ops:
        counter.value += 1
        op.hub_seq = counter.value
        op.acked = True


def apply(session: Session, op: Operation) -> None:
    _load_appliers()
    _APPLIERS[op.kind](session, op)
    session.flush()
    _after(session)


def apply_many(session: Session, ops: list[Operation]) -> None:
    """Apply operations in their order: a run of one kind that has a set-based applier goes in
    one go (after a flush of what came before), the others one by one.

    Unlike `rebuild_state`, the one-by-one ones are not flushed between kinds: the unit of work
    writes new rows of different tables in the order of their foreign keys (a case before its
    items), and a batch it cannot write in one flush fails as a whole. The caller runs this in
    a savepoint and, if it fails, applies the operations again one by one, each flushed alone.
    """
    _load_appliers()
    start = 0
    while start < len(ops):
        kind = ops[start].kind
        end = start + 1
        while end < len(ops) and ops[end].kind == kind:
            end += 1
        bulk = _BULK_APPLIERS.get(kind)
        if bulk is not None and end - start > 1:
            session.flush()
            bulk(session, ops[start:end])
        else:
            one = _APPLIERS[kind]
            for op in ops[start:end]:
                one(session, op)
        start = end
    session.flush()
    _after(session)


_REPLAY = "replay"


class _Replay:
    """What a replay under way knows of the whole log: for each kind asked about, the last
    operation (by clock) on each entity, and the last one writing each key of the payload."""

    def __init__(self, skipped: set[uuid.UUID]) -> None:
        self.skipped = skipped
        self.last: dict[str, dict[tuple[uuid.UUID | None, str | None], uuid.UUID]] = {}

    def of_kind(self, session: Session, kind: str) -> dict:
        found = self.last.get(kind)
        if found is None:
            found = {}
            rows = session.execute(
                select(Operation.id, Operation.entity_id, Operation.payload)
                .where(Operation.kind == kind)
                .order_by(Operation.hlc, Operation.id)
            )
            for op_id, entity_id, payload in rows:
                if op_id in self.skipped:
                    continue
                found[(entity_id, None)] = op_id
                for key in payload if isinstance(payload, dict) else ():
                    found[(entity_id, key)] = op_id
            self.last[kind] = found
        return found


def replaying(session: Session) -> bool:
    """Whether `rebuild_state` is replaying the log in this session."""
    return _REPLAY in session.info


def written_again(session: Session, op: Operation, key: str | None = None) -> bool:
    """In a replay of the log (`rebuild_state`): whether a later operation of op's kind on op's
    entity writes `key` of the payload again (`key` None: whether there is a later one at all).
    Always False when operations are applied as they arrive.

    Appliers of last-writer-wins rows ask it before writing a value: a value a later operation
    replaces is one that a database receiving the later one first never writes (the clock
    says it lost), and may be one that database could not hold (a name longer than its column,
    recorded by a station made before the limits). Replayed in clock order, every value would
    be written for a moment; skipping those written again makes the replay write what live
    application writes, so it meets the same limits.
    """
    replay = session.info.get(_REPLAY)
    if replay is None:
        return False
    last = replay.of_kind(session, op.kind).get((op.entity_id, key))
    return last is not None and last != op.id


def rebuild_state(session: Session) -> int:
    """Empty every derived table and replay the whole log in clock order; returns ops applied."""
    _load_appliers()
    for table in reversed(Base.metadata.sorted_tables):
        if table.name not in LOCAL_TABLES and table.name != Station.__tablename__:
            session.execute(delete(table))
    # Stations first: the station row of this database is referenced by its counters.
    session.execute(delete(Station).where(Station.id.not_in(select(StationState.station_id))))
    session.flush()
    count = 0
    previous_kind = None
    quarantined = set(session.scalars(select(QuarantinedOperation.op_id)))
    session.info[_REPLAY] = _Replay(quarantined)
    run: list[Operation] = []  # consecutive operations of one kind that has a bulk applier

    def apply_run() -> None:
        if len(run) > 1:
            session.flush()
            _BULK_APPLIERS[run[0].kind](session, run)
        elif run:
            _APPLIERS[run[0].kind](session, run[0])
        run.clear()

    try:
        for op in session.scalars(select(Operation).order_by(Operation.hlc, Operation.id)):
            if op.id in quarantined:
                continue
            if op.kind != previous_kind:
                apply_run()
                # The unit of work does not order inserts into different tables by their
                # foreign keys (the models declare no relationships): a new station or user
                # must be written before the case that refers to it waits in the same flush.
                session.flush()
                previous_kind = op.kind
            count += 1
            if op.kind in _BULK_APPLIERS:
                # A long run (new residents, holdings loaded) goes set-based, as when pulled.
                run.append(op)
                if len(run) >= 2000:
                    apply_run()
                continue
            _APPLIERS[op.kind](session, op)
            if count % 2000 == 0:
                session.flush()
        apply_run()
        session.flush()
        _after(session)
    finally:
        session.info.pop(_REPLAY, None)
    return count


def uuid_or_none(value: str | None) -> uuid.UUID | None:
    return uuid.UUID(value) if value else None


def parse_dt(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def parse_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def record_bulk(
    session: Session, actor: Actor, kind: str, changes: list[tuple[uuid.UUID, dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Store many operations of one kind at once, WITHOUT applying them.

    For loading large data (the demo, imports): the caller writes the state rows itself with
    the same row builders the applier uses, and a test checks the result equals a rebuild.
    Returns the operation rows as dicts (id, entity_id, hlc, created_at, payload).
    """
    state = station_state(session)
    wall, counter = state.hlc_wall_ms, state.hlc_counter
    now_ms = clock.wall_ms()
    created_at = clock.utcnow()
    station = str(actor.station_id)
    rows = []
    for entity_id, payload in changes:
        state.last_op_seq += 1
        wall, counter = clock.hlc_tick(wall, counter, now_ms)
        rows.append(
            {
                "id": clock.new_id(),
                "station_id": actor.station_id,
                "seq": state.last_op_seq,
                "hlc": clock.Timestamp(wall, counter, station).encode(),
                "user_id": actor.user_id,
                "kind": kind,
                "entity_id": entity_id,
                "payload": jsonable(payload),
                "created_at": created_at,
            }
        )
    state.hlc_wall_ms, state.hlc_counter = wall, counter
    hub_counter = _hub_counter(session)
    for row in rows:
        row["acked"] = hub_counter is not None
        row["hub_seq"] = None
        if hub_counter is not None:
            hub_counter.value += 1
            row["hub_seq"] = hub_counter.value
    if rows:
        session.execute(Operation.__table__.insert(), rows)
    return rows


def entity_history(session: Session, op: Operation, kinds: tuple[str, ...]) -> list[Operation]:
    """The operations of `kinds` on op's entity held here (op among them), oldest first by clock.

    Two villages may move the same item or call the same resident before they sync, and each
    database receives the operations in its own order. Appliers set such fields from the latest
    operation by clock, read from the log, so every database ends with the same values.
    """
    held = list(
        session.scalars(
            select(Operation)
            .where(
                Operation.entity_id == op.entity_id,
                Operation.kind.in_(kinds),
                Operation.id.not_in(select(QuarantinedOperation.op_id)),
            )
            .order_by(Operation.hlc, Operation.id)
        )
    )
    if all(other.id != op.id for other in held):
        held.append(op)
        held.sort(key=lambda other: (other.hlc, str(other.id)))
    return held
