"""Checking the index against the database, and repairing what differs (SearchService.verify,
run by the app on its worker thread after open).

Every document carries a stamp of the rows it was made from (db/search/stamps.py). verify reads
every document's key and stamp from the index's version column, computes the same stamps with
one SQL query per type, and repairs what differs in batches: missing (a live row without a
document), extra (a document without a live row) and stale (a different stamp, or a key held
twice). A full rebuild only when the index cannot be read.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db import changelog, collation
from db.search.building import max_seq
from db.search.contract import CorruptIndexError, IndexBusyError, doc_key
from db.search.stamps import row_stamps
from db.search.updating import IndexKeeper, by_entity
from db.search.whoosh_engine.index import SearchIndex
from db.search.whoosh_engine.schema import TYPES

log = logging.getLogger(__name__)

REPAIR_BATCH = 250  # documents per commit when verify repairs (the write lock is held ~0.5 s)


@dataclass
class RepairReport:
    """What SearchService.verify found and did."""

    documents: int = 0  # live documents in the index when checked
    rows: int = 0  # live rows in the database that should each have one
    missing: int = 0  # live rows without a document
    extra: int = 0  # documents without a live row
    stale: int = 0  # documents whose stamp differs from their rows' (or held twice)
    repaired: int = 0  # documents written or deleted (records showing a changed name included)
    queued: int = 0  # records left in index_queue (another process kept the index locked)
    rebuilt: bool = False  # the index could not be read and was built anew
    cancelled: bool = False
    writer_busy: bool = False  # a live process held the index's write lock when the check began
    check_seconds: float = 0.0
    repair_seconds: float = 0.0

    @property
    def consistent(self) -> bool:
        """The index agreed with the database when it was checked."""
        return not (self.missing or self.extra or self.stale or self.rebuilt)


class IndexRepairs(IndexKeeper):
    """An IndexKeeper that can also compare its index with the database and repair it."""

    def verify(self, cancelled: threading.Event | None = None, *, batch: int = REPAIR_BATCH) -> RepairReport:
        """Compare every document with the database and repair what disagrees: missing,
        extra and stale documents (see the module doc), in commits of `batch` documents. A
        full rebuild only when the index cannot be read.

        For the app's worker thread after open: the comparison reads through a connection of
        its own, and the service's lock is held only while one batch is written, so saves,
        their index updates and searches go on meanwhile. Setting `cancelled` stops it
        between steps (what was repaired stays repaired). A batch that cannot get the write
        lock from another process within the engine's WRITER_TIMEOUT is queued in index_queue."""
        report = RepairReport()
        started, since = time.perf_counter(), changelog.utc_now()
        index = self.index
        if self._closed:
            return report
        if index is None or self._needs_rebuild:
            return self._rebuild_for(report, started, CorruptIndexError("index_needs_rebuild"))
        report.writer_busy = index.writer_busy()
        conn = self._read_connection()
        try:
            latest = max_seq(conn)
            try:
                todo = self._compare(index, conn, report, cancelled)
                report.check_seconds = time.perf_counter() - started
                if todo is not None:
                    self._repair_batches(index, conn, todo, report, cancelled, batch)
            except CorruptIndexError as exc:
                return self._rebuild_for(report, started, exc)
        finally:
            conn.close()
        report.repair_seconds = time.perf_counter() - started - report.check_seconds
        if todo is not None and not report.cancelled and not report.queued and self.index is index:
            self._settle(index, latest, since)
        log.info("search index verified in %.2f s: %d documents, %d rows; %d missing, %d extra, %d stale;"
                 " %d documents repaired in %.2f s%s", report.check_seconds, report.documents, report.rows,
                 report.missing, report.extra, report.stale, report.repaired, report.repair_seconds,
                 " (cancelled)" if report.cancelled else "")
        return report

    def _compare(self, index: SearchIndex, conn: Any, report: RepairReport,
                 cancelled: threading.Event | None) -> dict[str, set[str]] | None:
        """The rows whose documents disagree with the database, by type (None: cancelled);
        keys of documents of no known type under "" (deleted as they are)."""
        have, twice = index.versions()
        report.documents = len(have)
        by_type: dict[str, dict[str, str]] = {}
        todo: dict[str, set[str]] = {}
        for key, stamp in have.items():
            entity, _, row_id = key.partition(":")
            by_type.setdefault(entity, {})[row_id] = stamp
        foreign = {doc_key(e, i) for e in set(by_type) - set(TYPES) for i in by_type[e]}
        if foreign:
            report.extra += len(foreign)
            todo[""] = foreign
        for entity in TYPES:
            if cancelled is not None and cancelled.is_set():
                report.cancelled = True
                return None
            want, held = row_stamps(conn, entity), by_type.get(entity, {})
            report.rows += len(want)
            missing, extra = want.keys() - held.keys(), held.keys() - want.keys()
            stale = {i for i in want.keys() & held.keys() if want[i] != held[i] or doc_key(entity, i) in twice}
            report.missing, report.extra, report.stale = (report.missing + len(missing), report.extra + len(extra),
                                                          report.stale + len(stale))
            if missing or extra or stale:
                todo[entity] = missing | extra | stale
        return todo

    def _repair_batches(self, index: SearchIndex, conn: Any, todo: dict[str, set[str]], report: RepairReport,
                        cancelled: threading.Event | None, batch: int) -> None:
        if "" in todo:
            with self._lock:
                if self._closed or self.index is not index:
                    return
                report.repaired += index.write(deletes=sorted(todo[""]))
        keys = [(entity, row_id) for entity in TYPES for row_id in sorted(todo.get(entity, ()))]
        for start in range(0, len(keys), max(1, batch)):
            if cancelled is not None and cancelled.is_set():
                report.cancelled = True
                return
            pending = by_entity(keys[start:start + batch])
            with self._lock:
                if self._closed or self.index is not index:  # closed, or a rebuild swapped in meanwhile
                    return
                try:
                    report.repaired += self._apply(pending, conn)
                except IndexBusyError as exc:
                    self._queue(by_entity(keys[start:]), exc)
                    report.queued = len(keys) - start
                    return
                except CorruptIndexError:
                    self._needs_rebuild = True
                    raise

    def _settle(self, index: SearchIndex, latest: int, since: str) -> None:
        """After a complete check and repair: the index reflects the change log up to where
        the check began, and records queued before it are done."""
        with self._lock:
            try:
                if index.watermark < latest:
                    index.set_watermark(latest)
                self.kb.db.execute("DELETE FROM index_queue WHERE queued_at <= ?", [since])
            except (OSError, sqlite3.Error) as exc:
                log.warning("could not record the verified state (%s)", type(exc).__name__)
        self.merge_small_segments()

    def _rebuild_for(self, report: RepairReport, started: float, reason: CorruptIndexError) -> RepairReport:
        log.warning("search index cannot be read (%s): rebuilding", reason)
        report.rebuilt = self._try_rebuild(wait=True)
        report.repair_seconds = time.perf_counter() - started
        return report

    def _read_connection(self) -> sqlite3.Connection:
        """A read-only connection of verify's own: it sees committed rows only, whatever
        another thread is doing with the knowledge base's connection."""
        conn = sqlite3.connect(f"{Path(self.kb.path).resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False, timeout=15)
        collation.register(conn)
        return conn

