"""The counter fits the council's 1366x768 laptops: with a topic chosen, the documents it needs
show, the catalogue shows more than four matches whole, the case more than two topics."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import type_text
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui

# A maximised window on a 1366x768 screen, less the title bar and the task bar.
LAPTOP = (1366, 728)


def visible_rows(view) -> int:
    viewport = view.viewport().rect()
    model = view.model()
    return sum(
        1
        for row in range(model.rowCount())
        if viewport.contains(view.visualRect(model.index(row, 0)))
    )


@pytest.mark.parametrize("size", [LAPTOP, (1920, 1050)])
def test_the_case_being_typed_fits(window, resident, qtbot, size):
    window.resize(*size)
    window.open_resident(resident)
    window.new_case()
    editor = window.editor
    for code in ("REV-03", "ENV-01"):
        info = next(t for t in editor._catalogue if t.code == code)
        type_text(editor.type_edit, info.quick_code)
        editor._choose_highlighted()
        editor.add_current()
    # A letter that matches many topics, the first of them with documents to bring.
    from desktop.counter.reference import match_request_types

    letter = next(
        c
        for c in "אבגדהוזחטיכלמנסעפצקרשת"
        if len(hits := match_request_types(editor._catalogue, c)) > 6 and hits[0].documents
    )
    type_text(editor.type_edit, letter)
    editor._choose_highlighted()
    chosen = editor._chosen
    QApplication.processEvents()
    if size == LAPTOP:
        window.resize(1366, 768)
        shoot(window, "30-counter-topic-chosen-1366")
        window.resize(*size)
    else:
        shoot(window, "31-counter-topic-chosen-1920")
    QApplication.processEvents()

    assert chosen is not None and chosen.documents
    # The expected date and the documents show whole without scrolling (the next steps,
    # under them, may scroll).
    preview = editor.preview_scroll
    assert preview.verticalScrollBar().value() == 0
    assert editor.preview.geometry().bottom() <= preview.viewport().height()
    assert "מסמכים נדרשים" in editor.preview.text()
    assert all(document in editor.preview.text() for document in chosen.documents)
    # More than four matches in view, whole: no sideways scrolling.
    matches = editor.matches
    assert matches.count() > 4
    in_view = sum(
        1
        for row in range(matches.count())
        if matches.viewport().rect().contains(matches.visualItemRect(matches.item(row)))
    )
    assert in_view > 4
    assert not matches.horizontalScrollBar().isVisible()
    # The fields' hints are whole (the padding on both sides taken off).
    for field in (editor.type_edit, editor.description, window.search.box):
        room = field.width() - 2 * 10 - 8
        hint = field.placeholderText()
        assert field.fontMetrics().horizontalAdvance(hint) <= room, hint
    # The case's table holds more than two topics in view.
    table = editor.table
    row_height = table.verticalHeader().defaultSectionSize()
    assert table.viewport().height() >= 3 * row_height


def test_the_lobby_table_shows_its_headers_whole(window, qtbot):
    """Eight residents waiting at 1366x768: every column title of the lobby is whole."""
    from desktop.lobby import visits as lobby

    window.resize(*LAPTOP)
    with window.ctx.write() as session:
        for n, name in enumerate(("גאיה חורי", "מורן בן דוד", "יוסף צדוק", "טובה אוחיון") * 2):
            lobby.check_in(
                session,
                window.ctx.actor,
                typed_name=name,
                reason="פינוי גזם" if n % 2 else "רווחה",
                priority="pregnancy" if n == 0 else "none",
                priority_reason="שבוע 30" if n == 0 else "",
            )
    window.lobby.reload()
    qtbot.waitUntil(lambda: window.lobby.model.rowCount() == 8, timeout=10000)
    QApplication.processEvents()
    table = window.lobby.table
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for section in range(header.count()):
        title = table.model().headerData(section, header.orientation())
        assert header.sectionSize(section) >= metrics.horizontalAdvance(title) + 8, title
        start = header.sectionViewportPosition(section)
        assert start >= 0 and start + header.sectionSize(section) <= header.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    window.resize(1366, 768)
    shoot(window, "32-counter-lobby-1366")


def test_profile_tables_cut_long_names_at_their_end(window, resident, qtbot):
    """In a narrow column a long topic keeps its beginning ("הנחת ארנונה לחייל/ת ב…"), as the
    reader starts from the right."""
    from tests.ui.office import open_case_by_services

    open_case_by_services(window.ctx, resident)
    window.resize(*LAPTOP)
    window.open_resident(resident)
    QApplication.processEvents()
    table = window.profile_panel.open_items
    cells = [table.item(row, 1).text() for row in range(table.rowCount())]
    metrics = table.fontMetrics()
    for text in cells:
        shown = metrics.elidedText(text, table.textElideMode(), 80)
        assert shown != text and shown.startswith(text[:3]) and shown.endswith("…"), shown
