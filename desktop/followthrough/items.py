"""After the counter: departments update and hand off items; the owner calls back and closes.

Every update says what happens next and by when; a later date is a slip the owner and the
supervisors see. A finished item gives its owner a callback task; a case closes when every item
is finished and the resident was told, and a follow-up call is scheduled after it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from desktop.core import clock, settings
from desktop.core.calendar import add_business_days
from desktop.core.errors import DalpakError, ValidationError
from desktop.core.oplog import Actor, applier, entity_history, parse_date, record, uuid_or_none
from desktop.core.permissions import require, require_in_scope
from desktop.counter.cases import reopened
from desktop.followthrough.absence import covered_by
from desktop.models import (
    Case,
    CaseItem,
    Department,
    Notification,
    Operation,
    QuarantinedOperation,
    RequestType,
    Task,
    User,
)
from desktop.phrases import Labels, phrase

OPEN = ("received", "in_progress", "waiting_resident", "waiting_department")
FINAL = ("done", "cannot")
STATUS_LABELS = Labels(
    {
        "received": "התקבלה",
        "in_progress": "בטיפול",
        "waiting_resident": "ממתינה לתושב/ת",
        "waiting_department": "ממתינה למחלקה אחרת",
        "done": "הושלמה",
        "cannot": "לא ניתן לבצע",
    }
)
# Words that say nothing about what happens next, matched in what the department typed.
_VAGUE_WORDS = "יטופל,בטיפול,יטופל בהקדם,בקרוב,בהקדם,בבדיקה,ייבדק,טופל,נטפל"  # data: matched words
_VAGUE = set(_VAGUE_WORDS.split(","))
HANDOFF_LIMIT = 2  # the charter: never more than two people
# Operations that send an item to a department (and maybe a person): the latest by clock holds.
ITEM_MOVES = ("item.handed_off", "item.reassigned")

_NS = uuid.UUID("0b6f7a3e-2d4c-4b8e-9f21-5a6c7d8e9f10")


class HandoffLimit(DalpakError):
    """The third handoff of an item: allowed only when confirmed, with a reason."""


class TaskNotFound(DalpakError):
    pass


def _derived_id(op_id: uuid.UUID, what: str) -> uuid.UUID:
    """Rows that an operation makes get ids from it, so every database makes the same ones."""
    return uuid.uuid5(_NS, f"{op_id}|{what}")


def owner_notification_id(op_id: uuid.UUID) -> uuid.UUID:
    """The id of the notification an item's operation gives the case owner."""
    return _derived_id(op_id, "owner")


def _item(session: Session, item_id: uuid.UUID) -> CaseItem:
    item = session.get(CaseItem, item_id)
    if item is None:
        raise DalpakError(phrase("הפריט לא נמצא."))
    return item


def _require_for(
    session: Session, actor: Actor, action: str, departments: set, people: set
) -> None:
    """The table's check of `action` on work routed to `departments` and held by `people`; a
    stand-in may do the work of those they stand in for while they are away."""
    caller = require(session, actor.user_id, action)
    if caller.covers(departments, people):
        return
    for person in covered_by(session, actor.user_id):
        if person == actor.user_id:
            continue
        user = session.get(User, person)
        if person in people or (user is not None and user.department_id in departments):
            return
    require_in_scope(session, actor.user_id, action, departments=departments, people=people)


def _require_item(session: Session, actor: Actor, item: CaseItem, action: str) -> None:
    owner = session.scalar(select(Case.owner_id).where(Case.id == item.case_id))
    _require_for(session, actor, action, {item.department_id}, {item.assignee_id, owner})


def owner_at(session: Session, case: Case, hlc: str) -> uuid.UUID:
    """Who owned the case at a moment of the hybrid clock: the last move before it, else the
    clerk who opened it. The same on every database, whatever order the moves arrived in."""
    moved = session.scalar(
        select(Operation.payload)
        .where(
            Operation.entity_id == case.id,
            Operation.kind == "case.reassigned",
            Operation.hlc < hlc,
            Operation.id.not_in(select(QuarantinedOperation.op_id)),
        )
        .order_by(Operation.hlc.desc(), Operation.id.desc())
        .limit(1)
    )
    if moved is not None:
        return uuid.UUID(moved["owner_id"])
    # A case the scan opened in two villages has two openings: the earlier by clock counts.
    opened = session.scalar(
        select(Operation.payload)
        .where(Operation.entity_id == case.id, Operation.kind == "case.opened")
        .order_by(Operation.hlc, Operation.id)
        .limit(1)
    )
    return uuid.UUID(opened["owner_id"]) if opened else case.owner_id


