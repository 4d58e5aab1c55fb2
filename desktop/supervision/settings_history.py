"""Who changed what in the settings a supervisor owns (catalogue, knowledge base, absences),
read from the operation log: each change compared with the one before it on the same entry."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.oplog import UNREADABLE, Actor
from desktop.core.permissions import require
from desktop.models import Department, Operation, User
from desktop.phrases import Labels, phrase, phrase_later

KINDS = ("request_type.upserted", "knowledge.upserted", "absence.set", "absence.cancelled")
SYSTEM = phrase_later("המערכת")

# The fields compared, in the order they are described; the history is formed when it is read,
# so every label and sentence is said in the reader's language.
_TYPE_FIELDS = Labels(
    {
        "name": "שם",
        "department_id": "מחלקה",
        "sla_days": "זמן טיפול (ימי עבודה)",
        "statutory_days": "מועד בחוק (ימים)",
        "steps": "צעדי המשך",
        "documents": "מסמכים נדרשים",
        "keywords": "מילות חיפוש",
        "active": "פעיל",
    }
)
_KNOWLEDGE_FIELDS = Labels(
    {
        "title": "כותרת",
        "category": "נושא",
        "department_id": "מחלקה",
        "keywords": "מילות חיפוש",
        "answer": "תשובה",
    }
)
_SHORT = 40


@dataclass(frozen=True)
class SettingChange:
    at: dt.datetime
    who: str
    area: str  # קטלוג | מאגר מידע | היעדרויות
    entry: str  # the code or the person
    what: str


def settings_history(session: Session, actor: Actor, limit: int = 300) -> list[SettingChange]:
    """The latest changes first."""
    require(session, actor.user_id, "settings.history")
    ops = list(
        session.scalars(
            select(Operation)
            .where(Operation.kind.in_(KINDS))
            .order_by(Operation.hlc.desc())
            .limit(limit)
        )
    )
    if not ops:
        return []
    users = {u.id: u.full_name for u in session.scalars(select(User))}
    departments = {str(d.id): d.name for d in session.scalars(select(Department))}
    entities = {op.entity_id for op in ops}
    earlier: dict[uuid.UUID, list[Operation]] = {}
    for op in session.scalars(
        select(Operation)
        .where(Operation.entity_id.in_(entities), Operation.kind.in_(KINDS))
        .order_by(Operation.hlc)
    ):
        earlier.setdefault(op.entity_id, []).append(op)

    def before(op: Operation) -> Operation | None:
        found = None
        for other in earlier.get(op.entity_id, []):
            if other.hlc >= op.hlc:
                break
            found = other
        return found

    changes = []
    for op in ops:
        who = users.get(op.user_id, phrase(SYSTEM)) if op.user_id else phrase(SYSTEM)
        try:
            changes.append(_change(op, who, before(op), users, departments))
        except Exception:  # noqa: BLE001 - a damaged payload shows as one line, never fails
            changes.append(
                SettingChange(op.created_at, who, _AREAS.get(op.kind, ""), "", phrase(UNREADABLE))
            )
    return changes


_AREAS = Labels(
    {
        "request_type.upserted": "קטלוג",
        "knowledge.upserted": "מאגר מידע",
        "absence.set": "היעדרויות",
        "absence.cancelled": "היעדרויות",
    }
)


def _change(
    op: Operation,
    who: str,
    previous: Operation | None,
    users: dict[uuid.UUID, str],
    departments: dict[str, str],
) -> SettingChange:
    """One line of the history: op compared with the change before it on the same entry."""
    p = op.payload
    area = _AREAS[op.kind]
    if op.kind == "request_type.upserted":
        old = previous.payload if previous else None
        what = _describe(p, old, _TYPE_FIELDS, departments, phrase("סוג פנייה חדש"))
        return SettingChange(op.created_at, who, area, f"{p['code']} {p['name']}", what)
    if op.kind == "knowledge.upserted":
        old = previous.payload if previous else None
        what = _describe(p, old, _KNOWLEDGE_FIELDS, departments, phrase("תשובה חדשה"))
        return SettingChange(op.created_at, who, area, f"{p['code']} {p['title']}", what)
    if op.kind == "absence.set":
        what = phrase("{start}–{end}, ממלא/ת מקום: {stand_in}").format(
            start=_date(p["start_date"]),
            end=_date(p["end_date"]),
            stand_in=users.get(uuid.UUID(p["stand_in_id"]), "?"),
        )
        if p.get("reason"):
            what += f" ({p['reason']})"
        person = users.get(uuid.UUID(p["user_id"]), "?")
        return SettingChange(op.created_at, who, area, person, what)
    setting = previous.payload if previous and previous.kind == "absence.set" else {}
    person = users.get(uuid.UUID(setting["user_id"]), "?") if setting else "?"
    if setting:
        what = phrase("ההיעדרות {start}–{end} בוטלה").format(
            start=_date(setting["start_date"]), end=_date(setting["end_date"])
        )
    else:
        what = phrase("ההיעדרות בוטלה")
    return SettingChange(op.created_at, who, area, person, what)


def _date(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")


def _describe(
    new: dict[str, Any],
    old: dict[str, Any] | None,
    fields: Labels,
    departments: dict[str, str],
    created: str,
) -> str:
    if old is None:
        return created
    parts = []
    for key, label in fields.items():
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        if key == "department_id":
            before, after = departments.get(before or "", "-"), departments.get(after or "", "-")
        if key == "active":
            parts.append(phrase("הוחזר לקטלוג") if after else phrase("הוצא מהקטלוג"))
        elif isinstance(after, list):
            added = [x for x in after if x not in (before or [])]
            removed = [x for x in (before or []) if x not in after]
            bits = [f"+{_short(x)}" for x in added] + [f"-{_short(x)}" for x in removed]
            parts.append(f"{label}: {', '.join(bits) or phrase('סדר חדש')}")
        elif key == "answer":
            parts.append(phrase("{field} עודכנה").format(field=label))
        else:
            # The arrow points from the old value to the new in the reader's direction.
            parts.append(
                phrase("{field}: {before} ← {after}").format(
                    field=label, before=_short(before), after=_short(after)
                )
            )
    return "; ".join(parts) or phrase("נשמר ללא שינוי")


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= _SHORT else text[: _SHORT - 1] + "…"
