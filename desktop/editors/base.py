"""The edit dialog base class and the small form widgets every dialog shares.

An `EditDialog` builds its form in `build()`, fills it in `load()`, turns it back into a record
with `record_from_form()` and returns the write as a plain function of a KnowledgeBase from
`operation()`. The base does the rest: validation as you type (the data layer's rules and
messages, shown under the field they are about), Save enabled only while everything is valid,
one `backend.write` per save inside `kb.batch()`, errors shown without touching what was typed,
the unsaved-changes prompt, Ctrl+S, tab order and the remembered geometry.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from db import KnowledgeBase, ValidationError, models
from db.record_details import title_of
from db.validation import FieldError, parse_amount
from desktop import labels, settings
from desktop.messages import translate_error, translate_field_error, translate_message

log = logging.getLogger(__name__)

Operation = Callable[[KnowledgeBase], models.Saved]
ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
HINT_STYLE = "color: palette(placeholder-text);"
BANNER_STYLE = "background: #fdecea; color: #7a0014; border: 1px solid #e0a0a0; border-radius: 4px; padding: 6px;"
_INDEXED = re.compile(r"^(?P<name>\w+)\[(?P<index>\d+)\](?:\.(?P<sub>\w+))?$")


translate = QCoreApplication.translate  # translate("Dialogs", "...") outside QObject methods (lupdate finds it)


# --- values ------------------------------------------------------------------------------


def record_title(entity: str, record: models.Record) -> str:
    if isinstance(record, models.Contact):
        return record.full_name
    return getattr(record, "title", None) or getattr(record, "name", "") or ""


def title_for(kb: KnowledgeBase, entity: str, record_id: str | None) -> str:
    return (title_of(kb, entity, record_id) or "") if record_id else ""


def text_or_none(text: str) -> str | None:
    text = text.strip()
    return text or None


def amount_or_text(text: str) -> int | str | None:
    """A typed amount ("83 500 000 kr") as kronor; text that is no amount is passed on as it was
    typed, so the data layer's own message says what is wrong with it."""
    if not text.strip():
        return None
    try:
        return parse_amount(text)
    except ValueError:
        return text


def int_or_text(text: str) -> int | str | None:
    text = text.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        return text


def datetime_text(value: str | None) -> str:
    """Stored "2022-10-27T09:30" as typed and shown: "2022-10-27 09:30"."""
    return labels.display("date", value)


def field_errors(service, record: models.Record, prefix: str, ignore: Iterable[str] = ()) -> list[FieldError]:
    """A link row's errors, named "prefix.field" (the owner's id, not yet known, is ignored)."""
    try:
        service.validate(record)
    except ValidationError as exc:
        skip = set(ignore)
        return [FieldError(f"{prefix}.{e.field}", e.code, **e.params) for e in exc.errors if e.field not in skip]
    return []


def sync_links(kb: KnowledgeBase, service, name: str, wanted: Sequence[models.Record],
               existing: Iterable[str]) -> None:
    """Create the new link rows, update the kept ones, soft-delete the ones no longer wanted.
    A ValidationError names the row: "name[i].field", so the dialog can mark it."""
    kept = {rec.id for rec in wanted if rec.id}
    for index, rec in enumerate(wanted):
        try:
            if rec.id:
                service.update(rec)
            else:
                service.create(rec)
        except ValidationError as exc:
            raise ValidationError([FieldError(f"{name}[{index}].{e.field}", e.code, **e.params)
                                   for e in exc.errors]) from None
    for link_id in existing:
        if link_id not in kept:
            service.delete(link_id)


# --- form widgets --------------------------------------------------------------------------


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
    """Tab follows the form from top to bottom, rows added later included."""
    if isinstance(window, EditDialog):
        widgets = _focus_widgets(window)
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)


# --- the dialog ------------------------------------------------------------------------------


@dataclass
class _Field:
    name: str
    box: FieldBox


