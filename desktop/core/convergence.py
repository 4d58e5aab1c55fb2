"""One rule for the council's reference data: the latest operation by clock holds, everywhere.

Request types, knowledge entries, departments, localities, eligibility rules and users are
written by operations that carry the whole row. Two stations may change the same row before
they sync, and every database receives the operations in its own order; so an applier asks
`latest` first and writes the row's fields only when the operation is later (clock, then
operation id) than the last one applied to it (kept in `row_clocks`).

Natural keys (a username, a catalogue code) are unique, and two stations may make two rows
with the same key before either hears of the other. `settle_key` decides the same way on every
database: the row whose first operation is the earliest by clock keeps the key, each other
row gets it with a visible suffix (`~` and the code of the station that made it: `dana~LVI`),
and a `key_collisions` record waits for a supervisor. A key typed by a person never contains
`~` (see `check_typed_key`), so a suffixed key never meets a typed one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.oplog import written_again
from desktop.models import KeyCollision, Operation, RowClock, Station
from desktop.phrases import phrase

SUFFIX_MARK = "~"
_NAMESPACE = uuid.UUID("0b7e1d7c-6a52-4d0e-9d0c-5e3b9a1f2c64")


def _order(hlc: str, op_id: uuid.UUID) -> tuple[str, str]:
    return (hlc, str(op_id))


def latest(session: Session, table: str, op: Operation, claimed: str = "") -> bool:
    """Record `op` against its row of `table`; whether its fields are to be written.

    `claimed` is the natural key the operation carries: the row's key is the one its earliest
    operation claimed, whatever order they arrive in.
    """
    clock_row = session.get(RowClock, op.entity_id)
    if clock_row is None:
        session.add(
            RowClock(
                table_name=table,
                entity_id=op.entity_id,
                hlc=op.hlc,
                op_id=op.id,
                claimed=claimed,
                first_hlc=op.hlc,
                first_op=op.id,
                first_station=op.station_id,
            )
        )
        session.flush()
        return True
    mine = _order(op.hlc, op.id)
    if mine < _order(clock_row.first_hlc, clock_row.first_op):
        clock_row.first_hlc, clock_row.first_op = op.hlc, op.id
        clock_row.first_station = op.station_id
        if claimed:
            clock_row.claimed = claimed
    if mine >= _order(clock_row.hlc, clock_row.op_id):
        clock_row.hlc, clock_row.op_id = op.hlc, op.id
        return True
    return False


def claimed_key(session: Session, table: str, entity_id: uuid.UUID) -> str | None:
    """The key the row's first operation claimed (None for a row with no clock yet)."""
    clock_row = session.get(RowClock, entity_id)
    return clock_row.claimed if clock_row is not None else None


def placeholder(entity_id: uuid.UUID, limit: int) -> str:
    """A key no person types, unique to the row: a new row holds it until `settle_key`."""
    return (SUFFIX_MARK + entity_id.hex)[:limit]


def _suffixed(key: str, station: str, limit: int, taken: set[str]) -> str:
    n = 1
    while True:
        tail = f"{SUFFIX_MARK}{station}{n if n > 1 else ''}"
        candidate = key[: max(limit - len(tail), 1)] + tail
        if candidate not in taken:
            return candidate
        n += 1


@dataclass(frozen=True)
class Claimant:
    """A row that claims a natural key, and its first operation (which orders the claimants)."""

    entity_id: uuid.UUID
    first_hlc: str
    first_op: uuid.UUID
    first_station: uuid.UUID


def settle_key(
    session: Session,
    table: str,
    model: Any,
    column: str,
    claimed: str,
    limit: int,
    *,
    lower: bool = False,
) -> None:
    """Give every row of `model` that claimed `claimed` its key, the same on every database."""
    if not claimed:
        return
    session.flush()
    clocks = session.scalars(
        select(RowClock).where(RowClock.table_name == table, RowClock.claimed == claimed)
    )
    claimants = [Claimant(c.entity_id, c.first_hlc, c.first_op, c.first_station) for c in clocks]
    give_keys(session, table, model, column, claimed, limit, claimants, lower=lower)


