"""The quarantine as a workflow: a supervisor sees why an operation of the station is held,
retries it, corrects it, or discards it with a reason; each choice is an operation that syncs.

Where an operation is held:
- the hub refused it (its rules) or could not apply it, or it waits behind another held
  operation on the same case or resident: the hub keeps it unnumbered and never serves it;
- the station that made it keeps it in its own quarantine as the hub reports it (every push
  reply lists the station's held operations), still applied there until a supervisor acts.

What a supervisor does, at the station that made it (only there: the hub acts on a station's
own operations only):
- **retry** (`operation.released`): the hub applies it now (after, say, the missing user was
  registered) and serves it to everyone; if it fails again it stays held, with the new reason;
- **correct** (`operation.corrected`): the held operation's payload is replaced by the
  corrected one (the old one is kept in the correction) and it is retried;
- **discard** (`operation.discarded`): it is void everywhere, for good.
The operations waiting behind it are retried after it (and discarded with it when they cannot
stand without it). The station that made a corrected or discarded operation had applied it:
it derives its state again from the log (`rebuild_state`), so it ends equal to the hub.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.errors import DalpakError, ValidationError
from desktop.core.oplog import (
    UNREADABLE,
    Actor,
    _hub_counter,
    applier,
    apply,
    rebuild_state,
    record,
    replaying,
)
from desktop.core.roles import SUPERVISORS, require_role
from desktop.models import Operation, QuarantinedOperation, Station, StationState
from desktop.phrases import Labels, phrase, phrase_later
from desktop.sync.ingest import WAITS, failure, related
from desktop.sync.rules import REASONS
from desktop.sync.wire import to_wire

RESOLVE_KINDS = ("operation.released", "operation.corrected", "operation.discarded")

# Why an operation held behind another was discarded with it: kept in the discarding operation,
# which syncs, so in Hebrew everywhere; said when shown (`resolution_text`).
FOLLOWS_CORRECTED = phrase_later("תלויה בפעולה שתוקנה ולא ניתן להחיל אותה")
FOLLOWS_DISCARDED = phrase_later("תלויה בפעולה שבוטלה ({reason})")


# --- the appliers (every database) ------------------------------------------------------------


def _own_row(session: Session, op: Operation) -> QuarantinedOperation | None:
    """The held row of op's target, when the target is op's own station's (nobody resolves
    another station's operations).

    None in a replay of the log (`rebuild_state`): the quarantine is this station's own
    record, not derived from the log, and already holds what every choice made of it. A
    replayed retry must not release a row the hub has held again since (the operation, left
    out of the replay as held, would then be neither applied nor held here); a retried
    operation is replayed in its own place by clock, a discarded one is left out.
    """
    if replaying(session):
        return None
    row = session.get(QuarantinedOperation, op.entity_id)
    if row is None or row.status != "held" or row.station_id != op.station_id:
        return None
    return row


def _retry(session: Session, row: QuarantinedOperation) -> None:
    """Apply the held operation here if it is not applied yet; released or still held."""
    target = session.get(Operation, row.op_id)
    if target is None:
        # Refused before it was stored (the hub): its station sends it again.
        return
    if not row.applied_here:
        try:
            with session.begin_nested():
                apply(session, target)
                session.flush()
        except Exception as err:  # noqa: BLE001 - it stays held with the reason
            # Still behind the operation it waited for, if any: it goes with that one.
            row.reason = failure("not applied", err, target)
            return
    session.delete(row)
    session.flush()
    if _hub_counter(session) is not None:
        # Numbered after the batch it came with (desktop.sync.ingest), then served.
        session.info.setdefault("released_on_hub", {})[target.id] = True


@applier("operation.released")
def _apply_released(session: Session, op: Operation) -> None:
    row = _own_row(session, op)
    if row is not None:
        _retry(session, row)


@applier("operation.corrected")
def _apply_corrected(session: Session, op: Operation) -> None:
    row = _own_row(session, op)
    if row is None:
        return
    target = session.get(Operation, row.op_id)
    payload = op.payload["payload"]
    if target is not None:
        target.payload = payload
    row.operation = dict(row.operation, payload=payload)
    if row.applied_here:
        # The station that made it applied the old payload: it derives its state again.
        session.info["rederive"] = True
        session.delete(row)
        session.flush()
        return
    _retry(session, row)


@applier("operation.discarded")
def _apply_discarded(session: Session, op: Operation) -> None:
    row = _own_row(session, op)
    if row is None:
        return
    if row.applied_here:
        session.info["rederive"] = True
    row.status = "discarded"
    row.resolved_op = op.id
    row.resolution = str(op.payload.get("reason", ""))[:500]
    row.applied_here = False


# --- what the station learns from the hub ---------------------------------------------------


def _hub_reason(reason: str) -> str:
    """The hub's reason as this station keeps it (a refusal with its text, as a push reply
    gives it)."""
    if reason.startswith("refused: "):
        code = reason.removeprefix("refused: ").split(" ")[0]
        return f"refused by the hub: {code}: {REASONS.get(code, '')}"
    return f"held by the hub: {reason[:1500]}"


def keep_held_by_hub(session: Session, held: list[dict[str, Any]]) -> list[uuid.UUID]:
    """Make this station's quarantine hold its own operations exactly as the hub holds them.

    Held at the hub and not here: kept here with the hub's reason (still applied here). Held
    here, sent, and no longer held at the hub: the hub applied it (a retry), so it is released
    here too, and applied if a re-derivation had taken it out. Returns those newly held.
    """
    state = session.get(StationState, 1)
    if state is None:
        return []
    own = state.station_id
    at_hub = {}
    for item in held:
        try:
            at_hub[uuid.UUID(str(item["id"]))] = item
        except (KeyError, ValueError):
            continue
    rows = {
        q.op_id: q
        for q in session.scalars(
            select(QuarantinedOperation).where(QuarantinedOperation.station_id == own)
        )
    }
    # Resolved here and not yet sent: the hub does not know yet.
    pending = set(
        session.scalars(
            select(Operation.entity_id).where(
                Operation.station_id == own,
                Operation.kind.in_(RESOLVE_KINDS),
                Operation.acked.is_(False),
            )
        )
    )
    new = []
    for op_id, item in at_hub.items():
        if op_id in rows or op_id in pending:
            continue
        op = session.get(Operation, op_id)
        if op is None or op.station_id != own:
            continue
        waits = item.get("waits_for")
        session.add(
            QuarantinedOperation(
                op_id=op.id,
                station_id=own,
                kind=op.kind,
                operation=to_wire(op),
                reason=_hub_reason(str(item.get("reason", ""))),
                at=clock.utcnow(),
                status="held",
                waits_for=uuid.UUID(waits) if waits else None,
                applied_here=True,
                resolution="",
            )
        )
        new.append(op.id)
    for op_id, row in rows.items():
        if row.status != "held" or op_id in at_hub:
            continue
        op = session.get(Operation, op_id)
        if op is None or not op.acked:
            continue  # refused and not sent again, or never sent: stays held
        _retry(session, row)
    session.flush()
    return new


# --- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeldOperation:
    op_id: uuid.UUID
    station: str
    own: bool  # made at this station: a supervisor here may retry, correct or discard it
    kind: str
    at: dt.datetime
    reason: str  # in Hebrew
    status: str
    waits_for: uuid.UUID | None
    fields: dict[str, str]  # the payload's text fields, for a correction
    resolution: str


KIND_LABELS = Labels(
    {
        "resident.created": "רישום תושב/ת",
        "resident.updated": "עדכון פרטי תושב/ת",
        "resident.viewed": "צפייה בתיק תושב/ת",
        "case.opened": "פתיחת פנייה",
        "case.item_added": "פריט בפנייה",
        "case.closed": "סגירת פנייה",
        "item.status_updated": "עדכון מצב פריט",
        "item.handed_off": "העברת פריט",
        "lobby.checked_in": "הגעה ללובי",
        "user.created": "הוספת משתמש/ת",
        "holding.upserted": "נכס או זכות של תושב/ת",
        "locality.upserted": "יישוב",
        "notification.read": "קריאת התראות",
    }
)


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def reason_text(reason: str) -> str:
    """A quarantine reason as a supervisor reads it, in the user's language (the reason is kept
    as the hub or this station wrote it: a tag, and the hub's Hebrew text of a refusal)."""
    text = reason.removeprefix("held by the hub: ")
    at_hub = reason.startswith("held by the hub")
    if text.startswith(WAITS):
        if at_hub:
            return phrase("ממתינה לפעולה קודמת על אותה פנייה או אותו תושב שבהסגר (במרכזת).")
        return phrase("ממתינה לפעולה קודמת על אותה פנייה או אותו תושב שבהסגר (בעמדה).")
    if text.startswith("refused by the hub: ") or text.startswith("refused: "):
        code = text.split(": ", 2)[1].split(" ")[0]
        return phrase("המרכזת דחתה: {reason}").format(reason=phrase(REASONS.get(code, text)))
    if text.startswith("not applied"):
        cause = text.split(": ", 1)[-1].split(" (op")[0]
        hint = {
            "ValidationError": phrase("ערך ארוך מדי או שגוי"),
            "IntegrityError": phrase("סותרת נתון קיים, או תלויה ברשומה שאינה קיימת"),
            "DataError": phrase("ערך ארוך מדי או שגוי"),
            "KeyError": phrase("חסרים בה נתונים"),
        }.get(cause, cause)
        if at_hub:
            return phrase("לא ניתן להחיל במרכזת: {cause}.").format(cause=hint)
        return phrase("לא ניתן להחיל בעמדה: {cause}.").format(cause=hint)
    if text.startswith("not stored"):
        if at_hub:
            return phrase("לא נשמרה במרכזת: מספר פעולה שכבר נמצא בשימוש (גיבוי ששוחזר?).")
        return phrase("לא נשמרה בעמדה: מספר פעולה שכבר נמצא בשימוש (גיבוי ששוחזר?).")
    return text or phrase(UNREADABLE)


