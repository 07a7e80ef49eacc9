"""The main window: navigation on the left, a list (or search, overview, trash) in the middle,
the selected record on the right. A composition; the parts do the work:

    navigation.py      the navigation list and the page stack (which page is shown)
    menus.py           File, Edit, Go, Help and their shortcuts
    record_actions.py  new, edit, delete, restore, log a meeting, merge
    tool_dialogs.py    import, duplicates, backups, retention, audit, settings, demo, reindex
    export_actions.py, data_protection.py, background.py, history.py

Each page keeps itself current from `backend.changed` (pages/scoped_refresh.py): the window
never reloads the views after a write.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter

from db import models
from desktop import labels, settings
from desktop.backend import Backend
from desktop.pages.list_page import ListPage
from desktop.pages.overview_page import OverviewPage
from desktop.pages.record_page import RecordPage
from desktop.pages.search_page import SearchPage
from desktop.pages.search_popup import SearchPopup
from desktop.pages.trash_page import TrashPage
from desktop.pages.welcome_page import WelcomePage
from desktop.window.data_protection import DataProtection
from desktop.window.export_actions import ExportActions
from desktop.window.history import History
from desktop.window.menus import build_menus
from desktop.window.navigation import LIST_ENTITIES, PAGES, Navigation
from desktop.window.record_actions import RecordActions
from desktop.window.tool_dialogs import ToolDialogs

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    restore_requested = Signal(object)  # the Path of a backup to restore (the WindowController does it)

    def __init__(self, backend: Backend):
        super().__init__()
        self.backend = backend
        self.setWindowTitle(self.tr("Kunskapsbanken – %1").replace("%1", backend.path.name))
        self.history = History(parent=self)
        self.background = None  # desktop.window.background.Background, from start_background()
        self.record_page = RecordPage(backend)
        self.search_popup = SearchPopup(backend, self)
        self.search_popup.open_record.connect(self.open_record)
        self.exports = ExportActions(self, backend, lambda: self.lists.get(self.current_page()))
        self.data_protection = DataProtection(self, backend)
        self.records = RecordActions(self)
        self.tool_dialogs = ToolDialogs(self)
        self.navigation = Navigation(self._make_list, self)
        self.pages, self.lists = self.navigation.pages, self.navigation.lists
        self.stack, self.nav = self.navigation.stack, self.navigation.nav
        self._add_pages()
        self._connect_record_page()
        self._build_layout()
        self.shortcuts = build_menus(self)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.navigation.page_shown.connect(self._page_shown)
        backend.busy_changed.connect(self._busy)
        backend.changed.connect(self._on_changed)
        self._restore_settings()

    # --- building --------------------------------------------------------------------------

    def _add_pages(self) -> None:
        self.search_page = SearchPage(self.backend)
        self.search_page.open_record.connect(self.open_record)
        self.navigation.add_page("search", self.search_page)
        self.navigation.add_page("overview", OverviewPage(self.backend))
        trash = TrashPage(self.backend)
        trash.open_record.connect(self.open_record)
        self.navigation.add_page("trash", trash)
        welcome = WelcomePage()
        welcome.load_demo.connect(self.tool_dialogs.load_demo)
        welcome.import_file.connect(self.tool_dialogs.import_file)
        welcome.create_first.connect(self.records.new_record)
        self.navigation.add_page("welcome", welcome)

    def _make_list(self, entity: str) -> ListPage:
        page = ListPage(self.backend, entity)
        page.open_record.connect(self.open_record)
        page.selection_changed.connect(self.show_record)
        page.count_changed.connect(lambda shown, total, e=entity: self._show_count(e, shown, total))
        if entity == "contact":
            self.data_protection.add_context_menu(page)
        return page

    def _connect_record_page(self) -> None:
        page = self.record_page
        page.open_record.connect(self.open_record)
        self.records.connect_record_page(page)
        page.export_requested.connect(self.exports.export_record)
        page.extract_requested.connect(lambda _entity, row_id: self.data_protection.extract(row_id))
        page.erase_requested.connect(lambda _entity, row_id: self.data_protection.erase(row_id))
        # The window's own Ctrl+E / Ctrl+M act on the record shown; two actions on one key would
        # make Qt fire neither (an ambiguous shortcut).
        for action in (page.edit_action, page.log_meeting_action):
            action.setShortcut(QKeySequence())

    def _build_layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.record_page)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([170, 620, 480])
        self.setCentralWidget(self.splitter)

    # --- pages and records ---------------------------------------------------------------------

    def is_empty(self) -> bool:
        return all(self.backend.kb.service(e).count(deleted="include") == 0 for e in LIST_ENTITIES)

    def show_page(self, key: str, *, focus: bool = False) -> None:
        self.navigation.show_page(key, focus=focus)

    def current_page(self) -> str:
        return self.navigation.current_page()

    def list_page(self, entity: str) -> ListPage:
        return self.navigation.list_page(entity)

    def show_record(self, entity: str, row_id: str) -> None:
        """Show a record on the right (a selection in a list)."""
        self.record_page.show_record(entity, row_id)
        self.history.visit((entity, row_id))

    def open_record(self, entity: str, row_id: str) -> None:
        """Open a record from anywhere: its list page, the row selected, the record shown."""
        self.show_record(entity, row_id)
        if entity in LIST_ENTITIES:
            page = self.list_page(entity)
            if self.current_page() != entity:
                self.show_page(entity)
            if not page.select(row_id) and (page.filter_edit.text() or page.filters()):
                page.filter_edit.clear()
                for combo in page.combos.values():
                    combo.setCurrentIndex(0)
                page.select(row_id)
        self.record_page.setFocus()

    def go_back(self) -> None:
        place = self.history.back()
        if place:
            self.record_page.show_record(*place)

    def go_forward(self) -> None:
        place = self.history.forward()
        if place:
            self.record_page.show_record(*place)

    def refresh(self) -> None:
        """F5: read again what is shown; the hidden pages when they are next shown."""
        for page in self.lists.values():
            page.choices_stale = True
        for page in (*self.lists.values(), self.pages["overview"], self.pages["trash"], self.record_page):
            page.refresher.request()

    # Opened from the menus; kept here by name for the tests and modules that open them.

    def delete_record(self, entity: str, row_id: str) -> None:
        self.records.delete_record(entity, row_id)

    def import_file(self) -> None:
        self.tool_dialogs.import_file()

    def open_backups(self):
        return self.tool_dialogs.open_backups()

    def open_retention(self):
        return self.tool_dialogs.open_retention()

    def open_audit(self):
        return self.tool_dialogs.open_audit()

    import_dialog = property(lambda self: self.tool_dialogs.import_dialog)
    duplicates_dialog = property(lambda self: self.tool_dialogs.duplicates_dialog)
    undo_offer = property(lambda self: self.records.undo_offer)

    def start_background(self, startup: bool = True) -> None:
        """Follow other programs' changes and back up every six hours; at start-up also back up
        when due and check the search index (all on the worker; the window stays usable)."""
        from desktop.window.background import start_background

        self.background = start_background(self, startup)

    # --- status and settings ---------------------------------------------------------------------------

    def _page_shown(self, key: str) -> None:
        if key in self.lists:
            page = self.lists[key]
            self._show_count(key, page.model.rowCount(), page.total)
        else:
            self.count_label.clear()

    def _show_count(self, entity: str, shown: int, total: int) -> None:
        if self.current_page() != entity:
            return
        text = (self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
                if shown != total else str(total))
        self.count_label.setText(f"{labels.entity_plural(entity)}: {text}")

    def _busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Saving…"))
        else:
            self.statusBar().clearMessage()

    def _on_changed(self, _changes: models.Changes) -> None:
        if self.current_page() == "welcome" and not self.is_empty():
            self.show_page("contact")

    def _restore_settings(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = settings.WINDOW_SPLITTER.get()
        if splitter is not None:
            self.splitter.restoreState(splitter)
        page = settings.WINDOW_PAGE.get()
        if self.is_empty():
            self.show_page("welcome", focus=True)
        else:
            self.show_page(page if page in PAGES else "contact", focus=True)

    def closeEvent(self, event) -> None:
        settings.WINDOW_GEOMETRY.set(self.saveGeometry())
        settings.WINDOW_SPLITTER.set(self.splitter.saveState())
        super().closeEvent(event)
