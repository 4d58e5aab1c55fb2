"""The figure tables follow every change to a case, its items, its calls and its resident,
whichever way it is written (a service, a plain update, a replay of the log), on SQLite and on
PostgreSQL; and what the triggers kept up is what a full rebuild writes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update

from desktop.core.db import local_station
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.models import (
    Case,
    CaseItem,
    FigureCall,
    FigureDirty,
    FigureItem,
    FigureVisit,
    Resident,
    Task,
)
from desktop.supervision import figure_facts
from desktop.supervision.reassign import reassign_cases
from tests.supervision.figures_data import local
from tests.supervision.test_figures import figures, loaded  # noqa: F401 - the fixture


def _case(s, number):
    return s.scalar(select(Case).where(Case.number == number))


def _snapshot(s):
    def rows(table, key):
        return sorted(tuple(r) for r in s.execute(select(*table.__table__.c).order_by(key)))

    return (
        rows(FigureVisit, FigureVisit.case_id),
        rows(FigureItem, FigureItem.item_id),
        rows(FigureCall, FigureCall.task_id),
    )


def test_a_change_marks_its_case_and_the_next_figures_count_it(loaded):  # noqa: F811
    sessions, d = loaded
    before = figures(loaded, clerk_id=d.yossi)
    assert before.visits.total == 2
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(FigureDirty)) == 0
    with sessions.begin() as s:
        s.execute(update(Case).where(Case.number == "T-2").values(owner_id=d.yossi))
        marked = set(s.scalars(select(FigureDirty.case_id)))
        assert marked == {_case(s, "T-2").id}
    after = figures(loaded, clerk_id=d.yossi)
    assert after.visits.total == 3 and after.handoffs.items == 4
    assert after.waiting.average == pytest.approx((30 + 20.5 + 0) / 3)
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(FigureDirty)) == 0


def test_a_resident_who_moves_takes_their_visits_to_the_new_locality(loaded):  # noqa: F811
    sessions, d = loaded
    assert figures(loaded, locality_id=d.loc_b).visits.total == 2
    with sessions.begin() as s:
        s.execute(update(Resident).where(Resident.first_name == "אורי").values(locality_id=d.loc_b))
    moved = figures(loaded, locality_id=d.loc_b)
    assert moved.visits.total == 4 and moved.handoffs.items == 5
    assert figures(loaded, locality_id=d.loc_a).visits.total == 0


def test_items_and_calls_finished_later_change_the_service_level(loaded):  # noqa: F811
    sessions, _d = loaded
    assert (figures(loaded).service_level.kept, figures(loaded).calls.followups_open) == (2, 1)
    with sessions.begin() as s:
        c2 = _case(s, "T-2")
        # I3 (due 26/3, open) finished on time after all; the open follow-up of C0 done.
        s.execute(
            update(CaseItem)
            .where(CaseItem.case_id == c2.id, CaseItem.status == "in_progress")
            .values(status="done", finished_at=local(25, 3, 12))
        )
        s.execute(
            update(Task)
            .where(Task.kind == "followup", Task.done_at.is_(None))
            .values(done_at=local(31, 3, 9), satisfaction=3)
        )
    f = figures(loaded)
    assert (f.service_level.kept, f.service_level.missed) == (3, 1)
    assert dict(f.service_level.open_age)["15-30"] == 0
    assert (f.calls.followups_done, f.calls.followups_open) == (4, 0)
    assert f.satisfaction.distribution == (0, 1, 1, 1, 1)


def test_a_deleted_case_leaves_the_figures(loaded):  # noqa: F811
    sessions, _d = loaded
    with sessions.begin() as s:
        c3 = _case(s, "T-3")
        s.execute(Task.__table__.delete().where(Task.case_id == c3.id))
        s.execute(CaseItem.__table__.delete().where(CaseItem.case_id == c3.id))
        s.execute(Case.__table__.delete().where(Case.id == c3.id))
    f = figures(loaded)
    assert f.visits.total == 3 and f.handoffs.items == 4
    with sessions() as s:
        assert (
            s.scalar(
                select(func.count()).select_from(FigureVisit).where(FigureVisit.case_id == c3.id)
            )
            == 0
        )


def test_a_reassignment_by_the_service_moves_the_clerks_figures(loaded):  # noqa: F811
    sessions, d = loaded
    with sessions.begin() as s:
        station = local_station(s)
        system = Actor(None, station.id, station.code)
        boss = create_user(
            s,
            system,
            username="rina",
            full_name="רינה כהן",
            role=Role.SUPERVISOR,
            password="super-pass-1",
        )
        s.flush()
        reassign_cases(
            s,
            Actor(boss.id, station.id, station.code),
            [_case(s, "T-0").id, _case(s, "T-3").id],
            to_owner_id=d.dana,
            reason="יוסי בחופשה",
        )
    assert figures(loaded, clerk_id=d.yossi).visits.total == 0
    dana = figures(loaded, clerk_id=d.dana)
    assert dana.visits.total == 4 and dana.satisfaction.count == 3


def test_what_the_triggers_kept_is_what_a_rebuild_writes(loaded):  # noqa: F811
    sessions, d = loaded
    figures(loaded)
    with sessions.begin() as s:
        s.execute(
            update(Case)
            .where(Case.number == "T-1")
            .values(owner_id=d.yossi, service_ended_at=local(22, 3, 9, 5))
        )
        s.execute(update(CaseItem).where(CaseItem.status == "received").values(handoffs=3))
        s.execute(update(Resident).where(Resident.first_name == "בתיה").values(locality_id=None))
    with sessions() as s:
        figure_facts.refresh(s)
    with sessions() as s:
        kept_up = _snapshot(s)
    with sessions.begin() as s:
        figure_facts.rebuild_on(s.connection())
    with sessions() as s:
        assert _snapshot(s) == kept_up
        assert len(kept_up[0]) == 5 and len(kept_up[1]) == 6 and len(kept_up[2]) == 7


def test_local_day_and_hour_cross_daylight_saving(loaded):  # noqa: F811
    sessions, _d = loaded
    figures(loaded)
    with sessions() as s:
        c3 = _case(s, "T-3")  # 29/3 08:45 summer time = 05:45 UTC
        row = s.get(FigureVisit, c3.id)
        assert (row.day, row.hour) == (dt.date(2026, 3, 29), 8)
        c4 = _case(s, "T-4")  # 1/4 00:30 local, still 31/3 in UTC
        assert s.get(FigureVisit, c4.id).day == dt.date(2026, 4, 1)
