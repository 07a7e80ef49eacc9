"""The import wizard (Arkiv > Importera…, Ctrl+I): choose a file, map its columns, preview, import.

    dialog = ImportDialog(backend, parent=window)   # optionally path=Path("kontakter.csv")
    dialog.imported.connect(window.show_page)        # the entity imported, after a successful import
    dialog.show()

Steps (one QStackedWidget page each):

1. file     – choose (or drop) a .vcf, .csv/.txt/.tsv, .xlsx, .ics or .json file.
2. mapping  – CSV/Excel only: the record type, and per column of the file its header, the first
              values and the field it goes to (pre-filled by db.interchange.tabular.guess_mapping).
3. preview  – the plan (db.interchange.import_pipeline.plan_import, computed off the UI thread, cancellable):
              counts, one row per record with its status and reason, a decision per possible
              duplicate, the warnings. Nothing is written before "Import".
4. result   – what was written, with "Undo the import" (db.dedupe.merge.undo_operation on the report's op id).

A JSON file (a Kunskapsbanken export) is restored into an empty knowledge base, as before.
Reading, planning and writing all run as LongTasks on the worker; errors (ImportFileError, a bad
JSON file, a failed write) are shown in the wizard, which stays open with the chosen file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import field_label, translate_error, translate_message
from desktop.tasks import LongTask

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # translate("ImportDialog", "...") outside QObject methods

TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx")
ENTITIES = ("contact", "organisation", "project")
STATUSES = ("new", "update", "unchanged", "duplicate", "rejected")
DECISIONS = ("skip", "new", "update")
IGNORE = ""  # the mapping combo's "(ignore)"
EXAMPLES = 3  # values shown per column on the mapping page
PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT = range(4)

STATUS_TEXT = {
    "new": QT_TRANSLATE_NOOP("ImportDialog", "New"),
    "update": QT_TRANSLATE_NOOP("ImportDialog", "Update"),
    "unchanged": QT_TRANSLATE_NOOP("ImportDialog", "Unchanged"),
    "duplicate": QT_TRANSLATE_NOOP("ImportDialog", "Possible duplicate"),
    "rejected": QT_TRANSLATE_NOOP("ImportDialog", "Rejected"),
}
COUNT_TEXT = {
    "new": QT_TRANSLATE_NOOP("ImportDialog", "New records"),
    "update": QT_TRANSLATE_NOOP("ImportDialog", "Updates"),
    "unchanged": QT_TRANSLATE_NOOP("ImportDialog", "Unchanged records"),
    "duplicate": QT_TRANSLATE_NOOP("ImportDialog", "Possible duplicates"),
    "rejected": QT_TRANSLATE_NOOP("ImportDialog", "Rejected rows"),
}
# Subtle row colours (background); unchanged rows are only greyed.
STATUS_COLOUR = {"new": "#e7f4ea", "update": "#e6eefb", "duplicate": "#fdf3d8", "rejected": "#fbe5e3"}
MUTED = "#6b6b6b"
DECISION_TEXT = {
    "skip": QT_TRANSLATE_NOOP("ImportDialog", "Skip"),
    "new": QT_TRANSLATE_NOOP("ImportDialog", "Import as new"),
    "update": QT_TRANSLATE_NOOP("ImportDialog", "Update the existing record"),
}
ENTITY_TEXT = {
    "contact": QT_TRANSLATE_NOOP("ImportDialog", "Contacts"),
    "organisation": QT_TRANSLATE_NOOP("ImportDialog", "Organisations"),
    "project": QT_TRANSLATE_NOOP("ImportDialog", "Projects"),
}
# The fields a column can go to (db.interchange.incoming_records's Incoming* fields and the contact's name helpers).
FIELD_TEXT = {
    "first_name": QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    "middle_name": QT_TRANSLATE_NOOP("ImportDialog", "Middle name"),
    "full_name": QT_TRANSLATE_NOOP("ImportDialog", "Whole name (first and last)"),
    "title": QT_TRANSLATE_NOOP("ImportDialog", "Title"),
    "organisation": QT_TRANSLATE_NOOP("ImportDialog", "Organisation"),
    "department": QT_TRANSLATE_NOOP("ImportDialog", "Department"),
    "emails": QT_TRANSLATE_NOOP("ImportDialog", "E-mail"),
    "phones": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "municipality": QT_TRANSLATE_NOOP("ImportDialog", "Municipality"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
    "tags": QT_TRANSLATE_NOOP("ImportDialog", "Tags"),
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Name"),
    "short_name": QT_TRANSLATE_NOOP("ImportDialog", "Short name"),
    "kind": QT_TRANSLATE_NOOP("ImportDialog", "Kind"),
    "org_number": QT_TRANSLATE_NOOP("ImportDialog", "Org. number"),
    "website": QT_TRANSLATE_NOOP("ImportDialog", "Website"),
    "county": QT_TRANSLATE_NOOP("ImportDialog", "County"),
    "reference": QT_TRANSLATE_NOOP("ImportDialog", "Reference"),
    "status": QT_TRANSLATE_NOOP("ImportDialog", "Status"),
    "start_date": QT_TRANSLATE_NOOP("ImportDialog", "Start"),
    "end_date": QT_TRANSLATE_NOOP("ImportDialog", "End"),
    "total_budget_sek": QT_TRANSLATE_NOOP("ImportDialog", "Total budget"),
    "grant_sek": QT_TRANSLATE_NOOP("ImportDialog", "Grant"),
    "coordinator": QT_TRANSLATE_NOOP("ImportDialog", "Coordinator"),
    "call": QT_TRANSLATE_NOOP("ImportDialog", "Call"),
    "need_area": QT_TRANSLATE_NOOP("ImportDialog", "Need area"),
    "description": QT_TRANSLATE_NOOP("ImportDialog", "Description"),
}
def field_text(name: str) -> str:
    """A mapping target or a rejected row's field in the interface language."""
    if name in FIELD_TEXT:
        return translate("ImportDialog", FIELD_TEXT[name])
    return field_label(name)


