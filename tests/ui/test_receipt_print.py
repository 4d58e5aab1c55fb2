"""Printing a receipt: straight to the station's printer, on paper of the receipt's size, as text
(not a picture). The printer here is Qt's PDF printer, so what came out can be read back."""

from __future__ import annotations

import io
import subprocess
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from reportlab.lib.units import mm

from desktop.core import settings
from desktop.receipts.receipt import ReceiptData, ReceiptItem, receipt_pages
from desktop.ui import receipt_print
from desktop.ui.receipt_preview import ReceiptPreview

pytestmark = pytest.mark.gui

DATA = ReceiptData(
    council_name="המועצה האזורית כדורי",
    council_phone="08-6201000",
    council_website="www.kaduri.org.il",
    council_address="שדרות הנשיא 1, כדורי",
    case_number="KDR-26-00417-6",
    issued_at=datetime(2026, 11, 20, 12, 35, tzinfo=UTC),
    resident_name="ישראל ישראלי",
    items=(
        ReceiptItem(
            "הנחה בארנונה לאזרח ותיק",
            "גבייה וארנונה",
            "08-6201234",
            "",
            ("הבקשה הועברה לבדיקת זכאות",),
            ("צילום ת.ז. (כולל ספח)",),
            date(2026, 11, 23),
            "התקבלה",
        ),
    ),
    owner_name="דנה לוי-כהן",
    owner_phone="050-7654321",
    owner_email="dana.levi@kaduri.org.il",
)


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def shown(qtbot, preview: ReceiptPreview) -> ReceiptPreview:
    qtbot.addWidget(preview)
    preview.show()
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)  # the dialog's keys work in the active window
    return preview


def pdftotext(path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def images_on(page) -> int:
    objects = page.get("/Resources", {}).get("/XObject", {}) or {}
    return sum(1 for ref in objects.values() if ref.get_object().get("/Subtype") == "/Image")


@pytest.mark.parametrize("size", ["80mm", "a4"])
def test_a_receipt_prints_on_its_own_paper_as_text(qapp, tmp_path, size):
    target = tmp_path / f"{size}.pdf"
    laid = receipt_pages(DATA, size)
    assert receipt_print.print_laid_out(laid, pdf_printer(target))

    pages = PdfReader(target).pages
    assert len(pages) == 1
    width, height = (float(v) for v in pages[0].mediabox[2:])
    if size == "80mm":  # an 80 mm page as long as the receipt, not a corner of an A4 sheet
        assert width == pytest.approx(80 * mm, abs=1)
        assert height == pytest.approx(laid.height, abs=1)
    else:
        assert (round(width), round(height)) == (595, 842)
    # Text, not a picture of text: pdftotext reads it, in reading order, and no image is drawn.
    text = pdftotext(target)
    assert "KDR-26-00417-6" in text
    for words in ("אישור פנייה", "שלום ישראל ישראלי", "הנחה בארנונה לאזרח ותיק"):
        assert words in text
    assert images_on(pages[0]) == 0


def test_the_qr_code_and_the_text_sit_where_the_pdf_has_them(qapp, tmp_path):
    """The printed 80 mm receipt looks like the PDF one: the same dark pixels, near enough."""
    import pypdfium2 as pdfium

    from desktop.receipts.receipt import render_receipt

    target = tmp_path / "roll.pdf"
    assert receipt_print.print_laid_out(receipt_pages(DATA, "80mm"), pdf_printer(target))

    def ink(pdf: bytes) -> list[float]:
        document = pdfium.PdfDocument(pdf)
        image = document[0].render(scale=1).to_pil().convert("L")
        document.close()
        w, h = image.size
        band = h // 8  # the share of dark pixels in each eighth of the page, top to bottom
        rows = [image.crop((0, i * band, w, (i + 1) * band)) for i in range(8)]
        return [sum(r.histogram()[:128]) / (r.width * r.height) for r in rows]

    printed, original = ink(target.read_bytes()), ink(render_receipt(DATA, "80mm"))
    assert max(abs(a - b) for a, b in zip(printed, original, strict=True)) < 0.03


def test_enter_prints_to_the_station_printer_without_a_dialog(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(receipt_print, "station_printer", lambda: pdf_printer(target))
    dialogs = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda d: dialogs.append(d) or 0)
    preview = shown(qtbot, ReceiptPreview(DATA, "80mm"))
    qtbot.keyClick(preview.print_button, Qt.Key.Key_Return)
    assert preview.printed and not dialogs
    assert PdfReader(target).pages[0].mediabox.width == pytest.approx(80 * mm, abs=1)


def test_ctrl_shift_p_opens_the_print_dialog(qtbot, tmp_path, monkeypatch):
    target = tmp_path / "chosen.pdf"

    def choose_file(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_file)
    preview = shown(qtbot, ReceiptPreview(DATA, "a4"))
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(preview.print_button, Qt.Key.Key_P, both)
    assert preview.printed and target.exists()
    assert settings.get("receipt_printer") == ""  # a file is not the station's printer


def test_no_printer_known_opens_the_dialog_once(qtbot, monkeypatch):
    monkeypatch.setattr(receipt_print, "station_printer", lambda: None)
    opened = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda d: opened.append(d) or 0)
    preview = shown(qtbot, ReceiptPreview(DATA, "a4"))
    qtbot.keyClick(preview.print_button, Qt.Key.Key_Return)
    assert len(opened) == 1 and not preview.printed


