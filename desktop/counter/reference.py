"""Reference data: the council, its localities, departments and request-type catalogue."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import clock, settings
from desktop.core.convergence import check_typed_key, claimed_key, upsert_keyed
from desktop.core.errors import UnknownRequestType, ValidationError
from desktop.core.oplog import Actor, applier, record
from desktop.core.permissions import require
from desktop.core.textsearch import normalize_name
from desktop.models import Department, Locality, Operation, RequestType
from desktop.phrases import phrase, phrase_later

UNKNOWN_TYPE = phrase_later("סוג הפנייה לא נמצא בקטלוג.")


@dataclass(frozen=True)
class Council:
    name: str
    phone: str
    website: str
    address: str
    opening_hours: str


@lru_cache(maxsize=1)
def council_data() -> dict[str, Any]:
    """The council's reference file shipped in resources/council.json."""
    text = (resources.files("desktop.resources") / "council.json").read_text(encoding="utf-8")
    return json.loads(text)


def council() -> Council:
    """The council as shipped, under the name this station was set up with (first-run wizard,
    `dalpak setup`, station settings), so that every screen, receipt and letter agrees."""
    c = council_data()["council"]
    name = settings.get("council_name").strip() or c["name"]
    return Council(name, c["phone"], c["website"], c["address"], c["opening_hours"])


def logo_path() -> Path | None:
    name = settings.get("council_logo")
    if not name:
        return None
    path = settings.config_dir() / name
    return path if path.is_file() else None


def council_logo() -> bytes | None:
    """The logo as PNG bytes, or None when the station has none."""
    path = logo_path()
    return path.read_bytes() if path else None


def shipped_council_name() -> str:
    return council_data()["council"]["name"]


# --- appliers -------------------------------------------------------------------------------


@applier("department.upserted")
def _apply_department(session: Session, op: Operation) -> None:
    p = op.payload

    def write(row: Department) -> None:
        row.name, row.phone, row.email = p["name"], p["phone"], p["email"]
        row.description = p["description"]

    upsert_keyed(session, op, Department, "code", p["code"], write)


@applier("locality.upserted")
def _apply_locality(session: Session, op: Operation) -> None:
    def write(row: Locality) -> None:
        row.name = op.payload["name"]

    upsert_keyed(session, op, Locality, "code", op.payload["code"], write)


@applier("request_type.upserted")
def _apply_request_type(session: Session, op: Operation) -> None:
    # Whole rows, the latest by clock on every database (core.convergence); the code is the
    # one the entry was made with, suffixed when another station made the same code first.
    p = op.payload

    def write(row: RequestType) -> None:
        row.name = p["name"]
        row.department_id = uuid.UUID(p["department_id"])
        row.sla_days = p["sla_days"]
        row.statutory_days = p.get("statutory_days")
        row.steps, row.documents, row.keywords = p["steps"], p["documents"], p["keywords"]
        row.active = p.get("active", True)
        row.search_key = normalize_name(" ".join([p["code"], p["name"], *p["keywords"]]))

    upsert_keyed(session, op, RequestType, "code", p["code"], write)


def differs(row: Any, payload: dict[str, Any]) -> bool:
    return any(str(getattr(row, key)) != str(value) for key, value in payload.items())


# --- queries --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestTypeInfo:
    id: uuid.UUID
    code: str
    name: str
    department_id: uuid.UUID
    department_name: str
    sla_days: int
    steps: tuple[str, ...]
    documents: tuple[str, ...]
    search_key: str
    quick_code: str
    statutory_days: int | None = None


def quick_code(code: str) -> str:
    """A short number for a catalogue entry, typed in any keyboard layout: REV-03 -> 503.

    The hundreds are the department's place in the council's list (ENG=1 ... SEC=7), the rest
    the entry's number within it.
    """
    dep, _sep, number = code.partition("-")
    order = [d["code"] for d in council_data()["departments"]]
    if dep not in order or not number.isdigit():
        return ""
    return f"{order.index(dep) + 1}{int(number):02d}"


