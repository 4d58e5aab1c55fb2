"""Keeping the journey figures' tables (models.figures) in step with the cases.

Every write to a case, its items, its calls, or its resident's locality fires a database
trigger that puts the case's id into `figure_dirty` (migration 0012), whichever path made it:
the counter, an applied operation from another station, a bulk ingest on the hub, a replay of
the log. `refresh` rewrites the rows of those cases from the state tables; the figures call it
before they read, so they never see a change half-counted and never wait for more than what
changed since the last look.

The local day and hour (Asia/Jerusalem, daylight saving included) are worked out here, once
per row: by PostgreSQL's time zone data, or on SQLite by two small functions given to the
connection that use Python's.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Connection,
    Date,
    Double,
    Engine,
    Integer,
    Uuid,
    and_,
    bindparam,
    case,
    cast,
    delete,
    exists,
    extract,
    func,
    insert,
    literal,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, aliased

from desktop.core import clock
from desktop.followthrough.items import FINAL, HANDOFF_LIMIT, OPEN
from desktop.models import Case, CaseItem, Resident, Task
from desktop.models.figures import FigureCall, FigureDirty, FigureItem, FigureSum, FigureVisit

LOCAL_TZ = ZoneInfo(clock.LOCAL_TZ_NAME)
BATCH = 500
NIL = uuid.UUID(int=0)  # the dim_id of the sums for everyone


class Dim(IntEnum):
    """Whose sums: everyone's, or one department's, clerk's, locality's or request type's."""

    ALL = 0
    DEPARTMENT = 1
    CLERK = 2
    LOCALITY = 3
    REQUEST_TYPE = 4


class Measure(IntEnum):
    """What a sum counts, and what its bucket is."""

    HOUR = 1  # visits by local hour of arrival
    WAITING = 2  # visits by whole minutes waited; total = the seconds
    SERVICE = 3  # visits by whole minutes at the counter; total = the seconds
    HANDOFFS = 4  # items by handoffs (the last bucket: over the limit); total = handoffs
    KEPT = 5  # items finished by their expected date
    LATE = 6  # items finished after it
    SLIPS = 7  # items whose expected date moved; total = the moves
    OPEN = 8  # items still open, by days from opening to the expected date
    CALL_DONE = 9  # calls done (bucket 0 callback, 1 follow-up), by the day done
    CALL_DUE = 10  # calls not done, by the day due
    SATISFACTION = 11  # follow-ups' answers (bucket = the score), by the day done


# Two supervisors refreshing at once on the hub take turns (pg_advisory_xact_lock's key).
_LOCK_KEY = 0x64616C70  # "dalp"

# --- local time -------------------------------------------------------------------------------


def _sqlite_moment(value: str | None) -> dt.datetime | None:
    # SQLite keeps UTC moments as naive text ("2026-03-22 06:45:00.000000").
    if value is None:
        return None
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC).astimezone(LOCAL_TZ)


def _sqlite_local_day(value: str | None) -> str | None:
    moment = _sqlite_moment(value)
    return None if moment is None else moment.date().isoformat()


def _sqlite_local_hour(value: str | None) -> int | None:
    moment = _sqlite_moment(value)
    return None if moment is None else moment.hour


def _give_sqlite_functions(conn: Connection) -> None:
    raw = conn.connection.driver_connection
    raw.create_function("dalpak_local_day", 1, _sqlite_local_day, deterministic=True)
    raw.create_function("dalpak_local_hour", 1, _sqlite_local_hour, deterministic=True)


class _Sql:
    """Local day, hour and minutes between two moments, in the connection's SQL."""

    def __init__(self, dialect: str) -> None:
        self.pg = dialect == "postgresql"

    def day(self, column: Any) -> Any:
        if self.pg:
            return cast(func.timezone(clock.LOCAL_TZ_NAME, column), Date)
        return func.dalpak_local_day(column, type_=Date)

    def hour(self, column: Any) -> Any:
        if self.pg:
            return cast(extract("hour", func.timezone(clock.LOCAL_TZ_NAME, column)), Integer)
        return func.dalpak_local_hour(column, type_=Integer)

    def seconds(self, later: Any, earlier: Any) -> Any:
        """Whole seconds from one moment to the other (to the nearest: julianday() is a float
        of days, so 15 minutes can come back as 14.99999)."""
        if self.pg:
            return cast(func.round(extract("epoch", later - earlier)), Integer)
        return cast(
            func.round((func.julianday(later) - func.julianday(earlier)) * 86400.0), Integer
        )

    def days_between(self, later: Any, earlier: Any) -> Any:
        if self.pg:
            return later - earlier  # date - date is a number of days
        return cast(func.julianday(later) - func.julianday(earlier), Integer)


