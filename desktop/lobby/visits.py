"""The lobby: walk-in residents checked in with a ticket, called to a counter by priority then
arrival, and their arrival, call and end becoming the journey of the case opened for them."""

from __future__ import annotations

import datetime as dt
import statistics
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.errors import DalpakError, ResidentNotFound, ValidationError
from desktop.core.oplog import Actor, applier, entity_history, parse_dt, record, uuid_or_none
from desktop.core.permissions import require
from desktop.core.users import Role
from desktop.counter.cases import ItemDraft, open_case
from desktop.models import Case, LobbyVisit, Operation, Resident, Station, StationState, User
from desktop.phrases import Labels, phrase, phrase_later

LOCAL_TZ = ZoneInfo(clock.LOCAL_TZ_NAME)
COUNTER_STAFF = (Role.CLERK, Role.SUPERVISOR, Role.ADMIN)

# Those the law puts first; every one of them needs the reason recorded.
PRIORITY_LABELS = Labels(
    {
        "none": "ללא",
        "disability": "מוגבלות",
        "pregnancy": "הריון",
        "elderly": "גיל מבוגר",
        "other": "אחר",
    }
)
STATUS_LABELS = Labels(
    {"waiting": "ממתין/ה", "called": "נקרא/ה לעמדה", "done": "הסתיים", "left": "עזב/ה בלי שירות"}
)
# Why a visit can no longer be called, ended or left: whole sentences, for the translators.
_CLOSED = {
    "done": phrase_later("התור {ticket} כבר הסתיים."),
    "left": phrase_later("התור {ticket} כבר עזב/ה בלי שירות."),
}
OPEN_STATUSES = ("waiting", "called")

# The expected wait: median service time (call to end) of the last SERVICE_SAMPLE visits that
# ended in the last SERVICE_DAYS days, or DEFAULT_SERVICE_MINUTES with fewer than
# MIN_SAMPLES of them; divided among the counters that called someone in the last hour.
SERVICE_SAMPLE = 20
SERVICE_DAYS = 14
MIN_SAMPLES = 3
DEFAULT_SERVICE_MINUTES = 8.0
ACTIVE_COUNTER_WINDOW = dt.timedelta(hours=1)


class LobbyEmpty(DalpakError):
    """Call next with nobody waiting."""


class VisitNotFound(DalpakError):
    pass


def this_station(session: Session) -> uuid.UUID | None:
    """The station whose lobby this database's counters serve (None before it has one)."""
    state = session.get(StationState, 1)
    return state.station_id if state is not None else None


def _at_station(session: Session, stmt, everywhere: bool):  # noqa: ANN001, ANN202
    """Limit a query of visits to those checked in at this station, unless `everywhere`.

    Every station receives the whole council's lobby with the sync; a village's clerk must
    neither see nor call a resident who waits in another village.
    """
    if everywhere:
        return stmt
    return stmt.where(LobbyVisit.station_id == this_station(session))


# --- appliers -------------------------------------------------------------------------------


@applier("lobby.checked_in")
def _apply_checked_in(session: Session, op: Operation) -> None:
    p = op.payload
    at = parse_dt(p["at"])
    session.add(
        LobbyVisit(
            id=op.entity_id,
            station_id=op.station_id,
            ticket=p["ticket"],
            ticket_day=dt.date.fromisoformat(p["day"]),
            resident_id=uuid_or_none(p["resident_id"]),
            typed_name=p["typed_name"],
            reason=p["reason"],
            priority=p["priority"],
            priority_reason=p["priority_reason"],
            status="waiting",
            arrived_at=at,
            counter="",
            updated_at=at,
        )
    )


def _visit_of(session: Session, op: Operation) -> LobbyVisit:
    visit = session.get(LobbyVisit, op.entity_id)
    if visit is None:
        raise VisitNotFound(phrase("ביקור {visit} אינו ידוע.").format(visit=op.entity_id))
    return visit


VISIT_CHANGES = ("lobby.called", "lobby.recalled", "lobby.ended", "lobby.left")


