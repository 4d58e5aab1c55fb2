"""Sync with the hub: ingest rate, draining a station's backlog, a new station's first download.

Everything runs against a throw-away PostgreSQL server (tests/pgserver.py: initdb in a
temporary folder, a free port of 127.0.0.1) and a real hub process,
`dalpak --db URL hub serve --listen 127.0.0.1:PORT`, so the figures include HTTP and JSON and
the hub never shares a GIL with a station.

  ingest     a station connects, syncs once, then works offline: --ingest-ops operations
             (demo residents with their holdings, recorded in bulk, plus --cases cases opened
             with `open_case`); a station process then drains the backlog with `push_all`
             (the app's PUSH_BATCH per request): ops/s, drain time, latency per request, CPU of
             hub / PostgreSQL / station. Then two stations drain --concurrent-ops each at the
             same time (two processes).
  profile    where the hub's time goes: the hub's push handler (JSON decode, `from_wire`,
             `ingest`) in this process on a station's backlog, every SQL statement counted and
             timed; the same operations as-is (batch-wise), through the one-by-one fallback
             (what a batch holding one bad operation costs), and under cProfile, each into its
             own copy of the hub database (CREATE DATABASE ... TEMPLATE).
  download   a hub holding a whole council (`build_demo`, --council residents, built in the hub
             database by the hub's own station) and a new station that connects and pulls
             everything (`sync_once`, the app's pull page); the station's side as-is against
             the one-by-one fallback on the hub's first --station-what-if-ops operations. Then
             resumability: the same download as `dalpak sync` in a subprocess, SIGKILLed
             --kill-delay s after its saved cursor passed --kill-at of the hub's head (so in
             the middle of a batch), then `dalpak sync` again.

    .venv/bin/python bench/bench_sync.py
    .venv/bin/python bench/bench_sync.py --council 20000 --concurrent-ops 0   # quicker

The whole run takes about half an hour on a 2-core machine, most of it the 100k download
(twice: once measured, once killed and resumed).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

TARGET_INGEST_OPS_S = 2000.0
TARGET_DRAIN_S = 30.0
HUB_START_TIMEOUT_S = 60
CHILD_TIMEOUT_S = 2 * 3600  # a 100k download takes tens of minutes on a busy 2-core machine
CLIENT_TIMEOUT_S = 300.0  # the app uses 30 s; a longer one lets a slow batch be measured
CLK_TCK = os.sysconf("SC_CLK_TCK")


# --- processes and their CPU time ------------------------------------------------------------


def _stat_fields(pid: int) -> list[str]:
    # Fields after the command name: [0] is field 3 (state) of proc(5).
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def process_cpu(pid: int, *, with_reaped_children: bool = False) -> float:
    """CPU seconds (user + system) used so far by a live process."""
    try:
        f = _stat_fields(pid)
    except (OSError, IndexError):
        return 0.0
    ticks = int(f[11]) + int(f[12])
    if with_reaped_children:
        ticks += int(f[13]) + int(f[14])
    return ticks / CLK_TCK


def postgres_cpu(server) -> float:  # noqa: ANN001
    """CPU seconds of the whole PostgreSQL server: postmaster, live backends, exited ones."""
    from tests.pgserver import _children

    try:
        pid = int((server.datadir / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0.0
    total = process_cpu(pid, with_reaped_children=True)
    return total + sum(process_cpu(child) for child in _children(pid))


@dataclass
class CpuMeter:
    """Wall and CPU seconds of the hub process, PostgreSQL and this process over a phase."""

    hub_pid: int
    server: object
    marks: dict[str, float] = field(default_factory=dict)

    def _now(self) -> dict[str, float]:
        return {
            "wall": time.monotonic(),
            "hub": process_cpu(self.hub_pid),
            "postgres": postgres_cpu(self.server),
            "bench": time.process_time(),
        }

    def start(self) -> CpuMeter:
        self.marks = self._now()
        return self

    def stop(self) -> dict[str, float]:
        end = self._now()
        return {k: end[k] - self.marks[k] for k in end}


class HubProcess:
    """`dalpak hub serve` on a free loopback port, its output in a log file."""

    def __init__(self, db: str, folder: Path, name: str) -> None:
        from tests.pgserver import free_port

        self.db = db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = folder / f"{name}.log"
        self.proc: subprocess.Popen | None = None

    def start(self) -> HubProcess:
        import httpx

        cmd = [*common.dalpak_command(), "--db", self.db, "hub", "serve",
               "--listen", f"127.0.0.1:{self.port}"]  # fmt: skip
        with open(self.log, "w", encoding="utf-8") as log:
            self.proc = subprocess.Popen(
                cmd, cwd=common.PROJECT_DIR, env=common.isolated_env(), stdout=log,
                stderr=subprocess.STDOUT,
            )  # fmt: skip
        started = time.perf_counter()
        while True:
            if self.proc.poll() is not None:
                raise SystemExit(f"the hub exited ({self.proc.returncode}):\n{self.log_text()}")
            try:
                httpx.get(f"{self.url}/v1/hello", timeout=2)  # 401 without a token: it answers
                break
            except httpx.HTTPError:
                pass
            if time.perf_counter() - started > HUB_START_TIMEOUT_S:
                self.stop()
                raise SystemExit(f"the hub did not answer in {HUB_START_TIMEOUT_S} s")
            time.sleep(0.1)
        self.startup_s = time.perf_counter() - started
        return self

    @property
    def pid(self) -> int:
        return self.proc.pid

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()  # uvicorn shuts down on SIGTERM
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)


# --- stations --------------------------------------------------------------------------------


def timed_client(url: str, token: str):  # noqa: ANN201
    """A HubClient that notes, for every request, its kind, start, duration and op count."""
    from desktop.sync.client import PULL_BATCH, HubClient

    class TimedClient(HubClient):
        def __init__(self) -> None:
            super().__init__(url, token, timeout=CLIENT_TIMEOUT_S)
            self.calls: list[dict] = []
            self.progress_of = 0  # hub head: print progress every 20 pulls

        def _timed(self, kind: str, fn, count) -> dict:  # noqa: ANN001
            start = time.monotonic()
            answer = fn()
            self.calls.append({"kind": kind, "start": start, "s": time.monotonic() - start,
                               "ops": count(answer)})  # fmt: skip
            return answer

        def push(self, ops: list[dict]) -> dict:
            return self._timed("push", lambda: super(TimedClient, self).push(ops),
                               lambda _a: len(ops))  # fmt: skip

        def pull(self, after: int, limit: int = PULL_BATCH) -> dict:
            answer = self._timed("pull", lambda: super(TimedClient, self).pull(after, limit),
                                 lambda a: len(a.get("ops", [])))  # fmt: skip
            if self.progress_of and len(self.calls) % 20 == 0:
                took = time.monotonic() - self.calls[0]["start"]
                print(f"[progress] pulled up to {answer.get('last', 0):,} of "
                      f"{self.progress_of:,} after {took:,.0f} s", flush=True)  # fmt: skip
            return answer

    return TimedClient()


def register_station(hub_engine, code: str) -> tuple[object, str, object]:  # noqa: ANN001
    """The station, its token, and the id of its clerk, registered on the hub (the hub refuses
    operations of users it does not know)."""
    from desktop.core.db import local_station, session_factory
    from desktop.core.oplog import Actor
    from desktop.core.users import Role, create_user
    from desktop.sync.keys import add_station

    with session_factory(hub_engine).begin() as session:
        hub = local_station(session)
        actor = Actor(None, hub.id, hub.code)
        identity, token = add_station(session, actor, code)
        clerk = create_user(
            session,
            actor,
            username=f"clerk{code.lower()}",
            full_name=f"פקיד {code}",
            role=Role.CLERK,
            password="bench-pass-1",
        )
        return identity, token, clerk.id


def unsent_ops(sessions) -> int:  # noqa: ANN001
    from sqlalchemy import func, select

    from desktop.models import Operation, StationState

    with sessions() as session:
        own = session.get(StationState, 1).station_id
        return session.scalar(
            select(func.count()).select_from(Operation)
            .where(Operation.station_id == own, Operation.acked.is_(False))
        )  # fmt: skip


def build_station(hub_engine, hub_url: str, code: str, folder: Path, ops: int, cases: int,
                  seed: int) -> Path:  # fmt: skip  # noqa: ANN001
    """A station that connected and synced once, then made `ops` operations offline."""
    from desktop.core.db import open_database, session_factory
    from desktop.core.oplog import Actor
    from desktop.station.demo import create_demo_cases, create_demo_residents
    from desktop.sync.client import HubClient, connect, sync_once

    started = time.perf_counter()
    identity, token, clerk_id = register_station(hub_engine, code)
    path = folder / f"{code}.sqlite3"
    engine = open_database(common.db_url(path), station_code=code)
    sessions = session_factory(engine)
    try:
        with HubClient(hub_url, token, timeout=CLIENT_TIMEOUT_S) as client:
            connect(sessions, client, hub_url, token)
            sync_once(sessions, client)
        actor = Actor(clerk_id, identity.id, code)
        # Some residents first (the cases need them), the cases, then residents up to `ops`.
        # How many operations one demo resident makes is measured, not assumed: the demo may
        # record more than its resident.created (e.g. holdings).
        before = unsent_ops(sessions)
        with sessions.begin() as session:
            probe = create_demo_residents(session, actor, max(1, min(1000, ops // 4)), seed)
        per_resident = max(1.0, (unsent_ops(sessions) - before) / max(1, probe))
        with sessions.begin() as session:
            create_demo_cases(session, [actor], cases, seed)
        for extra_seed in range(seed + 1000, seed + 21_000, 1000):
            missing = ops - unsent_ops(sessions)
            if missing < per_resident:
                break
            with sessions.begin() as session:
                create_demo_residents(session, actor, max(1, int(missing / per_resident)),
                                      extra_seed)  # fmt: skip
        made = unsent_ops(sessions)
    finally:
        engine.dispose()
    print(f"[setup] station {code}: {made:,} operations offline ({cases:,} cases), "
          f"built in {time.perf_counter() - started:,.1f} s", flush=True)  # fmt: skip
    return path


def op_mix(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT kind, count(*) FROM operations WHERE acked = 0 GROUP BY kind "
            "ORDER BY count(*) DESC"
        ).fetchall()
    return ", ".join(f"{kind} {n:,}" for kind, n in rows)


# --- the pushing station, in its own process ------------------------------------------------


def child_push(db_path: str) -> int:
    """Open the station, say `ready`, wait for a line on stdin, drain with push_all."""
    common.isolate_this_process()
    from desktop.core.db import open_database, session_factory
    from desktop.sync.client import SyncReport, push_all
    from desktop.sync.wire import to_wire

    engine = open_database(common.db_url(Path(db_path)))
    sessions = session_factory(engine)
    from desktop.models import SyncState

    with sessions() as session:
        state = session.get(SyncState, 1)
        client = timed_client(state.hub_url, state.token)
    backlog = unsent_ops(sessions)
    # Mean size of an operation on the wire, measured before the clock starts.
    from sqlalchemy import select

    from desktop.models import Operation

    with sessions() as session:
        sample = list(session.scalars(
            select(Operation).where(Operation.acked.is_(False)).order_by(Operation.seq).limit(1000)
        ))  # fmt: skip
        wire_bytes = len(json.dumps([to_wire(op) for op in sample]).encode()) / max(1, len(sample))
    print("ready", flush=True)
    sys.stdin.readline()
    report = SyncReport()
    cpu0, t0 = time.process_time(), time.monotonic()
    error = ""
    try:
        push_all(sessions, client, report)
    except Exception as err:  # noqa: BLE001 - reported to the parent
        error = f"{type(err).__name__}: {getattr(err, 'message', err)}"
    t1, cpu1 = time.monotonic(), time.process_time()
    left = unsent_ops(sessions)
    client.close()
    engine.dispose()
    print(json.dumps({
        "backlog": backlog, "pushed": report.pushed, "left": left, "start": t0, "end": t1,
        "cpu": cpu1 - cpu0, "calls": client.calls, "error": error, "wire_bytes": wire_bytes,
    }), flush=True)  # fmt: skip
    return 0


def drain(paths: list[Path], meter: CpuMeter) -> tuple[list[dict], dict]:
    """Drain the stations at the same time, one process each; their reports and the CPU."""
    procs = []
    for path in paths:
        procs.append(subprocess.Popen(
            [sys.executable, __file__, "--child-push", str(path)], cwd=common.PROJECT_DIR,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        ))  # fmt: skip
    try:
        for proc in procs:
            if proc.stdout.readline().strip() != "ready":
                raise SystemExit("a pushing station did not start")
        meter.start()
        for proc in procs:
            proc.stdin.write("go\n")
            proc.stdin.flush()
        outs = [proc.communicate(timeout=CHILD_TIMEOUT_S)[0] for proc in procs]
        cpu = meter.stop()
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    reports = [json.loads(out.strip().splitlines()[-1]) for out in outs]
    return reports, cpu


# --- the phases ------------------------------------------------------------------------------


def batch_rows(calls: list[dict]) -> list:
    s = [c["s"] for c in calls]
    per = common.summary_ms(s)
    return [len(calls), common.fmt_ms(per["p50"]), common.fmt_ms(per["p95"]),
            common.fmt_ms(per["max"])]  # fmt: skip


def cpu_row(label: str, cpu: dict, station_cpu: float) -> list:
    wall = cpu["wall"]

    def pct(x: float) -> str:
        return f"{x:,.1f} ({100 * x / wall:.0f}%)"

    return [label, f"{wall:,.1f}", pct(cpu["hub"]), pct(cpu["postgres"]), pct(station_cpu)]


CPU_HEADERS = ["phase", "wall s", "hub CPU s (of wall)", "PostgreSQL CPU s", "station CPU s"]


def phase_ingest(args, server, folder: Path, results: dict) -> bool:  # noqa: ANN001
    from desktop.core.db import open_database, session_factory
    from desktop.core.oplog import Actor
    from desktop.station.seed import seed_reference_data
    from desktop.sync.client import PUSH_BATCH
    from desktop.sync.keys import init_hub

    print("\n--- ingest: stations drain their backlog into the hub ---", flush=True)
    url = server.url(server.create_database())
    hub_engine = open_database(url, station_code="HUB")
    with session_factory(hub_engine).begin() as session:
        init_hub(session)
        from desktop.core.db import local_station

        hub = local_station(session)
        seed_reference_data(session, Actor(None, hub.id, hub.code))
    clones = {}
    if args.profile_ops:
        # Copies of the hub as it is now, one per profile variant (no connection may be open).
        hub_engine.dispose()
        with server.connect() as conn:
            for variant in VARIANTS:
                clones[variant] = f"{url.rsplit('/', 1)[1]}_p{len(clones)}"
                conn.execute(
                    f'CREATE DATABASE "{clones[variant]}" TEMPLATE "{url.rsplit("/", 1)[1]}"'
                )
    hub_proc = HubProcess(url, folder, "hub-ingest").start()
    print(f"[setup] hub on {hub_proc.url} (pid {hub_proc.pid}), up in {hub_proc.startup_s:.1f} s",
          flush=True)  # fmt: skip
    ok = True
    try:
        # Every station is built (and has its first sync) before anyone pushes, so that no
        # first sync has to download another station's backlog.
        main_path = build_station(hub_engine, hub_proc.url, "ARB", folder, args.ingest_ops,
                                  args.cases, args.seed)  # fmt: skip
        mix = op_mix(main_path)
        pair = []
        if args.concurrent_ops:
            for n, code in enumerate(("BET", "GIL")):
                pair.append(build_station(
                    hub_engine, hub_proc.url, code, folder, args.concurrent_ops,
                    max(1, args.cases * args.concurrent_ops // max(1, args.ingest_ops)),
                    args.seed + 100 * (n + 1),
                ))  # fmt: skip
        profile_path = None
        if args.profile_ops:
            wanted = args.profile_ops
            profile_path = build_station(
                hub_engine, hub_proc.url, "PRF", folder, wanted,
                max(1, args.cases * wanted // max(1, args.ingest_ops)), args.seed + 500,
            )  # fmt: skip
        meter = CpuMeter(hub_proc.pid, server)

        (single,), cpu = drain([main_path], meter)
        wall = single["end"] - single["start"]
        ok &= report_push_errors("ARB", single)
        rows = [["1 station (ARB)", f"{single['backlog']:,}", f"{single['pushed']:,}",
                 f"{wall:,.1f}", f"{single['pushed'] / wall:,.0f}", *batch_rows(single["calls"])]]  # fmt: skip
        cpu_rows = [cpu_row("1 station", cpu, single["cpu"])]
        results["ingest"] = {"ops": single["pushed"], "seconds": wall,
                             "ops_s": single["pushed"] / wall, "mix": mix,
                             "batch_p50_ms": common.percentile([c["s"] * 1e3 for c in single["calls"]], 50),
                             "batch_p95_ms": common.percentile([c["s"] * 1e3 for c in single["calls"]], 95),
                             "wire_bytes_per_op": single["wire_bytes"], "cpu": cpu}  # fmt: skip
        http_s = sum(c["s"] for c in single["calls"])
        results["ingest"]["station_side_s"] = wall - http_s

        if pair:
            reports, cpu2 = drain(pair, meter)
            start = min(r["start"] for r in reports)
            end = max(r["end"] for r in reports)
            total = sum(r["pushed"] for r in reports)
            for code, rep in zip(("BET", "GIL"), reports, strict=True):
                ok &= report_push_errors(code, rep)
                w = rep["end"] - rep["start"]
                rows.append([f"  2 at once: {code}", f"{rep['backlog']:,}", f"{rep['pushed']:,}",
                             f"{w:,.1f}", f"{rep['pushed'] / w:,.0f}", *batch_rows(rep["calls"])])  # fmt: skip
            calls = [c for r in reports for c in r["calls"]]
            rows.append(["2 stations together", f"{sum(r['backlog'] for r in reports):,}",
                         f"{total:,}", f"{end - start:,.1f}", f"{total / (end - start):,.0f}",
                         *batch_rows(calls)])  # fmt: skip
            cpu_rows.append(cpu_row("2 stations", cpu2, sum(r["cpu"] for r in reports)))
            results["ingest_concurrent"] = {"ops": total, "seconds": end - start,
                                            "ops_s": total / (end - start), "cpu": cpu2}  # fmt: skip
        common.print_table(
            ["stations", "backlog ops", "pushed", "seconds", "ops/s", "requests",
             "p50 ms/request", "p95 ms/request", "max ms"],
            rows,
            f"Ingest: draining offline work into the hub (push_all, {PUSH_BATCH:,} ops per request; "
            f"backlog mix: {mix})",
        )  # fmt: skip
        common.print_table(CPU_HEADERS, cpu_rows,
                           "Where the CPU went while draining (2 cores = 200% of wall)")  # fmt: skip
        print(f"\n1 station: {http_s:,.1f} s waiting for the hub's answers, "
              f"{wall - http_s:,.1f} s on the station (reading the log, marking acked); "
              f"{single['wire_bytes']:,.0f} bytes of JSON per operation on the wire.", flush=True)  # fmt: skip

        if profile_path:
            profile_ingest(args, server, clones, profile_path, results)
    finally:
        hub_proc.stop()
        hub_engine.dispose()
    return ok


def report_push_errors(code: str, rep: dict) -> bool:
    if rep["error"] or rep["left"] or rep["pushed"] != rep["backlog"]:
        print(f"!! {code}: pushed {rep['pushed']:,} of {rep['backlog']:,}, {rep['left']:,} left "
              f"unsent; error: {rep['error'] or '-'}", flush=True)  # fmt: skip
        return False
    return True


VARIANTS = ("as-is (batch-wise)", "fallback: one savepoint per operation", "as-is under cProfile")


@contextlib.contextmanager
def forced_fallback():  # noqa: ANN201
    """Make every batch take the one-by-one path, as a batch holding one bad operation does:
    the batch-wise apply fails at once (before touching anything) and ingest starts over per
    operation. The app's own fallback code, timed on sound operations."""
    from desktop.sync import ingest as ingest_module

    def refuse(session, ops) -> None:  # noqa: ANN001
        raise RuntimeError("forced: one by one")

    real = ingest_module.apply_many
    ingest_module.apply_many = refuse
    try:
        yield
    finally:
        ingest_module.apply_many = real


