"""Link rows: linked records with a role (a fixed list or free text) and optionally from/to dates,
as the contact (affiliations), project (parties) and network (members) dialogs edit them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from db import KnowledgeBase
from desktop import labels
from desktop.editors.form_widgets import date_width, error_label, fix_tab_order, set_error, translate
from desktop.editors.picker import SearchLine

log = logging.getLogger(__name__)


@dataclass
class LinkRow:
    entity: str
    entity_id: str
    title: str
    link_id: str | None = None
    role: str | None = None
    from_date: str | None = None
    to_date: str | None = None


class _RowWidgets:
    def __init__(self, owner: LinkRows, row: LinkRow):
        self.row = row
        self.widget = QWidget()
        outer = QVBoxLayout(self.widget)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(1)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        kind = labels.entity_singular(row.entity)
        self.name = QLabel(f"{row.title}" if len(owner.entities) == 1 else f"{row.title} ({kind.lower()})")
        self.name.setMinimumWidth(140)
        self.name.setWordWrap(True)
        line.addWidget(self.name, 3)
        if owner.roles:
            self.role: QComboBox | QLineEdit = QComboBox()
            for value in owner.roles:
                self.role.addItem(value, value)
            index = self.role.findData(row.role)
            if index < 0 and row.role:
                self.role.addItem(row.role, row.role)
                index = self.role.count() - 1
            self.role.setCurrentIndex(max(index, 0))
            self.role.currentIndexChanged.connect(owner.changed)
        else:
            self.role = QLineEdit(row.role or "")
            self.role.setPlaceholderText(translate("Dialogs", "Role"))
            self.role.textChanged.connect(owner.changed)
        self.role.setAccessibleName(translate("Dialogs", "Role of {name}").format(name=row.title))
        line.addWidget(self.role, 2)
        self.dates: tuple[QLineEdit, QLineEdit] | None = None
        if owner.with_dates:
            start = QLineEdit(row.from_date or "")
            end = QLineEdit(row.to_date or "")
            for edit, label in ((start, translate("Dialogs", "From")), (end, translate("Dialogs", "To"))):
                edit.setPlaceholderText(translate("Dialogs", "YYYY-MM-DD"))
                edit.setFixedWidth(date_width(edit))
                name = translate("Dialogs", "{label} date for {name}").format(label=label, name=row.title)
                edit.setAccessibleName(name)
                edit.textChanged.connect(owner.changed)
                line.addWidget(edit)
            self.dates = (start, end)
        self.remove = QToolButton()
        self.remove.setText("×")
        self.remove.setToolTip(translate("Dialogs", "Remove"))
        self.remove.setAccessibleName(translate("Dialogs", "Remove {name}").format(name=row.title))
        self.remove.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.remove.clicked.connect(lambda: owner.remove_row(self))
        line.addWidget(self.remove)
        outer.addLayout(line)
        self.error = error_label()
        outer.addWidget(self.error)

    def value(self) -> LinkRow:
        role = self.role.currentData() if isinstance(self.role, QComboBox) else self.role.text().strip() or None
        start, end = (self.dates[0].text().strip() or None, self.dates[1].text().strip() or None) \
            if self.dates else (None, None)
        return LinkRow(self.row.entity, self.row.entity_id, self.row.title, self.row.link_id, role, start, end)


class LinkRows(QWidget):
    """Linked records with a role (a fixed list or free text) and optionally from/to dates.
    A search line at the bottom adds a row; × removes one. The same record may come twice
    (two periods at one employer, two roles in one project)."""

    changed = Signal()

    def __init__(self, kb: KnowledgeBase, entities: Sequence[str], accessible: str, *,
                 roles: Sequence[str] | None = None, default_role: str | None = None, with_dates: bool = False,
                 placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.entities, self.roles, self.with_dates = tuple(entities), tuple(roles or ()), with_dates
        self.default_role = default_role
        self._rows: list[_RowWidgets] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.header = QWidget()
        head = QHBoxLayout(self.header)
        head.setContentsMargins(0, 0, 0, 0)
        columns = [(translate("Dialogs", "Name"), 3), (translate("Dialogs", "Role"), 2)]
        if with_dates:
            columns += [(translate("Dialogs", "From"), 0), (translate("Dialogs", "To"), 0)]
        for text, stretch in columns:
            label = QLabel(text)
            if not stretch:
                label.setFixedWidth(date_width(label))
            head.addWidget(label, stretch)
        head.addSpacing(QToolButton().sizeHint().width() + head.spacing())
        layout.addWidget(self.header)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(2)
        layout.addLayout(self.rows_layout)
        self.search = SearchLine(kb, entities, placeholder or translate("Dialogs", "Type a name to add…"))
        self.search.setAccessibleName(translate("Dialogs", "{name}: add").format(name=accessible))
        self.search.picked.connect(lambda entity, record_id, title: self.add(LinkRow(entity, record_id, title)))
        layout.addWidget(self.search)
        self._update_header()

    def add(self, row: LinkRow, *, focus: bool = True) -> None:
        if row.role is None and row.link_id is None:
            row.role = self.default_role
        widgets = _RowWidgets(self, row)
        self._rows.append(widgets)
        self.rows_layout.addWidget(widgets.widget)
        self.search.clear()
        self._update_header()
        fix_tab_order(self.window())
        if focus and self.isVisible():
            widgets.role.setFocus()
        self.changed.emit()

    def set_rows(self, rows: Iterable[LinkRow]) -> None:
        for row in rows:
            self.add(row, focus=False)

    def remove_row(self, widgets: _RowWidgets) -> None:
        index = self._rows.index(widgets)
        self._rows.pop(index)
        widgets.widget.hide()
        widgets.widget.deleteLater()
        self._update_header()
        fix_tab_order(self.window())
        # Focus goes to the next row's remove button, or the search line.
        if index < len(self._rows):
            self._rows[index].remove.setFocus()
        else:
            self.search.setFocus()
        self.changed.emit()

    def rows(self) -> list[LinkRow]:
        return [widgets.value() for widgets in self._rows]

    def row_widgets(self) -> list[_RowWidgets]:
        return list(self._rows)

    def clear_errors(self) -> None:
        for widgets in self._rows:
            set_error(widgets.error, None)

    def set_row_error(self, index: int, message: str, sub: str | None = None) -> bool:
        if not 0 <= index < len(self._rows):
            return False
        label = self._rows[index].error
        text = f"{label.text()}\n{message}" if label.isVisible() and label.text() else message
        set_error(label, text)
        return True

    def _update_header(self) -> None:
        self.header.setVisible(bool(self._rows))