def settle_owner_news(session: Session, case: Case) -> None:
    """Give the owner's news of the case's items, and its calls, to the owner by clock of the
    moment each was made: after an earlier opening of the case (the scan's, opened in two
    villages) arrived later than news made under the other one."""
    session.flush()
    changes = session.scalars(
        select(Operation).where(
            Operation.entity_id.in_(select(CaseItem.id).where(CaseItem.case_id == case.id))
        )
    )
    for change in changes:
        note = session.get(Notification, owner_notification_id(change.id))
        if note is not None:
            note.user_id = owner_at(session, case, change.hlc)
    for task in session.scalars(select(Task).where(Task.case_id == case.id)):
        settle_task_owner(session, task)


reopened(settle_owner_news)


def _notify(
    session: Session, op: Operation, case: Case, item: CaseItem | None, kind: str, text: str
) -> None:
    session.add(
        Notification(
            id=owner_notification_id(op.id),
            user_id=owner_at(session, case, op.hlc),
            case_id=case.id,
            item_id=item.id if item else None,
            kind=kind,
            text=text,
            created_at=op.created_at,
            read_at=None,
        )
    )


def _type_name(session: Session, item: CaseItem) -> str:
    return session.get(RequestType, item.request_type_id).name


def _later_of(current: dt.datetime | None, at: dt.datetime) -> dt.datetime:
    return at if current is None else max(current, at)


# --- status updates -------------------------------------------------------------------------


def update_item(
    session: Session,
    actor: Actor,
    item_id: uuid.UUID,
    *,
    status: str,
    next_step: str = "",
    expected_date: dt.date | None = None,
    outcome: str = "",
    note: str = "",
    today: dt.date | None = None,
) -> Operation:
    """A department's update. Open statuses need the next step and a date; finishing needs the
    outcome in words the resident understands. Raises ValidationError naming the field."""
    today = today or clock.local_today()
    item = _item(session, item_id)
    _require_item(session, actor, item, "item.update")
    if item.status in FINAL:
        raise ValidationError(phrase("הפריט כבר הסתיים; אי אפשר לעדכן אותו."))
    if status not in STATUS_LABELS or status == "received":
        raise ValidationError(phrase("יש לבחור מצב."), field="status")
    next_step, outcome = next_step.strip(), outcome.strip()
    if status in FINAL:
        if len(outcome.split()) < 3:
            raise ValidationError(
                phrase("יש לכתוב את התוצאה במילים שהתושב/ת יבינו (לפחות משפט קצר)."),
                field="outcome",
            )
        expected_date = None
    else:
        if not next_step or next_step in _VAGUE or len(next_step.split()) < 2:
            raise ValidationError(
                phrase('יש לכתוב מה הצעד הבא, במפורש (למשל: "מהנדס יבקר בנכס ויכין חוות דעת").'),
                field="next_step",
            )
        if expected_date is None:
            raise ValidationError(
                phrase('יש לקבוע תאריך צפוי. "יטופל" בלי תאריך אינו תשובה.'), field="expected_date"
            )
        if expected_date < today:
            raise ValidationError(
                phrase("התאריך הצפוי כבר עבר; יש לקבוע תאריך מהיום והלאה."), field="expected_date"
            )
    slipped = expected_date is not None and expected_date > item.expected_date
    op = record(
        session,
        actor,
        "item.status_updated",
        item.id,
        {
            "case_id": item.case_id,
            "status": status,
            "next_step": next_step,
            "expected_date": expected_date,
            "previous_expected": item.expected_date,
            "slipped": slipped,
            "outcome": outcome,
            "note": note.strip(),
        },
    )
    if status in FINAL:
        case = session.get(Case, item.case_id)
        record(
            session,
            actor,
            "task.created",
            clock.new_id(),
            {
                "kind": "callback",
                "case_id": case.id,
                "item_id": item.id,
                "owner_id": case.owner_id,
                "due_date": add_business_days(today, 1),
            },
        )
    return op


