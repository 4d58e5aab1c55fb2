"""Replication bookkeeping: this station's link to the hub, conflicts, quarantine, hub keys."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, String, false
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class SyncState(Base):
    """This station's link to the hub (one row, never synced)."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    hub_url: Mapped[str] = mapped_column(default="")
    token: Mapped[str] = mapped_column(default="")
    # Hub sequence of the last operation pulled and applied; stored with what it applied.
    pull_cursor: Mapped[int] = mapped_column(BigInteger, default=0)
    last_success_at: Mapped[dt.datetime | None]
    last_attempt_at: Mapped[dt.datetime | None]
    last_error: Mapped[str] = mapped_column(default="")
    # Hub clock minus this station's clock, in milliseconds, at the last contact.
    clock_offset_ms: Mapped[int] = mapped_column(BigInteger, default=0)


class FieldConflict(Base):
    """Two stations changed the same field of a resident without seeing each other's change.

    The winner (later clock, then station id) is what every database shows; the loser's value
    is kept here until a supervisor confirms the winner or chooses the other value.
    """

    __tablename__ = "field_conflicts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    entity_id: Mapped[uuid.UUID] = mapped_column(index=True)
    field: Mapped[str] = mapped_column(String(40))
    winner_op: Mapped[uuid.UUID]
    loser_op: Mapped[uuid.UUID]
    winner_value: Mapped[Any] = mapped_column(JSON)
    loser_value: Mapped[Any] = mapped_column(JSON)
    winner_station: Mapped[uuid.UUID]
    loser_station: Mapped[uuid.UUID]
    detected_hlc: Mapped[str] = mapped_column(String(64))
    resolved_op: Mapped[uuid.UUID | None]
    resolution: Mapped[str] = mapped_column(String(12), default="")


class QuarantinedOperation(Base):
    """An operation that could not be applied here: kept whole with the reason, never dropped."""

    __tablename__ = "quarantine"

    op_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    station_id: Mapped[uuid.UUID]
    kind: Mapped[str] = mapped_column(String(40))
    operation: Mapped[dict[str, Any]]
    reason: Mapped[str]
    at: Mapped[dt.datetime]
    # held: waits for a supervisor (retry or discard); discarded: void everywhere, for good.
    status: Mapped[str] = mapped_column(String(12), default="held", server_default="held")
    # Held because an earlier operation on the same case or resident is held (its id).
    waits_for: Mapped[uuid.UUID | None]
    # This database applied the operation before it was held (its station recorded it).
    applied_here: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The operation that discarded it, and the reason the supervisor gave.
    resolved_op: Mapped[uuid.UUID | None]
    resolution: Mapped[str] = mapped_column(default="", server_default="")


class HubStationKey(Base):
    """On the hub: the token (as a hash) a station authenticates with, and its successor."""

    __tablename__ = "hub_station_keys"

    station_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    token_hash: Mapped[str] = mapped_column(String(128))
    # The token of `hub rotate-station` not used yet: both work until it is used once.
    next_token_hash: Mapped[str | None] = mapped_column(String(128))
    revoked: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime]
    last_seen_at: Mapped[dt.datetime | None]
    rotated_at: Mapped[dt.datetime | None]


class HubCounter(Base):
    """On the hub: the last sequence number given to an operation (one row, locked on ingest)."""

    __tablename__ = "hub_counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class ClockWarning(Base):
    """An operation stamped far ahead of the clock of the database that received it."""

    __tablename__ = "clock_warnings"

    op_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    station_id: Mapped[uuid.UUID]
    ahead_ms: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[dt.datetime]


class RowClock(Base):
    """The last operation applied to a row of the council's reference data, and the natural
    key (username, code) its first operation claimed.

    Appliers of reference data apply an operation only when it is later (clock, then id) than
    the one recorded here, so every database ends with the same row whatever the delivery
    order. The claimed key and the clock of the row's first operation decide which of two rows
    made apart with the same key keeps it (see core.convergence).
    """

    __tablename__ = "row_clocks"
    __table_args__ = (Index("ix_row_clocks_claimed", "table_name", "claimed"),)

    # Ids of rows are unique across tables (new ids are UUIDv7): the row's id alone is the key.
    entity_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    hlc: Mapped[str] = mapped_column(String(64))
    op_id: Mapped[uuid.UUID]
    claimed: Mapped[str] = mapped_column(String(160), default="")
    first_hlc: Mapped[str] = mapped_column(String(64))
    first_op: Mapped[uuid.UUID]
    first_station: Mapped[uuid.UUID]


class KeyCollision(Base):
    """Two rows made apart with the same natural key: two users with one username, two
    catalogue entries with one code, two residents with one ID number.

    The earlier row by clock keeps the key; the other is renamed with a visible suffix
    (residents are not renamed: they are linked as duplicates, to merge). The record's id comes
    from the pair, so every database holds the same records; a supervisor settles them.
    """

    __tablename__ = "key_collisions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(160))
    kept_id: Mapped[uuid.UUID] = mapped_column(index=True)
    other_id: Mapped[uuid.UUID] = mapped_column(index=True)
    detected_hlc: Mapped[str] = mapped_column(String(64))
    resolved_op: Mapped[uuid.UUID | None]
    resolution: Mapped[str] = mapped_column(String(12), default="")


class ResidentMerge(Base):
    """A resident merged into another: everything of `merged_id` now belongs to `into_id`.

    The merged row stays (so operations made elsewhere before the merge still apply); its
    cases, holdings, visits and history move to the survivor, also those that arrive later.
    """

    __tablename__ = "resident_merges"

    merged_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    into_id: Mapped[uuid.UUID] = mapped_column(index=True)
