"""Data protection for one contact person: the register extract (GDPR art. 15) and erasure
(art. 17), from the record page's "More" menu and the contact list's context menu.

Erasure cannot be undone, so it is confirmed by typing: the person's full name (several persons
at once, from the retention review: their number). A tick box is clicked out of habit; typing
the name makes the user look at whom they are erasing, and a slip of the mouse cannot do it.
Then db.care.erasure.erase_many runs in a LongTask with every backup location of the database: the
person leaves the database, the search index and the backups. Activities they took part in stay,
with the participant shown as "raderad person" (ERASED_CONTACT_ID; see `db.record_details.erased_participants`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.care.erasure import erase_many
from db.care.extract import EXTRACT_FORMATS, write_extract
from db.care.persons import ERASED_CONTACT_ID
from db.services import NotFoundError
from desktop import labels, settings
from desktop.backend import Backend
from desktop.dialogs.backup_folder import backup_locations
from desktop.messages import translate_error, translate_message
from desktop.tasks import LongTask

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # translate("DataProtection", "...") (lupdate finds it)
NAMES_SHOWN = 12  # names listed in the confirmation of a multiple erasure


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-") or "person"


# --- the confirmation ---------------------------------------------------------------------------


class ConfirmEraseDialog(QDialog):
    """Explains what erasure does and asks the user to type the name (or the number of persons)."""

    def __init__(self, names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.names = names
        single = len(names) == 1
        self.phrase = names[0] if single else str(len(names))
        self.setWindowTitle(self.tr("Erase permanently"))
        heading = QLabel(self.tr("This cannot be undone."))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600; color: #b3261e;")
        who = QLabel()
        who.setTextFormat(Qt.TextFormat.PlainText)
        who.setWordWrap(True)
        who.setText(self.tr("%1 is erased everywhere:").replace("%1", names[0]) if single else
                    self.tr("%1 persons are erased everywhere:").replace("%1", str(len(names))))
        explanation = QLabel(self._explanation())
        explanation.setTextFormat(Qt.TextFormat.RichText)
        explanation.setWordWrap(True)
        self.phrase_edit = QLineEdit()
        prompt = QLabel((self.tr("To confirm, type the person's name: %1") if single else
                         self.tr("To confirm, type the number of persons: %1")).replace("%1", self.phrase))
        prompt.setTextFormat(Qt.TextFormat.PlainText)
        prompt.setWordWrap(True)
        prompt.setBuddy(self.phrase_edit)
        self.phrase_edit.setAccessibleName(prompt.text())
        self.phrase_edit.textChanged.connect(self._update)
        self.erase_button = QPushButton(self.tr("Erase permanently"))
        # The same box in both states (Qt sizes the button once): red only when it would act.
        self.erase_button.setStyleSheet(
            "QPushButton { padding: 4px 12px; border-radius: 3px; border: 1px solid #c4c4c4; color: #8a8a8a; }"
            " QPushButton:enabled { color: white; background: #b3261e; border-color: #8c1d17; }")
        self.erase_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(who)
        if not single:
            layout.addWidget(self._name_list())
        layout.addWidget(explanation)
        layout.addWidget(prompt)
        layout.addWidget(self.phrase_edit)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._update()

    def _explanation(self) -> str:
        items = [self.tr("from the database: the contact details, affiliations, roles, notes and tags"),
                 self.tr("from the search index"),
                 self.tr("from every backup of the database (they are cleaned too)"),
                 self.tr("the name, e-mail addresses and phone numbers are removed from other records' texts "
                         "and from the change history")]
        bullets = "".join(f"<li>{_escape(item)}</li>" for item in items)
        if len(self.names) == 1:
            kept = self.tr("Activities the person took part in remain; the participant is shown as \u201c%1\u201d.")
            first = self.tr("If the person has asked for a register extract, save it first.")
        else:
            kept = self.tr("Activities they took part in remain; each of them is shown as \u201c%1\u201d.")
            first = self.tr("If someone has asked for a register extract, save it first.")
        kept = kept.replace("%1", labels.erased_person())
        return f"<ul style='margin-left:-20px'>{bullets}</ul><p>{_escape(kept)}</p><p>{_escape(first)}</p>"

    def _name_list(self) -> QLabel:
        shown = self.names[:NAMES_SHOWN]
        text = ", ".join(shown)
        if len(self.names) > NAMES_SHOWN:
            text += " " + self.tr("and %1 more").replace("%1", str(len(self.names) - NAMES_SHOWN))
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet("font-weight: 600;")
        return label

    def confirmed(self) -> bool:
        return _normalise(self.phrase_edit.text()) == _normalise(self.phrase)

    def _update(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():
            super().accept()


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)


# --- the actions ---------------------------------------------------------------------------------


class DataProtection:
    """The extract and erase actions of the main window (its status bar reports the outcome)."""

    def __init__(self, window: QMainWindow, backend: Backend):
        self.window, self.backend = window, backend
        self.confirm_dialog: ConfirmEraseDialog | None = None
        self.left_box: QMessageBox | None = None  # what the last erasure left, while shown

    def _status(self, text: str) -> None:
        if shiboken6.isValid(self.window):
            self.window.statusBar().showMessage(text, 15000)

    def _error(self, error: BaseException) -> None:
        log.warning("a data protection task failed: %s", type(error).__name__)
        if shiboken6.isValid(self.window):
            QMessageBox.warning(self.window, translate("DataProtection", "Data protection"), translate_error(error))

    def _contact(self, contact_id: str):
        if contact_id == ERASED_CONTACT_ID:
            return None
        try:
            return self.backend.kb.contacts.get(contact_id)
        except NotFoundError:
            return None

    # --- register extract ---

    def extract(self, contact_id: str) -> None:
        """Ask where to save the extract (.html or .json), then write it."""
        contact = self._contact(contact_id)
        if contact is None:
            return
        path = self.ask_extract_path(contact.full_name)
        if path is not None:
            self.write_extract(contact_id, path)

    def ask_extract_path(self, name: str) -> Path | None:
        folder = settings.EXTRACT_FOLDER.get() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = Path(folder) / f"{translate('DataProtection', 'register-extract')}-{_slug(name)}-" \
                                   f"{date.today().isoformat()}.html"
        html_filter = translate("DataProtection", "Web page (*.html)")
        json_filter = translate("DataProtection", "JSON (*.json)")
        chosen, selected = QFileDialog.getSaveFileName(
            self.window, translate("DataProtection", "Save the register extract"), str(suggested),
            f"{html_filter};;{json_filter}")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in EXTRACT_FORMATS:
            path = path.with_name(path.name + (".json" if selected == json_filter else ".html"))
        settings.EXTRACT_FOLDER.set(str(path.parent))
        return path

    def write_extract(self, contact_id: str, path: Path, on_done: Callable[[Path], None] | None = None) -> None:
        def done(written: Path) -> None:
            self._status(translate("DataProtection", "The register extract was saved: %1").replace("%1", str(written)))
            if on_done is not None:
                on_done(written)

        LongTask(self.window, self.backend, translate("DataProtection", "Writing the register extract…"),
                 lambda kb, _cancel: write_extract(kb, contact_id, path), on_done=done, on_error=self._error)

    # --- erasure ---

    def erase(self, contact_id: str) -> ConfirmEraseDialog | None:
        """Ask (typing the name), then erase the person; returns the open confirmation dialog."""
        contact = self._contact(contact_id)
        if contact is None:
            return None
        return self.confirm_and_erase([contact_id], [contact.full_name or contact_id])

    def confirm_and_erase(self, ids: list[str], names: list[str],
                          on_done: Callable[[list], None] | None = None) -> ConfirmEraseDialog:
        dialog = ConfirmEraseDialog(names, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.erase_now(ids, on_done))
        dialog.open()
        self.confirm_dialog = dialog
        return dialog

    def erase_now(self, ids: list[str], on_done: Callable[[list], None] | None = None) -> None:
        """Erase without asking (the caller asked); on the worker, with every backup location."""
        folders = backup_locations(self.backend.path)

        def done(reports: list) -> None:
            self._erased(ids, reports)
            if on_done is not None:
                on_done(reports)

        title = translate("DataProtection", "Erasing…")
        LongTask(self.window, self.backend, title,
                 lambda kb, _cancel: erase_many(kb, ids, backup_folders=folders), on_done=done,
                 on_error=self._error)

    def _erased(self, ids: list[str], reports: list) -> None:
        log.info("erased %d person(s)", len(reports))
        if not shiboken6.isValid(self.window):
            return
        page = getattr(self.window, "record_page", None)
        if page is not None and page.place() is not None and page.place()[1] in ids:
            page.clear()
        cleaned = reports[0].backups_cleaned if reports else 0
        left = list(dict.fromkeys(message for report in reports for message in report.outstanding))
        if left:
            text = translate("DataProtection", "The erasure is not finished: %1 left (see the message).")
            self._status(text.replace("%1", str(len(left))))
            self.show_left(left)
            return
        if len(ids) == 1:
            text = translate("DataProtection", "The person was erased permanently (backups cleaned: %1).")
        else:
            text = translate("DataProtection", "%2 persons were erased permanently (backups cleaned: %1).")
        self._status(text.replace("%1", str(cleaned)).replace("%2", str(len(ids))))

    def show_left(self, left: list) -> QMessageBox:
        """What an erasure could not do (the index not purged, a backup not cleaned, a backup folder
        not there, the file not compacted), one line each; it is finished on the next start."""
        box = QMessageBox(QMessageBox.Icon.Warning, translate("DataProtection", "Data protection"),
                          translate("DataProtection", "The person is erased from the database, but the erasure is "
                                                      "not finished everywhere. What is left:"), parent=self.window)
        box.setInformativeText("\n\n".join(f"\u2022 {translate_message(message)}" for message in left) + "\n\n"
                               + translate("DataProtection", "Kunskapsbanken finishes it the next time it starts, "
                                                             "once what is in the way is gone (a disk with room, a "
                                                             "folder that can be written, the backup disk "
                                                             "plugged in)."))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        self.left_box = box
        return box

    # --- the contact list's context menu ---

    def add_context_menu(self, page) -> None:
        """Open, register extract and erase on a contact list's rows (right click or the menu key)."""
        page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        page.table.customContextMenuRequested.connect(lambda pos: self._context_menu(page, pos))

    def context_menu(self, page, row_id: str) -> QMenu:
        menu = QMenu(page.table)
        menu.addAction(translate("DataProtection", "Open"), lambda: page.open_record.emit("contact", row_id))
        menu.addSeparator()
        menu.addAction(translate("DataProtection", "Register extract…"), lambda: self.extract(row_id))
        menu.addAction(translate("DataProtection", "Erase the person permanently…"), lambda: self.erase(row_id))
        return menu

    def _context_menu(self, page, pos: QPoint) -> None:
        index = page.table.indexAt(pos)
        row_id = page.model.id_at(index.row()) if index.isValid() else None
        if row_id:
            self.context_menu(page, row_id).popup(page.table.viewport().mapToGlobal(pos))
