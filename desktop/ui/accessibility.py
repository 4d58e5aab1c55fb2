"""Every control a screen reader can reach has a name (Israeli Service Accessibility
Regulations: WCAG 2.0 AA, 4.1.2 "Name, Role, Value").

Most controls already say what they are somewhere on the screen: a form's label, a button's
text, a placeholder, a group's title, a table's headers. `name_controls` gives each unnamed
control the name a sighted user reads beside it, so a new screen cannot forget. It runs for
every window the first time it is shown (`Namer`, an application-wide event filter installed
once the main window shows; the login, the first-run wizard and the main window are named
directly), and for every page built later, when it is first opened.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

log = logging.getLogger(__name__)
NAMED = "_controls_named"  # set on a window once its controls are named

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)
_MARKUP = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return " ".join(_MARKUP.sub(" ", text or "").replace("&", "").split()).rstrip(":")


def _form_label(widget: QWidget) -> str:
    """The label of the form row the widget (or the box holding it) sits in."""
    current: QWidget | None = widget
    for _ in range(3):
        parent = current.parentWidget() if current is not None else None
        if parent is None:
            return ""
        for form in parent.findChildren(QFormLayout):
            label = form.labelForField(current)  # a QLabel, or a radio button choosing the row
            if isinstance(label, QLabel | QAbstractButton) and label.text():
                return _plain(label.text())
        current = parent
    return ""


def _buddy_label(widget: QWidget) -> str:
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return _plain(label.text())
    return ""


def _group_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return _plain(parent.title())
        parent = parent.parentWidget()
    return ""


def _headers(view: QAbstractItemView) -> str:
    model = view.model()
    if model is None or not isinstance(view, QTableView):
        return ""
    columns = model.columnCount(QModelIndex())
    names = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    names = [n for n in names if n][:4]
    return ", ".join(names)


def name_for(widget: QWidget) -> str:
    """What a sighted user reads as this control's name."""
    if isinstance(widget, QAbstractButton) and _plain(widget.text()):
        return _plain(widget.text())
    if isinstance(widget, QTabBar):
        return widget.window().windowTitle() or _plain(widget.tabText(widget.currentIndex()))
    for find in (_form_label, _buddy_label):
        found = find(widget)
        if found:
            return found
    placeholder = getattr(widget, "placeholderText", None)
    if callable(placeholder) and placeholder():
        return _plain(placeholder())
    if widget.toolTip():
        return _plain(widget.toolTip())
    before = _label_before(widget)
    if before:
        return before
    if isinstance(widget, QAbstractItemView):
        title = _group_title(widget) or widget.window().windowTitle()
        columns = _headers(widget)
        return " - ".join(part for part in (title, columns) if part) or widget.tr("רשימה")
    return _group_title(widget)


def announced_name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessible name, else a button's own text.
    (Qt's accessible interface would tell too, but querying it from Python is not safe.)"""
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    return _plain(widget.text()) if isinstance(widget, QAbstractButton) else ""


def _inner_editor(widget: QWidget) -> bool:
    """The line edit inside a date field or an editable combo box, the clear button inside a
    line edit: announced as part of their control."""
    parent = widget.parentWidget()
    return (
        isinstance(widget, QLineEdit)
        and isinstance(parent, QAbstractSpinBox | QComboBox)
        or isinstance(widget, QAbstractButton)
        and isinstance(parent, QLineEdit)
    )


def _label_before(widget: QWidget) -> str:
    """The text of the label just before the control in its row or column ("עד" between two
    dates, a caption above a list)."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    stack = [layout] if layout is not None else []
    while stack:
        box = stack.pop()
        items = [box.itemAt(n) for n in range(box.count())]
        for n, item in enumerate(items):
            if item.layout() is not None:
                stack.append(item.layout())
            if item.widget() is widget:
                for earlier in reversed(items[:n]):
                    label = earlier.widget()
                    if isinstance(label, QLabel) and _plain(label.text()):
                        return _plain(label.text())
                return ""
    return ""


def name_controls(root: QWidget) -> None:
    """Name every control under `root` (and root itself) that would be announced nameless."""
    for widget in [root, *root.findChildren(QWidget)]:
        if (
            isinstance(widget, INTERACTIVE)
            and not announced_name(widget)
            and not _inner_editor(widget)
        ):
            try:
                name = name_for(widget)
            except Exception:  # noqa: BLE001 - one odd widget must not leave the rest nameless
                log.exception("no name found for a %s", type(widget).__name__)
                continue
            if name:
                widget.setAccessibleName(name)


def unnamed(root: QWidget) -> list[str]:
    """The visible controls under `root` that a screen reader would announce without a name."""
    return [
        f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
        for w in [root, *root.findChildren(QWidget)]
        if isinstance(w, INTERACTIVE)
        and w.isVisibleTo(root)
        and not announced_name(w)
        and not _inner_editor(w)
    ]


def name_window(window: QWidget) -> None:
    """Name a window's controls once (the Namer does it for windows shown after start-up)."""
    if not getattr(window, NAMED, False):
        setattr(window, NAMED, True)
        name_controls(window)


class Namer(QObject):
    """Names the controls of each window the first time it is shown. Pages built later, when
    first opened, call name_controls themselves."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        # A mark on the Python object, not a Qt property: reading an unset dynamic property
        # back through PySide upsets the interpreter's count of None.
        if (
            event.type() == QEvent.Type.Show
            and isinstance(obj, QWidget)
            and obj.isWindow()
            and not getattr(obj, NAMED, False)
        ):
            try:
                name_window(obj)
            except Exception:  # noqa: BLE001 - naming must never stop a window from showing
                log.exception("naming the controls of %s failed", type(obj).__name__)
        return False
