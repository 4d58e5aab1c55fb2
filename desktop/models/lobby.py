"""The lobby: residents who walked in and wait to be called to a counter."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class LobbyVisit(Base):
    """One resident in the lobby, from check-in to the end of the service (or leaving)."""

    __tablename__ = "lobby_visits"
    __table_args__ = (
        Index("ix_lobby_visits_day", "ticket_day", "status"),
        Index("ix_lobby_visits_station_day", "station_id", "ticket_day"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    station_id: Mapped[uuid.UUID]
    # Shown on the lobby display: the station's prefix and a number that restarts every day.
    ticket: Mapped[str] = mapped_column(String(16))
    ticket_day: Mapped[dt.date]
    resident_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("residents.id"), index=True)
    # The name as typed when the resident was not found at check-in.
    typed_name: Mapped[str] = mapped_column(String(120), default="")
    reason: Mapped[str] = mapped_column(default="")
    priority: Mapped[str] = mapped_column(String(16), default="none")
    priority_reason: Mapped[str] = mapped_column(default="")
    status: Mapped[str] = mapped_column(String(10), default="waiting")
    arrived_at: Mapped[dt.datetime]
    called_at: Mapped[dt.datetime | None]
    called_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    counter: Mapped[str] = mapped_column(String(20), default="")
    # The last time the resident was called (again): the display shows the latest calls.
    last_called_at: Mapped[dt.datetime | None]
    ended_at: Mapped[dt.datetime | None]
    case_id: Mapped[uuid.UUID | None]
    updated_at: Mapped[dt.datetime]
