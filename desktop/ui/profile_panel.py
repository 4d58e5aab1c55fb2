"""The resident at a glance: greeting by name, contact, needs, open items and past cases."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clock import local_today, to_local
from desktop.core.identity import format_phone
from desktop.counter.cases import CASE_STATUS_LABELS, ITEM_STATUS_LABELS
from desktop.counter.residents import CHANNEL_LABELS, LANGUAGE_LABELS, ResidentProfile, age_on
from desktop.extras.holdings import DISCOUNT_LABELS, STATUS_LABELS, Holdings, expiry_note
from desktop.ui.empty_state import say_when_empty
from desktop.ui.row_models import RowColours
from desktop.ui.widgets import format_date, isolated


def _table(headers: list[str], stretch: int, parent: QWidget) -> QTableWidget:
    """A read-only table whose `stretch` column takes the room left by the others."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    # Reachable by Tab and read with the arrows; Tab goes on to the next control.
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    # The ellipsis at the end of the text (its left, in Hebrew): ElideLeft cut the start of
    # names ("…רח ותיק").
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setItemDelegate(RowColours(table))  # the theme would paint a late date grey
    return table


class ProfilePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile: ResidentProfile | None = None
        self.greeting = QLabel(self)
        self.details = QLabel(self)
        self.needs = QLabel(self)
        self.open_items = _table(
            [
                self.tr("פנייה"),
                self.tr("נושא"),
                self.tr("מחלקה"),
                self.tr("תאריך צפוי"),
                self.tr("מצב"),
            ],
            1,
            self,
        )
        self.past_cases = _table(
            [
                self.tr("פנייה"),
                self.tr("תאריך"),
                self.tr("נושאים"),
                self.tr("בעלים"),
                self.tr("מצב"),
            ],
            2,
            self,
        )
        self.history = QTabWidget(self)
        self.holdings = QLabel(self)
        self._build()

    def _build(self) -> None:
        self.greeting.setStyleSheet("font-size: 22px; font-weight: bold; color: #0d47a1;")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.needs.setWordWrap(True)
        self.needs.setStyleSheet(
            "background: #fff3e0; color: #e65100; padding: 4px; border-radius: 4px; font-weight: bold;"
        )
        say_when_empty(self.open_items, self.tr("אין לתושב/ת נושאים פתוחים."))
        say_when_empty(self.past_cases, self.tr("אין פניות קודמות: זו הפנייה הראשונה."))
        self.history.addTab(self.open_items, self.tr("פניות פתוחות"))
        self.history.addTab(self.past_cases, self.tr("פניות קודמות"))
        self.holdings.setWordWrap(True)
        self.holdings.setTextFormat(Qt.TextFormat.RichText)
        self.holdings.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.history.addTab(self.holdings, self.tr("נכסים וזכויות"))
        self.history.setMaximumHeight(150)
        about = QVBoxLayout()
        about.addWidget(self.greeting)
        about.addWidget(self.details)
        about.addWidget(self.needs)
        about.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(about, 2)
        layout.addWidget(self.history, 4)
        self.open_items.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Interactive
        )
        self.open_items.setColumnWidth(2, 150)

    def show_profile(self, p: ResidentProfile) -> None:
        self.profile = p
        self.greeting.setText(self.tr("שלום, %1").replace("%1", isolated(p.full_name)))
        if p.birth_date is not None:
            age = (
                self.tr("גיל %1 (נולד/ה %2)")
                .replace("%1", str(p.age))
                .replace("%2", f"<span dir='ltr'>{format_date(p.birth_date)}</span>")
            )
        else:
            age = self.tr("תאריך לידה לא ידוע")
        phones = " / ".join(format_phone(x) for x in (p.phone, p.phone2) if x)
        place = ", ".join(x for x in (p.address, p.locality) if x) or self.tr("כתובת לא ידועה")
        channel = CHANNEL_LABELS.get(p.preferred_channel, p.preferred_channel)
        language = LANGUAGE_LABELS.get(p.language, p.language)
        # Numbers, phones and e-mail are isolated so that they keep their order inside Hebrew.
        # Captions said outside the f-strings, where lupdate finds them.
        email_label = self.tr('דוא"ל')
        id_label, address_label = self.tr("ת.ז."), self.tr("כתובת")
        phone_label, channel_label = self.tr("טלפון"), self.tr("ערוץ מועדף")
        language_label = self.tr("שפה")
        rows = [
            f"<b>{id_label}</b> <span dir='ltr'>{p.national_id}</span> &nbsp;·&nbsp; {age}",
            f"<b>{address_label}</b> {place}",
            f"<b>{phone_label}</b> <span dir='ltr'>{phones or '-'}</span>"
            f" &nbsp;·&nbsp; <b>{email_label}</b> <span dir='ltr'>{p.email or '-'}</span>",
            f"<b>{channel_label}</b> {channel} &nbsp;·&nbsp; <b>{language_label}</b> {language}",
        ]
        self.details.setText("<br>".join(rows))
        if p.accessibility:
            self.needs.setText(self.tr("צורכי נגישות: %1").replace("%1", p.accessibility))
            self.needs.show()
        else:
            self.needs.hide()
        self.history.setTabText(
            0, self.tr("פניות פתוחות (%1)").replace("%1", str(len(p.open_items)))
        )
        self.history.setTabText(
            1, self.tr("פניות קודמות (%1)").replace("%1", str(len(p.past_cases)))
        )
        today = local_today()
        self.open_items.setRowCount(len(p.open_items))
        for row, item in enumerate(p.open_items):
            late = item.expected_date < today
            values = [
                item.case_number,
                item.request_type,
                item.department,
                format_date(item.expected_date),
                ITEM_STATUS_LABELS.get(item.status, item.status),
            ]
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if late and col == 3:
                    cell.setForeground(Qt.GlobalColor.red)
                self.open_items.setItem(row, col, cell)
        self.past_cases.setRowCount(len(p.past_cases))
        for row, case in enumerate(p.past_cases):
            values = [
                case.number,
                format_date(to_local(case.opened_at).date()),
                ", ".join(case.items),
                case.owner,
                CASE_STATUS_LABELS.get(case.status, case.status),
            ]
            for col, value in enumerate(values):
                self.past_cases.setItem(row, col, QTableWidgetItem(value))

    def show_holdings(self, h: Holdings) -> None:
        """Property tax, dogs, parking, household and statuses, at a glance."""
        today = local_today()
        lines = []
        for a in h.accounts:
            discounts = ", ".join(DISCOUNT_LABELS.get(d, d) for d in a.discounts) or self.tr("אין")
            lines.append(
                self.tr('<b>ארנונה</b>: חשבון %1, %2, %3 מ"ר · הנחות: %4 · יתרה %5 ₪')
                .replace("%1", f"<span dir='ltr'>{a.account_number}</span>")
                .replace("%2", a.address or "-")
                .replace("%3", f"{a.area_sqm:.0f}")
                .replace("%4", discounts)
                .replace("%5", f"{a.balance:,.2f}")
            )
        for d in h.dogs:
            lines.append(
                self.tr("<b>כלב</b>: %1 · רישיון עד %2 (%3) · חיסון כלבת %4")
                .replace("%1", d.dog_name)
                .replace("%2", format_date(d.licence_expiry))
                .replace("%3", expiry_note(d.licence_expiry, today))
                .replace("%4", format_date(d.rabies_vaccinated_on) or "-")
            )
        for p in h.permits:
            lines.append(
                self.tr("<b>תו חניה</b>: רכב %1 · עד %2 (%3)")
                .replace("%1", f"<span dir='ltr'>{p.vehicle_plate}</span>")
                .replace("%2", format_date(p.expiry))
                .replace("%3", expiry_note(p.expiry, today))
            )
        children = [m for m in h.household if m.relation == "child"]
        if children:
            kids = ", ".join(f"{m.name} ({age_on(m.birth_date, today)})" for m in children)
            lines.append(self.tr("<b>ילדים</b>: %1").replace("%1", kids))
        for st in h.statuses:
            lines.append(
                self.tr("<b>מעמד</b>: %1").replace("%1", STATUS_LABELS.get(st.code, st.code))
            )
        self.holdings.setText("<br>".join(lines) or self.tr("אין נכסים או זכויות רשומים."))
        count = len(h.accounts) + len(h.dogs) + len(h.permits) + len(children) + len(h.statuses)
        self.history.setTabText(2, self.tr("נכסים וזכויות (%1)").replace("%1", str(count)))
