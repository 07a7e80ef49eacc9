"""Step 2 of the import wizard, for a spreadsheet (CSV or Excel) only: the record type, and per column
of the file its header, its first values and the field it goes to (pre-filled by
db.interchange.tabular.guess_mapping). Next plans the import on the worker, as mapped.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)

from desktop.dialogs.import_wizard import worker_steps as steps
from desktop.dialogs.import_wizard.base_page import ImportPage
from desktop.dialogs.import_wizard.field_texts import (
    ENTITIES,
    ENTITY_TEXT,
    field_text,
    mapping_targets,
    required_fields,
    takes_several_columns,
    tr,
)
from desktop.dialogs.import_wizard.page_ids import PAGE_PREVIEW
from desktop.dialogs.import_wizard.plan_model import MUTED

IGNORE = ""  # the mapping combo's "(ignore)"
EXAMPLES = 3  # values shown per column


class MappingPage(ImportPage):
    def __init__(self, host):
        super().__init__(host)
        self.setTitle(self.tr("Match the columns"))
        self.table = None  # the db.interchange.tabular.Table the combos were filled for
        self.mapping_combos: list[QComboBox] = []
        self.entity_combo = QComboBox()
        for entity in ENTITIES:
            self.entity_combo.addItem(tr(ENTITY_TEXT[entity]), entity)
        self.entity_combo.setAccessibleName(self.tr("Record type"))
        self.entity_combo.currentIndexChanged.connect(self._entity_changed)
        self.file_facts = QLabel()
        self.file_facts.setStyleSheet(f"color: {MUTED};")
        self.file_facts.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Record type:"), self.entity_combo)
        self.mapping_table = self._columns_table()
        self.mapping_hint = QLabel()
        self.mapping_hint.setWordWrap(True)
        self.mapping_hint.setStyleSheet("color: #8a5a00;")
        layout = self.body()
        layout.addWidget(self.file_facts)
        layout.addLayout(form)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.mapping_hint)
        self.finish_layout()

    def _columns_table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"), self.tr("Import as")])
        table.setAccessibleName(self.tr("Columns of the file"))
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def initializePage(self) -> None:
        """A table read anew (the file page reads it on every Next) gets the guessed mapping."""
        table = self.state.table
        if table is None or table is self.table:
            return
        self.table = table
        entity = steps.guess_entity(table.headers)
        self.entity_combo.blockSignals(True)
        self.entity_combo.setCurrentIndex(max(0, self.entity_combo.findData(entity)))
        self.entity_combo.blockSignals(False)
        self._fill_mapping(steps.guess_mapping(table.headers, entity))
        self.file_facts.setText(self._table_facts(table))

    def _table_facts(self, table) -> str:
        facts = [self.tr("%1 rows").replace("%1", str(len(table.rows)))]
        if table.encoding:
            facts.append(self.tr("encoding %1").replace("%1", table.encoding))
        if table.delimiter:
            names = {";": self.tr("semicolon"), ",": self.tr("comma"), "\t": self.tr("tab"), "|": self.tr("bar")}
            facts.append(self.tr("separated by %1").replace("%1", names.get(table.delimiter, f"'{table.delimiter}'")))
        if table.sheet:
            facts.append(self.tr("sheet %1").replace("%1", str(table.sheet)))
        if table.rejected:
            facts.append(self.tr("%1 rows could not be read").replace("%1", str(len(table.rejected))))
        return f"{table.path.name}: " + " · ".join(facts)

    # --- the mapping -------------------------------------------------------------------------------------

    def entity(self) -> str:
        return self.entity_combo.currentData()

    def _entity_changed(self) -> None:
        if self.table is not None:
            self._fill_mapping(steps.guess_mapping(self.table.headers, self.entity()))

    def _fill_mapping(self, mapping: dict[int, str]) -> None:
        headers, rows = self.table.headers, self.table.rows
        targets = mapping_targets(self.entity())
        self.mapping_table.setRowCount(len(headers))
        self.mapping_combos = []
        for column, header in enumerate(headers):
            self.mapping_table.setItem(column, 0, QTableWidgetItem(header or self.tr("(no header)")))
            examples = _examples(rows, column)
            item = QTableWidgetItem(" · ".join(examples))
            item.setToolTip("\n".join(examples))
            self.mapping_table.setItem(column, 1, item)
            self.mapping_table.setCellWidget(column, 2, self._combo(column, header, targets, mapping))
        self.mapping_table.resizeRowsToContents()
        self._mapping_edited()

    def _combo(self, column: int, header: str, targets: list[str], mapping: dict[int, str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(ignore)"), IGNORE)
        for name in targets:
            combo.addItem(field_text(name), name)
        combo.setAccessibleName(self.tr("Import the column %1 as").replace("%1", header))
        combo.setCurrentIndex(max(0, combo.findData(mapping.get(column, IGNORE))))
        combo.currentIndexChanged.connect(lambda _i, c=column: self._mapping_changed(c))
        self.mapping_combos.append(combo)
        return combo

    def mapping(self) -> dict[int, str]:
        """Column index -> field, as chosen."""
        return {column: combo.currentData() for column, combo in enumerate(self.mapping_combos)
                if combo.currentData() != IGNORE}

    def _mapping_changed(self, column: int) -> None:
        """A single-valued field takes one column: choosing it here frees it elsewhere."""
        chosen = self.mapping_combos[column].currentData()
        if chosen != IGNORE and not takes_several_columns(chosen):
            for other, combo in enumerate(self.mapping_combos):
                if other != column and combo.currentData() == chosen:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._mapping_edited()

    def _mapping_edited(self) -> None:
        self.state.plan = None
        problem = self._mapping_problem()
        self.mapping_hint.setText(problem or "")
        self.mapping_hint.setVisible(problem is not None)
        self.completeChanged.emit()

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

    # --- Next: the plan --------------------------------------------------------------------------------------

    def ready(self) -> bool:
        return self._mapping_problem() is None

    def nextId(self) -> int:
        return PAGE_PREVIEW

    def start_step(self) -> bool:
        operation = steps.plan_table(self.table, self.entity(), self.mapping())
        self.host.run_task(self.tr("Comparing with the knowledge base…"), operation, self._planned)
        return False

    def _planned(self, plan) -> None:
        self.state.plan, self.state.json_data = plan, None
        self.step_done()


def _examples(rows: list, column: int) -> list[str]:
    found = []
    for _line, cells in rows:
        value = cells[column].strip() if column < len(cells) and cells[column] else ""
        if value:
            found.append(value)
        if len(found) == EXAMPLES:
            break
    return found
