"""Who may do what: one table of role x action x scope, checked by every service.

A role is granted an action over a scope: the whole council, its own department's work (items
routed to the department or to the person, and the cases and residents they belong to) or its
own work (cases it owns, its tasks, notifications and drafts). The services call `require` or
`require_in_scope` before they read or change anything; the screens only hide what the services
would refuse anyway. `SERVICES` names every public function of the service packages with its
action, or says why it needs none; tests/core/test_permissions.py calls each with every role.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy.orm import Session

from desktop.core.errors import NotAllowed
from desktop.core.users import ROLE_LABELS, Role
from desktop.models import User
from desktop.phrases import Labels, phrase, phrase_later


class Scope(StrEnum):
    COUNCIL = "council"
    DEPARTMENT = "department"
    OWN = "own"


SCOPE_LABELS = Labels(
    {
        Scope.COUNCIL: "בכל המועצה",
        Scope.DEPARTMENT: "רק בעבודה של המחלקה שלו/ה",
        Scope.OWN: "רק בפניות ובמשימות שלו/ה",
    }
)


@dataclass(frozen=True)
class Permission:
    # What the action is, in Hebrew after "אין הרשאה" ("לפתור התנגשויות"); said when shown.
    label: str
    grants: Mapping[Role, Scope]
    # The station's own process, with no user: seeding, imports, the first admin.
    system: bool = False


_C, _D, _O = Scope.COUNCIL, Scope.DEPARTMENT, Scope.OWN
_CL, _DE, _SU, _AD = Role.CLERK, Role.DEPARTMENT, Role.SUPERVISOR, Role.ADMIN
COUNTER = {_CL: _C, _SU: _C, _AD: _C}
SUPERVISORS = {_SU: _C, _AD: _C}
ADMINS = {_AD: _C}
EVERYONE = {_CL: _C, _DE: _C, _SU: _C, _AD: _C}
EVERYONE_OWN = {_CL: _O, _DE: _O, _SU: _O, _AD: _O}
# A case's items: the counter (one stop shop: the clerk a resident meets handles the request to
# the end, at any counter), the departments they are routed to, supervisors.
CASE_WORK = {_CL: _C, _DE: _D, _SU: _C, _AD: _C}
# What the case's owner does: the counter, or department staff who were given the case.
OWNER_WORK = {_CL: _C, _DE: _O, _SU: _C, _AD: _C}

ACTIONS: dict[str, Permission] = {
    # Residents.
    "resident.search": Permission(phrase_later("לחפש תושבים"), EVERYONE),
    "resident.view": Permission(
        phrase_later("לפתוח כרטיס תושב/ת"), {_CL: _C, _DE: _D, _SU: _C, _AD: _C}
    ),
    # Who sees ID, date of birth and accessibility needs: the counter identifies residents;
    # a department needs only to reach them.
    "resident.personal": Permission(
        phrase_later("לראות תעודת זהות, תאריך לידה וצורכי נגישות"), COUNTER, True
    ),
    "resident.register": Permission(phrase_later("לרשום תושבים"), COUNTER),
    "resident.update": Permission(phrase_later("לעדכן פרטי תושבים"), COUNTER, True),
    "resident.access_log": Permission(phrase_later("לעיין ביומן הגישה ולייצא אותו"), ADMINS),
    # Whoever was shown residents' personal data writes that they saw it.
    "access.log": Permission(phrase_later("לרשום צפייה בפרטים אישיים"), EVERYONE),
    "resident.holdings": Permission(phrase_later("לעיין בנכסים ובהיתרים של תושבים"), COUNTER),
    "resident.holdings_edit": Permission(
        phrase_later("לעדכן נכסים והיתרים של תושבים"), COUNTER, True
    ),
    "resident.import": Permission(phrase_later("לייבא קובצי תושבים"), ADMINS, True),
    # Cases and their items.
    "case.open": Permission(phrase_later("לפתוח פניות"), COUNTER),
    "case.list": Permission(phrase_later("לעיין ברשימת כל הפניות"), COUNTER),
    "case.read": Permission(phrase_later("לעיין בפנייה"), {_CL: _C, _DE: _D, _SU: _C, _AD: _C}),
    "case.update_resident": Permission(phrase_later("לשלוח לתושב/ת עדכון על פנייה"), OWNER_WORK),
    "item.update": Permission(phrase_later("לעדכן נושא בפנייה"), CASE_WORK),
    "item.handoff": Permission(phrase_later("להעביר נושא למחלקה אחרת"), CASE_WORK),
    "task.complete": Permission(phrase_later("לבצע משימה"), OWNER_WORK),
    # What a person reads of their own: inbox, cases, tasks, notifications; the counter's draft.
    "work.own": Permission(phrase_later("לעיין בעבודה שלך"), EVERYONE_OWN),
    "draft.own": Permission(phrase_later("לשמור טיוטת פנייה"), {_CL: _O, _SU: _O, _AD: _O}),
    "outbox.send": Permission(phrase_later("לשלוח הודעות מתיבת היוצא"), COUNTER),
    # The extras and the proactive service.
    "extras.offer": Permission(phrase_later("להציע הטבות לתושבים"), COUNTER),
    "rules.edit": Permission(phrase_later("לערוך את כללי הזכאות"), SUPERVISORS),
    "outreach.scan": Permission(phrase_later("להפעיל את הסריקה היזומה"), SUPERVISORS),
    "outreach.preview": Permission(phrase_later("לראות מה תמצא הסריקה היזומה"), COUNTER, True),
    # The lobby.
    "lobby.work": Permission(phrase_later("לעבוד עם תור הלובי"), COUNTER),
    "lobby.read": Permission(phrase_later("לראות את תור הלובי"), COUNTER),
    # Supervision.
    "conflict.resolve": Permission(phrase_later("לטפל בהתנגשויות ובכפילויות"), SUPERVISORS),
    "resident.merge": Permission(phrase_later("למזג רשומות של תושבים"), SUPERVISORS),
    "translation.edit": Permission(phrase_later("לערוך את תרגומי הקטלוג"), SUPERVISORS),
    "catalogue.edit": Permission(phrase_later("לערוך את קטלוג סוגי הפניות"), SUPERVISORS),
    "knowledge.edit": Permission(phrase_later("לערוך את מאגר המידע"), SUPERVISORS),
    "absence.manage": Permission(phrase_later("לקבוע היעדרויות"), SUPERVISORS),
    "board.read": Permission(phrase_later("לעיין בעומס העבודה ובמדדים"), SUPERVISORS),
    "work.reassign": Permission(phrase_later("להעביר עבודה בין עובדים ומחלקות"), SUPERVISORS),
    "settings.history": Permission(phrase_later("לעיין בהיסטוריית ההגדרות"), SUPERVISORS),
    # Users and reference data.
    "user.create": Permission(phrase_later("להוסיף משתמשים"), ADMINS, True),
    "user.manage": Permission(
        phrase_later("לנהל משתמשים (השבתה, הפעלה מחדש, איפוס סיסמה)"), ADMINS
    ),
    "reference.seed": Permission(phrase_later("לטעון את נתוני המועצה"), {}, True),
}


class Exempt(StrEnum):
    """Why a public function of a service package checks no caller."""

    PURE = "pure"  # takes no database: its arguments and shipped files only (checked by a test)
    INTERNAL = (
        "internal"  # a step of other services, after their check; no screen or command calls it
    )
    MACHINERY = "machinery"  # the station's own workings: database, log, clock, sync bookkeeping
    OPEN = "open"  # reference data the council publishes (catalogue, departments, staff names)
    LOGIN = "login"  # proves who the caller is: there is no caller yet
    # Works on what a checked reader returned (a CaseView from get_case): the case's resident's
    # language and the catalogue's translations, nothing more (the test checks the parameter).
    AFTER_CHECK = "after_check"


# Every public function of the service packages: its action in ACTIONS (two when an argument
# decides, as a dry run of the scan), or why it has none.
SERVICES: dict[str, str | tuple[str, ...] | Exempt] = {
    # counter
    "counter.cases.expected_date_for": Exempt.PURE,
    "counter.cases.open_case": "case.open",
    "counter.cases.list_cases": "case.list",
    "counter.cases.get_case": "case.read",
    "counter.cases.timeline": "case.read",
    "counter.cases.case_scope": Exempt.INTERNAL,
    "counter.cases.reopened": Exempt.PURE,
    "counter.access.headers": Exempt.PURE,
    "counter.conflicts.conflict_id": Exempt.PURE,
    "counter.conflicts.detect_field_conflicts": Exempt.MACHINERY,
    "counter.conflicts.open_conflicts": "conflict.resolve",
    "counter.conflicts.resolve_conflict": "conflict.resolve",
    "counter.drafts.save_draft": "draft.own",
    "counter.drafts.load_draft": "draft.own",
    "counter.drafts.discard_draft": "draft.own",
    "counter.knowledge.seed_knowledge": "reference.seed",
    "counter.knowledge.search_knowledge": Exempt.OPEN,
    "counter.knowledge.answer_sheet": Exempt.PURE,
    "counter.knowledge.sheet_data": Exempt.PURE,
    "counter.knowledge.knowledge_entries": Exempt.OPEN,
    "counter.knowledge.save_knowledge": "knowledge.edit",
    "counter.receipt_data.receipt_data": Exempt.PURE,
    "counter.receipt_data.warm_up": Exempt.PURE,
    "counter.receipt_data.receipt_pdf": "case.read",
    "counter.receipt_data.receipt_copies": Exempt.AFTER_CHECK,
    "counter.receipt_data.resident_language": Exempt.AFTER_CHECK,
    "counter.reference.council": Exempt.PURE,
    "counter.reference.logo_path": Exempt.PURE,
    "counter.reference.council_logo": Exempt.PURE,
    "counter.reference.shipped_council_name": Exempt.PURE,
    "counter.reference.differs": Exempt.PURE,
    "counter.reference.quick_code": Exempt.PURE,
    "counter.reference.request_types": Exempt.OPEN,
    "counter.reference.match_request_types": Exempt.PURE,
    "counter.reference.request_type": Exempt.OPEN,
    "counter.reference.departments": Exempt.OPEN,
    "counter.reference.localities": Exempt.OPEN,
    "counter.reference.catalogue": Exempt.OPEN,
    "counter.reference.next_request_type_code": Exempt.OPEN,
    "counter.reference.save_request_type": "catalogue.edit",
    "counter.residents.validate_form": Exempt.PURE,
    "counter.residents.find_duplicates": Exempt.INTERNAL,
    "counter.residents.create_resident": "resident.register",
    "counter.residents.update_resident": "resident.update",
    "counter.residents.resident_row": Exempt.PURE,
    "counter.residents.token_rows": Exempt.PURE,
    "counter.residents.search_residents": "resident.search",
    "counter.residents.age_on": Exempt.PURE,
    "counter.residents.open_profile": "resident.view",
    "counter.residents.load_profile": Exempt.INTERNAL,
    "counter.residents.access_log": "resident.access_log",
    "counter.residents.field_clock": Exempt.PURE,
    "counter.residents.note_same_id": Exempt.MACHINERY,
    "counter.residents.survivor_of": Exempt.INTERNAL,
    "counter.resident_edits.checked_changes": Exempt.INTERNAL,
    "counter.access.log_access": "access.log",
    "counter.access.keep_from": Exempt.PURE,
    "counter.access.purge_access_log": Exempt.MACHINERY,
    "counter.access.access_rows": "resident.access_log",
    "counter.access.export_access_log": "resident.access_log",
    "counter.access.purge_now": Exempt.MACHINERY,
    "counter.access.purge_daily": Exempt.MACHINERY,
    "counter.merging.recompute": Exempt.MACHINERY,
    "counter.merging.merge_residents": "resident.merge",
    "counter.merging.open_collisions": "conflict.resolve",
    "counter.merging.acknowledge_collision": "conflict.resolve",
    # The catalogue's translations: reference data the council publishes, like the catalogue.
    "counter.translations.entity_id": Exempt.PURE,
    "counter.translations.originals": Exempt.OPEN,
    "counter.translations.translations": Exempt.OPEN,
    "counter.translations.missing_translations": Exempt.OPEN,
    "counter.translations.translation_entries": Exempt.OPEN,
    "counter.translations.translator": Exempt.OPEN,
    "counter.translations.council_in": Exempt.PURE,
    "counter.translations.save_translation": "translation.edit",
    "counter.translations.seed_translations": "reference.seed",
    # followthrough
    "followthrough.absence.set_absence": "absence.manage",
    "followthrough.absence.cancel_absence": "absence.manage",
    "followthrough.absence.stand_in_for": Exempt.INTERNAL,
    "followthrough.absence.covered_by": Exempt.INTERNAL,
    "followthrough.absence.absences": "absence.manage",
    "followthrough.items.owner_notification_id": Exempt.PURE,
    "followthrough.items.owner_at": Exempt.MACHINERY,
    "followthrough.items.update_item": "item.update",
    "followthrough.items.handoff_item": "item.handoff",
    "followthrough.items.settle_task_owner": Exempt.MACHINERY,
    "followthrough.items.settle_owner_news": Exempt.MACHINERY,
    "followthrough.items.complete_task": "task.complete",
    "followthrough.items.mark_notifications_read": "work.own",
    "followthrough.items.notifications": "work.own",
    "followthrough.outbox.status_text": Exempt.PURE,
    "followthrough.outbox.queue_update": "case.update_resident",
    "followthrough.outbox.deliver": "outbox.send",
    "followthrough.outbox.send_email": Exempt.INTERNAL,
    "followthrough.outbox.mark_sent": "outbox.send",
    "followthrough.outbox.pending": "outbox.send",
    "followthrough.worklists.inbox": "work.own",
    "followthrough.worklists.inbox_count": "work.own",
    "followthrough.worklists.my_cases": "work.own",
    "followthrough.worklists.mark_seen": "work.own",
    "followthrough.worklists.my_tasks": "work.own",
    # extras
    "extras.eligibility.school_year_start": Exempt.PURE,
    "extras.eligibility.check_condition": Exempt.PURE,
    "extras.eligibility.evaluate": Exempt.PURE,
    "extras.eligibility.sql_hint": Exempt.PURE,
    "extras.eligibility.check_rule": Exempt.PURE,
    "extras.eligibility.save_rule": "rules.edit",
    "extras.eligibility.seed_rules": "reference.seed",
    "extras.eligibility.active_rules": Exempt.OPEN,
    "extras.eligibility.facts_for": Exempt.INTERNAL,
    "extras.eligibility.offers_for": "extras.offer",
    "extras.eligibility.record_offer": "extras.offer",
    "extras.holdings.holding_row": Exempt.PURE,
    "extras.holdings.claimed_number": Exempt.PURE,
    "extras.holdings.settle_account_number": Exempt.MACHINERY,
    "extras.holdings.save_holding": "resident.holdings_edit",
    "extras.holdings.holdings_of": "resident.holdings",
    "extras.holdings.expiry_note": Exempt.PURE,
    "extras.importing.apply.import_table": "resident.import",
    "extras.importing.apply.import_file": "resident.import",
    "extras.importing.files.read_table": Exempt.PURE,
    "extras.outreach.outreach_id": Exempt.PURE,
    "extras.outreach.find_due": Exempt.INTERNAL,
    "extras.outreach.scan": ("outreach.scan", "outreach.preview"),
    "extras.outreach.message_text": Exempt.PURE,
    "extras.retirement.retirement_age": Exempt.PURE,
    "extras.retirement.retirement_date": Exempt.PURE,
    "extras.retirement.reached_retirement": Exempt.PURE,
    # lobby
    "lobby.visits.local_day": Exempt.PURE,
    "lobby.visits.this_station": Exempt.MACHINERY,
    "lobby.visits.next_ticket": Exempt.INTERNAL,
    "lobby.visits.check_in": "lobby.work",
    "lobby.visits.call": "lobby.work",
    "lobby.visits.call_next": "lobby.work",
    "lobby.visits.end": "lobby.work",
    "lobby.visits.left": "lobby.work",
    "lobby.visits.save_visit_case": "lobby.work",
    "lobby.visits.waiting_list": "lobby.read",
    "lobby.visits.get_visit": "lobby.read",
    "lobby.visits.called_now": "lobby.read",
    "lobby.visits.last_counter": "lobby.work",
    "lobby.visits.expected_wait": Exempt.OPEN,
    "lobby.visits.live_state": "lobby.read",
    "lobby.visits.display_state": "lobby.read",
    # supervision
    "supervision.board.at_risk_days": Exempt.PURE,
    "supervision.board.open_items": Exempt.PURE,
    "supervision.board.board": "board.read",
    "supervision.board.board_items": "board.read",
    "supervision.board.board_items_count": "board.read",
    "supervision.board.board_choices": Exempt.OPEN,
    "supervision.figure_choices.filter_choices": Exempt.OPEN,
    "supervision.figure_facts.refresh_on": Exempt.MACHINERY,
    "supervision.figure_facts.rebuild_on": Exempt.MACHINERY,
    "supervision.figure_facts.refresh": Exempt.MACHINERY,
    "supervision.figure_facts.pending": Exempt.MACHINERY,
    "supervision.figure_tables.chart_data": Exempt.PURE,
    "supervision.figure_tables.period_text": Exempt.PURE,
    "supervision.figure_tables.summary_rows": Exempt.PURE,
    "supervision.figure_tables.figure_tables": Exempt.PURE,
    "supervision.figure_tables.cell_text": Exempt.PURE,
    "supervision.figure_tables.figures_pdf": Exempt.PURE,
    "supervision.figures.compute_figures": "board.read",
    "supervision.figures.compute_from_rows": Exempt.INTERNAL,
    "supervision.figures_excel.figures_workbook": Exempt.PURE,
    "supervision.reassign.reassign_items": "work.reassign",
    "supervision.reassign.reassign_person_items": "work.reassign",
    "supervision.reassign.reassign_cases": "work.reassign",
    "supervision.reassign.reassign_person_cases": "work.reassign",
    "supervision.settings_history.settings_history": "settings.history",
    # core
    "core.calendar.holiday_name": Exempt.PURE,
    "core.calendar.is_business_day": Exempt.PURE,
    "core.calendar.add_business_days": Exempt.PURE,
    "core.calendar.business_days_between": Exempt.PURE,
    "core.clock.new_id": Exempt.PURE,
    "core.clock.utcnow": Exempt.PURE,
    "core.clock.wall_ms": Exempt.PURE,
    "core.clock.local_today": Exempt.PURE,
    "core.clock.hlc_tick": Exempt.PURE,
    "core.clock.hlc_receive": Exempt.PURE,
    "core.clock.to_local": Exempt.PURE,
    "core.db.data_dir": Exempt.PURE,
    "core.db.default_url": Exempt.PURE,
    "core.db.make_engine": Exempt.MACHINERY,
    "core.db.alembic_config": Exempt.MACHINERY,
    "core.db.current_revision": Exempt.MACHINERY,
    "core.db.migrate": Exempt.MACHINERY,
    "core.db.session_factory": Exempt.MACHINERY,
    "core.db.transaction": Exempt.MACHINERY,
    "core.db.local_station": Exempt.MACHINERY,
    "core.db.ensure_station": Exempt.MACHINERY,
    "core.db.open_database": Exempt.MACHINERY,
    "core.db.sqlite_path": Exempt.PURE,
    "core.db.is_encrypted": Exempt.MACHINERY,
    "core.db.private_file": Exempt.MACHINERY,
    # The operating system's credential store: the station's keys and secrets, never a screen's.
    "core.credentials.hub_token_name": Exempt.PURE,
    "core.credentials.get": Exempt.MACHINERY,
    "core.credentials.put": Exempt.MACHINERY,
    "core.credentials.forget": Exempt.MACHINERY,
    "core.credentials.database_key": Exempt.MACHINERY,
    "core.failures.shown_url": Exempt.PURE,
    "core.failures.describe": Exempt.PURE,
    "core.failures.unexpected": Exempt.PURE,
    "core.identity.national_id_check_ok": Exempt.PURE,
    "core.identity.normalize_national_id": Exempt.PURE,
    "core.identity.complete_national_id": Exempt.PURE,
    "core.identity.phone_digits": Exempt.PURE,
    "core.identity.normalize_phone": Exempt.PURE,
    "core.identity.format_phone": Exempt.PURE,
    "core.identity.display_phone": Exempt.PURE,
    "core.identity.normalize_email": Exempt.PURE,
    "core.logs.log_dir": Exempt.PURE,
    "core.logs.log_file": Exempt.PURE,
    "core.logs.mask": Exempt.PURE,
    "core.logs.quiet_theme": Exempt.PURE,
    "core.logs.setup": Exempt.PURE,
    "core.logs.enable_crash_dumps": Exempt.PURE,
    "core.numbering.format_case_number": Exempt.PURE,
    "core.numbering.is_valid_case_number": Exempt.PURE,
    "core.numbering.normalize_case_number": Exempt.PURE,
    "core.numbering.last_case_number": Exempt.MACHINERY,
    "core.numbering.next_case_number": Exempt.MACHINERY,
    "core.oplog.applier": Exempt.PURE,
    "core.oplog.bulk_applier": Exempt.PURE,
    "core.oplog.registry_complete": Exempt.PURE,
    "core.oplog.registered_kinds": Exempt.PURE,
    "core.oplog.jsonable": Exempt.PURE,
    "core.oplog.station_state": Exempt.MACHINERY,
    "core.oplog.record": Exempt.MACHINERY,
    "core.oplog.apply": Exempt.MACHINERY,
    "core.oplog.apply_many": Exempt.MACHINERY,
    "core.oplog.rebuild_state": Exempt.MACHINERY,
    "core.oplog.uuid_or_none": Exempt.PURE,
    "core.oplog.parse_dt": Exempt.PURE,
    "core.oplog.parse_date": Exempt.PURE,
    "core.oplog.record_bulk": Exempt.MACHINERY,
    "core.oplog.entity_history": Exempt.MACHINERY,
    "core.oplog.readable": Exempt.PURE,
    "core.oplog.after_apply": Exempt.PURE,
    "core.oplog.written_again": Exempt.MACHINERY,
    "core.oplog.replaying": Exempt.MACHINERY,
    "core.people.users": Exempt.OPEN,
    "core.permissions.caller": Exempt.MACHINERY,
    "core.permissions.require": Exempt.MACHINERY,
    "core.permissions.require_in_scope": Exempt.MACHINERY,
    "core.permissions.allowed": Exempt.PURE,
    "core.roles.role_of": Exempt.MACHINERY,
    "core.roles.require_role": Exempt.MACHINERY,
    "core.roles.require_supervisor": Exempt.MACHINERY,
    # The station's settings file: changed by IT on the machine (`dalpak settings`), bounded.
    "core.settings.config_dir": Exempt.MACHINERY,
    "core.settings.get": Exempt.MACHINERY,
    "core.settings.checked": Exempt.PURE,
    "core.settings.set_value": Exempt.MACHINERY,
    "core.settings.shown": Exempt.MACHINERY,
    "core.textsearch.normalize_name": Exempt.PURE,
    "core.textsearch.name_tokens": Exempt.PURE,
    "core.textsearch.prefix_upper_bound": Exempt.PURE,
    "core.users.create_user": "user.create",
    "core.users.hash_password": Exempt.PURE,
    "core.users.password_problem": Exempt.PURE,
    "core.accounts.list_users": "user.manage",
    "core.accounts.deactivate_user": "user.manage",
    "core.accounts.reactivate_user": "user.manage",
    "core.accounts.reset_password": "user.manage",
    "core.accounts.change_password": "work.own",
    # Wrong passwords counted per user name at this station: part of logging in.
    "core.lockout.standing": Exempt.LOGIN,
    "core.lockout.record_failure": Exempt.LOGIN,
    "core.lockout.clear": Exempt.LOGIN,
    "core.limits.max_length": Exempt.PURE,
    "core.limits.check_values": Exempt.PURE,
    "core.limits.check_row": Exempt.PURE,
    "core.convergence.latest": Exempt.MACHINERY,
    "core.convergence.claimed_key": Exempt.MACHINERY,
    "core.convergence.placeholder": Exempt.PURE,
    "core.convergence.settle_key": Exempt.MACHINERY,
    "core.convergence.give_keys": Exempt.MACHINERY,
    "core.convergence.collision_id": Exempt.PURE,
    "core.convergence.note_collision": Exempt.MACHINERY,
    "core.convergence.note_pair": Exempt.MACHINERY,
    "core.convergence.check_typed_key": Exempt.PURE,
    "core.convergence.upsert_keyed": Exempt.MACHINERY,
    "core.users.authenticate": Exempt.LOGIN,
    "core.users.as_logged_in": Exempt.PURE,
    "core.users.check_password": Exempt.LOGIN,
}


@dataclass(frozen=True)
class Caller:
    """Who calls a service, as the table sees them. `role` None: the system itself."""

    user_id: uuid.UUID | None
    role: Role | None
    department_id: uuid.UUID | None
    scope: Scope = Scope.COUNCIL
    _personal: bool = field(default=False, repr=False)

    @property
    def sees_personal(self) -> bool:
        """Whether ID, date of birth and accessibility needs may be returned to the caller."""
        return self._personal

    def covers(
        self, departments: Iterable[uuid.UUID | None] = (), people: Iterable[uuid.UUID | None] = ()
    ) -> bool:
        """Whether something of `departments` (routed there) and `people` (owned or held by
        them) is within the caller's scope."""
        if self.scope == Scope.COUNCIL:
            return True
        if self.user_id is not None and self.user_id in set(people):
            return True
        return self.scope == Scope.DEPARTMENT and (
            self.department_id is not None and self.department_id in set(departments)
        )


