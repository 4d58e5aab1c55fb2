"""Eligible extras: rules kept as data decide what else a resident is entitled to.

A rule is a condition over facts about the resident (profile, holdings, the case being typed),
an offer, the reason shown to the clerk and the request type it adds. Conditions are JSON:
{"all": [...]}, {"any": [...]}, {"not": {...}} and {"fact": NAME, "arg": ..., "op": OP,
"value": ...}; `op` defaults to "==" and `value` to true. Rules are checked when loaded, with a
message that names the rule and what is wrong.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from sqlalchemy import and_, bindparam, or_, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.convergence import SUFFIX_MARK, upsert_keyed
from desktop.core.errors import DalpakError
from desktop.core.oplog import Actor, applier, record, uuid_or_none
from desktop.core.permissions import require
from desktop.counter.residents import age_on
from desktop.extras.retirement import reached_retirement, retirement_age
from desktop.models import (
    DogLicence,
    EligibilityRule,
    HouseholdMember,
    OfferRecord,
    Operation,
    ParkingPermit,
    PropertyAccount,
    RequestType,
    Resident,
    ResidentStatus,
)
from desktop.phrases import phrase


class RuleError(DalpakError):
    pass


@dataclass
class Facts:
    """What is known about one resident, as the rules see it."""

    birth_date: dt.date | None = None
    gender: str = ""
    language: str = "he"
    preferred_channel: str = "phone"
    discounts: set[str] = field(default_factory=set)
    payer: bool = False
    statuses: set[str] = field(default_factory=set)
    permit_expiries: list[dt.date] = field(default_factory=list)
    dog_expiries: list[dt.date] = field(default_factory=list)
    children_births: list[dt.date] = field(default_factory=list)
    case_types: set[str] = field(default_factory=set)
    today: dt.date = field(default_factory=clock.local_today)


def _days_left(dates: list[dt.date], today: dt.date) -> int | None:
    return min((d - today).days for d in dates) if dates else None


def _child_aged(f: Facts, bounds: list[int]) -> bool:
    low, high = bounds
    return any(low <= (age_on(b, f.today) or -1) <= high for b in f.children_births)


SCHOOL_YEAR_STARTS = 9  # September: the school year and the registration for it


def school_year_start(today: dt.date) -> int:
    """The calendar year the next school year to register for begins: registration opens in
    the winter before it, so from September on that is next year's."""
    return today.year + 1 if today.month >= SCHOOL_YEAR_STARTS else today.year


def _child_in_cohort(f: Facts, bounds: list[int]) -> bool:
    """A child who turns `low` to `high` in the calendar year the next school year begins:
    kindergarten and first grade take children by year of birth, not by age on the day."""
    low, high = bounds
    start = school_year_start(f.today)
    return any(start - high <= b.year <= start - low for b in f.children_births)


# name -> (argument kind, value kind, how to read it)
FACTS: dict[str, tuple[str | None, str, Callable[[Facts, Any], Any]]] = {
    "age": (None, "number", lambda f, _a: age_on(f.birth_date, f.today)),
    "gender": (None, "text", lambda f, _a: f.gender),
    "language": (None, "text", lambda f, _a: f.language),
    "retirement_age_reached": (
        None,
        "bool",
        lambda f, _a: reached_retirement(f.birth_date, f.gender, f.today),
    ),
    "is_payer": (None, "bool", lambda f, _a: f.payer),
    "has_discount": ("text", "bool", lambda f, a: a in f.discounts),
    "has_status": ("text", "bool", lambda f, a: a in f.statuses),
    "has_permit": (None, "bool", lambda f, _a: bool(f.permit_expiries)),
    "permit_days_left": (None, "number", lambda f, _a: _days_left(f.permit_expiries, f.today)),
    "has_dog": (None, "bool", lambda f, _a: bool(f.dog_expiries)),
    "dog_licence_days_left": (None, "number", lambda f, _a: _days_left(f.dog_expiries, f.today)),
    "has_child_aged": ("range", "bool", _child_aged),
    "has_child_in_cohort": ("range", "bool", _child_in_cohort),
    "case_has_type": ("text", "bool", lambda f, a: any(t.startswith(a) for t in f.case_types)),
}
_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a is not None and a < b,
    "<=": lambda a, b: a is not None and a <= b,
    ">": lambda a, b: a is not None and a > b,
    ">=": lambda a, b: a is not None and a >= b,
    "in": lambda a, b: a in b,
}