@applier("lobby.called")
@applier("lobby.recalled")
@applier("lobby.ended")
@applier("lobby.left")
def _apply_visit_change(session: Session, op: Operation) -> None:
    """The visit as its calls and its end make it in clock order, whatever order they arrived
    in (two counters may act on the same visit before their stations sync). Once the visit is
    done or the resident left, a call stamped later changes nothing."""
    visit = _visit_of(session, op)
    visit.status, visit.counter = "waiting", ""
    visit.called_at = visit.last_called_at = visit.called_by = visit.ended_at = None
    visit.updated_at = visit.arrived_at
    for change in entity_history(session, op, VISIT_CHANGES):
        at = parse_dt(change.payload["at"])
        final = visit.status in ("done", "left")
        if change.kind == "lobby.called" and not final:
            visit.status = "called"
            visit.called_at = visit.last_called_at = at
            visit.called_by = change.user_id
            visit.counter = change.payload["counter"]
        elif change.kind == "lobby.recalled" and not final:
            visit.last_called_at = at
            visit.counter = change.payload["counter"]
        elif change.kind == "lobby.ended":
            visit.status = "done"
            visit.ended_at = at
            visit.case_id = uuid_or_none(change.payload["case_id"])
            if change.payload.get("resident_id"):
                visit.resident_id = uuid.UUID(change.payload["resident_id"])
        elif change.kind == "lobby.left" and not final:
            visit.status = "left"
            visit.ended_at = at
        visit.updated_at = max(visit.updated_at, at)


# --- changes --------------------------------------------------------------------------------


def local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone(LOCAL_TZ).date()


def next_ticket(session: Session, station_id: uuid.UUID, station_code: str, day: dt.date) -> str:
    """The station's code and the day's next number: two stations never show the same ticket."""
    count = (
        session.scalar(
            select(func.count())
            .select_from(LobbyVisit)
            .where(LobbyVisit.station_id == station_id, LobbyVisit.ticket_day == day)
        )
        or 0
    )
    return f"{station_code}-{count + 1:03d}"


def check_in(
    session: Session,
    actor: Actor,
    *,
    resident_id: uuid.UUID | None = None,
    typed_name: str = "",
    reason: str = "",
    priority: str = "none",
    priority_reason: str = "",
    now: dt.datetime | None = None,
) -> LobbyVisit:
    """A resident arrives: found (resident_id) or by the name typed; returns the visit."""
    require(session, actor.user_id, "lobby.work")
    typed_name = " ".join(typed_name.split())
    if resident_id is None and not typed_name:
        raise ValidationError(phrase("יש לבחור תושב/ת או להקליד שם."), field="name")
    if resident_id is not None and session.get(Resident, resident_id) is None:
        raise ResidentNotFound(phrase("התושב/ת לא נמצא/ה."))
    if priority not in PRIORITY_LABELS:
        raise ValidationError(phrase("סוג קדימות לא מוכר."), field="priority")
    priority_reason = priority_reason.strip()
    if priority != "none" and not priority_reason:
        raise ValidationError(phrase("קדימות בתור דורשת לרשום את הסיבה."), field="priority_reason")
    now = now or clock.utcnow()
    day = local_day(now)
    visit_id = clock.new_id()
    record(
        session,
        actor,
        "lobby.checked_in",
        visit_id,
        {
            "ticket": next_ticket(session, actor.station_id, actor.station_code, day),
            "day": day,
            "resident_id": resident_id,
            "typed_name": "" if resident_id else typed_name,
            "reason": reason.strip(),
            "priority": priority,
            "priority_reason": priority_reason if priority != "none" else "",
            "at": now,
        },
        now=now,
    )
    return session.get(LobbyVisit, visit_id)


def _open_visit(session: Session, visit_id: uuid.UUID) -> LobbyVisit:
    visit = session.get(LobbyVisit, visit_id)
    if visit is None:
        raise VisitNotFound(phrase("הביקור לא נמצא."))
    if visit.status not in OPEN_STATUSES:
        closed = _CLOSED.get(visit.status, phrase_later("התור {ticket} כבר אינו ממתין."))
        raise ValidationError(phrase(closed).format(ticket=visit.ticket))
    return visit


def _counter_name(counter: str) -> str:
    counter = counter.strip()
    if not counter:
        raise ValidationError(phrase("יש לרשום את מספר העמדה."), field="counter")
    return counter[:20]


