"""The proactive scan for supervisors: first what it would do (a dry run in the background), per
trigger and per resident with the reason; then, after a confirmation, the real scan, what it
created, and the batch of letters to open or save."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import DalpakError
from desktop.counter.residents import CHANNEL_LABELS, Channel
from desktop.extras.outreach import Finding, ScanReport, scan
from desktop.ui import file_dialogs
from desktop.ui.context import AppContext
from desktop.ui.row_models import RowsModel, row_table
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import MessageLine


def channel_text(channel: str) -> str:
    if channel == "letter":
        return QCoreApplication.translate("ScanPage", "מכתב בדואר")
    try:
        return CHANNEL_LABELS[Channel(channel)]
    except ValueError:
        return channel


def period_text(period: str) -> str:
    """The expiry (ISO) a renewal belongs to, as a date; nothing for a one-time action."""
    if period == "once":
        return ""
    year, month, day = period.split("-")
    return f"{day}/{month}/{year}"


class FindingsModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "מה נעשה"),
        QT_TRANSLATE_NOOP("Columns", "תושב/ת"),
        QT_TRANSLATE_NOOP("Columns", "למה"),
        QT_TRANSLATE_NOOP("Columns", "ערוץ"),
        QT_TRANSLATE_NOOP("Columns", "פג בתאריך"),
        QT_TRANSLATE_NOOP("Columns", "פנייה"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_numbers: dict = {}

    def key(self, row: Finding):  # noqa: ANN201
        return row.outreach_id

    def cell(self, row: Finding, column: int) -> str:
        return (
            row.subject or row.rule_code,
            row.resident_name,
            row.reason,
            channel_text(row.channel if row.channel in ("sms", "whatsapp", "email") else "letter"),
            period_text(row.period),
            self.case_numbers.get(row.outreach_id, ""),
        )[column]


class ScanPage(QWidget):
    """`checked(found)` after a dry run, `done(created)` after the real scan."""

    checked = Signal(int)
    done = Signal(int)

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        # The scan reads the whole council (tens of seconds at a million residents): it gets its
        # own worker, so the shared one stays free for the searches and lists of other screens.
        self._tasks = TaskRunner(self)
        self._busy = False
        self.dry: ScanReport | None = None
        self.result: ScanReport | None = None
        self.letters_pdf: bytes | None = None
        self.message = MessageLine(self)
        self.summary = QLabel(self)
        self.model = FindingsModel(self)
        self.table = row_table(self.model, self, stretch=2)
        self.check_button = QPushButton(self.tr("בדיקה מחדש (F5)"), self)
        self.run_button = QPushButton(self.tr("הפעלת הסריקה (Ctrl+Enter)"), self)
        self.open_button = QPushButton(self.tr("פתיחת המכתבים להדפסה"), self)
        self.save_button = QPushButton(self.tr("שמירת המכתבים כ-PDF"), self)
        self._build()
        self._wire()
        self._set_buttons()

    def _build(self) -> None:
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.run_button.setObjectName("primary")
        buttons = QHBoxLayout()
        for button in (self.check_button, self.run_button, self.open_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        intro = QLabel(
            self.tr(
                "הסריקה עוברת על כל התושבים ומוצאת מה הגיע זמנו: גיל פרישה בלי הנחת ארנונה, תו חניה או "
                "רישיון כלב שפג או עומד לפוג. לכל ממצא נפתחת פנייה, והתושב/ת מקבל/ת הודעה בערוץ המועדף "
                "או מכתב. קודם בודקים מה תיצור, ואז מפעילים; הפעלה חוזרת לא יוצרת דבר פעמיים."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _wire(self) -> None:
        self.check_button.clicked.connect(self.reload)
        self.run_button.clicked.connect(self.run)
        self.open_button.clicked.connect(self.open_letters)
        self.save_button.clicked.connect(self.save_letters)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("F5"), self, activated=self.reload, context=context)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.run, context=context)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.run, context=context)

    def focus(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _set_buttons(self) -> None:
        self.check_button.setEnabled(not self._busy)
        self.run_button.setEnabled(not self._busy and bool(self.dry and self.dry.found))
        has_letters = self.letters_pdf is not None
        self.open_button.setEnabled(not self._busy and has_letters)
        self.save_button.setEnabled(not self._busy and has_letters)

    def _start(self, note: str) -> None:
        self._busy = True
        self.message.show_note(note)
        self._set_buttons()

    def _failed(self, err: Exception) -> None:
        self._busy = False
        self.message.show_error(err.message if isinstance(err, DalpakError) else str(err))
        self._set_buttons()

    # --- the dry run ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Check what the scan would create now (in the background; nothing is written)."""
        if self._busy:
            return
        self._start(self.tr("בודקים את כל התושבים... (אפשר להמשיך לעבוד)"))
        sessions, actor = self._ctx.sessions, self._ctx.actor

        def work() -> ScanReport:
            with sessions() as session:
                return scan(session, actor, dry_run=True)

        self._tasks.submit(work, self._show_dry, self._failed)

    def _show_dry(self, report: ScanReport) -> None:
        self._busy = False
        self.dry, self.result = report, None
        self.model.case_numbers = {}
        self.model.set_rows(report.found)
        self.message.clear_message()
        head = (
            self.tr("בדיקה בלבד: נסרקו %1 תושבים ב-%2 שניות. הסריקה תיצור %3 פניות")
            .replace("%1", f"{report.scanned:,}")
            .replace("%2", f"{report.seconds:.1f}")
            .replace("%3", f"{len(report.found):,}")
        )
        if report.already_done:
            head += self.tr(" (%1 כבר טופלו בסריקות קודמות)").replace(
                "%1", f"{report.already_done:,}"
            )
        self.summary.setText(head + "." + self._per_trigger(report.found))
        self._set_buttons()
        self.checked.emit(len(report.found))

    def _per_trigger(self, found: list[Finding]) -> str:
        counts: dict[str, int] = {}
        for finding in found:
            label = finding.subject or finding.rule_code
            counts[label] = counts.get(label, 0) + 1
        if not counts:
            return "<br>" + self.tr("אין כרגע דבר לעשות.")
        lines = [
            f"{label}: <b>{count:,}</b>"
            for label, count in sorted(counts.items(), key=lambda kv: -kv[1])
        ]
        return "<br>" + "<br>".join(lines)

    # --- the real scan -------------------------------------------------------------------------

    def confirm(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("הפעלת הסריקה היזומה"),
            self.tr("ייפתחו עד %1 פניות, וכל תושב/ת יקבל/ת הודעה או מכתב. להפעיל?").replace(
                "%1", f"{count:,}"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def run(self) -> None:
        if self._busy or not (self.dry and self.dry.found):
            return
        if not self.confirm(len(self.dry.found)):
            return
        self._start(self.tr("הסריקה פועלת: פותחים פניות ומכינים הודעות ומכתבים..."))
        write, actor = self._ctx.write, self._ctx.actor

        def work() -> tuple[ScanReport, bytes | None]:
            from desktop.receipts.letter import render_letters  # reportlab: when letters are made

            with write() as session:
                report = scan(session, actor)
            # letters are rendered after the commit: the cases exist whatever the printer does
            return report, render_letters(report.letters) if report.letters else None

        self._tasks.submit(work, self._show_done, self._failed)

    def _show_done(self, outcome: tuple[ScanReport, bytes | None]) -> None:
        report, pdf = outcome
        self._busy = False
        self.result, self.dry, self.letters_pdf = report, None, pdf
        self.model.case_numbers = dict(report.case_numbers)
        self.model.set_rows([f for f in report.found if f.outreach_id in report.case_numbers])
        self.message.show_note(self.tr("הסריקה הושלמה."))
        self.summary.setText(
            self.tr("נוצרו %1 פניות: %2 הודעות בתיבת היוצא, %3 מכתבים להדפסה.")
            .replace("%1", f"{report.created:,}")
            .replace("%2", f"{report.messages:,}")
            .replace("%3", f"{len(report.letters):,}")
            + self._per_trigger(report.found)
        )
        self._set_buttons()
        self.done.emit(report.created)

    # --- the letters ---------------------------------------------------------------------------

    def letters_name(self) -> str:
        day = self.result.letters[0].dated if self.result and self.result.letters else None
        name = self.tr("מכתבים")
        return f"{name}-{day:%Y-%m-%d}.pdf" if day else f"{name}.pdf"

    def open_letters(self) -> Path | None:
        if self.letters_pdf is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="dalpak-letters-"))
        path = folder / self.letters_name()
        path.write_bytes(self.letters_pdf)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.message.show_note(self.tr("המכתבים נפתחו: %1").replace("%1", str(path)))
        return path

    def save_letters(self, path: str | None = None) -> None:
        if self.letters_pdf is None:
            return
        if path is None:
            path = file_dialogs.save_path(
                self, self.tr("שמירת המכתבים"), self.letters_name(), "PDF (*.pdf)"
            )
        if path:
            Path(path).write_bytes(self.letters_pdf)
            self.message.show_note(self.tr("נשמר: %1").replace("%1", path))
