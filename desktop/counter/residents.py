"""Residents: registering, validating, finding them as the clerk types, and the profile."""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import and_, delete, func, insert, or_, select
from sqlalchemy.orm import Session

from desktop.core import clock, limits, oplog
from desktop.core.convergence import note_collision
from desktop.core.errors import DuplicateResident, ResidentNotFound, ValidationError
from desktop.core.identity import (
    normalize_email,
    normalize_national_id,
    normalize_phone,
    phone_digits,
)
from desktop.core.oplog import Actor, applier, bulk_applier, parse_date, record, uuid_or_none
from desktop.core.permissions import Scope, require, require_in_scope
from desktop.core.textsearch import name_tokens, normalize_name, prefix_upper_bound
from desktop.counter.conflicts import BASE_KEY, detect_field_conflicts
from desktop.models import (
    AccessLogEntry,
    Case,
    CaseItem,
    Department,
    Locality,
    Operation,
    RequestType,
    Resident,
    ResidentMerge,
    ResidentNameToken,
    User,
)
from desktop.phrases import Labels, phrase, phrase_later


class Channel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    FACEBOOK = "facebook"
    IN_PERSON = "in_person"


# Said in the user's language when read; a spreadsheet's Hebrew cell is matched against the
# Hebrew itself (dict.items(CHANNEL_LABELS), extras.importing.cells).
CHANNEL_LABELS = Labels(
    {
        Channel.PHONE: "טלפון",
        Channel.SMS: "מסרון (SMS)",
        Channel.WHATSAPP: "וואטסאפ",
        Channel.EMAIL: 'דוא"ל',
        Channel.FACEBOOK: "פייסבוק",
        Channel.IN_PERSON: "פגישה במשרד",
    }
)

LANGUAGE_LABELS = Labels(
    {"he": "עברית", "ar": "ערבית", "ru": "רוסית", "en": "אנגלית", "am": "אמהרית"}
)

FIELD_LABELS = Labels(
    {
        "first_name": "שם פרטי",
        "last_name": "שם משפחה",
        "birth_date": "תאריך לידה",
        "gender": "מגדר",
        "phone": "טלפון",
        "phone2": "טלפון נוסף",
        "email": 'דוא"ל',
        "locality_id": "יישוב",
        "address": "כתובת",
        "preferred_channel": "ערוץ קשר מועדף",
        "language": "שפה",
        "accessibility": "צורכי נגישות",
    }
)

# Said where a field is left empty, on the form and in an edit (counter.resident_edits).
TYPE_FIRST_NAME = phrase_later("יש להקליד שם פרטי.")
TYPE_LAST_NAME = phrase_later("יש להקליד שם משפחה.")
UNKNOWN_CHANNEL = phrase_later("ערוץ הקשר אינו מוכר.")
UNKNOWN_LANGUAGE = phrase_later("השפה אינה מוכרת.")
RESIDENT_NOT_FOUND = phrase_later("התושב/ת לא נמצא/ה.")

# Fields a resident.updated operation may carry, each last-writer-wins by clock.
EDITABLE_FIELDS = (
    "first_name",
    "last_name",
    "birth_date",
    "gender",
    "phone",
    "phone2",
    "email",
    "locality_id",
    "address",
    "preferred_channel",
    "language",
    "accessibility",
)


@dataclass
class ResidentForm:
    """What the clerk typed for a new resident; kept as typed so nothing is lost on an error."""

    national_id: str = ""
    first_name: str = ""
    last_name: str = ""
    birth_date: dt.date | None = None
    gender: str = ""
    phone: str = ""
    phone2: str = ""
    email: str = ""
    locality_id: uuid.UUID | None = None
    address: str = ""
    preferred_channel: str = Channel.PHONE
    language: str = "he"
    accessibility: str = ""


