"""The council's hub: `hub init`, `hub serve`, `hub cert`, `hub add-station`, `hub rotate-station`,
`hub revoke-station`."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import EXIT_MISSING_PACKAGE, EXIT_USAGE, OPENED, open_engine, say, secret  # noqa: F401
from desktop.core.db import open_database, session_factory  # noqa: F401
from desktop.phrases import phrase


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
    say(
        phrase("מסד הנתונים של המרכזת מוכן: {url}").format(
            url=engine.url.render_as_string(hide_password=True)
        )
    )
    return 0


INSECURE_FLAG = "--insecure-plain-http-on-the-network"


def cmd_hub_serve(args: argparse.Namespace) -> int:
    from desktop.sync.client import is_loopback
    from desktop.sync.hub import serve

    host, _sep, port = args.listen.rpartition(":")
    host = host.strip("[]") or "0.0.0.0"
    if not port.isdigit():
        sys.stderr.write(phrase("--listen צריך להיות HOST:PORT, למשל 0.0.0.0:8443") + "\n")
        return EXIT_USAGE
    if bool(args.cert) != bool(args.key):
        sys.stderr.write(phrase("ל-TLS צריך גם --cert וגם --key.") + "\n")
        return EXIT_USAGE
    if not args.cert and not is_loopback(host):
        if not args.insecure_plain_http_on_the_network:
            refusal = phrase(
                "המרכזת לא תאזין ב-{host} בלי TLS: האסימונים של העמדות היו עוברים ברשת גלויים. "
                "הפיקו תעודה (dalpak hub cert --out DIR --host NAME) והוסיפו --cert ו---key, "
                "או האזינו ב-127.0.0.1. ({flag} עוקף זאת, לא מומלץ.)"
            )
            sys.stderr.write(refusal.format(host=host, flag=INSECURE_FLAG) + "\n")
            return EXIT_USAGE
        warning = phrase(
            "אזהרה: המרכזת מאזינה ב-http:// גלוי ב-{host}. כל מי שברשת יכול לקרוא את האסימונים "
            "של העמדות ואת הנתונים. עמדות מסרבות ל-http:// למחשב אחר."
        )
        sys.stderr.write(
            warning.format(host=host) + "\n"
            f"WARNING: plain HTTP on {host}: station tokens and data cross the network in clear.\n"
        )
    engine = hub_engine(args)
    scheme = "https" if args.cert else "http"
    say(phrase("המרכזת מאזינה ב-{url}").format(url=f"{scheme}://{host}:{port}"))
    # The access log is kept 24 months at the hub too: purged now and every day while it runs.
    import threading

    from desktop.core.db import session_factory
    from desktop.counter.access import purge_daily

    stop = threading.Event()
    threading.Thread(
        target=purge_daily, args=(session_factory(engine), stop), daemon=True, name="purge"
    ).start()
    try:
        serve(engine, host, int(port), args.cert, args.key, max_body=args.max_body_mb * 1024 * 1024)
    finally:
        stop.set()
    return 0


def cmd_hub_cert(args: argparse.Namespace) -> int:
    from pathlib import Path

    try:
        from desktop.sync.certs import make_hub_certificate

        files = make_hub_certificate(Path(args.out), args.host, args.ip or [])
    except ModuleNotFoundError as err:
        sys.stderr.write(
            phrase("חסרה החבילה {package}: pip install 'dalpak[hub]'").format(package=err.name)
            + "\n"
        )
        return EXIT_MISSING_PACKAGE
    except ValueError as err:
        sys.stderr.write(phrase("כתובת IP שגויה: {error}").format(error=err) + "\n")
        return EXIT_USAGE
    say(
        phrase("נכתבו: {ca} (רשות התעודות של המועצה), {cert} ו-{key} (התעודה של המרכזת).").format(
            ca=files.ca, cert=files.cert, key=files.key
        )
    )
    say(
        phrase("במרכזת: dalpak hub serve --listen 0.0.0.0:8443 --cert {cert} --key {key}").format(
            cert=files.cert, key=files.key
        )
    )
    say(
        phrase("בכל עמדה: dalpak settings hub_ca_file {name} (העתיקו אליה את {name})").format(
            name=files.ca.name
        )
    )
    return 0


def cmd_hub_add_station(args: argparse.Namespace) -> int:
    from desktop.core.db import local_station
    from desktop.core.oplog import Actor
    from desktop.sync.keys import add_station

    with session_factory(hub_engine(args)).begin() as session:
        hub = local_station(session)
        station, token = add_station(session, Actor(None, hub.id, hub.code), args.code, args.name)
    say(phrase("העמדה {code} נרשמה. האסימון (מוצג פעם אחת בלבד):").format(code=station.code))
    say(token)
    return 0


def cmd_hub_rotate_station(args: argparse.Namespace) -> int:
    from desktop.sync.keys import rotate_station

    with session_factory(hub_engine(args)).begin() as session:
        token = rotate_station(session, args.code, now=args.now)
    code = args.code.strip().upper()
    if args.now:
        issued = phrase(
            "לעמדה {code} הונפק אסימון חדש; הישן נדחה מעכשיו. האסימון (מוצג פעם אחת בלבד):"
        )
    else:
        issued = phrase(
            "לעמדה {code} הונפק אסימון חדש; הישן עובד עד שהעמדה תשתמש בחדש פעם אחת. "
            "האסימון (מוצג פעם אחת בלבד):"
        )
    say(issued.format(code=code))
    say(token)
    return 0


def cmd_hub_revoke_station(args: argparse.Namespace) -> int:
    from desktop.sync.keys import revoke_station

    with session_factory(hub_engine(args)).begin() as session:
        revoke_station(session, args.code)
    say(phrase("האסימון של העמדה {code} בוטל.").format(code=args.code.upper()))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    hub = sub.add_parser("hub", help=phrase("המרכזת (מול מסד הנתונים המרכזי)")).add_subparsers(
        dest="hub_command", required=True
    )
    hub.add_parser("init", help=phrase("הכנת מסד הנתונים המרכזי עם נתוני המועצה")).set_defaults(
        func=cmd_hub_init
    )
    serve = hub.add_parser("serve", help=phrase("הפעלת שירות המרכזת"))
    serve.add_argument("--listen", default="127.0.0.1:8765", help="HOST:PORT")
    serve.add_argument("--cert", help=phrase("קובץ תעודת TLS (PEM)"))
    serve.add_argument("--key", help=phrase("קובץ המפתח של התעודה (PEM)"))
    serve.add_argument(
        "--max-body-mb",
        type=int,
        default=8,
        help=phrase("הגודל המרבי של בקשת שליחה אחת, במגה-בייט (ברירת מחדל: 8)"),
    )
    serve.add_argument(
        INSECURE_FLAG,
        action="store_true",
        help=phrase("להאזין ברשת ב-http:// גלוי, בלי TLS (לא מומלץ: האסימונים עוברים גלויים)"),
    )
    serve.set_defaults(func=cmd_hub_serve)
    cert = hub.add_parser("cert", help=phrase("רשות תעודות של המועצה ותעודה למרכזת"))
    cert.add_argument(
        "--out", required=True, help=phrase("התיקייה שאליה ייכתבו ca.pem, hub.pem ו-hub.key")
    )
    cert.add_argument(
        "--host", required=True, help=phrase("שם השרת של המרכזת, כפי שהעמדות פונות אליו")
    )
    cert.add_argument("--ip", action="append", help=phrase("כתובת IP של המרכזת (אפשר כמה פעמים)"))
    cert.set_defaults(func=cmd_hub_cert)
    add_station = hub.add_parser("add-station", help=phrase("רישום עמדה והפקת אסימון"))
    add_station.add_argument("code")
    add_station.add_argument("--name", default="")
    add_station.set_defaults(func=cmd_hub_add_station)
    rotate = hub.add_parser(
        "rotate-station", help=phrase("אסימון חדש לעמדה (הישן עובד עד השימוש הראשון בחדש)")
    )
    rotate.add_argument("code")
    rotate.add_argument(
        "--now",
        action="store_true",
        help=phrase("לדחות את האסימון הישן מיד (מחשב שאבד, עובד/ת שעזב/ה)"),
    )
    rotate.set_defaults(func=cmd_hub_rotate_station)
    revoke = hub.add_parser("revoke-station", help=phrase("ביטול האסימון של עמדה"))
    revoke.add_argument("code")
    revoke.set_defaults(func=cmd_hub_revoke_station)
