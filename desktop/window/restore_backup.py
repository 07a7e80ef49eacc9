"""Restoring a backup from the app. A restore needs the database closed by this process:
`restore_and_reopen` closes the Backend (both connections and the search index), replaces the file
with db.care.restore.restore_backup off the UI thread, reopens the window on the restored data and
erases again the persons erased after the backup was taken (db.care.erasure.finish_restore). When
the restore fails, the current database is opened again, unchanged, and the user is told why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from db.care.backup_rotation import read_backup_info
from db.care.erasure import finish_restore
from db.care.restore import RestoreResult, restore_backup
from desktop.backend import Backend
from desktop.dialogs.backup_folder import backup_folder, backup_locations
from desktop.dialogs.backups import long_time
from desktop.messages import translate_error
from desktop.tasks import LongTask

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # translate("Backups", "...") outside QObject methods (lupdate finds it)


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
    return finish_restore(kb, result.pending_audit, folders, known=result.backup_folders)


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
        return restore_backup(Path(backup_path), db_path, folder=folder, user=user)

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
    info = read_backup_info(result.restored_from) if result.restored_from.exists() else None
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