def validate_form(form: ResidentForm, today: dt.date | None = None) -> dict:
    """The clean field values, or ValidationError naming the first wrong field."""
    today = today or clock.local_today()
    first, last = form.first_name.strip(), form.last_name.strip()
    if not first:
        raise ValidationError(phrase(TYPE_FIRST_NAME), field="first_name")
    if not last:
        raise ValidationError(phrase(TYPE_LAST_NAME), field="last_name")
    _check_birth_date(form.birth_date, today)
    if form.preferred_channel not in set(Channel):
        raise ValidationError(phrase(UNKNOWN_CHANNEL), field="preferred_channel")
    if form.language not in LANGUAGE_LABELS:
        raise ValidationError(phrase(UNKNOWN_LANGUAGE), field="language")
    values = {
        "national_id": normalize_national_id(form.national_id),
        "first_name": first,
        "last_name": last,
        "birth_date": form.birth_date,
        "gender": form.gender if form.gender in {"M", "F"} else "",
        "phone": normalize_phone(form.phone),
        "phone2": normalize_phone(form.phone2, field="phone2"),
        "email": normalize_email(form.email),
        "locality_id": form.locality_id,
        "address": form.address.strip(),
        "preferred_channel": str(form.preferred_channel),
        "language": form.language,
        "accessibility": form.accessibility.strip(),
    }
    _check_channel(values)
    return values


def _check_birth_date(birth: dt.date | None, today: dt.date) -> None:
    if birth is None:
        return
    if birth > today:
        raise ValidationError(
            phrase("תאריך הלידה הוא בעתיד. כדאי לבדוק אותו שוב."), field="birth_date"
        )
    if birth.year < today.year - 120:
        raise ValidationError(phrase("תאריך הלידה רחוק מדי בעבר."), field="birth_date")


def _check_channel(values: dict) -> None:
    """The preferred channel needs a way to use it: a mobile for SMS and WhatsApp, an e-mail."""
    if values["preferred_channel"] in {Channel.SMS, Channel.WHATSAPP} and not (
        (values["phone"] or "").startswith("05") or (values["phone2"] or "").startswith("05")
    ):
        raise ValidationError(phrase("לקשר במסרון או בוואטסאפ נדרש מספר נייד."), field="phone")
    if values["preferred_channel"] == Channel.EMAIL and not values["email"]:
        raise ValidationError(phrase('לקשר בדוא"ל נדרשת כתובת דוא"ל.'), field="email")


def find_duplicates(session: Session, values: dict) -> list[Resident]:
    """Residents with the same ID, or with the same name and date of birth."""
    conditions = [Resident.national_id == values["national_id"]]
    if values.get("birth_date"):
        conditions.append(
            and_(
                Resident.first_name == values["first_name"],
                Resident.last_name == values["last_name"],
                Resident.birth_date == values["birth_date"],
            )
        )
    # A resident merged into another is found as that other one.
    return list(
        session.scalars(select(Resident).where(or_(*conditions), Resident.id.not_in(_merged_ids())))
    )


def _merged_ids():  # noqa: ANN202
    return select(ResidentMerge.merged_id)


def survivor_of(session: Session, resident_id: uuid.UUID) -> uuid.UUID:
    """The resident that `resident_id` was merged into, or itself."""
    merge = session.get(ResidentMerge, resident_id)
    return merge.into_id if merge is not None else resident_id


def create_resident(
    session: Session, actor: Actor, form: ResidentForm, *, allow_same_name: bool = False
) -> Resident:
    """Register a resident. Same ID is always refused; same name and birth date needs consent."""
    require(session, actor.user_id, "resident.register")
    values = validate_form(form)
    dups = find_duplicates(session, values)
    same_id = [r for r in dups if r.national_id == values["national_id"]]
    if same_id:
        raise DuplicateResident(
            phrase("תושב/ת עם תעודת זהות {national_id} כבר רשום/ה: {name}.").format(
                national_id=values["national_id"], name=same_id[0].full_name
            ),
            [r.id for r in same_id],
            same_id=True,
        )
    if dups and not allow_same_name:
        raise DuplicateResident(
            phrase("כבר רשום/ה תושב/ת באותו שם ובאותו תאריך לידה. האם זה אותו אדם?"),
            [r.id for r in dups],
            same_id=False,
        )
    resident_id = clock.new_id()
    record(session, actor, "resident.created", resident_id, values)
    return session.get(Resident, resident_id)