def statement_label(statement: str) -> str:
    """`INSERT residents`, `SELECT operations`, `SAVEPOINT`...: the verb and its table."""
    words = statement.split(None, 3)
    verb = words[0].upper()
    if verb in ("INSERT", "DELETE") and len(words) > 2:
        return f"{verb} {words[2]}"
    if verb == "UPDATE" and len(words) > 1:
        return f"{verb} {words[1]}"
    if verb == "SELECT":
        found = re.search(r"\bFROM (\w+)", statement)
        return f"SELECT {found.group(1) if found else '?'}"
    return verb


def count_sql(engine, into: dict) -> None:  # noqa: ANN001
    """Count and time every statement the engine sends: into[label] = [count, seconds]."""
    from sqlalchemy import event

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn, cursor, statement, params, context, executemany) -> None:  # noqa: ANN001
        conn.info["t0"] = time.perf_counter()

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn, cursor, statement, params, context, executemany) -> None:  # noqa: ANN001
        entry = into.setdefault(statement_label(statement), [0, 0.0])
        entry[0] += 1
        entry[1] += time.perf_counter() - conn.info["t0"]


def profile_ingest(args, server, clones: dict[str, str], path: Path, results: dict) -> None:  # noqa: ANN001
    """The hub's push handler in this process: JSON, from_wire, ingest; SQL counted and timed.

    Every variant takes the same operations, in the same batches of PUSH_BATCH, into its own copy
    of the hub database as it was before any station pushed (CREATE DATABASE ... TEMPLATE).
    The variants take turns batch by batch, so a change in the machine's load hits them alike.
    """
    import cProfile
    import pstats

    from sqlalchemy import select

    from desktop.core.db import make_engine, open_database, session_factory
    from desktop.models import Operation
    from desktop.sync.client import PUSH_BATCH
    from desktop.sync.ingest import ingest
    from desktop.sync.wire import from_wire, to_wire

    print("\n--- profile: the hub's push handler in-process ---", flush=True)
    station = open_database(common.db_url(path))
    with session_factory(station)() as session:
        ops = list(session.scalars(
            select(Operation).where(Operation.acked.is_(False)).order_by(Operation.seq)
        ))  # fmt: skip
        bodies = [json.dumps({"ops": [to_wire(op) for op in ops[i:i + PUSH_BATCH]]})
                  for i in range(0, len(ops), PUSH_BATCH)]  # fmt: skip
    station.dispose()
    mix = op_mix(path)

    per_variant = {}
    for variant in VARIANTS:
        engine = make_engine(server.url(clones[variant]))
        sql: dict[str, list] = {}
        count_sql(engine, sql)
        factory = session_factory(engine)
        per_variant[variant] = {"engine": engine, "sessions": factory, "sql": sql, "ops": 0,
                                "stages": defaultdict(float)}  # fmt: skip
    profiler = cProfile.Profile()
    bad = 0
    for body in bodies:
        for variant in VARIANTS:
            v = per_variant[variant]
            t0 = time.perf_counter()
            raw = json.loads(body)["ops"]
            t1 = time.perf_counter()
            batch = [from_wire(item) for item in raw]
            for op in batch:
                op.hub_seq = None
            t2 = time.perf_counter()
            with v["sessions"].begin() as session:
                if variant == VARIANTS[2]:
                    profiler.enable()
                with forced_fallback() if variant == VARIANTS[1] else contextlib.nullcontext():
                    result = ingest(session, batch, as_hub=True)
                bad += len(result.quarantined) + len(result.rejected)
                t3 = time.perf_counter()
            t4 = time.perf_counter()
            profiler.disable()
            v["ops"] += len(batch)
            v["stages"]["JSON decode (request.json)"] += t1 - t0
            v["stages"]["from_wire"] += t2 - t1
            v["stages"]["ingest (until commit)"] += t3 - t2
            v["stages"]["commit"] += t4 - t3
    for v in per_variant.values():
        v["engine"].dispose()
    if bad:
        print(f"!! profile: {bad} operations quarantined or rejected", flush=True)

    rows = []
    for variant, v in per_variant.items():
        total = sum(v["stages"].values())
        sql_s = sum(s for _c, s in v["sql"].values())
        v.update(ops_s=v["ops"] / total, sql_s=sql_s, total_s=total)
        rows.append([variant, f"{v['ops']:,}", f"{1e3 * total / v['ops']:.2f}",
                     f"{sum(c for c, _s in v['sql'].values()) / v['ops']:.2f}",
                     f"{1e3 * sql_s / v['ops']:.2f}",
                     f"{1e3 * (v['stages']['ingest (until commit)'] - sql_s) / v['ops']:.2f}",
                     f"{v['ops'] / total:,.0f}"])  # fmt: skip
    common.print_table(
        ["hub push handler in-process (no HTTP)", "ops", "ms/op", "SQL stmts/op", "SQL ms/op",
         "Python ms/op", "ops/s"], rows,
        f"Hub push handler in this process (JSON decode + from_wire + ingest + commit), the same "
        f"{len(ops):,} ops per variant in batches of {PUSH_BATCH:,} (mix: {mix})",
    )  # fmt: skip

    base = per_variant[VARIANTS[0]]
    n_ops, total_s = base["ops"], base["total_s"]
    per_k = 1e6 / n_ops  # seconds -> ms per 1,000 ops
    ingest_s = base["stages"]["ingest (until commit)"]
    rows = []
    for name in ("JSON decode (request.json)", "from_wire", "ingest (until commit)", "commit"):
        rows.append([name, f"{base['stages'][name] * per_k:,.0f}",
                     f"{100 * base['stages'][name] / total_s:.0f}%"])  # fmt: skip
        if name == "ingest (until commit)":
            rows.append(["  of which SQL round trips (PostgreSQL + driver)",
                         f"{base['sql_s'] * per_k:,.0f}", f"{100 * base['sql_s'] / total_s:.0f}%"])  # fmt: skip
            rows.append(["  of which Python (ORM, appliers, savepoints)",
                         f"{(ingest_s - base['sql_s']) * per_k:,.0f}",
                         f"{100 * (ingest_s - base['sql_s']) / total_s:.0f}%"])  # fmt: skip
    common.print_table(["stage (as-is)", "ms per 1,000 ops", "share"], rows,
                       f"Hub push handler as-is, {n_ops:,} ops: where the time goes")  # fmt: skip
    sql_rows = [[label, f"{c / n_ops:.2f}", f"{s * per_k:,.0f}", f"{1e6 * s / max(1, c):,.0f}"]
                for label, (c, s) in sorted(base["sql"].items(), key=lambda kv: -kv[1][1])]  # fmt: skip
    common.print_table(["statement (as-is)", "per op", "ms per 1,000 ops", "us each"], sql_rows,
                       "SQL statements sent by ingest as-is, by kind and table")  # fmt: skip

    stats = pstats.Stats(profiler)
    entries = []
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():
        short = filename.replace(str(common.PROJECT_DIR) + "/", "")
        short = re.sub(r".*/site-packages/", "", short)
        entries.append((tottime, cumtime, ncalls, f"{short}:{line}({func})"))
    top_self = sorted(entries, reverse=True)[: args.profile_top]
    common.print_table(
        ["function (self time)", "calls", "self ms", "cumulative ms"],
        [[name[-90:], f"{nc:,}", f"{tt * 1e3:,.0f}", f"{ct * 1e3:,.0f}"]
         for tt, ct, nc, name in top_self],
        f"cProfile of the same {per_variant[VARIANTS[2]]['ops']:,} ops ingested as-is "
        f"(cProfile slows it down), top {args.profile_top} by self time",
    )  # fmt: skip
    top_cum = sorted((e for e in entries if e[3].startswith("desktop/")),
                     key=lambda e: -e[1])[: args.profile_top]  # fmt: skip
    common.print_table(
        ["app function (cumulative)", "calls", "self ms", "cumulative ms"],
        [[name[-90:], f"{nc:,}", f"{tt * 1e3:,.0f}", f"{ct * 1e3:,.0f}"]
         for tt, ct, nc, name in top_cum],
        "Same ops, the app's functions by cumulative time",
    )  # fmt: skip
    results["profile"] = {
        variant: {"ops": v["ops"], "ops_s": v["ops_s"],
                  "stages_ms_per_1000": {k: s * 1e6 / v["ops"] for k, s in v["stages"].items()},
                  "sql_per_op": {k: c / v["ops"] for k, (c, _s) in v["sql"].items()}}
        for variant, v in per_variant.items()
    }  # fmt: skip


