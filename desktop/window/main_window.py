"""The main window: navigation on the left, a list (or search, overview, trash) in the middle,
the selected record on the right. It wires pages together; the pages do the work."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from db import models
from desktop import editors as dialogs
from desktop import labels, settings
from desktop.backend import Backend
from desktop.dialogs.small_dialogs import SettingsDialog, ShortcutsDialog
from desktop.messages import translate_error
from desktop.pages.list_page import ListPage
from desktop.pages.overview_page import OverviewPage
from desktop.pages.record_page import RecordPage
from desktop.pages.search_page import SearchPage
from desktop.pages.search_popup import SearchPopup
from desktop.pages.trash_page import TrashPage
from desktop.pages.welcome_page import WelcomePage
from desktop.tasks import LongTask
from desktop.window.data_protection import DataProtection
from desktop.window.export_actions import ExportActions
from desktop.window.history import History

log = logging.getLogger(__name__)

LIST_ENTITIES = ("contact", "organisation", "project", "network", "activity", "call")
# Navigation keys in order; "search", "overview", "trash" and "welcome" are pages of their own.
PAGES = ("search", *LIST_ENTITIES, "overview", "trash")


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    restore_requested = Signal(object)  # the Path of a backup to restore (the WindowController does it)

    def __init__(self, backend: Backend):
        super().__init__()
        self.backend = backend
        self.history = History(parent=self)
        self.setWindowTitle(self.tr("Kunskapsbanken – %1").replace("%1", backend.path.name))
        self.pages: dict[str, QWidget] = {}
        self.lists: dict[str, ListPage] = {}
        self._build_pages()
        self._build_layout()
        self.shortcuts: list[tuple[str, str]] = []
        self._build_actions()
        self.search_popup = SearchPopup(backend, self)
        self.search_popup.open_record.connect(self.open_record)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        backend.busy_changed.connect(self._busy)
        backend.changed.connect(self._on_changed)
        self._restore_settings()

    # --- building --------------------------------------------------------------------------

    def _build_pages(self) -> None:
        self.stack = QStackedWidget()
        self.search_page = SearchPage(self.backend)
        self.search_page.open_record.connect(self.open_record)
        self._add_page("search", self.search_page)
        self._add_page("overview", OverviewPage(self.backend))
        trash = TrashPage(self.backend)
        trash.open_record.connect(self.open_record)
        self._add_page("trash", trash)
        welcome = WelcomePage()
        welcome.load_demo.connect(self.load_demo)
        welcome.import_file.connect(self.import_file)
        welcome.create_first.connect(self.new_record)
        self._add_page("welcome", welcome)
        self.record_page = RecordPage(self.backend)
        self.record_page.open_record.connect(self.open_record)
        self.record_page.edit_requested.connect(self.edit_record)
        self.record_page.delete_requested.connect(self.delete_record)
        self.record_page.restore_requested.connect(
            lambda entity, row_id: dialogs.restore(self.backend, entity, row_id))
        self.record_page.log_meeting_requested.connect(
            lambda entity, row_id: self.log_meeting([(entity, row_id)]))
        self.exports = ExportActions(self, self.backend, lambda: self.lists.get(self.current_page()))
        self.record_page.export_requested.connect(self.exports.export_record)
        self.record_page.merge_requested.connect(lambda entity, row_id: self.merge_records(entity, row_id))
        self.undo_offer = None  # desktop.dialogs.merge.UndoOffer after a merge
        self.data_protection = DataProtection(self, self.backend)
        self.record_page.extract_requested.connect(lambda _entity, row_id: self.data_protection.extract(row_id))
        self.record_page.erase_requested.connect(lambda _entity, row_id: self.data_protection.erase(row_id))
        self.background = None  # desktop.window.background.Background, from start_background()
        # The window's own Ctrl+E / Ctrl+M act on the record shown; two actions on one key would
        # make Qt fire neither (an ambiguous shortcut).
        for action in (self.record_page.edit_action, self.record_page.log_meeting_action):
            action.setShortcut(QKeySequence())

    def _add_page(self, key: str, widget: QWidget) -> None:
        self.pages[key] = widget
        self.stack.addWidget(widget)

    def list_page(self, entity: str) -> ListPage:
        """A list page, built the first time it is needed (each one reads its whole id list)."""
        if entity not in self.lists:
            page = ListPage(self.backend, entity)
            page.open_record.connect(self.open_record)
            page.selection_changed.connect(self.show_record)
            page.count_changed.connect(lambda shown, total, e=entity: self._show_count(e, shown, total))
            if entity == "contact":
                self.data_protection.add_context_menu(page)
            self.lists[entity] = page
            self._add_page(entity, page)
        return self.lists[entity]

    def _build_layout(self) -> None:
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setMaximumWidth(220)
        names = {"search": self.tr("Search"), "overview": self.tr("Overview"), "trash": self.tr("Trash")}
        for key in PAGES:
            item = QListWidgetItem(names.get(key) or labels.entity_plural(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(lambda row: self.show_page(PAGES[row]) if row >= 0 else None)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.record_page)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([170, 620, 480])
        self.setCentralWidget(self.splitter)

    def _action(self, text: str, keys: QKeySequence | str | None, slot, menu=None) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.shortcuts.append((QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText),
                                   text.replace("&", "").rstrip("…")))
        action.triggered.connect(slot)
        self.addAction(action)
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(self.tr("&Search everywhere…"), "Ctrl+K", self.open_search, go_menu)
        self._action(self.tr("&New record…"), QKeySequence.StandardKey.New, self.new_record, file_menu)
        self._action(self.tr("Log a &meeting…"), "Ctrl+M", lambda: self.log_meeting(self._current_place()),
                     file_menu)
        self._action(self.tr("&Edit record…"), "Ctrl+E", self.edit_current, edit_menu)
        self._action(self.tr("&Delete record…"), QKeySequence.StandardKey.Delete, self.delete_current, edit_menu)
        self._action(self.tr("&Back"), "Alt+Left", self.go_back, go_menu)
        self._action(self.tr("&Forward"), "Alt+Right", self.go_forward, go_menu)
        self._action(self.tr("&Refresh"), "F5", self.refresh, go_menu)
        for number, key in enumerate(PAGES, 1):
            self._action(self.nav.item(number - 1).text(), f"Ctrl+{number}" if number < 10 else None,
                         lambda _checked=False, k=key: self.show_page(k, focus=True), go_menu)
        self._action(self.tr("&Import…"), "Ctrl+I", self.import_file, file_menu)
        self.exports.build_menu(file_menu)
        self._action(self.tr("Find &duplicates…"), None, self.find_duplicates, edit_menu)
        self._action(self.tr("Re&build the search index"), None, self.reindex, file_menu)
        self._action(self.tr("Back&ups…"), None, self.open_backups, file_menu)
        self._action(self.tr("Re&tention review…"), None, self.open_retention, edit_menu)
        self._action(self.tr("&Settings…"), None, self.open_settings, file_menu)
        self._action(self.tr("&Quit"), "Ctrl+Q", self.close, file_menu)
        self._action(self.tr("&Keyboard shortcuts"), "F1", self.show_shortcuts, help_menu)
        self._action(self.tr("&Log of register extracts and erasures…"), None, self.open_audit, help_menu)
        self._action(self.tr("&About Kunskapsbanken"), None, self.about, help_menu)

    # --- pages and records ---------------------------------------------------------------------

    def is_empty(self) -> bool:
        return all(self.backend.kb.service(e).count(deleted="include") == 0 for e in LIST_ENTITIES)

    def show_page(self, key: str, *, focus: bool = False) -> None:
        if key in LIST_ENTITIES:
            self.list_page(key)
        if key not in self.pages:
            raise ValueError(f"no page '{key}'")
        if key in PAGES and self.nav.currentRow() != PAGES.index(key):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(PAGES.index(key))
            self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.pages[key])
        if key in self.lists:
            page = self.lists[key]
            self._show_count(key, page.model.rowCount(), self.backend.kb.service(key).count())
        else:
            self.count_label.clear()
        if key in PAGES:
            settings.WINDOW_PAGE.set(key)
        if focus:
            self.pages[key].setFocus()

    def current_page(self) -> str:
        return next((k for k, w in self.pages.items() if w is self.stack.currentWidget()), "")

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

    def _current_place(self) -> list[tuple[str, str]]:
        place = self.history.current()
        return [place] if place else []

    def go_back(self) -> None:
        place = self.history.back()
        if place:
            self.record_page.show_record(*place)

    def go_forward(self) -> None:
        place = self.history.forward()
        if place:
            self.record_page.show_record(*place)

    # --- actions --------------------------------------------------------------------------------------

    def open_search(self) -> None:
        self.search_popup.popup()

    def new_record(self, entity: str | None = None) -> None:
        entity = entity if isinstance(entity, str) else None
        entity = entity or (self.current_page() if self.current_page() in self.lists else "contact")
        self._open_dialog(dialogs.open_editor(self.backend, entity, None, self))

    def edit_record(self, entity: str, row_id: str) -> None:
        self._open_dialog(dialogs.open_editor(self.backend, entity, row_id, self))

    def edit_current(self) -> None:
        place = self.history.current()
        if place:
            self.edit_record(*place)

    def delete_record(self, entity: str, row_id: str) -> None:
        dialogs.confirm_delete(self.backend, entity, row_id, self)

    def delete_current(self) -> None:
        place = self.history.current()
        if place and self.focusWidget() is not None and not self._typing():
            self.delete_record(*place)

    def _typing(self) -> bool:
        """Delete in a text field deletes text, not the record."""
        from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

        widget = self.focusWidget()
        if isinstance(widget, QTextEdit):
            return not widget.isReadOnly()
        return isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox))

    def log_meeting(self, prefill: list[tuple[str, str]] | None = None) -> None:
        self._open_dialog(dialogs.open_editor(self.backend, "activity", None, self, prefill=prefill or []))

    def _open_dialog(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.open_record)
        dialog.show()

    def refresh(self) -> None:
        for page in self.lists.values():
            page.refresh()
        self.record_page.refresh()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self)
        if dialog.exec():
            self.language_change_requested.emit(dialog.chosen())

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.shortcuts, self).exec()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Kunskapsbanken"),
                          self.tr("Kunskapsbanken – the knowledge base of IoT Sverige's programme office.\n"
                                  "Database: %1").replace("%1", str(self.backend.path)))

    def load_demo(self) -> None:
        from db.demo import create_demo

        def done(_counts) -> None:
            self.refresh()
            self.show_page("contact", focus=True)

        LongTask(self, self.backend, self.tr("Loading the demo data…"), lambda kb, _cancel: create_demo(kb),
                 on_done=done, on_error=self._show_error)

    def import_file(self) -> None:
        """The import wizard (vCard, CSV/Excel, iCalendar; a JSON export into an empty knowledge base)."""
        from desktop.dialogs.import_wizard import ImportDialog

        dialog = ImportDialog(self.backend, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.show()
        self.import_dialog = dialog

    def _imported(self, entity: str) -> None:
        self.refresh()
        self.show_page(entity if entity in LIST_ENTITIES else "contact")

    def find_duplicates(self) -> None:
        from desktop.dialogs.duplicates import DuplicatesDialog

        page = self.current_page()
        dialog = DuplicatesDialog(self.backend, self, "organisation" if page == "organisation" else "contact")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        dialog.show()
        self.duplicates_dialog = dialog

    def merge_records(self, entity: str, a_id: str, b_id: str | None = None):
        """The merge dialog for two records (b_id None: the user picks the other one)."""
        from desktop.dialogs.merge import MergeDialog

        dialog = MergeDialog(self.backend, entity, a_id, b_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        dialog.show()
        return dialog

    def _merged(self, entity: str, keep_id: str, op_id: str) -> None:
        """Open the kept record and offer undo in the status bar."""
        from desktop.dialogs.merge import UndoOffer

        self.open_record(entity, keep_id)
        if self.undo_offer is not None:
            self.undo_offer.withdraw()
        self.undo_offer = UndoOffer(self, self.backend, op_id, self.tr("The records were merged."),
                                    on_undone=self.refresh) if op_id else None

    def reindex(self) -> None:
        LongTask(self, self.backend, self.tr("Rebuilding the search index…"),
                 lambda kb, _cancel: kb.search.rebuild() if kb.search else 0,
                 on_done=lambda n: self.statusBar().showMessage(self.tr("Search index rebuilt: %1 documents")
                                                                .replace("%1", str(n)), 5000),
                 on_error=self._show_error)

    # --- backups, data protection, other programs' changes (desktop/dialogs/backups.py, watcher.py) ----

    def open_backups(self):
        from desktop.dialogs.backups import BackupsDialog

        dialog = BackupsDialog(self.backend, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_chosen.connect(self.restore_requested.emit)
        dialog.open()
        return dialog

    def open_retention(self):
        from desktop.pages.retention_page import RetentionDialog

        dialog = RetentionDialog(self.backend, self.data_protection, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.page.open_record.connect(self.open_record)
        dialog.show()
        return dialog

    def open_audit(self):
        from desktop.dialogs.audit import AuditDialog

        dialog = AuditDialog(self.backend, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def start_background(self, startup: bool = True) -> None:
        """Follow other programs' changes and back up every six hours; at start-up also back up
        when due and check the search index (all on the worker; the window stays usable)."""
        from desktop.window.background import start_background

        self.background = start_background(self, startup)

    def _show_error(self, error: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Kunskapsbanken"), translate_error(error))

    # --- status and settings ---------------------------------------------------------------------------

    def _show_count(self, entity: str, shown: int, total: int) -> None:
        if self.current_page() != entity:
            return
        text = self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total)) if shown != total else str(total)
        self.count_label.setText(f"{labels.entity_plural(entity)}: {text}")

    def _busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Saving…"))
        else:
            self.statusBar().clearMessage()

    def _on_changed(self, changes: models.Changes) -> None:
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
