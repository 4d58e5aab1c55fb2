"""The hub: a small HTTP service in front of the council's database that stations sync with.

POST /v1/push stores a station's operations once each and applies them; GET /v1/pull serves
every operation after a hub sequence number. Each request carries the station's token.
"""

from __future__ import annotations

import json
import re
import uuid
from itertools import accumulate
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from desktop.core import clock
from desktop.core.db import local_station
from desktop.core.numbering import last_case_number
from desktop.models import Operation, QuarantinedOperation
from desktop.sync.ingest import ingest
from desktop.sync.keys import StationIdentity, Unauthorized, identify
from desktop.sync.rules import Authority, for_station, password_owners
from desktop.sync.wire import PROTOCOL, BadOperation, from_wire, to_wire

MAX_PUSH = 5000
MAX_PULL = 5000
# Limits checked before any work: a push body is read as a stream and dropped at MAX_BODY; one
# operation's payload may take MAX_PAYLOAD bytes of JSON; JSON deeper than MAX_DEPTH is refused
# before it is parsed.
MAX_BODY = 8 * 1024 * 1024
# A station's full push (client.PUSH_BATCH = 500 operations) of operations at this limit still
# fits in MAX_BODY, so a batch of legitimate operations is never refused whole, again and again.
MAX_PAYLOAD = 15 * 1024
MAX_DEPTH = 32
MAX_AFTER = 2**63 - 1
# A string ends at its closing quote or, unclosed, at the end: every match consumes.
_STRINGS = re.compile(rb'"(?:[^"\\]++|\\.)*+(?:"|\\?\Z)', re.DOTALL)
_BRACKETS = bytes(set(range(256)) - set(b"[]{}"))
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
_NUMBER = re.compile(r"[0-9]{1,19}")


class TooLarge(Exception):
    pass


def json_depth(body: bytes) -> int:
    """How deep arrays and objects nest in a JSON text, without parsing it (nor recursing)."""
    brackets = _STRINGS.sub(b"", body).translate(None, _BRACKETS)
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


def _query_int(request: Request, name: str, default: int, low: int, high: int) -> int:
    text = request.query_params.get(name, str(default))
    if not _NUMBER.fullmatch(text) or not low <= int(text) <= high:
        raise ValueError(f"{name} must be an integer from {low} to {high}")
    return int(text)


