"""Printing a receipt: on a page of the receipt's own size (A4, or 80 mm wide and as long as the
receipt on a roll), drawn as text and shapes rather than a picture, from the same layout as the
PDF. The layout draws on anything that draws like reportlab's canvas; here that is a QPainter on
the printer.

The station's receipt printer and paper are station settings (`receipt_printer`, empty for the
system's default printer, and `receipt_size`)."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from desktop.core import settings
from desktop.receipts.layout import LaidOut
from desktop.receipts.text import ARABIC, ARABIC_BOLD, FONT, FONT_BOLD

# Left-to-right override ... pop: the layout hands over lines already in visual order, and Qt
# must not reorder them a second time.
_LRO, _PDF = "\u202d", "\u202c"
# A left-to-right mark first makes the paragraph left-to-right: otherwise a piece that starts
# with Hebrew makes it right-to-left, and a space at the piece's end (the space before an Arabic
# run) moves to its left edge (UAX #9, L1).
_LRM = "\u200e"


@lru_cache(maxsize=2)
def _family(arabic: bool = False) -> str:
    """The bundled DejaVu Sans (the receipt's font), or Noto Sans Arabic (its Arabic runs),
    loaded into Qt once."""
    family = ""
    fonts = files("desktop.resources") / "fonts"
    names = (
        ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
        if arabic
        else ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
    )
    for name in names:
        font_id = QFontDatabase.addApplicationFontFromData((fonts / name).read_bytes())
        found = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (found[0] if found else "")
    return family or ("Noto Sans Arabic" if arabic else "DejaVu Sans")


def _qcolor(color: Any) -> QColor:
    return QColor.fromRgbF(
        float(color.red), float(color.green), float(color.blue), float(getattr(color, "alpha", 1))
    )


class PainterCanvas:
    """The part of reportlab's canvas that the receipt layout uses, drawn with a QPainter on
    a printer whose page is the layout's page. Coordinates are points from the bottom left."""

    def __init__(self, printer: QPrinter, page_height: float) -> None:
        self._printer = printer
        self._height = page_height
        self._k = printer.resolution() / 72.0  # device pixels per point
        self._painter = QPainter()
        self._fill = QColor(Qt.GlobalColor.black)
        self._stroke = QColor(Qt.GlobalColor.black)
        self._line_width = 1.0
        self._font = QFont(_family())
        self._font_name = FONT  # reportlab's name of the font in use, to measure with
        self._font_size = 10.0
        self._page_open = False
        self._pages = 0

    # -- the painter's life --------------------------------------------------------------------

    def begin(self) -> bool:
        return self._painter.begin(self._printer)

    def _page(self) -> QPainter:
        """The painter, on a fresh page when the last one was shown."""
        if not self._page_open:
            if self._pages:
                self._printer.newPage()
            self._page_open = True
            self._pages += 1
        return self._painter

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        if not self._page_open:
            self._page()  # an empty page is still a page
        self._page_open = False

    def save(self) -> None:
        self._painter.end()

    @property
    def pages(self) -> int:
        return self._pages

    # -- state ---------------------------------------------------------------------------------

    def setFillColor(self, color: Any) -> None:  # noqa: N802
        self._fill = _qcolor(color)

    def setStrokeColor(self, color: Any) -> None:  # noqa: N802
        self._stroke = _qcolor(color)

    def setLineWidth(self, width: float) -> None:  # noqa: N802
        self._line_width = float(width)

    def setFont(self, name: str, size: float, leading: float | None = None) -> None:  # noqa: N802
        font = QFont(_family(arabic=name in (ARABIC, ARABIC_BOLD)))
        font.setBold(name in (FONT_BOLD, ARABIC_BOLD))
        font.setKerning(False)  # reportlab measured the widths without kerning
        font.setPointSizeF(size)  # the printer's logical resolution is its real one
        self._font, self._font_name, self._font_size = font, name, size

    # -- drawing -------------------------------------------------------------------------------

    def _xy(self, x: float, y: float) -> QPointF:
        return QPointF(x * self._k, (self._height - y) * self._k)

    def _text(self, x: float, y: float, visual: str) -> None:
        painter = self._page()
        painter.setFont(self._font)
        painter.setPen(self._fill)  # reportlab fills text with the fill colour
        painter.drawText(self._xy(x, y), _LRM + _LRO + visual + _PDF)

    def _width(self, text: str) -> float:
        from desktop.receipts.text import text_width

        return text_width(text, self._font_name, self._font_size)

    def drawString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self._text(x, y, text)

    def drawRightString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self._text(x - self._width(text), y, text)

    def drawCentredString(self, x: float, y: float, text: str) -> None:  # noqa: N802
        self._text(x - self._width(text) / 2, y, text)

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        painter = self._page()
        painter.setPen(QPen(self._stroke, self._line_width * self._k))
        painter.drawLine(self._xy(x1, y1), self._xy(x2, y2))

    def rect(
        self, x: float, y: float, width: float, height: float, stroke: int = 1, fill: int = 0
    ) -> None:
        painter = self._page()
        area = QRectF(self._xy(x, y + height), QSizeF(width * self._k, height * self._k))
        if fill:
            painter.fillRect(area, self._fill)
        if stroke:
            painter.setPen(QPen(self._stroke, self._line_width * self._k))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(area)

    def drawImage(  # noqa: N802
        self, image: Any, x: float, y: float, width: float, height: float, **_options: Any
    ) -> None:
        picture = getattr(image, "_image", None)  # reportlab's ImageReader keeps the PIL image
        if picture is None:
            return
        rgba = picture.convert("RGBA")
        qimage = QImage(
            rgba.tobytes("raw", "RGBA"),
            rgba.width,
            rgba.height,
            rgba.width * 4,
            QImage.Format.Format_RGBA8888,
        ).copy()
        area = QRectF(self._xy(x, y + height), QSizeF(width * self._k, height * self._k))
        self._page().drawImage(area, qimage)

    def draw_drawing(self, drawing: Any, x: float, y: float) -> None:
        """A reportlab drawing made of filled rectangles (the QR code), at x, y."""
        self._shapes(drawing, x, y)

    def _shapes(self, node: Any, x: float, y: float) -> None:
        dx, dy = (node.transform[4], node.transform[5]) if hasattr(node, "transform") else (0, 0)
        for child in getattr(node, "contents", ()):
            if hasattr(child, "contents"):
                self._shapes(child, x + dx, y + dy)
            elif getattr(child, "fillColor", None) is not None:
                self.setFillColor(child.fillColor)
                self.rect(x + dx + child.x, y + dy + child.y, child.width, child.height, 0, 1)

    # -- what a PDF file has and paper does not --------------------------------------------------

    def setTitle(self, *_args: Any) -> None:  # noqa: N802
        pass

    setAuthor = setSubject = setCreator = setViewerPreference = setTitle  # noqa: N815


def page_size(laid: LaidOut) -> QPageSize:
    """A4 when the layout is A4 (so the printer takes its A4 tray), otherwise the layout's own
    size: 80 mm wide and as long as the receipt."""
    size = QSizeF(laid.width, laid.height)
    known = QPageSize.id(size, QPageSize.Unit.Point, QPageSize.SizeMatchPolicy.FuzzyMatch)
    if known == QPageSize.PageSizeId.A4:
        return QPageSize(known)
    return QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)


def print_laid_out(laid: LaidOut, printer: QPrinter) -> bool:
    """Paint the pages on `printer`, each page the size of the layout's; False when the printer
    could not be started."""
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            page_size(laid),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Point,
        )
    )
    canvas = PainterCanvas(printer, laid.height)
    if not canvas.begin():
        return False
    try:
        laid.paint(canvas)
    finally:
        canvas.save()
    return True


def station_printer() -> QPrinter | None:
    """The station's receipt printer (the system's default when none was chosen), or None
    when the system knows no such printer."""
    name = settings.get("receipt_printer")
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        return None
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def printer_names() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())
