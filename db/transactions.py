"""Transactions and change notification of a knowledge base (the KnowledgeBase's half that has
nothing to do with tables): one operation is one transaction, nested ones savepoints; listeners
hear what changed after the outermost commit; every change-log entry of an operation shares its id.

SQLite rolls a transaction back by itself after some errors (a full disk, an I/O error, also at
COMMIT); `roll_back` then does nothing, so the error that caused it is the one raised, never
"cannot rollback - no transaction is active"."""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from db import changelog
from db import models as m

log = logging.getLogger(__name__)

Listener = Callable[[m.Changes], None]


def new_id() -> str:
    return str(uuid.uuid4())


def roll_back(conn: sqlite3.Connection) -> None:
    """Undo the open transaction, unless SQLite already has. A rollback that fails is logged, not
    raised: it must not hide the error being handled (every caller re-raises that one)."""
    if not conn.in_transaction:
        return
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        log.warning("rollback failed: %s", exc)


class Transactions:
    """Mixed into KnowledgeBase, which provides `db` (sqlite-utils Database), `clock` and `user`."""

    def _start_transactions(self) -> None:
        self._listeners: list[Listener] = []
        self._depth = 0
        self._lost: BaseException | None = None
        self._pending = m.Changes()
        self._op_id: str | None = None

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    @contextmanager
    def transaction(self) -> Iterator[m.Changes]:
        """One operation. Nested calls join the outer one inside a savepoint, so a nested
        failure that the caller catches leaves nothing half-written; listeners run after
        the outermost commit. If SQLite rolled the whole transaction back under a nested one,
        the outer one ends with that error too (nothing of it can be committed any more)."""
        if self._depth == 0:
            self.db.execute("BEGIN IMMEDIATE")
            self._pending, self._op_id, self._lost = m.Changes(), new_id(), None
            savepoint = None
        else:
            if self._lost is not None:
                raise self._lost
            savepoint = f"kb_{self._depth}"
            self.db.execute(f"SAVEPOINT {savepoint}")
        mark = self._pending.mark()
        self._depth += 1
        try:
            yield self._pending
        except BaseException as exc:
            self._depth -= 1
            if savepoint is None:
                roll_back(self.db.conn)
                self._pending, self._lost = m.Changes(), None
            elif self.db.conn.in_transaction:
                self.db.execute(f"ROLLBACK TO {savepoint}")
                self.db.execute(f"RELEASE {savepoint}")
                self._pending.undo_to(mark)
            else:
                self._lost = exc
            raise
        self._depth -= 1
        if self._lost is not None:
            self._end_lost()
        if savepoint is not None:
            self.db.execute(f"RELEASE {savepoint}")
            return
        try:
            self.db.execute("COMMIT")
        except BaseException:
            roll_back(self.db.conn)
            self._pending = m.Changes()
            raise
        changes, self._pending = self._pending, m.Changes()
        self._notify(changes)

    def _end_lost(self) -> None:
        """A caller went on after a nested failure that SQLite answered by rolling everything back."""
        lost = self._lost
        if self._depth == 0:
            roll_back(self.db.conn)  # what ran after it, outside any transaction, began none
            self._pending, self._lost = m.Changes(), None
        assert lost is not None
        raise lost

    batch = transaction

    def _notify(self, changes: m.Changes) -> None:
        if not changes:
            return
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:
                # A listener (the search index) must never undo a committed write.
                log.exception("change listener %r failed", listener)

    @property
    def op_id(self) -> str | None:
        """The running operation's id (its change-log entries share it); None outside a transaction."""
        return self._op_id if self._depth else None

    @property
    def last_op_id(self) -> str | None:
        """The running operation's id, or the last committed one's (what a listener hears about)."""
        return self._op_id

    def log(self, entity: str, row_id: str, action: str, before: dict | None, after: dict | None, *,
            at: str | None = None, author: str | None = None) -> None:
        """One change-log entry of the running operation. `at` and `author` are the row's own stamp
        (updated_at, updated_by) when it differs from now and this user (a restored row's)."""
        changelog.write_entry(self.db, self.clock, op_id=self._op_id or new_id(), author=author or self.user, at=at,
                              entity=entity, row_id=row_id, action=action, before=before, after=after)