def test_ctrl_g_switches_large_print(qtbot, tmp_path, monkeypatch):
    preview = shown(qtbot, ReceiptPreview(DATA, "a4"))
    normal = preview.pdf
    qtbot.keyClick(preview.print_button, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert preview.large.isChecked() and preview.pdf != normal
    target = tmp_path / "large.pdf"
    monkeypatch.setattr(receipt_print, "station_printer", lambda: pdf_printer(target))
    preview.print_receipt()
    assert "הנחה בארנונה לאזרח ותיק" in pdftotext(target)
    assert len(PdfReader(target).pages) >= 1


def test_station_printer_follows_the_setting(qapp):
    from PySide6.QtPrintSupport import QPrinterInfo

    settings.set_value("receipt_printer", "no-such-printer-here")
    assert receipt_print.station_printer() is None
    settings.set_value("receipt_printer", "")
    default = QPrinterInfo.defaultPrinter()
    printer = receipt_print.station_printer()
    assert (printer is None) == default.isNull()


def test_an_arabic_receipt_prints_joined_and_where_the_pdf_has_it(qapp, tmp_path):
    """The printer draws the Arabic runs in Noto Sans Arabic, as the PDF does: the same dark
    pixels, near enough; a Hebrew copy follows on its own page."""
    import dataclasses
    from pathlib import Path

    import pypdfium2 as pdfium

    from desktop.receipts.receipt import render_receipt

    arabic = dataclasses.replace(
        DATA,
        language="ar",
        resident_name="סמירה חורי",
        items=(dataclasses.replace(DATA.items[0], request_type="خصم الأرنونا للمسنين"),),
    )
    target = tmp_path / "arabic.pdf"
    assert receipt_print.print_laid_out(receipt_pages([arabic, DATA], "80mm"), pdf_printer(target))
    assert len(PdfReader(target).pages) == 2

    def ink(pdf: bytes) -> list[float]:
        document = pdfium.PdfDocument(pdf)
        image = document[0].render(scale=1).to_pil().convert("L")
        document.close()
        w, h = image.size
        band = h // 8
        rows = [image.crop((0, i * band, w, (i + 1) * band)) for i in range(8)]
        return [sum(r.histogram()[:128]) / (r.width * r.height) for r in rows]

    printed, original = ink(target.read_bytes()), ink(render_receipt(arabic, "80mm"))
    assert max(abs(a - b) for a, b in zip(printed, original, strict=True)) < 0.03
    out = Path(__file__).resolve().parents[2] / "out" / "receipts"
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile",
                    str(target), str(out / "printed-ar-80mm")], check=True)  # fmt: skip


