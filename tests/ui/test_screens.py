"""Every window and dialog opened right-to-left, with a screenshot saved to look at.

Screenshots go to out/screens/ (or $DALPAK_SCREENSHOTS), at the 1366x768 the counter PCs have.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.ui.help_dialog import HelpDialog
from desktop.ui.login import LockDialog, LoginDialog
from desktop.ui.receipt_preview import ReceiptPreview
from desktop.ui.resident_dialog import NewResidentDialog
from tests.ui.conftest import type_text

pytestmark = pytest.mark.gui

SHOTS = Path(
    os.environ.get("DALPAK_SCREENSHOTS", Path(__file__).resolve().parents[2] / "out" / "screens")
)


def shoot(widget, name: str) -> Path:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # let pending layout requests settle before the grab
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


def test_every_screen_right_to_left(qtbot, window, resident, monkeypatch):
    window.resize(1366, 740)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    shoot(window, "01-main-empty")

    type_text(window.search.box, "כהן")
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)
    shoot(window, "02-main-search")

    window.open_resident(resident)
    window.new_case()
    rev = next(t for t in window.editor._catalogue if t.code == "REV-03")
    type_text(window.editor.type_edit, rev.quick_code)
    window.editor._choose_highlighted()
    type_text(window.editor.description, "לפי טופס 4 (Form 4)")
    window.editor.add_current()
    type_text(window.editor.type_edit, "גזם")
    window.editor._choose_highlighted()
    shoot(window, "03-main-case")

    dialogs = [
        (LoginDialog(window.ctx), "10-login"),
        (LockDialog(window.ctx), "11-lock"),
        (NewResidentDialog(window.ctx, "ישראל ישראלי"), "12-new-resident"),
        (HelpDialog(), "13-help"),
    ]
    for dialog, name in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        shoot(dialog, name)
        dialog.hide()

    bad = NewResidentDialog(window.ctx, "123456789")
    qtbot.addWidget(bad)
    bad.show()
    type_text(bad.first_name, "דוד")
    type_text(bad.last_name, "בן-חיים")
    bad.save()
    shoot(bad, "14-new-resident-error")

    monkeypatch.setattr(ReceiptPreview, "exec", lambda dialog: shoot_preview(qtbot, dialog))
    window.save_and_print()
    assert (SHOTS / "20-receipt-preview-a4.png").exists()
    assert (SHOTS / "21-receipt-preview-80mm.png").exists()
    shoot(window, "04-main-after-save")


def shoot_preview(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    shoot(dialog, "20-receipt-preview-a4")
    dialog.roll.setChecked(True)
    shoot(dialog, "21-receipt-preview-80mm")
    return 0
