"""The global search: results as you type, grouped by type, opened with the keyboard.

Three pieces, shared with the search page (desktop/pages/search_page.py):

- `SearchResultsView`: the hits of a `db.search.service.SearchResult` grouped under type headers, each
  drawn from its highlighted HTML; `move_selection(±1)` skips headers.
- `SearchPanel`: a search field, type filter buttons, a status line ("no results", "did you
  mean") and the results view. It calls `backend.search` on every edit; the backend delivers
  only the newest result.
- `SearchPopup`: the panel in a popup window (Ctrl+K in the main window). Up/Down move between
  hits while the focus stays in the field, Enter opens the selected hit and closes, Esc closes.
"""

from __future__ import annotations

import html
import logging

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import NotFoundError
from db.search.service import Hit, SearchResult
from desktop import labels
from desktop.messages import translate_message

log = logging.getLogger(__name__)

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "header" or "hit"
TYPE_ROLE = Qt.ItemDataRole.UserRole + 2  # the hit's type (a header's type too)
ID_ROLE = Qt.ItemDataRole.UserRole + 3
HTML_ROLE = Qt.ItemDataRole.UserRole + 4  # (title_html, subtitle_html, snippet_html) or the header text

# The order of the type filter buttons.
FILTER_TYPES = ("contact", "organisation", "project", "network", "call", "activity", "note")
MARK_STYLE = "b { font-weight: 600; background-color: rgba(255, 214, 0, 90); }"

Index = QModelIndex | QPersistentModelIndex


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


