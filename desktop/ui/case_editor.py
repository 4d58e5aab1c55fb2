"""Capturing the whole visit as one case: items picked by typing, routed, dated."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.counter.cases import ItemDraft, expected_date_for
from desktop.counter.reference import RequestTypeInfo, match_request_types
from desktop.ui.empty_state import say_when_empty
from desktop.ui.widgets import MessageLine, format_date, isolated

_Index = QModelIndex | QPersistentModelIndex


@dataclass
class PendingItem:
    """An item of the case being typed (not saved yet)."""

    request_type: RequestTypeInfo
    department_id: uuid.UUID
    department_name: str
    description: str

    def draft(self) -> ItemDraft:
        return ItemDraft(self.request_type.id, self.description, self.department_id)


class CaseItemsModel(QAbstractTableModel):
    HEADERS = (
        "#",
        QT_TRANSLATE_NOOP("Columns", "נושא"),
        QT_TRANSLATE_NOOP("Columns", "מחלקה"),
        QT_TRANSLATE_NOOP("Columns", "תאריך צפוי"),
        QT_TRANSLATE_NOOP("Columns", "פירוט"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[PendingItem] = []

    def set_items(self, items: list[PendingItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def append(self, item: PendingItem) -> None:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(item)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.items[index.row()]
        expected = format_date(
            expected_date_for(
                item.request_type.sla_days, statutory_days=item.request_type.statutory_days
            )
        )
        return (
            str(index.row() + 1),
            item.request_type.name,
            item.department_name,
            expected,
            item.description,
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201, N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Columns", self.HEADERS[section])
        return None


class CaseEditor(QWidget):
    """Emits `changed` on every edit (the draft is saved from it)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue: list[RequestTypeInfo] = []
        self._departments: list[tuple[uuid.UUID, str]] = []
        self._chosen: RequestTypeInfo | None = None
        self.title = QLabel(self)
        self.message = MessageLine(self)
        self.model = CaseItemsModel(self)
        self.table = QTableView(self)
        self.type_edit = QLineEdit(self)
        self.matches = QListWidget(self)
        self.department = QComboBox(self)
        self.description = QLineEdit(self)
        self.preview = QLabel(self)  # the expected date and the documents
        self.steps = QLabel(self)  # what happens next, under them
        self.add_button = QPushButton(self.tr("הוספת נושא (Enter)"), self)
        self._build()
        self._wire()

    def _build(self) -> None:
        self.title.setStyleSheet("font-weight: bold; font-size: 15px;")
        self.table.setModel(self.model)
        say_when_empty(
            self.table, self.tr("עוד אין נושאים בפנייה: בוחרים נושא למטה ולוחצים Enter להוספה.")
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # The header and three topics without scrolling; the new-topic box takes the rest.
        self.table.setMinimumHeight(118)
        self.type_edit.setPlaceholderText(
            self.tr("נושא: כמה אותיות או קוד מהיר, למשל 503 (Ctrl+I)")
        )
        # Whole names and departments: long ones wrap rather than scroll sideways.
        self.matches.setWordWrap(True)
        self.matches.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.matches.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matches.setMinimumHeight(150)
        self.description.setPlaceholderText(self.tr("פירוט חופשי (לא חובה)"))
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setStyleSheet("background: #f5f9ff; padding: 6px;")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop)
        # A long list of steps scrolls; nothing of it is cut off.
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setStyleSheet("background: #f5f9ff; padding: 0 6px 6px 6px;")
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview.setStyleSheet("background: #f5f9ff; padding: 6px 6px 0 6px;")
        inside = QWidget(self)
        inside.setStyleSheet("background: #f5f9ff;")
        stacked = QVBoxLayout(inside)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.setSpacing(0)
        stacked.addWidget(self.preview)
        stacked.addWidget(self.steps, 1)
        self.preview_scroll = QScrollArea(self)
        self.preview_scroll.setWidget(inside)
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.preview_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview_scroll.setAccessibleName(self.tr("פרטי הנושא שנבחר"))
        box = QGroupBox(self.tr("נושא חדש בפנייה"), self)
        picker = QVBoxLayout()
        picker.addWidget(QLabel(self.tr("נושא")))
        picker.addWidget(self.type_edit)
        picker.addWidget(self.matches, 1)
        details = QFormLayout()
        details.addRow(self.tr("מחלקה"), self.department)
        details.addRow(self.tr("פירוט"), self.description)
        details.addRow(self.preview_scroll)
        details.addRow(self.add_button)
        columns = QHBoxLayout(box)
        columns.addLayout(picker, 5)
        columns.addLayout(details, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(box, 2)

    def _wire(self) -> None:
        self.type_edit.textEdited.connect(self._filter)
        self.type_edit.returnPressed.connect(self._choose_highlighted)
        self.type_edit.installEventFilter(self)
        self.table.installEventFilter(self)
        self.matches.itemActivated.connect(lambda _i: self._choose_highlighted())
        self.description.returnPressed.connect(self.add_current)
        self.description.textEdited.connect(lambda _t: self.changed.emit())
        self.department.activated.connect(lambda _i: self.changed.emit())
        self.add_button.clicked.connect(self.add_current)

    # --- setup ---------------------------------------------------------------------------

    def set_catalogue(
        self, catalogue: list[RequestTypeInfo], departments: list[tuple[uuid.UUID, str]]
    ) -> None:
        self._catalogue = catalogue
        self._departments = departments
        self.department.clear()
        for dep_id, name in departments:
            self.department.addItem(name, str(dep_id))
        self._filter("")

    def start(self, resident_name: str) -> None:
        self.title.setText(self.tr("פנייה חדשה עבור %1").replace("%1", isolated(resident_name)))
        self.model.set_items([])
        self._reset_form()
        self.message.clear_message()

    def focus_type(self) -> None:
        self.type_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- picking a type ------------------------------------------------------------------

    def eventFilter(self, obj, event) -> bool:  # noqa: ANN001, N802
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if obj is self.type_edit and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.matches.currentRow() + step, self.matches.count() - 1))
                self.matches.setCurrentRow(row)
                return True
            if obj is self.table and event.key() == Qt.Key.Key_Delete:
                rows = self.table.selectionModel().selectedRows()
                if rows:
                    self.model.remove(rows[0].row())
                    self.changed.emit()
                return True
        return super().eventFilter(obj, event)

    def _filter(self, text: str) -> None:
        self.matches.clear()
        for info in match_request_types(self._catalogue, text):
            item = QListWidgetItem(f"{info.quick_code}  {info.name}  ·  {info.department_name}")
            item.setData(Qt.ItemDataRole.UserRole, info.code)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)
        if self._chosen is not None and text != self._chosen.name:
            self._chosen = None
            self.preview.clear()
            self.steps.clear()
        self.changed.emit()

    def _choose_highlighted(self) -> None:
        item = self.matches.currentItem()
        if item is None:
            if self.type_edit.text().strip():
                self.message.show_error(self.tr("לא נמצא נושא כזה בקטלוג. נסו מילה אחרת."))
            return
        self.choose(item.data(Qt.ItemDataRole.UserRole))

    def choose(self, code: str) -> None:
        info = next(i for i in self._catalogue if i.code == code)
        self._chosen = info
        self.type_edit.setText(info.name)
        self.department.setCurrentIndex(self.department.findData(str(info.department_id)))
        expected = expected_date_for(info.sla_days, statutory_days=info.statutory_days)
        steps = "".join(f"<li>{s}</li>" for s in info.steps)
        no_documents = self.tr("אין צורך במסמכים")
        docs = "".join(f"<li>{d}</li>" for d in info.documents) or f"<li>{no_documents}</li>"
        days = self.tr("%1 ימי עבודה").replace("%1", str(info.sla_days))
        if info.statutory_days:
            law = self.tr("בחוק: תוך %1 ימים").replace("%1", str(info.statutory_days))
            days = f"{days}; {law}"
        expected_caption = self.tr("תאריך צפוי")
        documents_caption = self.tr("מסמכים נדרשים")
        now_caption = self.tr("מה קורה עכשיו")
        self.preview.setText(
            f"<b>{expected_caption}:</b> {format_date(expected)} ({days})"
            # The documents first: what the clerk asks the resident for now.
            f"<br><b>{documents_caption}:</b><ul>{docs}</ul>"
        )
        self.steps.setText(f"<b>{now_caption}:</b><ul>{steps}</ul>")
        self.message.clear_message()
        self.description.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def add_type(self, request_type_id: uuid.UUID) -> None:
        """Add a catalogue topic as it is (an accepted extra), keeping what is being typed."""
        info = next((i for i in self._catalogue if i.id == request_type_id), None)
        if info is None:
            return
        self.model.append(PendingItem(info, info.department_id, info.department_name, ""))
        self.message.show_note(self.tr("נוסף: %1").replace("%1", info.name))
        self.changed.emit()

    def has_chosen_type(self) -> bool:
        return self._chosen is not None

    def add_current(self) -> None:
        if self._chosen is None:
            self.message.show_error(self.tr("יש לבחור נושא מהרשימה לפני ההוספה."))
            self.type_edit.setFocus()
            return
        self.model.append(
            PendingItem(
                self._chosen,
                uuid.UUID(self.department.currentData()),
                self.department.currentText(),
                self.description.text().strip(),
            )
        )
        self._reset_form()
        count = self.model.rowCount()
        added = self.tr("נושא אחד בפנייה") if count == 1 else self.tr("%n נושאים בפנייה", "", count)
        self.message.show_note(self.tr("%1. Ctrl+P לשמירה והדפסת הקבלה.").replace("%1", added))
        self.type_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _reset_form(self) -> None:
        self._chosen = None
        self.type_edit.clear()
        self.description.clear()
        self.preview.clear()
        self.steps.clear()
        self._filter("")

    # --- the draft -----------------------------------------------------------------------

    def items(self) -> list[PendingItem]:
        return list(self.model.items)

    def to_payload(self) -> dict:
        return {
            "items": [
                {
                    "type": i.request_type.code,
                    "department_id": str(i.department_id),
                    "description": i.description,
                }
                for i in self.model.items
            ],
            "typing": {
                "type_text": self.type_edit.text(),
                "chosen": self._chosen.code if self._chosen else None,
                "department_id": self.department.currentData() if self._chosen else None,
                "description": self.description.text(),
            },
        }

    def restore(self, payload: dict) -> None:
        by_code = {i.code: i for i in self._catalogue}
        names = dict(self._departments)
        items = []
        for raw in payload.get("items", []):
            info = by_code.get(raw["type"])
            if info is None:
                continue
            dep_id = uuid.UUID(raw["department_id"])
            items.append(
                PendingItem(
                    info, dep_id, names.get(dep_id, info.department_name), raw["description"]
                )
            )
        self.model.set_items(items)
        typing = payload.get("typing", {})
        if typing.get("chosen") in by_code:
            self.choose(typing["chosen"])
            if typing.get("department_id"):
                self.department.setCurrentIndex(self.department.findData(typing["department_id"]))
        else:
            self.type_edit.setText(typing.get("type_text", ""))
            self._filter(self.type_edit.text())
        self.description.setText(typing.get("description", ""))
