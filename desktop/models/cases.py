"""A case is one visit of a resident; its items are the separate requests, each routed."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base

# An item still being worked on (followthrough.items.OPEN, as SQL for partial indexes).
OPEN_ITEM_SQL = "status IN ('received', 'in_progress', 'waiting_resident', 'waiting_department')"


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_owner_status", "owner_id", "status"),
        Index("ix_cases_arrived_at", "arrived_at"),
        # A resident's cases; with the id, the board's filter by locality reads no case row.
        Index("ix_cases_resident", "resident_id", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"))
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    station_id: Mapped[uuid.UUID]
    status: Mapped[str] = mapped_column(String(16), default="open")
    arrived_at: Mapped[dt.datetime]
    service_started_at: Mapped[dt.datetime]
    service_ended_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]
    closed_at: Mapped[dt.datetime | None]
    updated_at: Mapped[dt.datetime | None]


class CaseItem(Base):
    __tablename__ = "case_items"
    __table_args__ = (
        Index("ix_case_items_inbox", "department_id", "status", "expected_date"),
        # The supervisor's board reads only open items, from these two indexes alone (the id is
        # not the rowid, and SQLite checks the status again, so both are part of them): the
        # figures by department and person, and the list by expected date. The board's query
        # repeats this condition word for word.
        Index(
            "ix_case_items_open_work",
            "department_id",
            "assignee_id",
            "expected_date",
            "slips",
            "created_at",
            "request_type_id",
            "case_id",
            "id",
            "status",
            sqlite_where=text(OPEN_ITEM_SQL),
            postgresql_where=text(OPEN_ITEM_SQL),
        ),
        Index(
            "ix_case_items_open_due",
            "expected_date",
            "created_at",
            "id",
            "department_id",
            "assignee_id",
            "request_type_id",
            "slips",
            "case_id",
            "status",
            sqlite_where=text(OPEN_ITEM_SQL),
            postgresql_where=text(OPEN_ITEM_SQL),
        ),
        # What a person holds, for moving it all (partial, so that the department inbox, which
        # binds its statuses, keeps its own plan).
        Index(
            "ix_case_items_open_assignee",
            "assignee_id",
            "id",
            "case_id",
            "department_id",
            "request_type_id",
            "position",
            "status",
            sqlite_where=text(OPEN_ITEM_SQL),
            postgresql_where=text(OPEN_ITEM_SQL),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    position: Mapped[int]
    request_type_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("request_types.id"))
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("departments.id"), index=True)
    description: Mapped[str] = mapped_column(default="")
    next_steps: Mapped[list[str]]
    documents: Mapped[list[str]]
    expected_date: Mapped[dt.date]
    status: Mapped[str] = mapped_column(String(24), default="received")
    created_at: Mapped[dt.datetime]
    # A person in the department, when the item was handed to one (else the whole department).
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    handoffs: Mapped[int] = mapped_column(default=0)
    slips: Mapped[int] = mapped_column(default=0)
    outcome: Mapped[str] = mapped_column(default="")
    updated_at: Mapped[dt.datetime | None]
    finished_at: Mapped[dt.datetime | None]


class Draft(Base):
    """A case being typed, saved keystroke by keystroke so that a crash loses nothing.

    Local to this station and never synced: it becomes operations only when the case is saved.
    """

    __tablename__ = "drafts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), unique=True)
    payload: Mapped[dict[str, Any]]
    started_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