@applier("item.status_updated")
def _apply_status(session: Session, op: Operation) -> None:
    p = op.payload
    item = session.get(CaseItem, op.entity_id)
    case = session.get(Case, item.case_id)
    item.updated_at = _later_of(item.updated_at, op.created_at)
    case.updated_at = _later_of(case.updated_at, op.created_at)
    name = _type_name(session, item)
    if p["status"] in FINAL:
        # The notifications are kept in the database: Hebrew on every station, whoever reads them.
        label = "הושלם" if p["status"] == "done" else "לא ניתן לבצע"  # data: kept notification
        _notify(session, op, case, item, "done", f"{name}: {label}. {p['outcome']}")
    elif p["slipped"]:
        item.slips += 1
        _notify(
            session,
            op,
            case,
            item,
            "slipped",
            "{name}: התאריך נדחה ל-{date:%d/%m/%Y}. הצעד הבא: {step}".format(  # data: kept notification
                name=name, date=parse_date(p["expected_date"]), step=p["next_step"]
            ),
        )
    else:
        _notify(
            session,
            op,
            case,
            item,
            "updated",
            # The label as kept (Hebrew), not as said to whoever applies the operation.
            f"{name}: {dict.__getitem__(STATUS_LABELS, p['status'])}. {p['next_step']}",
        )
    # The latest update by clock decides; a finished item stays finished even when an update
    # made elsewhere before that village heard of it comes later by clock.
    updates = entity_history(session, op, ("item.status_updated",))
    moves = [u for u in updates if u.payload["status"] not in FINAL]
    finals = [u for u in updates if u.payload["status"] in FINAL]
    if moves:
        item.next_steps = [moves[-1].payload["next_step"]]
        item.expected_date = parse_date(moves[-1].payload["expected_date"])
    decisive = finals[-1] if finals else moves[-1]
    item.status = decisive.payload["status"]
    if finals:
        item.outcome = decisive.payload["outcome"]
        item.finished_at = decisive.created_at


# --- handoffs -------------------------------------------------------------------------------


def handoff_item(
    session: Session,
    actor: Actor,
    item_id: uuid.UUID,
    *,
    department_id: uuid.UUID,
    reason: str,
    user_id: uuid.UUID | None = None,
    confirm_third: bool = False,
) -> Operation:
    item = _item(session, item_id)
    _require_item(session, actor, item, "item.handoff")
    if item.status in FINAL:
        raise ValidationError(phrase("הפריט כבר הסתיים; אין מה להעביר."))
    if not reason.strip():
        raise ValidationError(phrase("יש לכתוב את סיבת ההעברה."), field="reason")
    if department_id is None or session.get(Department, department_id) is None:
        raise ValidationError(phrase("יש לבחור מחלקה."), field="department")
    if user_id is not None:
        user = session.get(User, user_id)
        if user is None or user.department_id != department_id:
            raise ValidationError(phrase("העובד/ת אינו/ה שייך/ת למחלקה שנבחרה."), field="user")
    if department_id == item.department_id and user_id == item.assignee_id:
        raise ValidationError(phrase("הפריט כבר נמצא שם."), field="department")
    if item.handoffs >= HANDOFF_LIMIT and not confirm_third:
        raise HandoffLimit(
            phrase(
                "זו תהיה העברה מספר {number}. אמנת השירות: לא יותר משני אנשים לתושב/ת. "
                "אפשר להעביר רק עם אישור וסיבה מפורטת."
            ).format(number=item.handoffs + 1)
        )
    return record(
        session,
        actor,
        "item.handed_off",
        item.id,
        {
            "case_id": item.case_id,
            "from_department_id": item.department_id,
            "department_id": department_id,
            "user_id": user_id,
            "reason": reason.strip(),
            "number": item.handoffs + 1,
        },
    )