def test_the_receipt_dialog_fits_a_laptop(qtbot):
    from tests.ui.test_screens import shoot

    preview = shown(qtbot, ReceiptPreview(DATA, "a4"))
    assert preview.width() <= 1366 and preview.height() <= 728
    assert preview.minimumSizeHint().width() <= 1366
    shoot(preview, "22-receipt-dialog-a4")
    preview.roll.setChecked(True)
    shoot(preview, "23-receipt-dialog-80mm")
    preview.large.setChecked(True)
    shoot(preview, "24-receipt-dialog-80mm-large")


def test_ctrl_h_adds_a_hebrew_copy_after_the_residents_language(qtbot, tmp_path, monkeypatch):
    import dataclasses

    from tests.ui.test_screens import shoot

    english = dataclasses.replace(DATA, language="en", resident_name="ישראל ישראלי")
    preview = shown(qtbot, ReceiptPreview(english, "a4", None, DATA))
    preview.resize(1366, 768)
    assert preview.hebrew_too.isVisible() and not preview.hebrew_too.isChecked()
    assert len(PdfReader(io.BytesIO(preview.pdf)).pages) == 1
    qtbot.keyClick(preview.print_button, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert preview.hebrew_too.isChecked()
    pages = PdfReader(io.BytesIO(preview.pdf)).pages
    assert len(pages) == 2
    assert "Confirmation of your request" in pages[0].extract_text()
    shoot(preview, "77-receipt-hebrew-too")
    target = tmp_path / "both.pdf"
    monkeypatch.setattr(receipt_print, "station_printer", lambda: pdf_printer(target))
    preview.print_receipt()
    assert preview.printed and len(PdfReader(target).pages) == 2
    # A Hebrew reader has no Hebrew copy to add: the box is not shown and Ctrl+H does nothing.
    hebrew = shown(qtbot, ReceiptPreview(DATA, "a4"))
    qtbot.keyClick(hebrew.print_button, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert not hebrew.hebrew_too.isVisible() and len(hebrew.copies) == 1


def test_the_knowledge_sheet_prints_on_a4_as_text(qtbot, tmp_path, monkeypatch):
    """The answer sheet prints from the same layout as its PDF: text, not a picture of it."""
    from desktop.receipts.sheet import SheetData, lay_out_sheet
    from desktop.ui import knowledge_dialog

    data = SheetData(
        "המועצה האזורית הגליל התחתון",
        "04-6628200",
        "www.galil-tachton.org.il",
        "צומת כדורי",
        "שעות קבלת קהל (Reception hours)",
        "מוקד השירות",
        "ימים א'-ה' 08:00-13:00, ויום ג' גם 16:00-18:00.",
        date(2026, 12, 6),
        "יוסף כהן",
    )
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(
        knowledge_dialog.QPrintDialog, "exec", lambda d: QDialog.DialogCode.Accepted
    )

    class FilePrinter(QPrinter):  # the printer the dialog would give, writing to a file
        def __init__(self, *args) -> None:  # noqa: ANN002
            super().__init__(*args)
            self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.setOutputFileName(str(target))

    monkeypatch.setattr(knowledge_dialog, "QPrinter", FilePrinter)
    preview = knowledge_dialog.SheetPreview(lambda: lay_out_sheet(data), "דף מידע")
    qtbot.addWidget(preview)
    preview.print_sheet()
    assert preview.printed
    page = PdfReader(str(target)).pages[0]
    assert images_on(page) == 0
    width, height = (float(v) * 25.4 / 72 for v in page.mediabox[2:])
    assert (round(width), round(height)) == (210, 297)
    text = pdftotext(target)
    assert "שעות קבלת קהל" in text and "08:00-13:00" in text and "04-6628200" in text