def phase_download(args, server, folder: Path, results: dict) -> bool:  # noqa: ANN001
    from sqlalchemy import func, select

    from desktop.core.db import local_station, open_database, session_factory
    from desktop.core.oplog import Actor
    from desktop.models import Case, Operation, Resident
    from desktop.station.demo import build_demo
    from desktop.station.seed import seed_reference_data
    from desktop.sync.client import PULL_BATCH, connect, sync_once
    from desktop.sync.keys import init_hub

    print(f"\n--- download: a new station pulls a {args.council:,}-resident council ---",
          flush=True)  # fmt: skip
    url = server.url(server.create_database())
    hub_engine = open_database(url, station_code="HUB")
    started = time.perf_counter()
    with session_factory(hub_engine).begin() as session:
        init_hub(session)
        hub = local_station(session)
        actor = Actor(None, hub.id, hub.code)
        seed_reference_data(session, actor)
        build_demo(session, actor, residents=args.council, seed=args.seed)
    print(f"[setup] council of {args.council:,} residents built in the hub database in "
          f"{time.perf_counter() - started:,.1f} s", flush=True)  # fmt: skip
    new_identity, new_token, _clerk = register_station(hub_engine, "NEW")
    _res_identity, res_token, _clerk = register_station(hub_engine, "RES")

    def hub_counts() -> dict[str, int]:
        with session_factory(hub_engine)() as s:
            return {
                "operations": s.scalar(select(func.count()).select_from(Operation)),
                "head": s.scalar(select(func.max(Operation.hub_seq))),
                "residents": s.scalar(select(func.count()).select_from(Resident)),
                "cases": s.scalar(select(func.count()).select_from(Case)),
            }

    expected = hub_counts()
    with server.connect(url.rsplit("/", 1)[1]) as conn:
        hub_mb = conn.execute("SELECT pg_database_size(current_database())").fetchone()[0] / 1e6
    print(f"[setup] hub: {expected['operations']:,} operations (head {expected['head']:,}), "
          f"{expected['residents']:,} residents, {expected['cases']:,} cases, "
          f"database {hub_mb:,.0f} MB", flush=True)  # fmt: skip
    hub_proc = HubProcess(url, folder, "hub-council").start()
    ok = True
    try:
        # 1. Uninterrupted, in this process (the hub is another process).
        path = folder / "NEW.sqlite3"
        engine = open_database(common.db_url(path), station_code="NEW")
        sessions = session_factory(engine)
        client = timed_client(hub_proc.url, new_token)
        client.progress_of = expected["head"]
        meter = CpuMeter(hub_proc.pid, server).start()
        t0 = time.monotonic()
        connect(sessions, client, hub_proc.url, new_token)
        t1 = time.monotonic()
        report = sync_once(sessions, client)
        t2 = time.monotonic()
        cpu = meter.stop()
        client.close()
        got = station_counts(sessions)
        engine.dispose()
        size_mb = sum(p.stat().st_size for p in folder.glob("NEW.sqlite3*")) / 1e6
        pulls = [c for c in client.calls if c["kind"] == "pull"]
        http_s = sum(c["s"] for c in pulls)
        # Station side of each batch: from the answer to the next request (ingest + commit).
        local = [b["start"] - (a["start"] + a["s"]) for a, b in zip(pulls, pulls[1:], strict=False)]
        local.append(t2 - (pulls[-1]["start"] + pulls[-1]["s"]))
        same = all(got[k] == expected[k] for k in ("operations", "residents", "cases"))
        ok &= same and not report.quarantined
        dl_s = t2 - t0
        common.print_table(
            ["measure", "value"],
            [
                ["operations pulled", f"{report.pulled:,}"],
                [f"requests ({PULL_BATCH:,} ops each)", f"{len(pulls):,}"],
                ["connect (hello, station identity)", f"{(t1 - t0) * 1e3:,.0f} ms"],
                ["first sync (push nothing, pull everything)", f"{t2 - t1:,.1f} s"],
                ["total", f"{dl_s:,.1f} s"],
                ["ops/s", f"{report.pulled / dl_s:,.0f}"],
                ["waiting for the hub (sum over requests)", f"{http_s:,.1f} s ({100 * http_s / dl_s:.0f}%)"],
                ["  per request p50 / p95 / max", " / ".join(common.fmt_ms(common.summary_ms([c['s'] for c in pulls])[k], 0) for k in ('p50', 'p95', 'max')) + " ms"],
                ["storing on the station (ingest + commit)", f"{sum(local):,.1f} s ({100 * sum(local) / dl_s:.0f}%)"],
                ["  per batch p50 / p95 / max", " / ".join(common.fmt_ms(common.summary_ms(local)[k], 0) for k in ('p50', 'p95', 'max')) + " ms"],
                ["quarantined on the station", f"{len(report.quarantined):,}"],
                ["station database after (file + WAL)", f"{size_mb:,.0f} MB"],
                ["same counts as the hub (ops, residents, cases)", "yes" if same else f"NO: {got} vs {expected}"],
            ],
            f"First full download: {expected['residents']:,} residents, "
            f"{expected['operations']:,} operations, into a new station (sync_once)",
        )  # fmt: skip
        common.print_table(CPU_HEADERS, [cpu_row("download", cpu, cpu["bench"])],
                           "Where the CPU went during the download")  # fmt: skip
        results["download"] = {"ops": report.pulled, "seconds": dl_s,
                               "ops_s": report.pulled / dl_s, "db_mb": size_mb,
                               "residents": expected["residents"], "same_counts": same,
                               "http_s": http_s, "station_s": sum(local), "cpu": cpu}  # fmt: skip

        if args.station_what_if_ops:
            ok &= station_what_if(args, hub_proc.url, new_token, folder, expected["operations"],
                                  results)  # fmt: skip

        # 2. Killed midway and run again, as the `dalpak sync` command.
        ok &= resume_test(args, hub_proc, res_token, folder, expected, dl_s, results)
    finally:
        hub_proc.stop()
        hub_engine.dispose()
    return ok


