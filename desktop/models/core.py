"""Tables that every feature shares: stations, the operation log, users, reference data."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Station(Base):
    """A PC or laptop that runs Dalpak with its own database; its code prefixes case numbers."""

    __tablename__ = "stations"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime]


class StationState(Base):
    """Counters of this database's own station (one row, never synced)."""

    __tablename__ = "station_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stations.id"))
    last_op_seq: Mapped[int] = mapped_column(default=0)
    hlc_wall_ms: Mapped[int] = mapped_column(BigInteger, default=0)
    hlc_counter: Mapped[int] = mapped_column(default=0)
    # The station's last case number the hub holds, told at every sync: a database restored
    # from a backup continues after it even before its own later cases come back.
    case_number_floor: Mapped[str] = mapped_column(String(24), default="", server_default="")
    # Set by `dalpak restore` on a station linked to a hub: nothing is recorded until the next
    # contact with the hub has told it where its numbers continue (README, "restored").
    restored_at: Mapped[dt.datetime | None]


class Operation(Base):
    """One immutable change: the unit of sync, the audit trail and the case timeline."""

    __tablename__ = "operations"
    __table_args__ = (
        UniqueConstraint("station_id", "seq", name="uq_operations_station_seq"),
        Index("ix_operations_entity", "entity_id", "hlc"),
        Index("ix_operations_unsent", "acked", "station_id", "seq"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    station_id: Mapped[uuid.UUID]
    seq: Mapped[int]
    hlc: Mapped[str] = mapped_column(String(64), index=True)
    user_id: Mapped[uuid.UUID | None]
    kind: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID | None]
    payload: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime]
    # Order given by the hub; None until the operation has been to the hub and back.
    hub_seq: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    # This station's own operation was stored by the hub (always true for others' operations).
    acked: Mapped[bool] = mapped_column(default=False)


class Department(Base):
    __tablename__ = "departments"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    description: Mapped[str] = mapped_column(default="")


class Locality(Base):
    __tablename__ = "localities"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(80))


class User(Base):
    """Someone who logs in: clerk, department staff, supervisor or admin."""

    __tablename__ = "users"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    department_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("departments.id"))
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime]
    # Set by an admin's new or reset password: the user must choose their own at the next login.
    must_change_password: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The clock (HLC) of the deactivation in force, "" while active: what the user did before it,
    # synced later from a village, is still taken in; what they did after it is refused.
    deactivated_hlc: Mapped[str] = mapped_column(String(64), default="", server_default="")


class LoginFailures(Base):
    """Wrong passwords typed at this station for one user name, and the lock-out they caused.

    Local to the station, never synced: the lock-out must work offline, and a name typed wrong
    on one laptop must not lock the person out of every station."""

    __tablename__ = "login_failures"

    username: Mapped[str] = mapped_column(String(60), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    last_failed_at: Mapped[dt.datetime]
    locked_until: Mapped[dt.datetime | None]


class RequestType(Base):
    """An entry of the catalogue: what a resident can ask for, who handles it, how long it takes."""

    __tablename__ = "request_types"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    department_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("departments.id"))
    sla_days: Mapped[int]
    # The law's limit in calendar days, when there is one: the expected date never passes it.
    statutory_days: Mapped[int | None]
    steps: Mapped[list[str]]
    documents: Mapped[list[str]]
    keywords: Mapped[list[str]]
    search_key: Mapped[str] = mapped_column(default="")
    active: Mapped[bool] = mapped_column(default=True)
