"""Find duplicates (Redigera > Hitta dubbletter…): pairs of contacts or organisations that look
like one record, certain ones first, each with its reason and score.

    dialog = DuplicatesDialog(backend, parent=window)   # entity="organisation" to start there
    dialog.merged.connect(...)                          # (entity, kept id, op id) after a merge
    dialog.show()

The pairs come from db.dedupe.duplicates.find_duplicates, computed on the worker (a LongTask) so the
window never freezes. Double-click a pair, or "Merge…", to open the merge dialog for it; after a
merge the list is computed again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.entities import MERGEABLE
from db.errors import Message
from desktop import labels
from desktop.messages import translate_error, translate_message
from desktop.tasks import LongTask

log = logging.getLogger(__name__)

CERTAIN_COLOUR = "#fdf3d8"
PAIR_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class PairRow:
    """A pair as the list shows it (titles read on the worker with the pairs)."""

    a_id: str
    b_id: str
    a_title: str
    b_title: str
    a_detail: str
    b_detail: str
    reason: Message
    score: float
    certain: bool


def find_pairs(kb, entity: str) -> list[PairRow]:
    """The duplicate pairs of an entity with their titles: certain first, then by score."""
    from db.dedupe.duplicates import find_duplicates

    pairs = find_duplicates(kb, entity)
    ids = {pid for pair in pairs for pid in (pair.a_id, pair.b_id)}
    titles = _titles(kb, entity, ids)
    rows = []
    for pair in pairs:
        (a_title, a_detail), (b_title, b_detail) = titles[pair.a_id], titles[pair.b_id]
        rows.append(PairRow(pair.a_id, pair.b_id, a_title, b_title, a_detail, b_detail, pair.reason, pair.score,
                            pair.certain))
    rows.sort(key=lambda r: (not r.certain, -r.score))
    return rows


def _titles(kb, entity: str, ids: set[str]) -> dict[str, tuple[str, str]]:
    """id -> (title, a detail that tells the two apart: the first e-mail, the org number)."""
    found: dict[str, tuple[str, str]] = {}
    for row_id in ids:
        record = kb.service(entity).get(row_id)
        if entity == "contact":
            found[row_id] = (record.full_name, record.emails[0] if record.emails else (record.title or ""))
        else:
            found[row_id] = (record.name, record.org_number or record.municipality or "")
    return found


class DuplicatesDialog(QDialog):
    """The list of possible duplicates with a type selector; opens the merge dialog."""

    merged = Signal(str, str, str)  # entity, kept id, op id

    def __init__(self, backend, parent: QWidget | None = None, entity: str = "contact"):
        super().__init__(parent)
        self.backend = backend
        self.pairs: list[PairRow] = []
        self.task: LongTask | None = None
        self.setWindowTitle(self.tr("Find duplicates"))
        self.entity_combo = QComboBox()
        for name in MERGEABLE:
            self.entity_combo.addItem(labels.entity_plural(name), name)
        self.entity_combo.setCurrentIndex(max(0, self.entity_combo.findData(entity)))
        self.entity_combo.setAccessibleName(self.tr("Record type"))
        self.entity_combo.currentIndexChanged.connect(self.refresh)
        type_label = QLabel(self.tr("&Look among:"))
        type_label.setBuddy(self.entity_combo)
        self.status = QLabel()
        self.status.setStyleSheet("color: #6b6b6b;")
        top = QHBoxLayout()
        top.addWidget(type_label)
        top.addWidget(self.entity_combo)
        top.addStretch(1)
        top.addWidget(self.status)
        self.table = self._build_table()
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge_current)
        self.refresh_button = QPushButton(self.tr("&Search again"))
        self.refresh_button.clicked.connect(self.refresh)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.refresh_button, close):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(close)
        hint = QLabel(self.tr("Certain pairs (the same e-mail, phone or organisation number) come first. "
                              "Double-click a pair to compare and merge the two records."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 520)
        self.refresh()

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(0, 5)
        table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Other record"), self.tr("Reason"),
                                         self.tr("Score"), self.tr("Certainty")])
        table.setAccessibleName(self.tr("Possible duplicates"))
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        table.doubleClicked.connect(lambda _index: self.merge_current())
        table.activated.connect(lambda _index: self.merge_current())
        table.itemSelectionChanged.connect(self._update_buttons)
        return table

    # --- finding ---------------------------------------------------------------------------------

    def entity(self) -> str:
        return self.entity_combo.currentData()

    def refresh(self) -> None:
        """Look for duplicates again (on the worker)."""
        if self.task is not None and not self.task.finished:
            return
        entity = self.entity()
        self.status.setText(self.tr("Looking for duplicates…"))
        self.table.setRowCount(0)
        self._update_buttons()
        self.task = LongTask(self, self.backend, self.tr("Looking for duplicates…"),
                             lambda kb, _cancelled: find_pairs(kb, entity),
                             on_done=lambda pairs: self._found(entity, pairs), on_error=self._failed)

    def _found(self, entity: str, pairs: list[PairRow]) -> None:
        if not shiboken6.isValid(self) or entity != self.entity():
            return
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        for row, pair in enumerate(pairs):
            self._set_row(row, pair)
        if pairs:
            self.status.setText(self.tr("%1 pairs").replace("%1", str(len(pairs))) if len(pairs) != 1
                                else self.tr("1 pair"))
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No duplicates found."))
        self._update_buttons()

    def _set_row(self, row: int, pair: PairRow) -> None:
        texts = (self._cell(pair.a_title, pair.a_detail), self._cell(pair.b_title, pair.b_detail),
                 translate_message(pair.reason), f"{pair.score:.0f}",
                 self.tr("certain") if pair.certain else self.tr("possible"))
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(PAIR_ROLE, row)
            if pair.certain:
                item.setBackground(QBrush(QColor(CERTAIN_COLOUR)))
                item.setForeground(QBrush(QColor("#202020")))
            if column == 3:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    @staticmethod
    def _cell(title: str, detail: str) -> str:
        return f"{title}  ·  {detail}" if detail else title

    def _failed(self, error: BaseException) -> None:
        log.warning("finding duplicates failed: %s", type(error).__name__)
        if shiboken6.isValid(self):
            self.status.setText(self.tr("The search failed: %1").replace("%1", translate_error(error)))

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.current_pair() is not None)

    # --- merging ---------------------------------------------------------------------------------

    def current_pair(self) -> PairRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.pairs):
            return None
        return self.pairs[rows[0].row()]

    def merge_current(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            self.open_merge(pair)

    def open_merge(self, pair: PairRow):
        """The merge dialog for a pair (window modal, not blocking); the list is refreshed after a merge."""
        from desktop.dialogs.merge import MergeDialog

        dialog = MergeDialog(self.backend, self.entity(), pair.a_id, pair.b_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.merge_dialog = dialog
        return dialog

    def _merged(self, entity: str, keep_id: str, op_id: str) -> None:
        self.merged.emit(entity, keep_id, op_id)
        if shiboken6.isValid(self):
            self.refresh()
