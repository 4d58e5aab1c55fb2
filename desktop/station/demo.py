"""A realistic demo of the Lower Galilee Regional Council: users, residents, past cases."""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.calendar import is_business_day
from desktop.core.identity import complete_national_id
from desktop.core.oplog import Actor, record_bulk
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.reference import council_data
from desktop.counter.residents import Channel, resident_row, token_rows
from desktop.extras.holdings import KINDS, holding_row
from desktop.models import Department, Locality, RequestType, Resident, ResidentNameToken, User
from desktop.station.seed import seed_reference_data

DEMO_PASSWORD = "dalpak2026"


@dataclass(frozen=True)
class DemoNames:
    male: tuple[str, ...]
    female: tuple[str, ...]
    last: tuple[str, ...]


@cache
def demo_names() -> DemoNames:
    """The first names (men's, women's) and family names the demo draws from, in a fixed order
    so that a seed gives the same residents (resources/demo/names.json)."""
    text = (resources.files("desktop.resources") / "demo" / "names.json").read_text(
        encoding="utf-8"
    )
    data = json.loads(text)
    return DemoNames(tuple(data["male"]), tuple(data["female"]), tuple(data["last"]))


@dataclass(frozen=True)
class DemoLogin:
    username: str
    full_name: str
    role: Role
    department: str


# username, full name, role, department code (for department staff), phone
_USERS = [
    ("dana", "דנה לוי", Role.CLERK, None, "04-6628211"),
    ("yossi", "יוסי אבוטבול", Role.CLERK, None, "04-6628212"),
    ("samira", "סמירה חלבי", Role.CLERK, None, "04-6628213"),
    ("miriam", "מרים שטרן", Role.SUPERVISOR, None, "04-6628201"),
    ("admin", "אבי כהן", Role.ADMIN, None, "04-6628299"),
    ("eng", "רונית ברק", Role.DEPARTMENT, "ENG", ""),
    ("env", "עמית גולן", Role.DEPARTMENT, "ENV", ""),
    ("edu", "ליאת פרץ", Role.DEPARTMENT, "EDU", ""),
    ("wel", "נועה חדד", Role.DEPARTMENT, "WEL", ""),
    ("rev", "משה דהן", Role.DEPARTMENT, "REV", ""),
    ("com", "שרה מזרחי", Role.DEPARTMENT, "COM", ""),
    ("sec", "אלון רבינוביץ", Role.DEPARTMENT, "SEC", ""),
]

_ACCESSIBILITY = [
    "מתנייד/ת בכיסא גלגלים",
    "לקות שמיעה: להעדיף הודעות כתובות",
    "לקות ראייה: מסמכים באותיות מוגדלות",
    "זקוק/ה לליווי בהגעה למשרדים",
    "מעדיף/ה שיחה איטית וברורה",
]
_LANGUAGES = ["he"] * 80 + ["ru"] * 8 + ["ar"] * 5 + ["en"] * 4 + ["am"] * 3
_CHANNELS = (
    [Channel.PHONE] * 35
    + [Channel.WHATSAPP] * 25
    + [Channel.SMS] * 15
    + [Channel.EMAIL] * 15
    + [Channel.IN_PERSON] * 7
    + [Channel.FACEBOOK] * 3
)


def demo_logins(session: Session) -> list[DemoLogin]:
    """The demo's logins that exist in this database."""
    deps = {d.id: d.name for d in session.scalars(select(Department))}
    users = {u.username: u for u in session.scalars(select(User))}
    return [
        DemoLogin(u.username, u.full_name, Role(u.role), deps.get(u.department_id, ""))
        for username, *_rest in _USERS
        if (u := users.get(username)) is not None
    ]


def create_demo_users(session: Session, actor: Actor) -> list[DemoLogin]:
    deps = {d.code: d for d in session.scalars(select(Department))}
    logins = []
    existing = set(session.scalars(select(User.username)))
    for username, name, role, dep_code, phone in _USERS:
        dep = deps.get(dep_code) if dep_code else None
        if username not in existing:
            create_user(
                session,
                actor,
                username=username,
                full_name=name,
                role=role,
                password=DEMO_PASSWORD,
                department_id=dep.id if dep else None,
                phone=phone or (dep.phone if dep else ""),
                email=f"{username}@glt.org.il",
            )
        logins.append(DemoLogin(username, name, role, dep.name if dep else ""))
    return logins


