"""A LongTask that shows how far the work has come: the import's planning and writing report
progress(done, total) from the worker, and the progress dialog (shown after half a second, as every
LongTask's) turns into a bar."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.tasks import LongTask

Progress = Callable[[int, int], None]
Operation = Callable[[Any, threading.Event | None, Progress], Any]


class _ProgressSignal(QObject):
    progressed = Signal(int, int)  # done, total (emitted on the worker, delivered on the UI thread)


class ProgressTask(LongTask):
    """Runs operation(kb, cancelled, progress) on the worker (see LongTask for the rest)."""

    def __init__(self, parent: QWidget, backend, title: str, operation: Operation, **kwargs):
        self._signal = _ProgressSignal()
        self._signal.progressed.connect(self._progressed)
        self._latest: tuple[int, int] | None = None
        self.dialog = None
        emit = self._signal.progressed.emit
        super().__init__(parent, backend, title, lambda kb, cancelled: operation(kb, cancelled, emit), **kwargs)

    def _progressed(self, done: int, total: int) -> None:
        self._latest = (done, total)
        if self.dialog is not None and not self.finished and self.dialog.isVisible():
            self._apply_progress()

    def _apply_progress(self) -> None:
        if self._latest is None or not shiboken6.isValid(self.dialog):
            return
        done, total = self._latest
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _show(self) -> None:
        super()._show()
        if not self.finished:
            self._apply_progress()
