"""The automatic backups: one at start-up when the newest is older than 20 hours, and one every six
hours while the app runs, on the worker thread through the worker's own connection
(db.care.backup_rotation.take_auto_backup, then rotation). A failure is reported, never stops the app."""

from __future__ import annotations

import logging
from datetime import timedelta

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from db.care.backup import BackupInfo
from db.care.backup_rotation import AUTO_MIN_AGE, take_auto_backup
from desktop.backend import Backend
from desktop.dialogs.backup_folder import backup_folder
from desktop.messages import translate_error

log = logging.getLogger(__name__)

AUTO_INTERVAL_MS = 6 * 60 * 60 * 1000  # a check every six hours while the app runs
# At start-up: a backup when the newest is older than this.
STARTUP_MIN_AGE = AUTO_MIN_AGE
# While the app runs: a backup every six hours (the timer's interval, less some slack).
PERIODIC_MIN_AGE = timedelta(hours=5, minutes=50)


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
        # On the worker, between jobs, through its own connection.
        self.backend.write(lambda kb: take_auto_backup(kb, folder, min_age=min_age), self._done, self._failed)

    def _done(self, info: BackupInfo | None) -> None:
        if info is not None and shiboken6.isValid(self):
            self.taken.emit(info)

    def _failed(self, error: BaseException) -> None:
        log.warning("automatic backup failed: %s", type(error).__name__)
        if shiboken6.isValid(self):
            self.failed.emit(translate_error(error))
