"""A small flow layout on a reportlab canvas: rows, groups, pages; right-to-left by default,
left-to-right for Russian and English documents (``Flow(width, rtl=False)``).

Content is built as :class:`Group` objects holding atomic rows (a wrapped line, a rule,
a QR code, a gap). Groups flow down the page; a group marked ``keep_together`` moves to
the next page when it does not fit but would fit on an empty page. A page of unknown
height (a receipt-printer roll) grows to fit the content.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from io import BytesIO

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from .text import FONT, FONT_BOLD, draw_line, starts_right_to_left, text_width, wrap_text

# Rounding slack when summing row heights.
_SLACK = 1e-6
# The largest page side PDF viewers accept without UserUnit (200 inches).
MAX_PAGE_SIDE = 14_400.0


@dataclass(frozen=True)
class Style:
    font: str = FONT
    size: float = 10.0
    color: Color | None = None
    leading: float = 1.4  # line height as a multiple of the size

    @property
    def bold(self) -> Style:
        return replace(self, font=FONT_BOLD)

    def sized(self, size: float) -> Style:
        return replace(self, size=size)

    def coloured(self, color: Color | None) -> Style:
        return replace(self, color=color)


@dataclass(frozen=True)
class Band:
    """A background drawn behind a row: a fill and an accent stripe on the starting edge
    (the right one, or the left one in a left-to-right document)."""

    fill: Color
    accent: Color | None = None
    accent_width: float = 2.5
    accent_left: bool = False


@dataclass
class Row:
    """Something one row high. ``draw`` gets the content's left/right x and the row's top y."""

    height: float
    band: Band | None = None
    is_gap: bool = False

    def draw(self, canvas: Canvas, left: float, right: float, top: float) -> None:
        """Gaps draw nothing."""


@dataclass
class TextRow(Row):
    """Pieces of text laid from the starting edge (the right one unless ``rtl`` is False):
    ``[(logical_text, style), ...]``, each shaped alone."""

    pieces: Sequence[tuple[str, Style]] = ()
    indent: float = 0.0  # distance from the starting edge
    gap: float = 0.0  # space between pieces
    align: str = "right"  # "right" is the starting edge, whatever the direction
    rtl: bool = True
    # On a left-to-right page: each piece's own direction, decided for its whole paragraph
    # (a wrapped line of a Russian sentence may start with a Hebrew name).
    own: Sequence[bool] = ()

    def draw(self, canvas: Canvas, left: float, right: float, top: float) -> None:
        biggest = max(style.size for _, style in self.pieces)
        baseline = top - (self.height + biggest * 0.72) / 2
        if self.align == "center":
            (text, style), *_ = self.pieces
            _set_colour(canvas, style)
            mid = (left + right) / 2
            draw_line(canvas, text, mid, baseline, style.font, style.size, "center", rtl=self.rtl)
            return
        if not self.rtl:
            # On a left-to-right page a Hebrew value (a name, a note as the clerk typed it,
            # an entry not yet translated) keeps its own direction, laid from the left.
            x = left + self.indent
            for n, (text, style) in enumerate(self.pieces):
                _set_colour(canvas, style)
                own = self.own[n] if n < len(self.own) else starts_right_to_left(text)
                width = draw_line(
                    canvas, text, x, baseline, style.font, style.size, "left", rtl=own
                )
                x += width + self.gap
            return
        x = right - self.indent
        for text, style in self.pieces:
            _set_colour(canvas, style)
            x -= draw_line(canvas, text, x, baseline, style.font, style.size) + self.gap


@dataclass
class RuleRow(Row):
    color: Color | None = None
    thickness: float = 0.6

    def draw(self, canvas: Canvas, left: float, right: float, top: float) -> None:
        canvas.setStrokeColor(self.color or _BLACK)
        canvas.setLineWidth(self.thickness)
        y = top - self.height / 2
        canvas.line(left, y, right, y)


@dataclass
class QrRow(Row):
    value: str = ""
    side: float = 80.0
    align: str = "center"

    def draw(self, canvas: Canvas, left: float, right: float, top: float) -> None:
        x = (left + right - self.side) / 2 if self.align == "center" else left
        draw_qr(canvas, self.value, x, top - self.side, self.side)


@dataclass
class SideBySideRow(Row):
    """Two stacks of rows side by side: the text on the right, e.g. a QR code on the left
    (mirrored when ``rtl`` is False: the text on the left, the QR code on the right)."""

    right_rows: Sequence[Row] = ()
    left_rows: Sequence[Row] = ()
    left_width: float = 0.0
    rtl: bool = True

    def draw(self, canvas: Canvas, left: float, right: float, top: float) -> None:
        if self.rtl:
            _stack(canvas, self.right_rows, left + self.left_width, right, top)
            _stack(canvas, self.left_rows, left, left + self.left_width, top)
        else:
            _stack(canvas, self.right_rows, left, right - self.left_width, top)
            _stack(canvas, self.left_rows, right - self.left_width, right, top)


def _stack(canvas: Canvas, rows: Sequence[Row], left: float, right: float, top: float) -> None:
    for row in rows:
        row.draw(canvas, left, right, top)
        top -= row.height


@dataclass
class Group:
    rows: list[Row] = field(default_factory=list)
    keep_together: bool = False

    @property
    def height(self) -> float:
        return sum(row.height for row in self.rows)


_BLACK = Color(0, 0, 0)


def _set_colour(canvas: Canvas, style: Style) -> None:
    canvas.setFillColor(style.color or _BLACK)


def draw_qr(canvas: Canvas, value: str, x: float, y: float, side: float) -> None:
    """A QR code of ``value`` with its quiet zone, ``side`` points square, lower-left at x, y.
    A canvas that is not reportlab's (a printer) draws the drawing's shapes itself."""
    own = getattr(canvas, "draw_drawing", None)
    if own is not None:
        own(_qr_drawing(value, side), x, y)
    else:
        renderPDF.draw(_qr_drawing(value, side), canvas, x, y)


@lru_cache(maxsize=32)
def _qr_drawing(value: str, side: float) -> Drawing:
    # Encoding tries all eight masks in pure Python; a preview and a print of the same
    # case share it. The drawing is only read when rendered.
    widget = QrCodeWidget(value, barLevel="M", barWidth=side, barHeight=side)
    drawing = Drawing(side, side)
    drawing.add(widget.draw())
    return drawing


# --------------------------------------------------------------------------- building rows


class Flow:
    """Builds rows for one column width. All ``text`` arguments are in logical order."""

    def __init__(self, width: float, rtl: bool = True) -> None:
        self.width = width
        self.rtl = rtl

    def lines(
        self,
        text: str,
        style: Style,
        *,
        indent: float = 0.0,
        band: Band | None = None,
        align: str = "right",
    ) -> list[Row]:
        """A paragraph wrapped to the width (less ``indent``), one row per line."""
        height = style.size * style.leading
        own = self._own(text)
        return [
            TextRow(
                height,
                band,
                pieces=[(line, style)],
                indent=indent,
                align=align,
                rtl=self.rtl,
                own=own,
            )
            for line in wrap_text(text, style.font, style.size, self.width - indent)
        ]

    def _own(self, *texts: str) -> tuple[bool, ...]:
        """Each text's own direction, which a left-to-right page keeps for all its lines."""
        return () if self.rtl else tuple(starts_right_to_left(t) for t in texts)

    def joined(self, parts: Sequence[str], style: Style, separator: str = " · ") -> list[Row]:
        """Short parts (address, phone, site) joined by ``separator``, breaking only between
        parts, so that no line starts or ends with a separator."""
        lines: list[str] = []
        for part in filter(None, parts):
            candidate = f"{lines[-1]}{separator}{part}" if lines else part
            if lines and text_width(candidate, style.font, style.size) <= self.width:
                lines[-1] = candidate
            else:
                lines.append(part)
        return [row for line in lines for row in self.lines(line, style)]

    def labelled(
        self,
        label: str,
        value: str,
        label_style: Style,
        value_style: Style,
        *,
        indent: float = 0.0,
        band: Band | None = None,
    ) -> list[Row]:
        """``label`` then ``value`` on the same line; the value wraps under itself.

        When the label leaves too little room, the value starts on the next line.
        """
        gap = label_style.size * 0.35
        label_w = text_width(label, label_style.font, label_style.size) + gap
        room = self.width - indent - label_w
        height = max(label_style.size, value_style.size) * max(
            label_style.leading, value_style.leading
        )
        if not value:
            return self.lines(label, label_style, indent=indent, band=band)
        if room < self.width * 0.4:
            return self.lines(label, label_style, indent=indent, band=band) + self.lines(
                value, value_style, indent=indent, band=band
            )
        first, *rest = wrap_text(value, value_style.font, value_style.size, room)
        rows: list[Row] = [
            TextRow(
                height,
                band,
                pieces=[(label, label_style), (first, value_style)],
                indent=indent,
                gap=gap,
                rtl=self.rtl,
                own=self._own(label, value),
            )
        ]
        rows += [
            TextRow(
                height,
                band,
                pieces=[(line, value_style)],
                indent=indent + label_w,
                rtl=self.rtl,
                own=self._own(value),
            )
            for line in rest
        ]
        return rows

    def bullets(
        self,
        items: Sequence[str],
        style: Style,
        *,
        indent: float = 0.0,
        band: Band | None = None,
        marker: str = "•",
    ) -> list[Row]:
        """One bullet per item, continuation lines hanging under the text."""
        marker_w = text_width(marker, style.font, style.size) + style.size * 0.6
        rows: list[Row] = []
        for item in items:
            own = self._own(marker, item)
            for n, line in enumerate(
                wrap_text(item, style.font, style.size, self.width - indent - marker_w)
            ):
                pieces = [(marker, style), (line, style)] if n == 0 else [(line, style)]
                rows.append(
                    TextRow(
                        style.size * style.leading,
                        band,
                        pieces=pieces,
                        indent=indent if n == 0 else indent + marker_w,
                        gap=style.size * 0.6,
                        rtl=self.rtl,
                        own=own if n == 0 else own[1:],
                    )
                )
        return rows

    @staticmethod
    def gap(height: float, band: Band | None = None) -> Row:
        return Row(height, band, is_gap=band is None)

    @staticmethod
    def rule(color: Color | None = None, thickness: float = 0.6, space: float = 6.0) -> Row:
        return RuleRow(space, color=color, thickness=thickness)


