"""The edit dialog base class.

An `EditDialog` builds its form in `build()`, fills it in `load()`, turns it back into a record
with `record_from_form()` and names its write in `operation()`: a named operation of db/operations.py
with the form's values bound to it. The base does the rest: validation as you type (the data
layer's rules and messages, shown under the field they are about), Save enabled only while
everything is valid, one `backend.write` per save (the operation is one transaction), errors shown
without touching what was typed, the unsaved-changes prompt, Ctrl+S, tab order and the remembered
geometry. The form widgets are in form_widgets.py, the text-to-value helpers in form_values.py.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db import KnowledgeBase, ValidationError, models
from db.entities import SPECS
from db.operations import OpResult
from db.validation import FieldError
from desktop import labels, settings
from desktop.editors.deletion import confirm_delete
from desktop.editors.form_widgets import (
    BANNER_STYLE,
    HINT_STYLE,
    WARNING_STYLE,
    FieldBox,
    fix_tab_order,
    on_change,
    sentence,
)
from desktop.messages import translate_error, translate_field_error, translate_message

log = logging.getLogger(__name__)

Operation = Callable[[KnowledgeBase], OpResult]
_INDEXED = re.compile(r"^(?P<name>\w+)\[(?P<index>\d+)\](?:\.(?P<sub>\w+))?$")


@dataclass
class _Field:
    name: str
    box: FieldBox


class EditDialog(QDialog):
    """Edit one record (record_id None: a new one). Emits saved(entity, id), then closes."""

    saved = Signal(str, str)
    deleted = Signal(str, str)
    entity: ClassVar[str] = ""
    tab_order_follows_form: ClassVar[bool] = True  # rows added later join the tab order (fix_tab_order)

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
        """The write: a named operation of db/operations.py with the form's values bound to it
        (`lambda kb: operations.save_call(kb, record)`). It runs on the worker thread, so it may use
        only plain values gathered here, never a widget."""
        raise NotImplementedError

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
        return self.tr("Edit {kind}: {title}").format(kind=kind, title=SPECS[self.entity].title(self.original))

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
        on_change(widget, lambda *_args: self._field_changed(name))

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
        operation = self.operation(self.record_from_form())
        self._saving = True
        self.save_button.setEnabled(False)
        self.banner.hide()
        self.backend.write(operation, self._on_saved, self._on_failed)

    def _on_saved(self, saved: OpResult) -> None:
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

