"""The small form widgets every edit dialog shares: an input with its error line (FieldBox), one
line per value (MultiLineEdit), text editors, combos, headings, error labels, and the tab order
that follows the form.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
HINT_STYLE = "color: palette(placeholder-text);"
BANNER_STYLE = "background: #fdecea; color: #7a0014; border: 1px solid #e0a0a0; border-radius: 4px; padding: 6px;"

translate = QCoreApplication.translate  # translate("Dialogs", "...") outside QObject methods (lupdate finds it)


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def sentence(message: str) -> str:
    """The data layer's "name is required" as "Name is required"."""
    return message[:1].upper() + message[1:]


def set_error(label: QLabel, message: str | None) -> None:
    label.setText(sentence(message or ""))
    label.setVisible(bool(message))


class FieldBox(QWidget):
    """An input with its error message right below it."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.widget = widget
        # Only what grows by nature (a text editor) takes the form's spare height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, widget.sizePolicy().verticalPolicy())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        self.error = error_label()
        layout.addWidget(self.error)

    def set_error(self, message: str | None) -> None:
        set_error(self.error, message)
        if self.widget.accessibleDescription() != (message or ""):
            self.widget.setAccessibleDescription(message or "")


class MultiLineEdit(QWidget):
    """Several one-line values (e-mails, phone numbers): one field each, always one empty field
    at the end for the next. Row i is value i, blank rows counted (the data layer does the same)."""

    changed = Signal()

    def __init__(self, accessible: str, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.accessible, self.placeholder = accessible, placeholder
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.edits: list[QLineEdit] = []
        self.errors: list[QLabel] = []
        self._add()

    def _add(self, text: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(self.placeholder)
        edit.setAccessibleName(f"{self.accessible} {len(self.edits) + 1}")
        edit.textChanged.connect(self._edited)
        label = error_label()
        self._layout.addWidget(edit)
        self._layout.addWidget(label)
        self.edits.append(edit)
        self.errors.append(label)
        return edit

    def _edited(self) -> None:
        if self.edits[-1].text().strip():
            self._add()
            fix_tab_order(self.window())
        self.changed.emit()

    def values(self) -> list[str]:
        values = [edit.text() for edit in self.edits]
        while values and not values[-1].strip():
            values.pop()
        return values

    def set_values(self, values: Iterable[str]) -> None:
        values = list(values)
        while len(self.edits) < len(values) + 1:
            self._add()
        for edit, value in zip(self.edits, [*values, *[""] * len(self.edits)], strict=False):
            edit.blockSignals(True)
            edit.setText(value)
            edit.blockSignals(False)

    def clear_errors(self) -> None:
        for label in self.errors:
            set_error(label, None)

    def set_row_error(self, index: int, message: str, sub: str | None = None) -> bool:
        if not 0 <= index < len(self.errors):
            return False
        set_error(self.errors[index], message)
        return True


def on_change(widget: QWidget, callback: Callable[..., None]) -> None:
    """Call back whenever the input's value changes, whatever kind of input it is."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.textChanged.connect(callback)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(callback)
        if widget.isEditable():
            widget.editTextChanged.connect(callback)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(callback)
    elif hasattr(widget, "changed"):
        widget.changed.connect(callback)


def plain_text_edit(height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the form
    edit.setMinimumHeight(height)
    return edit


def combo(values: Iterable[str], blank: bool = False) -> QComboBox:
    box = QComboBox()
    if blank:
        box.addItem("", None)
    for value in values:
        box.addItem(value, value)
    return box


def set_combo(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    if index < 0 and value is not None:  # a stored value the list does not know: keep it
        box.addItem(str(value), value)
        index = box.count() - 1
    box.setCurrentIndex(max(index, 0))


def date_width(widget: QWidget) -> int:
    """Wide enough for 2022-10-27, in the widget's font."""
    return widget.fontMetrics().horizontalAdvance("0000-00-00") + 18


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 8px;")
    return label


def _focus_widgets(widget: QWidget) -> list[QWidget]:
    """The inputs in the order their layouts show them (for the tab order)."""
    found: list[QWidget] = []

    def visit_layout(layout: QLayout) -> None:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is not None:
                visit(item.widget())
            elif item.layout() is not None:
                visit_layout(item.layout())

    def visit(w: QWidget) -> None:
        if isinstance(w, QScrollArea):
            if w.widget() is not None:
                visit(w.widget())
            return
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w, QLabel):
            found.append(w)
        if isinstance(w, (QComboBox, QPlainTextEdit, QLineEdit, QAbstractButton)):
            return
        if w.layout() is not None:
            visit_layout(w.layout())

    if widget.layout() is not None:
        visit_layout(widget.layout())
    return found


def fix_tab_order(window: QWidget) -> None:
    """Tab follows the form from top to bottom, rows added later included (in a window that asks
    for it: an EditDialog; a widget not yet placed in one is its own window and is left alone)."""
    if getattr(window, "tab_order_follows_form", False):
        widgets = _focus_widgets(window)
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)
