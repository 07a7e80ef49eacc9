"""Pick records by typing: a search line with suggestions, and the widgets built on it.

- `SearchLine`: a QLineEdit whose suggestions come from `kb.service(entity).list(text=typed, limit=20)`;
  Enter or a click on a suggestion emits `picked(entity, id, title)`; Enter with the popup closed
  picks the first suggestion.
- `RecordPicker`: several records (participants, topics) shown as chips; `values()` -> [(entity, id)].
- `RecordField`: one record (a call, a coordinator, a parent), or none.

The link rows with a role and dates (affiliations, parties, members) are in link_rows.py.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from db import KnowledgeBase
from db.collation import sv_key
from db.entities import SPECS
from desktop import labels
from desktop.editors.form_widgets import translate

log = logging.getLogger(__name__)

LIMIT = 20
PICK_ROLE = Qt.ItemDataRole.UserRole + 1
CHIP_STYLE = ("QListWidget { border: 1px solid palette(mid); border-radius: 4px; }"
              "QListWidget::item { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px;"
              " margin: 2px; background: palette(alternate-base); }"
              "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }")


@dataclass
class Choice:
    """A picked record; `data` keeps what the dialog loaded with it (link id, role)."""

    entity: str
    id: str
    title: str
    data: dict[str, Any] = field(default_factory=dict)


def _subtitle(entity: str, record) -> str:
    kind = labels.entity_singular(entity)
    extra = {
        "contact": lambda r: r.title or "",
        "organisation": lambda r: r.kind or "",
        "project": lambda r: r.status or "",
        "network": lambda r: "",
        "call": lambda r: str(r.year or ""),
        "activity": lambda r: labels.display("date", r.starts),
    }[entity](record)
    return f"{kind}, {extra}" if extra else kind


def find_records(kb: KnowledgeBase, entities: Sequence[str], text: str, limit: int = LIMIT,
                 exclude: Iterable[tuple[str, str]] = ()) -> list[tuple[str, str, str, str]]:
    """(entity, id, title, subtitle) of the records matching every typed word."""
    skip = set(exclude)
    found = []
    for entity in entities:
        for record in kb.service(entity).list(text=text, limit=limit + len(skip)):
            if (entity, record.id) not in skip:
                found.append((entity, record.id, SPECS[entity].title(record), _subtitle(entity, record)))
    return found[:limit] if len(entities) == 1 else sorted(found, key=lambda f: sv_key(f[2]))[:limit]


class SearchLine(QLineEdit):
    """Type a few letters, pick a record from the suggestions."""

    picked = Signal(str, str, str)  # entity, id, title

    def __init__(self, kb: KnowledgeBase, entities: Sequence[str], placeholder: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.kb, self.entities = kb, tuple(entities)
        self.exclude: set[tuple[str, str]] = set()
        self.setPlaceholderText(placeholder)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated[QModelIndex].connect(self._activated)
        self.textEdited.connect(self.suggest)

    def suggest(self, text: str) -> None:
        self.model.clear()
        if not text.strip():
            self.completer.popup().hide()
            return
        for entity, record_id, title, subtitle in find_records(self.kb, self.entities, text, exclude=self.exclude):
            item = QStandardItem(f"{title}  ({subtitle})")
            item.setData((entity, record_id, title), PICK_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.completer.setCompletionPrefix("")
            self.completer.complete()
            self.completer.popup().setCurrentIndex(self.completer.completionModel().index(0, 0))
        else:
            self.completer.popup().hide()

    def suggestions(self) -> list[tuple[str, str, str]]:
        return [self.model.item(row).data(PICK_ROLE) for row in range(self.model.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        value = index.data(PICK_ROLE)
        if value:
            self._pick(*value)

    def _pick(self, entity: str, record_id: str, title: str) -> None:
        self.completer.popup().hide()
        self.model.clear()
        self.picked.emit(entity, record_id, title)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
            self._pick(*self.model.item(0).data(PICK_ROLE))
            return
        if event.key() == Qt.Key.Key_Down and self.model.rowCount() and not self.completer.popup().isVisible():
            self.completer.complete()
            return
        super().keyPressEvent(event)


class RecordPicker(QWidget):
    """Several records, picked by typing and shown as chips (Delete removes the selected chip)."""

    changed = Signal()

    def __init__(self, kb: KnowledgeBase, entities: Sequence[str], accessible: str, placeholder: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.search = SearchLine(kb, entities, placeholder or translate("Dialogs", "Type a name to add…"))
        self.search.setAccessibleName(accessible)
        self.search.picked.connect(lambda entity, record_id, title: self.add(entity, record_id, title))
        self.chips = QListWidget()
        self.chips.setAccessibleName(translate("Dialogs", "{name}: chosen").format(name=accessible))
        self.chips.setFlow(QListView.Flow.LeftToRight)
        self.chips.setWrapping(True)
        self.chips.setResizeMode(QListView.ResizeMode.Adjust)
        self.chips.setSpacing(1)
        self.chips.setStyleSheet(CHIP_STYLE)
        self.chips.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chips.setFixedHeight(3 * (self.chips.fontMetrics().height() + 10) + 6)
        self.chips.installEventFilter(self)
        self.chips.viewport().installEventFilter(self)
        self.remove_button = QPushButton(translate("Dialogs", "Remove"))
        name = translate("Dialogs", "{name}: remove the chosen one").format(name=accessible)
        self.remove_button.setAccessibleName(name)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.chips, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self._update_buttons()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.chips and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_selected()
                return True
        if (watched is self.chips.viewport() and isinstance(event, QMouseEvent)
                and event.type() == QMouseEvent.Type.MouseButtonRelease):
            position = event.position().toPoint()
            item = self.chips.itemAt(position)
            # A click on a chip's × removes it.
            if item is not None and position.x() >= self.chips.visualItemRect(item).right() - 18:
                self.chips.setCurrentItem(item)
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)

    def add(self, entity: str, record_id: str, title: str, data: dict[str, Any] | None = None) -> None:
        if (entity, record_id) in self.search.exclude:
            return
        choice = Choice(entity, record_id, title, dict(data or {}))
        role = choice.data.get("role")
        shown = f"{title} ({role})" if role and role not in ("deltagare", "ämne") else title
        item = QListWidgetItem(f"{shown}  ×")
        item.setData(PICK_ROLE, choice)
        item.setToolTip(labels.entity_singular(entity))
        self.chips.addItem(item)
        self.search.exclude.add((entity, record_id))
        self.search.clear()
        self._update_buttons()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.chips.currentRow()
        if row < 0 and self.chips.count():
            row = self.chips.count() - 1
        if row < 0:
            return
        choice: Choice = self.chips.takeItem(row).data(PICK_ROLE)
        self.search.exclude.discard((choice.entity, choice.id))
        self._update_buttons()
        self.changed.emit()

    def remove(self, entity: str, record_id: str) -> None:
        for row in range(self.chips.count()):
            choice = self.chips.item(row).data(PICK_ROLE)
            if (choice.entity, choice.id) == (entity, record_id):
                self.chips.setCurrentRow(row)
                self.remove_selected()
                return

    def choices(self) -> list[Choice]:
        return [self.chips.item(row).data(PICK_ROLE) for row in range(self.chips.count())]

    def values(self) -> list[tuple[str, str]]:
        return [(c.entity, c.id) for c in self.choices()]

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.chips.count() > 0)


class RecordField(QWidget):
    """One record or none: type to find it; the field then shows its name."""

    changed = Signal()

    def __init__(self, kb: KnowledgeBase, entities: Sequence[str], placeholder: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.search = SearchLine(kb, entities, placeholder or translate("Dialogs", "Type to find…"))
        self.search.picked.connect(self.set_value)
        self.search.textChanged.connect(self._typed)
        self.setFocusProxy(self.search)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        self.entity: str | None = None
        self.record_id: str | None = None
        self.title = ""

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.search.setAccessibleName(name)

    def set_value(self, entity: str | None, record_id: str | None, title: str = "") -> None:
        self.entity, self.record_id, self.title = entity, record_id, title if record_id else ""
        self.search.blockSignals(True)
        self.search.setText(self.title)
        self.search.blockSignals(False)
        self.changed.emit()

    def _typed(self, text: str) -> None:
        if self.record_id and text != self.title:
            self.entity, self.record_id, self.title = None, None, ""
        self.changed.emit()

    def value(self) -> str | None:
        return self.record_id

    def unpicked(self) -> bool:
        """Text typed but no record picked: not saved silently as "nothing"."""
        return bool(self.search.text().strip()) and self.record_id is None

    def set_excluded(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.search.exclude = set(pairs)
