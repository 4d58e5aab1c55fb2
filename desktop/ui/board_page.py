"""The workload board of the supervisor workspace: open items by department and by person
(late ones in red, at risk in amber), filters, the items behind a figure, and moving work.

Everything is read on the worker thread: the figures, the first page of items and its count in
one go; further pages as the list scrolls. Choosing a row (or a figure's cell) of either table
shows its items; several can be selected and reassigned, or everything a person holds.
"""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DalpakError
from desktop.supervision.board import (
    Board,
    BoardChoices,
    BoardFilter,
    BoardItem,
    board,
    board_choices,
    board_items,
    board_items_count,
)
from desktop.supervision.reassign import (
    reassign_cases,
    reassign_items,
    reassign_person_cases,
    reassign_person_items,
)
from desktop.ui.board_models import BoardItemsModel, CountsModel, DepartmentCounts, PersonCounts
from desktop.ui.context import AppContext
from desktop.ui.reassign_dialog import ReassignDialog
from desktop.ui.row_models import choose_row, row_table
from desktop.ui.tasks import TaskRunner
from desktop.ui.widgets import MessageLine, format_date

_Index = QModelIndex

MEASURE_LABELS = {
    "open": QT_TRANSLATE_NOOP("BoardPage", "כל הפתוחים"),
    "overdue": QT_TRANSLATE_NOOP("BoardPage", "באיחור"),
    "due_today": QT_TRANSLATE_NOOP("BoardPage", "להיום"),
    "at_risk": QT_TRANSLATE_NOOP("BoardPage", "בסיכון"),
    "slipped": QT_TRANSLATE_NOOP("BoardPage", "נדחו"),
    "unassigned": QT_TRANSLATE_NOOP("BoardPage", "ללא עובד/ת"),
}
AGES = (0, 7, 14, 30, 60)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BoardPage", text)


@dataclasses.dataclass(frozen=True)
class Scope:
    """Whose items the list shows: everyone, one department, or one person."""

    kind: str = "all"  # all | department | person
    key: uuid.UUID | None = None
    name: str = ""


