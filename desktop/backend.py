"""The desktop's door to db/: reads on the UI thread, every write on one serial worker thread.

Two connections to the same file: the UI thread reads through `backend.kb`; the worker thread
owns a second KnowledgeBase (with the search index attached) and runs the write operations
one at a time, in the order they were submitted. After each operation the worker's change
notification reaches the UI thread as `changed(Changes)`, and the caller's `on_done` gets the
operation's result (or `on_error` its exception) on the UI thread too.

In tests `inline=True` runs each operation at once on the calling thread (same order, same
signals), so a test can assert right after a click.
"""

from __future__ import annotations

import itertools
import logging
import queue
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from db import KnowledgeBase

log = logging.getLogger(__name__)

Operation = Callable[[KnowledgeBase], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _WriteThread(QThread):
    """Runs queued operations one by one on its own KnowledgeBase."""

    finished_job = Signal(int, object, object)  # job id, result, exception
    changed = Signal(object)  # models.Changes

    def __init__(self, path: Path, user: str | None):
        super().__init__()
        self.path, self.user = path, user
        self.jobs: queue.Queue[tuple[int, Operation] | None] = queue.Queue()

    def run(self) -> None:
        kb = KnowledgeBase.open(self.path, self.user)
        kb.subscribe(self.changed.emit)
        try:
            while (job := self.jobs.get()) is not None:
                job_id, operation = job
                try:
                    self.finished_job.emit(job_id, operation(kb), None)
                except BaseException as exc:  # reported to the caller on the UI thread
                    self.finished_job.emit(job_id, None, exc)
        finally:
            if getattr(kb, "search", None) is not None:
                kb.search.close()
            kb.close()


class Backend(QObject):
    changed = Signal(object)  # models.Changes, on the UI thread, after every committed write
    busy_changed = Signal(bool)
    closing = Signal()  # close() begins: timers and background checks stop (desktop/window/background.py)

    def __init__(self, path: Path, user: str | None = None, *, inline: bool = False):
        super().__init__()
        self.path = Path(path)
        self.inline = inline
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None]] = {}
        self._search_generations: dict[str, int] = {}
        self.closed = False
        if inline:
            self._write_kb = KnowledgeBase.open(self.path, user)
            self._write_kb.subscribe(self.changed.emit)
            self._thread = None
        else:
            self._write_kb = None
            self._thread = _WriteThread(self.path, user)
            self._thread.finished_job.connect(self._on_finished)
            self._thread.changed.connect(self.changed.emit)
            self._thread.start()
        # Reads on the UI thread: its own connection; WAL lets it read while the worker writes.
        self.kb = KnowledgeBase.open(self.path, user, search=False)

    @property
    def user(self) -> str:
        return self.kb.user

    def write(self, operation: Operation, on_done: Done | None = None, on_error: Failed | None = None) -> None:
        """Queue a write: `operation(kb)` runs on the worker; callbacks run on the UI thread."""
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        if self._thread is None:
            try:
                result, error = operation(self._write_kb), None
            except BaseException as exc:
                result, error = None, exc
            self._on_finished(job_id, result, error)
            return
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._thread.jobs.put((job_id, operation))

    @Slot(int, object, object)
    def _on_finished(self, job_id: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        if self.closed:  # delivered after close(): the window it was for is gone (a restore)
            log.debug("result of job %d dropped: the backend is closed", job_id)
            return
        if not self._callbacks and self._thread is not None:
            self.busy_changed.emit(False)
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("a write failed", exc_info=error)
            return
        if on_done is not None:
            on_done(result)

    def search(self, query: str, on_done: Done, *, types=None, filters=None, page: int = 1,
               page_size: int = 20, as_you_type: bool = True, channel: str = "") -> None:
        """Search off the UI thread (on the worker, between writes). Only the newest request of
        a channel (one search field) runs: one typed while an older one waits replaces it, so
        typing never queues up work; other fields' searches are not affected."""
        generation = self._search_generations.get(channel, 0) + 1
        self._search_generations[channel] = generation

        def current() -> bool:
            return self._search_generations.get(channel) == generation

        def run(kb: KnowledgeBase):
            if not current():
                return None
            if getattr(kb, "search", None) is None:
                raise RuntimeError("the search index is not available")
            return kb.search.search(query, types=types, filters=filters, page=page, page_size=page_size,
                                    as_you_type=as_you_type)

        def deliver(result) -> None:
            if result is not None and current():
                on_done(result)

        self.write(run, deliver)

    def pending(self) -> int:
        return len(self._callbacks)

    def close(self) -> None:
        """Finish the queued writes, then close both connections (and the search index)."""
        if self.closed:
            return
        self.closing.emit()
        if self._thread is not None:
            self._thread.jobs.put(None)
            self._thread.wait()
            self._thread = None
        if self._write_kb is not None:
            if getattr(self._write_kb, "search", None) is not None:
                self._write_kb.search.close()
            self._write_kb.close()
            self._write_kb = None
        self.kb.close()
        self.closed = True