def _resident_payloads(
    rng: random.Random, count: int, localities: list[tuple[uuid.UUID, str]], today: dt.date
):  # noqa: ANN202
    streets = {loc["code"]: loc["streets"] for loc in council_data()["localities"]}
    ids = rng.sample(range(10_000_000, 99_999_999), count)
    phones = rng.sample(range(0, 10_000_000), count)
    names = demo_names()
    for n in range(count):
        gender = rng.choice("MF")
        first = rng.choice(names.male if gender == "M" else names.female)
        last = rng.choice(names.last)
        age_days = int(rng.triangular(0, 95, 38) * 365.25)
        loc_id, loc_code = localities[n % len(localities)]
        channel = rng.choice(_CHANNELS)
        email = (
            f"res{ids[n]}@example.co.il" if channel == Channel.EMAIL or rng.random() < 0.2 else ""
        )
        street = rng.choice(streets.get(loc_code) or ["משק"])
        yield {
            "national_id": complete_national_id(f"{ids[n]:08d}"),
            "first_name": first,
            "last_name": last,
            "birth_date": today - dt.timedelta(days=age_days),
            "gender": gender,
            "phone": f"05{rng.choice('0234578')}{phones[n]:07d}",
            "phone2": f"04{rng.randint(6000000, 6999999)}" if rng.random() < 0.15 else "",
            "email": email,
            "locality_id": loc_id,
            "address": f"{street} {rng.randint(1, 120)}",
            "preferred_channel": str(channel),
            "language": rng.choice(_LANGUAGES),
            "accessibility": rng.choice(_ACCESSIBILITY) if rng.random() < 0.05 else "",
        }


def create_demo_residents(
    session: Session,
    actor: Actor,
    count: int,
    seed: int,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 20_000,
) -> int:
    """Add `count` residents with valid, unique IDs, as operations and state rows in bulk."""
    rng = random.Random(seed)
    localities = [(loc.id, loc.code) for loc in session.scalars(select(Locality))]
    taken = set(session.scalars(select(Resident.national_id)))
    today = clock.local_today()
    pending: list[tuple[uuid.UUID, dict]] = []
    done = 0

    def flush() -> None:
        nonlocal done
        ops = record_bulk(session, actor, "resident.created", pending)
        residents, tokens = [], []
        for op in ops:
            residents.append(
                resident_row(op["entity_id"], op["hlc"], op["created_at"], op["payload"])
            )
            p = op["payload"]
            tokens += token_rows(op["entity_id"], f"{p['first_name']} {p['last_name']}")
        session.execute(Resident.__table__.insert(), residents)
        session.execute(ResidentNameToken.__table__.insert(), tokens)
        _demo_holdings(session, actor, rng, list(pending), today)
        done += len(pending)
        pending.clear()
        if progress:
            progress(done, count)

    for payload in _resident_payloads(rng, count, localities, today):
        if payload["national_id"] in taken:
            continue
        pending.append((clock.new_id(), payload))
        if len(pending) >= batch:
            flush()
    if pending:
        flush()
    return done


