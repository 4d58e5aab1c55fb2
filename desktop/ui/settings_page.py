"""Settings a supervisor owns: the request-type catalogue, the knowledge base, the catalogue's
translations, absences, and the history of who changed what. The services check the role again and validate; an error shows
above the form and leaves everything typed in place, with the cursor on the field to fix."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DalpakError
from desktop.core.textsearch import normalize_name
from desktop.counter.knowledge import KnowledgeForm, KnowledgeRow, knowledge_entries, save_knowledge
from desktop.counter.reference import (
    CatalogueEntry,
    RequestTypeForm,
    catalogue,
    departments,
    save_request_type,
)
from desktop.followthrough.absence import AbsenceView, absences
from desktop.models import KnowledgeEntry, RequestType
from desktop.supervision.settings_history import SettingChange, settings_history
from desktop.ui.absence_dialog import AbsenceDialog, AbsencesModel
from desktop.ui.context import AppContext
from desktop.ui.row_models import RowsModel, choose_data, choose_row, row_table, selected_row
from desktop.ui.rtl import align_right
from desktop.ui.tasks import TaskRunner
from desktop.ui.translations_editor import TranslationsEditor
from desktop.ui.widgets import MessageLine, limit_length, ltr_line_edit


class CatalogueModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "קוד"),
        QT_TRANSLATE_NOOP("Columns", "סוג פנייה"),
        QT_TRANSLATE_NOOP("Columns", "מחלקה"),
        QT_TRANSLATE_NOOP("Columns", "ימי טיפול"),
    )

    def cell(self, row: CatalogueEntry, column: int) -> str:
        name = (
            row.name
            if row.active
            else row.name + QCoreApplication.translate("Columns", " (לא פעיל)")
        )
        return (row.code, name, row.department_name, str(row.sla_days))[column]


class KnowledgeModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "קוד"),
        QT_TRANSLATE_NOOP("Columns", "כותרת"),
        QT_TRANSLATE_NOOP("Columns", "נושא"),
    )

    def cell(self, row: KnowledgeRow, column: int) -> str:
        return (row.code, row.title, row.category)[column]


class HistoryModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "מתי"),
        QT_TRANSLATE_NOOP("Columns", "מי"),
        QT_TRANSLATE_NOOP("Columns", "תחום"),
        QT_TRANSLATE_NOOP("Columns", "מה"),
        QT_TRANSLATE_NOOP("Columns", "השינוי"),
    )

    def key(self, row: SettingChange) -> object:
        return (row.at, row.entry, row.what)

    def cell(self, row: SettingChange, column: int) -> str:
        from desktop.core.clock import to_local

        return (f"{to_local(row.at):%d/%m/%Y %H:%M}", row.who, row.area, row.entry, row.what)[
            column
        ]


def _lines(box: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line for line in box.toPlainText().splitlines() if line.strip())


def _words(edit: QLineEdit) -> tuple[str, ...]:
    return tuple(w.strip() for w in edit.text().split(",") if w.strip())


class _Editor(QWidget):
    """A list on one side, a form on the other; saving runs in the background."""

    saved = Signal(object)  # the entry's id

    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        self.page = page
        self.message = MessageLine(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("סינון לפי שם או קוד"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("חדש (Ctrl+Shift+N)"), self)
        self.save_button = QPushButton(self.tr("שמירה (Ctrl+S)"), self)
        self.save_button.setDefault(True)
        self.editing: uuid.UUID | None = None
        self.rows: list = []
        self.code = QLabel(self)

    def layout_with(self, model: RowsModel, form: QFormLayout, note: str = "") -> None:
        self.model = model
        self.table = row_table(model, self, stretch=1)
        header = self.table.horizontalHeader()
        for column in range(2, len(model.HEADERS)):
            # Long department names must not squeeze the entry's own name.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, 150 if column == 2 else 100)
        left = QWidget(self)
        list_box = QVBoxLayout(left)
        list_box.setContentsMargins(0, 0, 0, 0)
        list_box.addWidget(self.search)
        list_box.addWidget(self.table, 1)
        right = QWidget(self)
        form_box = QVBoxLayout(right)
        form_box.setContentsMargins(0, 0, 0, 0)
        form_box.addLayout(form, 1)
        if note:
            label = QLabel(note, right)
            label.setWordWrap(True)
            label.setStyleSheet("color: #0d47a1;")
            form_box.addWidget(label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        form_box.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.search.textChanged.connect(lambda _t: self.show_rows(self.rows))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.pick(current.row())
        )
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        # Anywhere in the window while this editor shows (the filter, the list, the tab bars),
        # not only with the cursor in the form: a hidden editor's shortcut does not fire.
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+Shift+N", self.start_new)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    def show_rows(self, rows: list) -> None:
        self.rows = rows
        words = normalize_name(self.search.text()).split()
        shown = [r for r in rows if all(w in normalize_name(self.text_of(r)) for w in words)]
        self.model.set_rows(shown)
        if self.editing is not None:
            row = self.model.row_of(self.editing)
            if row >= 0:
                # Keep the form as typed; only the code a new entry was given is filled in.
                self.table.selectionModel().blockSignals(True)
                choose_row(self.table, row)
                self.table.selectionModel().blockSignals(False)
                self.code.setText(self.model.row(row).code)

    def pick(self, number: int) -> None:
        row = self.model.row(number)
        if row is not None:
            self.message.clear_message()
            self.editing = row.id
            self.fill(row)

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.message.show_note(self.tr("רשומה חדשה: יש למלא את הפרטים ולשמור."))
        self.fill(None)
        self.first_field().setFocus()

    def save(self) -> None:
        try:
            form = self.form()
        except DalpakError as err:
            self.failed(err)
            return
        editing, sessions, actor = self.editing, self.page.ctx.sessions, self.page.ctx.actor

        def work() -> uuid.UUID:
            with sessions.begin() as session:
                return self.write(session, actor, form, editing)

        def done(entry_id: uuid.UUID) -> None:
            self.editing = entry_id
            self.message.show_note(self.tr("נשמר."))
            self.page.reload()
            self.saved.emit(entry_id)

        self.save_button.setEnabled(False)
        self.page.tasks.submit(
            work,
            lambda r: (self.save_button.setEnabled(True), done(r)),
            lambda e: (self.save_button.setEnabled(True), self.failed(e)),
        )

    def failed(self, err: Exception) -> None:
        message = err.message if isinstance(err, DalpakError) else str(err)
        self.message.show_error(message)
        widget = self.field_widget(getattr(err, "field", None))
        if widget is not None:
            widget.setFocus()

    # What a subclass provides.

    def text_of(self, row: object) -> str:
        raise NotImplementedError

    def fill(self, row: object | None) -> None:
        raise NotImplementedError

    def form(self) -> object:
        raise NotImplementedError

    def write(self, session, actor, form, editing):  # noqa: ANN001, ANN201
        raise NotImplementedError

    def first_field(self) -> QWidget:
        raise NotImplementedError

    def field_widget(self, name: str | None) -> QWidget | None:
        return None


class CatalogueEditor(_Editor):
    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        self.name = limit_length(QLineEdit(self), RequestType, "name")
        self.department = QComboBox(self)
        self.sla_days = ltr_line_edit(self)
        self.sla_days.setMaximumWidth(90)
        self.statutory_days = ltr_line_edit(self)
        self.statutory_days.setMaximumWidth(90)
        self.statutory_days.setPlaceholderText(self.tr("אין"))
        self.statutory_days.setToolTip(
            self.tr(
                "כשהחוק קובע מועד (למשל תשובה להשגת ארנונה תוך 60 יום), התאריך הצפוי לא יעבור אותו."
            )
        )
        self.steps = QPlainTextEdit(self)
        self.documents = QPlainTextEdit(self)
        self.keywords = QLineEdit(self)
        self.active = QCheckBox(self.tr("פעיל בקטלוג (מוצע בדלפק)"), self)
        for box in (self.steps, self.documents):
            align_right(box)
            box.setTabChangesFocus(True)
        self.keywords.setPlaceholderText(self.tr("מילים מופרדות בפסיקים"))
        self.steps.setPlaceholderText(self.tr("צעד בכל שורה: מה יקרה אחרי הדלפק"))
        self.documents.setPlaceholderText(self.tr("מסמך בכל שורה"))
        form = QFormLayout()
        form.addRow(self.tr("קוד"), self.code)
        form.addRow(self.tr("שם סוג הפנייה"), self.name)
        form.addRow(self.tr("מחלקה"), self.department)
        form.addRow(self.tr("זמן טיפול (ימי עבודה)"), self.sla_days)
        form.addRow(self.tr("מועד בחוק (ימים קלנדריים)"), self.statutory_days)
        form.addRow(self.tr("צעדי המשך"), self.steps)
        form.addRow(self.tr("מסמכים נדרשים"), self.documents)
        form.addRow(self.tr("מילות חיפוש"), self.keywords)
        form.addRow("", self.active)
        self.layout_with(
            CatalogueModel(self),
            form,
            self.tr("שינוי זמן הטיפול חל על פניות חדשות בלבד: תאריך צפוי שכבר נמסר לתושב/ת לא זז."),
        )
        self.setTabOrder(self.name, self.department)
        self.setTabOrder(self.department, self.sla_days)
        self.setTabOrder(self.sla_days, self.statutory_days)
        self.setTabOrder(self.statutory_days, self.steps)
        self.setTabOrder(self.steps, self.documents)
        self.setTabOrder(self.documents, self.keywords)
        self.setTabOrder(self.keywords, self.active)
        self.setTabOrder(self.active, self.save_button)

    def set_departments(self, rows: list[tuple[uuid.UUID, str]]) -> None:
        chosen = self.department.currentData()
        self.department.clear()
        self.department.addItem(self.tr("בחירת מחלקה…"), None)
        for dep_id, name in rows:
            self.department.addItem(name, dep_id)
        if chosen is not None:
            choose_data(self.department, chosen)

    def text_of(self, row: CatalogueEntry) -> str:
        return f"{row.code} {row.name} {row.department_name} {' '.join(row.keywords)}"

    def fill(self, row: CatalogueEntry | None) -> None:
        self.code.setText(row.code if row else self.tr("(ייקבע בשמירה)"))
        self.name.setText(row.name if row else "")
        if row is None or not choose_data(self.department, row.department_id):
            self.department.setCurrentIndex(0)
        self.sla_days.setText(str(row.sla_days) if row else "")
        self.statutory_days.setText(str(row.statutory_days) if row and row.statutory_days else "")
        self.steps.setPlainText("\n".join(row.steps) if row else "")
        self.documents.setPlainText("\n".join(row.documents) if row else "")
        self.keywords.setText(", ".join(row.keywords) if row else "")
        self.active.setChecked(row.active if row else True)

    def form(self) -> RequestTypeForm:
        return RequestTypeForm(
            self.name.text(),
            self.department.currentData(),
            self.sla_days.text(),
            _lines(self.steps),
            _lines(self.documents),
            _words(self.keywords),
            active=self.active.isChecked(),
            statutory_days=self.statutory_days.text(),
        )

    def write(self, session, actor, form, editing):  # noqa: ANN001, ANN201
        return save_request_type(session, actor, form, editing)

    def first_field(self) -> QWidget:
        return self.name

    def field_widget(self, name: str | None) -> QWidget | None:
        return {
            "name": self.name,
            "department": self.department,
            "sla_days": self.sla_days,
            "statutory_days": self.statutory_days,
            "steps": self.steps,
            "code": self.name,
        }.get(name or "")


class KnowledgeEditor(_Editor):
    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        self.title = limit_length(QLineEdit(self), KnowledgeEntry, "title")
        self.category = limit_length(QLineEdit(self), KnowledgeEntry, "category")
        self.department = QComboBox(self)
        self.keywords = QLineEdit(self)
        self.answer = QPlainTextEdit(self)
        align_right(self.answer)
        self.answer.setTabChangesFocus(True)
        self.keywords.setPlaceholderText(self.tr("מילים מופרדות בפסיקים"))
        form = QFormLayout()
        form.addRow(self.tr("קוד"), self.code)
        form.addRow(self.tr("כותרת"), self.title)
        form.addRow(self.tr("נושא"), self.category)
        form.addRow(self.tr("מחלקה"), self.department)
        form.addRow(self.tr("מילות חיפוש"), self.keywords)
        form.addRow(self.tr("התשובה"), self.answer)
        self.layout_with(KnowledgeModel(self), form)

    def set_departments(self, rows: list[tuple[uuid.UUID, str]]) -> None:
        chosen = self.department.currentData()
        self.department.clear()
        self.department.addItem(self.tr("כל המועצה"), None)
        for dep_id, name in rows:
            self.department.addItem(name, dep_id)
        if chosen is not None:
            choose_data(self.department, chosen)

    def text_of(self, row: KnowledgeRow) -> str:
        return f"{row.code} {row.title} {row.category} {' '.join(row.keywords)}"

    def fill(self, row: KnowledgeRow | None) -> None:
        self.code.setText(row.code if row else self.tr("(ייקבע בשמירה)"))
        self.title.setText(row.title if row else "")
        self.category.setText(row.category if row else "")
        if (
            row is None
            or row.department_id is None
            or not choose_data(self.department, row.department_id)
        ):
            self.department.setCurrentIndex(0)
        self.keywords.setText(", ".join(row.keywords) if row else "")
        self.answer.setPlainText(row.answer if row else "")

    def form(self) -> KnowledgeForm:
        return KnowledgeForm(
            self.title.text(),
            self.answer.toPlainText(),
            self.category.text(),
            self.department.currentData(),
            _words(self.keywords),
        )

    def write(self, session, actor, form, editing):  # noqa: ANN001, ANN201
        return save_knowledge(session, actor, form, editing)

    def first_field(self) -> QWidget:
        return self.title

    def field_widget(self, name: str | None) -> QWidget | None:
        return {"title": self.title, "answer": self.answer, "department": self.department}.get(
            name or ""
        )


class SettingsPage(QWidget):
    """`loaded` after every read of the lists (for tests)."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self._generation = 0
        self.tabs = QTabWidget(self)
        self.catalogue = CatalogueEditor(self)
        self.knowledge = KnowledgeEditor(self)
        self.translations = TranslationsEditor(self)
        self.absence_model = AbsencesModel(self)
        self.absence_table = row_table(self.absence_model, self)
        self.absence_button = QPushButton(self.tr("קביעת היעדרות או ביטולה…"), self)
        self.history_model = HistoryModel(self)
        self.history_table = row_table(self.history_model, self)
        self.message = MessageLine(self)
        self._build()
        self.absence_button.clicked.connect(self.edit_absences)

    def _build(self) -> None:
        away = QWidget(self)
        away_box = QVBoxLayout(away)
        away_box.addWidget(QLabel(self.tr("היעדרויות בתוקף ומתוכננות"), away))
        away_box.addWidget(self.absence_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.absence_button)
        buttons.addStretch(1)
        away_box.addLayout(buttons)
        history = QWidget(self)
        history_box = QVBoxLayout(history)
        history_box.addWidget(
            QLabel(self.tr("מי שינה מה: הקטלוג, מאגר המידע וההיעדרויות"), history)
        )
        history_box.addWidget(self.history_table, 1)
        self.tabs.addTab(self.catalogue, self.tr("קטלוג סוגי פניות"))
        self.tabs.addTab(self.knowledge, self.tr("מאגר מידע"))
        self.tabs.addTab(self.translations, self.tr("תרגומים"))
        self.tabs.addTab(away, self.tr("היעדרויות"))
        self.tabs.addTab(history, self.tr("היסטוריית שינויים"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

    def focus(self) -> None:
        self.tabs.currentWidget().setFocus()

    def reload(self) -> None:
        self.translations.reload()
        self._generation += 1
        generation, sessions, actor = self._generation, self.ctx.sessions, self.ctx.actor

        def work() -> tuple:
            with sessions() as session:
                deps = [(d.id, d.name) for d in departments(session)]
                return (
                    deps,
                    catalogue(session),
                    knowledge_entries(session),
                    absences(session, actor),
                    settings_history(session, actor),
                )

        def done(result: tuple) -> None:
            if generation != self._generation:
                return
            deps, types, answers, away, history = result
            self.message.clear_message()
            for editor in (self.catalogue, self.knowledge):
                if editor.department.count() <= 1:
                    editor.set_departments(deps)
            self.catalogue.show_rows(types)
            self.knowledge.show_rows(answers)
            self.absence_model.set_rows(away)
            self.history_model.set_rows(history)
            self.loaded.emit()

        def failed(err: Exception) -> None:
            message = err.message if isinstance(err, DalpakError) else str(err)
            self.message.show_error(self.tr("קריאת ההגדרות נכשלה: %1").replace("%1", message))

        self.tasks.submit(work, done, failed)

    def edit_absences(self) -> None:
        AbsenceDialog(self.ctx, self).exec()
        self.reload()

    def absence_rows(self) -> list[AbsenceView]:
        return [self.absence_model.row(i) for i in range(self.absence_model.rowCount())]

    def selected_type(self) -> CatalogueEntry | None:
        return self.catalogue.model.row(selected_row(self.catalogue.table))
