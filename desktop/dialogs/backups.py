"""Säkerhetskopior: the backup list, "back up now", restore, the backup folder setting, and the
automatic backups (at start-up and every six hours, on the worker thread).

A backup and its check run on the worker with the worker's own connection (db.care.backup.backup_now
copies through it). A restore needs the database closed by this process: `restore_and_reopen`
closes the Backend (both connections and the search index), replaces the file with
db.care.backup.restore_backup off the UI thread, reopens the window on the restored data and erases
again the persons erased after the backup was taken. When the restore fails, the current
database is opened again, unchanged, and the user is told why.

The backup folder is a per-database setting (QSettings; default: the user data folder's backups,
db.paths.default_backup_dir), so the demo database and one's own never share a folder by default.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QLocale,
    QObject,
    Qt,
    QThread,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.care import backup, gdpr
from db.care.backup import BackupInfo, RestoreResult
from db.paths import default_backup_dir, private_dir
from desktop import settings
from desktop.backend import Backend
from desktop.messages import translate_error
from desktop.tasks import LongTask

log = logging.getLogger(__name__)

CONTEXT = "Backups"
AUTO_INTERVAL_MS = 6 * 60 * 60 * 1000  # a check every six hours while the app runs
# At start-up: a backup when the newest is older than this (db.care.backup.auto_backup's default).
STARTUP_MIN_AGE = timedelta(hours=20)
# While the app runs: a backup every six hours (the timer's interval, less some slack).
PERIODIC_MIN_AGE = timedelta(hours=5, minutes=50)
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


# --- the folder setting ------------------------------------------------------------------------


def backup_folder(db_path: Path) -> Path:
    """The folder this database's backups go to (the setting, else the default)."""
    chosen = settings.BACKUP_FOLDER.get(default_backup_dir(db_path).name)
    return Path(chosen) if chosen else default_backup_dir(db_path)


def set_backup_folder(db_path: Path, folder: Path | None) -> None:
    """Choose the backup folder of this database; None goes back to the default."""
    if folder is None or Path(folder) == default_backup_dir(db_path):
        settings.BACKUP_FOLDER.remove(default_backup_dir(db_path).name)
    else:
        settings.BACKUP_FOLDER.set(str(folder), default_backup_dir(db_path).name)


def backup_locations(db_path: Path) -> list[Path]:
    """Every place this database's backups may be in: the chosen folder, the default one and the
    copies taken beside the file before a schema upgrade (an erasure cleans them all)."""
    found: list[Path] = []
    for place in (backup_folder(db_path), *gdpr.default_backup_locations(db_path)):
        if place not in found:
            found.append(place)
    return found


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


# --- automatic backups ---------------------------------------------------------------------------


def _auto_backup(kb: Any, folder: Path, min_age: timedelta) -> BackupInfo | None:
    """On the worker, between jobs: copy through the worker's own connection."""
    return backup.auto_backup(kb.path, folder, min_age=min_age, conn=kb.db.conn)


class AutoBackup(QObject):
    """Takes an automatic backup at start-up (`run()`) and every six hours; a failure is reported
    through `failed` (a translated reason) and never stops the app."""

    taken = Signal(object)  # BackupInfo
    failed = Signal(str)

    def __init__(self, backend: Backend, parent=None, *, interval_ms: int = AUTO_INTERVAL_MS):
        super().__init__(parent)
        self.backend = backend
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(lambda: self.run(PERIODIC_MIN_AGE))
        self.timer.start()
        backend.closing.connect(self.timer.stop)

    def run(self, min_age: timedelta = STARTUP_MIN_AGE) -> None:
        if self.backend.closed:
            return
        folder = backup_folder(self.backend.path)
        self.backend.write(lambda kb: _auto_backup(kb, folder, min_age), self._done, self._failed)

    def _done(self, info: BackupInfo | None) -> None:
        if info is not None and shiboken6.isValid(self):
            self.taken.emit(info)

    def _failed(self, error: BaseException) -> None:
        log.warning("automatic backup failed: %s", type(error).__name__)
        if shiboken6.isValid(self):
            self.failed.emit(translate_error(error))


# --- the dialog ----------------------------------------------------------------------------------


def _backup_and_verify(kb: Any, folder: Path) -> tuple[BackupInfo, list[str]]:
    info = backup.backup_now(kb.path, folder, reason="manual", conn=kb.db.conn)
    return info, backup.verify_backup(info.path)


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
        return backup.list_backups(self.folder())

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

    def _backed_up(self, result: tuple[BackupInfo, list[str]]) -> None:
        if not shiboken6.isValid(self):
            return
        info, problems = result
        self.backup_button.setEnabled(True)
        self.refresh(select=info.path)
        if problems:
            text = "; ".join(translate_error(p) for p in problems)
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


