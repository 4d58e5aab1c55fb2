"""Who may cause each kind of operation, checked wherever operations made elsewhere come in.

A station's token proves which station speaks, nothing more. So every operation taken in from
elsewhere (by the hub on push, by a station on pull) is checked against the rule of its kind
before it is stored:

- the operation is signed by the station that sent it (on the hub: the token's station);
- its user is an active user known to the receiving database, whose role may cause the kind,
  and who may work at the station that signed it: supervisors and admins, and users made on
  the hub, work anywhere; a user made at a station (a clerk its admin added) only there;
- an operation with no user is the system's own: allowed only for the kinds below that the
  system makes, and for the council's reference data and registrations only from the hub (a
  station joining a hub takes those from the hub; a standalone station seeds itself and never
  sends them anywhere);
- station identity (`station.created`) is only ever made by the hub.

Operations a station makes for itself are not checked here: the services check the caller
against the permission table (`desktop.core.permissions`) before they record, and the roles
below are those the table gives the services that record each kind (tests/core/test_permissions). The sequence number's freshness is kept by the
store: an operation reusing a (station, seq) already stored is not stored (quarantined).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.users import Role
from desktop.models import Operation, User
from desktop.phrases import phrase_later

ANYONE = frozenset(Role)
COUNTER = frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN})
SUPERVISORS = frozenset({Role.SUPERVISOR, Role.ADMIN})
ADMINS = frozenset({Role.ADMIN})
NOBODY: frozenset[Role] = frozenset()
# Roles that work at every station: their password hash goes to every station.
COUNCIL_WIDE = SUPERVISORS

# Where an operation without a user (the system's own) may come from.
NEVER, FROM_HUB, FROM_ANY = "never", "hub", "any"


@dataclass(frozen=True)
class Rule:
    roles: frozenset[Role]  # a user with one of these roles may cause it
    system: str = NEVER  # made with no user: never, only by the hub, or by any station
    why: str = ""
    own: bool = False  # only about the acting user themself (their own password)


RULES: dict[str, Rule] = {
    # Station identity and the council's registrations: the hub's alone.
    "station.created": Rule(NOBODY, FROM_HUB, "the hub registers stations"),
    "user.created": Rule(ADMINS, FROM_HUB, "admins add users; the first ones on the hub"),
    # A user's life: only admins deactivate, reactivate and reset; a password is changed by
    # its own user alone.
    "user.deactivated": Rule(ADMINS, why="deactivate_user: admins"),
    "user.reactivated": Rule(ADMINS, why="reactivate_user: admins"),
    "user.password_reset": Rule(ADMINS, why="reset_password: admins"),
    "user.password_changed": Rule(ANYONE, why="change_password: the user's own", own=True),
    # Reference data: seeded by the hub; departments and localities have no editing screen.
    "department.upserted": Rule(ADMINS, FROM_HUB, "council.json seeded on the hub"),
    "locality.upserted": Rule(ADMINS, FROM_HUB, "council.json seeded on the hub"),
    "request_type.upserted": Rule(SUPERVISORS, FROM_HUB, "save_request_type: catalogue.edit"),
    "knowledge.upserted": Rule(SUPERVISORS, FROM_HUB, "save_knowledge: knowledge.edit"),
    "translation.set": Rule(SUPERVISORS, FROM_HUB, "save_translation: translation.edit"),
    "rule.upserted": Rule(SUPERVISORS, FROM_HUB, "a supervisor's edit, or the shipped set"),
    # Supervision.
    "absence.set": Rule(SUPERVISORS, why="set_absence: absence.manage"),
    "absence.cancelled": Rule(SUPERVISORS, why="cancel_absence: absence.manage"),
    "item.reassigned": Rule(SUPERVISORS, why="reassign_items: work.reassign"),
    "case.reassigned": Rule(SUPERVISORS, why="reassign_cases: work.reassign"),
    "resident.merged": Rule(SUPERVISORS, why="merge_residents: resident.merge"),
    "collision.resolved": Rule(SUPERVISORS, why="acknowledge_collision: conflict.resolve"),
    "outreach.created": Rule(SUPERVISORS, FROM_ANY, "scan: outreach.scan, or the scheduled scan"),
    # The lobby: the counter's staff.
    "lobby.checked_in": Rule(COUNTER, why="check_in: COUNTER_STAFF"),
    "lobby.called": Rule(COUNTER, why="call_next: COUNTER_STAFF"),
    "lobby.recalled": Rule(COUNTER, why="call_next: COUNTER_STAFF"),
    "lobby.ended": Rule(COUNTER, why="end_visit: COUNTER_STAFF"),
    "lobby.left": Rule(COUNTER, why="left: COUNTER_STAFF"),
    # Imports of the council's files (`dalpak import`) run with no user at any station.
    "resident.created": Rule(COUNTER, FROM_ANY, "the counter, or an import"),
    "holding.upserted": Rule(COUNTER, FROM_ANY, "the counter, or an import"),
    "holding.removed": Rule(COUNTER, FROM_ANY, "the counter, or an import"),
    "outbox.queued": Rule(ANYONE, FROM_ANY, "the counter, or the scheduled scan"),
    # The day's work: any active user.
    "resident.updated": Rule(COUNTER, why="update_resident: resident.update"),
    "resident.viewed": Rule(ANYONE),
    "access.logged": Rule(ANYONE, why="log_access: whoever saw residents' data"),
    "case.opened": Rule(COUNTER, why="open_case: case.open"),
    "case.item_added": Rule(COUNTER, why="open_case: case.open"),
    "case.closed": Rule(ANYONE),
    "item.status_updated": Rule(ANYONE),
    "item.handed_off": Rule(ANYONE),
    "task.created": Rule(ANYONE),
    "task.attempted": Rule(ANYONE),
    "task.completed": Rule(ANYONE),
    "notification.read": Rule(ANYONE),
    "offer.recorded": Rule(COUNTER, why="record_offer: extras.offer"),
    "outbox.sent": Rule(COUNTER, why="deliver, mark_sent: outbox.send"),
    "conflict.resolved": Rule(SUPERVISORS, why="resolve_conflict: conflict.resolve"),
    # The quarantine's workflow (desktop.sync.quarantine): a supervisor, for the station's own
    # operations only (the appliers act on those alone).
    "operation.released": Rule(SUPERVISORS, why="retry_operation: SUPERVISORS"),
    "operation.corrected": Rule(SUPERVISORS, why="correct_operation: SUPERVISORS"),
    "operation.discarded": Rule(SUPERVISORS, why="discard_operation: SUPERVISORS"),
}

# Reason codes a refusal carries, with the text a supervisor reads. The texts are sent to the
# stations and kept in their quarantines in Hebrew; they are said when shown
# (desktop.sync.quarantine.reason_text).
REASONS = {
    "foreign_station": phrase_later("הפעולה חתומה בשם עמדה אחרת."),
    "unknown_kind": phrase_later("סוג פעולה שאין לו כלל הרשאה."),
    "hub_only": phrase_later("רק המרכזת רושמת עמדות ונתוני מועצה."),
    "no_user": phrase_later("פעולה ללא משתמש מותרת רק למערכת עצמה."),
    "unknown_user": phrase_later("המשתמש שרשום בפעולה אינו מוכר או אינו פעיל."),
    "role": phrase_later("לתפקיד של המשתמש אין הרשאה לפעולה הזו."),
    "other_station_user": phrase_later("המשתמש שייך לעמדה אחרת ואינו עובד בעמדה הזו."),
    "not_own": phrase_later("משתמש/ת רשאי/ת לשנות רק את הסיסמה של עצמו/ה."),
}


@dataclass(frozen=True)
class Refusal:
    op_id: uuid.UUID
    code: str

    @property
    def text(self) -> str:
        return REASONS[self.code]

    def as_reply(self) -> dict[str, str]:
        return {"id": str(self.op_id), "code": self.code, "text": self.text}


@dataclass
class _Known:
    role: str
    active: bool
    home: uuid.UUID | None  # the station that made the user
    deactivated_hlc: str = ""  # the clock of the deactivation in force


@dataclass
class Authority:
    """The checks of one receiving database: `hub_id` is the hub's own station (None when not
    yet known on a station), `sender` the station whose token sent the batch (hub only)."""

    hub_id: uuid.UUID | None
    sender: uuid.UUID | None = None
    _users: dict[uuid.UUID, _Known] = field(default_factory=dict)

    def check(self, session: Session, ops: list[Any]) -> list[Refusal]:
        """The refused operations of `ops`, in order; the others may be stored and applied.

        A user made, deactivated or reactivated earlier in the same batch counts so for the
        operations after it."""
        self._load_users(session, {op.user_id for op in ops if op.user_id is not None})
        refused = []
        for op in ops:
            code = self._refuse(op)
            if code is not None:
                refused.append(Refusal(op.id, code))
            elif op.kind == "user.created" and op.entity_id is not None:
                role = str(op.payload.get("role", ""))
                self._users[op.entity_id] = _Known(role, True, op.station_id)
            elif op.kind in ("user.deactivated", "user.reactivated"):
                self._load_users(session, {op.entity_id})
                known = self._users.get(op.entity_id)
                if known is not None:
                    known.active = op.kind == "user.reactivated"
                    known.deactivated_hlc = "" if known.active else op.hlc
        return refused

    def _refuse(self, op: Any) -> str | None:
        if self.sender is not None and op.station_id != self.sender:
            return "foreign_station"
        rule = RULES.get(op.kind)
        if rule is None:
            return "unknown_kind"
        from_hub = self.hub_id is not None and op.station_id == self.hub_id
        if op.kind == "station.created" and not from_hub:
            return "hub_only"
        if op.user_id is None:
            if rule.system == FROM_ANY or (rule.system == FROM_HUB and from_hub):
                return None
            return "hub_only" if rule.system == FROM_HUB else "no_user"
        user = self._users.get(op.user_id)
        if user is None or not (user.active or _before(op.hlc, user.deactivated_hlc)):
            return "unknown_user"
        if user.role not in rule.roles:
            return "role"
        if rule.own and op.entity_id != op.user_id:
            return "not_own"
        if not (user.role in COUNCIL_WIDE or from_hub or user.home in (op.station_id, self.hub_id)):
            return "other_station_user"
        return None

    def _load_users(self, session: Session, ids: set[uuid.UUID]) -> None:
        wanted = [i for i in ids if i not in self._users]
        if not wanted:
            return
        homes = dict(
            session.execute(
                select(Operation.entity_id, Operation.station_id).where(
                    Operation.entity_id.in_(wanted), Operation.kind == "user.created"
                )
            ).all()
        )
        for user_id, role, active, deactivated in session.execute(
            select(User.id, User.role, User.active, User.deactivated_hlc).where(User.id.in_(wanted))
        ):
            self._users[user_id] = _Known(role, active, homes.get(user_id), deactivated)


def _before(hlc: str, deactivated_hlc: str) -> bool:
    """Whether an operation was made before its user's deactivation (by the hybrid logical
    clock): a clerk's week offline before they left is still taken in. A station with a token
    could stamp anything, but could as well sign in an active user's name: no new power."""
    return bool(deactivated_hlc) and hlc < deactivated_hlc


