"""The search as a full page (the navigation's "Sök"): the same panel as the popup, with paging."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.pages.search_panel import SearchPanel
from desktop.pages.search_results import SearchResultsView

log = logging.getLogger(__name__)

PAGE_SIZE = 50


class SearchPage(QWidget):
    """Search field always at the top, type filter, grouped hits and "Show more"; the page stays
    open when a hit is opened (Enter in the field or in the list, or a click)."""

    open_record = Signal(str, str)  # entity, id

    def __init__(self, backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        heading = QLabel(self.tr("Search"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.panel = SearchPanel(backend, self, page_size=PAGE_SIZE, paged=True)
        self.panel.open_record.connect(self.open_record)
        self.panel.close_requested.connect(self._clear_or_leave)
        self.setFocusProxy(self.panel.field)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(heading)
        layout.addWidget(self.panel, 1)

    @property
    def field(self) -> QLineEdit:
        return self.panel.field

    @property
    def results(self) -> SearchResultsView:
        return self.panel.results

    def set_query(self, text: str) -> None:
        self.panel.set_query(text)

    def set_type(self, hit_type: str | None) -> None:
        self.panel.set_type(hit_type)

    def refresh(self) -> None:
        """Search again (after changes elsewhere), keeping the query and the type filter."""
        if self.field.text().strip():
            self.panel.search()

    def _clear_or_leave(self) -> None:
        # Esc on the page empties the field; the page itself stays.
        self.field.clear()
