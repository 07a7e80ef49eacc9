"""The preview's table: one row per record of the file with its line, name, status (translated and
coloured), the reason (why it matches, what an update adds, why it is rejected) and, for a possible
duplicate, the column where the page puts its decision combo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.dialogs.import_wizard.field_texts import STATUS_TEXT, tr

# Subtle row colours (background); unchanged rows are only greyed.
STATUS_COLOUR = {"new": "#e7f4ea", "update": "#e6eefb", "duplicate": "#fdf3d8", "rejected": "#fbe5e3"}
MUTED = "#6b6b6b"
TEXT_ON_COLOUR = "#202020"  # readable on the light backgrounds in a dark theme too


@dataclass
class PreviewRow:
    line: int
    name: str
    status: str
    reason: str


class PlanModel(QAbstractTableModel):
    """The rows of a plan, as the preview shows them."""

    HEADERS = (QT_TRANSLATE_NOOP("ImportWizard", "Line"), QT_TRANSLATE_NOOP("ImportWizard", "Name"),
               QT_TRANSLATE_NOOP("ImportWizard", "Status"), QT_TRANSLATE_NOOP("ImportWizard", "Reason"),
               QT_TRANSLATE_NOOP("ImportWizard", "Decision"))
    DECISION_COLUMN = 4

    def __init__(self, rows: list[PreviewRow], parent: QObject | None = None):
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (str(row.line), row.name, tr(STATUS_TEXT[row.status]), row.reason, "")
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and row.status in STATUS_COLOUR:
            return QBrush(QColor(STATUS_COLOUR[row.status]))
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "unchanged":
            return QBrush(QColor(MUTED))
        if role == Qt.ItemDataRole.ForegroundRole and row.status in STATUS_COLOUR:
            return QBrush(QColor(TEXT_ON_COLOUR))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
