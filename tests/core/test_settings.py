"""The settings a supervisor owns: the catalogue, the knowledge base and absences. Role checks in
the service layer, validation, "changes apply to new items", and the history of who changed what."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core import clock
from desktop.core.calendar import add_business_days
from desktop.core.errors import NotAllowed, ValidationError
from desktop.core.oplog import Actor, rebuild_state
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.knowledge import (
    KnowledgeForm,
    knowledge_entries,
    save_knowledge,
    search_knowledge,
)
from desktop.counter.reference import RequestTypeForm, catalogue, request_types, save_request_type
from desktop.counter.residents import ResidentForm, create_resident
from desktop.followthrough.absence import absences, cancel_absence, set_absence
from desktop.models import CaseItem, Department, KnowledgeEntry, RequestType
from desktop.supervision.settings_history import settings_history
from tests.core.test_oplog import snapshot


@pytest.fixture
def people(sessions, seeded):
    with sessions.begin() as s:

        def person(username, name, role, dep=None):
            user = create_user(
                s,
                Actor(None, seeded.station_id, seeded.station_code),
                username=username,
                full_name=name,
                role=role,
                password="pass-pass-1",
                department_id=dep,
            )
            return Actor(user.id, seeded.station_id, seeded.station_code)

        rev = s.scalar(select(Department.id).where(Department.code == "REV"))
        return {
            "clerk": seeded,
            "staff": person("rev", "משה דהן", Role.DEPARTMENT, rev),
            "boss": person("miriam", "מרים שטרן", Role.SUPERVISOR),
            "admin": person("admin", "אבי מנהל", Role.ADMIN),
            "system": Actor(None, seeded.station_id, seeded.station_code),
        }


def _entry(s, code):
    return next(e for e in catalogue(s) if e.code == code)


def _form(entry, **changes):
    form = RequestTypeForm(
        entry.name,
        entry.department_id,
        entry.sla_days,
        entry.steps,
        entry.documents,
        entry.keywords,
        entry.code,
        entry.active,
    )
    return dataclasses.replace(form, **changes)


@pytest.mark.parametrize("who", ["clerk", "staff", "system"])
def test_only_supervisors_change_settings(sessions, people, who):
    actor = people[who]
    with sessions.begin() as s:
        entry = _entry(s, "REV-03")
        with pytest.raises(NotAllowed, match="קטלוג"):
            save_request_type(s, actor, _form(entry, sla_days=3), entry.id)
        with pytest.raises(NotAllowed, match="מאגר המידע"):
            save_knowledge(s, actor, KnowledgeForm("כותרת חדשה", "תשובה ארוכה מספיק לבדיקה"))
        with pytest.raises(NotAllowed, match="היעדרויות"):
            set_absence(
                s,
                actor,
                people["staff"].user_id,
                people["boss"].user_id,
                dt.date(2026, 5, 3),
                dt.date(2026, 5, 4),
            )
        assert _entry(s, "REV-03").sla_days == entry.sla_days
    with sessions.begin() as s:
        absence_id = set_absence(
            s,
            people["boss"],
            people["staff"].user_id,
            people["admin"].user_id,
            dt.date(2026, 5, 3),
            dt.date(2026, 5, 4),
        )
    with sessions.begin() as s, pytest.raises(NotAllowed):
        cancel_absence(s, actor, absence_id)


def test_supervisor_edits_the_catalogue_and_new_items_only_get_it(sessions, people):
    with sessions.begin() as s:
        rid = create_resident(
            s,
            people["clerk"],
            ResidentForm(
                national_id="039337423", first_name="יוסף", last_name="כהן", phone="0501234567"
            ),
        ).id
        entry = _entry(s, "REV-03")
        old_case = open_case(
            s, people["clerk"], rid, [ItemDraft(entry.id)], service_started_at=clock.utcnow()
        )
        old_date = s.scalar(select(CaseItem.expected_date).where(CaseItem.case_id == old_case.id))
        assert old_date == add_business_days(clock.local_today(), entry.sla_days)
    with sessions.begin() as s:
        save_request_type(s, people["boss"], _form(entry, sla_days=25), entry.id)
    with sessions.begin() as s:
        assert (
            s.scalar(select(CaseItem.expected_date).where(CaseItem.case_id == old_case.id))
            == old_date
        )
        new_case = open_case(
            s, people["clerk"], rid, [ItemDraft(entry.id)], service_started_at=clock.utcnow()
        )
        assert s.scalar(
            select(CaseItem.expected_date).where(CaseItem.case_id == new_case.id)
        ) == add_business_days(clock.local_today(), 25)


def test_adding_a_type_and_validation(sessions, people):
    boss = people["boss"]
    with sessions.begin() as s:
        rev = s.scalar(select(Department.id).where(Department.code == "REV"))
        form = RequestTypeForm(
            "  החזר  תשלום   כפול ", rev, "4", ("בדיקת התשלומים", ""), ("אסמכתת תשלום",), ("החזר",)
        )
        type_id = save_request_type(s, people["admin"], form)
        row = s.get(RequestType, type_id)
        assert (row.code, row.name, row.sla_days, row.steps) == (
            "REV-11",
            "החזר תשלום כפול",
            4,
            ["בדיקת התשלומים"],
        )
        assert "REV-11" in {t.code for t in request_types(s)}
        cases = [
            (dataclasses.replace(form, name=" "), "name", "שם"),
            (dataclasses.replace(form, department_id=None), "department", "מחלקה"),
            (dataclasses.replace(form, sla_days="שבוע"), "sla_days", "ימי עבודה"),
            (dataclasses.replace(form, sla_days=-1), "sla_days", "ימי עבודה"),
            (dataclasses.replace(form, sla_days=121), "sla_days", "ימי עבודה"),
            (dataclasses.replace(form, steps=(" ",)), "steps", "צעד"),
            (dataclasses.replace(form, code="REV-03", name="שם אחר"), "code", "REV-03"),
            (dataclasses.replace(form, name="החזר תשלום כפול", code=""), "name", "REV-11"),
        ]
        for bad, field, words in cases:
            with pytest.raises(ValidationError, match=words) as err:
                save_request_type(s, boss, bad)
            assert err.value.field == field


def test_knowledge_base_edits(sessions, people):
    boss = people["boss"]
    with sessions.begin() as s:
        count = len(knowledge_entries(s))
        entry_id = save_knowledge(
            s,
            boss,
            KnowledgeForm(
                "שעות פתיחה של הספרייה",
                "הספרייה פתוחה בימים א'-ה' בין 14:00 ל-19:00.",
                "שעות פעילות",
                None,
                ("ספרייה",),
            ),
        )
        row = s.get(KnowledgeEntry, entry_id)
        assert row.code == f"KB-{count + 1:02d}"
        assert [a.title for a in search_knowledge(s, "ספרייה")][0] == "שעות פתיחה של הספרייה"
        save_knowledge(
            s,
            boss,
            KnowledgeForm("שעות פתיחה של הספרייה", "הספרייה פתוחה בימים א'-ה' בין 13:00 ל-19:00."),
            entry_id,
        )
        assert "13:00" in s.get(KnowledgeEntry, entry_id).answer
        with pytest.raises(ValidationError, match="כותרת") as err:
            save_knowledge(s, boss, KnowledgeForm("", "תשובה ארוכה מספיק"))
        assert err.value.field == "title"
        with pytest.raises(ValidationError, match="התשובה עצמה"):
            save_knowledge(s, boss, KnowledgeForm("כותרת", "קצר"))
        with pytest.raises(ValidationError, match="KB-01"):
            save_knowledge(
                s,
                boss,
                KnowledgeForm(
                    s.scalar(select(KnowledgeEntry.title).where(KnowledgeEntry.code == "KB-01")),
                    "תשובה ארוכה מספיק לבדיקה",
                ),
            )


def test_history_says_who_changed_what_and_the_state_rebuilds(sessions, people):
    boss = people["boss"]
    with sessions.begin() as s:
        entry = _entry(s, "REV-03")
        save_request_type(
            s, boss, _form(entry, sla_days=7, documents=(*entry.documents, "טופס 101")), entry.id
        )
        save_knowledge(
            s, people["admin"], KnowledgeForm("חניה לאורחים", "אפשר לחנות בחניון המועצה.")
        )
        absence_id = set_absence(
            s,
            boss,
            people["staff"].user_id,
            people["admin"].user_id,
            dt.date(2026, 5, 3),
            dt.date(2026, 5, 7),
            "מילואים",
        )
        cancel_absence(s, boss, absence_id)
        with pytest.raises(ValidationError):
            cancel_absence(s, boss, absence_id)
    with sessions() as s:
        history = settings_history(s, boss)
        latest = history[:4]
        assert [(c.who, c.area) for c in latest] == [
            ("מרים שטרן", "היעדרויות"),
            ("מרים שטרן", "היעדרויות"),
            ("אבי מנהל", "מאגר מידע"),
            ("מרים שטרן", "קטלוג"),
        ]
        assert latest[0].entry == "משה דהן" and "03/05/2026–07/05/2026" in latest[0].what
        assert "בוטלה" in latest[0].what and "אבי מנהל" in latest[1].what
        assert latest[2].what == "תשובה חדשה"
        change = latest[3]
        assert change.entry.startswith("REV-03")
        assert f"זמן טיפול (ימי עבודה): {entry.sla_days} ← 7" in change.what
        assert "+טופס 101" in change.what
        assert history[-1].who == "המערכת" and absences(s, boss) == []
        before = snapshot(s)
    with sessions.begin() as s:
        rebuild_state(s)
    with sessions() as s:
        assert snapshot(s) == before