class EditDialog(QDialog):
    """Edit one record (record_id None: a new one). Emits saved(entity, id), then closes."""

    saved = Signal(str, str)
    deleted = Signal(str, str)
    entity: ClassVar[str] = ""

    def __init__(self, backend, record_id: str | None = None, parent: QWidget | None = None,
                 prefill: list[tuple[str, str]] | None = None):
        super().__init__(parent)
        self.backend = backend
        self.kb: KnowledgeBase = backend.kb
        self.service = self.kb.service(self.entity)
        self.record_id = record_id
        self.original: models.Record | None = self.service.get(record_id) if record_id else None
        self.fields: dict[str, _Field] = {}
        self._touched: set[str] = set()
        self._show_all = record_id is not None
        self._saving = False
        self._loading = True
        self._errors: list[FieldError] = []
        self._build_frame()
        self.build()
        if self.original is not None:
            self.load(self.original)
        else:
            self.load_defaults()
        if prefill:
            self.apply_prefill(prefill)
        self._loading = False
        self._clean_state = self.state()
        fix_tab_order(self)
        self.revalidate()
        self.resize(680, min(max(self.body.sizeHint().height() + 90, 360), 760))
        self._restore_geometry()
        self.setWindowTitle(self._title())
        log.debug("opened the %s dialog for %s", self.entity, record_id or "a new record")

    # --- to implement -----------------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def load(self, record: models.Record) -> None:
        raise NotImplementedError

    def load_defaults(self) -> None:
        """A new record: fill in the defaults."""

    def apply_prefill(self, prefill: list[tuple[str, str]]) -> None:
        """Records to link a new record to (entity, id); each dialog takes what fits."""

    def record_from_form(self) -> models.Record:
        raise NotImplementedError

    def extra_errors(self) -> list[FieldError]:
        """Errors of what is not the record itself: link rows, an unpicked name."""
        return []

    def extra_state(self) -> Any:
        """What besides the record counts as an unsaved change (link rows)."""
        return None

    def operation(self, record: models.Record) -> Operation:
        """The write, as a function of the worker's KnowledgeBase. It runs on the worker thread:
        it may use only plain values gathered here, never a widget."""
        service_name = self.entity
        if record.id:
            return lambda kb: kb.service(service_name).update(record)
        return lambda kb: kb.service(service_name).create(record)

    # --- frame ------------------------------------------------------------------------------

    def _build_frame(self) -> None:
        outer = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(self.body)
        outer.addWidget(self.scroll, 1)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.hide()
        outer.addWidget(self.warnings)
        bottom = QHBoxLayout()
        self.delete_button: QPushButton | None = None
        if self.record_id:
            self.delete_button = QPushButton(self.tr("Delete…"))
            self.delete_button.clicked.connect(self._delete)
            bottom.addWidget(self.delete_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        bottom.addWidget(self.hint, 1)
        # Plain buttons, not a QDialogButtonBox: that one makes Save the default button when
        # shown, and Enter in any field would then save half a form. Saving is Ctrl+S or a click.
        self.save_button = QPushButton(self.tr("Save"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.save_button, self.cancel_button, self.delete_button):
            if button is not None:
                button.setAutoDefault(False)
                button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.cancel_button)
        outer.addLayout(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save_shortcut)

    def _title(self) -> str:
        kind = labels.entity_singular(self.entity).lower()
        if self.original is None:
            return self.tr("New {kind}").format(kind=kind)
        return self.tr("Edit {kind}: {title}").format(kind=kind, title=record_title(self.entity, self.original))

    # --- building the form ------------------------------------------------------------------

    def add_field(self, name: str, label: str, widget: QWidget, layout: QFormLayout | None = None) -> QWidget:
        """An input in the form with its label (also its accessible name) and error line."""
        box = FieldBox(widget)
        caption = QLabel(label)
        caption.setBuddy(widget)
        (layout or self.form).addRow(caption, box)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        self.fields[name] = _Field(name, box)
        self.watch(widget, name)
        return widget

    def watch(self, widget: QWidget, name: str) -> None:
        """Revalidate when the widget changes; the field counts as touched from then on."""
        def changed(*_args) -> None:
            self._field_changed(name)

        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
            if widget.isEditable():
                widget.editTextChanged.connect(changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(changed)
        elif hasattr(widget, "changed"):
            widget.changed.connect(changed)

    def line(self, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        if placeholder:
            edit.setPlaceholderText(placeholder)
        self.add_field(name, label, edit)
        return edit

    def date_line(self, name: str, label: str, with_time: bool = False) -> QLineEdit:
        edit = self.line(name, label, self.tr("YYYY-MM-DD HH:MM") if with_time else self.tr("YYYY-MM-DD"))
        edit.setMaximumWidth(180)
        return edit

    def _field_changed(self, name: str) -> None:
        if self._loading:
            return
        self._touched.add(name)
        self.revalidate()

    # --- validation -----------------------------------------------------------------------------

    def check(self) -> tuple[list[FieldError], list[str]]:
        """Every problem the form has now, and the data layer's warnings."""
        errors: list[FieldError] = []
        warnings: list[str] = []
        try:
            _clean, warnings = self.service.validate(self.record_from_form())
        except ValidationError as exc:
            errors.extend(exc.errors)
        errors.extend(self.extra_errors())
        return errors, warnings

    def revalidate(self) -> None:
        if self._loading:
            return
        errors, warnings = self.check()
        self._errors = errors
        self.show_errors(errors, only_touched=not self._show_all)
        self.warnings.setText("\n".join(sentence(translate_message(w)) for w in warnings))
        self.warnings.setVisible(bool(warnings))
        self.save_button.setEnabled(not errors and not self._saving)
        details = "\n".join(translate_field_error(e) for e in errors)
        self.save_button.setToolTip(details or self.tr("Save (Ctrl+S)"))
        hidden = not self._show_all and any(self._field_name(e.field) not in self._touched for e in errors)
        self.hint.setText(self.tr("Not ready to save yet: Ctrl+S shows what is missing.") if hidden else "")
        self.hint.setToolTip(details)

    def show_errors(self, errors: list[FieldError], only_touched: bool = False) -> list[FieldError]:
        """Each message under its field (row i of a list field for "emails[i]" or "parties[i].role").
        Returns the errors that have no field in the form (shown in the banner by the caller)."""
        for item in self.fields.values():
            item.box.set_error(None)
            if hasattr(item.box.widget, "clear_errors"):
                item.box.widget.clear_errors()
        shown: dict[str, list[str]] = {}
        unplaced = []
        for error in errors:
            match = _INDEXED.match(error.field)
            name = match["name"] if match else error.field
            if name not in self.fields:
                unplaced.append(error)
                continue
            if only_touched and name not in self._touched:
                continue
            widget = self.fields[name].box.widget
            if match and hasattr(widget, "set_row_error"):
                if widget.set_row_error(int(match["index"]), translate_message(error.message), match["sub"]):
                    continue
            shown.setdefault(name, []).append(translate_message(error.message))
        for name, messages in shown.items():
            self.fields[name].box.set_error("\n".join(messages))
        return unplaced

    @staticmethod
    def _field_name(field: str) -> str:
        match = _INDEXED.match(field)
        return match["name"] if match else field

    def is_dirty(self) -> bool:
        return self.state() != self._clean_state

    def state(self) -> Any:
        return (repr(self.record_from_form()), repr(self.extra_state()))

    # --- saving -------------------------------------------------------------------------------------

    def _save_shortcut(self) -> None:
        if self.save_button.isEnabled():
            self.save()
            return
        # Ctrl+S on an invalid form shows every problem (also of fields not yet touched).
        self._show_all = True
        self.revalidate()
        self._focus_first_error()

    def _focus_first_error(self) -> None:
        for error in self._errors:
            name = self._field_name(error.field)
            if name in self.fields:
                self.fields[name].box.widget.setFocus()
                return

    def save(self) -> None:
        self._show_all = True
        self.revalidate()
        if not self.save_button.isEnabled():
            self._focus_first_error()
            return
        record = self.record_from_form()
        operation = self.operation(record)

        def in_one_transaction(kb: KnowledgeBase) -> models.Saved:
            with kb.batch():
                return operation(kb)

        self._saving = True
        self.save_button.setEnabled(False)
        self.banner.hide()
        self.backend.write(in_one_transaction, self._on_saved, self._on_failed)

    def _on_saved(self, saved: models.Saved) -> None:
        self._saving = False
        self.record_id = saved.record.id
        self._clean_state = self.state()
        log.info("saved %s %s", self.entity, saved.record.id)
        self.saved.emit(self.entity, saved.record.id)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        """Show what went wrong; every typed value stays where it was."""
        self._saving = False
        if isinstance(error, ValidationError):
            self._show_all = True
            unplaced = self.show_errors(error.errors)
            details = "\n".join(translate_field_error(e) for e in unplaced)
            text = self.tr("Could not save: please correct the marked fields.")
            self.banner.setText(f"{text}\n{details}" if details else text)
            log.info("the %s was not saved: %s", self.entity, error)
        else:
            self.banner.setText(self.tr("Could not save: {error}").format(error=translate_error(error)))
            log.error("saving the %s failed", self.entity, exc_info=error)
        self.banner.show()
        self.save_button.setEnabled(not isinstance(error, ValidationError))

    # --- closing ----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel and the window's close button: ask first when something was typed."""
        if self._saving:
            return
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("Save the changes to this {kind}?").format(kind=labels.entity_singular(self.entity).lower()),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def done(self, result: int) -> None:
        self._store_geometry()
        super().done(result)

    def _delete(self) -> None:
        from desktop.editors import confirm_delete

        if self.record_id and confirm_delete(self.backend, self.entity, self.record_id, self):
            self.deleted.emit(self.entity, self.record_id)
            self._clean_state = self.state()
            super().reject()

    # --- geometry --------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = settings.DIALOG_GEOMETRY.get(self.entity)
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _store_geometry(self) -> None:
        settings.DIALOG_GEOMETRY.set(self.saveGeometry(), self.entity)

