"""Merge two contacts (or two organisations) into one, field by field, with undo.

    dialog = MergeDialog(backend, "contact", a_id, b_id, parent=window)   # b_id None: pick it in the dialog
    dialog.merged.connect(lambda entity, keep_id, op_id: ...)             # after the merge was written
    dialog.exec()

The two records stand side by side. Equal fields are shown plainly; for each field that differs a
radio button per record (and "both" for e-mails, phones and notes) chooses what the kept record
gets. Which record is kept is a choice too (by default the one with more links, else the older);
the other one's activities, notes, links and tags move to it and it is deleted. The merge is one
db.dedupe.merge.merge_records call through backend.write; `UndoOffer` puts "Undo the merge" in the status
bar (db.dedupe.merge.undo_operation on the merge's op id).
"""

from __future__ import annotations

import logging
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import db
from desktop import labels
from desktop.messages import translate_error

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # translate("MergeDialog", "...") outside QObject methods

ENTITIES = ("contact", "organisation")
BOTH = "both"
SIDES = ("a", "b")
UNDO_SECONDS = 120
WRAP = 48  # characters per line of a value

# (field, label, kind) in the order shown; kinds: text, multiline, list, bool, date, ref:<entity>.
FIELDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "contact": (
        ("first_name", QT_TRANSLATE_NOOP("MergeDialog", "First name"), "text"),
        ("last_name", QT_TRANSLATE_NOOP("MergeDialog", "Last name"), "text"),
        ("title", QT_TRANSLATE_NOOP("MergeDialog", "Title"), "text"),
        ("emails", QT_TRANSLATE_NOOP("MergeDialog", "E-mail"), "list"),
        ("phones", QT_TRANSLATE_NOOP("MergeDialog", "Phone"), "phones"),
        ("municipality", QT_TRANSLATE_NOOP("MergeDialog", "Municipality"), "text"),
        ("is_staff", QT_TRANSLATE_NOOP("MergeDialog", "Programme office staff"), "bool"),
        ("notes", QT_TRANSLATE_NOOP("MergeDialog", "About"), "multiline"),
        ("legal_basis", QT_TRANSLATE_NOOP("MergeDialog", "Legal basis (GDPR)"), "text"),
        ("source", QT_TRANSLATE_NOOP("MergeDialog", "Source"), "text"),
        ("informed_at", QT_TRANSLATE_NOOP("MergeDialog", "Informed"), "date"),
        ("retain_until", QT_TRANSLATE_NOOP("MergeDialog", "Keep until"), "date"),
    ),
    "organisation": (
        ("name", QT_TRANSLATE_NOOP("MergeDialog", "Name"), "text"),
        ("short_name", QT_TRANSLATE_NOOP("MergeDialog", "Short name"), "text"),
        ("kind", QT_TRANSLATE_NOOP("MergeDialog", "Kind"), "text"),
        ("org_number", QT_TRANSLATE_NOOP("MergeDialog", "Org. number"), "text"),
        ("website", QT_TRANSLATE_NOOP("MergeDialog", "Website"), "text"),
        ("municipality", QT_TRANSLATE_NOOP("MergeDialog", "Municipality"), "text"),
        ("county", QT_TRANSLATE_NOOP("MergeDialog", "County"), "text"),
        ("parent_id", QT_TRANSLATE_NOOP("MergeDialog", "Part of"), "ref:organisation"),
        ("notes", QT_TRANSLATE_NOOP("MergeDialog", "About"), "multiline"),
    ),
}
# What moves with the dropped record, counted per record: (key, "one", "many").
MOVES = (
    ("organisation", QT_TRANSLATE_NOOP("MergeDialog", "1 organisation link"),
     QT_TRANSLATE_NOOP("MergeDialog", "%1 organisation links")),
    ("contact", QT_TRANSLATE_NOOP("MergeDialog", "1 contact link"),
     QT_TRANSLATE_NOOP("MergeDialog", "%1 contact links")),
    ("project", QT_TRANSLATE_NOOP("MergeDialog", "1 project"), QT_TRANSLATE_NOOP("MergeDialog", "%1 projects")),
    ("network", QT_TRANSLATE_NOOP("MergeDialog", "1 network"), QT_TRANSLATE_NOOP("MergeDialog", "%1 networks")),
    ("activity", QT_TRANSLATE_NOOP("MergeDialog", "1 activity"), QT_TRANSLATE_NOOP("MergeDialog", "%1 activities")),
    ("note", QT_TRANSLATE_NOOP("MergeDialog", "1 note"), QT_TRANSLATE_NOOP("MergeDialog", "%1 notes")),
    ("follow_up", QT_TRANSLATE_NOOP("MergeDialog", "1 follow-up"), QT_TRANSLATE_NOOP("MergeDialog", "%1 follow-ups")),
    ("tag", QT_TRANSLATE_NOOP("MergeDialog", "1 tag"), QT_TRANSLATE_NOOP("MergeDialog", "%1 tags")),
)
COUNT_LABELS = {
    "organisation": QT_TRANSLATE_NOOP("MergeDialog", "Organisations"),
    "contact": QT_TRANSLATE_NOOP("MergeDialog", "Contacts"),
    "project": QT_TRANSLATE_NOOP("MergeDialog", "Projects"),
    "network": QT_TRANSLATE_NOOP("MergeDialog", "Networks"),
    "activity": QT_TRANSLATE_NOOP("MergeDialog", "Activities"),
    "note": QT_TRANSLATE_NOOP("MergeDialog", "Notes"),
    "follow_up": QT_TRANSLATE_NOOP("MergeDialog", "Follow-ups"),
    "tag": QT_TRANSLATE_NOOP("MergeDialog", "Tags"),
}
CHOSEN_STYLE = "QRadioButton:checked { font-weight: 600; }"


