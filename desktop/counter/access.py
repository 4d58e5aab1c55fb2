"""The access log the privacy regulations require: who saw which resident's personal data,
when, at which station and in what (the profile, search results, a case, a receipt, an export).

Every entry is an operation (`resident.viewed` for a profile, `access.logged` for the rest) and
syncs like any other: the council audits at the hub what was seen at every station, and a lost
laptop does not take its part of the log with it. Entries are kept 24 months and then purged at
every database, at start-up and once a day (`purge_access_log`); nothing else deletes or changes
them: there is no service that edits the log.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.errors import ValidationError
from desktop.core.oplog import Actor, applier, record
from desktop.core.permissions import require
from desktop.counter.residents import search_residents
from desktop.models import AccessLogEntry, Operation, Resident, Station, User
from desktop.phrases import Labels, phrase, phrase_later, right_to_left

KEEP_MONTHS = 24
ACCESS_KINDS = ("resident.viewed", "access.logged")
# The log keeps the key (`what`); its label is said in the reader's language.
WHAT_LABELS = Labels(
    {
        "profile": "כרטיס תושב/ת",
        "search": "תוצאות חיפוש",
        "case": "פנייה",
        "receipt": "קבלה",
        "export": "ייצוא",
        "lobby": "רשימת ההמתנה",
    }
)
CHUNK = 200  # residents per operation: a long export is several, each well under the limit
MAX_ROWS = 20_000


@dataclass(frozen=True)
class AccessRow:
    resident_id: uuid.UUID
    at: dt.datetime
    user: str
    username: str
    station: str
    what: str
    resident: str
    national_id: str
    detail: str


def _entry_id(op_id: uuid.UUID, resident_id: str) -> uuid.UUID:
    """The same id at every database for the same operation and resident."""
    return uuid.uuid5(op_id, resident_id)


@applier("access.logged")
def _apply_logged(session: Session, op: Operation) -> None:
    p = op.payload
    for resident_id in dict.fromkeys(p.get("residents", [])):
        if session.get(Resident, uuid.UUID(resident_id)) is None:
            continue  # a resident this database does not hold (never the case after a sync)
        session.add(
            AccessLogEntry(
                id=_entry_id(op.id, resident_id),
                user_id=op.user_id,
                resident_id=uuid.UUID(resident_id),
                station_id=op.station_id,
                at=op.created_at,
                what=p.get("what", "profile"),
                detail=str(p.get("detail", ""))[:120],
            )
        )


def log_access(
    session: Session, actor: Actor, what: str, residents: list[uuid.UUID], detail: str = ""
) -> None:
    """Write that `actor` saw these residents' personal data in `what` (a key of WHAT_LABELS);
    `detail` is where, without personal data (a case number)."""
    if what not in WHAT_LABELS or what == "profile":
        raise ValueError(f"unknown access kind {what!r}")
    require(session, actor.user_id, "access.log")
    unique = list(dict.fromkeys(residents))
    for start in range(0, len(unique), CHUNK):
        record(
            session,
            actor,
            "access.logged",
            None,
            {"what": what, "detail": detail[:120], "residents": unique[start : start + CHUNK]},
        )


def _local_midnight(day: dt.date) -> dt.datetime:
    from zoneinfo import ZoneInfo

    local = dt.datetime.combine(day, dt.time(0), tzinfo=ZoneInfo(clock.LOCAL_TZ_NAME))
    return local.astimezone(dt.UTC)


def keep_from(now: dt.datetime) -> dt.datetime:
    """The oldest moment kept: the same day and time KEEP_MONTHS months before `now`."""
    years, month0 = divmod(now.month - 1 - KEEP_MONTHS, 12)
    year, month = now.year + years, month0 + 1
    day = now.day
    while True:
        try:
            return now.replace(year=year, month=month, day=day)
        except ValueError:
            day -= 1  # the 29th-31st of a shorter month


def purge_access_log(session: Session, now: dt.datetime | None = None) -> int:
    """Delete the entries older than 24 months, and the operations that recorded them (so a
    replay of the log does not bring them back). The station's own operations that never
    reached the hub are kept until they have. The only deletion of the log there is. Returns
    how many entries went."""
    cutoff = keep_from(now or clock.utcnow())
    gone = session.execute(delete(AccessLogEntry).where(AccessLogEntry.at < cutoff)).rowcount
    session.execute(
        delete(Operation).where(
            Operation.kind.in_(ACCESS_KINDS),
            Operation.created_at < cutoff,
            Operation.acked.is_(True),
        )
    )
    return gone or 0


def access_rows(
    session: Session,
    actor: Actor,
    *,
    user_id: uuid.UUID | None = None,
    resident: str = "",
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[AccessRow]:
    """The log for an admin, newest first: by user, by resident (a name or an ID, or its start)
    and between two local dates (inclusive); at most MAX_ROWS."""
    require(session, actor.user_id, "resident.access_log")
    if start and end and start > end:
        raise ValidationError(phrase("תאריך ההתחלה אחרי תאריך הסיום."), field="start")
    query = (
        select(AccessLogEntry, User.full_name, User.username, Station.code, Resident)
        .join(User, User.id == AccessLogEntry.user_id)
        .join(Resident, Resident.id == AccessLogEntry.resident_id)
        .outerjoin(Station, Station.id == AccessLogEntry.station_id)
        .order_by(AccessLogEntry.at.desc())
        .limit(MAX_ROWS)
    )
    if user_id is not None:
        query = query.where(AccessLogEntry.user_id == user_id)
    if start is not None:
        query = query.where(AccessLogEntry.at >= _local_midnight(start))
    if end is not None:
        query = query.where(AccessLogEntry.at < _local_midnight(end + dt.timedelta(days=1)))
    if resident.strip():
        # Found as at the counter: any part of the name, an ID or a phone.
        found = [hit.id for hit in search_residents(session, actor, resident, limit=500)]
        query = query.where(AccessLogEntry.resident_id.in_(found))
    return [
        AccessRow(
            resident_id=entry.resident_id,
            at=entry.at,
            user=name,
            username=username,
            station=code or "",
            what=WHAT_LABELS.get(entry.what, entry.what),
            resident=f"{r.first_name} {r.last_name}",
            national_id=r.national_id,
            detail=entry.detail,
        )
        for entry, name, username, code, r in session.execute(query)
    ]


# The export's column titles, said in the language of whoever exports (headers()).
HEADERS = (
    phrase_later("מועד"),
    phrase_later("משתמש/ת"),
    phrase_later("שם משתמש"),
    phrase_later("עמדה"),
    phrase_later("במה"),
    phrase_later("תושב/ת"),
    phrase_later("ת.ז."),
    phrase_later("פירוט"),
)


def headers() -> list[str]:
    """The export's column titles in the user's language."""
    return [phrase(title) for title in HEADERS]


def _cells(row: AccessRow) -> list[object]:
    at = clock.to_local(row.at).replace(tzinfo=None)
    return [
        at,
        row.user,
        row.username,
        row.station,
        row.what,
        row.resident,
        row.national_id,
        row.detail,
    ]


def export_access_log(session: Session, actor: Actor, rows: list[AccessRow], kind: str) -> bytes:
    """The rows as CSV (UTF-8 with BOM, for Excel) or an .xlsx sheet, right to left; exporting
    is itself written to the log, for the residents in it."""
    require(session, actor.user_id, "resident.access_log")
    if kind == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(headers())
        for row in rows:
            cells = _cells(row)
            cells[0] = cells[0].strftime("%Y-%m-%d %H:%M:%S")
            writer.writerow(cells)
        data = ("\ufeff" + out.getvalue()).encode("utf-8")
    elif kind == "xlsx":
        data = _xlsx(rows)
    else:
        raise ValueError(kind)
    log_access(session, actor, "export", [r.resident_id for r in rows], f"access_log.{kind}")
    return data


def _xlsx(rows: list[AccessRow]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = phrase("יומן גישה")
    sheet.sheet_view.rightToLeft = right_to_left()  # left to right for an English reader
    sheet.append(headers())
    for row in rows:
        sheet.append(_cells(row))
    for cell in sheet["A"][1:]:
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
    for column, width in zip("ABCDEFGH", (20, 22, 14, 8, 14, 22, 12, 20), strict=True):
        sheet.column_dimensions[column].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


PURGE_EVERY_S = 24 * 60 * 60


def purge_now(sessions) -> int:  # noqa: ANN001
    """One purge in its own transaction (`sessions` is a sessionmaker); the count is logged."""
    import logging

    with sessions.begin() as session:
        gone = purge_access_log(session)
    logging.getLogger(__name__).info("access log purge: %d entries past 24 months", gone)
    return gone


def purge_daily(sessions, stop) -> None:  # noqa: ANN001
    """Purge now and then once a day until `stop` (a threading.Event) is set: for the hub,
    which runs for months."""
    while True:
        purge_now(sessions)
        if stop.wait(PURGE_EVERY_S):
            return
