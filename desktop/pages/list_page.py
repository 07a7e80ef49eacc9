"""A list page: a filter field, filters for the entity, a sortable table, a count.

It reloads after a change to its entity, to a table its columns read (an organisation's new name
in the contact list) or to the records its filters offer (networks, calls), while it is shown;
a hidden list reloads when it is next shown (pages.scoped_refresh)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db import listing, models
from desktop import labels, settings
from desktop.backend import Backend
from desktop.pages.list_model import EntityListModel
from desktop.pages.scoped_refresh import ScopedRefresh

# Filters per list: (filter key, "all" text, function (backend) -> [(value, text)])
FILTER_CHOICES = {
    "project": [("kind", QT_TRANSLATE_NOOP("ListPage", "All kinds"), lambda b: [(k, k) for k in models.PROJECT_KINDS]),
                ("status", QT_TRANSLATE_NOOP("ListPage", "All statuses"),
                 lambda b: [(s, s) for s in models.PROJECT_STATUSES]),
                ("call_id", QT_TRANSLATE_NOOP("ListPage", "All calls"),
                 lambda b: [(c.id, c.name) for c in b.kb.calls.list()])],
    "organisation": [("kind", QT_TRANSLATE_NOOP("ListPage", "All kinds"),
                      lambda b: [(k, k) for k in models.ORGANISATION_KINDS]),
                     ("network_id", QT_TRANSLATE_NOOP("ListPage", "All networks"),
                      lambda b: [(n.id, n.name) for n in b.kb.networks.list()])],
    "contact": [("network_id", QT_TRANSLATE_NOOP("ListPage", "All networks"),
                 lambda b: [(n.id, n.name) for n in b.kb.networks.list()]),
                ("is_staff", QT_TRANSLATE_NOOP("ListPage", "Everyone"),
                 lambda b: [(True, QCoreApplication.translate("ListPage", "Programme office staff"))])],
    "activity": [("kind", QT_TRANSLATE_NOOP("ListPage", "All kinds"),
                  lambda b: [(k, k) for k in models.ACTIVITY_KINDS])],
}
# The records the filters above offer: a change to them changes the choices.
FILTER_SOURCES = {"project": frozenset({"call"}), "organisation": frozenset({"network"}),
                  "contact": frozenset({"network"})}


class ListPage(QWidget):
    open_record = Signal(str, str)
    selection_changed = Signal(str, str)
    count_changed = Signal(int, int)  # shown, total

    def __init__(self, backend: Backend, entity: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend, self.entity = backend, entity
        self.total = backend.kb.service(entity).count()  # without filters: the count shows "shown of total"
        self._reselecting = False
        self.choices_stale = True  # the filters' choices must be read (again)
        self.model = EntityListModel(backend.kb, entity, self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        plural = labels.entity_plural(entity).lower()
        self.filter_edit.setPlaceholderText(self.tr("Type to filter %1").replace("%1", plural))
        self.filter_edit.setAccessibleName(self.tr("Filter the list"))
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(self._debounce.start)
        self.filter_edit.returnPressed.connect(self._open_current)
        self.combos: dict[str, QComboBox] = {}
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        for key, label, choices in FILTER_CHOICES.get(entity, []):
            combo = QComboBox()
            combo.setAccessibleName(self.tr(label))
            combo.setProperty("choices", choices)
            combo.currentIndexChanged.connect(self._apply_filter)
            self.combos[key] = combo
            top.addWidget(combo)
        self._fill_combos()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(labels.entity_plural(entity))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(lambda index: self._emit_open(index))
        self.table.activated.connect(lambda index: self._emit_open(index))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.setFocusProxy(self.filter_edit)
        self._restore_columns()
        # The list's own default order; only then let header clicks sort (Qt would sort descending first).
        self.table.horizontalHeader().setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().sectionResized.connect(self._save_columns)
        self._reads = listing.tables_read(entity) | FILTER_SOURCES.get(entity, frozenset())
        self.refresher = ScopedRefresh(self, backend, self._concerned, self.refresh)

    # --- filters -----------------------------------------------------------------------

    def _fill_combos(self) -> None:
        self.choices_stale = False
        for key, label, _ in FILTER_CHOICES.get(self.entity, []):
            combo = self.combos[key]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr(label), None)
            for value, text in combo.property("choices")(self.backend):
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def filters(self) -> dict:
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() is not None}

    def _apply_filter(self) -> None:
        selected = self.current_id()
        self.model.set_filter(self.filter_edit.text(), self.filters())
        self._after_reload(selected)

    def _after_reload(self, selected: str | None) -> None:
        self.total = self.backend.kb.service(self.entity).count()
        self.count_changed.emit(self.model.rowCount(), self.total)
        if selected:
            # The row selected before is selected again: not a new selection to show.
            self._reselecting = True
            try:
                self.select(selected)
            finally:
                self._reselecting = False

    # --- selection and opening -----------------------------------------------------------------

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select(self, row_id: str) -> bool:
        row = self.model.row_of(row_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row_id = self.model.id_at(current.row()) if current.isValid() else None
        if row_id and not self._reselecting:
            self.selection_changed.emit(self.entity, row_id)

    def _emit_open(self, index: QModelIndex) -> None:
        row_id = self.model.id_at(index.row())
        if row_id:
            self.open_record.emit(self.entity, row_id)

    def _open_current(self) -> None:
        if self.model.rowCount() == 0:
            return
        index = self.table.currentIndex()
        if not index.isValid():
            index = self.model.index(0, 0)
            self.table.setCurrentIndex(index)
        self._emit_open(index)

    def keyPressEvent(self, event) -> None:
        # Down from the filter field moves into the list.
        if event.key() == Qt.Key.Key_Down and self.filter_edit.hasFocus() and self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.setCurrentIndex(self.model.index(0, 0))
            return
        super().keyPressEvent(event)

    # --- refresh ------------------------------------------------------------------------------------

    def _concerned(self, changes: models.Changes) -> bool:
        if not FILTER_SOURCES.get(self.entity, frozenset()).isdisjoint(changes.entities):
            self.choices_stale = True
        return not self._reads.isdisjoint(changes.entities)  # a link's change names the records it connects

    def refresh(self) -> None:
        """Read the list again (and the filters' choices, when a network or call changed)."""
        selected = self.current_id()
        if self.choices_stale:
            self._fill_combos()
        self.model.set_filter(self.filter_edit.text(), self.filters())
        self._after_reload(selected)

    # --- column widths ------------------------------------------------------------------------------

    def _restore_columns(self) -> None:
        state = settings.LIST_COLUMNS.get(self.entity)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        else:
            for i in range(self.model.columnCount()):
                self.table.setColumnWidth(i, 220 if i == 0 else 150)

    def _save_columns(self) -> None:
        settings.LIST_COLUMNS.set(self.table.horizontalHeader().saveState(), self.entity)
