"""kill -9 at the worst moments: nothing lost, nothing stored twice.

- A station process killed while it pushes (before a request, while the hub ingests it, after
  the reply but before the station recorded it) and while it pulls (in the middle of applying
  a batch), several times at random moments, then restarted.
- The hub's PostgreSQL killed while the hub ingests a push; the station retries after the
  restart.
- The hub process itself (`dalpak hub serve`) killed while it ingests; restarted on the same
  port.

The kill moments come from a seeded random generator (printed on failure with the runs).
"""

from __future__ import annotations

import random
import threading
import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.db import local_station, session_factory
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, open_case
from desktop.models import Operation, RequestType, Resident
from desktop.station.demo import create_demo_residents
from desktop.station.seed import seed_reference_data
from desktop.sync.client import SyncError, sync_status
from desktop.sync.keys import add_station, init_hub
from tests.sync.conftest import free_port
from tests.sync.harness import (
    PASS,
    HubProcess,
    ShapedLink,
    assert_converged,
    count_ops,
    join_station,
    op_ids,
    pull_cursor,
    quarantine_reasons,
    run_and_kill,
    worker_cmd,
)

pytestmark = [pytest.mark.sync, pytest.mark.postgres]

SEED = 20261123


def make_backlog(station, residents: int, cases: int, seed: int = 5) -> None:
    """Offline work: residents (bulk) and cases with one item each."""
    with station.sessions.begin() as s:
        create_demo_residents(s, station.actor, residents, seed=seed)
        rids = list(s.scalars(select(Resident.id).order_by(Resident.id).limit(cases)))
        types = list(s.scalars(select(RequestType.id).order_by(RequestType.code)))
        for n, rid in enumerate(rids):
            open_case(
                s,
                station.actor,
                rid,
                [ItemDraft(types[n % len(types)])],
                service_started_at=clock.utcnow(),
            )


def unsent(station) -> int:
    with station.sessions() as s:
        return sync_status(s).unsent


def own_ops_on_hub(hub_engine, station) -> tuple[int, int, int]:
    """(operations, distinct ids, distinct seqs) of the station on the hub."""
    with Session(hub_engine) as s:
        return s.execute(
            select(
                func.count(),
                func.count(func.distinct(Operation.id)),
                func.count(func.distinct(Operation.seq)),
            ).where(Operation.station_id == station.actor.station_id)
        ).one()


def own_ops(station) -> set:
    with station.sessions() as s:
        return set(
            s.scalars(select(Operation.id).where(Operation.station_id == station.actor.station_id))
        )


@pytest.mark.timeout(240)
def test_station_killed_while_pushing_and_while_pulling(hub, make_station):
    arbel, lavi = make_station("ARB"), make_station("LVI")
    make_backlog(arbel, residents=400, cases=30)
    backlog = unsent(arbel)
    mine = own_ops(arbel)
    committed = op_ids(hub.engine) | op_ids(arbel.engine) | op_ids(lavi.engine)
    rng = random.Random(SEED)

    # Pushing, in batches of 250 (a few seconds of work each on the hub): killed three times.
    runs = []
    for _ in range(3):
        # The whole backlog goes in about a second now that the hub ingests batch-wise: the
        # kill must come within the first pushes to land while one is in flight.
        delay = rng.uniform(0.05, 0.6)
        run = run_and_kill(
            worker_cmd(arbel, push_batch=250, latency=0.1), trigger="send /v1/push", delay=delay
        )
        assert run.killed or run.returncode == 0, run.lines
        runs.append((round(delay, 2), run.killed, run.count("send /v1/push"), unsent(arbel)))
        assert own_ops(arbel) == mine, "the station lost its own operations"
        total, distinct, seqs = own_ops_on_hub(hub.engine, arbel)
        assert total == distinct == seqs <= len(mine), runs
    assert runs[0][1], f"the first run should have been killed mid-push: {runs}"
    final = run_and_kill(worker_cmd(arbel), trigger=None, delay=0)
    assert final.returncode == 0 and final.lines[-1].startswith("done"), final.lines
    assert unsent(arbel) == 0
    assert own_ops_on_hub(hub.engine, arbel) == (len(mine),) * 3, runs
    assert quarantine_reasons(hub.engine) == [], runs

    # Pulling all of it on another station, 150 at a time: killed three times while applying.
    cursors = [pull_cursor(lavi.engine)]
    pulls = []
    for _ in range(3):
        delay = rng.uniform(0.2, 3.0)
        run = run_and_kill(
            worker_cmd(lavi, pull_batch=150, latency=0.05), trigger="send /v1/pull", delay=delay
        )
        assert run.killed or run.returncode == 0, run.lines
        cursors.append(pull_cursor(lavi.engine))
        pulls.append((round(delay, 2), run.killed, run.count("recv /v1/pull"), cursors[-1]))
        total, distinct = count_ops(lavi.engine)
        assert total == distinct, pulls
    assert pulls[0][1], f"the first pull should have been killed mid-way: {pulls}"
    final = run_and_kill(worker_cmd(lavi), trigger=None, delay=0)
    assert final.returncode == 0, final.lines
    cursors.append(pull_cursor(lavi.engine))
    assert cursors == sorted(cursors), f"the pull cursor went back: {pulls}"

    print(
        f"\npush runs (delay, killed, pushes sent, unsent after): {runs}"
        f"\npull runs (delay, killed, pulls answered, cursor after): {pulls}"
    )
    arbel.sync()
    lavi.sync()
    assert backlog == len(mine)
    assert_converged(
        hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, committed, rebuild_on="LVI"
    )


