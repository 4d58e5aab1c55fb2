"""Letters to residents from the proactive service: one PDF each, or a batch to print and mail."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from .layout import Flow, Group, PageSpec, Style, render_documents
from .receipt import hebrew_date
from .text import register_fonts

NAVY = Color(0.09, 0.2, 0.36)
GREY = Color(0.35, 0.35, 0.35)
SPEC = PageSpec(A4[0], A4[1], margin=22 * mm)


@dataclass(frozen=True)
class LetterData:
    council_name: str
    council_phone: str
    council_website: str
    council_address: str
    resident_name: str
    resident_address: str
    dated: date
    subject: str
    done_for_you: str  # what the council did, without being asked
    you_need_to: str  # what, if anything, the resident needs to do ("" for nothing)
    case_number: str
    contact_name: str
    contact_phone: str


def _letter(data: LetterData) -> list[Group]:
    flow = Flow(SPEC.width - 2 * SPEC.margin)
    body = Style(size=11.5, leading=1.55)
    rows = []
    rows += flow.lines(data.council_name, body.bold.sized(17).coloured(NAVY))
    rows += flow.joined(
        [data.council_address, f"טל' {data.council_phone}", data.council_website],
        body.sized(9).coloured(GREY),
    )
    rows.append(flow.rule(NAVY, 1.2, 10))
    rows += flow.lines(
        f"{data.dated:%d/%m/%Y} · {hebrew_date(data.dated)}", body.sized(10).coloured(GREY)
    )
    rows.append(flow.gap(6))
    rows += flow.lines(f"לכבוד {data.resident_name}", body.bold)
    if data.resident_address:
        rows += flow.lines(data.resident_address, body)
    rows.append(flow.gap(8))
    rows += flow.lines(f"הנדון: {data.subject}", body.bold.sized(12.5).coloured(NAVY))
    rows.append(flow.gap(6))
    rows += flow.lines(f"שלום {data.resident_name},", body)
    rows.append(flow.gap(4))
    rows += flow.lines(data.done_for_you, body)
    rows.append(flow.gap(4))
    if data.you_need_to:
        rows += flow.lines(data.you_need_to, body)
    else:
        rows += flow.lines("אין צורך לעשות דבר: אנחנו נעדכן אותך כשהטיפול יושלם.", body)
    rows.append(flow.gap(6))
    rows += flow.lines(
        f"מספר הפנייה שלך: {data.case_number}. איש/אשת הקשר שלך: {data.contact_name}, "
        f"טלפון {data.contact_phone}. אפשר גם לעקוב באתר {data.council_website}.",
        body,
    )
    rows.append(flow.gap(10))
    rows += flow.lines("בברכה ובאיחולי בריאות,", body)
    rows += flow.lines(data.council_name, body.bold)
    return [Group(rows)]


def render_letters(letters: Sequence[LetterData]) -> bytes:
    """One PDF: each letter on its own page(s)."""
    register_fonts()
    if not letters:
        raise ValueError("no letters")
    title = letters[0].subject if len(letters) == 1 else f"{len(letters)} מכתבים"
    return render_documents(
        [_letter(letter) for letter in letters],
        SPEC,
        title=title,
        author=letters[0].council_name,
        subject="שירות יזום",
    )
