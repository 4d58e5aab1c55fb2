"""Journey figures for supervisors: a period, filters, a chart per figure, Excel and PDF exports.

Figures are read on the worker thread; a newer filter makes an older answer stale, so only the
last one chosen is shown. Charts run the way the text around them does: from the right in Hebrew
and Arabic, from the left in English.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QMargins, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core import clock
from desktop.core.errors import DalpakError
from desktop.counter.reference import council
from desktop.phrases import phrase
from desktop.supervision.figure_choices import FilterChoices, filter_choices
from desktop.supervision.figure_tables import (
    FilterNames,
    Table,
    cell_text,
    chart_data,
    figure_tables,
    figures_pdf,
)
from desktop.supervision.figures import FigureFilter, Figures, compute_figures
from desktop.ui import file_dialogs
from desktop.ui.context import AppContext
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import MessageLine

SERIES_COLOURS = ("#2a6bb3", "#ed8c26", "#4da659")
# Past this many categories (days of a quarter or a year) only some are labelled, this many.
MANY_CATEGORIES = 40
LABELLED_CATEGORIES = 20
# fmt: off
# Figures shown as tiles above the charts: the summary row's label as the figures service
# writes it, in Hebrew (said with phrase() to be matched, not shown), and the tile's title.
TILES = (
    ("ביקורים", QT_TRANSLATE_NOOP("FiguresPage", "ביקורים")),  # service label
    ("המתנה ממוצעת (דקות)", QT_TRANSLATE_NOOP("FiguresPage", "המתנה ממוצעת (דק')")),  # service label
    ("שירות ממוצע (דקות)", QT_TRANSLATE_NOOP("FiguresPage", "שירות ממוצע (דק')")),  # service label
    ("עמידה בזמן (%)", QT_TRANSLATE_NOOP("FiguresPage", "עמידה בזמן (%)")),  # service label
    ("פריטים שעברו יותר משתי העברות", QT_TRANSLATE_NOOP("FiguresPage", "מעל שתי העברות")),  # service label
    ("שביעות רצון ממוצעת (1-5)", QT_TRANSLATE_NOOP("FiguresPage", "שביעות רצון (1-5)")),  # service label
)
# fmt: on


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class FiguresPage(QWidget):
    """`loaded` after every figures read (for tests); `exported(path)` after a file is written."""

    loaded = Signal()
    exported = Signal(str)
    DEBOUNCE_MS = 200

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._generation = 0
        self.figures: Figures | None = None
        self.choices: FilterChoices | None = None
        self.message = MessageLine(self)
        self.preset = QComboBox(self)
        self.start = QDateEdit(self)
        self.end = QDateEdit(self)
        self.department = QComboBox(self)
        self.clerk = QComboBox(self)
        self.locality = QComboBox(self)
        self.request_type = QComboBox(self)
        self.excel_button = QPushButton(self.tr("ייצוא ל-Excel"), self)
        self.pdf_button = QPushButton(self.tr("דוח PDF"), self)
        self.reload_button = QPushButton(self.tr("רענון (F5)"), self)
        self.tiles: dict[str, QLabel] = {}
        self.charts: dict[str, QChartView] = {}
        self.chart_notes: dict[str, QLabel] = {}
        self._grid = QGridLayout()
        self._debounce = QTimer(self)
        self._build()
        self._wire()

    # --- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        today = clock.local_today()
        for text, key in (
            (self.tr("30 הימים האחרונים"), "30"),
            (self.tr("החודש"), "month"),
            (self.tr("החודש הקודם"), "last_month"),
            (self.tr("90 הימים האחרונים"), "90"),
            (self.tr("השנה"), "year"),
            (self.tr("תקופה לבחירה"), "custom"),
        ):
            self.preset.addItem(text, key)
        for edit in (self.start, self.end):
            # Digits read left to right (day/month/year) inside the right-to-left page. The
            # direction must be set before the format: in a right-to-left editor Qt lays the
            # sections out reversed (2026/03/22).
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setMaximumDate(_qdate(today + dt.timedelta(days=366)))
            edit.setMinimumWidth(120)
        for combo, name in (
            (self.preset, self.tr("תקופה")),
            (self.department, self.tr("סינון לפי מחלקה")),
            (self.clerk, self.tr("סינון לפי פקיד/ה")),
            (self.locality, self.tr("סינון לפי יישוב")),
            (self.request_type, self.tr("סינון לפי סוג פנייה")),
        ):
            combo.setAccessibleName(name)
        self.start.setAccessibleName(self.tr("מתאריך"))
        self.end.setAccessibleName(self.tr("עד תאריך"))
        self._set_period("30")
        for combo, everyone in (
            (self.department, self.tr("כל המחלקות")),
            (self.clerk, self.tr("כל הפקידים")),
            (self.locality, self.tr("כל היישובים")),
            (self.request_type, self.tr("כל סוגי הפניות")),
        ):
            combo.addItem(everyone, None)
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self.excel_button.setToolTip("Ctrl+Shift+X")
        self.pdf_button.setToolTip("Ctrl+Shift+R")

        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("תקופה:"), self))
        period.addWidget(self.preset)
        period.addWidget(QLabel(self.tr("מתאריך"), self))
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("עד"), self))
        period.addWidget(self.end)
        period.addStretch(1)
        period.addWidget(self.reload_button)
        period.addWidget(self.excel_button)
        period.addWidget(self.pdf_button)
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("מחלקה"), self.department),
            (self.tr("פקיד/ה"), self.clerk),
            (self.tr("יישוב"), self.locality),
            (self.tr("סוג פנייה"), self.request_type),
        ):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(combo, 1)
        tiles = QHBoxLayout()
        for key, title in TILES:
            frame = QFrame(self)
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            value = QLabel("-", frame)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setStyleSheet("font-size: 18pt; font-weight: bold; color: #1f3a5c;")
            caption = QLabel(self.tr(title), frame)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box = QVBoxLayout(frame)
            box.setContentsMargins(4, 2, 4, 2)
            box.setSpacing(0)
            box.addWidget(value)
            box.addWidget(caption)
            self.tiles[key] = value
            tiles.addWidget(frame, 1)
        body = QWidget(self)
        body.setLayout(self._grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(period)
        layout.addLayout(filters)
        layout.addLayout(tiles)
        layout.addWidget(scroll, 1)
        self.setTabOrder(self.preset, self.start)
        self.setTabOrder(self.start, self.end)
        self.setTabOrder(self.end, self.department)
        self.setTabOrder(self.department, self.clerk)
        self.setTabOrder(self.clerk, self.locality)
        self.setTabOrder(self.locality, self.request_type)

    def _wire(self) -> None:
        self.preset.currentIndexChanged.connect(lambda _i: self._preset_chosen())
        for edit in (self.start, self.end):
            edit.dateChanged.connect(lambda _d: self._dates_edited())
        for combo in (self.department, self.clerk, self.locality, self.request_type):
            combo.currentIndexChanged.connect(lambda _i: self._debounce.start())
        self._debounce.timeout.connect(self.reload)
        self.reload_button.clicked.connect(self.reload)
        self.excel_button.clicked.connect(self._ask_excel)
        self.pdf_button.clicked.connect(self._ask_pdf)
        for keys, slot in (
            ("F5", self.reload),
            ("Ctrl+Shift+X", self._ask_excel),
            ("Ctrl+Shift+R", self._ask_pdf),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def focus(self) -> None:
        self.preset.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- the period and the filter -----------------------------------------------------------

    def _set_period(self, key: str) -> None:
        today = clock.local_today()
        if key == "custom":
            return
        if key == "month":
            start, end = today.replace(day=1), today
        elif key == "last_month":
            end = today.replace(day=1) - dt.timedelta(days=1)
            start = end.replace(day=1)
        elif key == "year":
            start, end = today.replace(month=1, day=1), today
        else:
            start, end = today - dt.timedelta(days=int(key) - 1), today
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _preset_chosen(self) -> None:
        self._set_period(self.preset.currentData())
        self._debounce.start()

    def _dates_edited(self) -> None:
        custom = self.preset.findData("custom")
        if self.preset.currentIndex() != custom:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(custom)
            self.preset.blockSignals(False)
        self._debounce.start()

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Choose a period as a supervisor would in the date fields."""
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))

    def current_filter(self) -> FigureFilter:
        def chosen(combo: QComboBox) -> uuid.UUID | None:
            data = combo.currentData()
            return uuid.UUID(data) if data else None

        return FigureFilter(
            _pydate(self.start.date()),
            _pydate(self.end.date()),
            chosen(self.department),
            chosen(self.clerk),
            chosen(self.locality),
            chosen(self.request_type),
        )

    @staticmethod
    def choose(combo: QComboBox, value: uuid.UUID | None) -> bool:
        """Pick the entry of `value` in a filter (None: everyone); False when it is not there."""
        index = combo.findData(str(value) if value else None)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def filter_names(self) -> FilterNames:
        def name(combo: QComboBox) -> str:
            return combo.currentText() if combo.currentData() is not None else ""

        return FilterNames(
            name(self.department), name(self.clerk), name(self.locality), name(self.request_type)
        )

    def _fill_choices(self, choices: FilterChoices) -> None:
        self.choices = choices
        for combo, rows in (
            (self.department, choices.departments),
            (self.clerk, choices.clerks),
            (self.locality, choices.localities),
            (self.request_type, choices.request_types),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for choice in rows:
                # Ids as text: the combo compares Python objects by identity in findData.
                combo.addItem(choice.name, str(choice.id))
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    # --- reading, off the main thread ----------------------------------------------------------

    def reload(self) -> None:
        self._debounce.stop()
        flt = self.current_filter()
        if flt.end < flt.start:
            self.message.show_error(self.tr("סוף התקופה לפני תחילתה: יש לתקן את התאריכים."))
            return
        self._generation += 1
        generation, sessions = self._generation, self._ctx.sessions
        need_choices = self.choices is None

        def work() -> tuple[Figures, FilterChoices | None]:
            with sessions() as session:
                # The figures first: they bring their tables up to date before the session
                # reads anything.
                figures = compute_figures(session, self._ctx.actor, flt)
                return figures, filter_choices(session) if need_choices else None

        def done(result: tuple[Figures, FilterChoices | None]) -> None:
            if generation != self._generation:
                return  # a newer filter was chosen meanwhile
            figures, choices = result
            if choices is not None:
                self._fill_choices(choices)
            self.message.clear_message()
            self.show_figures(figures)
            self.loaded.emit()

        self.message.show_note(self.tr("המדדים נטענים…"))
        self._tasks.submit(work, done, self._failed)

    def _failed(self, err: Exception) -> None:
        message = err.message if isinstance(err, DalpakError) else str(err)
        self.message.show_error(self.tr("קריאת המדדים נכשלה: %1").replace("%1", message))

    # --- showing -------------------------------------------------------------------------------

    def show_figures(self, figures: Figures) -> None:
        self.figures = figures
        tables = figure_tables(figures, self.filter_names())
        summary = {row[0]: row[1] for row in tables[0].rows}
        for key, _title in TILES:
            self.tiles[key].setText(cell_text(summary.get(phrase(key))))
        charted = [t for t in tables if t.chart.kind != "none"]
        for index, table in enumerate(charted):
            view = self.charts.get(table.key)
            if view is None:
                view = QChartView(self)
                view.setRenderHint(QPainter.RenderHint.Antialiasing)
                view.setMinimumHeight(290)
                note = QLabel(self)
                note.setWordWrap(True)
                note.setStyleSheet("color: #555;")
                box = QVBoxLayout()
                box.setSpacing(0)
                box.addWidget(view)
                box.addWidget(note)
                self._grid.addLayout(box, index // 2, index % 2)
                self.charts[table.key] = view
                self.chart_notes[table.key] = note
            old = view.chart()
            view.setChart(self._chart(table))
            if old is not None:
                old.deleteLater()
            self.chart_notes[table.key].setText(table.note)
            self.chart_notes[table.key].setVisible(bool(table.note))

    def _chart(self, table: Table) -> QChart:
        labels, series = chart_data(table)
        # The first category where the page's text starts: at the right in Hebrew and Arabic,
        # at the left in English. The category axis of QtCharts ignores setReverse, so from
        # the right the categories and values are given from the last to the first.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if rtl:
            labels = labels[::-1]
            series = [(name, values[::-1]) for name, values in series]
        chart = QChart()
        values = [v for _n, vs in series for v in vs]
        if not labels or not any(values):
            # Nothing happened in the period and filter: say so rather than draw empty axes.
            chart.setTitle(table.title + "<br>" + self.tr("אין נתונים לתקופה ולסינון שנבחרו"))
        else:
            chart.setTitle(table.title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setVisible(len(series) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.setLocalizeNumbers(True)
        short = [self._short_label(label) for label in labels]
        if len(labels) > MANY_CATEGORIES:
            # A label on every few bars: the categories stay in order, spaced to be read.
            axis_x = QCategoryAxis()
            axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
            axis_x.setRange(-0.5, len(labels) - 0.5)
            step = -(-len(labels) // LABELLED_CATEGORIES)
            # The first day labelled, then every `step`-th; in rising order.
            first = range(len(labels) - 1, -1, -step) if rtl else range(0, len(labels), step)
            for i in sorted(first):
                axis_x.append(short[i], i)
        else:
            axis_x = QBarCategoryAxis()
            axis_x.append(short)
        if len(labels) > 16:
            axis_x.setLabelsAngle(-90)
            # QtCharts cuts a turned label to the category's width ("⋮"); it has the height.
            axis_x.setTruncateLabels(False)
        axis_y = QValueAxis()
        top = max([v for _n, values in series for v in values] + [1])
        whole = all(float(v).is_integer() for _n, values in series for v in values)
        if table.chart.axis_max is not None and top <= table.chart.axis_max:
            axis_y.setRange(0, table.chart.axis_max)
            axis_y.setTickCount(int(table.chart.axis_max) + 1)
        elif whole and top <= 8:
            # Small counts: a tick per unit and room above the highest bar for its label.
            axis_y.setRange(0, top + 1)
            axis_y.setTickCount(int(top) + 2)
        else:
            axis_y.setRange(0, top * 1.12)
            axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%.0f" if whole else "%.1f")
        axis_y.setTitleText(table.chart.value_title)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        if table.chart.kind == "line":
            for index, (name, values) in enumerate(series):
                line = QLineSeries()
                line.setName(name)
                line.setColor(QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]))
                line.setPointsVisible(True)
                line.setPointLabelsVisible(len(values) <= 20)
                line.setPointLabelsFormat("@yPoint")
                for i, value in enumerate(values):
                    line.append(QPointF(i, value))
                chart.addSeries(line)
                line.attachAxis(axis_x)
                line.attachAxis(axis_y)
        else:
            bars = QBarSeries()
            for index, (name, values) in enumerate(series):
                bar_set = QBarSet(name)
                bar_set.setColor(QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)]))
                bar_set.append(values)
                bar_set.setLabelColor(QColor("#000000"))
                bars.append(bar_set)
            bars.setLabelsVisible(len(labels) * len(series) <= 24)
            bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
            bars.setLabelsFormat("@value")
            chart.addSeries(bars)
            bars.attachAxis(axis_x)
            bars.attachAxis(axis_y)
        return chart

    @staticmethod
    def _short_label(label: str) -> str:
        # 22/03/2026 -> 22/03: the year is in the period above the chart.
        return label[:5] if len(label) == 10 and label[2] == "/" and label[5] == "/" else label

    # --- exports -------------------------------------------------------------------------------

    def _ask_path(self, title: str, suffix: str, kind: str) -> str:
        f = self.current_filter()
        name = self.tr("מדדים")
        default = str(Path.home() / f"{name}-{f.start:%Y%m%d}-{f.end:%Y%m%d}.{suffix}")
        path = file_dialogs.save_path(self, title, default, kind)
        if path and not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        return path

    def _ask_excel(self) -> None:
        path = self._ask_path(self.tr("ייצוא המדדים ל-Excel"), "xlsx", "Excel (*.xlsx)")
        if path:
            self.export_excel(path)

    def _ask_pdf(self) -> None:
        path = self._ask_path(self.tr("דוח המדדים"), "pdf", "PDF (*.pdf)")
        if path:
            self.export_pdf(path)

    def export_excel(self, path: str) -> None:
        from desktop.supervision.figures_excel import figures_workbook  # openpyxl: on first export

        self._export(path, lambda figures, names: figures_workbook(figures, names))

    def export_pdf(self, path: str) -> None:
        name = council().name
        self._export(path, lambda figures, names: figures_pdf(figures, name, names))

    def _export(self, path: str, make) -> None:  # noqa: ANN001
        """The figures of the current filter (read again, so the file matches what is chosen now)
        written on the worker thread."""
        flt, names, sessions = self.current_filter(), self.filter_names(), self._ctx.sessions

        def work() -> str:
            with sessions() as session:
                figures = compute_figures(session, self._ctx.actor, flt)
            Path(path).write_bytes(make(figures, names))
            return path

        def done(written: str) -> None:
            self.message.show_note(self.tr("הקובץ נשמר: %1").replace("%1", written))
            self.exported.emit(written)

        def failed(err: Exception) -> None:
            message = err.message if isinstance(err, DalpakError) else str(err)
            self.message.show_error(self.tr("שמירת הקובץ נכשלה: %1").replace("%1", message))

        self.message.show_note(self.tr("הקובץ נשמר ברקע…"))
        self._tasks.submit(work, done, failed)