def test_the_same_batch_twice_at_once_is_stored_once(hub, make_station):
    """Regression: a station restarted while the hub still ingested its last push sends the
    same operations again at once; the second request used to fail to insert them and put
    every one of them in the hub's quarantine."""
    arbel = make_station("ARB")
    make_backlog(arbel, residents=300, cases=0)
    with arbel.sessions() as s:
        from desktop.sync.wire import to_wire

        batch = [
            to_wire(op)
            for op in s.scalars(
                select(Operation).where(Operation.acked.is_(False)).order_by(Operation.seq)
            )
        ]
    answers = []

    def push() -> None:
        with arbel.client() as client:
            answers.append(client.push(batch))

    threads = [threading.Thread(target=push) for _ in range(2)]
    for thread in threads:
        thread.start()
        time.sleep(0.3)  # the second arrives while the first is being ingested
    for thread in threads:
        thread.join(60)
    assert len(answers) == 2
    assert all(len(a["acked"]) == len(batch) and a["rejected"] == [] for a in answers)
    assert sorted(a["stored"] for a in answers) == [0, len(batch)]
    assert quarantine_reasons(hub.engine) == []
    arbel.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine})


def _sync_in_background(station, on_push: threading.Event):
    """Start station.sync() on a thread; `on_push` is set when a push request leaves."""
    errors: list[Exception] = []

    def decide(n, request):
        if request.url.path.endswith("/push"):
            on_push.set()
        return PASS

    def run() -> None:
        try:
            station.sync(transport=ShapedLink(decide))
        except SyncError as err:
            errors.append(err)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors


def _wait_inside_ingest(engine, timeout: float = 60) -> float:
    """Wait until another connection holds an open transaction that has taken a row lock or
    written (the hub inside a push: it locks its counter first); returns the seconds waited.

    Watching the database, not the clock: a push of a few hundred operations takes a fraction
    of a second, so a kill after a fixed delay would land after the commit.
    """
    started = time.monotonic()
    with engine.connect() as conn:
        while time.monotonic() - started < timeout:
            busy = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                "AND backend_xid IS NOT NULL AND datname = current_database()"
            ).scalar_one()
            conn.rollback()
            if busy:
                return time.monotonic() - started
            time.sleep(0.001)
    raise AssertionError(f"no ingest transaction seen within {timeout} s")


def _sync_until_it_works(station, attempts: int = 20) -> int:
    for attempt in range(1, attempts + 1):
        try:
            station.sync()
            return attempt
        except SyncError:
            time.sleep(0.5)
    raise AssertionError(f"{station.code} could not sync after {attempts} attempts")


@pytest.mark.timeout(180)
def test_hub_database_killed_while_ingesting(hub, make_station, pg_server):
    arbel, lavi = make_station("ARB"), make_station("LVI")
    make_backlog(arbel, residents=300, cases=20)
    mine = own_ops(arbel)
    committed = op_ids(hub.engine) | op_ids(arbel.engine) | op_ids(lavi.engine)
    pushing = threading.Event()
    thread, errors = _sync_in_background(arbel, pushing)
    try:
        assert pushing.wait(60)
        _wait_inside_ingest(hub.engine)  # the hub is inside the batch
        pg_server.kill()
    finally:
        thread.join(60)
    assert errors, "the sync should have failed with the database gone"
    assert unsent(arbel) == len(mine), "nothing may be marked sent that the hub did not keep"
    pg_server.start()
    _sync_until_it_works(arbel)
    lavi.sync()
    arbel.sync()
    assert own_ops_on_hub(hub.engine, arbel) == (len(mine),) * 3
    assert_converged(
        hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, committed, rebuild_on="ARB"
    )


@pytest.mark.timeout(180)
def test_hub_process_killed_while_ingesting(pg_engine, tmp_path):
    with session_factory(pg_engine).begin() as session:
        init_hub(session)
        own = local_station(session)
        actor = Actor(None, own.id, own.code)
        seed_reference_data(session, actor)
        tokens = {code: add_station(session, actor, code)[1] for code in ("ARB", "LVI")}
        clerks = {
            code: create_user(
                session,
                actor,
                username=f"clerk{code.lower()}",
                full_name=f"פקיד {code}",
                role=Role.CLERK,
                password="station-pass-1",
            ).id
            for code in ("ARB", "LVI")
        }
    db_url = pg_engine.url.render_as_string(hide_password=False)
    hub = HubProcess(db_url, free_port(), tmp_path / "hub.log").start()
    stations = []
    try:
        arbel = join_station("ARB", hub.url, tokens["ARB"], tmp_path, clerks["ARB"])
        stations.append(arbel)
        lavi = join_station("LVI", hub.url, tokens["LVI"], tmp_path, clerks["LVI"])
        stations.append(lavi)
        make_backlog(arbel, residents=300, cases=20)
        mine = own_ops(arbel)
        committed = op_ids(pg_engine) | op_ids(arbel.engine) | op_ids(lavi.engine)
        pushing = threading.Event()
        thread, errors = _sync_in_background(arbel, pushing)
        try:
            assert pushing.wait(60)
            _wait_inside_ingest(pg_engine)
            hub.kill()
        finally:
            thread.join(60)
        assert errors, "the sync should have failed with the hub gone"
        hub.start()
        _sync_until_it_works(arbel)
        lavi.sync()
        arbel.sync()
        assert own_ops_on_hub(pg_engine, arbel) == (len(mine),) * 3
        assert_converged(
            pg_engine, {"ARB": arbel.engine, "LVI": lavi.engine}, committed, rebuild_on="LVI"
        )
    finally:
        hub.stop()
        for station in stations:
            station.engine.dispose()