def call(
    session: Session,
    actor: Actor,
    visit_id: uuid.UUID,
    counter: str,
    now: dt.datetime | None = None,
) -> LobbyVisit:
    """Call this resident to the counter; calling one already called announces them again."""
    require(session, actor.user_id, "lobby.work")
    counter = _counter_name(counter)
    visit = _open_visit(session, visit_id)
    now = now or clock.utcnow()
    kind = "lobby.called" if visit.status == "waiting" else "lobby.recalled"
    record(session, actor, kind, visit.id, {"counter": counter, "at": now}, now=now)
    return visit


def call_next(
    session: Session, actor: Actor, counter: str, now: dt.datetime | None = None
) -> LobbyVisit:
    """The first of this station's waiting list (priority first, then by arrival) to this
    counter: never a resident who checked in at another station."""
    now = now or clock.utcnow()
    waiting = _waiting_rows(session, local_day(now), actor.station_id, limit=1)
    if not waiting:
        raise LobbyEmpty(phrase("אין ממתינים בלובי."))
    return call(session, actor, waiting[0].id, counter, now)


def end(
    session: Session,
    actor: Actor,
    visit_id: uuid.UUID,
    case_id: uuid.UUID | None,
    *,
    resident_id: uuid.UUID | None = None,
    now: dt.datetime | None = None,
) -> LobbyVisit:
    """The service at the counter ended (with the case opened for it, when there is one)."""
    require(session, actor.user_id, "lobby.work")
    visit = _open_visit(session, visit_id)
    now = now or clock.utcnow()
    record(
        session,
        actor,
        "lobby.ended",
        visit.id,
        {
            "case_id": case_id,
            "resident_id": resident_id if visit.resident_id is None else None,
            "at": now,
        },
        now=now,
    )
    return visit


def left(
    session: Session, actor: Actor, visit_id: uuid.UUID, now: dt.datetime | None = None
) -> LobbyVisit:
    """The resident left the lobby without being served."""
    require(session, actor.user_id, "lobby.work")
    visit = _open_visit(session, visit_id)
    now = now or clock.utcnow()
    record(session, actor, "lobby.left", visit.id, {"at": now}, now=now)
    return visit


def save_visit_case(
    session: Session,
    actor: Actor,
    visit_id: uuid.UUID,
    resident_id: uuid.UUID,
    items: list[ItemDraft],
    now: dt.datetime | None = None,
) -> Case:
    """Save the case of a called visit and end the visit, in the caller's transaction.

    The case's journey is the visit's: arrived at check-in, service from the call to now.
    """
    visit = _open_visit(session, visit_id)
    if visit.called_at is None:
        raise ValidationError(
            phrase("התור {ticket} עדיין לא נקרא לעמדה.").format(ticket=visit.ticket)
        )
    now = now or clock.utcnow()
    case = open_case(
        session,
        actor,
        resident_id,
        items,
        arrived_at=visit.arrived_at,
        service_started_at=visit.called_at,
        now=now,
    )
    end(session, actor, visit.id, case.id, resident_id=resident_id, now=now)
    return case


