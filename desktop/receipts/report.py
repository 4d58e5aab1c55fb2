"""The supervisor's figures report: an A4 PDF with a chart and a table per figure, right to left.

Charts are drawn straight on the canvas (bars or a line, categories from the right like the
text), so every label goes through the same bidi shaping as the rest of the page.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.phrases import phrase

from .layout import Band, Flow, Group, PageSpec, Row, Style, render
from .receipt import hebrew_date
from .text import FONT, FONT_BOLD, Align, draw_line, register_fonts, text_width

NAVY = Color(0.09, 0.2, 0.36)
GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.85, 0.87, 0.9)
HEADER_FILL = Color(0.9, 0.93, 0.97)
SERIES_COLOURS = (Color(0.16, 0.42, 0.7), Color(0.93, 0.55, 0.15), Color(0.3, 0.65, 0.35))
_FULL_DATE = re.compile(r"^(\d\d/\d\d)/\d{4}$")


@dataclass(frozen=True)
class ReportChart:
    kind: str  # bar | line
    labels: Sequence[str]
    series: Sequence[tuple[str, Sequence[float]]]
    value_title: str = ""
    axis_max: float | None = None  # a fixed top of the value axis (a 1-5 score)


@dataclass(frozen=True)
class ReportSection:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]  # already as text
    chart: ReportChart | None = None
    note: str = ""


@dataclass(frozen=True)
class ReportData:
    council_name: str
    title: str
    period: str
    filters: Sequence[str]
    printed_on: date
    summary: Sequence[tuple[str, str]]
    sections: Sequence[ReportSection] = field(default_factory=tuple)
    rtl: bool = True  # Hebrew and Arabic read from the right; English from the left


@dataclass(frozen=True)
class _Side:
    """Where things go on a page of width `width`: placed as read from the right, and mirrored
    when the page reads from the left (the first column, the first day and the value axis on
    the left; the text itself is never mirrored, only where it starts)."""

    rtl: bool
    width: float

    def x(self, x: float) -> float:
        return x if self.rtl else self.width - x

    def text(
        self, canvas: Canvas, line: str, x: float, y: float, font: str, size: float, align: Align
    ) -> float:
        if self.rtl:
            return draw_line(canvas, line, x, y, font, size, align, rtl=True)
        flipped: Align = {"right": "left", "left": "right"}.get(align, align)  # type: ignore[assignment]
        return draw_line(canvas, line, self.width - x, y, font, size, flipped, rtl=False)

    def number(self, canvas: Canvas, text: str, x: float, y: float) -> None:
        """A figure whose end (reading from the right) or start is at `x`."""
        if self.rtl:
            canvas.drawRightString(x, y, text)
        else:
            canvas.drawString(self.width - x, y, text)

    def rect(self, canvas: Canvas, x: float, y: float, w: float, h: float) -> None:
        canvas.rect(x if self.rtl else self.width - x - w, y, w, h, stroke=0, fill=1)

    def line(self, canvas: Canvas, x1: float, y1: float, x2: float, y2: float) -> None:
        canvas.line(self.x(x1), y1, self.x(x2), y2)


def render_report(data: ReportData) -> bytes:
    register_fonts()
    spec = PageSpec(A4[0], A4[1], margin=16 * mm, footer_height=10 * mm)
    width = spec.width - 2 * spec.margin
    flow = Flow(width, rtl=data.rtl)
    body = Style(size=10, leading=1.45)
    head: list[Row] = []
    head += flow.lines(data.council_name, body.sized(10).coloured(GREY))
    head += flow.lines(data.title, body.bold.sized(18).coloured(NAVY))
    head += flow.lines(phrase("תקופה: {period}").format(period=data.period), body.bold.sized(11))
    if data.filters:
        head += flow.joined(list(data.filters), body.sized(9.5).coloured(GREY))
    else:
        head += flow.lines(
            phrase("כל המחלקות, הפקידים, היישובים וסוגי הפניות"), body.sized(9.5).coloured(GREY)
        )
    head.append(flow.rule(NAVY, 1.2, 10))
    groups = [Group(head)]
    groups.append(
        Group(
            _table(
                [phrase("מדד"), phrase("ערך")],
                data.summary,
                width,
                body,
                first_share=0.6,
                rtl=data.rtl,
            ),
            keep_together=True,
        )
    )
    for section in data.sections:
        rows: list[Row] = [flow.gap(10)]
        rows += flow.lines(section.title, body.bold.sized(13).coloured(NAVY))
        if section.note:
            rows += flow.lines(section.note, body.sized(8.5).coloured(GREY))
        if section.chart is not None and section.chart.labels:
            rows.append(ChartRow(62 * mm, chart=section.chart, rtl=data.rtl))
        rows += _table(section.headers, section.rows, width, body.sized(9), rtl=data.rtl)
        # A short section stays whole; a long one (a day per row) may break between its rows.
        groups.append(Group(rows, keep_together=len(section.rows) <= 12))

    def footer(canvas: Canvas, page: PageSpec, number: int, count: int) -> None:
        canvas.setFillColor(GREY)
        text = phrase("הופק ב-{date} ({hebrew_date}) · עמוד {page} מתוך {pages}").format(
            date=f"{data.printed_on:%d/%m/%Y}",
            hebrew_date=hebrew_date(data.printed_on),
            page=number,
            pages=count,
        )
        side = _Side(data.rtl, page.width)
        side.text(canvas, text, page.width - page.margin, page.margin * 0.6, FONT, 8, "right")

    return render(
        groups,
        spec,
        title=data.title,
        author=data.council_name,
        subject=data.period,
        footer=footer,
        rtl=data.rtl,
    )


# --- tables -----------------------------------------------------------------------------------


@dataclass
class CellsRow(Row):
    """One table line: cells laid from the reading side, each in its own column."""

    cells: Sequence[str] = ()
    widths: Sequence[float] = ()
    style: Style = field(default_factory=Style)
    rtl: bool = True

    def draw(self, canvas: Canvas, left: float, right: float, top: float) -> None:
        side = _Side(self.rtl, left + right)
        baseline = top - (self.height + self.style.size * 0.72) / 2
        x = right
        canvas.setFillColor(self.style.color or Color(0, 0, 0))
        for text, width in zip(self.cells, self.widths, strict=False):
            shown = _fit(text, self.style, width - 8)
            side.text(canvas, shown, x - 4, baseline, self.style.font, self.style.size, "right")
            x -= width
        canvas.setStrokeColor(LIGHT)
        canvas.setLineWidth(0.4)
        canvas.line(left, top - self.height, right, top - self.height)


def _fit(text: str, style: Style, room: float) -> str:
    if text_width(text, style.font, style.size) <= room:
        return text
    while text and text_width(text + "…", style.font, style.size) > room:
        text = text[:-1]
    return text + "…"


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: float,
    style: Style,
    first_share: float = 0.4,
    *,
    rtl: bool = True,
) -> list[Row]:
    columns = max(len(headers), 1)
    first = width * first_share if columns > 1 else width
    rest = (width - first) / (columns - 1) if columns > 1 else 0
    widths = [first] + [rest] * (columns - 1)
    height = style.size * 1.9
    out: list[Row] = [
        CellsRow(
            height,
            Band(HEADER_FILL),
            cells=list(headers),
            widths=widths,
            style=style.bold.coloured(NAVY),
            rtl=rtl,
        )
    ]
    out += [CellsRow(height, cells=list(r), widths=widths, style=style, rtl=rtl) for r in rows]
    return out


# --- charts -----------------------------------------------------------------------------------


def nice_scale(top: float, whole: bool = False) -> tuple[float, float]:
    """An axis maximum at or above `top` and a round step (1, 2 or 5 times a power of ten);
    `whole` for counts, whose steps are never fractions."""
    if top <= 0:
        return 1.0, 1.0
    raw = top / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    if whole:
        step = max(step, 1.0)
    return step * math.ceil(top / step - 1e-9), step


@dataclass
class ChartRow(Row):
    chart: ReportChart | None = None
    rtl: bool = True  # the first category and the value axis on the reading side

    def draw(self, canvas: Canvas, left: float, right: float, top: float) -> None:
        chart = self.chart
        if chart is None:
            return
        side = _Side(self.rtl, left + right)
        size = 7.5
        labels = [_FULL_DATE.sub(r"\1", label) for label in chart.labels]
        values = [v for _name, series in chart.series for v in series]
        if chart.axis_max is not None and max(values, default=0.0) <= chart.axis_max:
            axis_max, step = chart.axis_max, 1.0
        else:
            axis_max, step = nice_scale(
                max(values, default=0.0), all(float(v).is_integer() for v in values)
            )
        legend_h = 14 if len(chart.series) > 1 else 0
        plot_top = top - 22 - legend_h
        plot_bottom = top - self.height + 16
        axis_w = max(text_width(_num(axis_max), FONT, size), 12) + 6
        plot_right = right - axis_w
        plot_left = left + 4
        plot_h = plot_top - plot_bottom

        def y_of(value: float) -> float:
            return plot_bottom + plot_h * (value / axis_max)

        # the value axis on the reading side (the right in Hebrew), its title above it
        canvas.setFillColor(GREY)
        side.text(canvas, chart.value_title, right, top - 8, FONT, size, "right")
        canvas.setLineWidth(0.4)
        tick = 0.0
        while tick <= axis_max + 1e-9:
            y = y_of(tick)
            canvas.setStrokeColor(LIGHT)
            side.line(canvas, plot_left, y, plot_right, y)
            canvas.setFillColor(GREY)
            canvas.setFont(FONT, size)
            side.number(canvas, _num(tick), right, y - size * 0.35)
            tick += step
        if legend_h:
            x = plot_right
            for index, (name, _values) in enumerate(chart.series):
                canvas.setFillColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])
                side.rect(canvas, x - 8, top - 16 - legend_h + 4, 8, 8)
                canvas.setFillColor(Color(0, 0, 0))
                y = top - 16 - legend_h + 5
                x -= 12 + side.text(canvas, name, x - 12, y, FONT, size, "right") + 14
        count = len(labels)
        slot = (plot_right - plot_left) / max(count, 1)
        every = max(1, math.ceil(text_width("00/00", FONT, size) * 1.3 / slot))
        show_values = count * len(chart.series) <= 24
        for i, label in enumerate(labels):
            # the first category on the reading side, like the text of the page
            centre = plot_right - slot * (i + 0.5)
            if i % every == 0:
                canvas.setFillColor(Color(0, 0, 0))
                shown = _fit(label, Style(size=size), slot * every - 2)
                side.text(canvas, shown, centre, plot_bottom - 10, FONT, size, "center")
        if chart.kind == "line":
            self._lines(canvas, side, chart, plot_right, slot, y_of, size, show_values)
        else:
            self._bars(canvas, side, chart, plot_right, slot, y_of, size, show_values)
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.8)
        side.line(canvas, plot_left, plot_bottom, plot_right, plot_bottom)

    @staticmethod
    def _bars(canvas, side, chart, plot_right, slot, y_of, size, show_values) -> None:  # noqa: ANN001
        n = len(chart.series)
        bar = slot * 0.7 / n
        base = y_of(0)
        for s_index, (_name, values) in enumerate(chart.series):
            colour = SERIES_COLOURS[s_index % len(SERIES_COLOURS)]
            for i, value in enumerate(values):
                x_right = plot_right - slot * i - slot * 0.15 - bar * s_index
                canvas.setFillColor(colour)
                side.rect(canvas, x_right - bar, base, bar, y_of(value) - base)
                if show_values:
                    canvas.setFillColor(Color(0, 0, 0))
                    canvas.setFont(FONT_BOLD if n == 1 else FONT, size)
                    canvas.drawCentredString(
                        side.x(x_right - bar / 2), y_of(value) + 2, _num(value)
                    )

    @staticmethod
    def _lines(canvas, side, chart, plot_right, slot, y_of, size, show_values) -> None:  # noqa: ANN001
        for s_index, (_name, values) in enumerate(chart.series):
            colour = SERIES_COLOURS[s_index % len(SERIES_COLOURS)]
            points = [
                (side.x(plot_right - slot * (i + 0.5)), y_of(v)) for i, v in enumerate(values)
            ]
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(1.6)
            for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
                canvas.line(x1, y1, x2, y2)
            canvas.setFillColor(colour)
            for (x, y), value in zip(points, values, strict=False):
                canvas.circle(x, y, 2.4, stroke=0, fill=1)
                if show_values:
                    canvas.setFillColor(Color(0, 0, 0))
                    canvas.setFont(FONT, size)
                    canvas.drawCentredString(x, y + 4, _num(value))
                    canvas.setFillColor(colour)


def _num(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
