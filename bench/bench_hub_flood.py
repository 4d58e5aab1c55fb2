"""The hub under a flood of large bodies while four stations push their work.

A throw-away PostgreSQL server and a real hub process (`dalpak hub serve` on 127.0.0.1, as in
bench_sync.py). Four stations, each with --ops operations made offline, drain their backlog
at the same time (one process each, the app's `push_all`): first on a quiet hub, then while
--flooders clients stream --flood-mb MB bodies to /v1/push without a token, one after the
other, for as long as the stations push (at least --flood-count bodies in all, at most
--flood-max, never longer than --flood-seconds). Then --auth-flood bodies of --flood-mb MB
with a valid station token (a stolen one), which the hub reads up to its body limit.

Reported: the hub's resident memory (VmRSS at start, peak VmHWM after each phase, from
/proc/PID/status), the stations' ops/s quiet and flooded, and the flood's requests, bytes
sent and answers. Loopback only; every loop is bounded in count and time.

    .venv/bin/python bench/bench_hub_flood.py
    .venv/bin/python bench/bench_hub_flood.py --ops 1000 --flood-count 20   # quicker
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import socket
import sys
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_sync  # noqa: E402
import common  # noqa: E402

MB = 1024 * 1024
CODES = ("ARB", "BET", "GIL", "DAL")
QUIET = ("KFR", "MAL", "NIR", "OFR")


def proc_status(pid: int, field: str) -> float:
    """A memory line of /proc/PID/status, in MB."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def flood_one(port: int, size: int, token: str | None, timeout: float) -> tuple[int, int, float]:
    """Stream one body of `size` bytes (chunked) to /v1/push: (status or 0, bytes sent, seconds
    to the answer)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    head = (
        f"POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Transfer-Encoding: chunked\r\n{auth}\r\n"
    )
    block = b" " * MB
    chunk = b"%x\r\n%s\r\n" % (len(block), block)
    sent = [0]

    def send() -> None:
        try:
            sock.sendall(head.encode())
            for _ in range(size // MB):
                sock.sendall(chunk)
                sent[0] += MB
            sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the hub answered and closed: what it should do

    start = time.monotonic()
    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    status = 0
    try:
        data = b""
        while b"\r\n" not in data:
            part = sock.recv(4096)
            if not part:
                break
            data += part
        if data.startswith(b"HTTP/1.1 "):
            status = int(data.split()[1])
        answered = time.monotonic() - start
    except OSError:
        answered = time.monotonic() - start
        pass
    finally:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)  # wakes a send blocked on a hub that stopped reading
        sock.close()
        sender.join(1)  # a send still blocked ends at the socket's timeout on its own
    return status, sent[0], answered


class Flood:
    """`threads` clients sending bodies one after the other until told to stop (bounded)."""

    def __init__(
        self,
        port: int,
        size_mb: int,
        threads: int,
        least: int,
        most: int,
        seconds: float,
        token: str | None = None,
    ) -> None:
        self.port, self.size, self.token = port, size_mb * MB, token
        self.least, self.most, self.deadline = least, most, time.monotonic() + seconds
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.count, self.sent, self.answers, self.slowest = 0, 0, Counter(), 0.0
        self.threads = [threading.Thread(target=self.run, daemon=True) for _ in range(threads)]

    def _take(self) -> bool:
        with self.lock:
            if self.count >= self.most or time.monotonic() > self.deadline:
                return False
            if self.stop.is_set() and self.count >= self.least:
                return False
            self.count += 1
            return True

    def run(self) -> None:
        while self._take():
            status, sent, answered = flood_one(self.port, self.size, self.token, timeout=30)
            with self.lock:
                self.slowest = max(self.slowest, answered)
                self.sent += sent
                self.answers[status or "no answer"] += 1

    def start(self) -> Flood:
        self.started = time.monotonic()
        for thread in self.threads:
            thread.start()
        return self

    def finish(self) -> float:
        self.stop.set()
        for thread in self.threads:
            thread.join()
        return time.monotonic() - self.started


def drain_rate(paths: list[Path], meter) -> tuple[float, int, list[str]]:  # noqa: ANN001
    reports, _cpu = bench_sync.drain(paths, meter)
    total = sum(r["pushed"] for r in reports)
    wall = max(r["end"] for r in reports) - min(r["start"] for r in reports)
    errors = [
        f"pushed {r['pushed']} of {r['backlog']}: {r['error']}"
        for r in reports
        if r["error"] or r["pushed"] != r["backlog"]
    ]
    return total / wall, total, errors


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--ops", type=int, default=2000, help="offline operations per station")
    p.add_argument("--flood-mb", type=int, default=50, help="size of each flooding body")
    p.add_argument("--flooders", type=int, default=2, help="flooding clients at once")
    p.add_argument("--flood-count", type=int, default=50, help="at least this many bodies")
    p.add_argument("--flood-max", type=int, default=2000, help="at most this many bodies")
    p.add_argument("--flood-seconds", type=float, default=300.0, help="the flood's time limit")
    p.add_argument(
        "--auth-flood",
        type=int,
        default=20,
        help="bodies of --flood-mb MB with a valid token, after the stations (0: skip)",
    )
    p.add_argument("--seed", type=int, default=common.DEFAULT_SEED)
    p.add_argument("--cache", type=Path, default=None)
    args = p.parse_args(argv)

    cache = common.cache_dir(args.cache)
    common.isolate_this_process(cache)
    from desktop.core.db import local_station, open_database, session_factory
    from desktop.core.oplog import Actor
    from desktop.station.seed import seed_reference_data
    from desktop.sync.hub import MAX_BODY
    from desktop.sync.keys import init_hub

    print(common.machine_line(), flush=True)
    folder = cache / f"flood-{os.getpid()}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    server = bench_sync.pg_server(fsync=True)
    hub_proc = None
    try:
        url = server.url(server.create_database())
        hub_engine = open_database(url, station_code="HUB")
        with session_factory(hub_engine).begin() as session:
            init_hub(session)
            hub = local_station(session)
            seed_reference_data(session, Actor(None, hub.id, hub.code))
        hub_proc = bench_sync.HubProcess(url, folder, "hub-flood").start()
        pid, port = hub_proc.pid, hub_proc.port
        rss_start = proc_status(pid, "VmRSS")
        print(f"[setup] hub pid {pid} on {hub_proc.url}: {rss_start:.0f} MB resident", flush=True)
        quiet = [
            bench_sync.build_station(
                hub_engine, hub_proc.url, code, folder, args.ops, 10, args.seed + n
            )
            for n, code in enumerate(QUIET)
        ]
        flooded = [
            bench_sync.build_station(
                hub_engine, hub_proc.url, code, folder, args.ops, 10, args.seed + 50 + n
            )
            for n, code in enumerate(CODES)
        ]
        _identity, stolen = bench_sync.register_station(hub_engine, "THF")
        hub_engine.dispose()
        meter = bench_sync.CpuMeter(pid, server)
        rss_ready = proc_status(pid, "VmRSS")

        quiet_rate, quiet_ops, errors = drain_rate(quiet, meter)
        hwm_quiet = proc_status(pid, "VmHWM")
        print(
            f"[quiet] 4 stations: {quiet_ops:,} operations at {quiet_rate:,.0f} ops/s; "
            f"hub peak {hwm_quiet:.0f} MB",
            flush=True,
        )

        flood = Flood(
            port, args.flood_mb, args.flooders, args.flood_count, args.flood_max, args.flood_seconds
        ).start()
        flood_rate, flood_ops, flood_errors = drain_rate(flooded, meter)
        flood_s = flood.finish()
        errors += flood_errors
        hwm_flood = proc_status(pid, "VmHWM")
        print(
            f"[flood] 4 stations: {flood_ops:,} operations at {flood_rate:,.0f} ops/s while "
            f"{flood.count} bodies of {args.flood_mb} MB without a token came in {flood_s:.1f} s "
            f"({flood.sent / MB:,.0f} MB actually sent; answers {dict(flood.answers)}; slowest answer "
            f"{flood.slowest:.2f} s); "
            f"hub peak {hwm_flood:.0f} MB",
            flush=True,
        )

        hwm_auth, auth = hwm_flood, None
        if args.auth_flood:
            auth = Flood(
                port,
                args.flood_mb,
                args.flooders,
                args.auth_flood,
                args.auth_flood,
                args.flood_seconds,
                token=stolen,
            ).start()
            auth_s = auth.finish()
            hwm_auth = proc_status(pid, "VmHWM")
            print(
                f"[token] {auth.count} bodies of {args.flood_mb} MB with a valid token in "
                f"{auth_s:.1f} s ({auth.sent / MB:,.0f} MB sent; answers {dict(auth.answers)}; "
                f"the hub reads at most {MAX_BODY / MB:.0f} MB of each); hub peak "
                f"{hwm_auth:.0f} MB",
                flush=True,
            )
        alive = hub_proc.proc.poll() is None
        rows = [
            ["hub resident at start", f"{rss_start:.0f} MB"],
            ["hub resident after the stations were set up", f"{rss_ready:.0f} MB"],
            ["hub peak after 4 stations pushed (quiet)", f"{hwm_quiet:.0f} MB"],
            [
                f"hub peak after the unauthenticated flood ({flood.count} x {args.flood_mb} MB)",
                f"{hwm_flood:.0f} MB",
            ],
            ["4 stations, quiet hub", f"{quiet_rate:,.0f} ops/s ({quiet_ops:,} ops)"],
            ["4 stations, during the flood", f"{flood_rate:,.0f} ops/s ({flood_ops:,} ops)"],
        ]
        if auth:
            rows.insert(
                4,
                [
                    f"hub peak after {auth.count} x {args.flood_mb} MB with a valid token",
                    f"{hwm_auth:.0f} MB",
                ],
            )
        common.print_table(
            ["what", "figure"],
            rows,
            f"The hub under a flood (body limit {MAX_BODY / MB:.0f} MB; hub alive "
            f"at the end: {alive})",
        )
        for error in errors:
            print(f"!! a station: {error}", flush=True)
        ok = alive and not errors and hwm_auth - rss_ready < 100
    finally:
        if hub_proc is not None:
            hub_proc.stop()
        server.destroy()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"\n[bench_hub_flood finished in {time.perf_counter() - started:,.0f} s]")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
