"""One open index folder: SearchIndex, opened (and checked) here, written (writing.py), read
(reading.py) and searched (searching.py).

Writes are serialised by a lock within the process and by Whoosh's flock between processes
(locking.py); searches share one searcher that is reopened after each commit, this process's or,
within REFRESH_SECONDS, another's (or a rebuild swapped in).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from whoosh import index as wi

from db.search.contract import CorruptIndexError
from db.search.whoosh_engine.folders import read_state, write_state
from db.search.whoosh_engine.integrity import touch
from db.search.whoosh_engine.locking import LOCK_FILE, lock_held, open_retrying
from db.search.whoosh_engine.reading import IndexReading
from db.search.whoosh_engine.schema import SCHEMA_VERSION, WEIGHTING
from db.search.whoosh_engine.searching import IndexSearching
from db.search.whoosh_engine.storage import open_index
from db.search.whoosh_engine.writing import IndexWriting

REFRESH_SECONDS = 1.0  # a searcher looks for other processes' commits at most this often


class SearchIndex(IndexWriting, IndexReading, IndexSearching):
    """One open index folder. Writes are serialised by a lock within the process and by
    Whoosh's flock on MAIN_WRITELOCK between processes; searches share one searcher that is
    reopened after each commit (this process's or, within REFRESH_SECONDS, another's)."""

    def __init__(self, folder: Path, ix: wi.Index):
        self.folder = folder
        self._ix = ix
        self._write_lock = threading.RLock()
        self._search_lock = threading.RLock()
        self._searcher = None
        self._searcher_state: tuple[int, int] | None = None
        self._checked = 0.0
        self._stale = False
        self._type_cache: dict[str, dict[str, set[int]]] = {}

    # --- opening, state, closing ---

    @classmethod
    def open(cls, folder: Path | str) -> SearchIndex:
        """Open an existing index; raises CorruptIndexError when it is missing, from another
        schema version, or damaged."""
        folder = Path(folder)
        state = read_state(folder)
        if state is None or state.get("schema") != SCHEMA_VERSION:
            raise CorruptIndexError("index_schema_missing", folder=folder.name, schema=SCHEMA_VERSION)
        try:
            ix = open_retrying(lambda: open_index(folder))
        except Exception as exc:  # a foreign pickle, a missing TOC, ...
            raise CorruptIndexError("index_cannot_open", folder=folder.name, error=type(exc).__name__) from exc
        index = cls(folder, ix)
        index.verify()
        return index

    def verify(self) -> None:
        """Touch every segment: a truncated segment opens fine and fails only when read."""
        try:
            with open_retrying(self._ix.searcher) as searcher:
                for reader, _ in searcher.reader().leaf_readers():
                    touch(reader)
        except Exception as exc:  # damaged postings raise a bare Exception ("Block tag error")
            raise CorruptIndexError("index_damaged", folder=self.folder.name, error=type(exc).__name__) from exc

    @property
    def watermark(self) -> int:
        state = read_state(self.folder) or {}
        return int(state.get("watermark") or 0)

    @property
    def identity(self) -> str | None:
        return (read_state(self.folder) or {}).get("database")

    def set_watermark(self, seq: int) -> None:
        """The highest change-log entry the index has taken in (written after each commit)."""
        write_state(self.folder, seq, self.identity)

    def close(self) -> None:
        with self._search_lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
        self._ix.close()

    def writer_busy(self) -> bool:
        """Does a live process (this one included) hold the write lock right now?"""
        return lock_held(self.folder / LOCK_FILE)

    def refresh(self) -> bool:
        """Look for another process's commit or a rebuild swapped in; True when the next
        search will see it."""
        with self._search_lock:
            if self._searcher is not None and not self._stale and self._changed_on_disk():
                self._stale = True
            return self._stale

    def _changed_on_disk(self) -> bool:
        current = self._disk_state()
        return current is not None and current != self._searcher_state

    def _disk_state(self) -> tuple[int, int] | None:
        """(folder inode, latest generation): changes with every commit and every swap."""
        try:
            return os.stat(self.folder).st_ino, self._ix.latest_generation()
        except (OSError, ValueError):
            return None

    def _current_searcher(self):
        now = time.monotonic()
        if self._searcher is not None and not self._stale and now - self._checked > REFRESH_SECONDS:
            self._checked = now
            self._stale = self._changed_on_disk()
        if self._searcher is None or self._stale:
            self._stale = False
            self._checked = now
            self._searcher_state = self._disk_state()
            old, self._searcher = self._searcher, open_retrying(lambda: self._ix.searcher(weighting=WEIGHTING))
            if old is not None:
                old.close()
        return self._searcher

