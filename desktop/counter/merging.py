"""Two rows made apart with one natural key: what a supervisor sees, and merging two residents.

Users and catalogue entries with one key are renamed on every database by the same rule
(core.convergence); the supervisor acknowledges the rename. Two residents with one ID number
are linked as duplicates; the supervisor merges them with `merge_residents`, an operation that
syncs like any other:

- the resident registered first (by clock) stays, whichever of the two the supervisor picked,
  so two merges of the same pair made apart, in either direction, end the same;
- each field takes the latest value by clock of the two (an empty field never edited does not
  count), so no phone or address typed at either station is lost;
- cases, holdings, contacts, visits, messages and the access log move to the one that stays,
  also those of operations that arrive later: a station still working offline with the merged
  resident keeps working, and its work lands on the survivor when it syncs.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop.core.convergence import collision_id
from desktop.core.errors import DalpakError, ResidentNotFound
from desktop.core.oplog import LOCAL_TABLES, Actor, after_apply, applier, record
from desktop.core.permissions import require
from desktop.counter.conflicts import BASE_KEY
from desktop.counter.residents import (
    EDITABLE_FIELDS,
    RESIDENT_NOT_FOUND,
    _field_value,
    _set_tokens,
    survivor_of,
)
from desktop.models import (
    Base,
    KeyCollision,
    Operation,
    PropertyAccount,
    QuarantinedOperation,
    RequestType,
    Resident,
    ResidentMerge,
    ResidentNameToken,
    Station,
    User,
)
from desktop.phrases import Labels, phrase

TABLE_LABELS = Labels(
    {
        "users": "שם משתמש",
        "request_types": "קוד בקטלוג",
        "knowledge_entries": "קוד במאגר המידע",
        "eligibility_rules": "קוד כלל זכאות",
        "departments": "קוד מחלקה",
        "localities": "קוד יישוב",
        "residents": "תעודת זהות",
        "property_accounts": "מספר חשבון ארנונה",
    }
)


def _later(a: Operation, b: Operation) -> bool:
    return (a.hlc, str(a.id)) > (b.hlc, str(b.id))


def _settle_record(session: Session, cid: uuid.UUID, op: Operation, resolution: str) -> None:
    """Mark a collision settled by `op`; two settlements made apart: the later by clock."""
    row = session.get(KeyCollision, cid)
    if row is None:
        return
    if row.resolved_op is not None and row.resolved_op != op.id:
        current = session.get(Operation, row.resolved_op)
        if current is not None and _later(current, op):
            return
    row.resolved_op, row.resolution = op.id, resolution


# --- merging --------------------------------------------------------------------------------


def _group_ops(session: Session, ids: list[uuid.UUID]) -> list[Operation]:
    return list(
        session.scalars(
            select(Operation)
            .where(
                Operation.entity_id.in_(ids),
                Operation.kind.in_(("resident.created", "resident.updated")),
                Operation.id.not_in(select(QuarantinedOperation.op_id)),
            )
            .order_by(Operation.hlc, Operation.id)
        )
    )


def recompute(session: Session, resident: Resident) -> None:
    """The row's fields by last-writer-wins over the operations of it and of every resident
    merged into it, as if they had all been made on it: the same whatever order they came."""
    members = [
        resident.id,
        *session.scalars(
            select(ResidentMerge.merged_id).where(ResidentMerge.into_id == resident.id)
        ),
    ]
    created = session.scalar(
        select(Operation).where(
            Operation.entity_id == resident.id, Operation.kind == "resident.created"
        )
    )
    best: dict[str, tuple[str, object]] = {}
    for name in EDITABLE_FIELDS:
        if created is not None:
            value = _field_value(name, created.payload.get(name))
        else:  # loaded without its operation in this log: its registered values
            value = getattr(resident, name)
        best[name] = (resident.created_hlc if value not in (None, "") else "", value)
    updated_at = resident.created_at
    for op in _group_ops(session, members):
        updated_at = max(updated_at, op.created_at)
        if op.kind == "resident.created" and op.entity_id == resident.id:
            continue
        for name, raw in op.payload.items():
            if name == BASE_KEY or name not in best:
                continue
            value = _field_value(name, raw)
            stamp = op.hlc if op.kind == "resident.updated" or value not in (None, "") else ""
            if stamp > best[name][0]:
                best[name] = (stamp, value)
    clocks = {}
    for name, (stamp, value) in best.items():
        setattr(resident, name, value)
        if stamp and stamp != resident.created_hlc:
            clocks[name] = stamp
    resident.field_clocks = clocks
    resident.updated_at = updated_at


def _move_children(session: Session) -> None:
    """Every row that refers to a merged resident now refers to the one it was merged into.

    Run after operations are applied: a case, a holding or a visit made elsewhere for the
    merged resident (before or after the merge) ends with the survivor on every database.
    """
    if session.scalar(select(ResidentMerge.merged_id).limit(1)) is None:
        return
    session.flush()
    merges = ResidentMerge.__table__
    skip = LOCAL_TABLES | {Resident.__tablename__, ResidentNameToken.__tablename__}
    moved = False
    for table in Base.metadata.sorted_tables:
        if table.name in skip:
            continue
        for column in table.columns:
            if not any(
                fk.column.table.name == Resident.__tablename__ for fk in column.foreign_keys
            ):
                continue
            result = session.execute(
                update(table)
                .where(column.in_(select(merges.c.merged_id)))
                .values(
                    {
                        column.name: select(merges.c.into_id)
                        .where(merges.c.merged_id == column)
                        .scalar_subquery()
                    }
                )
            )
            moved |= bool(result.rowcount)
    if moved:
        session.expire_all()


after_apply(_move_children)


@applier("resident.merged")
def _apply_merged(session: Session, op: Operation) -> None:
    other = uuid.UUID(op.payload["with"])
    _settle_record(session, collision_id("residents", op.entity_id, other), op, "merged")
    first, second = survivor_of(session, op.entity_id), survivor_of(session, other)
    if first == second:
        return
    pair = [session.get(Resident, first), session.get(Resident, second)]
    keep, gone = sorted(pair, key=lambda r: (r.created_hlc, str(r.id)))
    session.execute(
        update(ResidentMerge).where(ResidentMerge.into_id == gone.id).values(into_id=keep.id)
    )
    session.add(ResidentMerge(merged_id=gone.id, into_id=keep.id))
    session.flush()
    recompute(session, keep)
    recompute(session, gone)
    session.execute(delete(ResidentNameToken).where(ResidentNameToken.resident_id == gone.id))
    _set_tokens(session, keep)


def merge_residents(
    session: Session, actor: Actor, first: uuid.UUID, second: uuid.UUID
) -> uuid.UUID:
    """Merge two records of one person; supervisors only. Returns the one that stays."""
    require(session, actor.user_id, "resident.merge")
    a, b = session.get(Resident, first), session.get(Resident, second)
    if a is None or b is None:
        raise ResidentNotFound(phrase(RESIDENT_NOT_FOUND))
    if survivor_of(session, first) == survivor_of(session, second):
        raise DalpakError(phrase("שתי הרשומות כבר מוזגו לאחת."))
    record(session, actor, "resident.merged", first, {"with": second})
    return survivor_of(session, first)


# --- the supervisor's list ------------------------------------------------------------------


@dataclass(frozen=True)
class CollisionView:
    id: uuid.UUID
    table: str
    what: str  # the kind of key, in words
    key: str
    kept: str  # the row that keeps the key, in words
    other: str  # the row renamed, or the duplicate
    other_station: str
    kept_id: uuid.UUID
    other_id: uuid.UUID

    @property
    def mergeable(self) -> bool:
        return self.table == "residents"


def _ltr(text: str) -> str:
    """A code or username kept left to right inside Hebrew text (ENG-90~LVI, not LVI~ENG-90)."""
    return f"\u2066{text}\u2069"


def _describe(session: Session, table: str, row_id: uuid.UUID) -> str:
    if table == "residents":
        r = session.get(Resident, row_id)
        return f"{r.full_name} ({r.phone or phrase('ללא טלפון')})" if r else "?"
    if table == "users":
        u = session.get(User, row_id)
        return f"{_ltr(u.username)} - {u.full_name}" if u else "?"
    if table == "request_types":
        t = session.get(RequestType, row_id)
        return f"{_ltr(t.code)} - {t.name}" if t else "?"
    if table == "property_accounts":
        a = session.get(PropertyAccount, row_id)
        payer = session.get(Resident, a.resident_id) if a else None
        return f"{_ltr(a.account_number)} - {payer.full_name if payer else '?'}" if a else "?"
    model = next(m for m in Base.registry.mappers if m.class_.__tablename__ == table).class_
    row = session.get(model, row_id)
    return _ltr(getattr(row, "code", "?")) if row else "?"


def open_collisions(session: Session, actor: Actor) -> list[CollisionView]:
    """Collisions not yet settled; residents already merged into one are not listed."""
    require(session, actor.user_id, "conflict.resolve")
    codes = {s.id: s.code for s in session.scalars(select(Station))}
    creators = dict(
        session.execute(
            select(Operation.entity_id, Operation.station_id).where(
                Operation.kind.in_(("resident.created", "user.created")),
                Operation.entity_id.in_(select(KeyCollision.other_id)),
            )
        ).all()
    )
    from desktop.models import RowClock

    creators |= dict(
        session.execute(
            select(RowClock.entity_id, RowClock.first_station).where(
                RowClock.entity_id.in_(select(KeyCollision.other_id))
            )
        ).all()
    )
    # A property account: the station of its first operation (later ones may be elsewhere).
    for entity_id, station_id in session.execute(
        select(Operation.entity_id, Operation.station_id)
        .where(
            Operation.kind == "holding.upserted",
            Operation.entity_id.in_(
                select(KeyCollision.other_id).where(
                    KeyCollision.table_name == PropertyAccount.__tablename__
                )
            ),
        )
        .order_by(Operation.hlc.desc())
    ):
        creators[entity_id] = station_id
    out = []
    seen: set[tuple] = set()
    for c in session.scalars(
        select(KeyCollision)
        .where(KeyCollision.resolved_op.is_(None))
        .order_by(KeyCollision.detected_hlc, KeyCollision.id)
    ):
        if c.table_name == "residents":
            # A merged record stands for the one it was merged into: one row per pair.
            pair = tuple(sorted(str(survivor_of(session, i)) for i in (c.kept_id, c.other_id)))
            if pair[0] == pair[1] or pair in seen:
                continue
            seen.add(pair)
        out.append(
            CollisionView(
                c.id,
                c.table_name,
                TABLE_LABELS.get(c.table_name, c.table_name),
                c.key,
                _describe(session, c.table_name, c.kept_id),
                _describe(session, c.table_name, c.other_id),
                codes.get(creators.get(c.other_id), "?"),
                c.kept_id,
                c.other_id,
            )
        )
    return out


def acknowledge_collision(session: Session, actor: Actor, collision: uuid.UUID) -> None:
    """The supervisor saw the rename (or decided two residents are not one): settled."""
    require(session, actor.user_id, "conflict.resolve")
    row = session.get(KeyCollision, collision)
    if row is None:
        raise DalpakError(phrase("הכפילות לא נמצאה."))
    if row.resolved_op is not None:
        raise DalpakError(phrase("הכפילות כבר טופלה."))
    record(session, actor, "collision.resolved", collision, {"resolution": "acknowledged"})


@applier("collision.resolved")
def _apply_acknowledged(session: Session, op: Operation) -> None:
    _settle_record(session, op.entity_id, op, op.payload["resolution"])