def hub_reason_text(reason: str) -> str:
    """A reason the hub gives for holding one of this station's operations (its quarantine
    listing), as a supervisor reads it."""
    return reason_text(_hub_reason(reason))


def resolution_text(resolution: str) -> str:
    """Why a held operation was discarded, in the user's language: the reasons this module
    wrote are said; a reason a supervisor typed is shown as typed."""
    head, _, tail = FOLLOWS_DISCARDED.partition("{reason}")
    if (
        resolution.startswith(head)
        and resolution.endswith(tail)
        and len(resolution) > len(head + tail)
    ):
        typed = resolution[len(head) : len(resolution) - len(tail)]
        return phrase(FOLLOWS_DISCARDED).format(reason=typed)
    if resolution == FOLLOWS_CORRECTED:
        return phrase(FOLLOWS_CORRECTED)
    return resolution


def held_operations(session: Session, *, resolved: bool = False) -> list[HeldOperation]:
    """The operations held here (with `resolved`: the discarded ones too), oldest first."""
    state = session.get(StationState, 1)
    own = state.station_id if state is not None else None
    codes = dict(session.execute(select(Station.id, Station.code)).all())
    stmt = select(QuarantinedOperation).order_by(QuarantinedOperation.at)
    if not resolved:
        stmt = stmt.where(QuarantinedOperation.status == "held")
    out = []
    for q in session.scalars(stmt):
        data = q.operation if isinstance(q.operation, dict) else {}
        payload = data.get("payload")
        fields = (
            {k: v for k, v in payload.items() if isinstance(v, str) and not k.endswith("_id")}
            if isinstance(payload, dict)
            else {}
        )
        out.append(
            HeldOperation(
                q.op_id,
                codes.get(q.station_id, "?"),
                q.station_id == own,
                q.kind,
                q.at,
                reason_text(q.reason),
                q.status,
                q.waits_for,
                fields,
                resolution_text(q.resolution),
            )
        )
    return out


