"""The hub's limits hold before it does any work: who asks is checked from the header before the
body is read, a body is read as a stream up to its limit, one operation's payload and the JSON
nesting are bounded, and query parameters are checked; every refusal is a JSON error, never a 500.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import socket
import threading
import time
import uuid

import httpx
import pytest

from desktop.sync.hub import MAX_BODY, MAX_DEPTH, MAX_PAYLOAD

pytestmark = [pytest.mark.sync, pytest.mark.postgres]

MB = 1024 * 1024


def raw_post(
    port: int, headers: dict[str, str], chunks, *, chunked: bool = False, timeout: float = 20.0
) -> tuple[int, dict, float, int]:
    """POST /v1/push over a bare socket, the body sent by a thread while the answer is read:
    (status, JSON body, seconds to the answer, bytes of the body sent by then)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    head = "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    if chunked:
        head += "Transfer-Encoding: chunked\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    sent = [0]

    def send() -> None:
        try:
            sock.sendall(head.encode())
            for chunk in chunks:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
                sent[0] += len(chunk)
            if chunked:
                sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the hub closed the connection: what is being tested

    start = time.monotonic()
    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    data = b""
    while b"\r\n\r\n" not in data:
        part = sock.recv(65536)
        if not part:
            break
        data += part
    elapsed, sent_then = time.monotonic() - start, sent[0]
    head_part, _sep, rest = data.partition(b"\r\n\r\n")
    lines = head_part.decode().split("\r\n")
    status = int(lines[0].split()[1])
    length = next(
        int(v)
        for k, _s, v in (x.partition(": ") for x in lines[1:])
        if k.lower() == "content-length"
    )
    while len(rest) < length:
        part = sock.recv(65536)
        if not part:
            break
        rest += part
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)  # wakes a send blocked on a hub that stopped reading
    sock.close()
    sender.join(1)  # a send still blocked ends at the socket timeout on its own
    return status, json.loads(rest[:length]), elapsed, sent_then


def zeros(total: int, size: int = MB):
    block = b" " * size
    for _ in range(total // size):
        yield block


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def wire_op(station_id: str, payload) -> dict:  # noqa: ANN001
    return {
        "id": str(uuid.uuid4()),
        "station_id": station_id,
        "seq": 1,
        "hlc": "0",
        "user_id": None,
        "kind": "resident.created",
        "entity_id": str(uuid.uuid4()),
        "payload": payload,
        "created_at": dt.datetime.now(dt.UTC).isoformat(),
    }


def test_a_request_without_a_token_is_refused_before_its_body_is_read(hub):
    status, body, elapsed, sent = raw_post(
        hub.server.config.port, {"Content-Length": str(300 * MB)}, zeros(300 * MB)
    )
    assert status == 401 and "token" in body["error"]
    assert elapsed < 5 and sent < 100 * MB  # answered at once, long before the 300 MB went
    status, body, _elapsed, _sent = raw_post(
        hub.server.config.port, {"Authorization": "Bearer ARB.wrong"}, zeros(20 * MB), chunked=True
    )
    assert status == 401


def test_a_body_over_the_limit_is_refused(hub, make_station):
    station = make_station("ARB")
    auth = {"Authorization": f"Bearer {station.token}"}
    declared = dict(auth, **{"Content-Length": str(MAX_BODY + 1)})
    status, body, _elapsed, _sent = raw_post(hub.server.config.port, declared, zeros(MAX_BODY + MB))
    assert status == 413 and str(MAX_BODY) in body["error"]
    # Without a declared length the stream is read up to the limit and then given up.
    status, body, _elapsed, sent = raw_post(
        hub.server.config.port, auth, zeros(60 * MB), chunked=True
    )
    assert status == 413 and str(MAX_BODY) in body["error"]
    assert sent < 40 * MB


def test_the_hub_memory_stays_bounded_under_a_flood(hub, make_station):
    station = make_station("ARB")
    before = rss_mb()
    for i in range(10):
        auth = {"Authorization": f"Bearer {station.token}"} if i % 2 else {}
        status, _body, _elapsed, _sent = raw_post(
            hub.server.config.port, auth, zeros(50 * MB), chunked=True
        )
        assert status in (401, 413)
    assert rss_mb() - before < 100
    assert station.sync().pulled >= 0  # the hub still serves


def test_payload_depth_and_shape_limits(hub, make_station):
    station = make_station("ARB")
    with station.client() as client:
        station_id = client.hello()["station_id"]
    headers = {"Authorization": f"Bearer {station.token}"}
    with httpx.Client(base_url=hub.url, headers=headers) as http:
        big = wire_op(station_id, {"note": "א" * MAX_PAYLOAD})
        answer = http.post("/v1/push", json={"ops": [wire_op(station_id, {}), big]})
        assert answer.status_code == 413 and big["id"] in answer.json()["error"]
        # 200 KB of nested arrays: refused before parsing, not a RecursionError.
        deep = b'{"ops": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
        answer = http.post("/v1/push", content=deep, headers={"Content-Type": "application/json"})
        assert answer.status_code == 400 and "nested" in answer.json()["error"]
        nested: dict = {}
        for _ in range(MAX_DEPTH):
            nested = {"a": nested}
        answer = http.post("/v1/push", json={"ops": [wire_op(station_id, nested)]})
        assert answer.status_code == 400 and "nested" in answer.json()["error"]
        for bad in (
            b"not json",
            b"[1, 2]",
            b'{"ops": [1]}',
            b'{"ops": 5}',
            b'{"ops": [{"payload": 1}]}',
        ):
            answer = http.post("/v1/push", content=bad)
            assert answer.status_code == 400, bad
            assert "error" in answer.json()


def test_pull_parameters_are_checked(hub, make_station):
    station = make_station("ARB")
    headers = {"Authorization": f"Bearer {station.token}"}
    for query in (
        "after=1000000000000000000000000000000",
        "after=-1",
        "after=abc",
        "after=",
        "after=9223372036854775808",
        "after=1.5",
        "limit=0",
        "limit=1000000",
        "limit=x",
    ):
        answer = httpx.get(f"{hub.url}/v1/pull?{query}", headers=headers)
        assert answer.status_code == 400, query
        assert "must be an integer" in answer.json()["error"]
    answer = httpx.get(f"{hub.url}/v1/pull?after={2**63 - 1}&limit=5000", headers=headers)
    assert answer.status_code == 200 and answer.json()["ops"] == []


def test_a_full_push_of_operations_at_the_payload_limit_fits_the_body_limit():
    """A station pushes PUSH_BATCH operations at a time: at their largest they must still fit,
    or the hub would refuse the same batch at every attempt and the station would be stuck."""
    from desktop.sync.client import PUSH_BATCH

    assert PUSH_BATCH * (MAX_PAYLOAD + 1024) <= MAX_BODY  # 1 KB for the operation's envelope
