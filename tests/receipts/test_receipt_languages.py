"""Receipts in the resident's language: Hebrew and Arabic right-to-left with Arabic letters
joined, Russian and English left-to-right with Hebrew names inside, numbers intact; every
language rendered to PNG in out/receipts/ for a person to look at."""

from __future__ import annotations

import io
import shutil
import subprocess
import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from desktop.receipts.receipt import ReceiptData, ReceiptItem, render_receipt, render_receipts
from desktop.receipts.text import (
    ARABIC,
    FONT,
    font_runs,
    join_arabic,
    register_arabic_fonts,
    register_fonts,
    shape_line,
    starts_right_to_left,
    text_width,
)
from desktop.receipts.wording import LANGUAGES, calendar_date, hijri_date, is_rtl, local_date, say

OUT = Path(__file__).resolve().parents[2] / "out" / "receipts"
ISSUED = datetime(2026, 12, 3, 9, 5, tzinfo=UTC)  # 11:05 in Israel
CASE = "KDR-26-00417-6"

# What receipt_data gives for each language: the catalogue's translations of the request
# type, department, steps and documents; the clerk's description stays as typed.
ITEM_TEXTS = {
    "he": (
        "הנחת ארנונה לאזרח ותיק / גמלאי",
        "גבייה וארנונה",
        ("מחלקת הגבייה תבדוק את הזכאות לפי גיל ורישומי הביטוח הלאומי",),
        ("צילום ת.ז. (כולל ספח)", "אישור קצבת זקנה מהביטוח הלאומי"),
        "התקבלה",
    ),
    "ar": (
        "خصم الأرنونا للمسنين / المتقاعدين",
        "الجباية والأرنونا",
        ("سيفحص قسم الجباية الاستحقاق حسب العمر وسجلات التأمين الوطني",),
        ("صورة بطاقة الهوية (مع الملحق)", "تأكيد مخصصات الشيخوخة من التأمين الوطني"),
        "تم الاستلام",
    ),
    "ru": (
        "Скидка на арнону для пожилых / пенсионеров",
        "Отдел сборов и арноны",
        ("Отдел сборов проверит право на скидку по возрасту и данным Битуах леуми",),
        ("Копия теудат зеут (с приложением)", "Справка о пенсии по старости из Битуах леуми"),
        "Принято",
    ),
    "en": (
        "Property tax (arnona) discount for senior citizens / pensioners",
        "Revenue and Property Tax",
        ("The revenue department will check eligibility by age and National Insurance records",),
        ("Copy of ID card (with appendix)", "National Insurance old-age pension confirmation"),
        "Received",
    ),
}


def receipt(language: str, *, hijri: bool = False, fee: bool = True) -> ReceiptData:
    name, department, steps, documents, status = ITEM_TEXTS[language]
    description = "דמי טיפול 120 ₪ שולמו; רחוב הגפן 7, כפר כמא" if fee else ""
    item = ReceiptItem(
        name, department, "04-6628230", description, steps, documents, date(2026, 12, 17), status
    )
    return ReceiptData(
        council_name="מועצה אזורית הגליל התחתון",
        council_phone="04-6628200",
        council_website="www.glt.org.il",
        council_address="צומת כדורי, ד.נ. הגליל התחתון",
        case_number=CASE,
        issued_at=ISSUED,
        resident_name="סמירה חורי",
        items=(item,),
        owner_name="דנה לוי-כהן",
        owner_phone="050-7654321",
        owner_email="dana.levi@glt.org.il",
        language=language,
        hijri=hijri,
    )


def plain(text: str) -> str:
    """Extracted text with Arabic presentation forms folded back to letters."""
    return unicodedata.normalize("NFKC", text)


def drawn_text(pdf: bytes) -> str:
    return plain("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


@pytest.fixture(scope="module", autouse=True)
def fonts() -> None:
    register_fonts()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", ["a4", "80mm"])
def test_receipt_in_each_language_as_png(language: str, size: str) -> None:
    """Rendered with pdftoppm into out/receipts/ for a reader of the language to look at."""
    pdf = render_receipt(receipt(language, hijri=language == "ar"), size)  # type: ignore[arg-type]
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"receipt-{language}-{size}.pdf"
    target.write_bytes(pdf)
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", str(target),
         str(target.with_suffix(""))],
        check=True,
    )  # fmt: skip
    png = target.with_suffix(".png")
    assert png.stat().st_size > 20_000


@pytest.mark.parametrize("language", LANGUAGES)
def test_numbers_dates_and_currency_come_through_in_every_direction(language: str) -> None:
    text = drawn_text(render_receipt(receipt(language), "a4"))
    for kept in (CASE, "050-7654321", "04-6628230", "04-6628200", "dana.levi@glt.org.il"):
        assert kept in text, f"{kept!r} lost in {language}"
    assert local_date(date(2026, 12, 17), language) in text
    rtl = is_rtl(language)
    for key, value in (("receipt.follow_centre", "04-6628200"), ("tel", "04-6628200")):
        line = shape_line(say(language, key, phone=value), rtl)
        assert value in line, f"{key} in {language}: {line!r}"
    # The clerk's note is a value of its own, in its own direction on every page: the
    # shekel sign after the amount, read right to left.
    fee = "דמי טיפול 120 ₪"
    assert starts_right_to_left(fee)
    assert shape_line(fee, rtl or starts_right_to_left(fee)).startswith("₪ 120 ")


