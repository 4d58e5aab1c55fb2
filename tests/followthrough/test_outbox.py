"""Telling the resident: e-mail through a real (local) SMTP server, other channels via the outbox."""

from __future__ import annotations

import email
import socketserver
import threading

import pytest
from sqlalchemy import select

from desktop.core import clock, settings
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.receipt_data import receipt_pdf
from desktop.counter.residents import ResidentForm, create_resident
from desktop.followthrough.outbox import SendFailed, deliver, mark_sent, pending, queue_update
from desktop.models import RequestType


class _SMTPHandler(socketserver.StreamRequestHandler):
    """Just enough SMTP to take one message: what a mail relay does with a clerk's update."""

    def handle(self) -> None:
        self.wfile.write(b"220 test ready\r\n")
        data, in_data = [], False
        while line := self.rfile.readline():
            if in_data:
                if line in (b".\r\n", b".\n"):
                    self.server.messages.append(b"".join(data))
                    data, in_data = [], False
                    self.wfile.write(b"250 queued\r\n")
                else:
                    data.append(line[1:] if line.startswith(b"..") else line)
                continue
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                self.wfile.write(b"250 test\r\n")
            elif verb == b"DATA":
                in_data = True
                self.wfile.write(b"354 go on\r\n")
            elif verb == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


@pytest.fixture
def smtp_server():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _SMTPHandler)
    server.daemon_threads = True
    server.messages = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def a_case(sessions, seeded, channel, **contact):
    with sessions.begin() as s:
        rid = create_resident(
            s,
            seeded,
            ResidentForm(
                national_id="039337423",
                first_name="מרים",
                last_name="לוי",
                preferred_channel=channel,
                **contact,
            ),
        ).id
        rt = s.scalar(select(RequestType).where(RequestType.code == "ENV-01"))
        return open_case(
            s, seeded, rid, [ItemDraft(rt.id)], service_started_at=clock.utcnow()
        ).number


def test_email_update_goes_out_through_smtp_with_the_receipt(sessions, seeded, smtp_server):
    settings.set_value("smtp_host", "127.0.0.1")
    settings.set_value("smtp_port", smtp_server.server_address[1])
    settings.set_value("smtp_from", "dalpak@glt.org.il")
    number = a_case(sessions, seeded, "email", email="miriam@example.org")
    with sessions.begin() as s:
        delivery = queue_update(s, seeded, number)
    with sessions.begin() as s:
        assert deliver(s, seeded, delivery.message_id, receipt_pdf(s, seeded, number))
    assert delivery.address == "miriam@example.org"
    assert len(smtp_server.messages) == 1
    message = email.message_from_bytes(smtp_server.messages[0])
    assert message["To"] == "miriam@example.org"
    assert number in message["Subject"]
    parts = list(message.walk())
    text = next(p for p in parts if p.get_content_type() == "text/plain").get_payload(decode=True)
    assert "שלום מרים לוי" in text.decode("utf-8")
    attachment = next(p for p in parts if p.get_content_type() == "application/pdf")
    assert attachment.get_payload(decode=True).startswith(b"%PDF")
    with sessions() as s:
        assert pending(s, seeded) == []


def test_whatsapp_waits_in_the_outbox_until_marked_sent(sessions, seeded):
    number = a_case(sessions, seeded, "whatsapp", phone="0521234567")
    with sessions.begin() as s:
        delivery = queue_update(s, seeded, number)
    with sessions.begin() as s:
        assert not deliver(s, seeded, delivery.message_id)
    assert delivery.address == "0521234567"
    with sessions() as s:
        waiting = pending(s, seeded)
    assert len(waiting) == 1 and number in waiting[0].body and waiting[0].channel == "וואטסאפ"
    with sessions.begin() as s:
        mark_sent(s, seeded, waiting[0].id)
    with sessions() as s:
        assert pending(s, seeded) == []


def test_unreachable_smtp_keeps_the_message(sessions, seeded):
    settings.set_value("smtp_host", "127.0.0.1")
    settings.set_value("smtp_port", 9)  # nothing listens on discard
    number = a_case(sessions, seeded, "email", email="miriam@example.org")
    with sessions.begin() as s:
        delivery = queue_update(s, seeded, number)
    with sessions.begin() as s, pytest.raises(SendFailed) as err:
        deliver(s, seeded, delivery.message_id)
    assert "תיבת היוצא" in err.value.message
    with sessions() as s:
        assert [m.id for m in pending(s, seeded)] == [delivery.message_id]
