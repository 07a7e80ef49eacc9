"""Several processes on one index folder (two app windows, the app and the command line).

Whoosh's write lock is an flock on LOCK_FILE: the kernel releases it when its process dies, so a
killed process never leaves the index locked (and the file must never be deleted: a second writer
would get in). A writer that cannot get the lock within WRITER_TIMEOUT raises IndexBusyError (the
service queues the records instead).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from db.search.contract import IndexBusyError

LOCK_FILE = "MAIN_WRITELOCK"  # Whoosh's write lock (an flock): never delete it
# How long a write waits for another process's commit before it gives up (the records are
# queued then). Commits hold the lock for tens of ms, a merge or a repair batch well under 1 s.
WRITER_TIMEOUT = 5.0


def open_retrying(open_it: Callable[[], Any], attempts: int = 4) -> Any:
    """Open a reader or searcher, retrying briefly when a file vanishes under it: another
    process's commit deletes the previous generation's table of contents and merged-away
    segments, which a reader listing the folder at that moment may still try to open. A
    damaged file fails every time; a race does not."""
    for attempt in range(attempts):
        try:
            return open_it()
        except FileNotFoundError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def lock_held(path: Path) -> bool:
    """Is this lock file flock-ed by a live process (this one included) right now? A lock
    of a process that died is free: the kernel released it."""
    import fcntl  # here: the module stays importable where there is no fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


@contextmanager
def folder_lock(folder: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the index folder's write lock (the same flock Whoosh's writers take), waiting
    up to `timeout` seconds; IndexBusyError after that. Nothing to hold for a missing folder."""
    import fcntl

    if not folder.is_dir():
        yield
        return
    fd = os.open(folder / LOCK_FILE, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        deadline = time.monotonic() + (WRITER_TIMEOUT if timeout is None else timeout)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    raise IndexBusyError("index_busy", folder=folder.name) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def holds_current_lock(writer, folder: Path) -> bool:
    """Is the lock file the writer holds still the one in `folder` (not in a folder that a
    rebuild moved aside meanwhile)?"""
    lock = getattr(writer, "writelock", None)
    fd = getattr(lock, "fd", None)
    if fd is None:
        return True
    try:
        return os.fstat(fd).st_ino == os.stat(folder / LOCK_FILE).st_ino
    except OSError:
        return False


def wait_for(folder: Path, seconds: float = 1.0) -> bool:
    """Wait until the folder exists (a swap takes two renames); False if it never does."""
    deadline = time.monotonic() + seconds
    while not folder.is_dir():
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
    return True

