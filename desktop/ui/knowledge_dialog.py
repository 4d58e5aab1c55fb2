"""The knowledge base at the counter: frequent answers found as the clerk types, shown, and
printed as a one-page sheet for the resident."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.counter.knowledge import Answer, search_knowledge, sheet_data
from desktop.counter.translations import translator
from desktop.receipts.layout import LaidOut, write_pdf
from desktop.receipts.sheet import lay_out_sheet
from desktop.receipts.wording import language_of
from desktop.ui.context import AppContext
from desktop.ui.receipt_preview import pdf_page_images
from desktop.ui.receipt_print import print_laid_out
from desktop.ui.row_models import RowsModel, choose_row, row_table, selected_row
from desktop.ui.widgets import MessageLine, isolated


class AnswersModel(RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("Columns", "נושא"), QT_TRANSLATE_NOOP("Columns", "תחום"))

    def cell(self, row: Answer, column: int) -> str:
        return (row.title, row.department or row.category)[column]


class SheetPreview(QDialog):
    """The sheet's page on screen with a print button (Enter): printed as text from the same
    layout as the PDF, as the receipt is."""

    def __init__(
        self, lay_out: Callable[[], LaidOut], title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.laid = lay_out()
        self.pdf = write_pdf(self.laid, title=title)
        self.printed = False
        self.setWindowTitle(title)
        self.page = QLabel(self)
        self.scroll = QScrollArea(self)
        self.message = MessageLine(self)
        self.print_button = QPushButton(self.tr("הדפסה (Enter)"), self)
        self.close_button = QPushButton(self.tr("סגירה (Esc)"), self)
        self._build()
        self.print_button.clicked.connect(self.print_sheet)
        self.close_button.clicked.connect(self.accept)

    def _build(self) -> None:
        images = pdf_page_images(self.pdf, dpi=80)
        self.page.setPixmap(QPixmap.fromImage(images[0] if images else QImage()))
        self.page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.page)
        self.scroll.setWidgetResizable(True)
        self.print_button.setDefault(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(row)
        self.resize(720, 700)

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        if not print_laid_out(self.laid, printer):
            self.message.show_error(self.tr("המדפסת לא נפתחה. בדקו שהיא מחוברת ונסו שוב."))
            return
        self.printed = True
        self.accept()


class KnowledgeDialog(QDialog):
    """`resident_name`: who is at the counter, to address the printed sheet to them."""

    DEBOUNCE_MS = 80

    def __init__(
        self,
        ctx: AppContext,
        resident_name: str = "",
        parent: QWidget | None = None,
        language: str = "he",
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.resident_name = resident_name
        self.language = language  # the resident's: the sheet is printed in it
        self.last_preview: SheetPreview | None = None
        self.box = QLineEdit(self)
        self.model = AnswersModel(self)
        self.results = row_table(self.model, self, stretch=0)
        self.answer = QTextBrowser(self)
        self.answer.setAccessibleName(self.tr("התשובה"))
        self.for_whom = QLabel(self)
        self.print_button = QPushButton(self.tr("הדפסה לתושב/ת"), self)
        self.close_button = QPushButton(self.tr("סגירה (Esc)"), self)
        self._timer = QTimer(self)
        self._build()
        self._wire()
        self.search()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("מאגר הידע"))
        self.box.setPlaceholderText(self.tr("מה שואלים? למשל: שעות, ארנונה הנחה, פינוי גזם"))
        self.box.setClearButtonEnabled(True)
        self.answer.setOpenExternalLinks(False)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        if self.resident_name:
            self.for_whom.setText(
                self.tr("הדף יודפס על שם %1").replace("%1", isolated(self.resident_name))
            )
        self.print_button.setDefault(True)  # Enter on an answer prints it
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.results)
        split.addWidget(self.answer)
        split.setSizes([380, 560])
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.for_whom)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.resize(980, 600)

    def _wire(self) -> None:
        self.box.textEdited.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.search)
        self.results.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.print_button.clicked.connect(self.print_for_resident)
        self.close_button.clicked.connect(self.accept)
        self.box.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802
        # Arrows in the search box move through the answers, as in the resident search.
        if (
            obj is self.box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
            if step and self.model.rowCount():
                row = min(max(selected_row(self.results) + step, 0), self.model.rowCount() - 1)
                choose_row(self.results, row)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search()
                return True
        return super().eventFilter(obj, event)

    def search(self) -> None:
        self._timer.stop()
        # About thirty short entries: reading them is quicker than a round trip to the worker.
        with self._ctx.read() as session:
            found = search_knowledge(session, self.box.text(), limit=100)
        self.model.set_rows(found)
        if found:
            choose_row(self.results, 0)
        self._show_current()

    def current(self) -> Answer | None:
        return self.model.row(selected_row(self.results))

    def _show_current(self) -> None:
        answer = self.current()
        self.print_button.setEnabled(answer is not None)
        if answer is None:
            nothing = self.tr("לא נמצאה תשובה. אפשר לנסות מילה אחרת.")
            self.answer.setHtml(f"<p>{nothing}</p>")
            return
        where = " · ".join(x for x in (answer.category, answer.department) if x)
        self.answer.setHtml(
            f"<div style='color:#212121; font-size:15px'><h3>{answer.title}</h3>"
            f"<p style='color:#616161; font-size:13px'>{where} · <span dir='ltr'>{answer.code}</span></p>"
            f"<p style='line-height:140%'>{answer.answer}</p></div>"
        )

    def print_for_resident(self) -> None:
        answer = self.current()
        if answer is None:
            return
        name = self.resident_name
        with self._ctx.read() as session:
            words = translator(session, language_of(self.language))
        self.last_preview = SheetPreview(
            lambda: lay_out_sheet(sheet_data(answer, name, words)),
            self.tr("דף מידע: %1").replace("%1", answer.title),
            self,
        )
        self.last_preview.exec()
