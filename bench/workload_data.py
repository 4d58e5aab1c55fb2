"""A large council's open and finished work, for the supervisor board and figures benchmarks.

`workload_database(items=500_000, cases=200_000)` returns the path of a cached SQLite database
(bench/.cache/workload-c{cases}-i{items}-s{seed}.sqlite3) with the full schema (built through
`open_database`, so every migration ran), the reference data and demo logins, department staff
and clerks, residents, and a year of visits: cases with arrival, service start and end times,
items spread over departments, people, request types and statuses, expected dates (overdue,
due today, at risk, slipped), handoffs 0-3, finished items with finished_at, callback and
follow-up tasks with satisfaction.

Rows are written with bulk Core inserts. The opening of each case and each item is in the
operation log (`case.opened`, `case.item_added`, as the counter writes them), so a case's
timeline shows where it began; what happened afterwards (status, handoffs, slips, tasks) is
written to the state tables directly, as a summary of a year of work, and is NOT reproducible
from the log: this database is for measuring reads, not for sync.

Command line: `python bench/workload_data.py [--cases N --items N | --quick] [--seed S]`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import subprocess
import sys
import time
import uuid
from pathlib import Path

from common import BUILD_TIMEOUT_S, PROJECT_DIR, cache_dir, isolated_env

QUICK = {"items": 50_000, "cases": 20_000}
DEFAULT_SEED = 13
STAFF_PER_DEPARTMENT = 8
CLERKS = 10
BATCH = 20_000
OPEN_STATUSES = ("received", "in_progress", "waiting_resident", "waiting_department")


_NEXT_STEP = "העובד/ת המטפל/ת יבדקו את הבקשה ויחזרו לתושב/ת"
_TASK_RNG = random.Random(1)


def _uuid7(at: dt.datetime, rng: random.Random) -> uuid.UUID:
    """A version 7 UUID for a row made at `at` (ids stay time-ordered, as the app makes them)."""
    value = (int(at.timestamp() * 1000) << 80) | rng.getrandbits(80)
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 4122 variant
    return uuid.UUID(int=value)


def db_file(items: int, cases: int, seed: int = DEFAULT_SEED, cache: Path | None = None) -> Path:
    return cache_dir(cache) / f"workload-c{cases}-i{items}-s{seed}.sqlite3"


def workload_database(
    items: int = 500_000,
    cases: int = 200_000,
    *,
    seed: int = DEFAULT_SEED,
    cache: Path | None = None,
    quiet: bool = False,
) -> Path:
    """Path of the cached workload database, built (in a child process) when missing."""
    path = db_file(items, cases, seed, cache)
    if path.exists():
        if not quiet:
            print(f"[db] reusing {path.name} ({path.stat().st_size / 1e6:,.0f} MB)", flush=True)
        return path
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--items",
        str(items),
        "--cases",
        str(cases),
        "--seed",
        str(seed),
        "--cache",
        str(path.parent),
    ]
    print(f"[db] building {path.name}", flush=True)
    result = subprocess.run(
        cmd, cwd=PROJECT_DIR, env=isolated_env(path.parent), timeout=BUILD_TIMEOUT_S, check=False
    )
    if result.returncode != 0 or not path.exists():
        raise SystemExit(f"[db] building {path.name} failed (exit {result.returncode})")
    return path


# --- building ---------------------------------------------------------------------------------


def _business_days_back(today: dt.date, count: int) -> list[dt.date]:
    from desktop.core.calendar import is_business_day

    days, day = [], today
    while len(days) < count:
        if is_business_day(day):
            days.append(day)
        day -= dt.timedelta(days=1)
    return days


def build(path: Path, items: int, cases: int, seed: int) -> None:
    """Write the database to `path` (through a .part file, renamed when complete)."""
    from zoneinfo import ZoneInfo

    from argon2 import PasswordHasher
    from sqlalchemy import select, text

    from desktop.core import clock
    from desktop.core.calendar import add_business_days
    from desktop.core.db import local_station, open_database, session_factory
    from desktop.core.numbering import format_case_number
    from desktop.core.oplog import Actor, record_bulk
    from desktop.core.users import Role
    from desktop.models import Case, CaseItem, Department, RequestType, Resident, Task, User
    from desktop.station.demo import DEMO_PASSWORD, build_demo, demo_names

    tz = ZoneInfo(clock.LOCAL_TZ_NAME)
    partial = path.with_name(path.name + ".part")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    engine = open_database(f"sqlite:///{partial}", station_code="KDR")
    sessions = session_factory(engine)
    rng = random.Random(seed)
    residents_wanted = max(1_000, cases // 4)

    def mark(what: str) -> None:
        print(f"[db]   {what}: {time.perf_counter() - started:,.1f} s", flush=True)

    with sessions.begin() as s:
        s.execute(text("PRAGMA synchronous=OFF"))
        station = local_station(s)
        actor = Actor(None, station.id, station.code)
        build_demo(s, actor, residents=residents_wanted, seed=seed, cases=0)
    mark(f"reference data, demo logins, {residents_wanted:,} residents")

    with sessions.begin() as s:
        s.execute(text("PRAGMA synchronous=OFF"))
        departments = list(s.scalars(select(Department).order_by(Department.code)))
        types = list(s.scalars(select(RequestType).where(RequestType.active)))
        resident_ids = list(s.scalars(select(Resident.id)))
        password_hash = PasswordHasher().hash(DEMO_PASSWORD)
        names = demo_names().male + demo_names().female
        last_names = demo_names().last
        new_users: list[tuple[uuid.UUID, dict]] = []
        for dep in departments:
            for n in range(1, STAFF_PER_DEPARTMENT + 1):
                new_users.append(
                    (
                        clock.new_id(),
                        {
                            "username": f"{dep.code.lower()}{n:02d}",
                            "full_name": f"{rng.choice(names)} {rng.choice(last_names)}",
                            "role": str(Role.DEPARTMENT),
                            "password_hash": password_hash,
                            "department_id": dep.id,
                            "phone": "",
                            "email": "",
                        },
                    )
                )
        for n in range(1, CLERKS + 1):
            new_users.append(
                (
                    clock.new_id(),
                    {
                        "username": f"clerk{n:02d}",
                        "full_name": f"{rng.choice(names)} {rng.choice(last_names)}",
                        "role": str(Role.CLERK),
                        "password_hash": password_hash,
                        "department_id": None,
                        "phone": "",
                        "email": "",
                    },
                )
            )
        ops = record_bulk(s, actor, "user.created", new_users)
        s.execute(
            User.__table__.insert(),
            [
                {
                    "id": op["entity_id"],
                    "username": p["username"],
                    "full_name": p["full_name"],
                    "role": p["role"],
                    "password_hash": p["password_hash"],
                    "department_id": uuid.UUID(p["department_id"]) if p["department_id"] else None,
                    "phone": "",
                    "email": "",
                    "active": True,
                    "created_at": op["created_at"],
                }
                for op in ops
                if (p := op["payload"])
            ],
        )
        users = list(s.scalars(select(User)))
    mark(f"{len(new_users)} more users")

    staff: dict[uuid.UUID, list[uuid.UUID]] = {}
    for u in users:
        if u.role == Role.DEPARTMENT and u.department_id:
            staff.setdefault(u.department_id, []).append(u.id)
    owners = [u.id for u in users if u.role == Role.CLERK]
    other_owners = [u.id for u in users if u.role == Role.DEPARTMENT]
    # Request types are not asked for equally: a few make most of the work.
    type_weights = [rng.choice([1, 1, 2, 3, 5, 8]) for _ in types]
    dep_ids = [d.id for d in departments]

    now = clock.utcnow()
    today = now.astimezone(tz).date()
    days = _business_days_back(today, 250)  # a year of business days, newest first
    # Recent days are busier in the database: old work is finished and counted, new work is open.
    day_weights = [1.0 + 2.0 * (0.985**n) for n in range(len(days))]
    expected_cache: dict[tuple[dt.date, int], dt.date] = {}

    def expected(start: dt.date, n: int) -> dt.date:
        key = (start, n)
        if key not in expected_cache:
            expected_cache[key] = add_business_days(start, n)
        return expected_cache[key]

    # Items per case: 1-4, scaled so that the total is `items`.
    per_case = [1] * cases
    extra = items - cases
    while extra > 0:
        n = rng.randrange(cases)
        if per_case[n] < 4:
            per_case[n] += 1
            extra -= 1
    counters: dict[tuple[str, int], int] = {}
    station_codes = ["KDR", "MSG", "YVN", "KFT"]
    station_ids = {
        code: (station.id if code == station.code else uuid.uuid5(uuid.NAMESPACE_DNS, code))
        for code in station_codes
    }

    case_day = rng.choices(days, weights=day_weights, k=cases)
    case_day.sort()
    made_cases = made_items = 0
    with sessions.begin() as s:
        s.execute(text("PRAGMA synchronous=OFF"))
        for first in range(0, cases, BATCH // 2):
            batch_cases, batch_items, batch_tasks = [], [], []
            case_ops, item_ops = [], []
            for n in range(first, min(cases, first + BATCH // 2)):
                day = case_day[n]
                code = rng.choice(station_codes)
                seq = counters[(code, day.year)] = counters.get((code, day.year), 0) + 1
                number = format_case_number(code, day.year, seq)
                minute = rng.randint(8 * 60, 15 * 60 + 30)
                arrived = dt.datetime.combine(
                    day, dt.time(minute // 60, minute % 60), tz
                ).astimezone(dt.UTC)
                started_at = arrived + dt.timedelta(minutes=rng.expovariate(1 / 9))
                ended_at = started_at + dt.timedelta(minutes=rng.uniform(3, 20))
                owner = rng.choice(owners) if rng.random() < 0.9 else rng.choice(other_owners)
                case_id = _uuid7(ended_at, rng)
                resident_id = rng.choice(resident_ids)
                age_days = (today - day).days
                # The older the work, the likelier it is finished.
                p_open = (
                    0.85
                    if age_days <= 7
                    else 0.5
                    if age_days <= 30
                    else 0.15
                    if age_days <= 90
                    else 0.02
                )
                case_items, all_final, last_finish = [], True, ended_at
                for position in range(1, per_case[n] + 1):
                    rt = rng.choices(types, weights=type_weights)[0]
                    department = rt.department_id
                    handoffs = rng.choices([0, 1, 2, 3], weights=[70, 20, 8, 2])[0]
                    if handoffs and rng.random() < 0.6:
                        department = rng.choice(dep_ids)
                    exp = expected(day, rt.sla_days)
                    slips = rng.choices([0, 1, 2], weights=[82, 14, 4])[0]
                    for _ in range(slips):
                        exp = expected(exp, rng.randint(2, 10))
                    item_created = ended_at
                    if rng.random() < p_open:
                        status = rng.choices(OPEN_STATUSES, weights=[30, 45, 15, 10])[0]
                        finished = None
                        all_final = False
                        updated = (
                            None
                            if status == "received"
                            else item_created
                            + dt.timedelta(days=rng.uniform(0, max(0.1, age_days)))
                        )
                    else:
                        status = "done" if rng.random() < 0.92 else "cannot"
                        took = max(0.05, rng.gauss(0.7, 0.4)) * max(1, (exp - day).days)
                        finished = min(now, item_created + dt.timedelta(days=took))
                        updated = finished
                        last_finish = max(last_finish, finished)
                    people = staff.get(department) or []
                    assignee = rng.choice(people) if people and rng.random() < 0.6 else None
                    item_id = _uuid7(item_created, rng)
                    item_ops.append(
                        (
                            item_id,
                            {
                                "case_id": case_id,
                                "position": position,
                                "request_type_id": rt.id,
                                "department_id": rt.department_id,
                                "description": "",
                                "next_steps": rt.steps,
                                "documents": rt.documents,
                                "expected_date": expected(day, rt.sla_days),
                            },
                        )
                    )
                    case_items.append(
                        {
                            "id": item_id,
                            "case_id": case_id,
                            "position": position,
                            "request_type_id": rt.id,
                            "department_id": department,
                            "description": "",
                            # An update replaces the catalogue's steps by the one next step.
                            "next_steps": rt.steps if status == "received" else [_NEXT_STEP],
                            "documents": rt.documents,
                            "expected_date": exp,
                            "status": status,
                            "created_at": item_created,
                            "assignee_id": assignee,
                            "handoffs": handoffs,
                            "slips": slips,
                            "outcome": "הבקשה טופלה והתושב/ת עודכן/ה בטלפון" if finished else "",
                            "updated_at": updated,
                            "finished_at": finished,
                        }
                    )
                    if finished is not None:
                        callback_due = expected(finished.astimezone(tz).date(), 1)
                        done_cb = finished < now - dt.timedelta(days=2) or rng.random() < 0.4
                        batch_tasks.append(
                            _task(
                                "callback",
                                case_id,
                                item_id,
                                owner,
                                callback_due,
                                finished,
                                finished + dt.timedelta(hours=rng.uniform(1, 40))
                                if done_cb
                                else None,
                                owner,
                                None,
                            )
                        )
                closed = all_final and rng.random() < 0.9
                closed_at = (
                    min(now, last_finish + dt.timedelta(hours=rng.uniform(2, 60)))
                    if closed
                    else None
                )
                if closed:
                    due = expected(closed_at.astimezone(tz).date(), 3)
                    done_at = closed_at + dt.timedelta(days=rng.uniform(3, 8))
                    done = done_at < now and rng.random() < 0.8
                    satisfaction = (
                        rng.choices([1, 2, 3, 4, 5], weights=[4, 6, 15, 35, 40])[0]
                        if done
                        else None
                    )
                    batch_tasks.append(
                        _task(
                            "followup",
                            case_id,
                            None,
                            owner,
                            due,
                            closed_at,
                            done_at if done else None,
                            owner,
                            satisfaction,
                        )
                    )
                case_ops.append(
                    (
                        case_id,
                        {
                            "number": number,
                            "resident_id": resident_id,
                            "owner_id": owner,
                            "arrived_at": arrived,
                            "service_started_at": started_at,
                            "service_ended_at": ended_at,
                        },
                    )
                )
                batch_cases.append(
                    {
                        "id": case_id,
                        "number": number,
                        "resident_id": resident_id,
                        "owner_id": owner,
                        "station_id": station_ids[code],
                        "status": "closed" if closed else "open",
                        "arrived_at": arrived,
                        "service_started_at": started_at,
                        "service_ended_at": ended_at,
                        "created_at": ended_at,
                        "closed_at": closed_at,
                        "updated_at": closed_at
                        or max(
                            [i["updated_at"] for i in case_items if i["updated_at"]] or [ended_at]
                        ),
                    }
                )
                batch_items += case_items
            record_bulk(s, actor, "case.opened", case_ops)
            record_bulk(s, actor, "case.item_added", item_ops)
            s.execute(Case.__table__.insert(), batch_cases)
            s.execute(CaseItem.__table__.insert(), batch_items)
            if batch_tasks:
                s.execute(Task.__table__.insert(), batch_tasks)
            made_cases += len(batch_cases)
            made_items += len(batch_items)
            if made_cases % (BATCH * 5) < BATCH // 2 and made_cases < cases:
                mark(f"{made_cases:,} cases, {made_items:,} items")
    mark(f"{made_cases:,} cases, {made_items:,} items")
    engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    print(
        f"[db] built {path.name} in {time.perf_counter() - started:,.1f} s "
        f"({path.stat().st_size / 1e6:,.0f} MB)",
        flush=True,
    )


def _task(
    kind: str,
    case_id: uuid.UUID,
    item_id: uuid.UUID | None,
    owner: uuid.UUID,
    due: dt.date,
    created: dt.datetime,
    done_at: dt.datetime | None,
    done_by: uuid.UUID,
    satisfaction: int | None,
) -> dict:
    return {
        "id": _uuid7(created, _TASK_RNG),
        "kind": kind,
        "case_id": case_id,
        "item_id": item_id,
        "owner_id": owner,
        "due_date": due,
        "created_at": created,
        "done_at": done_at,
        "done_by": done_by if done_at else None,
        "outcome": "שוחחתי עם התושב/ת" if done_at else "",
        "channel": "phone" if done_at else "",
        "reached": True if done_at else None,
        "satisfaction": satisfaction,
        "comment": "",
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--items", type=int, default=500_000)
    parser.add_argument("--cases", type=int, default=200_000)
    parser.add_argument("--quick", action="store_true", help="50,000 items in 20,000 cases")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--cache", default=None)
    args = parser.parse_args()
    if args.quick:
        args.items, args.cases = QUICK["items"], QUICK["cases"]
    if args.items < args.cases:
        parser.error("--items must be at least --cases (every case has an item)")
    cache = cache_dir(args.cache)
    sys.path.insert(0, str(PROJECT_DIR))
    from common import isolate_this_process

    isolate_this_process(cache)
    path = db_file(args.items, args.cases, args.seed, cache)
    if path.exists():
        print(f"[db] {path.name} exists; delete it to build again", flush=True)
        return 0
    build(path, args.items, args.cases, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
