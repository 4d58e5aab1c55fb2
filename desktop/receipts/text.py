"""Text for reportlab in any of the residents' scripts: fonts, wrapping, joining, bidi.

The rule for every paragraph is: wrap the *logical* string to the line width first, then
turn each line into visual order with :func:`shape_line` and draw it. Shaping a whole
paragraph and then cutting it into lines would put the lines of a Hebrew paragraph in the
wrong order.

Arabic letters change shape with their neighbours. We join them with ``arabic-reshaper``
(logical order in, the joined presentation forms out, still in logical order) before
measuring and wrapping, and then reorder with python-bidi like Hebrew. reportlab 5 can
shape with HarfBuzz instead, but only through the compiled ``uharfbuzz`` extension, one font
per string and its own bidi pass: our lines mix fonts (Noto Sans Arabic has no Hebrew or
Cyrillic, DejaVu draws those) and need our own bracket mirroring (see :func:`shape_line`),
and joined presentation forms are measured exactly by ``stringWidth``, so wrapping stays
right. The forms cover every letter of modern Arabic; harakat are not on receipts.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from importlib.resources import files
from io import BytesIO
from typing import Literal

from arabic_reshaper import ArabicReshaper
from bidi import algorithm as _bidi_python
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from .wording import numbers_whole

__all__ = [
    "ARABIC",
    "ARABIC_BOLD",
    "FONT",
    "FONT_BOLD",
    "break_token",
    "draw_line",
    "draw_rtl",
    "font_runs",
    "join_arabic",
    "register_arabic_fonts",
    "register_fonts",
    "shape_line",
    "shape_rtl",
    "starts_right_to_left",
    "text_width",
    "wrap_text",
]

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
# DejaVu draws Hebrew, Latin, Cyrillic, digits and signs (₪); Noto Sans Arabic the Arabic.
ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}
_ARABIC_OF = {FONT_BOLD: ARABIC_BOLD, ARABIC_BOLD: ARABIC_BOLD}

# Arabic letters still to be joined, and Arabic text ready to draw (a run keeps the spaces
# between its words, so that a phrase is drawn in one font).
_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_ARABIC_CHARS = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefe"
_ARABIC_RUN = re.compile(f"[{_ARABIC_CHARS}]+(?: +[{_ARABIC_CHARS}]+)*")
# Lines break at whitespace but a no-break space: a Hebrew name inside a Russian or English
# sentence is kept whole (wording.py joins its words with U+00A0).
_BREAKS = re.compile(r"[^\S\u00a0]+")
_RESHAPER = ArabicReshaper(configuration={"delete_harakat": False})

# Explicit embedding/override/isolate controls: they steer the algorithm but are never
# drawn (X9), and DejaVu has no glyph for some of them.
_EXPLICIT_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)], None)

_register_lock = threading.Lock()
_fonts_registered = False
_arabic_registered = False


def _register(names: tuple[str, ...]) -> None:
    known = set(pdfmetrics.getRegisteredFontNames())
    fonts_dir = files("desktop.resources") / "fonts"
    for name in names:
        if name not in known:
            data = (fonts_dir / _FONT_FILES[name]).read_bytes()
            pdfmetrics.registerFont(TTFont(name, BytesIO(data)))


def register_arabic_fonts() -> None:
    """Register Noto Sans Arabic (once): done when the first Arabic text is measured or drawn,
    so that a council's Hebrew receipts do not pay for parsing it."""
    global _arabic_registered
    if _arabic_registered:
        return
    with _register_lock:
        if not _arabic_registered:
            _register((ARABIC, ARABIC_BOLD))
            _arabic_registered = True


def register_fonts() -> None:
    """Register the bundled DejaVu fonts with reportlab (once; safe to call again)."""
    global _fonts_registered
    if _fonts_registered:
        return
    with _register_lock:
        if _fonts_registered:
            return
        _register((FONT, FONT_BOLD))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        _fonts_registered = True


@lru_cache(maxsize=8192)
def join_arabic(text: str) -> str:
    """``text`` with its Arabic letters in their joined forms (logical order kept).

    Text without Arabic letters comes back as it is; joining twice changes nothing.
    """
    return _RESHAPER.reshape(text) if _ARABIC_LETTER.search(text) else text


