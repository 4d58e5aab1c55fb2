"""Telling the resident: e-mail through SMTP, other channels through an outbox worked by hand."""

from __future__ import annotations

import datetime as dt
import smtplib
import ssl
import uuid
from dataclasses import dataclass
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import clock, settings
from desktop.core.errors import DalpakError, ValidationError
from desktop.core.identity import display_phone
from desktop.core.oplog import Actor, applier, entity_history, record, uuid_or_none
from desktop.core.permissions import require, require_in_scope
from desktop.counter.cases import ITEM_STATUS_LABELS, CaseView, get_case
from desktop.counter.residents import CHANNEL_LABELS
from desktop.counter.translations import Translator, council_in, translator
from desktop.models import Case, Operation, OutboxMessage, Resident
from desktop.phrases import phrase
from desktop.receipts.wording import language_of, local_date, say


class SendFailed(DalpakError):
    pass


@applier("outbox.queued")
def _apply_queued(session: Session, op: Operation) -> None:
    # One message queued in two villages under one id (the proactive scan's, derived from its
    # finding): the earliest by clock everywhere, and the resident is told once.
    row = session.get(OutboxMessage, op.entity_id)
    if row is None:
        row = OutboxMessage(id=op.entity_id, sent_at=None, sent_by=None)
        session.add(row)
    elif entity_history(session, op, ("outbox.queued",))[0].id != op.id:
        return
    p = op.payload
    row.case_id, row.resident_id = uuid_or_none(p.get("case_id")), uuid.UUID(p["resident_id"])
    row.channel, row.address = p["channel"], p["address"]
    row.subject, row.body = p["subject"], p["body"]
    row.created_by, row.created_at = op.user_id, op.created_at


@applier("outbox.sent")
def _apply_sent(session: Session, op: Operation) -> None:
    # Marked sent on two stations: the earlier one everywhere, whatever arrives first.
    row = session.get(OutboxMessage, op.entity_id)
    if row is not None and (row.sent_at is None or op.created_at < row.sent_at):
        row.sent_at = op.created_at
        row.sent_by = op.user_id


def status_text(case: CaseView, words: Translator | None = None) -> str:
    """The case's current state in words a resident reads on a phone, in the translator's
    language (Hebrew without one)."""
    words = words or Translator("he")
    language = words.language
    c = council_in(words)
    lines = [
        say(language, "hello", name=case.resident_name),
        say(language, "message.about", number=case.number, council=c.name),
    ]
    for item in case.items:
        name = words.text(item.request_type)
        # The resident's language, not the screen's: the Hebrew label as written.
        status = (
            dict.get(ITEM_STATUS_LABELS, item.status, item.status)
            if language == "he" or item.status not in ITEM_STATUS_LABELS
            else say(language, f"status.{item.status}")
        )
        if item.status in ("done", "cannot"):
            lines.append(f"- {name}: {status}.")
        else:
            step = words.text(item.next_steps[0]) if item.next_steps else ""
            expected = say(
                language, "message.expected", date=local_date(item.expected_date, language)
            )
            lines.append(f"- {name}: {status}. {step} {expected}")
    phone = display_phone(case.owner_phone) or c.phone
    lines.append(
        say(language, "message.questions", name=case.owner_name, phone=phone, site=c.website)
    )
    lines.append(say(language, "message.regards", council=c.name))
    return "\n".join(lines)


@dataclass(frozen=True)
class Delivery:
    channel: str
    sent: bool  # False: waiting in the outbox for the clerk
    address: str
    message_id: uuid.UUID