def _demo_holdings(
    session: Session,
    actor: Actor,
    rng: random.Random,
    residents: list[tuple[uuid.UUID, dict]],
    today: dt.date,
) -> None:
    """Realistic holdings for a batch of new residents, written in bulk like the residents."""
    by_kind: dict[str, list[tuple[uuid.UUID, dict]]] = {kind: [] for kind in KINDS}
    names = demo_names()

    def add(kind: str, data: dict) -> None:
        by_kind[kind].append((clock.new_id(), data))

    for rid, p in residents:
        birth = p["birth_date"]
        age = (today - birth).days // 365
        if age < 18:
            continue
        if rng.random() < 0.55:
            discounts = []
            if age >= 67 and rng.random() < 0.6:
                discounts.append("pensioner")
            add(
                "property_account",
                {
                    "resident_id": rid,
                    "account_number": f"{rng.randrange(10**7, 10**8)}-{len(by_kind['property_account'])}",
                    "address": p["address"],
                    "area_sqm": f"{rng.uniform(60, 240):.2f}",
                    "discounts": discounts,
                    "balance": f"{max(0.0, rng.gauss(150, 400)):.2f}",
                },
            )
        if rng.random() < 0.15:
            add(
                "dog_licence",
                {
                    "resident_id": rid,
                    "dog_name": rng.choice(["רקסי", "לוקי", "שוקו", "בל", "מקס", "לונה", "טופי"]),
                    "chip_number": f"{rng.randrange(10**14, 10**15)}",
                    "licence_expiry": today + dt.timedelta(days=rng.randint(-60, 330)),
                    "rabies_vaccinated_on": today - dt.timedelta(days=rng.randint(20, 400)),
                },
            )
        if rng.random() < 0.2:
            add(
                "parking_permit",
                {
                    "resident_id": rid,
                    "vehicle_plate": f"{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}",
                    "expiry": today + dt.timedelta(days=rng.randint(-30, 365)),
                },
            )
        if 25 <= age <= 50 and rng.random() < 0.45:
            for _ in range(rng.choice([1, 1, 2, 3])):
                add(
                    "household_member",
                    {
                        "resident_id": rid,
                        "name": rng.choice(names.male + names.female),
                        "relation": "child",
                        "birth_date": today - dt.timedelta(days=rng.randint(365, 17 * 365)),
                    },
                )
        if 18 <= age <= 21 and rng.random() < 0.5:
            add(
                "status",
                {
                    "resident_id": rid,
                    "code": "soldier",
                    "since": today - dt.timedelta(days=200),
                    "until": today + dt.timedelta(days=500),
                },
            )
        elif rng.random() < 0.03:
            add(
                "status",
                {
                    "resident_id": rid,
                    "code": "new_immigrant",
                    "since": today - dt.timedelta(days=rng.randint(30, 900)),
                    "until": None,
                },
            )
        elif rng.random() < 0.04:
            add(
                "status",
                {"resident_id": rid, "code": "single_parent", "since": None, "until": None},
            )
    for kind, changes in by_kind.items():
        if not changes:
            continue
        ops = record_bulk(
            session,
            actor,
            "holding.upserted",
            [(eid, {"kind": kind, "data": data}) for eid, data in changes],
        )
        rows = [holding_row(kind, op["entity_id"], op["payload"]["data"]) for op in ops]
        session.execute(KINDS[kind].__table__.insert(), rows)


def create_demo_cases(session: Session, clerks: list[Actor], count: int, seed: int) -> int:
    """Past visits of the last three weeks, with one to three items each."""
    rng = random.Random(seed + 1)
    types = list(session.scalars(select(RequestType).where(RequestType.active)))
    total = session.scalar(select(func.count()).select_from(Resident)) or 0
    if not types or not total or not clerks:
        return 0
    now = clock.utcnow()
    made = 0
    for end in _visit_ends(rng, now, count):
        resident_id = session.scalar(
            select(Resident.id).order_by(Resident.id).offset(rng.randrange(total)).limit(1)
        )
        start = end - dt.timedelta(minutes=rng.uniform(3, 15))
        arrived = start - dt.timedelta(minutes=rng.uniform(0, 25))
        items = [
            ItemDraft(rt.id, rng.choice(["", "", "לפי שיחה בדלפק", "דחוף לתושב"]))
            for rt in rng.sample(types, rng.choice([1, 1, 2, 2, 3]))
        ]
        open_case(
            session,
            rng.choice(clerks),
            resident_id,
            items,
            service_started_at=start,
            arrived_at=arrived,
            now=end,
        )
        made += 1
    return made


OPENING = (dt.time(8, 30), dt.time(15, 30))  # when the counter serves (local time)


def _visit_ends(rng: random.Random, now: dt.datetime, count: int) -> list[dt.datetime]:
    """When `count` past visits ended, oldest first: on business days (Sunday to Thursday, no
    holiday) of the last three weeks, within opening hours, none after `now`."""
    tz = ZoneInfo(clock.LOCAL_TZ_NAME)
    local_now = now.astimezone(tz)
    days = [d for n in range(22) if is_business_day(d := local_now.date() - dt.timedelta(days=n))]
    opens = OPENING[0].hour * 60 + OPENING[0].minute
    closes = OPENING[1].hour * 60 + OPENING[1].minute
    ends = []
    while days and len(ends) < count:
        day = rng.choice(days)
        minute = rng.uniform(opens + 20, closes)
        moment = dt.datetime.combine(day, dt.time(), tz) + dt.timedelta(minutes=minute)
        if moment <= local_now:
            ends.append(moment.astimezone(dt.UTC))
        elif len(days) == 1:
            break  # only today is a business day, and its opening hours are still to come
    return sorted(ends)