def font_runs(text: str, font_name: str) -> list[tuple[str, str]]:
    """Cut joined text into ``(piece, font)`` runs: Arabic in Noto Sans Arabic, the rest in
    ``font_name``. Works on logical and on visual order alike."""
    arabic = _ARABIC_OF.get(font_name, ARABIC)
    runs: list[tuple[str, str]] = []
    if _ARABIC_RUN.search(text):
        register_arabic_fonts()
    at = 0
    for match in _ARABIC_RUN.finditer(text):
        if match.start() > at:
            runs.append((text[at : match.start()], font_name))
        runs.append((match.group(), arabic))
        at = match.end()
    if at < len(text):
        runs.append((text[at:], font_name))
    return runs


def text_width(text: str, font_name: str, font_size: float) -> float:
    """Width of ``text`` in points as drawn (the same in logical and in visual order)."""
    text = join_arabic(text).translate(_EXPLICIT_CONTROLS)
    if not _ARABIC_RUN.search(text):
        return pdfmetrics.stringWidth(text, font_name, font_size)
    return sum(
        pdfmetrics.stringWidth(piece, font, font_size) for piece, font in font_runs(text, font_name)
    )


# --------------------------------------------------------------------------- wrapping


def break_token(token: str, font_name: str, font_size: float, max_width: float) -> list[str]:
    """Cut one unbreakable token into pieces that each fit ``max_width``.

    Cuts fall between two letters or digits where possible (a hyphen or slash left at the
    edge of a right-to-left line would jump to the far side of it), and never separate a
    combining mark (niqqud) from its letter. A character wider than the line gets a line
    of its own - nothing narrower exists.
    """
    pieces: list[str] = []
    rest = token
    while rest:
        if text_width(rest, font_name, font_size) <= max_width:
            pieces.append(rest)
            break
        cut = _fitting_prefix_length(rest, font_name, font_size, max_width)
        cut = next(
            (
                k
                for k in range(min(cut, len(rest) - 1), max(cut // 2, 1) - 1, -1)
                if rest[k - 1].isalnum()
                and rest[k].isalnum()
                and not unicodedata.combining(rest[k])
            ),
            cut,
        )
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return pieces


def _fitting_prefix_length(text: str, font_name: str, font_size: float, max_width: float) -> int:
    """Length of the longest prefix that fits (at least one grapheme-ish cluster)."""
    width = 0.0
    end = 0
    for i, char in enumerate(text):
        width += text_width(char, font_name, font_size)
        if width > max_width and end > 0:
            break
        if i + 1 < len(text) and unicodedata.combining(text[i + 1]):
            continue  # never cut between a letter and its niqqud
        end = i + 1
    return end or len(text)


def wrap_text(text: str, font_name: str, font_size: float, max_width: float) -> list[str]:
    """Wrap a logical-order string into logical-order lines no wider than ``max_width``.

    Lines break at whitespace; ``\\n`` starts a new paragraph (an empty paragraph gives
    an empty line). Tokens wider than a line are cut with :func:`break_token`. Runs of
    whitespace collapse to one space. Arabic comes back joined (:func:`join_arabic`).
    Shape each returned line with :func:`shape_line`.
    """
    if max_width <= 0:
        raise ValueError(f"max_width must be positive, got {max_width}")
    lines: list[str] = []
    for paragraph in join_arabic(text).split("\n"):
        lines.extend(_wrap_paragraph(paragraph, font_name, font_size, max_width))
    return lines


def _wrap_paragraph(
    paragraph: str, font_name: str, font_size: float, max_width: float
) -> list[str]:
    words = _BREAKS.split(paragraph.strip()) if paragraph.strip() else []
    if not words:
        return [""]
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, font_name, font_size) <= max_width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        if text_width(word, font_name, font_size) <= max_width:
            current = word
        else:
            *full, current = break_token(word, font_name, font_size, max_width)
            lines.extend(full)
    if current:
        lines.append(current)
    return lines


# --------------------------------------------------------------------------- shaping

_LEVELS_BLOCK = re.compile(r"\n {4}levels: \[(.*?)\n {4}\]", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+)")


def shape_rtl(line: str) -> str:
    """Visual order of one logical line in a right-to-left paragraph, ready to draw."""
    return shape_line(line, True)


@lru_cache(maxsize=4096)
def shape_line(line: str, rtl: bool = True) -> str:
    """Visual order of one logical line, ready to draw; ``rtl`` is the paragraph's direction
    (Hebrew and Arabic right-to-left, Russian and English left-to-right). Arabic is joined.

    Reordering is python-bidi's ``get_display``. Its Rust engine does not apply rule L4
    (python-bidi issue #25), so ``(`` would stay ``(`` inside Hebrew and "(כולל ספח)" would
    print with its parentheses facing outwards. We therefore read the resolved embedding
    levels python-bidi reports, mirror brackets that resolve right-to-left, and check our
    ordering against python-bidi's; if they ever disagree we fall back to python-bidi's
    pure-Python algorithm, which mirrors by itself.
    """
    if not line:
        return line
    line = join_arabic(numbers_whole(line))
    base = "R" if rtl else "L"
    reordered = get_display(line, base_dir=base)
    levels = _resolved_levels(line, rtl)
    if levels is not None:
        order = _visual_order(line, levels)
        if "".join(line[i] for i in order) == reordered:
            visual = "".join(_mirror(line[i]) if levels[i] % 2 else line[i] for i in order)
            return visual.translate(_EXPLICIT_CONTROLS)
    return _bidi_python.get_display(line, base_dir=base).translate(_EXPLICIT_CONTROLS)


@lru_cache(maxsize=4096)
def starts_right_to_left(text: str) -> bool:
    """Whether the first strong letter of ``text`` is Hebrew or Arabic (UAX #9, P2-P3): the
    direction a value of its own (a name, a clerk's note) is read in, whatever the page.
    Text inside an isolate does not count."""
    depth = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("LRI", "RLI", "FSI"):
            depth += 1
        elif kind == "PDI":
            depth = max(depth - 1, 0)
        elif depth:
            continue
        elif kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def _mirror(char: str) -> str:
    return MIRRORED.get(char, char)


def _resolved_levels(line: str, rtl: bool = True) -> list[int] | None:
    """Per-character embedding levels from python-bidi's debug report, or None."""
    report = get_display(line, base_dir="R" if rtl else "L", debug=True)
    match = _LEVELS_BLOCK.search(report) if isinstance(report, str) else None
    if match is None:
        return None
    byte_levels = [int(n) for n in _LEVEL.findall(match.group(1))]
    if len(byte_levels) != len(line.encode("utf-8")):
        return None
    levels: list[int] = []
    offset = 0
    for char in line:  # the report indexes levels by UTF-8 byte
        levels.append(byte_levels[offset])
        offset += len(char.encode("utf-8"))
    # L1: trailing whitespace (and whitespace before a tab) goes back to the paragraph level.
    paragraph = 1 if rtl else 0
    reset = True
    for i in range(len(line) - 1, -1, -1):
        kind = unicodedata.bidirectional(line[i])
        if kind in ("S", "B"):
            levels[i] = paragraph
            reset = True
        elif reset and kind in ("WS", "FSI", "LRI", "RLI", "PDI"):
            levels[i] = paragraph
        else:
            reset = False
    return levels


def _visual_order(line: str, levels: list[int]) -> list[int]:
    """L2: logical indices in visual (left-to-right) order."""
    order = list(range(len(line)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    lowest_odd = min(odd)
    for level in range(max(levels), lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


# --------------------------------------------------------------------------- drawing

Align = Literal["right", "center", "left"]


def draw_rtl(
    canvas: Canvas,
    line: str,
    x: float,
    y: float,
    font_name: str,
    font_size: float,
    align: Align = "right",
) -> float:
    """Draw one logical line (already wrapped) in right-to-left order; return its width.

    ``x`` is the right edge for ``align="right"``, the centre for ``"center"`` and the
    left edge for ``"left"``; ``y`` is the baseline.
    """
    return draw_line(canvas, line, x, y, font_name, font_size, align, rtl=True)


def draw_line(
    canvas: Canvas,
    line: str,
    x: float,
    y: float,
    font_name: str,
    font_size: float,
    align: Align = "right",
    *,
    rtl: bool = True,
) -> float:
    """Draw one logical line in a paragraph of direction ``rtl``; return its width.

    ``x`` is the right edge for ``align="right"``, the centre for ``"center"`` and the
    left edge for ``"left"``; ``y`` is the baseline. Arabic runs are drawn in Noto Sans
    Arabic, everything else in ``font_name``.
    """
    visual = shape_line(line, rtl)
    runs = font_runs(visual, font_name)
    if len(runs) <= 1:
        font = runs[0][1] if runs else font_name
        canvas.setFont(font, font_size)
        if align == "right":
            canvas.drawRightString(x, y, visual)
        elif align == "center":
            canvas.drawCentredString(x, y, visual)
        else:
            canvas.drawString(x, y, visual)
        return pdfmetrics.stringWidth(visual, font, font_size)
    widths = [pdfmetrics.stringWidth(piece, font, font_size) for piece, font in runs]
    total = sum(widths)
    start = {"right": x - total, "center": x - total / 2}.get(align, x)
    for (piece, font), width in zip(runs, widths, strict=True):
        canvas.setFont(font, font_size)
        canvas.drawString(start, y, piece)
        start += width
    return total
