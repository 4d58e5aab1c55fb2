"""The supervisor's proactive-scan screen: look first, then act once, then the letters."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from sqlalchemy import func, select

from desktop.core.oplog import Actor
from desktop.core.users import Role, authenticate, create_user
from desktop.counter.residents import ResidentForm, create_resident
from desktop.extras.holdings import save_holding
from desktop.models import Case, OutboxMessage, Outreach
from desktop.ui.scan_page import ScanPage
from desktop.ui.supervisor_page import SupervisorPage
from desktop.ui.tasks import TaskRunner
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui

TODAY = dt.date.today()


@pytest.fixture
def council(ctx):
    with ctx.write() as s:
        create_user(
            s,
            Actor(None, ctx.station_id, ctx.station_code),
            username="miriam",
            full_name="מרים שטרן",
            role=Role.SUPERVISOR,
            password="supervisor-1",
            phone="046628201",
        )
        retiree = create_resident(
            s,
            ctx.actor,
            ResidentForm(
                national_id="039337423",
                first_name="רחל",
                last_name="אזולאי",
                gender="F",
                birth_date=dt.date(1958, 2, 1),
                preferred_channel="phone",
                address="הזית 4",
            ),
        ).id
        save_holding(
            s,
            ctx.actor,
            "property_account",
            {
                "resident_id": retiree,
                "account_number": "7001",
                "address": "הזית 4",
                "area_sqm": "90",
                "discounts": [],
                "balance": "0",
            },
        )
        driver = create_resident(
            s,
            ctx.actor,
            ResidentForm(
                national_id="123456782",
                first_name="אבי",
                last_name="כהן (בן-דוד)",
                phone="0521234567",
                preferred_channel="whatsapp",
            ),
        ).id
        save_holding(
            s,
            ctx.actor,
            "parking_permit",
            {
                "resident_id": driver,
                "vehicle_plate": "12-345-67",
                "expiry": TODAY + dt.timedelta(days=12),
            },
        )
    return ctx


def login(ctx, username, password):
    with ctx.read() as s:
        ctx.user = authenticate(s, username, password)


def counts(ctx):
    with ctx.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m)) for m in (Case, Outreach, OutboxMessage)
        )


def test_scan_screen_looks_then_acts_once(qtbot, council, tmp_path, monkeypatch):
    ctx = council
    tasks = TaskRunner()
    page = ScanPage(ctx, tasks)
    qtbot.addWidget(page)
    page.resize(1200, 620)
    page.show()
    qtbot.waitExposed(page)
    assert not page.run_button.isEnabled()

    with qtbot.waitSignal(page.checked, timeout=20000) as found:
        page.reload()
    assert found.args == [2]
    rows = {(r.resident_name, r.rule_code) for r in page.model.rows()}
    assert rows == {("רחל אזולאי", "PENSIONER_DISCOUNT"), ("אבי כהן (בן-דוד)", "PARKING_RENEWAL")}
    texts = [page.model.cell(r, c) for r in page.model.rows() for c in range(6)]
    assert "מכתב בדואר" in texts and "וואטסאפ" in texts
    assert (TODAY + dt.timedelta(days=12)).strftime("%d/%m/%Y") in texts
    assert "2 פניות" in page.summary.text() and page.run_button.isEnabled()
    shoot(page, "60-scan-dry-run")

    # A clerk may look but not act: the service refuses, nothing is created.
    monkeypatch.setattr(ScanPage, "confirm", lambda self, n: True)
    page.run()
    qtbot.waitUntil(lambda: not page._busy, timeout=20000)
    assert "אין הרשאה" in page.message.text()
    assert counts(ctx) == (0, 0, 0)

    # Declining the confirmation does nothing either.
    login(ctx, "miriam", "supervisor-1")
    monkeypatch.setattr(ScanPage, "confirm", lambda self, n: False)
    page.run()
    assert not page._busy and counts(ctx) == (0, 0, 0)

    monkeypatch.setattr(ScanPage, "confirm", lambda self, n: True)
    with qtbot.waitSignal(page.done, timeout=30000) as done:
        page.run()
    assert done.args == [2]
    assert counts(ctx) == (2, 2, 1)
    assert "נוצרו 2 פניות" in page.summary.text()
    numbers = [page.model.cell(r, 5) for r in page.model.rows()]
    assert len(numbers) == 2 and all(n.startswith(ctx.station_code) for n in numbers)
    assert page.open_button.isEnabled() and page.save_button.isEnabled()
    shoot(page, "61-scan-done")

    target = tmp_path / "letters.pdf"
    page.save_letters(str(target))
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert numbers[0] in text or numbers[1] in text
    opened = []
    monkeypatch.setattr(
        "desktop.ui.scan_page.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    path = page.open_letters()
    assert path.exists() and opened and opened[0].toLocalFile() == str(path)

    # Again: nothing new is found.
    with qtbot.waitSignal(page.checked, timeout=20000) as again:
        page.reload()
    assert again.args == [0] and "2 כבר טופלו" in page.summary.text()
    assert not page.run_button.isEnabled()
    page._tasks.wait(3000)


def test_the_scan_is_a_section_of_the_supervisor_page(qtbot, council):
    tasks = TaskRunner()
    page = SupervisorPage(council, tasks)
    qtbot.addWidget(page)
    assert isinstance(page.section("scan"), ScanPage)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "סריקה יזומה" in titles
    tasks.wait(3000)
