"""The service API: one Service per table, plain dataclasses in and out.

Every write is one operation: validate, write the row and its change-log entries in one
transaction, and return what changed. Listeners (the search index, the desktop) hear
about the changes after the transaction has committed.
"""

from __future__ import annotations

import getpass
import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlite_utils import Database

from db import changelog
from db import models as m
from db.collation import COLLATION
from db.connection import open_database
from db.entities import MAIN_ENTITIES, SPECS, EntitySpec, text_filter
from db.errors import CodedError, Message
from db.transactions import Transactions, new_id
from db.validation import FieldError, ValidationError

log = logging.getLogger(__name__)

R = TypeVar("R", bound=m.Record)


class NotFoundError(CodedError, LookupError):
    def __init__(self, entity: str, row_id: str):
        super().__init__("no_such_record", entity=entity, id=row_id)
        self.entity, self.row_id = entity, row_id


def _plain(value: Any) -> Any:
    """A copy of a list field, so a logged value cannot change under the log."""
    return list(value) if isinstance(value, list) else value


class Service(Generic[R]):
    """Create, get, update, soft delete, restore and list the rows of one table."""

    def __init__(self, kb: KnowledgeBase, spec: EntitySpec):
        self.kb, self.spec = kb, spec
        self.table = spec.table
        self._fields = m.data_fields(spec.cls)
        self._columns = (*m.SYSTEM_FIELDS, *self._fields)
        self._insert_sql = (f"INSERT INTO [{self.table}] ({', '.join(self._columns)})"
                            f" VALUES ({', '.join('?' * len(self._columns))})")

    # --- conversion -------------------------------------------------------------

    def _to_row(self, rec: m.Record) -> dict[str, Any]:
        row = {name: getattr(rec, name) for name in self._columns}
        for name in self.spec.json_fields:
            row[name] = json.dumps(row[name] or [], ensure_ascii=False)
        for name in self.spec.bool_fields:
            row[name] = int(bool(row[name]))
        return row

    def from_row(self, row: dict[str, Any]) -> R:
        values = {k: row[k] for k in ("id", "created_at", "updated_at", "updated_by", "deleted_at", *self._fields)}
        for name in self.spec.json_fields:
            values[name] = json.loads(values[name] or "[]")
        for name in self.spec.bool_fields:
            values[name] = bool(values[name])
        return self.spec.cls(**values)

    def _data(self, rec: m.Record) -> dict[str, Any]:
        """The caller's fields as JSON-ready values (for the change log)."""
        return {name: _plain(getattr(rec, name)) for name in self._fields}

    # --- reads -------------------------------------------------------------------

    def get(self, row_id: str) -> R:
        rows = self.kb.db.execute_returning_dicts(f"SELECT * FROM [{self.table}] WHERE id = ?", [row_id])
        if not rows:
            raise NotFoundError(self.table, row_id)
        return self.from_row(rows[0])

    def exists(self, row_id: str, *, include_deleted: bool = True) -> bool:
        sql = f"SELECT 1 FROM [{self.table}] WHERE id = ?"
        if not include_deleted:
            sql += " AND deleted_at IS NULL"
        return self.kb.db.execute(sql, [row_id]).fetchone() is not None

    def _where(self, where: dict[str, Any] | None, text: str | None, deleted: str) -> tuple[str, list]:
        clauses, params = [], []
        if deleted == "exclude":
            clauses.append("deleted_at IS NULL")
        elif deleted == "only":
            clauses.append("deleted_at IS NOT NULL")
        for name, value in (where or {}).items():
            if name not in self._fields and name not in ("id", "created_at", "updated_at"):
                raise ValueError(f"{self.table} has no field '{name}' to filter on")
            if value is None:
                clauses.append(f"[{name}] IS NULL")
            elif isinstance(value, (list, tuple, set)):
                clauses.append(f"[{name}] IN ({', '.join('?' * len(value))})")
                params.extend(value)
            else:
                clauses.append(f"[{name}] = ?")
                params.append(int(value) if isinstance(value, bool) else value)
        words, word_params = text_filter(self.spec.text_fields, text)
        clauses += words
        params += word_params
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _order(self, sort: str | tuple[str, ...] | None, descending: bool) -> str:
        columns = (sort,) if isinstance(sort, str) else (sort or self.spec.sort)
        parts = []
        for name in columns:
            if name not in self._fields and name not in ("created_at", "updated_at", "deleted_at"):
                raise ValueError(f"{self.table} has no field '{name}' to sort on")
            direction = " DESC" if descending else ""
            parts.append(f"[{name}] COLLATE {COLLATION}{direction}")
        # Ties (rows created in the same millisecond) keep the order they were written in.
        parts.append(f"rowid{' DESC' if descending else ''}")
        return " ORDER BY " + ", ".join(parts)

    def list(self, where: dict[str, Any] | None = None, *, text: str | None = None,
             sort: str | tuple[str, ...] | None = None, descending: bool = False,
             deleted: str = "exclude", limit: int | None = None, offset: int = 0) -> list[R]:
        """Rows matching `where` (field -> value, list of values, or None) and every word of
        `text`, sorted the Swedish way. deleted: "exclude" (default), "include" or "only"."""
        clause, params = self._where(where, text, deleted)
        sql = f"SELECT * FROM [{self.table}]{clause}{self._order(sort, descending)}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        return [self.from_row(r) for r in self.kb.db.execute_returning_dicts(sql, params)]

    def count(self, where: dict[str, Any] | None = None, *, text: str | None = None,
              deleted: str = "exclude") -> int:
        clause, params = self._where(where, text, deleted)
        return self.kb.db.execute(f"SELECT count(*) FROM [{self.table}]{clause}", params).fetchone()[0]

    # --- writes ------------------------------------------------------------------

    def validate(self, rec: R) -> tuple[R, list[Message]]:
        """The data layer's rules, without writing: (normalised record, warnings)."""
        clean, warnings = self.spec.validate(rec)
        errors = self._reference_errors(clean)
        if errors:
            raise ValidationError(errors)
        return clean, warnings

    def _reference_errors(self, rec: m.Record) -> list[FieldError]:
        errors = []
        for name, table in self.spec.references.items():
            value = getattr(rec, name)
            if value and not self.kb.service(table).exists(value):
                errors.append(FieldError(name, "no_such_record", entity=table, id=value))
        if getattr(rec, "parent_id", None) and rec.id and self._is_ancestor(rec.id, rec.parent_id):
            errors.append(FieldError("parent_id", "parent_is_descendant", value=rec.parent_id, entity=self.table))
        entity_type = getattr(rec, "entity_type", None)
        if entity_type is not None:
            if entity_type not in MAIN_ENTITIES:
                errors.append(FieldError("entity_type", "not_one_of", value=entity_type, allowed=list(MAIN_ENTITIES)))
            elif not self.kb.service(entity_type).exists(rec.entity_id):
                errors.append(FieldError("entity_id", "no_such_record", entity=entity_type, id=rec.entity_id))
        return errors

    def _is_ancestor(self, row_id: str, start: str) -> bool:
        """Does walking up the parents from `start` reach `row_id` (a cycle)?"""
        seen: set[str] = set()
        current: str | None = start
        while current and current not in seen:
            if current == row_id:
                return True
            seen.add(current)
            row = self.kb.db.execute(f"SELECT parent_id FROM [{self.table}] WHERE id = ?", [current]).fetchone()
            current = row[0] if row else None
        return False

    @contextmanager
    def _constraints_as_field_errors(self) -> Iterator[None]:
        """A constraint the checks above missed (a duplicate link) is still a clear field error."""
        try:
            yield
        except sqlite3.IntegrityError as exc:
            raise ValidationError([FieldError(self.table, "conflicts_with_existing", entity=self.table,
                                              detail=str(exc))]) from None

    def create(self, rec: R) -> m.Saved:
        clean, warnings = self.validate(rec)
        now = changelog.utc_now()
        clean = replace(clean, id=rec.id or new_id(), created_at=now, updated_at=now,
                        updated_by=self.kb.user, deleted_at=None)
        with self._constraints_as_field_errors(), self.kb.transaction() as changes:
            row = self._to_row(clean)
            self.kb.db.execute(self._insert_sql, [row[k] for k in self._columns])
            self.kb.log(self.table, clean.id, "create", None, self._data(clean), at=now)
            mine = self._changes(clean)
            changes.merge(mine)
        return m.Saved(clean, mine, warnings)

    def update(self, rec: R) -> m.Saved:
        if not rec.id:
            raise ValueError(f"cannot update a {self.table} without an id")
        with self.kb.transaction() as changes:
            old = self.get(rec.id)
            clean, warnings = self.validate(rec)
            before, after = self._data(old), self._data(clean)
            changed = [k for k in self._fields if before[k] != after[k]]
            if not changed:
                return m.Saved(old, m.Changes(), warnings)
            now = changelog.utc_now()
            clean = replace(clean, created_at=old.created_at, updated_at=now,
                            updated_by=self.kb.user, deleted_at=old.deleted_at)
            row = self._to_row(clean)
            self._update_row(clean.id, {k: row[k] for k in (*changed, "updated_at", "updated_by")})
            self.kb.log(self.table, clean.id, "update", {k: before[k] for k in changed},
                        {k: after[k] for k in changed}, at=now)
            mine = self._changes(clean, old)
            changes.merge(mine)
        return m.Saved(clean, mine, warnings)

    def delete(self, row_id: str) -> m.Saved:
        """Soft delete: the row stays, marked, and can be restored."""
        return self._set_deleted(row_id, True, "delete")

    def restore(self, row_id: str) -> m.Saved:
        return self._set_deleted(row_id, False, "restore")

    def _set_deleted(self, row_id: str, deleted: bool, action: str) -> m.Saved:
        with self.kb.transaction() as changes:
            old = self.get(row_id)
            if (old.deleted_at is not None) == deleted:
                return m.Saved(old, m.Changes())
            # Stamped inside the transaction, so deleted_at is the same instant as updated_at.
            now = changelog.utc_now()
            value = now if deleted else None
            self._update_row(row_id, {"deleted_at": value, "updated_at": now, "updated_by": self.kb.user})
            self.kb.log(self.table, row_id, action, {"deleted_at": old.deleted_at}, {"deleted_at": value}, at=now)
            mine = self._changes(old)
            changes.merge(mine)
        return m.Saved(self.get(row_id), mine)

    def _update_row(self, row_id: str, values: dict[str, Any]) -> None:
        assignments = ", ".join(f"[{k}] = ?" for k in values)
        self.kb.db.execute(f"UPDATE [{self.table}] SET {assignments} WHERE id = ?", [*values.values(), row_id])

    def _changes(self, *versions: m.Record) -> m.Changes:
        """The row itself and, for a link (an affiliation, a note, a tagging ...), the records it
        connects: their pages and search documents show the link."""
        changes = m.Changes()
        changes.add(self.table, versions[0].id)
        if self.table in MAIN_ENTITIES:
            return changes
        for rec in versions:
            for name, table in self.spec.references.items():
                if table in MAIN_ENTITIES and getattr(rec, name):
                    changes.add(table, getattr(rec, name))
            if getattr(rec, "entity_type", None) in MAIN_ENTITIES and rec.entity_id:
                changes.add(rec.entity_type, rec.entity_id)
        return changes


