"""`sync`: exchange operations with the hub now."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import EXIT_USAGE, OPENED, open_engine, say, secret  # noqa: F401
from desktop.core.db import open_database, session_factory  # noqa: F401
from desktop.phrases import phrase


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop.sync.client import HubClient, connect, saved_client, sync_once

    engine = open_engine(args)
    sessions = session_factory(engine)
    given = [args.hub, args.station, args.token_file]
    if any(given) and not all(given):
        sys.stderr.write(
            phrase("לחיבור ראשון צריך את שלושתם: --hub, --station ו---token-file.") + "\n"
        )
        return EXIT_USAGE
    if all(given):
        from desktop.core import settings

        token = secret(args.token_file).strip()
        if not token:
            sys.stderr.write(phrase("בקובץ האסימון אין אסימון.") + "\n")
            return EXIT_USAGE
        verify = settings.get("hub_ca_file") or True
        with HubClient(args.hub, token, verify=verify) as client:
            code = connect(sessions, client, args.hub, token)
            if code != args.station.upper():
                sys.stderr.write(
                    phrase("האסימון שייך לעמדה {code}, לא ל-{station}.").format(
                        code=code, station=args.station
                    )
                    + "\n"
                )
                return EXIT_USAGE
    with sessions() as session:
        client = saved_client(session)
    with client:
        report = sync_once(sessions, client)
    done = (
        phrase("סנכרון הושלם: נשלחו {pushed}, התקבלו {pulled}, בהסגר {quarantined}")
        if report.quarantined
        else phrase("סנכרון הושלם: נשלחו {pushed}, התקבלו {pulled}")
    )
    say(
        done.format(pushed=report.pushed, pulled=report.pulled, quarantined=len(report.quarantined))
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    # No abbreviations: `--token TOKEN` must not pass for `--token-file` (a token on argv).
    sync = sub.add_parser("sync", help=phrase("סנכרון עם המרכזת עכשיו"), allow_abbrev=False)
    sync.add_argument("--hub", help=phrase("כתובת המרכזת, למשל https://hub.example:8443"))
    sync.add_argument("--station", help=phrase("קוד העמדה"))
    sync.add_argument(
        "--token-file",
        help=phrase(
            "קובץ שבשורה הראשונה שלו האסימון שהופק ב-hub add-station "
            "או ב-hub rotate-station ('-': הקלט)"
        ),
    )
    sync.set_defaults(func=cmd_sync)
