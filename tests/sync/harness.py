"""Helpers for the sync stress tests: links that lose things, skewed clocks, and checks.

- `ShapedLink`: an httpx transport in front of the real one that can lose a request before it
  is sent, lose the reply after the hub has done the work, send each request several times,
  add latency, and counts what went over the wire.
- `SkewedClocks`: replaces `clock.wall_ms` / `clock.utcnow` by versions that add an offset set
  for the CURRENT THREAD only, so a station's actions in the test thread see its skewed clock
  while the hub (uvicorn's threads, in the same process) keeps the real time.
- Readers and checks: the operation ids / rows of a database, and `assert_converged`, the
  full end-state check shared by the tests.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import httpx
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.numbering import is_valid_case_number
from desktop.core.oplog import LOCAL_TABLES, rebuild_state
from desktop.models import Base, Case, FieldConflict, Operation, QuarantinedOperation, StationState

# --- links ----------------------------------------------------------------------------------

PASS, DROP_REQUEST, DROP_REPLY = "pass", "drop-request", "drop-reply"


@dataclass
class LinkStats:
    """What went over a link: requests by path, operations pushed, pull cursors asked for."""

    requests: Counter = field(default_factory=Counter)
    delivered: Counter = field(default_factory=Counter)  # requests the hub got
    replies: Counter = field(default_factory=Counter)  # replies the station got
    ops_pushed: int = 0  # operations in push requests that reached the hub
    pull_afters: list[int] = field(default_factory=list)  # `after` of pulls that reached the hub


class ShapedLink(httpx.BaseTransport):
    """A real HTTP transport with a policy: `decide(n, request)` returns PASS, DROP_REQUEST
    (raise ConnectError, nothing sent) or DROP_REPLY (the hub does the work, then ReadError).

    `repeat`: every request is sent that many times, and only the last reply comes back
    (the earlier ones are lost after the hub did the work). `latency`: seconds per request.
    A client closes its transport: make a new link per client, sharing `stats` and `decide`.
    """

    def __init__(
        self,
        decide: Callable[[int, httpx.Request], str] | None = None,
        *,
        repeat: int = 1,
        latency: float = 0.0,
        stats: LinkStats | None = None,
    ) -> None:
        self._inner = httpx.HTTPTransport()
        self._decide = decide or (lambda n, request: PASS)
        self.repeat = repeat
        self.latency = latency
        self.stats = stats if stats is not None else LinkStats()  # shared by several links
        self._count = 0

    def _note_delivered(self, request: httpx.Request) -> None:
        path = request.url.path
        self.stats.delivered[path] += 1
        if path.endswith("/push"):
            self.stats.ops_pushed += len(json.loads(request.content)["ops"])
        elif path.endswith("/pull"):
            self.stats.pull_afters.append(int(request.url.params["after"]))

    def _send(self, request: httpx.Request) -> httpx.Response:
        self._note_delivered(request)
        response = self._inner.handle_request(request)
        response.read()
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._count += 1
        self.stats.requests[request.url.path] += 1
        if self.latency:
            time.sleep(self.latency)
        action = self._decide(self._count, request)
        if action == DROP_REQUEST:
            raise httpx.ConnectError("the request was lost", request=request)
        for _ in range(self.repeat - 1):
            self._send(request).close()  # the hub did it; this reply never arrives
        response = self._send(request)
        if action == DROP_REPLY:
            response.close()
            raise httpx.ReadError("the reply was lost", request=request)
        self.stats.replies[request.url.path] += 1
        return response

    def close(self) -> None:
        self._inner.close()


def drop_reply_at(*numbers: int) -> Callable[[int, httpx.Request], str]:
    """Lose the reply of the n-th requests (1-based)."""
    return lambda n, request: DROP_REPLY if n in numbers else PASS


def drop_replies_of(path_suffix: str) -> Callable[[int, httpx.Request], str]:
    return lambda n, request: DROP_REPLY if request.url.path.endswith(path_suffix) else PASS


def cut_after(count: int) -> Callable[[int, httpx.Request], str]:
    """The link goes down after `count` requests: every later request is lost."""
    return lambda n, request: DROP_REQUEST if n > count else PASS


def lossy(seed: int, p_request: float, p_reply: float) -> Callable[[int, httpx.Request], str]:
    rng = random.Random(seed)

    def decide(n: int, request: httpx.Request) -> str:
        roll = rng.random()
        if roll < p_request:
            return DROP_REQUEST
        if roll < p_request + p_reply:
            return DROP_REPLY
        return PASS

    return decide


# --- clocks ---------------------------------------------------------------------------------


class SkewedClocks:
    """`clock.wall_ms`/`clock.utcnow` with a per-thread offset (ms); install with monkeypatch."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._real_wall_ms = clock.wall_ms
        self._real_utcnow = clock.utcnow

    def install(self, monkeypatch) -> SkewedClocks:  # noqa: ANN001
        monkeypatch.setattr(clock, "wall_ms", self.wall_ms)
        monkeypatch.setattr(clock, "utcnow", self.utcnow)
        return self

    @property
    def current(self) -> int:
        return getattr(self._local, "offset_ms", 0)

    def wall_ms(self) -> int:
        return self._real_wall_ms() + self.current

    def utcnow(self) -> dt.datetime:
        return self._real_utcnow() + dt.timedelta(milliseconds=self.current)

    @contextlib.contextmanager
    def offset(self, offset_ms: int) -> Iterator[None]:
        before = self.current
        self._local.offset_ms = offset_ms
        try:
            yield
        finally:
            self._local.offset_ms = before


