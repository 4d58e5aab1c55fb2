"""A clerk serves a walk-in with the keyboard only: find, open a two-item case, print."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from desktop.counter.cases import get_case
from desktop.ui.receipt_preview import ReceiptPreview

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def printed_to(tmp_path, monkeypatch):
    """The station's receipt printer is a PDF printer writing to a file; the print dialog must
    not open (Enter prints directly)."""
    from desktop.ui import receipt_print

    target = tmp_path / "printed.pdf"

    def pdf_printer():
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return printer

    def no_dialog(_dialog):
        raise AssertionError("Enter opened the print dialog")

    monkeypatch.setattr(receipt_print, "station_printer", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", no_dialog)
    return target


@pytest.fixture
def preview_presses_enter(monkeypatch, qtbot, keys):
    """The receipt preview opens; the clerk presses Enter on it (one keystroke)."""
    shown: list[ReceiptPreview] = []

    def exec_with_enter(dialog):
        shown.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        keys.press(dialog.print_button, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(ReceiptPreview, "exec", exec_with_enter)
    return shown


def pick_two_types_in_two_departments(window):
    catalogue = window.editor._catalogue
    first = next(t for t in catalogue if t.code == "REV-03")
    second = next(
        t for t in catalogue if t.department_id != first.department_id and t.code == "ENV-01"
    )
    return first, second


def test_standard_visit_by_keyboard(
    window, resident, keys, qtbot, printed_to, preview_presses_enter
):
    first, second = pick_two_types_in_two_departments(window)
    saved = []
    window.case_saved.connect(saved.append)

    keys.press(window, Qt.Key.Key_F, CTRL)
    keys.type(window.search.box, "039337423")
    keys.press(window.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.profile is not None)
    assert window.profile.id == resident
    assert window.profile_panel.greeting.text() == "שלום, \u2068יוסף כהן\u2069"  # the name isolated

    keys.press(window, Qt.Key.Key_E, CTRL)
    assert window.editor.type_edit.hasFocus()
    # The first topic by its quick code, the second by the first letters of its name.
    notes = []
    for typed in (first.quick_code, shortest_prefix(window, second)):
        keys.type(window.editor.type_edit, typed)
        keys.press(window.editor.type_edit, Qt.Key.Key_Return)
        assert window.editor.description.hasFocus()
        keys.press(window.editor.description, Qt.Key.Key_Return)
        notes.append(window.editor.message.text())
    # Hebrew counts: one topic is "נושא אחד", never "1 נושאים".
    assert notes[0].startswith("נושא אחד בפנייה.") and notes[1].startswith("2 נושאים בפנייה.")
    assert [i.request_type.code for i in window.editor.items()] == [first.code, second.code]

    keys.press(window, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: bool(saved))
    assert preview_presses_enter and preview_presses_enter[0].printed
    assert printed_to.exists() and printed_to.stat().st_size > 1000
    # What came out of the printer: the case number as text (drawn, not a picture), one A4 page.
    printed = PdfReader(printed_to)
    assert len(printed.pages) == 1
    assert [round(float(v)) for v in printed.pages[0].mediabox[2:]] == [595, 842]
    assert saved[0] in printed.pages[0].extract_text()

    with window.ctx.read() as session:
        case = get_case(session, window.ctx.actor, saved[0])
    assert [i.department for i in case.items] == [first.department_name, second.department_name]
    assert case.owner_name == "דנה לוי"
    receipt = PdfReader(io.BytesIO(preview_presses_enter[0].pdf))
    assert saved[0] in "".join(page.extract_text() for page in receipt.pages)
    print(f"\nkeystrokes for the standard visit: {keys.count}")
    assert keys.count <= 25


def shortest_prefix(window, info) -> str:
    """The fewest first letters of the name that make the topic the first match."""
    from desktop.counter.reference import match_request_types

    for length in range(1, len(info.name) + 1):
        hits = match_request_types(window.editor._catalogue, info.name[:length])
        if hits and hits[0].code == info.code:
            return info.name[:length]
    raise AssertionError(f"{info.name} is never the first match")


def test_arrows_in_the_search_box_move_through_the_results(window, ctx, resident, keys, qtbot):
    """The first match is highlighted as the results come; Down and Up move the highlight
    without leaving the box; Enter opens the highlighted one."""
    from desktop.counter.residents import ResidentForm, create_resident

    with ctx.write() as session:
        second = create_resident(
            session,
            ctx.actor,
            ResidentForm(national_id="123456782", first_name="תמר", last_name="כהן", phone=""),
        ).id
    keys.press(window, Qt.Key.Key_F, CTRL)
    keys.type(window.search.box, "כהן")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 2)
    table = window.search.table

    def highlighted() -> list[int]:
        return [i.row() for i in table.selectionModel().selectedRows()]

    assert highlighted() == [0]
    assert window.search.hint.text().startswith("\u200f")  # "Enter ..." read right to left
    keys.press(window.search.box, Qt.Key.Key_Down)
    assert highlighted() == [1] and window.search.box.hasFocus()
    keys.press(window.search.box, Qt.Key.Key_Down)  # stays on the last
    assert highlighted() == [1]
    keys.press(window.search.box, Qt.Key.Key_Up)
    assert highlighted() == [0]
    keys.press(window.search.box, Qt.Key.Key_Down)
    keys.press(window.search.box, Qt.Key.Key_Return)
    chosen = window.search.model.hit(1).id
    qtbot.waitUntil(lambda: window.profile is not None and window.profile.id == chosen)
    assert {chosen, window.search.model.hit(0).id} == {resident, second}


def test_esc_abandons_a_started_case_after_a_yes(window, ctx, resident, keys, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.counter.drafts import load_draft

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []

    def answer(*args, **_kwargs):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.open_resident(resident)
    qtbot.waitUntil(lambda: window.profile is not None)
    keys.press(window, Qt.Key.Key_E, CTRL)
    keys.type(window.editor.type_edit, "503")
    keys.press(window.editor.type_edit, Qt.Key.Key_Return)
    keys.press(window.editor.description, Qt.Key.Key_Return)
    assert len(window.editor.items()) == 1
    window.save_draft_now()

    keys.press(window.editor.type_edit, Qt.Key.Key_Escape)  # "No": the case stays
    assert asked == ["לבטל את הפנייה? מה שהוקלד (נושא אחד) לא יישמר."]
    assert window.case_in_progress() and len(window.editor.items()) == 1
    keys.press(window.editor.type_edit, Qt.Key.Key_Escape)  # "Yes": gone, draft and all
    assert not window.case_in_progress() and window.search.box.hasFocus()
    with ctx.read() as session:
        assert load_draft(session, ctx.user.id) is None
    # An empty case goes without a question.
    keys.press(window, Qt.Key.Key_E, CTRL)
    keys.press(window.editor.type_edit, Qt.Key.Key_Escape)
    assert not window.case_in_progress() and len(asked) == 2
