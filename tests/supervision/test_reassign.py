"""Reassigning work: one item, a selection, everything a person holds, and case ownership;
notifications, the case timeline, the role check in the service, and a replay of the log."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.core import clock
from desktop.core.errors import NotAllowed, ValidationError
from desktop.core.oplog import Actor, rebuild_state
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, get_case, open_case, timeline
from desktop.counter.residents import ResidentForm, create_resident
from desktop.followthrough.items import notifications, update_item
from desktop.models import Case, CaseItem, Department, Notification, Operation, RequestType, Task
from desktop.supervision.reassign import (
    reassign_cases,
    reassign_items,
    reassign_person_cases,
    reassign_person_items,
)
from tests.core.test_oplog import snapshot


@pytest.fixture
def work(sessions, seeded):
    """A supervisor, two engineers, a second clerk, and four cases of the clerk with two
    engineering items each, all held by the first engineer."""
    with sessions.begin() as s:
        deps = {d.code: d.id for d in s.scalars(select(Department))}
        eng_types = list(
            s.scalars(
                select(RequestType)
                .where(RequestType.department_id == deps["ENG"])
                .order_by(RequestType.code)
            )
        )[:2]

        def user(username, name, role, dep=None):
            u = create_user(
                s,
                Actor(None, seeded.station_id, seeded.station_code),
                username=username,
                full_name=name,
                role=role,
                password="pass-word-1",
                department_id=deps.get(dep),
            )
            return Actor(u.id, seeded.station_id, seeded.station_code)

        boss = user("miriam", "מרים שטרן", Role.SUPERVISOR)
        ronit = user("ronit", "רונית ברק", Role.DEPARTMENT, "ENG")
        gil = user("gil", "גיל אלון", Role.DEPARTMENT, "ENG")
        amit = user("amit", "עמית גולן", Role.DEPARTMENT, "ENV")
        yossi = user("yossi", "יוסי אבוטבול", Role.CLERK)
        cases, items = [], []
        for n in range(4):
            rid = _resident(s, seeded, n)
            case = open_case(
                s,
                seeded,
                rid,
                [ItemDraft(t.id) for t in eng_types],
                service_started_at=clock.utcnow(),
            )
            cases.append(case.id)
            for item in s.scalars(
                select(CaseItem).where(CaseItem.case_id == case.id).order_by(CaseItem.position)
            ):
                item.assignee_id = None
                items.append(item.id)
        s.flush()
        # Everything to Ronit first, through the service itself.
        reassign_items(s, boss, items, to_user_id=ronit.user_id, reason="חלוקת עבודה בתחילת השבוע")
        numbers = [s.get(Case, c).number for c in cases]
    return {
        "clerk": seeded,
        "boss": boss,
        "ronit": ronit,
        "gil": gil,
        "amit": amit,
        "yossi": yossi,
        "deps": deps,
        "cases": cases,
        "items": items,
        "numbers": numbers,
    }


def _resident(session, actor, n):
    from desktop.core.identity import complete_national_id

    return create_resident(
        session,
        actor,
        ResidentForm(
            national_id=complete_national_id(f"{31000000 + n:08d}"),
            first_name="תושב",
            last_name=f"בדיקה{n}",
            phone=f"05012345{n:02d}",
        ),
    ).id


def _assignees(s, ids):
    return [s.get(CaseItem, i).assignee_id for i in ids]


def test_one_item_moves_with_notifications_and_a_timeline_entry(sessions, work):
    item = work["items"][0]
    with sessions.begin() as s:
        done = reassign_items(
            s, work["boss"], [item], to_user_id=work["gil"].user_id, reason="רונית בחופשה"
        )
        assert (done.moved, done.skipped) == (1, 0)
    with sessions() as s:
        row = s.get(CaseItem, item)
        assert row.assignee_id == work["gil"].user_id and row.department_id == work["deps"]["ENG"]
        assert row.handoffs == 0  # a supervisor's move is not a handoff of the resident
        assert _assignees(s, work["items"][1:]) == [work["ronit"].user_id] * 7
        gil_notes = notifications(s, work["gil"].user_id)
        assert len(gil_notes) == 1 and "הועבר אליך" in gil_notes[0].text
        assert "רונית בחופשה" in gil_notes[0].text
        owner_notes = [
            n for n in notifications(s, work["clerk"].user_id) if "רונית בחופשה" in n.text
        ]
        assert len(owner_notes) == 1 and "גיל אלון" in owner_notes[0].text
        case = get_case(s, work["boss"], work["numbers"][0])
        entries = [e for e in timeline(s, work["boss"], case) if e.kind == "item.reassigned"]
        assert entries[-1].who == "מרים שטרן"
        assert "גיל אלון" in entries[-1].text and "רונית בחופשה" in entries[-1].text
        assert "הנדסה" in entries[-1].text


def test_a_selection_moves_to_a_department_queue(sessions, work):
    chosen = work["items"][2:5]
    with sessions.begin() as s:
        done = reassign_items(
            s,
            work["boss"],
            chosen,
            to_department_id=work["deps"]["ENV"],
            reason="שייך לאיכות הסביבה",
        )
        assert done.moved == 3
    with sessions() as s:
        for item_id in chosen:
            row = s.get(CaseItem, item_id)
            assert (row.department_id, row.assignee_id) == (work["deps"]["ENV"], None)
        # Three cases touched, each with its entry.
        for case_id in {s.get(CaseItem, i).case_id for i in chosen}:
            n = s.scalar(
                select(func.count())
                .select_from(Operation)
                .where(
                    Operation.kind == "item.reassigned",
                    Operation.entity_id.in_(select(CaseItem.id).where(CaseItem.case_id == case_id)),
                    Operation.payload["reason"].as_string() == "שייך לאיכות הסביבה",
                )
            )
            assert n == sum(1 for i in chosen if s.get(CaseItem, i).case_id == case_id)


def test_everything_of_a_person_moves_but_not_finished_items(sessions, work):
    with sessions.begin() as s:
        update_item(
            s,
            work["ronit"],
            work["items"][0],
            status="done",
            outcome="הבקשה נבדקה ונמצאה תקינה לגמרי",
        )
    with sessions.begin() as s:
        done = reassign_person_items(
            s,
            work["boss"],
            work["ronit"].user_id,
            to_user_id=work["gil"].user_id,
            reason="רונית עזבה את המועצה",
        )
        assert done.moved == 7
    with sessions() as s:
        assert s.get(CaseItem, work["items"][0]).assignee_id == work["ronit"].user_id
        assert _assignees(s, work["items"][1:]) == [work["gil"].user_id] * 7
        assert len(notifications(s, work["gil"].user_id)) == 7
        # Nothing left: a second run moves nothing and says so quietly.
    with sessions.begin() as s:
        again = reassign_person_items(
            s, work["boss"], work["ronit"].user_id, to_user_id=work["gil"].user_id, reason="שוב"
        )
        assert again.moved == 0


def test_case_ownership_moves_with_the_calls_still_to_make(sessions, work):
    first, second, *_rest = work["cases"]
    with sessions.begin() as s:
        # A finished item gives the owner a callback task.
        update_item(
            s,
            work["ronit"],
            work["items"][0],
            status="done",
            outcome="הבקשה נבדקה ונמצאה תקינה לגמרי",
        )
        reassign_cases(
            s,
            work["boss"],
            [first],
            to_owner_id=work["yossi"].user_id,
            reason="דנה עוברת למשרד אחר",
        )
    with sessions() as s:
        assert s.get(Case, first).owner_id == work["yossi"].user_id
        assert s.get(Case, second).owner_id == work["clerk"].user_id
        task = s.scalar(select(Task).where(Task.case_id == first))
        assert task.owner_id == work["yossi"].user_id
        assert any("לאחריותך" in n.text for n in notifications(s, work["yossi"].user_id))
        assert any("יוסי אבוטבול" in n.text for n in notifications(s, work["clerk"].user_id))
        entry = [
            e
            for e in timeline(s, work["boss"], get_case(s, work["boss"], work["numbers"][0]))
            if e.kind == "case.reassigned"
        ]
        assert len(entry) == 1
        assert "דנה לוי" in entry[0].text and "יוסי אבוטבול" in entry[0].text
    with sessions.begin() as s:
        done = reassign_person_cases(
            s,
            work["boss"],
            work["clerk"].user_id,
            to_owner_id=work["yossi"].user_id,
            reason="דנה עזבה",
        )
        assert done.moved == 3
    with sessions() as s:
        owners = {s.get(Case, c).owner_id for c in work["cases"]}
        assert owners == {work["yossi"].user_id}


@pytest.mark.parametrize("who", ["clerk", "ronit"])
def test_clerks_and_department_staff_are_refused_in_the_service(sessions, work, who):
    actor = work[who]
    with sessions.begin() as s, pytest.raises(NotAllowed) as refused:
        reassign_items(s, actor, work["items"][:1], to_user_id=work["gil"].user_id, reason="x")
    assert "אין הרשאה" in refused.value.message and "מפקח/ת" in refused.value.message
    with sessions.begin() as s, pytest.raises(NotAllowed):
        reassign_person_items(
            s, actor, work["ronit"].user_id, to_user_id=work["gil"].user_id, reason="x"
        )
    with sessions.begin() as s, pytest.raises(NotAllowed):
        reassign_cases(s, actor, work["cases"][:1], to_owner_id=work["yossi"].user_id, reason="x")
    with sessions.begin() as s, pytest.raises(NotAllowed):
        reassign_person_cases(
            s, actor, work["clerk"].user_id, to_owner_id=work["yossi"].user_id, reason="x"
        )
    with sessions() as s:
        assert _assignees(s, work["items"]) == [work["ronit"].user_id] * 8


def test_bad_input_is_refused_with_the_field(sessions, work):
    with sessions.begin() as s:
        with pytest.raises(ValidationError) as e:
            reassign_items(
                s, work["boss"], work["items"][:1], to_user_id=work["gil"].user_id, reason="  "
            )
        assert e.value.field == "reason"
        with pytest.raises(ValidationError) as e:
            reassign_items(s, work["boss"], work["items"][:1], reason="סיבה")
        assert e.value.field == "target"
        with pytest.raises(ValidationError) as e:
            reassign_items(
                s,
                work["boss"],
                work["items"][:1],
                to_user_id=work["amit"].user_id,
                to_department_id=work["deps"]["ENG"],
                reason="סיבה",
            )
        assert e.value.field == "user"
        with pytest.raises(ValidationError) as e:  # already there
            reassign_items(
                s, work["boss"], work["items"][:1], to_user_id=work["ronit"].user_id, reason="סיבה"
            )
        assert e.value.field == "items"


def test_the_state_is_a_replay_of_the_log(sessions, work):
    with sessions.begin() as s:
        reassign_items(
            s, work["boss"], work["items"][:1], to_user_id=work["gil"].user_id, reason="אחת"
        )
        reassign_items(
            s,
            work["boss"],
            work["items"][1:4],
            to_department_id=work["deps"]["ENV"],
            reason="בחירה",
        )
        reassign_person_items(
            s, work["boss"], work["ronit"].user_id, to_user_id=work["gil"].user_id, reason="הכול"
        )
        update_item(
            s,
            work["gil"],
            work["items"][5],
            status="done",
            outcome="הבקשה נבדקה ונמצאה תקינה לגמרי",
        )
        reassign_cases(
            s,
            work["boss"],
            work["cases"][:1],
            to_owner_id=work["yossi"].user_id,
            reason="פנייה אחת",
        )
        reassign_person_cases(
            s,
            work["boss"],
            work["clerk"].user_id,
            to_owner_id=work["yossi"].user_id,
            reason="כל הפניות",
        )
    with sessions() as s:
        before = snapshot(s)
        assert s.scalar(select(func.count()).select_from(Notification)) > 10
    with sessions.begin() as s:
        rebuild_state(s)
    with sessions() as s:
        assert snapshot(s) == before


def test_thousands_of_items_move_in_one_go(sessions, work):
    """A departing person's 2,000 items: one operation per item, one transaction."""
    with sessions.begin() as s:
        rtype = s.scalar(
            select(RequestType).where(RequestType.department_id == work["deps"]["ENG"])
        )
        rid = _resident(s, work["clerk"], 99)
        for _n in range(250):
            open_case(
                s, work["clerk"], rid, [ItemDraft(rtype.id)] * 8, service_started_at=clock.utcnow()
            )
        s.flush()
        ids = list(s.scalars(select(CaseItem.id).where(CaseItem.assignee_id.is_(None))))
        reassign_items(s, work["boss"], ids, to_user_id=work["ronit"].user_id, reason="לרונית")
    with sessions.begin() as s:
        before = s.scalar(select(func.count()).select_from(Operation))
        done = reassign_person_items(
            s,
            work["boss"],
            work["ronit"].user_id,
            to_user_id=work["gil"].user_id,
            reason="רונית עזבה",
        )
        assert done.moved == 2008
        after = s.scalar(select(func.count()).select_from(Operation))
        assert after - before == 2008
    with sessions() as s:
        held = s.scalar(
            select(func.count())
            .select_from(CaseItem)
            .where(CaseItem.assignee_id == work["gil"].user_id)
        )
        assert held == 2008
