"""Work after the counter: tasks for the case owner, notifications, absences, the outbox and
the knowledge base."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Task(Base):
    """Something the case owner must do: call the resident back, or follow up after closing."""

    __tablename__ = "tasks"
    __table_args__ = (Index("ix_tasks_owner_open", "owner_id", "done_at", "due_date"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # callback | followup
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    item_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("case_items.id"))
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    due_date: Mapped[dt.date]
    created_at: Mapped[dt.datetime]
    done_at: Mapped[dt.datetime | None]
    done_by: Mapped[uuid.UUID | None]
    outcome: Mapped[str] = mapped_column(default="")
    channel: Mapped[str] = mapped_column(String(12), default="")
    reached: Mapped[bool | None]
    satisfaction: Mapped[int | None]
    comment: Mapped[str] = mapped_column(default="")


class Notification(Base):
    """Told to a case owner: an item of theirs was updated, slipped, or finished."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_user_unread", "user_id", "read_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"))
    item_id: Mapped[uuid.UUID | None]
    kind: Mapped[str] = mapped_column(String(12))  # updated | slipped | done | handoff
    text: Mapped[str]
    created_at: Mapped[dt.datetime]
    read_at: Mapped[dt.datetime | None]


class Absence(Base):
    """A user away for a period; a stand-in takes their new items and their owner duties."""

    __tablename__ = "absences"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), index=True)
    stand_in_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date]
    reason: Mapped[str] = mapped_column(default="")
    created_at: Mapped[dt.datetime]
    cancelled: Mapped[bool] = mapped_column(default=False)


class OutboxMessage(Base):
    """A message to a resident by a channel with no provider: the clerk sends it by hand."""

    __tablename__ = "outbox"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"))
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"))
    channel: Mapped[str] = mapped_column(String(12))
    address: Mapped[str] = mapped_column(default="")
    subject: Mapped[str] = mapped_column(default="")
    body: Mapped[str]
    created_by: Mapped[uuid.UUID | None]
    created_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]
    sent_by: Mapped[uuid.UUID | None]


class KnowledgeEntry(Base):
    """A frequent answer: opening hours, a procedure, documents needed, fees."""

    __tablename__ = "knowledge_entries"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    department_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("departments.id"))
    category: Mapped[str] = mapped_column(String(40), default="")
    keywords: Mapped[list[str]]
    answer: Mapped[str]
    search_key: Mapped[str] = mapped_column(default="")


class CaseSeen(Base):
    """When a user last looked at a case (local to the station, for "what changed")."""

    __tablename__ = "case_seen"

    user_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    seen_at: Mapped[dt.datetime]
