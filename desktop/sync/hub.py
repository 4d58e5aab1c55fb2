"""The hub: a small HTTP service in front of the council's database that stations sync with.

POST /v1/push stores a station's operations once each and applies them; GET /v1/pull serves
every operation after a hub sequence number. Each request carries the station's token.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import sessionmaker
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
from desktop.sync.rules import Authority, for_station
from desktop.sync.wire import PROTOCOL, BadOperation, from_wire, to_wire

MAX_PUSH = 5000
MAX_PULL = 5000


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def create_app(engine: Engine) -> Starlette:
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
        return reply({"station_id": str(station.id), "code": station.code, "name": station.name,
                      "last_seq_from_station": last_seq or 0, "hub_seq": head or 0,
                      "last_case_number_from_station": last_case or ""})

    async def push(request: Request) -> JSONResponse:
        try:
            body = await request.json()
            raw_ops = body["ops"]
            if not isinstance(raw_ops, list) or len(raw_ops) > MAX_PUSH:
                return _error(400, f"ops must be a list of at most {MAX_PUSH}")
            ops = [from_wire(item) for item in raw_ops]
        except (ValueError, KeyError, TypeError, BadOperation) as err:
            return _error(400, f"bad request: {err}")
        return await _run(push_ops, request, ops)

    def push_ops(request: Request, ops: list[Operation]) -> JSONResponse:
        try:
            station = who(request)
        except Unauthorized as err:
            return _error(401, err.message)
        foreign = [str(op.id) for op in ops if op.station_id != station.id]
        if foreign:
            return _error(403, f"operations signed for another station: {foreign[:5]}")
        for op in ops:
            op.hub_seq = None  # the hub gives its own order
        with sessions.begin() as session:
            authority = Authority(local_station(session).id, sender=station.id)
            result = ingest(session, ops, as_hub=True, authority=authority)
        acked = [str(i) for i in result.stored + result.known + result.quarantined]
        acked += [str(i) for i, _reason in result.rejected]  # kept in the hub's quarantine
        return reply({"acked": acked, "stored": len(result.stored),
                      "quarantined": [str(i) for i in result.quarantined],
                      "rejected": [{"id": str(i), "reason": r} for i, r in result.rejected],
                      "refused": [r.as_reply() for r in result.refused]})

    def pull(request: Request) -> JSONResponse:
        try:
            station = who(request)
        except Unauthorized as err:
            return _error(401, err.message)
        try:
            after = int(request.query_params.get("after", "0"))
            limit = max(1, min(int(request.query_params.get("limit", "1000")), MAX_PULL))
        except ValueError:
            return _error(400, "after and limit must be integers")
        table = Operation.__table__
        with sessions() as session:
            # Plain rows, not ORM objects: `to_wire` only reads the columns.
            rows = list(session.execute(
                select(table).where(table.c.hub_seq > after)
                .order_by(table.c.hub_seq).limit(limit + 1)
            ))
            hub_id = local_station(session).id
        more = len(rows) > limit
        rows = rows[:limit]
        return reply({"ops": [for_station(to_wire(op), station.id, hub_id) for op in rows],
                      "last": rows[-1].hub_seq if rows else after, "more": more})

    def quarantine(request: Request) -> JSONResponse:
        try:
            station = who(request)
        except Unauthorized as err:
            return _error(401, err.message)
        with sessions() as session:  # a station sees only its own operations' quarantine
            rows = session.scalars(select(QuarantinedOperation).order_by(QuarantinedOperation.at)
                                   .where(QuarantinedOperation.station_id == station.id))
            items = [{"op_id": str(q.op_id), "station_id": str(q.station_id), "kind": q.kind,
                      "reason": q.reason, "at": q.at.isoformat()} for q in rows]
        return reply({"quarantine": items})

    return Starlette(routes=[
        Route("/v1/hello", hello),
        Route("/v1/push", push, methods=["POST"]),
        Route("/v1/pull", pull),
        Route("/v1/quarantine", quarantine),
    ])


async def _run(fn, *args):  # noqa: ANN001, ANN202
    """Database work runs on the thread pool, never on the event loop."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn, *args)


def serve(engine: Engine, host: str, port: int, certfile: str | None = None,
          keyfile: str | None = None) -> None:
    import uvicorn

    uvicorn.run(create_app(engine), host=host, port=port, ssl_certfile=certfile,
                ssl_keyfile=keyfile, log_level="warning", access_log=False)