def update_resident(session: Session, actor: Actor, resident_id: uuid.UUID, changes: dict) -> None:
    """Change some of a resident's fields, each checked as on the new-resident form (a Hebrew
    ValidationError naming the first wrong field)."""
    require(session, actor.user_id, "resident.update")
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise ResidentNotFound(phrase(RESIDENT_NOT_FOUND))
    from desktop.counter.resident_edits import checked_changes

    changes = checked_changes(session, resident, changes)
    # The clock of each value this station saw: lets every database tell a later edit from a
    # concurrent one (see counter.conflicts).
    base = {name: resident.field_clocks.get(name, resident.created_hlc) for name in changes}
    record(session, actor, "resident.updated", resident_id, {**changes, BASE_KEY: base})


def _set_tokens(session: Session, resident: Resident) -> None:
    session.execute(delete(ResidentNameToken).where(ResidentNameToken.resident_id == resident.id))
    for row in token_rows(resident.id, resident.full_name):
        session.add(ResidentNameToken(**row))


def _field_value(name: str, raw):  # noqa: ANN001, ANN202
    if name == "birth_date":
        return parse_date(raw)
    if name == "locality_id":
        return uuid_or_none(raw)
    return raw


def resident_row(op_id: uuid.UUID, hlc: str, created_at: dt.datetime, payload: dict) -> dict:
    """The residents row that a resident.created operation makes (shared with bulk loading)."""
    return {
        "id": op_id,
        "national_id": payload["national_id"],
        **{name: _field_value(name, payload.get(name)) for name in EDITABLE_FIELDS},
        "created_hlc": hlc,
        "field_clocks": {},
        "created_at": created_at,
        "updated_at": created_at,
    }


def token_rows(resident_id: uuid.UUID, full_name: str) -> list[dict]:
    key = normalize_name(full_name)
    return [
        {"resident_id": resident_id, "token": token, "name_key": key}
        for token in name_tokens(full_name)
    ]


def _row_name(row: dict) -> str:
    return f"{row['first_name']} {row['last_name']}".strip()


def note_same_id(session: Session, rows: list[dict]) -> None:
    """New residents whose ID number another resident has (two stations registered the same
    person apart): each pair is linked as duplicates, the same record on every database, for
    a supervisor to merge (counter.merging)."""
    numbers = sorted({row["national_id"] for row in rows if row["national_id"]})
    new = {row["id"] for row in rows}
    for start in range(0, len(numbers), 2000):
        found = session.execute(
            select(Resident.national_id, Resident.created_hlc, Resident.id).where(
                Resident.national_id.in_(numbers[start : start + 2000])
            )
        ).all()
        groups: dict[str, list] = {}
        for national_id, created, rid in found:
            groups.setdefault(national_id, []).append((created, rid))
        for national_id, group in groups.items():
            for i, first in enumerate(group):
                for second in group[i + 1 :]:
                    if first[1] in new or second[1] in new:
                        note_collision(session, "residents", national_id, first, second)


@applier("resident.created")
def _apply_created(session: Session, op: Operation) -> None:
    row = resident_row(op.entity_id, op.hlc, op.created_at, op.payload)
    session.add(Resident(**row))
    session.flush()
    # A new resident has no tokens yet: nothing to delete, nothing to read back.
    tokens = token_rows(op.entity_id, _row_name(row))
    if tokens:
        session.execute(insert(ResidentNameToken.__table__), tokens)
    note_same_id(session, [row])


@bulk_applier("resident.created")
def _apply_created_many(session: Session, ops: list[Operation]) -> None:
    """A run of new residents: one multi-row INSERT of the residents, one of their tokens."""
    session.flush()
    rows = [resident_row(op.entity_id, op.hlc, op.created_at, op.payload) for op in ops]
    limits.check_values(Resident, rows)
    session.execute(insert(Resident.__table__), rows)
    tokens = [token for row in rows for token in token_rows(row["id"], _row_name(row))]
    if tokens:
        session.execute(insert(ResidentNameToken.__table__), tokens)
    note_same_id(session, rows)


