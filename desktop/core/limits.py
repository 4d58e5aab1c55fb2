"""The limits of the schema, checked before anything is written: a value longer than its
column (or a number past its precision) is refused with a Hebrew message naming the field,
never stored at a station only for the hub to refuse it.

Every flush of every session is checked (one listener), so each service that records an
operation refuses such a value before the operation is committed, whichever form it came
from; the forms take the same limits (`max_length`) so the clerk cannot type past them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Numeric, String, event, inspect
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.phrases import Labels, phrase

# What the clerk sees as the field's name; a column missing here is named by its table's.
LABELS = Labels(
    {
        "national_id": "ת.ז.",
        "first_name": "שם פרטי",
        "last_name": "שם משפחה",
        "phone": "טלפון",
        "phone2": "טלפון נוסף",
        "email": 'דוא"ל',
        "address": "כתובת",
        "typed_name": "השם כפי שנמסר",
        "counter": "מספר העמדה",
        "ticket": "מספר התור",
        "username": "שם המשתמש",
        "full_name": "השם המלא",
        "name": "השם",
        "code": "הקוד",
        "title": "הכותרת",
        "category": "הנושא",
        "dog_name": "שם הכלב",
        "chip_number": "מספר השבב",
        "vehicle_plate": "מספר הרכב",
        "account_number": "מספר החשבון",
        "area_sqm": "השטח",
        "balance": "היתרה",
        "relation": "הקרבה",
    }
)


def max_length(model: type, field: str) -> int | None:
    """The most characters `model.field` holds (None: no limit)."""
    kind = model.__table__.c[field].type
    return kind.length if isinstance(kind, String) else None


def _too_long(column: Any, value: Any) -> str | None:
    kind = column.type
    label = LABELS.get(column.key) or phrase("אחד השדות")
    if isinstance(kind, String) and kind.length and isinstance(value, str):
        if len(value) > kind.length:
            return phrase("{field}: עד {most} תווים (הוקלדו {typed}). נא לקצר.").format(
                field=label, most=kind.length, typed=len(value)
            )
    elif isinstance(kind, Numeric) and kind.precision and isinstance(value, int | float | Decimal):
        whole = kind.precision - (kind.scale or 0)
        if abs(value) >= 10**whole:
            return phrase("{field}: המספר גדול מדי (עד {whole} ספרות לפני הנקודה).").format(
                field=label, whole=whole
            )
    return None


def check_row(obj: object, *, changed_only: bool = False) -> None:
    """Raise ValidationError (naming the field) when a value of the row passes its limit
    (with `changed_only`, of the values being changed: a row stored before the limits held
    does not stop an edit of another field)."""
    state = inspect(obj)
    mapper = state.mapper
    for column in mapper.columns:
        key = mapper.get_property_by_column(column).key
        if changed_only and not state.attrs[key].history.has_changes():
            continue
        value = getattr(obj, key, None)
        if value is None:
            continue
        problem = _too_long(column, value)
        if problem is not None:
            raise ValidationError(problem, field=column.key)


def check_values(model: type, rows: list[dict[str, Any]]) -> None:
    """As `check_row`, for rows given as dicts: a multi-row INSERT (a bulk applier) passes no
    flush, and must refuse what the one-by-one applier refuses, the same way."""
    columns = [c for c in model.__table__.columns if _limited(c)]
    for values in rows:
        for column in columns:
            value = values.get(column.key)
            problem = None if value is None else _too_long(column, value)
            if problem is not None:
                raise ValidationError(problem, field=column.key)


def _limited(column: Any) -> bool:
    kind = column.type
    return bool(
        (isinstance(kind, String) and kind.length) or (isinstance(kind, Numeric) and kind.precision)
    )


@event.listens_for(Session, "before_flush")
def _check_limits(session: Session, _context: object, _instances: object) -> None:
    for obj in session.new:
        check_row(obj)
    for obj in session.dirty:
        check_row(obj, changed_only=True)
