"""The workload board counted by hand on a small fixed council: by department and person,
due today, overdue, at risk over Yom Kippur, slips, filters and the drill-down; on SQLite and
on PostgreSQL (the board's partial indexes and its SQLite-only index hint must work on both)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desktop.core import clock, settings
from desktop.core.calendar import is_business_day
from desktop.core.db import open_database
from desktop.core.identity import complete_national_id
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.residents import ResidentForm, create_resident
from desktop.models import CaseItem, Department, Locality, RequestType
from desktop.supervision.board import (
    BoardFilter,
    board,
    board_choices,
    board_items,
    board_items_count,
)

TZ = ZoneInfo(clock.LOCAL_TZ_NAME)
# A Thursday; the next business days are Sunday 20/9 and (after Yom Kippur on Monday) Tuesday 22/9.
TODAY = dt.date(2026, 9, 17)
D = dt.timedelta


# name: department, assignee, expected date, status, slips, locality, request type, age in days
ITEMS = {
    "a1": ("ENG", "ronit", TODAY - D(3), "in_progress", 1, "A", "ENG-01", 20),
    "a2": ("ENG", "ronit", TODAY, "received", 0, "B", "ENG-01", 5),
    "a3": ("ENG", None, dt.date(2026, 9, 20), "received", 0, "A", "ENG-01", 2),
    "a4": ("ENG", "gil", dt.date(2026, 9, 22), "waiting_resident", 2, "B", "ENG-02", 40),
    "a5": ("ENG", "gil", dt.date(2026, 9, 23), "received", 0, "A", "ENG-02", 1),
    "a6": ("ENG", "ronit", TODAY - D(10), "done", 0, "A", "ENG-01", 30),
    "b1": ("ENV", "amit", TODAY - D(1), "received", 0, "A", "ENV-01", 8),
    "b2": ("ENV", None, dt.date(2026, 9, 24), "received", 1, "B", "ENV-01", 31),
    "b3": ("ENV", None, TODAY - D(5), "cannot", 0, "B", "ENV-01", 12),
}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request, tmp_path, sqlite_templates):
    """The station database of each backend (replaces the SQLite-only one of tests/conftest)."""
    if request.param == "sqlite":
        url = sqlite_templates.station(request, tmp_path / "station.sqlite3")
    else:
        url = request.getfixturevalue("pg_migrated_url")
    engine = open_database(url, station_code="KDR")
    yield engine
    engine.dispose()


@pytest.fixture
def council(sessions, seeded, staff):
    with sessions.begin() as s:
        deps = {d.code: d.id for d in s.scalars(select(Department))}
        locs = list(s.scalars(select(Locality).order_by(Locality.code)))[:2]
        types = {t.code: t.id for t in s.scalars(select(RequestType))}
        people = {}
        for username, name, dep in [
            ("ronit", "רונית ברק", "ENG"),
            ("gil", "גיל אלון", "ENG"),
            ("amit", "עמית גולן", "ENV"),
        ]:
            people[username] = create_user(
                s,
                Actor(None, seeded.station_id, seeded.station_code),
                username=username,
                full_name=name,
                role=Role.DEPARTMENT,
                password="pass-word-1",
                department_id=deps[dep],
            ).id
        residents = {}
        for n, (key, loc) in enumerate(zip("AB", locs, strict=True)):
            residents[key] = create_resident(
                s,
                seeded,
                ResidentForm(
                    national_id=complete_national_id(f"{32000000 + n:08d}"),
                    first_name="תושב",
                    last_name=f"ממקום {key}",
                    phone=f"05098765{n:02d}",
                    locality_id=loc.id,
                ),
            ).id
        ids = {}
        for name, (dep, who, expected, status, slips, loc, rtype, age) in ITEMS.items():
            case = open_case(
                s,
                seeded,
                residents[loc],
                [ItemDraft(types[rtype])],
                service_started_at=clock.utcnow(),
            )
            item = s.scalar(select(CaseItem).where(CaseItem.case_id == case.id))
            item.department_id = deps[dep]
            item.assignee_id = people[who] if who else None
            item.expected_date, item.status, item.slips = expected, status, slips
            opened = dt.datetime.combine(TODAY - D(age), dt.time(10, 30), TZ).astimezone(dt.UTC)
            item.created_at = opened
            ids[name] = item.id
    return {
        "boss": staff["supervisor"],
        "deps": deps,
        "people": people,
        "locs": {"A": locs[0].id, "B": locs[1].id},
        "types": types,
        "ids": ids,
    }


def figures(row):
    return (row.open, row.due_today, row.overdue, row.at_risk, row.slipped, row.unassigned)


def test_counts_by_department_and_person(session, council):
    b = board(session, council["boss"], today=TODAY, risk_days=2)
    # Two business days after Thursday 17/9: Sunday 20/9 and Tuesday 22/9 (Monday is Yom Kippur).
    assert not is_business_day(dt.date(2026, 9, 21))
    assert b.at_risk_until == dt.date(2026, 9, 22)
    deps = {r.key: figures(r) for r in b.departments}
    assert deps == {
        council["deps"]["ENG"]: (5, 1, 1, 2, 2, 1),
        council["deps"]["ENV"]: (2, 0, 1, 0, 1, 1),
    }
    assert [r.name for r in b.departments] == ["הנדסה ותכנון", "איכות הסביבה והווטרינר המועצתי"]
    people = {r.name: figures(r) for r in b.people}
    assert people == {
        "רונית ברק": (2, 1, 1, 0, 1, 0),
        "גיל אלון": (2, 0, 0, 1, 1, 0),
        "עמית גולן": (1, 0, 1, 0, 0, 0),
    }
    assert {r.name: r.department for r in b.people}["עמית גולן"] == "איכות הסביבה והווטרינר המועצתי"
    assert figures(b.total) == (7, 1, 2, 2, 3, 2)


def test_at_risk_follows_the_setting(session, council):
    assert board(session, council["boss"], today=TODAY, risk_days=0).total.at_risk == 0
    # Three business days reach Wednesday 23/9.
    assert board(session, council["boss"], today=TODAY, risk_days=3).total.at_risk == 3
    settings.set_value("at_risk_days", 4)
    b = board(session, council["boss"], today=TODAY)
    assert b.at_risk_days == 4 and b.at_risk_until == dt.date(2026, 9, 24)
    assert b.total.at_risk == 4


def test_filters(session, council):
    def total(**flt):
        return figures(
            board(session, council["boss"], BoardFilter(**flt), today=TODAY, risk_days=2).total
        )

    assert total(locality_id=council["locs"]["A"]) == (4, 0, 2, 1, 1, 1)
    env = board(
        session,
        council["boss"],
        BoardFilter(department_id=council["deps"]["ENV"]),
        today=TODAY,
        risk_days=2,
    )
    assert [r.name for r in env.people] == ["עמית גולן"] and len(env.departments) == 1
    assert total(assignee_id=council["people"]["ronit"]) == (2, 1, 1, 0, 1, 0)
    assert total(request_type_id=council["types"]["ENG-02"]) == (2, 0, 0, 1, 1, 0)
    assert total(min_age_days=30) == (2, 0, 0, 1, 2, 1)  # a4 (40 days) and b2 (31 days)
    assert total(min_age_days=31) == (2, 0, 0, 1, 2, 1)
    assert total(min_age_days=32) == (1, 0, 0, 1, 1, 0)
    assert total(locality_id=council["locs"]["B"], department_id=council["deps"]["ENG"]) == (
        2,
        1,
        0,
        1,
        1,
        0,
    )


def test_drill_down(session, council):
    ids = council["ids"]
    overdue = board_items(
        session, council["boss"], BoardFilter(), "overdue", today=TODAY, risk_days=2
    )
    assert [r.item_id for r in overdue] == [ids["a1"], ids["b1"]]
    first = overdue[0]
    assert first.resident == "תושב ממקום A" and first.assignee == "רונית ברק"
    assert first.department == "הנדסה ותכנון" and first.owner == "דנה לוי"
    assert (first.age_days, first.slips, first.overdue) == (20, 1, True)
    assert first.case_number.startswith("KDR-")
    at_risk = board_items(
        session, council["boss"], BoardFilter(), "at_risk", today=TODAY, risk_days=2
    )
    assert [r.item_id for r in at_risk] == [ids["a3"], ids["a4"]]
    assert all(r.at_risk for r in at_risk)
    everything = board_items(
        session, council["boss"], BoardFilter(), "open", today=TODAY, risk_days=2
    )
    assert len(everything) == 7 and ids["a6"] not in {r.item_id for r in everything}
    page = board_items(
        session, council["boss"], BoardFilter(), "open", offset=2, limit=3, today=TODAY
    )
    assert [r.item_id for r in page] == [r.item_id for r in everything[2:5]]
    flt = BoardFilter(assignee_id=council["people"]["gil"])
    assert board_items_count(session, council["boss"], flt, "slipped", today=TODAY) == 1
    assert (
        board_items_count(session, council["boss"], BoardFilter(), "unassigned", today=TODAY) == 2
    )
    assert board_items_count(session, council["boss"], BoardFilter(), "due_today", today=TODAY) == 1


def test_open_items_in_sql_match_the_services(session, council):
    """The partial indexes repeat the open statuses in SQL; they must be the services' ones."""
    from desktop.followthrough.items import OPEN
    from desktop.models.cases import OPEN_ITEM_SQL

    assert "status IN (" + ", ".join(f"'{s}'" for s in OPEN) + ")" == OPEN_ITEM_SQL


def test_choices(session, council):
    choices = board_choices(session)
    assert {"רונית ברק", "גיל אלון", "דנה לוי"} <= {c.name for c in choices.people}
    assert len(choices.departments) == 7 and len(choices.localities) >= 2
