"""The counter's services speak the user's language (issue 17, part 3): their refusals, the
case history and their label tables come out in English when the command line speaks it, with
the values filled in; what a resident reads (a Hebrew receipt, a Hebrew message) stays Hebrew
whatever the clerk's language; and Hebrew again when the user goes back to it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import sys

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.core import clock
from desktop.core.errors import CaseNotFound, DuplicateResident, ValidationError
from desktop.counter import access
from desktop.counter.cases import (
    CASE_STATUS_LABELS,
    ITEM_STATUS_LABELS,
    OP_LABELS,
    ItemDraft,
    get_case,
    open_case,
    timeline,
)
from desktop.counter.merging import TABLE_LABELS
from desktop.counter.receipt_data import receipt_data
from desktop.counter.reference import RequestTypeForm, save_request_type
from desktop.counter.residents import (
    CHANNEL_LABELS,
    FIELD_LABELS,
    LANGUAGE_LABELS,
    Channel,
    ResidentForm,
    create_resident,
    update_resident,
)
from desktop.counter.translations import FIELD_LABELS as TRANSLATED_FIELDS
from desktop.counter.translations import SUBJECT_LABELS
from desktop.followthrough.items import update_item
from desktop.followthrough.outbox import status_text
from desktop.models import RequestType

HEBREW = re.compile(r"[\u0590-\u05FF]")


@pytest.fixture
def console(english):
    """The command line's language switched by the test; Hebrew again afterwards."""
    return english.console


@pytest.fixture
def yosef(sessions, seeded):
    with sessions.begin() as s:
        return create_resident(
            s, seeded, ResidentForm(national_id="039337423", first_name="Yosef", last_name="Cohen")
        ).id


def test_a_resident_refused_in_english(console, sessions, seeded, yosef):
    assert console("en") == "en"
    with sessions() as s:
        with pytest.raises(DuplicateResident) as same:
            create_resident(
                s, seeded, ResidentForm(national_id="39337423", first_name="Y", last_name="C")
            )
        with pytest.raises(ValidationError) as empty:
            update_resident(s, seeded, yosef, {"last_name": "  "})
        with pytest.raises(ValidationError) as born:
            create_resident(
                s,
                seeded,
                ResidentForm(
                    national_id="200000016",
                    first_name="Dana",
                    last_name="Levi",
                    birth_date=clock.local_today() + dt.timedelta(days=3),
                ),
            )
    assert same.value.message == (
        "A resident with ID number 039337423 is already registered: Yosef Cohen."
    )
    assert empty.value.message == "Please type the last name." and empty.value.field == "last_name"
    assert born.value.message.startswith("The date of birth is in the future.")
    console("he")
    with sessions() as s, pytest.raises(ValidationError) as again:
        update_resident(s, seeded, yosef, {"first_name": ""})
    assert again.value.message == "יש להקליד שם פרטי."


def test_a_case_and_its_history_in_english(console, sessions, seeded, yosef):
    with sessions() as s:
        kinds = list(s.scalars(select(RequestType).order_by(RequestType.code)))[:1]
    with sessions.begin() as s:
        number = open_case(
            s, seeded, yosef, [ItemDraft(kinds[0].id)], service_started_at=clock.utcnow()
        ).number
    due = clock.local_today() + dt.timedelta(days=30)
    with sessions.begin() as s:
        item = get_case(s, seeded, number).items[0]
        update_item(
            s,
            seeded,
            item.id,
            status="in_progress",
            next_step="Measure the plot",
            expected_date=due,
        )
    console("ar")
    with sessions() as s, pytest.raises(CaseNotFound) as missing:
        get_case(s, seeded, "KDR-26-99999-9")
    assert "KDR-26-99999-9" in missing.value.message and not HEBREW.search(missing.value.message)
    console("en")
    with sessions() as s:
        case = get_case(s, seeded, number)
        texts = [entry.text for entry in timeline(s, seeded, case)]
        with pytest.raises(ValidationError) as nothing:
            open_case(s, seeded, yosef, [], service_started_at=clock.utcnow())
    assert texts == [
        "Case opened",
        f"Item added: {kinds[0].name}",
        f"Status update: {kinds[0].name} - In progress. Next step: Measure the plot;"
        f" expected {due:%d/%m/%Y} (postponed from {item.expected_date:%d/%m/%Y})",
    ]
    assert nothing.value.message == "Please add at least one subject to the case."
    # The Hebrew receipt a resident takes home stays Hebrew while the clerk reads English.
    assert receipt_data(case).items[0].status == "בטיפול"
    assert "- " + kinds[0].name + ": בטיפול." in status_text(case)
    console("he")
    with sessions() as s:
        case = get_case(s, seeded, number)
        assert [e.text for e in timeline(s, seeded, case)][0] == "הפנייה נפתחה"


