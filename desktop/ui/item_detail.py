"""An item from the department's inbox, opened: the case, the resident, the history, and the
department's two actions on it (update, hand off)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DalpakError
from desktop.counter.cases import ITEM_STATUS_LABELS, ItemView, get_case, timeline
from desktop.counter.residents import CHANNEL_LABELS, LANGUAGE_LABELS, ResidentProfile, open_profile
from desktop.followthrough.items import FINAL, HANDOFF_LIMIT
from desktop.ui.case_panel import CasePanel, phone_text
from desktop.ui.context import AppContext
from desktop.ui.item_dialogs import HandoffDialog, UpdateItemDialog
from desktop.ui.widgets import MessageLine, format_date


def _ltr(text: str) -> str:
    return f"<span dir='ltr'>{text}</span>"


class ItemDetailDialog(QDialog):
    """`changed` is True once the item was updated or handed off (the inbox reloads)."""

    def __init__(
        self,
        ctx: AppContext,
        item_id: uuid.UUID,
        case_number: str,
        handoffs: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.item_id = item_id
        self.case_number = case_number
        self.handoffs = handoffs
        self.item: ItemView | None = None
        self.profile: ResidentProfile | None = None
        self.changed = False
        self.message = MessageLine(self)
        self.resident_box = QGroupBox(self.tr("התושב/ת"), self)
        self.resident = QLabel(self.resident_box)
        self.item_box = QGroupBox(self.tr("הנושא שלך"), self)
        self.item_text = QLabel(self.item_box)
        self.case_panel = CasePanel(self)
        self.update_button = QPushButton(self.tr("עדכון מצב (Enter)"), self)
        self.handoff_button = QPushButton(self.tr("העברה"), self)
        self.close_button = QPushButton(self.tr("סגירה (Esc)"), self)
        self._build()
        self._wire()
        self.load()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("פנייה %1").replace("%1", self.case_number))
        for box, label in ((self.resident_box, self.resident), (self.item_box, self.item_text)):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
            QVBoxLayout(box).addWidget(label)
        top = QHBoxLayout()
        top.addWidget(self.resident_box, 1)
        top.addWidget(self.item_box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.handoff_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.update_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(top)
        layout.addWidget(self.case_panel, 1)
        layout.addLayout(buttons)
        self.resize(1080, 660)

    def _wire(self) -> None:
        self.update_button.clicked.connect(self.update_item)
        self.handoff_button.clicked.connect(self.hand_off)
        self.close_button.clicked.connect(self.accept)

    def load(self) -> None:
        try:
            # Opening the resident's details is written to the access log, like at the counter.
            with self._ctx.write() as session:
                case = get_case(session, self._ctx.actor, self.case_number)
                entries = timeline(session, self._ctx.actor, case)
                self.profile = open_profile(session, self._ctx.actor, case.resident_id)
        except DalpakError as err:
            self.message.show_error(err.message)
            self.update_button.setEnabled(False)
            self.handoff_button.setEnabled(False)
            return
        self.item = next((i for i in case.items if i.id == self.item_id), None)
        self.case_panel.show_case(case, entries)
        self._show_resident(self.profile)
        self._show_item()

    def _show_resident(self, p: ResidentProfile) -> None:
        phones = " / ".join(phone_text(x) for x in (p.phone, p.phone2) if x) or "-"
        place = ", ".join(x for x in (p.address, p.locality) if x) or "-"
        # Captions said outside the f-strings, where lupdate finds them.
        phone_label, channel_label = self.tr("טלפון"), self.tr("ערוץ מועדף")
        language_label, place_label = self.tr("שפה"), self.tr("יישוב וכתובת")
        channel = CHANNEL_LABELS.get(p.preferred_channel, p.preferred_channel)
        rows = [
            f"<b style='font-size:15px'>{p.full_name}</b>",
            f"<b>{phone_label}</b> {_ltr(phones)}",
            f"<b>{channel_label}</b> {channel}"
            f" · <b>{language_label}</b> {LANGUAGE_LABELS.get(p.language, p.language)}",
            f"<b>{place_label}</b> {place}",
        ]
        if p.email:
            email_label = self.tr('דוא"ל')
            rows.append(f"<b>{email_label}</b> {_ltr(p.email)}")
        if p.personal:
            # Department staff need to reach the resident, not to identify them: the service
            # does not return the ID, the date of birth or accessibility needs to them.
            born = format_date(p.birth_date) or "-"
            id_label, born_label = self.tr("ת.ז."), self.tr("תאריך לידה")
            rows.append(
                f"<b>{id_label}</b> {_ltr(p.national_id)} · <b>{born_label}</b> {_ltr(born)}"
            )
        if p.accessibility:
            needs_label = self.tr("צורכי נגישות")
            rows.append(f"<b style='color:#e65100'>{needs_label}</b> {p.accessibility}")
        self.resident.setText("<br>".join(rows))

    def _show_item(self) -> None:
        item = self.item
        if item is None:
            self.item_text.setText(self.tr("הנושא כבר אינו בפנייה הזאת."))
            return
        step = item.next_steps[0] if item.next_steps else "-"
        handoffs = (
            self.tr("העברות: %1 מתוך %2 לפי האמנה")
            .replace("%1", str(self.handoffs))
            .replace("%2", str(HANDOFF_LIMIT))
        )
        status_label, expected_label = self.tr("מצב"), self.tr("תאריך צפוי")
        step_label, description_label = self.tr("הצעד הבא"), self.tr("פירוט")
        rows = [
            f"<b style='font-size:15px'>{item.request_type}</b> · {item.department}",
            f"<b>{status_label}</b> {ITEM_STATUS_LABELS.get(item.status, item.status)}"
            f" · <b>{expected_label}</b> {_ltr(format_date(item.expected_date))}",
            f"<b>{step_label}</b> {step}",
            handoffs,
        ]
        if item.description:
            rows.insert(1, f"<b>{description_label}</b> {item.description}")
        self.item_text.setText("<br>".join(rows))
        finished = item.status in FINAL
        self.update_button.setEnabled(not finished)
        self.handoff_button.setEnabled(not finished)

    def update_item(self) -> None:
        if self.item is None:
            return
        dialog = UpdateItemDialog(self._ctx, self.item, self)
        if dialog.exec():
            self.changed = True
            self.load()
            self.message.show_note(self.tr("העדכון נשמר ונשלח לבעלי הפנייה."))

    def hand_off(self) -> None:
        if self.item is None:
            return
        dialog = HandoffDialog(self._ctx, self.item, self)
        if dialog.exec():
            self.changed = True
            self.handoffs += 1
            self.load()
            self.message.show_note(
                self.tr("הנושא הועבר ל%1. בעלי הפנייה קיבלו הודעה.").replace(
                    "%1", dialog.department.currentText()
                )
            )
            # It is no longer this desk's item.
            self.update_button.setEnabled(False)
            self.handoff_button.setEnabled(False)
            self.close_button.setDefault(True)
