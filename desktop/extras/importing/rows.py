"""Per-kind row validation: parse every row, match it to what exists, and decide what it does."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.counter.reference import localities
from desktop.counter.residents import EDITABLE_FIELDS, FIELD_LABELS, ResidentForm, validate_form
from desktop.extras.holdings import KINDS, STATUS_LABELS
from desktop.extras.importing.cells import _Bad, _Context
from desktop.extras.importing.columns import (
    _EMPTY,
    _HOLDING_FIELDS,
    _REQUIRED,
    COLUMNS,
    Column,
    _Columns,
)
from desktop.extras.importing.files import Table, _blank, _fold, _text
from desktop.extras.importing.kinds import _BATCH, HOLDING_FIELD_LABELS, IMPORT_KINDS
from desktop.extras.importing.report import RowError, RowResult
from desktop.models import DogLicence, ParkingPermit, PropertyAccount, Resident
from desktop.phrases import phrase

# --- planning: validate every row and decide what it does -----------------------------------


@dataclass
class _Planned:
    result: RowResult
    entity_id: uuid.UUID | None = None  # the record to update; None for a new one
    data: dict[str, Any] = field(default_factory=dict)  # the create payload, or the changes


def _parse_cells(
    cells: list[Any],
    cols: _Columns,
    columns: list[Column],
    ctx: _Context,
    empty_means: Callable[[str], Any] | None,
) -> tuple[dict[str, Any], list[RowError]]:
    """The parsed values of a row. An empty cell is left out, or given `empty_means(field)`."""
    values: dict[str, Any] = {}
    errors: list[RowError] = []
    for col in columns:
        if col.field not in cols.by_field:
            continue
        index, header = cols.by_field[col.field]
        raw = cells[index] if index < len(cells) else None
        if _blank(raw):
            if col.field == "national_id":
                errors.append(RowError(header, phrase("חסר מספר תעודת זהות.")))
            elif col.required:
                errors.append(
                    RowError(header, phrase("חסר ערך: {field}.").format(field=phrase(col.label)))
                )
            elif empty_means is not None:
                values[col.field] = empty_means(col.field)
            continue
        try:
            values[col.field] = col.parse(raw, ctx)
        except _Bad as bad:
            errors.append(RowError(header, bad.message, _text(raw)[:60]))
    return values, errors


def _context(session: Session, today: dt.date) -> _Context:
    locs: dict[str, uuid.UUID] = {}
    for loc in localities(session):
        locs[_fold(loc.name)] = loc.id
        locs[_fold(loc.code)] = loc.id
    return _Context(today, locs)


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _mark_duplicates(
    planned: list[_Planned], keys: list[Any], column: str, describe: Callable[[Any], str]
) -> None:
    """Every row whose key appears in more than one row of the file is an error."""
    rows_of: dict[Any, list[int]] = {}
    for plan, key in zip(planned, keys, strict=True):
        if key is not None:
            rows_of.setdefault(key, []).append(plan.result.row)
    for plan, key in zip(planned, keys, strict=True):
        if key is not None and len(rows_of[key]) > 1:
            others = ", ".join(str(n) for n in rows_of[key])
            plan.result.errors.append(
                RowError(
                    column,
                    phrase("{what} מופיע/ה בקובץ יותר מפעם אחת (שורות {rows}).").format(
                        what=describe(key), rows=others
                    ),
                )
            )


_RESIDENT_COLUMNS = ("id", "national_id", *EDITABLE_FIELDS)


def _existing_residents(
    session: Session, national_ids: Iterable[str]
) -> dict[str, list[dict[str, Any]]]:
    """Residents already registered, by national ID: dicts of id, national_id and the fields."""
    found: dict[str, list[Any]] = {}
    attrs = [getattr(Resident, name) for name in _RESIDENT_COLUMNS]
    for batch in _chunks(sorted(set(national_ids)), _BATCH):
        for row in session.execute(select(*attrs).where(Resident.national_id.in_(batch))):
            found.setdefault(row.national_id, []).append(row._asdict())
    return found


def _plan_residents(
    session: Session, table: Table, cols: _Columns, ctx: _Context
) -> list[_Planned]:
    columns = COLUMNS["residents"]
    id_header = cols.header("national_id", HOLDING_FIELD_LABELS["national_id"])
    planned: list[_Planned] = []
    parsed: list[dict[str, Any]] = []
    for number, cells in table.rows:
        values, errors = _parse_cells(cells, cols, columns, ctx, None)
        nid = values.pop("national_id", "")
        id_index = cols.by_field["national_id"][0]
        key = nid or (_text(cells[id_index]) if id_index < len(cells) else "")
        planned.append(_Planned(RowResult(number, "error", key, errors)))
        parsed.append({"national_id": nid, **values})
    _mark_duplicates(
        planned,
        [p["national_id"] or None for p in parsed],
        id_header,
        lambda nid: phrase("תעודת הזהות {number}").format(number=nid),
    )
    existing = _existing_residents(session, (p["national_id"] for p in parsed if p["national_id"]))
    defaults = {name: getattr(ResidentForm(), name) for name in EDITABLE_FIELDS}
    for plan, values in zip(planned, parsed, strict=True):
        result = plan.result
        if result.errors:
            continue
        nid = values.pop("national_id")
        matches = existing.get(nid, [])
        if len(matches) > 1:
            result.errors.append(
                RowError(
                    id_header,
                    phrase(
                        "במסד הנתונים רשומים {count} תושבים עם תעודת הזהות {number}."
                        " יש לאחד את הכפילות לפני הייבוא."
                    ).format(count=len(matches), number=nid),
                    nid,
                )
            )
            continue
        current = matches[0] if matches else None
        base = {name: current[name] for name in EDITABLE_FIELDS} if current else dict(defaults)
        try:
            clean = validate_form(ResidentForm(national_id=nid, **{**base, **values}), ctx.today)
        except ValidationError as err:
            name = err.field or ""
            header = cols.header(name, FIELD_LABELS.get(name, name))
            raw = values.get(name, base.get(name, ""))
            result.errors.append(RowError(header, err.message, _text(raw)))
            continue
        if current is None:
            result.status = "created"
            plan.data = clean
            continue
        plan.entity_id = current["id"]
        plan.data = {name: clean[name] for name in values if clean[name] != base[name]}
        result.status = "updated" if plan.data else "unchanged"
        result.changed = [FIELD_LABELS[name] for name in plan.data]
    return planned


def _resident_ids(session: Session, national_ids: Iterable[str]) -> dict[str, list[uuid.UUID]]:
    found: dict[str, list[uuid.UUID]] = {}
    for batch in _chunks(sorted(set(national_ids)), _BATCH):
        rows = session.execute(
            select(Resident.national_id, Resident.id).where(Resident.national_id.in_(batch))
        )
        for nid, rid in rows:
            found.setdefault(nid, []).append(rid)
    return found


def _holding_data(kind: str, row: Any) -> dict[str, Any]:
    """An existing holding in the form the import builds: money as text, sorted discounts."""
    data: dict[str, Any] = {"resident_id": row.resident_id}
    for name in _HOLDING_FIELDS[kind]:
        value = getattr(row, name)
        if isinstance(value, Decimal):
            value = f"{value:.2f}"
        elif name == "discounts":
            value = sorted(value or [])
        data[name] = value
    return data


def _plate_digits(plate: str) -> str:
    return re.sub(r"\D", "", plate or "")


class _Existing:
    """The holdings of one kind that rows of the file may match, indexed by natural key."""

    def __init__(
        self, session: Session, kind: str, rows: list[dict[str, Any]], resident_ids: set[uuid.UUID]
    ) -> None:
        self.kind = kind
        model = KINDS[kind]
        loaded: dict[uuid.UUID, Any] = {}

        def load(column: Any, values: Iterable[Any]) -> None:
            for batch in _chunks(sorted(set(values), key=str), _BATCH):
                for row in session.scalars(select(model).where(column.in_(batch))):
                    loaded[row.id] = row

        if kind == "property_account":
            load(PropertyAccount.account_number, (r["account_number"] for r in rows))
        elif kind == "dog_licence":
            load(DogLicence.chip_number, (r["chip_number"] for r in rows if r.get("chip_number")))
        elif kind == "parking_permit":
            plates = {r["vehicle_plate"] for r in rows}
            load(ParkingPermit.vehicle_plate, plates | {_plate_digits(p) for p in plates})
        if kind != "property_account":
            load(model.resident_id, resident_ids)
        self.by_key: dict[Any, Any] = {}
        self.dogs_by_name: dict[tuple[uuid.UUID, str], list[Any]] = {}
        for row in sorted(loaded.values(), key=lambda r: str(r.id)):
            if kind == "dog_licence":
                self.dogs_by_name.setdefault((row.resident_id, _fold(row.dog_name)), []).append(row)
            key = self.key(row.resident_id, _holding_data(kind, row))
            if key is not None:
                self.by_key.setdefault(key, row)

    def key(self, resident_id: uuid.UUID, data: dict[str, Any]) -> Any:
        kind = self.kind
        if kind == "property_account":
            return data["account_number"]
        if kind == "dog_licence":
            if data.get("chip_number"):
                return ("chip", data["chip_number"])
            return ("dog", resident_id, _fold(data["dog_name"]))
        if kind == "parking_permit":
            return _plate_digits(data["vehicle_plate"])
        if kind == "household_member":
            return (resident_id, _fold(data["name"]))
        return (resident_id, data["code"])

    def match(self, resident_id: uuid.UUID, data: dict[str, Any]) -> Any:
        found = self.by_key.get(self.key(resident_id, data))
        if found is None and self.kind == "dog_licence":
            # A dog registered without a chip, now given one; or listed without the chip.
            same_name = self.dogs_by_name.get((resident_id, _fold(data["dog_name"])), [])
            chip = data.get("chip_number")
            candidates = [d for d in same_name if not chip or not d.chip_number]
            found = candidates[0] if candidates else None
        return found


def _describe_key(kind: str, key: Any) -> str:
    if kind == "property_account":
        return phrase("חשבון מספר {number}").format(number=key)
    if kind == "dog_licence" and key[0] == "chip":
        return phrase("השבב {chip}").format(chip=key[1])
    if kind == "dog_licence":
        return phrase("כלב באותו שם לאותו/ה תושב/ת")
    if kind == "parking_permit":
        return phrase("הרכב {plate}").format(plate=key)
    if kind == "household_member":
        return phrase("בן/בת משפחה באותו שם לאותו/ה תושב/ת")
    return phrase('הסטטוס "{status}" לאותו/ה תושב/ת').format(
        status=STATUS_LABELS.get(key[1], key[1])
    )


def _plan_holdings(
    session: Session, table: Table, cols: _Columns, ctx: _Context, import_kind: str
) -> list[_Planned]:
    kind = IMPORT_KINDS[import_kind]
    assert kind is not None
    columns = COLUMNS[import_kind]
    id_header = cols.header("national_id", HOLDING_FIELD_LABELS["national_id"])
    fields = _HOLDING_FIELDS[kind]
    planned: list[_Planned] = []
    parsed: list[dict[str, Any]] = []
    for number, cells in table.rows:
        values, errors = _parse_cells(cells, cols, columns, ctx, lambda name: _EMPTY.get(name))
        nid = values.get("national_id", "")
        planned.append(_Planned(RowResult(number, "error", nid, errors)))
        parsed.append(values)
    residents = _resident_ids(session, (v["national_id"] for v in parsed if "national_id" in v))
    resident_of: list[uuid.UUID | None] = []
    for plan, values in zip(planned, parsed, strict=True):
        nid = values.get("national_id")
        ids = residents.get(nid, []) if nid else []
        resident_of.append(ids[0] if len(ids) == 1 else None)
        if nid and not ids:
            plan.result.errors.append(
                RowError(
                    id_header,
                    phrase(
                        "לא נמצא/ה במסד תושב/ת עם תעודת הזהות {number}."
                        " יש לייבא קודם את קובץ התושבים או לרשום אותו/ה בדלפק."
                    ).format(number=nid),
                    nid,
                )
            )
        elif len(ids) > 1:
            plan.result.errors.append(
                RowError(
                    id_header,
                    phrase(
                        "במסד הנתונים רשומים {count} תושבים עם תעודת הזהות {number}."
                        " יש לאחד את הכפילות לפני הייבוא."
                    ).format(count=len(ids), number=nid),
                    nid,
                )
            )
    good = [
        (plan, values, rid)
        for plan, values, rid in zip(planned, parsed, resident_of, strict=True)
        if not plan.result.errors and rid is not None
    ]
    existing = _Existing(session, kind, [v for _p, v, _r in good], {r for _p, _v, r in good})
    keys: list[Any] = [None] * len(planned)
    index_of = {id(plan): n for n, plan in enumerate(planned)}
    for plan, values, rid in good:
        keys[index_of[id(plan)]] = existing.key(rid, values)
    key_header = cols.by_field[next(c.field for c in columns[1:] if c.required)][1]
    _mark_duplicates(planned, keys, key_header, lambda key: _describe_key(kind, key))
    claimed: dict[uuid.UUID, int] = {}
    for plan, values, rid in good:
        result = plan.result
        result.key = f"{values['national_id']} / {_key_text(kind, values)}"
        if result.errors:
            continue
        row = existing.match(rid, values)
        base = (
            _holding_data(kind, row)
            if row is not None
            else {name: _EMPTY.get(name) for name in fields}
        )
        data = {**base, **{k: v for k, v in values.items() if k != "national_id"}}
        data["resident_id"] = rid
        for name in fields:
            if name in _REQUIRED and data.get(name) in (None, ""):
                header = cols.header(name, HOLDING_FIELD_LABELS[name])
                missing = phrase("חסר ערך: {field}.").format(field=HOLDING_FIELD_LABELS[name])
                result.errors.append(RowError(header, missing))
        if kind == "status" and data["since"] and data["until"] and data["until"] < data["since"]:
            result.errors.append(
                RowError(
                    cols.header("until", HOLDING_FIELD_LABELS["until"]),
                    phrase("תאריך הסיום מוקדם מתאריך ההתחלה."),
                    data["until"].strftime("%d/%m/%Y"),
                )
            )
        if kind == "household_member" and data["birth_date"] and data["birth_date"] > ctx.today:
            result.errors.append(
                RowError(
                    cols.header("birth_date", HOLDING_FIELD_LABELS["birth_date"]),
                    phrase("תאריך הלידה הוא בעתיד."),
                    data["birth_date"].strftime("%d/%m/%Y"),
                )
            )
        if row is not None and row.id in claimed:
            result.errors.append(
                RowError(
                    key_header,
                    phrase("השורה מתאימה לאותה רשומה קיימת כמו שורה {row}.").format(
                        row=claimed[row.id]
                    ),
                )
            )
        if result.errors:
            continue
        plan.data = data
        if row is None:
            result.status = "created"
            continue
        claimed[row.id] = result.row
        plan.entity_id = row.id
        changed = [name for name in ("resident_id", *fields) if data[name] != base[name]]
        result.status = "updated" if changed else "unchanged"
        result.changed = [HOLDING_FIELD_LABELS[name] for name in changed]
    return planned


def _key_text(kind: str, values: dict[str, Any]) -> str:
    if kind == "property_account":
        return values.get("account_number", "")
    if kind == "dog_licence":
        return values.get("chip_number") or values.get("dog_name", "")
    if kind == "parking_permit":
        return values.get("vehicle_plate", "")
    if kind == "household_member":
        return values.get("name", "")
    return values.get("code", "")
