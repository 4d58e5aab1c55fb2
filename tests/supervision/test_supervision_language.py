"""The supervisors' services in the user's language (issue 17, part 3): the figures' tables and
their Excel workbook, the settings history and the refusals of moving work come out in English
when the screens or the command line speak it, with their values filled in, and in Hebrew again
after."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.core.errors import ValidationError
from desktop.counter.reference import save_request_type
from desktop.followthrough.absence import cancel_absence, set_absence
from desktop.models import Department
from desktop.supervision.figure_tables import FilterNames, figure_tables
from desktop.supervision.figures import FigureFilter, compute_figures
from desktop.supervision.figures_excel import figures_workbook
from desktop.supervision.reassign import reassign_items, reassign_person_cases
from desktop.supervision.settings_history import settings_history
from tests.core.test_settings import _entry, _form
from tests.supervision.figures_data import END, START, TODAY
from tests.supervision.test_figures import _load

HEBREW = re.compile(r"[\u0590-\u05FF]")


@pytest.fixture
def speaking(english):
    """The command line's language, as `dalpak` sets it; Hebrew again afterwards."""
    return english.console


@pytest.fixture(scope="module")
def journeys(tmp_path_factory):
    from desktop.core.db import open_database

    folder = tmp_path_factory.mktemp("language")
    engine = open_database(f"sqlite:///{folder / 'station.sqlite3'}", station_code="KDR")
    try:
        yield _load(engine)
    finally:
        engine.dispose()


def _figures(journeys):
    sessions, data = journeys
    with sessions() as s:
        return compute_figures(s, data.boss, FigureFilter(START, END), today=TODAY)


def test_the_figures_tables_in_english_and_back(speaking, journeys):
    assert speaking("en") == "en"
    figures = _figures(journeys)
    tables = {t.key: t for t in figure_tables(figures, FilterNames(clerk="דנה לוי"))}
    summary = tables["summary"]
    assert (summary.title, summary.headers) == ("Summary", ("Measure", "Value"))
    rows = dict(summary.rows)
    # The filter's name is data (as typed in the catalogue); its label is said.
    assert rows["Clerk"] == "דנה לוי" and rows["Visits"] == 4
    assert rows["On time (%)"] == 50 and rows["Average satisfaction (1-5)"] == 3.67
    handoffs = tables["handoffs"]
    assert handoffs.headers == ("Transfers", "Items")
    assert handoffs.rows[-1] == ("3 or more", 1)
    assert handoffs.note.startswith("Average 1.2 transfers per item; 1 items over")
    assert tables["open_age"].rows[-1] == ("31 or more", 0)
    assert tables["satisfaction"].note == "Average 3.67 over 3 answers"
    assert tables["counter_times"].chart.value_title == "Minutes"
    said = [
        text
        for table in tables.values()
        for text in (table.title, *table.headers, table.note, table.chart.value_title)
    ] + [str(row[0]) for table in tables.values() for row in table.rows if row[0] != "Clerk"]
    assert not [text for text in said if HEBREW.search(text) and text != "דנה לוי"]
    titles = [t.title for t in tables.values()]
    # Every title is an Excel sheet's name: short enough and none the same.
    assert all(len(t) <= 31 for t in titles) and len(set(titles)) == len(titles)

    speaking("he")
    again = figure_tables(figures)
    assert again[0].title == "סיכום" and again[4].rows[-1] == ("3 ומעלה", 1)


@pytest.mark.parametrize("code", ["ar", "en"])
def test_an_export_made_in_another_language_has_its_headers(speaking, journeys, code):
    speaking(code)
    figures = _figures(journeys)
    book = load_workbook(io.BytesIO(figures_workbook(figures)))
    titles = [t.title for t in figure_tables(figures)]
    assert book.sheetnames == titles and not any(HEBREW.search(t) for t in titles)
    sheet = book[titles[1]]  # the visits per day
    assert not HEBREW.search(str(sheet["A2"].value)) and "22/03/2026" in sheet["A2"].value
    headers = [c.value for c in sheet[5] if c.value is not None]
    assert len(headers) == 2 and not any(HEBREW.search(h) for h in headers)
    # English reads from the left, Arabic from the right, as Hebrew does.
    assert all(book[n].sheet_view.rightToLeft == (code == "ar") for n in book.sheetnames)
    if code == "en":
        assert sheet["A2"].value.startswith("Period: ") and headers == ["Date", "Visits"]


def test_the_settings_history_in_english(speaking, sessions, seeded, staff):
    boss = staff["supervisor"]
    with sessions.begin() as s:
        entry = _entry(s, "REV-03")
        form = _form(entry, sla_days=entry.sla_days + 2, statutory_days=entry.statutory_days)
        save_request_type(s, boss, form, entry.id)
        absence = set_absence(
            s,
            boss,
            staff["department"].user_id,
            staff["admin"].user_id,
            dt.date(2026, 5, 3),
            dt.date(2026, 5, 7),
            "",
        )
        cancel_absence(s, boss, absence)
    speaking("en")
    with sessions() as s:
        history = settings_history(s, boss)
    cancelled, absent, changed = history[:3]
    assert (cancelled.area, cancelled.what) == (
        "Absences",
        "The absence 03/05/2026–07/05/2026 was cancelled",
    )
    assert absent.what == "03/05/2026–07/05/2026, substitute: אבי מנהל"
    assert changed.area == "Catalog"
    assert changed.what == (
        f"Handling time (business days): {entry.sla_days} → {entry.sla_days + 2}"
    )
    assert history[-1].who == "The system" and history[-1].what == "New case type"
    speaking("he")
    with sessions() as s:
        changed = settings_history(s, boss)[2]
    assert changed.what == f"זמן טיפול (ימי עבודה): {entry.sla_days} ← {entry.sla_days + 2}"


def test_moving_work_refuses_in_english(speaking, sessions, seeded, staff):
    speaking("en")
    with sessions() as s:
        eng = s.scalar(select(Department.id).where(Department.code == "ENG"))
        with pytest.raises(ValidationError) as no_reason:
            reassign_items(s, staff["supervisor"], [], reason="  ", to_department_id=eng)
        with pytest.raises(ValidationError) as nothing:
            reassign_items(s, staff["supervisor"], [], reason="absence", to_department_id=eng)
        with pytest.raises(ValidationError) as same:
            reassign_person_cases(
                s,
                staff["supervisor"],
                staff["clerk"].user_id,
                to_owner_id=staff["clerk"].user_id,
                reason="absence",
            )
        with pytest.raises(ValidationError) as backwards:
            compute_figures(s, staff["supervisor"], FigureFilter(END, START))
    assert no_reason.value.message == "Type the reason for the transfer."
    assert nothing.value.message == "No items were selected for transfer."
    assert same.value.message == "Cannot transfer to the same employee."
    assert backwards.value.message == "The period ends before it starts."
    speaking("he")
    with sessions() as s, pytest.raises(ValidationError) as again:
        reassign_items(s, staff["supervisor"], [], reason="", to_department_id=eng)
    assert again.value.message == "יש לכתוב את סיבת ההעברה."
