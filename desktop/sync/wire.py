"""Operations as they travel between a station and the hub: plain JSON objects."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from desktop.models import Operation

PROTOCOL = 1
FIELDS = ("id", "station_id", "seq", "hlc", "user_id", "kind", "entity_id", "payload", "created_at")


def to_wire(op: Operation) -> dict[str, Any]:
    data = {
        "id": str(op.id),
        "station_id": str(op.station_id),
        "seq": op.seq,
        "hlc": op.hlc,
        "user_id": str(op.user_id) if op.user_id else None,
        "kind": op.kind,
        "entity_id": str(op.entity_id) if op.entity_id else None,
        "payload": op.payload,
        "created_at": op.created_at.isoformat(),
    }
    if op.hub_seq is not None:
        data["hub_seq"] = op.hub_seq
    return data


class BadOperation(ValueError):
    """A JSON object that is not a well-formed operation."""


@dataclass(slots=True)
class WireOperation:
    """An operation taken in from elsewhere: the columns of `Operation`, without the ORM.

    Ingest writes these with multi-row INSERTs and the appliers only read them, so a plain
    object saves building and tracking an ORM instance for each of thousands per request.
    """

    id: uuid.UUID
    station_id: uuid.UUID
    seq: int
    hlc: str
    user_id: uuid.UUID | None
    kind: str
    entity_id: uuid.UUID | None
    payload: dict[str, Any]
    created_at: dt.datetime
    hub_seq: int | None = None
    acked: bool = True


def from_wire(data: dict[str, Any]) -> WireOperation:
    try:
        created = dt.datetime.fromisoformat(data["created_at"])
        if created.tzinfo is None:
            raise BadOperation("created_at has no time zone")
        user_id, entity_id, hub_seq = (
            data.get("user_id"),
            data.get("entity_id"),
            data.get("hub_seq"),
        )
        return WireOperation(
            id=uuid.UUID(data["id"]),
            station_id=uuid.UUID(data["station_id"]),
            seq=int(data["seq"]),
            hlc=str(data["hlc"]),
            user_id=uuid.UUID(user_id) if user_id else None,
            kind=str(data["kind"]),
            entity_id=uuid.UUID(entity_id) if entity_id else None,
            payload=dict(data["payload"]),
            created_at=created,
            hub_seq=int(hub_seq) if hub_seq is not None else None,
        )
    except (KeyError, TypeError, ValueError) as err:
        raise BadOperation(f"malformed operation: {err}") from err
