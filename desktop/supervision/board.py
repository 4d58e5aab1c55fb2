"""The supervisor's workload board: open items by department and by person, and the items
behind each figure. Every figure is one SQL aggregate over the open items (GROUP BY), read from
the board index, so that the board opens quickly over hundreds of thousands of items."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import and_, bindparam, case, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal

from desktop.core import clock, settings
from desktop.core.calendar import add_business_days
from desktop.core.oplog import Actor
from desktop.core.permissions import require
from desktop.followthrough.items import OPEN
from desktop.models import Case, CaseItem, Department, RequestType, Resident, User

LOCAL_TZ = ZoneInfo(clock.LOCAL_TZ_NAME)

# What a figure of the board counts; the drill-down shows the items of one of them.
MEASURES = ("open", "due_today", "overdue", "at_risk", "slipped", "unassigned")


@dataclass(frozen=True)
class BoardFilter:
    department_id: uuid.UUID | None = None
    assignee_id: uuid.UUID | None = None
    locality_id: uuid.UUID | None = None
    request_type_id: uuid.UUID | None = None
    min_age_days: int = 0  # only items opened at least this many days ago


@dataclass(frozen=True)
class BoardRow:
    """The open work of one department or one person (key None: the total)."""

    key: uuid.UUID | None
    name: str
    department: str
    open: int
    due_today: int
    overdue: int
    at_risk: int
    slipped: int
    unassigned: int


@dataclass(frozen=True)
class Board:
    today: dt.date
    at_risk_until: dt.date
    at_risk_days: int
    departments: list[BoardRow] = field(default_factory=list)
    people: list[BoardRow] = field(default_factory=list)
    total: BoardRow | None = None

    def figure(
        self,
        measure: str,
        department_id: uuid.UUID | None = None,
        assignee_id: uuid.UUID | None = None,
    ) -> int | None:
        """A count the board already holds (the total, a department's or a person's), so that
        a list of those items needs no count of its own; None when the board has no such row."""
        if department_id is None and assignee_id is None:
            row = self.total
        else:
            rows = self.departments if assignee_id is None else self.people
            key = department_id if assignee_id is None else assignee_id
            row = next((r for r in rows if r.key == key), None)
        return getattr(row, measure) if row is not None else None


@dataclass(frozen=True)
class BoardItem:
    """One open item as a supervisor needs to see it before moving it."""

    item_id: uuid.UUID
    case_id: uuid.UUID
    case_number: str
    resident: str
    request_type: str
    department: str
    assignee: str
    owner: str
    status: str
    expected_date: dt.date
    age_days: int
    handoffs: int
    slips: int
    overdue: bool
    due_today: bool
    at_risk: bool


def at_risk_days() -> int:
    return max(0, int(settings.get("at_risk_days")))


class _NotByIndex(ColumnElement):
    """A column that SQLite must not look up by index (written `+column`): without statistics
    it would fetch every item of the locality's cases by case id, row by row, rather than
    check each open item of the covering index against the (small) list of cases."""

    inherit_cache = True
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: ColumnElement) -> None:
        self.column = column
        self.type = column.type


@compiles(_NotByIndex)
def _as_is(element: _NotByIndex, compiler, **kw) -> str:  # noqa: ANN001
    return compiler.process(element.column, **kw)


@compiles(_NotByIndex, "sqlite")
def _unary_plus(element: _NotByIndex, compiler, **kw) -> str:  # noqa: ANN001
    return "+" + compiler.process(element.column, **kw)


def _not_by_index(column: ColumnElement) -> ColumnElement:
    return _NotByIndex(column)


def open_items():  # noqa: ANN202
    """status IN OPEN with the values written into the SQL rather than bound: only then can
    SQLite use the partial indexes of open items (models.cases.OPEN_ITEM_SQL)."""
    return CaseItem.status.in_(
        bindparam("open_statuses", list(OPEN), expanding=True, literal_execute=True)
    )


def _where(flt: BoardFilter, today: dt.date) -> list:
    """Conditions on the item alone (locality through the case's resident, as a sub-select)."""
    where = [open_items()]
    if flt.department_id is not None:
        where.append(CaseItem.department_id == flt.department_id)
    if flt.assignee_id is not None:
        where.append(CaseItem.assignee_id == flt.assignee_id)
    if flt.request_type_id is not None:
        where.append(CaseItem.request_type_id == flt.request_type_id)
    if flt.min_age_days > 0:
        # Opened before the start of the local day `min_age_days` ago.
        start = dt.datetime.combine(
            today - dt.timedelta(days=flt.min_age_days - 1), dt.time(), LOCAL_TZ
        )
        where.append(CaseItem.created_at < start.astimezone(dt.UTC))
    if flt.locality_id is not None:
        residents = select(Resident.id).where(Resident.locality_id == flt.locality_id)
        cases = select(Case.id).where(Case.resident_id.in_(residents))
        where.append(_not_by_index(CaseItem.case_id).in_(cases))
    return where


def _figures(today: dt.date, risk_until: dt.date) -> list:
    def count(condition) -> object:  # noqa: ANN001
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    return [
        func.count(),
        count(CaseItem.expected_date == today),
        count(CaseItem.expected_date < today),
        count(and_(CaseItem.expected_date > today, CaseItem.expected_date <= risk_until)),
        count(CaseItem.slips > 0),
        count(CaseItem.assignee_id.is_(None)),
    ]


def board(
    session: Session,
    actor: Actor,
    flt: BoardFilter = BoardFilter(),  # noqa: B008
    *,
    today: dt.date | None = None,
    risk_days: int | None = None,
) -> Board:
    """Open items counted by department and by person (items given to nobody in particular
    count for their department only)."""
    require(session, actor.user_id, "board.read")
    today = today or clock.local_today()
    risk_days = at_risk_days() if risk_days is None else risk_days
    risk_until = add_business_days(today, risk_days) if risk_days else today
    figures = _figures(today, risk_until)
    # One pass over the open items, by department and person; the two tables are sums of it.
    groups = session.execute(
        select(CaseItem.department_id, CaseItem.assignee_id, *figures)
        .where(*_where(flt, today))
        .group_by(CaseItem.department_id, CaseItem.assignee_id)
    ).all()
    by_department: dict[uuid.UUID, list[int]] = {}
    by_person: dict[uuid.UUID, list[int]] = {}
    for dep_id, user_id, *counts in groups:
        for table, key in ((by_department, dep_id), (by_person, user_id)):
            if key is None:
                continue
            sums = table.setdefault(key, [0] * len(MEASURES))
            for n, value in enumerate(counts):
                sums[n] += value
    dep_names = {d.id: d.name for d in session.scalars(select(Department))}
    departments = sorted(
        (
            BoardRow(dep_id, dep_names.get(dep_id, "?"), dep_names.get(dep_id, "?"), *counts)
            for dep_id, counts in by_department.items()
        ),
        key=lambda r: (-r.overdue, -r.open, r.name),
    )
    users = (
        {u.id: u for u in session.scalars(select(User).where(User.id.in_(list(by_person))))}
        if by_person
        else {}
    )
    people = sorted(
        (
            BoardRow(
                user_id,
                users[user_id].full_name if user_id in users else "?",
                dep_names.get(users[user_id].department_id, "") if user_id in users else "",
                *counts[:-1],
                0,
            )
            for user_id, counts in by_person.items()
        ),
        key=lambda r: (-r.overdue, -r.open, r.name),
    )
    sums = [sum(getattr(r, name) for r in departments) for name in MEASURES]
    total = BoardRow(None, "", "", *sums)
    return Board(today, risk_until, risk_days, departments, people, total)


def _measure_condition(measure: str, today: dt.date, risk_until: dt.date):  # noqa: ANN202
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}")
    return {
        "open": None,
        "due_today": CaseItem.expected_date == today,
        "overdue": CaseItem.expected_date < today,
        "at_risk": and_(CaseItem.expected_date > today, CaseItem.expected_date <= risk_until),
        "slipped": CaseItem.slips > 0,
        "unassigned": CaseItem.assignee_id.is_(None),
    }[measure]


