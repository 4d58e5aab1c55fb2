"""The journey figures as titled tables with headers in the user's language, and the chart each
one gets: the one shape the screen, the Excel workbook and the PDF report all show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from desktop.phrases import phrase, right_to_left
from desktop.supervision.figures import AND_MORE, Durations, Figures

Cell = str | int | float | dt.date | None
ChartKind = Literal["bar", "line", "none"]


@dataclass(frozen=True)
class Chart:
    """How a table is drawn: categories from `label_column`, one series per value column (named
    by its header), over the rows `first_row` to `last_row` (None: to the end)."""

    kind: ChartKind
    value_columns: tuple[int, ...] = (1,)
    value_title: str = ""
    label_column: int = 0
    first_row: int = 0
    last_row: int | None = None
    axis_max: float | None = None


def chart_data(table: Table) -> tuple[list[str], list[tuple[str, list[float]]]]:
    """Category labels and the series (name, values) of a table's chart."""
    c = table.chart
    rows = table.rows[c.first_row : c.last_row]
    labels = [cell_text(r[c.label_column]) for r in rows]
    series = [
        (
            table.headers[col],
            [float(r[col]) if isinstance(r[col], int | float) else 0.0 for r in rows],
        )
        for col in c.value_columns
    ]
    return labels, series


@dataclass(frozen=True)
class Table:
    key: str
    title: str  # also the Excel sheet's name: at most 31 characters, in every language
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    chart: Chart = Chart("none")
    note: str = ""


@dataclass(frozen=True)
class FilterNames:
    """What the filter chose, in words, for the report's heading."""

    department: str = ""
    clerk: str = ""
    locality: str = ""
    request_type: str = ""

    def pairs(self) -> list[tuple[str, str]]:
        """(what was filtered, the name chosen), in the user's language."""
        return [
            (label, value)
            for label, value in (
                (phrase("מחלקה"), self.department),
                (phrase("פקיד/ה"), self.clerk),
                (phrase("יישוב"), self.locality),
                (phrase("סוג פנייה"), self.request_type),
            )
            if value
        ]

    def parts(self) -> list[str]:
        return [f"{label}: {value}" for label, value in self.pairs()]


def period_text(figures: Figures) -> str:
    f = figures.filter
    return f"{f.start:%d/%m/%Y} – {f.end:%d/%m/%Y}"


