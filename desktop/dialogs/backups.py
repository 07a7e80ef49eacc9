"""Säkerhetskopior: the backup list, "back up now", the backup folder, and asking to restore one.

A backup and its check run on the worker with the worker's own connection (db.care.backup.take_backup
copies through it). Choosing a backup to restore emits `restore_chosen`; the restore itself, with the
database closed, is desktop/window/restore_backup.py. The folder setting is desktop/dialogs/backup_folder.py,
the automatic backups desktop/window/auto_backup.py.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.care.backup import BackupInfo, take_backup
from db.care.backup_check import verify_backup
from db.care.backup_folders import note_backup_folder
from db.care.backup_rotation import list_backups
from db.errors import Message
from db.paths import default_backup_dir, private_dir
from desktop.backend import Backend
from desktop.dialogs.backup_folder import backup_folder, set_backup_folder
from desktop.messages import translate_error, translate_message
from desktop.tasks import LongTask

log = logging.getLogger(__name__)

CONTEXT = "Backups"
PATH_ROLE = Qt.ItemDataRole.UserRole

REASONS = {
    "auto": QT_TRANSLATE_NOOP("Backups", "Automatic"),
    "manual": QT_TRANSLATE_NOOP("Backups", "Manual"),
    "pre-import": QT_TRANSLATE_NOOP("Backups", "Before an import"),
    "pre-restore": QT_TRANSLATE_NOOP("Backups", "Before a restore"),
    "pre-migration": QT_TRANSLATE_NOOP("Backups", "Before an upgrade"),
}


translate = QCoreApplication.translate  # translate("Backups", "...") outside QObject methods (lupdate finds it)


def _tr(text: str) -> str:
    return translate(CONTEXT, text)


# --- formats -----------------------------------------------------------------------------------


def short_time(moment: datetime) -> str:
    """'2026-11-27 09:15' in local time (the Swedish way)."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def long_time(moment: datetime) -> str:
    """'27 november 2026 kl. 09:15' (in English: '27 November 2026 at 09:15'), local time."""
    value = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(value, translate("Backups", "d MMMM yyyy 'at' HH:mm"))


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def reason_text(reason: str) -> str:
    return _tr(REASONS[reason]) if reason in REASONS else reason



# --- the dialog ----------------------------------------------------------------------------------


def _backup_and_verify(kb, folder: Path) -> tuple[BackupInfo, list[Message]]:
    """On the worker, through its own connection: the backup and what its check finds."""
    info = take_backup(kb, folder, reason="manual")
    return info, verify_backup(info.path)


class BackupsDialog(QDialog):
    """The backups of the open database. `restore_chosen(Path)` after the user confirmed a restore
    (the main window carries it out: the database must be closed first)."""

    restore_chosen = Signal(object)  # Path of the backup file

    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.setWindowTitle(self.tr("Backups"))
        intro = QLabel(self.tr(
            "Kunskapsbanken backs up the database by itself when it starts (at most once a day) and every "
            "six hours while it is open. Old backups are thinned out: one a day is kept for a week, one a "
            "week for a month and one a month for a year."))
        intro.setWordWrap(True)
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        choose = QPushButton(self.tr("&Choose folder…"))
        choose.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("&Default folder"))
        self.default_button.setToolTip(self.tr("Back up into the user data folder again"))
        self.default_button.clicked.connect(lambda: self.set_folder(None))
        open_folder = QPushButton(self.tr("&Open the folder"))
        open_folder.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("Folder:"))
        folder_label.setBuddy(self.folder_edit)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        for button in (choose, self.default_button, open_folder):
            folder_row.addWidget(button)
        self.tree = self._tree()
        self.empty_label = QLabel(self.tr("There are no backups in this folder yet."))
        self.empty_label.setStyleSheet("color: #6b6b6b;")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.resize(720, 460)
        self.refresh()

    def _tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size"), self.tr("File")])
        tree.setAccessibleName(self.tr("Backups"))
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = tree.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        tree.itemActivated.connect(lambda _item, _column: self.restore_selected())
        return tree

    # --- the list ---

    def folder(self) -> Path:
        return backup_folder(self.backend.path)

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.folder())

    def refresh(self, select: Path | None = None) -> None:
        folder = self.folder()
        self.folder_edit.setText(str(folder))
        self.default_button.setEnabled(folder != default_backup_dir(self.backend.path))
        self.tree.clear()
        for info in self.backups():
            item = QTreeWidgetItem([short_time(info.taken_at), reason_text(info.reason), size_text(info.size),
                                    info.path.name])
            item.setData(0, PATH_ROLE, str(info.path))
            item.setData(0, PATH_ROLE + 1, info.taken_at)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
            if select is not None and info.path == select:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.empty_label.setVisible(self.tree.topLevelItemCount() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> tuple[Path, datetime] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return Path(item.data(0, PATH_ROLE)), item.data(0, PATH_ROLE + 1)

    # --- the folder ---

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), str(self.folder()))
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path | None) -> None:
        set_backup_folder(self.backend.path, folder)
        # The database itself knows every folder chosen for it: an erasure from any computer, the
        # command line's too, cleans the backups there, also after the folder is changed again.
        chosen = backup_folder(self.backend.path)
        self.backend.write(lambda kb: note_backup_folder(kb, chosen))
        self.status_label.clear()
        self.refresh()

    def open_folder(self) -> None:
        try:
            folder = private_dir(self.folder())
        except OSError as exc:
            self._show_status(self.tr("The folder could not be created: %1").replace("%1", exc.strerror or str(exc)))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- backing up ---

    def backup_now(self) -> None:
        folder = self.folder()
        self.backup_button.setEnabled(False)
        self._show_status(self.tr("Backing up…"))
        LongTask(self, self.backend, self.tr("Backing up the database…"),
                 lambda kb, _cancel: _backup_and_verify(kb, folder), on_done=self._backed_up,
                 on_error=self._backup_failed)

    def _backed_up(self, result: tuple[BackupInfo, list[Message]]) -> None:
        if not shiboken6.isValid(self):
            return
        info, problems = result
        self.backup_button.setEnabled(True)
        self.refresh(select=info.path)
        if problems:
            text = "; ".join(translate_message(p) for p in problems)
            self._show_status(self.tr("The backup was written but failed its check: %1").replace("%1", text), True)
        else:
            self._show_status(self.tr("Backup taken and checked: %1 (%2).")
                              .replace("%1", info.path.name).replace("%2", size_text(info.size)))

    def _backup_failed(self, error: BaseException) -> None:
        log.warning("backup failed: %s", type(error).__name__)
        if not shiboken6.isValid(self):
            return
        self.backup_button.setEnabled(True)
        self._show_status(self.tr("The backup failed: %1").replace("%1", translate_error(error)), True)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b3261e;" if error else "")
        self.status_label.setText(text)

    # --- restoring ---

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        path, taken_at = chosen
        if self.confirm_restore(taken_at):
            self.accept()
            self.restore_chosen.emit(path)

    def confirm_restore(self, taken_at: datetime) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore a backup"),
                          self.tr("Restore the backup from %1?").replace("%1", long_time(taken_at)), parent=self)
        box.setInformativeText(self.tr(
            "The database is replaced by the backup: everything changed after %1 is lost. The database as "
            "it is now is backed up first, so the restore can be undone from this list.\n\n"
            "Persons erased after the backup was taken are erased again.").replace("%1", long_time(taken_at)))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is restore
