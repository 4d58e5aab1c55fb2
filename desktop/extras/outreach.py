"""Invisible service: a scan finds residents with a due trigger and acts without being asked.

For every proactive rule that holds, the scan opens a case with the rule's request type (owned by
whoever runs it), and tells the resident in their preferred channel: a message in the outbox
for SMS, WhatsApp and e-mail, a letter to print for the others. Each action has an id made from
the resident, the rule and the period (the permit's or licence's expiry, or "once"), so running
the scan twice creates nothing twice.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.core import clock, settings
from desktop.core.identity import display_phone
from desktop.core.oplog import Actor, applier, entity_history, record, uuid_or_none
from desktop.core.permissions import require
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.translations import Translator, council_in, translator
from desktop.extras.eligibility import Facts, LoadedRule, active_rules, evaluate, sql_hint
from desktop.models import (
    DogLicence,
    HouseholdMember,
    Locality,
    Operation,
    Outreach,
    ParkingPermit,
    PropertyAccount,
    Resident,
    ResidentStatus,
    User,
)
from desktop.receipts.wording import language_of, say

if TYPE_CHECKING:
    # reportlab comes with it: imported when letters are written, not with the appliers at start
    from desktop.receipts.letter import LetterData

log = logging.getLogger(__name__)
_NS = uuid.UUID("3f0e8a52-9d61-4c1b-8b7a-0c5d6e7f8a9b")
MESSAGE_CHANNELS = ("sms", "whatsapp", "email")


@dataclass(frozen=True)
class Finding:
    resident_id: uuid.UUID
    resident_name: str
    rule_code: str
    period: str
    channel: str
    outreach_id: uuid.UUID
    reason: str = ""  # why the rule holds, as shown to the clerk
    subject: str = ""  # what the council does (the letter's subject)


@dataclass
class ScanReport:
    scanned: int = 0
    found: list[Finding] = field(default_factory=list)
    already_done: int = 0
    created: int = 0
    messages: int = 0
    letters: list[LetterData] = field(default_factory=list)
    case_numbers: dict[uuid.UUID, str] = field(default_factory=dict)  # outreach id -> case opened
    seconds: float = 0.0

    def by_rule(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for f in self.found:
            counts[f.rule_code] += 1
        return dict(counts)

    def as_json(self) -> dict:
        return {
            "scanned": self.scanned,
            "found": len(self.found),
            "already_done": self.already_done,
            "created": self.created,
            "messages": self.messages,
            "letters": len(self.letters),
            "by_rule": self.by_rule(),
            "seconds": round(self.seconds, 2),
            "findings": [
                {
                    "resident": f.resident_name,
                    "rule": f.rule_code,
                    "period": f.period,
                    "channel": f.channel,
                    "reason": f.reason,
                }
                for f in self.found
            ],
        }


def outreach_id(resident_id: uuid.UUID, rule_code: str, period: str) -> uuid.UUID:
    return uuid.uuid5(_NS, f"{resident_id}|{rule_code}|{period}")


@applier("outreach.created")
def _apply_outreach(session: Session, op: Operation) -> None:
    # Two villages scanning before they sync act on the same finding under the same id: the
    # record is the earliest by clock on every database (the other stays in the log).
    first = entity_history(session, op, ("outreach.created",))[0]
    p = first.payload
    row = session.get(Outreach, op.entity_id) or Outreach(id=op.entity_id)
    row.resident_id, row.trigger, row.period = uuid.UUID(p["resident_id"]), p["rule"], p["period"]
    row.case_id, row.channel = uuid_or_none(p.get("case_id")), p["channel"]
    row.letter_text, row.created_at = p["text"], first.created_at
    session.add(row)


def _grouped(session: Session, stmt) -> dict:  # noqa: ANN001
    out: dict = defaultdict(list)
    for rid, value in session.execute(stmt):
        out[rid].append(value)
    return out


def _period(rule: LoadedRule, facts: Facts) -> str:
    if rule.period == "permit" and facts.permit_expiries:
        return min(facts.permit_expiries).isoformat()
    if rule.period == "dog" and facts.dog_expiries:
        return min(facts.dog_expiries).isoformat()
    return "once"


_RESIDENT_COLUMNS = (
    Resident.id,
    Resident.birth_date,
    Resident.gender,
    Resident.language,
    Resident.preferred_channel,
    Resident.first_name,
    Resident.last_name,
)


def find_due(
    session: Session,
    rules: list[LoadedRule],
    today: dt.date | None = None,
    batch: int = 2_000,
    prefilter: bool = True,
):  # noqa: ANN201
    """Yield (resident row, rule, facts, period) for every proactive rule that holds.

    Residents are read in batches by id (keyset: `id > last ORDER BY id LIMIT batch`) and each
    batch's holdings by its ids, so memory stays that of one batch however large the council,
    on SQLite and PostgreSQL alike. With `prefilter`, the database first drops the residents no
    rule can fire for (`sql_hint`: e.g. no permit expiring within the month, too young for a
    pension); the rules then decide in Python, as at the counter.
    """
    today = today or clock.local_today()
    rules = [r for r in rules if r.proactive]
    if not rules:
        return
    hint = None
    if prefilter:
        hints = [sql_hint(rule.condition, today) for rule in rules]
        hint = None if any(h is None for h in hints) else or_(*hints)
    last = None
    while True:
        stmt = select(*_RESIDENT_COLUMNS).order_by(Resident.id).limit(batch)
        if hint is not None:
            stmt = stmt.where(hint)
        if last is not None:
            stmt = stmt.where(Resident.id > last)
        rows = session.execute(stmt).all()
        if not rows:
            return
        ids = [row[0] for row in rows]
        last = ids[-1]

        def held(column, value, *where, ids=ids):  # noqa: ANN001, ANN202
            return _grouped(session, select(column, value).where(column.in_(ids), *where))

        discounts = held(PropertyAccount.resident_id, PropertyAccount.discounts)
        permits = held(ParkingPermit.resident_id, ParkingPermit.expiry)
        dogs = held(DogLicence.resident_id, DogLicence.licence_expiry)
        children = held(
            HouseholdMember.resident_id,
            HouseholdMember.birth_date,
            HouseholdMember.relation == "child",
            HouseholdMember.birth_date.is_not(None),
        )
        statuses = held(
            ResidentStatus.resident_id,
            ResidentStatus.code,
            (ResidentStatus.since.is_(None)) | (ResidentStatus.since <= today),
            (ResidentStatus.until.is_(None)) | (ResidentStatus.until >= today),
        )
        for row in rows:
            rid = row[0]
            accounts = discounts.get(rid, ())
            facts = Facts(
                birth_date=row[1],
                gender=row[2],
                language=row[3],
                preferred_channel=row[4],
                discounts={d for ds in accounts for d in ds},
                payer=bool(accounts),
                statuses=set(statuses.get(rid, ())),
                permit_expiries=permits.get(rid, []),
                dog_expiries=dogs.get(rid, []),
                children_births=children.get(rid, []),
                today=today,
            )
            for rule in rules:
                if evaluate(rule.condition, facts):
                    yield row, rule, facts, _period(rule, facts)
        if len(rows) < batch:
            return


def scan(
    session: Session, actor: Actor, *, today: dt.date | None = None, dry_run: bool = False
) -> ScanReport:
    """Find due triggers; unless dry_run, open the cases and queue the messages and letters.

    Only supervisors may act; a dry run is open to the counter, who may see the findings. What
    was already done is looked up per batch of findings, not loaded whole.
    """
    require(session, actor.user_id, "outreach.preview" if dry_run else "outreach.scan")
    started = time.perf_counter()
    today = today or clock.local_today()
    report = ScanReport()
    rules = {rule.code: rule for rule in active_rules(session)}
    total = session.scalar(select(func.count()).select_from(Resident)) or 0
    pending: list[Finding] = []

    def settle() -> None:
        done = set(
            session.scalars(
                select(Outreach.id).where(Outreach.id.in_([f.outreach_id for f in pending]))
            )
        )
        for finding in pending:
            if finding.outreach_id in done:
                report.already_done += 1
            else:
                report.found.append(finding)
        pending.clear()

    for row, rule, _facts, period in find_due(session, list(rules.values()), today):
        pending.append(
            Finding(
                row[0],
                f"{row[5]} {row[6]}",
                rule.code,
                period,
                row[4],
                outreach_id(row[0], rule.code, period),
                rule.reason,
                rule.letter.get("subject", rule.offer),
            )
        )
        if len(pending) >= 500:
            settle()
    if pending:
        settle()
    report.scanned = total
    if not dry_run:
        words: dict[str, Translator] = {}  # the catalogue's translations, read once a language
        for finding in report.found:
            _act(session, actor, finding, rules[finding.rule_code], today, report, words)
    report.seconds = time.perf_counter() - started
    log.info(
        "scan%s: %d residents, %d due (%s), %d already done, %d cases, %d messages, "
        "%d letters in %.1f s",
        " (dry run)" if dry_run else "",
        report.scanned,
        len(report.found),
        report.by_rule(),
        report.already_done,
        report.created,
        report.messages,
        len(report.letters),
        report.seconds,
    )
    return report


def _act(
    session: Session,
    actor: Actor,
    finding: Finding,
    rule: LoadedRule,
    today: dt.date,
    report: ScanReport,
    words_by_language: dict[str, Translator] | None = None,
) -> None:
    resident = session.get(Resident, finding.resident_id)
    language = language_of(resident.language)
    cache = words_by_language if words_by_language is not None else {}
    if language not in cache:
        cache[language] = translator(session, language)
    words = cache[language]
    now = clock.utcnow()
    # The item's description is kept in the case, the same on every station: Hebrew.
    description = "שירות יזום: " + rule.reason  # data: kept in the case
    case = open_case(
        session,
        actor,
        resident.id,
        [ItemDraft(rule.request_type_id, description)],
        service_started_at=now,
        now=now,
        # Derived from the finding (resident, trigger, period): two villages scanning before
        # they sync open one case, with the number of the earlier opening everywhere.
        case_id=uuid.uuid5(_NS, f"case|{finding.outreach_id}"),
    )
    owner = session.get(User, actor.user_id)
    c = council_in(words)
    from desktop.receipts.letter import LetterData

    def letter_text(name: str, hebrew: str) -> str:
        return words.entry("rule", rule.code, name, hebrew) if hebrew else ""

    letter = LetterData(
        c.name,
        c.phone,
        c.website,
        c.address,
        resident.full_name,
        _address(session, resident),
        today,
        letter_text("subject", rule.letter.get("subject", rule.offer)),
        letter_text("done", rule.letter.get("done", "")),
        letter_text("todo", rule.letter.get("todo", "")),
        case.number,
        owner.full_name if owner else c.name,
        display_phone(owner.phone) if owner and owner.phone else c.phone,
        language,
        settings.get("hijri_dates"),
    )
    text = message_text(letter)
    channel = finding.channel if finding.channel in MESSAGE_CHANNELS else "letter"
    record(
        session,
        actor,
        "outreach.created",
        finding.outreach_id,
        {
            "resident_id": resident.id,
            "rule": rule.code,
            "period": finding.period,
            "case_id": case.id,
            "channel": channel,
            "text": text,
        },
    )
    if channel == "letter":
        report.letters.append(letter)
    else:
        address = resident.email if channel == "email" else resident.phone
        record(
            session,
            actor,
            "outbox.queued",
            uuid.uuid5(_NS, f"message|{finding.outreach_id}"),
            {
                "case_id": case.id,
                "resident_id": resident.id,
                "channel": channel,
                "address": address,
                "subject": letter.subject,
                "body": text,
            },
        )
        report.messages += 1
    report.created += 1
    report.case_numbers[finding.outreach_id] = case.number


def _address(session: Session, resident: Resident) -> str:
    locality = session.get(Locality, resident.locality_id) if resident.locality_id else None
    return ", ".join(x for x in (resident.address, locality.name if locality else "") if x)


def message_text(letter: LetterData) -> str:
    """The letter as a message for the resident's phone or e-mail, in the letter's language."""
    lang = letter.language
    parts = [say(lang, "hello", name=letter.resident_name), letter.done_for_you]
    parts.append(letter.you_need_to or say(lang, "message.nothing"))
    parts.append(
        say(
            lang,
            "message.questions_short",
            number=letter.case_number,
            name=letter.contact_name,
            phone=letter.contact_phone,
        )
    )
    parts.append(say(lang, "message.regards", council=letter.council_name))
    return "\n".join(parts)
