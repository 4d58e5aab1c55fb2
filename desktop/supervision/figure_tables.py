"""The journey figures as titled tables with Hebrew headers, and the chart each one gets: the one
shape the screen, the Excel workbook and the PDF report all show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from desktop.supervision.figures import Durations, Figures

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
    title: str  # also the Excel sheet's name: at most 31 characters
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

    def parts(self) -> list[str]:
        return [
            f"{label}: {value}"
            for label, value in (
                ("מחלקה", self.department),
                ("פקיד/ה", self.clerk),
                ("יישוב", self.locality),
                ("סוג פנייה", self.request_type),
            )
            if value
        ]


def period_text(figures: Figures) -> str:
    f = figures.filter
    return f"{f.start:%d/%m/%Y} – {f.end:%d/%m/%Y}"


def _one(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _times(waiting: Durations, service: Durations) -> tuple[tuple[Cell, ...], ...]:
    return (
        ("ביקורים שנמדדו", waiting.count, service.count),
        ("ממוצע", _one(waiting.average), _one(service.average)),
        ("חציון", waiting.median, service.median),
        ("אחוזון 90", waiting.p90, service.p90),
    )


def summary_rows(
    figures: Figures, names: FilterNames | None = None
) -> tuple[tuple[Cell, ...], ...]:
    f = figures
    rows: list[tuple[Cell, ...]] = [("תקופה", period_text(f))]
    rows += [tuple(part.split(": ", 1)) for part in (names or FilterNames()).parts()]
    rows += [
        ("ביקורים", f.visits.total),
        ("המתנה ממוצעת (דקות)", _one(f.waiting.average)),
        ("שירות ממוצע (דקות)", _one(f.service.average)),
        ("פריטים שנפתחו", f.handoffs.items),
        ("פריטים שעברו יותר משתי העברות", f.handoffs.over_limit),
        ("עמידה בזמן (%)", _one(f.service_level.percent)),
        ("דחיות מועד", f.service_level.slips),
        ("שיחות חזרה שבוצעו", f.calls.callbacks_done),
        ("שיחות מעקב שבוצעו", f.calls.followups_done),
        ("שביעות רצון ממוצעת (1-5)", _one(f.satisfaction.average, 2)),
        ("הטבות שהוצעו", f.extras.offered),
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
        Table("summary", "סיכום", ("מדד", "ערך"), summary_rows(f, names)),
        Table(
            "visits_day",
            "ביקורים ליום",
            ("תאריך", "ביקורים"),
            tuple((d, n) for d, n in f.visits.per_day),
            Chart("bar", value_title="ביקורים"),
        ),
        Table(
            "visits_hour",
            "ביקורים לפי שעה",
            ("שעה", "ביקורים"),
            hour_rows,
            Chart("bar", value_title="ביקורים"),
            "לפי שעת ההגעה; כל ימי התקופה יחד",
        ),
        Table(
            "counter_times",
            "המתנה ושירות בדלפק",
            ("מדד", "המתנה (דקות)", "שירות (דקות)"),
            _times(f.waiting, f.service),
            Chart("bar", value_columns=(1, 2), value_title="דקות", first_row=1),
            "ממוצע מדויק; חציון ואחוזון 90 בדקות שלמות",
        ),
        Table(
            "handoffs",
            "העברות לפריט",
            ("העברות", "פריטים"),
            f.handoffs.distribution,
            Chart("bar", value_title="פריטים"),
            f"ממוצע {_one(f.handoffs.average, 2) if f.handoffs.average is not None else '-'} "
            f"העברות לפריט; {f.handoffs.over_limit} פריטים מעל המותר באמנה (שתיים)",
        ),
        Table(
            "service_level",
            "עמידה בזמן",
            ("מדד", "ערך"),
            (
                ("הסתיימו עד התאריך הצפוי", level.kept),
                ("חרגו מהתאריך הצפוי", level.missed),
                ("אחוז עמידה בזמן", _one(level.percent)),
                ('דחיות מועד (סה"כ)', level.slips),
                ("פריטים שמועדם נדחה", level.items_slipped),
            ),
            Chart("bar", value_title="פריטים", last_row=2),
            "פריט פתוח נספר כחריגה רק אחרי שהתאריך הצפוי עבר",
        ),
        Table(
            "open_age",
            "גיל פריטים פתוחים",
            ("ימים מהפתיחה", "פריטים"),
            level.open_age,
            Chart("bar", value_title="פריטים"),
        ),
        Table(
            "calls",
            "שיחות לתושבים",
            ("שיחה", "בוצעו", "ממתינות"),
            (
                ("חזרה לתושב/ת", f.calls.callbacks_done, f.calls.callbacks_open),
                ("שיחת מעקב", f.calls.followups_done, f.calls.followups_open),
            ),
            Chart("bar", value_columns=(1, 2), value_title="שיחות"),
        ),
        Table(
            "satisfaction",
            "שביעות רצון",
            ("ציון", "תשובות"),
            tuple((str(i + 1), n) for i, n in enumerate(f.satisfaction.distribution)),
            Chart("bar", value_title="תשובות"),
            f"ממוצע {_one(f.satisfaction.average, 2) if f.satisfaction.average is not None else '-'}"
            f" מתוך {f.satisfaction.count} תשובות",
        ),
        Table(
            "satisfaction_weekly",
            "מגמת שביעות רצון",
            ("שבוע (מיום א')", "ממוצע", "תשובות"),
            tuple((w, _one(a, 2), n) for w, a, n in f.satisfaction.weekly),
            Chart("line", value_title="ממוצע", axis_max=5),
            "ממוצע התשובות בכל שבוע (1 עד 5)",
        ),
        Table(
            "extras",
            "הטבות",
            ("מדד", "מספר"),
            (
                ("הוצעו", f.extras.offered),
                ("התקבלו", f.extras.accepted),
                ("נדחו", f.extras.declined),
            ),
            Chart("bar", value_title="הצעות"),
        ),
    ]


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
        "מדדי מסע התושב",
        period_text(figures),
        (names or FilterNames()).parts(),
        printed_on or clock.local_today(),
        [(str(r[0]), cell_text(r[1])) for r in summary_rows(figures)[1:]],
        sections,
    )
    return render_report(data)
