"""Step 3 of the import wizard: what importing will do, before anything is written.

The counts per status, one row per record with its status and reason, a decision per possible
duplicate (and one for all of them), the notes of the reading ("photos skipped"). A JSON export
shows what it holds instead. This is QWizard's commit page: its button is "Import", which writes
on the worker in one transaction (cancellable: then nothing is written), and there is no going
back after it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from desktop.dialogs.import_wizard import worker_steps as steps
from desktop.dialogs.import_wizard.base_page import ImportPage
from desktop.dialogs.import_wizard.field_texts import (
    COUNT_TEXT,
    DECISION_TEXT,
    DECISIONS,
    STATUSES,
    as_sentence,
    field_text,
    plural,
    tr,
)
from desktop.dialogs.import_wizard.page_ids import PAGE_RESULT
from desktop.dialogs.import_wizard.plan_model import STATUS_COLOUR, TEXT_ON_COLOUR, PlanModel, PreviewRow
from desktop.messages import translate_message

log = logging.getLogger(__name__)

NAME_WIDTH = 180


class PreviewPage(ImportPage):
    def __init__(self, host):
        super().__init__(host)
        self.setCommitPage(True)
        self.setTitle(self.tr("What the import will do"))
        self.decision_combos: dict[int, QComboBox] = {}  # plan row index -> combo
        self.rows_view = QTableView()
        self.rows_view.setAccessibleName(self.tr("Rows of the file"))
        self.rows_view.verticalHeader().hide()
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.setWordWrap(False)
        self.rows_view.horizontalHeader().setStretchLastSection(False)
        self.writes_label = QLabel()
        self.writes_label.setWordWrap(True)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #8a5a00;")
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = self.body()
        layout.addLayout(self._counts())
        layout.addWidget(self.rows_view, 1)
        layout.addWidget(self._set_all_row())
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.writes_label)
        self.finish_layout()

    def _counts(self) -> QGridLayout:
        self.count_labels: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, status in enumerate(STATUSES):
            number = QLabel("0")
            number.setStyleSheet("font-size: 15pt; font-weight: 600;")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(tr(COUNT_TEXT[status]))
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if status in STATUS_COLOUR:
                text.setStyleSheet(f"background: {STATUS_COLOUR[status]}; color: {TEXT_ON_COLOUR}; border-radius: 3px;"
                                   " padding: 1px 6px;")
            self.count_labels[status] = number
            grid.addWidget(number, 0, column)
            grid.addWidget(text, 1, column)
        return grid

    def _set_all_row(self) -> QWidget:
        self.set_all_combo = self._decisions_combo()
        self.set_all_combo.setAccessibleName(self.tr("Decision for every possible duplicate"))
        self.set_all_button = QPushButton(self.tr("Set for &all"))
        self.set_all_button.setAutoDefault(False)
        self.set_all_button.clicked.connect(lambda: self.set_all_decisions(self.set_all_combo.currentData()))
        self.set_all_row = QWidget()
        row = QHBoxLayout(self.set_all_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Possible duplicates:")))
        row.addWidget(self.set_all_combo)
        row.addWidget(self.set_all_button)
        row.addStretch(1)
        return self.set_all_row

    def _decisions_combo(self) -> QComboBox:
        combo = QComboBox()
        for decision in DECISIONS:
            combo.addItem(tr(DECISION_TEXT[decision]), decision)
        return combo

    # --- filling ---------------------------------------------------------------------------------------

    def initializePage(self) -> None:
        if self.state.json_data is not None:
            self._show_export(self.state.json_data)
        elif self.state.plan is not None:
            self._show_plan(self.state.plan)

    def _show_plan(self, plan) -> None:
        counts = plan.counts()
        for status, label in self.count_labels.items():
            label.setText(str(counts.get(status, 0)))
        self.setTitle(self.tr("What importing %1 will do").replace("%1", plan.path.name))
        model = PlanModel([PreviewRow(row.line, row.label, row.status, self.reason(row)) for row in plan.rows], self)
        self._set_model(model)
        self.decision_combos = {}
        for index, row in enumerate(plan.rows):
            if row.status == "duplicate":
                combo = self._decision_combo(row)
                self.rows_view.setIndexWidget(model.index(index, PlanModel.DECISION_COLUMN), combo)
                self.decision_combos[index] = combo
        self._size_columns(bool(self.decision_combos))
        self.set_all_row.setVisible(bool(self.decision_combos))
        self.warnings_label.setText("\n".join(as_sentence(translate_message(w)) for w in plan.warnings))
        self.warnings_label.setVisible(bool(plan.warnings))
        self._update_writes()

    def _set_model(self, model: PlanModel | None) -> None:
        old = self.rows_view.model()
        self.rows_view.setModel(model)
        if old is not None:
            old.deleteLater()

    def _size_columns(self, decisions: bool) -> None:
        header = self.rows_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        self.rows_view.setColumnWidth(1, NAME_WIDTH)
        if self.decision_combos:
            widest = max(combo.sizeHint().width() for combo in self.decision_combos.values())
            self.rows_view.setColumnWidth(PlanModel.DECISION_COLUMN, widest + 8)
        self.rows_view.setColumnHidden(PlanModel.DECISION_COLUMN, not decisions)
        self.rows_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)

    def _show_export(self, data: dict) -> None:
        rows = sum(len(r) for r in data.get("tables", {}).values())
        self.setTitle(self.tr("Restore %1").replace("%1", self.state.path.name))
        self._set_model(None)
        self.decision_combos = {}
        for label in self.count_labels.values():
            label.setText("–")
        self.set_all_row.hide()
        self.warnings_label.hide()
        self.writes_label.setText(self.tr("A Kunskapsbanken export with %1 rows. It is restored into this empty "
                                          "knowledge base, exactly as it was exported.").replace("%1", str(rows)))
        self.completeChanged.emit()

    def reason(self, row) -> str:
        """A row's reason in the interface language: why it matches, what an update adds, why rejected."""
        if row.status == "rejected" and row.problems:
            return "; ".join(self.tr("field %1: %2").replace("%1", field_text(p.field))
                             .replace("%2", translate_message(p.reason)) for p in row.problems)
        parts = [translate_message(row.reason)] if row.reason else []
        if row.status in ("duplicate", "update") and row.existing_id:
            entity = self.state.plan.entity if self.state.plan else "contact"
            title = steps.existing_title(self.host.backend.kb, entity, row.existing_id)
            if title:
                parts.append(self.tr("existing: %1").replace("%1", title))
        if row.status == "update" and row.changed:
            parts.append(self.tr("adds %1").replace("%1", ", ".join(field_text(f) for f in row.changed)))
        return "; ".join(parts)

    # --- decisions about possible duplicates ----------------------------------------------------------------

    def _decision_combo(self, row) -> QComboBox:
        combo = self._decisions_combo()
        combo.setAccessibleName(self.tr("Decision for line %1").replace("%1", str(row.line)))
        combo.setCurrentIndex(max(0, combo.findData(row.decision)))
        combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self._decided(r, c.currentData()))
        return combo

    def _decided(self, row, decision: str) -> None:
        row.decision = decision
        self._update_writes()

    def set_all_decisions(self, decision: str) -> None:
        """Every possible duplicate: skip, import as new, or update the record it resembles."""
        if self.state.plan is None:
            return
        self.state.plan.set_all_duplicates(decision)
        for combo in self.decision_combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(decision)))
            combo.blockSignals(False)
        self._update_writes()

    def writes(self) -> int:
        plan = self.state.plan
        return sum(1 for row in plan.rows if row.writes) if plan is not None else 0

    def _update_writes(self) -> None:
        writes = self.writes()
        counts = self.state.plan.counts() if self.state.plan is not None else {}
        rejected = counts.get("rejected", 0)
        if writes:
            text = plural(writes, self.tr("1 record will be written."), self.tr("%1 records will be written."))
        elif counts.get("duplicate", 0):
            text = self.tr("Nothing to import yet: choose what to do with the possible duplicates.")
        elif rejected and not counts.get("unchanged", 0):
            text = self.tr("Nothing can be imported: every row is rejected.")
        else:
            text = self.tr("Nothing to import: the knowledge base already holds all of it.")
        if rejected:
            text += " " + self.tr("Rejected rows are not imported.")
        self.writes_label.setText(text)
        self.completeChanged.emit()

    # --- Import ----------------------------------------------------------------------------------------------

    def ready(self) -> bool:
        return self.state.json_data is not None or self.writes() > 0

    def nextId(self) -> int:
        return PAGE_RESULT

    def start_step(self) -> bool:
        """Write what the page shows (one transaction, cancellable: then nothing is written)."""
        if self.state.json_data is not None:
            self.host.run_task(self.tr("Importing…"), steps.restore_export(self.state.json_data), self._restored)
        else:
            self.host.run_task(self.tr("Importing…"), steps.apply_plan(self.state.plan), self._imported)
        return False

    def _imported(self, report) -> None:
        log.info("import finished: %d new, %d updated", report.created, report.updated)
        self.state.report, self.state.restored = report, None
        self.step_done()
        self.host.imported.emit(report.entity)

    def _restored(self, counts: dict[str, int]) -> None:
        self.state.report, self.state.restored = None, counts
        self.step_done()
        self.host.imported.emit("contact")