# --------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class PageSpec:
    width: float
    height: float | None  # None: a roll, as long as the content
    margin: float
    footer_height: float = 0.0


Footer = Callable[[Canvas, PageSpec, int, int], None]
Decorate = Callable[[Canvas, PageSpec], None]


def paginate(groups: Sequence[Group], page_height: float) -> list[list[Row]]:
    """Distribute the groups' rows over pages offering ``page_height`` points each."""
    pages: list[list[Row]] = [[]]
    room = page_height + _SLACK
    for group in groups:
        if group.keep_together and room < group.height <= page_height + _SLACK and pages[-1]:
            pages.append([])
            room = page_height + _SLACK
        for row in group.rows:
            if row.height > room and pages[-1]:
                pages.append([])
                room = page_height + _SLACK
            if row.is_gap and not pages[-1]:
                continue  # no gap at the top of a page
            pages[-1].append(row)
            room -= row.height
    return pages


def render(
    groups: Sequence[Group],
    spec: PageSpec,
    *,
    title: str = "",
    author: str = "",
    subject: str = "",
    footer: Footer | None = None,
    decorate: Decorate | None = None,
    rtl: bool = True,
) -> bytes:
    """Lay the groups out on pages of ``spec`` and return the PDF bytes."""
    return render_documents(
        [groups],
        spec,
        title=title,
        author=author,
        subject=subject,
        footer=footer,
        decorate=decorate,
        rtl=rtl,
    )


