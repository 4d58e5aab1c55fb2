"""The supervisor's figures report says its own words (period, the summary's headers, the
footer) in the user's language: English while the command line speaks English, with the
values filled in, and Hebrew again after it (issue 17, part 3). The figures' names and values
are the caller's (desktop/supervision)."""

from __future__ import annotations

import datetime as dt

from desktop.receipts.report import ReportData, ReportSection, render_report
from tests.receipts.test_receipt import assert_words, pdf_text, words_of
from tests.test_phrases import HEBREW


def _report() -> bytes:
    return render_report(
        ReportData(
            council_name="Emek council",
            title="Figures",
            period="01/03/2026 - 31/03/2026",
            filters=(),
            printed_on=dt.date(2026, 4, 2),
            summary=[("Visits", "12")],
            sections=(ReportSection("Visits by day", ["Day", "Visits"], [["01/03", "12"]]),),
        )
    )


def test_the_report_says_its_words_in_english(english):  # noqa: F811
    english.console("en")
    page = pdf_text(_report())[0]
    for said in (
        "Period: 01/03/2026 - 31/03/2026",
        "All departments, clerks, localities and case types",
        "Measure",
        "Value",
        "Produced on 02/04/2026",
        "page 1 of 1",
    ):
        assert_words(page, said)
    # Hebrew is left only in the Hebrew date of the footer: 2 April 2026 is 15 Nisan 5786,
    # the first day of Passover.
    hebrew = {word for word in words_of(page) if HEBREW.search(word)}
    assert hebrew and hebrew <= words_of("ט״ו ניסן תשפ״ו")
    assert not words_of(page) & {"תקופה", "מדד", "ערך", "עמוד", "מתוך"}
    english.console("he")
    page = pdf_text(_report())[0]
    assert_words(page, "תקופה: 01/03/2026 - 31/03/2026")
    assert_words(page, "עמוד 1 מתוך 1")
    assert_words(page, "מדד ערך")


def _left_edge(pdf: bytes, words: str) -> tuple[float, float]:
    """Where `words` start on the first page, and the page's width (points)."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(pdf)[0]
    text = page.get_textpage()
    found = text.search(words).get_next()
    assert found, words
    index, count = found
    left = min(text.get_charbox(i)[0] for i in range(index, index + count))
    return left, page.get_width()


def test_an_english_report_reads_from_the_left():
    """English lays the report out from the left (titles, the first column, the first day of a
    chart, its value axis); Hebrew and Arabic from the right (issue 17: the layout flips)."""
    from desktop.receipts.report import ReportChart

    def report(rtl: bool) -> bytes:
        chart = ReportChart("bar", ["01/03/2026", "02/03/2026"], [("Visits", [12, 5])], "Visits")
        section = ReportSection("Visits by day", ["Day", "Visits"], [["01/03/2026", "12"]], chart)
        return render_report(
            ReportData(
                "Emek council",
                "Figures",
                "01/03/2026 - 31/03/2026",
                (),
                dt.date(2026, 4, 2),
                [("On time (%)", "93.5")],
                (section,),
                rtl=rtl,
            )
        )

    # Single words: a right-to-left page's text comes out of the PDF in its reading order.
    for words in ("Emek", "Figures", "time", "Day"):
        left, width = _left_edge(report(False), words)
        assert left < width / 3, words  # in the first column, from the left margin
        left, width = _left_edge(report(True), words)
        assert left > width / 3, words  # on the right, where a Hebrew page starts
    # Parentheses keep their place in English: "(%)" after the words, not before them.
    assert_words(pdf_text(report(False))[0], "On time (%)")
