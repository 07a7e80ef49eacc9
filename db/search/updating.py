"""Keeping the index current: IndexKeeper opens the index of a knowledge base (rebuilt when it is
missing, damaged or from another database; caught up from the change log since its watermark
otherwise), listens to the knowledge base's change notifications and rewrites the documents of
what changed, and the documents that show a renamed, deleted or restored record too.

A failed index update never loses the database write: the record waits in index_queue until the
next successful write, open or verify. Documents are always made while the index's write lock is
held, so of two processes writing the same index the later commit holds the newer rows.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Iterable
from typing import Any

from db import changelog
from db import models as m
from db.errors import InvalidValue
from db.search import building
from db.search.building import database_identity, max_seq
from db.search.contract import CorruptIndexError, Document, doc_key
from db.search.documents import build_documents
from db.search.rows import chunks, existing, marks
from db.search.stamps import LINK_PARENTS, row_stamps
from db.search.whoosh_engine.folders import index_folder, read_state, remove_leftovers, swap
from db.search.whoosh_engine.index import SearchIndex
from db.search.whoosh_engine.schema import TYPES

log = logging.getLogger(__name__)

REPLAY_LIMIT = 20_000  # more changed rows than this since the index's watermark: rebuild instead
IDLE_SECONDS = 1.0  # after the last write, merge small index segments


class IndexKeeper:
    """The index of one knowledge base, kept current as its listener (SearchService adds
    checking and searching)."""

    def __init__(self, kb: Any):
        if kb.path is None:
            raise InvalidValue("search_needs_a_database_file")
        self.kb = kb
        self.folder = index_folder(kb.path)
        self.index: SearchIndex | None = None
        self._lock = threading.RLock()
        self._rebuild_lock = threading.Lock()
        self._needs_rebuild = False
        self._idle_timer: threading.Timer | None = None
        self._closed = False

    # --- opening and repairing ---

    def open(self) -> None:
        """Open the index, rebuilding or catching it up as needed (see the module doc)."""
        with self._lock:
            remove_leftovers(self.folder)
            identity = database_identity(self.kb.db)
            try:
                index = SearchIndex.open(self.folder)
                state = read_state(self.folder) or {}
                if state.get("database") != identity or index.watermark > max_seq(self.kb.db):
                    index.close()
                    raise CorruptIndexError("index_of_another_database")
            except CorruptIndexError as exc:
                log.info("search index will be rebuilt: %s", exc)
                index = None
            if index is None:
                self.rebuild()
            else:
                self.index = index
                self._catch_up()
            self.repair()
            self.merge_small_segments()

    def rebuild(self, procs: int | None = None, *, wait: bool = True) -> int | None:
        """Rebuild from the database into a new folder while the current index keeps serving,
        then swap it in and catch up on what was written meanwhile. Returns the number of
        documents, or None when another rebuild is running and wait is False."""
        if not self._rebuild_lock.acquire(blocking=wait):
            return None
        try:
            new, count = building.build_new_index(self.kb.path, procs=procs)
            with self._lock:
                if self.index is not None:
                    self.index.close()
                    self.index = None
                try:
                    swap(new, self.folder)
                except BaseException:
                    shutil.rmtree(new, ignore_errors=True)
                    self._reopen()
                    raise
                self.index = SearchIndex.open(self.folder)
                self._needs_rebuild = False
                self._catch_up(rebuild=False)
            log.info("search index rebuilt: %d documents", count)
            return count
        finally:
            self._rebuild_lock.release()

    def drop_index(self) -> None:
        """Close the index and serve nothing from it until a rebuild succeeds (an erasure could
        neither purge nor rebuild it: what it holds must not be shown)."""
        with self._lock:
            if self.index is not None:
                self.index.close()
                self.index = None
            self._needs_rebuild = True

    def _reopen(self) -> None:
        """After a failed swap: serve the index that is there, if it can be read."""
        try:
            self.index = SearchIndex.open(self.folder)
        except CorruptIndexError:
            self._needs_rebuild = True

    def _catch_up(self, rebuild: bool = True) -> None:
        """Apply what the change log holds beyond the index's watermark (a crash between the
        database commit and the index commit leaves such entries). Far behind, it rebuilds,
        unless it is called by a rebuild (whose lock it would wait for forever)."""
        assert self.index is not None
        watermark, latest = self.index.watermark, max_seq(self.kb.db)
        if latest <= watermark:
            return
        limit = REPLAY_LIMIT + 1 if rebuild else -1
        rows = self.kb.db.execute("SELECT DISTINCT entity, row_id FROM change_log WHERE seq > ? LIMIT ?",
                                  [watermark, limit]).fetchall()
        if len(rows) > REPLAY_LIMIT and rebuild:
            log.info("search index is far behind the database: rebuilding")
            self.rebuild()
            return
        log.info("search index catching up on %d changed rows", len(rows))
        self._apply(by_entity(rows))
        self.index.set_watermark(latest)

    def repair(self) -> int:
        """Reindex the records waiting in index_queue; returns how many were repaired."""
        with self._lock:
            rows = self.kb.db.execute("SELECT entity, row_id, queued_at FROM index_queue").fetchall()
            if not rows:
                return 0
            if self._needs_rebuild or self.index is None:
                if self.rebuild(wait=False) is None:  # another thread is rebuilding: it will catch up
                    return 0
            else:
                self._apply(by_entity((entity, row_id) for entity, row_id, _ in rows))
            self.kb.db.conn.executemany("DELETE FROM index_queue WHERE entity = ? AND row_id = ? AND queued_at = ?",
                                        rows)
            log.info("search index repaired %d queued records", len(rows))
            return len(rows)

    def catch_up(self, changes: m.Changes) -> int:
        """Bring the documents of rows changed elsewhere (another process, another connection)
        up to date where their stamps differ from the database: a process that committed and
        then died before its index commit leaves such rows. Returns the documents repaired."""
        pending = {entity: set(ids) for entity, ids in changes.entities.items() if ids}
        if not pending:
            return 0
        with self._lock:
            index = self.index
            if self._closed or index is None or self._needs_rebuild:
                return 0
            conn = self.kb.db
            differ: dict[str, set[str]] = {}
            try:
                targets = affected_documents(conn, pending)
                have = index.versions_of(doc_key(e, i) for e, ids in targets.items() for i in ids)
                for entity, ids in targets.items():
                    want = row_stamps(conn, entity, ids)
                    for row_id in ids:
                        if want.get(row_id) != have.get(doc_key(entity, row_id)):
                            differ.setdefault(entity, set()).add(row_id)
                return self._apply(differ) if differ else 0
            except Exception as exc:
                if isinstance(exc, CorruptIndexError):
                    self._needs_rebuild = True
                if differ:
                    self._queue(differ, exc)
                else:
                    log.warning("search index catch-up failed (%s)", type(exc).__name__)
                return 0

    def refresh(self) -> None:
        """Let the next search see other processes' index commits now (it would within
        REFRESH_SECONDS of the engine anyway)."""
        index = self.index
        if index is not None:
            index.refresh()

    def merge_small_segments(self) -> int:
        """Merge the small segments that writes leave behind (a few hundred ms on a large
        index). Runs by itself IDLE_SECONDS after the last write; returns the merges done."""
        done = 0
        with self._lock:
            while not self._closed and self.index is not None and done < 8 and self.index.merge_small(2):
                done += 1
        return done

    def _schedule_merge(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
        self._idle_timer = threading.Timer(IDLE_SECONDS, self._merge_when_idle)
        self._idle_timer.daemon = True
        self._idle_timer.start()

    def _merge_when_idle(self) -> None:
        try:
            self.merge_small_segments()
        except Exception as exc:  # the next write or open repairs what matters
            log.warning("merging small index segments failed (%s)", type(exc).__name__)

    def close(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
        with self._lock:
            self._closed = True
            try:
                self.kb.unsubscribe(self.on_change)
            except ValueError:
                pass
            if self.index is not None:
                self.index.close()
                self.index = None

    # --- the listener ---

    def on_change(self, changes: m.Changes) -> None:
        """Called by the knowledge base after each commit. Never raises: on failure (another
        process keeping the index locked included) the records are queued in index_queue and
        repaired on the next write, open or verify."""
        pending = {entity: set(ids) for entity, ids in changes.entities.items() if ids}
        if not pending:
            return
        with self._lock:
            try:
                if self._needs_rebuild or self.index is None:
                    raise CorruptIndexError("index_needs_rebuild")
                self._apply(pending)
                self.index.set_watermark(max_seq(self.kb.db))
            except Exception as exc:
                if isinstance(exc, CorruptIndexError):
                    self._needs_rebuild = True
                self._queue(pending, exc)
                return
            try:
                self.repair()
            except Exception as exc:
                log.warning("search index repair failed (%s); will retry", type(exc).__name__)
            self._schedule_merge()

    def _queue(self, pending: dict[str, set[str]], exc: Exception) -> None:
        rows = [(entity, row_id, changelog.utc_now()) for entity, ids in pending.items() for row_id in ids]
        log.warning("search index update failed (%s); %d records queued for reindexing", type(exc).__name__, len(rows))
        log.debug("search index update failure", exc_info=exc)
        try:
            self.kb.db.conn.executemany("INSERT OR REPLACE INTO index_queue (entity, row_id, queued_at)"
                                        " VALUES (?, ?, ?)", rows)
        except Exception as exc:  # a full disk: a warning, never a traceback on a user's terminal
            log.warning("could not queue records for reindexing (%s); the next open will catch up",
                        type(exc).__name__)
            return
        if self.index is not None:
            try:
                self.index.set_watermark(max_seq(self.kb.db))
            except OSError:
                pass

    def _apply(self, pending: dict[str, set[str]], conn: Any = None) -> int:
        """Bring the documents of these changed rows (of any entity type) up to date; returns
        the documents written or deleted. The documents are read from the database while the
        index's write lock is held (SearchIndex.write with produce)."""
        assert self.index is not None
        conn = conn if conn is not None else self.kb.db

        def produce() -> tuple[Iterable[Document], set[str], bool]:
            targets = affected_documents(conn, pending)
            upserts: dict[str, Document] = {}
            deletes: set[str] = set()
            gone = False
            for entity, ids in targets.items():
                docs = {d.id: d for d in build_documents(conn, entity, ids)}
                upserts.update({d.key: d for d in docs.values()})
                missing = [i for i in ids if i not in docs]
                deletes.update(doc_key(entity, i) for i in missing)
                gone = gone or bool(missing and len(existing(conn, entity, missing)) < len(missing))
            dependents = self._dependents(targets, upserts)
            for entity, ids in _group_keys(dependents - set(upserts) - deletes).items():
                docs = build_documents(conn, entity, ids)
                upserts.update({d.key: d for d in docs})
                deletes.update(doc_key(entity, i) for i in set(ids) - {d.id for d in docs})
            return upserts.values(), deletes - set(upserts), gone

        return self.index.write(produce=produce)

    def _dependents(self, targets: dict[str, set[str]], upserts: dict[str, Document]) -> set[str]:
        """Keys of other documents that show a changed record whose label changed (renamed,
        deleted, restored, erased): they are rebuilt too."""
        assert self.index is not None
        keys = [doc_key(entity, i) for entity, ids in targets.items() if entity != "note" for i in ids]
        stored = self.index.stored(keys)
        changed = [key.partition(":")[2] for key in keys
                   if stored.get(key, {}).get("label") != (upserts[key].label if key in upserts else None)]
        return self.index.keys_referencing(changed) if changed else set()

    def _try_rebuild(self, wait: bool = False) -> bool:
        try:
            return self.rebuild(wait=wait) is not None
        except Exception:
            log.exception("search index rebuild failed")
            self._needs_rebuild = True
            return False