# --- the restore itself (the database closed) --------------------------------------------------------


class _RestoreThread(QThread):
    """restore_backup off the UI thread (the Backend's worker is closed by then)."""

    result = Signal(object, object)  # RestoreResult | None, exception | None

    def __init__(self, work: Callable[[], RestoreResult]):
        super().__init__()
        self.work = work

    def run(self) -> None:
        try:
            self.result.emit(self.work(), None)
        except BaseException as exc:  # shown to the user on the UI thread
            self.result.emit(None, exc)


def _open_dialogs(window: QWidget) -> bool:
    """Is another window of ours open (an edit dialog, the import wizard, a task's progress)? A restore
    replaces the main window and would close it: what was typed would be lost."""
    return any(dialog.isVisible() for dialog in window.findChildren(QDialog))


def _reapply_erasures(kb: Any, result: RestoreResult, folders: list[Path]) -> int:
    """Erase again everyone the audit list says was erased (it survives the restore), cleaning the
    backups too, the restored one included."""
    return gdpr.finish_restore(kb, result.pending_audit, folders)


def _title() -> str:
    return translate("Backups", "Restore a backup")


def restore_and_reopen(controller: Any, backup_path: Path) -> None:
    """Close the database, restore the backup over it and reopen the window on the result.
    `controller` is the app's WindowController (window, backend, replace_backend)."""
    window, old = controller.window, controller.backend
    if _open_dialogs(window):
        QMessageBox.information(window, _title(), translate(
            "Backups", "Close Kunskapsbanken's other open windows first (save or discard what you typed)."))
        return
    db_path, user, inline = old.path, old.user, old.inline
    folder = backup_folder(db_path)
    log.info("restoring %s from %s", db_path.name, Path(backup_path).name)
    progress = QProgressDialog(translate("Backups", "Restoring the backup…"), "", 0, 0)
    progress.setWindowTitle(_title())
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()
    quit_on_close = QApplication.quitOnLastWindowClosed()
    QApplication.setQuitOnLastWindowClosed(False)  # closing the progress window must not end the app now
    window.hide()  # its lists read through the connection that is about to close
    old.close()

    def work() -> RestoreResult:
        return backup.restore_backup(Path(backup_path), db_path, folder=folder, user=user)

    def finished(result: RestoreResult | None, error: BaseException | None) -> None:
        _reopen(controller, db_path, user, inline, result, error)
        progress.reset()
        progress.deleteLater()
        QApplication.setQuitOnLastWindowClosed(quit_on_close)

    if inline:  # tests: at once, on this thread
        try:
            outcome, failure = work(), None
        except BaseException as exc:
            outcome, failure = None, exc
        finished(outcome, failure)
        return
    thread = _RestoreThread(work)
    thread.result.connect(finished)
    thread.finished.connect(thread.deleteLater)
    controller.restore_thread = thread  # kept alive until it is done
    thread.start()


def _reopen(controller: Any, db_path: Path, user: str, inline: bool, result: RestoreResult | None,
            error: BaseException | None) -> None:
    """Open the database again (restored, or unchanged after a failure) in a new window."""
    if error is not None:
        log.warning("restore failed: %s", type(error).__name__)
    try:
        backend = Backend(db_path, user, inline=inline)
    except Exception as exc:  # the file cannot be opened at all: nothing to show it in
        log.exception("the database could not be opened after a restore")
        text = translate("Backups", "The database could not be opened again: %1")
        QMessageBox.critical(None, _title(), text.replace("%1", translate_error(exc)))
        QCoreApplication.exit(2)
        return
    controller.replace_backend(backend)
    window = controller.window
    if error is not None or result is None:
        text = translate("Backups", "The backup was not restored; the database is unchanged.\n\n%1")
        QMessageBox.warning(window, _title(), text.replace("%1", translate_error(error) if error else ""))
        return
    _after_restore(window, backend, db_path, result)


def _after_restore(window: QWidget, backend: Backend, db_path: Path, result: RestoreResult) -> None:
    info = backup.read_backup_info(result.restored_from) if result.restored_from.exists() else None
    when = long_time(info.taken_at) if info else result.restored_from.name
    message = translate("Backups", "The backup from %1 was restored.").replace("%1", when)
    window.statusBar().showMessage(message, 15000)
    folders = backup_locations(db_path)

    def done(count: int) -> None:
        if count and shiboken6.isValid(window):
            again = translate("Backups", "Persons erased after the backup was taken, erased again: %1.")
            window.statusBar().showMessage(f"{message} {again.replace('%1', str(count))}", 15000)

    LongTask(window, backend, translate("Backups", "Erasing again the persons erased after the backup…"),
             lambda kb, _cancel: _reapply_erasures(kb, result, folders), on_done=done,
             on_error=lambda exc: QMessageBox.warning(window, _title(), translate_error(exc)))
