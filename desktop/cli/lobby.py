"""`lobby list`: who waits today, in the order they will be called."""

from __future__ import annotations

import argparse
import json

from desktop.cli.common import EXIT_USAGE, OPENED, open_engine, say, secret  # noqa: F401
from desktop.cli.login import add_login_arguments, admin_actor
from desktop.core.db import open_database, session_factory  # noqa: F401
from desktop.phrases import phrase


def cmd_lobby_list(args: argparse.Namespace) -> int:
    from desktop.core import clock
    from desktop.counter.access import log_access
    from desktop.lobby import visits as lobby

    now = clock.utcnow()
    sessions = session_factory(open_engine(args))
    with sessions() as session:
        actor = admin_actor(session, args)
        everywhere = args.everywhere
        waiting = lobby.waiting_list(session, actor, now, everywhere=everywhere)
        called = lobby.called_now(session, actor, now, everywhere=everywhere)
        estimate = lobby.expected_wait(session, now, everywhere=everywhere)
    # The names about to be printed go to the access log first, as `case list` does.
    seen = [v.resident_id for v in (*waiting, *called) if v.resident_id is not None]
    if seen:
        with sessions.begin() as session:
            log_access(session, actor, "lobby", seen, "lobby list")
    if args.json:

        def row(v: lobby.VisitView) -> dict:
            return {
                "ticket": v.ticket,
                "station": v.station,
                "name": v.name,
                "reason": v.reason,
                "priority": v.priority,
                "priority_reason": v.priority_reason,
                "status": v.status,
                "arrived_at": v.arrived_at.isoformat(),
                "waited_minutes": v.waited_minutes(now),
                "counter": v.counter,
                "called_by": v.called_by,
            }

        say(
            json.dumps(
                {
                    "waiting": [row(v) for v in waiting],
                    "called": [row(v) for v in called],
                    "expected_wait_minutes": estimate.minutes,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    say(
        phrase("ממתינים: {waiting}   המתנה צפויה: {minutes} דקות").format(
            waiting=len(waiting), minutes=estimate.minutes
        )
    )
    for v in waiting:
        priority = (
            "  "
            + phrase("קדימות: {priority} - {reason}").format(
                priority=lobby.PRIORITY_LABELS[v.priority], reason=v.priority_reason
            )
            if v.priority != "none"
            else ""
        )
        waited = phrase("{minutes} דקות").format(minutes=v.waited_minutes(now))
        say(f"  {v.ticket}  {v.name}  {waited}  {v.reason}{priority}")
    for v in called:
        where = phrase("בעמדה {counter} ({called_by})").format(
            counter=v.counter, called_by=v.called_by
        )
        say(f"  {v.ticket}  {v.name}  {where}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    lobby = sub.add_parser("lobby", help=phrase("הלובי")).add_subparsers(
        dest="lobby_command", required=True
    )
    lobby_list = lobby.add_parser("list", help=phrase("הממתינים היום לפי סדר הקריאה, ומי בעמדות"))
    lobby_list.add_argument("--json", action="store_true")
    lobby_list.add_argument(
        "--everywhere", action="store_true", help=phrase("הלובי של כל התחנות במועצה, לא רק של זו")
    )
    add_login_arguments(lobby_list)
    lobby_list.set_defaults(func=cmd_lobby_list)