# --- rewriting the rows -----------------------------------------------------------------------


def _rewrite(conn: Connection, case_ids: Sequence[uuid.UUID] | None) -> None:
    """Replace the figure rows of these cases (every case when None) from the state tables."""
    sql = _Sql(conn.dialect.name)
    tables = (FigureVisit, FigureItem, FigureCall)
    for table in tables:
        stmt = delete(table)
        if case_ids is not None:
            stmt = stmt.where(table.case_id.in_(case_ids))
        conn.execute(stmt)

    def only(column: Any) -> list[Any]:
        return [] if case_ids is None else [column.in_(case_ids)]

    waiting = sql.seconds(Case.service_started_at, Case.arrived_at)
    service = sql.seconds(Case.service_ended_at, Case.service_started_at)
    conn.execute(
        insert(FigureVisit).from_select(
            [
                "case_id",
                "day",
                "hour",
                "owner_id",
                "locality_id",
                "waiting_seconds",
                "waiting_minute",
                "service_seconds",
                "service_minute",
            ],
            select(
                Case.id,
                sql.day(Case.arrived_at),
                sql.hour(Case.arrived_at),
                Case.owner_id,
                Resident.locality_id,
                waiting,
                waiting // 60,
                service,
                service // 60,
            )
            .join(Resident, Resident.id == Case.resident_id)
            .where(*only(Case.id)),
        )
    )
    state = case((CaseItem.status.in_(OPEN), 0), (CaseItem.status.in_(FINAL), 1), else_=2)
    conn.execute(
        insert(FigureItem).from_select(
            [
                "item_id",
                "case_id",
                "day",
                "department_id",
                "request_type_id",
                "owner_id",
                "locality_id",
                "state",
                "handoffs",
                "slips",
                "expected_date",
                "finished_day",
            ],
            select(
                CaseItem.id,
                CaseItem.case_id,
                sql.day(CaseItem.created_at),
                CaseItem.department_id,
                CaseItem.request_type_id,
                Case.owner_id,
                Resident.locality_id,
                state,
                CaseItem.handoffs,
                CaseItem.slips,
                CaseItem.expected_date,
                sql.day(CaseItem.finished_at),
            )
            .join(Case, Case.id == CaseItem.case_id)
            .join(Resident, Resident.id == Case.resident_id)
            .where(*only(CaseItem.case_id)),
        )
    )
    conn.execute(
        insert(FigureCall).from_select(
            [
                "task_id",
                "case_id",
                "kind",
                "done_day",
                "due_date",
                "satisfaction",
                "owner_id",
                "locality_id",
                "department_id",
                "request_type_id",
            ],
            select(
                Task.id,
                Task.case_id,
                Task.kind,
                sql.day(Task.done_at),
                Task.due_date,
                Task.satisfaction,
                Case.owner_id,
                Resident.locality_id,
                CaseItem.department_id,
                CaseItem.request_type_id,
            )
            .join(Case, Case.id == Task.case_id)
            .join(Resident, Resident.id == Case.resident_id)
            .outerjoin(CaseItem, and_(Task.item_id.is_not(None), CaseItem.id == Task.item_id))
            .where(*only(Task.case_id)),
        )
    )


# --- the sums ---------------------------------------------------------------------------------


def _one_per(sql: _Sql, case_column: Any, dim_column_name: str) -> tuple[Any, Any]:
    """An alias of figure_items holding one item per case and department (or request type):
    a visit or follow-up counts once for each department its items are in."""
    item, other = aliased(FigureItem), aliased(FigureItem)
    mine, theirs = getattr(item, dim_column_name), getattr(other, dim_column_name)
    if not sql.pg:
        # Compared as text, so that SQLite (which has no statistics) looks the case's items up
        # by the case id rather than walking every item of the department or type.
        mine, theirs = mine.op("||")(literal("")), theirs.op("||")(literal(""))
    first = ~exists().where(
        other.case_id == item.case_id, theirs == mine, other.item_id < item.item_id
    )
    return item, and_(item.case_id == case_column, first)


def _number(value: int) -> Any:
    """A whole number written into the statement (PostgreSQL groups no bound constants)."""
    return literal_column(str(int(value)), Integer())


