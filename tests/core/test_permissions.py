"""The permission table walked: every public function of the service packages is listed in
desktop.core.permissions.SERVICES, and each one that has an action is called by every role (and
by the system) on its own work and on someone else's, the outcome compared with the table.

The Privacy Protection (Data Security) Regulations 5777-2017, regulation 8 (access by role,
to what the role needs): https://www.gov.il/he/departments/legalInfo/data_security_regulation
"""

from __future__ import annotations

import ast
import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import desktop
from desktop.core import clock
from desktop.core.accounts import deactivate_user
from desktop.core.errors import NotAllowed
from desktop.core.oplog import Actor
from desktop.core.permissions import ACTIONS, SERVICES, Exempt, Scope, allowed
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.knowledge import KnowledgeForm
from desktop.counter.reference import RequestTypeForm, catalogue
from desktop.counter.residents import ResidentForm, create_resident
from desktop.extras.importing.files import Table
from desktop.followthrough.absence import set_absence
from desktop.followthrough.items import update_item
from desktop.followthrough.outbox import queue_update
from desktop.lobby import visits as lobby
from desktop.models import CaseItem, Department, FieldConflict, KeyCollision, Task
from desktop.supervision.board import BoardFilter
from desktop.supervision.figures import FigureFilter
from desktop.supervision.reassign import reassign_cases
from tests.sqlite_templates import PASSWORD

SERVICE_PACKAGES = ("core", "counter", "followthrough", "extras", "lobby", "supervision")
ROLES = ("clerk", "department", "supervisor", "admin", "system")
PASSWORDS = {"clerk": PASSWORD}  # the others were made by the `staff` fixture
PACKAGE = Path(desktop.__file__).parent


def discovered() -> dict[str, Callable]:
    """Every public function defined in a module of the service packages."""
    found = {}
    for package in SERVICE_PACKAGES:
        root = importlib.import_module(f"desktop.{package}")
        names = [root.__name__] + [
            m.name for m in pkgutil.walk_packages(root.__path__, prefix=f"{root.__name__}.")
        ]
        for name in names:
            module = importlib.import_module(name)
            for attr, obj in vars(module).items():
                if attr.startswith("_") or not inspect.isfunction(obj):
                    continue
                if obj.__module__ == module.__name__:
                    found[f"{module.__name__.removeprefix('desktop.')}.{attr}"] = obj
    return found


def test_every_public_service_function_is_in_the_table():
    found = set(discovered())
    assert not found - set(SERVICES), (
        f"not in permissions.SERVICES: {sorted(found - set(SERVICES))}"
    )
    assert not set(SERVICES) - found, f"no longer exist: {sorted(set(SERVICES) - found)}"
    for name, entry in SERVICES.items():
        actions = entry if isinstance(entry, tuple) else (entry,)
        for action in actions:
            assert isinstance(action, Exempt) or action in ACTIONS, (name, action)


DATA_PARAMS = {"session", "sessions", "engine", "conn", "bind"}


def test_pure_functions_take_no_database():
    funcs = discovered()
    for name, entry in SERVICES.items():
        if entry == Exempt.PURE:
            params = set(inspect.signature(funcs[name]).parameters)
            assert not params & DATA_PARAMS, f"{name} reads the database: it needs an action"


def test_after_check_functions_take_what_a_checked_reader_returned():
    funcs = discovered()
    for name, entry in SERVICES.items():
        if entry == Exempt.AFTER_CHECK:
            annotations = [
                str(p.annotation) for p in inspect.signature(funcs[name]).parameters.values()
            ]
            assert any("CaseView" in a for a in annotations), name