def record_title(entity: str, record: db.models.Record) -> str:
    return record.full_name if entity == "contact" else getattr(record, "name", "") or ""


def link_counts(found: db.Details) -> dict[str, int]:
    """What is linked to a record: organisations, projects, networks … activities, notes, tags."""
    counts = dict.fromkeys((key for key, _one, _many in MOVES), 0)
    seen: set[tuple[str, str]] = set()
    for link in found.links:
        if link.entity in counts and link.entity != "activity" and (link.entity, link.entity_id) not in seen:
            seen.add((link.entity, link.entity_id))
            counts[link.entity] += 1
    counts["activity"] = len(found.activities)
    counts["note"] = len(found.notes)
    counts["follow_up"] = len(found.follow_ups)
    counts["tag"] = len(found.tags)
    return counts


def moves_text(counts: dict[str, int]) -> str:
    """"3 aktiviteter, 2 anteckningar" (only what there is)."""
    parts = []
    for key, one, many in MOVES:
        count = counts.get(key, 0)
        if count:
            text = translate("MergeDialog", one) if count == 1 else translate("MergeDialog", many)
            parts.append(text.replace("%1", str(count)))
    return ", ".join(parts)


def default_keep(a: db.Details, b: db.Details) -> str:
    """The record kept by default: the one with more links, else the older one."""
    weight_a, weight_b = sum(link_counts(a).values()), sum(link_counts(b).values())
    if weight_a != weight_b:
        return "a" if weight_a > weight_b else "b"
    return "a" if (a.record.created_at or "") <= (b.record.created_at or "") else "b"


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def both_value(kind: str, first: Any, second: Any) -> Any:
    """"Both": the kept record's e-mails or phones followed by the other's new ones; notes joined."""
    if kind in ("list", "phones"):
        seen = {str(v).lower() for v in first or []}
        return [*(first or []), *[v for v in second or [] if str(v).lower() not in seen]]
    texts = [t for t in (first, second) if not _empty(t)]
    return "\n\n".join(texts) if texts else None


@dataclass
class FieldChoice:
    """One differing field: its radio buttons and what the user chose."""

    name: str
    kind: str
    values: dict[str, Any]  # side -> value
    group: QButtonGroup
    buttons: dict[str, QRadioButton]  # side (a, b, both) -> button
    touched: bool = False

    def chosen(self) -> str:
        return next((side for side, button in self.buttons.items() if button.isChecked()), "a")

    def choose(self, side: str) -> None:
        if side in self.buttons:
            self.buttons[side].setChecked(True)