def _sum_selects(sql: _Sql) -> list[Any]:
    """SELECTs of (dim, dim_id, day, measure, bucket, n, total) of every sum, from the figure
    rows. `_contributions` adds up the same for a few cases; tests hold the two together."""
    nil = literal(NIL, Uuid())
    zero = literal_column("0.0", Double())
    selects: list[Any] = []

    def add(
        measure: Measure,
        day: Any,
        bucket: Any,
        n: Any,
        total: Any,
        where: list[Any],
        dims: dict[Dim, tuple[Any, list[tuple[Any, ...]]]],
    ) -> None:
        for dim, (dim_id, joins) in dims.items():
            stmt = select(_number(dim), dim_id, day, _number(measure), bucket, n, total)
            for target, on, *outer in joins:
                stmt = stmt.join(target, on, isouter=bool(outer))
            keys = [day] if dim is Dim.ALL else [dim_id, day]
            if dim is not Dim.ALL:
                stmt = stmt.where(dim_id.is_not(None))
            if not getattr(bucket, "is_literal", False):  # a constant bucket is no group
                keys.append(bucket)
            selects.append(stmt.where(*where).group_by(*keys))

    # visits: a department or request type counts the visits that have such an item
    v = FigureVisit
    dep_item, dep_on = _one_per(sql, v.case_id, "department_id")
    type_item, type_on = _one_per(sql, v.case_id, "request_type_id")
    visit_dims = {
        Dim.ALL: (nil, []),
        Dim.CLERK: (v.owner_id, []),
        Dim.LOCALITY: (v.locality_id, []),
        Dim.DEPARTMENT: (dep_item.department_id, [(dep_item, dep_on)]),
        Dim.REQUEST_TYPE: (type_item.request_type_id, [(type_item, type_on)]),
    }
    add(Measure.HOUR, v.day, v.hour, func.count(), zero, [], visit_dims)
    add(
        Measure.WAITING,
        v.day,
        v.waiting_minute,
        func.count(),
        cast(func.sum(v.waiting_seconds), Double),
        [v.waiting_minute.is_not(None)],
        visit_dims,
    )
    add(
        Measure.SERVICE,
        v.day,
        v.service_minute,
        func.count(),
        cast(func.sum(v.service_seconds), Double),
        [v.service_minute.is_not(None)],
        visit_dims,
    )

    # items
    i = FigureItem
    item_dims = {
        Dim.ALL: (nil, []),
        Dim.CLERK: (i.owner_id, []),
        Dim.LOCALITY: (i.locality_id, []),
        Dim.DEPARTMENT: (i.department_id, []),
        Dim.REQUEST_TYPE: (i.request_type_id, []),
    }
    over = case((i.handoffs > HANDOFF_LIMIT, HANDOFF_LIMIT + 1), else_=i.handoffs)
    add(
        Measure.HANDOFFS,
        i.day,
        over,
        func.count(),
        cast(func.sum(i.handoffs), Double),
        [],
        item_dims,
    )
    add(
        Measure.KEPT,
        i.day,
        _number(0),
        func.count(),
        zero,
        [i.state == 1, i.finished_day <= i.expected_date],
        item_dims,
    )
    add(
        Measure.LATE,
        i.day,
        _number(0),
        func.count(),
        zero,
        [i.state == 1, i.finished_day > i.expected_date],
        item_dims,
    )
    add(
        Measure.SLIPS,
        i.day,
        _number(0),
        func.count(),
        cast(func.sum(i.slips), Double),
        [i.slips > 0],
        item_dims,
    )
    add(
        Measure.OPEN,
        i.day,
        sql.days_between(i.expected_date, i.day),
        func.count(),
        zero,
        [i.state == 0],
        item_dims,
    )

    # calls: a callback is its item's; a follow-up (no item) each department of its case's
    c = FigureCall
    dep_item, dep_on = _one_per(sql, c.case_id, "department_id")
    type_item, type_on = _one_per(sql, c.case_id, "request_type_id")
    call_dims = {
        Dim.ALL: (nil, []),
        Dim.CLERK: (c.owner_id, []),
        Dim.LOCALITY: (c.locality_id, []),
        Dim.DEPARTMENT: (
            func.coalesce(c.department_id, dep_item.department_id),
            [(dep_item, and_(c.department_id.is_(None), dep_on), True)],
        ),
        Dim.REQUEST_TYPE: (
            func.coalesce(c.request_type_id, type_item.request_type_id),
            [(type_item, and_(c.request_type_id.is_(None), type_on), True)],
        ),
    }
    kind = case((c.kind == "callback", 0), else_=1)
    add(
        Measure.CALL_DONE,
        c.done_day,
        kind,
        func.count(),
        zero,
        [c.done_day.is_not(None)],
        call_dims,
    )
    add(Measure.CALL_DUE, c.due_date, kind, func.count(), zero, [c.done_day.is_(None)], call_dims)
    add(
        Measure.SATISFACTION,
        c.done_day,
        c.satisfaction,
        func.count(),
        zero,
        [c.done_day.is_not(None), c.kind == "followup", c.satisfaction.is_not(None)],
        call_dims,
    )
    return selects


