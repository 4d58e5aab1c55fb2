"""The receipt on screen before it is printed, and printing it through the system dialog."""

from __future__ import annotations

from collections.abc import Callable

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets import MessageLine


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


def print_pdf(pdf: bytes, printer: QPrinter) -> None:
    """Paint each page on the printer, scaled to its printable area."""
    pages = pdf_page_images(pdf, dpi=min(printer.resolution(), 300))
    painter = QPainter(printer)
    try:
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()


class ReceiptPreview(QDialog):
    """Shows the receipt; Enter prints it, the size can be switched, it can be saved as PDF."""

    def __init__(
        self,
        render: Callable[[str], bytes],
        case_number: str,
        size: str = "a4",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._render = render
        self._pdf = b""
        self.printed = False
        self.case_number = case_number
        self.setWindowTitle(self.tr("קבלה לפנייה %1").replace("%1", case_number))
        self.message = MessageLine(self)
        self.pages = QLabel(self)
        self.scroll = QScrollArea(self)
        self.a4 = QRadioButton(self.tr("A4"), self)
        self.roll = QRadioButton(self.tr('גליל 80 מ"מ'), self)
        self.print_button = QPushButton(self.tr("הדפסה (Enter)"), self)
        self.save_button = QPushButton(self.tr("שמירה כ-PDF"), self)
        self.close_button = QPushButton(self.tr("סגירה (Esc)"), self)
        self._sizes = QButtonGroup(self)
        self._build(size)
        self._wire()
        self.refresh()

    def _build(self, size: str) -> None:
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.pages)
        self.scroll.setWidgetResizable(True)
        self._sizes.addButton(self.a4)
        self._sizes.addButton(self.roll)
        (self.roll if size == "80mm" else self.a4).setChecked(True)
        self.print_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("גודל:")))
        row.addWidget(self.a4)
        row.addWidget(self.roll)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(row)
        self.resize(720, 700)

    def _wire(self) -> None:
        self.a4.toggled.connect(lambda _on: self.refresh())
        self.print_button.clicked.connect(self.print_receipt)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_receipt)

    @property
    def size_name(self) -> str:
        return "80mm" if self.roll.isChecked() else "a4"

    @property
    def pdf(self) -> bytes:
        return self._pdf

    def refresh(self) -> None:
        self._pdf = self._render(self.size_name)
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
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.case_number)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_pdf(self._pdf, printer)
        self.printed = True
        self.message.show_note(self.tr("הקבלה נשלחה להדפסה."))
        self.accept()

    def save_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("שמירת הקבלה"), f"{self.case_number}.pdf", "PDF (*.pdf)"
        )
        if path:
            with open(path, "wb") as handle:
                handle.write(self._pdf)
            self.message.show_note(self.tr("נשמר: %1").replace("%1", path))