def _group_keys(keys: Iterable[str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for key in keys:
        entity, _, row_id = key.partition(":")
        if entity in TYPES:
            grouped.setdefault(entity, []).append(row_id)
    return grouped


def affected_documents(conn: Any, pending: dict[str, set[str]]) -> dict[str, set[str]]:
    """{type: ids} of the documents that changed rows of any table belong to: a record's own,
    a link row's parent (an affiliation's contact, ...), a tagging's or a tag's records."""
    targets: dict[str, set[str]] = {}
    for entity, ids in pending.items():
        if entity in TYPES:
            targets.setdefault(entity, set()).update(ids)
        elif entity in LINK_PARENTS:
            for column, parent in LINK_PARENTS[entity]:
                for chunk in chunks(ids):
                    for (value,) in conn.execute(f"SELECT {column} FROM [{entity}] WHERE id IN ({marks(chunk)})",
                                                 chunk):
                        if value:
                            targets.setdefault(parent, set()).add(value)
        elif entity in ("tagging", "tag"):
            column = "id" if entity == "tagging" else "tag_id"
            for chunk in chunks(ids):
                for kind, value in conn.execute(f"SELECT entity_type, entity_id FROM tagging"
                                                f" WHERE {column} IN ({marks(chunk)})", chunk):
                    if kind in TYPES:
                        targets.setdefault(kind, set()).add(value)
    return targets


def by_entity(keys: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """(entity, row id) pairs as {entity: ids}."""
    grouped: dict[str, set[str]] = {}
    for entity, row_id in keys:
        grouped.setdefault(entity, set()).add(row_id)
    return grouped
