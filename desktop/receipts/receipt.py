"""The resident's receipt for a front-counter case, in the resident's language (Hebrew and
Arabic right-to-left, Russian and English left-to-right), on A4 (flowing onto more pages
when needed) or on an 80 mm receipt-printer roll; several languages make one PDF."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from .layout import (
    Band,
    Flow,
    Footer,
    Group,
    LaidOut,
    PageSpec,
    QrRow,
    Row,
    SideBySideRow,
    Style,
    lay_out,
    write_pdf,
)
from .text import FONT, draw_line, register_fonts, text_width, wrap_text
from .wording import calendar_date, hebrew_date, is_rtl, isolate, local_date, say

__all__ = [
    "PaperSize",
    "ReceiptData",
    "ReceiptItem",
    "hebrew_date",
    "receipt_pages",
    "render_receipt",
    "render_receipts",
]


@dataclass(frozen=True)
class ReceiptItem:
    request_type: str  # e.g. "הנחה בארנונה לאזרח ותיק"
    department: str  # e.g. "גבייה וארנונה"
    department_phone: str  # may be ""
    description: str  # free text typed by the clerk, may be ""
    next_steps: tuple[str, ...]  # what happens next
    documents: tuple[str, ...]  # documents still needed; empty: nothing more is needed
    expected_date: date
    status: str  # display label in the receipt's language, e.g. "התקבלה"


@dataclass(frozen=True)
class ReceiptData:
    council_name: str
    council_phone: str
    council_website: str
    council_address: str
    case_number: str  # e.g. "KDR-26-00417-3"
    issued_at: datetime  # timezone-aware; shown in Asia/Jerusalem local time
    resident_name: str
    items: tuple[ReceiptItem, ...]
    owner_name: str  # the clerk who owns the case: the resident's single contact
    owner_phone: str
    owner_email: str
    title: str = ""  # heading ("" for the language's "receipt"); an updated receipt reuses it
    council_logo: bytes | None = None  # the station's logo (PNG/JPEG bytes) above the name
    language: str = "he"  # he, ar, ru or en; the texts above are already in it
    hijri: bool = False  # Arabic receipts show the Hijri date too (the council's setting)

    @property
    def heading(self) -> str:
        return self.title or say(self.language, "receipt.title")


PaperSize = Literal["a4", "80mm"]

LOCAL_TZ = "Asia/Jerusalem"

NAVY = Color(0.11, 0.23, 0.38)
ACCENT = Color(0.16, 0.42, 0.65)
GREY = Color(0.33, 0.35, 0.38)
LIGHT = Color(0.93, 0.95, 0.98)
LINE = Color(0.72, 0.76, 0.81)
BLACK = Color(0, 0, 0)


@dataclass(frozen=True)
class _Paper:
    spec: PageSpec
    body: float  # body text size
    small: float
    council: float
    title: float
    case: float
    heading: float
    qr: float
    qr_beside_header: bool  # A4: QR on the left of the header; roll: centred under it
    logo: float  # height of the council's logo
    coloured: bool  # a thermal printer prints black only
    pad: float  # inner padding of shaded blocks


_PAPERS: dict[str, _Paper] = {
    "a4": _Paper(
        PageSpec(A4[0], A4[1], margin=15 * mm, footer_height=10 * mm),
        body=10, small=8.5, council=17, title=13, case=20, heading=11.5,
        qr=30 * mm, qr_beside_header=True, logo=16 * mm, coloured=True, pad=7,
    ),
    "80mm": _Paper(
        PageSpec(80 * mm, None, margin=4 * mm),
        body=8.5, small=7.5, council=11, title=10, case=13, heading=9.5,
        qr=24 * mm, qr_beside_header=False, logo=12 * mm, coloured=False, pad=4,
    ),
}  # fmt: skip


# Large print for residents with low vision: every text size times this. Guidance on large
# print (RNIB's "See it Right", the UK Association for Accessible Formats) asks for 16-18 pt
# body text; the A4 receipt's 10 pt body becomes 16 pt.
LARGE_PRINT = 1.6


def _paper(size: str, large: bool) -> _Paper:
    if size not in _PAPERS:
        raise ValueError(f"unknown paper size {size!r}; expected one of {sorted(_PAPERS)}")
    paper = _PAPERS[size]
    if not large:
        return paper
    k = LARGE_PRINT
    return replace(
        paper,
        body=paper.body * k,
        small=paper.small * k,
        council=paper.council * k,
        title=paper.title * k,
        case=paper.case * k,
        heading=paper.heading * k,
        pad=paper.pad * k,
    )


def receipt_pages(
    data: ReceiptData | Sequence[ReceiptData], size: PaperSize = "a4", *, large: bool = False
) -> LaidOut:
    """The receipt laid out on pages, to write as PDF or to paint on a printer. Several
    copies (the same receipt in two languages, the resident's first) each start a page."""
    copies = [data] if isinstance(data, ReceiptData) else list(data)
    if not copies:
        raise ValueError("no receipt to lay out")
    paper = _paper(size, large)
    for copy in copies:
        if copy.issued_at.tzinfo is None or copy.issued_at.utcoffset() is None:
            raise ValueError("issued_at must be timezone-aware")
    register_fonts()
    roll = paper.spec.height is None
    return lay_out(
        [_Builder(copy, paper).groups() for copy in copies],
        paper.spec,
        decorate=_top_bar if paper.coloured else None,
        rtl=is_rtl(copies[0].language),
        footers=[None if roll else _footer(copy, paper) for copy in copies],
    )


def render_receipt(data: ReceiptData, size: PaperSize = "a4", *, large: bool = False) -> bytes:
    """Return the PDF bytes (`large`: large print, for residents with low vision)."""
    return render_receipts([data], size, large=large)


def render_receipts(
    copies: Sequence[ReceiptData], size: PaperSize = "a4", *, large: bool = False
) -> bytes:
    """The same receipt in several languages in one PDF, each from a new page."""
    first = copies[0] if copies else None
    laid = receipt_pages(copies, size, large=large)
    assert first is not None
    return write_pdf(
        laid,
        title=f"{first.heading} {first.case_number}",
        author=first.council_name,
        # No resident's name in the file's metadata: file lists and print queues show it.
        subject=first.heading,
    )


class _Builder:
    """Turns a :class:`ReceiptData` into layout groups for one paper size."""

    def __init__(self, data: ReceiptData, paper: _Paper) -> None:
        self.data = data
        self.paper = paper
        self.lang = data.language
        self.rtl = is_rtl(data.language)
        self.width = paper.spec.width - 2 * paper.spec.margin
        self.flow = self._flow(self.width)
        ink = paper.coloured
        # A little tighter than the default 1.4 on A4, so that a usual case of two or three
        # topics fits one sheet.
        lead = 1.3 if paper.spec.height is not None else 1.4
        self.body = Style(size=paper.body, leading=lead)
        self.small = Style(size=paper.small, color=GREY if ink else BLACK, leading=lead)
        self.strong = Style(size=paper.body, leading=lead).bold
        self.navy = NAVY if ink else BLACK
        self.band = Band(LIGHT, ACCENT, 2.5, not self.rtl) if ink else None

    def _flow(self, width: float) -> Flow:
        return Flow(width, rtl=self.rtl)

    def _say(self, key: str, **values: object) -> str:
        return say(self.lang, key, **values)

    def _date(self, d: date) -> str:
        """The date as the resident writes it, with their calendar's date when there is one."""
        other = calendar_date(d, self.lang, hijri=self.data.hijri)
        return f"{local_date(d, self.lang)} ({other})" if other else local_date(d, self.lang)

    def groups(self) -> list[Group]:
        groups = [self._header(), self._greeting()]
        groups += [self._item(n, item) for n, item in enumerate(self.data.items, start=1)]
        return groups + [self._owner(), self._follow_up(), self._closing()]

    # -- header ---------------------------------------------------------------------------

    def _header(self) -> Group:
        d, p = self.data, self.paper
        local = d.issued_at.astimezone(ZoneInfo(LOCAL_TZ))
        contact = (
            d.council_address,
            d.council_phone and self._say("tel", phone=d.council_phone),
            d.council_website,
        )
        issued = self._say(
            "receipt.issued", date=local_date(local.date(), self.lang), time=f"{local:%H:%M}"
        )
        other = calendar_date(local.date(), self.lang, hijri=d.hijri)
        if other:
            issued += f" · {other}"
        council = Style(size=p.council, color=self.navy).bold
        title = Style(size=p.title, color=self.navy).bold
        case = Style(size=p.case).bold

        if p.qr_beside_header:
            gap = 6 * mm
            flow = self._flow(self.width - p.qr - gap)
        else:
            flow = self.flow
        top = flow.lines(d.council_name, council) + flow.joined(contact, self.small)
        if d.council_logo:
            align = ("right" if self.rtl else "left") if p.qr_beside_header else "center"
            top = [
                LogoRow(p.logo + p.body * 0.5, image=d.council_logo, side=p.logo, align=align),
                *top,
            ]
        middle = [flow.gap(p.body * 0.6)] + flow.lines(d.heading, title)
        label = self._say("receipt.case_number")
        beside = text_width(label, self.small.font, self.small.size) + self.small.size * 0.35
        number_width = text_width(d.case_number, case.font, case.size)
        if beside + number_width <= flow.width:
            middle += flow.labelled(label, d.case_number, self.small, case)
        else:  # large print on a roll: the number whole, on a line of its own, as large as fits
            size = min(case.size, case.size * flow.width / number_width * 0.98)
            middle += flow.lines(label, self.small) + flow.lines(d.case_number, case.sized(size))
        issued_rows = flow.lines(issued, self.small)
        rule = self.flow.rule(self.navy, thickness=1.2, space=p.body * 1.4)

        if p.qr_beside_header:
            right = top + middle + issued_rows
            caption = Flow(p.qr).lines(d.case_number, self.small.sized(p.small - 1), align="center")
            left = [QrRow(p.qr, value=d.case_number, side=p.qr), *caption]
            height = max(sum(r.height for r in right), sum(r.height for r in left))
            header = SideBySideRow(
                height, right_rows=right, left_rows=left, left_width=p.qr, rtl=self.rtl
            )
            return Group([header, rule], keep_together=True)
        qr = QrRow(p.qr + 4, value=d.case_number, side=p.qr)
        rows = [*top, self.flow.rule(LINE, space=p.body), *middle, qr, *issued_rows, rule]
        return Group(rows, keep_together=True)

    # -- body -----------------------------------------------------------------------------

    def _greeting(self) -> Group:
        d, f = self.data, self.flow
        intro = self._say("receipt.intro")
        if len(d.items) == 1:
            intro += self._say("receipt.intro_one")
        elif d.items:
            intro += self._say("receipt.intro_many", count=len(d.items))
        hello = self._say("hello", name=d.resident_name)
        rows = f.lines(hello, self.strong.sized(self.paper.heading))
        rows += f.lines(intro, self.body) + [f.gap(self.paper.body)]
        return Group(rows, keep_together=True)

    def _item(self, number: int, item: ReceiptItem) -> Group:
        f, p, pad = self.flow, self.paper, self.paper.pad
        label, body = self.strong, self.body
        heading = Style(size=p.heading, color=self.navy).bold
        band_flow = self._flow(self.width - pad)
        rows: list[Row] = [f.gap(pad * 0.5, self.band)]
        rows += band_flow.lines(
            f"{number}. {item.request_type}", heading, indent=pad, band=self.band
        )
        rows += [f.gap(pad * 0.5, self.band), f.gap(p.body * 0.4)]
        if not self.band:
            rows.insert(0, f.rule(BLACK, thickness=0.8, space=p.body * 0.8))

        department = item.department
        if item.department_phone:
            # A department not yet translated keeps its Hebrew, isolated from the phone.
            if not self.rtl:
                department = isolate(department)
            department += self._say("receipt.department_phone", phone=item.department_phone)
        rows += f.labelled(self._say("receipt.department"), department, label, body, indent=pad)
        if item.description.strip():
            rows += f.labelled(
                self._say("receipt.details"), item.description, label, body, indent=pad
            )

        rows += f.lines(self._say("receipt.next"), label, indent=pad)
        steps = item.next_steps or (self._say("receipt.default_step"),)
        rows += f.bullets(steps, body, indent=pad * 2)

        expected = self._date(item.expected_date)
        rows += f.labelled(self._say("receipt.expected"), expected, label, body, indent=pad)
        if item.documents:
            rows += f.lines(self._say("receipt.documents_needed"), label, indent=pad)
            rows += f.bullets(item.documents, body, indent=pad * 2)
        else:
            rows += f.labelled(
                self._say("receipt.documents"),
                self._say("receipt.no_documents"),
                label,
                body,
                indent=pad,
            )
        rows += f.labelled(self._say("receipt.status"), item.status, label, body, indent=pad)
        rows.append(f.gap(p.body * 0.8))
        return Group(rows, keep_together=True)

    def _owner(self) -> Group:
        d, p = self.data, self.paper
        band = Band(LIGHT, NAVY, 4, not self.rtl) if p.coloured else None
        pad = p.pad * 1.5 if band else p.pad
        f = self._flow(self.width - pad)
        rows: list[Row] = [] if band else [self.flow.rule(BLACK, space=p.body)]
        rows.append(f.gap(pad, band))
        rows += f.labelled(
            self._say("receipt.owner"),
            d.owner_name,
            self.strong.coloured(self.navy),
            Style(size=p.heading, color=self.navy).bold,
            indent=pad,
            band=band,
        )
        # Phone and e-mail on one line, so that a usual case fits one A4 sheet.
        if d.owner_phone and d.owner_email:
            rows += f.labelled(
                self._say("receipt.phone_email"),
                f"{d.owner_phone} · {d.owner_email}",
                self.strong,
                self.body,
                indent=pad,
                band=band,
            )
        elif d.owner_phone or d.owner_email:
            rows += f.labelled(
                self._say("receipt.phone" if d.owner_phone else "receipt.email"),
                d.owner_phone or d.owner_email,
                self.strong,
                self.body,
                indent=pad,
                band=band,
            )
        rows += f.lines(self._say("receipt.promise"), self.body, indent=pad, band=band)
        rows += [f.gap(pad, band)] + ([] if band else [self.flow.rule(BLACK, space=p.body)])
        rows.append(f.gap(p.body))
        return Group(rows, keep_together=True)

    def _follow_up(self) -> Group:
        d, f = self.data, self.flow
        ways = [self._say("receipt.follow_number", number=d.case_number)]
        if d.owner_phone:
            ways.append(self._say("receipt.follow_owner", name=d.owner_name, phone=d.owner_phone))
        if d.council_website:
            ways.append(self._say("receipt.follow_site", site=d.council_website))
        if d.council_phone:
            ways.append(self._say("receipt.follow_centre", phone=d.council_phone))
        heading = self._say("receipt.follow_heading")
        rows = f.lines(heading, self.strong.sized(self.paper.heading))
        rows += f.bullets(ways, self.body, indent=self.paper.pad) + [f.gap(self.paper.body)]
        return Group(rows, keep_together=True)

    def _closing(self) -> Group:
        f = self.flow
        rows = f.lines(self._say("receipt.closing"), self.body)
        rows += f.labelled(self._say("regards"), self.data.council_name, self.body, self.strong)
        return Group(rows, keep_together=True)


@dataclass
class LogoRow(Row):
    """The council's logo, scaled to `side` high (and at most three times as wide)."""

    image: bytes = b""
    side: float = 40.0
    align: str = "right"

    def draw(self, canvas: Canvas, left: float, right: float, top: float) -> None:
        reader = ImageReader(io.BytesIO(self.image))
        w, h = reader.getSize()
        scale = min(self.side / h, 3 * self.side / w)
        width, height = w * scale, h * scale
        x = {"right": right - width, "left": left}.get(self.align, (left + right - width) / 2)
        canvas.drawImage(reader, x, top - height, width, height, mask="auto")


def _top_bar(canvas: Canvas, spec: PageSpec) -> None:
    assert spec.height is not None
    canvas.setFillColor(NAVY)
    canvas.rect(0, spec.height - 5, spec.width, 5, stroke=0, fill=1)


def _footer(data: ReceiptData, paper: _Paper) -> Footer:
    def draw(canvas: Canvas, spec: PageSpec, page: int, pages: int) -> None:
        left, right = spec.margin, spec.width - spec.margin
        rule_y = spec.margin + spec.footer_height * 0.8
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.5)
        canvas.line(left, rule_y, right, rule_y)
        canvas.setFillColor(GREY)
        size, y = paper.small - 0.5, spec.margin + spec.footer_height * 0.35
        rtl = is_rtl(data.language)
        page_label = say(data.language, "page", page=page, pages=pages)
        room = right - left - text_width(page_label, FONT, size) - 12
        about = wrap_text(
            f"{data.council_name} · {data.heading} · {data.case_number}", FONT, size, room
        )
        about_line = about[0] + ("…" if len(about) > 1 else "")
        start, end = (right, left) if rtl else (left, right)
        draw_line(canvas, about_line, start, y, FONT, size, "right" if rtl else "left", rtl=rtl)
        draw_line(canvas, page_label, end, y, FONT, size, "left" if rtl else "right", rtl=rtl)

    return draw
