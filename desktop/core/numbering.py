"""Case numbers unique without coordination: station code, year, station sequence, check digit.

Example: KDR-26-00417-3. The check digit (Luhn over the letters as 10..35 and the digits)
catches a mistyped digit or two swapped neighbours when a resident reads the number aloud.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.textsearch import prefix_upper_bound
from desktop.models import Case, Operation, StationState

MAX_SEQ = 99_999
_PATTERN = re.compile(r"^([A-Z]{2,8})-(\d{2})-(\d{5})-(\d)$")


def _luhn_digit(text: str) -> int:
    digits = "".join(str(int(ch, 36)) for ch in text if ch.isalnum())
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10


def format_case_number(station_code: str, year: int, seq: int) -> str:
    if not 1 <= seq <= MAX_SEQ:
        raise ValueError(f"case sequence out of range: {seq}")
    body = f"{station_code}-{year % 100:02d}-{seq:05d}"
    return f"{body}-{_luhn_digit(body)}"


def is_valid_case_number(text: str) -> bool:
    match = _PATTERN.match(text.strip().upper())
    if not match:
        return False
    body = text.strip().upper().rsplit("-", 1)[0]
    return _luhn_digit(body) == int(match.group(4))


def normalize_case_number(text: str) -> str:
    return text.strip().upper()


def last_case_number(session: Session, station_code: str) -> str | None:
    """The station's highest case number held here (the latest year's, as numbers sort)."""
    prefix = f"{station_code}-"
    return session.scalar(
        select(Case.number)
        .where(Case.number >= prefix, Case.number < prefix_upper_bound(prefix))
        .order_by(Case.number.desc())
        .limit(1)
    )


def next_case_number(session: Session, station_code: str, year: int) -> str:
    """The next number of this station for the year, from the cases already in the database
    and from the last number the hub told of (`StationState.case_number_floor`).

    Reading it from the cases themselves (not from a counter) means a station restored from a
    backup, or one that got its own cases back from the hub, continues after its last number;
    the floor covers the cases the hub has and the restored database has not pulled yet.
    """
    prefix = f"{station_code}-{year % 100:02d}-"
    last = session.scalar(
        select(Case.number)
        .where(Case.number >= prefix, Case.number < prefix_upper_bound(prefix))
        .order_by(Case.number.desc())
        .limit(1)
    )
    floor = session.scalar(select(StationState.case_number_floor).where(StationState.id == 1))
    seqs = [
        int(number.split("-")[2])
        for number in (last, floor, _last_opened_here(session))
        if number and number.startswith(prefix)
    ]
    return format_case_number(station_code, year, max(seqs, default=0) + 1)


def _last_opened_here(session: Session) -> str | None:
    """The number of this station's latest opening in its own log. A case the proactive scan
    opened in two villages keeps the earlier opening's number (counter.cases), so this
    station's number may have left its cases: it is still never given again (it may be on a
    letter the resident holds)."""
    station = session.scalar(select(StationState.station_id).where(StationState.id == 1))
    if station is None:
        return None
    payload = session.scalar(
        select(Operation.payload)
        .where(Operation.station_id == station, Operation.kind == "case.opened")
        .order_by(Operation.seq.desc())
        .limit(1)
    )
    return payload.get("number") if payload else None
