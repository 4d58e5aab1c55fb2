"""Receipt PDF rendering: right-to-left text, content, pagination and margins (no Qt)."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pypdfium2 as pdfium
import pytest
from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st
from pyluach.dates import HebrewDate
from pypdf import PdfReader
from reportlab.lib.units import mm

from desktop.receipts import text as text_module
from desktop.receipts.receipt import ReceiptData, ReceiptItem, hebrew_date, render_receipt
from desktop.receipts.text import (
    FONT,
    FONT_BOLD,
    register_fonts,
    shape_line,
    shape_rtl,
    text_width,
    wrap_text,
)

ISSUED = datetime(2026, 11, 20, 12, 35, tzinfo=UTC)  # 14:35 in Israel (winter, UTC+2)

ITEMS = (
    ReceiptItem(
        request_type="הנחה בארנונה לאזרח ותיק",
        department="גבייה וארנונה",
        department_phone="08-6201234",
        description="התושב Lavi (לביא) ביקש הנחה לפי טופס 4, כולל ההפרש לשנת 2025.",
        next_steps=(
            "הבקשה הועברה לבדיקת זכאות במחלקת הגבייה",
            "נציג המחלקה יחזור אליך בטלפון 050-1234567 תוך 3 ימי עבודה",
        ),
        documents=("צילום ת.ז. (כולל ספח)", "אישור ביטוח לאומי על קצבת זקנה (Form BL/250)"),
        expected_date=date(2026, 11, 23),
        status="התקבלה",
    ),
    ReceiptItem(
        request_type="פינוי גזם וגרוטאות",
        department="תברואה ואיכות הסביבה",
        department_phone="",
        description="",
        next_steps=("הפינוי ישובץ לסבב הקרוב ביישוב",),
        documents=(),
        expected_date=date(2026, 12, 1),
        status="בטיפול",
    ),
    ReceiptItem(
        request_type="היתר חניה לנכה (תו חניה)",
        department="הנדסה ותשתיות",
        department_phone="08-6201300",
        description="מספר רכב 12-345-67; סימון חניה ליד הבית ברחוב הגפן 7.",
        next_steps=("בדיקת שטח של מהנדס התנועה", 'ההחלטה תישלח בדואר ובדוא"ל'),
        documents=("אישור נכות ממשרד הרישוי",),
        expected_date=date(2027, 1, 14),
        status="ממתינה למסמכים",
    ),
)


def make_data(items: tuple[ReceiptItem, ...] = ITEMS, **changes: object) -> ReceiptData:
    values: dict[str, object] = {
        "council_name": "המועצה האזורית כדורי",
        "council_phone": "08-6201000",
        "council_website": "www.kaduri.org.il",
        "council_address": "שדרות הנשיא 1, כדורי",
        "case_number": "KDR-26-00417-6",
        "issued_at": ISSUED,
        "resident_name": "ישראל ישראלי",
        "items": items,
        "owner_name": "דנה לוי-כהן",
        "owner_phone": "050-7654321",
        "owner_email": "dana.levi@kaduri.org.il",
    }
    values.update(changes)
    return ReceiptData(**values)  # type: ignore[arg-type]


def pdf_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


TOKEN = re.compile(r"[\u05d0-\u05ea\u05f3\u05f4]+|[A-Za-z0-9]+")


def words_of(text: str) -> set[str]:
    """Hebrew words and Latin/digit runs of extracted text, in both directions: the PDF
    holds lines in visual order and pypdf may or may not turn them back, so compare
    order-independently."""
    found = set(TOKEN.findall(text))
    return found | {word[::-1] for word in found}


def assert_words(text: str, phrase: str) -> None:
    words = words_of(text)
    for word in TOKEN.findall(phrase):
        assert word in words, f"{word!r} of {phrase!r} missing"


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    return {size: render_receipt(make_data(), size) for size in ("a4", "80mm")}


# --------------------------------------------------------------------------- content


@pytest.mark.parametrize("size", ["a4", "80mm"])
def test_receipt_contains_the_important_content(pdfs: dict[str, bytes], size: str) -> None:
    pdf = pdfs[size]
    assert pdf.startswith(b"%PDF")
    text = "\n".join(pdf_text(pdf))
    # Digit strings, dates and Latin identifiers keep their order in any extraction.
    for token in ("KDR-26-00417-6", "050-7654321", "08-6201000", "08-6201234", "08-6201300"):
        assert token in text
    for item in ITEMS:
        assert item.expected_date.strftime("%d/%m/%Y") in text
        assert_words(text, item.department)
        assert_words(text, item.request_type)
        assert_words(text, item.status)
    assert "20/11/2026" in text and "14:35" in text  # issued, in Asia/Jerusalem time
    assert "dana.levi@kaduri.org.il" in text and "www.kaduri.org.il" in text
    for phrase in ("ישראל ישראלי", "דנה לוי-כהן", "אישור פנייה", "מה קורה עכשיו"):
        assert_words(text, phrase)
    assert_words(text, "לא נדרשים מסמכים נוספים")  # item 2 needs no documents
    assert_words(text, hebrew_date(date(2026, 11, 23)))


def drawn_lines(pdf: bytes, page_index: int = 0) -> list[list[tuple[float, str]]]:
    """The characters of a page as drawn, grouped by line: ``[(x, char), ...]`` per line."""
    document = pdfium.PdfDocument(pdf)
    page = document[page_index]
    textpage = page.get_textpage()
    try:
        rows: dict[int, list[tuple[float, str]]] = defaultdict(list)
        for i in range(textpage.count_chars()):
            char = textpage.get_text_range(i, 1)
            left, bottom, _, _ = textpage.get_charbox(i, loose=True)
            if char not in "\r\n":
                rows[round(bottom)].append((left, char))
        return [rows[y] for y in sorted(rows, reverse=True)]
    finally:
        textpage.close()
        page.close()
        document.close()


def ltr(line: list[tuple[float, str]]) -> str:
    return "".join(char for _, char in sorted(line))


def rtl(line: list[tuple[float, str]]) -> str:
    return ltr(line)[::-1]


@pytest.mark.parametrize("size", ["a4", "80mm"])
def test_text_is_drawn_right_to_left(pdfs: dict[str, bytes], size: str) -> None:
    """Read by glyph position: Hebrew runs right to left, numbers and Latin left to right."""
    lines = drawn_lines(pdfs[size])
    council = "המועצה האזורית כדורי"
    assert ltr(lines[0]) == get_display(council, base_dir="R")
    assert rtl(lines[0]) == council
    read = [rtl(line) for line in lines]
    assert "שלום ישראל ישראלי," in read
    # Mixed lines: the Hebrew reads right to left, the digit runs inside stay intact.
    phone = next(line for line in lines if "050-1234567" in ltr(line))
    assert rtl(phone).startswith("•נציג המחלקה יחזור אליך בטלפון ")
    due = next(line for line in lines if "23/11/2026" in ltr(line))
    assert rtl(due).startswith("תאריך צפוי למענה:")
    assert "KDR-26-00417-6" in [ltr(line).strip() for line in lines]
    lavi = next(text for text in read if "ivaL" in text)
    assert lavi.index("התושב") < lavi.index("ivaL") < lavi.index("לביא")


@pytest.mark.parametrize("size", ["a4", "80mm"])
def test_the_contact_is_named_without_a_gender(pdfs: dict[str, bytes], size: str) -> None:
    """The clerk who owns the case may be a man or a woman: the receipt's own words about them
    take no gender (the letters use both forms; a receipt names one person)."""
    pages = len(pdfium.PdfDocument(pdfs[size]))
    read = " ".join(rtl(line) for n in range(pages) for line in drawn_lines(pdfs[size], n))
    assert "הכתובת שלך לכל שאלה בפנייה:" in read
    for masculine in ("איש הקשר", "ויעדכן", "מתאם מול"):
        assert masculine not in read, masculine


def test_local_time_follows_israel_daylight_saving() -> None:
    summer = make_data(issued_at=datetime(2026, 7, 1, 9, 0, tzinfo=UTC))
    assert "12:00" in pdf_text(render_receipt(summer))[0]
    late = make_data(issued_at=datetime(2026, 11, 20, 23, 30, tzinfo=UTC))
    first_page = pdf_text(render_receipt(late, "80mm"))[0]
    assert "21/11/2026" in first_page and "01:30" in first_page


def test_custom_title_for_an_updated_receipt() -> None:
    text = pdf_text(render_receipt(make_data(title="אישור פנייה מעודכן")))[0]
    assert_words(text, "אישור פנייה מעודכן")


def test_rejects_naive_datetime_and_unknown_size() -> None:
    with pytest.raises(ValueError, match="timezone"):
        render_receipt(make_data(issued_at=datetime(2026, 11, 20, 12, 0)))
    with pytest.raises(ValueError, match="paper size"):
        render_receipt(make_data(), "letter")  # type: ignore[arg-type]


def test_twelve_items_flow_onto_more_a4_pages_without_loss() -> None:
    first = date(2026, 12, 1)
    items = tuple(
        ReceiptItem(
            request_type=f"בקשה מספר {n} (בדיקה)",
            department=f"מחלקה {n}",
            department_phone=f"08-62010{n:02d}",
            description="תיאור קצר של הבקשה כפי שנמסר בדלפק, כולל פרטים נוספים.",
            next_steps=("בדיקה ראשונית", "מענה בכתב"),
            documents=("צילום ת.ז. (כולל ספח)",) if n % 2 else (),
            expected_date=first + timedelta(days=n),
            status="התקבלה",
        )
        for n in range(1, 13)
    )
    pdf = render_receipt(make_data(items))
    pages = pdf_text(pdf)
    assert len(pages) > 1
    text = "\n".join(pages)
    for item in items:
        assert item.expected_date.strftime("%d/%m/%Y") in text
        assert item.department_phone in text
    assert "050-7654321" in pages[-1]  # the owner block comes after all items
    assert all("KDR-26-00417-6" in page for page in pages)  # footer on every page
    assert f"{len(pages)}" in pages[-1]


def test_very_long_token_is_broken_to_fit_the_roll() -> None:
    token = "0123456789" * 8
    item = replace(ITEMS[1], description=token)
    pdf = render_receipt(make_data((item,)), "80mm")
    text = pdf_text(pdf)[0]
    assert token not in text.replace("\n", "#")  # it did not fit on one line ...
    assert token in re.sub(r"\s+", "", text)  # ... yet every digit is there, in order
    assert_margins_blank(pdf, 4 * mm)


# --------------------------------------------------------------------------- rendering


def render_pages(pdf: bytes, scale: float = 2.0):
    document = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=scale).to_pil().convert("L") for page in document]
    finally:
        document.close()


def assert_margins_blank(pdf: bytes, margin: float, skip_top: float = 0.0) -> None:
    """Nothing is drawn in the left and right margins (less a hair of tolerance)."""
    scale = 2.0
    for image in render_pages(pdf, scale):
        strip = int((margin - 1) * scale)
        top = int(skip_top * scale)
        width, height = image.size
        for box in ((0, top, strip, height), (width - strip, top, width, height)):
            darkest, _ = image.crop(box).getextrema()
            assert darkest > 245, f"ink in the margin {box}"


@pytest.mark.parametrize("size", ["a4", "80mm"])
def test_nothing_in_the_side_margins(pdfs: dict[str, bytes], size: str) -> None:
    # A4 has a full-width colour bar along the top edge (5 pt); skip it.
    assert_margins_blank(pdfs[size], 15 * mm if size == "a4" else 4 * mm, skip_top=6)


@pytest.mark.parametrize("size", ["a4", "80mm"])
def test_long_values_everywhere_stay_inside_the_margins(size: str) -> None:
    long_hebrew = "מחלקת הנדסה, תכנון ובנייה ותשתיות ציבוריות של המועצה האזורית " * 3
    unbroken = "https://www.kaduri.org.il/" + "x" * 70
    item = replace(
        ITEMS[0],
        request_type=long_hebrew,
        department=long_hebrew,
        department_phone="08-6201234" * 6,
        description="7" * 120,
        next_steps=(long_hebrew, unbroken),
        documents=("צילום ת.ז. (כולל ספח) " * 8, "9" * 90),
    )
    data = make_data(
        (item, item),
        council_name=long_hebrew,
        council_address=long_hebrew,
        council_website=unbroken,
        resident_name="ישראל " * 20,
        owner_name="דנה " * 20,
        owner_email="dana.levi" * 10 + "@kaduri.org.il",
        title="אישור פנייה מעודכן " * 5,
    )
    pdf = render_receipt(data, size)  # type: ignore[arg-type]
    assert_margins_blank(pdf, 15 * mm if size == "a4" else 4 * mm, skip_top=6)
    assert "7" * 120 in re.sub(r"\s+", "", "".join(pdf_text(pdf)))


def test_roll_is_80mm_wide_and_grows_with_content(pdfs: dict[str, bytes]) -> None:
    page = PdfReader(io.BytesIO(pdfs["80mm"])).pages[0]
    assert float(page.mediabox.width) == pytest.approx(80 * mm)
    short = PdfReader(io.BytesIO(render_receipt(make_data(ITEMS[:1]), "80mm"))).pages[0]
    assert float(short.mediabox.height) < float(page.mediabox.height)


def test_a4_has_a_qr_code_on_the_left_of_the_header(pdfs: dict[str, bytes]) -> None:
    scale = 2.0
    image = render_pages(pdfs["a4"], scale)[0]
    left, top, side = 15 * mm * scale, 15 * mm * scale, 30 * mm * scale
    qr = image.crop((int(left), int(top), int(left + side), int(top + side)))
    dark = sum(qr.histogram()[:128]) / (qr.width * qr.height)
    assert 0.2 < dark < 0.7  # a QR pattern, not blank and not a solid block


# --------------------------------------------------------------------------- RTL text


def test_shape_mirrors_parentheses_and_keeps_numbers_in_order() -> None:
    assert shape_rtl("(כולל ספח)") == "(" + "כולל ספח"[::-1] + ")"
    assert shape_rtl("צילום ת.ז. (כולל ספח)") == "(" + "כולל ספח"[::-1] + ") " + "צילום ת.ז."[::-1]
    assert shape_rtl("Lavi (לביא)") == "(" + "לביא"[::-1] + ") Lavi"
    assert shape_rtl("טלפון 050-1234567") == "050-1234567 " + "טלפון"[::-1]
    assert shape_rtl("טופס 4") == "4 " + "טופס"[::-1]
    assert shape_rtl("מספר פנייה: KDR-26-00417-6") == "KDR-26-00417-6 :" + "מספר פנייה"[::-1]
    assert shape_rtl("תאריך 23/11/2026") == "23/11/2026 " + "תאריך"[::-1]


@pytest.mark.parametrize(
    "line", ["שלום ישראל ישראלי,", "טופס 4 של Lavi", "050-1234567 ו-KDR-26-00417-6", "abc", ""]
)
def test_shape_agrees_with_bidi_get_display_without_brackets(line: str) -> None:
    assert shape_rtl(line) == get_display(line, base_dir="R")


def test_shape_falls_back_to_python_bidi_when_levels_are_unavailable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(text_module, "_resolved_levels", lambda line, rtl=True: None)
    assert shape_line.__wrapped__("(כולל ספח)", True) == "(" + "כולל ספח"[::-1] + ")"


def test_fonts_register_once() -> None:
    register_fonts()
    register_fonts()
    assert text_width("שלום", FONT, 10) > 0
    assert text_width("שלום", FONT_BOLD, 10) > text_width("שלום", FONT, 10)


WORDS = st.lists(
    st.text(alphabet="אבגדהוזחטיכלמנסעפצקרשת0123456789ABCxyz().-/", min_size=1, max_size=25),
    min_size=1,
    max_size=40,
)


@settings(max_examples=60, database=None, deadline=None)
@given(words=WORDS, width=st.floats(min_value=20, max_value=300))
def test_wrap_fits_and_loses_nothing(words: list[str], width: float) -> None:
    register_fonts()
    text = " ".join(words)
    lines = wrap_text(text, FONT, 9, width)
    for line in lines:
        assert text_width(line, FONT, 9) <= width + 1e-6 or len(line) == 1
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    if all(text_width(word, FONT, 9) <= width for word in words):
        assert " ".join(lines).split() == words  # only broken between words


def test_wrap_keeps_paragraphs_and_breaks_a_long_token() -> None:
    register_fonts()
    assert wrap_text("שורה ראשונה\n\nשורה שלישית", FONT, 9, 500) == [
        "שורה ראשונה",
        "",
        "שורה שלישית",
    ]
    token = "0123456789" * 8
    width = 72 * mm
    pieces = wrap_text(token, FONT, 8.5, width)
    assert len(pieces) > 1 and "".join(pieces) == token
    assert all(text_width(piece, FONT, 8.5) <= width for piece in pieces)
    # A long URL is cut between letters, so no slash or dot jumps to the far side of a line.
    url = "https://www.kaduri.org.il/services/arnona/discounts/senior-citizens/form-4"
    pieces = wrap_text(url, FONT, 8.5, 40 * mm)
    assert len(pieces) > 2 and "".join(pieces) == url
    assert all(a[-1].isalnum() and b[0].isalnum() for a, b in pairwise(pieces))


def test_wrap_then_shape_keeps_hebrew_lines_in_reading_order() -> None:
    register_fonts()
    paragraph = "שורה ראשונה של הפסקה ואחריה שורה שנייה"
    lines = wrap_text(paragraph, FONT, 10, text_width("שורה ראשונה של הפסקה", FONT, 10))
    assert lines == ["שורה ראשונה של הפסקה", "ואחריה שורה שנייה"]
    assert [shape_rtl(line) for line in lines] == [line[::-1] for line in lines]


# --------------------------------------------------------------------------- misc


def test_hebrew_date() -> None:
    expected = HebrewDate.from_pydate(date(2026, 11, 23)).hebrew_date_string()
    assert HebrewDate.from_pydate(date(2026, 11, 23)) == HebrewDate(5787, 9, 13)
    assert hebrew_date(date(2026, 11, 23)) == expected == "י״ג כסלו תשפ״ז"
    assert "כסלו" in hebrew_date(date(2026, 11, 23))


def test_receipts_package_stays_free_of_qt_and_app_layers() -> None:
    code = (
        "import sys, desktop.receipts.receipt, desktop.receipts.text\n"
        "bad = [m for m in sys.modules if m.split('.')[0] == 'PySide6'"
        " or (m.startswith('desktop.') and not m.startswith('desktop.receipts'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --------------------------------------------------------------------------- one sheet, large print


def test_a_usual_two_topic_case_fits_one_a4_sheet() -> None:
    """Two topics with their steps and documents, a description and a contact: one sheet, not
    a second one with the closing lines alone."""
    pdf = render_receipt(make_data(ITEMS[:2]), "a4")
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    three = render_receipt(make_data(ITEMS[:1] * 2 + ITEMS[2:]), "a4")
    assert len(PdfReader(io.BytesIO(three)).pages) <= 2


def test_large_print_is_at_least_16_points_and_says_everything() -> None:
    """Large print (RNIB "See it Right": 16-18 pt body text) carries the same words."""
    from desktop.receipts.receipt import LARGE_PRINT, _paper

    assert _paper("a4", large=True).body >= 16
    assert _paper("80mm", large=True).body >= 13  # a 72 mm line still holds a few words
    assert LARGE_PRINT > 1
    normal = render_receipt(make_data(ITEMS[:2]), "a4")
    large = render_receipt(make_data(ITEMS[:2]), "a4", large=True)
    words = set("".join(pdf_text(normal)).split())
    large_words = set("".join(pdf_text(large)).split())
    assert "KDR-26-00417-6" in "".join(pdf_text(large))
    assert len(words & large_words) > 0.9 * len(words)  # wrapping differs, the words do not
    assert len(pdf_text(large)) > len(pdf_text(normal))
    assert_margins_blank(large, 15 * mm, skip_top=6)


def test_large_print_on_a_roll_keeps_the_case_number_whole() -> None:
    pdf = render_receipt(make_data(ITEMS[:1]), "80mm", large=True)
    lines = [line for line in pdf_text(pdf)[0].splitlines() if "KDR" in line]
    assert lines and all("KDR-26-00417-6" in line for line in lines)  # never cut in two
    assert_margins_blank(pdf, 4 * mm)
