"""Eligible extras as data: every shipped rule fires when it should and only then."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core.errors import DalpakError
from desktop.counter.residents import ResidentForm, create_resident
from desktop.extras.eligibility import (
    Facts,
    RuleError,
    check_rule,
    evaluate,
    offers_for,
    record_offer,
    shipped_rules,
)
from desktop.extras.holdings import save_holding
from tests.test_phrases import HEBREW

TODAY = dt.date(2026, 11, 23)
RULES = {r["code"]: r for r in shipped_rules()}


def fires(code: str, **facts) -> bool:
    facts.setdefault("today", TODAY)
    return evaluate(RULES[code]["when"], Facts(**facts))


def test_every_shipped_rule_is_valid():
    for rule in shipped_rules():
        check_rule(rule)
    assert len(RULES) >= 9


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (dict(birth_date=dt.date(1959, 1, 1), gender="M", payer=True), True),
        (
            dict(birth_date=dt.date(1959, 1, 1), gender="M", payer=True, discounts={"pensioner"}),
            False,
        ),
        (dict(birth_date=dt.date(1959, 1, 1), gender="M", payer=False), False),
        (dict(birth_date=dt.date(1962, 6, 1), gender="M", payer=True), False),  # 64
        (dict(birth_date=dt.date(1962, 6, 1), gender="F", payer=True), True),  # 63 reached at 63
        (dict(birth_date=dt.date(1963, 9, 1), gender="F", payer=True), False),  # 63y3m not yet
    ],
)
def test_pensioner_discount(facts, expected):
    assert fires("PENSIONER_DISCOUNT", **facts) is expected


def test_parking_and_dog():
    assert fires("PARKING_RENEWAL", permit_expiries=[TODAY + dt.timedelta(days=30)])
    assert fires("PARKING_RENEWAL", permit_expiries=[TODAY - dt.timedelta(days=3)])
    assert not fires("PARKING_RENEWAL", permit_expiries=[TODAY + dt.timedelta(days=31)])
    assert not fires("PARKING_RENEWAL")
    due = [TODAY + dt.timedelta(days=10)]
    assert fires("DOG_LICENCE", dog_expiries=due, payer=True)
    assert fires("DOG_LICENCE", dog_expiries=due, case_types={"REV-08"})
    assert not fires("DOG_LICENCE", dog_expiries=due)
    assert not fires("DOG_LICENCE", dog_expiries=[TODAY + dt.timedelta(days=200)], payer=True)


def test_children_and_education():
    four = [dt.date(2022, 6, 1)]
    assert fires("KINDERGARTEN", children_births=four)
    assert not fires("KINDERGARTEN", children_births=[dt.date(2015, 1, 1)])
    assert fires("AFTER_SCHOOL_CLUBS", case_types={"EDU-01"})
    assert fires("AFTER_SCHOOL_CLUBS", children_births=[dt.date(2017, 1, 1)])
    assert not fires("AFTER_SCHOOL_CLUBS", children_births=four)


# Kindergarten and first grade take children by year of birth (the Compulsory Education Law,
# 1949, and the Ministry of Education's yearly registration notice: a child enters first grade
# in the school year that begins in the calendar year they turn 6; pre-compulsory and
# compulsory kindergarten at 3-5 the same way). On 23/11/2026 the next registration is for the
# school year beginning September 2027.
@pytest.mark.parametrize(
    ("birth", "kindergarten", "first_grade"),
    [
        (dt.date(2021, 1, 2), False, True),  # turns 6 in 2027, although only 5 today
        (dt.date(2021, 12, 30), False, True),  # 4 today: plain age would say kindergarten
        (dt.date(2020, 12, 30), False, False),  # turns 7 in 2027: already in first grade
        (dt.date(2022, 1, 1), True, False),  # turns 5 in 2027: compulsory kindergarten
        (dt.date(2024, 12, 31), True, False),  # turns 3 in 2027, not yet 2 today
        (dt.date(2025, 1, 1), False, False),  # turns 2 in 2027
    ],
)
def test_kindergarten_and_first_grade_go_by_year_of_birth(birth, kindergarten, first_grade):
    assert fires("KINDERGARTEN", children_births=[birth]) is kindergarten
    assert fires("SCHOOL_ENTRY", children_births=[birth]) is first_grade


def test_the_school_year_to_register_for_turns_in_september():
    assert fires("SCHOOL_ENTRY", children_births=[dt.date(2020, 5, 1)], today=dt.date(2026, 8, 31))
    assert not fires(
        "SCHOOL_ENTRY", children_births=[dt.date(2020, 5, 1)], today=dt.date(2026, 9, 1)
    )


# The Senior Citizens Law, 1989, s.1: a senior citizen is one who has reached retirement age
# under the Retirement Age Law, 2004 - 67 for men, 62 to 65 for women by date of birth - not 67
# for everyone.
@pytest.mark.parametrize(
    ("birth", "gender", "senior"),
    [
        (dt.date(1962, 6, 1), "F", True),  # 64, retired at 63
        (dt.date(1962, 6, 1), "M", False),  # 64, a man retires at 67
        (dt.date(1959, 11, 23), "M", True),  # 67 today
        (dt.date(1963, 9, 1), "F", False),  # 63 and 3 months not yet reached
        (dt.date(1959, 1, 1), "", True),  # unknown gender: the later age, 67, is reached
        (dt.date(1961, 1, 1), "", False),
    ],
)
def test_the_senior_club_follows_retirement_age(birth, gender, senior):
    assert fires("SENIOR_CLUB", birth_date=birth, gender=gender) is senior


def test_seniors_soldiers_immigrants_single_parents():
    assert fires("SENIOR_CLUB", birth_date=dt.date(1950, 1, 1))
    assert not fires("SENIOR_CLUB", birth_date=dt.date(1970, 1, 1))
    assert not fires("SENIOR_CLUB")
    for code, status in (
        ("SOLDIER_DISCOUNT", "soldier"),
        ("NEW_IMMIGRANT_DISCOUNT", "new_immigrant"),
        ("SINGLE_PARENT_DISCOUNT", "single_parent"),
    ):
        assert fires(code, statuses={status}, payer=True)
        assert not fires(code, statuses={status}, payer=True, discounts={status})
        assert not fires(code, statuses={status})
        assert not fires(code, payer=True)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (
            dict(
                code="X", offer="o", reason="r", request_type="REV-02", when={"fact": "shoe_size"}
            ),
            "לא מוכרת",
        ),
        (
            dict(
                code="X",
                offer="o",
                reason="r",
                request_type="REV-02",
                when={"fact": "age", "op": "~", "value": 3},
            ),
            "אופרטור",
        ),
        (
            dict(
                code="X",
                offer="o",
                reason="r",
                request_type="REV-02",
                when={"fact": "age", "op": ">=", "value": "old"},
            ),
            "סוג שגוי",
        ),
        (
            dict(
                code="X",
                offer="o",
                reason="r",
                request_type="REV-02",
                when={"fact": "has_child_aged", "arg": 3},
            ),
            "מגיל",
        ),
        (dict(code="X", offer="o", reason="r", request_type="REV-02", when={"all": []}), "לא ריקה"),
        (
            dict(code="X", offer="", reason="r", request_type="REV-02", when={"fact": "has_dog"}),
            "offer",
        ),
    ],
)
def test_bad_rules_are_refused_with_a_clear_message(rule, message):
    with pytest.raises(RuleError) as err:
        check_rule(rule)
    assert "X" in err.value.message and message in err.value.message


def test_a_bad_rule_is_refused_in_the_users_language(english):
    """The supervisor who reads English is told what is wrong with the rule, in English, with
    the rule's code and the operator filled in; then Hebrew again."""
    bad = dict(
        code="X", offer="o", reason="r", request_type="REV-02", when={"fact": "age", "op": "~"}
    )
    english.console("en")
    with pytest.raises(RuleError) as err:
        check_rule(bad)
    assert err.value.message == "Rule X: unknown operator: '~'"
    with pytest.raises(RuleError) as missing:
        check_rule({**bad, "offer": ""})
    assert missing.value.message == "Rule X: the field offer is missing"
    assert not HEBREW.search(err.value.message + missing.value.message)
    english.console("he")
    with pytest.raises(RuleError) as again:
        check_rule(bad)
    assert again.value.message == "הכלל X: אופרטור לא מוכר: '~'"


