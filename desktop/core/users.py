"""Users and roles, passwords hashed with argon2, logging in."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import clock, lockout, settings
from desktop.core.convergence import check_typed_key, upsert_keyed
from desktop.core.errors import InvalidLogin, ValidationError
from desktop.core.oplog import Actor, applier, record, uuid_or_none
from desktop.models import Operation, User
from desktop.phrases import Labels, phrase, phrase_later

log = logging.getLogger(__name__)


class Role(StrEnum):
    CLERK = "clerk"
    DEPARTMENT = "department"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


ROLE_LABELS = Labels(
    {
        Role.CLERK: "פקיד/ת קבלה",
        Role.DEPARTMENT: "צוות מחלקה",
        Role.SUPERVISOR: "מפקח/ת",
        Role.ADMIN: "מנהל/ת מערכת",
    }
)

_HASHER = PasswordHasher()
WRONG = phrase_later("שם המשתמש או הסיסמה שגויים.")


@dataclass(frozen=True)
class LoggedIn:
    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    phone: str
    email: str
    # An admin set or reset the password: the user chooses their own before anything else.
    must_change_password: bool = False


@applier("user.created")
def _apply_user(session: Session, op: Operation) -> None:
    # The same username made at two stations before they sync: the later by clock is renamed
    # with a suffix on every database, and a supervisor is shown it (core.convergence).
    p = op.payload

    def write(row: User) -> None:
        row.full_name, row.role = p["full_name"], p["role"]
        # A station is not sent the hash of a user who may not log in there (sync.rules).
        row.password_hash = p.get("password_hash", "")
        row.department_id = uuid_or_none(p.get("department_id"))
        row.phone, row.email = p.get("phone", ""), p.get("email", "")
        row.active, row.created_at = True, op.created_at
        row.must_change_password = bool(p.get("must_change", False))
        row.deactivated_hlc = ""

    upsert_keyed(session, op, User, "username", p["username"], write, lower=True)


def password_problem(password: str, username: str = "") -> str:
    """What is wrong with a new password, in Hebrew; "" when it will do."""
    if len(password) < 8:
        return phrase("הסיסמה קצרה מדי: לפחות 8 תווים.")
    if username and password.strip().lower() == username.strip().lower():
        return phrase("הסיסמה אינה יכולה להיות שם המשתמש.")
    return ""


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def create_user(
    session: Session,
    actor: Actor,
    *,
    username: str,
    full_name: str,
    role: Role,
    password: str,
    department_id: uuid.UUID | None = None,
    phone: str = "",
    email: str = "",
) -> User:
    """A new user: admins only, and the system itself (the first admin, in the wizard or
    `dalpak setup`). One made by a user (an admin) must choose their own password at the first
    login: the admin knows the one given. One made by the system (who typed their own) need not."""
    from desktop.core.permissions import require  # the table names the roles defined here

    require(session, actor.user_id, "user.create")
    if role not in set(Role):
        raise ValidationError(phrase("התפקיד אינו מוכר."), field="role")
    username = username.strip().lower()
    if not username or not full_name.strip():
        raise ValidationError(phrase("יש למלא שם משתמש ושם מלא."))
    check_typed_key(username, "username")
    problem = password_problem(password, username)
    if problem:
        raise ValidationError(problem, field="password")
    if session.scalar(select(User.id).where(User.username == username)):
        raise ValidationError(
            phrase("שם המשתמש {username} כבר קיים.").format(username=username), field="username"
        )
    user_id = clock.new_id()
    record(
        session,
        actor,
        "user.created",
        user_id,
        {
            "username": username,
            "full_name": full_name.strip(),
            "role": str(role),
            "password_hash": _HASHER.hash(password),
            "department_id": department_id,
            "phone": phone,
            "email": email,
            "must_change": actor.user_id is not None,
        },
    )
    return session.get(User, user_id)


def _verifies(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _locked_message(state: lockout.Standing, now: dt.datetime) -> str:
    until = clock.to_local(state.locked_until).strftime("%H:%M")
    return phrase(
        "הכניסה בשם הזה נחסמה בעמדה זו אחרי {failures} ניסיונות שגויים. "
        "אפשר לנסות שוב בעוד {minutes} דקות (בשעה {until})."
    ).format(failures=state.failures, minutes=state.minutes_left(now), until=until)


def authenticate(
    session: Session, username: str, password: str, *, now: dt.datetime | None = None
) -> LoggedIn:
    """The user, or InvalidLogin with the same message whether the name or password is wrong.

    Wrong passwords are counted per name at this station (desktop.core.lockout); after
    `login_attempts` of them in a row the name is refused, even with the right password, for
    `lockout_minutes`. A deactivated user is refused (told so only with the right password)."""
    name = username.strip().lower()
    now = now or clock.utcnow()
    state = lockout.standing(session, name, now)
    if state.locked_at(now):
        log.info("login refused: the name is locked out at this station")
        raise InvalidLogin(_locked_message(state, now))
    user = session.scalar(select(User).where(User.username == name))
    if user is None:
        # Spend the same time as a real check, so that names cannot be probed by timing.
        _HASHER.hash(password or "-")
        right = False
    else:
        right = _verifies(user.password_hash, password)
    if not right:
        log.info("login refused: no such user or a wrong password")
        state = lockout.record_failure(session, name, now)
        if state.locked_at(now):
            raise InvalidLogin(_locked_message(state, now))
        left = settings.get("login_attempts") - state.failures
        if left > 2:
            after = phrase("אפשר לנסות שוב.")
        else:
            after = phrase("נותרו {left} ניסיונות לפני נעילה זמנית.").format(left=left)
        raise InvalidLogin(f"{phrase(WRONG)} {after}")
    if state.recorded:
        lockout.clear(session, name)
    if not user.active:
        log.info("login refused: user %s is deactivated", user.id)
        raise InvalidLogin(phrase("החשבון הזה הושבת. לפרטים פנו למנהל/ת המערכת."))
    return as_logged_in(user)


def as_logged_in(user: User) -> LoggedIn:
    return LoggedIn(
        user.id,
        user.username,
        user.full_name,
        Role(user.role),
        user.phone,
        user.email,
        user.must_change_password,
    )


def check_password(session: Session, user_id: uuid.UUID, password: str) -> bool:
    """Whether `password` is the active user's (without counting a wrong one)."""
    user = session.get(User, user_id)
    return user is not None and user.active and _verifies(user.password_hash, password)