def field_clock(resident: Resident, name: str) -> str:
    """The clock of a field's value: its last edit's, or the registration's; an empty value
    never edited has none (""), so that a merged duplicate's value is not lost to it."""
    if name in resident.field_clocks:
        return resident.field_clocks[name]
    value = getattr(resident, name)
    return resident.created_hlc if value not in (None, "") else ""


def _apply_fields(session: Session, resident: Resident, op: Operation) -> bool:
    """Last-writer-wins of op's fields on one row; whether the name changed. A replay skips a
    field a later edit writes again, as live application does (see `written_again`)."""
    clocks = dict(resident.field_clocks)
    name_changed = False
    for name, raw in op.payload.items():
        if name == BASE_KEY or oplog.written_again(session, op, name):
            continue
        if op.hlc > field_clock(resident, name):
            setattr(resident, name, _field_value(name, raw))
            clocks[name] = op.hlc
            name_changed |= name in {"first_name", "last_name"}
    resident.field_clocks = clocks
    resident.updated_at = max(resident.updated_at, op.created_at)
    return name_changed


@applier("resident.updated")
def _apply_updated(session: Session, op: Operation) -> None:
    resident = session.get(Resident, op.entity_id)
    detect_field_conflicts(session, op)
    merge = session.get(ResidentMerge, op.entity_id)
    if _apply_fields(session, resident, op) and merge is None:
        _set_tokens(session, resident)
    if merge is not None:
        # Edited elsewhere after it was merged (or before the station heard of the merge):
        # the edit counts for the resident it was merged into, by the same rule.
        survivor = session.get(Resident, merge.into_id)
        if _apply_fields(session, survivor, op):
            _set_tokens(session, survivor)


@applier("resident.viewed")
def _apply_viewed(session: Session, op: Operation) -> None:
    session.add(
        AccessLogEntry(
            id=op.id,
            user_id=op.user_id,
            resident_id=op.entity_id,
            station_id=op.station_id,
            at=op.created_at,
        )
    )


# --- search ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ResidentHit:
    """One search result. `personal` False: the caller's role is not shown the ID and date of
    birth (they are empty), only how to reach the resident."""

    id: uuid.UUID
    full_name: str
    national_id: str
    phone: str
    locality: str
    birth_date: dt.date | None
    personal: bool = True


def search_residents(
    session: Session, actor: Actor, query: str, limit: int = 30
) -> list[ResidentHit]:
    """Residents matching what the clerk typed: name words, ID digits or a phone number.

    Every name word must start a word of the name (final letters and niqqud ignored). Digits
    match the start of the ID or of a phone in any common format; for a role that is not shown
    IDs, only of a phone, so that an ID cannot be tried out either.
    """
    personal = require(session, actor.user_id, "resident.search").sees_personal
    query = (query or "").strip()
    if not query:
        return []
    digits = phone_digits(query)
    letters = [ch for ch in query if ch.isalpha()]
    if digits and not letters:
        ids = _ids_by_digits(session, query, digits, limit, by_id=personal)
    elif letters:
        ids = _ids_by_name(session, query, limit)
    else:
        return []
    if not ids:
        return []
    rows = session.execute(
        select(
            Resident.id,
            Resident.first_name,
            Resident.last_name,
            Resident.national_id,
            Resident.phone,
            Locality.name,
            Resident.birth_date,
        )
        .outerjoin(Locality, Locality.id == Resident.locality_id)
        .where(Resident.id.in_(ids), Resident.id.not_in(_merged_ids()))
    ).all()
    hits = [
        ResidentHit(
            rid,
            f"{first} {last}",
            national_id if personal else "",
            phone,
            loc or "",
            birth if personal else None,
            personal,
        )
        for rid, first, last, national_id, phone, loc, birth in rows
    ]
    typed = set(normalize_name(query).split()) if letters else set()
    # Whole typed words first: "כהן" lists Cohen before Cohana, then by name.
    hits.sort(
        key=lambda h: (
            -len(typed & set(normalize_name(h.full_name).split())),
            h.full_name,
            h.national_id,
        )
    )
    return hits


