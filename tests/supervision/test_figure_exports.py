"""The figures exported: an Excel workbook read back with openpyxl, a PDF report's text."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from desktop.supervision.figure_tables import FilterNames, figure_tables, figures_pdf
from desktop.supervision.figures import FigureFilter, compute_figures
from desktop.supervision.figures_excel import figures_workbook
from tests.receipts.test_receipt import assert_words, pdf_text
from tests.supervision.figures_data import END, START, TODAY
from tests.supervision.test_figures import _load


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    from desktop.core.db import open_database

    folder = tmp_path_factory.mktemp("exports")
    engine = open_database(f"sqlite:///{folder / 'station.sqlite3'}", station_code="KDR")
    try:
        sessions, data = _load(engine)
        with sessions() as s:
            yield compute_figures(s, data.boss, FigureFilter(START, END), today=TODAY)
    finally:
        engine.dispose()


def _rows(sheet) -> list[tuple]:
    """The table of a sheet: the header row (row 5) and the rows under it."""
    return [
        tuple(c for c in row if c is not None)
        for row in sheet.iter_rows(min_row=5, values_only=True)
        if any(row)
    ]


def test_excel_has_a_right_to_left_sheet_per_figure(figures):
    book = load_workbook(io.BytesIO(figures_workbook(figures, FilterNames(clerk="דנה לוי"))))
    titles = [t.title for t in figure_tables(figures)]
    assert book.sheetnames == titles
    assert all(book[name].sheet_view.rightToLeft for name in book.sheetnames)

    summary = dict(_rows(book["סיכום"])[1:])
    assert summary["ביקורים"] == 4 and summary["פקיד/ה"] == "דנה לוי"
    assert summary["עמידה בזמן (%)"] == 50 and summary["שביעות רצון ממוצעת (1-5)"] == 3.67

    days = _rows(book["ביקורים ליום"])
    assert days[0] == ("תאריך", "ביקורים")
    assert days[1][0].date() == dt.date(2026, 3, 22) and days[1][1] == 3
    assert len(days) == 11 and sum(n for _d, n in days[1:]) == 4
    assert book["ביקורים ליום"].cell(6, 1).number_format == "dd/mm/yyyy"

    times = _rows(book["המתנה ושירות בדלפק"])
    assert times[0] == ("מדד", "המתנה (דקות)", "שירות (דקות)")
    assert times[2] == ("ממוצע", 15.1, 10) and times[4] == ("אחוזון 90", 30, 15)
    assert _rows(book["העברות לפריט"])[1:] == [("0", 2), ("1", 1), ("2", 1), ("3 ומעלה", 1)]
    assert dict(_rows(book["גיל פריטים פתוחים"])[1:])["15-30"] == 1
    assert _rows(book["שיחות לתושבים"])[1:] == [("חזרה לתושב/ת", 1, 1), ("שיחת מעקב", 3, 1)]
    assert [r[1] for r in _rows(book["שביעות רצון"])[1:]] == [0, 1, 0, 1, 1]
    assert _rows(book["הטבות"])[1:] == [("הוצעו", 3), ("התקבלו", 1), ("נדחו", 1)]
    assert len(book["ביקורים ליום"]._charts) == 1 and not book["סיכום"]._charts


def test_pdf_report_holds_every_figure(figures):
    pdf = figures_pdf(
        figures,
        "מועצה אזורית הגליל התחתון",
        FilterNames(locality="כפר כמא"),
        printed_on=dt.date(2026, 4, 10),
    )
    pages = pdf_text(pdf)
    text = "\n".join(pages)
    assert_words(pages[0], "מדדי מסע התושב")
    assert_words(pages[0], "תקופה: 22/03/2026 – 31/03/2026")
    assert_words(pages[0], "יישוב: כפר כמא")
    for table in figure_tables(figures)[1:]:
        assert_words(text, table.title)
        for header in table.headers:
            assert_words(text, header)
    assert_words(text, "ממוצע 3.67 מתוך 3 תשובות")
    assert_words(text, "ממוצע 1.2 העברות לפריט; 1 פריטים מעל המותר באמנה")
    assert_words(pages[-1], f"עמוד {len(pages)} מתוך {len(pages)}")
