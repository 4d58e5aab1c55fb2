"""The journey figures as an Excel workbook: one sheet per figure, headers in the user's language
(right to left in Hebrew and Arabic, left to right in English), numbers and dates as real cells
(so the supervisor can go on calculating)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from io import BytesIO

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference, Series
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from desktop.phrases import phrase
from desktop.supervision.figure_tables import FilterNames, Table, figure_tables, period_text
from desktop.supervision.figures import Figures

_HEADER_FILL = PatternFill("solid", fgColor="1F3A5C")
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_TITLE_FONT = Font(bold=True, size=13, color="1F3A5C")


def figures_workbook(figures: Figures, names: FilterNames | None = None) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for table in figure_tables(figures, names):
        _sheet(book, table, figures)
    out = BytesIO()
    book.save(out)
    return out.getvalue()


def _right_to_left(text: str) -> bool:
    """Whether `text` reads from the right: its first letter is Hebrew or Arabic."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return True


def _sheet(book: Workbook, table: Table, figures: Figures) -> None:
    sheet = book.create_sheet(table.title[:31])
    rtl = _right_to_left(table.title)
    sheet.sheet_view.rightToLeft = rtl
    start = "right" if rtl else "left"
    sheet["A1"] = table.title
    sheet["A1"].font = _TITLE_FONT
    sheet["A2"] = phrase("תקופה: {period}").format(period=period_text(figures))
    if table.note:
        sheet["A3"] = table.note
    header_row = 5
    for col, header in enumerate(table.headers, start=1):
        cell = sheet.cell(header_row, col, header)
        cell.fill, cell.font = _HEADER_FILL, _HEADER_FONT
        cell.alignment = Alignment(horizontal=start)
    for r, row in enumerate(table.rows, start=header_row + 1):
        for col, value in enumerate(row, start=1):
            cell = sheet.cell(r, col, value)
            if isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
            elif isinstance(value, float):
                cell.number_format = "0.0#"
            cell.alignment = Alignment(horizontal=start)
    for col, header in enumerate(table.headers, start=1):
        longest = max([len(str(header)), *(len(str(r[col - 1])) for r in table.rows)], default=10)
        sheet.column_dimensions[get_column_letter(col)].width = min(max(12, longest + 4), 60)
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    if table.chart.kind != "none" and table.rows:
        _chart(sheet, table, header_row, rtl)


def _chart(sheet, table: Table, header_row: int, rtl: bool) -> None:  # noqa: ANN001
    c = table.chart
    first = header_row + 1 + c.first_row
    last = header_row + (c.last_row if c.last_row is not None else len(table.rows))
    chart = LineChart() if c.kind == "line" else BarChart()
    chart.title = table.title
    chart.y_axis.title = c.value_title
    chart.height, chart.width = 7.5, 16
    for col in c.value_columns:
        values = Reference(sheet, min_col=col + 1, min_row=first, max_row=last)
        chart.series.append(Series(values, title=table.headers[col]))
    labels = Reference(sheet, min_col=c.label_column + 1, min_row=first, max_row=last)
    chart.set_categories(labels)
    if rtl:
        chart.x_axis.scaling.orientation = "maxMin"  # categories run from the right, like the sheet
        chart.y_axis.crosses = "max"
    if len(c.value_columns) == 1:
        chart.legend = None
    sheet.add_chart(chart, f"{get_column_letter(len(table.headers) + 2)}{header_row}")
