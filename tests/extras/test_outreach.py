"""The proactive scan: finds due triggers, acts once, writes letters and messages."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from desktop.core.errors import NotAllowed
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.counter.residents import ResidentForm, create_resident
from desktop.extras.eligibility import active_rules
from desktop.extras.holdings import save_holding
from desktop.extras.outreach import find_due, scan
from desktop.models import Case, OutboxMessage, Outreach
from desktop.receipts.letter import render_letters

TODAY = dt.date.today()


def resident(s, actor, national_id, first, **kw):
    return create_resident(
        s, actor, ResidentForm(national_id=national_id, first_name=first, last_name="אזולאי", **kw)
    ).id


def test_scan_acts_once_and_tells_each_resident_their_way(sessions, seeded):
    with sessions.begin() as s:
        boss = create_user(
            s,
            Actor(None, seeded.station_id, seeded.station_code),
            username="miriam",
            full_name="מרים שטרן",
            role=Role.SUPERVISOR,
            password="supervisor-1",
            phone="046628201",
        )
        actor = Actor(boss.id, seeded.station_id, seeded.station_code)
        retiree = resident(
            s,
            actor,
            "039337423",
            "רחל",
            gender="F",
            birth_date=dt.date(1958, 2, 1),
            preferred_channel="phone",
            address="הזית 4",
        )
        save_holding(
            s,
            actor,
            "property_account",
            {
                "resident_id": retiree,
                "account_number": "7001",
                "address": "הזית 4",
                "area_sqm": "90",
                "discounts": [],
                "balance": "0",
            },
        )
        driver = resident(
            s, actor, "123456782", "אבי", phone="0521234567", preferred_channel="whatsapp"
        )
        save_holding(
            s,
            actor,
            "parking_permit",
            {
                "resident_id": driver,
                "vehicle_plate": "12-345-67",
                "expiry": TODAY + dt.timedelta(days=12),
            },
        )
        young = resident(s, actor, "000000018", "נועה", gender="F", birth_date=dt.date(1990, 5, 5))
        save_holding(
            s,
            actor,
            "property_account",
            {
                "resident_id": young,
                "account_number": "7002",
                "address": "",
                "area_sqm": "70",
                "discounts": [],
                "balance": "0",
            },
        )
    with sessions.begin() as s:
        dry = scan(s, actor, dry_run=True)
    assert {(f.resident_name, f.rule_code) for f in dry.found} == {
        ("רחל אזולאי", "PENSIONER_DISCOUNT"),
        ("אבי אזולאי", "PARKING_RENEWAL"),
    }
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 0
    with sessions.begin() as s:
        first = scan(s, actor)
    assert first.created == 2 and first.messages == 1 and len(first.letters) == 1
    with sessions.begin() as s:
        second = scan(s, actor)
    assert second.created == 0 and second.found == [] and second.already_done == 2
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Case)) == 2
        assert s.scalar(select(func.count()).select_from(Outreach)) == 2
        message = s.scalar(select(OutboxMessage))
    assert message.channel == "whatsapp" and "שלום אבי אזולאי" in message.body
    assert "צילום של רישיון הרכב" in message.body
    letter = first.letters[0]
    assert letter.resident_name == "רחל אזולאי" and letter.contact_name == "מרים שטרן"
    text = PdfReader(BytesIO(render_letters(first.letters))).pages[0].extract_text()
    assert letter.contact_phone == "04-6628201"
    assert letter.case_number in text and "04-6628201" in text


def test_a_renewed_permit_is_a_new_period(sessions, seeded):
    with sessions.begin() as s:
        boss = create_user(
            s,
            Actor(None, seeded.station_id, seeded.station_code),
            username="miriam",
            full_name="מרים שטרן",
            role=Role.SUPERVISOR,
            password="supervisor-1",
        )
        actor = Actor(boss.id, seeded.station_id, seeded.station_code)
        driver = resident(s, actor, "123456782", "אבי", phone="0521234567", preferred_channel="sms")
        permit = save_holding(
            s,
            actor,
            "parking_permit",
            {
                "resident_id": driver,
                "vehicle_plate": "12-345-67",
                "expiry": TODAY + dt.timedelta(days=5),
            },
        )
    with sessions.begin() as s:
        assert scan(s, actor).created == 1
    with sessions.begin() as s:
        # Renewed for a year: nothing due; next year, due again as a new period.
        save_holding(
            s,
            actor,
            "parking_permit",
            {
                "resident_id": driver,
                "vehicle_plate": "12-345-67",
                "expiry": TODAY + dt.timedelta(days=370),
            },
            entity_id=permit,
        )
        assert scan(s, actor).created == 0
        assert scan(s, actor, today=TODAY + dt.timedelta(days=350), dry_run=True).found


def test_only_a_supervisor_acts_but_anyone_may_look(sessions, seeded):
    with sessions.begin() as s:
        driver = resident(
            s, seeded, "123456782", "אבי", phone="0521234567", preferred_channel="sms"
        )
        save_holding(
            s,
            seeded,
            "parking_permit",
            {
                "resident_id": driver,
                "vehicle_plate": "12-345-67",
                "expiry": TODAY + dt.timedelta(days=5),
            },
        )
    with sessions.begin() as s:  # seeded is a clerk
        assert [f.rule_code for f in scan(s, seeded, dry_run=True).found] == ["PARKING_RENEWAL"]
        with pytest.raises(NotAllowed):
            scan(s, seeded)
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(Outreach)) == 0


def test_batches_see_every_resident_once_with_their_own_holdings(sessions, seeded):
    ids = [
        "123456782",
        "000000018",
        "039337423",
        "111111118",
        "222222226",
        "333333334",
        "444444442",
    ]
    with sessions.begin() as s:
        drivers = []
        for n, national_id in enumerate(ids):
            rid = resident(
                s, seeded, national_id, f"נהג{n}", phone="0521234567", preferred_channel="sms"
            )
            drivers.append(rid)
            # every other one due; each with their own expiry, so a holding read with the wrong
            # batch would show as a wrong period
            days = 3 + n if n % 2 == 0 else 200
            save_holding(
                s,
                seeded,
                "parking_permit",
                {
                    "resident_id": rid,
                    "vehicle_plate": f"12-345-{n:02d}",
                    "expiry": TODAY + dt.timedelta(days=days),
                },
            )
    with sessions() as s:
        rules = active_rules(s)
        whole = [(row[0], rule.code, period) for row, rule, _f, period in find_due(s, rules, TODAY)]
        for size in (1, 2, 3, 7):
            assert [
                (row[0], rule.code, period)
                for row, rule, _f, period in find_due(s, rules, TODAY, batch=size)
            ] == whole
    expected = {
        (drivers[n], "PARKING_RENEWAL", (TODAY + dt.timedelta(days=3 + n)).isoformat())
        for n in range(0, len(ids), 2)
    }
    assert set(whole) == expected and len(whole) == len(expected)


def test_the_sql_prefilter_never_hides_a_finding(sessions, seeded):
    from desktop.extras.eligibility import LoadedRule
    from desktop.station.demo import create_demo_residents

    with sessions.begin() as s:
        create_demo_residents(s, seeded, 700, seed=3)
        # holdings on the edges of the conditions below
        edge = resident(s, seeded, "123456782", "גבול", phone="0521234567", preferred_channel="sms")
        save_holding(
            s,
            seeded,
            "parking_permit",
            {
                "resident_id": edge,
                "vehicle_plate": "12-345-67",
                "expiry": TODAY + dt.timedelta(days=9),
            },
        )
        save_holding(
            s,
            seeded,
            "dog_licence",
            {"resident_id": edge, "dog_name": "רקסי", "licence_expiry": TODAY},
        )
    conditions = {
        "AGE_70": {"fact": "age", "op": ">=", "value": 70},
        "AGE_OVER_40_WITH_DOG": {
            "all": [{"fact": "age", "op": ">", "value": 40}, {"fact": "has_dog"}]
        },
        "SOLDIER_OR_PERMIT_SOON": {
            "any": [
                {"fact": "has_status", "arg": "soldier"},
                {"fact": "permit_days_left", "op": "<", "value": 10},
            ]
        },
        "DOG_DUE_NOT_PAYER": {
            "all": [
                {"fact": "dog_licence_days_left", "op": "<=", "value": 0},
                {"not": {"fact": "is_payer"}},
            ]
        },
        "CHILD_6_12": {"fact": "has_child_aged", "arg": [6, 12]},
    }
    with sessions() as s:
        shipped = [r for r in active_rules(s) if r.proactive]
        some_type = shipped[0]
        made = [
            LoadedRule(
                code, code, "", some_type.request_type_id, some_type.request_type_code, cond, True
            )
            for code, cond in conditions.items()
        ]
        for rules in ([*shipped], made, [made[0]], [made[2]], [made[3]]):
            fast = [(r[0], rule.code, p) for r, rule, _f, p in find_due(s, rules, TODAY, batch=97)]
            slow = [
                (r[0], rule.code, p)
                for r, rule, _f, p in find_due(s, rules, TODAY, prefilter=False)
            ]
            assert fast == slow
        fired = {rule.code for _r, rule, _f, _p in find_due(s, [*shipped, *made], TODAY)}
    # the comparison means something only if the rules do fire on this council
    assert {"PENSIONER_DISCOUNT", "PARKING_RENEWAL", "DOG_LICENCE", "AGE_70", "CHILD_6_12"} <= fired


def test_scan_on_postgresql_streams_the_same_findings_and_acts_once(pg_engine):
    from desktop.core.db import local_station, session_factory
    from desktop.station.demo import create_demo_residents
    from desktop.station.seed import seed_reference_data

    sessions = session_factory(pg_engine)
    with sessions() as s:
        station = local_station(s)
    station_actor = Actor(None, station.id, station.code)
    with sessions.begin() as s:
        seed_reference_data(s, station_actor)
        s.flush()
        boss = create_user(
            s,
            Actor(None, station_actor.station_id, station_actor.station_code),
            username="miriam",
            full_name="מרים שטרן",
            role=Role.SUPERVISOR,
            password="supervisor-1",
        )
        actor = Actor(boss.id, station.id, station.code)
        create_demo_residents(s, actor, 400, seed=3)
    with sessions() as s:
        rules = active_rules(s)
        fast = [(r[0], rule.code, p) for r, rule, _f, p in find_due(s, rules, TODAY, batch=37)]
        slow = [
            (r[0], rule.code, p) for r, rule, _f, p in find_due(s, rules, TODAY, prefilter=False)
        ]
    assert fast == slow and len(fast) > 5
    with sessions.begin() as s:
        first = scan(s, actor, today=TODAY)
    with sessions.begin() as s:
        second = scan(s, actor, today=TODAY)
    assert first.created == len(fast) and (second.created, second.already_done) == (0, len(fast))
