"""Journey figures for supervisors: visits, time at the counter, handoffs, service levels, calls,
satisfaction and extras, for a period and a filter.

Definitions (the same in the screen, the Excel file and the PDF report):
- The period is a range of local days, both ends included. Every day and hour is local time
  (Asia/Jerusalem, daylight saving included), worked out in the database.
- Visits are cases by their arrival; waiting = service started - arrived, service = service
  ended - started, each to the nearest second. Each is given as an average and a median and
  90th percentile, both to the whole minute (from a per-minute histogram).
- Item figures count the items opened in the period. An item kept its service level when it
  was finished (done or cannot) on or before its expected date; it missed it when it was
  finished later, or is still open and its expected date has passed. The percentage is kept
  out of kept + missed (open items not yet due are not counted either way).
- The open items' age is that of the period's items still open, in days since they were opened.
- Calls: callbacks and follow-ups recorded as done in the period; open ones are those due in
  the period and not done. Satisfaction is that of the follow-ups done in the period.
- Extras: every recorded offer was offered; accepted and declined are its outcomes.
- Every figure reads the figure tables (models.figures, kept by supervision.figure_facts),
  brought up to date before each reading: with none or one filter, the per-day sums of the
  period; with two or more, the period's rows (one per visit, item and call, with its local
  day). Both give the same figures (tests/supervision/test_figure_sums.py).
- Filters: the clerk is the case's owner (the clerk who received the visit); the locality is the
  resident's; the department and request type select items (and the cases, calls and offers
  that have such an item).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.oplog import Actor
from desktop.core.permissions import require
from desktop.followthrough.items import HANDOFF_LIMIT
from desktop.models import (
    EligibilityRule,
    FigureCall,
    FigureItem,
    FigureSum,
    FigureVisit,
    OfferRecord,
    RequestType,
    Resident,
)
from desktop.phrases import phrase, phrase_later
from desktop.supervision import figure_facts
from desktop.supervision.figure_facts import NIL, Dim, Measure

LOCAL_TZ = ZoneInfo(clock.LOCAL_TZ_NAME)
# The last bucket's label, "31 ומעלה": the figures keep it in Hebrew, figure_tables says it.
AND_MORE = phrase_later("{lowest} ומעלה")
# Open items' age in days: (label, lowest, highest) - highest None for "and more".
AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("0-2", 0, 2),
    ("3-7", 3, 7),
    ("8-14", 8, 14),
    ("15-30", 15, 30),
    (AND_MORE.format(lowest=31), 31, None),
)
HANDOFF_BUCKETS = ("0", "1", "2", AND_MORE.format(lowest=HANDOFF_LIMIT + 1))


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
    session: Session, actor: Actor, flt: FigureFilter, today: dt.date | None = None
) -> Figures:
    """Every figure for the period and filter; `today` decides what is overdue and the age."""
    require(session, actor.user_id, "board.read")
    if flt.end < flt.start:
        from desktop.core.errors import ValidationError

        raise ValidationError(phrase("סוף התקופה לפני תחילתה."), field="end")
    today = today or clock.local_today()
    figure_facts.refresh(session)
    dims = _chosen_dimensions(flt)
    if len(dims) > 1:
        return compute_from_rows(session, flt, today)
    sums = _Sums(session, flt, today, *(dims[0] if dims else (Dim.ALL, NIL)))
    return Figures(
        flt,
        today,
        *sums.counter(),
        *sums.items(),
        sums.calls(),
        sums.satisfaction(),
        _Queries(session, flt, today).extras(),
    )


def compute_from_rows(session: Session, flt: FigureFilter, today: dt.date) -> Figures:
    """The figures from the period's rows: for two filters or more together (the per-day sums
    are kept for one at a time), and as the reference the sums are tested against."""
    q = _Queries(session, flt, today)
    visits, waiting, service = q.counter()
    return Figures(
        flt, today, visits, waiting, service, *q.items(), q.calls(), q.satisfaction(), q.extras()
    )


def _chosen_dimensions(flt: FigureFilter) -> list[tuple[Dim, uuid.UUID]]:
    chosen = (
        (Dim.DEPARTMENT, flt.department_id),
        (Dim.CLERK, flt.clerk_id),
        (Dim.LOCALITY, flt.locality_id),
        (Dim.REQUEST_TYPE, flt.request_type_id),
    )
    return [(dim, value) for dim, value in chosen if value is not None]


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


def _handoffs(by_bucket: list[int], total: int) -> Handoffs:
    items = sum(by_bucket)
    return Handoffs(
        items,
        total,
        total / items if items else None,
        tuple(zip(HANDOFF_BUCKETS, by_bucket, strict=True)),
        by_bucket[-1],
    )


def _service_level(
    kept: int, missed: int, slips: int, slipped: int, by_age: Counter[str]
) -> ServiceLevel:
    decided = kept + missed
    return ServiceLevel(
        kept,
        missed,
        100.0 * kept / decided if decided else None,
        slips,
        slipped,
        tuple((label, by_age[label]) for label, _lo, _hi in AGE_BUCKETS),
    )


def _satisfaction(by_day_score: Counter[tuple[dt.date, int]]) -> Satisfaction:
    distribution = [0] * 5
    weeks: dict[dt.date, list[int]] = {}
    for (day, score), n in by_day_score.items():
        distribution[score - 1] += n
        sunday = day - dt.timedelta(days=(day.weekday() + 1) % 7)
        week = weeks.setdefault(sunday, [0, 0])
        week[0] += score * n
        week[1] += n
    count = sum(distribution)
    total = sum((i + 1) * n for i, n in enumerate(distribution))
    weekly = tuple((w, s / n, n) for w, (s, n) in sorted(weeks.items()))
    return Satisfaction(count, total / count if count else None, tuple(distribution), weekly)


# --- from the per-day sums --------------------------------------------------------------------


class _Sums:
    """Every figure (but the extras) from figure_sums: the rows of one dimension and value for
    the days of the period, a few hundred a day at most, added up here."""

    def __init__(
        self, session: Session, flt: FigureFilter, today: dt.date, dim: Dim, dim_id: uuid.UUID
    ) -> None:
        self.f = flt
        self.today = today
        self.rows: dict[Measure, list[tuple[dt.date, int, int, float]]] = {m: [] for m in Measure}
        t = FigureSum
        for day, measure, bucket, n, total in session.execute(
            select(t.day, t.measure, t.bucket, t.n, t.total).where(
                t.dim == int(dim), t.dim_id == dim_id, t.day >= flt.start, t.day <= flt.end
            )
        ):
            self.rows[Measure(measure)].append((_as_date(day), int(bucket), int(n), float(total)))

    def _minutes(self, measure: Measure) -> Durations:
        counts: Counter[int] = Counter()
        seconds = 0
        for _day, minute, n, total in self.rows[measure]:
            counts[minute] += n
            seconds += round(total)
        return _durations(counts, seconds)

    def counter(self) -> tuple[Visits, Durations, Durations]:
        by_day: Counter[dt.date] = Counter()
        by_hour = [0] * 24
        for day, hour, n, _total in self.rows[Measure.HOUR]:
            by_day[day] += n
            by_hour[hour] += n
        visits = Visits(
            sum(by_hour),
            tuple((d, by_day[d]) for d in _days(self.f.start, self.f.end)),
            tuple(by_hour),
        )
        return visits, self._minutes(Measure.WAITING), self._minutes(Measure.SERVICE)

    def items(self) -> tuple[Handoffs, ServiceLevel]:
        def count(measure: Measure) -> int:
            return sum(n for _d, _b, n, _t in self.rows[measure])

        by_bucket = [0] * (HANDOFF_LIMIT + 2)
        handoffs = 0
        for _day, bucket, n, total in self.rows[Measure.HANDOFFS]:
            by_bucket[bucket] += n
            handoffs += round(total)
        missed = count(Measure.LATE)
        by_age: Counter[str] = Counter()
        for day, to_expected, n, _total in self.rows[Measure.OPEN]:
            by_age[_age_bucket((self.today - day).days)] += n
            if day + dt.timedelta(days=to_expected) < self.today:
                missed += n
        slips = round(sum(t for _d, _b, _n, t in self.rows[Measure.SLIPS]))
        return (
            _handoffs(by_bucket, handoffs),
            _service_level(count(Measure.KEPT), missed, slips, count(Measure.SLIPS), by_age),
        )

    def calls(self) -> Calls:
        done, due = [0, 0], [0, 0]
        for _day, kind, n, _total in self.rows[Measure.CALL_DONE]:
            done[kind] += n
        for _day, kind, n, _total in self.rows[Measure.CALL_DUE]:
            due[kind] += n
        return Calls(done[0], due[0], done[1], due[1])

    def satisfaction(self) -> Satisfaction:
        answers: Counter[tuple[dt.date, int]] = Counter()
        for day, score, n, _total in self.rows[Measure.SATISFACTION]:
            answers[day, score] += n
        return _satisfaction(answers)


# --- the queries ------------------------------------------------------------------------------


class _Queries:
    """Every figure from the figure tables (models.figures): each reads the rows of the period
    from an index that starts with the local day and holds the filters' columns."""

    def __init__(self, session: Session, flt: FigureFilter, today: dt.date) -> None:
        self.s = session
        self.f = flt
        self.today = today

    def _dimensions(self, table: Any) -> list[Any]:
        """The clerk and locality, on a table that carries them."""
        conds = []
        if self.f.clerk_id is not None:
            conds.append(table.owner_id == self.f.clerk_id)
        if self.f.locality_id is not None:
            conds.append(table.locality_id == self.f.locality_id)
        return conds

    def _item_matches(self, table: Any = FigureItem, probe: bool = False) -> list[Any]:
        """The filter's department and type. `probe`: a case's items, looked up by the case id.
        SQLite, which has no statistics, would rather walk the type's whole history through its
        own index; comparing the id as text keeps it on the case's."""
        conds = []
        for column, value in (
            (table.department_id, self.f.department_id),
            (table.request_type_id, self.f.request_type_id),
        ):
            if value is None:
                continue
            if probe and self.s.get_bind().dialect.name == "sqlite":
                conds.append(column.op("||")(literal("")) == literal(value.hex))
            else:
                conds.append(column == value)
        return conds

    def _between(self, column: Any) -> list[Any]:
        return [column >= self.f.start, column <= self.f.end]

    # visits and time at the counter

    def counter(self) -> tuple[Visits, Durations, Durations]:
        """Visits by local day and hour, then waiting and service minutes: three small GROUP BYs
        over the period's visits."""
        where = [*self._between(FigureVisit.day), *self._dimensions(FigureVisit)]
        item_conds = self._item_matches(probe=True)
        if item_conds:  # the visit has such an item
            where.append(exists().where(FigureItem.case_id == FigureVisit.case_id, *item_conds))
        rows = self.s.execute(
            select(FigureVisit.day, FigureVisit.hour, func.count())
            .where(*where)
            .group_by(FigureVisit.day, FigureVisit.hour)
        ).all()
        by_day: Counter[dt.date] = Counter()
        by_hour = [0] * 24
        for d, h, n in rows:
            by_day[_as_date(d)] += n
            by_hour[int(h)] += n
        visits = Visits(
            sum(by_hour),
            tuple((d, by_day[d]) for d in _days(self.f.start, self.f.end)),
            tuple(by_hour),
        )
        waiting = self._minutes(FigureVisit.waiting_minute, FigureVisit.waiting_seconds, where)
        service = self._minutes(FigureVisit.service_minute, FigureVisit.service_seconds, where)
        return visits, waiting, service

    def _minutes(self, whole: Any, seconds: Any, where: list[Any]) -> Durations:
        rows = self.s.execute(
            select(whole, func.count(), func.sum(seconds))
            .where(*where, whole.is_not(None))
            .group_by(whole)
        ).all()
        counts: Counter[int] = Counter({int(m): int(n) for m, n, _t in rows})
        return _durations(counts, sum(int(t or 0) for _m, _n, t in rows))

    # items: handoffs, service level, slips, age

    def items(self) -> tuple[Handoffs, ServiceLevel]:
        """One row per local day of the period (the index's order, so no sorting): the counts
        each figure needs, as sums of conditions."""
        i = FigureItem
        is_final, is_open = i.state == 1, i.state == 0

        def count(*conds: Any) -> Any:
            return func.sum(case((and_(*conds), 1), else_=0))

        rows = self.s.execute(
            select(
                i.day,
                func.count(),
                func.sum(i.handoffs),
                *(count(i.handoffs == n) for n in range(HANDOFF_LIMIT + 1)),
                count(is_final, i.finished_day <= i.expected_date),
                func.sum(
                    case(
                        (and_(is_final, i.finished_day > i.expected_date), 1),
                        (and_(is_open, i.expected_date < self.today), 1),
                        else_=0,
                    )
                ),
                func.sum(i.slips),
                count(i.slips > 0),
                count(is_open),
            )
            .where(*self._between(i.day), *self._item_matches(), *self._dimensions(i))
            .group_by(i.day)
        ).all()
        total = kept = missed = slips = slipped = 0
        by_handoffs = [0] * (HANDOFF_LIMIT + 2)
        by_age: Counter[str] = Counter()
        for day, n, hsum, *rest in rows:
            *within, kept_n, missed_n, slips_n, slipped_n, still_open = (int(v or 0) for v in rest)
            total += int(hsum or 0)
            for h, m in enumerate(within):
                by_handoffs[h] += m
            by_handoffs[-1] += n - sum(within)
            kept += kept_n
            missed += missed_n
            slips += slips_n
            slipped += slipped_n
            if still_open:
                by_age[_age_bucket((self.today - _as_date(day)).days)] += still_open
        return (_handoffs(by_handoffs, total), _service_level(kept, missed, slips, slipped, by_age))

    # calls and satisfaction

    def _call_conditions(self) -> list[Any]:
        c = FigureCall
        conds = self._dimensions(c)
        item_conds = self._item_matches(probe=True)
        if item_conds:
            # A callback is about one item (its department and type are on the call); a
            # follow-up about the whole case (no item, no department): one of its items must.
            conds.append(
                or_(
                    and_(c.department_id.is_not(None), *self._item_matches(c)),
                    and_(
                        c.department_id.is_(None),
                        exists().where(FigureItem.case_id == c.case_id, *item_conds),
                    ),
                )
            )
        return conds

    def calls(self) -> Calls:
        c = FigureCall
        where = self._call_conditions()
        # Counts by kind as two sums (a GROUP BY would sort every row of the period).
        by_kind = (
            func.sum(case((c.kind == "callback", 1), else_=0)),
            func.sum(case((c.kind == "followup", 1), else_=0)),
        )
        done = self.s.execute(select(*by_kind).where(*self._between(c.done_day), *where)).one()
        waiting = self.s.execute(
            select(*by_kind).where(c.done_day.is_(None), *self._between(c.due_date), *where)
        ).one()
        return Calls(
            int(done[0] or 0), int(waiting[0] or 0), int(done[1] or 0), int(waiting[1] or 0)
        )

    def satisfaction(self) -> Satisfaction:
        c = FigureCall
        rows = self.s.execute(
            select(c.done_day, c.satisfaction, func.count())
            .where(
                *self._between(c.done_day),
                c.kind == "followup",
                c.satisfaction.is_not(None),
                *self._call_conditions(),
            )
            .group_by(c.done_day, c.satisfaction)
        ).all()
        return _satisfaction(Counter({(_as_date(d), int(score)): n for d, score, n in rows}))

    # extras

    def extras(self) -> Extras:
        lo = _local_midnight_utc(self.f.start)
        hi = _local_midnight_utc(self.f.end + dt.timedelta(days=1))
        where = [OfferRecord.at >= lo, OfferRecord.at < hi]
        if self.f.clerk_id is not None:
            where.append(OfferRecord.by == self.f.clerk_id)
        if self.f.locality_id is not None:
            where.append(
                exists().where(
                    Resident.id == OfferRecord.resident_id,
                    Resident.locality_id == self.f.locality_id,
                )
            )
        if self.f.department_id is not None or self.f.request_type_id is not None:
            conds = [
                EligibilityRule.code == OfferRecord.rule_code,
                RequestType.code == EligibilityRule.request_type_code,
            ]
            if self.f.department_id is not None:
                conds.append(RequestType.department_id == self.f.department_id)
            if self.f.request_type_id is not None:
                conds.append(RequestType.id == self.f.request_type_id)
            where.append(exists().where(*conds))
        counts = dict(
            self.s.execute(
                select(OfferRecord.outcome, func.count())
                .where(*where)
                .group_by(OfferRecord.outcome)
            ).all()
        )
        return Extras(sum(counts.values()), counts.get("accepted", 0), counts.get("declined", 0))


def _local_midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), LOCAL_TZ).astimezone(dt.UTC)


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _durations(counts: Counter[int], seconds: int) -> Durations:
    """From the cases by whole minutes and the seconds of them all."""
    count = sum(counts.values())
    if not count:
        return Durations(0, None, None, None, ())
    histogram = tuple(sorted(counts.items()))
    return Durations(
        count,
        seconds / 60 / count,
        _percentile(histogram, count, 0.5),
        _percentile(histogram, count, 0.9),
        histogram,
    )


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
