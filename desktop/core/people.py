"""The council's staff as plain rows: for choosing a person to hand an item to or to stand in."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Department, User


@dataclass(frozen=True)
class Person:
    id: uuid.UUID
    username: str
    full_name: str
    role: str
    department_id: uuid.UUID | None
    department: str  # "" for staff outside a department (reception, supervisors)


def users(session: Session, department_id: uuid.UUID | None = None) -> list[Person]:
    """Active users by name; only those of `department_id` when it is given."""
    stmt = (
        select(User, Department.name)
        .outerjoin(Department, Department.id == User.department_id)
        .where(User.active.is_(True))
        .order_by(User.full_name, User.username)
    )
    if department_id is not None:
        stmt = stmt.where(User.department_id == department_id)
    return [
        Person(u.id, u.username, u.full_name, u.role, u.department_id, dep or "")
        for u, dep in session.execute(stmt)
    ]
