"""Identifiers and time: UUIDv7 ids, the hybrid logical clock, and a replaceable 'now'."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from dataclasses import dataclass

import uuid6

LOCAL_TZ_NAME = "Asia/Jerusalem"


def new_id() -> uuid.UUID:
    """A time-ordered UUID (v7), made where the row is created."""
    return uuid.UUID(bytes=uuid6.uuid7().bytes)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def local_today() -> dt.date:
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo(LOCAL_TZ_NAME)).date()


@dataclass(frozen=True, order=True)
class Timestamp:
    """A hybrid-logical-clock reading; ordering is (wall, counter, station)."""

    wall_ms: int
    counter: int
    station: str

    def encode(self) -> str:
        # Fixed width so that the text sorts like the tuple, on every database.
        return f"{self.wall_ms:015d}.{self.counter:05d}.{self.station}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        wall, counter, station = text.split(".", 2)
        return cls(int(wall), int(counter), station)


def hlc_tick(last_wall: int, last_counter: int, now_ms: int) -> tuple[int, int]:
    """The next local reading after (last_wall, last_counter) when the wall clock says now_ms.

    A wall clock that jumps back never makes the clock go back.
    """
    if now_ms > last_wall:
        return now_ms, 0
    return last_wall, last_counter + 1


def hlc_receive(
    last_wall: int, last_counter: int, remote_wall: int, remote_counter: int, now_ms: int
) -> tuple[int, int]:
    """The local reading after seeing a remote one, so later local changes sort after it."""
    wall = max(last_wall, remote_wall, now_ms)
    if wall == last_wall == remote_wall:
        return wall, max(last_counter, remote_counter) + 1
    if wall == last_wall:
        return wall, last_counter + 1
    if wall == remote_wall:
        return wall, remote_counter + 1
    return wall, 0


def to_local(moment: dt.datetime) -> dt.datetime:
    """A stored UTC time as the council's local time."""
    from zoneinfo import ZoneInfo

    return moment.astimezone(ZoneInfo(LOCAL_TZ_NAME))
