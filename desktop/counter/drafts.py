"""Drafts of the case being typed: saved as it is typed, offered again after a crash.

A draft is its user's own: `user_id` is the caller, who must be allowed to open cases."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.permissions import require
from desktop.models import Draft


@dataclass(frozen=True)
class SavedDraft:
    payload: dict[str, Any]
    started_at: dt.datetime
    updated_at: dt.datetime


def save_draft(
    session: Session, user_id: uuid.UUID, payload: dict[str, Any], started_at: dt.datetime
) -> None:
    """Replace the user's draft with `payload` (JSON-safe)."""
    require(session, user_id, "draft.own")
    now = clock.utcnow()
    draft = session.scalar(select(Draft).where(Draft.user_id == user_id))
    if draft is None:
        session.add(
            Draft(
                id=clock.new_id(),
                user_id=user_id,
                payload=payload,
                started_at=started_at,
                updated_at=now,
            )
        )
    else:
        draft.payload = payload
        draft.updated_at = now


def load_draft(session: Session, user_id: uuid.UUID) -> SavedDraft | None:
    require(session, user_id, "draft.own")
    draft = session.scalar(select(Draft).where(Draft.user_id == user_id))
    if draft is None:
        return None
    return SavedDraft(dict(draft.payload), draft.started_at, draft.updated_at)


def discard_draft(session: Session, user_id: uuid.UUID) -> None:
    require(session, user_id, "draft.own")
    session.execute(delete(Draft).where(Draft.user_id == user_id))
