"""The lobby: tickets, priority before arrival, the journey of the case, estimates, the log."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core.errors import NotAllowed, ValidationError
from desktop.core.oplog import Actor, rebuild_state
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, get_case, timeline
from desktop.counter.residents import ResidentForm, create_resident
from desktop.lobby import visits as lobby
from desktop.models import Case, LobbyVisit, RequestType
from tests.core.test_oplog import snapshot
from tests.test_phrases import HEBREW

T0 = dt.datetime(2026, 11, 23, 7, 30, tzinfo=dt.UTC)  # 09:30 in the council


def minutes(n: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=n)


@pytest.fixture
def people(sessions, seeded):
    """Three residents of the council: (id, first name, national ID)."""
    made = []
    with sessions.begin() as s:
        for n, (first, last, nid) in enumerate(
            [
                ("יוסף", "כהן", "039337423"),
                ("מרים", "לוי", "000000018"),
                ("סאלח", "חורי", "000000026"),
            ]
        ):
            r = create_resident(
                s,
                seeded,
                ResidentForm(
                    national_id=nid, first_name=first, last_name=last, phone=f"050123456{n}"
                ),
            )
            made.append((r.id, first, nid))
    return made


def test_priority_first_then_arrival(sessions, seeded, people):
    with sessions.begin() as s:
        a = lobby.check_in(s, seeded, resident_id=people[0][0], reason="ארנונה", now=minutes(0)).id
        b = lobby.check_in(s, seeded, typed_name="  דוד   פרץ ", reason="מים", now=minutes(1)).id
        c = lobby.check_in(
            s,
            seeded,
            resident_id=people[2][0],
            reason="רווחה",
            priority="elderly",
            priority_reason="בן 84",
            now=minutes(2),
        ).id
        d = lobby.check_in(
            s,
            seeded,
            resident_id=people[1][0],
            priority="pregnancy",
            priority_reason="חודש תשיעי",
            now=minutes(3),
        ).id
    with sessions() as s:
        order = lobby.waiting_list(s, seeded, minutes(4))
        assert [v.id for v in order] == [c, d, a, b]
        assert [v.ticket for v in order] == ["KDR-003", "KDR-004", "KDR-001", "KDR-002"]
        assert order[3].name == "דוד פרץ" and order[3].first_name == "דוד"
        assert order[0].priority_label == "גיל מבוגר" and order[0].priority_reason == "בן 84"
    with sessions.begin() as s:
        assert lobby.call_next(s, seeded, "3", minutes(5)).id == c
        assert lobby.call_next(s, seeded, "3", minutes(6)).id == d
        assert lobby.call_next(s, seeded, "3", minutes(7)).id == a
    with sessions() as s:
        assert [v.id for v in lobby.waiting_list(s, seeded, minutes(8))] == [b]


def test_priority_needs_its_reason_and_a_visit_needs_a_name(sessions, seeded, people):
    with sessions.begin() as s:
        with pytest.raises(ValidationError) as err:
            lobby.check_in(
                s,
                seeded,
                resident_id=people[0][0],
                priority="disability",
                priority_reason="  ",
                now=minutes(0),
            )
        assert err.value.field == "priority_reason"
        with pytest.raises(ValidationError) as err:
            lobby.check_in(s, seeded, typed_name="   ", now=minutes(0))
        assert err.value.field == "name"
        with pytest.raises(ValidationError):
            lobby.check_in(s, seeded, typed_name="דוד", priority="vip", priority_reason="x")
    with sessions() as s:
        assert s.scalars(select(LobbyVisit)).all() == []


def test_tickets_restart_every_day_and_carry_the_station(sessions, seeded, people):
    other = Actor(seeded.user_id, seeded.station_id, "ARB")
    with sessions.begin() as s:
        first = lobby.check_in(s, seeded, typed_name="א", now=minutes(0)).ticket
        second = lobby.check_in(s, seeded, typed_name="ב", now=minutes(1)).ticket
        tomorrow = lobby.check_in(s, seeded, typed_name="ג", now=minutes(24 * 60)).ticket
        assert lobby.check_in(s, other, typed_name="ד", now=minutes(25 * 60)).ticket.startswith(
            "ARB-"
        )
    assert (first, second, tomorrow) == ("KDR-001", "KDR-002", "KDR-001")


def test_the_case_carries_the_journey_of_the_visit(sessions, seeded, people):
    rid = people[0][0]
    with sessions.begin() as s:
        visit = lobby.check_in(s, seeded, resident_id=rid, reason="הנחה בארנונה", now=minutes(0))
        lobby.call_next(s, seeded, "עמדה 2", minutes(12))
        types = s.scalars(select(RequestType.id).limit(2)).all()
        case = lobby.save_visit_case(
            s, seeded, visit.id, rid, [ItemDraft(t) for t in types], now=minutes(21)
        )
        number = case.number
    with sessions() as s:
        saved = get_case(s, seeded, number)
        assert saved.arrived_at == minutes(0)
        assert saved.service_started_at == minutes(12)
        assert saved.service_ended_at == minutes(21)
        row = s.get(LobbyVisit, visit.id)
        assert (row.status, row.case_id, row.ended_at) == ("done", saved.id, minutes(21))
        kinds = [e.kind for e in timeline(s, seeded, saved)]
        assert kinds[:3] == ["lobby.checked_in", "lobby.called", "case.opened"]
        assert "lobby.ended" in kinds
        texts = [e.text for e in timeline(s, seeded, saved)]
        assert "נקרא/ה לעמדה עמדה 2" in texts


def test_typed_name_visit_gets_its_resident_when_the_case_is_saved(sessions, seeded, people):
    rid = people[1][0]
    with sessions.begin() as s:
        visit = lobby.check_in(s, seeded, typed_name="מרים", now=minutes(0))
        lobby.call(s, seeded, visit.id, "1", minutes(2))
        types = s.scalars(select(RequestType.id).limit(1)).all()
        lobby.save_visit_case(s, seeded, visit.id, rid, [ItemDraft(types[0])], now=minutes(9))
    with sessions() as s:
        assert s.get(LobbyVisit, visit.id).resident_id == rid


def test_a_visit_cannot_be_saved_before_it_is_called_nor_ended_twice(sessions, seeded, people):
    rid = people[0][0]
    with sessions.begin() as s:
        visit = lobby.check_in(s, seeded, resident_id=rid, now=minutes(0))
        types = s.scalars(select(RequestType.id).limit(1)).all()
        with pytest.raises(ValidationError):
            lobby.save_visit_case(s, seeded, visit.id, rid, [ItemDraft(types[0])], now=minutes(3))
        lobby.left(s, seeded, visit.id, minutes(4))
        with pytest.raises(ValidationError):
            lobby.call(s, seeded, visit.id, "1", minutes(5))
    with sessions() as s:
        assert s.scalars(select(Case)).all() == []
        assert s.get(LobbyVisit, visit.id).status == "left"


def test_the_lobby_refuses_in_the_users_language(sessions, seeded, people, english):
    """Refusals with the ticket filled in and the priorities, in English; then Hebrew again."""
    rid = people[0][0]
    english.console("en")
    assert lobby.PRIORITY_LABELS["pregnancy"] == "Pregnancy"
    with sessions.begin() as s:
        visit = lobby.check_in(
            s, seeded, resident_id=rid, priority="elderly", priority_reason="בן 84", now=minutes(0)
        )
        ticket = visit.ticket
        types = s.scalars(select(RequestType.id).limit(1)).all()
        with pytest.raises(ValidationError) as early:
            lobby.save_visit_case(s, seeded, visit.id, rid, [ItemDraft(types[0])], now=minutes(3))
        lobby.left(s, seeded, visit.id, minutes(4))
        with pytest.raises(ValidationError) as gone:
            lobby.call(s, seeded, visit.id, "1", minutes(5))
        assert lobby.get_visit(s, seeded, visit.id).priority_label == "Elderly"
    assert early.value.message == f"Ticket {ticket} has not been called to a counter yet."
    assert gone.value.message == f"Ticket {ticket} already left without being served."
    assert not HEBREW.search(early.value.message + gone.value.message)
    english.console("he")
    with sessions.begin() as s, pytest.raises(ValidationError) as again:
        lobby.call(s, seeded, visit.id, "1", minutes(5))
    assert again.value.message == f"התור {ticket} כבר עזב/ה בלי שירות."


def test_calling_again_announces_again_and_keeps_the_first_call(sessions, seeded, people):
    with sessions.begin() as s:
        visit = lobby.check_in(s, seeded, resident_id=people[0][0], now=minutes(0))
        lobby.call(s, seeded, visit.id, "1", minutes(3))
        lobby.call(s, seeded, visit.id, "4", minutes(5))
    with sessions() as s:
        row = s.get(LobbyVisit, visit.id)
        assert (row.called_at, row.last_called_at, row.counter) == (minutes(3), minutes(5), "4")


def _served(s, actor, counter, arrive, called, ended):
    visit = lobby.check_in(s, actor, typed_name="תושב", now=minutes(arrive))
    lobby.call(s, actor, visit.id, counter, minutes(called))
    lobby.end(s, actor, visit.id, None, now=minutes(ended))


def test_expected_wait_from_recent_service_times(sessions, seeded):
    with sessions.begin() as s:
        assert lobby.expected_wait(s, minutes(0)).service_minutes == lobby.DEFAULT_SERVICE_MINUTES
        _served(s, seeded, "1", 0, 1, 5)  # 4 minutes
        _served(s, seeded, "2", 0, 2, 12)  # 10 minutes
        _served(s, seeded, "1", 0, 6, 12)  # 6 minutes
        for n in range(4):
            lobby.check_in(s, seeded, typed_name=f"ממתין {n}", now=minutes(13 + n))
    with sessions() as s:
        estimate = lobby.expected_wait(s, minutes(20))
        # Median 6 minutes; counters 1 and 2 called in the last hour; 4 waiting: 4 / 2 * 6.
        assert (estimate.service_minutes, estimate.samples, estimate.counters) == (6, 3, 2)
        assert (estimate.waiting, estimate.minutes) == (4, 12)
        # Two hours on, no counter called anyone lately: one counter is assumed.
        assert lobby.expected_wait(s, minutes(140)).minutes == 24


def test_live_state_for_the_supervisor(sessions, seeded, people):
    with sessions.begin() as s:
        lobby.check_in(s, seeded, resident_id=people[0][0], now=minutes(0))
        lobby.check_in(
            s,
            seeded,
            resident_id=people[1][0],
            priority="disability",
            priority_reason="כיסא גלגלים",
            now=minutes(5),
        )
        lobby.check_in(s, seeded, typed_name="אורח", now=minutes(7))
        lobby.call_next(s, seeded, "5", minutes(10))
    with sessions() as s:
        state = lobby.live_state(s, seeded, minutes(30))
    assert state.waiting == 2 and state.priority_waiting == 0
    assert (state.longest_wait_minutes, state.longest_ticket) == (30, "KDR-001")
    assert [(x.clerk, x.counter, x.since, x.ticket) for x in state.serving] == [
        ("דנה לוי", "5", minutes(10), "KDR-002")
    ]


def test_the_display_shows_first_names_and_tickets_only(sessions, seeded, people):
    with sessions.begin() as s:
        for rid, _first, _nid in people:
            lobby.check_in(s, seeded, resident_id=rid, now=minutes(0))
        lobby.call_next(s, seeded, "1", minutes(1))
        lobby.call_next(s, seeded, "2", minutes(2))
    with sessions() as s:
        state = lobby.display_state(s, seeded, minutes(3))
    assert [(c.first_name, c.ticket, c.counter) for c in state.calls] == [
        ("מרים", "KDR-002", "2"),
        ("יוסף", "KDR-001", "1"),
    ]
    assert state.waiting == 1
    text = repr(state)
    for _rid, _first, nid in people:
        assert nid not in text
    assert "כהן" not in text and "לוי" not in text


def test_department_staff_do_not_run_the_lobby(sessions, seeded, station_actor):
    with sessions.begin() as s:
        dep = s.scalar(select(RequestType.department_id).limit(1))
        user = create_user(
            s,
            station_actor,
            username="eng",
            full_name="רונית ברק",
            role=Role.DEPARTMENT,
            password="staff-pass-1",
            department_id=dep,
        )
        staff = Actor(user.id, seeded.station_id, seeded.station_code)
        with pytest.raises(NotAllowed):
            lobby.check_in(s, staff, typed_name="דוד", now=minutes(0))


def test_rebuild_from_the_log_gives_the_same_lobby(sessions, seeded, people):
    with sessions.begin() as s:
        a = lobby.check_in(s, seeded, resident_id=people[0][0], now=minutes(0))
        b = lobby.check_in(
            s,
            seeded,
            typed_name="דוד פרץ",
            priority="other",
            priority_reason="מלווה ילד חולה",
            now=minutes(1),
        )
        lobby.check_in(s, seeded, resident_id=people[2][0], now=minutes(2))
        lobby.call(s, seeded, b.id, "1", minutes(3))
        lobby.call(s, seeded, b.id, "1", minutes(4))
        lobby.left(s, seeded, b.id, minutes(5))
        lobby.call(s, seeded, a.id, "2", minutes(6))
        types = s.scalars(select(RequestType.id).limit(1)).all()
        lobby.save_visit_case(s, seeded, a.id, people[0][0], [ItemDraft(types[0])], now=minutes(9))
    with sessions() as s:
        before = snapshot(s)
        assert len(before["lobby_visits"]) == 3
    with sessions.begin() as s:
        rebuild_state(s)
    with sessions() as s:
        assert snapshot(s) == before
