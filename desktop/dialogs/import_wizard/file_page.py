"""Step 1 of the import wizard: the file (chosen, or dropped on the wizard).

Next reads it on the worker: a spreadsheet goes on to the mapping page, a vCard or iCalendar file
is read and planned at once and goes on to the preview, a Kunskapsbanken export (.json) is read and
checked and goes on to the preview too (only into an empty knowledge base).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton

from desktop.dialogs.import_wizard import worker_steps as steps
from desktop.dialogs.import_wizard.base_page import ImportPage
from desktop.dialogs.import_wizard.page_ids import PAGE_MAPPING, PAGE_PREVIEW


class FilePage(ImportPage):
    def __init__(self, host):
        super().__init__(host)
        self.setTitle(self.tr("Choose a file"))
        intro = QLabel(self.tr("Import contacts from a vCard file (.vcf), contacts, organisations or projects from a "
                               "spreadsheet (.csv, .xlsx), or meetings from a calendar file (.ics). You see what "
                               "will happen before anything is written. A Kunskapsbanken export (.json) is "
                               "restored into an empty knowledge base."))
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen (or drop a file here)"))
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.browse_button = QPushButton(self.tr("&Choose a file…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = self.body()
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addStretch(1)
        self.finish_layout()

    def show_path(self, path: Path | None) -> None:
        self.path_edit.setText(str(path) if path is not None else "")
        self.show_error(None)
        self.completeChanged.emit()

    def browse(self) -> None:
        start = str(self.state.path.parent) if self.state.path else ""
        filters = ";;".join([
            self.tr("Importable files (*.vcf *.vcard *.csv *.txt *.tsv *.xlsx *.ics *.json)"),
            self.tr("Contacts (*.vcf *.vcard)"), self.tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx)"),
            self.tr("Calendar (*.ics)"), self.tr("Kunskapsbanken export (*.json)"), self.tr("All files (*)")])
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), start, filters)
        if chosen:
            self.host.set_file(Path(chosen))
            self.host.next()

    # --- Next ----------------------------------------------------------------------------------------------

    def ready(self) -> bool:
        return self.state.path is not None

    def nextId(self) -> int:
        path = self.state.path
        return PAGE_MAPPING if path is not None and steps.is_table(path) else PAGE_PREVIEW

    def start_step(self) -> bool:
        path = self.state.path
        reading = self.tr("Reading %1…").replace("%1", path.name)
        if steps.is_json(path):
            if not steps.knowledge_base_is_empty(self.host.backend.kb):
                self.show_error(self.tr("An export can only be restored into an empty knowledge base."))
                return False
            self.host.run_task(reading, steps.load_export(path), self._export_read, cancellable=False)
        elif steps.is_table(path):
            self.host.run_task(reading, steps.read_table(path), self._table_read, cancellable=False)
        else:
            self.host.run_task(reading, steps.read_and_plan(path), self._planned)
        return False

    def _table_read(self, table) -> None:
        self.state.table = table
        self.step_done()

    def _planned(self, plan) -> None:
        self.state.plan, self.state.json_data = plan, None
        self.step_done()

    def _export_read(self, data: dict) -> None:
        self.state.json_data, self.state.plan = data, None
        self.step_done()