def target_fields(entity: str) -> list[str]:
    """The fields a column of a file of this record type can go to, in the order offered
    (db.interchange.column_maps' order: the likeliest first)."""
    from db.interchange import tabular
    from db.interchange.tabular import column_maps

    allowed = [name for name in tabular.target_fields(entity) if name != "uid"]
    ordered = [name for name, _headers in column_maps.TABLES[entity] if name in allowed]
    return ordered + [name for name in allowed if name not in ordered]


def multi_fields() -> frozenset[str]:
    """Fields several columns may fill (every other field takes one column)."""
    from db.interchange.tabular import column_maps

    return column_maps.MULTI_FIELDS


def required_fields(entity: str) -> tuple[str, ...]:
    """A row needs one of these mapped, else every row would be rejected."""
    from db.interchange.tabular import column_maps

    return column_maps.REQUIRED[entity]


def is_table(path: Path) -> bool:
    return path.suffix.lower() in TABLE_SUFFIXES


def is_json(path: Path) -> bool:
    return path.suffix.lower() == ".json"


def _plural(count: int, one: str, many: str) -> str:
    """"1 row" / "3 rows": `one` and `many` are already translated, `many` holds %1."""
    return one if count == 1 else many.replace("%1", str(count))


# --- long work with progress -----------------------------------------------------------------------


class _ProgressSignal(QObject):
    progressed = Signal(int, int)  # done, total (emitted on the worker, delivered on the UI thread)


class ProgressTask(LongTask):
    """A LongTask whose operation(kb, cancelled, progress) may report progress(done, total) from
    the worker; the progress dialog (shown after half a second, as always) then shows a bar."""

    def __init__(self, parent: QWidget, backend, title: str,
                 operation: Callable[[Any, threading.Event | None, Callable[[int, int], None]], Any], **kwargs):
        self._signal = _ProgressSignal()
        self._signal.progressed.connect(self._progressed)
        self._latest: tuple[int, int] | None = None
        self.dialog = None
        emit = self._signal.progressed.emit
        super().__init__(parent, backend, title, lambda kb, cancelled: operation(kb, cancelled, emit), **kwargs)

    def _progressed(self, done: int, total: int) -> None:
        self._latest = (done, total)
        if self.dialog is not None and not self.finished and self.dialog.isVisible():
            self._apply_progress()

    def _apply_progress(self) -> None:
        if self._latest is None or not shiboken6.isValid(self.dialog):
            return
        done, total = self._latest
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _show(self) -> None:
        super()._show()
        if not self.finished:
            self._apply_progress()