@applier("item.handed_off")
def _apply_handoff(session: Session, op: Operation) -> None:
    p = op.payload
    item = session.get(CaseItem, op.entity_id)
    case = session.get(Case, item.case_id)
    latest = entity_history(session, op, ITEM_MOVES)[-1].payload  # see entity_history
    item.department_id = uuid.UUID(latest["department_id"])
    item.assignee_id = uuid_or_none(latest.get("user_id"))
    item.handoffs += 1
    item.updated_at = _later_of(item.updated_at, op.created_at)
    case.updated_at = _later_of(case.updated_at, op.created_at)
    department = session.get(Department, uuid.UUID(p["department_id"])).name
    # The number the handoff had where it was made: the same text on every database.
    over = p.get("number", item.handoffs) > HANDOFF_LIMIT
    warn = " (מעל המותר באמנה)" if over else ""  # data: kept notification
    _notify(
        session,
        op,
        case,
        item,
        "handoff",
        "{name}: הועבר ל{department}{warn}. סיבה: {reason}".format(  # data: kept notification
            name=_type_name(session, item), department=department, warn=warn, reason=p["reason"]
        ),
    )


# --- tasks of the owner ---------------------------------------------------------------------


@applier("task.created")
def _apply_task(session: Session, op: Operation) -> None:
    p = op.payload
    task = Task(
        id=op.entity_id,
        kind=p["kind"],
        case_id=uuid.UUID(p["case_id"]),
        item_id=uuid_or_none(p.get("item_id")),
        owner_id=uuid.UUID(p["owner_id"]),
        due_date=parse_date(p["due_date"]),
        created_at=op.created_at,
        done_at=None,
        done_by=None,
        outcome="",
        channel="",
        reached=None,
        satisfaction=None,
        comment="",
    )
    session.add(task)
    settle_task_owner(session, task, op)


def settle_task_owner(session: Session, task: Task, current: Operation | None = None) -> None:
    """Who owns a call: the owner it was made for, moved by each reassignment of its case made
    (by clock) after it was created and before it was done. Worked out from the log, so a case
    moved in one village while a call was made or done in another ends the same everywhere.
    `current`: the operation being applied, in case its row is not in the log yet."""
    ops = list(
        session.scalars(
            select(Operation).where(
                or_(
                    and_(
                        Operation.entity_id == task.id,
                        Operation.kind.in_(("task.created", "task.completed")),
                    ),
                    and_(Operation.entity_id == task.case_id, Operation.kind == "case.reassigned"),
                ),
                Operation.id.not_in(select(QuarantinedOperation.op_id)),
            )
        )
    )
    if current is not None and all(o.id != current.id for o in ops):
        ops.append(current)
    ops.sort(key=lambda o: (o.hlc, str(o.id)))
    created = next((o for o in ops if o.kind == "task.created"), None)
    if created is None:
        return
    owner = uuid.UUID(created.payload["owner_id"])
    for o in ops:
        if o.kind == "task.completed" and o.hlc > created.hlc:
            break
        if (
            o.kind == "case.reassigned"
            and o.hlc > created.hlc
            and uuid.UUID(o.payload["from_owner_id"]) == owner
        ):
            owner = uuid.UUID(o.payload["owner_id"])
    task.owner_id = owner


@applier("task.attempted")
@applier("task.completed")
def _apply_call(session: Session, op: Operation) -> None:
    # The same task may be called in two villages before they sync (see entity_history): the next
    # due date comes from the latest unanswered call, and a call that reached the resident
    # (the latest such) decides the rest, whatever order they arrive in.
    task = session.get(Task, op.entity_id)
    calls = entity_history(session, op, ("task.attempted", "task.completed"))
    attempts = [c for c in calls if c.kind == "task.attempted"]
    done = [c for c in calls if c.kind == "task.completed"]
    if attempts:
        task.due_date = parse_date(attempts[-1].payload["next_due"])
    decisive = done[-1] if done else attempts[-1]
    p = decisive.payload
    task.outcome = p["note"]
    task.channel = p["channel"]
    task.reached = bool(done)
    if done:
        task.done_at = decisive.created_at
        task.done_by = decisive.user_id
        task.satisfaction = p.get("satisfaction")
        task.comment = p.get("comment", "")
        settle_task_owner(session, task, op)


@applier("case.closed")
def _apply_closed(session: Session, op: Operation) -> None:
    # Closed in two villages at once: the earlier closing time everywhere.
    case = session.get(Case, op.entity_id)
    case.status = "closed"
    case.closed_at = op.created_at if case.closed_at is None else min(case.closed_at, op.created_at)
    case.updated_at = _later_of(case.updated_at, op.created_at)