_SUM_KEY = ("dim", "dim_id", "day", "measure", "bucket")


def _recount(conn: Connection) -> None:
    """Write every sum again from the figure rows."""
    conn.execute(delete(FigureSum))
    for stmt in _sum_selects(_Sql(conn.dialect.name)):
        conn.execute(insert(FigureSum).from_select([*_SUM_KEY, "n", "total"], stmt))


def _contributions(conn: Connection, case_ids: Sequence[uuid.UUID]) -> dict[tuple, list]:
    """What these cases' figure rows add to each sum, key -> [n, total]: the rules of
    `_sum_selects`, worked out here for the few rows of a few cases."""
    added: dict[tuple, list] = {}

    def add(
        dims: list[tuple[Dim, Any]], day: dt.date, measure: Measure, bucket: int, total: float = 0.0
    ) -> None:
        for dim, dim_id in dims:
            if dim_id is not None:
                entry = added.setdefault((int(dim), dim_id, day, int(measure), bucket), [0, 0.0])
                entry[0] += 1
                entry[1] += total

    v, i, c = FigureVisit, FigureItem, FigureCall
    items = conn.execute(
        select(
            i.case_id,
            i.day,
            i.department_id,
            i.request_type_id,
            i.owner_id,
            i.locality_id,
            i.state,
            i.handoffs,
            i.slips,
            i.expected_date,
            i.finished_day,
        ).where(i.case_id.in_(case_ids))
    ).all()
    departments: dict[uuid.UUID, set] = {}
    types: dict[uuid.UUID, set] = {}
    for row in items:
        departments.setdefault(row.case_id, set()).add(row.department_id)
        types.setdefault(row.case_id, set()).add(row.request_type_id)

    for row in conn.execute(
        select(
            v.case_id,
            v.day,
            v.hour,
            v.owner_id,
            v.locality_id,
            v.waiting_seconds,
            v.waiting_minute,
            v.service_seconds,
            v.service_minute,
        ).where(v.case_id.in_(case_ids))
    ):
        dims = [
            (Dim.ALL, NIL),
            (Dim.CLERK, row.owner_id),
            (Dim.LOCALITY, row.locality_id),
            *((Dim.DEPARTMENT, d) for d in departments.get(row.case_id, ())),
            *((Dim.REQUEST_TYPE, t) for t in types.get(row.case_id, ())),
        ]
        add(dims, row.day, Measure.HOUR, row.hour)
        if row.waiting_minute is not None:
            add(dims, row.day, Measure.WAITING, row.waiting_minute, row.waiting_seconds)
        if row.service_minute is not None:
            add(dims, row.day, Measure.SERVICE, row.service_minute, row.service_seconds)

    for row in items:
        dims = [
            (Dim.ALL, NIL),
            (Dim.CLERK, row.owner_id),
            (Dim.LOCALITY, row.locality_id),
            (Dim.DEPARTMENT, row.department_id),
            (Dim.REQUEST_TYPE, row.request_type_id),
        ]
        add(dims, row.day, Measure.HANDOFFS, min(row.handoffs, HANDOFF_LIMIT + 1), row.handoffs)
        if row.state == 1 and row.finished_day is not None:
            late = row.finished_day > row.expected_date
            add(dims, row.day, Measure.LATE if late else Measure.KEPT, 0)
        if row.slips > 0:
            add(dims, row.day, Measure.SLIPS, 0, row.slips)
        if row.state == 0:
            add(dims, row.day, Measure.OPEN, (row.expected_date - row.day).days)

    for row in conn.execute(
        select(
            c.case_id,
            c.kind,
            c.done_day,
            c.due_date,
            c.satisfaction,
            c.owner_id,
            c.locality_id,
            c.department_id,
            c.request_type_id,
        ).where(c.case_id.in_(case_ids))
    ):
        of_case = row.department_id is None  # a follow-up: each department of its case's items
        dims = [
            (Dim.ALL, NIL),
            (Dim.CLERK, row.owner_id),
            (Dim.LOCALITY, row.locality_id),
            *(
                (Dim.DEPARTMENT, d)
                for d in (departments.get(row.case_id, ()) if of_case else (row.department_id,))
            ),
            *(
                (Dim.REQUEST_TYPE, t)
                for t in (
                    types.get(row.case_id, ())
                    if row.request_type_id is None
                    else (row.request_type_id,)
                )
            ),
        ]
        kind = 0 if row.kind == "callback" else 1
        if row.done_day is None:
            add(dims, row.due_date, Measure.CALL_DUE, kind)
            continue
        add(dims, row.done_day, Measure.CALL_DONE, kind)
        if row.kind == "followup" and row.satisfaction is not None:
            add(dims, row.done_day, Measure.SATISFACTION, row.satisfaction)
    return added


