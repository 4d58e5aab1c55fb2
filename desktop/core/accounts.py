"""A user's life after they were added: deactivated when they leave (and back again), their
own password changed, an admin's reset. Every change is an operation that syncs, so a
deactivated user cannot log in at any station once it has synced."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import lockout
from desktop.core.errors import NotAllowed, ValidationError
from desktop.core.oplog import Actor, applier, entity_history, record
from desktop.core.permissions import require
from desktop.core.users import ROLE_LABELS, Role, check_password, hash_password, password_problem
from desktop.models import Department, Operation, User
from desktop.phrases import phrase

ADMINS = (Role.ADMIN,)
ACTIVITY_KINDS = ("user.deactivated", "user.reactivated")
PASSWORD_KINDS = ("user.created", "user.password_changed", "user.password_reset")


@dataclass(frozen=True)
class UserRow:
    """A user as the admin's list shows them."""

    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    role_label: str
    department: str
    active: bool
    must_change_password: bool


@applier("user.deactivated")
@applier("user.reactivated")
def _apply_activity(session: Session, op: Operation) -> None:
    """Active or not by the latest of the two kinds by clock, so that a deactivation and a
    reactivation made at two stations before they sync end the same everywhere."""
    user = session.get(User, op.entity_id)
    if user is None:
        return
    latest = entity_history(session, op, ACTIVITY_KINDS)[-1]
    user.active = latest.kind == "user.reactivated"
    user.deactivated_hlc = "" if user.active else latest.hlc


@applier("user.password_changed")
@applier("user.password_reset")
def _apply_password(session: Session, op: Operation) -> None:
    """The password of the latest password operation by clock. A station that may not log the
    user in is sent none (desktop.sync.rules): it keeps no hash, only the flag."""
    user = session.get(User, op.entity_id)
    if user is None:
        return
    latest = entity_history(session, op, PASSWORD_KINDS)[-1]
    user.password_hash = latest.payload.get("password_hash", "")
    user.must_change_password = bool(latest.payload.get("must_change", False))


def _user(session: Session, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise ValidationError(phrase("המשתמש אינו קיים."), field="user")
    return user


def _admins_left(session: Session, without: uuid.UUID) -> int:
    return len(
        session.scalars(
            select(User.id).where(User.role == Role.ADMIN, User.active, User.id != without)
        ).all()
    )


def list_users(session: Session, actor: Actor) -> list[UserRow]:
    """Every user, active first, by name: for admins only."""
    require(session, actor.user_id, "user.manage")
    departments = dict(session.execute(select(Department.id, Department.name)).all())
    users = session.scalars(select(User).order_by(User.active.desc(), User.full_name))
    return [
        UserRow(
            u.id,
            u.username,
            u.full_name,
            Role(u.role),
            ROLE_LABELS[Role(u.role)],
            departments.get(u.department_id, ""),
            u.active,
            u.must_change_password,
        )
        for u in users
    ]


def deactivate_user(session: Session, actor: Actor, user_id: uuid.UUID) -> None:
    """The user can no longer log in, here and, after the next sync, at every station."""
    require(session, actor.user_id, "user.manage")
    user = _user(session, user_id)
    if user.id == actor.user_id:
        raise NotAllowed(
            phrase("אי אפשר להשבית את החשבון שלך עצמך. מנהל/ת אחר/ת יכול/ה לעשות זאת.")
        )
    if not user.active:
        raise ValidationError(
            phrase("המשתמש {username} כבר מושבת.").format(username=user.username), field="user"
        )
    if user.role == Role.ADMIN and _admins_left(session, user.id) == 0:
        raise ValidationError(
            phrase("זהו מנהל/ת המערכת הפעיל/ה האחרון/ה: אי אפשר להשבית."), field="user"
        )
    record(session, actor, "user.deactivated", user.id, {"username": user.username})


def reactivate_user(session: Session, actor: Actor, user_id: uuid.UUID) -> None:
    require(session, actor.user_id, "user.manage")
    user = _user(session, user_id)
    if user.active:
        raise ValidationError(
            phrase("המשתמש {username} פעיל.").format(username=user.username), field="user"
        )
    record(session, actor, "user.reactivated", user.id, {"username": user.username})


def reset_password(
    session: Session,
    actor: Actor,
    user_id: uuid.UUID,
    new_password: str,
    *,
    now: dt.datetime | None = None,
) -> None:
    """An admin gives the user a temporary password; the user must choose their own at the next
    login. The user name's lock-out at this station ends too."""
    require(session, actor.user_id, "user.manage")
    user = _user(session, user_id)
    problem = password_problem(new_password, user.username)
    if problem:
        raise ValidationError(problem, field="password")
    record(
        session,
        actor,
        "user.password_reset",
        user.id,
        {"password_hash": hash_password(new_password), "must_change": True},
        now=now,
    )
    lockout.clear(session, user.username, in_transaction=True)


def change_password(
    session: Session, actor: Actor, old_password: str, new_password: str, again: str
) -> None:
    """The logged-in user chooses a new password of their own; the old one must be typed."""
    if actor.user_id is None:
        raise NotAllowed(phrase("רק משתמש/ת מחובר/ת יכול/ה להחליף סיסמה."))
    user = _user(session, actor.user_id)
    if not user.active:
        raise NotAllowed(phrase("החשבון הזה הושבת."))
    require(session, actor.user_id, "work.own")
    if not check_password(session, user.id, old_password):
        raise ValidationError(phrase("הסיסמה הנוכחית שגויה."), field="old")
    problem = password_problem(new_password, user.username)
    if problem:
        raise ValidationError(problem, field="new")
    if new_password != again:
        raise ValidationError(phrase("הסיסמה החדשה והאימות שלה אינם זהים."), field="again")
    if new_password == old_password:
        raise ValidationError(phrase("הסיסמה החדשה צריכה להיות שונה מהנוכחית."), field="new")
    record(
        session,
        actor,
        "user.password_changed",
        user.id,
        {"password_hash": hash_password(new_password), "must_change": False},
    )