# --- reading databases ----------------------------------------------------------------------


def op_rows(engine: Engine) -> dict[uuid.UUID, tuple]:
    """Every operation as (station, seq, hlc, kind, entity, payload, hub_seq), by id."""
    with Session(engine) as s:
        rows = s.execute(
            select(
                Operation.id,
                Operation.station_id,
                Operation.seq,
                Operation.hlc,
                Operation.kind,
                Operation.entity_id,
                Operation.payload,
                Operation.hub_seq,
            )
        ).all()
    return {row[0]: tuple(row[1:]) for row in rows}


def op_ids(engine: Engine) -> set[uuid.UUID]:
    with Session(engine) as s:
        return set(s.scalars(select(Operation.id)))


def count_ops(engine: Engine) -> tuple[int, int]:
    """(count(*), count(DISTINCT id)) of the operations table."""
    with Session(engine) as s:
        return s.execute(select(func.count(), func.count(func.distinct(Operation.id)))).one()


def own_seq(engine: Engine) -> tuple[int, int]:
    """(station_state.last_op_seq, the highest seq of its own operations present)."""
    with Session(engine) as s:
        state = s.get(StationState, 1)
        top = s.scalar(
            select(func.max(Operation.seq)).where(Operation.station_id == state.station_id)
        )
        return state.last_op_seq, top or 0


def pull_cursor(engine: Engine) -> int:
    from desktop.models import SyncState

    with Session(engine) as s:
        state = s.get(SyncState, 1)
        return state.pull_cursor if state else 0


def quarantined(engine: Engine) -> set[uuid.UUID]:
    """The operations held in quarantine (waiting for a supervisor), not the discarded ones."""
    with Session(engine) as s:
        return set(
            s.scalars(
                select(QuarantinedOperation.op_id).where(QuarantinedOperation.status == "held")
            )
        )


def discarded(engine: Engine) -> set[uuid.UUID]:
    """The operations a supervisor discarded: void everywhere (kept by the databases that had
    them, never served)."""
    with Session(engine) as s:
        return set(
            s.scalars(
                select(QuarantinedOperation.op_id).where(QuarantinedOperation.status == "discarded")
            )
        )


def quarantine_reasons(engine: Engine) -> list[str]:
    with Session(engine) as s:
        return [f"{q.kind}: {q.reason[:300]}" for q in s.scalars(select(QuarantinedOperation))]


def conflicts(engine: Engine) -> list[tuple]:
    with Session(engine) as s:
        rows = s.scalars(select(FieldConflict).order_by(FieldConflict.id))
        return [
            (
                c.id,
                c.entity_id,
                c.field,
                c.winner_op,
                c.loser_op,
                json.dumps(c.winner_value),
                json.dumps(c.loser_value),
                c.resolved_op,
                c.resolution,
            )
            for c in rows
        ]


def case_numbers(engine: Engine) -> list[str]:
    with Session(engine) as s:
        return list(s.scalars(select(Case.number)))


def _plain(value: object) -> str:
    # JSON values compare as JSON: the key order of a dict (e.g. a resident's field_clocks)
    # follows the order edits arrived in, which differs between databases.
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return str(value)


