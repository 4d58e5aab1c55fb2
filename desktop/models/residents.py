"""Residents, their search index and the access log the privacy regulations require."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Resident(Base):
    __tablename__ = "residents"
    # The board's filter by locality reads the residents' ids from the index alone.
    __table_args__ = (Index("ix_residents_locality", "locality_id", "id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    # Not unique in the database: two offline stations may register the same person, and sync
    # must not stop on it; the service refuses a known ID, and sync reports a duplicate.
    national_id: Mapped[str] = mapped_column(String(9), index=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80))
    birth_date: Mapped[dt.date | None]
    gender: Mapped[str] = mapped_column(String(1), default="")
    phone: Mapped[str] = mapped_column(String(10), default="", index=True)
    phone2: Mapped[str] = mapped_column(String(10), default="", index=True)
    email: Mapped[str] = mapped_column(String(120), default="")
    locality_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("localities.id"))
    address: Mapped[str] = mapped_column(String(160), default="")
    preferred_channel: Mapped[str] = mapped_column(String(12), default="phone")
    language: Mapped[str] = mapped_column(String(5), default="he")
    accessibility: Mapped[str] = mapped_column(default="")
    # Last-writer-wins by hybrid logical clock: a field's clock is its entry in field_clocks,
    # or created_hlc when it was never edited (keeps a million residents small).
    created_hlc: Mapped[str] = mapped_column(String(64))
    field_clocks: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class ResidentNameToken(Base):
    """One word of a resident's normalised name; a prefix range over `token` finds residents."""

    __tablename__ = "resident_name_tokens"
    __table_args__ = (Index("ix_resident_name_tokens_lookup", "token", "name_key", "resident_id"),)

    resident_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), primary_key=True
    )
    token: Mapped[str] = mapped_column(String(80), primary_key=True)
    name_key: Mapped[str] = mapped_column(String(170))


class AccessLogEntry(Base):
    """Who saw which resident's personal data, when, at which station, and in what: the
    profile, search results, a case, a receipt, an export. Kept 24 months (desktop.counter.access)."""

    __tablename__ = "access_log"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"))
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), index=True)
    station_id: Mapped[uuid.UUID]
    at: Mapped[dt.datetime] = mapped_column(index=True)
    what: Mapped[str] = mapped_column(String(16), default="profile", server_default="profile")
    # Where, without personal data: a case number, the kind of export.
    detail: Mapped[str] = mapped_column(String(120), default="", server_default="")
