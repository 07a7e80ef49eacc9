"""The import wizard itself: the four pages, what has been chosen and read so far, the work on the
worker, and the buttons' words.

    wizard = ImportWizard(backend, parent=window)   # optionally path=Path("kontakter.csv")
    wizard.imported.connect(window.show_page)        # the entity imported, after a successful import
    wizard.show()
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget, QWizard

from db.interchange.cancellation import Cancelled
from desktop.dialogs.import_wizard.file_page import FilePage
from desktop.dialogs.import_wizard.mapping_page import MappingPage
from desktop.dialogs.import_wizard.page_ids import PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT
from desktop.dialogs.import_wizard.preview_page import PreviewPage
from desktop.dialogs.import_wizard.progress_task import Operation, ProgressTask
from desktop.dialogs.import_wizard.result_page import ResultPage

log = logging.getLogger(__name__)


@dataclass
class ImportState:
    """What the pages have chosen and read: each page reads what the one before it left."""
    path: Path | None = None
    table: Any = None          # db.interchange.tabular.Table of a CSV/Excel file
    json_data: dict | None = None  # a checked Kunskapsbanken export
    plan: Any = None           # db.interchange.import_pipeline.ImportPlan
    report: Any = None         # db.interchange.import_pipeline.ImportReport, after the import
    restored: dict[str, int] | None = None  # rows per table, after a restore


class ImportWizard(QWizard):
    """Import a file in steps; nothing is written before "Import" on the preview page."""

    imported = Signal(str)  # the entity imported (after a successful import)

    def __init__(self, backend, parent: QWidget | None = None, path: Path | str | None = None):
        super().__init__(parent)
        self.backend = backend
        self.state = ImportState()
        self.task: ProgressTask | None = None
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self._name_buttons()
        self.file_page, self.mapping_page = FilePage(self), MappingPage(self)
        self.preview_page, self.result_page = PreviewPage(self), ResultPage(self)
        for page_id, page in ((PAGE_FILE, self.file_page), (PAGE_MAPPING, self.mapping_page),
                              (PAGE_PREVIEW, self.preview_page), (PAGE_RESULT, self.result_page)):
            self.setPage(page_id, page)
        self.setStartId(PAGE_FILE)
        self.setAcceptDrops(True)
        self.resize(960, 620)
        if path is not None:
            self.set_file(Path(path))

    def _name_buttons(self) -> None:
        """The same words on every platform (QWizard's own differ: "Continue", "Done")."""
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< &Back")),
                             (QWizard.WizardButton.NextButton, self.tr("&Next >")),
                             (QWizard.WizardButton.CommitButton, self.tr("&Import")),
                             (QWizard.WizardButton.FinishButton, self.tr("Close")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancel"))):
            self.setButtonText(button, text)

    @property
    def plan(self):
        """The plan the preview shows (None before one is computed, or after the mapping changed)."""
        return self.state.plan

    # --- the file ----------------------------------------------------------------------------------------------

    def set_file(self, path: Path) -> None:
        """Choose the file (nothing is read yet); the wizard is back on its first page."""
        self.state = ImportState(path=Path(path))
        if self.currentId() not in (-1, PAGE_FILE):
            self.restart()
        self.file_page.show_path(self.state.path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.currentId() == PAGE_FILE and len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.set_file(Path(event.mimeData().urls()[0].toLocalFile()))
        event.acceptProposedAction()
        self.next()

    # --- work on the worker --------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.task is not None and not self.task.finished

    def run_task(self, title: str, operation: Operation, on_done: Callable[[Any], None], *,
                 cancellable: bool = True) -> None:
        """Run a page's work with a progress dialog; on_done(result) on success, else the error on the page."""
        page = self.currentPage()
        self.task = ProgressTask(self, self.backend, title, operation, cancellable=cancellable,
                                 on_done=lambda result: self._task_done(on_done, result),
                                 on_error=lambda error: self._task_failed(page, error))
        self._busy_changed()

    def _task_done(self, on_done: Callable[[Any], None], result: Any) -> None:
        if not shiboken6.isValid(self):
            return
        on_done(result)
        self._busy_changed()

    def _task_failed(self, page, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        if isinstance(error, Cancelled):
            page.show_error(self.tr("The import was cancelled; nothing was written.") if page is self.preview_page
                            else self.tr("Cancelled."))
        else:
            log.warning("import step failed: %s", type(error).__name__)
            page.show_error(error)
        self._busy_changed()

    def _busy_changed(self) -> None:
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()

    def reject(self) -> None:
        if self.busy():  # the task's own Cancel stops the work; closing would orphan it
            return
        super().reject()