def give_keys(
    session: Session,
    table: str,
    model: Any,
    column: str,
    claimed: str,
    limit: int,
    claimants: list[Claimant],
    *,
    lower: bool = False,
) -> None:
    """The key of each row of `claimants` that exists: the earliest by its first operation
    keeps `claimed`, the others get it suffixed; each pair is recorded for a supervisor."""
    claimants = sorted(claimants, key=lambda c: _order(c.first_hlc, c.first_op))
    rows = {
        row.id: row
        for row in session.scalars(
            select(model).where(model.id.in_([c.entity_id for c in claimants]))
        )
    }
    claimants = [c for c in claimants if c.entity_id in rows]
    if not claimants:
        return
    codes = dict(session.execute(select(Station.id, Station.code)).all())
    wanted: dict[uuid.UUID, str] = {}
    taken = {claimed}
    for n, claimant in enumerate(claimants):
        if n == 0:
            wanted[claimant.entity_id] = claimed[:limit]
            continue
        station = codes.get(claimant.first_station) or claimant.first_station.hex[:4].upper()
        station = station.lower() if lower else station
        key = _suffixed(claimed, station, limit, taken)
        taken.add(key)
        wanted[claimant.entity_id] = key
    changing = [rows[i] for i, key in wanted.items() if getattr(rows[i], column) != key]
    if len(changing) > 1:
        # Two rows may swap keys: each first takes a key of its own, so that no statement
        # meets a key another row still holds (PostgreSQL checks uniqueness row by row).
        for row in changing:
            setattr(row, column, placeholder(row.id, limit))
        session.flush()
    for row in changing:
        setattr(row, column, wanted[row.id])
    for i, first in enumerate(claimants):
        for second in claimants[i + 1 :]:
            note_pair(session, table, claimed, first, second)
    session.flush()


def collision_id(table: str, a: uuid.UUID, b: uuid.UUID) -> uuid.UUID:
    first, second = sorted((str(a), str(b)))
    return uuid.uuid5(_NAMESPACE, f"{table}|{first}|{second}")


def note_collision(
    session: Session,
    table: str,
    key: str,
    kept: tuple[str, uuid.UUID],
    other: tuple[str, uuid.UUID],
) -> None:
    """Keep (or correct) the record of two rows with one key: (clock, id) of each, the earlier
    kept. Depends on the pair alone, so every database holds the same record."""
    if _order(*other) < _order(*kept):
        kept, other = other, kept
    cid = collision_id(table, kept[1], other[1])
    row = session.get(KeyCollision, cid)
    if row is None:
        row = KeyCollision(id=cid, table_name=table, resolved_op=None, resolution="")
        session.add(row)
    row.key = key
    row.kept_id, row.other_id = kept[1], other[1]
    row.detected_hlc = other[0]


def note_pair(session: Session, table: str, key: str, first: Claimant, second: Claimant) -> None:
    note_collision(
        session,
        table,
        key,
        (first.first_hlc, first.entity_id),
        (second.first_hlc, second.entity_id),
    )


def check_typed_key(value: str, field: str) -> None:
    """A username or code as a person typed it: never with the mark of a settled collision."""
    if SUFFIX_MARK in value:
        raise ValidationError(
            phrase("התו {mark} שמור למערכת ואינו יכול להופיע כאן.").format(mark=SUFFIX_MARK),
            field=field,
        )


def upsert_keyed(
    session: Session,
    op: Operation,
    model: Any,
    column: str,
    claimed: str,
    write: Any,
    *,
    lower: bool = False,
) -> None:
    """Apply a whole-row operation of reference data by the rule above.

    `write(row)` sets every field but the key `column`, which `settle_key` gives; a new row
    holds a placeholder until then, so its insert never meets another row's key. `lower`:
    the suffix in lower case (usernames are typed in lower case).
    """
    table = model.__tablename__
    limit = model.__table__.c[column].type.length
    before = claimed_key(session, table, op.entity_id)
    row = session.get(model, op.entity_id)
    # In a replay, a row's fields that a later operation writes whole again are not written
    # (as a database that received the later one first never wrote them); a new row is.
    if latest(session, table, op, claimed) and (row is None or not written_again(session, op)):
        if row is None:
            row = model(id=op.entity_id)
            setattr(row, column, placeholder(op.entity_id, limit))
        write(row)
        session.add(row)
    after = claimed_key(session, table, op.entity_id)
    for key in dict.fromkeys(k for k in (before, after) if k):
        settle_key(session, table, model, column, key, limit, lower=lower)
