"""A one-page answer sheet from the knowledge base, printed for the resident at the counter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from .layout import Flow, Group, LaidOut, PageSpec, Style, lay_out, write_pdf
from .text import register_fonts
from .wording import calendar_date, is_rtl, local_date, say

NAVY = Color(0.09, 0.2, 0.36)
GREY = Color(0.35, 0.35, 0.35)


@dataclass(frozen=True)
class SheetData:
    council_name: str
    council_phone: str
    council_website: str
    council_address: str
    title: str
    department: str
    answer: str
    printed_on: date
    resident_name: str = ""  # greets the resident when the clerk knows who asked
    language: str = "he"  # he, ar, ru or en: the texts above are already in it
    hijri: bool = False  # Arabic sheets show the Hijri date too (the council's setting)


def lay_out_sheet(data: SheetData) -> LaidOut:
    """The sheet on its A4 page, ready for the PDF or for a printer (vector text)."""
    register_fonts()
    lang = data.language
    spec = PageSpec(A4[0], A4[1], margin=20 * mm)
    flow = Flow(spec.width - 2 * spec.margin, rtl=is_rtl(lang))
    body = Style(size=11.5, leading=1.55)
    rows = []
    rows += flow.lines(data.council_name, body.bold.sized(17).coloured(NAVY))
    if lang == "he":
        # The Hebrew copy's own phone line: a resident's text (wording.py holds the others').
        tel = "טל' " + data.council_phone  # data: a resident's text, Hebrew copy
    else:
        tel = say(lang, "tel", phone=data.council_phone)
    rows += flow.joined(
        [data.council_address, tel, data.council_website], body.sized(9).coloured(GREY)
    )
    rows.append(flow.rule(NAVY, 1.2, 10))
    rows += flow.lines(data.title, body.bold.sized(15).coloured(NAVY))
    if data.department:
        rows += flow.lines(data.department, body.sized(10).coloured(GREY))
    rows.append(flow.gap(8))
    if data.resident_name:
        rows += flow.lines(say(lang, "hello", name=data.resident_name), body.bold)
        rows.append(flow.gap(4))
    for paragraph in data.answer.split("\n"):
        rows += flow.lines(paragraph, body)
        rows.append(flow.gap(4))
    rows.append(flow.rule(GREY, 0.5, 10))
    more = say(lang, "sheet.more", phone=data.council_phone, site=data.council_website)
    rows += flow.lines(more, body.sized(9.5).coloured(GREY))
    printed = say(lang, "sheet.printed", date=local_date(data.printed_on, lang))
    other = calendar_date(data.printed_on, lang, hijri=data.hijri)
    rows += flow.lines(f"{printed} ({other})" if other else printed, body.sized(8.5).coloured(GREY))
    return lay_out([[Group(rows)]], spec, rtl=is_rtl(lang))


def render_sheet(data: SheetData) -> bytes:
    """The sheet as a PDF file."""
    laid = lay_out_sheet(data)
    return write_pdf(laid, title=data.title, author=data.council_name, subject=data.title)