class MergeDialog(QDialog):
    """Two records side by side; Merge writes the chosen values into the kept one."""

    merged = Signal(str, str, str)  # entity, kept id, op id

    def __init__(self, backend, entity: str, a_id: str, b_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if entity not in ENTITIES:
            raise ValueError(f"only contacts and organisations can be merged, not '{entity}'")
        self.backend, self.entity = backend, entity
        self.ids: dict[str, str | None] = {"a": a_id, "b": None}
        self.details: dict[str, db.Details] = {}
        self.fields: list[FieldChoice] = []
        self.result = None  # db.dedupe.merge.MergeResult after the merge
        self.busy = False
        self.setWindowTitle(self.tr("Merge contacts") if entity == "contact" else self.tr("Merge organisations"))
        self._build()
        self.resize(820, 640)
        if b_id is not None:
            self.set_other(b_id)
        else:
            self._show_picker()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        from desktop.editors.picker import SearchLine

        self.intro = QLabel(self.tr("Choose what the merged record keeps. Activities, notes, links and tags of "
                                    "both records end up on the kept one; the other one is deleted."))
        self.intro.setWordWrap(True)
        self.picker_row = QWidget()
        self.picker = SearchLine(self.backend.kb, [self.entity], self.tr("Type a name to find the other record…"))
        self.picker.setAccessibleName(self.tr("The record to merge with"))
        self.picker.exclude.add((self.entity, self.ids["a"]))
        self.picker.picked.connect(lambda _entity, row_id, _title: self.set_other(row_id))
        picker_layout = QHBoxLayout(self.picker_row)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.addWidget(QLabel(self.tr("Merge with:")))
        picker_layout.addWidget(self.picker, 1)
        self.grid_widget = QWidget()
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_widget)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("mergeSummary")
        self.summary.setStyleSheet("#mergeSummary { background: palette(alternate-base); border: 1px solid "
                                   "palette(mid); border-radius: 4px; padding: 6px; }")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.picker_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

    def _show_picker(self) -> None:
        self.picker_row.show()
        self.summary.setText(self.tr("Find the record to merge %1 with.")
                             .replace("%1", self._title_of(self.ids["a"])))
        self.merge_button.setEnabled(False)
        self.picker.setFocus()

    def _title_of(self, row_id: str | None) -> str:
        from db.record_details import title_of

        return (title_of(self.backend.kb, self.entity, row_id) or "") if row_id else ""

    # --- the two records -----------------------------------------------------------------------

    def set_other(self, b_id: str) -> None:
        """Compare with this record (from the duplicates list, or picked in the dialog)."""
        if b_id == self.ids["a"]:
            return
        self.ids["b"] = b_id
        try:
            self.details = {side: db.details(self.backend.kb, self.entity, self.ids[side]) for side in SIDES}
        except db.NotFoundError as exc:
            self.show_error(exc)
            self.merge_button.setEnabled(False)
            return
        self.picker_row.hide()
        self._fill()
        self.merge_button.setEnabled(True)
        self.merge_button.setFocus()

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.fields = []

    def _fill(self) -> None:
        self._clear_grid()
        self.keep_group = QButtonGroup(self)
        self.keep_buttons: dict[str, QRadioButton] = {}
        for column, side in enumerate(SIDES, 1):
            found = self.details[side]
            button = QRadioButton(self.tr("Keep %1").replace("%1", self.name(side)))
            button.setStyleSheet(CHOSEN_STYLE + " QRadioButton { font-size: 11pt; }")
            button.setToolTip(self._created_text(found))
            button.toggled.connect(lambda on, s=side: on and self._keep_changed(s))
            self.keep_group.addButton(button)
            self.keep_buttons[side] = button
            self.grid.addWidget(button, 0, column)
            created = QLabel(self._created_text(found))
            created.setStyleSheet("color: #6b6b6b;")
            self.grid.addWidget(created, 1, column)
        row = 2
        for name, label, kind in FIELDS[self.entity]:
            row = self._add_field(row, name, label, kind)
        row = self._add_counts(row)
        self.grid.setRowStretch(row, 1)
        keep = default_keep(self.details["a"], self.details["b"])
        self.keep_buttons[keep].setChecked(True)
        self._keep_changed(keep)

    def name(self, side: str) -> str:
        """The record's title; when both have the same, with what tells them apart (e-mail, org number)."""
        title = record_title(self.entity, self.details[side].record) or "–"
        other = record_title(self.entity, self.details["b" if side == "a" else "a"].record) or "–"
        if title != other:
            return title
        record = self.details[side].record
        if self.entity == "contact":
            detail = (record.emails or record.phones or [None])[0] or record.title
        else:
            detail = record.org_number or record.municipality
        return f"{title} ({detail or side.upper()})"

    def _created_text(self, found: db.Details) -> str:
        from desktop.pages.record_page import local_time

        return self.tr("created %1").replace("%1", local_time(found.record.created_at))

    def _add_field(self, row: int, name: str, label: str, kind: str) -> int:
        values = {side: getattr(self.details[side].record, name) for side in SIDES}
        caption = QLabel(self.tr(label))
        caption.setStyleSheet("color: #6b6b6b; padding-top: 2px;")
        self.grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
        if values["a"] == values["b"] or all(_empty(v) for v in values.values()):
            if _empty(values["a"]):
                caption.hide()
                return row
            plain = QLabel(self._shown(kind, values["a"]))
            plain.setWordWrap(True)
            plain.setTextFormat(Qt.TextFormat.PlainText)
            self.grid.addWidget(plain, row, 1, 1, 2)
            return row + 1
        group = QButtonGroup(self)
        buttons: dict[str, QRadioButton] = {}
        for column, side in enumerate(SIDES, 1):
            shown = self._shown(kind, values[side]) if not _empty(values[side]) else self.tr("(empty)")
            button = QRadioButton(shown)
            button.setStyleSheet(CHOSEN_STYLE)
            button.setAccessibleName(f"{self.tr(label)}: {shown}")
            group.addButton(button)
            buttons[side] = button
            self.grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignTop)
        choice = FieldChoice(name, kind, values, group, buttons)
        if kind in ("list", "phones", "multiline") and not any(_empty(v) for v in values.values()):
            both = QRadioButton(self.tr("Both"))
            both.setStyleSheet(CHOSEN_STYLE)
            both.setAccessibleName(f"{self.tr(label)}: {self.tr('Both')}")
            group.addButton(both)
            buttons[BOTH] = both
            self.grid.addWidget(both, row + 1, 1, 1, 2)
            row += 1
        group.buttonClicked.connect(lambda _button, c=choice: self._touched(c))
        self.fields.append(choice)
        return row + 1

    def _shown(self, kind: str, value: Any) -> str:
        """A value as the radio button shows it (long lines wrapped: a radio button does not wrap)."""
        return "\n".join(textwrap.fill(line, WRAP) if line else line for line in self._text(kind, value).split("\n"))

    def _text(self, kind: str, value: Any) -> str:
        if kind == "list":
            return "\n".join(value)
        if kind == "phones":
            return "\n".join(labels.display("phone", v) for v in value)
        if kind == "bool":
            return self.tr("Yes") if value else self.tr("No")
        if kind.startswith("ref:"):
            from db.record_details import title_of

            return title_of(self.backend.kb, kind[4:], value) or str(value)
        if kind == "multiline":
            text = str(value)
            return text if len(text) <= 400 else text[:400] + "…"
        return labels.display(kind if kind == "date" else "text", value)

    def _add_counts(self, row: int) -> int:
        heading = QLabel(self.tr("Linked to"))
        heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.grid.addWidget(heading, row, 0, 1, 3)
        row += 1
        counts = {side: link_counts(self.details[side]) for side in SIDES}
        for key, _one, _many in MOVES:
            if not any(counts[side][key] for side in SIDES):
                continue
            caption = QLabel(self.tr(COUNT_LABELS[key]))
            caption.setStyleSheet("color: #6b6b6b;")
            self.grid.addWidget(caption, row, 0)
            for column, side in enumerate(SIDES, 1):
                self.grid.addWidget(QLabel(str(counts[side][key])), row, column)
            row += 1
        return row

    # --- choices ---------------------------------------------------------------------------------

    def keep_side(self) -> str:
        return next((side for side, button in self.keep_buttons.items() if button.isChecked()), "a")

    def keep_id(self) -> str:
        return self.ids[self.keep_side()]

    def drop_id(self) -> str:
        return self.ids["b" if self.keep_side() == "a" else "a"]

    def choose_keep(self, side: str) -> None:
        self.keep_buttons[side].setChecked(True)

    def choose(self, name: str, side: str) -> None:
        """Choose a field's value: side "a", "b" or "both" (tests and keyboard users)."""
        for choice in self.fields:
            if choice.name == name:
                choice.choose(side)
                self._touched(choice)
                return
        raise KeyError(name)

    def _touched(self, choice: FieldChoice) -> None:
        choice.touched = True
        self._update_summary()

    def _keep_changed(self, side: str) -> None:
        """Fields the user has not chosen follow the kept record (its own value, unless empty);
        where both have e-mails, phones or notes, both are kept."""
        other = "b" if side == "a" else "a"
        for choice in self.fields:
            if choice.touched:
                continue
            if BOTH in choice.buttons:  # e-mails, phones and notes: nothing is lost by default
                choice.choose(BOTH)
            else:
                choice.choose(other if _empty(choice.values[side]) else side)
        self._update_summary()

    def choices(self) -> dict[str, Any]:
        """Field -> the value the kept record gets, for every field that differs."""
        keep = self.keep_side()
        other = "b" if keep == "a" else "a"
        chosen = {}
        for choice in self.fields:
            side = choice.chosen()
            if side == BOTH:
                chosen[choice.name] = both_value(choice.kind, choice.values[keep], choice.values[other])
            else:
                chosen[choice.name] = choice.values[side]
        return chosen

    def _update_summary(self) -> None:
        if not self.details:
            return
        keep = self.keep_side()
        drop = "b" if keep == "a" else "a"
        kept_title, dropped_title = self.name(keep), self.name(drop)
        moving = moves_text(link_counts(self.details[drop]))
        lines = [self.tr("%1 is kept; %2 is deleted.").replace("%1", kept_title).replace("%2", dropped_title)]
        if moving:
            lines.append(self.tr("Moved to %1: %2.").replace("%1", kept_title).replace("%2", moving))
        else:
            lines.append(self.tr("Nothing is linked to %1.").replace("%1", dropped_title))
        self.summary.setText("\n".join(lines))

    # --- merging ---------------------------------------------------------------------------------

    def show_error(self, error: BaseException | str | None) -> None:
        if error is None:
            self.error_label.hide()
            return
        self.error_label.setText(error if isinstance(error, str) else translate_error(error))
        self.error_label.show()

    def merge(self) -> None:
        """Write the merge (one backend.write); the dialog closes when it is done."""
        if self.busy or self.ids["b"] is None:
            return
        entity, keep_id, drop_id, choices = self.entity, self.keep_id(), self.drop_id(), self.choices()
        self.busy = True
        self.merge_button.setEnabled(False)
        self.show_error(None)

        def run(kb):
            from db.dedupe.merge import merge_records

            return merge_records(kb, entity, keep_id, drop_id, choices)

        self.backend.write(run, on_done=self._merged, on_error=self._failed)

    def _merged(self, result) -> None:
        log.info("merged two %s records", self.entity)
        self.result = result
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.merged.emit(self.entity, result.keep_id, result.op_id or "")
        self.accept()

    def _failed(self, error: BaseException) -> None:
        log.warning("a merge failed: %s", type(error).__name__)
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.merge_button.setEnabled(True)
        self.show_error(self.tr("The records were not merged: %1").replace("%1", translate_error(error)))

    def reject(self) -> None:
        if not self.busy:
            super().reject()


