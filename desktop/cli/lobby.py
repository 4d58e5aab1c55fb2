"""`lobby list`: who waits today, in the order they will be called."""

from __future__ import annotations

import argparse
import json

from desktop.cli.common import EXIT_USAGE, OPENED, open_engine, say, secret  # noqa: F401
from desktop.cli.login import add_login_arguments, admin_actor
from desktop.core.db import open_database, session_factory  # noqa: F401


def cmd_lobby_list(args: argparse.Namespace) -> int:
    from desktop.core import clock
    from desktop.lobby import visits as lobby

    now = clock.utcnow()
    with session_factory(open_engine(args))() as session:
        actor = admin_actor(session, args)
        everywhere = args.everywhere
        waiting = lobby.waiting_list(session, actor, now, everywhere=everywhere)
        called = lobby.called_now(session, actor, now, everywhere=everywhere)
        estimate = lobby.expected_wait(session, now, everywhere=everywhere)
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
    say(f"ממתינים: {len(waiting)}   המתנה צפויה: {estimate.minutes} דקות")
    for v in waiting:
        priority = (
            f"  קדימות: {lobby.PRIORITY_LABELS[v.priority]} - {v.priority_reason}"
            if v.priority != "none"
            else ""
        )
        say(f"  {v.ticket}  {v.name}  {v.waited_minutes(now)} דקות  {v.reason}{priority}")
    for v in called:
        say(f"  {v.ticket}  {v.name}  בעמדה {v.counter} ({v.called_by})")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    lobby = sub.add_parser("lobby", help="הלובי").add_subparsers(
        dest="lobby_command", required=True
    )
    lobby_list = lobby.add_parser("list", help="הממתינים היום לפי סדר הקריאה, ומי בעמדות")
    lobby_list.add_argument("--json", action="store_true")
    lobby_list.add_argument(
        "--everywhere", action="store_true", help="הלובי של כל התחנות במועצה, לא רק של זו"
    )
    add_login_arguments(lobby_list)
    lobby_list.set_defaults(func=cmd_lobby_list)