def check_condition(cond: Any, rule: str) -> None:
    """Raise RuleError naming the rule when the condition is malformed."""

    def fail(why: str) -> None:
        raise RuleError(phrase("הכלל {rule}: {why}").format(rule=rule, why=why))

    if not isinstance(cond, dict) or len(cond) == 0:
        fail(phrase("תנאי חייב להיות אובייקט"))
    if "all" in cond or "any" in cond:
        parts = cond.get("all", cond.get("any"))
        if not isinstance(parts, list) or not parts:
            fail(phrase("all/any צריכים רשימה לא ריקה של תנאים"))
        for part in parts:
            check_condition(part, rule)
        return
    if "not" in cond:
        check_condition(cond["not"], rule)
        return
    name = cond.get("fact")
    if name not in FACTS:
        known = ", ".join(sorted(FACTS))
        fail(phrase("עובדה לא מוכרת: {name}. מוכרות: {known}").format(name=repr(name), known=known))
    arg_kind, value_kind, _read = FACTS[name]
    arg = cond.get("arg")
    if arg_kind == "text" and not isinstance(arg, str):
        fail(phrase("העובדה {name} צריכה arg טקסטואלי").format(name=name))
    if arg_kind == "range" and not (
        isinstance(arg, list) and len(arg) == 2 and all(isinstance(x, int) for x in arg)
    ):
        fail(phrase("העובדה {name} צריכה arg של [מגיל, עד גיל]").format(name=name))
    if arg_kind is None and arg is not None:
        fail(phrase("העובדה {name} אינה מקבלת arg").format(name=name))
    op = cond.get("op", "==")
    if op not in _OPS:
        fail(phrase("אופרטור לא מוכר: {op}").format(op=repr(op)))
    value = cond.get("value", True)
    kinds = {"bool": bool, "number": (int, float), "text": str}
    expected = (list,) if op == "in" else kinds[value_kind]
    if not isinstance(value, expected) or (value_kind == "number" and isinstance(value, bool)):
        fail(phrase("ערך מסוג שגוי לעובדה {name}: {value}").format(name=name, value=repr(value)))


def evaluate(cond: dict, facts: Facts) -> bool:
    if "all" in cond:
        return all(evaluate(c, facts) for c in cond["all"])
    if "any" in cond:
        return any(evaluate(c, facts) for c in cond["any"])
    if "not" in cond:
        return not evaluate(cond["not"], facts)
    _arg_kind, _value_kind, read = FACTS[cond["fact"]]
    return _OPS[cond.get("op", "==")](read(facts, cond.get("arg")), cond.get("value", True))


# --- a necessary condition in SQL, for scanning a whole council ------------------------------


# The lowest retirement age of anyone (women of the earliest band); men's is higher.
MIN_RETIREMENT_YEARS = min(retirement_age(dt.date.min, "F")[0], retirement_age(dt.date.min, "M")[0])


def _years_back(today: dt.date, years: int) -> dt.date:
    """The last day of the year `years` before: anyone born after it is younger than `years`."""
    return dt.date(today.year - years, 12, 31)


def _exists(model, *where):  # noqa: ANN001, ANN202
    return select(model.id).where(model.resident_id == Resident.id, *where).exists()


