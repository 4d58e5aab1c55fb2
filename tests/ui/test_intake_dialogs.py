"""New residents, logging in, locking, resuming a draft after a crash, the item models."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.counter.drafts import load_draft
from desktop.counter.residents import search_residents
from desktop.ui.case_editor import CaseItemsModel, PendingItem
from desktop.ui.context import AppContext
from desktop.ui.login import IdleWatcher, LockDialog, LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.resident_dialog import NewResidentDialog
from desktop.ui.search_panel import ResidentHitsModel
from tests.conftest import PASSWORD
from tests.ui.conftest import type_text

pytestmark = pytest.mark.gui


def test_new_resident_from_a_search_with_no_match(window, qtbot, monkeypatch):
    """No match for the typed ID: Enter opens the form with the ID filled in; a bad ID is
    explained and nothing typed is lost; the corrected form opens the profile."""
    dialogs: list[NewResidentDialog] = []

    def fill_in(dialog):
        dialogs.append(dialog)
        dialog.show()
        assert dialog.national_id.text() == "123456789"
        type_text(dialog.first_name, "מרים")
        type_text(dialog.last_name, "אבו-חצירא (Abu)")
        type_text(dialog.birth_date, "12/03/1958")
        type_text(dialog.phone, "+972 52 765 4321")
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.message.isVisible()
        assert "ספרת הביקורת" in dialog.message.text()
        assert dialog.national_id.hasFocus()
        assert dialog.first_name.text() == "מרים"
        assert dialog.last_name.text() == "אבו-חצירא (Abu)"
        assert dialog.phone.text() == "+972 52 765 4321"
        dialog.national_id.setText("")
        type_text(dialog.national_id, "123456782")
        qtbot.keyClick(dialog.national_id, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(NewResidentDialog, "exec", fill_in)
    type_text(window.search.box, "123456789")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.profile is not None)
    assert window.profile.full_name == "מרים אבו-חצירא (Abu)"
    assert window.profile.phone == "0527654321"
    with window.ctx.read() as session:
        assert search_residents(session, window.ctx.actor, "אבו חציר")[0].national_id == "123456782"


def test_new_resident_with_an_unreadable_birth_date(ctx, qtbot):
    dialog = NewResidentDialog(ctx, "")
    qtbot.addWidget(dialog)
    type_text(dialog.national_id, "123456782")
    type_text(dialog.first_name, "דוד")
    type_text(dialog.last_name, "לוי")
    type_text(dialog.birth_date, "31/02/1990")
    dialog.save()
    assert "תאריך הלידה" in dialog.message.text()
    assert dialog.birth_date.text() == "31/02/1990"
    assert dialog.result() == 0


def test_the_names_cannot_be_typed_past_what_the_database_holds(ctx, qtbot):
    """The issue's 93-character last name: the form takes 80, as the hub's varchar(80) does."""
    dialog = NewResidentDialog(ctx, "")
    qtbot.addWidget(dialog)
    type_text(dialog.last_name, "אבוטבול-" * 11 + "כהנים")
    assert len(dialog.last_name.text()) == 80 == dialog.last_name.maxLength()
    assert dialog.first_name.maxLength() == 80 and dialog.address.maxLength() == 160


def test_same_id_offers_the_existing_resident(ctx, qtbot, resident, monkeypatch):
    def open_existing(box):
        next(b for b in box.buttons() if b.text() == "פתיחת הרשומה הקיימת").click()

    monkeypatch.setattr(QMessageBox, "exec", open_existing)
    dialog = NewResidentDialog(ctx, "039337423")
    qtbot.addWidget(dialog)
    type_text(dialog.first_name, "יוסי")
    type_text(dialog.last_name, "כהן")
    dialog.save()
    assert dialog.resident_id == resident


def test_login_wrong_password_then_right(ctx, qtbot):
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.username, "dana")
    type_text(dialog.password, "wrong-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.message.text() == "שם המשתמש או הסיסמה שגויים. אפשר לנסות שוב."
    assert dialog.password.text() == "" and dialog.username.text() == "dana"
    type_text(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() and dialog.user.full_name == "דנה לוי"


def test_idle_screen_locks_and_needs_the_password(window, qtbot, monkeypatch):
    locks: list[LockDialog] = []

    def unlock(dialog):
        locks.append(dialog)
        assert not window.centralWidget().isVisible()  # the resident is hidden while locked
        dialog.reject()  # Escape does not unlock
        type_text(dialog.password, "nope-nope")
        dialog.try_unlock()
        assert "שגויה" in dialog.message.text()
        type_text(dialog.password, PASSWORD)
        dialog.try_unlock()
        return dialog.result()

    monkeypatch.setattr(LockDialog, "exec", unlock)
    watcher = IdleWatcher(5, window)
    watcher.idle.connect(window.lock)
    watcher.check(now=watcher._last + 4 * 60)
    assert not locks
    watcher.check(now=watcher._last + 5 * 60 + 0.5)
    assert len(locks) == 1 and locks[0].result()
    assert window.centralWidget().isVisible()
    watcher.check(now=watcher._last + 6 * 60 + 0.5)
    assert len(locks) == 1  # fires once per idle period


def test_crash_mid_case_then_restart_resumes_the_draft(ctx, engine, qtbot, resident, monkeypatch):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.open_resident(resident)
    first.new_case()
    rev = next(t for t in first.editor._catalogue if t.code == "REV-03")
    type_text(first.editor.type_edit, rev.quick_code)
    qtbot.keyClick(first.editor.type_edit, Qt.Key.Key_Return)
    type_text(first.editor.description, "לפי אישור (2026)")
    qtbot.keyClick(first.editor.description, Qt.Key.Key_Return)
    type_text(first.editor.type_edit, "גזם")
    type_text(first.editor.type_edit, "")
    # The draft is written by a timer after the typing pauses; wait for it like a clerk would.
    qtbot.waitUntil(lambda: first.status_draft.text() != "" and not first._draft_timer.isActive())
    with ctx.read() as session:
        saved = load_draft(session, ctx.user.id)
    assert saved is not None and saved.payload["editor"]["typing"]["type_text"] == "גזם"
    # Power cut: the window is gone without closing; a new start on the same database.
    first.hide()
    again = AppContext(engine)
    again.user = ctx.user
    second = MainWindow(again)
    qtbot.addWidget(second)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert second.offer_draft()
    assert second.profile.id == resident
    assert [(i.request_type.code, i.description) for i in second.editor.items()] == [
        ("REV-03", "לפי אישור (2026)")
    ]
    assert second.editor.type_edit.text() == "גזם"
    assert second.case_started_at == saved.started_at


def test_declined_draft_is_discarded(ctx, qtbot, resident, monkeypatch):
    before = MainWindow(ctx)
    qtbot.addWidget(before)
    before.open_resident(resident)
    before.new_case()
    before._draft_timer.stop()  # the app stopped here
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not win.offer_draft()
    with ctx.read() as session:
        assert load_draft(session, ctx.user.id) is None


def test_item_models_pass_the_model_tester(qtmodeltester, window, resident):
    hits = ResidentHitsModel()
    with window.ctx.read() as session:
        hits.set_hits(search_residents(session, window.ctx.actor, "כהן"))
    assert hits.rowCount() == 1
    qtmodeltester.check(hits)
    items = CaseItemsModel()
    info = window.editor._catalogue[0]
    items.append(PendingItem(info, info.department_id, info.department_name, "פירוט"))
    qtmodeltester.check(items)
