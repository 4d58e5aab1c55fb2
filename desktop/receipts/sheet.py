"""A one-page answer sheet from the knowledge base, printed for the resident at the counter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from .layout import Flow, Group, PageSpec, Style, render
from .receipt import hebrew_date
from .text import register_fonts

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


def render_sheet(data: SheetData) -> bytes:
    register_fonts()
    spec = PageSpec(A4[0], A4[1], margin=20 * mm)
    flow = Flow(spec.width - 2 * spec.margin)
    body = Style(size=11.5, leading=1.55)
    rows = []
    rows += flow.lines(data.council_name, body.bold.sized(17).coloured(NAVY))
    rows += flow.joined(
        [data.council_address, f"טל' {data.council_phone}", data.council_website],
        body.sized(9).coloured(GREY),
    )
    rows.append(flow.rule(NAVY, 1.2, 10))
    rows += flow.lines(data.title, body.bold.sized(15).coloured(NAVY))
    if data.department:
        rows += flow.lines(data.department, body.sized(10).coloured(GREY))
    rows.append(flow.gap(8))
    if data.resident_name:
        rows += flow.lines(f"שלום {data.resident_name},", body.bold)
        rows.append(flow.gap(4))
    for paragraph in data.answer.split("\n"):
        rows += flow.lines(paragraph, body)
        rows.append(flow.gap(4))
    rows.append(flow.rule(GREY, 0.5, 10))
    rows += flow.lines(
        f"לשאלות נוספות אנחנו כאן: {data.council_phone} · {data.council_website}. "
        "נשמח לשמוע מה אפשר לשפר.",
        body.sized(9.5).coloured(GREY),
    )
    rows += flow.lines(
        f"הודפס ב-{data.printed_on:%d/%m/%Y} ({hebrew_date(data.printed_on)})",
        body.sized(8.5).coloured(GREY),
    )
    return render(
        [Group(rows)], spec, title=data.title, author=data.council_name, subject=data.title
    )
