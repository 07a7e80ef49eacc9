"""The two records of a merge side by side, field by field: what the kept record gets.

    comparison = RecordComparison(backend, "contact")
    comparison.set_records({"a": details_a, "b": details_b})   # db.Details of each side
    comparison.changed.connect(...)                              # the kept side or a choice changed
    comparison.choices()                                         # field -> the kept record's value

Equal fields are shown plainly; for each field that differs a radio button per record (and "both"
for e-mails, phones and notes) chooses what the kept record gets. Which record is kept is a choice
too (by default the one with more links, else the older). Texts keep the MergeDialog context.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

import db
from db.entities import spec
from desktop import labels

translate = QCoreApplication.translate
CONTEXT = "MergeDialog"

BOTH = "both"
SIDES = ("a", "b")
WRAP = 48  # characters per line of a value

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
    return spec(entity).title(record)


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


def other_side(side: str) -> str:
    return "b" if side == "a" else "a"


def _tr(text: str) -> str:
    """A text of a QT_TRANSLATE_NOOP("MergeDialog", ...) table (a label, a heading)."""
    return translate(CONTEXT, text)


class RecordComparison(QWidget):
    """The grid of the two records: a "Keep" button per record, a row per field, what is linked."""

    changed = Signal()  # the kept record or a field's choice changed

    def __init__(self, backend, entity: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend, self.entity = backend, entity
        self.details: dict[str, db.Details] = {}
        self.fields: list[FieldChoice] = []
        self.keep_buttons: dict[str, QRadioButton] = {}
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)

    def set_records(self, details: dict[str, db.Details]) -> None:
        """Compare these two (side -> record with its links); the default record is kept."""
        self.details = details
        self._clear()
        self.keep_group = QButtonGroup(self)
        self.keep_buttons = {}
        for column, side in enumerate(SIDES, 1):
            self._add_keep_button(column, side)
        row = 2
        for name, label, kind in FIELDS[self.entity]:
            row = self._add_field(row, name, label, kind)
        row = self._add_counts(row)
        self.grid.setRowStretch(row, 1)
        keep = default_keep(details["a"], details["b"])
        self.keep_buttons[keep].setChecked(True)
        self._keep_changed(keep)

    def _clear(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.fields = []

    def _add_keep_button(self, column: int, side: str) -> None:
        found = self.details[side]
        button = QRadioButton(translate("MergeDialog", "Keep %1").replace("%1", self.name(side)))
        button.setStyleSheet(CHOSEN_STYLE + " QRadioButton { font-size: 11pt; }")
        button.setToolTip(self._created_text(found))
        button.toggled.connect(lambda on, s=side: on and self._keep_changed(s))
        self.keep_group.addButton(button)
        self.keep_buttons[side] = button
        self.grid.addWidget(button, 0, column)
        created = QLabel(self._created_text(found))
        created.setStyleSheet("color: #6b6b6b;")
        self.grid.addWidget(created, 1, column)

    def name(self, side: str) -> str:
        """The record's title; when both have the same, with what tells them apart (e-mail, org number)."""
        title = record_title(self.entity, self.details[side].record) or "–"
        other = record_title(self.entity, self.details[other_side(side)].record) or "–"
        if title != other:
            return title
        record = self.details[side].record
        if self.entity == "contact":
            detail = (record.emails or record.phones or [None])[0] or record.title
        else:
            detail = record.org_number or record.municipality
        return f"{title} ({detail or side.upper()})"

    def _created_text(self, found: db.Details) -> str:
        from desktop.pages.record_html import local_time

        return translate("MergeDialog", "created %1").replace("%1", local_time(found.record.created_at))

    def _add_field(self, row: int, name: str, label: str, kind: str) -> int:
        values = {side: getattr(self.details[side].record, name) for side in SIDES}
        caption = QLabel(_tr(label))
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
            shown = self._shown(kind, values[side]) if not _empty(values[side]) else translate("MergeDialog", "(empty)")
            buttons[side] = self._choice_button(group, f"{_tr(label)}: {shown}", shown)
            self.grid.addWidget(buttons[side], row, column, Qt.AlignmentFlag.AlignTop)
        choice = FieldChoice(name, kind, values, group, buttons)
        if kind in ("list", "phones", "multiline") and not any(_empty(v) for v in values.values()):
            buttons[BOTH] = self._choice_button(group, f"{_tr(label)}: {translate('MergeDialog', 'Both')}",
                                                translate("MergeDialog", "Both"))
            self.grid.addWidget(buttons[BOTH], row + 1, 1, 1, 2)
            row += 1
        group.buttonClicked.connect(lambda _button, c=choice: self._touched(c))
        self.fields.append(choice)
        return row + 1

    @staticmethod
    def _choice_button(group: QButtonGroup, accessible: str, text: str) -> QRadioButton:
        button = QRadioButton(text)
        button.setStyleSheet(CHOSEN_STYLE)
        button.setAccessibleName(accessible)
        group.addButton(button)
        return button

    def _shown(self, kind: str, value: Any) -> str:
        """A value as the radio button shows it (long lines wrapped: a radio button does not wrap)."""
        return "\n".join(textwrap.fill(line, WRAP) if line else line for line in self._text(kind, value).split("\n"))

    def _text(self, kind: str, value: Any) -> str:
        if kind == "list":
            return "\n".join(value)
        if kind == "phones":
            return "\n".join(labels.display("phone", v) for v in value)
        if kind == "bool":
            return translate("MergeDialog", "Yes") if value else translate("MergeDialog", "No")
        if kind.startswith("ref:"):
            from db.record_details import title_of

            return title_of(self.backend.kb, kind[4:], value) or str(value)
        if kind == "multiline":
            text = str(value)
            return text if len(text) <= 400 else text[:400] + "…"
        return labels.display(kind if kind == "date" else "text", value)

    def _add_counts(self, row: int) -> int:
        heading = QLabel(translate("MergeDialog", "Linked to"))
        heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.grid.addWidget(heading, row, 0, 1, 3)
        row += 1
        counts = {side: link_counts(self.details[side]) for side in SIDES}
        for key, _one, _many in MOVES:
            if not any(counts[side][key] for side in SIDES):
                continue
            caption = QLabel(_tr(COUNT_LABELS[key]))
            caption.setStyleSheet("color: #6b6b6b;")
            self.grid.addWidget(caption, row, 0)
            for column, side in enumerate(SIDES, 1):
                self.grid.addWidget(QLabel(str(counts[side][key])), row, column)
            row += 1
        return row

    # --- choices ---------------------------------------------------------------------------------

    def keep_side(self) -> str:
        return next((side for side, button in self.keep_buttons.items() if button.isChecked()), "a")

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
        self.changed.emit()

    def _keep_changed(self, side: str) -> None:
        """Fields the user has not chosen follow the kept record (its own value, unless empty);
        where both have e-mails, phones or notes, both are kept."""
        other = other_side(side)
        for choice in self.fields:
            if choice.touched:
                continue
            if BOTH in choice.buttons:  # e-mails, phones and notes: nothing is lost by default
                choice.choose(BOTH)
            else:
                choice.choose(other if _empty(choice.values[side]) else side)
        self.changed.emit()

    def choices(self) -> dict[str, Any]:
        """Field -> the value the kept record gets, for every field that differs."""
        keep = self.keep_side()
        other = other_side(keep)
        chosen = {}
        for choice in self.fields:
            side = choice.chosen()
            if side == BOTH:
                chosen[choice.name] = both_value(choice.kind, choice.values[keep], choice.values[other])
            else:
                chosen[choice.name] = choice.values[side]
        return chosen