# --- the plan as a table ---------------------------------------------------------------------------


@dataclass
class PreviewRow:
    line: int
    name: str
    status: str
    reason: str


class PlanModel(QAbstractTableModel):
    """The preview's rows: line, name, status (translated, coloured), reason, decision."""

    HEADERS = (QT_TRANSLATE_NOOP("ImportDialog", "Line"), QT_TRANSLATE_NOOP("ImportDialog", "Name"),
               QT_TRANSLATE_NOOP("ImportDialog", "Status"), QT_TRANSLATE_NOOP("ImportDialog", "Reason"),
               QT_TRANSLATE_NOOP("ImportDialog", "Decision"))
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
            return translate("ImportDialog", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (str(row.line), row.name, translate("ImportDialog", STATUS_TEXT[row.status]), row.reason, "")
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and row.status in STATUS_COLOUR:
            return QBrush(QColor(STATUS_COLOUR[row.status]))
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "unchanged":
            return QBrush(QColor(MUTED))
        if role == Qt.ItemDataRole.ForegroundRole and row.status in STATUS_COLOUR:
            return QBrush(QColor("#202020"))  # readable on the light background in a dark theme too
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# --- the wizard --------------------------------------------------------------------------------------


class ImportDialog(QDialog):
    """Import a file in steps; nothing is written before "Import" on the preview page."""

    imported = Signal(str)  # the entity imported (after a successful import)

    def __init__(self, backend, parent: QWidget | None = None, path: Path | str | None = None):
        super().__init__(parent)
        self.backend = backend
        self.path: Path | None = None
        self.table = None  # db.interchange.tabular.Table of a CSV/Excel file
        self.json_data: dict | None = None
        self.plan = None  # db.interchange.import_pipeline.ImportPlan
        self.report = None  # db.interchange.import_pipeline.ImportReport
        self.task: LongTask | None = None
        self.mapping_combos: list[QComboBox] = []
        self.decision_combos: dict[int, QComboBox] = {}  # plan row index -> combo
        self.setWindowTitle(self.tr("Import"))
        self.setAcceptDrops(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_file_page())
        self.stack.addWidget(self._build_mapping_page())
        self.stack.addWidget(self._build_preview_page())
        self.stack.addWidget(self._build_result_page())
        self.error_label = QLabel()
        self.error_label.setObjectName("importError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("#importError { background: #fdecea; color: #7a0014; border: 1px solid "
                                       "#e0a0a0; border-radius: 4px; padding: 6px; }")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(self._build_buttons())
        self.resize(960, 620)
        self._show_page(PAGE_FILE)
        if path is not None:
            self.set_file(Path(path))

    # --- building -------------------------------------------------------------------------------

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        return label

    def _build_file_page(self) -> QWidget:
        page = QWidget()
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
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(self.tr("Choose a file")))
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget()
        self.entity_combo = QComboBox()
        for entity in ENTITIES:
            self.entity_combo.addItem(self.tr(ENTITY_TEXT[entity]), entity)
        self.entity_combo.setAccessibleName(self.tr("Record type"))
        self.entity_combo.currentIndexChanged.connect(self._entity_changed)
        self.file_facts = QLabel()
        self.file_facts.setStyleSheet(f"color: {MUTED};")
        self.file_facts.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Record type:"), self.entity_combo)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"),
                                                      self.tr("Import as")])
        self.mapping_table.setAccessibleName(self.tr("Columns of the file"))
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_hint = QLabel()
        self.mapping_hint.setWordWrap(True)
        self.mapping_hint.setStyleSheet("color: #8a5a00;")
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(self.tr("Match the columns")))
        layout.addWidget(self.file_facts)
        layout.addLayout(form)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.mapping_hint)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        self.preview_title = self._heading(self.tr("What the import will do"))
        self.count_labels: dict[str, QLabel] = {}
        counts = QGridLayout()
        for column, status in enumerate(STATUSES):
            number = QLabel("0")
            number.setStyleSheet("font-size: 15pt; font-weight: 600;")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(self.tr(COUNT_TEXT[status]))
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if status in STATUS_COLOUR:
                text.setStyleSheet(f"background: {STATUS_COLOUR[status]}; color: #202020; border-radius: 3px;"
                                   " padding: 1px 6px;")
            self.count_labels[status] = number
            counts.addWidget(number, 0, column)
            counts.addWidget(text, 1, column)
        self.rows_view = QTableView()
        self.rows_view.setAccessibleName(self.tr("Rows of the file"))
        self.rows_view.verticalHeader().hide()
        self.rows_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_view.setWordWrap(False)
        self.rows_view.horizontalHeader().setStretchLastSection(False)
        self.set_all_combo = QComboBox()
        for decision in DECISIONS:
            self.set_all_combo.addItem(self.tr(DECISION_TEXT[decision]), decision)
        self.set_all_combo.setAccessibleName(self.tr("Decision for every possible duplicate"))
        self.set_all_button = QPushButton(self.tr("Set for &all"))
        self.set_all_button.clicked.connect(lambda: self.set_all_decisions(self.set_all_combo.currentData()))
        self.set_all_row = QWidget()
        set_all = QHBoxLayout(self.set_all_row)
        set_all.setContentsMargins(0, 0, 0, 0)
        set_all.addWidget(QLabel(self.tr("Possible duplicates:")))
        set_all.addWidget(self.set_all_combo)
        set_all.addWidget(self.set_all_button)
        set_all.addStretch(1)
        self.writes_label = QLabel()
        self.writes_label.setWordWrap(True)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #8a5a00;")
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addWidget(self.preview_title)
        layout.addLayout(counts)
        layout.addWidget(self.rows_view, 1)
        layout.addWidget(self.set_all_row)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.writes_label)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(self.tr("&Undo the import"))
        self.undo_button.clicked.connect(self.undo)
        layout = QVBoxLayout(page)
        layout.addWidget(self._heading(self.tr("Import finished")))
        layout.addWidget(self.result_label)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _build_buttons(self) -> QHBoxLayout:
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        self.next_button.setAutoDefault(True)
        return row

    # --- navigation ------------------------------------------------------------------------------

    def page(self) -> int:
        return self.stack.currentIndex()

    def _show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.back_button.setVisible(page in (PAGE_MAPPING, PAGE_PREVIEW))
        self.next_button.setVisible(page != PAGE_RESULT)
        importing_now = page == PAGE_PREVIEW
        self.next_button.setText(self.tr("&Import") if importing_now else self.tr("&Next >"))
        self.close_button.setText(self.tr("Close") if page == PAGE_RESULT else self.tr("Cancel"))
        self._update_next()

    def _update_next(self) -> None:
        page = self.page()
        if page == PAGE_FILE:
            enabled = self.path is not None
        elif page == PAGE_MAPPING:
            enabled = self._mapping_problem() is None
        elif page == PAGE_PREVIEW:
            enabled = self._writes() > 0 or self.json_data is not None
        else:
            enabled = False
        self.next_button.setEnabled(enabled and not self._busy())

    def _busy(self) -> bool:
        return self.task is not None and not self.task.finished

    def next(self) -> None:
        """The Next / Import button."""
        if self._busy() or not self.next_button.isEnabled():
            return
        self.show_error(None)
        page = self.page()
        if page == PAGE_FILE:
            self.read()
        elif page == PAGE_MAPPING:
            self.compute_plan()
        elif page == PAGE_PREVIEW:
            self.start_import()

    def back(self) -> None:
        if self._busy():
            return
        self.show_error(None)
        if self.page() == PAGE_PREVIEW and self.table is not None:
            self._show_page(PAGE_MAPPING)
        else:
            self._show_page(PAGE_FILE)

    def show_error(self, error: BaseException | str | None) -> None:
        """A clear message in the wizard (None hides it)."""
        if error is None:
            self.error_label.hide()
            return
        text = error if isinstance(error, str) else translate_error(error)
        self.error_label.setText(text)
        self.error_label.show()

    def reject(self) -> None:
        if self._busy():  # the task's own Cancel stops the work; closing would orphan it
            return
        super().reject()

    # --- step 1: the file ------------------------------------------------------------------------

    def browse(self) -> None:
        start = str(self.path.parent) if self.path else ""
        filters = ";;".join([
            self.tr("Importable files (*.vcf *.vcard *.csv *.txt *.tsv *.xlsx *.ics *.json)"),
            self.tr("Contacts (*.vcf *.vcard)"), self.tr("Spreadsheets (*.csv *.txt *.tsv *.xlsx)"),
            self.tr("Calendar (*.ics)"), self.tr("Kunskapsbanken export (*.json)"), self.tr("All files (*)")])
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), start, filters)
        if chosen:
            self.set_file(Path(chosen))
            self.read()

    def set_file(self, path: Path) -> None:
        """Choose the file (nothing is read yet)."""
        self.path = Path(path)
        self.path_edit.setText(str(self.path))
        self.table = self.json_data = self.plan = None
        self.show_error(None)
        self._show_page(PAGE_FILE)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.page() == PAGE_FILE and len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.set_file(Path(event.mimeData().urls()[0].toLocalFile()))
        event.acceptProposedAction()
        self.read()

    def read(self) -> None:
        """Read the chosen file: a table goes to the mapping page, JSON and vCard/iCalendar on to
        the preview (the plan is computed at once)."""
        if self.path is None or self._busy():
            return
        path = self.path
        if is_json(path):
            self._read_json(path)
        elif is_table(path):
            self._run(self.tr("Reading %1…").replace("%1", path.name), lambda kb, _c, _p: _read_table(path),
                      self._table_read, cancellable=False)
        else:
            self._run(self.tr("Reading %1…").replace("%1", path.name), _planner(path, None),
                      self._planned)

    def _table_read(self, table) -> None:
        self.table = table
        entity = _guess_entity(table.headers)
        self.entity_combo.blockSignals(True)
        self.entity_combo.setCurrentIndex(max(0, self.entity_combo.findData(entity)))
        self.entity_combo.blockSignals(False)
        self._fill_mapping(_guess_mapping(table.headers, entity))
        self.file_facts.setText(self._table_facts(table))
        self._show_page(PAGE_MAPPING)

    def _table_facts(self, table) -> str:
        facts = [self.tr("%1 rows").replace("%1", str(len(table.rows)))]
        encoding, delimiter = getattr(table, "encoding", None), getattr(table, "delimiter", None)
        if encoding:
            facts.append(self.tr("encoding %1").replace("%1", encoding))
        if delimiter:
            names = {";": self.tr("semicolon"), ",": self.tr("comma"), "\t": self.tr("tab"), "|": self.tr("bar")}
            facts.append(self.tr("separated by %1").replace("%1", names.get(delimiter, f"'{delimiter}'")))
        sheet = getattr(table, "sheet", None)
        if sheet:
            facts.append(self.tr("sheet %1").replace("%1", str(sheet)))
        rejected = getattr(table, "rejected", None) or []
        if rejected:
            facts.append(self.tr("%1 rows could not be read").replace("%1", str(len(rejected))))
        return f"{self.path.name}: " + " · ".join(facts)

    # --- step 2: the mapping -----------------------------------------------------------------------

    def entity(self) -> str:
        return self.entity_combo.currentData()

    def _entity_changed(self) -> None:
        if self.table is not None:
            self._fill_mapping(_guess_mapping(self.table.headers, self.entity()))

    def _fill_mapping(self, mapping: dict[int, str]) -> None:
        headers, rows = self.table.headers, self.table.rows
        targets = target_fields(self.entity())
        self.mapping_table.setRowCount(len(headers))
        self.mapping_combos = []
        for column, header in enumerate(headers):
            self.mapping_table.setItem(column, 0, QTableWidgetItem(header or self.tr("(no header)")))
            examples = _examples(rows, column)
            item = QTableWidgetItem(" · ".join(examples))
            item.setToolTip("\n".join(examples))
            self.mapping_table.setItem(column, 1, item)
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), IGNORE)
            for name in targets:
                combo.addItem(field_text(name), name)
            combo.setAccessibleName(self.tr("Import the column %1 as").replace("%1", header))
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column, IGNORE))))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._mapping_changed(c))
            self.mapping_table.setCellWidget(column, 2, combo)
            self.mapping_combos.append(combo)
        self.mapping_table.resizeRowsToContents()
        self._update_mapping_hint()

    def mapping(self) -> dict[int, str]:
        """Column index -> field, as chosen."""
        return {column: combo.currentData() for column, combo in enumerate(self.mapping_combos)
                if combo.currentData() != IGNORE}

    def _mapping_changed(self, column: int) -> None:
        """A single-valued field takes one column: choosing it here frees it elsewhere."""
        chosen = self.mapping_combos[column].currentData()
        if chosen != IGNORE and chosen not in multi_fields():
            for other, combo in enumerate(self.mapping_combos):
                if other != column and combo.currentData() == chosen:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.plan = None
        self._update_mapping_hint()

    def _mapping_problem(self) -> str | None:
        if self.table is None:
            return self.tr("No file has been read.")
        chosen = set(self.mapping().values())
        if not chosen:
            return self.tr("Choose a field for at least one column.")
        required = required_fields(self.entity())
        if not chosen & set(required):
            names = ", ".join(field_text(name) for name in required)
            return self.tr("Choose the column that holds the name (%1).").replace("%1", names)
        return None

    def _update_mapping_hint(self) -> None:
        problem = self._mapping_problem()
        self.mapping_hint.setText(problem or "")
        self.mapping_hint.setVisible(problem is not None)
        self._update_next()

    # --- step 3: the plan and its preview -----------------------------------------------------------

    def compute_plan(self) -> None:
        """The plan of the chosen file with the chosen mapping, computed on the worker."""
        if self.table is None or self._mapping_problem() is not None:
            return
        table, entity, mapping = self.table, self.entity(), self.mapping()
        self._run(self.tr("Comparing with the knowledge base…"), _planner(self.path, (table, entity, mapping)),
                  self._planned)

    def _planned(self, plan) -> None:
        self.plan = plan
        self.json_data = None
        self._fill_preview(plan)
        self._show_page(PAGE_PREVIEW)

    def _fill_preview(self, plan) -> None:
        counts = plan.counts()
        for status, label in self.count_labels.items():
            label.setText(str(counts.get(status, 0)))
        self.preview_title.setText(self.tr("What importing %1 will do").replace("%1", plan.path.name))
        rows = [PreviewRow(row.line, row.label, row.status, self.reason(row)) for row in plan.rows]
        model = PlanModel(rows, self)
        old = self.rows_view.model()
        self.rows_view.setModel(model)
        if old is not None:
            old.deleteLater()
        self.decision_combos = {}
        for index, row in enumerate(plan.rows):
            if row.status == "duplicate":
                self.rows_view.setIndexWidget(model.index(index, PlanModel.DECISION_COLUMN), self._decision_combo(row))
                self.decision_combos[index] = self.rows_view.indexWidget(model.index(index, PlanModel.DECISION_COLUMN))
        self._size_preview_columns(bool(self.decision_combos))
        self.set_all_row.setVisible(bool(self.decision_combos))
        self.warnings_label.setText("\n".join(translate_message(w) for w in plan.warnings))
        self.warnings_label.setVisible(bool(plan.warnings))
        self._update_writes()

    def _size_preview_columns(self, decisions: bool) -> None:
        header = self.rows_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        self.rows_view.setColumnWidth(1, 180)
        if self.decision_combos:
            widest = max(combo.sizeHint().width() for combo in self.decision_combos.values())
            self.rows_view.setColumnWidth(PlanModel.DECISION_COLUMN, widest + 8)
        self.rows_view.setColumnHidden(PlanModel.DECISION_COLUMN, not decisions)
        self.rows_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)

    def _decision_combo(self, row) -> QComboBox:
        combo = QComboBox()
        for decision in DECISIONS:
            combo.addItem(self.tr(DECISION_TEXT[decision]), decision)
        combo.setAccessibleName(self.tr("Decision for line %1").replace("%1", str(row.line)))
        combo.setCurrentIndex(max(0, combo.findData(row.decision)))
        combo.currentIndexChanged.connect(lambda _i, r=row, c=combo: self._decided(r, c.currentData()))
        return combo

    def _decided(self, row, decision: str) -> None:
        row.decision = decision
        self._update_writes()

    def set_all_decisions(self, decision: str) -> None:
        """Every possible duplicate: skip, import as new, or update the record it resembles."""
        if self.plan is None:
            return
        self.plan.set_all_duplicates(decision)
        for combo in self.decision_combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(decision)))
            combo.blockSignals(False)
        self._update_writes()

    def _writes(self) -> int:
        return sum(1 for row in self.plan.rows if row.writes) if self.plan is not None else 0

    def _update_writes(self) -> None:
        writes = self._writes()
        counts = self.plan.counts() if self.plan is not None else {}
        rejected = counts.get("rejected", 0)
        if writes:
            text = _plural(writes, self.tr("1 record will be written."), self.tr("%1 records will be written."))
        elif counts.get("duplicate", 0):
            text = self.tr("Nothing to import yet: choose what to do with the possible duplicates.")
        elif rejected and not counts.get("unchanged", 0):
            text = self.tr("Nothing can be imported: every row is rejected.")
        else:
            text = self.tr("Nothing to import: the knowledge base already holds all of it.")
        if rejected:
            text += " " + self.tr("Rejected rows are not imported.")
        self.writes_label.setText(text)
        self._update_next()

    def reason(self, row) -> str:
        """A row's reason in the interface language: why it matches, what an update adds, why rejected."""
        if row.status == "rejected" and row.problems:
            return "; ".join(self.tr("field %1: %2").replace("%1", field_text(p.field))
                             .replace("%2", translate_message(p.reason)) for p in row.problems)
        parts = [translate_message(row.reason)] if row.reason else []
        if row.status in ("duplicate", "update") and row.existing_id:
            title = _title(self.backend.kb, self.plan.entity if self.plan else "contact", row.existing_id)
            if title:
                parts.append(self.tr("existing: %1").replace("%1", title))
        if row.status == "update" and row.changed:
            parts.append(self.tr("adds %1").replace("%1", ", ".join(field_text(f) for f in row.changed)))
        return "; ".join(parts)

    # --- JSON: a whole export, restored into an empty knowledge base --------------------------------------

    def _read_json(self, path: Path) -> None:
        if not self._knowledge_base_is_empty():
            self.show_error(self.tr("An export can only be restored into an empty knowledge base."))
            return

        def load(_kb, _cancelled, _progress):
            from db.interchange import json_restore

            return json_restore.load_file(path)

        self._run(self.tr("Reading %1…").replace("%1", path.name), load, self._json_read, cancellable=False)

    def _knowledge_base_is_empty(self) -> bool:
        entities = ("contact", "organisation", "project", "network", "activity", "call")
        return all(self.backend.kb.service(e).count(deleted="include") == 0 for e in entities)

    def _json_read(self, data: dict) -> None:
        self.json_data, self.plan = data, None
        rows = sum(len(r) for r in data.get("tables", {}).values())
        self.preview_title.setText(self.tr("Restore %1").replace("%1", self.path.name))
        self.rows_view.setModel(None)
        for label in self.count_labels.values():
            label.setText("–")
        self.set_all_row.hide()
        self.warnings_label.hide()
        self.writes_label.setText(self.tr("A Kunskapsbanken export with %1 rows. It is restored into this empty "
                                          "knowledge base, exactly as it was exported.").replace("%1", str(rows)))
        self._show_page(PAGE_PREVIEW)

    # --- step 4: writing -------------------------------------------------------------------------------

    def start_import(self) -> None:
        """Write what the preview shows (one transaction, cancellable: then nothing is written)."""
        if self.json_data is not None:
            data = self.json_data

            def restore(kb, cancelled, _progress):
                from db.interchange import json_restore

                return json_restore.import_json(kb, data, cancelled)

            self._run(self.tr("Importing…"), restore, self._restored)
            return
        if self.plan is None or not self._writes():
            return
        plan = self.plan

        def apply(kb, cancelled, progress):
            from db.interchange import import_pipeline as importing

            return importing.apply_import(kb, plan, cancelled=cancelled, progress=progress)

        self._run(self.tr("Importing…"), apply, self._imported)

    def _imported(self, report) -> None:
        self.report = report
        log.info("import finished: %d new, %d updated", report.created, report.updated)
        self.result_label.setText(self.summary(report))
        self.undo_button.setVisible(bool(report.op_id))
        self.undo_button.setEnabled(bool(report.op_id))
        self._show_page(PAGE_RESULT)
        self.imported.emit(report.entity)

    def _restored(self, counts: dict[str, int]) -> None:
        self.report = None
        self.result_label.setText(self.tr("The export was restored: %1 rows.").replace("%1", str(sum(counts.values()))))
        self.undo_button.hide()
        self._show_page(PAGE_RESULT)
        self.imported.emit("contact")

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
        if report.backup is not None:
            lines.append(self.tr("A backup was taken before the import: %1").replace("%1", str(report.backup)))
        return "\n".join(lines)

    def undo(self) -> None:
        """Undo the whole import (db.dedupe.merge.undo_operation on its op id)."""
        if self.report is None or not self.report.op_id or self._busy():
            return
        op_id = self.report.op_id
        self.undo_button.setEnabled(False)

        def run(kb):
            from db.undo import undo_operation

            return undo_operation(kb, op_id)

        self.backend.write(run, on_done=lambda _r: self._undone(), on_error=self._undo_failed)

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

    # --- running work on the worker -----------------------------------------------------------------------

    def _run(self, title: str, operation, on_done: Callable[[Any], None], *, cancellable: bool = True) -> None:
        self.show_error(None)
        self.task = ProgressTask(self, self.backend, title, operation, cancellable=cancellable,
                                 on_done=lambda result: self._task_done(on_done, result), on_error=self._task_failed)
        self._update_next()

    def _task_done(self, on_done: Callable[[Any], None], result: Any) -> None:
        if not shiboken6.isValid(self):
            return
        on_done(result)
        self._update_next()

    def _task_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        from db.interchange.cancellation import Cancelled

        if isinstance(error, Cancelled):
            message = (self.tr("The import was cancelled; nothing was written.") if self.page() == PAGE_PREVIEW
                       else self.tr("Cancelled."))
            self.show_error(message)
        else:
            log.warning("import step failed: %s", type(error).__name__)
            self.show_error(error)
        self._update_next()