def canonical_snapshot(session: Session) -> dict:
    """Like tests.core.test_oplog.snapshot (every derived table's rows as sorted tuples),
    with JSON values compared regardless of key order."""
    data = {}
    for table in Base.metadata.sorted_tables:
        if table.name in LOCAL_TABLES:
            continue
        rows = session.execute(select(table)).all()
        data[table.name] = sorted(tuple(_plain(v) for v in row) for row in rows)
    return data


def state_snapshot(engine: Engine) -> dict:
    with Session(engine) as s:
        return canonical_snapshot(s)


def rebuilt_snapshot(engine: Engine) -> dict:
    """The derived tables as a replay of the whole log would make them (rolled back after)."""
    with Session(engine) as s:
        try:
            rebuild_state(s)
            return canonical_snapshot(s)
        finally:
            s.rollback()


def _diff(name: str, got: dict, expected: dict) -> str:
    lines = [f"{name}: derived state differs"]
    for table in sorted(set(got) | set(expected)):
        a, b = set(got.get(table, [])), set(expected.get(table, []))
        if a != b:
            lines.append(f"  {table}: only here {sorted(a - b)[:3]} / missing {sorted(b - a)[:3]}")
    return "\n".join(lines)


def assert_converged(
    hub_engine: Engine,
    stations: dict[str, Engine],
    committed: set[uuid.UUID] | None = None,
    *,
    rebuild_on: str | None = None,
) -> dict:
    """Everything that must hold once every station synced after the last change.

    Every database has the same operations (each once, with the same content and the hub's
    sequence number), the same derived state, the same conflict records, no quarantine; case
    numbers valid and unique; the hub has everything ever committed (`committed`); and the
    state equals a replay of the log (on the station `rebuild_on`). Returns the hub's
    snapshot.
    """
    # Operations a supervisor discarded are void everywhere: the databases that had them keep
    # them, unnumbered, in the log; nobody else ever gets them.
    void = discarded(hub_engine).union(*(discarded(engine) for engine in stations.values()))
    every_op = op_rows(hub_engine)
    hub_ops = {i: row for i, row in every_op.items() if i not in void}
    assert count_ops(hub_engine)[0] == count_ops(hub_engine)[1] == len(every_op)
    assert all(row[6] is not None for row in hub_ops.values()), "hub operation without hub_seq"
    hub_seqs = [row[6] for row in hub_ops.values()]
    assert len(set(hub_seqs)) == len(hub_seqs)
    if committed is not None:
        missing = committed - set(hub_ops) - void
        assert not missing, f"{len(missing)} committed operations never reached the hub"
        extra = set(hub_ops) - committed
        assert not extra, f"{len(extra)} operations on the hub that nobody committed"
    assert quarantined(hub_engine) == set(), quarantine_reasons(hub_engine)[:5]
    expected_state = state_snapshot(hub_engine)
    expected_conflicts = conflicts(hub_engine)
    numbers = case_numbers(hub_engine)
    assert len(numbers) == len(set(numbers))
    assert all(is_valid_case_number(n) for n in numbers)
    # A case the proactive scan opened in two villages is opened twice under one id.
    opened = {row[4] for row in hub_ops.values() if row[3] == "case.opened"}
    assert len(numbers) == len(opened), "a case.opened operation without its case"
    for code, engine in stations.items():
        total, distinct = count_ops(engine)
        assert total == distinct, f"{code}: an operation twice"
        rows = {i: row for i, row in op_rows(engine).items() if i not in void | discarded(engine)}
        assert set(rows) == set(hub_ops), (
            f"{code}: {len(set(hub_ops) - set(rows))} missing, {len(set(rows) - set(hub_ops))} extra"
        )
        differing = [i for i in rows if rows[i] != hub_ops[i]]
        assert not differing, f"{code}: {len(differing)} operations differ from the hub's copy"
        assert quarantined(engine) == set(), (code, quarantine_reasons(engine)[:5])
        state = state_snapshot(engine)
        assert state == expected_state, _diff(code, state, expected_state)
        assert conflicts(engine) == expected_conflicts, code
        last, top = own_seq(engine)
        assert last >= top, f"{code}: last_op_seq {last} behind its own operations ({top})"
    if rebuild_on is not None:
        rebuilt = rebuilt_snapshot(stations[rebuild_on])
        assert rebuilt == expected_state, _diff(f"rebuild on {rebuild_on}", rebuilt, expected_state)
    return expected_state


# --- a fresh council per example ------------------------------------------------------------


