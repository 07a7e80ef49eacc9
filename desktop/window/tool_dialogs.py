"""The dialogs of the window's tools, as the menus and the welcome page open them: import,
duplicates, backups, retention review, the audit log, settings, the shortcut help, about; the
demo data and the index rebuild as long tasks (with their progress dialog). Each dialog reports
back through signals; what the views show afterwards follows from the change notification alone
(no refresh here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from desktop.dialogs.settings_dialog import SettingsDialog
from desktop.dialogs.shortcuts_dialog import ShortcutsDialog
from desktop.messages import translate_error
from desktop.tasks import LongTask
from desktop.window.navigation import LIST_ENTITIES

translate = QCoreApplication.translate  # translate("MainWindow", "...") (lupdate finds it)


class ToolDialogs(QObject):
    """The dialogs last opened stay reachable (`import_dialog`, `duplicates_dialog`) for tests."""

    def __init__(self, window):
        super().__init__(window)
        self.window, self.backend = window, window.backend
        self.import_dialog = None
        self.duplicates_dialog = None

    def _show(self, dialog, *, modal: bool = False):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if modal:
            dialog.open()
        else:
            dialog.show()
        return dialog

    def import_file(self) -> None:
        """The import wizard (vCard, CSV/Excel, iCalendar; a JSON export into an empty knowledge base)."""
        from desktop.dialogs.import_wizard import ImportWizard

        dialog = ImportWizard(self.backend, self.window)
        dialog.imported.connect(
            lambda entity: self.window.show_page(entity if entity in LIST_ENTITIES else "contact"))
        self.import_dialog = self._show(dialog)

    def find_duplicates(self) -> None:
        from desktop.dialogs.duplicates import DuplicatesDialog

        page = self.window.current_page()
        dialog = DuplicatesDialog(self.backend, self.window, "organisation" if page == "organisation" else "contact")
        dialog.merged.connect(self.window.records.merged)
        self.duplicates_dialog = self._show(dialog)

    def open_backups(self):
        from desktop.dialogs.backups import BackupsDialog

        dialog = BackupsDialog(self.backend, self.window)
        dialog.restore_chosen.connect(self.window.restore_requested.emit)
        return self._show(dialog, modal=True)

    def open_retention(self):
        from desktop.pages.retention_page import RetentionDialog

        dialog = RetentionDialog(self.backend, self.window.data_protection, self.window)
        dialog.page.open_record.connect(self.window.open_record)
        return self._show(dialog)

    def open_audit(self):
        from desktop.dialogs.audit import AuditDialog

        return self._show(AuditDialog(self.backend, self.window))

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.window)
        if dialog.exec():
            self.window.language_change_requested.emit(dialog.chosen())

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.window.shortcuts, self.window).exec()

    def about(self) -> None:
        QMessageBox.about(self.window, translate("MainWindow", "About Kunskapsbanken"),
                          translate("MainWindow", "Kunskapsbanken – the knowledge base of IoT Sverige's programme "
                                                  "office.\nDatabase: %1").replace("%1", str(self.backend.path)))

    def load_demo(self) -> None:
        from db.demo import create_demo

        LongTask(self.window, self.backend, translate("MainWindow", "Loading the demo data…"),
                 lambda kb, _cancel: create_demo(kb),
                 on_done=lambda _counts: self.window.show_page("contact", focus=True), on_error=self.show_error)

    def reindex(self) -> None:
        def done(count: int) -> None:
            message = translate("MainWindow", "Search index rebuilt: %1 documents").replace("%1", str(count))
            self.window.statusBar().showMessage(message, 5000)

        LongTask(self.window, self.backend, translate("MainWindow", "Rebuilding the search index…"),
                 lambda kb, _cancel: kb.search.rebuild() if kb.search else 0, on_done=done, on_error=self.show_error)

    def show_error(self, error: BaseException) -> None:
        QMessageBox.warning(self.window, translate("MainWindow", "Kunskapsbanken"), translate_error(error))
