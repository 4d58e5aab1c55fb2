"""Eligible extras beside the case: what else the resident is entitled to, with the reason."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DalpakError
from desktop.extras.eligibility import Offer, offers_for, record_offer
from desktop.ui.context import AppContext
from desktop.ui.tasks import TaskRunner


class ExtrasPanel(QWidget):
    """Shows the offers for the open resident; `accepted(request_type_id)` adds one to the case."""

    accepted = Signal(uuid.UUID)
    offers_shown = Signal(int)

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._serial = 0
        self.resident_id: uuid.UUID | None = None
        self.offers: list[Offer] = []
        self.title = QLabel(self.tr("מגיע לתושב/ת גם"), self)
        self.note = QLabel(self)
        self.list = QVBoxLayout()
        self._build()

    def _build(self) -> None:
        self.title.setStyleSheet("font-weight: bold; color: #1b5e20;")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addLayout(self.list)
        layout.addStretch(1)
        self.setMinimumWidth(220)

    def refresh(self, resident_id: uuid.UUID | None, case_type_codes: set[str]) -> None:
        """Recompute the offers off the main thread; an older answer is dropped."""
        self.resident_id = resident_id
        self._serial += 1
        serial = self._serial
        if resident_id is None:
            self._show(serial, [])
            return
        sessions = self._ctx.sessions
        codes = set(case_type_codes)

        def work() -> list[Offer]:
            with sessions() as session:
                return offers_for(session, self._ctx.actor, resident_id, codes)

        self._tasks.submit(
            work, lambda offers: self._show(serial, offers), lambda err: self.note.setText(str(err))
        )

    def _show(self, serial: int, offers: list[Offer]) -> None:
        if serial != self._serial:
            return
        self.offers = offers
        while self.list.count():
            item = self.list.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.note.setText("" if offers else self.tr("אין הצעות נוספות כרגע."))
        for offer in offers:
            self.list.addWidget(self._card(offer))
        self.offers_shown.emit(len(offers))

    def _card(self, offer: Offer) -> QFrame:
        card = QFrame(self)
        card.setObjectName("extraCard")
        card.setStyleSheet(
            "#extraCard { background: #f1f8e9; border: 1px solid #aed581; border-radius: 6px; }"
        )
        text = QLabel(
            f"<b>{offer.offer}</b><br><span style='color:#555'>{offer.reason}</span>", card
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        accept = QPushButton(self.tr("הוספה לפנייה"), card)
        decline = QPushButton(self.tr("לא עכשיו"), card)
        accept.setObjectName(f"accept-{offer.rule_code}")
        decline.setObjectName(f"decline-{offer.rule_code}")
        accept.clicked.connect(lambda: self.accept(offer))
        decline.clicked.connect(lambda: self.decline(offer))
        buttons = QHBoxLayout()
        buttons.addWidget(accept)
        buttons.addWidget(decline)
        column = QVBoxLayout(card)
        column.addWidget(text)
        column.addLayout(buttons)
        return card

    def accept(self, offer: Offer) -> None:
        with self._ctx.write() as session:
            record_offer(session, self._ctx.actor, self.resident_id, offer.rule_code, "accepted")
        self.accepted.emit(offer.request_type_id)

    def decline(self, offer: Offer, reason: str | None = None) -> bool:
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("ההצעה לא התקבלה"),
                self.tr("למה? (יירשם, וההצעה לא תוצג שוב לזמן מה)"),
            )
            if not ok:
                return False
        try:
            with self._ctx.write() as session:
                record_offer(
                    session, self._ctx.actor, self.resident_id, offer.rule_code, "declined", reason
                )
        except DalpakError as err:
            self.note.setText(err.message)
            return False
        self._show(self._serial, [o for o in self.offers if o.rule_code != offer.rule_code])
        return True
