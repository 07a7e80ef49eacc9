"""The global search in a popup over the main window (Ctrl+K): results as you type, grouped by
type (SearchPanel, search_panel.py). Up/Down move between hits while the focus stays in the field,
Enter opens the selected hit and closes, Esc closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QVBoxLayout, QWidget

from desktop.pages.search_panel import SearchPanel
from desktop.pages.search_results import SearchResultsView


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