class UndoOffer(QObject):
    """"Undo the merge" in the status bar for a while: an action (and its button) that calls
    db.dedupe.merge.undo_operation on the operation's id."""

    undone = Signal(str)  # op id

    def __init__(self, window: QMainWindow, backend, op_id: str, message: str, text: str | None = None,
                 on_undone: Callable[[], None] | None = None):
        super().__init__(window)
        self.window, self.backend, self.op_id = window, backend, op_id
        self.on_undone = on_undone
        self.action = QAction(text or self.tr("Undo the merge"), self)
        self.action.triggered.connect(self.undo)
        self.button = QToolButton()
        self.button.setDefaultAction(self.action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.statusBar().addPermanentWidget(self.button)
        window.statusBar().showMessage(message, UNDO_SECONDS * 1000)
        self.button.show()
        QTimer.singleShot(UNDO_SECONDS * 1000, self.withdraw)

    def withdraw(self) -> None:
        """Take the button away (time is up, undone, or a newer offer)."""
        if shiboken6.isValid(self.button):
            if shiboken6.isValid(self.window):
                self.window.statusBar().removeWidget(self.button)
            self.button.deleteLater()
        self.action.setEnabled(False)

    def undo(self) -> None:
        if not self.action.isEnabled():
            return
        self.action.setEnabled(False)
        op_id = self.op_id

        def run(kb):
            from db.dedupe.merge import undo_operation

            return undo_operation(kb, op_id)

        self.backend.write(run, on_done=lambda _result: self._undone(), on_error=self._failed)

    def _undone(self) -> None:
        self.withdraw()
        if shiboken6.isValid(self.window):
            self.window.statusBar().showMessage(self.tr("Undone."), 8000)
        self.undone.emit(self.op_id)
        if self.on_undone is not None:
            self.on_undone()

    def _failed(self, error: BaseException) -> None:
        log.warning("undo failed: %s", type(error).__name__)
        self.withdraw()
        if shiboken6.isValid(self.window):
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Undo"),
                              self.tr("It could not be undone: %1").replace("%1", translate_error(error)),
                              QMessageBox.StandardButton.Ok, self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.error_box = box