class BoardPage(QWidget):
    """`loaded()` after the board and its item list were read (for tests and the tab title)."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self._generation = 0
        self._choices: BoardChoices | None = None
        self.scope = Scope()
        self.board: Board | None = None
        self.items_total = 0
        self.message = MessageLine(self)
        self.department = QComboBox(self)
        self.person = QComboBox(self)
        self.locality = QComboBox(self)
        self.request_type = QComboBox(self)
        self.age = QComboBox(self)
        self.risk_label = QLabel(self)
        self.reload_button = QPushButton(self.tr("רענון (F5)"), self)
        self.departments = DepartmentCounts(self)
        self.people = PersonCounts(self)
        self.department_table = row_table(self.departments, self, stretch=0)
        self.people_table = row_table(self.people, self, stretch=0)
        self.measure = QComboBox(self)
        self.items_label = QLabel(self)
        self.show_all_button = QPushButton(self.tr("כל הפריטים"), self)
        self.items = BoardItemsModel(self)
        self.items_table = row_table(self.items, self, stretch=2)
        self.reassign_button = QPushButton(self.tr("העברת הנבחרים… (Ctrl+R)"), self)
        self.reassign_person_button = QPushButton(
            self.tr("העברת כל העבודה של העובד/ת… (Ctrl+Shift+R)"), self
        )
        self.cases_button = QPushButton(self.tr("העברת האחריות על הפניות הנבחרות… (Ctrl+O)"), self)
        self.person_cases_button = QPushButton(
            self.tr("העברת כל הפניות של העובד/ת… (Ctrl+Shift+O)"), self
        )
        self._build()
        self._wire()

    # --- layout and signals --------------------------------------------------------------------

    def _build(self) -> None:
        for combo, everything in (
            (self.department, self.tr("כל המחלקות")),
            (self.person, self.tr("כל העובדים")),
            (self.locality, self.tr("כל היישובים")),
            (self.request_type, self.tr("כל הנושאים")),
        ):
            combo.addItem(everything, None)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        for combo, name in (
            (self.department, self.tr("סינון לפי מחלקה")),
            (self.person, self.tr("סינון לפי עובד/ת")),
            (self.locality, self.tr("סינון לפי יישוב")),
            (self.request_type, self.tr("סינון לפי נושא")),
            (self.age, self.tr("סינון לפי ימים פתוח")),
            (self.measure, self.tr("אילו פריטים להציג")),
        ):
            combo.setAccessibleName(name)
        for days in AGES:
            self.age.addItem(
                self.tr("כל הגילים")
                if not days
                else self.tr("פתוחים %1 ימים ומעלה").replace("%1", str(days)),
                days,
            )
        for measure, label in MEASURE_LABELS.items():
            self.measure.addItem(_tr(label), measure)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((140, 150, 0, 170, 130, 120, 115, 100, 90, 120)):
            if width:
                self.items_table.setColumnWidth(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for table in (self.department_table, self.people_table):
            table.setMinimumHeight(150)
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("מחלקה:"), self.department),
            (self.tr("עובד/ת:"), self.person),
            (self.tr("יישוב:"), self.locality),
            (self.tr("נושא:"), self.request_type),
            (self.tr("גיל:"), self.age),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo, 1)
        filters.addWidget(self.reload_button)
        tables = QSplitter(Qt.Orientation.Horizontal, self)
        tables.addWidget(self._titled(self.tr("לפי מחלקה"), self.department_table))
        tables.addWidget(self._titled(self.tr("לפי עובד/ת"), self.people_table))
        tables.setChildrenCollapsible(False)
        items_bar = QHBoxLayout()
        items_bar.addWidget(self.items_label, 1)
        items_bar.addWidget(QLabel(self.tr("הצגה:"), self))
        items_bar.addWidget(self.measure)
        items_bar.addWidget(self.show_all_button)
        buttons = QHBoxLayout()
        for button in (
            self.reassign_button,
            self.reassign_person_button,
            self.cases_button,
            self.person_cases_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        legend = QLabel(self.tr("אדום: באיחור · כתום: להיום או בסיכון"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(filters)
        layout.addWidget(self.risk_label)
        layout.addWidget(tables, 2)
        layout.addLayout(items_bar)
        layout.addWidget(self.items_table, 3)
        layout.addLayout(buttons)
        layout.addWidget(legend)
        self._sync_buttons()

    def _titled(self, title: str, table: QTableView) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(title, box)
        caption.setStyleSheet("font-weight: bold;")
        column.addWidget(caption)
        column.addWidget(table)
        return box

    def _wire(self) -> None:
        for combo in (self.department, self.person, self.locality, self.request_type, self.age):
            combo.activated.connect(lambda _i: self.reload())
        self.reload_button.clicked.connect(self.reload)
        self.measure.activated.connect(lambda _i: self.reload_items())
        self.show_all_button.clicked.connect(lambda: self.show_scope(Scope()))
        self.department_table.clicked.connect(
            lambda index: self._drill(self.departments, index, "department")
        )
        self.people_table.clicked.connect(lambda index: self._drill(self.people, index, "person"))
        self.department_table.activated.connect(
            lambda index: self._drill(self.departments, index, "department", True)
        )
        self.people_table.activated.connect(
            lambda index: self._drill(self.people, index, "person", True)
        )
        self.items.page_needed.connect(self._load_page)
        self.items_table.selectionModel().selectionChanged.connect(lambda *_a: self._sync_buttons())
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.reassign_person_button.clicked.connect(self.reassign_person)
        self.cases_button.clicked.connect(self.reassign_selected_cases)
        self.person_cases_button.clicked.connect(self.reassign_person_cases)
        for keys, slot in (
            ("F5", self.reload),
            ("Ctrl+R", self.reassign_selected),
            ("Ctrl+Shift+R", self.reassign_person),
            ("Ctrl+O", self.reassign_selected_cases),
            ("Ctrl+Shift+O", self.reassign_person_cases),
        ):
            # Anywhere in the window while the board shows (a hidden page's shortcut does not
            # fire); the owner's keys are O, since the window's Ctrl+E opens a case.
            QShortcut(
                QKeySequence(keys), self, activated=slot, context=Qt.ShortcutContext.WindowShortcut
            )

    def focus(self) -> None:
        self.department_table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- what is shown ----------------------------------------------------------------------------

    def current_filter(self) -> BoardFilter:
        return BoardFilter(
            department_id=self.department.currentData(),
            assignee_id=self.person.currentData(),
            locality_id=self.locality.currentData(),
            request_type_id=self.request_type.currentData(),
            min_age_days=self.age.currentData() or 0,
        )

    def items_filter(self) -> BoardFilter:
        flt = self.current_filter()
        if self.scope.kind == "department":
            return dataclasses.replace(flt, department_id=self.scope.key)
        if self.scope.kind == "person":
            return dataclasses.replace(flt, assignee_id=self.scope.key)
        return flt

    def current_measure(self) -> str:
        return self.measure.currentData() or "open"

    def set_measure(self, measure: str) -> None:
        index = self.measure.findData(measure)
        if index >= 0:
            self.measure.setCurrentIndex(index)

    def show_scope(self, scope: Scope, measure: str | None = None) -> None:
        self.scope = scope
        if measure:
            self.set_measure(measure)
        self.reload_items()

    def _drill(
        self, model: CountsModel, index: QModelIndex, kind: str, focus: bool = False
    ) -> None:
        row = model.row(index.row())
        if row is None:
            return
        measure = model.measure(index.column()) if index.column() >= model.LEAD else None
        self.show_scope(Scope(kind, row.key, row.name), measure)
        if focus:
            self.items_table.setFocus()

    def person_in_view(self) -> tuple[uuid.UUID, str] | None:
        """The person whose work the actions for "everything of a person" move: the person
        chosen in the table, else the one in the filter."""
        if self.scope.kind == "person" and self.scope.key:
            return self.scope.key, self.scope.name
        if self.person.currentData():
            return self.person.currentData(), self.person.currentText()
        return None

    def selected_items(self) -> list[BoardItem]:
        rows = sorted({index.row() for index in self.items_table.selectionModel().selectedRows()})
        return [item for r in rows if (item := self.items.row(r)) is not None]

    def _sync_buttons(self) -> None:
        chosen = bool(self.items_table.selectionModel().selectedRows())
        person = self.person_in_view() is not None
        self.reassign_button.setEnabled(chosen)
        self.cases_button.setEnabled(chosen)
        self.reassign_person_button.setEnabled(person)
        self.person_cases_button.setEnabled(person)

    # --- reading, off the main thread ---------------------------------------------------------------

    def reload(self) -> None:
        """The figures and the item list for the current filters."""
        self._read(with_board=True)

    def reload_items(self) -> None:
        self._read(with_board=False)

    def _read(self, with_board: bool) -> None:
        self._generation += 1
        generation, sessions, page = self._generation, self._ctx.sessions, self.items.PAGE
        flt, items_flt, measure = self.current_filter(), self.items_filter(), self.current_measure()
        need_choices = self._choices is None
        known = None if with_board else self.board
        scope = self.scope
        department = scope.key if scope.kind == "department" else None
        person = scope.key if scope.kind == "person" else None

        def work() -> tuple:
            with sessions() as session:
                choices = board_choices(session) if need_choices else None
                figures = board(session, self._ctx.actor, flt) if with_board else None
                held = figures or known
                # The list's length is one of the board's figures: no second count.
                count = held.figure(measure, department, person) if held else None
                if count is None:
                    count = board_items_count(session, self._ctx.actor, items_flt, measure)
                first = board_items(session, self._ctx.actor, items_flt, measure, limit=page)
                return choices, figures, count, first

        def done(result: tuple) -> None:
            if generation != self._generation:
                return  # a newer filter was chosen meanwhile
            choices, figures, count, first = result
            if choices is not None:
                self._set_choices(choices)
            if figures is not None:
                self._show_board(figures)
            self.items.reset(generation, count, first)
            self.items_total = count
            self._show_items_label()
            if self.items.rowCount():
                choose_row(self.items_table, 0)
            self._sync_buttons()
            self.loaded.emit()

        self._tasks.submit(work, done, self._failed)

    def _load_page(self, generation: int, page: int) -> None:
        items_flt, measure, sessions = (
            self.items_filter(),
            self.current_measure(),
            self._ctx.sessions,
        )
        size = self.items.PAGE

        def work() -> list[BoardItem]:
            with sessions() as session:
                return board_items(
                    session, self._ctx.actor, items_flt, measure, offset=page * size, limit=size
                )

        def done(rows: list[BoardItem]) -> None:
            if not self.items.fill(generation, page, rows):
                self.reload_items()  # items came or went since they were counted

        self._tasks.submit(work, done, self._failed)

    def _set_choices(self, choices: BoardChoices) -> None:
        self._choices = choices
        for combo, options in (
            (self.department, choices.departments),
            (self.person, choices.people),
            (self.locality, choices.localities),
            (self.request_type, choices.request_types),
        ):
            for option in options:
                combo.addItem(option.name, option.id)

    def _show_board(self, figures: Board) -> None:
        self.board = figures
        self.departments.set_rows(figures.departments)
        self.people.set_rows(figures.people)
        total = figures.total
        self.risk_label.setText(
            self.tr("סך הכול %1 פתוחים · %2 באיחור · %3 להיום · %4 בסיכון (עד %5, %6 ימי עבודה)")
            .replace("%1", f"{total.open:,}")
            .replace("%2", f"{total.overdue:,}")
            .replace("%3", f"{total.due_today:,}")
            .replace("%4", f"{total.at_risk:,}")
            .replace("%5", format_date(figures.at_risk_until))
            .replace("%6", str(figures.at_risk_days))
        )

    def _show_items_label(self) -> None:
        who = self.scope.name if self.scope.kind != "all" else self.tr("כולם")
        self.items_label.setText(
            self.tr("פריטים: %1 · %2 · %3")
            .replace("%1", who)
            .replace("%2", _tr(MEASURE_LABELS[self.current_measure()]))
            .replace("%3", f"{self.items_total:,}")
        )

    def _failed(self, err: Exception) -> None:
        message = err.message if isinstance(err, DalpakError) else str(err)
        self.message.show_error(self.tr("קריאת לוח העומס נכשלה: %1").replace("%1", message))

    # --- moving work ----------------------------------------------------------------------------------

    def _dialog(
        self, title: str, summary: str, move, with_departments: bool = True
    ) -> ReassignDialog:  # noqa: ANN001
        choices = self._choices
        return ReassignDialog(
            self._tasks,
            title,
            summary,
            choices.people if choices else [],
            (choices.departments if choices else []) if with_departments else [],
            move,
            self,
        )

    def _reassign(
        self,
        title: str,
        summary: str,
        done: str,
        call,
        *,  # noqa: ANN001
        with_departments: bool = True,
    ) -> None:
        """Ask where to and why, then run `call(session, actor, user_id, department_id, reason)`
        in one transaction; `done` (with %1 for how many moved) is shown after."""
        sessions, actor = self._ctx.sessions, self._ctx.actor

        def move(user_id, department_id, reason) -> object:  # noqa: ANN001
            with sessions.begin() as session:
                return call(session, actor, user_id, department_id, reason)

        dialog = self._dialog(title, summary, move, with_departments)
        if dialog.exec() and dialog.outcome is not None:
            self.message.show_note(done.replace("%1", f"{dialog.outcome.moved:,}"))
            self.reload()

    def reassign_selected(self) -> None:
        chosen = self.selected_items()
        if not chosen:
            self.message.show_error(self.tr("יש לבחור פריטים ברשימה (Shift או Ctrl לבחירת כמה)."))
            return
        ids = [item.item_id for item in chosen]
        summary = (
            self.tr("נבחר פריט אחד להעברה.")
            if len(ids) == 1
            else self.tr("%1 פריטים נבחרו להעברה.").replace("%1", str(len(ids)))
        )
        self._reassign(
            self.tr("העברת פריטים"),
            summary,
            self.tr("הועברו %1 פריטים."),
            lambda session, actor, user_id, department_id, reason: reassign_items(
                session,
                actor,
                ids,
                to_user_id=user_id,
                to_department_id=department_id,
                reason=reason,
            ),
        )

    def reassign_person(self) -> None:
        person = self.person_in_view()
        if person is None:
            self.message.show_error(self.tr("יש לבחור עובד/ת בטבלה או בסינון."))
            return
        person_id, name = person
        self._reassign(
            self.tr("העברת כל העבודה של עובד/ת"),
            self.tr("כל הפריטים הפתוחים של %1 יועברו.").replace("%1", name),
            self.tr("הועברו %1 פריטים."),
            lambda session, actor, user_id, department_id, reason: reassign_person_items(
                session,
                actor,
                person_id,
                to_user_id=user_id,
                to_department_id=department_id,
                reason=reason,
            ),
        )

    def reassign_selected_cases(self) -> None:
        chosen = self.selected_items()
        if not chosen:
            self.message.show_error(
                self.tr("יש לבחור פריטים ברשימה: האחריות על הפניות שלהם תועבר.")
            )
            return
        case_ids = list(dict.fromkeys(item.case_id for item in chosen))
        self._reassign(
            self.tr("העברת אחריות על פניות"),
            self.tr("האחריות על %1 פניות תועבר.").replace("%1", str(len(case_ids))),
            self.tr("האחריות על %1 פניות הועברה."),
            lambda session, actor, user_id, _department_id, reason: reassign_cases(
                session, actor, case_ids, to_owner_id=user_id, reason=reason
            ),
            with_departments=False,
        )

    def reassign_person_cases(self) -> None:
        person = self.person_in_view()
        if person is None:
            self.message.show_error(self.tr("יש לבחור עובד/ת בטבלה או בסינון."))
            return
        person_id, name = person
        self._reassign(
            self.tr("העברת כל הפניות של עובד/ת"),
            self.tr("כל הפניות שבאחריות %1 (פתוחות, או עם שיחה שטרם נעשתה) יועברו.").replace(
                "%1", name
            ),
            self.tr("האחריות על %1 פניות הועברה."),
            lambda session, actor, user_id, _department_id, reason: reassign_person_cases(
                session, actor, person_id, to_owner_id=user_id, reason=reason
            ),
            with_departments=False,
        )
