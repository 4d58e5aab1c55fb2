"""The counter's labels on the screens in the user's language: the resident's preferred channel
and language, the open items' state and the past cases' state come from the services' tables
(desktop/counter), said through the catalogue, so an English screen shows them in English."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from desktop.core import clock
from desktop.counter.cases import ItemDraft, get_case, open_case
from desktop.counter.residents import ResidentForm, create_resident
from desktop.models import RequestType
from desktop.ui import language
from desktop.ui.item_detail import ItemDetailDialog
from desktop.ui.main_window import MainWindow
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui

HEBREW = re.compile(r"[\u0590-\u05FF]")


@pytest.fixture
def english(app):
    language.choose(app, "en")
    yield
    language.choose(app, "he")


def test_the_profile_says_the_counters_labels_in_english(qtbot, ctx, english):
    with ctx.write() as session:
        rid = create_resident(
            session,
            ctx.actor,
            ResidentForm(
                national_id="039337423",
                first_name="Yosef",
                last_name="Cohen",
                phone="050-1234567",
                preferred_channel="whatsapp",
                language="ar",
            ),
        ).id
        kind = session.scalar(select(RequestType).where(RequestType.code == "REV-03"))
        number = open_case(
            session, ctx.actor, rid, [ItemDraft(kind.id)], service_started_at=clock.utcnow()
        ).number
        item_id = get_case(session, ctx.actor, number).items[0].id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_user()
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    window.open_resident(rid)
    panel = window.profile_panel
    qtbot.waitUntil(lambda: panel.open_items.rowCount() == 1)
    details = panel.details.text()
    assert "WhatsApp" in details and "Arabic" in details
    assert not HEBREW.search(re.sub(r"<[^>]*>", "", details))
    assert panel.open_items.item(0, 4).text() == "Received"
    assert panel.past_cases.item(0, 4).text() == "Open"
    shoot(window, "94-profile-english")
    window.tasks.wait(3000)
    window.close()
    # The department's view of the item: the resident's captions, the item's state and the
    # case's history, each said in English.
    dialog = ItemDetailDialog(ctx, item_id, number)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    resident = re.sub(r"<[^>]*>", "", dialog.resident.text())
    assert "Preferred channel WhatsApp · Language Arabic" in resident
    assert "ID" in resident and not HEBREW.search(resident)
    assert "Status Received · Expected date" in re.sub(r"<[^>]*>", "", dialog.item_text.text())
    shoot(dialog, "95-item-english")
    dialog.close()