def test_offers_at_the_counter_skip_what_is_in_the_case_and_what_was_declined(sessions, seeded):
    with sessions.begin() as s:
        rid = create_resident(
            s,
            seeded,
            ResidentForm(
                national_id="039337423",
                first_name="שושנה",
                last_name="לוי",
                gender="F",
                birth_date=dt.date(1955, 3, 1),
            ),
        ).id
        save_holding(
            s,
            seeded,
            "property_account",
            {
                "resident_id": rid,
                "account_number": "1002003",
                "address": "הזית 4",
                "area_sqm": "96.5",
                "discounts": [],
                "balance": "0",
            },
        )
        save_holding(
            s,
            seeded,
            "parking_permit",
            {
                "resident_id": rid,
                "vehicle_plate": "12-345-67",
                "expiry": dt.date.today() + dt.timedelta(days=5),
            },
        )
    with sessions() as s:
        codes = [o.rule_code for o in offers_for(s, seeded, rid)]
        assert {"PENSIONER_DISCOUNT", "PARKING_RENEWAL", "SENIOR_CLUB"} <= set(codes)
        assert "PENSIONER_DISCOUNT" not in [
            o.rule_code for o in offers_for(s, seeded, rid, {"REV-02"})
        ]
    with sessions.begin() as s:
        record_offer(s, seeded, rid, "SENIOR_CLUB", "declined", "כבר חברה במועדון אחר")
        with pytest.raises(DalpakError):
            record_offer(s, seeded, rid, "PARKING_RENEWAL", "declined", "")
    with sessions() as s:
        assert "SENIOR_CLUB" not in [o.rule_code for o in offers_for(s, seeded, rid)]
