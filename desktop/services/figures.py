"""Journey figures for supervisors: visits, time at the counter, handoffs, service levels, calls,
satisfaction and extras, for a period and a filter, computed by SQL aggregates.

Definitions (the same in the screen, the Excel file and the PDF report):
- The period is a range of local days, both ends included. Every day and hour is local time
  (Asia/Jerusalem, daylight saving included), worked out in the database.
- Visits are cases by their arrival; waiting = service started - arrived, service = service
  ended - started. Each is given as an average (exact) and a median and 90th percentile, both
  to the whole minute (from a per-minute histogram).
- Item figures count the items opened in the period. An item kept its service level when it
  was finished (done or cannot) on or before its expected date; it missed it when it was
  finished later, or is still open and its expected date has passed. The percentage is kept
  out of kept + missed (open items not yet due are not counted either way).
- The open items' age is that of the period's items still open, in days since they were opened.
- Calls: callbacks and follow-ups recorded as done in the period; open ones are those due in
  the period and not done. Satisfaction is that of the follow-ups done in the period.
- Extras: every recorded offer was offered; accepted and declined are its outcomes.
- Filters: the clerk is the case's owner (the clerk who received the visit); the locality is the
  resident's; the department and request type select items (and the cases, calls and offers
  that have such an item).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Date,
    Integer,
    and_,
    case,
    cast,
    exists,
    extract,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session

from desktop.models import (
    Case,
    CaseItem,
    Department,
    EligibilityRule,
    Locality,
    OfferRecord,
    RequestType,
    Resident,
    Task,
    User,
)
from desktop.models.base import UTCDateTime
from desktop.services import clock
from desktop.services.followthrough import FINAL, HANDOFF_LIMIT, OPEN

LOCAL_TZ = ZoneInfo(clock.LOCAL_TZ_NAME)
# Open items' age in days: (label, lowest, highest) - highest None for "and more".
AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0-2", 0, 2), ("3-7", 3, 7), ("8-14", 8, 14), ("15-30", 15, 30), ("31 ומעלה", 31, None),
)
HANDOFF_BUCKETS = ("0", "1", "2", f"{HANDOFF_LIMIT + 1} ומעלה")


@dataclass(frozen=True)
class FigureFilter:
    start: dt.date
    end: dt.date  # included
    department_id: uuid.UUID | None = None
    clerk_id: uuid.UUID | None = None
    locality_id: uuid.UUID | None = None
    request_type_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Visits:
    total: int
    per_day: tuple[tuple[dt.date, int], ...]  # every day of the period, zeros included
    per_hour: tuple[int, ...]  # 24 counts, by local hour of arrival


@dataclass(frozen=True)
class Durations:
    """Minutes at the counter: average (exact), median and 90th percentile (whole minutes)."""

    count: int
    average: float | None
    median: int | None
    p90: int | None
    histogram: tuple[tuple[int, int], ...]  # (whole minutes, cases)


@dataclass(frozen=True)
class Handoffs:
    items: int
    total: int
    average: float | None
    distribution: tuple[tuple[str, int], ...]  # "0", "1", "2", "3+"
    over_limit: int  # items handed off more than the charter allows


@dataclass(frozen=True)
class ServiceLevel:
    kept: int
    missed: int
    percent: float | None  # kept / (kept + missed) * 100
    slips: int  # expected dates moved later, all items
    items_slipped: int
    open_age: tuple[tuple[str, int], ...]  # AGE_BUCKETS labels


@dataclass(frozen=True)
class Calls:
    callbacks_done: int
    callbacks_open: int
    followups_done: int
    followups_open: int


@dataclass(frozen=True)
class Satisfaction:
    count: int
    average: float | None
    distribution: tuple[int, int, int, int, int]  # answers 1..5
    weekly: tuple[tuple[dt.date, float, int], ...]  # (Sunday of the week, average, answers)


@dataclass(frozen=True)
class Extras:
    offered: int
    accepted: int
    declined: int


@dataclass(frozen=True)
class Figures:
    filter: FigureFilter
    today: dt.date
    visits: Visits
    waiting: Durations
    service: Durations
    handoffs: Handoffs
    service_level: ServiceLevel
    calls: Calls
    satisfaction: Satisfaction
    extras: Extras


def compute_figures(
    session: Session, flt: FigureFilter, today: dt.date | None = None
) -> Figures:
    """Every figure for the period and filter; `today` decides what is overdue and the age."""
    if flt.end < flt.start:
        from desktop.services.errors import ValidationError

        raise ValidationError("סוף התקופה לפני תחילתה.", field="end")
    today = today or clock.local_today()
    q = _Queries(session, flt, today)
    visits, waiting, service = q.counter()
    return Figures(
        flt, today, visits, waiting, service, *q.items(), q.calls(), q.satisfaction(),
        q.extras(),
    )


# --- local time in SQL ------------------------------------------------------------------------


def local_midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), LOCAL_TZ).astimezone(dt.UTC)


@lru_cache(maxsize=64)
def _transitions(first_day: dt.date, last_day: dt.date) -> tuple[tuple[dt.datetime, int], ...]:
    """The UTC offset (hours) of local time from the day before `first_day`, then each change
    as (UTC instant, offset from then on), up to the day after `last_day`. Only moments in that
    span are converted with it: the fewer the changes, the cheaper the SQL for every row."""
    start = dt.datetime.combine(first_day - dt.timedelta(days=1), dt.time(), dt.UTC)
    end = dt.datetime.combine(last_day + dt.timedelta(days=2), dt.time(), dt.UTC)

    def offset(moment: dt.datetime) -> int:
        return int(moment.astimezone(LOCAL_TZ).utcoffset().total_seconds() // 3600)

    changes = [(start, offset(start))]
    moment = start
    while moment < end:
        nxt = moment + dt.timedelta(days=1)
        if offset(nxt) != offset(moment):
            lo, hi = moment, nxt  # the change lies in (lo, hi]: bisect to the minute
            while hi - lo > dt.timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                lo, hi = (mid, hi) if offset(mid) == offset(lo) else (lo, mid)
            changes.append((hi.replace(second=0, microsecond=0), offset(nxt)))
        moment = nxt
    return tuple(changes)


class _Local:
    """SQL for the local day and hour of a stored UTC timestamp, on SQLite and PostgreSQL."""

    def __init__(self, session: Session, first_day: dt.date, last_day: dt.date) -> None:
        self.dialect = session.get_bind().dialect.name
        self.changes = _transitions(first_day, last_day)

    def _modifier(self, column: Any) -> Any:
        # SQLite has no time zones: pick "+2 hours" or "+3 hours" from the instants of change.
        # CASE WHEN t < change1 THEN offset0 WHEN t < change2 THEN offset1 ... ELSE last.
        whens = [
            (column < literal(at, UTCDateTime()), f"{before[1]:+d} hours")
            for before, (at, _after) in zip(self.changes, self.changes[1:], strict=False)
        ]
        last = f"{self.changes[-1][1]:+d} hours"
        return case(*whens, else_=last) if whens else literal(last)

    def day(self, column: Any) -> Any:
        if self.dialect == "postgresql":
            return cast(func.timezone(clock.LOCAL_TZ_NAME, column), Date)
        return func.date(column, self._modifier(column))

    def hour(self, column: Any) -> Any:
        if self.dialect == "postgresql":
            return cast(extract("hour", func.timezone(clock.LOCAL_TZ_NAME, column)), Integer)
        return cast(func.strftime("%H", column, self._modifier(column)), Integer)

    def minutes(self, later: Any, earlier: Any) -> Any:
        if self.dialect == "postgresql":
            return extract("epoch", later - earlier) / 60.0
        return (func.julianday(later) - func.julianday(earlier)) * 1440.0

    def whole(self, minutes: Any) -> Any:
        if self.dialect == "postgresql":
            return cast(func.floor(minutes), Integer)
        # SQLite truncates (durations are not negative); julianday() is a float of days, so
        # 15 minutes can come back as 14.99999: a millisecond of slack puts it back.
        return cast(minutes + 1 / 60000, Integer)


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


# --- the queries ------------------------------------------------------------------------------


class _Queries:
    def __init__(self, session: Session, flt: FigureFilter, today: dt.date) -> None:
        self.s = session
        self.f = flt
        self.today = today
        self.lo = local_midnight_utc(flt.start)
        self.hi = local_midnight_utc(flt.end + dt.timedelta(days=1))
        # Moments of the period (arrivals, openings, calls) and, for finished items, up to today.
        self.local = _Local(session, flt.start, flt.end)
        self.until_today = _Local(session, flt.start, max(flt.end, today))

    # conditions shared by several figures

    def _item_matches(self, item: Any = CaseItem, probe: bool = False) -> list[Any]:
        """The filter's department and request type on items. `probe`: where another index
        should lead (a case's items by case id, or the items of a period). SQLite, without
        statistics, would rather walk the department's whole history through its index;
        comparing the id as text keeps it on the better index."""
        conds = []
        for column, value in ((item.department_id, self.f.department_id),
                              (item.request_type_id, self.f.request_type_id)):
            if value is None:
                continue
            if probe and self.local.dialect == "sqlite":
                conds.append(column.op("||")(literal("")) == literal(value.hex))
            else:
                conds.append(column == value)
        return conds

    def _case_conditions(self) -> list[Any]:
        """Conditions on the period's cases from the clerk, locality, department and request
        type of the filter. Each is a list worked out once (uncorrelated subqueries over
        indexes that hold what they read), not a lookup per case."""
        conds = []
        if self.f.clerk_id is not None:
            conds.append(Case.owner_id == self.f.clerk_id)
        if self.f.locality_id is not None:
            conds.append(Case.resident_id.in_(self._residents_of_locality()))
        # Read through the items' period index, not the department's whole history.
        item_conds = self._item_matches(probe=True)
        if item_conds:
            # A case of the period has its items opened from its arrival on (a day of slack
            # for a visit that ends after midnight).
            until = self.hi + dt.timedelta(days=1)
            # The cases are read by arrival; their ids are only checked against the list.
            case_id = Case.id.op("||")(literal("")) if self.local.dialect == "sqlite" else Case.id
            conds.append(case_id.in_(select(CaseItem.case_id).where(
                CaseItem.created_at >= literal(self.lo, UTCDateTime()),
                CaseItem.created_at < literal(until, UTCDateTime()), *item_conds)))
        return conds

    def _residents_of_locality(self) -> Any:
        return select(Resident.id).where(Resident.locality_id == self.f.locality_id)

    def _in_period(self, column: Any) -> list[Any]:
        return [column >= literal(self.lo, UTCDateTime()), column < literal(self.hi, UTCDateTime())]

    # visits and time at the counter

    def counter(self) -> tuple[Visits, Durations, Durations]:
        """Visits by local day and hour, then waiting and service minutes: three small GROUP BYs
        over the period's cases (one GROUP BY of all four made a group of nearly every case)."""
        where = [*self._in_period(Case.arrived_at), *self._case_conditions()]
        day = self.local.day(Case.arrived_at)
        hour = self.local.hour(Case.arrived_at)
        rows = self.s.execute(select(day, hour, func.count()).where(*where).group_by(day, hour)).all()
        by_day: Counter[dt.date] = Counter()
        by_hour = [0] * 24
        for d, h, n in rows:
            by_day[_as_date(d)] += n
            by_hour[int(h)] += n
        days = []
        current = self.f.start
        while current <= self.f.end:
            days.append((current, by_day.get(current, 0)))
            current += dt.timedelta(days=1)
        visits = Visits(sum(by_hour), tuple(days), tuple(by_hour))
        waiting = self._minutes(Case.service_started_at, Case.arrived_at, where)
        service = self._minutes(Case.service_ended_at, Case.service_started_at,
                                [*where, Case.service_ended_at.is_not(None)])
        return visits, waiting, service

    def _minutes(self, later: Any, earlier: Any, where: list[Any]) -> Durations:
        minutes = self.local.minutes(later, earlier)
        whole = self.local.whole(minutes)
        rows = self.s.execute(
            select(whole, func.count(), func.sum(minutes)).where(*where).group_by(whole)
        ).all()
        counts: Counter[int] = Counter({int(m): int(n) for m, n, _t in rows})
        return _durations(counts, sum(float(t or 0) for _m, _n, t in rows))

    # items: handoffs, service level, slips, age

    def items(self) -> tuple[Handoffs, ServiceLevel]:
        finished_day = self.until_today.day(CaseItem.finished_at)
        created_day = self.local.day(CaseItem.created_at)
        is_final = CaseItem.status.in_(FINAL)
        is_open = CaseItem.status.in_(OPEN)
        kept = case((and_(is_final, finished_day <= CaseItem.expected_date), 1), else_=0)
        missed = case(
            (and_(is_final, finished_day > CaseItem.expected_date), 1),
            (and_(is_open, CaseItem.expected_date < self.today), 1),
            else_=0,
        )
        handoffs = case((CaseItem.handoffs > HANDOFF_LIMIT, HANDOFF_LIMIT + 1),
                        else_=CaseItem.handoffs)
        # Open items are grouped by the day they were opened; the rest all in one group.
        opened = case((is_open, created_day), else_=None)
        where = [*self._in_period(CaseItem.created_at), *self._item_matches(probe=True)]
        owner_locality = self._owner_locality()
        if owner_locality is not None:
            where.append(CaseItem.case_id.in_(owner_locality))
        rows = self.s.execute(
            select(handoffs, opened, func.count(), func.sum(CaseItem.handoffs),
                   func.sum(kept), func.sum(missed), func.sum(CaseItem.slips),
                   func.sum(case((CaseItem.slips > 0, 1), else_=0)))
            .where(*where)
            .group_by(handoffs, opened)
        ).all()
        items = total = kept_n = missed_n = slips = slipped = 0
        by_handoffs: Counter[int] = Counter()
        by_age: Counter[str] = Counter()
        for h, opened_on, n, hsum, k, m, sl, sld in rows:
            items += n
            total += int(hsum or 0)
            kept_n += int(k or 0)
            missed_n += int(m or 0)
            slips += int(sl or 0)
            slipped += int(sld or 0)
            by_handoffs[int(h)] += n
            if opened_on is not None:
                by_age[_age_bucket((self.today - _as_date(opened_on)).days)] += n
        over = by_handoffs[HANDOFF_LIMIT + 1]
        hand = Handoffs(
            items, total, total / items if items else None,
            tuple((label, by_handoffs[i]) for i, label in enumerate(HANDOFF_BUCKETS)), over,
        )
        decided = kept_n + missed_n
        level = ServiceLevel(
            kept_n, missed_n, 100.0 * kept_n / decided if decided else None, slips, slipped,
            tuple((label, by_age[label]) for label, _lo, _hi in AGE_BUCKETS),
        )
        return hand, level

    def _owner_locality(self) -> Any:
        """The cases of the filter's clerk and locality (any date), or None for everyone."""
        conds = []
        if self.f.clerk_id is not None:
            conds.append(Case.owner_id == self.f.clerk_id)
        if self.f.locality_id is not None:
            conds.append(Case.resident_id.in_(self._residents_of_locality()))
        return select(Case.id).where(*conds) if conds else None

    # calls and satisfaction

    def _task_conditions(self) -> list[Any]:
        conds = []
        owner_locality = self._owner_locality()
        if owner_locality is not None:
            conds.append(Task.case_id.in_(owner_locality))
        item_conds = self._item_matches(probe=True)
        if item_conds:
            # A callback is about one item; a follow-up about the whole case.
            conds.append(exists().where(
                CaseItem.case_id == Task.case_id, *item_conds,
                or_(Task.item_id.is_(None), CaseItem.id == Task.item_id),
            ))
        return conds

    def calls(self) -> Calls:
        where = self._task_conditions()
        done = dict(self.s.execute(
            select(Task.kind, func.count())
            .where(*self._in_period(Task.done_at), *where).group_by(Task.kind)
        ).all())
        waiting = dict(self.s.execute(
            select(Task.kind, func.count())
            .where(Task.done_at.is_(None), Task.due_date >= self.f.start,
                   Task.due_date <= self.f.end, *where)
            .group_by(Task.kind)
        ).all())
        return Calls(done.get("callback", 0), waiting.get("callback", 0),
                     done.get("followup", 0), waiting.get("followup", 0))

    def satisfaction(self) -> Satisfaction:
        day = self.local.day(Task.done_at)
        rows = self.s.execute(
            select(day, Task.satisfaction, func.count())
            .where(Task.kind == "followup", Task.satisfaction.is_not(None),
                   *self._in_period(Task.done_at), *self._task_conditions())
            .group_by(day, Task.satisfaction)
        ).all()
        distribution = [0] * 5
        weeks: dict[dt.date, list[int]] = {}
        for d, score, n in rows:
            distribution[int(score) - 1] += n
            day_ = _as_date(d)
            sunday = day_ - dt.timedelta(days=(day_.weekday() + 1) % 7)
            week = weeks.setdefault(sunday, [0, 0])
            week[0] += int(score) * n
            week[1] += n
        count = sum(distribution)
        total = sum((i + 1) * n for i, n in enumerate(distribution))
        weekly = tuple((w, s / n, n) for w, (s, n) in sorted(weeks.items()))
        return Satisfaction(count, total / count if count else None, tuple(distribution), weekly)

    # extras

    def extras(self) -> Extras:
        where = [*self._in_period(OfferRecord.at)]
        if self.f.clerk_id is not None:
            where.append(OfferRecord.by == self.f.clerk_id)
        if self.f.locality_id is not None:
            where.append(exists().where(Resident.id == OfferRecord.resident_id,
                                        Resident.locality_id == self.f.locality_id))
        if self.f.department_id is not None or self.f.request_type_id is not None:
            conds = [EligibilityRule.code == OfferRecord.rule_code,
                     RequestType.code == EligibilityRule.request_type_code]
            if self.f.department_id is not None:
                conds.append(RequestType.department_id == self.f.department_id)
            if self.f.request_type_id is not None:
                conds.append(RequestType.id == self.f.request_type_id)
            where.append(exists().where(*conds))
        counts = dict(self.s.execute(
            select(OfferRecord.outcome, func.count()).where(*where).group_by(OfferRecord.outcome)
        ).all())
        return Extras(sum(counts.values()), counts.get("accepted", 0), counts.get("declined", 0))


def _durations(counts: Counter[int], total: float) -> Durations:
    count = sum(counts.values())
    if not count:
        return Durations(0, None, None, None, ())
    histogram = tuple(sorted(counts.items()))
    return Durations(count, total / count, _percentile(histogram, count, 0.5),
                     _percentile(histogram, count, 0.9), histogram)


def _percentile(histogram: tuple[tuple[int, int], ...], count: int, share: float) -> int:
    """The smallest value with at least `share` of the cases at or below it."""
    needed = max(1, -(-int(share * count * 1000) // 1000))  # ceil without float surprises
    seen = 0
    for value, n in histogram:
        seen += n
        if seen >= needed:
            return value
    return histogram[-1][0]


def _age_bucket(days: int) -> str:
    for label, lo, hi in AGE_BUCKETS:
        if days >= lo and (hi is None or days <= hi):
            return label
    return AGE_BUCKETS[0][0]


# --- choices for the filters ------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class FilterChoices:
    departments: tuple[Choice, ...]
    clerks: tuple[Choice, ...]
    localities: tuple[Choice, ...]
    request_types: tuple[Choice, ...]


def filter_choices(session: Session) -> FilterChoices:
    def rows(stmt: Any) -> tuple[Choice, ...]:
        return tuple(Choice(i, n) for i, n in session.execute(stmt))

    return FilterChoices(
        rows(select(Department.id, Department.name).order_by(Department.name)),
        rows(select(User.id, User.full_name).where(User.role.in_(("clerk", "supervisor", "admin")))
             .order_by(User.full_name)),
        rows(select(Locality.id, Locality.name).order_by(Locality.name)),
        rows(select(RequestType.id, RequestType.name).where(RequestType.active)
             .order_by(RequestType.name)),
    )
