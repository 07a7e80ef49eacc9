"""What the window does to records: new, edit, delete, restore, log a meeting, merge (with the
undo offer after a merge). The record page, the menus and the welcome page ask for these; the
edit dialogs do the writing, and a saved record is opened (`window.open_record`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

from desktop import editors

translate = QCoreApplication.translate  # translate("MainWindow", "...") (lupdate finds it)


class RecordActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window, self.backend = window, window.backend
        self.undo_offer = None  # desktop.dialogs.undo_offer.UndoOffer after a merge

    def connect_record_page(self, page) -> None:
        """The record page's requests (its export and data-protection requests go elsewhere)."""
        page.edit_requested.connect(self.edit_record)
        page.delete_requested.connect(self.delete_record)
        page.restore_requested.connect(self.restore)
        page.log_meeting_requested.connect(lambda entity, row_id: self.log_meeting([(entity, row_id)]))
        page.merge_requested.connect(lambda entity, row_id: self.merge_records(entity, row_id))

    def _current(self) -> tuple[str, str] | None:
        return self.window.history.current()

    def new_record(self, entity: str | None = None) -> None:
        """A new record of `entity`; by default of the list shown (else a contact)."""
        page = self.window.current_page()
        entity = entity or (page if page in self.window.lists else "contact")
        self._open(editors.open_editor(self.backend, entity, None, self.window))

    def edit_record(self, entity: str, row_id: str) -> None:
        self._open(editors.open_editor(self.backend, entity, row_id, self.window))

    def edit_current(self) -> None:
        place = self._current()
        if place:
            self.edit_record(*place)

    def delete_record(self, entity: str, row_id: str) -> None:
        editors.confirm_delete(self.backend, entity, row_id, self.window)

    def delete_current(self) -> None:
        """The Delete key: deletes the record shown, unless it is text being edited."""
        place = self._current()
        if place and self.window.focusWidget() is not None and not self._typing():
            self.delete_record(*place)

    def _typing(self) -> bool:
        widget = self.window.focusWidget()
        if isinstance(widget, QTextEdit):
            return not widget.isReadOnly()
        return isinstance(widget, (QLineEdit, QPlainTextEdit, QAbstractSpinBox))

    def restore(self, entity: str, row_id: str) -> None:
        editors.restore(self.backend, entity, row_id)

    def log_meeting(self, prefill: list[tuple[str, str]] | None = None) -> None:
        self._open(editors.open_editor(self.backend, "activity", None, self.window, prefill=prefill or []))

    def log_meeting_here(self) -> None:
        """Ctrl+M: a meeting with the record shown (if any) as a participant or topic."""
        place = self._current()
        self.log_meeting([place] if place else [])

    def _open(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.window.open_record)
        dialog.show()

    def merge_records(self, entity: str, a_id: str, b_id: str | None = None):
        """The merge dialog for two records (b_id None: the user picks the other one)."""
        from desktop.dialogs.merge import MergeDialog

        dialog = MergeDialog(self.backend, entity, a_id, b_id, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self.merged)
        dialog.show()
        return dialog

    def merged(self, entity: str, keep_id: str, op_id: str) -> None:
        """After a merge (here or in the duplicates dialog): open the kept record, offer undo."""
        from desktop.dialogs.undo_offer import UndoOffer

        self.window.open_record(entity, keep_id)
        if self.undo_offer is not None:
            self.undo_offer.withdraw()
        # on_undone is not needed: the undo's own change notification refreshes what shows the records.
        self.undo_offer = UndoOffer(self.window, self.backend, op_id,
                                    translate("MainWindow", "The records were merged.")) if op_id else None