def _one(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _average(value: float | None) -> str:
    return "-" if value is None else str(_one(value, 2))


def _times(waiting: Durations, service: Durations) -> tuple[tuple[Cell, ...], ...]:
    return (
        (phrase("ביקורים שנמדדו"), waiting.count, service.count),
        (phrase("ממוצע"), _one(waiting.average), _one(service.average)),
        (phrase("חציון"), waiting.median, service.median),
        (phrase("אחוזון 90"), waiting.p90, service.p90),
    )


def summary_rows(
    figures: Figures, names: FilterNames | None = None
) -> tuple[tuple[Cell, ...], ...]:
    f = figures
    rows: list[tuple[Cell, ...]] = [(phrase("תקופה"), period_text(f))]
    rows += (names or FilterNames()).pairs()
    rows += [
        (phrase("ביקורים"), f.visits.total),
        (phrase("המתנה ממוצעת (דקות)"), _one(f.waiting.average)),
        (phrase("שירות ממוצע (דקות)"), _one(f.service.average)),
        (phrase("פריטים שנפתחו"), f.handoffs.items),
        (phrase("פריטים שעברו יותר משתי העברות"), f.handoffs.over_limit),
        (phrase("עמידה בזמן (%)"), _one(f.service_level.percent)),
        (phrase("דחיות מועד"), f.service_level.slips),
        (phrase("שיחות חזרה שבוצעו"), f.calls.callbacks_done),
        (phrase("שיחות מעקב שבוצעו"), f.calls.followups_done),
        (phrase("שביעות רצון ממוצעת (1-5)"), _one(f.satisfaction.average, 2)),
        (phrase("הטבות שהוצעו"), f.extras.offered),
    ]
    return tuple(rows)


def figure_tables(figures: Figures, names: FilterNames | None = None) -> list[Table]:
    f = figures
    level = f.service_level
    hours = [h for h, n in enumerate(f.visits.per_hour) if n] or [8, 16]
    hour_rows = tuple(
        (f"{h:02d}:00", f.visits.per_hour[h]) for h in range(min(hours), max(hours) + 1)
    )
    return [
        Table("summary", phrase("סיכום"), (phrase("מדד"), phrase("ערך")), summary_rows(f, names)),
        Table(
            "visits_day",
            phrase("ביקורים ליום"),
            (phrase("תאריך"), phrase("ביקורים")),
            tuple((d, n) for d, n in f.visits.per_day),
            Chart("bar", value_title=phrase("ביקורים")),
        ),
        Table(
            "visits_hour",
            phrase("ביקורים לפי שעה"),
            (phrase("שעה"), phrase("ביקורים")),
            hour_rows,
            Chart("bar", value_title=phrase("ביקורים")),
            phrase("לפי שעת ההגעה; כל ימי התקופה יחד"),
        ),
        Table(
            "counter_times",
            phrase("המתנה ושירות בדלפק"),
            (phrase("מדד"), phrase("המתנה (דקות)"), phrase("שירות (דקות)")),
            _times(f.waiting, f.service),
            Chart("bar", value_columns=(1, 2), value_title=phrase("דקות"), first_row=1),
            phrase("ממוצע מדויק; חציון ואחוזון 90 בדקות שלמות"),
        ),
        Table(
            "handoffs",
            phrase("העברות לפריט"),
            (phrase("העברות"), phrase("פריטים")),
            tuple((_bucket_text(label), n) for label, n in f.handoffs.distribution),
            Chart("bar", value_title=phrase("פריטים")),
            phrase("ממוצע {average} העברות לפריט; {over} פריטים מעל המותר באמנה (שתיים)").format(
                average=_average(f.handoffs.average), over=f.handoffs.over_limit
            ),
        ),
        Table(
            "service_level",
            phrase("עמידה בזמן"),
            (phrase("מדד"), phrase("ערך")),
            (
                (phrase("הסתיימו עד התאריך הצפוי"), level.kept),
                (phrase("חרגו מהתאריך הצפוי"), level.missed),
                (phrase("אחוז עמידה בזמן"), _one(level.percent)),
                (phrase('דחיות מועד (סה"כ)'), level.slips),
                (phrase("פריטים שמועדם נדחה"), level.items_slipped),
            ),
            Chart("bar", value_title=phrase("פריטים"), last_row=2),
            phrase("פריט פתוח נספר כחריגה רק אחרי שהתאריך הצפוי עבר"),
        ),
        Table(
            "open_age",
            phrase("גיל פריטים פתוחים"),
            (phrase("ימים מהפתיחה"), phrase("פריטים")),
            tuple((_bucket_text(label), n) for label, n in level.open_age),
            Chart("bar", value_title=phrase("פריטים")),
        ),
        Table(
            "calls",
            phrase("שיחות לתושבים"),
            (phrase("שיחה"), phrase("בוצעו"), phrase("ממתינות")),
            (
                (phrase("חזרה לתושב/ת"), f.calls.callbacks_done, f.calls.callbacks_open),
                (phrase("שיחת מעקב"), f.calls.followups_done, f.calls.followups_open),
            ),
            Chart("bar", value_columns=(1, 2), value_title=phrase("שיחות")),
        ),
        Table(
            "satisfaction",
            phrase("שביעות רצון"),
            (phrase("ציון"), phrase("תשובות")),
            tuple((str(i + 1), n) for i, n in enumerate(f.satisfaction.distribution)),
            Chart("bar", value_title=phrase("תשובות")),
            phrase("ממוצע {average} מתוך {count} תשובות").format(
                average=_average(f.satisfaction.average), count=f.satisfaction.count
            ),
        ),
        Table(
            "satisfaction_weekly",
            phrase("מגמת שביעות רצון"),
            (phrase("שבוע (מיום א')"), phrase("ממוצע"), phrase("תשובות")),
            tuple((w, _one(a, 2), n) for w, a, n in f.satisfaction.weekly),
            Chart("line", value_title=phrase("ממוצע"), axis_max=5),
            phrase("ממוצע התשובות בכל שבוע (1 עד 5)"),
        ),
        Table(
            "extras",
            phrase("הטבות"),
            (phrase("מדד"), phrase("מספר")),
            (
                (phrase("הוצעו"), f.extras.offered),
                (phrase("התקבלו"), f.extras.accepted),
                (phrase("נדחו"), f.extras.declined),
            ),
            Chart("bar", value_title=phrase("הצעות")),
        ),
    ]


def _bucket_text(label: str) -> str:
    """A bucket of the figures (its label is kept in Hebrew there) said: "31 ומעלה"."""
    lowest = label.split(" ", 1)[0]
    if label == AND_MORE.format(lowest=lowest):
        return phrase(AND_MORE).format(lowest=lowest)
    return label


def cell_text(value: Cell) -> str:
    if value is None:
        return "-"
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def figures_pdf(
    figures: Figures,
    council_name: str,
    names: FilterNames | None = None,
    printed_on: dt.date | None = None,
) -> bytes:
    """The PDF report: the summary, then a chart and a table for every figure."""
    from desktop.core import clock
    from desktop.receipts.report import ReportChart, ReportData, ReportSection, render_report

    tables = figure_tables(figures, names)
    rest = [t for t in tables if t.key != "summary"]
    sections = []
    for table in rest:
        chart = None
        if table.chart.kind != "none" and table.rows:
            labels, series = chart_data(table)
            chart = ReportChart(
                table.chart.kind, labels, series, table.chart.value_title, table.chart.axis_max
            )
        rows = [[cell_text(v) for v in row] for row in table.rows]
        sections.append(ReportSection(table.title, table.headers, rows, chart, table.note))
    data = ReportData(
        council_name,
        phrase("מדדי מסע התושב"),
        period_text(figures),
        (names or FilterNames()).parts(),
        printed_on or clock.local_today(),
        [(str(r[0]), cell_text(r[1])) for r in summary_rows(figures)[1:]],
        sections,
        rtl=right_to_left(),
    )
    return render_report(data)