def complete_task(
    session: Session,
    actor: Actor,
    task_id: uuid.UUID,
    *,
    reached: bool,
    channel: str,
    note: str,
    satisfaction: int | None = None,
    comment: str = "",
    today: dt.date | None = None,
) -> None:
    """Record the call. Not reached: the task moves to the next business day. A callback that
    reached the resident may close the case; a follow-up records satisfaction (1-5)."""
    today = today or clock.local_today()
    task = session.get(Task, task_id)
    if task is None:
        raise TaskNotFound(phrase("המשימה לא נמצאה."))
    _require_for(session, actor, "task.complete", set(), {task.owner_id})
    if task.done_at is not None:
        raise ValidationError(phrase("המשימה כבר בוצעה."))
    if not note.strip():
        raise ValidationError(phrase("יש לכתוב בקצרה מה נאמר או מה נעשה."), field="note")
    if not reached:
        record(
            session,
            actor,
            "task.attempted",
            task.id,
            {"note": note.strip(), "channel": channel, "next_due": add_business_days(today, 1)},
        )
        return
    if task.kind == "followup" and (satisfaction is None or not 1 <= satisfaction <= 5):
        raise ValidationError(phrase("יש לרשום שביעות רצון בין 1 ל-5."), field="satisfaction")
    record(
        session,
        actor,
        "task.completed",
        task.id,
        {
            "note": note.strip(),
            "channel": channel,
            "satisfaction": satisfaction,
            "comment": comment.strip(),
        },
    )
    if task.kind == "callback":
        _close_if_done(session, actor, task.case_id, today)


def _close_if_done(session: Session, actor: Actor, case_id: uuid.UUID, today: dt.date) -> None:
    case = session.get(Case, case_id)
    items = session.scalars(select(CaseItem).where(CaseItem.case_id == case_id)).all()
    if case.status == "closed" or any(i.status not in FINAL for i in items):
        return
    callbacks = session.scalars(
        select(Task).where(Task.case_id == case_id, Task.kind == "callback")
    ).all()
    informed = {t.item_id for t in callbacks if t.done_at is not None}
    if not all(i.id in informed for i in items):
        return
    record(session, actor, "case.closed", case_id, {})
    record(
        session,
        actor,
        "task.created",
        clock.new_id(),
        {
            "kind": "followup",
            "case_id": case_id,
            "item_id": None,
            "owner_id": case.owner_id,
            "due_date": add_business_days(today, settings.get("followup_days")),
        },
    )


# --- notifications --------------------------------------------------------------------------


@applier("notification.read")
def _apply_read(session: Session, op: Operation) -> None:
    # Read on two stations (the owner and a stand-in): the first reading, whatever arrives first.
    for raw in op.payload["ids"]:
        row = session.get(Notification, uuid.UUID(raw))
        if row is not None and (row.read_at is None or op.created_at < row.read_at):
            row.read_at = op.created_at


def mark_notifications_read(session: Session, actor: Actor, ids: list[uuid.UUID]) -> None:
    """Mark the caller's notifications read (and those of whom they stand in for); others'
    are left as they are."""
    require(session, actor.user_id, "work.own")
    mine = covered_by(session, actor.user_id)
    ids = list(
        session.scalars(
            select(Notification.id).where(Notification.id.in_(ids), Notification.user_id.in_(mine))
        )
    )
    if ids:
        record(session, actor, "notification.read", actor.user_id, {"ids": ids})


@dataclass(frozen=True)
class NotificationView:
    id: uuid.UUID
    case_number: str
    kind: str
    text: str
    at: dt.datetime
    read: bool


def notifications(
    session: Session, user_id: uuid.UUID, unread_only: bool = True, limit: int = 200
) -> list[NotificationView]:
    """The user's notifications, and those of anyone they stand in for today."""
    require(session, user_id, "work.own")
    stmt = (
        select(Notification, Case.number)
        .join(Case, Case.id == Notification.case_id)
        .where(Notification.user_id.in_(covered_by(session, user_id)))
        .order_by(Notification.created_at.desc())
        .limit(limit)
    )
    if unread_only:
        stmt = stmt.where(Notification.read_at.is_(None))
    return [
        NotificationView(n.id, number, n.kind, n.text, n.created_at, n.read_at is not None)
        for n, number in session.execute(stmt)
    ]
