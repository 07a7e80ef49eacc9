"""Exports from the desktop (Arkiv > Exportera ▸, and the record page's export action).

    exports = ExportActions(window, backend, current_list=lambda: window.lists.get(window.current_page()))
    exports.build_menu(file_menu)           # the Export submenu
    exports.export_record("contact", id)    # the record page: one contact as vCard, one activity as .ics

- Contacts as vCard (4.0; 3.0 as a filter of the save dialog) – db.interchange.vcard.export_vcards
- Activities as a calendar (.ics), all or those in a date range – db.interchange.ical.export_ics
- The current list as CSV or Excel, with its filter, sort and column titles – db.interchange.list_export.export_list
- Everything as JSON (the whole knowledge base, restorable) – db.interchange.json_dump.export_json

Each export runs as a LongTask on the worker; the count goes to the status bar, an error to a message box.
Every `export_*` method takes `path` (and the version or date range) so that tests need no file dialog.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop import labels, settings
from desktop.messages import translate_error
from desktop.tasks import LongTask

log = logging.getLogger(__name__)

VCARD_VERSIONS = ("4.0", "3.0")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(name: str, suffix: str) -> str:
    """A record's title as a file name: no path separators or characters Windows refuses."""
    stem = " ".join(_UNSAFE.sub(" ", name).split()).strip(". ") or "export"
    return f"{stem[:80]}{suffix}"


def with_suffix(path: Path, suffix: str) -> Path:
    """The path as chosen, with `suffix` added when the user typed none (or another)."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class DateRangeDialog(QDialog):
    """Which activities go into the calendar file: all of them, or those starting in a date range."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export activities"))
        self.all_button = QRadioButton(self.tr("&All activities"))
        self.range_button = QRadioButton(self.tr("Activities &between"))
        group = QButtonGroup(self)
        group.addButton(self.all_button)
        group.addButton(self.range_button)
        today = QDate.currentDate()
        self.start_edit = self._date_edit(QDate(today.year(), 1, 1), self.tr("From date"))
        self.end_edit = self._date_edit(QDate(today.year(), 12, 31), self.tr("To date"))
        self.all_button.setChecked(True)
        for widget in (self.all_button, self.range_button):
            widget.toggled.connect(self._update)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(self._update)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        grid = QGridLayout()
        grid.addWidget(self.range_button, 0, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("from")), 1, 1)
        grid.addWidget(self.start_edit, 1, 2)
        grid.addWidget(QLabel(self.tr("to")), 2, 1)
        grid.addWidget(self.end_edit, 2, 2)
        grid.setColumnMinimumWidth(0, 16)
        grid.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which activities should the calendar file hold?")))
        layout.addWidget(self.all_button)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update()

    def _date_edit(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    def _update(self) -> None:
        ranged = self.range_button.isChecked()
        self.start_edit.setEnabled(ranged)
        self.end_edit.setEnabled(ranged)
        wrong = ranged and self.end_edit.date() < self.start_edit.date()
        self.problem.setText(self.tr("The end date is before the start date.") if wrong else "")
        self.problem.setVisible(wrong)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not wrong)

    def chosen(self) -> tuple[str | None, str | None]:
        """(start, end) as YYYY-MM-DD, or (None, None) for every activity."""
        if not self.range_button.isChecked():
            return None, None
        return (self.start_edit.date().toString("yyyy-MM-dd"), self.end_edit.date().toString("yyyy-MM-dd"))