async def _read_body(request: Request, limit: int) -> bytes:
    """The body, read as a stream and given up at `limit` bytes (never held whole beyond it)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def create_app(
    engine: Engine, max_body: int = MAX_BODY, max_payload: int = MAX_PAYLOAD
) -> Starlette:
    sessions = sessionmaker(engine, expire_on_commit=False)

    def who(request: Request) -> StationIdentity:
        header = request.headers.get("authorization", "")
        token = header[7:] if header.lower().startswith("bearer ") else ""
        with sessions.begin() as session:
            return identify(session, token)

    def reply(data: dict[str, Any], status: int = 200) -> JSONResponse:
        data["hub_time_ms"] = clock.wall_ms()
        data["protocol"] = PROTOCOL
        return JSONResponse(data, status_code=status)

    def hello(request: Request) -> JSONResponse:
        try:
            station = who(request)
        except Unauthorized as err:
            return _error(401, err.message)
        with sessions() as session:
            last_seq = session.scalar(
                select(func.max(Operation.seq)).where(Operation.station_id == station.id)
            )
            head = session.scalar(select(func.max(Operation.hub_seq)))
            last_case = last_case_number(session, station.code)
            held = held_of(session, station.id)
        return reply(
            {
                "station_id": str(station.id),
                "code": station.code,
                "name": station.name,
                "last_seq_from_station": last_seq or 0,
                "hub_seq": head or 0,
                "last_case_number_from_station": last_case or "",
                "held": held,
            }
        )

    async def push(request: Request) -> JSONResponse:
        # Who asks comes first, from the header alone: a stranger's body is never read.
        try:
            station = await _run(who, request)
        except Unauthorized as err:
            return _error(401, err.message)
        try:
            body = await _read_body(request, max_body)
        except TooLarge:
            return _error(
                413, f"request body over {max_body} bytes: send fewer operations per push"
            )
        try:
            if json_depth(body) > MAX_DEPTH:
                return _error(400, f"JSON nested deeper than {MAX_DEPTH}")
            raw_ops = json.loads(body)["ops"]
            if not isinstance(raw_ops, list) or len(raw_ops) > MAX_PUSH:
                return _error(400, f"ops must be a list of at most {MAX_PUSH}")
            for item in raw_ops:
                size = len(
                    json.dumps(
                        item.get("payload"), ensure_ascii=False, separators=(",", ":")
                    ).encode("utf-8")
                )
                if size > max_payload:
                    return _error(
                        413,
                        f"operation {item.get('id')}: payload of {size} bytes, over {max_payload}",
                    )
            ops = [from_wire(item) for item in raw_ops]
        except (
            ValueError,
            KeyError,
            TypeError,
            AttributeError,
            RecursionError,
            BadOperation,
        ) as err:
            return _error(400, f"bad request: {err}")
        return await _run(push_ops, station, ops)

    def push_ops(station: StationIdentity, ops: list[Operation]) -> JSONResponse:
        foreign = [str(op.id) for op in ops if op.station_id != station.id]
        if foreign:
            return _error(403, f"operations signed for another station: {foreign[:5]}")
        for op in ops:
            op.hub_seq = None  # the hub gives its own order
        with sessions.begin() as session:
            authority = Authority(local_station(session).id, sender=station.id)
            result = ingest(session, ops, as_hub=True, authority=authority)
            held = held_of(session, station.id)
        acked = [str(i) for i in result.stored + result.known + result.quarantined]
        acked += [str(i) for i, _reason in result.rejected]  # kept in the hub's quarantine
        return reply(
            {
                "acked": acked,
                "stored": len(result.stored),
                "quarantined": [str(i) for i in result.quarantined],
                "rejected": [{"id": str(i), "reason": r} for i, r in result.rejected],
                "refused": [r.as_reply() for r in result.refused],
                # Every operation of the station the hub holds now, after this push: the
                # station keeps the same ones in its own quarantine.
                "held": held,
            }
        )

    def pull(request: Request) -> JSONResponse:
        try:
            station = who(request)
        except Unauthorized as err:
            return _error(401, err.message)
        try:
            after = _query_int(request, "after", 0, 0, MAX_AFTER)
            limit = _query_int(request, "limit", 1000, 1, MAX_PULL)
        except ValueError as err:
            return _error(400, str(err))
        table = Operation.__table__
        with sessions() as session:
            # Plain rows, not ORM objects: `to_wire` only reads the columns.
            rows = list(
                session.execute(
                    select(table)
                    .where(table.c.hub_seq > after)
                    .order_by(table.c.hub_seq)
                    .limit(limit + 1)
                )
            )
            hub_id = local_station(session).id
            more = len(rows) > limit
            rows = rows[:limit]
            owners = password_owners(session, rows)
        return reply(
            {
                "ops": [for_station(to_wire(op), station.id, hub_id, owners) for op in rows],
                "last": rows[-1].hub_seq if rows else after,
                "more": more,
            }
        )

    def quarantine(request: Request) -> JSONResponse:
        try:
            station = who(request)
        except Unauthorized as err:
            return _error(401, err.message)
        with sessions() as session:  # a station sees only its own operations' quarantine
            rows = session.scalars(
                select(QuarantinedOperation)
                .order_by(QuarantinedOperation.at)
                .where(QuarantinedOperation.station_id == station.id)
            )
            items = [
                {
                    "op_id": str(q.op_id),
                    "station_id": str(q.station_id),
                    "kind": q.kind,
                    "reason": q.reason,
                    "at": q.at.isoformat(),
                    "status": q.status,
                    "waits_for": str(q.waits_for) if q.waits_for else None,
                    "resolution": q.resolution,
                }
                for q in rows
            ]
        return reply({"quarantine": items})

    return Starlette(
        routes=[
            Route("/v1/hello", hello),
            Route("/v1/push", push, methods=["POST"]),
            Route("/v1/pull", pull),
            Route("/v1/quarantine", quarantine),
        ]
    )


def held_of(session: Session, station_id: uuid.UUID) -> list[dict[str, Any]]:
    """The station's operations the hub holds in quarantine (refused, not applied, waiting)."""
    rows = session.execute(
        select(
            QuarantinedOperation.op_id, QuarantinedOperation.reason, QuarantinedOperation.waits_for
        )
        .where(QuarantinedOperation.station_id == station_id, QuarantinedOperation.status == "held")
        .order_by(QuarantinedOperation.at)
    )
    return [
        {"id": str(op_id), "reason": reason, "waits_for": str(waits) if waits else None}
        for op_id, reason, waits in rows
    ]


async def _run(fn, *args):  # noqa: ANN001, ANN202
    """Database work runs on the thread pool, never on the event loop."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn, *args)


def serve(
    engine: Engine,
    host: str,
    port: int,
    certfile: str | None = None,
    keyfile: str | None = None,
    max_body: int = MAX_BODY,
) -> None:
    import uvicorn

    uvicorn.run(
        create_app(engine, max_body=max_body),
        host=host,
        port=port,
        ssl_certfile=certfile,
        ssl_keyfile=keyfile,
        log_level="warning",
        access_log=False,
    )
