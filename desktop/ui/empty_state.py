"""An empty table says why it is empty: a sentence in the middle of it while it has no rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel
from shiboken6 import isValid

Reason = str | Callable[[], str]


class EmptyHint(QObject):
    """Keeps a label over the view's viewport, shown only while the model has no rows.
    `reason` may be a callable, for a sentence that depends on what was asked (a filter)."""

    def __init__(self, view: QAbstractItemView, reason: Reason) -> None:
        super().__init__(view)
        self._view = view
        self._reason = reason
        self.label = QLabel(view.viewport())
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: #555555; padding: 12px; background: transparent;")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.update)
        model.layoutChanged.connect(self.update)
        self.update()

    def update(self, *_args: object) -> None:
        if not (isValid(self._view) and isValid(self.label)):
            return  # a table being taken down empties its model as it goes
        model = self._view.model()
        empty = model is not None and model.rowCount() == 0
        if empty:
            self.label.setText(self._reason() if callable(self._reason) else self._reason)
            self.label.setGeometry(self._view.viewport().rect())
        self.label.setVisible(empty)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self._view.viewport().rect())
        return False

    def text(self) -> str:
        return self.label.text() if self.label.isVisibleTo(self._view) else ""


def say_when_empty(view: QAbstractItemView, reason: Reason) -> EmptyHint:
    hint = EmptyHint(view, reason)
    view.empty_hint = hint  # type: ignore[attr-defined]  # for tests and for changing the reason
    return hint