def _days_hint(model, column, op: str, value, today: dt.date):  # noqa: ANN001, ANN202
    """days_left OP value holds only for a resident with such a row (None compares false)."""
    if op in ("<=", "<") and isinstance(value, int | float):
        last = today + dt.timedelta(days=int(value) - (1 if op == "<" else 0))
        return _exists(model, column <= last)
    if op in ("<=", "<", ">=", ">", "=="):
        return _exists(model)
    return None


def sql_hint(cond: dict, today: dt.date):  # noqa: ANN201
    """A SQL condition on `residents` that every resident for whom `cond` holds also meets (it
    may let others through; they are then evaluated in Python), or None when nothing useful can
    be said. The scan uses it to skip the residents no proactive rule can fire for."""
    if "all" in cond:
        parts = [h for h in (sql_hint(c, today) for c in cond["all"]) if h is not None]
        return and_(*parts) if parts else None
    if "any" in cond:
        parts = [sql_hint(c, today) for c in cond["any"]]
        return None if any(h is None for h in parts) else or_(*parts)
    if "not" in cond:
        return None
    name, op, value = cond["fact"], cond.get("op", "=="), cond.get("value", True)
    arg = cond.get("arg")
    wants_true = op == "==" and value is True
    if name == "retirement_age_reached" and wants_true:
        return Resident.birth_date <= _years_back(today, MIN_RETIREMENT_YEARS)
    if (
        name == "age"
        and op in (">=", ">")
        and isinstance(value, int | float)
        and not isinstance(value, bool)
    ):
        return Resident.birth_date <= _years_back(today, int(value))
    if name == "is_payer" and wants_true:
        return _exists(PropertyAccount)
    if name == "has_permit" and wants_true:
        return _exists(ParkingPermit)
    if name == "has_dog" and wants_true:
        return _exists(DogLicence)
    if name == "has_status" and wants_true:
        return _exists(ResidentStatus, ResidentStatus.code == arg)
    if name in ("has_child_aged", "has_child_in_cohort") and wants_true:
        return _exists(HouseholdMember, HouseholdMember.relation == "child")
    if name == "permit_days_left":
        return _days_hint(ParkingPermit, ParkingPermit.expiry, op, value, today)
    if name == "dog_licence_days_left":
        return _days_hint(DogLicence, DogLicence.licence_expiry, op, value, today)
    return None


# --- rules as data --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def shipped_rules() -> list[dict]:
    text = (resources.files("desktop.resources") / "eligibility.json").read_text(encoding="utf-8")
    return json.loads(text)["rules"]


def check_rule(rule: dict) -> None:
    code = rule.get("code") or "?"
    for key in ("code", "offer", "reason", "request_type", "when"):
        if not rule.get(key):
            raise RuleError(phrase("הכלל {rule}: חסר השדה {field}").format(rule=code, field=key))
    if SUFFIX_MARK in code:
        raise RuleError(
            phrase("הכלל {rule}: התו {mark} שמור למערכת").format(rule=code, mark=SUFFIX_MARK)
        )
    check_condition(rule["when"], code)
    if rule.get("period", "once") not in ("once", "permit", "dog"):
        raise RuleError(
            phrase("הכלל {rule}: period חייב להיות once, permit או dog").format(rule=code)
        )
    if rule.get("proactive"):
        letter = rule.get("letter") or {}
        if not letter.get("subject") or not letter.get("done"):
            raise RuleError(
                phrase("הכלל {rule}: לכלל יזום נדרש מכתב עם subject ו-done").format(rule=code)
            )


@applier("rule.upserted")
def _apply_rule(session: Session, op: Operation) -> None:
    # The latest by clock everywhere; two rules added apart with one code: see convergence.
    p = op.payload

    def write(row: EligibilityRule) -> None:
        row.offer, row.reason = p["offer"], p["reason"]
        row.request_type_code, row.condition = p["request_type"], p["when"]
        row.proactive, row.active = bool(p.get("proactive")), bool(p.get("active", True))
        row.period, row.letter = p.get("period", "once"), p.get("letter", {})

    upsert_keyed(session, op, EligibilityRule, "code", p["code"], write)