# --- what a supervisor does -----------------------------------------------------------------


def _held_own(
    session: Session, actor: Actor, op_id: uuid.UUID, action: str
) -> QuarantinedOperation:
    require_role(session, actor.user_id, SUPERVISORS, action)
    row = session.get(QuarantinedOperation, op_id)
    if row is None or row.status != "held":
        raise DalpakError(phrase("הפעולה אינה בהסגר (אולי כבר טופלה)."))
    if row.station_id != actor.station_id:
        raise DalpakError(
            phrase("הפעולה נעשתה בעמדה אחרת: רק מפקח/ת בעמדה שבה נעשתה יכול/ה לטפל בה.")
        )
    return row


def _behind(session: Session, root: QuarantinedOperation) -> list[Operation]:
    """This station's operations after root that touch what root touches (transitively):
    those held, and those not sent yet; oldest first by clock."""
    start = session.get(Operation, root.op_id)
    if start is None:
        return []
    touched = related(start.entity_id, start.payload)
    held = set(
        session.scalars(
            select(QuarantinedOperation.op_id).where(QuarantinedOperation.status == "held")
        )
    )
    later = session.scalars(
        select(Operation)
        .where(Operation.station_id == root.station_id, Operation.hlc > start.hlc)
        .where((Operation.acked.is_(False)) | (Operation.id.in_(held)))
        .order_by(Operation.hlc, Operation.id)
    )
    found = []
    for op in later:
        mine = related(op.entity_id, op.payload)
        waits = op.id in held and session.get(QuarantinedOperation, op.id).waits_for == root.op_id
        if waits or mine & touched:
            found.append(op)
            touched |= mine
    return found


