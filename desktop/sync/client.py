"""The station side of sync: push what this station made, pull what the others made.

Every step is safe to repeat: the hub stores operations by id, the station marks its own as
sent only after the hub confirmed them, and the pull cursor is saved in the same transaction
as the operations it covers. A dropped reply or a crash at any point means the step runs again.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import ssl
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.core import clock, credentials
from desktop.core.errors import DalpakError
from desktop.models import Operation, QuarantinedOperation, Station, StationState, SyncState
from desktop.phrases import phrase, phrase_later
from desktop.sync.ingest import ingest, mark_acked, quarantine
from desktop.sync.quarantine import keep_held_by_hub
from desktop.sync.rules import REASONS, Authority, hub_station_on_station
from desktop.sync.wire import from_wire, to_wire

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

PUSH_BATCH = 500
PULL_BATCH = 1000
# The station warns when its oldest unsent operation is older than this, or its clock is this
# far from the hub's.
STALE_AFTER = dt.timedelta(days=2)
CLOCK_WARNING_MS = 2 * 60 * 1000


class SyncError(DalpakError):
    """The hub could not be reached or refused; the message is for the clerk."""


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost: this computer itself, never the network."""
    host = (host or "").strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


PLAIN_HTTP_REFUSED = phrase_later(
    "הכתובת {url} היא http:// בלי הצפנה: האסימון של העמדה היה עובר ברשת גלוי. "
    "חיבור למרכזת ברשת הוא רק ב-https://; http:// מותר רק למחשב הזה עצמו "
    "(127.0.0.1 או localhost)."
)


def check_plain_http(url: str) -> None:
    """Refuse http:// to anything but this computer: the token would cross the network in clear."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() == "http" and not is_loopback(parts.hostname or ""):
        raise SyncError(phrase(PLAIN_HTTP_REFUSED).format(url=url.strip()))


class HubClient:
    """HTTP(S) to the hub with this station's token. `transport` lets tests shape the link."""

    def __init__(
        self,
        url: str,
        token: str,
        *,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
        verify: bool | str = True,
    ) -> None:
        import httpx  # here, not at the top: the window shows the sync status without it

        check_plain_http(url)
        if isinstance(verify, str):
            # A council hub often has a certificate from its own authority: trust that file.
            verify = ssl.create_default_context(cafile=verify)
        self._http = httpx.Client(
            base_url=url.rstrip("/"),
            timeout=timeout,
            transport=transport,
            verify=verify,
            headers={"Authorization": f"Bearer {token}"},
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, **kw: Any) -> dict[str, Any]:
        import httpx

        try:
            response = self._http.request(method, path, **kw)
        except httpx.HTTPError as err:
            raise SyncError(
                phrase("אין חיבור למרכזת: {error}").format(error=type(err).__name__)
            ) from err
        if response.status_code == 401:
            raise SyncError(phrase("המרכזת לא מכירה את העמדה (אסימון שגוי או מבוטל)."))
        if response.status_code >= 400:
            raise SyncError(
                phrase("המרכזת דחתה את הבקשה ({status}): {text}").format(
                    status=response.status_code, text=response.text[:200]
                )
            )
        return response.json()

    def hello(self) -> dict[str, Any]:
        return self._call("GET", "/v1/hello")

    def push(self, ops: list[dict[str, Any]]) -> dict[str, Any]:
        return self._call("POST", "/v1/push", json={"ops": ops})

    def quarantine(self) -> list[dict[str, Any]]:
        """What the hub could not apply or refused, of this station's operations."""
        return self._call("GET", "/v1/quarantine").get("quarantine", [])

    def pull(self, after: int, limit: int = PULL_BATCH) -> dict[str, Any]:
        return self._call("GET", "/v1/pull", params={"after": after, "limit": limit})


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    quarantined: list[uuid.UUID] = field(default_factory=list)
    refused: list[uuid.UUID] = field(default_factory=list)  # ours, refused by the hub
    rounds: int = 0
    clock_offset_ms: int = 0


