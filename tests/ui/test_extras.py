"""Eligible extras at the counter: accept adds the item with its own expected date; decline asks
why, records it and hides the offer for the configured period. And a look at the profile with
holdings and extras on the demo council."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QPushButton
from sqlalchemy import select

from desktop.core import settings
from desktop.counter.cases import expected_date_for
from desktop.counter.residents import ResidentForm, create_resident
from desktop.extras.holdings import save_holding
from desktop.models import OfferRecord, RequestType, Resident
from desktop.ui.widgets import format_date
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui

TODAY = dt.date.today()


def offers_on_screen(window) -> list[str]:
    return [o.rule_code for o in window.extras.offers]


def button(window, name: str) -> QPushButton:
    found = window.extras.findChild(QPushButton, name)
    assert found is not None, f"{name} not on screen: {offers_on_screen(window)}"
    return found


def wait_offers(qtbot, window, predicate) -> None:
    qtbot.waitUntil(lambda: predicate(offers_on_screen(window)), timeout=10000)


@pytest.fixture
def grandmother(ctx):
    """A senior with a grandchild of kindergarten age in the household."""
    with ctx.write() as s:
        rid = create_resident(
            s,
            ctx.actor,
            ResidentForm(
                national_id="039337423",
                first_name="שושנה",
                last_name="דהן",
                gender="F",
                birth_date=TODAY.replace(year=TODAY.year - 70) - dt.timedelta(days=3),
                phone="050-1234567",
                preferred_channel="phone",
            ),
        ).id
        save_holding(
            s,
            ctx.actor,
            "household_member",
            {
                "resident_id": rid,
                "name": "נועם",
                "relation": "child",
                "birth_date": TODAY.replace(year=TODAY.year - 4) - dt.timedelta(days=30),
            },
        )
    return rid


def outcomes(ctx, rid):
    with ctx.read() as s:
        return [
            (o.rule_code, o.outcome, o.reason)
            for o in s.scalars(
                select(OfferRecord).where(OfferRecord.resident_id == rid).order_by(OfferRecord.at)
            )
        ]


def test_accept_adds_the_item_with_its_own_expected_date(qtbot, window, ctx, grandmother):
    window.open_resident(grandmother)
    window.new_case()
    wait_offers(qtbot, window, lambda codes: {"KINDERGARTEN", "SENIOR_CLUB"} <= set(codes))
    assert "AFTER_SCHOOL_CLUBS" not in offers_on_screen(window)

    qtbot.mouseClick(button(window, "accept-KINDERGARTEN"), Qt.MouseButton.LeftButton)
    items = window.editor.items()
    assert [i.request_type.code for i in items] == ["EDU-01"]
    with ctx.read() as s:
        sla = s.scalar(select(RequestType.sla_days).where(RequestType.code == "EDU-01"))
    row = [window.editor.model.index(0, c).data() for c in range(window.editor.model.columnCount())]
    assert format_date(expected_date_for(sla)) in row
    assert outcomes(ctx, grandmother) == [("KINDERGARTEN", "accepted", "")]
    # The case now holds a kindergarten registration: that offer goes, the clubs come.
    wait_offers(
        qtbot, window, lambda codes: "KINDERGARTEN" not in codes and "AFTER_SCHOOL_CLUBS" in codes
    )


def test_decline_asks_why_and_hides_the_offer_for_the_period(
    qtbot, window, ctx, grandmother, monkeypatch
):
    window.open_resident(grandmother)
    window.new_case()
    wait_offers(qtbot, window, lambda codes: "SENIOR_CLUB" in codes)

    asked = []

    def answer(text, ok):
        def get_text(parent, title, label, *args, **kwargs):
            asked.append((title, label))
            return text, ok

        return get_text

    # Cancelled: nothing recorded, the offer stays.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer("", False)))
    qtbot.mouseClick(button(window, "decline-SENIOR_CLUB"), Qt.MouseButton.LeftButton)
    assert "SENIOR_CLUB" in offers_on_screen(window) and outcomes(ctx, grandmother) == []
    # No reason given: told so, the offer stays.
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer("   ", True)))
    qtbot.mouseClick(button(window, "decline-SENIOR_CLUB"), Qt.MouseButton.LeftButton)
    assert "למה" in window.extras.note.text() and "SENIOR_CLUB" in offers_on_screen(window)
    assert outcomes(ctx, grandmother) == []

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer("כבר חברה במועדון", True)))
    qtbot.mouseClick(button(window, "decline-SENIOR_CLUB"), Qt.MouseButton.LeftButton)
    assert len(asked) == 3 and "למה" in asked[-1][1]
    assert "SENIOR_CLUB" not in offers_on_screen(window)
    assert outcomes(ctx, grandmother) == [("SENIOR_CLUB", "declined", "כבר חברה במועדון")]

    # Still hidden when the resident comes back within the period...
    window.cancel_case()
    window.open_resident(grandmother)
    window.new_case()
    wait_offers(qtbot, window, lambda codes: "KINDERGARTEN" in codes)
    assert "SENIOR_CLUB" not in offers_on_screen(window)
    # ...and offered again once the configured period is over.
    settings.set_value("decline_quiet_days", 0)
    window.refresh_extras()
    wait_offers(qtbot, window, lambda codes: "SENIOR_CLUB" in codes)


def test_profile_with_holdings_and_extras_on_the_demo_council(qtbot, window, ctx):
    from desktop.extras.eligibility import offers_for
    from desktop.extras.holdings import holdings_of
    from desktop.station.demo import create_demo_residents

    with ctx.write() as s:
        create_demo_residents(s, ctx.actor, 400, seed=5)
    with ctx.read() as s:  # someone with a bit of everything, and offers

        def richness(rid):
            h = holdings_of(s, ctx.actor, rid)
            kinds = sum(bool(x) for x in (h.accounts, h.dogs, h.permits, h.household, h.statuses))
            return kinds, len(offers_for(s, ctx.actor, rid))

        best = max(s.scalars(select(Resident.id)), key=richness)
    window.resize(1366, 800)
    window.open_resident(best)
    window.new_case()
    wait_offers(qtbot, window, lambda codes: len(codes) > 0)
    window.profile_panel.history.setCurrentWidget(window.profile_panel.holdings)
    qtbot.wait(200)
    path = shoot(window, "62-profile-holdings-extras")
    assert path.exists()


def test_holdings_in_english_say_discounts_statuses_and_expiry(qtbot, app, ctx, grandmother):
    """The profile's holdings name discounts and statuses, and how long a permit has left, in
    the screens' language (the service's labels, said)."""
    from desktop.extras.holdings import DISCOUNT_LABELS
    from desktop.ui import language
    from desktop.ui.main_window import MainWindow

    with ctx.write() as s:
        for kind, data in (
            (
                "property_account",
                {
                    "account_number": "7001",
                    "address": "הזית 4",
                    "area_sqm": "90",
                    "discounts": ["pensioner"],
                    "balance": "0",
                },
            ),
            ("parking_permit", {"vehicle_plate": "12-345-67", "expiry": TODAY}),
            ("status", {"code": "new_immigrant", "since": None, "until": None}),
        ):
            save_holding(s, ctx.actor, kind, {"resident_id": grandmother, **data})
    try:
        assert language.choose(app, "en") == "en"
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show_user()
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.open_resident(grandmother)
        window.profile_panel.history.setCurrentWidget(window.profile_panel.holdings)
        qtbot.waitUntil(lambda: "7001" in window.profile_panel.holdings.text())
        text = window.profile_panel.holdings.text()
        assert "Senior citizen" in text and "New immigrant" in text and "expires today" in text
        shoot(window, "93-profile-holdings-english")
        window.tasks.wait(3000)
        window.close()
    finally:
        language.choose(app, "he")
    assert DISCOUNT_LABELS["pensioner"] == "אזרח ותיק"
