"""A table model for one entity's list: ids ordered once, rows read a page at a time by id."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from db import KnowledgeBase, listing
from desktop import labels

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 200

Index = QModelIndex | QPersistentModelIndex


class EntityListModel(QAbstractTableModel):
    """Sortable (Swedish collation) and filterable; holds only the id list and the pages shown."""

    def __init__(self, kb: KnowledgeBase, entity: str, parent=None):
        super().__init__(parent)
        self.kb, self.entity = kb, entity
        self.columns = listing.COLUMNS[entity]
        self.text: str = ""
        self.filters: dict[str, Any] = {}
        self.deleted = "exclude"
        self.sort_key, self.descending = listing.DEFAULT_SORT[entity]
        self._ids: list[str] = []
        self._rows: dict[str, dict[str, Any]] = {}
        self.reload()

    # --- loading -------------------------------------------------------------------

    def reload(self) -> None:
        """Query again with the current filter and sort; the view is reset in one call."""
        self.beginResetModel()
        self._ids = listing.ordered_ids(self.kb, self.entity, text=self.text, filters=self.filters,
                                        sort=self.sort_key, descending=self.descending, deleted=self.deleted)
        self._rows = {}
        self.endResetModel()

    def set_filter(self, text: str | None = None, filters: dict[str, Any] | None = None) -> None:
        if text is not None:
            self.text = text
        if filters is not None:
            self.filters = filters
        self.reload()

    def _row(self, row: int) -> dict[str, Any] | None:
        if not 0 <= row < len(self._ids):
            return None
        row_id = self._ids[row]
        if row_id not in self._rows:
            start = row - row % PAGE
            if len(self._rows) > 20 * PAGE:
                self._rows.clear()
            for found in listing.rows_by_id(self.kb, self.entity, self._ids[start:start + PAGE]):
                self._rows[found["id"]] = found
        return self._rows.get(row_id)

    # --- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == ENTITY_ROLE:
            return self.entity
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._row(index.row())
            return labels.display(column.kind, row[column.key]) if row else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("amount", "number", "year"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return labels.column(self.columns[section].key)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key, descending = self.columns[column].key, order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return  # the view asks again when sorting is switched on: the rows are already in this order
        self.sort_key, self.descending = key, descending
        self.reload()

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == self.sort_key)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, row_id: str) -> int:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1
