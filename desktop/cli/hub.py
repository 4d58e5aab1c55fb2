"""The council's hub: `hub init`, `hub serve`, `hub add-station`, `hub revoke-station`."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import EXIT_USAGE, OPENED, open_engine, say, secret  # noqa: F401
from desktop.core.db import open_database, session_factory  # noqa: F401


def hub_engine(args: argparse.Namespace):  # noqa: ANN202
    from desktop.sync.keys import check_can_be_hub, init_hub

    engine = open_database(args.db, station_code="HUB")
    OPENED.append(engine)
    with session_factory(engine).begin() as session:
        check_can_be_hub(session, engine.url.render_as_string(hide_password=True))
        init_hub(session)
    return engine


def cmd_hub_init(args: argparse.Namespace) -> int:
    from desktop.core.db import local_station
    from desktop.core.oplog import Actor
    from desktop.station.seed import seed_reference_data

    engine = hub_engine(args)
    with session_factory(engine).begin() as session:
        hub = local_station(session)
        seed_reference_data(session, Actor(None, hub.id, hub.code))
    say(f"מסד הנתונים של המרכזת מוכן: {engine.url.render_as_string(hide_password=True)}")
    return 0


def cmd_hub_serve(args: argparse.Namespace) -> int:
    from desktop.sync.hub import serve

    host, _sep, port = args.listen.rpartition(":")
    if not port.isdigit():
        sys.stderr.write("--listen צריך להיות HOST:PORT, למשל 0.0.0.0:8443\n")
        return EXIT_USAGE
    if bool(args.cert) != bool(args.key):
        sys.stderr.write("ל-TLS צריך גם --cert וגם --key.\n")
        return EXIT_USAGE
    engine = hub_engine(args)
    scheme = "https" if args.cert else "http"
    say(f"המרכזת מאזינה ב-{scheme}://{host or '0.0.0.0'}:{port}")
    serve(engine, host or "0.0.0.0", int(port), args.cert, args.key)
    return 0


def cmd_hub_add_station(args: argparse.Namespace) -> int:
    from desktop.core.db import local_station
    from desktop.core.oplog import Actor
    from desktop.sync.keys import add_station

    with session_factory(hub_engine(args)).begin() as session:
        hub = local_station(session)
        station, token = add_station(session, Actor(None, hub.id, hub.code), args.code, args.name)
    say(f"העמדה {station.code} נרשמה. האסימון (מוצג פעם אחת בלבד):")
    say(token)
    return 0


def cmd_hub_revoke_station(args: argparse.Namespace) -> int:
    from desktop.sync.keys import revoke_station

    with session_factory(hub_engine(args)).begin() as session:
        revoke_station(session, args.code)
    say(f"האסימון של העמדה {args.code.upper()} בוטל.")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    hub = sub.add_parser("hub", help="המרכזת (מול מסד הנתונים המרכזי)").add_subparsers(
        dest="hub_command", required=True
    )
    hub.add_parser("init", help="הכנת מסד הנתונים המרכזי עם נתוני המועצה").set_defaults(func=cmd_hub_init)
    serve = hub.add_parser("serve", help="הפעלת שירות המרכזת")
    serve.add_argument("--listen", default="127.0.0.1:8765", help="HOST:PORT")
    serve.add_argument("--cert", help="קובץ תעודת TLS (PEM)")
    serve.add_argument("--key", help="קובץ המפתח של התעודה (PEM)")
    serve.set_defaults(func=cmd_hub_serve)
    add_station = hub.add_parser("add-station", help="רישום עמדה והפקת אסימון")
    add_station.add_argument("code")
    add_station.add_argument("--name", default="")
    add_station.set_defaults(func=cmd_hub_add_station)
    revoke = hub.add_parser("revoke-station", help="ביטול האסימון של עמדה")
    revoke.add_argument("code")
    revoke.set_defaults(func=cmd_hub_revoke_station)
