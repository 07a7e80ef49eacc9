"""SearchPanel: a search field, type filter buttons, a status line ("no results", "did you
mean") and the results (search_results.py): the search that the popup (search_popup.py) and the
search page (search_page.py) share. It calls `backend.search` on every edit; the backend
delivers only the newest result.
"""

from __future__ import annotations

import html
import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import NotFoundError
from db.search import TYPES, SearchResult
from desktop import labels
from desktop.messages import translate_message
from desktop.pages.search_results import SearchResultsView

log = logging.getLogger(__name__)

FILTER_TYPES = TYPES  # the type filter buttons, in the registry's order (db/entities.py)


def record_of_hit(backend, hit_type: str, hit_id: str) -> tuple[str, str] | None:
    """The record a hit opens: itself, or for a note the record the note is about."""
    if hit_type != "note":
        return hit_type, hit_id
    try:
        note = backend.kb.notes.get(hit_id)
    except NotFoundError:
        log.warning("note %s from the search index is gone", hit_id)
        return None
    return note.entity_type, note.entity_id


class SearchPanel(QWidget):
    """Field, type filter, status and results: the search the popup and the search page share."""

    open_record = Signal(str, str)  # entity, id: a hit was opened (a note opens its record)
    close_requested = Signal()  # Esc in the field

    def __init__(self, backend, parent: QWidget | None = None, *, page_size: int = 30, paged: bool = False):
        super().__init__(parent)
        self.backend = backend
        self._channel = f"search-panel-{id(self)}"  # this field's newest search is never cancelled by another's
        self.page_size = page_size
        self.paged = paged
        self.type: str | None = None
        self.result: SearchResult | None = None
        self._page = 1

        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Search contacts, organisations, projects, notes…"))
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName(self.tr("Search"))
        self.field.installEventFilter(self)
        self.field.textChanged.connect(self._on_text_changed)

        self.filter_buttons: dict[str | None, QToolButton] = {}
        self._filter_group = QButtonGroup(self)
        self._filter_group.setExclusive(True)
        self.filter_scroll = self._filter_bar()

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status.linkActivated.connect(self._on_status_link)
        self.status.setContentsMargins(10, 4, 10, 4)

        self.results = SearchResultsView()
        # In the popup the focus stays in the field (Up/Down move the selection); on the page the list
        # takes the focus too (Tab), for reading through many hits.
        self.results.setFocusPolicy(Qt.FocusPolicy.StrongFocus if paged else Qt.FocusPolicy.NoFocus)
        self.results.hit_activated.connect(self._open_hit)

        self.more_button = QPushButton(self.tr("Show more"))
        self.more_button.clicked.connect(self.load_more)
        self.more_button.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.field)
        layout.addWidget(self.filter_scroll)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self._show_status()

    def _filter_bar(self) -> QScrollArea:
        """One checkable button per type and one for all: a row that scrolls sideways when the
        labels (Swedish ones are long) do not fit, instead of widening the popup and the window."""
        row = QWidget()
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(4)
        for hit_type in (None, *FILTER_TYPES):
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _checked=False, t=hit_type: self.set_type(t))
            self._filter_group.addButton(button)
            self.filter_buttons[hit_type] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.filter_buttons[None].setChecked(True)
        self._update_filter_labels()
        scroll = QScrollArea()
        scroll.setWidget(row)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setFixedHeight(row.sizeHint().height() + scroll.horizontalScrollBar().sizeHint().height())
        return scroll

    # --- searching ---

    def text(self) -> str:
        return self.field.text()

    def set_query(self, text: str) -> None:
        if text == self.field.text():
            self.search()
        else:
            self.field.setText(text)  # textChanged searches

    def set_type(self, hit_type: str | None) -> None:
        """Only hits of one type (None: all types)."""
        self.type = hit_type
        self.filter_buttons[hit_type].setChecked(True)
        self.search()

    def search(self) -> None:
        self._page = 1
        self.backend.search(self.field.text(), self._on_result, types=[self.type] if self.type else None,
                            page=1, page_size=self.page_size, channel=self._channel)

    def load_more(self) -> None:
        """The next page of hits, added below the ones shown."""
        if self.result is None or self._page >= self.result.pages:
            return
        self._page += 1
        self.backend.search(self.field.text(), lambda r: self._on_result(r, append=True),
                            types=[self.type] if self.type else None, page=self._page, page_size=self.page_size,
                            channel=self._channel)

    def _on_text_changed(self, _text: str) -> None:
        self.search()

    def _on_result(self, result: SearchResult, append: bool = False) -> None:
        if not shiboken6.isValid(self):  # closed while the search ran
            return
        self.result = result
        self.results.set_result(result, append=append)
        self._update_filter_labels()
        self._show_status()
        left = result.total - len(self.results.hits)
        self.more_button.setText(self.tr("Show more (%1 left)").replace("%1", str(left)))
        self.more_button.setVisible(self.paged and left > 0)

    # --- status line and filter labels ---

    def _update_filter_labels(self) -> None:
        counts = self.result.counts if self.result is not None and self.field.text().strip() else {}
        for hit_type, button in self.filter_buttons.items():
            name = self.tr("All") if hit_type is None else labels.entity_plural(hit_type)
            count = sum(counts.values()) if hit_type is None else counts.get(hit_type, 0)
            button.setText(f"{name} {count}" if count else name)  # (zeros left out: the bar stays narrow)

    def _show_status(self) -> None:
        result, query = self.result, self.field.text().strip()
        parts: list[str] = []
        if not query:
            parts.append(html.escape(self.tr("Type to search. Tip: type:project, org:RISE, \"smart cities\".")))
        elif result is not None:
            if result.error:
                parts.append(html.escape(self.tr("The search is not available right now: %1").replace(
                    "%1", translate_message(result.error))))
            elif result.total == 0:
                parts.append(html.escape(self.tr("No results for “%1”.").replace("%1", query)))
            if result.suggestion:
                link = f"<a href='suggest'>{html.escape(result.suggestion)}</a>"
                parts.append(html.escape(self.tr("Did you mean: %1?")).replace("%1", link))
        self.status.setText(" ".join(parts))
        self.status.setVisible(bool(parts))

    def suggestion(self) -> str | None:
        return self.result.suggestion if self.result is not None and self.field.text().strip() else None

    def accept_suggestion(self) -> bool:
        suggestion = self.suggestion()
        if not suggestion:
            return False
        self.field.setText(suggestion)
        return True

    def _on_status_link(self, link: str) -> None:
        if link == "suggest":
            self.accept_suggestion()
            self.field.setFocus()

    # --- opening ---

    def _open_hit(self, hit_type: str, hit_id: str) -> None:
        target = record_of_hit(self.backend, hit_type, hit_id)
        if target is not None:
            self.open_record.emit(*target)

    def open_selected(self) -> bool:
        return self.results.activate_selected()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.results.move_selection(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.results.move_selection(5 if key == Qt.Key.Key_PageDown else -5)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if not self.open_selected():
                    self.accept_suggestion()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_requested.emit()
                return True
        return super().eventFilter(watched, event)