def allowed(role: Role | None, action: str) -> Scope | None:
    """The scope the table gives `role` (None: the system) for `action`, or None."""
    permission = ACTIONS[action]
    if role is None:
        return Scope.COUNCIL if permission.system else None
    return permission.grants.get(role)


def _refusal(action: str) -> NotAllowed:
    permission = ACTIONS[action]
    who = ", ".join(
        ROLE_LABELS[role] + ("" if scope == Scope.COUNCIL else f" ({SCOPE_LABELS[scope]})")
        for role, scope in permission.grants.items()
    )
    action_label = phrase(permission.label)
    if not who:
        return NotAllowed(
            phrase("אין הרשאה {action}. רק המערכת עצמה עושה זאת.").format(action=action_label)
        )
    return NotAllowed(
        phrase("אין הרשאה {action}. הפעולה מותרת ל: {allowed}.").format(
            action=action_label, allowed=who
        )
    )


def caller(session: Session, user_id: uuid.UUID | None, action: str) -> Caller | None:
    """The caller as the table sees them for `action`, or None when the table refuses them."""
    if user_id is None:
        role, department = None, None
    else:
        user = session.get(User, user_id)
        if user is None or not user.active:
            return None
        role, department = Role(user.role), user.department_id
    scope = allowed(role, action)
    if scope is None:
        return None
    personal = allowed(role, "resident.personal") is not None
    return Caller(user_id, role, department, scope, personal)


def require(session: Session, user_id: uuid.UUID | None, action: str) -> Caller:
    """The caller when the table gives their role `action` in some scope; otherwise NotAllowed
    naming the action and who may do it, in Hebrew. The scope is checked by the service
    (`require_in_scope`, or `Caller.covers` when it filters a list)."""
    found = caller(session, user_id, action)
    if found is None:
        raise _refusal(action)
    return found


def require_in_scope(
    session: Session,
    user_id: uuid.UUID | None,
    action: str,
    *,
    departments: Iterable[uuid.UUID | None] = (),
    people: Iterable[uuid.UUID | None] = (),
) -> Caller:
    """`require`, and the thing acted on (routed to `departments`, owned or held by `people`)
    is within the caller's scope."""
    found = require(session, user_id, action)
    if not found.covers(departments, people):
        permission = ACTIONS[action]
        raise NotAllowed(
            phrase("אין הרשאה {action} כאן: ל{role} מותר {scope}.").format(
                action=phrase(permission.label),
                role=ROLE_LABELS[found.role],
                scope=SCOPE_LABELS[found.scope],
            )
        )
    return found
