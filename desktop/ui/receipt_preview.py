"""The receipt on screen before it is printed. Enter prints it straight to the station's
receipt printer on its own paper size; Ctrl+Shift+P opens the print dialog; large print for
residents with low vision; Ctrl+H adds a Hebrew copy after the resident's language."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core import settings
from desktop.receipts.receipt import ReceiptData, receipt_pages, render_receipts
from desktop.ui import file_dialogs, receipt_print
from desktop.ui.widgets import MessageLine, rtl_line

LARGE_PRINT_KEY = "Ctrl+G"
HEBREW_TOO_KEY = "Ctrl+H"
DIALOG_KEY = "Ctrl+Shift+P"


def pdf_page_images(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page of `pdf` as an image at `dpi`."""
    document = pdfium.PdfDocument(pdf)
    images = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72.0)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels before the PIL buffer goes away
            page.close()
    finally:
        document.close()
    return images


class ReceiptPreview(QDialog):
    """Shows the receipt. Enter prints it to the station's printer (the print dialog the first
    time, when the system knows no printer); the paper and large print can be switched."""

    def __init__(
        self,
        data: ReceiptData,
        size: str = "a4",
        parent: QWidget | None = None,
        hebrew: ReceiptData | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._hebrew = hebrew  # the Hebrew copy, when the resident reads another language
        self._pdf = b""
        self.printed = False
        self.case_number = data.case_number
        self.setWindowTitle(self.tr("קבלה לפנייה %1").replace("%1", data.case_number))
        self.message = MessageLine(self)
        self.pages = QLabel(self)
        self.scroll = QScrollArea(self)
        self.a4 = QRadioButton(self.tr("A4"), self)
        self.roll = QRadioButton(self.tr('גליל 80 מ"מ'), self)
        self.large = QCheckBox(
            rtl_line(self.tr("אותיות גדולות (%1)").replace("%1", LARGE_PRINT_KEY)), self
        )
        self.hebrew_too = QCheckBox(
            rtl_line(self.tr("גם בעברית (%1)").replace("%1", HEBREW_TOO_KEY)), self
        )
        self.printer_line = QLabel(self)
        self.print_button = QPushButton(self.tr("הדפסה (Enter)"), self)
        self.dialog_button = QPushButton(
            self.tr("בחירת מדפסת... (%1)").replace("%1", DIALOG_KEY), self
        )
        self.save_button = QPushButton(self.tr("שמירה כקובץ PDF (Ctrl+S)"), self)
        self.close_button = QPushButton(self.tr("סגירה (Esc)"), self)
        self._sizes = QButtonGroup(self)
        self._build(size)
        self._wire()
        self.refresh()

    def _build(self, size: str) -> None:
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages.setAccessibleName(self.tr("תצוגת הקבלה"))
        self.scroll.setWidget(self.pages)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAccessibleName(self.tr("הקבלה"))
        self._sizes.addButton(self.a4)
        self._sizes.addButton(self.roll)
        (self.roll if size == "80mm" else self.a4).setChecked(True)
        self.print_button.setDefault(True)
        self.print_button.setAutoDefault(True)
        self._show_printer()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("נייר:")))
        row.addWidget(self.a4)
        row.addWidget(self.roll)
        row.addWidget(self.large)
        row.addWidget(self.hebrew_too)
        self.hebrew_too.setVisible(self._hebrew is not None)
        self.hebrew_too.setAccessibleName(self.tr("להדפיס גם עותק בעברית"))
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.dialog_button)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.printer_line)
        layout.addLayout(row)
        self.resize(900, 680)

    def _wire(self) -> None:
        self.a4.toggled.connect(lambda _on: self.refresh())
        self.large.toggled.connect(lambda _on: self.refresh())
        self.hebrew_too.toggled.connect(lambda _on: self.refresh())
        self.print_button.clicked.connect(self.print_receipt)
        self.dialog_button.clicked.connect(self.print_with_dialog)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence(DIALOG_KEY), self, activated=self.print_with_dialog)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_receipt)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_pdf)
        QShortcut(QKeySequence(LARGE_PRINT_KEY), self, activated=self.large.toggle)
        QShortcut(QKeySequence(HEBREW_TOO_KEY), self, activated=self._toggle_hebrew)

    def _show_printer(self) -> None:
        name = settings.get("receipt_printer")
        self.printer_line.setText(
            self.tr("מדפסת הקבלות של העמדה: %1").replace(
                "%1", name or self.tr("מדפסת ברירת המחדל של המחשב")
            )
        )

    def _toggle_hebrew(self) -> None:
        if self._hebrew is not None:
            self.hebrew_too.toggle()

    @property
    def copies(self) -> list[ReceiptData]:
        """What is printed: the resident's language, then Hebrew when asked for."""
        if self._hebrew is not None and self.hebrew_too.isChecked():
            return [self._data, self._hebrew]
        return [self._data]

    @property
    def size_name(self) -> str:
        return "80mm" if self.roll.isChecked() else "a4"

    @property
    def pdf(self) -> bytes:
        return self._pdf

    def refresh(self) -> None:
        self._pdf = render_receipts(self.copies, self.size_name, large=self.large.isChecked())
        images = pdf_page_images(self._pdf, dpi=80 if self.size_name == "a4" else 110)
        height = sum(i.height() for i in images) + 12 * len(images)
        width = max(i.width() for i in images)
        canvas = QImage(width, height, QImage.Format.Format_RGB888)
        canvas.fill(Qt.GlobalColor.lightGray)
        painter = QPainter(canvas)
        y = 0
        for image in images:
            painter.drawImage((width - image.width()) // 2, y, image)
            y += image.height() + 12
        painter.end()
        self.pages.setPixmap(QPixmap.fromImage(canvas))

    def print_receipt(self) -> None:
        """Straight to the station's printer; the dialog when the system knows none."""
        printer = receipt_print.station_printer()
        if printer is None:
            self.print_with_dialog()
            return
        self._print_on(printer)

    def print_with_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = settings.get("receipt_printer")
        if name:
            printer.setPrinterName(name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = printer.printerName()
        if not name and chosen and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            settings.set_value("receipt_printer", chosen)  # the station's printer from now on
        self._print_on(printer)

    def _print_on(self, printer: QPrinter) -> None:
        printer.setDocName(self.case_number)
        laid = receipt_pages(self.copies, self.size_name, large=self.large.isChecked())
        if not receipt_print.print_laid_out(laid, printer):
            self.message.show_error(
                self.tr(
                    "המדפסת %1 אינה זמינה. בודקים שהיא דולקת ומחוברת, או בוחרים מדפסת אחרת (%2)."
                )
                .replace("%1", printer.printerName() or printer.outputFileName())
                .replace("%2", DIALOG_KEY)
            )
            return
        self.printed = True
        self.accept()

    def save_pdf(self) -> None:
        path = file_dialogs.save_path(
            self, self.tr("שמירת הקבלה"), f"{self.case_number}.pdf", "PDF (*.pdf)"
        )
        if path:
            with open(path, "wb") as handle:
                handle.write(self._pdf)
            self.message.show_note(self.tr("נשמר: %1").replace("%1", path))