def hub_station_on_station(session: Session, ops: list[Any]) -> uuid.UUID | None:
    """On a station: the hub's own station, i.e. the station of the first operation in the hub's
    order (the hub's own `station.created`, numbered 1 when the hub was made)."""
    first = session.execute(
        select(Operation.station_id, Operation.kind, Operation.entity_id, Operation.hub_seq)
        .where(Operation.hub_seq.is_not(None))
        .order_by(Operation.hub_seq)
        .limit(1)
    ).first()
    candidates = [op for op in ops if op.hub_seq is not None]
    if candidates:
        lowest = min(candidates, key=lambda op: op.hub_seq)
        if first is None or lowest.hub_seq < first.hub_seq:
            first = lowest
    if first is None or first.kind != "station.created" or first.entity_id != first.station_id:
        return None
    return first.station_id


def may_log_in_at(
    user_role: str, user_home: uuid.UUID, station: uuid.UUID, hub_id: uuid.UUID
) -> bool:
    """Whether a user's password hash goes to `station`: council-wide roles, users made on the
    hub, and the users made at that station."""
    return user_role in COUNCIL_WIDE or user_home in (station, hub_id)


PASSWORD_KINDS = ("user.created", "user.password_changed", "user.password_reset")


def password_owners(session: Session, ops: list[Any]) -> dict[uuid.UUID, tuple[str, uuid.UUID]]:
    """The role and home station of each user whose password the password operations among
    `ops` change (the hub's own records, not what the operation says)."""
    ids = {op.entity_id for op in ops if op.kind in PASSWORD_KINDS[1:]}
    if not ids:
        return {}
    homes = dict(
        session.execute(
            select(Operation.entity_id, Operation.station_id).where(
                Operation.entity_id.in_(ids), Operation.kind == "user.created"
            )
        ).all()
    )
    roles = dict(session.execute(select(User.id, User.role).where(User.id.in_(ids))).all())
    return {i: (roles[i], homes[i]) for i in ids if i in roles and i in homes}


def for_station(
    op: dict[str, Any],
    station: uuid.UUID,
    hub_id: uuid.UUID,
    owners: dict[uuid.UUID, tuple[str, uuid.UUID]] | None = None,
) -> dict[str, Any]:
    """A pulled operation as `station` may see it: others' password hashes removed. `owners`
    gives the role and home of the users whose password a later operation changes."""
    if op["kind"] not in PASSWORD_KINDS or "password_hash" not in op["payload"]:
        return op
    if op["kind"] == "user.created":
        role, home = str(op["payload"].get("role")), uuid.UUID(op["station_id"])
    else:
        owner = (owners or {}).get(uuid.UUID(op["entity_id"]))
        role, home = owner if owner is not None else ("", None)
    if home is not None and may_log_in_at(role, home, station, hub_id):
        return op
    payload = {k: v for k, v in op["payload"].items() if k != "password_hash"}
    return op | {"payload": payload}