class CouncilTemplate:
    """A hub database and synced station files, made once and copied for every example.

    `build` makes the hub (on `hub_engine`, a migrated PostgreSQL database), registers the
    stations, connects and syncs each from a new SQLite file with a clerk, until all agree.
    `fresh` then gives a new council in about a second: the hub database copied with
    CREATE DATABASE ... TEMPLATE, a hub server on it, and copies of the station files.
    """

    def __init__(
        self,
        pg_server,
        hub_engine: Engine,
        folder,
        codes: list[str],  # noqa: ANN001
        prepare: Callable | None = None,
    ) -> None:
        self.pg_server = pg_server
        self.hub_engine = hub_engine
        self.folder = folder
        self.codes = codes
        self.prepare = prepare  # prepare(session, clerk actor): what each station makes first
        self.tokens: dict[str, str] = {}
        self.actors: dict = {}
        self._made = 0

    def build(self) -> CouncilTemplate:
        from desktop.core.db import local_station, open_database, session_factory
        from desktop.core.oplog import Actor
        from desktop.core.users import Role, create_user
        from desktop.station.seed import seed_reference_data
        from desktop.sync.client import HubClient, connect, sync_once
        from desktop.sync.keys import add_station, init_hub
        from tests.sync.conftest import HubServer

        with session_factory(self.hub_engine).begin() as session:
            init_hub(session)
            hub_station = local_station(session)
            hub_actor = Actor(None, hub_station.id, hub_station.code)
            seed_reference_data(session, hub_actor)
            clerks = {}
            for code in self.codes:
                identity, self.tokens[code] = add_station(session, hub_actor, code)
                # The council registers each station's clerk on the hub; the station pulls it.
                clerks[code] = create_user(
                    session,
                    hub_actor,
                    username=f"clerk{code.lower()}",
                    full_name=f"פקיד {code}",
                    role=Role.CLERK,
                    password="station-pass-1",
                ).id
                create_user(
                    session,
                    hub_actor,
                    username=f"sup{code.lower()}",
                    full_name=f"מפקחת {code}",
                    role=Role.SUPERVISOR,
                    password="station-pass-1",
                )
                # Adds users at the station (the same username in two villages, offline).
                create_user(
                    session,
                    hub_actor,
                    username=f"adm{code.lower()}",
                    full_name=f"מנהל {code}",
                    role=Role.ADMIN,
                    password="station-pass-1",
                )
        server = HubServer(self.hub_engine).start()
        engines = []
        try:
            for code in self.codes:
                engine = open_database(
                    f"sqlite:///{self.folder / f'{code}.sqlite3'}", station_code=code
                )
                engines.append(engine)
                sessions = session_factory(engine)
                with HubClient(server.url, self.tokens[code]) as client:
                    connect(sessions, client, server.url, self.tokens[code])
                    sync_once(sessions, client)
                with sessions.begin() as session:
                    own = local_station(session)
                    self.actors[code] = Actor(clerks[code], own.id, code)
                    if self.prepare is not None:
                        self.prepare(session, self.actors[code])
            for _round in range(2):
                for code, engine in zip(self.codes, engines, strict=True):
                    with HubClient(server.url, self.tokens[code]) as client:
                        sync_once(session_factory(engine), client)
        finally:
            server.stop()
            for engine in engines:
                engine.dispose()  # the last connection checkpoints the WAL into the file
            self.hub_engine.dispose()
        return self

    @contextlib.contextmanager
    def fresh(self, count: int, folder) -> Iterator[tuple]:  # noqa: ANN001
        """(hub server, [stations]) for the first `count` codes; everything removed after."""
        import shutil

        from desktop.core.db import open_database, session_factory
        from tests.sync.conftest import HubServer, Station

        template = self.hub_engine.url.database
        name = self.pg_server.create_database(f'TEMPLATE "{template}"')
        engines: list[Engine] = []
        stations: list[Station] = []
        server = None
        try:
            hub_engine = open_database(self.pg_server.url(name), station_code="KDR")
            engines.append(hub_engine)
            server = HubServer(hub_engine).start()
            for code in self.codes[:count]:
                path = folder / f"{code}.sqlite3"
                shutil.copyfile(self.folder / f"{code}.sqlite3", path)
                engine = open_database(f"sqlite:///{path}", station_code=code)
                engines.append(engine)
                stations.append(
                    Station(
                        code,
                        engine,
                        session_factory(engine),
                        server.url,
                        self.tokens[code],
                        self.actors[code],
                    )
                )
            yield server, stations
        finally:
            if server is not None:
                server.stop()
            for engine in engines:
                engine.dispose()
            for station in stations:
                station.engine.dispose()  # a "crash" may have replaced it
            self.pg_server.drop_database(name)