def station_what_if(args, hub_url: str, token: str, folder: Path, total_ops: int,
                    results: dict) -> bool:  # fmt: skip  # noqa: ANN001
    """The station's side of the download: as-is against the one-by-one fallback, same ops.

    The hub's first --station-what-if-ops operations are fetched first (not timed); then each
    variant stores them, in the same batches of PULL_BATCH and in order, into its own new station
    database, the variants taking turns batch by batch.
    """
    from sqlalchemy import func, select

    from desktop.core.db import open_database, session_factory
    from desktop.models import Operation, Resident
    from desktop.sync.client import PULL_BATCH, HubClient
    from desktop.sync.ingest import ingest
    from desktop.sync.wire import from_wire

    batches = []
    with HubClient(hub_url, token, timeout=CLIENT_TIMEOUT_S) as client:
        after = 0
        while sum(len(b) for b in batches) < args.station_what_if_ops:
            answer = client.pull(after, PULL_BATCH)
            if answer["ops"]:
                batches.append(answer["ops"])
            after = answer["last"]
            if not answer["more"]:
                break
    names = ["as-is (ingest, as_hub=False)", VARIANTS[1]]
    engines = {
        name: open_database(common.db_url(folder / f"WIF{n}.sqlite3"), station_code="WIF")
        for n, name in enumerate(names)
    }
    figures = {name: [0, 0.0] for name in names}
    sql = {name: {} for name in names}
    for name, engine in engines.items():
        count_sql(engine, sql[name])
    bad = 0
    consistent = True
    try:
        for raw in batches:
            for name in names:
                t0 = time.perf_counter()
                ops = [from_wire(item) for item in raw]
                with session_factory(engines[name]).begin() as session:
                    with forced_fallback() if name == names[1] else contextlib.nullcontext():
                        result = ingest(session, ops, as_hub=False)
                    bad += len(result.quarantined) + len(result.rejected)
                figures[name][0] += len(ops)
                figures[name][1] += time.perf_counter() - t0
        for engine in engines.values():
            with session_factory(engine)() as session:
                residents = session.scalar(select(func.count()).select_from(Resident))
                created = session.scalar(
                    select(func.count()).select_from(Operation)
                    .where(Operation.kind == "resident.created")
                )  # fmt: skip
                consistent &= residents == created
    finally:
        for engine in engines.values():
            engine.dispose()
    ok = not bad and consistent
    rows = []
    for name, (n, seconds) in figures.items():
        statements = sum(c for c, _s in sql[name].values())
        rows.append([name, f"{n:,}", f"{1e3 * seconds / n:.2f}", f"{statements / n:.2f}",
                     f"{n / seconds:,.0f}", f"{total_ops * seconds / n:,.0f}"])  # fmt: skip
    common.print_table(
        ["station stores pulled ops", "ops", "ms/op", "SQL stmts/op", "ops/s",
         f"projected s for {total_ops:,}"], rows,
        f"Station side of the download: the hub's first {figures[names[0]][0]:,} ops, as-is vs "
        f"the fallback, batches of {PULL_BATCH:,} (residents = resident.created everywhere: "
        f"{'yes' if consistent else 'NO'})",
    )  # fmt: skip
    results["station_what_if"] = {k: {"ops": n, "ops_s": n / s if s else None}
                                  for k, (n, s) in figures.items()}  # fmt: skip
    return ok


