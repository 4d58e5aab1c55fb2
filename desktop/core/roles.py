"""Who may do what. Every service that moves work or changes settings checks the role here,
so a clerk cannot reassign or edit the catalogue even without the screen that offers it."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from desktop.core.errors import NotAllowed
from desktop.core.users import ROLE_LABELS, Role
from desktop.models import User
from desktop.phrases import phrase

SUPERVISORS = (Role.SUPERVISOR, Role.ADMIN)


def role_of(session: Session, user_id: uuid.UUID | None) -> Role | None:
    if user_id is None:
        return None
    user = session.get(User, user_id)
    if user is None or not user.active:
        return None
    return Role(user.role)


def require_role(
    session: Session, user_id: uuid.UUID | None, roles: tuple[Role, ...], action: str
) -> Role:
    """The acting user's role when it is one of `roles`; otherwise NotAllowed naming the action
    (in Hebrew, e.g. "להעביר משימות") and who may do it."""
    role = role_of(session, user_id)
    if role in roles:
        return role
    allowed = ", ".join(ROLE_LABELS[r] for r in roles)
    raise NotAllowed(
        phrase("אין הרשאה {action}. הפעולה מותרת ל: {allowed}.").format(
            action=phrase(action), allowed=allowed
        )
    )


def require_supervisor(session: Session, user_id: uuid.UUID | None, action: str) -> Role:
    return require_role(session, user_id, SUPERVISORS, action)
