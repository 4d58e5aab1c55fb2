"""A small fixed journey data set for the figures, with values worked out by hand.

The period is 22-31 March 2026 (local days); Israel moves to summer time on Friday 27 March, so
the data crosses it. Some moments sit just past local midnight, where the UTC day differs.
The state rows are written directly: these tests check how the figures read them.

Cases (arrival local, waiting, service; owner; resident's locality; items):
  C0  22/3 00:20  30 min   -       yossi  B   I6
  C1  22/3 08:30  10 min   5 min   dana   A   I1
  C2  22/3 09:10  20.5 min 15 min  dana   B   I2 I3
  C3  29/3 08:45  0 min    10 min  yossi  A   I4
  C4   1/4 00:30  (outside the period: 31/3 21:30 UTC)   dana  B   I5
Items (type, expected, status, finished local, handoffs, slips):
  I1  REV-03  25/3  done    26/3 00:30 (25/3 UTC)  0  0   -> missed
  I2  ENV-01  30/3  done    29/3 10:00             3  1   -> kept
  I3  REV-03  26/3  open    -                      1  2   -> missed (today 10/4), 19 days old
  I4  ENV-01  20/4  open    -                      2  0   -> not yet due, 12 days old
  I6  REV-03  27/3  cannot  24/3 12:00             0  0   -> kept
  I5  REV-03  (opened 1/4, outside)                5  4
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.models import Case, CaseItem, Locality, OfferRecord, RequestType, Resident, Task

TZ = ZoneInfo("Asia/Jerusalem")
START = dt.date(2026, 3, 22)
END = dt.date(2026, 3, 31)
TODAY = dt.date(2026, 4, 10)


def local(day: int, month: int, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, minute, second, tzinfo=TZ).astimezone(dt.UTC)


@dataclass
class Data:
    dana: object
    yossi: object
    loc_a: object
    loc_b: object
    rev_type: object
    env_type: object
    rev_dep: object
    env_dep: object
    boss: Actor  # a supervisor, who may read the figures


def build(session: Session, clerk: Actor) -> Data:
    types = {t.code: t for t in session.scalars(select(RequestType))}
    rev_type, env_type = types["REV-03"], types["ENV-01"]
    loc_a, loc_b = list(session.scalars(select(Locality).order_by(Locality.code)))[:2]
    yossi = create_user(
        session,
        Actor(None, clerk.station_id, clerk.station_code),
        username="yossi",
        full_name="יוסי מזרחי",
        role=Role.CLERK,
        password="clerk-pass-1",
    )
    boss = create_user(
        session,
        Actor(None, clerk.station_id, clerk.station_code),
        username="figures-boss",
        full_name="מרים שטרן",
        role=Role.SUPERVISOR,
        password="boss-pass-12",
    )
    session.flush()
    dana = clerk.user_id
    now = clock.utcnow()

    def resident(first: str, locality) -> Resident:
        row = Resident(
            id=clock.new_id(),
            national_id="000000018",
            first_name=first,
            last_name="בדיקה",
            locality_id=locality.id,
            created_hlc="0",
            field_clocks={},
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        return row

    r_a, r_b = resident("אורי", loc_a), resident("בתיה", loc_b)
    session.flush()

    def visit(number: str, owner, res, arrived: dt.datetime, wait: float, service: float | None):
        started = arrived + dt.timedelta(minutes=wait)
        ended = started + dt.timedelta(minutes=service) if service is not None else None
        row = Case(
            id=clock.new_id(),
            number=number,
            resident_id=res.id,
            owner_id=owner,
            station_id=clerk.station_id,
            status="open",
            arrived_at=arrived,
            service_started_at=started,
            service_ended_at=ended,
            created_at=ended or started,
        )
        session.add(row)
        return row

    c0 = visit("T-0", yossi.id, r_b, local(22, 3, 0, 20), 30, None)
    c1 = visit("T-1", dana, r_a, local(22, 3, 8, 30), 10, 5)
    c2 = visit("T-2", dana, r_b, local(22, 3, 9, 10), 20.5, 15)
    c3 = visit("T-3", yossi.id, r_a, local(29, 3, 8, 45), 0, 10)
    c4 = visit("T-4", dana, r_b, local(1, 4, 0, 30), 5, 5)
    session.flush()

    def item(case_row, rtype, created, expected, status, finished, handoffs, slips):
        row = CaseItem(
            id=clock.new_id(),
            case_id=case_row.id,
            position=1,
            request_type_id=rtype.id,
            department_id=rtype.department_id,
            next_steps=[],
            documents=[],
            expected_date=expected,
            status=status,
            created_at=created,
            handoffs=handoffs,
            slips=slips,
            finished_at=finished,
        )
        session.add(row)
        return row

    item(c1, rev_type, local(22, 3, 8, 45), dt.date(2026, 3, 25), "done", local(26, 3, 0, 30), 0, 0)
    i2 = item(
        c2, env_type, local(22, 3, 9, 45), dt.date(2026, 3, 30), "done", local(29, 3, 10), 3, 1
    )
    item(c2, rev_type, local(22, 3, 9, 45), dt.date(2026, 3, 26), "in_progress", None, 1, 2)
    item(c3, env_type, local(29, 3, 8, 55), dt.date(2026, 4, 20), "received", None, 2, 0)
    item(c4, rev_type, local(1, 4, 0, 40), dt.date(2026, 4, 15), "done", local(2, 4, 9), 5, 4)
    i6 = item(
        c0, rev_type, local(22, 3, 0, 30), dt.date(2026, 3, 27), "cannot", local(24, 3, 12), 0, 0
    )
    session.flush()

    def task(kind, case_row, item_row, owner, due, done, satisfaction=None):
        session.add(
            Task(
                id=clock.new_id(),
                kind=kind,
                case_id=case_row.id,
                item_id=item_row.id if item_row else None,
                owner_id=owner,
                due_date=due,
                created_at=now,
                done_at=done,
                done_by=owner if done else None,
                reached=True if done else None,
                satisfaction=satisfaction,
            )
        )

    task("callback", c2, i2, dana, dt.date(2026, 3, 30), local(30, 3, 10))
    task("callback", c0, i6, yossi.id, dt.date(2026, 3, 25), None)
    task("followup", c1, None, dana, dt.date(2026, 3, 24), local(24, 3, 11), 5)
    task("followup", c2, None, dana, dt.date(2026, 3, 28), local(28, 3, 10), 2)
    task("followup", c3, None, yossi.id, dt.date(2026, 3, 29), local(29, 3, 12), 4)
    task("followup", c0, None, yossi.id, dt.date(2026, 4, 2), local(2, 4, 10), 1)
    task("followup", c0, None, yossi.id, dt.date(2026, 3, 31), None)

    def offer(res, rule, outcome, at, by):
        session.add(
            OfferRecord(
                id=clock.new_id(),
                resident_id=res.id,
                rule_code=rule,
                outcome=outcome,
                reason="",
                at=at,
                by=by,
            )
        )

    offer(r_a, "SOLDIER_DISCOUNT", "accepted", local(23, 3, 9), dana)
    offer(r_b, "DOG_LICENCE", "declined", local(24, 3, 9), dana)
    offer(r_a, "SOLDIER_DISCOUNT", "shown", local(25, 3, 9), yossi.id)
    offer(r_b, "SOLDIER_DISCOUNT", "accepted", local(5, 4, 9), dana)
    session.flush()
    return Data(
        dana,
        yossi.id,
        loc_a.id,
        loc_b.id,
        rev_type.id,
        env_type.id,
        rev_type.department_id,
        env_type.department_id,
        Actor(boss.id, clerk.station_id, clerk.station_code),
    )