def test_a_catalogue_refusal_fills_its_values(console, sessions, staff):
    with sessions() as s:
        taken = s.scalar(select(RequestType).order_by(RequestType.code))
    form = RequestTypeForm(
        name="New kind", department_id=taken.department_id, sla_days=5, steps=("call",)
    )
    console("en")
    with sessions() as s:
        with pytest.raises(ValidationError) as code:
            save_request_type(
                s, staff["supervisor"], RequestTypeForm(**{**form.__dict__, "code": taken.code})
            )
        with pytest.raises(ValidationError) as law:
            save_request_type(
                s, staff["supervisor"], RequestTypeForm(**{**form.__dict__, "statutory_days": "x"})
            )
    assert code.value.message == f"The code {taken.code} already exists in the catalogue."
    assert law.value.message == (
        "The statutory deadline is a number of calendar days (1 to 365), or empty when there is none."
    )


def test_the_access_log_exports_in_the_readers_language(console, sessions, staff, yosef):
    with sessions.begin() as s:
        access.log_access(s, staff["clerk"], "search", [yosef])
    console("en")
    with sessions.begin() as s:
        rows = access.access_rows(s, staff["admin"])
        text = access.export_access_log(s, staff["admin"], rows, "csv").decode("utf-8-sig")
        book = load_workbook(io.BytesIO(access.export_access_log(s, staff["admin"], rows, "xlsx")))
    lines = list(csv.reader(io.StringIO(text)))
    assert lines[0] == [
        "Time",
        "User",
        "Username",
        "Station",
        "Seen in",
        "Resident",
        "ID number",
        "Details",
    ]
    assert lines[1][4] == "Search results"
    sheet = book.active
    assert sheet.title == "Access log" and not sheet.sheet_view.rightToLeft
    assert [c.value for c in sheet[1]] == lines[0] and sheet["E2"].value == "Search results"


def test_label_tables_are_said_when_read(console):
    console("en")
    assert CHANNEL_LABELS[Channel.WHATSAPP] == "WhatsApp"
    assert dict(LANGUAGE_LABELS.items())["ru"] == "Russian"
    assert FIELD_LABELS.get("preferred_channel") == "Preferred contact channel"
    assert ITEM_STATUS_LABELS["waiting_department"] == "Waiting for another department"
    assert CASE_STATUS_LABELS.values() == ["Open", "Closed"]
    assert OP_LABELS["lobby.recalled"] == "Called to a counter again"
    assert access.WHAT_LABELS["profile"] == "Resident profile"
    assert TABLE_LABELS["residents"] == "ID number"
    assert SUBJECT_LABELS["rule"] == "Proactive service letter"
    assert TRANSLATED_FIELDS["todo"] == "What the resident needs to do"
    assert not any(HEBREW.search(label) for label in CHANNEL_LABELS.values())
    console("ar")
    assert ITEM_STATUS_LABELS["done"] == "اكتمل"
    console("he")
    assert CHANNEL_LABELS[Channel.WHATSAPP] == "וואטסאפ"


def test_a_hebrew_cell_is_read_whatever_the_language(console, monkeypatch):
    """A spreadsheet's Hebrew channel and language are matched against the Hebrew labels,
    even when the module is first read while the user speaks English."""
    import importlib.util

    from desktop.extras.importing import cells

    console("en")
    # A fresh copy of the module, read now (the imported one stays as it is for other tests).
    spec = importlib.util.spec_from_file_location("cells_read_in_english", cells.__file__)
    fresh = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, fresh)
    spec.loader.exec_module(fresh)
    assert fresh._CHANNELS["פגישה במשרד"] == "in_person"
    assert fresh._LANGUAGES["אמהרית"] == "am"
    assert "Meeting at the office" not in fresh._CHANNELS
