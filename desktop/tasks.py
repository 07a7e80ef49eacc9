"""Long work (demo creation, reindex, import) on the worker, with a progress dialog that shows
only when the work lasts longer than half a second (Anki's rule: no flashing dialogs)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.backend import Backend

SHOW_AFTER_MS = 500


class LongTask:
    """Runs `operation(kb, cancelled)` on the worker; `cancelled` is a threading.Event the
    operation checks between safe steps (None when the work cannot be cancelled safely)."""

    def __init__(self, parent: QWidget, backend: Backend, title: str,
                 operation: Callable[[Any, threading.Event | None], Any], *, cancellable: bool = False,
                 on_done: Callable[[Any], None] | None = None, on_error: Callable[[BaseException], None] | None = None):
        self.cancelled = threading.Event() if cancellable else None
        cancel = QCoreApplication.translate("LongTask", "Cancel") if cancellable else ""
        self.dialog = QProgressDialog(title, cancel, 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._cancel)
        self.dialog.hide()
        self.finished = False
        self._timer = QTimer(parent, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(self._show)
        self._on_done, self._on_error = on_done, on_error
        self._timer.start()
        backend.write(lambda kb: operation(kb, self.cancelled), self._done, self._failed)

    def _show(self) -> None:
        if not self.finished:
            self.dialog.show()

    def _cancel(self) -> None:
        if self.cancelled is not None:
            self.cancelled.set()
            self.dialog.setLabelText(QCoreApplication.translate("LongTask", "Cancelling…"))

    def _finish(self) -> None:
        self.finished = True
        self._timer.stop()
        self.dialog.reset()
        self.dialog.hide()

    def _done(self, result: Any) -> None:
        self._finish()
        if self._on_done:
            self._on_done(result)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if self._on_error:
            self._on_error(error)
