"""Moving work: a supervisor reassigns items (one, a selection, or everything a person holds)
to another person or department, and the ownership of cases the same way.

Every moved item or case is one operation (`item.reassigned`, `case.reassigned`) with its own
entity, so each case's timeline shows the move. Thousands of moves are written in one
transaction: the operations in bulk and the state by set-based updates built from the same
helpers the appliers use (a test checks the result equals a replay of the log). The new
assignee and the case owner are notified.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import case as sql_case
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.oplog import Actor, applier, entity_history, record_bulk, uuid_or_none
from desktop.core.permissions import require
from desktop.counter.cases import reopened
from desktop.followthrough.items import (
    FINAL,
    ITEM_MOVES,
    owner_at,
    owner_notification_id,
    settle_task_owner,
)
from desktop.models import (
    Case,
    CaseItem,
    Department,
    Notification,
    Operation,
    RequestType,
    Task,
    User,
)
from desktop.phrases import phrase
from desktop.supervision.board import open_items

_NS = uuid.UUID("5d0c4f7e-8a1b-4c3d-9e2f-7a6b5c4d3e21")
_CHUNK = 500  # ids per IN (...) list


@dataclass(frozen=True)
class Reassigned:
    moved: int
    skipped: int  # finished, or already where they were sent


def _derived_id(op_id: uuid.UUID | str, what: str) -> uuid.UUID:
    """Notifications get ids from their operation, so every database makes the same ones."""
    return uuid.uuid5(_NS, f"{op_id}|{what}")


def _settle_moved_news(session: Session, case: Case) -> None:
    """The owner's news of the case's items moved by a supervisor goes to the owner by clock
    of each move, after an earlier opening of the case arrived late (see cases.reopened)."""
    session.flush()
    moves = session.scalars(
        select(Operation).where(
            Operation.kind == "item.reassigned",
            Operation.entity_id.in_(select(CaseItem.id).where(CaseItem.case_id == case.id)),
        )
    )
    for move in moves:
        note = session.get(Notification, _derived_id(move.id, "owner"))
        if note is not None:
            note.user_id = owner_at(session, case, move.hlc)


reopened(_settle_moved_news)


def _chunks(values: Sequence, size: int = _CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise ValidationError(phrase("יש לכתוב את סיבת ההעברה."), field="reason")
    return reason


def _active_user(session: Session, user_id: uuid.UUID, field: str) -> User:
    user = session.get(User, user_id)
    if user is None or not user.active:
        raise ValidationError(phrase("העובד/ת שנבחר/ה אינו/ה פעיל/ה במערכת."), field=field)
    return user


# --- notifications, shared by the appliers and the bulk path ------------------------------------


# The notifications' texts are written by the appliers and kept alike in every database, so they
# are Hebrew whatever the reader's language; with names and the reason filled in, they are shown
# as written.
_ITEM_TO_YOU = "{type}: הועבר אליך לטיפול. סיבה: {reason}"  # data: stored alike in every db
_ITEM_MOVED = "{type}: הועבר ל{where}. סיבה: {reason}"  # data: stored alike in every db
_CASE_TO_YOU = "הפנייה הועברה לאחריותך. סיבה: {reason}"  # data: stored alike in every db
_CASE_MOVED = "הפנייה הועברה לאחריות {name}. סיבה: {reason}"  # data: stored alike in every db


def _notification(
    op_id: uuid.UUID | str,
    what: str,
    user_id: uuid.UUID,
    case_id: uuid.UUID,
    item_id: uuid.UUID | None,
    text: str,
    at: dt.datetime,
) -> dict:
    return {
        "id": _derived_id(op_id, what),
        "user_id": user_id,
        "case_id": case_id,
        "item_id": item_id,
        "kind": "reassigned",
        "text": text,
        "created_at": at,
        "read_at": None,
    }


def _where_to(department: str, person: str | None) -> str:
    return f"{department} - {person}" if person else department


def _item_notifications(
    op_id: uuid.UUID | str,
    at: dt.datetime,
    payload: dict,
    *,
    item_id: uuid.UUID,
    owner_id: uuid.UUID,
    type_name: str,
    department: str,
    person: str | None,
) -> list[dict]:
    case_id = uuid.UUID(str(payload["case_id"]))
    reason = payload["reason"]
    assignee = uuid_or_none(payload.get("user_id"))
    rows = []
    if assignee is not None:
        rows.append(
            _notification(
                op_id,
                "assignee",
                assignee,
                case_id,
                item_id,
                _ITEM_TO_YOU.format(type=type_name, reason=reason),
                at,
            )
        )
    if owner_id != assignee:
        rows.append(
            _notification(
                op_id,
                "owner",
                owner_id,
                case_id,
                item_id,
                _ITEM_MOVED.format(
                    type=type_name, where=_where_to(department, person), reason=reason
                ),
                at,
            )
        )
    return rows


def _case_notifications(
    op_id: uuid.UUID | str,
    at: dt.datetime,
    payload: dict,
    *,
    case_id: uuid.UUID,
    new_owner_name: str,
) -> list[dict]:
    reason = payload["reason"]
    new_owner = uuid.UUID(str(payload["owner_id"]))
    previous = uuid.UUID(str(payload["from_owner_id"]))
    return [
        _notification(
            op_id, "owner", new_owner, case_id, None, _CASE_TO_YOU.format(reason=reason), at
        ),
        _notification(
            op_id,
            "previous",
            previous,
            case_id,
            None,
            _CASE_MOVED.format(name=new_owner_name, reason=reason),
            at,
        ),
    ]


# --- appliers (replay and sync) ---------------------------------------------------------------


@applier("item.reassigned")
def _apply_item_reassigned(session: Session, op: Operation) -> None:
    p = op.payload
    item = session.get(CaseItem, op.entity_id)
    case = session.get(Case, item.case_id)
    # A handoff or another move made elsewhere may arrive after this one: the latest by clock
    # holds on every database (see oplog.entity_history).
    latest = entity_history(session, op, ITEM_MOVES)[-1].payload
    item.department_id = uuid.UUID(latest["department_id"])
    item.assignee_id = uuid_or_none(latest.get("user_id"))
    item.updated_at = max(item.updated_at or op.created_at, op.created_at)
    case.updated_at = max(case.updated_at or op.created_at, op.created_at)
    # The notification tells where this move sent it.
    assignee = uuid_or_none(p.get("user_id"))
    person = session.get(User, assignee).full_name if assignee else None
    for row in _item_notifications(
        op.id,
        op.created_at,
        p,
        item_id=item.id,
        owner_id=case.owner_id,
        type_name=session.get(RequestType, item.request_type_id).name,
        department=session.get(Department, uuid.UUID(p["department_id"])).name,
        person=person,
    ):
        session.add(Notification(**row))


@applier("case.reassigned")
def _apply_case_reassigned(session: Session, op: Operation) -> None:
    p = op.payload
    case = session.get(Case, op.entity_id)
    new_owner = uuid.UUID(p["owner_id"])
    # Two moves of one case made apart: the latest by clock owns it on every database.
    case.owner_id = uuid.UUID(
        entity_history(session, op, ("case.reassigned",))[-1].payload["owner_id"]
    )
    case.updated_at = max(case.updated_at or op.created_at, op.created_at)
    # The owner's calls still to make go with the case (see settle_task_owner).
    for task in session.scalars(select(Task).where(Task.case_id == case.id)):
        settle_task_owner(session, task, op)
    # News of the case's items made after this move by clock, but applied here before it,
    # went to the owner of the time they were applied: give them to the owner by clock.
    session.flush()
    later = session.scalars(
        select(Operation).where(
            Operation.entity_id.in_(select(CaseItem.id).where(CaseItem.case_id == case.id)),
            Operation.hlc > op.hlc,
        )
    )
    for change in later:
        note = session.get(Notification, owner_notification_id(change.id))
        if note is not None:
            note.user_id = owner_at(session, case, change.hlc)
    for row in _case_notifications(
        op.id,
        op.created_at,
        p,
        case_id=case.id,
        new_owner_name=session.get(User, new_owner).full_name,
    ):
        session.add(Notification(**row))


# --- items ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Target:
    department_id: uuid.UUID | None  # None: each item keeps its department
    user_id: uuid.UUID | None


def _target(
    session: Session, user_id: uuid.UUID | None, department_id: uuid.UUID | None
) -> _Target:
    if user_id is None and department_id is None:
        raise ValidationError(phrase("יש לבחור למי להעביר: עובד/ת או מחלקה."), field="target")
    if department_id is not None and session.get(Department, department_id) is None:
        raise ValidationError(phrase("המחלקה לא נמצאה."), field="department")
    if user_id is not None:
        user = _active_user(session, user_id, "user")
        if department_id is not None and user.department_id not in (None, department_id):
            raise ValidationError(phrase("העובד/ת אינו/ה שייך/ת למחלקה שנבחרה."), field="user")
        department_id = department_id or user.department_id
    return _Target(department_id, user_id)


def reassign_items(
    session: Session,
    actor: Actor,
    item_ids: Sequence[uuid.UUID],
    *,
    reason: str,
    to_user_id: uuid.UUID | None = None,
    to_department_id: uuid.UUID | None = None,
) -> Reassigned:
    """Move the chosen items to a person (in their department) or to a department's shared
    queue. Finished items and items already there are skipped and counted."""
    require(session, actor.user_id, "work.reassign")
    reason = _reason(reason)
    target = _target(session, to_user_id, to_department_id)
    if not item_ids:
        raise ValidationError(phrase("לא נבחרו פריטים להעברה."), field="items")
    session.flush()
    rows = []
    for chunk in _chunks(list(dict.fromkeys(item_ids))):
        rows += session.execute(_item_select().where(CaseItem.id.in_(chunk))).all()
    return _move_items(session, actor, rows, target, reason, requested=len(set(item_ids)))


def reassign_person_items(
    session: Session,
    actor: Actor,
    from_user_id: uuid.UUID,
    *,
    reason: str,
    to_user_id: uuid.UUID | None = None,
    to_department_id: uuid.UUID | None = None,
) -> Reassigned:
    """Everything a person holds (open items assigned to them), for an absence or a departure."""
    require(session, actor.user_id, "work.reassign")
    reason = _reason(reason)
    if to_user_id == from_user_id:
        raise ValidationError(phrase("אי אפשר להעביר לאותו/ה עובד/ת."), field="user")
    target = _target(session, to_user_id, to_department_id)
    session.flush()
    rows = session.execute(
        _item_select().where(CaseItem.assignee_id == from_user_id, open_items())
    ).all()
    return _move_items(session, actor, rows, target, reason, requested=len(rows))


def _item_select():  # noqa: ANN202
    return (
        select(
            CaseItem.id,
            CaseItem.case_id,
            CaseItem.department_id,
            CaseItem.assignee_id,
            CaseItem.status,
            CaseItem.request_type_id,
            Case.owner_id,
        )
        .join(Case, Case.id == CaseItem.case_id)
        .order_by(CaseItem.case_id, CaseItem.position)
    )


def _move_items(
    session: Session, actor: Actor, rows: list, target: _Target, reason: str, *, requested: int
) -> Reassigned:
    changes, owners, types = [], {}, {}
    for item_id, case_id, department_id, assignee_id, status, type_id, owner_id in rows:
        to_department = target.department_id or department_id
        if status in FINAL or (to_department == department_id and target.user_id == assignee_id):
            continue
        changes.append(
            (
                item_id,
                {
                    "case_id": case_id,
                    "from_department_id": department_id,
                    "from_user_id": assignee_id,
                    "department_id": to_department,
                    "user_id": target.user_id,
                    "reason": reason,
                },
            )
        )
        owners[item_id], types[item_id] = owner_id, type_id
    if not changes:
        if requested:
            raise ValidationError(
                phrase("אין מה להעביר: הפריטים שנבחרו הסתיימו או כבר נמצאים שם."), field="items"
            )
        return Reassigned(0, 0)
    ops = record_bulk(session, actor, "item.reassigned", changes)
    at = ops[0]["created_at"]
    type_names = dict(session.execute(select(RequestType.id, RequestType.name)).all())
    dep_names = dict(session.execute(select(Department.id, Department.name)).all())
    person = session.get(User, target.user_id).full_name if target.user_id else None
    notes = []
    by_department: dict[uuid.UUID, list[uuid.UUID]] = {}
    for op, (item_id, payload) in zip(ops, changes, strict=True):
        by_department.setdefault(payload["department_id"], []).append(item_id)
        notes += _item_notifications(
            op["id"],
            at,
            op["payload"],
            item_id=item_id,
            owner_id=owners[item_id],
            type_name=type_names[types[item_id]],
            department=dep_names[payload["department_id"]],
            person=person,
        )
    items = CaseItem.__table__
    for department_id, ids in by_department.items():
        for chunk in _chunks(ids):
            session.execute(
                update(items)
                .where(items.c.id.in_(chunk))
                .values(
                    department_id=department_id,
                    assignee_id=target.user_id,
                    updated_at=_later(items.c.updated_at, at),
                )
            )
    _touch_cases(session, list({p["case_id"] for _i, p in changes}), at)
    session.execute(Notification.__table__.insert(), notes)
    session.expire_all()
    return Reassigned(len(changes), requested - len(changes))


def _later(column, at: dt.datetime):  # noqa: ANN001, ANN202
    """The later of the row's time and `at`, as the appliers keep it on every other database:
    an operation stamped later (a station whose clock runs ahead) may have arrived first."""
    return sql_case((column.is_(None), at), (column < at, at), else_=column)


def _touch_cases(session: Session, case_ids: list[uuid.UUID], at: dt.datetime) -> None:
    cases = Case.__table__
    for chunk in _chunks(case_ids):
        session.execute(
            update(cases)
            .where(cases.c.id.in_(chunk))
            .values(updated_at=_later(cases.c.updated_at, at))
        )


# --- case ownership -----------------------------------------------------------------------------


def reassign_cases(
    session: Session,
    actor: Actor,
    case_ids: Sequence[uuid.UUID],
    *,
    to_owner_id: uuid.UUID,
    reason: str,
) -> Reassigned:
    """Give the chosen cases (and their owner's calls still to make) to another owner."""
    require(session, actor.user_id, "work.reassign")
    reason = _reason(reason)
    _active_user(session, to_owner_id, "owner")
    if not case_ids:
        raise ValidationError(phrase("לא נבחרו פניות להעברה."), field="cases")
    session.flush()
    rows = []
    for chunk in _chunks(list(dict.fromkeys(case_ids))):
        rows += session.execute(select(Case.id, Case.owner_id).where(Case.id.in_(chunk))).all()
    return _move_cases(session, actor, rows, to_owner_id, reason, requested=len(set(case_ids)))


def reassign_person_cases(
    session: Session, actor: Actor, from_owner_id: uuid.UUID, *, to_owner_id: uuid.UUID, reason: str
) -> Reassigned:
    """Every case a person owns that still needs them: open cases, and closed ones with a call
    still to make."""
    require(session, actor.user_id, "work.reassign")
    reason = _reason(reason)
    if to_owner_id == from_owner_id:
        raise ValidationError(phrase("אי אפשר להעביר לאותו/ה עובד/ת."), field="owner")
    _active_user(session, to_owner_id, "owner")
    session.flush()
    pending_calls = select(Task.case_id).where(
        Task.owner_id == from_owner_id, Task.done_at.is_(None)
    )
    rows = session.execute(
        select(Case.id, Case.owner_id)
        .where(
            Case.owner_id == from_owner_id, or_(Case.status == "open", Case.id.in_(pending_calls))
        )
        .order_by(Case.created_at)
    ).all()
    return _move_cases(session, actor, rows, to_owner_id, reason, requested=len(rows))


def _move_cases(
    session: Session,
    actor: Actor,
    rows: list,
    to_owner_id: uuid.UUID,
    reason: str,
    *,
    requested: int,
) -> Reassigned:
    changes = [
        (case_id, {"from_owner_id": owner_id, "owner_id": to_owner_id, "reason": reason})
        for case_id, owner_id in rows
        if owner_id != to_owner_id
    ]
    if not changes:
        if requested:
            raise ValidationError(phrase("הפניות שנבחרו כבר באחריות העובד/ת הזה/ו."), field="cases")
        return Reassigned(0, 0)
    ops = record_bulk(session, actor, "case.reassigned", changes)
    at = ops[0]["created_at"]
    name = session.get(User, to_owner_id).full_name
    notes = []
    by_previous: dict[uuid.UUID, list[uuid.UUID]] = {}
    for op, (case_id, payload) in zip(ops, changes, strict=True):
        by_previous.setdefault(payload["from_owner_id"], []).append(case_id)
        notes += _case_notifications(
            op["id"], at, op["payload"], case_id=case_id, new_owner_name=name
        )
    cases, tasks = Case.__table__, Task.__table__
    for previous, ids in by_previous.items():
        for chunk in _chunks(ids):
            session.execute(
                update(cases)
                .where(cases.c.id.in_(chunk))
                .values(owner_id=to_owner_id, updated_at=at)
            )
            session.execute(
                update(tasks)
                .where(
                    tasks.c.case_id.in_(chunk),
                    tasks.c.done_at.is_(None),
                    tasks.c.owner_id == previous,
                )
                .values(owner_id=to_owner_id)
            )
    session.execute(Notification.__table__.insert(), notes)
    session.expire_all()
    return Reassigned(len(changes), requested - len(changes))