def station_counts(sessions) -> dict[str, int]:  # noqa: ANN001
    from sqlalchemy import func, select

    from desktop.models import Case, Operation, Resident

    with sessions() as s:
        return {
            "operations": s.scalar(select(func.count()).select_from(Operation)),
            "residents": s.scalar(select(func.count()).select_from(Resident)),
            "cases": s.scalar(select(func.count()).select_from(Case)),
        }


def sqlite_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        cursor = conn.execute("SELECT pull_cursor FROM sync_state WHERE id = 1").fetchone()
        return {
            "cursor": cursor[0] if cursor else 0,
            "operations": conn.execute("SELECT count(*) FROM operations").fetchone()[0],
            "residents": conn.execute("SELECT count(*) FROM residents").fetchone()[0],
            "cases": conn.execute("SELECT count(*) FROM cases").fetchone()[0],
            "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
        }


def resume_test(args, hub_proc: HubProcess, token: str, folder: Path, expected: dict,
                uninterrupted_s: float, results: dict) -> bool:  # fmt: skip  # noqa: ANN001
    from desktop.sync.client import PULL_BATCH

    path = folder / "RES.sqlite3"
    db = common.db_url(path)
    token_file = folder / "RES.token"
    token_file.write_text(token + "\n", encoding="utf-8")
    first = [*common.dalpak_command(), "--db", db, "--station-code", "RES", "sync",
             "--hub", hub_proc.url, "--station", "RES", "--token-file", str(token_file)]  # fmt: skip
    kill_at = int(expected["head"] * args.kill_at)
    env = common.isolated_env()
    t0 = time.monotonic()
    proc = subprocess.Popen(first, cwd=common.PROJECT_DIR, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    seen = 0
    try:
        while proc.poll() is None:
            seen = read_cursor(path)
            if seen >= kill_at:
                # A moment later the station is inside the next batch: pulled, not committed.
                time.sleep(args.kill_delay)
                proc.send_signal(signal.SIGKILL)
                break
            if time.monotonic() - t0 > CHILD_TIMEOUT_S:
                break
            time.sleep(0.05)
    finally:
        if proc.poll() is None and seen < kill_at:
            proc.kill()
        proc.wait()
    killed_after = time.monotonic() - t0
    if proc.returncode != -signal.SIGKILL:
        print(f"!! the download ended before the kill (exit {proc.returncode}, cursor {seen:,}):"
              f"\n{proc.stdout.read()}{proc.stderr.read()}", flush=True)  # fmt: skip
        return False
    at_kill = sqlite_counts(path)
    t1 = time.monotonic()
    again = subprocess.run([*common.dalpak_command(), "--db", db, "sync"], cwd=common.PROJECT_DIR,
                           env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S,
                           check=False)  # fmt: skip
    rerun_s = time.monotonic() - t1
    found = re.search(r"התקבלו (\d+)", again.stdout)
    pulled_after = int(found.group(1)) if found else -1
    at_end = sqlite_counts(path)
    checks = {
        "cursor at kill = operations stored at kill": at_kill["cursor"] == at_kill["operations"],
        "stored at kill + pulled after restart = hub total":
            at_kill["operations"] + pulled_after == expected["operations"],
        "restart pulled only what was missing (not from zero)":
            0 < pulled_after < expected["operations"],
        "same counts as the hub after restart (ops, residents, cases)": all(
            at_end[k] == expected[k] for k in ("operations", "residents", "cases")),
        "cursor after restart = hub head": at_end["cursor"] == expected["head"],
        # Pages commit faster than the kill delay: the cursor may be past the last one seen,
        # but it must end on a whole page (the hub numbers the council's operations 1..head).
        "the page in flight at the kill left nothing (cursor a whole page, >= last seen)":
            at_kill["cursor"] >= seen and at_kill["cursor"] % PULL_BATCH == 0,
        "SQLite integrity_check after SIGKILL": at_kill["integrity"] == "ok",
        "restart exit status 0": again.returncode == 0,
    }  # fmt: skip
    rows = [
        ["hub head (last hub_seq) / operations", f"{expected['head']:,} / {expected['operations']:,}"],
        ["SIGKILL when the saved cursor reached", f">= {kill_at:,} ({args.kill_at:.0%} of head)"],
        ["killed after", f"{killed_after:,.1f} s (incl. process start), "
                         f"{args.kill_delay:g} s after it saw cursor {seen:,}"],
        ["saved cursor at kill", f"{at_kill['cursor']:,}"],
        ["operations stored at kill", f"{at_kill['operations']:,}"],
        ["restart `dalpak --db ... sync` took", f"{rerun_s:,.1f} s (incl. process start)"],
        ["pulled by the restart", f"{pulled_after:,}"],
        ["stored at kill + pulled after", f"{at_kill['operations'] + pulled_after:,}"],
        ["interrupted total vs uninterrupted", f"{killed_after + rerun_s:,.1f} s vs {uninterrupted_s:,.1f} s"],
        *[[name, "ok" if good else "FAILED"] for name, good in checks.items()],
    ]  # fmt: skip
    common.print_table(["measure", "value"], rows,
                       "Resumable: `dalpak sync` SIGKILLed mid-download, then run again")  # fmt: skip
    if again.returncode != 0:
        print(again.stdout + again.stderr, flush=True)
    results["resume"] = {"cursor_at_kill": at_kill["cursor"], "stored_at_kill": at_kill["operations"],
                         "pulled_after": pulled_after, "total": expected["operations"],
                         "ok": all(checks.values()), "killed_after_s": killed_after,
                         "rerun_s": rerun_s}  # fmt: skip
    return all(checks.values())


def read_cursor(path: Path) -> int:
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as conn:
            row = conn.execute("SELECT pull_cursor FROM sync_state WHERE id = 1").fetchone()
    except sqlite3.Error:
        return 0  # not created yet, or busy
    return row[0] if row else 0


# --- main ------------------------------------------------------------------------------------


def provenance() -> str:
    """The commit measured and whether the tree had local changes (read-only git calls)."""

    def git(*cmd: str) -> str:
        try:
            out = subprocess.run(["git", "--no-optional-locks", *cmd], cwd=common.PROJECT_DIR,
                                 capture_output=True, text=True, timeout=30, check=False)  # fmt: skip
        except (OSError, subprocess.TimeoutExpired):
            return ""
        return out.stdout.strip()

    head = git("rev-parse", "--short", "HEAD") or "?"
    changed = len([line for line in git("status", "--porcelain").splitlines() if line.strip()])
    return f"code: commit {head}" + (
        f" plus {changed} changed/new files in the tree" if changed else ""
    )


def load_note(when: str) -> None:
    one, five, _ = os.getloadavg()
    print(f"[load] {when}: load average {one:.2f} (1 min), {five:.2f} (5 min) on "
          f"{os.cpu_count()} cores", flush=True)  # fmt: skip


def pg_server(fsync: bool):  # noqa: ANN201
    from tests.pgserver import PgServer, find_pg_bin

    class BenchPgServer(PgServer):
        """The test server, with fsync as a real hub would have it (the tests turn it off)."""

        def _initdb(self) -> None:
            super()._initdb()
            with open(self.datadir / "postgresql.conf", "a", encoding="utf-8") as conf:
                conf.write(f"fsync = {'on' if fsync else 'off'}\n")

    bindir = find_pg_bin()
    if bindir is None:
        raise SystemExit("no PostgreSQL server binaries (initdb, pg_ctl, postgres) found")
    return BenchPgServer.launch(bindir)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--ingest-ops", type=int, default=20_000, help="backlog of the draining station (0: skip)"
    )
    p.add_argument("--cases", type=int, default=1000, help="cases among that backlog")
    p.add_argument(
        "--concurrent-ops",
        type=int,
        default=10_000,
        help="backlog of each of two stations draining at once (0: skip)",
    )
    p.add_argument(
        "--council", type=int, default=100_000, help="residents for the download (0: skip)"
    )
    p.add_argument(
        "--kill-at", type=float, default=0.5, help="kill the download at this share of the head"
    )
    p.add_argument(
        "--kill-delay",
        type=float,
        default=1.0,
        help="seconds between seeing that cursor and the SIGKILL (lands inside the next batch)",
    )
    p.add_argument(
        "--profile-ops",
        type=int,
        default=2000,
        help="ops of the station whose backlog the profile ingests, per variant (0: skip)",
    )
    p.add_argument(
        "--station-what-if-ops",
        type=int,
        default=12_000,
        help="ops for the station-side comparison with the fallback (0: skip)",
    )
    p.add_argument("--profile-top", type=int, default=15)
    p.add_argument("--seed", type=int, default=common.DEFAULT_SEED)
    p.add_argument("--pg-fsync", choices=["on", "off"], default="on")
    p.add_argument("--cache", type=Path, default=None)
    p.add_argument("--keep", action="store_true", help="keep the station databases and hub logs")
    p.add_argument("--json", type=Path, default=None, help="also write a summary here")
    p.add_argument("--child-push", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child_push:
        return child_push(args.child_push)

    cache = common.cache_dir(args.cache)
    common.isolate_this_process(cache)
    print(common.machine_line(), flush=True)
    print(provenance(), flush=True)
    load_note("before")
    folder = cache / f"sync-{os.getpid()}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    server = pg_server(args.pg_fsync == "on")
    with server.connect() as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
    print(f"PostgreSQL {version} in {server.root} on port {server.port} (fsync={args.pg_fsync}), "
          f"started in {server.startup_seconds:.1f} s; stations in {folder}", flush=True)  # fmt: skip
    results: dict = {}
    ok = True
    try:
        if args.ingest_ops:
            ok &= phase_ingest(args, server, folder, results)
            load_note("after ingest")
        if args.council:
            ok &= phase_download(args, server, folder, results)
            load_note("after download")
    finally:
        server.destroy()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print_summary(results)
    print(f"\n[bench_sync finished in {time.perf_counter() - started:,.0f} s]")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    return 0 if ok else 1


def print_summary(results: dict) -> None:
    rows = []
    if "ingest" in results:
        r = results["ingest"]
        rows.append(["hub ingest, 1 station", f">= {TARGET_INGEST_OPS_S:,.0f} ops/s",
                     f"{r['ops_s']:,.0f} ops/s", verdict(r["ops_s"] >= TARGET_INGEST_OPS_S)])  # fmt: skip
        rows.append([f"drain a {r['ops']:,}-op backlog", f"< {TARGET_DRAIN_S:.0f} s",
                     f"{r['seconds']:,.1f} s", verdict(r["seconds"] < TARGET_DRAIN_S, "OVER")])  # fmt: skip
    if "ingest_concurrent" in results:
        r = results["ingest_concurrent"]
        rows.append(["hub ingest, 2 stations at once", f">= {TARGET_INGEST_OPS_S:,.0f} ops/s",
                     f"{r['ops_s']:,.0f} ops/s", verdict(r["ops_s"] >= TARGET_INGEST_OPS_S)])  # fmt: skip
    if "download" in results:
        r = results["download"]
        rows.append([f"first download, {r['residents']:,} residents", "(report)",
                     f"{r['seconds']:,.1f} s, {r['ops_s']:,.0f} ops/s, {r['db_mb']:,.0f} MB",
                     "ok" if r["same_counts"] else "WRONG"])  # fmt: skip
    if "resume" in results:
        r = results["resume"]
        rows.append(["download resumes after SIGKILL", "continues from cursor",
                     f"cursor {r['cursor_at_kill']:,} + {r['pulled_after']:,} = {r['total']:,}",
                     "ok" if r["ok"] else "FAILED"])  # fmt: skip
    common.print_table(["measure", "target", "measured", "verdict"], rows, "Summary (sync)")


def verdict(good: bool, miss: str = "MISSED") -> str:
    return "ok" if good else miss


if __name__ == "__main__":
    sys.exit(main())