def _item_where(
    flt: BoardFilter, measure: str, today: dt.date, risk_days: int | None
) -> tuple[list, dt.date]:
    risk_days = at_risk_days() if risk_days is None else risk_days
    risk_until = add_business_days(today, risk_days) if risk_days else today
    where = _where(flt, today)
    condition = _measure_condition(measure, today, risk_until)
    if condition is not None:
        where.append(condition)
    return where, risk_until


def board_items(
    session: Session,
    actor: Actor,
    flt: BoardFilter = BoardFilter(),  # noqa: B008
    measure: str = "open",
    *,
    offset: int = 0,
    limit: int = 200,
    today: dt.date | None = None,
    risk_days: int | None = None,
) -> list[BoardItem]:
    """A page of the items behind a figure, the most overdue first. The page of ids is picked
    from the items alone; only those rows are joined for display."""
    require(session, actor.user_id, "board.read")
    today = today or clock.local_today()
    where, risk_until = _item_where(flt, measure, today, risk_days)
    order = (CaseItem.expected_date, CaseItem.created_at, CaseItem.id)
    page = select(CaseItem.id).where(*where).order_by(*order).offset(offset).limit(limit).subquery()
    assignee = User.__table__.alias("assignee")
    owner = User.__table__.alias("owner")
    rows = session.execute(
        select(
            CaseItem,
            Case.number,
            Resident.first_name,
            Resident.last_name,
            RequestType.name,
            Department.name,
            assignee.c.full_name,
            owner.c.full_name,
        )
        .join(page, page.c.id == CaseItem.id)
        .join(Case, Case.id == CaseItem.case_id)
        .join(Resident, Resident.id == Case.resident_id)
        .join(RequestType, RequestType.id == CaseItem.request_type_id)
        .join(Department, Department.id == CaseItem.department_id)
        .outerjoin(assignee, assignee.c.id == CaseItem.assignee_id)
        .join(owner, owner.c.id == Case.owner_id)
        .order_by(*order)
    )
    out = []
    for item, number, first, last, rtype, dep, assignee_name, owner_name in rows:
        opened = item.created_at.astimezone(LOCAL_TZ).date()
        out.append(
            BoardItem(
                item.id,
                item.case_id,
                number,
                f"{first} {last}",
                rtype,
                dep,
                assignee_name or "",
                owner_name or "",
                item.status,
                item.expected_date,
                (today - opened).days,
                item.handoffs,
                item.slips,
                item.expected_date < today,
                item.expected_date == today,
                today < item.expected_date <= risk_until,
            )
        )
    return out


