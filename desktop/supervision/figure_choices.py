"""What the figures' filters offer: departments, clerks (case owners), localities and request
types, each by name."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Department, Locality, RequestType, User


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class FilterChoices:
    departments: tuple[Choice, ...]
    clerks: tuple[Choice, ...]
    localities: tuple[Choice, ...]
    request_types: tuple[Choice, ...]


def filter_choices(session: Session) -> FilterChoices:
    def rows(stmt: Any) -> tuple[Choice, ...]:
        return tuple(Choice(i, n) for i, n in session.execute(stmt))

    return FilterChoices(
        rows(select(Department.id, Department.name).order_by(Department.name)),
        rows(
            select(User.id, User.full_name)
            .where(User.role.in_(("clerk", "supervisor", "admin")))
            .order_by(User.full_name)
        ),
        rows(select(Locality.id, Locality.name).order_by(Locality.name)),
        rows(
            select(RequestType.id, RequestType.name)
            .where(RequestType.active)
            .order_by(RequestType.name)
        ),
    )
