"""The lobby belongs to its station: a village's clerk lists and calls (F9) only the residents
who checked in there, though every station holds the whole council's lobby after a sync; a
supervisor's council-wide view shows all of them, each with its station."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from desktop.core.oplog import Actor, record
from desktop.lobby import visits as lobby

T0 = dt.datetime(2026, 11, 23, 7, 30, tzinfo=dt.UTC)  # 09:30 in the council


def minutes(n: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=n)


def other_station(sessions, seeded) -> Actor:
    """The village ARB as this database knows it after a sync: its station row, and a clerk
    working there (the same user: supervisors and hub users work everywhere)."""
    arbel = uuid.uuid4()
    with sessions.begin() as s:
        record(s, Actor(None, seeded.station_id, "KDR"), "station.created", arbel,
               {"code": "ARB", "name": "ארבל"})  # fmt: skip
    return Actor(seeded.user_id, arbel, "ARB")


def test_the_lobby_and_call_next_are_this_stations_only(sessions, seeded):
    arbel = other_station(sessions, seeded)
    with sessions.begin() as s:
        # A resident with priority waiting in Arbel, and an earlier one: both would come first.
        there = lobby.check_in(
            s, arbel, typed_name="רות", priority="elderly", priority_reason="בת 90", now=minutes(0)
        ).id
        there_called = lobby.check_in(s, arbel, typed_name="אסף", now=minutes(1)).id
        lobby.call(s, arbel, there_called, "1", minutes(2))
        here = lobby.check_in(s, seeded, typed_name="דוד", now=minutes(3)).id
    with sessions() as s:
        assert [v.id for v in lobby.waiting_list(s, seeded, minutes(4))] == [here]
        assert lobby.called_now(s, seeded, minutes(4)) == []
        assert lobby.expected_wait(s, minutes(4)).waiting == 1
        assert lobby.display_state(s, seeded, minutes(4)).calls == ()
        live = lobby.live_state(s, seeded, minutes(4))
        assert (live.waiting, live.serving, live.everywhere) == (1, (), False)
    with sessions.begin() as s:
        assert lobby.call_next(s, seeded, "3", minutes(5)).id == here
    # Nobody waits here any more: Arbel's residents are not called to this counter.
    with sessions.begin() as s, pytest.raises(lobby.LobbyEmpty):
        lobby.call_next(s, seeded, "3", minutes(6))
    with sessions() as s:
        assert [v.id for v in lobby.waiting_list(s, seeded, minutes(6), everywhere=True)] == [there]
    with sessions.begin() as s:
        # Arbel's own counter still finds its resident first.
        assert lobby.call_next(s, arbel, "1", minutes(7)).id == there


def test_the_council_wide_view_labels_each_station(sessions, seeded):
    arbel = other_station(sessions, seeded)
    with sessions.begin() as s:
        lobby.check_in(s, arbel, typed_name="רות", now=minutes(0))
        called = lobby.check_in(s, arbel, typed_name="אסף", now=minutes(1)).id
        lobby.call(s, arbel, called, "1", minutes(2))
        lobby.check_in(s, seeded, typed_name="דוד", now=minutes(3))
    with sessions() as s:
        everyone = lobby.waiting_list(s, seeded, minutes(4), everywhere=True)
        assert [(v.name, v.station) for v in everyone] == [("רות", "ARB"), ("דוד", "KDR")]
        live = lobby.live_state(s, seeded, minutes(4), everywhere=True)
        assert live.waiting == 2 and live.everywhere
        assert [(x.station, x.counter, x.ticket) for x in live.serving] == [("ARB", "1", "ARB-002")]