def board_items_count(
    session: Session,
    actor: Actor,
    flt: BoardFilter = BoardFilter(),  # noqa: B008
    measure: str = "open",
    *,
    today: dt.date | None = None,
    risk_days: int | None = None,
) -> int:
    require(session, actor.user_id, "board.read")
    today = today or clock.local_today()
    where, _risk_until = _item_where(flt, measure, today, risk_days)
    return session.scalar(select(func.count()).select_from(CaseItem).where(*where)) or 0


@dataclass(frozen=True)
class Choice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class BoardChoices:
    """What the board's filters offer (small tables, read once)."""

    departments: list[Choice]
    people: list[Choice]
    localities: list[Choice]
    request_types: list[Choice]


def board_choices(session: Session) -> BoardChoices:
    from desktop.models import Locality

    def choices(stmt) -> list[Choice]:  # noqa: ANN001
        return [Choice(i, name) for i, name in session.execute(stmt)]

    return BoardChoices(
        choices(select(Department.id, Department.name).order_by(Department.name)),
        choices(select(User.id, User.full_name).where(User.active).order_by(User.full_name)),
        choices(select(Locality.id, Locality.name).order_by(Locality.name)),
        choices(
            select(RequestType.id, RequestType.name)
            .where(RequestType.active)
            .order_by(RequestType.name)
        ),
    )