# --- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitView:
    """A visit as the counter sees it (the display never gets one: it has the ticket only)."""

    id: uuid.UUID
    ticket: str
    name: str
    first_name: str
    resident_id: uuid.UUID | None
    reason: str
    priority: str
    priority_reason: str
    status: str
    arrived_at: dt.datetime
    called_at: dt.datetime | None
    counter: str
    called_by: str
    station: str = ""  # the code of the station where the resident checked in

    @property
    def priority_label(self) -> str:
        return "" if self.priority == "none" else PRIORITY_LABELS[self.priority]

    def waited_minutes(self, now: dt.datetime) -> int:
        return max(0, int(((self.called_at or now) - self.arrived_at).total_seconds() // 60))


def _first_name(first: str | None, typed: str) -> str:
    return first if first else (typed.split() or [""])[0]


def _views(session: Session, stmt) -> list[VisitView]:  # noqa: ANN001
    rows = session.execute(
        stmt.add_columns(Resident.first_name, Resident.last_name, User.full_name, Station.code)
        .outerjoin(Resident, Resident.id == LobbyVisit.resident_id)
        .outerjoin(User, User.id == LobbyVisit.called_by)
        .outerjoin(Station, Station.id == LobbyVisit.station_id)
    ).all()
    return [
        VisitView(
            v.id,
            v.ticket,
            f"{first} {last}".strip() if first is not None else v.typed_name,
            _first_name(first, v.typed_name),
            v.resident_id,
            v.reason,
            v.priority,
            v.priority_reason,
            v.status,
            v.arrived_at,
            v.called_at,
            v.counter,
            clerk or "",
            station or "",
        )
        for v, first, last, clerk, station in rows
    ]


def _waiting_order():  # noqa: ANN202
    # Priority (any kind the law gives) before everyone else, then who came first.
    return ((LobbyVisit.priority == "none"), LobbyVisit.arrived_at, LobbyVisit.id)


def _waiting_rows(
    session: Session, day: dt.date, station_id: uuid.UUID, limit: int | None = None
) -> list[LobbyVisit]:
    stmt = (
        select(LobbyVisit)
        .where(
            LobbyVisit.ticket_day == day,
            LobbyVisit.status == "waiting",
            LobbyVisit.station_id == station_id,
        )
        .order_by(*_waiting_order())
    )
    if limit:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def waiting_list(
    session: Session, actor: Actor, now: dt.datetime | None = None, *, everywhere: bool = False
) -> list[VisitView]:
    """Today's residents waiting at this station (`everywhere`: at every station of the
    council, each labelled with its station) in the order they will be called."""
    require(session, actor.user_id, "lobby.read")
    return _waiting_list(session, now, everywhere)


def _waiting_list(session: Session, now: dt.datetime | None, everywhere: bool) -> list[VisitView]:
    day = local_day(now or clock.utcnow())
    stmt = select(LobbyVisit).where(LobbyVisit.ticket_day == day, LobbyVisit.status == "waiting")
    return _views(session, _at_station(session, stmt, everywhere).order_by(*_waiting_order()))


def get_visit(session: Session, actor: Actor, visit_id: uuid.UUID) -> VisitView:
    require(session, actor.user_id, "lobby.read")
    found = _views(session, select(LobbyVisit).where(LobbyVisit.id == visit_id))
    if not found:
        raise VisitNotFound(phrase("הביקור לא נמצא."))
    return found[0]


def called_now(
    session: Session, actor: Actor, now: dt.datetime | None = None, *, everywhere: bool = False
) -> list[VisitView]:
    """Today's residents called to a counter of this station (`everywhere`: of any station)
    and not finished yet, latest call first."""
    require(session, actor.user_id, "lobby.read")
    return _called_now(session, now, everywhere)


def _called_now(session: Session, now: dt.datetime | None, everywhere: bool) -> list[VisitView]:
    day = local_day(now or clock.utcnow())
    stmt = select(LobbyVisit).where(LobbyVisit.ticket_day == day, LobbyVisit.status == "called")
    return _views(
        session, _at_station(session, stmt, everywhere).order_by(LobbyVisit.last_called_at.desc())
    )


def last_counter(session: Session, user_id: uuid.UUID | None) -> str:
    """The counter this clerk last called someone to ('' when never)."""
    require(session, user_id, "lobby.work")
    return (
        session.scalar(
            select(LobbyVisit.counter)
            .where(LobbyVisit.called_by == user_id)
            .order_by(LobbyVisit.called_at.desc())
            .limit(1)
        )
        or ""
    )


@dataclass(frozen=True)
class WaitEstimate:
    service_minutes: float  # median call-to-end of recent visits (or the default)
    samples: int  # how many visits that median came from
    counters: int  # counters that called someone in the last hour (at least 1)
    waiting: int

    @property
    def minutes(self) -> int:
        """Expected wait of a resident who checks in now, in whole minutes."""
        return round(self.waiting / self.counters * self.service_minutes)


def expected_wait(
    session: Session, now: dt.datetime | None = None, *, everywhere: bool = False
) -> WaitEstimate:
    """The wait of a resident who checks in now at this station (`everywhere`: the council's
    lobbies taken together)."""
    now = now or clock.utcnow()
    recent = session.execute(
        _at_station(
            session,
            select(LobbyVisit.called_at, LobbyVisit.ended_at).where(
                LobbyVisit.status == "done",
                LobbyVisit.called_at.is_not(None),
                LobbyVisit.ended_at >= now - dt.timedelta(days=SERVICE_DAYS),
            ),
            everywhere,
        )
        .order_by(LobbyVisit.ended_at.desc())
        .limit(SERVICE_SAMPLE)
    ).all()
    durations = [(end - start).total_seconds() / 60 for start, end in recent if end >= start]
    service = (
        statistics.median(durations) if len(durations) >= MIN_SAMPLES else DEFAULT_SERVICE_MINUTES
    )
    counters = (
        session.scalar(
            _at_station(
                session,
                select(func.count(func.distinct(LobbyVisit.counter))).where(
                    LobbyVisit.last_called_at >= now - ACTIVE_COUNTER_WINDOW
                ),
                everywhere,
            )
        )
        or 0
    )
    waiting = (
        session.scalar(
            _at_station(
                session,
                select(func.count())
                .select_from(LobbyVisit)
                .where(LobbyVisit.ticket_day == local_day(now), LobbyVisit.status == "waiting"),
                everywhere,
            )
        )
        or 0
    )
    return WaitEstimate(service, len(durations), max(1, counters), waiting)


@dataclass(frozen=True)
class Serving:
    clerk: str
    counter: str
    since: dt.datetime
    ticket: str
    station: str = ""


@dataclass(frozen=True)
class LiveLobby:
    """The supervisor's view of the lobby right now."""

    waiting: int
    priority_waiting: int
    longest_wait_minutes: int
    longest_ticket: str
    serving: tuple[Serving, ...]
    served_today: int
    left_today: int
    estimate: WaitEstimate
    everywhere: bool = False  # the whole council's lobbies, not only this station's


def live_state(
    session: Session, actor: Actor, now: dt.datetime | None = None, *, everywhere: bool = False
) -> LiveLobby:
    """This station's lobby now; `everywhere`: the whole council's, each counter labelled with
    its station."""
    require(session, actor.user_id, "lobby.read")
    now = now or clock.utcnow()
    waiting = _waiting_list(session, now, everywhere)
    oldest = min(waiting, key=lambda v: v.arrived_at, default=None)
    serving = tuple(
        Serving(v.called_by, v.counter, v.called_at or v.arrived_at, v.ticket, v.station)
        for v in sorted(_called_now(session, now, everywhere), key=lambda v: (v.station, v.counter))
    )
    ended = dict(
        session.execute(
            _at_station(
                session,
                select(LobbyVisit.status, func.count()).where(
                    LobbyVisit.ticket_day == local_day(now), LobbyVisit.status.in_(("done", "left"))
                ),
                everywhere,
            ).group_by(LobbyVisit.status)
        ).all()
    )
    return LiveLobby(
        waiting=len(waiting),
        priority_waiting=sum(1 for v in waiting if v.priority != "none"),
        longest_wait_minutes=oldest.waited_minutes(now) if oldest else 0,
        longest_ticket=oldest.ticket if oldest else "",
        serving=serving,
        served_today=ended.get("done", 0),
        left_today=ended.get("left", 0),
        estimate=expected_wait(session, now, everywhere=everywhere),
        everywhere=everywhere,
    )


@dataclass(frozen=True)
class DisplayCall:
    """One call as the public sees it: a first name, a ticket and a counter, nothing else."""

    first_name: str
    ticket: str
    counter: str


@dataclass(frozen=True)
class DisplayState:
    calls: tuple[DisplayCall, ...]  # latest first
    waiting: int
    expected_minutes: int


def display_state(
    session: Session, actor: Actor, now: dt.datetime | None = None, last: int = 5
) -> DisplayState:
    """What this station's lobby display shows: today's latest calls, how many wait and for
    how long.

    Reads the first name only: the resident's ID and last name never leave this function.
    """
    require(session, actor.user_id, "lobby.read")
    now = now or clock.utcnow()
    rows = session.execute(
        _at_station(
            session,
            select(
                Resident.first_name, LobbyVisit.typed_name, LobbyVisit.ticket, LobbyVisit.counter
            )
            .select_from(LobbyVisit)
            .outerjoin(Resident, Resident.id == LobbyVisit.resident_id)
            .where(LobbyVisit.ticket_day == local_day(now), LobbyVisit.last_called_at.is_not(None)),
            False,
        )
        .order_by(LobbyVisit.last_called_at.desc())
        .limit(last)
    ).all()
    estimate = expected_wait(session, now)
    return DisplayState(
        tuple(
            DisplayCall(_first_name(first, typed), ticket, counter)
            for first, typed, ticket, counter in rows
        ),
        estimate.waiting,
        estimate.minutes,
    )
