"""Recording a call to the resident: a callback that tells them the outcome, or the follow-up
that asks how satisfied they were."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DalpakError
from desktop.counter.cases import get_case
from desktop.counter.residents import CHANNEL_LABELS
from desktop.followthrough.items import complete_task
from desktop.followthrough.worklists import TaskRow, my_tasks
from desktop.ui.case_panel import phone_text
from desktop.ui.context import AppContext
from desktop.ui.widgets import MessageLine, format_date

KIND_LABELS = {
    "callback": QT_TRANSLATE_NOOP("Columns", "שיחה חוזרת"),
    "followup": QT_TRANSLATE_NOOP("Columns", "שיחת מעקב"),
}


class CallDialog(QDialog):
    """After a save: `closed_case` when the call closed the case, `followup_due` its date."""

    def __init__(self, ctx: AppContext, task: TaskRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.task = task
        self.closed_case = False
        self.followup_due: dt.date | None = None
        self.message = MessageLine(self)
        self.about = QLabel(self)
        self.reached_yes = QRadioButton(self.tr("כן, דיברנו"), self)
        self.reached_no = QRadioButton(self.tr("לא הצלחתי להשיג"), self)
        self._reached = QButtonGroup(self)
        self.channel = QComboBox(self)
        self.note = QLineEdit(self)
        self.satisfaction = QComboBox(self)
        self.comment = QLineEdit(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._build()
        self._wire()
        self._reached_changed()

    @property
    def is_followup(self) -> bool:
        return self.task.kind == "followup"

    def _build(self) -> None:
        t = self.task
        kind = QCoreApplication.translate("Columns", KIND_LABELS.get(t.kind, t.kind))
        self.setWindowTitle(
            self.tr("%1 · פנייה %2").replace("%1", kind).replace("%2", t.case_number)
        )
        rows = [
            f"<b style='font-size:15px'>{t.resident}</b> · <span dir='ltr'>{phone_text(t.resident_phone)}</span>",
            self.tr("<b>ערוץ מועדף</b> %1 · <b>לבצע עד</b> %2")
            .replace("%1", CHANNEL_LABELS.get(t.preferred_channel, t.preferred_channel))
            .replace("%2", f"<span dir='ltr'>{format_date(t.due_date)}</span>"),
        ]
        if t.item:
            rows.append(self.tr("<b>נושא</b> %1").replace("%1", t.item))
        if t.outcome:
            rows.append(self.tr("<b>מה לומר</b> %1").replace("%1", t.outcome))
        if self.is_followup:
            rows.append(self.tr("שואלים אם הכול בוצע וכמה היו מרוצים מהשירות (1-5)."))
        if t.attempts_note:
            rows.append(self.tr("<b>ניסיון קודם</b> %1").replace("%1", t.attempts_note))
        self.about.setText("<br>".join(rows))
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.setWordWrap(True)
        self._reached.addButton(self.reached_yes)
        self._reached.addButton(self.reached_no)
        self.reached_yes.setChecked(True)
        for code, label in CHANNEL_LABELS.items():
            self.channel.addItem(label, str(code))
        self.channel.setCurrentIndex(max(self.channel.findData(t.preferred_channel), 0))
        self.note.setPlaceholderText(self.tr("מה נאמר או מה נעשה"))
        self.satisfaction.addItem(self.tr("לבחור..."), None)
        for score in range(5, 0, -1):
            self.satisfaction.addItem(str(score), score)
        self.comment.setPlaceholderText(self.tr("מה אמר/ה התושב/ת על השירות"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("רישום השיחה"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ביטול (Esc)"))
        reached = QHBoxLayout()
        reached.addWidget(self.reached_yes)
        reached.addWidget(self.reached_no)
        reached.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("השגת את התושב/ת?"), reached)
        form.addRow(self.tr("ערוץ"), self.channel)
        form.addRow(self.tr("מה נאמר"), self.note)
        if self.is_followup:
            form.addRow(self.tr("שביעות רצון"), self.satisfaction)
            form.addRow(self.tr("הערת התושב/ת"), self.comment)
        else:
            self.satisfaction.hide()
            self.comment.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _wire(self) -> None:
        self.reached_yes.toggled.connect(lambda _on: self._reached_changed())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def _reached_changed(self) -> None:
        reached = self.reached_yes.isChecked()
        self.satisfaction.setEnabled(reached)
        self.comment.setEnabled(reached)

    def save(self) -> None:
        reached = self.reached_yes.isChecked()
        user_id = self._ctx.user.id
        try:
            with self._ctx.write() as session:
                complete_task(
                    session,
                    self._ctx.actor,
                    self.task.id,
                    reached=reached,
                    channel=self.channel.currentData(),
                    note=self.note.text(),
                    satisfaction=self.satisfaction.currentData() if reached else None,
                    comment=self.comment.text() if reached else "",
                )
                if reached and self.task.kind == "callback":
                    self.closed_case = (
                        get_case(session, self._ctx.actor, self.task.case_number).status == "closed"
                    )
                if self.closed_case:
                    self.followup_due = next(
                        (
                            t.due_date
                            for t in my_tasks(session, user_id)
                            if t.kind == "followup" and t.case_number == self.task.case_number
                        ),
                        None,
                    )
        except DalpakError as err:
            self.message.show_error(err.message)
            widget = {"note": self.note, "satisfaction": self.satisfaction}.get(err.field or "")
            (widget or self.note).setFocus()
            return
        self.accept()
