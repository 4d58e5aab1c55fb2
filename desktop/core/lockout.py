"""Lock-out after repeated wrong passwords, counted per user name at this station.

The count is the station's own (table `login_failures`, never synced), for three reasons: it
must work on a laptop that is offline for days; what is guessed against is the password hash
held on this station, so this is where guessing has to be slowed; and a synced count would let
anyone who types a colleague's name wrong a few times lock that person out of every station in
the council. Names that do not exist are counted like real ones, so the lock-out says nothing
about which names exist.

It is written in a session of its own that commits at once: the caller's transaction is
rolled back by the refusal it raises, and the count must survive that.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.orm import Session

from desktop.core import clock, settings
from desktop.models import LoginFailures


@dataclass(frozen=True)
class Standing:
    """Where a user name stands: how many wrong passwords in a row, locked until when."""

    failures: int
    locked_until: dt.datetime | None
    recorded: bool = True  # a row is kept for the name (to be cleared by a right password)

    def locked_at(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now

    def minutes_left(self, now: dt.datetime) -> int:
        if self.locked_until is None:
            return 0
        return max(1, math.ceil((self.locked_until - now).total_seconds() / 60))


def _own_session(session: Session) -> Session:
    return Session(bind=session.get_bind(), expire_on_commit=False)


def standing(session: Session, username: str, now: dt.datetime | None = None) -> Standing:
    now = now or clock.utcnow()
    with _own_session(session) as own:
        row = own.get(LoginFailures, username)
        if row is None:
            return Standing(0, None, recorded=False)
        if row.locked_until is not None and row.locked_until <= now:
            return Standing(0, None)  # the lock-out is over: a fresh count
        return Standing(row.failures, row.locked_until)


def record_failure(session: Session, username: str, now: dt.datetime | None = None) -> Standing:
    """One more wrong password for `username`; locks it out once the count reaches
    `login_attempts`, for `lockout_minutes`."""
    now = now or clock.utcnow()
    limit = settings.get("login_attempts")
    with _own_session(session) as own, own.begin():
        row = own.get(LoginFailures, username)
        if row is None:
            row = LoginFailures(username=username, failures=0, last_failed_at=now)
            own.add(row)
        if row.locked_until is not None and row.locked_until <= now:
            row.failures, row.locked_until = 0, None
        row.failures += 1
        row.last_failed_at = now
        if row.failures >= limit and row.locked_until is None:
            row.locked_until = now + dt.timedelta(minutes=settings.get("lockout_minutes"))
        return Standing(row.failures, row.locked_until)


def clear(session: Session, username: str, *, in_transaction: bool = False) -> None:
    """A right password (or an admin's reset): the count starts again. In the caller's
    transaction when it is one that writes (a reset), else on its own."""
    if in_transaction:
        session.execute(delete(LoginFailures).where(LoginFailures.username == username))
        return
    with _own_session(session) as own, own.begin():
        own.execute(delete(LoginFailures).where(LoginFailures.username == username))
