"""Case numbers made offline on several stations never collide.

- Three stations open cases offline (one transaction each), then sync: every database has all
  of them, every number valid and unique, each station's numbers 1..N without a gap. 3 x 200
  in every run; the issue's 3 x 5,000 (and 3 x 1,000) only when asked for, `pytest -m slow
  tests/sync` (see tests/sync/conftest.py). 3 x 5,000 took 132 s on the 2-core machine at
  load 1 (22-24 s opening a station's 5,000 cases one `open_case` at a time, 45 s syncing 30,000
  operations in and 60,000 out) but 21 minutes at load 10; with the rest of the suite that
  would take CI past its 15 minutes on a busy day. 3 x 1,000: 32 s at load 1.
- A station restored from a backup: after its first sync (before anything is created) its
  operation sequence is past what the hub has from it, and its next case number is new.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.db import open_database, session_factory
from desktop.core.numbering import is_valid_case_number
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.residents import update_resident
from desktop.models import Operation, RequestType, Resident
from desktop.station.demo import create_demo_residents
from tests.sync.harness import assert_converged, case_numbers, own_seq

pytestmark = [pytest.mark.sync, pytest.mark.postgres]


def open_cases(station, count: int) -> list[str]:
    """`count` cases with one item each, in one transaction; returns their numbers."""
    with station.sessions.begin() as s:
        rids = list(s.scalars(select(Resident.id).order_by(Resident.id)))
        types = list(s.scalars(select(RequestType.id).order_by(RequestType.code)))
        start = clock.utcnow() - dt.timedelta(minutes=5)
        return [
            open_case(
                s,
                station.actor,
                rids[n % len(rids)],
                [ItemDraft(types[n % len(types)])],
                service_started_at=start,
            ).number
            for n in range(count)
        ]


@pytest.mark.parametrize(
    "per_station",
    [
        pytest.param(200, marks=pytest.mark.timeout(300)),
        pytest.param(1000, marks=[pytest.mark.slow, pytest.mark.timeout(1200)]),
        pytest.param(5000, marks=[pytest.mark.slow, pytest.mark.timeout(3600)]),
    ],
)
def test_three_stations_number_cases_offline_without_collisions(hub, make_station, per_station):
    stations = [make_station(code) for code in ("ARB", "LVI", "KFT")]
    with stations[0].sessions.begin() as s:
        create_demo_residents(s, stations[0].actor, 60, seed=31)
    for station in stations * 2:
        station.sync()

    timings = {}
    made = {}
    for station in stations:
        started = time.perf_counter()
        made[station.code] = open_cases(station, per_station)
        timings[f"create {station.code}"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    for station in stations * 2:
        station.sync()
    timings["sync"] = round(time.perf_counter() - started, 1)
    print(f"\n{per_station} cases a station: {timings}")

    everything = set().union(*made.values())
    assert len(everything) == 3 * per_station
    for engine in [hub.engine, *(station.engine for station in stations)]:
        numbers = case_numbers(engine)
        assert len(numbers) == len(set(numbers)) == 3 * per_station
        assert set(numbers) == everything
        assert all(is_valid_case_number(n) for n in numbers)
    for code, numbers in made.items():
        assert all(n.startswith(f"{code}-") for n in numbers)
        assert sorted(int(n.split("-")[2]) for n in numbers) == list(range(1, per_station + 1))
    assert_converged(
        hub.engine,
        {s.code: s.engine for s in stations},
        rebuild_on="KFT" if per_station <= 1000 else None,
    )


def _hub_max_seq(hub_engine, station) -> int:
    with Session(hub_engine) as s:
        return s.scalar(
            select(func.max(Operation.seq)).where(Operation.station_id == station.actor.station_id)
        )


def _restore_from_backup(make_station, hub, tmp_path):
    """ARB works, is backed up, works more and syncs; then the backup replaces its database.
    Returns the two stations, the hub's case numbers and ARB's last operation number there."""
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with arbel.sessions.begin() as s:
        create_demo_residents(s, arbel.actor, 20, seed=41)
    open_cases(arbel, 3)
    arbel.sync()
    path = Path(arbel.engine.url.database)
    backup = tmp_path / "ARB-backup.sqlite3"
    with (
        contextlib.closing(sqlite3.connect(path)) as live,
        contextlib.closing(sqlite3.connect(backup)) as copy,
    ):
        live.backup(copy)  # a consistent copy of the live database

    # More work after the backup, synced: the hub has it, the backup does not.
    later = open_cases(arbel, 4)
    with arbel.sessions.begin() as s:
        rid = s.scalars(select(Resident.id).order_by(Resident.id)).first()
        update_resident(s, arbel.actor, rid, {"address": "הזית 7"})
    arbel.sync()
    lavi.sync()
    hub_seq = _hub_max_seq(hub.engine, arbel)
    numbers = set(case_numbers(hub.engine))
    assert set(later) <= numbers

    # The disk dies; the backup is put back in place of the database.
    arbel.engine.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, path)
    arbel.engine = open_database(f"sqlite:///{path}", station_code="ARB")
    arbel.sessions = session_factory(arbel.engine)
    assert own_seq(arbel.engine)[0] < hub_seq
    assert len(case_numbers(arbel.engine)) == 3
    return arbel, lavi, numbers, hub_seq


def test_station_restored_from_a_backup_continues_its_numbers(hub, make_station, tmp_path):
    arbel, lavi, numbers, hub_seq = _restore_from_backup(make_station, hub, tmp_path)
    arbel.sync()  # before anything is created
    last, top = own_seq(arbel.engine)
    assert last >= hub_seq and top == hub_seq
    assert set(case_numbers(arbel.engine)) == numbers
    (number,) = open_cases(arbel, 1)
    assert number not in numbers and int(number.split("-")[2]) == 8
    arbel.sync()
    lavi.sync()
    arbel.sync()
    assert _hub_max_seq(hub.engine, arbel) > hub_seq
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="ARB")


def test_restored_station_numbers_after_the_hub_even_before_pulling(
    hub, make_station, tmp_path, monkeypatch
):
    """The link drops after the hub's first answer: the station's later cases have not come
    back, yet the next number continues after them, and nothing ends in quarantine."""
    arbel, lavi, numbers, hub_seq = _restore_from_backup(make_station, hub, tmp_path)

    def link_down(*_args, **_kw):
        raise ConnectionError("the link dropped")

    monkeypatch.setattr("desktop.sync.client.pull_all", link_down)
    with pytest.raises(ConnectionError):
        arbel.sync()
    assert len(case_numbers(arbel.engine)) == 3  # nothing pulled
    (number,) = open_cases(arbel, 1)
    assert number not in numbers and int(number.split("-")[2]) == 8
    monkeypatch.undo()
    for station in (arbel, lavi, arbel):
        station.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="ARB")