def request_types(session: Session) -> list[RequestTypeInfo]:
    rows = session.execute(
        select(RequestType, Department.name)
        .join(Department, Department.id == RequestType.department_id)
        .where(RequestType.active)
        .order_by(RequestType.name)
    )
    return [
        RequestTypeInfo(
            rt.id,
            rt.code,
            rt.name,
            rt.department_id,
            dep_name,
            rt.sla_days,
            tuple(rt.steps),
            tuple(rt.documents),
            rt.search_key,
            quick_code(rt.code),
            rt.statutory_days,
        )
        for rt, dep_name in rows
    ]


def match_request_types(
    catalogue: list[RequestTypeInfo], query: str, limit: int = 12
) -> list[RequestTypeInfo]:
    """Catalogue entries whose name, code or keywords contain every typed word.

    Entries where a typed word is a whole word of the entry rank first ("עץ" is the tree before
    "עצמאי"), then those where it starts one, so the first hit is the one a clerk means after
    typing the first letters. Digits match the entry's quick code.
    """
    typed = query.strip()
    if typed.isdigit():
        return sorted(
            (i for i in catalogue if i.quick_code.startswith(typed)), key=lambda i: i.quick_code
        )[:limit]
    words = normalize_name(query).split()
    if not words:
        return catalogue[:limit]
    scored = []
    for info in catalogue:
        key = info.search_key
        if all(w in key for w in words):
            padded = " " + key
            key_words = set(key.split())
            exact = sum(1 for w in words if w in key_words)
            starts = sum(1 for w in words if " " + w in padded)
            scored.append((-exact, -starts, len(info.name), info.name, info))
    scored.sort(key=lambda t: t[:4])
    return [t[4] for t in scored[:limit]]


def request_type(session: Session, type_id: uuid.UUID) -> RequestType:
    row = session.get(RequestType, type_id)
    if row is None or not row.active:
        raise UnknownRequestType(phrase(UNKNOWN_TYPE))
    return row


def departments(session: Session) -> list[Department]:
    return list(session.scalars(select(Department).order_by(Department.name)))


def localities(session: Session) -> list[Locality]:
    return list(session.scalars(select(Locality).order_by(Locality.name)))


# --- the catalogue as a supervisor edits it ---------------------------------------------------


@dataclass(frozen=True)
class RequestTypeForm:
    """A catalogue entry as typed in the settings screen."""

    name: str
    department_id: uuid.UUID | None
    sla_days: int | str
    steps: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    code: str = ""  # empty for a new entry: the next free code of its department
    active: bool = True
    statutory_days: int | str | None = None  # the law's limit in calendar days, if any


@dataclass(frozen=True)
class CatalogueEntry:
    id: uuid.UUID
    code: str
    name: str
    department_id: uuid.UUID
    department_name: str
    sla_days: int
    steps: tuple[str, ...]
    documents: tuple[str, ...]
    keywords: tuple[str, ...]
    active: bool
    statutory_days: int | None = None


MAX_SLA_DAYS = 120
MAX_STATUTORY_DAYS = 365
SLA_DAYS = phrase_later("זמן הטיפול הוא מספר ימי עבודה (0 עד 120).")
CHOOSE_DEPARTMENT = phrase_later("יש לבחור מחלקה.")


def catalogue(session: Session) -> list[CatalogueEntry]:
    """Every entry of the catalogue, inactive ones included, by department and code."""
    rows = session.execute(
        select(RequestType, Department.name)
        .join(Department, Department.id == RequestType.department_id)
        .order_by(Department.name, RequestType.code)
    )
    return [
        CatalogueEntry(
            rt.id,
            rt.code,
            rt.name,
            rt.department_id,
            dep,
            rt.sla_days,
            tuple(rt.steps),
            tuple(rt.documents),
            tuple(rt.keywords),
            rt.active,
            rt.statutory_days,
        )
        for rt, dep in rows
    ]


