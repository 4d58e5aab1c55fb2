"""Who sees what of a resident, and the refusals issue 15 found calling the services directly.

Department staff reach the resident (name, phones, e-mail, address) but are not shown the ID,
the date of birth or the accessibility needs; the counter identifies residents and sees them.
Privacy Protection (Data Security) Regulations 5777-2017, regulation 8: access to the data
a role needs.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from desktop.core import clock
from desktop.core.errors import NotAllowed, ValidationError
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, get_case, open_case
from desktop.counter.conflicts import resolve_conflict
from desktop.counter.reference import catalogue
from desktop.counter.residents import (
    ResidentForm,
    create_resident,
    open_profile,
    search_residents,
    update_resident,
)
from desktop.extras.eligibility import save_rule, shipped_rules
from desktop.followthrough.items import handoff_item, update_item
from desktop.models import CaseItem, Department, FieldConflict, Operation, Resident

ID = "039337423"


@pytest.fixture
def cases(sessions, staff):
    """Yosef with an engineering item (the department's) and Leah with a revenue item."""
    clerk = staff["clerk"]
    with sessions.begin() as s:
        deps = {d.code: d.id for d in s.scalars(select(Department))}
        types = {t.department_id: t.id for t in catalogue(s)}
        made = {}
        for key, national_id, first, dep in (
            ("eng", ID, "יוסף", "ENG"),
            ("rev", "123456782", "לאה", "REV"),
        ):
            form = ResidentForm(
                national_id=national_id,
                first_name=first,
                last_name="כהן",
                birth_date=dt.date(1950, 5, 1),
                phone="050-1234567",
                email=f"{key}@example.org",
                address="הזית 4",
                accessibility="כבד/ת שמיעה",
            )
            rid = create_resident(s, clerk, form).id
            case = open_case(
                s, clerk, rid, [ItemDraft(types[deps[dep]])], service_started_at=clock.utcnow()
            )
            item = s.scalar(select(CaseItem.id).where(CaseItem.case_id == case.id))
            made[key] = (rid, case.number, item)
        made["deps"] = deps
    return made


def test_department_staff_reach_the_resident_but_do_not_see_who_they_are_on_paper(
    sessions, staff, cases
):
    rid, number, _item = cases["eng"]
    with sessions.begin() as s:
        seen = open_profile(s, staff["department"], rid)
        case = get_case(s, staff["department"], number)
        hits = search_residents(s, staff["department"], "כהן יוסף")
    assert (seen.full_name, seen.phone, seen.email, seen.address) == (
        "יוסף כהן",
        "0501234567",
        "eng@example.org",
        "הזית 4",
    )
    assert (seen.national_id, seen.birth_date, seen.age, seen.accessibility) == ("", None, None, "")
    assert not seen.personal and case.resident_national_id == "" and not case.personal
    assert [(h.full_name, h.national_id, h.birth_date, h.phone) for h in hits] == [
        ("יוסף כהן", "", None, "0501234567")
    ]
    assert ID not in repr((seen, case, hits)) and "1950" not in repr((seen, hits))


def test_department_staff_see_their_departments_part_of_the_residents_dealings(
    sessions, staff, cases
):
    rid = cases["eng"][0]
    with sessions.begin() as s:
        types = {t.code: t.id for t in catalogue(s)}
        welfare = next(code for code in types if code.startswith("WEL"))
        open_case(
            s, staff["clerk"], rid, [ItemDraft(types[welfare])], service_started_at=clock.utcnow()
        )
    with sessions.begin() as s:
        theirs = open_profile(s, staff["department"], rid)
        whole = open_profile(s, staff["clerk"], rid)
    assert len(whole.past_cases) == 2 and len(whole.open_items) == 2
    assert [c.number for c in theirs.past_cases] == [cases["eng"][1]]
    assert [i.department for i in theirs.open_items] == ["הנדסה ותכנון"]


def test_an_id_cannot_be_tried_out_by_department_staff(sessions, staff, cases):
    with sessions() as s:
        assert search_residents(s, staff["department"], ID) == []
        assert search_residents(s, staff["department"], ID[:5]) == []
        assert len(search_residents(s, staff["department"], "0501234567")) == 2  # by phone
        assert [h.national_id for h in search_residents(s, staff["clerk"], ID)] == [ID]


@pytest.mark.parametrize("role", ["clerk", "supervisor", "admin"])
def test_the_counter_and_supervisors_see_the_personal_fields(sessions, staff, cases, role):
    rid, number, _item = cases["rev"]
    with sessions.begin() as s:
        seen = open_profile(s, staff[role], rid)
        case = get_case(s, staff[role], number)
        (hit,) = search_residents(s, staff[role], "לאה")
    assert (seen.national_id, seen.birth_date, seen.accessibility) == (
        "123456782",
        dt.date(1950, 5, 1),
        "כבד/ת שמיעה",
    )
    assert case.resident_national_id == "123456782" and hit.birth_date == dt.date(1950, 5, 1)


def test_department_staff_do_not_open_other_departments_residents_or_cases(sessions, staff, cases):
    rid, number, _item = cases["rev"]
    with sessions.begin() as s:
        with pytest.raises(NotAllowed, match="המחלקה"):
            open_profile(s, staff["department"], rid)
        with pytest.raises(NotAllowed):
            get_case(s, staff["department"], number)
    with sessions() as s:  # nothing was written to the access log for the refused opening
        assert not s.scalar(
            select(func.count()).select_from(Operation).where(Operation.kind == "resident.viewed")
        )


def test_department_staff_update_only_their_departments_items(sessions, staff, cases):
    later = clock.local_today() + dt.timedelta(days=7)
    with sessions.begin() as s, pytest.raises(NotAllowed, match="המחלקה"):
        update_item(
            s,
            staff["department"],
            cases["rev"][2],
            status="in_progress",
            next_step="בודקים את החשבון",
            expected_date=later,
        )
    with sessions.begin() as s, pytest.raises(NotAllowed):
        handoff_item(
            s, staff["department"], cases["rev"][2], department_id=cases["deps"]["ENV"], reason="x"
        )
    with sessions.begin() as s:
        update_item(
            s,
            staff["department"],
            cases["eng"][2],
            status="in_progress",
            next_step="מהנדס יבקר בנכס",
            expected_date=later,
        )
    with sessions() as s:
        statuses = dict(s.execute(select(CaseItem.id, CaseItem.status)).all())
    assert statuses[cases["rev"][2]] == "received" and statuses[cases["eng"][2]] == "in_progress"


def test_update_resident_checks_what_was_typed(sessions, staff, cases):
    rid = cases["eng"][0]
    with sessions.begin() as s, pytest.raises(ValidationError) as bad:
        update_resident(s, staff["clerk"], rid, {"phone": "not a phone!!"})
    assert bad.value.field == "phone" and "מספר הטלפון אינו תקין" in bad.value.message
    refused = [
        ({"email": "no-at-sign"}, "email"),
        ({"first_name": "  "}, "first_name"),
        ({"birth_date": clock.local_today() + dt.timedelta(days=3)}, "birth_date"),
        ({"preferred_channel": "pigeon"}, "preferred_channel"),
        ({"language": "xx"}, "language"),
        ({"preferred_channel": "sms", "phone": "04-6628000"}, "phone"),  # SMS needs a mobile
    ]
    for changes, field in refused:
        with sessions.begin() as s, pytest.raises(ValidationError) as bad:
            update_resident(s, staff["clerk"], rid, changes)
        assert bad.value.field == field, changes
    with sessions.begin() as s:
        update_resident(
            s, staff["clerk"], rid, {"phone": "+972 52-765 4321", "address": " הגפן 2 "}
        )
    with sessions() as s:
        resident = s.get(Resident, rid)
        assert (resident.phone, resident.address) == ("0527654321", "הגפן 2")
        edits = s.scalars(select(Operation).where(Operation.kind == "resident.updated")).all()
    assert len(edits) == 1  # nothing of the refused ones was recorded
    with sessions.begin() as s, pytest.raises(NotAllowed):
        update_resident(s, staff["department"], rid, {"phone": "0521111111"})


def test_only_supervisors_settle_conflicts_and_edit_rules(sessions, staff, cases):
    with sessions.begin() as s:
        conflict = clock.new_id()
        s.add(
            FieldConflict(
                id=conflict, entity_id=cases["eng"][0], field="address",
                winner_op=clock.new_id(), loser_op=clock.new_id(), winner_value="הזית 4",
                loser_value="הזית 5", winner_station=staff["system"].station_id,
                loser_station=staff["system"].station_id, detected_hlc="0", resolved_op=None,
                resolution="",
            )
        )  # fmt: skip
    rule = dict(shipped_rules()[0], reason="נוסח חדש לבדיקה")
    for role in ("clerk", "department", "system"):
        with sessions.begin() as s, pytest.raises(NotAllowed):
            resolve_conflict(s, staff[role], conflict, "other")
        with sessions.begin() as s, pytest.raises(NotAllowed, match="כללי הזכאות"):
            save_rule(s, staff[role], rule)
    with sessions.begin() as s:
        resolve_conflict(s, staff["supervisor"], conflict, "other")
        save_rule(s, staff["supervisor"], rule)
    with sessions() as s:
        assert s.get(FieldConflict, conflict).resolution == "other"
        assert s.get(Resident, cases["eng"][0]).address == "הזית 5"


@pytest.mark.parametrize("role", ["clerk", "department", "supervisor"])
def test_only_an_admin_adds_users(sessions, staff, role):
    with sessions.begin() as s, pytest.raises(NotAllowed, match="מנהל/ת מערכת"):
        create_user(
            s, staff[role], username="root", full_name="x", role=Role.ADMIN, password="p" * 10
        )
    with sessions.begin() as s:
        create_user(
            s, staff["admin"], username="root", full_name="x", role=Role.ADMIN, password="p" * 10
        )
