"""The figures tab as a supervisor uses it: a period, a filter, a chart per figure, exports."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QBarSeries, QLineSeries
from PySide6.QtCore import Qt

from desktop.ui import file_dialogs
from desktop.ui.figures_page import FiguresPage
from desktop.ui.supervisor_page import SupervisorPage
from desktop.ui.tasks import TaskRunner
from tests.receipts.test_receipt import assert_words, pdf_text
from tests.supervision import figures_data
from tests.supervision.figures_data import END, START
from tests.ui.office import login, make_office
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui


@pytest.fixture
def data(ctx):
    with ctx.write() as s:
        return figures_data.build(s, ctx.actor)


@pytest.fixture
def page(qtbot, ctx, data):
    boss = login(ctx, make_office(ctx).boss)
    tasks = TaskRunner()
    widget = FiguresPage(boss, tasks)
    qtbot.addWidget(widget)
    widget.resize(1366, 900)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.loaded, timeout=20000):
        widget.reload()
    yield widget
    tasks.wait(10000)


def _bar_values(page: FiguresPage, key: str) -> list[list[float]]:
    (series,) = page.charts[key].chart().series()
    assert isinstance(series, QBarSeries)
    return [[bar_set.at(i) for i in range(bar_set.count())] for bar_set in series.barSets()]


def test_period_filter_and_a_chart_per_figure(qtbot, page, data):
    assert page.figures.visits.total == 0  # the last 30 days: nothing yet
    assert page.start.layoutDirection() == Qt.LayoutDirection.LeftToRight
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.set_period(START, END)
    assert page.start.text() == "22/03/2026" and page.end.text() == "31/03/2026"
    assert page.preset.currentData() == "custom"
    assert "4" in page.tiles["ביקורים"].text()
    # Categories run from the right: the values are listed from the left, last first.
    assert sum(_bar_values(page, "visits_day")[0]) == 4
    assert _bar_values(page, "visits_day")[0][-1] == 3
    assert _bar_values(page, "handoffs") == [[1, 1, 1, 2]]
    assert _bar_values(page, "counter_times") == [[30, 10, 15.1], [15, 10, 10]]
    assert _bar_values(page, "satisfaction") == [[1, 1, 0, 1, 0]]
    assert _bar_values(page, "extras") == [[1, 1, 3]]
    (trend,) = page.charts["satisfaction_weekly"].chart().series()
    assert isinstance(trend, QLineSeries) and [p.y() for p in trend.points()] == [4.0, 3.5]
    axis = page.charts["visits_day"].chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories()[-1] == "22/03" and axis.categories()[0] == "31/03"
    shoot(page, "60-figures")
    for key, view in page.charts.items():
        shoot(view, f"61-figures-{key}")

    with qtbot.waitSignal(page.loaded, timeout=20000):
        assert page.choose(page.department, data.rev_dep)
    assert page.figures.visits.total == 3 and page.figures.filter.department_id == data.rev_dep
    with qtbot.waitSignal(page.loaded, timeout=20000):
        assert page.choose(page.clerk, data.yossi)
    assert page.figures.visits.total == 1  # C0: yossi's, with a revenue item


def test_exports_from_the_page(qtbot, page, data, tmp_path, monkeypatch):
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.set_period(START, END)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        assert page.choose(page.locality, data.loc_b)
    target = tmp_path / "figures"
    monkeypatch.setattr(file_dialogs, "save_path", lambda *a, **k: str(target))
    with qtbot.waitSignal(page.exported, timeout=30000) as excel:
        page.excel_button.click()
    assert excel.args == [str(target) + ".xlsx"]
    book = load_workbook(io.BytesIO((tmp_path / "figures.xlsx").read_bytes()))
    summary = {row[0]: row[1] for row in book["סיכום"].iter_rows(min_row=6, values_only=True)}
    assert summary["ביקורים"] == 2 and summary["יישוב"] == page.locality.currentText()
    assert "הקובץ נשמר" in page.message.text()
    with qtbot.waitSignal(page.exported, timeout=30000):
        qtbot.keyClick(
            page.start,
            Qt.Key.Key_R,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    pages = pdf_text((tmp_path / "figures.pdf").read_bytes())
    assert_words(pages[0], f"יישוב: {page.locality.currentText()}")
    assert_words(pages[0], "תקופה: 22/03/2026 – 31/03/2026")


def test_the_end_before_the_start_is_refused_on_screen(qtbot, page):
    page.set_period(END, START)
    page.reload()
    assert "סוף התקופה לפני תחילתה" in page.message.text()
    assert page.start.text() == "31/03/2026"  # what was typed stays


def test_figures_are_a_tab_of_the_supervisor_page(qtbot, ctx):
    boss = login(ctx, make_office(ctx).boss)
    tasks = TaskRunner()
    sup = SupervisorPage(boss, tasks)
    qtbot.addWidget(sup)
    assert isinstance(sup.section("figures"), FiguresPage)
    titles = [sup.tabs.tabText(i) for i in range(sup.tabs.count())]
    assert "מדדים" in titles
    tasks.wait(10000)


def test_the_supervisor_workspace_catches_the_figures_up_in_the_background(qtbot, ctx, data):
    from desktop.supervision import figure_facts
    from desktop.ui import supervisor_page

    assert figure_facts.pending(ctx.engine) > 0  # the data set was written, not yet counted
    boss = login(ctx, make_office(ctx).boss)
    workspace = SupervisorPage(boss, TaskRunner())
    qtbot.addWidget(workspace)
    assert workspace._catch_up_timer.interval() == supervisor_page.FIGURES_CATCH_UP_MS
    workspace.catch_up_figures()
    qtbot.waitUntil(lambda: not workspace._catching_up, timeout=20000)
    assert figure_facts.pending(ctx.engine) == 0


def test_a_month_at_1366x768_draws_its_labels(qtbot, page, data):
    """Thirty days on a laptop: the day labels are drawn as dates, not cut to '…'."""
    import datetime as dt

    page.resize(1366, 768)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.set_period(START, START + dt.timedelta(days=29))
    axis = page.charts["visits_day"].chart().axes(Qt.Orientation.Horizontal)[0]
    assert len(axis.categories()) == 30 and not axis.truncateLabels()
    assert axis.labelsAngle() == -90
    shoot(page, "62-figures-month-1366")
    shoot(page.charts["visits_day"], "62-figures-month-visits-day")


def test_a_quarter_labels_some_days_and_an_empty_chart_says_so(qtbot, page, data):
    import datetime as dt

    from PySide6.QtCharts import QCategoryAxis

    page.resize(1366, 768)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.set_period(START, START + dt.timedelta(days=89))
    axis = page.charts["visits_day"].chart().axes(Qt.Orientation.Horizontal)[0]
    assert isinstance(axis, QCategoryAxis)
    assert 10 <= axis.count() <= 25 and axis.categoriesLabels()[-1] == START.strftime("%d/%m")
    assert not axis.truncateLabels()
    shoot(page.charts["visits_day"], "63-figures-quarter-visits-day")

    # A period without visits: every chart says there is nothing to show.
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.set_period(START - dt.timedelta(days=200), START - dt.timedelta(days=170))
    assert "אין נתונים" in page.charts["visits_day"].chart().title()
    shoot(page, "64-figures-empty-1366")


def test_the_figures_in_english(qtbot, app, ctx, data):
    """The figures' titles, series and tiles come from the services said in English; the
    tiles still find their figures."""
    from desktop.ui import language

    assert language.choose(app, "en") == "en"
    try:
        boss = login(ctx, make_office(ctx).boss)
        tasks = TaskRunner()
        page = FiguresPage(boss, tasks)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        qtbot.waitExposed(page)
        with qtbot.waitSignal(page.loaded, timeout=20000):
            page.set_period(START, END)
        assert page.tiles["ביקורים"].text() == "4"
        assert page.tiles["שביעות רצון ממוצעת (1-5)"].text() == "3.67"
        charts = page.charts
        assert charts["visits_day"].chart().title() == "Visits per day"
        # From the left in English: the first day first, the values axis at the left.
        axis = charts["visits_day"].chart().axes(Qt.Orientation.Horizontal)[0]
        assert axis.categories()[0] == "22/03" and axis.categories()[-1] == "31/03"
        assert _bar_values(page, "visits_day")[0][0] == 3
        values_axis = charts["visits_day"].chart().axes(Qt.Orientation.Vertical)[0]
        assert values_axis.alignment() == Qt.AlignmentFlag.AlignLeft
        assert charts["counter_times"].chart().axes(Qt.Orientation.Vertical)[0].titleText() == (
            "Minutes"
        )
        (bars,) = charts["counter_times"].chart().series()
        assert [b.label() for b in bars.barSets()] == ["Wait (minutes)", "Service (minutes)"]
        assert page.chart_notes["handoffs"].text().startswith("Average 1.2 transfers per item")
        shoot(page, "65-figures-english-1366")
        tasks.wait(10000)
    finally:
        language.choose(app, "he")