class ExportActions(QObject):
    """The export menu's actions and the exports themselves."""

    exported = Signal(str, int)  # the file written, the number of records (or rows) in it
    failed = Signal(str)  # the message shown

    def __init__(self, window: QMainWindow, backend, current_list: Callable[[], Any] | None = None):
        super().__init__(window)
        self.window, self.backend = window, backend
        self.current_list = current_list or (lambda: None)
        self.error_box: QMessageBox | None = None
        self.vcard_action = self._action(self.tr("&Contacts as vCard…"), lambda: self.export_vcards())
        self.ics_action = self._action(self.tr("&Activities as a calendar (.ics)…"), lambda: self.export_ics())
        self.csv_action = self._action(self.tr("The current list as &CSV…"), lambda: self.export_list("csv"))
        self.xlsx_action = self._action(self.tr("The current list as &Excel…"), lambda: self.export_list("xlsx"))
        self.json_action = self._action(self.tr("Everything as &JSON…"), lambda: self.export_json())

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        return action

    def build_menu(self, parent_menu: QMenu) -> QMenu:
        """The Export submenu, added to `parent_menu`."""
        menu = parent_menu.addMenu(self.tr("&Export"))
        for action in (self.vcard_action, self.ics_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.csv_action, self.xlsx_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.json_action)
        menu.aboutToShow.connect(self.update_actions)
        self.menu = menu
        return menu

    def update_actions(self) -> None:
        page = self.current_list()
        for action in (self.csv_action, self.xlsx_action):
            action.setEnabled(page is not None)
        if page is not None:
            name = labels.entity_plural(page.entity).lower()
            self.csv_action.setToolTip(self.tr("Export the list of %1 as shown").replace("%1", name))
            self.xlsx_action.setToolTip(self.csv_action.toolTip())

    # --- the exports -------------------------------------------------------------------------

    def export_vcards(self, ids: list[str] | None = None, path: Path | None = None, version: str | None = None,
                      suggested: str | None = None) -> None:
        """Contacts (all, or `ids`) as a vCard file; asks for the file (and so the version) when not given."""
        if path is None:
            path, version = self._ask_vcard_file(suggested or self.tr("contacts") + ".vcf")
            if path is None:
                return
        version = version or "4.0"
        target = Path(path)

        def run(kb, _cancelled):
            from db.interchange.vcard import export_vcards

            return export_vcards(kb, target, ids, version=version)

        self._run(self.tr("Exporting contacts…"), run, target, self.tr("%1 contacts exported to %2"))

    def export_ics(self, ids: list[str] | None = None, path: Path | None = None, *, start: str | None = None,
                   end: str | None = None, suggested: str | None = None, ask_range: bool | None = None) -> None:
        """Activities as an iCalendar file: `ids`, or all of them (a date range asked for when
        called from the menu)."""
        if ask_range is None:
            ask_range = ids is None and path is None
        if ask_range:
            dialog = DateRangeDialog(self.window)
            if not dialog.exec():
                return
            start, end = dialog.chosen()
        if path is None:
            path = self._ask_file(self.tr("Export activities"), suggested or self.tr("activities") + ".ics",
                                  [self.tr("Calendar (*.ics)")], ".ics")[0]
            if path is None:
                return
        target = Path(path)

        def run(kb, _cancelled):
            from db.interchange.ical import export_ics

            return export_ics(kb, target, ids, start=start, end=end)

        self._run(self.tr("Exporting activities…"), run, target, self.tr("%1 activities exported to %2"))

    def export_list(self, fmt: str, path: Path | None = None, page: Any = None) -> None:
        """The list shown (its filter, sort and column titles) as CSV or Excel."""
        page = page if page is not None else self.current_list()
        if page is None:
            self._show_error(self.tr("Open a list first (Contacts, Organisations, Projects …): the list shown "
                                     "is what is exported."))
            return
        suffix = "." + fmt
        if path is None:
            name = labels.entity_plural(page.entity).lower() + suffix
            filters = [self.tr("CSV for Excel (*.csv)") if fmt == "csv" else self.tr("Excel workbook (*.xlsx)")]
            path = self._ask_file(self.tr("Export the list"), name, filters, suffix)[0]
            if path is None:
                return
        target = Path(path)
        model = page.model
        view = {"text": model.text or None, "filters": dict(model.filters), "sort": model.sort_key,
                "descending": model.descending,
                "headers": [str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount())]}
        entity = page.entity

        def run(kb, _cancelled):
            from db.interchange.list_export import export_list

            return export_list(kb, entity, target, fmt, **view)

        self._run(self.tr("Exporting the list…"), run, target, self.tr("%1 rows exported to %2"))

    def export_json(self, path: Path | None = None) -> None:
        """The whole knowledge base as a JSON export (restorable into an empty database)."""
        if path is None:
            name = f"kunskapsbanken-{date.today().isoformat()}.json"
            path = self._ask_file(self.tr("Export everything"), name, [self.tr("Kunskapsbanken export (*.json)")],
                                  ".json")[0]
            if path is None:
                return
        target = Path(path)

        def run(kb, _cancelled):
            from db.interchange.json_dump import export_json

            return sum(export_json(kb, target).values())

        self._run(self.tr("Exporting everything…"), run, target, self.tr("%1 rows exported to %2"))

    def export_record(self, entity: str, row_id: str, path: Path | None = None) -> None:
        """The record page's export: a contact as vCard, an activity as a calendar file."""
        from db.record_details import title_of

        title = title_of(self.backend.kb, entity, row_id) or ""
        if entity == "contact":
            self.export_vcards([row_id], path, suggested=safe_file_name(title, ".vcf"))
        elif entity == "activity":
            self.export_ics([row_id], path, suggested=safe_file_name(title, ".ics"), ask_range=False)
        else:
            raise ValueError(f"a {entity} cannot be exported on its own")

    # --- files and running -----------------------------------------------------------------------

    def _folder(self) -> str:
        folder = settings.EXPORT_FOLDER.get()
        if folder and Path(folder).is_dir():
            return folder
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def _ask_file(self, title: str, name: str, filters: list[str], suffix: str) -> tuple[Path | None, str]:
        chosen, selected = QFileDialog.getSaveFileName(self.window, title, str(Path(self._folder()) / name),
                                                       ";;".join(filters))
        if not chosen:
            return None, ""
        path = with_suffix(Path(chosen), suffix)
        settings.EXPORT_FOLDER.set(str(path.parent))
        return path, selected

    def _ask_vcard_file(self, name: str) -> tuple[Path | None, str]:
        filters = [self.tr("vCard 4.0 (*.vcf)"), self.tr("vCard 3.0, for older programs and phones (*.vcf)")]
        path, selected = self._ask_file(self.tr("Export contacts"), name, filters, ".vcf")
        return path, ("3.0" if selected == filters[1] else "4.0")

    def _run(self, title: str, operation, target: Path, done_text: str) -> None:
        def done(count: int) -> None:
            log.info("exported %d records to a %s file", count, target.suffix)
            if shiboken6.isValid(self.window):
                message = done_text.replace("%1", str(count)).replace("%2", str(target))
                self.window.statusBar().showMessage(message, 10000)
            self.exported.emit(str(target), count)

        LongTask(self.window, self.backend, title, operation, on_done=done, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        log.warning("an export failed: %s", type(error).__name__)
        self._show_error(self.tr("The export failed: %1").replace("%1", self._error_text(error)))

    def _error_text(self, error: BaseException) -> str:
        if isinstance(error, PermissionError):
            return self.tr("no permission to write %1").replace("%1", str(error.filename or ""))
        if isinstance(error, FileNotFoundError):
            return self.tr("the folder %1 does not exist").replace("%1", str(Path(error.filename or "").parent))
        if isinstance(error, OSError):
            return error.strerror or str(error)
        return translate_error(error)

    def _show_error(self, message: str) -> None:
        """A message box that does not block (window modal); tests read `error_box.text()`."""
        self.failed.emit(message)
        if not shiboken6.isValid(self.window):
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export"), message, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.error_box = box

