"""Staying in step with the database file while the window is open.

- `ChangePoller`: every 2 s a db.external_changes.ChangeWatcher on the UI thread's reading connection asks
  whether another process (a second Kunskapsbanken window, the command line) committed something
  (PRAGMA data_version: microseconds when nothing happened). What it reports goes out through
  `backend.changed`, the same path as the app's own writes, so lists, record pages and counts
  refresh by themselves; the worker then lets its search index catch up on those rows.
  The worker's own writes are not reported twice (the watcher ignores its connection).
- `IndexCheck`: after the database opens, the worker compares the search index with the database
  and repairs what disagrees (SearchService.verify); saves wait behind it, the window stays usable.
- `start_background(window, startup)`: the above plus the automatic backups
  (desktop.window.auto_backup.AutoBackup), reported in the window's status bar; a failure there is a
  warning that never stops the app.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from db import models
from db.external_changes import ChangeWatcher
from desktop.backend import Backend

log = logging.getLogger(__name__)

POLL_MS = 2000
MESSAGE_MS = 10_000
translate = QCoreApplication.translate  # translate("Background", "...") (lupdate finds it)


def _catch_up_index(kb: Any, changes: models.Changes) -> int:
    """On the worker: the index documents of rows another process changed (that process
    normally updated the shared index itself; this repairs what it left stale)."""
    search = getattr(kb, "search", None)
    if search is None:
        return 0
    repaired = search.catch_up(changes)
    search.refresh()
    return repaired


class ChangePoller(QObject):
    """Polls for other connections' commits and re-emits them as `backend.changed`."""

    external = Signal(object)  # models.Changes written by another connection or process

    def __init__(self, backend: Backend, parent: QObject | None = None, *, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.backend = backend
        self.watcher = ChangeWatcher(backend.kb, index=None)
        # The worker's connection is ours: ignore() subscribes to it on its own thread.
        backend.write(lambda kb: self.watcher.ignore(kb))
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        backend.closing.connect(self.stop)
        watcher = self.watcher
        self.destroyed.connect(lambda *_: watcher.close())  # the window went (a language switch)

    def poll(self) -> models.Changes | None:
        if self.backend.closed:
            return None
        try:
            changes = self.watcher.poll()
        except sqlite3.Error as exc:  # a read in WAL mode is not blocked; anything else: try next time
            log.warning("polling for other programs' changes failed (%s)", type(exc).__name__)
            return None
        if not changes:
            return None
        log.info("%d records changed by another program", sum(len(ids) for ids in changes.entities.values()))
        self.backend.changed.emit(changes)
        self.external.emit(changes)
        self.backend.write(lambda kb: _catch_up_index(kb, changes),
                           on_error=lambda exc: log.warning("index catch-up failed (%s)", type(exc).__name__))
        return changes

    def stop(self) -> None:
        if shiboken6.isValid(self.timer):
            self.timer.stop()
        self.watcher.close()


class IndexCheck(QObject):
    """Runs the search index's consistency check and repair once, on the worker."""

    repaired = Signal(int)  # documents written or removed (or, after a rebuild, indexed)

    def __init__(self, backend: Backend, parent: QObject | None = None):
        super().__init__(parent)
        self.backend = backend
        self.cancel = threading.Event()
        backend.closing.connect(self.cancel.set)

    def start(self) -> None:
        if not self.backend.closed:
            self.backend.write(self._run, self._done,
                               lambda exc: log.warning("search index check failed (%s)", type(exc).__name__))

    def _run(self, kb: Any) -> Any:
        verify = getattr(getattr(kb, "search", None), "verify", None)
        return verify(self.cancel) if verify is not None else None

    def _done(self, report: Any) -> None:
        if report is None or not shiboken6.isValid(self):
            return
        count = report.repaired or (report.rows if report.rebuilt else 0)
        if count:
            self.repaired.emit(count)


@dataclass
class Background:
    poller: ChangePoller
    index_check: IndexCheck
    auto_backup: Any  # desktop.window.auto_backup.AutoBackup
    warning: QLabel


def start_background(window: QMainWindow, startup: bool = True) -> Background:
    """Watch for other programs' changes and back up every six hours; at start-up (not after a
    language switch, which only rebuilds the window) also back up when due and check the index."""
    from desktop.window.auto_backup import AutoBackup

    backend, bar = window.backend, window.statusBar()
    warning = QLabel()
    warning.setStyleSheet("color: #8a5300;")
    warning.hide()
    bar.addPermanentWidget(warning)
    poller = ChangePoller(backend, window)
    index_check = IndexCheck(backend, window)
    index_check.repaired.connect(lambda n: bar.showMessage(
        translate("Background", "Search index repaired: %1 documents").replace("%1", str(n)), MESSAGE_MS))
    auto = AutoBackup(backend, window)
    auto.failed.connect(lambda reason: _backup_failed(window, warning, reason))
    auto.taken.connect(lambda _info: warning.hide())
    if startup:
        auto.run()
        index_check.start()
    return Background(poller, index_check, auto, warning)


def _backup_failed(window: QMainWindow, warning: QLabel, reason: str) -> None:
    text = translate("Background", "The automatic backup failed")
    warning.setText(f"⚠ {text}")
    warning.setToolTip(reason)
    warning.show()
    window.statusBar().showMessage(f"{text}: {reason}", MESSAGE_MS)
