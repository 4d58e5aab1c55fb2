"""Absences: while a user is away, a stand-in takes their new items and owner duties.

Who stands in is worked out when work is read, from the absences in force on that day, so
everything returns to the user by itself when the period ends; the log keeps who did what.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.errors import ValidationError
from desktop.core.oplog import Actor, applier, parse_date, record
from desktop.core.permissions import require
from desktop.models import Absence, Operation, User
from desktop.phrases import phrase


@applier("absence.set")
def _apply_absence(session: Session, op: Operation) -> None:
    p = op.payload
    session.add(
        Absence(
            id=op.entity_id,
            user_id=uuid.UUID(p["user_id"]),
            stand_in_id=uuid.UUID(p["stand_in_id"]),
            start_date=parse_date(p["start_date"]),
            end_date=parse_date(p["end_date"]),
            reason=p.get("reason", ""),
            created_at=op.created_at,
            cancelled=False,
        )
    )


@applier("absence.cancelled")
def _apply_absence_cancelled(session: Session, op: Operation) -> None:
    row = session.get(Absence, op.entity_id)
    if row is not None:
        row.cancelled = True


def set_absence(
    session: Session,
    actor: Actor,
    user_id: uuid.UUID,
    stand_in_id: uuid.UUID,
    start: dt.date,
    end: dt.date,
    reason: str = "",
) -> uuid.UUID:
    """Record an absence and its stand-in; supervisors only."""
    require(session, actor.user_id, "absence.manage")
    if end < start:
        raise ValidationError(phrase("תאריך הסיום לפני תאריך ההתחלה."), field="end_date")
    if user_id == stand_in_id:
        raise ValidationError(phrase("ממלא/ת המקום חייב/ת להיות מישהו/י אחר/ת."), field="stand_in")
    if session.get(User, stand_in_id) is None or session.get(User, user_id) is None:
        raise ValidationError(phrase("המשתמש לא נמצא."))
    if stand_in_for(session, stand_in_id, start) != stand_in_id:
        raise ValidationError(phrase("ממלא/ת המקום עצמו/ה נעדר/ת בתאריכים האלה."), field="stand_in")
    absence_id = clock.new_id()
    record(
        session,
        actor,
        "absence.set",
        absence_id,
        {
            "user_id": user_id,
            "stand_in_id": stand_in_id,
            "start_date": start,
            "end_date": end,
            "reason": reason.strip(),
        },
    )
    return absence_id


def cancel_absence(session: Session, actor: Actor, absence_id: uuid.UUID) -> None:
    require(session, actor.user_id, "absence.manage")
    row = session.get(Absence, absence_id)
    if row is None or row.cancelled:
        raise ValidationError(phrase("ההיעדרות לא נמצאה או שכבר בוטלה."))
    record(session, actor, "absence.cancelled", absence_id, {})


def _active(day: dt.date):  # noqa: ANN202
    return and_(Absence.start_date <= day, Absence.end_date >= day, Absence.cancelled.is_(False))


def stand_in_for(session: Session, user_id: uuid.UUID, day: dt.date | None = None) -> uuid.UUID:
    """Who does `user_id`'s work on `day`: their stand-in while they are away, else themselves.

    A stand-in who is away too hands on to their own stand-in (at most a few steps).
    """
    day = day or clock.local_today()
    seen = {user_id}
    current = user_id
    for _ in range(5):
        row = session.scalar(
            select(Absence)
            .where(Absence.user_id == current, _active(day))
            .order_by(Absence.created_at.desc())
            .limit(1)
        )
        if row is None or row.stand_in_id in seen:
            return current
        current = row.stand_in_id
        seen.add(current)
    return current


def covered_by(session: Session, user_id: uuid.UUID, day: dt.date | None = None) -> list[uuid.UUID]:
    """The users whose work `user_id` does on `day`: themselves unless they are away, and
    whoever they stand in for."""
    day = day or clock.local_today()
    absent = set(session.scalars(select(Absence.user_id).where(_active(day))).all())
    mine = [] if user_id in absent and stand_in_for(session, user_id, day) != user_id else [user_id]
    return mine + [u for u in absent if u != user_id and stand_in_for(session, u, day) == user_id]


@dataclass(frozen=True)
class AbsenceView:
    id: uuid.UUID
    user: str
    stand_in: str
    start: dt.date
    end: dt.date
    reason: str


def absences(
    session: Session, actor: Actor, on_or_after: dt.date | None = None
) -> list[AbsenceView]:
    require(session, actor.user_id, "absence.manage")
    day = on_or_after or clock.local_today()
    users = {u.id: u.full_name for u in session.scalars(select(User))}
    rows = session.scalars(
        select(Absence)
        .where(Absence.end_date >= day, Absence.cancelled.is_(False))
        .order_by(Absence.start_date)
    )
    return [
        AbsenceView(
            a.id,
            users.get(a.user_id, "?"),
            users.get(a.stand_in_id, "?"),
            a.start_date,
            a.end_date,
            a.reason,
        )
        for a in rows
    ]