def _names_used(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            used |= {alias.name for alias in node.names}
        elif isinstance(node, ast.Attribute):
            used.add(node.attr)
    return used


def test_internal_steps_are_not_called_by_screens_or_commands():
    """An INTERNAL function checks no caller: only services that checked first may use it."""
    used = set()
    for folder in ("ui", "cli"):
        for path in (PACKAGE / folder).rglob("*.py"):
            used |= _names_used(path)
    internal = {n.rsplit(".", 1)[1] for n, e in SERVICES.items() if e == Exempt.INTERNAL}
    assert not internal & used, sorted(internal & used)


def test_the_table_is_as_the_issue_asks():
    # Settling conflicts, saving eligibility rules, adding users: not for the counter's staff.
    for action in ("conflict.resolve", "rules.edit", "user.create"):
        assert allowed(Role.CLERK, action) is None and allowed(Role.DEPARTMENT, action) is None
    assert allowed(Role.SUPERVISOR, "user.create") is None  # only an admin makes an admin
    # Department staff work their own department's items and see no ID or date of birth.
    assert allowed(Role.DEPARTMENT, "item.update") == Scope.DEPARTMENT
    assert allowed(Role.DEPARTMENT, "resident.personal") is None
    assert allowed(Role.CLERK, "resident.personal") == Scope.COUNCIL


# What each action records: the hub and the stations check operations made elsewhere by the
# rule of their kind (desktop.sync.rules), which must let through exactly the roles the table
# gives the services that make them, or a station would apply what the hub refuses.
RECORDS = {
    "resident.register": ("resident.created",),
    "resident.update": ("resident.updated",),
    "resident.holdings_edit": ("holding.upserted",),
    "case.open": ("case.opened", "case.item_added"),
    "conflict.resolve": ("conflict.resolved", "collision.resolved"),
    "resident.merge": ("resident.merged",),
    "translation.edit": ("translation.set",),
    "user.manage": ("user.deactivated", "user.reactivated", "user.password_reset"),
    "access.log": ("access.logged",),
    "rules.edit": ("rule.upserted",),
    "catalogue.edit": ("request_type.upserted",),
    "knowledge.edit": ("knowledge.upserted",),
    "absence.manage": ("absence.set", "absence.cancelled"),
    "work.reassign": ("item.reassigned", "case.reassigned"),
    "outreach.scan": ("outreach.created",),
    "lobby.work": ("lobby.checked_in", "lobby.called", "lobby.ended", "lobby.left"),
    "extras.offer": ("offer.recorded",),
    "outbox.send": ("outbox.sent",),
    "user.create": ("user.created",),
}


def test_the_hub_lets_through_the_roles_the_table_gives():
    from desktop.sync.rules import RULES

    for action, kinds in RECORDS.items():
        roles = set(ACTIONS[action].grants)
        for kind in kinds:
            assert RULES[kind].roles == roles, (action, kind, RULES[kind].roles, roles)


# --- the walk ---------------------------------------------------------------------------------


@dataclass
class World:
    staff: dict[str, Actor]
    other_clerk: Actor
    own_case: dict[str, tuple[str, Any, Any]]  # role -> (number, case id, resident id)
    foreign_case: tuple[str, Any, Any]
    own_item: dict[str, Any]
    foreign_item: Any
    own_task: dict[str, Any]
    foreign_task: Any
    message: Any
    conflict: Any
    absence: Any
    waiting_visit: Any
    called_visit: Any
    rev: Any
    env: Any
    request_type: Any
    csv: Path
    collision: Any
    inactive: Any

    def case(self, role: str, own: bool) -> tuple[str, Any, Any]:
        return self.own_case[role] if own and role in self.own_case else self.foreign_case

    def item(self, role: str, own: bool) -> Any:
        return self.own_item[role] if own and role in self.own_item else self.foreign_item

    def task(self, role: str, own: bool) -> Any:
        return self.own_task[role] if own and role in self.own_task else self.foreign_task


def _resident(s, actor, n: int, last: str = "כהן"):
    from desktop.core.identity import complete_national_id

    form = ResidentForm(
        national_id=complete_national_id(f"{52000000 + n:08d}"),
        first_name=f"תושב{n}",
        last_name=last,
        phone=f"05212340{n:02d}",
        birth_date=dt.date(1950, 1, 1),
    )
    return create_resident(s, actor, form).id


def _finish(s, boss, item_id):
    update_item(s, boss, item_id, status="done", outcome="הבקשה טופלה ונשלחה תשובה בכתב")
    return s.scalar(select(Task.id).where(Task.item_id == item_id))


@pytest.fixture
def world(sessions, staff, tmp_path) -> World:
    boss, system = staff["supervisor"], staff["system"]
    with sessions.begin() as s:
        deps = {d.code: d.id for d in s.scalars(select(Department))}
        types = {t.code: t for t in catalogue(s)}
        eng_type = next(t for t in types.values() if t.department_id == deps["ENG"])
        rev_type = next(t for t in types.values() if t.department_id == deps["REV"])
        other = create_user(
            s, system, username="yossi", full_name="יוסי מזרחי", role=Role.CLERK,
            password="pass-pass-1",
        )  # fmt: skip
        other_clerk = Actor(other.id, system.station_id, system.station_code)
        now = clock.utcnow()
        own_case, own_item, own_task = {}, {}, {}
        for n, role in enumerate(("clerk", "department", "supervisor", "admin")):
            rid = _resident(s, boss, n)
            opener = boss if role == "department" else staff[role]
            case = open_case(s, opener, rid, [ItemDraft(eng_type.id)], service_started_at=now)
            if role == "department":
                reassign_cases(s, boss, [case.id], to_owner_id=staff[role].user_id, reason="בדיקה")
            own_case[role] = (case.number, case.id, rid)
            items = s.scalars(select(CaseItem.id).where(CaseItem.case_id == case.id)).all()
            own_item[role] = items[0]
            # A second case of theirs whose item is finished: its callback is theirs to make.
            done = open_case(s, opener, rid, [ItemDraft(eng_type.id)], service_started_at=now)
            if role == "department":
                reassign_cases(s, boss, [done.id], to_owner_id=staff[role].user_id, reason="בדיקה")
            item = s.scalar(select(CaseItem.id).where(CaseItem.case_id == done.id))
            own_task[role] = _finish(s, boss, item)
        rid = _resident(s, boss, 20, last="לוי")
        case = open_case(s, other_clerk, rid, [ItemDraft(rev_type.id)], service_started_at=now)
        foreign_case = (case.number, case.id, rid)
        foreign_item = s.scalar(select(CaseItem.id).where(CaseItem.case_id == case.id))
        done = open_case(s, other_clerk, rid, [ItemDraft(rev_type.id)], service_started_at=now)
        foreign_task = _finish(
            s, boss, s.scalar(select(CaseItem.id).where(CaseItem.case_id == done.id))
        )
        message = queue_update(s, boss, case.number).message_id
        conflict = clock.new_id()
        s.add(
            FieldConflict(
                id=conflict, entity_id=rid, field="address", winner_op=clock.new_id(),
                loser_op=clock.new_id(), winner_value="הזית 1", loser_value="הזית 2",
                winner_station=system.station_id, loser_station=system.station_id,
                detected_hlc="0", resolved_op=None, resolution="",
            )
        )  # fmt: skip
        today = clock.local_today()
        absence = set_absence(
            s, boss, other.id, boss.user_id, today, today + dt.timedelta(days=2), "חופשה"
        )
        waiting = lobby.check_in(s, boss, resident_id=rid, reason="ארנונה").id
        called = lobby.check_in(s, boss, typed_name="אורח", reason="מים").id
        lobby.call(s, boss, called, "1")
        collision = clock.new_id()
        s.add(
            KeyCollision(
                id=collision, table_name="users", key="dana", kept_id=staff["clerk"].user_id,
                other_id=other.id, detected_hlc="0", resolved_op=None, resolution="",
            )
        )  # fmt: skip
        gone = create_user(
            s, system, username="gone", full_name="עזב/ה", role=Role.CLERK, password="pass-pass-1"
        )
        deactivate_user(s, staff["admin"], gone.id)
    csv = tmp_path / "residents.csv"
    csv.write_text("ת.ז.,שם פרטי,שם משפחה\n039337423,יוסף,חדש\n", encoding="utf-8")
    return World(
        staff, other_clerk, own_case, foreign_case, own_item, foreign_item, own_task,
        foreign_task, message, conflict, absence, waiting, called, deps["REV"], deps["ENV"],
        eng_type.id, csv, collision, gone.id,
    )  # fmt: skip


Call = Callable[[Any, World, Actor, str, bool], Any]  # (session, world, actor, role, own)


@dataclass(frozen=True)
class Recipe:
    call: Call
    scoped: bool = False  # acts on something that is the caller's own, or someone else's
    action: str = ""  # when the function has two actions: the one this call needs


def _u(a: Actor):
    return a.user_id


def _rule() -> dict:
    from desktop.extras.eligibility import shipped_rules

    return dict(shipped_rules()[0], reason="סיבה אחרת לבדיקה")


def _holding(w: World, role: str, own: bool) -> dict:
    return {
        "resident_id": w.case(role, own)[2],
        "dog_name": "רקסי",
        "chip_number": "900000000000001",
        "licence_expiry": clock.local_today() + dt.timedelta(days=200),
        "rabies_vaccinated_on": None,
    }


def _recipes() -> dict[str, Recipe]:
    from desktop.core import accounts
    from desktop.counter import (
        access,
        cases,
        conflicts,
        drafts,
        knowledge,
        merging,
        receipt_data,
        reference,
        translations,
    )
    from desktop.counter import residents as res
    from desktop.extras import eligibility, holdings, outreach
    from desktop.extras.importing import apply
    from desktop.followthrough import absence, items, outbox, worklists
    from desktop.supervision import board, figures, reassign, settings_history

    today = clock.local_today()
    later = today + dt.timedelta(days=10)
    period = FigureFilter(today - dt.timedelta(days=30), today)
    return {
        "counter.cases.open_case": Recipe(
            lambda s, w, a, r, o: cases.open_case(
                s,
                a,
                w.case(r, o)[2],
                [ItemDraft(w.request_type)],
                service_started_at=clock.utcnow(),
            )  # fmt: skip
        ),
        "counter.cases.list_cases": Recipe(lambda s, w, a, r, o: cases.list_cases(s, a)),
        "counter.cases.get_case": Recipe(
            lambda s, w, a, r, o: cases.get_case(s, a, w.case(r, o)[0]), scoped=True
        ),
        "counter.cases.timeline": Recipe(
            lambda s, w, a, r, o: cases.timeline(
                s, a, cases.get_case(s, w.staff["supervisor"], w.case(r, o)[0])
            ),
            scoped=True,
        ),
        "counter.conflicts.open_conflicts": Recipe(
            lambda s, w, a, r, o: conflicts.open_conflicts(s, a)
        ),
        "counter.conflicts.resolve_conflict": Recipe(
            lambda s, w, a, r, o: conflicts.resolve_conflict(s, a, w.conflict, "shown")
        ),
        "counter.drafts.save_draft": Recipe(
            lambda s, w, a, r, o: drafts.save_draft(s, _u(a), {"x": 1}, clock.utcnow())
        ),
        "counter.drafts.load_draft": Recipe(lambda s, w, a, r, o: drafts.load_draft(s, _u(a))),
        "counter.drafts.discard_draft": Recipe(
            lambda s, w, a, r, o: drafts.discard_draft(s, _u(a))
        ),
        "counter.knowledge.seed_knowledge": Recipe(
            lambda s, w, a, r, o: knowledge.seed_knowledge(s, a)
        ),
        "counter.knowledge.save_knowledge": Recipe(
            lambda s, w, a, r, o: knowledge.save_knowledge(
                s, a, KnowledgeForm("שעות קבלת קהל בחג", "המשרדים סגורים בחג ופתוחים למחרת.")
            )
        ),
        "counter.receipt_data.receipt_pdf": Recipe(
            lambda s, w, a, r, o: receipt_data.receipt_pdf(s, a, w.case(r, o)[0]), scoped=True
        ),
        "counter.reference.save_request_type": Recipe(
            lambda s, w, a, r, o: reference.save_request_type(
                s, a, RequestTypeForm("בדיקת הרשאות", w.rev, 5, ("בודקים ועונים",))
            )
        ),
        "counter.residents.create_resident": Recipe(
            lambda s, w, a, r, o: res.create_resident(
                s, a, ResidentForm(national_id="039337423", first_name="חדש", last_name="תושב")
            )
        ),
        "counter.residents.update_resident": Recipe(
            lambda s, w, a, r, o: res.update_resident(
                s, a, w.case(r, o)[2], {"phone": "050-9998877"}
            ),
            scoped=True,
        ),
        "counter.residents.search_residents": Recipe(
            lambda s, w, a, r, o: res.search_residents(s, a, "כהן")
        ),
        "counter.residents.open_profile": Recipe(
            lambda s, w, a, r, o: res.open_profile(s, a, w.case(r, o)[2]), scoped=True
        ),
        "counter.residents.access_log": Recipe(
            lambda s, w, a, r, o: res.access_log(s, a, w.case(r, o)[2])
        ),
        "followthrough.absence.set_absence": Recipe(
            lambda s, w, a, r, o: absence.set_absence(
                s, a, w.other_clerk.user_id, w.staff["admin"].user_id, later, later, "השתלמות"
            )
        ),
        "followthrough.absence.cancel_absence": Recipe(
            lambda s, w, a, r, o: absence.cancel_absence(s, a, w.absence)
        ),
        "followthrough.absence.absences": Recipe(lambda s, w, a, r, o: absence.absences(s, a)),
        "followthrough.items.update_item": Recipe(
            lambda s, w, a, r, o: items.update_item(
                s,
                a,
                w.item(r, o),
                status="in_progress",
                next_step="מהנדס יבקר בנכס",
                expected_date=later,
            ),  # fmt: skip
            scoped=True,
        ),
        "followthrough.items.handoff_item": Recipe(
            lambda s, w, a, r, o: items.handoff_item(
                s, a, w.item(r, o), department_id=w.env, reason="לא בתחום המחלקה"
            ),
            scoped=True,
        ),
        "followthrough.items.complete_task": Recipe(
            lambda s, w, a, r, o: items.complete_task(
                s, a, w.task(r, o), reached=False, channel="phone", note="אין מענה"
            ),
            scoped=True,
        ),
        "followthrough.items.mark_notifications_read": Recipe(
            lambda s, w, a, r, o: items.mark_notifications_read(s, a, [clock.new_id()])
        ),
        "followthrough.items.notifications": Recipe(
            lambda s, w, a, r, o: items.notifications(s, _u(a))
        ),
        "followthrough.outbox.queue_update": Recipe(
            lambda s, w, a, r, o: outbox.queue_update(s, a, w.case(r, o)[0]), scoped=True
        ),
        "followthrough.outbox.deliver": Recipe(
            lambda s, w, a, r, o: outbox.deliver(s, a, w.message)
        ),
        "followthrough.outbox.mark_sent": Recipe(
            lambda s, w, a, r, o: outbox.mark_sent(s, a, w.message)
        ),
        "followthrough.outbox.pending": Recipe(lambda s, w, a, r, o: outbox.pending(s, a)),
        "followthrough.worklists.inbox": Recipe(lambda s, w, a, r, o: worklists.inbox(s, _u(a))),
        "followthrough.worklists.inbox_count": Recipe(
            lambda s, w, a, r, o: worklists.inbox_count(s, _u(a))
        ),
        "followthrough.worklists.my_cases": Recipe(
            lambda s, w, a, r, o: worklists.my_cases(s, _u(a))
        ),
        "followthrough.worklists.mark_seen": Recipe(
            lambda s, w, a, r, o: worklists.mark_seen(s, _u(a), w.case(r, True)[1])
        ),
        "followthrough.worklists.my_tasks": Recipe(
            lambda s, w, a, r, o: worklists.my_tasks(s, _u(a))
        ),
        "extras.eligibility.save_rule": Recipe(
            lambda s, w, a, r, o: eligibility.save_rule(s, a, _rule())
        ),
        "extras.eligibility.seed_rules": Recipe(lambda s, w, a, r, o: eligibility.seed_rules(s, a)),
        "extras.eligibility.offers_for": Recipe(
            lambda s, w, a, r, o: eligibility.offers_for(s, a, w.case(r, o)[2])
        ),
        "extras.eligibility.record_offer": Recipe(
            lambda s, w, a, r, o: eligibility.record_offer(
                s, a, w.case(r, o)[2], _rule()["code"], "shown"
            )
        ),
        "extras.holdings.save_holding": Recipe(
            lambda s, w, a, r, o: holdings.save_holding(s, a, "dog_licence", _holding(w, r, o))
        ),
        "extras.holdings.holdings_of": Recipe(
            lambda s, w, a, r, o: holdings.holdings_of(s, a, w.case(r, o)[2])
        ),
        "extras.importing.apply.import_table": Recipe(
            lambda s, w, a, r, o: apply.import_table(
                s, a, Table(["ת.ז.", "שם פרטי", "שם משפחה"], [(2, ["039337423", "יוסף", "חדש"])])
            )
        ),
        "extras.importing.apply.import_file": Recipe(
            lambda s, w, a, r, o: apply.import_file(s, a, w.csv)
        ),
        "extras.outreach.scan": Recipe(
            lambda s, w, a, r, o: outreach.scan(s, a), action="outreach.scan"
        ),
        "extras.outreach.scan/dry_run": Recipe(
            lambda s, w, a, r, o: outreach.scan(s, a, dry_run=True), action="outreach.preview"
        ),
        "lobby.visits.check_in": Recipe(
            lambda s, w, a, r, o: lobby.check_in(s, a, typed_name="אורחת", reason="ארנונה")
        ),
        "lobby.visits.call": Recipe(lambda s, w, a, r, o: lobby.call(s, a, w.waiting_visit, "2")),
        "lobby.visits.call_next": Recipe(lambda s, w, a, r, o: lobby.call_next(s, a, "2")),
        "lobby.visits.end": Recipe(lambda s, w, a, r, o: lobby.end(s, a, w.called_visit, None)),
        "lobby.visits.left": Recipe(lambda s, w, a, r, o: lobby.left(s, a, w.waiting_visit)),
        "lobby.visits.save_visit_case": Recipe(
            lambda s, w, a, r, o: lobby.save_visit_case(
                s, a, w.called_visit, w.case(r, o)[2], [ItemDraft(w.request_type)]
            )
        ),
        "lobby.visits.waiting_list": Recipe(lambda s, w, a, r, o: lobby.waiting_list(s, a)),
        "lobby.visits.get_visit": Recipe(
            lambda s, w, a, r, o: lobby.get_visit(s, a, w.waiting_visit)
        ),
        "lobby.visits.called_now": Recipe(lambda s, w, a, r, o: lobby.called_now(s, a)),
        "lobby.visits.last_counter": Recipe(lambda s, w, a, r, o: lobby.last_counter(s, _u(a))),
        "lobby.visits.live_state": Recipe(lambda s, w, a, r, o: lobby.live_state(s, a)),
        "lobby.visits.display_state": Recipe(lambda s, w, a, r, o: lobby.display_state(s, a)),
        "supervision.board.board": Recipe(lambda s, w, a, r, o: board.board(s, a)),
        "supervision.board.board_items": Recipe(lambda s, w, a, r, o: board.board_items(s, a)),
        "supervision.board.board_items_count": Recipe(
            lambda s, w, a, r, o: board.board_items_count(s, a, BoardFilter())
        ),
        "supervision.figures.compute_figures": Recipe(
            lambda s, w, a, r, o: figures.compute_figures(s, a, period)
        ),
        "supervision.reassign.reassign_items": Recipe(
            lambda s, w, a, r, o: reassign.reassign_items(
                s, a, [w.foreign_item], to_department_id=w.env, reason="איזון עומס"
            )
        ),
        "supervision.reassign.reassign_person_items": Recipe(
            lambda s, w, a, r, o: reassign.reassign_person_items(
                s, a, w.staff["department"].user_id, to_department_id=w.env, reason="איזון"
            )
        ),
        "supervision.reassign.reassign_cases": Recipe(
            lambda s, w, a, r, o: reassign.reassign_cases(
                s, a, [w.foreign_case[1]], to_owner_id=w.staff["clerk"].user_id, reason="איזון"
            )
        ),
        "supervision.reassign.reassign_person_cases": Recipe(
            lambda s, w, a, r, o: reassign.reassign_person_cases(
                s, a, w.other_clerk.user_id, to_owner_id=w.staff["clerk"].user_id, reason="איזון"
            )
        ),
        "supervision.settings_history.settings_history": Recipe(
            lambda s, w, a, r, o: settings_history.settings_history(s, a)
        ),
        "core.accounts.list_users": Recipe(lambda s, w, a, r, o: accounts.list_users(s, a)),
        "core.accounts.deactivate_user": Recipe(
            lambda s, w, a, r, o: accounts.deactivate_user(s, a, w.other_clerk.user_id)
        ),
        "core.accounts.reactivate_user": Recipe(
            lambda s, w, a, r, o: accounts.reactivate_user(s, a, w.inactive)
        ),
        "core.accounts.reset_password": Recipe(
            lambda s, w, a, r, o: accounts.reset_password(
                s, a, w.other_clerk.user_id, "temporary-123"
            )
        ),
        "core.accounts.change_password": Recipe(
            lambda s, w, a, r, o: accounts.change_password(
                s, a, PASSWORDS.get(r, "pass-pass-1"), "my-own-pass-9", "my-own-pass-9"
            )
        ),
        "counter.merging.merge_residents": Recipe(
            lambda s, w, a, r, o: merging.merge_residents(
                s, a, w.foreign_case[2], w.own_case["clerk"][2]
            )
        ),
        "counter.merging.open_collisions": Recipe(
            lambda s, w, a, r, o: merging.open_collisions(s, a)
        ),
        "counter.merging.acknowledge_collision": Recipe(
            lambda s, w, a, r, o: merging.acknowledge_collision(s, a, w.collision)
        ),
        "counter.translations.save_translation": Recipe(
            lambda s, w, a, r, o: translations.save_translation(
                s, a, "department", "REV", "en", {"name": "Revenue and property tax"}
            )
        ),
        "counter.translations.seed_translations": Recipe(
            lambda s, w, a, r, o: translations.seed_translations(s, a)
        ),
        "counter.access.log_access": Recipe(
            lambda s, w, a, r, o: access.log_access(s, a, "case", [w.case(r, o)[2]], "בדיקה")
        ),
        "counter.access.access_rows": Recipe(lambda s, w, a, r, o: access.access_rows(s, a)),
        "counter.access.export_access_log": Recipe(
            lambda s, w, a, r, o: access.export_access_log(s, a, [], "csv")
        ),
        "core.users.create_user": Recipe(
            lambda s, w, a, r, o: create_user(
                s,
                a,
                username="newadmin",
                full_name="מנהל חדש",
                role=Role.ADMIN,
                password="pass-pass-1",
            )  # fmt: skip
        ),
    }


RECIPES = _recipes()


def test_every_guarded_function_has_a_recipe():
    guarded = {
        (name, action)
        for name, entry in SERVICES.items()
        for action in (entry if isinstance(entry, tuple) else (entry,))
        if not isinstance(action, Exempt)
    }
    walked = set()
    for key, recipe in RECIPES.items():
        name = key.split("/")[0]
        walked.add((name, recipe.action or SERVICES[name]))
    assert guarded == walked, (sorted(guarded - walked), sorted(walked - guarded))


def _expected(role: str, action: str, scoped: bool, own: bool) -> bool:
    scope = allowed(None if role == "system" else Role(role), action)
    if scope is None:
        return False
    if scope == Scope.COUNCIL or not scoped:
        return True
    return own


@pytest.mark.parametrize("key", sorted(RECIPES))
def test_each_role_gets_what_the_table_gives(sessions, world, key):
    recipe = RECIPES[key]
    action = recipe.action or SERVICES[key.split("/")[0]]
    outcomes = {}
    for role in ROLES:
        for own in (True, False) if recipe.scoped else (True,):
            with sessions() as s:  # rolled back: every call sees the same world
                try:
                    recipe.call(s, world, world.staff[role], role, own)
                    got = True
                except NotAllowed:
                    got = False
                finally:
                    s.rollback()
            outcomes[role, own] = (got, _expected(role, action, recipe.scoped, own))
    wrong = {k: v for k, v in outcomes.items() if v[0] != v[1]}
    assert not wrong, f"{key} ({action}): (got, table) {wrong}"
    assert any(v[0] for v in outcomes.values()) and not all(v[0] for v in outcomes.values())