class TagService(Service[m.Tag]):
    """Tags by name: tagging an entity creates the tag when it is new."""

    def by_name(self, name: str) -> m.Tag | None:
        """The tag with this name, whatever its case (Översikt = översikt), deleted or not."""
        wanted = name.strip().casefold()
        # Names are unique whatever their case (validate), so an exact hit is the tag; the index answers it.
        exact = self.kb.db.execute_returning_dicts("SELECT * FROM tag WHERE name = ?", [name.strip()])
        if exact:
            return self.from_row(exact[0])
        rows = self.kb.db.execute_returning_dicts("SELECT * FROM tag ORDER BY deleted_at IS NOT NULL, created_at")
        for row in rows:
            if row["name"].casefold() == wanted:
                return self.from_row(row)
        return None

    def validate(self, rec: m.Tag) -> tuple[m.Tag, list[Message]]:
        """A second tag with the same name (in any case) is a field error, not an IntegrityError."""
        clean, warnings = super().validate(rec)
        same = self.by_name(clean.name)
        if same is not None and same.id != clean.id:
            raise ValidationError([FieldError("name", "tag_exists", name=same.name)])
        return clean, warnings

    def tag(self, entity_type: str, entity_id: str, name: str) -> m.Saved:
        taggings = self.kb.taggings
        with self.kb.transaction():
            tag = self.by_name(name.strip()) if name and name.strip() else None
            if tag is None:
                tag = self.create(m.Tag(name=name)).record
            elif tag.deleted_at:
                self.restore(tag.id)
            existing = taggings.list({"tag_id": tag.id, "entity_type": entity_type, "entity_id": entity_id},
                                     deleted="include")
            if existing:
                saved = taggings.restore(existing[0].id)
            else:
                saved = taggings.create(m.Tagging(tag_id=tag.id, entity_type=entity_type, entity_id=entity_id))
        return saved

    def untag(self, entity_type: str, entity_id: str, name: str) -> m.Changes:
        changes = m.Changes()
        tag = self.by_name(name)
        if tag is None:
            return changes
        with self.kb.transaction():
            for tagging in self.kb.taggings.list({"tag_id": tag.id, "entity_type": entity_type,
                                                  "entity_id": entity_id}):
                changes.merge(self.kb.taggings.delete(tagging.id).changes)
        return changes

    def names_for(self, entity_type: str, entity_id: str) -> list[str]:
        rows = self.kb.db.execute(
            "SELECT tag.name FROM tagging JOIN tag ON tag.id = tagging.tag_id"
            " WHERE tagging.entity_type = ? AND tagging.entity_id = ? AND tagging.deleted_at IS NULL"
            f" AND tag.deleted_at IS NULL ORDER BY tag.name COLLATE {COLLATION}", [entity_type, entity_id])
        return [r[0] for r in rows]


