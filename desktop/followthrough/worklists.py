"""What each person has to do: a department's inbox, the owner's cases and tasks.

Each list is its reader's own: `user_id` is the caller, checked against the permission table."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, false, func, or_, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.permissions import require
from desktop.core.textsearch import name_tokens, normalize_name, prefix_upper_bound
from desktop.followthrough.absence import covered_by
from desktop.followthrough.items import OPEN
from desktop.models import (
    Case,
    CaseItem,
    CaseSeen,
    Department,
    RequestType,
    Resident,
    ResidentNameToken,
    Task,
    User,
)


@dataclass(frozen=True)
class InboxFilter:
    text: str = ""
    status: str = ""  # "" for every open status
    overdue_only: bool = False
    due_today_only: bool = False


@dataclass(frozen=True)
class InboxRow:
    item_id: uuid.UUID
    case_number: str
    resident: str
    request_type: str
    department: str
    expected_date: dt.date
    status: str
    handoffs: int
    slips: int
    assignee: str
    overdue: bool
    due_today: bool


def _text_match(session: Session, text: str):  # noqa: ANN202
    """Items whose case number, request type or resident's name matches what was typed. Each
    part uses an index or a small table: name words by prefix over the name tokens (every word
    must match), request types in memory, case numbers only when a digit was typed."""
    parts = []
    words = name_tokens(text)
    if words:
        residents = select(ResidentNameToken.resident_id).where(
            ResidentNameToken.token >= words[0],
            ResidentNameToken.token < prefix_upper_bound(words[0]),
        )
        for word in words[1:]:
            residents = residents.where(
                ResidentNameToken.resident_id.in_(
                    select(ResidentNameToken.resident_id).where(
                        ResidentNameToken.token >= word,
                        ResidentNameToken.token < prefix_upper_bound(word),
                    )
                )
            )
        parts.append(CaseItem.case_id.in_(select(Case.id).where(Case.resident_id.in_(residents))))
        key = normalize_name(text)
        type_ids = [
            i
            for i, search_key in session.execute(select(RequestType.id, RequestType.search_key))
            if key in (search_key or "")
        ]
        if type_ids:
            parts.append(CaseItem.request_type_id.in_(type_ids))
    if any(ch.isdigit() for ch in text):
        parts.append(
            CaseItem.case_id.in_(select(Case.id).where(Case.number.like(f"%{text.upper()}%")))
        )
    return or_(*parts) if parts else false()


def _inbox_where(session: Session, user: User, flt: InboxFilter, today: dt.date):  # noqa: ANN202
    """Conditions on the item alone, so that the page and the count need no join."""
    people = covered_by(session, user.id, today)
    departments = [user.department_id] if user.department_id else []
    if departments:
        # Items of the department not given to a person; those given to a person who is away
        # reach whoever stands in for them.
        dept_ids = session.scalars(select(User.department_id).where(User.id.in_(people))).all()
        departments = list({d for d in dept_ids if d} | set(departments))
    mine = or_(
        CaseItem.assignee_id.in_(people),
        and_(CaseItem.department_id.in_(departments), CaseItem.assignee_id.is_(None)),
    )
    where = [mine, CaseItem.status.in_([flt.status] if flt.status else OPEN)]
    if flt.overdue_only:
        where.append(CaseItem.expected_date < today)
    if flt.due_today_only:
        where.append(CaseItem.expected_date == today)
    if flt.text.strip():
        where.append(_text_match(session, flt.text.strip()))
    return where


def inbox(
    session: Session,
    user_id: uuid.UUID,
    flt: InboxFilter = InboxFilter(),  # noqa: B008
    *,
    offset: int = 0,
    limit: int = 200,
    today: dt.date | None = None,
) -> list[InboxRow]:
    """Open items routed to the user's department or to them, by expected date. The page of
    item ids is picked from the items alone; only those rows are joined for display."""
    require(session, user_id, "work.own")
    today = today or clock.local_today()
    user = session.get(User, user_id)
    page = (
        select(CaseItem.id)
        .where(*_inbox_where(session, user, flt, today))
        .order_by(CaseItem.expected_date, CaseItem.created_at, CaseItem.id)
        .offset(offset)
        .limit(limit)
        .subquery()
    )
    stmt = (
        select(
            CaseItem.id,
            Case.number,
            Resident.first_name,
            Resident.last_name,
            RequestType.name,
            Department.name,
            CaseItem.expected_date,
            CaseItem.status,
            CaseItem.handoffs,
            CaseItem.slips,
            User.full_name,
        )
        .join(page, page.c.id == CaseItem.id)
        .join(Case, Case.id == CaseItem.case_id)
        .join(Resident, Resident.id == Case.resident_id)
        .join(RequestType, RequestType.id == CaseItem.request_type_id)
        .join(Department, Department.id == CaseItem.department_id)
        .outerjoin(User, User.id == CaseItem.assignee_id)
        .order_by(CaseItem.expected_date, CaseItem.created_at, CaseItem.id)
    )
    return [
        InboxRow(
            i,
            number,
            f"{first} {last}",
            rtype,
            dep,
            expected,
            status,
            handoffs,
            slips,
            assignee or "",
            expected < today,
            expected == today,
        )
        for i, number, first, last, rtype, dep, expected, status, handoffs, slips, assignee in session.execute(
            stmt
        )
    ]


def inbox_count(
    session: Session,
    user_id: uuid.UUID,
    flt: InboxFilter = InboxFilter(),  # noqa: B008
    today: dt.date | None = None,
) -> int:
    require(session, user_id, "work.own")
    today = today or clock.local_today()
    user = session.get(User, user_id)
    stmt = (
        select(func.count()).select_from(CaseItem).where(*_inbox_where(session, user, flt, today))
    )
    return session.scalar(stmt) or 0


# --- the owner ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OwnedCase:
    id: uuid.UUID
    number: str
    resident: str
    status: str
    opened_at: dt.datetime
    updated_at: dt.datetime | None
    open_items: int
    changed: bool  # updated since the owner last looked


def my_cases(session: Session, user_id: uuid.UUID, include_closed: bool = False) -> list[OwnedCase]:
    require(session, user_id, "work.own")
    owners = covered_by(session, user_id)
    open_items = (
        select(CaseItem.case_id, func.count().label("n"))
        .where(CaseItem.status.in_(OPEN))
        .group_by(CaseItem.case_id)
        .subquery()
    )
    stmt = (
        select(Case, Resident.first_name, Resident.last_name, open_items.c.n, CaseSeen.seen_at)
        .join(Resident, Resident.id == Case.resident_id)
        .outerjoin(open_items, open_items.c.case_id == Case.id)
        .outerjoin(CaseSeen, and_(CaseSeen.case_id == Case.id, CaseSeen.user_id == user_id))
        .where(Case.owner_id.in_(owners))
        .order_by(Case.status.desc(), Case.updated_at.desc().nulls_last(), Case.created_at.desc())
    )
    if not include_closed:
        stmt = stmt.where(Case.status != "closed")
    return [
        OwnedCase(
            c.id,
            c.number,
            f"{first} {last}",
            c.status,
            c.created_at,
            c.updated_at,
            n or 0,
            c.updated_at is not None and (seen is None or c.updated_at > seen),
        )
        for c, first, last, n, seen in session.execute(stmt)
    ]


def mark_seen(session: Session, user_id: uuid.UUID, case_id: uuid.UUID) -> None:
    """Local bookkeeping, not an operation: what this user has looked at on this station."""
    require(session, user_id, "work.own")
    row = session.get(CaseSeen, (user_id, case_id))
    now = clock.utcnow()
    if row is None:
        session.add(CaseSeen(user_id=user_id, case_id=case_id, seen_at=now))
    else:
        row.seen_at = now


@dataclass(frozen=True)
class TaskRow:
    id: uuid.UUID
    kind: str
    case_number: str
    resident: str
    resident_phone: str
    preferred_channel: str
    item: str
    outcome: str  # of the item, what to tell the resident
    due_date: dt.date
    owner: str
    attempts_note: str


def my_tasks(session: Session, user_id: uuid.UUID, today: dt.date | None = None) -> list[TaskRow]:
    """Open callbacks and follow-ups of the user, and of anyone they stand in for today."""
    require(session, user_id, "work.own")
    today = today or clock.local_today()
    owners = covered_by(session, user_id, today)
    stmt = (
        select(Task, Case.number, Resident, User.full_name, CaseItem.outcome, RequestType.name)
        .join(Case, Case.id == Task.case_id)
        .join(Resident, Resident.id == Case.resident_id)
        .join(User, User.id == Task.owner_id)
        .outerjoin(CaseItem, CaseItem.id == Task.item_id)
        .outerjoin(RequestType, RequestType.id == CaseItem.request_type_id)
        .where(Task.owner_id.in_(owners), Task.done_at.is_(None))
        .order_by(Task.due_date, Task.created_at)
    )
    return [
        TaskRow(
            t.id,
            t.kind,
            number,
            r.full_name,
            r.phone,
            r.preferred_channel,
            rtype or "",
            outcome or "",
            t.due_date,
            owner,
            t.outcome,
        )
        for t, number, r, owner, outcome, rtype in session.execute(stmt)
    ]