def _apply(conn: Connection, before: dict[tuple, list], after: dict[tuple, list]) -> None:
    """Move the sums by what changed (whole numbers, so floats add them exactly); a sum that
    comes to nothing goes."""
    changes = []
    for key in before.keys() | after.keys():
        n_after, total_after = after.get(key, (0, 0.0))
        n_before, total_before = before.get(key, (0, 0.0))
        if n_after != n_before or total_after != total_before:
            changes.append(
                {
                    **dict(zip(_SUM_KEY, key, strict=True)),
                    "n": n_after - n_before,
                    "total": total_after - total_before,
                }
            )
    if not changes:
        return
    dialect_insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    stmt = dialect_insert(FigureSum)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=list(_SUM_KEY),
            set_={
                "n": FigureSum.n + stmt.excluded.n,
                "total": FigureSum.total + stmt.excluded.total,
            },
        ),
        changes,
    )
    fallen = [{k: c[k] for k in _SUM_KEY} for c in changes if c["n"] < 0]
    if fallen:
        conn.execute(
            delete(FigureSum).where(
                *(getattr(FigureSum, k) == bindparam(k) for k in _SUM_KEY), FigureSum.n == 0
            ),
            fallen,
        )


def _prepare(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(_LOCK_KEY)))
    else:
        _give_sqlite_functions(conn)


def refresh_on(conn: Connection, batch: int = BATCH) -> int:
    """Rewrite the rows of up to `batch` cases marked since the last refresh, and move the sums
    by what they changed, in the connection's transaction; returns how many cases. Each mark is
    taken off before its case is read, so a change made meanwhile marks it again (on
    PostgreSQL it waits for this transaction)."""
    _prepare(conn)
    if _never_counted(conn):
        marked = conn.scalar(select(func.count()).select_from(FigureDirty)) or 0
        rebuild_on(conn)
        return marked
    ids = list(
        conn.scalars(
            delete(FigureDirty)
            .where(FigureDirty.case_id.in_(select(FigureDirty.case_id).limit(batch)))
            .returning(FigureDirty.case_id)
        )
    )
    if ids:
        before = _contributions(conn, ids)
        _rewrite(conn, ids)
        _apply(conn, before, _contributions(conn, ids))
    return len(ids)


def _never_counted(conn: Connection) -> bool:
    """Cases wait but no figure row exists yet: the state migration 0012 leaves on a database
    that had cases. Counting them all at once is far cheaper than case by case."""
    return (
        conn.scalar(select(FigureDirty.case_id).limit(1)) is not None
        and conn.scalar(select(FigureVisit.case_id).limit(1)) is None
        and conn.scalar(select(FigureSum.day).limit(1)) is None
    )


def rebuild_on(conn: Connection) -> None:
    """Every case's rows written again from the state tables."""
    _prepare(conn)
    conn.execute(delete(FigureDirty))
    _rewrite(conn, None)
    _recount(conn)


def refresh(bind: Session | Engine, batch: int = BATCH) -> int:
    """Bring the figure rows and sums up to date, a transaction per batch of cases (so that the
    counter, writing meanwhile, never waits long); returns the cases rewritten.

    Given a session, its engine is used: call this before the session reads anything, so that
    the figures it then reads include the refresh.
    """
    target = bind.get_bind() if isinstance(bind, Session) else bind
    if not isinstance(target, Connection) and not pending(target):
        return 0  # nothing changed: no write transaction (on SQLite, no write lock) at all
    done = 0
    while True:
        if isinstance(target, Connection):  # a session bound to a connection (tests, the hub)
            begin = target.begin_nested if target.in_transaction() else target.begin
            with begin():
                rewritten = refresh_on(target, batch)
        else:
            with target.begin() as conn:
                rewritten = refresh_on(conn, batch)
        done += rewritten
        if rewritten < batch:
            return done


def pending(engine: Engine) -> int:
    """How many cases wait to be counted again."""
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(FigureDirty)) or 0