def _state(session: Session) -> SyncState:
    state = session.get(SyncState, 1)
    if state is None:
        state = SyncState(
            id=1, hub_url="", token="", pull_cursor=0, last_error="", clock_offset_ms=0
        )
        session.add(state)
        session.flush()
    return state


def _own_station(session: Session) -> uuid.UUID:
    return session.get(StationState, 1).station_id


def push_all(
    sessions: sessionmaker[Session], client: HubClient, report: SyncReport, batch: int = PUSH_BATCH
) -> None:
    while True:
        with sessions() as session:
            own = _own_station(session)
            # Plain rows, not ORM objects: `to_wire` only reads the columns.
            # Those the hub refused stay unsent, kept in this station's quarantine for its
            # supervisor, and are not offered again.
            table = Operation.__table__
            rows = session.execute(
                select(table)
                .where(
                    table.c.station_id == own,
                    table.c.acked.is_(False),
                    table.c.id.not_in(select(QuarantinedOperation.op_id)),
                )
                .order_by(table.c.seq)
                .limit(batch)
            )
            wire = [to_wire(row) for row in rows]
        if not wire:
            return
        answer = client.push(wire)
        acked = [uuid.UUID(i) for i in answer.get("acked", [])]
        refused = _keep_refused(sessions, wire, answer.get("refused", []), set(acked))
        with sessions.begin() as session:
            mark_acked(session, acked)
            if "held" in answer:
                later = keep_held_by_hub(session, answer["held"])
                refused += [i for i in later if i not in refused]
        report.pushed += len(acked)
        report.refused += refused
        report.rounds += 1
        _note_offset(report, answer)
        if len(acked) + len(refused) < len(wire):
            raise SyncError(phrase("המרכזת לא אישרה את כל הפעולות; ננסה שוב בסבב הבא."))


def _keep_refused(
    sessions: sessionmaker[Session],
    wire: list[dict[str, Any]],
    refusals: list[dict[str, Any]],
    acked: set[uuid.UUID],
) -> list[uuid.UUID]:
    """Keep our operations the hub refused in the local quarantine, with its reason."""
    sent = {item["id"]: item for item in wire}
    kept = []
    with sessions.begin() as session:
        for refusal in refusals:
            item = sent.get(str(refusal.get("id")))
            if item is None or uuid.UUID(item["id"]) in acked:
                continue
            code = str(refusal.get("code", ""))[:40]
            text = REASONS.get(code) or str(refusal.get("text", ""))[:200]
            quarantine(
                session, from_wire(item), f"refused by the hub: {code}: {text}", applied_here=True
            )
            kept.append(uuid.UUID(item["id"]))
    return kept


def pull_all(
    sessions: sessionmaker[Session], client: HubClient, report: SyncReport, batch: int = PULL_BATCH
) -> None:
    while True:
        with sessions() as session:
            cursor = _state(session).pull_cursor if session.get(SyncState, 1) else 0
        answer = client.pull(cursor, batch)
        ops = [from_wire(item) for item in answer.get("ops", [])]
        with sessions.begin() as session:
            state = _state(session)
            if state.pull_cursor != cursor:
                continue  # another sync moved the cursor meanwhile; ask again from there
            # The same rules as the hub's: a row the hub should never have served is refused.
            authority = Authority(hub_station_on_station(session, ops))
            result = ingest(session, ops, as_hub=False, authority=authority)
            state.pull_cursor = int(answer.get("last", cursor))
        report.pulled += len(result.stored) + len(result.quarantined)
        report.quarantined += result.quarantined + [r.op_id for r in result.refused]
        report.rounds += 1
        _note_offset(report, answer)
        if not answer.get("more"):
            return


def _note_offset(report: SyncReport, answer: dict[str, Any]) -> None:
    if "hub_time_ms" in answer:
        report.clock_offset_ms = int(answer["hub_time_ms"]) - clock.wall_ms()