def test_arabic_keeps_phone_numbers_whole() -> None:
    """Digits after Arabic letters are Arabic numbers (UAX #9, W2): without isolation
    "04-6628200" prints as "6628200-04"."""
    from bidi import get_display

    bare = get_display("على الرقم 04-6628200", base_dir="R")  # the algorithm alone
    assert "04-6628200" not in bare  # what the isolation is for
    assert "04-6628200" in shape_line("على الرقم 04-6628200")  # free text: kept whole too
    assert "04-6628200" in shape_line(say("ar", "receipt.follow_centre", phone="04-6628200"))
    issued = shape_line(say("ar", "receipt.issued", date="03/12/2026", time="11:05"))
    assert "03/12/2026" in issued and "11:05" in issued


def test_dates_in_the_residents_way() -> None:
    day = date(2026, 12, 17)
    assert [local_date(day, lang) for lang in LANGUAGES] == [
        "17/12/2026",
        "17/12/2026",
        "17.12.2026",
        "17/12/2026",
    ]


def test_left_to_right_receipts_read_from_the_left() -> None:
    """English and Russian sentences are drawn in reading order, the Hebrew name inside
    them reversed for display (right-to-left) and isolated from the punctuation."""
    name = "סמירה\u00a0חורי"  # kept on one line: a no-break space between its words
    english = shape_line(say("en", "hello", name="סמירה חורי"), rtl=False)
    assert english == "Dear " + name[::-1] + ","
    russian = shape_line(say("ru", "hello", name="סמירה חורי"), rtl=False)
    assert russian == "Здравствуйте, " + name[::-1] + "!"
    text = drawn_text(render_receipt(receipt("en"), "a4"))
    assert "Thank you for coming to us." in text
    assert "Request number:" in text


def test_arabic_is_joined_and_right_to_left() -> None:
    word = "مرحبا"
    joined = join_arabic(word)
    assert joined != word and all("\ufe70" <= c <= "\ufefe" for c in joined)
    assert unicodedata.normalize("NFKC", joined) == word
    # lam-alef becomes one ligature, as Arabic is written
    assert join_arabic("لا") == "\ufefb"
    visual = shape_line("رقم الطلب: " + CASE)
    assert visual.startswith(CASE)  # the case number stays whole, on the left
    assert unicodedata.normalize("NFKC", visual[len(CASE) :]).strip() == ":" + "رقم الطلب"[::-1]


def test_arabic_runs_are_drawn_in_the_arabic_font_with_every_glyph() -> None:
    line = join_arabic("مرحبا סמירה חורי، رقم الطلب " + CASE)
    runs = font_runs(shape_line(line), FONT)
    fonts = {font for _piece, font in runs}
    assert fonts == {FONT, ARABIC}
    for piece, font in runs:
        face = pdfmetrics.getFont(font).face
        missing = [c for c in piece if c != " " and ord(c) not in face.charToGlyph]
        assert not missing, f"{font} has no glyph for {missing}"
    assert text_width(line, FONT, 10) == pytest.approx(
        sum(pdfmetrics.stringWidth(p, f, 10) for p, f in runs)
    )


def test_every_fixed_text_has_every_glyph_in_the_fonts() -> None:
    register_arabic_fonts()
    dejavu = pdfmetrics.getFont(FONT).face.charToGlyph
    arabic = pdfmetrics.getFont(ARABIC).face.charToGlyph
    for language in LANGUAGES:
        for key in (
            "receipt.intro",
            "receipt.promise",
            "receipt.closing",
            "receipt.no_documents",
            "letter.regards",
            "sheet.more",
        ):
            for piece, font in font_runs(join_arabic(say(language, key)), FONT):
                cmap = arabic if font == ARABIC else dejavu
                missing = {c for c in piece if c.strip() and ord(c) not in cmap}
                assert not missing, f"{language} {key}: no glyph for {missing}"


def test_hebrew_date_on_hebrew_receipts_and_hijri_on_arabic_when_enabled() -> None:
    day = date(2026, 12, 5)
    # 5 December 2026 is 25 Kislev 5787 (the first day of Hanukkah) and 25 Jumada al-Akhirah
    # 1448 by Umm al-Qura (the Saudi official calendar, as published in its tables).
    assert calendar_date(day, "he") == "כ״ה כסלו תשפ״ז"
    assert hijri_date(day) == "25 جمادى الآخرة 1448 هـ"
    assert calendar_date(day, "ar") == ""
    assert calendar_date(day, "ar", hijri=True) == hijri_date(day)
    assert calendar_date(day, "ru", hijri=True) == calendar_date(day, "en") == ""
    with_hijri = drawn_text(render_receipt(receipt("ar", hijri=True), "a4"))
    without = drawn_text(render_receipt(receipt("ar"), "a4"))
    assert "1448" in with_hijri and "1448" not in without
    assert "תשפ" not in drawn_text(render_receipt(receipt("en"), "a4"))


def test_two_languages_in_one_pdf_the_residents_first() -> None:
    pdf = render_receipts([receipt("ru"), receipt("he")], "a4")
    pages = [plain(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) == 2
    assert "Подтверждение обращения" in pages[0]
    assert "Стр. 1 из 1" in pages[0]
    assert "Подтверждение" not in pages[1]
    roll = render_receipts([receipt("ar"), receipt("he")], "80mm")
    assert len(PdfReader(io.BytesIO(roll)).pages) == 2


def test_directions() -> None:
    assert [is_rtl(lang) for lang in LANGUAGES] == [True, True, False, False]
    assert is_rtl("am") and say("am", "regards") == "בברכה,"  # not written here: Hebrew


def test_a_phone_in_arabic_free_text_prints_as_written():
    """A catalogue answer in Arabic with phones in it (not a value we isolate ourselves): kept
    whole; Hebrew needs nothing (its digits stay European numbers)."""
    assert "050-1234567" in shape_line("اتصلوا على 050-1234567 أو 04-6628200", True)
    assert "04-6628200" in shape_line("اتصلوا على 050-1234567 أو 04-6628200", True)
    assert "04-6628200" in shape_line("לבירורים טל' 04-6628200.", True)