class NoteService(Service[m.Note]):
    def add(self, entity_type: str, entity_id: str, text: str) -> m.Saved:
        return self.create(m.Note(entity_type=entity_type, entity_id=entity_id, text=text, author=self.kb.user))

    def for_entity(self, entity_type: str, entity_id: str) -> list[m.Note]:
        """Newest first."""
        return self.list({"entity_type": entity_type, "entity_id": entity_id}, sort="created_at", descending=True)


# Run by KnowledgeBase.open with the search index (the command line's and the desktop's writing
# connection): work an earlier process could not finish. db/__init__.py registers
# db.care.erasure_pending.finish_pending_erasures (an erasure an unwritable index folder, a full
# disk or an unplugged backup disk kept from finishing). Each hook never raises.
OPEN_HOOKS: list[Callable[[KnowledgeBase], object]] = []


class KnowledgeBase(Transactions):
    """The office's knowledge base: one database file and the services on it."""

    def __init__(self, db: Database, user: str | None = None, path: Path | None = None):
        self.db, self.path = db, path
        self.user = user or _default_user()
        self.device_id = db.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0]
        self.clock = changelog.HybridClock(self.device_id, changelog.last_clock(db))
        self._start_transactions()
        self._services: dict[str, Service] = {}
        for table, spec in SPECS.items():
            cls = {"tag": TagService, "note": NoteService}.get(table, Service)
            self._services[table] = cls(self, spec)

    @classmethod
    def open(cls, path: Path | str, user: str | None = None, *, create: bool = True,
             search: bool = True, read_only: bool = False) -> KnowledgeBase:
        """Open a database file; with search (the default) its search index is opened (built or
        repaired when needed), kept current on every write and available as `kb.search`.
        `read_only`: the caller only reads, so a file the user made read-only opens read-only
        instead of being refused (db/connection.py)."""
        kb = cls(open_database(path, create=create, read_only=read_only), user,
                 None if str(path) == ":memory:" else Path(path))
        kb.search = None
        if search and kb.path is not None:
            from db.search import attach

            try:
                kb.search = attach(kb)
            except Exception as exc:
                # The database stays usable; the index catches up from the change log next time.
                log.warning("the search index could not be opened (%s)", type(exc).__name__)
                log.debug("the search index could not be opened", exc_info=exc)
        if search and kb.path is not None and not read_only:
            for finish in OPEN_HOOKS:  # work an earlier process left unfinished (never raises)
                finish(kb)
        return kb

    def close(self) -> None:
        if getattr(self, "search", None) is not None:
            self.search.close()
        self.db.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- services ------------------------------------------------------------------

    def service(self, table: str) -> Service:
        try:
            return self._services[table]
        except KeyError:
            raise ValueError(f"unknown entity type '{table}'") from None

    organisations = property(lambda self: self._services["organisation"])
    contacts = property(lambda self: self._services["contact"])
    calls = property(lambda self: self._services["call"])
    projects = property(lambda self: self._services["project"])
    networks = property(lambda self: self._services["network"])
    activities = property(lambda self: self._services["activity"])
    affiliations = property(lambda self: self._services["affiliation"])
    project_parties = property(lambda self: self._services["project_party"])
    memberships = property(lambda self: self._services["membership"])
    activity_links = property(lambda self: self._services["activity_link"])
    follow_ups = property(lambda self: self._services["follow_up"])
    notes = property(lambda self: self._services["note"])
    tags = property(lambda self: self._services["tag"])
    taggings = property(lambda self: self._services["tagging"])


def _default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "okänd"
