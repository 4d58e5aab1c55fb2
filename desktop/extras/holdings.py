"""A resident's holdings: property-tax account, dogs, parking permits, household, statuses."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, insert, or_, select
from sqlalchemy.orm import Session

from desktop.core import clock, limits
from desktop.core.convergence import SUFFIX_MARK, Claimant, check_typed_key, give_keys, placeholder
from desktop.core.errors import ValidationError
from desktop.core.oplog import Actor, applier, bulk_applier, entity_history, parse_date, record
from desktop.core.permissions import require
from desktop.models import (
    DogLicence,
    HouseholdMember,
    Operation,
    ParkingPermit,
    PropertyAccount,
    QuarantinedOperation,
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
    history = entity_history(session, op, HOLDING_CHANGES)
    values: dict[str, Any] | None = None
    for change in history:
        if change.kind == "holding.removed":
            values = None
        else:
            values = {
                **(values or {}),
                **holding_row(change.payload["kind"], change.entity_id, change.payload["data"]),
            }
    row = session.get(model, op.entity_id)
    number = claimed_number(history) if model is PropertyAccount else ""
    if values is None:
        if row is not None:
            session.delete(row)
            settle_account_number(session, number)
        return
    if number:
        # The number is given by `settle_account_number`; a new row holds a key of its own
        # until then, so that its insert never meets another account's number.
        values.pop("account_number", None)
        if row is None:
            row = model(id=op.entity_id, account_number=placeholder(op.entity_id, _NUMBER_LIMIT))
    row = row or model(id=op.entity_id)
    for key, value in values.items():
        setattr(row, key, value)
    session.add(row)
    settle_account_number(session, number, op.entity_id)


# --- one account number made at two stations ------------------------------------------------

ACCOUNTS = PropertyAccount.__tablename__
_NUMBER_LIMIT = PropertyAccount.__table__.c.account_number.type.length
_NOBODY = uuid.UUID(int=0)


def claimed_number(history: list[Operation]) -> str:
    """The number a property account claims: the one its first upsert (by clock) carried. Like
    a username or a catalogue code, the number an account was made with is its key."""
    for change in history:
        if change.kind == "holding.upserted":
            return str(change.payload["data"].get("account_number") or "")
    return ""


def _holding_history(session: Session, entity_id: uuid.UUID) -> list[Operation]:
    return list(
        session.scalars(
            select(Operation)
            .where(
                Operation.entity_id == entity_id,
                Operation.kind.in_(HOLDING_CHANGES),
                Operation.id.not_in(select(QuarantinedOperation.op_id)),
            )
            .order_by(Operation.hlc, Operation.id)
        )
    )


def settle_account_number(session: Session, number: str, also: uuid.UUID | None = None) -> None:
    """Give every property account that claims `number` its number, the same on every database.

    The same account number made at two stations before they sync (an import at each, or the
    counter) would break the column's uniqueness at the hub and quarantine both accounts'
    work. Instead, as for usernames and codes (core.convergence): the account made first by
    clock keeps the number, the other gets it with the code of its station (`4410~LVI`), and
    a supervisor sees the pair under the duplicates. The accounts that claim it are the one
    holding it, those holding it suffixed (found by the number's prefixes) and `also`.
    """
    if not number:
        return
    session.flush()
    column = PropertyAccount.account_number
    prefixes = [
        and_(column >= number[:k] + SUFFIX_MARK, column < number[:k] + chr(ord(SUFFIX_MARK) + 1))
        for k in range(1, len(number) + 1)
    ]
    found = set(session.scalars(select(PropertyAccount.id).where(or_(column == number, *prefixes))))
    if also is not None:
        found.add(also)
    claimants = []
    for entity_id in sorted(found, key=str):
        history = _holding_history(session, entity_id)
        if not history:
            # Stored without its operation in this log: it keeps what it holds.
            claimants.append(Claimant(entity_id, "", entity_id, _NOBODY))
        elif claimed_number(history) == number:
            first = history[0]
            claimants.append(Claimant(entity_id, first.hlc, first.id, first.station_id))
    give_keys(
        session, ACCOUNTS, PropertyAccount, "account_number", number, _NUMBER_LIMIT, claimants
    )


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
        if model is PropertyAccount:
            one_by_one.update(_numbers_taken(session, group))
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
        limits.check_values(model, rows)
        session.execute(insert(model.__table__), rows)
    for op in ops:
        if op.entity_id in one_by_one:
            _apply_holding(session, op)
            session.flush()


def _numbers_taken(session: Session, group: list[Operation]) -> set[uuid.UUID]:
    """The new accounts of a run whose number another account holds, or another of the run
    claims: they are settled one by one (`settle_account_number`)."""
    numbers = {op.entity_id: str(op.payload["data"].get("account_number") or "") for op in group}
    counts = Counter(numbers.values())
    wanted = sorted(set(numbers.values()))
    taken: set[str] = set()
    for start in range(0, len(wanted), 2000):
        column = PropertyAccount.account_number
        taken.update(
            session.scalars(select(column).where(column.in_(wanted[start : start + 2000])))
        )
    return {i for i, n in numbers.items() if n in taken or counts[n] > 1}


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
    if kind == "property_account":
        number = str(data.get("account_number") or "")
        check_typed_key(number, "account_number")
        held = session.scalar(
            select(PropertyAccount.id).where(PropertyAccount.account_number == number)
        )
        # A new account only: an account keeps the number it was made with (an edit's
        # number is not its key), also when a collision gave it a suffix.
        new = entity_id is None or session.get(PropertyAccount, entity_id) is None
        if new and held is not None:
            raise ValidationError(
                phrase("חשבון מספר {number} כבר רשום.").format(number=number),
                field="account_number",
            )
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
