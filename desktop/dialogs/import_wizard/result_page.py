"""Step 4 of the import wizard: what was written, and "Undo the import" (db.undo.undo_operation on the
report's op id: the whole import taken back as one new operation). A restored export says how many
rows it holds; it has no undo (the knowledge base was empty)."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.dialogs.import_wizard import worker_steps as steps
from desktop.dialogs.import_wizard.base_page import ImportPage
from desktop.dialogs.import_wizard.field_texts import as_sentence
from desktop.messages import translate_error, translate_message

log = logging.getLogger(__name__)


class ResultPage(ImportPage):
    def __init__(self, host):
        super().__init__(host)
        self.setTitle(self.tr("Import finished"))
        self.setFinalPage(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(self.tr("&Undo the import"))
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo)
        layout = self.body()
        layout.addWidget(self.result_label)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.finish_layout()

    def initializePage(self) -> None:
        report = self.state.report
        if report is not None:
            self.result_label.setText(self.summary(report))
            self.undo_button.setVisible(bool(report.op_id))
            self.undo_button.setEnabled(bool(report.op_id))
        else:
            rows = sum((self.state.restored or {}).values())
            self.result_label.setText(self.tr("The export was restored: %1 rows.").replace("%1", str(rows)))
            self.undo_button.hide()

    def summary(self, report) -> str:
        parts = [
            self.tr("%1 new").replace("%1", str(report.created)),
            self.tr("%1 updated").replace("%1", str(report.updated)),
            self.tr("%1 unchanged").replace("%1", str(report.unchanged)),
            self.tr("%1 possible duplicates skipped").replace("%1", str(report.skipped_duplicates)),
            self.tr("%1 rejected").replace("%1", str(len(report.rejected))),
        ]
        lines = [self.tr("%1 was imported: %2.").replace("%1", report.path.name).replace("%2", ", ".join(parts))]
        if report.organisations_created:
            lines.append(self.tr("New organisations: %1.").replace("%1", str(report.organisations_created)))
        if report.links_created:
            lines.append(self.tr("New links: %1.").replace("%1", str(report.links_created)))
        # where the import did otherwise than the preview said: the knowledge base changed in between
        lines.extend(as_sentence(translate_message(warning)) for warning in report.warnings)
        if report.backup is not None:
            lines.append(self.tr("A backup was taken before the import: %1").replace("%1", str(report.backup)))
        return "\n".join(lines)

    def undo(self) -> None:
        """Undo the whole import, on the worker."""
        report = self.state.report
        if report is None or not report.op_id or self.host.busy():
            return
        self.undo_button.setEnabled(False)
        self.show_error(None)
        self.host.backend.write(steps.undo_import(report.op_id), on_done=lambda _changes: self._undone(),
                                on_error=self._undo_failed)

    def _undone(self) -> None:
        if not shiboken6.isValid(self):
            return
        self.result_label.setText(self.result_label.text() + "\n\n" + self.tr("The import was undone."))
        self.undo_button.hide()

    def _undo_failed(self, error: BaseException) -> None:
        log.warning("undoing an import failed: %s", type(error).__name__)
        if not shiboken6.isValid(self):
            return
        self.undo_button.setEnabled(True)
        self.show_error(self.tr("The import could not be undone: %1").replace("%1", translate_error(error)))