def save_rule(session: Session, actor: Actor, rule: dict) -> None:
    """Add or change a rule: a supervisor's edit, checked first."""
    require(session, actor.user_id, "rules.edit")
    _save_rule(session, actor, rule)


def _save_rule(session: Session, actor: Actor, rule: dict) -> None:
    check_rule(rule)
    if (
        session.scalar(select(RequestType.id).where(RequestType.code == rule["request_type"]))
        is None
    ):
        raise RuleError(
            phrase("הכלל {rule}: סוג הפנייה {type} אינו בקטלוג").format(
                rule=rule["code"], type=rule["request_type"]
            )
        )
    existing = session.scalar(select(EligibilityRule).where(EligibilityRule.code == rule["code"]))
    if existing is not None and (
        existing.offer,
        existing.reason,
        existing.request_type_code,
        existing.condition,
        existing.proactive,
        existing.period,
        existing.letter,
    ) == (
        rule["offer"],
        rule["reason"],
        rule["request_type"],
        rule["when"],
        bool(rule.get("proactive")),
        rule.get("period", "once"),
        rule.get("letter", {}),
    ):
        return
    record(session, actor, "rule.upserted", existing.id if existing else clock.new_id(), rule)


def seed_rules(session: Session, actor: Actor) -> None:
    """Load the shipped set: the system's own act, with no user."""
    require(session, actor.user_id, "reference.seed")
    for rule in shipped_rules():
        _save_rule(session, actor, rule)


@dataclass(frozen=True)
class LoadedRule:
    code: str
    offer: str
    reason: str
    request_type_id: uuid.UUID
    request_type_code: str
    condition: dict
    proactive: bool
    period: str = "once"
    letter: dict = field(default_factory=dict)


_ACTIVE_RULES = (
    select(
        EligibilityRule.code,
        EligibilityRule.offer,
        EligibilityRule.reason,
        RequestType.id,
        EligibilityRule.request_type_code,
        EligibilityRule.condition,
        EligibilityRule.proactive,
        EligibilityRule.period,
        EligibilityRule.letter,
    )
    .join(RequestType, RequestType.code == EligibilityRule.request_type_code)
    .where(EligibilityRule.active)
    .order_by(EligibilityRule.code)
)


def active_rules(session: Session) -> list[LoadedRule]:
    """The active rules whose request type is in the catalogue, checked, ordered by code.

    One query of plain columns (no ORM objects, no catalogue JSON): the extras panel asks for
    this at every change of the case."""
    out = []
    for (
        code,
        offer,
        reason,
        type_id,
        type_code,
        condition,
        proactive,
        period,
        letter,
    ) in session.connection().execute(_ACTIVE_RULES):
        check_condition(condition, code)
        out.append(
            LoadedRule(
                code,
                offer,
                reason,
                type_id,
                type_code,
                condition,
                proactive,
                period,
                dict(letter or {}),
            )
        )
    return out


# --- one resident at the counter ------------------------------------------------------------


# Built once: the panel asks at every change of the case, and building a statement costs more
# than running it on an indexed column.
_RID = bindparam("rid")
_TODAY = bindparam("today")
_RESIDENT_FACTS = select(
    Resident.birth_date, Resident.gender, Resident.language, Resident.preferred_channel
).where(Resident.id == _RID)
_DISCOUNTS = select(PropertyAccount.discounts).where(PropertyAccount.resident_id == _RID)
_STATUSES = select(ResidentStatus.code).where(
    ResidentStatus.resident_id == _RID,
    (ResidentStatus.since.is_(None)) | (ResidentStatus.since <= _TODAY),
    (ResidentStatus.until.is_(None)) | (ResidentStatus.until >= _TODAY),
)
_PERMITS = select(ParkingPermit.expiry).where(ParkingPermit.resident_id == _RID)
_DOGS = select(DogLicence.licence_expiry).where(DogLicence.resident_id == _RID)
_CHILDREN = select(HouseholdMember.birth_date).where(
    HouseholdMember.resident_id == _RID,
    HouseholdMember.relation == "child",
    HouseholdMember.birth_date.is_not(None),
)
_DECLINED = select(OfferRecord.rule_code).where(
    OfferRecord.resident_id == _RID,
    OfferRecord.outcome == "declined",
    OfferRecord.at >= bindparam("since"),
)