def _clean_lines(lines: tuple[str, ...] | list[str]) -> list[str]:
    return [line.strip() for line in lines if line.strip()]


def next_request_type_code(session: Session, department_id: uuid.UUID) -> str:
    department = session.get(Department, department_id)
    if department is None:
        raise ValidationError(phrase(CHOOSE_DEPARTMENT), field="department")
    numbers = [
        int(code.partition("-")[2])
        for code in session.scalars(
            select(RequestType.code).where(RequestType.code.like(f"{department.code}-%"))
        )
        if code.partition("-")[2].isdigit()
    ]
    return f"{department.code}-{max(numbers, default=0) + 1:02d}"


def _statutory_days(value: int | str | None) -> int | None:
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    message = phrase("המועד שבחוק הוא מספר ימים קלנדריים (1 עד {most}), או ריק כשאין.").format(
        most=MAX_STATUTORY_DAYS
    )
    try:
        days = int(text)
    except ValueError:
        raise ValidationError(message, field="statutory_days") from None
    if not 1 <= days <= MAX_STATUTORY_DAYS:
        raise ValidationError(message, field="statutory_days")
    return days


def save_request_type(
    session: Session, actor: Actor, form: RequestTypeForm, type_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Add a catalogue entry (type_id None) or change one; supervisors only.

    A new service level applies to items opened from now on: every item keeps the expected
    date it was given when it was opened.
    """
    require(session, actor.user_id, "catalogue.edit")
    name = " ".join(form.name.split())
    if not name:
        raise ValidationError(phrase("יש לכתוב את שם סוג הפנייה."), field="name")
    if form.department_id is None or session.get(Department, form.department_id) is None:
        raise ValidationError(phrase(CHOOSE_DEPARTMENT), field="department")
    try:
        sla_days = int(str(form.sla_days).strip())
    except ValueError:
        raise ValidationError(phrase(SLA_DAYS), field="sla_days") from None
    if not 0 <= sla_days <= MAX_SLA_DAYS:
        raise ValidationError(phrase(SLA_DAYS), field="sla_days")
    statutory_days = _statutory_days(form.statutory_days)
    steps = _clean_lines(form.steps)
    if not steps:
        raise ValidationError(
            phrase("יש לכתוב לפחות צעד המשך אחד: מה יקרה אחרי הדלפק."), field="steps"
        )
    existing = session.get(RequestType, type_id) if type_id is not None else None
    if type_id is not None and existing is None:
        raise UnknownRequestType(phrase(UNKNOWN_TYPE))
    if existing is not None:
        # The code the entry was made with: a suffix given by a collision is the display's.
        code = claimed_key(session, RequestType.__tablename__, existing.id) or existing.code
    else:
        code = form.code.strip().upper() or next_request_type_code(session, form.department_id)
        check_typed_key(code, "code")
    if existing is None and session.scalar(select(RequestType.id).where(RequestType.code == code)):
        raise ValidationError(
            phrase("הקוד {code} כבר קיים בקטלוג.").format(code=code), field="code"
        )
    same_name = session.scalar(
        select(RequestType.code).where(
            RequestType.name == name,
            RequestType.id != (existing.id if existing is not None else None),
        )
    )
    if same_name:
        raise ValidationError(
            phrase("כבר יש סוג פנייה בשם הזה ({code}).").format(code=same_name), field="name"
        )
    payload = {
        "code": code,
        "name": name,
        "department_id": form.department_id,
        "sla_days": sla_days,
        "steps": steps,
        "documents": _clean_lines(form.documents),
        "keywords": _clean_lines(form.keywords),
        "active": bool(form.active),
        "statutory_days": statutory_days,
    }
    entity = existing.id if existing is not None else clock.new_id()
    compared = {k: v for k, v in payload.items() if k != "code"}
    if existing is not None and not differs(
        existing, {**compared, "department_id": str(form.department_id)}
    ):
        return entity
    record(session, actor, "request_type.upserted", entity, payload)
    return entity