# --- processes to kill ----------------------------------------------------------------------

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


@dataclass
class Run:
    """One run of a process started by `run_and_kill`."""

    killed: bool
    returncode: int
    lines: list[str]

    def count(self, prefix: str) -> int:
        return sum(1 for line in self.lines if line.startswith(prefix))


def run_and_kill(cmd: list[str], *, trigger: str | None, delay: float, timeout: float = 120) -> Run:
    """Run `cmd` (from the repository root); when it prints a line starting with `trigger`,
    wait `delay` seconds and SIGKILL it (if it is still running). `trigger=None`: let it
    finish. Fails when it does not finish or print the trigger within `timeout`."""
    import signal
    import subprocess

    lines: list[str] = []
    seen = threading.Event()
    with subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as proc:

        def read() -> None:
            for line in proc.stdout:
                lines.append(line.rstrip("\n"))
                if trigger is not None and line.startswith(trigger):
                    seen.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        deadline = time.monotonic() + timeout
        killed = False
        try:
            while trigger is not None and not seen.wait(0.02):
                if proc.poll() is not None or time.monotonic() > deadline:
                    break
            if seen.is_set():
                time.sleep(delay)
                if proc.poll() is None:
                    proc.send_signal(signal.SIGKILL)
                    killed = True
            proc.wait(max(1.0, deadline - time.monotonic()))
        finally:
            if proc.poll() is None:  # only on a failure above: never leave it running
                proc.kill()
                proc.wait()
        reader.join(10)
    return Run(killed, proc.returncode, lines)


def worker_cmd(station, **options) -> list[str]:  # noqa: ANN001
    """The station_worker command for a tests.sync.conftest.Station."""
    import sys

    cmd = [
        sys.executable,
        "-m",
        "tests.sync.station_worker",
        str(station.engine.url),
        station.hub_url,
        station.token,
    ]
    for name, value in options.items():
        cmd += [f"--{name.replace('_', '-')}", str(value)]
    return cmd


class HubProcess:
    """The hub as a process of its own: `dalpak --db URL hub serve --listen 127.0.0.1:PORT`."""

    def __init__(self, db_url: str, port: int, log_path) -> None:  # noqa: ANN001
        self.db_url = db_url
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.log_path = log_path
        self.proc = None
        self._log = None

    def start(self, timeout: float = 60) -> HubProcess:
        import subprocess
        import sys

        self._log = open(self.log_path, "a", encoding="utf-8")  # noqa: SIM115 - closed in _reap
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "desktop.cli",
                "--db",
                self.db_url,
                "hub",
                "serve",
                "--listen",
                f"127.0.0.1:{self.port}",
            ],
            cwd=ROOT,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while True:
            try:
                with httpx.Client(timeout=2) as probe:
                    probe.get(f"{self.url}/v1/hello")  # 401 without a token: it is up
                return self
            except httpx.HTTPError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    self._reap()
                    raise RuntimeError(
                        f"the hub process did not start:\n{self.log_text()}"
                    ) from None
                time.sleep(0.1)

    def kill(self) -> None:
        """SIGKILL, as a crash or a power cut of the hub's machine would."""
        import signal

        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self._reap()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
        self._reap()

    def _reap(self) -> None:
        if self.proc is not None:
            try:
                self.proc.wait(30)
            except Exception:
                self.proc.kill()
                self.proc.wait()
            self.proc = None
        if self._log is not None:
            self._log.close()
            self._log = None

    def log_text(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def join_station(code: str, hub_url: str, token: str, folder, clerk_id):  # noqa: ANN001, ANN201
    """A new station database connected to the hub and synced, working as `clerk_id` (a clerk
    registered on the hub, as make_station)."""
    from desktop.core.db import local_station, open_database, session_factory
    from desktop.core.oplog import Actor
    from desktop.sync.client import HubClient, connect
    from tests.sync.conftest import Station

    engine = open_database(f"sqlite:///{folder / f'{code}.sqlite3'}", station_code=code)
    sessions = session_factory(engine)
    with HubClient(hub_url, token) as client:
        connect(sessions, client, hub_url, token)
    station = Station(code, engine, sessions, hub_url, token)
    station.sync()
    with sessions() as session:
        own = local_station(session)
        station.actor = Actor(clerk_id, own.id, code)
    return station