def sync_once(sessions: sessionmaker[Session], client: HubClient) -> SyncReport:
    """Push everything unsent, then pull everything new; records the outcome for the screen."""
    report = SyncReport()
    with sessions.begin() as session:
        _state(session).last_attempt_at = clock.utcnow()
    try:
        hello = client.hello()
        with sessions.begin() as session:
            state = session.get(StationState, 1)
            if str(state.station_id) != hello["station_id"]:
                raise SyncError(phrase("האסימון שייך לעמדה אחרת."))
            # A station restored from a backup continues after what the hub already has: its
            # operation numbers, and its case numbers before its later cases are pulled.
            state.last_op_seq = max(state.last_op_seq, int(hello["last_seq_from_station"]))
            told = hello.get("last_case_number_from_station", "")
            state.case_number_floor = max(state.case_number_floor or "", told)
            if "held" in hello:
                # What the hub holds of ours, and what it took in since (a retry applied).
                report.refused += keep_held_by_hub(session, hello["held"])
            if state.restored_at is not None:
                log.info("restored station reached the hub: recording again")
                state.restored_at = None
        push_all(sessions, client, report)
        pull_all(sessions, client, report)
    except Exception as err:
        message = err.message if isinstance(err, DalpakError) else f"{type(err).__name__}: {err}"
        cause = f" ({type(err.__cause__).__name__})" if err.__cause__ else ""
        log.warning(
            "sync failed after %d pushed, %d pulled: %s: %s%s",
            report.pushed,
            report.pulled,
            type(err).__name__,
            message,
            cause,
            exc_info=not isinstance(err, DalpakError),
        )
        with sessions.begin() as session:
            _state(session).last_error = message[:500]
        raise
    with sessions.begin() as session:
        state = _state(session)
        state.last_success_at = clock.utcnow()
        state.last_error = ""
        state.clock_offset_ms = report.clock_offset_ms
    log.info(
        "sync: %d pushed, %d pulled, %d quarantined, %d rounds, hub clock %+d ms",
        report.pushed,
        report.pulled,
        len(report.quarantined),
        report.rounds,
        report.clock_offset_ms,
    )
    if report.quarantined:
        log.warning("sync quarantined operations: %s", ", ".join(map(str, report.quarantined)))
    if report.refused:
        log.warning(
            "the hub refused operations of this station: %s", ", ".join(map(str, report.refused))
        )
    return report


# --- joining a hub --------------------------------------------------------------------------