def facts_for(
    session: Session,
    resident_id: uuid.UUID,
    case_type_codes: set[str] = frozenset(),
    today: dt.date | None = None,
) -> Facts:
    today = today or clock.local_today()
    params = {"rid": resident_id, "today": today}
    conn = session.connection()  # Core rows: no ORM result machinery for plain columns
    birth, gender, language, channel = conn.execute(_RESIDENT_FACTS, params).one()

    def values(stmt) -> list:  # noqa: ANN001
        return list(conn.execute(stmt, params).scalars())

    discounts = values(_DISCOUNTS)
    return Facts(
        birth_date=birth,
        gender=gender,
        language=language,
        preferred_channel=channel,
        discounts={d for ds in discounts for d in ds},
        payer=bool(discounts),
        statuses=set(values(_STATUSES)),
        permit_expiries=values(_PERMITS),
        dog_expiries=values(_DOGS),
        children_births=values(_CHILDREN),
        case_types=set(case_type_codes),
        today=today,
    )


@dataclass(frozen=True)
class Offer:
    rule_code: str
    offer: str
    reason: str
    request_type_id: uuid.UUID


def offers_for(
    session: Session,
    actor: Actor,
    resident_id: uuid.UUID,
    case_type_codes: set[str] = frozenset(),
    today: dt.date | None = None,
    rules: list[LoadedRule] | None = None,
) -> list[Offer]:
    """The extras to show beside the case: rules that hold, not already in the case, not declined
    within the quiet period."""
    from desktop.core import settings

    require(session, actor.user_id, "extras.offer")
    today = today or clock.local_today()
    facts = facts_for(session, resident_id, case_type_codes, today)
    quiet_since = clock.utcnow() - dt.timedelta(days=settings.get("decline_quiet_days"))
    declined = set(
        session.connection()
        .execute(_DECLINED, {"rid": resident_id, "since": quiet_since})
        .scalars()
    )
    out = []
    for rule in rules if rules is not None else active_rules(session):
        if rule.code in declined or rule.request_type_code in case_type_codes:
            continue
        if evaluate(rule.condition, facts):
            out.append(Offer(rule.code, rule.offer, rule.reason, rule.request_type_id))
    return out


@applier("offer.recorded")
def _apply_offer(session: Session, op: Operation) -> None:
    p = op.payload
    session.add(
        OfferRecord(
            id=op.entity_id,
            resident_id=uuid.UUID(p["resident_id"]),
            rule_code=p["rule_code"],
            case_id=uuid_or_none(p.get("case_id")),
            outcome=p["outcome"],
            reason=p.get("reason", ""),
            at=op.created_at,
            by=op.user_id,
        )
    )


def record_offer(
    session: Session,
    actor: Actor,
    resident_id: uuid.UUID,
    rule_code: str,
    outcome: str,
    reason: str = "",
    case_id: uuid.UUID | None = None,
) -> None:
    require(session, actor.user_id, "extras.offer")
    if outcome not in ("shown", "accepted", "declined"):
        raise ValueError(outcome)
    if outcome == "declined" and not reason.strip():
        raise DalpakError(phrase("יש לרשום בקצרה למה התושב/ת ויתר/ה על ההצעה."))
    record(
        session,
        actor,
        "offer.recorded",
        clock.new_id(),
        {
            "resident_id": resident_id,
            "rule_code": rule_code,
            "outcome": outcome,
            "reason": reason.strip(),
            "case_id": case_id,
        },
    )
