"""Papperskorg: deleted records, restorable one by one. Read when shown (and again after a change
to a main entity while shown), never while hidden (pages.scoped_refresh)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from db import listing, operations
from db import models as m
from db.entities import MAIN_ENTITIES
from desktop import labels
from desktop.backend import Backend
from desktop.pages.scoped_refresh import ScopedRefresh

ENTITIES = MAIN_ENTITIES
ROLE = Qt.ItemDataRole.UserRole


class TrashPage(QWidget):
    open_record = Signal(str, str)

    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Deleted record"), self.tr("Deleted at")])
        self.tree.setAccessibleName(self.tr("Deleted records"))
        self.tree.setColumnWidth(0, 380)
        self.tree.itemActivated.connect(self._open)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected record"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty = QLabel(self.tr("The trash is empty."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.refresher = ScopedRefresh(self, backend, self._concerned, self.refresh, dirty=True)

    @staticmethod
    def _concerned(changes: m.Changes) -> bool:
        return not set(ENTITIES).isdisjoint(changes.entities)

    def refresh(self) -> None:
        self.tree.clear()
        total = 0
        for entity in ENTITIES:
            ids = listing.ordered_ids(self.backend.kb, entity, deleted="only")
            if not ids:
                continue
            group = QTreeWidgetItem([f"{labels.entity_plural(entity)} ({len(ids)})"])
            self.tree.addTopLevelItem(group)
            key = listing.COLUMNS[entity][0].key if entity != "activity" else "title"
            for row in listing.rows_by_id(self.backend.kb, entity, ids):
                item = QTreeWidgetItem([row[key] or "", (row["deleted_at"] or "")[:16].replace("T", " ")])
                item.setData(0, ROLE, (entity, row["id"]))
                group.addChild(item)
            group.setExpanded(True)
            total += len(ids)
        self.empty.setVisible(total == 0)
        self.restore_button.setEnabled(total > 0)

    def selected(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def restore_selected(self) -> None:
        target = self.selected()
        if target:
            entity, row_id = target
            self.backend.write(lambda kb: operations.restore_record(kb, entity, row_id))

    def _open(self, item: QTreeWidgetItem) -> None:
        target = item.data(0, ROLE)
        if target:
            self.open_record.emit(*target)
