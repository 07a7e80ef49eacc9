"""Gallring (retention review): contact persons kept longer than the retention period without
taking part in anything, to be reviewed and erased.

The period (years) is a setting of the database (db.care.retention.set_retention_years, written through
backend.write); the candidates come from db.care.retention.retention_candidates: not programme staff, not
kept on purpose (Spara till), created before the cut-off and in no activity since. The user ticks
the ones to erase; "Radera markerade…" asks with the same typed confirmation as a single erasure
(the number of persons) and erases them in one LongTask (db.care.erasure.erase_many, backups included).
"""

from __future__ import annotations

import logging
from datetime import date

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.care.retention import (
    MAX_RETENTION_YEARS,
    MIN_RETENTION_YEARS,
    RetentionRow,
    retention_candidates,
    retention_years,
    set_retention_years,
)
from desktop import labels
from desktop.backend import Backend
from desktop.messages import translate_error
from desktop.window.data_protection import DataProtection

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
SAVE_AFTER_MS = 600  # the years are saved when the spin box has been still this long


class RetentionPage(QWidget):
    """The retention review; `open_record(entity, id)` on a double click."""

    open_record = Signal(str, str)

    def __init__(self, backend: Backend, protection: DataProtection, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend, self.protection = backend, protection
        self.rows: list[RetentionRow] = []
        self.today: date | None = None  # None: today (tests look from another day)
        intro = QLabel(self.tr(
            "Contact persons who are not programme staff, are not marked to be kept longer (Keep until) and have "
            "taken part in no activity during the retention period. Review them and erase those who are no "
            "longer needed; double-click a row to open the person."))
        intro.setWordWrap(True)
        self.years = QSpinBox()
        self.years.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self.years.setSuffix(self.tr(" years"))
        self.years.setValue(retention_years(backend.kb))
        self.years.setAccessibleName(self.tr("Retention period in years"))
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.save_years)
        self.years.valueChanged.connect(self._years_changed)
        years_label = QLabel(self.tr("&Retention period:"))
        years_label.setBuddy(self.years)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: #6b6b6b;")
        top = QHBoxLayout()
        top.addWidget(years_label)
        top.addWidget(self.years)
        top.addWidget(self.saved_label, 1)
        self.table = self._table()
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet("color: #6b6b6b;")
        self.count_label = QLabel()
        all_button = QPushButton(self.tr("Tick &all"))
        all_button.clicked.connect(lambda: self.set_all_checked(True))
        none_button = QPushButton(self.tr("Tick &none"))
        none_button.clicked.connect(lambda: self.set_all_checked(False))
        self.erase_button = QPushButton(self.tr("&Erase the ticked…"))
        self.erase_button.clicked.connect(self.erase_checked)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        for button in (all_button, none_button, self.erase_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(bottom)
        backend.changed.connect(self._on_changed)
        self.refresh()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels([labels.column("name"), labels.column("organisation"),
                                         self.tr("Last activity"), self.tr("Created")])
        table.setAccessibleName(self.tr("Persons to review"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.itemChanged.connect(lambda _item: self._update_count())
        table.cellDoubleClicked.connect(self._open_row)
        return table

    # --- the list ---

    def refresh(self) -> None:
        years = self.years.value()
        checked = set(self.checked_ids())
        self.rows = retention_candidates(self.backend.kb, years, today=self.today)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for row, candidate in enumerate(self.rows):
            name = QTableWidgetItem(candidate.name)
            name.setData(ID_ROLE, candidate.contact_id)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if candidate.contact_id in checked else Qt.CheckState.Unchecked)
            values = [candidate.organisation or "", labels.display("date", candidate.last_activity) or self.tr("none"),
                      labels.display("date", (candidate.created_at or "")[:10])]
            self.table.setItem(row, 0, name)
            for column, value in enumerate(values, 1):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.blockSignals(False)
        self.empty_label.setText(self.tr("No contact person is due for review with a retention period of %1 years.")
                                 .replace("%1", str(years)))
        self.empty_label.setVisible(not self.rows)
        self._update_count()

    def checked_ids(self) -> list[str]:
        ids = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(item.data(ID_ROLE))
        return ids

    def set_checked(self, contact_id: str, checked: bool = True) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.data(ID_ROLE) == contact_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_all_checked(self, checked: bool) -> None:
        for row in range(self.table.rowCount()):
            self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _update_count(self) -> None:
        ticked = len(self.checked_ids())
        self.count_label.setText(self.tr("%1 of %2 ticked").replace("%1", str(ticked))
                                 .replace("%2", str(len(self.rows))))
        self.erase_button.setEnabled(ticked > 0)

    def _open_row(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.open_record.emit("contact", item.data(ID_ROLE))

    def _on_changed(self, changes) -> None:
        if "contact" in changes.entities or "activity_link" in changes.entities:
            self.refresh()

    # --- the years ---

    def _years_changed(self) -> None:
        self.refresh()
        self.saved_label.clear()
        self._save_timer.start()

    def save_years(self) -> None:
        """Write the period now (the spin box waits for a pause in typing)."""
        self._save_timer.stop()
        years = self.years.value()
        if years == retention_years(self.backend.kb):
            return
        self.backend.write(lambda kb: set_retention_years(kb, years), on_done=lambda _: self._saved(years),
                           on_error=self._save_failed)

    def _saved(self, years: int) -> None:
        log.info("retention period set to %d years", years)
        if shiboken6.isValid(self):
            self.saved_label.setText(self.tr("Saved."))

    def _save_failed(self, error: BaseException) -> None:
        if shiboken6.isValid(self):
            self.saved_label.setText(self.tr("Not saved: %1").replace("%1", translate_error(error)))

    # --- erasing ---

    def erase_checked(self):
        """Ask (type the number of persons), then erase the ticked persons in one task."""
        ids = self.checked_ids()
        if not ids:
            return None
        names = {row.contact_id: row.name for row in self.rows}
        return self.protection.confirm_and_erase(ids, [names.get(i, i) for i in ids])  # the change reloads the list


class RetentionDialog(QDialog):
    """The retention review in a window of its own (Redigera > Gallring…)."""

    def __init__(self, backend: Backend, protection: DataProtection, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retention review"))
        self.page = RetentionPage(backend, protection, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)
        self.resize(820, 520)

    def done(self, result: int) -> None:
        self.page.save_years()  # a change typed just before closing is not lost
        super().done(result)
