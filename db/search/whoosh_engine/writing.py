"""Writing the index: one commit per write, the write lock held against every process while the
documents are made, and the merge policies that keep the segments few.

A mixin of SearchIndex (db/search/whoosh_engine/index.py), which holds the open index (`_ix`),
its folder and the in-process write lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

from whoosh import index as wi
from whoosh.reading import SegmentReader

from db.search.contract import CorruptIndexError, Document, IndexBusyError
from db.search.whoosh_engine import locking
from db.search.whoosh_engine.integrity import CORRUPTION
from db.search.whoosh_engine.schema import COMPOUND, document_fields

# Postings a writer sorts in memory at once. Whoosh sorts them in one C call that keeps every
# other thread waiting (the window, while a repair or a merge runs on the worker): with its
# default of 128 MB the UI thread stalled up to 110 ms during a repair on the benchmark index,
# with 4 MB up to 45 ms (the repair ~15 % slower: more, smaller sorted runs).
WRITE_LIMIT_MB = 4


def _rewrite_segments_with_deletions(writer, segments):
    """Merge policy for erasure: rewrite every segment holding deleted documents, so the
    deleted text leaves the files (a delete alone only marks the document)."""
    keep = []
    for segment in segments:
        if segment.has_deletions():
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
        else:
            keep.append(segment)
    return keep


MERGE_FACTOR = 4  # segments of one size tier merged together
MAX_SEGMENTS = 16  # more than this after a commit: merge at once, not waiting for idle time
BIG_SEGMENT = 20_000  # documents: a segment this size (a full build's) is never merged


def _size_tier(docs: int) -> int:
    """0 for up to 9 documents, 1 for up to 99, ..."""
    return len(str(max(docs, 1))) - 1


def _merge_due(segments, factor: int = MERGE_FACTOR) -> bool:
    counts: dict[int, int] = {}
    for segment in segments:
        if segment.doc_count() == 0:
            return True
        if segment.doc_count_all() < BIG_SEGMENT:
            tier = _size_tier(segment.doc_count())
            counts[tier] = counts.get(tier, 0) + 1
    return any(n >= factor for n in counts.values())


def _merge_tiers(writer, segments, factor: int = MERGE_FACTOR):
    """Merge policy: when MERGE_FACTOR segments of the same size tier (1-9 documents,
    10-99, ...) pile up, merge them into one of the next tier; segments with every document
    deleted are dropped; big segments are left alone. Each document is rewritten once per
    tier, never again and again as with Whoosh's MERGE_SMALL. A merge still costs per
    distinct term (n-grams and word pairs make many): 100-700 ms for six segments of ~30
    documents on the benchmark index, so it runs when the app is idle (merge_small), not in
    the commit that makes a saved record searchable."""
    tiers: dict[int, list] = {}
    keep = []
    for segment in segments:
        live = segment.doc_count()
        if live == 0:
            continue
        if segment.doc_count_all() >= BIG_SEGMENT:
            keep.append(segment)
        else:
            tiers.setdefault(_size_tier(live), []).append(segment)
    merged = False
    for tier in sorted(tiers):
        group = tiers[tier]
        if not merged and len(group) >= factor:
            for segment in group:
                reader = SegmentReader(writer.storage, writer.schema, segment)
                writer.add_reader(reader)
                reader.close()
            merged = True
        else:
            keep.extend(group)
    return keep


_CANCEL = object()  # a commit's fill found nothing to write: cancel the writer, no new generation

Produce = Callable[[], tuple[Iterable[Document], Iterable[str], bool]]


class IndexWriting:
    """SearchIndex's writes: write (add, replace, delete, purge) and merge_small."""

    folder: Path
    _ix: wi.Index
    _write_lock: threading.RLock
    _stale: bool
    refresh: Callable[[], bool]  # SearchIndex's: see other processes' commits

    def write(self, upserts: Iterable[Document] = (), deletes: Iterable[str] = (), *, purge: bool = False,
              produce: Produce | None = None) -> int:
        """One commit: add or replace documents, delete keys; returns how many (nothing to
        write: no commit). Small segments are not merged here (merge_small() does that, when
        the app is idle) unless more than MAX_SEGMENTS pile up. purge rewrites the segments
        that hold deleted documents, so their text leaves the files (erasure).

        With `produce`, the documents are what produce() returns, (upserts, deletes, purge),
        and it runs while the write lock is held against every process: documents it reads
        from the database then are never older than those another process committed before,
        so the last commit always holds the newest rows."""
        if produce is None:
            def produce() -> tuple[Iterable[Document], Iterable[str], bool]:
                return upserts, deletes, purge
        written = 0

        def fill(writer) -> Any:
            nonlocal written
            self.refresh()  # produce may read stored fields: see the latest commit of any process
            adds, keys, purging = produce()
            adds, keys = list(adds), list(keys)
            written = len(adds) + len(keys)
            if not written:
                return _CANCEL
            self._add(writer, adds, keys)
            return _rewrite_segments_with_deletions if purging else None

        with self._write_lock:
            self._commit(fill)
            if written and len(self._ix._segments()) > MAX_SEGMENTS:
                self.merge_small()
        return written

    def merge_small(self, factor: int = MERGE_FACTOR) -> bool:
        """Merge `factor` small segments of the same size tier (see _merge_tiers); False if
        no tier had that many. The app's idle merges use factor 2, which keeps one small
        segment per tier (queries slow down with every segment: ~1 ms per segment and term)."""
        with self._write_lock:
            if not _merge_due(self._ix._segments(), factor):
                return False
            merged = False

            def fill(writer) -> Any:
                nonlocal merged
                merged = _merge_due(writer.segments, factor)  # decided again under the lock
                return partial(_merge_tiers, factor=factor) if merged else _CANCEL

            self._commit(fill)
            return merged

    @staticmethod
    def _add(writer, upserts: Iterable[Document], deletes: Iterable[str]) -> None:
        for key in deletes:
            writer.delete_by_term("key", key)
        for doc in upserts:
            # Not update_document: it deletes only the first document holding the key, and
            # a key held twice (a crash, a bug) must become one.
            writer.delete_by_term("key", doc.key)
            writer.add_document(**document_fields(doc))

    def _open_writer(self):
        """A writer holding the lock of the folder as it is now. A rebuild swapped in by
        another process while this one waited leaves it holding the lock of the old folder:
        then it lets go and takes the new one's."""
        for attempt in range(4):
            try:
                writer = self._ix.writer(timeout=locking.WRITER_TIMEOUT, delay=0.05, compound=COMPOUND,
                                         limitmb=WRITE_LIMIT_MB)
            except wi.LockError:
                raise IndexBusyError("index_busy", folder=self.folder.name) from None
            except FileNotFoundError:
                if attempt == 3 or not locking.wait_for(self.folder):  # a swap in progress
                    raise CorruptIndexError("index_missing", folder=self.folder.name) from None
                continue
            except CORRUPTION as exc:
                raise CorruptIndexError("index_cannot_write", folder=self.folder.name,
                                        error=type(exc).__name__) from exc
            if locking.holds_current_lock(writer, self.folder):
                return writer
            writer.cancel()
            locking.wait_for(self.folder)
        raise IndexBusyError("index_replaced_while_waiting", folder=self.folder.name)

    def _commit(self, fill: Callable[[Any], Any]) -> None:
        """Open a writer, let `fill` add to it and choose the merge policy (None: no merge,
        _CANCEL: nothing to commit), commit."""
        writer = self._open_writer()
        try:
            mergetype = fill(writer)
            if mergetype is _CANCEL:
                writer.cancel()
                return
            if mergetype is None:
                writer.commit(merge=False)
            else:
                writer.commit(mergetype=mergetype)
        except BaseException as exc:
            if not writer.is_closed:
                writer.cancel()
            if isinstance(exc, CORRUPTION):
                raise CorruptIndexError("index_write_failed", folder=self.folder.name,
                                        error=type(exc).__name__) from exc
            raise
        self._stale = True