def connect(sessions: sessionmaker[Session], client: HubClient, hub_url: str, token: str) -> str:
    """Link this database to the hub's registration of the station; returns the station code.

    A fresh database takes the identity the hub gave the station. A database that already
    holds work of another station is refused: its operations would be signed by the wrong one.
    """
    hello = client.hello()
    hub_station = uuid.UUID(hello["station_id"])
    with sessions.begin() as session:
        state = session.get(StationState, 1)
        if state is not None and state.station_id != hub_station:
            own_ops = session.scalar(
                select(func.count())
                .select_from(Operation)
                .where(
                    Operation.station_id == state.station_id, Operation.kind != "station.created"
                )
            )
            others = session.scalar(
                select(func.count())
                .select_from(Operation)
                .where(Operation.station_id != state.station_id)
            )
            if own_ops or others:
                code = session.get(Station, state.station_id).code
                raise SyncError(
                    phrase(
                        "מסד הנתונים הזה כבר שייך לעמדה {code} ויש בו עבודה; "
                        "אי אפשר לחבר אותו כעמדה {other}. השתמשו במסד נתונים חדש."
                    ).format(code=code, other=hello["code"])
                )
            old = state.station_id
            session.execute(delete(StationState))
            session.execute(delete(Operation).where(Operation.station_id == old))
            session.execute(delete(Station).where(Station.id == old))
            session.flush()
            state = None
        if state is None:
            session.add(
                Station(
                    id=hub_station,
                    code=hello["code"],
                    name=hello.get("name", ""),
                    created_at=clock.utcnow(),
                )
            )
            session.flush()
            session.add(
                StationState(
                    id=1,
                    station_id=hub_station,
                    last_op_seq=int(hello.get("last_seq_from_station", 0)),
                )
            )
        sync = _state(session)
        # The token goes to the OS credential store, never into the database.
        credentials.put(credentials.hub_token_name(hub_station), token)
        sync.hub_url, sync.token = hub_url, ""
    return hello["code"]


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    hub_url: str
    last_success_at: dt.datetime | None
    last_attempt_at: dt.datetime | None
    last_error: str
    unsent: int
    refused: int  # our operations the hub refused, kept in quarantine for a supervisor
    oldest_unsent_at: dt.datetime | None
    clock_offset_ms: int
    restored: bool = False  # restored from a backup and not yet back in touch with the hub

    @property
    def connected(self) -> bool:
        return self.configured and not self.last_error and self.last_success_at is not None

    def warnings(self, now: dt.datetime | None = None) -> list[str]:
        now = now or clock.utcnow()
        out = []
        if self.restored:
            out.append(phrase("העמדה שוחזרה מגיבוי: אין לשרת לפני סנכרון מוצלח עם המרכזת"))
        if self.refused:
            out.append(
                phrase(
                    "{count} פעולות של העמדה נדחו או הוסגרו; מפקח/ת יראה אותן במסך ההסגר"
                ).format(count=self.refused)
            )
        if self.oldest_unsent_at and now - self.oldest_unsent_at > STALE_AFTER:
            days = (now - self.oldest_unsent_at).days
            out.append(phrase("יש פעולות שלא נשלחו למרכזת כבר {days} ימים").format(days=days))
        if abs(self.clock_offset_ms) > CLOCK_WARNING_MS:
            minutes = round(self.clock_offset_ms / 60000)
            out.append(
                phrase("השעון של המחשב רחוק משעון המרכזת ב-{minutes} דקות").format(
                    minutes=abs(minutes)
                )
            )
        return out


def sync_status(session: Session) -> SyncStatus:
    state = session.get(SyncState, 1)
    station = session.get(StationState, 1)
    own = station.station_id
    unsent, oldest = session.execute(
        select(func.count(), func.min(Operation.created_at)).where(
            Operation.station_id == own,
            Operation.acked.is_(False),
            Operation.id.not_in(select(QuarantinedOperation.op_id)),
        )
    ).one()
    refused = session.scalar(
        select(func.count())
        .select_from(QuarantinedOperation)
        .where(QuarantinedOperation.station_id == own, QuarantinedOperation.status == "held")
    )
    if oldest is not None and oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=dt.UTC)
    return SyncStatus(
        configured=bool(state and state.hub_url),
        hub_url=state.hub_url if state else "",
        last_success_at=state.last_success_at if state else None,
        last_attempt_at=state.last_attempt_at if state else None,
        last_error=state.last_error if state else "",
        unsent=unsent or 0,
        refused=refused or 0,
        oldest_unsent_at=oldest,
        clock_offset_ms=state.clock_offset_ms if state else 0,
        restored=station.restored_at is not None,
    )


def saved_client(session: Session, **kw: Any) -> HubClient:
    from desktop.core import settings

    state = session.get(SyncState, 1)
    if state is None or not state.hub_url:
        raise SyncError(
            phrase(
                "העמדה עוד לא חוברה למרכזת: dalpak sync --hub URL --station CODE --token-file FILE"
            )
        )
    ca_file = settings.get("hub_ca_file")
    if ca_file and "verify" not in kw:
        kw["verify"] = ca_file
    return HubClient(state.hub_url, station_token(session), **kw)


def station_token(session: Session) -> str:
    """This station's hub token, from the OS credential store. A token an older version kept in
    the database is copied to the store the first time it is read (`dalpak encrypt` then
    blanks it in the database)."""
    state = session.get(SyncState, 1)
    name = credentials.hub_token_name(session.get(StationState, 1).station_id)
    token = credentials.get(name)
    if token is None and state is not None and state.token:
        credentials.put(name, state.token)
        token = state.token
    return token or ""
