"""Letters from the proactive service: the text as drawn, right to left with mixed runs, one page
per letter, and a PNG of the page to look at."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from bidi import get_display

from desktop.receipts.letter import LetterData, render_letters
from desktop.receipts.receipt import hebrew_date
from tests.receipts.test_receipt import drawn_lines, ltr, rtl

SHOTS = Path(
    os.environ.get("DALPAK_SCREENSHOTS", Path(__file__).resolve().parents[2] / "out" / "screens")
)

LETTER = LetterData(
    council_name="המועצה האזורית גליל תחתון",
    council_phone="04-6628200",
    council_website="www.glt.org.il",
    council_address="צומת גולני, ד.נ. גליל תחתון 15225",
    resident_name="רחל אזולאי (בן-דוד)",
    resident_address="הזית 4, כפר כמא",
    dated=date(2026, 11, 23),
    subject="הנחה בארנונה לאזרח ותיק - טיפלנו בזה בשבילך",
    done_for_you='הגעת לגיל הפרישה, ולכן פתחנו עבורך בקשה להנחה בארנונה (עד 25% על 100 מ"ר).',
    you_need_to="אם יש לך קצבה מהביטוח הלאומי (National Insurance), צרפי אישור שנתי.",
    case_number="KDR-26-00417-6",
    contact_name="מרים שטרן",
    contact_phone="04-6628201",
)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_letters([LETTER])


def test_letter_text_reads_right_to_left_with_mixed_runs(pdf):
    lines = drawn_lines(pdf)
    read = [rtl(line) for line in lines]
    assert read[0] == LETTER.council_name
    assert ltr(lines[0]) == get_display(LETTER.council_name, base_dir="R")
    assert "לכבוד רחל אזולאי (בן-דוד)" in read
    assert f"הנדון: {LETTER.subject}" in read
    assert "שלום רחל אזולאי (בן-דוד)," in read
    # the date line: Gregorian digits intact beside the Hebrew date
    dated = next(line for line in lines if "23/11/2026" in ltr(line))
    assert hebrew_date(LETTER.dated) in rtl(dated).replace("·", " ") or hebrew_date(
        LETTER.dated
    ).split()[0] in rtl(dated)
    # numbers, English and the case number stay left to right inside the Hebrew
    text = "\n".join(ltr(line) for line in lines)
    for run in ("KDR-26-00417-6", "04-6628201", "25%", "National Insurance", "www.glt.org.il"):
        assert run in text, run


def test_letter_text_by_pdftotext_and_one_page_each(tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    second = LetterData(
        **{
            **LETTER.__dict__,
            "resident_name": "אבי כהן",
            "you_need_to": "",
            "case_number": "KDR-26-00418-1",
        }
    )
    path = tmp_path / "batch.pdf"
    path.write_bytes(render_letters([LETTER, second]))
    assert len(pdfium.PdfDocument(str(path))) == 2
    pages = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")
    assert "KDR-26-00417-6" in pages[0] and "KDR-26-00418-1" in pages[1]
    assert "04-6628201" in pages[0]
    # nothing to do: the letter says so
    assert "KDR-26-00417-6" not in pages[1]
    assert get_display("אין צורך לעשות דבר", base_dir="R") in pages[1] or "צורך" in pages[1]


def test_letter_page_as_png(pdf):
    """Rendered for a person to look at (out/screens/63-letter.png)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = pdfium.PdfDocument(pdf)[0]
    image = page.render(scale=90 / 72).to_pil()
    target = SHOTS / "63-letter.png"
    image.save(target)
    assert image.width > 600 and target.stat().st_size > 10_000