# --- work done on the worker ------------------------------------------------------------------------------


def _read_table(path: Path):
    from db.interchange import tabular

    return tabular.read_table(path)


def _planner(path: Path, mapped: tuple[Any, str, dict[int, str]] | None):
    """The operation that reads the file (vCard, iCalendar) or maps the table read, and plans."""

    def plan(kb, cancelled, progress):
        from db.interchange import import_pipeline as importing

        if mapped is None:
            result = importing.read_file(path)
        else:
            from db.interchange import tabular

            table, entity, mapping = mapped
            result = tabular.to_incoming(table, entity, mapping)
        return importing.plan_import(kb, result, cancelled=cancelled, progress=progress)

    return plan


def _guess_entity(headers: list[str]) -> str:
    from db.interchange import tabular

    entity = tabular.guess_entity(headers)
    return entity if entity in ENTITIES else "contact"


def _guess_mapping(headers: list[str], entity: str) -> dict[int, str]:
    from db.interchange import tabular

    return dict(tabular.guess_mapping(headers, entity))


def _examples(rows: list, column: int) -> list[str]:
    found = []
    for _line, cells in rows:
        value = cells[column].strip() if column < len(cells) and cells[column] else ""
        if value:
            found.append(value)
        if len(found) == EXAMPLES:
            break
    return found


def _title(kb, entity: str, row_id: str) -> str | None:
    """The existing record a row matches (None for a record planned earlier in the same file)."""
    from db.record_details import title_of

    return title_of(kb, entity, row_id)
