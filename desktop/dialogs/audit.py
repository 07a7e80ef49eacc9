"""Logg över registerutdrag och raderingar: the audit list (db.care.audit.audit_entries), read-only.

Each row: when, who (the staff member's login), what (translated), the record's id and the
details, which hold ids, counts and formats only: no personal data is shown or kept here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.care.audit import audit_entries
from db.care.erasure_pending import from_json
from desktop.backend import Backend
from desktop.messages import translate_message
from desktop.pages.record_html import local_time

CONTEXT = "AuditDialog"
LIMIT = 5000

ACTIONS = {
    "extract": QT_TRANSLATE_NOOP("AuditDialog", "Register extract"),
    "erase": QT_TRANSLATE_NOOP("AuditDialog", "Erasure"),
    "restore": QT_TRANSLATE_NOOP("AuditDialog", "Restored from a backup"),
    "retention_years": QT_TRANSLATE_NOOP("AuditDialog", "Retention period changed"),
}
DETAILS = {
    "format": QT_TRANSLATE_NOOP("AuditDialog", "format"),
    "rows_deleted": QT_TRANSLATE_NOOP("AuditDialog", "rows removed"),
    "texts_scrubbed": QT_TRANSLATE_NOOP("AuditDialog", "texts cleaned"),
    "log_entries_scrubbed": QT_TRANSLATE_NOOP("AuditDialog", "history entries cleaned"),
    "backups_cleaned": QT_TRANSLATE_NOOP("AuditDialog", "backups cleaned"),
    "backups_failed": QT_TRANSLATE_NOOP("AuditDialog", "backups not cleaned"),
    "backup": QT_TRANSLATE_NOOP("AuditDialog", "backup"),
    "taken_at": QT_TRANSLATE_NOOP("AuditDialog", "taken"),
    "years": QT_TRANSLATE_NOOP("AuditDialog", "years"),
    "outstanding": QT_TRANSLATE_NOOP("AuditDialog", "left to do"),
    "finished_at": QT_TRANSLATE_NOOP("AuditDialog", "finished"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_text(action: str) -> str:
    return _tr(ACTIONS[action]) if action in ACTIONS else action


def details_text(details: dict[str, Any]) -> str:
    """"rader borttagna: 12 · säkerhetskopior rensade: 3" (keys translated, values as stored)."""
    parts = []
    order = list(DETAILS)
    for key, value in sorted(details.items(), key=lambda item: (order.index(item[0]) if item[0] in order
                                                                 else len(order), item[0])):
        if key == "backup" and value is True:  # the erasure as noted inside a cleaned backup
            parts.append(_tr(DETAILS["backup"]))
            continue
        if key in ("taken_at", "finished_at") and isinstance(value, str):
            value = local_time(value)
        if key == "outstanding" and isinstance(value, list):  # what an erasure left (db.care.erasure_pending)
            value = "; ".join(translate_message(from_json(v)) for v in value if isinstance(v, dict)) \
                or QCoreApplication.translate("AuditDialog", "nothing")
        name = _tr(DETAILS[key]) if key in DETAILS else key
        parts.append(f"{name}: {value}")
    return " · ".join(parts)


class AuditDialog(QDialog):
    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.setWindowTitle(self.tr("Log of register extracts and erasures"))
        intro = QLabel(self.tr("Register extracts, erasures, restores and changes of the retention period, newest "
                               "first. Records are named by id only."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Who"), self.tr("Event"),
                                              self.tr("Record id"), self.tr("Details")])
        self.table.setAccessibleName(self.tr("Log of register extracts and erasures"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("Nothing has been logged yet."))
        self.empty_label.setStyleSheet("color: #6b6b6b;")
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.refresh)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(refresh, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.refresh()

    def refresh(self) -> None:
        entries = audit_entries(self.backend.kb, limit=LIMIT)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = [local_time(entry["at"]), entry["author"] or "", action_text(entry["action"]),
                      entry["row_id"] or "", details_text(entry["details"] or {})]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not entries)