class _HitDelegate(QStyledItemDelegate):
    """Draws a hit as rich text (title, subtitle, snippet) and a header as a small bold line."""

    PAD_X, PAD_Y = 10, 5

    def _document(self, option: QStyleOptionViewItem, index: Index, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDefaultStyleSheet(MARK_STYLE)
        doc.setDocumentMargin(0)
        doc.setTextWidth(max(width, 50.0))
        if index.data(KIND_ROLE) == "header":
            doc.setHtml(f"<span style='font-weight:600'>{html.escape(index.data(HTML_ROLE))}</span>")
            return doc
        title, subtitle, snippet = index.data(HTML_ROLE)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        muted = "" if selected else f" style='color:{option.palette.color(QPalette.ColorRole.PlaceholderText).name()}'"
        parts = [f"<span style='font-size:large'>{title}</span>"]
        if subtitle:
            parts.append(f"&nbsp;&nbsp;<span{muted}>{subtitle}</span>")
        if snippet:
            parts.append(f"<br><span{muted}>{snippet}</span>")
        doc.setHtml("".join(parts))
        return doc

    def _width(self, option: QStyleOptionViewItem | None = None) -> float:
        width = option.rect.width() if option is not None else self.parent().viewport().width()
        return width - 2 * self.PAD_X

    def paint(self, painter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if index.data(KIND_ROLE) == "header":
            opt.state &= ~(QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, index, self._width(opt))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        if index.data(KIND_ROLE) == "header":
            role = QPalette.ColorRole.PlaceholderText
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        top = opt.rect.top() + self.PAD_Y + (6 if index.data(KIND_ROLE) == "header" and index.row() else 0)
        painter.translate(opt.rect.left() + self.PAD_X, top)
        painter.setClipRect(QRectF(0, 0, opt.rect.width() - self.PAD_X, opt.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index, self._width())
        extra = 6 if index.data(KIND_ROLE) == "header" and index.row() else 0
        return QSize(int(doc.idealWidth()) + 2 * self.PAD_X, int(doc.size().height()) + 2 * self.PAD_Y + extra)


class SearchResultsView(QListView):
    """Hits grouped by type under headers "Kontakter (3)"; groups in the order of their best hit."""

    hit_activated = Signal(str, str)  # the hit's type and id (a note's own id; see record_of_hit)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(QStandardItemModel(self))
        self.setItemDelegate(_HitDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.hits: list[Hit] = []
        self.counts: dict[str, int] = {}
        self.clicked.connect(self._on_clicked)

    # --- content ---

    def set_result(self, result: SearchResult | None, *, append: bool = False) -> None:
        """Show a result's hits (added to the ones shown with append=True); the first hit is selected."""
        selected = self.selected_hit()
        if result is None:
            self.hits, self.counts = [], {}
        elif append:
            known = {(h.type, h.id) for h in self.hits}
            self.hits += [h for h in result.hits if (h.type, h.id) not in known]
            self.counts = dict(result.counts)
        else:
            self.hits, self.counts = list(result.hits), dict(result.counts)
            selected = None
        self._rebuild(selected)

    def _rebuild(self, selected: tuple[str, str] | None) -> None:
        model: QStandardItemModel = self.model()
        model.clear()
        groups: dict[str, list[Hit]] = {}
        for hit in self.hits:
            groups.setdefault(hit.type, []).append(hit)
        select_row = -1
        for hit_type, hits in groups.items():
            header = QStandardItem()
            text = f"{labels.entity_plural(hit_type)} ({self.counts.get(hit_type, len(hits))})"
            header.setData("header", KIND_ROLE)
            header.setData(hit_type, TYPE_ROLE)
            header.setData(text, HTML_ROLE)
            header.setData(text, Qt.ItemDataRole.AccessibleTextRole)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            model.appendRow(header)
            for hit in hits:
                item = QStandardItem()
                item.setData("hit", KIND_ROLE)
                item.setData(hit.type, TYPE_ROLE)
                item.setData(hit.id, ID_ROLE)
                item.setData((hit.title_html(), hit.subtitle_html(), hit.snippet_html()), HTML_ROLE)
                item.setData(hit.title, Qt.ItemDataRole.DisplayRole)
                item.setData(", ".join(x for x in (hit.title, hit.subtitle) if x), Qt.ItemDataRole.AccessibleTextRole)
                item.setToolTip(hit.subtitle)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                model.appendRow(item)
                if (hit.type, hit.id) == selected or (select_row < 0 and selected is None):
                    select_row = model.rowCount() - 1
        if select_row < 0 and self.hits:
            select_row = 1
        if select_row >= 0:
            self.setCurrentIndex(model.index(select_row, 0))
        if select_row <= 1:
            self.scrollToTop()
        else:
            self.scrollTo(model.index(select_row, 0))

    # --- selection ---

    def selected_hit(self) -> tuple[str, str] | None:
        index = self.currentIndex()
        if not index.isValid() or index.data(KIND_ROLE) != "hit":
            return None
        return index.data(TYPE_ROLE), index.data(ID_ROLE)

    def hit_rows(self) -> list[int]:
        model = self.model()
        return [row for row in range(model.rowCount()) if model.index(row, 0).data(KIND_ROLE) == "hit"]

    def move_selection(self, step: int) -> None:
        """To the next (step > 0) or previous hit, over the headers; stays at the ends."""
        rows = self.hit_rows()
        if not rows:
            return
        current = self.currentIndex().row()
        if current not in rows:
            target = rows[0] if step > 0 else rows[-1]
        else:
            position = min(max(rows.index(current) + step, 0), len(rows) - 1)
            target = rows[position]
        index = self.model().index(target, 0)
        self.setCurrentIndex(index)
        if target == rows[0]:
            self.scrollToTop()  # its group header too
        else:
            self.scrollTo(index)

    def activate_selected(self) -> bool:
        hit = self.selected_hit()
        if hit is None:
            return False
        self.hit_activated.emit(*hit)
        return True

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "hit":
            self.hit_activated.emit(index.data(TYPE_ROLE), index.data(ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.activate_selected():
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_selection(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)


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
        filter_row = QWidget()
        filters = QHBoxLayout(filter_row)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setSpacing(4)
        for hit_type in (None, *FILTER_TYPES):
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _checked=False, t=hit_type: self.set_type(t))
            self._filter_group.addButton(button)
            self.filter_buttons[hit_type] = button
            filters.addWidget(button)
        filters.addStretch(1)
        self.filter_buttons[None].setChecked(True)
        self._update_filter_labels()
        # The row scrolls sideways when the labels (Swedish ones are long) do not fit, instead of
        # widening the popup and the main window.
        self.filter_scroll = QScrollArea()
        self.filter_scroll.setWidget(filter_row)
        self.filter_scroll.setWidgetResizable(True)
        self.filter_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.filter_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.filter_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.filter_scroll.setFixedHeight(filter_row.sizeHint().height()
                                          + self.filter_scroll.horizontalScrollBar().sizeHint().height())

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


class SearchPopup(QFrame):
    """The search in a popup over the main window: opens a hit and closes."""

    open_record = Signal(str, str)

    def __init__(self, backend, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Search"))
        self.panel = SearchPanel(backend, self, page_size=30)
        font = self.panel.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.panel.field.setFont(font)
        self.panel.open_record.connect(self._open)
        self.panel.close_requested.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.panel)
        self.resize(760, 540)

    @property
    def field(self) -> QLineEdit:
        return self.panel.field

    @property
    def results(self) -> SearchResultsView:
        return self.panel.results

    def popup(self, text: str | None = None) -> None:
        """Show centred near the top of the parent window, the field focused and its text selected."""
        if text is not None:
            self.panel.set_query(text)
        anchor = self.parentWidget().window() if self.parentWidget() is not None else None
        if anchor is not None:
            frame = anchor.frameGeometry()
            width = min(self.width(), max(frame.width() - 40, 320))
            height = min(self.height(), max(frame.height() - 80, 240))
            self.resize(width, height)
            self.move(frame.left() + (frame.width() - width) // 2, frame.top() + 60)
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.PopupFocusReason)
        self.field.selectAll()

    def _open(self, entity: str, row_id: str) -> None:
        self.close()
        self.open_record.emit(entity, row_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