_LOBBY_REASONS = ["ארנונה", "פינוי גזם", "רישום לגן", "היתר בנייה", "שאלה על חשבון מים", "רווחה"]
_PRIORITIES = [
    ("elderly", "בן/בת {age}"),
    ("disability", "מתנייד/ת בכיסא גלגלים"),
    ("pregnancy", "חודש שמיני"),
]


def _fits(priority: str, today: dt.date) -> list:
    """Who the priority can be true of: the elderly are 75 and over, a pregnant resident is a
    woman of 18 to 45."""
    if priority == "elderly":
        return [Resident.birth_date <= dt.date(today.year - 75, today.month, min(today.day, 28))]
    if priority == "pregnancy":
        return [
            Resident.gender == "F",
            Resident.birth_date <= dt.date(today.year - 18, today.month, min(today.day, 28)),
            Resident.birth_date > dt.date(today.year - 45, today.month, min(today.day, 28)),
        ]
    return []


def create_demo_lobby(session: Session, clerks: list[Actor], seed: int, waiting: int = 5) -> int:
    """This morning's lobby: a few visits already served (for the wait estimate) and a few
    residents waiting now, one of them with priority. Returns how many wait."""
    from desktop.lobby import visits as lobby

    rng = random.Random(seed + 2)
    total = session.scalar(select(func.count()).select_from(Resident)) or 0
    if not total or not clerks:
        return 0
    now = clock.utcnow()

    def someone(*where) -> uuid.UUID:  # noqa: ANN002
        count = session.scalar(select(func.count()).select_from(Resident).where(*where)) or 0
        stmt = select(Resident.id).where(*where) if count else select(Resident.id)
        return session.scalar(
            stmt.order_by(Resident.id).offset(rng.randrange(count or total)).limit(1)
        )

    # Served earlier, ending before the first of those waiting now arrived.
    for n in range(3):
        clerk = clerks[n % len(clerks)]
        arrived = now - dt.timedelta(minutes=95 - 20 * n)
        called = arrived + dt.timedelta(minutes=rng.uniform(2, 10))
        visit = lobby.check_in(
            session, clerk, resident_id=someone(), reason=rng.choice(_LOBBY_REASONS), now=arrived
        )
        lobby.call(session, clerk, visit.id, str(n % 2 + 1), now=called)
        lobby.end(
            session, clerk, visit.id, None, now=called + dt.timedelta(minutes=rng.uniform(5, 12))
        )
    today = clock.local_today()
    for n in range(waiting):
        priority, reason = (
            _PRIORITIES[rng.randrange(len(_PRIORITIES))] if n == waiting - 2 else ("none", "")
        )
        resident_id = someone(*_fits(priority, today))
        if priority == "elderly":
            birth = session.scalar(select(Resident.birth_date).where(Resident.id == resident_id))
            reason = reason.format(
                age=today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
            )
        lobby.check_in(
            session,
            clerks[0],
            resident_id=resident_id,
            reason=rng.choice(_LOBBY_REASONS),
            priority=priority,
            priority_reason=reason,
            now=now - dt.timedelta(minutes=4 * (waiting - n)),
        )
    return waiting


def build_demo(
    session: Session,
    actor: Actor,
    *,
    residents: int = 2000,
    seed: int = 7,
    cases: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[DemoLogin]:
    """Everything the demo needs, in the caller's transaction. Returns the logins to print."""
    seed_reference_data(session, actor)
    session.flush()
    logins = create_demo_users(session, actor)
    session.flush()
    create_demo_residents(session, actor, residents, seed, progress)
    clerk_rows = session.scalars(select(User).where(User.role == Role.CLERK)).all()
    clerks = [Actor(u.id, actor.station_id, actor.station_code) for u in clerk_rows]
    n_cases = cases if cases is not None else min(120, max(10, residents // 20))
    create_demo_cases(session, clerks, n_cases, seed)
    create_demo_lobby(session, clerks, seed)
    return logins
