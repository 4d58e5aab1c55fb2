"""The per-day sums give the same figures as the period's rows, for every single filter and
period, on random journeys that cross the change to summer time and back, before and after
random changes (kept up by the triggers), on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update

from desktop.core import clock
from desktop.core.db import local_station, session_factory
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.models import Case, CaseItem, FigureSum, Locality, RequestType, Resident, Task, User
from desktop.station.seed import seed_reference_data
from desktop.supervision import figure_facts
from desktop.supervision.figures import FigureFilter, compute_figures, compute_from_rows

TZ = ZoneInfo("Asia/Jerusalem")
FIRST = dt.date(2026, 3, 1)  # summer time starts 27/3 and ends 25/10
DAYS = 260
TODAY = dt.date(2026, 10, 1)
STATUSES = (
    "received",
    "in_progress",
    "waiting_resident",
    "waiting_department",
    "done",
    "cannot",
    "done",
)


def _moment(rng: random.Random, day: dt.date) -> dt.datetime:
    local = dt.datetime.combine(
        day, dt.time(rng.choice((0, 7, 8, 9, 12, 15, 23)), rng.randrange(60), rng.randrange(60)), TZ
    )
    return local.astimezone(dt.UTC)


def _build(sessions, seed: int = 7, cases: int = 240) -> dict:
    rng = random.Random(seed)
    with sessions.begin() as s:
        station = local_station(s)
        system = Actor(None, station.id, station.code)
        seed_reference_data(s, system)
        s.flush()
        clerks = [
            create_user(
                s,
                system,
                username=f"clerk{n}",
                full_name=f"פקיד {n}",
                role=Role.CLERK,
                password="clerk-pass-1",
            )
            for n in range(3)
        ]
        boss = create_user(
            s,
            system,
            username="miriam",
            full_name="מרים שטרן",
            role=Role.SUPERVISOR,
            password="boss-pass-12",
        )
        s.flush()
        localities = list(s.scalars(select(Locality).order_by(Locality.code)))[:3]
        types = list(s.scalars(select(RequestType).order_by(RequestType.code)))[:6]
        now = clock.utcnow()
        residents = []
        for n in range(40):
            locality = rng.choice([*localities, None])
            row = Resident(
                id=clock.new_id(),
                national_id="000000018",
                first_name=f"ת{n}",
                last_name="בדיקה",
                locality_id=locality.id if locality else None,
                created_hlc="0",
                field_clocks={},
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            residents.append(row)
        s.flush()
        for n in range(cases):
            day = FIRST + dt.timedelta(days=rng.randrange(DAYS))
            arrived = _moment(rng, day)
            started = arrived + dt.timedelta(minutes=rng.choice((0, 3.5, 10, 42)))
            ended = (
                started + dt.timedelta(minutes=rng.choice((1, 7.25, 30)))
                if rng.random() < 0.8
                else None
            )
            case_row = Case(
                id=clock.new_id(),
                number=f"R-{n}",
                resident_id=rng.choice(residents).id,
                owner_id=rng.choice(clerks).id,
                station_id=station.id,
                status="open",
                arrived_at=arrived,
                service_started_at=started,
                service_ended_at=ended,
                created_at=started,
            )
            s.add(case_row)
            s.flush()
            items = []
            for position in range(rng.choice((1, 1, 2, 3))):
                rtype = rng.choice(types)
                status = rng.choice(STATUSES)
                finished = (
                    _moment(rng, day + dt.timedelta(days=rng.randrange(20)))
                    if status in ("done", "cannot")
                    else None
                )
                item = CaseItem(
                    id=clock.new_id(),
                    case_id=case_row.id,
                    position=position + 1,
                    request_type_id=rtype.id,
                    # sometimes handed to another department than the type's
                    department_id=rng.choice(types).department_id
                    if rng.random() < 0.2
                    else rtype.department_id,
                    next_steps=[],
                    documents=[],
                    expected_date=day + dt.timedelta(days=rng.randrange(1, 25)),
                    status=status,
                    created_at=arrived + dt.timedelta(minutes=5),
                    handoffs=rng.choice((0, 0, 1, 2, 3, 5)),
                    slips=rng.choice((0, 0, 1, 2)),
                    finished_at=finished,
                )
                s.add(item)
                items.append(item)
            s.flush()
            for item in items:
                if rng.random() < 0.4:
                    done = (
                        _moment(rng, day + dt.timedelta(days=rng.randrange(10)))
                        if rng.random() < 0.6
                        else None
                    )
                    s.add(
                        Task(
                            id=clock.new_id(),
                            kind="callback",
                            case_id=case_row.id,
                            item_id=item.id,
                            owner_id=case_row.owner_id,
                            due_date=day + dt.timedelta(days=rng.randrange(8)),
                            created_at=now,
                            done_at=done,
                        )
                    )
            if rng.random() < 0.5:
                done = (
                    _moment(rng, day + dt.timedelta(days=rng.randrange(14)))
                    if rng.random() < 0.7
                    else None
                )
                s.add(
                    Task(
                        id=clock.new_id(),
                        kind="followup",
                        case_id=case_row.id,
                        item_id=None,
                        owner_id=case_row.owner_id,
                        due_date=day + dt.timedelta(days=rng.randrange(3, 15)),
                        created_at=now,
                        done_at=done,
                        satisfaction=rng.randint(1, 5) if done and rng.random() < 0.8 else None,
                    )
                )
        s.flush()
        return {
            "boss": Actor(boss.id, station.id, station.code),
            "clerks": [c.id for c in clerks],
            "localities": [loc.id for loc in localities],
            "types": [t.id for t in types],
            "departments": sorted({t.department_id for t in types}, key=str),
        }


def _filters(ids: dict) -> list[dict]:
    filters: list[dict] = [{}]
    filters += [{"clerk_id": c} for c in ids["clerks"]]
    filters += [{"locality_id": loc} for loc in ids["localities"]]
    filters += [{"request_type_id": t} for t in ids["types"]]
    filters += [{"department_id": d} for d in ids["departments"]]
    return filters


PERIODS = (
    (FIRST, FIRST + dt.timedelta(days=DAYS)),
    (dt.date(2026, 3, 20), dt.date(2026, 4, 5)),  # across the change to summer time
    (dt.date(2026, 6, 1), dt.date(2026, 6, 30)),
    (dt.date(2026, 10, 20), dt.date(2026, 11, 30)),  # and back, past "today"
)


def _assert_same(sessions, ids: dict) -> int:
    compared = 0
    for start, end in PERIODS:
        for chosen in _filters(ids):
            flt = FigureFilter(start, end, **chosen)
            with sessions() as s:
                from_sums = compute_figures(s, ids["boss"], flt, today=TODAY)
                from_rows = compute_from_rows(s, flt, TODAY)
            assert from_sums == from_rows, (start, end, chosen)
            compared += 1
    return compared


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def journeys(request):
    engine = request.getfixturevalue("engine" if request.param == "sqlite" else "pg_engine")
    sessions = session_factory(engine)
    return sessions, _build(sessions)


def test_the_sums_give_the_figures_the_rows_give(journeys):
    sessions, ids = journeys
    with sessions() as s:
        whole = compute_figures(s, ids["boss"], FigureFilter(*PERIODS[0]), today=TODAY)
    # the data reaches every figure
    assert whole.visits.total == 240 and whole.handoffs.over_limit > 0
    assert whole.service_level.kept and whole.service_level.missed and whole.calls.followups_open
    assert whole.satisfaction.count and whole.waiting.count > whole.service.count
    assert _assert_same(sessions, ids) == len(PERIODS) * len(_filters(ids))


def test_after_random_changes_the_sums_still_agree_and_equal_a_recount(journeys):
    sessions, ids = journeys
    with sessions() as s:
        compute_figures(s, ids["boss"], FigureFilter(*PERIODS[0]), today=TODAY)  # all counted once
    rng = random.Random(11)
    with sessions.begin() as s:
        cases = list(s.scalars(select(Case.id).order_by(Case.number)))
        items = list(s.scalars(select(CaseItem.id).order_by(CaseItem.id)))
        calls = list(s.scalars(select(Task.id).order_by(Task.id)))
        residents = list(s.scalars(select(Resident.id).order_by(Resident.id)))
        for case_id in rng.sample(cases, 30):  # moved to another clerk, or to another day
            arrived = _moment(rng, FIRST + dt.timedelta(days=rng.randrange(DAYS)))
            s.execute(
                update(Case)
                .where(Case.id == case_id)
                .values(
                    owner_id=rng.choice(ids["clerks"]),
                    arrived_at=arrived,
                    service_started_at=arrived + dt.timedelta(minutes=rng.choice((0, 9.5, 61))),
                    service_ended_at=arrived + dt.timedelta(minutes=rng.choice((70, 95))),
                )
            )
        for item_id in rng.sample(items, 40):  # handed on, finished, slipped
            s.execute(
                update(CaseItem)
                .where(CaseItem.id == item_id)
                .values(
                    department_id=rng.choice(ids["departments"]),
                    status=rng.choice(STATUSES),
                    finished_at=_moment(rng, FIRST + dt.timedelta(days=rng.randrange(DAYS))),
                    slips=CaseItem.slips + 1,
                    handoffs=CaseItem.handoffs + 1,
                )
            )
        for task_id in rng.sample(calls, 20):
            s.execute(
                update(Task)
                .where(Task.id == task_id)
                .values(
                    done_at=_moment(rng, FIRST + dt.timedelta(days=rng.randrange(DAYS))),
                    satisfaction=rng.randint(1, 5),
                )
            )
        for resident_id in rng.sample(residents, 8):
            s.execute(
                update(Resident)
                .where(Resident.id == resident_id)
                .values(locality_id=rng.choice([*ids["localities"], None]))
            )
        gone = rng.choice(cases)
        s.execute(Task.__table__.delete().where(Task.case_id == gone))
        s.execute(CaseItem.__table__.delete().where(CaseItem.case_id == gone))
        s.execute(Case.__table__.delete().where(Case.id == gone))
    assert _assert_same(sessions, ids)

    def sums():
        with sessions() as s:
            return sorted(tuple(r) for r in s.execute(select(*FigureSum.__table__.c)))

    kept_up = sums()
    with sessions.begin() as s:
        figure_facts.rebuild_on(s.connection())
    assert sums() == kept_up
    with sessions() as s:
        assert s.scalar(select(User).where(User.username == "clerk0")) is not None


def test_a_database_upgraded_to_the_figure_tables_counts_its_cases_at_first_read(journeys):
    """Migration 0012 only marks the cases that exist (it runs no service code); the first read
    counts them all and gives the figures a database that always had the tables gives."""
    from alembic import command

    from desktop.core.db import alembic_config, migrate

    sessions, ids = journeys
    with sessions() as s:
        before = compute_figures(s, ids["boss"], FigureFilter(*PERIODS[0]), today=TODAY)
        cases = s.scalar(select(func.count()).select_from(Case))
    engine = sessions.kw["bind"]
    command.downgrade(alembic_config(engine), "0011")  # the figure tables go
    migrate(engine)  # and come back, empty, with every case marked
    assert figure_facts.pending(engine) == cases
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(FigureSum)) == 0
        after = compute_figures(s, ids["boss"], FigureFilter(*PERIODS[0]), today=TODAY)
    assert after == before
    assert figure_facts.pending(engine) == 0
    assert _assert_same(sessions, ids) == len(PERIODS) * len(_filters(ids))
