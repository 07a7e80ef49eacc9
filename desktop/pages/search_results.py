"""The hits of a search, grouped by type under headers ("Kontakter (3)"), each drawn from its
highlighted HTML: its title, the line under it (its details, labelled here in the interface's
language: db/search stores only data) and a snippet. `move_selection(±1)` skips the headers.
Shared by the popup (search_popup.py) and the search page (search_page.py) through SearchPanel.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
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
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from db.search import Hit, SearchResult, joined, marked_html
from desktop import labels

log = logging.getLogger(__name__)

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "header" or "hit"
TYPE_ROLE = Qt.ItemDataRole.UserRole + 2  # the hit's type (a header's type too)
ID_ROLE = Qt.ItemDataRole.UserRole + 3
HTML_ROLE = Qt.ItemDataRole.UserRole + 4  # (title_html, subtitle_html, snippet_html) or the header text
MARK_STYLE = "b { font-weight: 600; background-color: rgba(255, 214, 0, 90); }"

Index = QModelIndex | QPersistentModelIndex

# --- the line under a hit's title ---------------------------------------------------------------

CONTEXT = "SearchResults"
KIND_FIRST = ("call", "network", "note")  # their details alone do not say what they are
ONLINE = QT_TRANSLATE_NOOP("SearchResults", "online")
ABOUT = {
    "organisation": QT_TRANSLATE_NOOP("SearchResults", "about the organisation %1"),
    "call": QT_TRANSLATE_NOOP("SearchResults", "about the call %1"),
    "project": QT_TRANSLATE_NOOP("SearchResults", "about the project %1"),
    "network": QT_TRANSLATE_NOOP("SearchResults", "about the network %1"),
    "activity": QT_TRANSLATE_NOOP("SearchResults", "about the activity %1"),
}
ABOUT_ANYONE = QT_TRANSLATE_NOOP("SearchResults", "about %1")  # a contact, or a kind without its own phrase


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def subtitle_of(hit: Hit) -> tuple[str, list[tuple[int, int]]]:
    """The line under a hit's title and the spans of its matched words: its details joined
    ("konferens, 2022-09-14, Göteborg"), labelled where a value alone says too little
    ("anteckning, om projektet Smarta sensorer i vården, 2022-10-27")."""
    parts: list[tuple[str, list[tuple[int, int]]]] = []
    if hit.type in KIND_FIRST:
        parts.append((labels.entity_singular(hit.type).lower(), []))
    for detail in hit.details:
        if detail.field == "online":
            parts.append((_tr(ONLINE), []))
        elif detail.field == "about":
            before, _, after = _tr(ABOUT.get(detail.entity or "", ABOUT_ANYONE)).partition("%1")
            shift = len(before)
            parts.append((before + detail.value + after, [(a + shift, b + shift) for a, b in detail.spans]))
        else:
            parts.append((detail.value, list(detail.spans)))
    return joined(parts)


# --- the view -----------------------------------------------------------------------------------


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
                model.appendRow(_hit_item(hit))
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


def _hit_item(hit: Hit) -> QStandardItem:
    subtitle, spans = subtitle_of(hit)
    item = QStandardItem()
    item.setData("hit", KIND_ROLE)
    item.setData(hit.type, TYPE_ROLE)
    item.setData(hit.id, ID_ROLE)
    item.setData((hit.title_html(), marked_html(subtitle, spans), hit.snippet_html()), HTML_ROLE)
    item.setData(hit.title, Qt.ItemDataRole.DisplayRole)
    item.setData(", ".join(x for x in (hit.title, subtitle) if x), Qt.ItemDataRole.AccessibleTextRole)
    item.setToolTip(subtitle)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item
