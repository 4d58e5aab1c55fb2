"""Users and roles, passwords hashed with argon2, logging in."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.errors import InvalidLogin, ValidationError
from desktop.core.oplog import Actor, applier, record, uuid_or_none
from desktop.models import Operation, User

log = logging.getLogger(__name__)


class Role(StrEnum):
    CLERK = "clerk"
    DEPARTMENT = "department"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.CLERK: "פקיד/ת קבלה",
    Role.DEPARTMENT: "צוות מחלקה",
    Role.SUPERVISOR: "מפקח/ת",
    Role.ADMIN: "מנהל/ת מערכת",
}

_HASHER = PasswordHasher()


@dataclass(frozen=True)
class LoggedIn:
    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    phone: str
    email: str


@applier("user.created")
def _apply_user(session: Session, op: Operation) -> None:
    p = op.payload
    session.add(
        User(
            id=op.entity_id,
            username=p["username"],
            full_name=p["full_name"],
            role=p["role"],
            # A station is not sent the hash of a user who may not log in there (sync.rules).
            password_hash=p.get("password_hash", ""),
            department_id=uuid_or_none(p.get("department_id")),
            phone=p.get("phone", ""),
            email=p.get("email", ""),
            active=True,
            created_at=op.created_at,
        )
    )


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
    username = username.strip().lower()
    if not username or not full_name.strip():
        raise ValidationError("יש למלא שם משתמש ושם מלא.")
    if len(password) < 8:
        raise ValidationError("הסיסמה קצרה מדי: לפחות 8 תווים.", field="password")
    if session.scalar(select(User.id).where(User.username == username)):
        raise ValidationError(f"שם המשתמש {username} כבר קיים.", field="username")
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
        },
    )
    return session.get(User, user_id)


def authenticate(session: Session, username: str, password: str) -> LoggedIn:
    """The user, or InvalidLogin with the same message whether the name or password is wrong."""
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    wrong = InvalidLogin("שם המשתמש או הסיסמה שגויים. אפשר לנסות שוב.")
    if user is None or not user.active:
        # Spend the same time as a real check, so that names cannot be probed by timing.
        _HASHER.hash(password or "-")
        log.info("login refused: no such active user")
        raise wrong
    try:
        _HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        log.info("login refused: wrong password for user %s", user.id)
        raise wrong from None
    return as_logged_in(user)


def as_logged_in(user: User) -> LoggedIn:
    return LoggedIn(user.id, user.username, user.full_name, Role(user.role), user.phone, user.email)


def check_password(session: Session, user_id: uuid.UUID, password: str) -> bool:
    user = session.get(User, user_id)
    if user is None:
        return False
    try:
        return _HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
