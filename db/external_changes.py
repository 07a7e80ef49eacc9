"""Changes made by other connections: another app window, the command line, a sync.

    watcher = ChangeWatcher(kb)            # starts at the change log's current end
    ...
    changes = watcher.poll()               # on a timer (every second or two)
    if changes:
        refresh(changes)                   # the same Changes a listener hears after a commit

`poll()` first asks SQLite whether anything was committed through another connection since
the last call (PRAGMA data_version, a few microseconds), and only then reads the change-log
entries after the last one it has seen. Like a service's own notification, a link row's
change also names the records it connects (an affiliation names its contact and
organisation). When the knowledge base has a search index, poll also lets the index catch up
on those rows: a process that committed and then died before its index commit leaves them
stale, and catch_up rewrites only the documents whose stamps differ.

Writes made through the watched knowledge base itself, or through any knowledge base given
with `own=` or `ignore()` (the desktop's worker connection, when the watcher sits on the UI
thread's reading connection), are not reported: those callers hear them from their own
listeners already. They are told apart by operation id (one per transaction).
`skip_to(seq)` moves the start on by hand.

poll() may be called from any thread, but it reads through the watched knowledge base's
connection: call it where that connection is not in the middle of a transaction of another
thread (the UI thread for the desktop's reading knowledge base, the worker thread between
jobs for its writing one; only the latter has the search index to catch up).
"""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable
from functools import partial
from typing import Any

from db import models as m
from db.entities import MAIN_ENTITIES, SPECS

log = logging.getLogger(__name__)

OWN_OPS_KEPT = 10_000  # operation ids of own transactions remembered until their entries are read
CHUNK = 500


class ChangeWatcher:
    """Reports what other connections and processes changed since the last poll()."""

    def __init__(self, kb: Any, *, own: Iterable[Any] = (), index: Any = "auto"):
        self.kb = kb
        self.index = getattr(kb, "search", None) if index == "auto" else index
        self._lock = threading.Lock()
        self._seen = _max_seq(kb.db)
        self._data_version = _data_version(kb.db)
        self._own_ops: OrderedDict[str, None] = OrderedDict()
        self._own: list[tuple[Any, Any]] = []
        for base in (kb, *own):
            self.ignore(base)

    @property
    def last_seq(self) -> int:
        """The last change-log entry seen (reported or skipped)."""
        return self._seen

    def ignore(self, kb: Any) -> None:
        """Do not report the writes made through this knowledge base (one of this process's
        own connections)."""
        with self._lock:
            if any(base is kb for base, _ in self._own):
                return
            listener = partial(self._heard, kb)
            kb.subscribe(listener)
            self._own.append((kb, listener))

    def skip_to(self, seq: int) -> None:
        """Treat every change-log entry up to `seq` as seen."""
        with self._lock:
            self._seen = max(self._seen, seq)

    def close(self) -> None:
        with self._lock:
            for base, listener in self._own:
                try:
                    base.unsubscribe(listener)
                except ValueError:
                    pass
            self._own.clear()

    def _heard(self, kb: Any, changes: m.Changes) -> None:
        # Runs right after one of our own commits, on the writing thread: that transaction's
        # operation id is still the knowledge base's current one.
        op_id = kb.last_op_id
        if op_id is None:
            return
        with self._lock:
            self._own_ops[op_id] = None
            while len(self._own_ops) > OWN_OPS_KEPT:
                self._own_ops.popitem(last=False)

    # --- polling ---

    def poll(self) -> m.Changes | None:
        """The records that other connections changed since the last poll, or None."""
        with self._lock:
            conn = self.kb.db
            latest = _max_seq(conn)
            version = _data_version(conn)
            if version == self._data_version:
                # Nobody else committed since the last poll: whatever the log gained (up to
                # `latest`, read before the version) is our own.
                self._seen = max(self._seen, latest)
                return None
            entries = conn.execute("SELECT seq, op_id, entity, row_id, before FROM change_log WHERE seq > ?"
                                   " ORDER BY seq", [self._seen]).fetchall()
            # The data version is read first: a commit after it is seen now or at the next poll.
            self._data_version = version
            if not entries:
                return None
            self._seen = entries[-1][0]
            mine = self._own_op_ids()
            theirs = [e for e in entries if e[1] not in mine]
            for op_id in {e[1] for e in entries} & self._own_ops.keys():
                del self._own_ops[op_id]  # each operation's entries are read once
        if not theirs:
            return None
        changes = _changes(conn, theirs)
        log.debug("%d change-log entries from other connections", len(theirs))
        self._catch_up(changes)
        return changes

    def _own_op_ids(self) -> set[str]:
        ops = set(self._own_ops)
        # A transaction of ours that is committing on another thread right now: its entries
        # can be read before its listener has run.
        ops.update(op for base, _ in self._own if (op := base.last_op_id) is not None)
        return ops

    def _catch_up(self, changes: m.Changes) -> None:
        if self.index is None:
            return
        try:
            repaired = self.index.catch_up(changes)
            self.index.refresh()
        except Exception as exc:  # the index is derived data: the next verify repairs it
            log.warning("search index catch-up after other connections' changes failed (%s)", type(exc).__name__)
            return
        if repaired:
            log.info("search index caught up on %d documents changed by other connections", repaired)


def _data_version(conn: Any) -> int:
    return conn.execute("PRAGMA data_version").fetchone()[0]


def _max_seq(conn: Any) -> int:
    return int(conn.execute("SELECT max(seq) FROM change_log").fetchone()[0] or 0)


def _changes(conn: Any, entries: list[tuple]) -> m.Changes:
    """The rows of these entries and, for a link, the records it connects now and before."""
    changes = m.Changes()
    links: dict[str, set[str]] = {}
    for _, _, entity, row_id, before in entries:
        changes.add(entity, row_id)
        if entity in SPECS and entity not in MAIN_ENTITIES:
            links.setdefault(entity, set()).add(row_id)
            for table, target in _references(entity, _loads(before)):
                changes.add(table, target)
    for entity, ids in links.items():
        wanted = sorted(ids)
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            cursor = conn.execute(f"SELECT * FROM [{entity}] WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
            names = [d[0] for d in cursor.description]
            for row in cursor.fetchall():
                for table, target in _references(entity, dict(zip(names, row, strict=True))):
                    changes.add(table, target)
    return changes


def _references(entity: str, values: dict[str, Any]) -> list[tuple[str, str]]:
    """The main records a link row's values point at (as Service._changes names them)."""
    found = [(table, values[name]) for name, table in SPECS[entity].references.items()
             if table in MAIN_ENTITIES and values.get(name)]
    if values.get("entity_type") in MAIN_ENTITIES and values.get("entity_id"):
        found.append((values["entity_type"], values["entity_id"]))
    return found


def _loads(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
