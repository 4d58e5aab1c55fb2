"""A resident's holdings: property-tax account, dogs, parking permits, household, statuses."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.oplog import Actor, applier, bulk_applier, entity_history, parse_date, record
from desktop.core.permissions import require
from desktop.models import (
    DogLicence,
    HouseholdMember,
    Operation,
    ParkingPermit,
    PropertyAccount,
    ResidentStatus,
)
from desktop.phrases import Labels, phrase

KINDS = {
    "property_account": PropertyAccount,
    "dog_licence": DogLicence,
    "parking_permit": ParkingPermit,
    "household_member": HouseholdMember,
    "status": ResidentStatus,
}
_DATES = {"licence_expiry", "rabies_vaccinated_on", "expiry", "birth_date", "since", "until"}
_MONEY = {"area_sqm", "balance"}

# Said in the user's language when read; the importer matches a file's cells against the
# Hebrew as written (dict.items(STATUS_LABELS)).
STATUS_LABELS = Labels(
    {
        "soldier": "חייל/ת בשירות סדיר",
        "new_immigrant": "עולה חדש/ה",
        "single_parent": "הורה יחיד/ה",
        "disability": "נכות",
    }
)
DISCOUNT_LABELS = Labels(
    {
        "pensioner": "אזרח ותיק",
        "soldier": "חייל/ת",
        "new_immigrant": "עולה חדש/ה",
        "single_parent": "הורה יחיד",
        "disability": "נכות",
    }
)


def holding_row(kind: str, entity_id: uuid.UUID, data: dict[str, Any]) -> dict[str, Any]:
    """The table row a holding.upserted operation makes (shared with bulk loading)."""
    row: dict[str, Any] = {"id": entity_id}
    for key, value in data.items():
        if key in _DATES:
            row[key] = parse_date(value) if isinstance(value, str) or value is None else value
        elif key in _MONEY:
            row[key] = Decimal(str(value))
        elif key == "resident_id":
            row[key] = uuid.UUID(str(value))
        else:
            row[key] = value
    return row


HOLDING_CHANGES = ("holding.upserted", "holding.removed")


@applier("holding.upserted")
def _apply_holding(session: Session, op: Operation) -> None:
    _settle_holding(session, op)


def _settle_holding(session: Session, op: Operation) -> None:
    """The holding as its upserts and removals make it in clock order, whatever order they
    arrived in: two villages may edit or remove the same dog licence before they sync."""
    model = KINDS[op.payload["kind"]]
    values: dict[str, Any] | None = None
    for change in entity_history(session, op, HOLDING_CHANGES):
        if change.kind == "holding.removed":
            values = None
        else:
            values = {
                **(values or {}),
                **holding_row(change.payload["kind"], change.entity_id, change.payload["data"]),
            }
    row = session.get(model, op.entity_id)
    if values is None:
        if row is not None:
            session.delete(row)
        return
    row = row or model(id=op.entity_id)
    for key, value in values.items():
        setattr(row, key, value)
    session.add(row)


@bulk_applier("holding.upserted")
def _apply_holdings(session: Session, ops: list[Operation]) -> None:
    """A run of holdings: the new ones (not stored yet, once in the run) as multi-row INSERTs,
    the rest (edits, or several versions in one run) one by one, in order."""
    session.flush()
    by_model: dict[Any, list[Operation]] = {}
    for op in ops:
        by_model.setdefault(KINDS[op.payload["kind"]], []).append(op)
    one_by_one: set[uuid.UUID] = set()
    seen: set[uuid.UUID] = set()
    for op in ops:
        if op.entity_id in seen:
            one_by_one.add(op.entity_id)
        seen.add(op.entity_id)
    inserts: dict[tuple[Any, tuple[str, ...]], list[dict[str, Any]]] = {}
    for model, group in by_model.items():
        ids = [op.entity_id for op in group]
        one_by_one.update(session.scalars(select(model.id).where(model.id.in_(ids))))
        # A removal held here already (it may arrive before the upsert it follows).
        one_by_one.update(
            session.scalars(
                select(Operation.entity_id).where(
                    Operation.kind == "holding.removed", Operation.entity_id.in_(ids)
                )
            )
        )
        for op in group:
            if op.entity_id in one_by_one:
                continue
            row = holding_row(op.payload["kind"], op.entity_id, op.payload["data"])
            # As the one-by-one applier, which sets attributes: a key that is no column is
            # not stored.
            row = {key: value for key, value in row.items() if key in model.__table__.c}
            # Rows of one INSERT must name the same columns.
            inserts.setdefault((model, tuple(sorted(row))), []).append(row)
    for (model, _columns), rows in inserts.items():
        session.execute(insert(model.__table__), rows)
    for op in ops:
        if op.entity_id in one_by_one:
            _apply_holding(session, op)
            session.flush()


@applier("holding.removed")
def _apply_removed(session: Session, op: Operation) -> None:
    _settle_holding(session, op)


def save_holding(
    session: Session,
    actor: Actor,
    kind: str,
    data: dict[str, Any],
    entity_id: uuid.UUID | None = None,
) -> uuid.UUID:
    require(session, actor.user_id, "resident.holdings_edit")
    if kind not in KINDS:
        raise ValueError(kind)
    entity_id = entity_id or clock.new_id()
    record(session, actor, "holding.upserted", entity_id, {"kind": kind, "data": data})
    return entity_id


@dataclass(frozen=True)
class Holdings:
    accounts: list[PropertyAccount]
    dogs: list[DogLicence]
    permits: list[ParkingPermit]
    household: list[HouseholdMember]
    statuses: list[ResidentStatus]


def holdings_of(session: Session, actor: Actor, resident_id: uuid.UUID) -> Holdings:
    require(session, actor.user_id, "resident.holdings")

    def rows(model):  # noqa: ANN001, ANN202
        return list(session.scalars(select(model).where(model.resident_id == resident_id)))

    return Holdings(
        rows(PropertyAccount),
        rows(DogLicence),
        rows(ParkingPermit),
        rows(HouseholdMember),
        rows(ResidentStatus),
    )


def expiry_note(day: dt.date | None, today: dt.date) -> str:
    if day is None:
        return ""
    left = (day - today).days
    if left < 0:
        return phrase("פג לפני {days} ימים").format(days=-left)
    if left == 0:
        return phrase("פג היום")
    return phrase("בתוקף עוד {days} ימים").format(days=left)