def _ids_by_digits(
    session: Session, raw: str, digits: str, limit: int, *, by_id: bool = True
) -> list[uuid.UUID]:
    id_digits = "".join(ch for ch in raw if ch.isdigit())
    found: list[uuid.UUID] = []
    prefixes = {id_digits, id_digits.zfill(9)} if by_id else set()
    if by_id and id_digits and not id_digits.startswith("0"):
        # An ID typed, whole or in part, without its leading zeros: 12345 may begin 012345...
        # or 0012345..., so each possible count of leading zeros is its own index range.
        prefixes.update("0" * zeros + id_digits for zeros in range(1, 10 - len(id_digits)))
    for prefix in prefixes:
        found += session.scalars(
            select(Resident.id)
            .where(
                Resident.national_id >= prefix, Resident.national_id < prefix_upper_bound(prefix)
            )
            .limit(limit)
        )
    if len(digits) >= 3:
        # A phone is kept with its leading 0; typed without it (501234567), it is found too.
        phones = {digits} if digits.startswith("0") else {digits, "0" + digits}
        for column, phone in itertools.product((Resident.phone, Resident.phone2), phones):
            found += session.scalars(
                select(Resident.id)
                .limit(limit)
                .where(column >= phone, column < prefix_upper_bound(phone))
            )
    return list(dict.fromkeys(found))[:limit]


def _range_size(session: Session, word: str, cap: int) -> int:
    """How many index entries start with `word`, counting no further than `cap`."""
    inner = (
        select(ResidentNameToken.resident_id)
        .where(ResidentNameToken.token >= word, ResidentNameToken.token < prefix_upper_bound(word))
        .limit(cap)
        .subquery()
    )
    return session.scalar(select(func.count()).select_from(inner)) or 0


def _ids_by_name(session: Session, query: str, limit: int) -> list[uuid.UUID]:
    words = list(dict.fromkeys(normalize_name(query).split(" ")))
    # The word with the narrowest index range drives the search; the others filter within it.
    # Counting is capped, so choosing costs little even for one-letter words.
    if len(words) == 1:
        driver = words[0]
    else:
        driver = min(words, key=lambda w: (_range_size(session, w, 300), -len(w)))
    others = [w for w in words if w != driver]
    stmt = select(ResidentNameToken.resident_id).where(
        ResidentNameToken.token >= driver, ResidentNameToken.token < prefix_upper_bound(driver)
    )
    for word in others:
        stmt = stmt.where(
            or_(
                ResidentNameToken.name_key.like(f"{word}%"),
                ResidentNameToken.name_key.like(f"% {word}%"),
            )
        )
    return list(dict.fromkeys(session.scalars(stmt.limit(limit * 2))))[:limit]


# --- the profile ----------------------------------------------------------------------------


@dataclass(frozen=True)
class OpenItem:
    case_number: str
    request_type: str
    department: str
    expected_date: dt.date
    status: str


