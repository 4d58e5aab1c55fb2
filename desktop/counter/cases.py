"""Cases: one visit of a resident with its items, each routed to a department with a date."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.calendar import add_business_days, is_business_day
from desktop.core.errors import CaseNotFound, ResidentNotFound, ValidationError
from desktop.core.numbering import next_case_number, normalize_case_number
from desktop.core.oplog import (
    Actor,
    applier,
    entity_history,
    parse_date,
    parse_dt,
    readable,
    record,
)
from desktop.core.permissions import Caller, require, require_in_scope
from desktop.counter.reference import request_type
from desktop.models import Case, CaseItem, Department, Operation, RequestType, Resident, User
from desktop.phrases import Labels, phrase

LOCAL_TZ = ZoneInfo(clock.LOCAL_TZ_NAME)

# Said in the user's language when read. What a resident reads (a Hebrew receipt or message)
# takes the Hebrew itself: dict.get(ITEM_STATUS_LABELS, status).
ITEM_STATUS_LABELS = Labels(
    {
        "received": "התקבלה",
        "in_progress": "בטיפול",
        "waiting_resident": "ממתינה לתושב/ת",
        "waiting_department": "ממתינה למחלקה אחרת",
        "done": "הושלמה",
        "cannot": "לא ניתן לבצע",
    }
)
CASE_STATUS_LABELS = Labels({"open": "פתוחה", "closed": "סגורה"})

OP_LABELS = Labels(
    {
        "case.opened": "הפנייה נפתחה",
        "case.item_added": "נוסף פריט",
        "item.status_updated": "עדכון מצב",
        "item.handed_off": "העברה",
        "task.created": "נוצרה משימה",
        "task.attempted": "ניסיון התקשרות",
        "task.completed": "משימה בוצעה",
        "case.closed": "הפנייה נסגרה",
        "outbox.queued": "הודעה לתושב/ת",
        "outbox.sent": "הודעה נשלחה",
        "lobby.checked_in": "הגעה ללובי",
        "lobby.called": "נקרא/ה לעמדה",
        "lobby.recalled": "נקרא/ה שוב לעמדה",
        "lobby.ended": "השירות בדלפק הסתיים",
    }
)


@dataclass(frozen=True)
class ItemDraft:
    """One request of the visit as the clerk chose it."""

    request_type_id: uuid.UUID
    description: str = ""
    department_id: uuid.UUID | None = None  # None: the catalogue's department


def expected_date_for(
    sla_days: int, start: dt.date | None = None, statutory_days: int | None = None
) -> dt.date:
    """The service level in business days from `start`; never past the law's limit in
    calendar days when the request type has one (then the last business day before it, when
    the limit falls on a day off)."""
    start = start or clock.local_today()
    expected = add_business_days(start, sla_days)
    if statutory_days is not None:
        limit = start + dt.timedelta(days=statutory_days)
        while limit > start and not is_business_day(limit):
            limit -= dt.timedelta(days=1)
        expected = min(expected, limit)
    return expected


# Run when an earlier opening of a case arrives after a later one (the scan's, made in two
# villages): work above the counter whose owner follows the opening (followthrough.items).
_REOPENED: list[Callable[[Session, Case], None]] = []


def reopened(fn: Callable[[Session, Case], None]) -> Callable[[Session, Case], None]:
    _REOPENED.append(fn)
    return fn


@applier("case.opened")
def _apply_case_opened(session: Session, op: Operation) -> None:
    # A case may be opened twice under one id: the proactive scan run in two villages before
    # they sync (extras.outreach). The earliest opening by clock gives the number, station and
    # times on every database, whatever order they arrive in; the owner is the latest move's.
    case = session.get(Case, op.entity_id)
    if case is not None:
        first = entity_history(session, op, ("case.opened",))[0]
        if first.id != op.id:
            return
        moves = entity_history(session, op, ("case.reassigned",))
        moves = [m for m in moves if m.kind == "case.reassigned"]
        case.owner_id = uuid.UUID((moves[-1] if moves else op).payload["owner_id"])
        _opening(case, op)
        for fn in _REOPENED:
            fn(session, case)
        return
    case = Case(
        id=op.entity_id,
        resident_id=uuid.UUID(op.payload["resident_id"]),
        owner_id=uuid.UUID(op.payload["owner_id"]),
        status="open",
    )
    _opening(case, op)
    session.add(case)


def _opening(case: Case, op: Operation) -> None:
    p = op.payload
    case.number, case.station_id = p["number"], op.station_id
    case.arrived_at = parse_dt(p["arrived_at"])
    case.service_started_at = parse_dt(p["service_started_at"])
    case.service_ended_at = parse_dt(p.get("service_ended_at"))
    case.created_at = op.created_at


@applier("case.item_added")
def _apply_item_added(session: Session, op: Operation) -> None:
    p = op.payload
    item = session.get(CaseItem, op.entity_id)
    if item is None:
        session.add(
            CaseItem(
                id=op.entity_id,
                case_id=uuid.UUID(p["case_id"]),
                position=p["position"],
                request_type_id=uuid.UUID(p["request_type_id"]),
                department_id=uuid.UUID(p["department_id"]),
                description=p["description"],
                next_steps=p["next_steps"],
                documents=p["documents"],
                expected_date=parse_date(p["expected_date"]),
                status="received",
                created_at=op.created_at,
            )
        )
        return
    # The same item added in two villages (a scan's case, see above): the earliest by clock
    # gives what the item was opened with; what later operations changed stays theirs.
    if entity_history(session, op, ("case.item_added",))[0].id != op.id:
        return
    item.position, item.request_type_id = p["position"], uuid.UUID(p["request_type_id"])
    item.description, item.documents = p["description"], p["documents"]
    item.created_at = op.created_at
    later = {o.kind for o in entity_history(session, op, _ITEM_CHANGES)}
    if not later & {"item.handed_off", "item.reassigned"}:
        item.department_id = uuid.UUID(p["department_id"])
    if "item.status_updated" not in later:
        item.next_steps, item.expected_date = p["next_steps"], parse_date(p["expected_date"])


_ITEM_CHANGES = ("case.item_added", "item.handed_off", "item.reassigned", "item.status_updated")


def open_case(
    session: Session,
    actor: Actor,
    resident_id: uuid.UUID,
    items: list[ItemDraft],
    *,
    service_started_at: dt.datetime,
    arrived_at: dt.datetime | None = None,
    now: dt.datetime | None = None,
    case_id: uuid.UUID | None = None,
) -> Case:
    """Save the whole visit as one case owned by the clerk; service ends now.

    `case_id`: an id derived from what the case is for (the proactive scan's finding), so that
    two villages opening it apart open one case; its items' ids then follow from it too.
    """
    require(session, actor.user_id, "case.open")  # a logged-in user of the counter
    if session.get(Resident, resident_id) is None:
        raise ResidentNotFound(phrase("התושב/ת לא נמצא/ה."))
    if not items:
        raise ValidationError(phrase("יש להוסיף לפנייה לפחות נושא אחד."))
    now = now or clock.utcnow()
    today = now.astimezone(LOCAL_TZ).date()
    number = next_case_number(session, actor.station_code, today.year)
    derived = case_id is not None
    case_id = case_id or clock.new_id()
    record(
        session,
        actor,
        "case.opened",
        case_id,
        {
            "number": number,
            "resident_id": resident_id,
            "owner_id": actor.user_id,
            "arrived_at": arrived_at or service_started_at,
            "service_started_at": service_started_at,
            "service_ended_at": now,
        },
        now=now,
    )
    for position, item in enumerate(items, start=1):
        rt = request_type(session, item.request_type_id)
        record(
            session,
            actor,
            "case.item_added",
            uuid.uuid5(case_id, f"item|{position}") if derived else clock.new_id(),
            {
                "case_id": case_id,
                "position": position,
                "request_type_id": rt.id,
                "department_id": item.department_id or rt.department_id,
                "description": item.description.strip(),
                "next_steps": list(rt.steps),
                "documents": list(rt.documents),
                "expected_date": expected_date_for(rt.sla_days, today, rt.statutory_days),
            },
            now=now,
        )
    return session.get(Case, case_id)


# --- reading cases --------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemView:
    id: uuid.UUID
    position: int
    request_type: str
    department: str
    department_phone: str
    description: str
    next_steps: tuple[str, ...]
    documents: tuple[str, ...]
    expected_date: dt.date
    status: str
    outcome: str = ""
    handoffs: int = 0


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    who: str
    kind: str
    text: str


@dataclass(frozen=True)
class CaseView:
    id: uuid.UUID
    number: str
    resident_id: uuid.UUID
    resident_name: str
    resident_national_id: str
    owner_name: str
    owner_phone: str
    owner_email: str
    status: str
    arrived_at: dt.datetime
    service_started_at: dt.datetime
    service_ended_at: dt.datetime | None
    created_at: dt.datetime
    items: tuple[ItemView, ...]
    # False: the caller's role is not shown the resident's ID (resident_national_id is empty).
    personal: bool = True

    def as_json(self) -> dict:
        return {
            "number": self.number,
            "resident": {"name": self.resident_name, "national_id": self.resident_national_id},
            "owner": {
                "name": self.owner_name,
                "phone": self.owner_phone,
                "email": self.owner_email,
            },
            "status": self.status,
            "arrived_at": self.arrived_at.isoformat(),
            "service_started_at": self.service_started_at.isoformat(),
            "service_ended_at": self.service_ended_at.isoformat()
            if self.service_ended_at
            else None,
            "items": [
                {
                    "position": i.position,
                    "request_type": i.request_type,
                    "department": i.department,
                    "description": i.description,
                    "next_steps": list(i.next_steps),
                    "documents": list(i.documents),
                    "expected_date": i.expected_date.isoformat(),
                    "status": i.status,
                }
                for i in self.items
            ],
        }


def _items_of(session: Session, case_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[ItemView]]:
    rows = session.execute(
        select(CaseItem, RequestType.name, Department.name, Department.phone)
        .join(RequestType, RequestType.id == CaseItem.request_type_id)
        .join(Department, Department.id == CaseItem.department_id)
        .where(CaseItem.case_id.in_(case_ids))
        .order_by(CaseItem.position)
    )
    out: dict[uuid.UUID, list[ItemView]] = {}
    for item, type_name, dep_name, dep_phone in rows:
        out.setdefault(item.case_id, []).append(
            ItemView(
                item.id,
                item.position,
                type_name,
                dep_name,
                dep_phone,
                item.description,
                tuple(item.next_steps),
                tuple(item.documents),
                item.expected_date,
                item.status,
                item.outcome,
                item.handoffs,
            )
        )
    return out


def _views(session: Session, stmt, *, personal: bool) -> list[CaseView]:  # noqa: ANN001
    rows = session.execute(stmt).all()
    items = _items_of(session, [c.id for c, _r, _u in rows])
    return [
        CaseView(
            c.id,
            c.number,
            r.id,
            r.full_name,
            r.national_id if personal else "",
            u.full_name,
            u.phone,
            u.email,
            c.status,
            c.arrived_at,
            c.service_started_at,
            c.service_ended_at,
            c.created_at,
            tuple(items.get(c.id, [])),
            personal,
        )
        for c, r, u in rows
    ]


def _case_select():  # noqa: ANN202
    return (
        select(Case, Resident, User)
        .join(Resident, Resident.id == Case.resident_id)
        .join(User, User.id == Case.owner_id)
    )


def list_cases(session: Session, actor: Actor, limit: int | None = None) -> list[CaseView]:
    caller = require(session, actor.user_id, "case.list")
    stmt = _case_select().order_by(Case.created_at.desc(), Case.number.desc())
    if limit:
        stmt = stmt.limit(limit)
    return _views(session, stmt, personal=caller.sees_personal)


def case_scope(session: Session, case_id: uuid.UUID) -> tuple[set, set]:
    """The departments a case's items are routed to, and the people who own or hold its work."""
    rows = session.execute(
        select(CaseItem.department_id, CaseItem.assignee_id).where(CaseItem.case_id == case_id)
    ).all()
    owner = session.scalar(select(Case.owner_id).where(Case.id == case_id))
    return {d for d, _a in rows}, {owner, *(a for _d, a in rows)}


def _case_reader(session: Session, actor: Actor, case_id: uuid.UUID) -> Caller:
    departments, people = case_scope(session, case_id)
    return require_in_scope(
        session, actor.user_id, "case.read", departments=departments, people=people
    )


def get_case(session: Session, actor: Actor, number: str) -> CaseView:
    """One case with its items, for the owner, the departments its items are routed to and
    the counter; the resident's ID only for the roles shown it."""
    require(session, actor.user_id, "case.read")
    number = normalize_case_number(number)
    case_id = session.scalar(select(Case.id).where(Case.number == number))
    if case_id is None:
        raise CaseNotFound(phrase("לא נמצאה פנייה שמספרה {number}.").format(number=number))
    caller = _case_reader(session, actor, case_id)
    stmt = _case_select().where(Case.id == case_id)
    return _views(session, stmt, personal=caller.sees_personal)[0]


def timeline(session: Session, actor: Actor, case: CaseView) -> list[TimelineEntry]:
    """Who did what and when, read from the operation log: the case, its items and tasks."""
    from desktop.models import LobbyVisit, OutboxMessage, Task

    _case_reader(session, actor, case.id)

    task_ids = session.scalars(select(Task.id).where(Task.case_id == case.id)).all()
    message_ids = session.scalars(
        select(OutboxMessage.id).where(OutboxMessage.case_id == case.id)
    ).all()
    # The lobby visit the case was opened for: arrival, call and end are the case's journey.
    visit_ids = session.scalars(select(LobbyVisit.id).where(LobbyVisit.case_id == case.id)).all()
    entity_ids = [case.id, *(i.id for i in case.items), *task_ids, *message_ids, *visit_ids]
    rows = session.execute(
        select(Operation, User.full_name)
        .outerjoin(User, User.id == Operation.user_id)
        .where(or_(Operation.entity_id.in_(entity_ids)))
        .order_by(Operation.hlc)
    )
    names = {i.id: i.request_type for i in case.items}
    departments = {d.id: d.name for d in session.scalars(select(Department))}
    rows = rows.all()
    people: dict = {}
    if any(op.kind in _MOVES for op, _who in rows):
        people = dict(session.execute(select(User.id, User.full_name)).all())
    return [
        TimelineEntry(
            op.created_at, who or "", op.kind, readable(_describe, op, names, departments, people)
        )
        for op, who in rows
    ]


_MOVES = ("item.reassigned", "case.reassigned")


def _person(people: dict, raw: str | None) -> str:
    return people.get(uuid.UUID(raw), "?") if raw else ""


def _describe(op: Operation, names: dict, departments: dict, people: dict | None = None) -> str:
    people = people or {}
    label = OP_LABELS.get(op.kind, op.kind)
    p = op.payload
    item_ref = p.get("item_id")
    subject = names.get(op.entity_id) or (names.get(uuid.UUID(item_ref)) if item_ref else None)
    text = f"{label}: {subject}" if subject else label
    if op.kind == "item.status_updated":
        text += f" - {ITEM_STATUS_LABELS.get(p['status'], p['status'])}"
        if p.get("outcome"):
            text += f". {p['outcome']}"
        else:
            text += ". " + phrase("הצעד הבא: {step}; צפוי {date}").format(
                step=p["next_step"], date=f"{parse_date(p['expected_date']):%d/%m/%Y}"
            )
            if p.get("slipped"):
                text += " " + phrase("(נדחה מ-{date})").format(
                    date=f"{parse_date(p['previous_expected']):%d/%m/%Y}"
                )
    elif op.kind == "item.handed_off":
        text += " " + phrase("ל{department} (העברה {number}). סיבה: {reason}").format(
            department=departments.get(uuid.UUID(p["department_id"]), "?"),
            number=p["number"],
            reason=p["reason"],
        )
    elif op.kind == "item.reassigned":
        where = departments.get(uuid.UUID(p["department_id"]), "?")
        if p.get("user_id"):
            where += f" - {_person(people, p['user_id'])}"
        text += " " + phrase("ל{where}. סיבה: {reason}").format(where=where, reason=p["reason"])
    elif op.kind == "case.reassigned":
        text += " " + phrase("מ{before} ל{after}. סיבה: {reason}").format(
            before=_person(people, p["from_owner_id"]),
            after=_person(people, p["owner_id"]),
            reason=p["reason"],
        )
    elif op.kind == "task.created":
        callback = p["kind"] == "callback"
        kind = phrase("שיחה חוזרת לתושב/ת") if callback else phrase("שיחת מעקב")
        text = phrase("{label}: {kind} עד {date}").format(
            label=label, kind=kind, date=f"{parse_date(p['due_date']):%d/%m/%Y}"
        )
    elif op.kind == "lobby.checked_in":
        text += " " + phrase("(תור {ticket})").format(ticket=p["ticket"])
        if p.get("priority", "none") != "none":
            text += ", " + phrase("בקדימות: {reason}").format(reason=p["priority_reason"])
    elif op.kind in ("lobby.called", "lobby.recalled"):
        text += f" {p['counter']}"
    elif op.kind in ("task.completed", "task.attempted"):
        text += f" - {p['note']}"
        if p.get("satisfaction"):
            text += " " + phrase("(שביעות רצון {score}/5)").format(score=p["satisfaction"])
    return text
