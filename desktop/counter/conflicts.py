"""Concurrent edits of the same resident field: detected the same way on every database.

An edit carries, for each field, the clock of the value its station saw (`_base`). Two edits
of one field conflict when neither saw the other: each one's clock is later than the other's
base. The check looks at the pair only, so every database finds the same conflicts whatever
order the edits arrive in; the record's id comes from the pair, so it is the same everywhere.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import DalpakError
from desktop.core.oplog import Actor, applier, record
from desktop.core.permissions import require
from desktop.models import FieldConflict, Operation, QuarantinedOperation, Resident, Station
from desktop.phrases import phrase

_NAMESPACE = uuid.UUID("6f1c2d0e-5b1a-4f4e-9a57-3c2b8e0d7a11")
BASE_KEY = "_base"


def conflict_id(op_a: uuid.UUID, op_b: uuid.UUID, field: str) -> uuid.UUID:
    first, second = sorted((str(op_a), str(op_b)))
    return uuid.uuid5(_NAMESPACE, f"{first}|{second}|{field}")


def _later(a: Operation, b: Operation) -> bool:
    """Whether a wins over b: later clock; the clock text ends with the station id."""
    return (a.hlc, str(a.station_id)) > (b.hlc, str(b.station_id))


def detect_field_conflicts(session: Session, op: Operation) -> None:
    """Record a conflict for every earlier-arrived edit of the same fields made concurrently."""
    base: dict[str, str] = op.payload.get(BASE_KEY, {})
    fields = [name for name in op.payload if name != BASE_KEY]
    # An edit held in quarantine (not applied here, or discarded) takes no part: when it is
    # released it meets the others as it is applied, with the payload it then has.
    others = session.scalars(
        select(Operation).where(
            Operation.entity_id == op.entity_id,
            Operation.kind == "resident.updated",
            Operation.id != op.id,
            Operation.id.not_in(select(QuarantinedOperation.op_id)),
        )
    )
    for other in others:
        other_base: dict[str, str] = other.payload.get(BASE_KEY, {})
        for field in fields:
            if field not in other.payload:
                continue
            saw_other = base.get(field, "") >= other.hlc
            other_saw = other_base.get(field, "") >= op.hlc
            if saw_other or other_saw or op.payload[field] == other.payload[field]:
                continue
            winner, loser = (op, other) if _later(op, other) else (other, op)
            cid = conflict_id(op.id, other.id, field)
            if session.get(FieldConflict, cid) is None:
                session.add(
                    FieldConflict(
                        id=cid,
                        entity_id=op.entity_id,
                        field=field,
                        winner_op=winner.id,
                        loser_op=loser.id,
                        winner_value=winner.payload[field],
                        loser_value=loser.payload[field],
                        winner_station=winner.station_id,
                        loser_station=loser.station_id,
                        detected_hlc=max(op.hlc, other.hlc),
                        resolved_op=None,
                        resolution="",
                    )
                )


# --- reading and resolving ------------------------------------------------------------------


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    resident_id: uuid.UUID
    resident_name: str
    field: str
    shown_value: Any
    other_value: Any
    shown_station: str
    other_station: str


def open_conflicts(session: Session, actor: Actor) -> list[ConflictView]:
    require(session, actor.user_id, "conflict.resolve")
    stations = {s.id: s.code for s in session.scalars(select(Station))}
    rows = session.execute(
        select(FieldConflict, Resident)
        .join(Resident, Resident.id == FieldConflict.entity_id)
        .where(FieldConflict.resolved_op.is_(None))
        .order_by(FieldConflict.detected_hlc)
    )
    return [
        ConflictView(
            c.id,
            r.id,
            r.full_name,
            c.field,
            c.winner_value,
            c.loser_value,
            stations.get(c.winner_station, "?"),
            stations.get(c.loser_station, "?"),
        )
        for c, r in rows
    ]


def resolve_conflict(session: Session, actor: Actor, conflict: uuid.UUID, keep: str) -> None:
    """`keep` is "shown" (confirm the winner) or "other" (the losing value becomes current)."""
    require(session, actor.user_id, "conflict.resolve")
    row = session.get(FieldConflict, conflict)
    if row is None:
        raise DalpakError(phrase("ההתנגשות לא נמצאה."))
    if row.resolved_op is not None:
        raise DalpakError(phrase("ההתנגשות כבר טופלה."))
    if keep not in {"shown", "other"}:
        raise ValueError(keep)
    if keep == "other":
        from desktop.counter.residents import update_resident

        update_resident(session, actor, row.entity_id, {row.field: row.loser_value})
    record(session, actor, "conflict.resolved", conflict, {"keep": keep})


@applier("conflict.resolved")
def _apply_resolved(session: Session, op: Operation) -> None:
    # Two stations may resolve the same conflict before they see each other's resolution:
    # the later one by clock is kept, so every database ends with the same record whatever
    # order the resolutions arrive in (keeping the first to arrive would differ per station).
    row = session.get(FieldConflict, op.entity_id)
    if row is None:
        return
    if row.resolved_op is not None and row.resolved_op != op.id:
        current = session.get(Operation, row.resolved_op)
        if current is not None and _later(current, op):
            return
    row.resolved_op = op.id
    row.resolution = op.payload["keep"]