@dataclass(frozen=True)
class PastCase:
    number: str
    opened_at: dt.datetime
    status: str
    owner: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class ResidentProfile:
    id: uuid.UUID
    national_id: str
    first_name: str
    last_name: str
    birth_date: dt.date | None
    age: int | None
    gender: str
    locality: str
    address: str
    phone: str
    phone2: str
    email: str
    preferred_channel: str
    language: str
    accessibility: str
    open_items: tuple[OpenItem, ...] = field(default=())
    past_cases: tuple[PastCase, ...] = field(default=())
    # False: the caller's role is not shown ID, date of birth (nor age) and accessibility needs;
    # those fields are empty.
    personal: bool = True

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def age_on(birth: dt.date | None, today: dt.date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


OPEN_STATUSES = ("received", "in_progress", "waiting_resident", "waiting_department")


def open_profile(session: Session, actor: Actor, resident_id: uuid.UUID) -> ResidentProfile:
    """The profile at a glance; the opening is written to the access log. A resident merged
    into another opens as that other one. Department staff open only residents with an item
    routed to their department, and without the fields that identify them on paper."""
    resident = session.get(Resident, survivor_of(session, resident_id))
    if resident is None:
        raise ResidentNotFound(phrase(RESIDENT_NOT_FOUND))
    work = session.execute(
        select(CaseItem.department_id, CaseItem.assignee_id, Case.owner_id)
        .join(Case, Case.id == CaseItem.case_id)
        .where(Case.resident_id == resident.id)
    ).all()
    caller = require_in_scope(
        session,
        actor.user_id,
        "resident.view",
        departments={d for d, _a, _o in work},
        people={p for _d, a, o in work for p in (a, o)},
    )
    record(session, actor, "resident.viewed", resident.id, {})
    # Department staff see their department's items of the resident, not the rest of their
    # dealings with the council.
    own = {caller.department_id} if caller.scope == Scope.DEPARTMENT else None
    return load_profile(session, resident, personal=caller.sees_personal, departments=own)


def load_profile(
    session: Session,
    resident: Resident,
    *,
    personal: bool,
    departments: set[uuid.UUID | None] | None = None,
) -> ResidentProfile:
    """The profile; `departments` None for every item, else only items routed there (and the
    cases that have one)."""
    locality = session.get(Locality, resident.locality_id) if resident.locality_id else None
    stmt = (
        select(CaseItem, Case.number, RequestType.name, Department.name)
        .join(Case, Case.id == CaseItem.case_id)
        .join(RequestType, RequestType.id == CaseItem.request_type_id)
        .join(Department, Department.id == CaseItem.department_id)
        .where(Case.resident_id == resident.id)
        .order_by(Case.created_at.desc(), CaseItem.position)
    )
    if departments is not None:
        stmt = stmt.where(CaseItem.department_id.in_(departments))
    item_rows = session.execute(stmt).all()
    open_items = tuple(
        OpenItem(number, type_name, dep_name, item.expected_date, item.status)
        for item, number, type_name, dep_name in item_rows
        if item.status in OPEN_STATUSES
    )
    open_items = tuple(sorted(open_items, key=lambda i: i.expected_date))
    items_by_case: dict[str, list[str]] = {}
    for _item, number, type_name, _dep in item_rows:
        items_by_case.setdefault(number, []).append(type_name)
    cases = session.execute(
        select(Case, User.full_name)
        .join(User, User.id == Case.owner_id)
        .where(Case.resident_id == resident.id)
        .order_by(Case.created_at.desc())
        .limit(50)
    ).all()
    past = tuple(
        PastCase(c.number, c.created_at, c.status, owner, tuple(items_by_case.get(c.number, [])))
        for c, owner in cases
        if departments is None or c.number in items_by_case
    )
    return ResidentProfile(
        id=resident.id,
        national_id=resident.national_id if personal else "",
        first_name=resident.first_name,
        last_name=resident.last_name,
        birth_date=resident.birth_date if personal else None,
        age=age_on(resident.birth_date, clock.local_today()) if personal else None,
        gender=resident.gender,
        locality=locality.name if locality else "",
        address=resident.address,
        phone=resident.phone,
        phone2=resident.phone2,
        email=resident.email,
        preferred_channel=resident.preferred_channel,
        language=resident.language,
        accessibility=resident.accessibility if personal else "",
        open_items=open_items,
        past_cases=past,
        personal=personal,
    )


def access_log(
    session: Session, actor: Actor, resident_id: uuid.UUID
) -> list[tuple[dt.datetime, str]]:
    require(session, actor.user_id, "resident.access_log")
    rows = session.execute(
        select(AccessLogEntry.at, User.full_name)
        .join(User, User.id == AccessLogEntry.user_id)
        .where(AccessLogEntry.resident_id == resident_id)
        .order_by(AccessLogEntry.at)
    )
    return [(at, name) for at, name in rows]
