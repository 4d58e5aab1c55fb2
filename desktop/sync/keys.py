"""On the hub: registering stations, their tokens, and who a request comes from."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.errors import DalpakError, ValidationError, WrongDatabase
from desktop.core.oplog import Actor, record
from desktop.models import HubStationKey, Station
from desktop.phrases import phrase


class Unauthorized(DalpakError):
    pass


@dataclass(frozen=True)
class StationIdentity:
    id: uuid.UUID
    code: str
    name: str


def _hash(token: str) -> str:
    # Tokens are 32 random bytes: a plain digest is enough, and constant work per request.
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def is_hub(session: Session) -> bool:
    """A hub's database has its counter of hub sequence numbers (made by `init_hub`)."""
    from desktop.models import HubCounter

    return session.get(HubCounter, 1) is not None


def is_station_with_data(session: Session) -> bool:
    """A station's own database, in use: not a hub, and it has users, residents or cases, or
    has been linked to a hub. A fresh database (at most the council's reference data) is not."""
    from desktop.models import Case, Resident, SyncState, User

    if is_hub(session):
        return False
    return session.get(SyncState, 1) is not None or any(
        session.scalar(select(model).limit(1)) is not None for model in (User, Resident, Case)
    )


def check_can_be_hub(session: Session, where: str) -> None:
    """Refuse to turn a station's database into a hub: it would mark every operation of the
    station as sent, and its residents and cases would never reach the council's hub."""
    if is_station_with_data(session):
        raise WrongDatabase(
            phrase(
                "מסד הנתונים {where} שייך לעמדה (יש בו משתמשים, תושבים או פניות) ואינו מסד "
                "הנתונים של המרכזת. פקודות המרכזת רצות מול המסד המרכזי של המועצה (PostgreSQL) "
                "או מול מסד נתונים חדש; ציינו אותו ב---db."
            ).format(where=where)
        )


def init_hub(session: Session) -> None:
    """Make this database a hub: its operations get hub sequence numbers from now on, and
    the ones it already has get theirs, in clock order."""
    from sqlalchemy import update

    from desktop.models import HubCounter, Operation

    counter = session.get(HubCounter, 1, with_for_update=True)
    if counter is None:
        counter = HubCounter(id=1, value=0)
        session.add(counter)
        session.flush()
    for op_id in session.scalars(
        select(Operation.id).where(Operation.hub_seq.is_(None)).order_by(Operation.hlc)
    ).all():
        counter.value += 1
        session.execute(
            update(Operation).where(Operation.id == op_id).values(hub_seq=counter.value, acked=True)
        )


def add_station(
    session: Session, actor: Actor, code: str, name: str = ""
) -> tuple[StationIdentity, str]:
    """Register a station; returns it and its token (shown once, stored only as a hash)."""
    code = code.strip().upper()
    if not code.isalpha() or not 2 <= len(code) <= 8 or not code.isascii():
        raise ValidationError(phrase("קוד עמדה: 2 עד 8 אותיות לטיניות, למשל ARB."))
    if session.scalar(select(Station.id).where(Station.code == code)):
        raise ValidationError(phrase("כבר קיימת עמדה בקוד {code}.").format(code=code))
    station_id = clock.new_id()
    record(session, actor, "station.created", station_id, {"code": code, "name": name or code})
    token = _new_token(code)
    session.add(
        HubStationKey(
            station_id=station_id,
            code=code,
            token_hash=_hash(token),
            revoked=False,
            created_at=clock.utcnow(),
            last_seen_at=None,
        )
    )
    return StationIdentity(station_id, code, name or code), token


def _new_token(code: str) -> str:
    return f"{code}.{secrets.token_urlsafe(32)}"


def _key(session: Session, code: str) -> HubStationKey:
    key = session.scalar(select(HubStationKey).where(HubStationKey.code == code.strip().upper()))
    if key is None:
        raise ValidationError(phrase("אין עמדה רשומה בקוד {code}.").format(code=code))
    return key


def revoke_station(session: Session, code: str) -> None:
    key = _key(session, code)
    key.revoked = True
    key.next_token_hash = None


def rotate_station(session: Session, code: str, *, now: bool = False) -> str:
    """A new token for a station (returned once, stored only as a hash).

    By default the old token keeps working until the station has used the new one once, so a
    station whose admin has not typed the new token in yet keeps syncing; then the old one is
    refused. With `now` the old one is refused at once (a lost laptop, a person who leaves), and
    a revoked station is let in again with the new token. A second rotation before the station
    used the first replaces the pending token.
    """
    key = _key(session, code)
    if key.revoked and not now:
        raise ValidationError(
            phrase("האסימון של העמדה {code} בוטל: הנפקת אסימון חדש לה היא רק ב---now.").format(
                code=key.code
            )
        )
    token = _new_token(key.code)
    if now:
        key.token_hash, key.next_token_hash, key.revoked = _hash(token), None, False
    else:
        key.next_token_hash = _hash(token)
    key.rotated_at = clock.utcnow()
    return token


def identify(session: Session, token: str) -> StationIdentity:
    """The station a token belongs to; Unauthorized for an unknown or revoked one. The first use
    of a rotated station's new token retires its old one."""
    digest = _hash(token or "")
    key = session.scalar(
        select(HubStationKey)
        .where(or_(HubStationKey.token_hash == digest, HubStationKey.next_token_hash == digest))
        .with_for_update()
    )
    if key is None or key.revoked:
        raise Unauthorized("unknown or revoked station token")
    if key.next_token_hash == digest:
        key.token_hash, key.next_token_hash = digest, None
    key.last_seen_at = clock.utcnow()
    station = session.get(Station, key.station_id)
    return StationIdentity(key.station_id, key.code, station.name if station else key.code)