def _hold_behind(session: Session, root: QuarantinedOperation, behind: list[Operation]) -> None:
    for op in behind:
        if session.get(QuarantinedOperation, op.id) is None:
            session.add(
                QuarantinedOperation(
                    op_id=op.id,
                    station_id=op.station_id,
                    kind=op.kind,
                    operation=to_wire(op),
                    reason=f"{WAITS} (op {root.op_id})",
                    at=clock.utcnow(),
                    status="held",
                    waits_for=root.op_id,
                    applied_here=True,
                    resolution="",
                )
            )
    session.flush()


def _rederive(session: Session) -> None:
    """State from the log again, without what is held or discarded (this station had applied
    it); what is still held is then no longer applied here."""
    if session.info.pop("rederive", False):
        rebuild_state(session)
        session.execute(update(QuarantinedOperation).values(applied_here=False))
        session.flush()
        # The replay and the update went past the objects this session had loaded (a held
        # row still saying it is applied here): read everything again.
        session.expire_all()


def _follow(session: Session, actor: Actor, behind: list[Operation], why: str) -> None:
    """Retry each operation held behind: those that now apply here go to the hub with a retry;
    those that cannot stand (what they needed was discarded) are discarded too."""
    for op in behind:
        record(session, actor, "operation.released", op.id, {"kind": op.kind})
        row = session.get(QuarantinedOperation, op.id)
        if row is not None and row.status == "held":
            record(session, actor, "operation.discarded", op.id, {"kind": op.kind, "reason": why})


def retry_operation(session: Session, actor: Actor, op_id: uuid.UUID) -> None:
    """Try the operation again (and those held behind it), here and at the hub."""
    row = _held_own(session, actor, op_id, phrase_later("לנסות שוב פעולות מההסגר"))
    behind = _behind(session, row)
    target = session.get(Operation, op_id)
    if target is not None and not target.acked:
        # Refused by the hub, never stored there: released here, it is sent again.
        session.delete(row)
        session.flush()
    record(session, actor, "operation.released", op_id, {"kind": row.kind})
    for op in behind:
        if session.get(QuarantinedOperation, op.id) is not None:
            record(session, actor, "operation.released", op.id, {"kind": op.kind})


def correct_operation(
    session: Session, actor: Actor, op_id: uuid.UUID, changes: dict[str, str]
) -> None:
    """Replace text fields of a held operation's payload and try it again everywhere."""
    row = _held_own(session, actor, op_id, phrase_later("לתקן פעולות מההסגר"))
    target = session.get(Operation, op_id)
    if target is None or not isinstance(target.payload, dict):
        raise DalpakError(phrase("אי אפשר לתקן את הפעולה הזו; אפשר לבטל אותה."))
    unknown = [k for k in changes if not isinstance(target.payload.get(k), str)]
    if unknown:
        raise ValidationError(phrase("אפשר לתקן רק את שדות הטקסט של הפעולה."), field=unknown[0])
    changes = {k: str(v).strip() for k, v in changes.items()}
    if changes == {k: target.payload[k] for k in changes}:
        raise ValidationError(phrase("לא שונה דבר: יש לתקן את הערך שבגללו הפעולה בהסגר."))
    behind = _behind(session, row)
    _hold_behind(session, row, behind)
    payload = dict(target.payload, **changes)
    record(
        session,
        actor,
        "operation.corrected",
        op_id,
        {"kind": row.kind, "payload": payload, "previous": dict(target.payload)},
    )
    _rederive(session)
    _follow(session, actor, behind, FOLLOWS_CORRECTED)


def discard_operation(session: Session, actor: Actor, op_id: uuid.UUID, reason: str) -> None:
    """Void the operation everywhere, for good, with the reason typed; those behind it are
    tried again without it, and discarded with it when they cannot stand alone."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(phrase("יש לכתוב למה הפעולה מבוטלת."), field="reason")
    row = _held_own(session, actor, op_id, phrase_later("לבטל פעולות מההסגר"))
    behind = _behind(session, row)
    _hold_behind(session, row, behind)
    record(session, actor, "operation.discarded", op_id, {"kind": row.kind, "reason": reason})
    _rederive(session)
    _follow(session, actor, behind, FOLLOWS_DISCARDED.format(reason=reason))
