"""Cases from the command line: `case list`, `case show` and `receipt`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.cli.common import EXIT_USAGE, OPENED, open_engine, say, secret  # noqa: F401
from desktop.cli.login import add_login_arguments, admin_actor
from desktop.core.db import open_database, session_factory  # noqa: F401
from desktop.phrases import phrase


def _log(sessions, actor, what: str, residents: list, detail: str) -> None:  # noqa: ANN001
    """What the command is about to show goes to the access log first."""
    from desktop.counter.access import log_access

    with sessions.begin() as session:
        log_access(session, actor, what, residents, detail)


def cmd_case_list(args: argparse.Namespace) -> int:
    from desktop.counter.cases import CASE_STATUS_LABELS, list_cases

    sessions = session_factory(open_engine(args))
    with sessions() as session:
        actor = admin_actor(session, args)
        cases = list_cases(session, actor, limit=args.limit)
    _log(sessions, actor, "case", [c.resident_id for c in cases], "case list")
    if args.json:
        say(json.dumps([c.as_json() for c in cases], ensure_ascii=False, indent=2))
        return 0
    for c in cases:
        say(
            f"{c.number}  {c.resident_name}  ({c.owner_name})  {CASE_STATUS_LABELS.get(c.status, c.status)}"
        )
        for i in c.items:
            say(f"    - {i.request_type} | {i.department} | {i.expected_date:%d/%m/%Y}")
    return 0


def cmd_case_show(args: argparse.Namespace) -> int:
    from desktop.counter.cases import CASE_STATUS_LABELS, ITEM_STATUS_LABELS, get_case, timeline

    sessions = session_factory(open_engine(args))
    with sessions() as session:
        actor = admin_actor(session, args)
        case = get_case(session, actor, args.number)
        events = timeline(session, actor, case)
    _log(sessions, actor, "case", [case.resident_id], f"case show {case.number}")
    if args.json:
        data = case.as_json()
        data["timeline"] = [
            {"at": e.at.isoformat(), "who": e.who, "kind": e.kind, "text": e.text} for e in events
        ]
        say(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    say(
        phrase("פנייה {number} - {name} ({national_id})").format(
            number=case.number, name=case.resident_name, national_id=case.resident_national_id
        )
    )
    say(
        phrase("בעלים: {owner}   מצב: {status}").format(
            owner=case.owner_name, status=CASE_STATUS_LABELS.get(case.status, case.status)
        )
    )
    for i in case.items:
        status = ITEM_STATUS_LABELS.get(i.status, i.status)
        say(
            f"  {i.position}. {i.request_type} | {i.department} | {i.expected_date:%d/%m/%Y} | {status}"
        )
    say(phrase("ציר הזמן:"))
    for e in events:
        say(f"  {e.at:%Y-%m-%d %H:%M} UTC  {e.who}  {e.text}")
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    from desktop.counter.cases import get_case
    from desktop.counter.receipt_data import receipt_pdf

    sessions = session_factory(open_engine(args))
    with sessions() as session:
        actor = admin_actor(session, args)
        case = get_case(session, actor, args.number)
        pdf = receipt_pdf(
            session,
            actor,
            args.number,
            args.size,
            language=args.language,
            also_hebrew=args.also_hebrew,
        )
    _log(sessions, actor, "receipt", [case.resident_id], f"receipt {case.number}")
    Path(args.output).write_bytes(pdf)
    say(phrase("הקבלה נשמרה: {path}").format(path=args.output))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    case = sub.add_parser("case", help=phrase("פניות")).add_subparsers(
        dest="case_command", required=True
    )
    lst = case.add_parser("list", help=phrase("רשימת פניות"))
    lst.add_argument("--json", action="store_true")
    lst.add_argument("--limit", type=int, default=None)
    add_login_arguments(lst)
    lst.set_defaults(func=cmd_case_list)
    show = case.add_parser("show", help=phrase("פנייה אחת עם ציר הזמן"))
    show.add_argument("number")
    show.add_argument("--json", action="store_true")
    add_login_arguments(show)
    show.set_defaults(func=cmd_case_show)
    receipt = sub.add_parser("receipt", help=phrase("כתיבת קבלה לקובץ PDF"))
    receipt.add_argument("number")
    receipt.add_argument("-o", "--output", required=True)
    receipt.add_argument("--size", choices=["a4", "80mm"], default="a4")
    add_login_arguments(receipt)
    receipt.add_argument(
        "--language",
        choices=["he", "ar", "ru", "en"],
        default=None,
        help=phrase("שפת הקבלה (ברירת המחדל: השפה שבפרופיל התושב/ת)"),
    )
    receipt.add_argument(
        "--also-hebrew", action="store_true", help=phrase("גם עותק בעברית, אחרי השפה של התושב/ת")
    )
    receipt.set_defaults(func=cmd_receipt)