def render_documents(
    documents: Sequence[Sequence[Group]],
    spec: PageSpec,
    *,
    title: str = "",
    author: str = "",
    subject: str = "",
    footer: Footer | None = None,
    decorate: Decorate | None = None,
    rtl: bool = True,
) -> bytes:
    """Several documents in one PDF (a batch of letters), each starting on a new page.

    Page numbers in the footer count within each document. ``rtl`` is the reading direction
    viewers are told.
    """
    laid = lay_out(documents, spec, footer=footer, decorate=decorate, rtl=rtl)
    return write_pdf(laid, title=title, author=author, subject=subject)


def write_pdf(laid: LaidOut, *, title: str = "", author: str = "", subject: str = "") -> bytes:
    """The laid-out pages as PDF bytes."""
    buffer = BytesIO()
    canvas = Canvas(
        buffer, pagesize=(laid.width, laid.height), pageCompression=1, initialFontName=FONT
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator("Dalpak")
    canvas.setViewerPreference("Direction", "R2L" if laid.rtl else "L2R")
    laid.paint(canvas)
    canvas.save()
    return buffer.getvalue()


@dataclass(frozen=True)
class LaidOut:
    """Pages laid out and ready to paint on any canvas that draws like reportlab's (the PDF
    file, or a printer through an adapter): the page size in points and each page's rows."""

    spec: PageSpec  # with the height in force (a roll's is the content's)
    pages: Sequence[tuple[Sequence[Row], int, int]]  # rows, page number, pages in the document
    footer: Footer | None = None
    decorate: Decorate | None = None
    rtl: bool = True  # the first document's direction
    # Each page's own footer, when the documents differ (a receipt in two languages).
    page_footers: Sequence[Footer | None] = ()

    @property
    def width(self) -> float:
        return self.spec.width

    @property
    def height(self) -> float:
        assert self.spec.height is not None
        return self.spec.height

    def paint(self, canvas: Canvas) -> None:
        """Draw every page, ending each with ``showPage``."""
        spec = self.spec
        left, right = spec.margin, spec.width - spec.margin
        for index, (rows, number, count) in enumerate(self.pages):
            footer = self.page_footers[index] if self.page_footers else self.footer
            if self.decorate is not None:
                self.decorate(canvas, spec)
            top = self.height - spec.margin
            for row in rows:
                if row.band is not None:
                    _draw_band(canvas, row.band, left, right, top, row.height)
                row.draw(canvas, left, right, top)
                top -= row.height
            if footer is not None:
                footer(canvas, spec, number, count)
            canvas.showPage()


def lay_out(
    documents: Sequence[Sequence[Group]],
    spec: PageSpec,
    *,
    footer: Footer | None = None,
    decorate: Decorate | None = None,
    rtl: bool = True,
    footers: Sequence[Footer | None] | None = None,
) -> LaidOut:
    """Distribute the documents' groups over pages of ``spec`` (a roll: one page as long as
    the longest document). ``footers`` gives each document its own footer."""
    if spec.height is None:
        content = max(sum(group.height for group in groups) for groups in documents)
        height = min(content + 2 * spec.margin + spec.footer_height, MAX_PAGE_SIDE)
    else:
        height = spec.height
    room = height - 2 * spec.margin - spec.footer_height
    page_spec = PageSpec(spec.width, height, spec.margin, spec.footer_height)
    pages: list[tuple[Sequence[Row], int, int]] = []
    page_footers: list[Footer | None] = []
    for index, groups in enumerate(documents):
        split = paginate(groups, room)
        pages += [(rows, number, len(split)) for number, rows in enumerate(split, start=1)]
        page_footers += [footers[index] if footers is not None else footer] * len(split)
    return LaidOut(page_spec, pages, footer, decorate, rtl, page_footers)


def _draw_band(
    canvas: Canvas, band: Band, left: float, right: float, top: float, height: float
) -> None:
    # A hair of overlap so that adjacent rows' bands show no seam.
    canvas.setFillColor(band.fill)
    canvas.rect(left, top - height - 0.3, right - left, height + 0.3, stroke=0, fill=1)
    if band.accent is not None:
        canvas.setFillColor(band.accent)
        canvas.rect(
            left if band.accent_left else right - band.accent_width,
            top - height - 0.3,
            band.accent_width,
            height + 0.3,
            stroke=0,
            fill=1,
        )
