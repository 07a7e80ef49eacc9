"""The left navigation list and the page stack in the middle: which page is shown.

`PAGES` are the navigation's entries in order (Ctrl+1..9 follow it): search, one list per main
entity, overview, trash; "welcome" is a page without an entry (the empty knowledge base). A list
page is built the first time it is shown (each one reads its whole id list), by the function the
window passes in, which also connects it. The page last shown is remembered (settings.WINDOW_PAGE).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QWidget

from db.entities import MAIN_ENTITIES
from desktop import icons, labels, settings

LIST_ENTITIES = MAIN_ENTITIES
PAGES = ("search", *LIST_ENTITIES, "overview", "trash")
translate = QCoreApplication.translate  # translate("MainWindow", "...") (lupdate finds it)


def page_title(key: str) -> str:
    """The navigation's name of a page."""
    names = {"search": translate("MainWindow", "Search"), "overview": translate("MainWindow", "Overview"),
             "trash": translate("MainWindow", "Trash")}
    return names.get(key) or labels.entity_plural(key)


class Navigation(QObject):
    """`nav` (the list on the left) and `stack` (the pages); `pages` and `lists` by key."""

    page_shown = Signal(str)  # the key of the page now in the middle

    def __init__(self, make_list: Callable[[str], QWidget], parent: QObject | None = None):
        super().__init__(parent)
        self._make_list = make_list
        self.pages: dict[str, QWidget] = {}
        self.lists: dict[str, QWidget] = {}
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setAccessibleName(translate("MainWindow", "Navigation"))
        self.nav.setMaximumWidth(220)
        self.nav.setIconSize(QSize(20, 20))
        for key in PAGES:
            item = QListWidgetItem(icons.page_icon(key), page_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(lambda row: self.show_page(PAGES[row]) if row >= 0 else None)

    def add_page(self, key: str, widget: QWidget) -> None:
        self.pages[key] = widget
        self.stack.addWidget(widget)

    def list_page(self, entity: str) -> QWidget:
        """A list page, built the first time it is needed."""
        if entity not in self.lists:
            page = self._make_list(entity)
            self.lists[entity] = page
            self.add_page(entity, page)
        return self.lists[entity]

    def show_page(self, key: str, *, focus: bool = False) -> None:
        """Put a page in the middle (a hidden page that missed a change reloads as it is shown)."""
        if key in LIST_ENTITIES:
            self.list_page(key)
        if key not in self.pages:
            raise ValueError(f"no page '{key}'")
        if key in PAGES and self.nav.currentRow() != PAGES.index(key):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(PAGES.index(key))
            self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.pages[key])
        if key in PAGES:
            settings.WINDOW_PAGE.set(key)
        self.page_shown.emit(key)
        if focus:
            self.pages[key].setFocus()

    def current_page(self) -> str:
        return next((k for k, w in self.pages.items() if w is self.stack.currentWidget()), "")
