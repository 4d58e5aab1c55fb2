"""The supervisor's translations of the catalogue: for a language (Arabic, Russian, English),
every entry a resident may read with its Hebrew beside the translation; what is missing first,
since it prints in Hebrew. Saving (Ctrl+S) records a `translation.set` operation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DalpakError
from desktop.core.textsearch import normalize_name
from desktop.counter.translations import (
    FIELD_LABELS,
    SUBJECT_LABELS,
    SUBJECTS,
    TranslationEntry,
    save_translation,
    translation_entries,
)
from desktop.ui.row_models import RowsModel, choose_row, row_table
from desktop.ui.rtl import align_right
from desktop.ui.widgets import MessageLine

if TYPE_CHECKING:
    from desktop.ui.settings_page import SettingsPage

MISSING = QBrush(QColor("#8a4b00"))
LANGUAGES = (
    ("ar", QT_TRANSLATE_NOOP("TranslationsEditor", "ערבית")),
    ("ru", QT_TRANSLATE_NOOP("TranslationsEditor", "רוסית")),
    ("en", QT_TRANSLATE_NOOP("TranslationsEditor", "אנגלית")),
)
SLOTS = 3  # the most fields an entry has


class TranslationsModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "קוד"),
        QT_TRANSLATE_NOOP("Columns", "רשומה"),
        QT_TRANSLATE_NOOP("Columns", "תחום"),
        QT_TRANSLATE_NOOP("Columns", "חסר"),
    )

    def cell(self, row: TranslationEntry, column: int) -> str:
        missing = ", ".join(FIELD_LABELS[f] for f in row.missing) if row.missing else "✓"
        return (row.code, row.label, SUBJECT_LABELS[row.subject], missing)[column]

    def foreground(self, row: TranslationEntry) -> QBrush | None:
        return MISSING if row.missing else None


def _text(value: Any) -> str:
    return "\n".join(value) if isinstance(value, list) else str(value or "")


class TranslationsEditor(QWidget):
    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        self.page = page
        self.message = MessageLine(self)
        self.language = QComboBox(self)
        for code, label in LANGUAGES:
            self.language.addItem(self.tr(label), code)
        self.language.setAccessibleName(self.tr("שפת התרגום"))
        self.only_missing = QCheckBox(self.tr("רק מה שחסר"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("סינון לפי שם או קוד"))
        self.search.setAccessibleName(self.tr("סינון התרגומים"))
        self.search.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = TranslationsModel(self)
        self.table = row_table(self.model, self, stretch=1)
        self.table.setAccessibleName(self.tr("רשומות לתרגום"))
        # The list of missing fields must not squeeze the entry's own name.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(3, 150)
        self.title = QLabel(self)
        self.captions = [QLabel(self) for _ in range(SLOTS)]
        self.hebrew = [QPlainTextEdit(self) for _ in range(SLOTS)]
        self.translated = [QPlainTextEdit(self) for _ in range(SLOTS)]
        self.save_button = QPushButton(self.tr("שמירה (Ctrl+S)"), self)
        self.save_button.setDefault(True)
        self.entries: list[TranslationEntry] = []
        self.current: TranslationEntry | None = None
        self._build()
        self._wire()

    def _build(self) -> None:
        for n, (hebrew, translated) in enumerate(zip(self.hebrew, self.translated, strict=True)):
            hebrew.setReadOnly(True)
            hebrew.setAccessibleName(self.tr("המקור בעברית %1").replace("%1", str(n + 1)))
            translated.setAccessibleName(self.tr("התרגום %1").replace("%1", str(n + 1)))
            align_right(hebrew)
            translated.setTabChangesFocus(True)
            hebrew.setTabChangesFocus(True)
            hebrew.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("שפה:"), self))
        top.addWidget(self.language)
        top.addWidget(self.only_missing)
        top.addWidget(self.search, 1)
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addLayout(top)
        left_box.addWidget(self.summary)
        left_box.addWidget(self.table, 1)
        right = QWidget(self)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("בעברית"), right), 0, 1)
        grid.addWidget(QLabel(self.tr("התרגום"), right), 0, 2)
        for n in range(SLOTS):
            grid.addWidget(self.captions[n], n + 1, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self.hebrew[n], n + 1, 1)
            grid.addWidget(self.translated[n], n + 1, 2)
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.title)
        right_box.addLayout(grid, 1)
        note = QLabel(
            self.tr(
                "צעדים ומסמכים: שורה מתורגמת לכל שורה בעברית. שדה ריק יודפס בעברית, "
                "ולעולם לא כשורה ריקה."
            ),
            right,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #0d47a1;")
        right_box.addWidget(note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        right_box.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.fill(None)

    def _wire(self) -> None:
        self.language.currentIndexChanged.connect(lambda _i: self.reload())
        self.only_missing.toggled.connect(lambda _on: self.show_rows(self.entries))
        self.search.textChanged.connect(lambda _t: self.show_rows(self.entries))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.pick(current.row())
        )
        self.save_button.clicked.connect(self.save)
        shortcut = QShortcut(QKeySequence("Ctrl+S"), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.save)

    @property
    def language_code(self) -> str:
        return self.language.currentData()

    def reload(self) -> None:
        language, sessions = self.language_code, self.page.ctx.sessions

        def work() -> list[TranslationEntry]:
            with sessions() as session:
                return translation_entries(session, language)

        def done(entries: list[TranslationEntry]) -> None:
            if language == self.language_code:
                self.show_rows(entries)

        self.page.tasks.submit(work, done, self.failed)

    def show_rows(self, entries: list[TranslationEntry]) -> None:
        self.entries = entries
        words = normalize_name(self.search.text()).split()
        shown = [
            e
            for e in entries
            if (e.missing or not self.only_missing.isChecked())
            and all(w in normalize_name(f"{e.code} {e.label}") for w in words)
        ]
        missing = sum(1 for e in entries if e.missing)
        self.summary.setText(
            self.tr("%1 רשומות חסרות תרגום לשפה זו: הן יודפסו לתושבים בעברית.").replace(
                "%1", str(missing)
            )
            if missing
            else self.tr("כל הקטלוג מתורגם לשפה זו.")
        )
        self.model.set_rows(shown)
        if self.current is not None:
            row = self.model.row_of(self.current.id)
            if row >= 0:
                self.table.selectionModel().blockSignals(True)
                choose_row(self.table, row)
                self.table.selectionModel().blockSignals(False)

    def pick(self, number: int) -> None:
        row = self.model.row(number)
        if row is not None:
            self.message.clear_message()
            self.fill(row)

    def fill(self, entry: TranslationEntry | None) -> None:
        self.current = entry
        fields = list(SUBJECTS[entry.subject]) if entry else []
        self.title.setText(
            f"<b>{SUBJECT_LABELS[entry.subject]} {entry.code}</b> · {entry.label}"
            if entry
            else self.tr("בוחרים רשומה ברשימה כדי לתרגם אותה.")
        )
        rtl = self.language_code == "ar"
        for n in range(SLOTS):
            shown = n < len(fields)
            for widget in (self.captions[n], self.hebrew[n], self.translated[n]):
                widget.setVisible(shown)
            if not shown or entry is None:
                continue
            name = fields[n]
            self.captions[n].setText(FIELD_LABELS[name])
            self.hebrew[n].setPlainText(_text(entry.original.get(name)))
            self.translated[n].setPlainText(_text(entry.translated.get(name)))
            direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            self.translated[n].setLayoutDirection(direction)
        self.save_button.setEnabled(entry is not None)

    def save(self) -> None:
        entry = self.current
        if entry is None or not self.isVisible():
            return
        fields: dict[str, Any] = {}
        for n, (name, kind) in enumerate(SUBJECTS[entry.subject].items()):
            text = self.translated[n].toPlainText()
            fields[name] = (
                [line for line in text.splitlines() if line.strip()] if kind == "lines" else text
            )
        language, sessions, actor = self.language_code, self.page.ctx.sessions, self.page.ctx.actor

        def work() -> bool:
            with sessions.begin() as session:
                return save_translation(session, actor, entry.subject, entry.code, language, fields)

        def done(changed: bool) -> None:
            self.save_button.setEnabled(True)
            self.message.show_note(self.tr("נשמר.") if changed else self.tr("לא היה שינוי."))
            self.reload()

        def failed(err: Exception) -> None:
            self.save_button.setEnabled(True)
            self.failed(err)

        self.save_button.setEnabled(False)
        self.page.tasks.submit(work, done, failed)

    def failed(self, err: Exception) -> None:
        message = err.message if isinstance(err, DalpakError) else str(err)
        self.message.show_error(message)
        field = getattr(err, "field", None)
        if self.current is not None and field in SUBJECTS[self.current.subject]:
            self.translated[list(SUBJECTS[self.current.subject]).index(field)].setFocus()
