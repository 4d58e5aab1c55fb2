"""Sync speaks the user's language at the station (issue 17, part 3): the quarantine's
reasons, kinds and refusals, the status bar's warnings and the link's errors come out in
English when the command line speaks English; what the hub sends and what the quarantine
keeps stays Hebrew, the same in every database."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest
from sqlalchemy import select

from desktop.core import clock
from desktop.core.errors import NotAllowed, ValidationError
from desktop.counter.residents import ResidentForm, create_resident
from desktop.models import Operation, QuarantinedOperation
from desktop.sync.client import SyncError, SyncStatus, check_plain_http
from desktop.sync.quarantine import (
    FOLLOWS_DISCARDED,
    KIND_LABELS,
    discard_operation,
    held_operations,
    hub_reason_text,
    keep_held_by_hub,
    kind_label,
    resolution_text,
    retry_operation,
)
from desktop.sync.rules import REASONS, Refusal

HEBREW = re.compile(r"[\u0590-\u05FF]")


@pytest.fixture
def language(english):
    return english


@pytest.fixture
def refused(sessions, staff) -> uuid.UUID:
    """A resident registered here, then refused by the hub (the clerk's role, say): the hub's
    push reply lists it as held, and the station keeps it in its quarantine."""
    with sessions.begin() as s:
        resident = create_resident(s, staff["clerk"], ResidentForm("039337423", "יוסף", "כהן"))
        op_id = s.scalar(
            select(Operation.id).where(
                Operation.kind == "resident.created", Operation.entity_id == resident.id
            )
        )
        assert keep_held_by_hub(s, [{"id": str(op_id), "reason": f"refused: role (op {op_id})"}])
    return op_id


def test_the_quarantine_is_read_in_english_and_kept_in_hebrew(language, sessions, refused):
    assert language.console("en") == "en"
    with sessions() as s:
        (held,) = held_operations(s)
        stored = s.get(QuarantinedOperation, refused).reason
    assert held.reason == "Refused by the hub: The user's role is not allowed this operation."
    assert kind_label(held.kind) == "Registering a resident"
    # What the station keeps is what every station keeps: the hub's Hebrew text.
    assert stored == f"refused by the hub: role: {REASONS['role']}"
    assert REASONS["role"] == "לתפקיד של המשתמש אין הרשאה לפעולה הזו."
    # What the hub sends is Hebrew, whatever the language of the one who reads it.
    assert Refusal(refused, "role").as_reply()["text"] == REASONS["role"]
    language.console("he")
    with sessions() as s:
        (held,) = held_operations(s)
    assert held.reason == "המרכזת דחתה: לתפקיד של המשתמש אין הרשאה לפעולה הזו."
    assert kind_label(held.kind) == "רישום תושב/ת"


def test_a_supervisor_is_answered_in_english(language, sessions, staff, refused):
    language.console("en")
    with sessions.begin() as s, pytest.raises(NotAllowed) as denied:
        retry_operation(s, staff["clerk"], refused)
    assert denied.value.message.startswith(
        "You are not allowed to retry operations from the quarantine. Allowed for: "
    )
    assert denied.value.message.endswith("Supervisor, System administrator.")
    assert not HEBREW.search(denied.value.message)
    with sessions.begin() as s, pytest.raises(ValidationError) as empty:
        discard_operation(s, staff["supervisor"], refused, "  ")
    assert empty.value.message == "Write why the operation is discarded."
    with sessions.begin() as s:
        discard_operation(s, staff["supervisor"], refused, "רשום פעמיים")
    with sessions() as s:
        (gone,) = held_operations(s, resolved=True)
        kept = s.get(QuarantinedOperation, refused).resolution
    assert gone.status == "discarded" and gone.resolution == "רשום פעמיים"  # as typed
    assert kept == "רשום פעמיים"


def test_what_the_quarantine_wrote_is_said_and_what_was_typed_is_shown(language):
    behind = FOLLOWS_DISCARDED.format(reason="typo in the name")
    assert behind == "תלויה בפעולה שבוטלה (typo in the name)"  # kept so, in every database
    language.console("en")
    assert (
        resolution_text(behind) == "Depends on an operation that was discarded (typo in the name)"
    )
    assert resolution_text("שם כפול") == "שם כפול"
    assert KIND_LABELS["case.opened"] == "Opening a case"
    assert "Lobby check-in" in KIND_LABELS.values()
    assert kind_label("no.such_kind") == "no.such_kind"
    language.console("he")
    assert resolution_text(behind) == behind


def test_the_link_and_the_status_speak_english(language):
    language.console("en")
    with pytest.raises(SyncError) as plain:
        check_plain_http("http://hub.council.example:8080")
    assert plain.value.message.startswith(
        "The address http://hub.council.example:8080 is http:// without encryption"
    )
    assert not HEBREW.search(plain.value.message)
    now = clock.utcnow()
    status = SyncStatus(
        configured=True,
        hub_url="https://hub.council.example",
        last_success_at=now,
        last_attempt_at=now,
        last_error="",
        unsent=4,
        refused=3,
        oldest_unsent_at=now - dt.timedelta(days=3, hours=1),
        clock_offset_ms=-5 * 60 * 1000,
        restored=True,
    )
    warnings = status.warnings(now)
    assert warnings == [
        "The station was restored from a backup: do not serve residents before a successful "
        "sync with the hub",
        "3 operations of this station were refused or quarantined; a supervisor will see them "
        "in the quarantine screen",
        "Some operations have not been sent to the hub for 3 days",
        "The computer's clock is 5 minutes off the hub's clock",
    ]
    language.console("he")
    assert status.warnings(now)[1] == (
        "3 פעולות של העמדה נדחו או הוסגרו; מפקח/ת יראה אותן במסך ההסגר"
    )


def test_the_hubs_own_reasons_are_said(language):
    """The hub's quarantine listing gives its reasons as kept there (tags, never the error's
    text); the conflicts screen shows them said."""
    op = uuid.uuid4()
    reasons = [
        f"refused: hub_only (op {op})",
        f"waits for a held operation (op {op})",
        f"not applied: IntegrityError (op {op})",
    ]
    language.console("en")
    assert [hub_reason_text(r) for r in reasons] == [
        "Refused by the hub: Only the hub registers stations and council data.",
        "Waiting for an earlier operation on the same case or resident that is in quarantine "
        "(at the hub).",
        "Could not be applied at the hub: it contradicts existing data, or depends on a record "
        "that does not exist.",
    ]
    language.console("he")
    assert hub_reason_text(reasons[2]) == (
        "לא ניתן להחיל במרכזת: סותרת נתון קיים, או תלויה ברשומה שאינה קיימת."
    )