def queue_update(session: Session, actor: Actor, number: str) -> Delivery:
    """Put the case's current state in the outbox for the resident's preferred channel.

    Commit this first; then `deliver` sends e-mail when an SMTP server is configured. Other
    channels (or e-mail without a server) wait for the clerk, who sends by hand and marks it.
    """
    case = get_case(session, actor, number)
    owner = session.scalar(select(Case.owner_id).where(Case.id == case.id))
    require_in_scope(session, actor.user_id, "case.update_resident", people={owner})
    resident = session.get(Resident, case.resident_id)
    words = translator(session, language_of(resident.language))
    channel = resident.preferred_channel
    address = {"email": resident.email, "in_person": ""}.get(channel, resident.phone)
    if channel in ("sms", "whatsapp", "phone") and not address:
        raise ValidationError(phrase("לתושב/ת אין מספר טלפון רשום לערוץ הזה."))
    message_id = clock.new_id()
    record(
        session,
        actor,
        "outbox.queued",
        message_id,
        {
            "case_id": case.id,
            "resident_id": resident.id,
            "channel": channel,
            "address": address,
            "subject": say(words.language, "message.subject", number=case.number),
            "body": status_text(case, words),
        },
    )
    return Delivery(channel, False, address, message_id)


def deliver(
    session: Session, actor: Actor, message_id: uuid.UUID, pdf: bytes | None = None
) -> bool:
    """Send a queued e-mail now (with the receipt attached); False when it must wait for the
    clerk. SendFailed when the server refuses: the message stays in the outbox."""
    require(session, actor.user_id, "outbox.send")
    row = session.get(OutboxMessage, message_id)
    if row is None or row.sent_at is not None:
        return row is not None
    if row.channel != "email" or not row.address or not settings.get("smtp_host"):
        return False
    case_number = session.get(Case, row.case_id).number if row.case_id else "dalpak"
    send_email(row.address, row.subject, row.body, pdf, f"{case_number}.pdf")
    record(session, actor, "outbox.sent", message_id, {"by": "smtp"})
    return True


def send_email(to: str, subject: str, body: str, attachment: bytes | None, filename: str) -> None:
    message = EmailMessage()
    message["From"] = settings.get("smtp_from") or f"no-reply@{settings.get('smtp_host')}"
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    if attachment:
        message.add_attachment(attachment, maintype="application", subtype="pdf", filename=filename)
    host, port = settings.get("smtp_host"), settings.get("smtp_port")
    try:
        with smtplib.SMTP(host, port, timeout=20) as smtp:
            if settings.get("smtp_starttls"):
                smtp.starttls(context=ssl.create_default_context())
            if settings.get("smtp_user"):
                smtp.login(settings.get("smtp_user"), settings.get("smtp_password"))
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as err:
        raise SendFailed(
            phrase('שליחת הדוא"ל נכשלה ({error}); ההודעה נשארת בתיבת היוצא.').format(
                error=type(err).__name__
            )
        ) from err


def mark_sent(session: Session, actor: Actor, message_id: uuid.UUID) -> None:
    require(session, actor.user_id, "outbox.send")
    row = session.get(OutboxMessage, message_id)
    if row is None:
        raise DalpakError(phrase("ההודעה לא נמצאה."))
    if row.sent_at is None:
        record(session, actor, "outbox.sent", message_id, {"by": "hand"})


@dataclass(frozen=True)
class OutboxRow:
    id: uuid.UUID
    case_number: str
    resident: str
    channel: str
    address: str
    body: str
    created_at: dt.datetime


def pending(session: Session, actor: Actor) -> list[OutboxRow]:
    require(session, actor.user_id, "outbox.send")
    rows = session.execute(
        select(OutboxMessage, Case.number, Resident.first_name, Resident.last_name)
        .outerjoin(Case, Case.id == OutboxMessage.case_id)
        .join(Resident, Resident.id == OutboxMessage.resident_id)
        .where(OutboxMessage.sent_at.is_(None))
        .order_by(OutboxMessage.created_at)
    )
    return [
        OutboxRow(
            m.id,
            number or "",
            f"{first} {last}",
            CHANNEL_LABELS.get(m.channel, m.channel),
            m.address,
            m.body,
            m.created_at,
        )
        for m, number, first, last in rows
    ]
