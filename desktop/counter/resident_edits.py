"""A resident's edited fields checked by the rules of the new-resident form, field by field."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.errors import ValidationError
from desktop.core.identity import normalize_email, normalize_phone
from desktop.counter.residents import (
    LANGUAGE_LABELS,
    TYPE_FIRST_NAME,
    TYPE_LAST_NAME,
    UNKNOWN_CHANNEL,
    UNKNOWN_LANGUAGE,
    Channel,
    _check_birth_date,
    _check_channel,
    _field_value,
)
from desktop.models import Locality, Resident
from desktop.phrases import phrase

_TYPE_NAME = {"first_name": TYPE_FIRST_NAME, "last_name": TYPE_LAST_NAME}


def checked_changes(session: Session, resident: Resident, changes: dict) -> dict:
    """The changes as they are stored, each checked by the rule of the new-resident form, and the
    preferred channel against the phones and e-mail the resident will have."""
    today = clock.local_today()
    out = {}
    for name, raw in changes.items():
        value = _field_value(name, raw) if isinstance(raw, str) else raw
        if name in {"first_name", "last_name"}:
            value = (value or "").strip()
            if not value:
                raise ValidationError(phrase(_TYPE_NAME[name]), field=name)
        elif name == "birth_date":
            _check_birth_date(value, today)
        elif name == "gender":
            if (value or "") not in {"M", "F", ""}:
                raise ValidationError(phrase("המגדר אינו מוכר."), field=name)
            value = value or ""
        elif name in {"phone", "phone2"}:
            value = normalize_phone(value or "", field=name)
        elif name == "email":
            value = normalize_email(value or "")
        elif name == "locality_id":
            if value is not None and session.get(Locality, value) is None:
                raise ValidationError(phrase("היישוב אינו מוכר."), field=name)
        elif name == "preferred_channel":
            if value not in set(Channel):
                raise ValidationError(phrase(UNKNOWN_CHANNEL), field=name)
            value = str(value)
        elif name == "language":
            if value not in LANGUAGE_LABELS:
                raise ValidationError(phrase(UNKNOWN_LANGUAGE), field=name)
        else:
            value = (value or "").strip()
        out[name] = value
    after = {
        name: out.get(name, getattr(resident, name))
        for name in ("preferred_channel", "phone", "phone2", "email")
    }
    if set(out) & set(after):
        _check_channel(after)
    return out
