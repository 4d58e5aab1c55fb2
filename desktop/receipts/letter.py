"""Letters to residents from the proactive service: one PDF each, or a batch to print and mail."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from .layout import Flow, Group, PageSpec, Style, render_documents
from .text import register_fonts
from .wording import calendar_date, is_rtl, local_date, say

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
    language: str = "he"  # he, ar, ru or en: the texts above are already in it
    hijri: bool = False  # Arabic letters show the Hijri date too (the council's setting)


def _letter(data: LetterData) -> list[Group]:
    lang = data.language
    flow = Flow(SPEC.width - 2 * SPEC.margin, rtl=is_rtl(lang))
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
    dated = local_date(data.dated, lang)
    other = calendar_date(data.dated, lang, hijri=data.hijri)
    rows += flow.lines(f"{dated} · {other}" if other else dated, body.sized(10).coloured(GREY))
    rows.append(flow.gap(6))
    rows += flow.lines(say(lang, "letter.to", name=data.resident_name), body.bold)
    if data.resident_address:
        rows += flow.lines(data.resident_address, body)
    rows.append(flow.gap(8))
    subject = say(lang, "letter.subject", subject=data.subject)
    rows += flow.lines(subject, body.bold.sized(12.5).coloured(NAVY))
    rows.append(flow.gap(6))
    rows += flow.lines(say(lang, "hello", name=data.resident_name), body)
    rows.append(flow.gap(4))
    rows += flow.lines(data.done_for_you, body)
    rows.append(flow.gap(4))
    rows += flow.lines(data.you_need_to or say(lang, "letter.nothing"), body)
    rows.append(flow.gap(6))
    contact = say(
        lang,
        "letter.contact",
        number=data.case_number,
        name=data.contact_name,
        phone=data.contact_phone,
        site=data.council_website,
    )
    rows += flow.lines(contact, body)
    rows.append(flow.gap(10))
    rows += flow.lines(say(lang, "letter.regards"), body)
    rows += flow.lines(data.council_name, body.bold)
    return [Group(rows)]


def render_letters(letters: Sequence[LetterData]) -> bytes:
    """One PDF: each letter on its own page(s)."""
    register_fonts()
    if not letters:
        raise ValueError("no letters")
    first = letters[0]
    title = (
        first.subject if len(letters) == 1 else say(first.language, "letters", count=len(letters))
    )
    return render_documents(
        [_letter(letter) for letter in letters],
        SPEC,
        title=title,
        author=first.council_name,
        subject=say(first.language, "proactive"),
        rtl=is_rtl(first.language),
    )
