"""Many new rows at once: the rows and "create" change-log entries Service.create writes,
written with executemany inside the caller's transaction.

For records that are already validated (an import's plan validated every row; links built
from ids the plan resolved). SQLite's foreign keys still check every reference at insert.
An import of 10,000 contacts with their affiliations and tags writes ~40,000 rows: one
Service.create each takes ~20 s, this ~3 s.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from db import models as m
from db.changelog import utc_now
from db.entities import MAIN_ENTITIES, SPECS
from db.schema import ENTITY_TABLES
from db.services import KnowledgeBase

# json.dumps(..., ensure_ascii=False[, sort_keys=True]) as the services call it, without a new encoder per call.
ENCODE_LIST = json.JSONEncoder(ensure_ascii=False).encode
ENCODE_CHANGE = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
CHANGE_LOG_SQL = ("INSERT INTO change_log (id, op_id, hlc, device_id, author, at, entity, row_id, action,"
                  " before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


@dataclass(frozen=True)
class TableShape:
    fields: tuple[str, ...]
    insert_sql: str
    json_fields: frozenset[str]
    bool_fields: frozenset[str]

    @classmethod
    def of(cls, table: str) -> TableShape:
        spec = SPECS[table]
        fields = m.data_fields(spec.cls)
        columns = (*m.SYSTEM_FIELDS, *fields)
        sql = f"INSERT INTO [{table}] ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        return cls(fields, sql, frozenset(spec.json_fields), frozenset(spec.bool_fields))

    def row(self, rec: m.Record, row_id: str, now: str, user: str) -> tuple[list[object], dict[str, object]]:
        """The row to insert, and the data fields as the change log records them."""
        data = {name: getattr(rec, name) for name in self.fields}
        row: list[object] = [row_id, now, now, user, None]
        for name, value in data.items():
            if name in self.json_fields:
                value = ENCODE_LIST(value or [])
            elif name in self.bool_fields:
                value = int(bool(value))
            row.append(value)
        return row, data


SHAPES = {table: TableShape.of(table) for table in ENTITY_TABLES}


class BulkInsert:
    """Collects validated new records; flush() writes them inside the open transaction."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._rows: dict[str, list[list[object]]] = {}
        self._log: list[tuple[object, ...]] = []

    def add(self, table: str, rec: m.Record) -> str:
        row_id, now, user = rec.id or str(uuid.uuid4()), utc_now(), self.kb.user
        row, data = SHAPES[table].row(rec, row_id, now, user)
        self._rows.setdefault(table, []).append(row)
        clock = self.kb.clock
        self._log.append((str(uuid.uuid4()), self.kb.op_id or str(uuid.uuid4()), clock.tick(), clock.device_id,
                          user, now, table, row_id, "create", None, ENCODE_CHANGE(data)))
        return row_id

    def __len__(self) -> int:
        return len(self._log)

    def flush(self) -> m.Changes:
        """Write what was added (tables in foreign-key order); the changes join the running
        operation's, so listeners (the search index) hear of them after the commit."""
        rows, entries = self._rows, self._log
        self._rows, self._log = {}, []
        changes = m.Changes()
        if not entries:
            return changes
        conn = self.kb.db.conn
        with self.kb.transaction() as pending:
            for table in ENTITY_TABLES:
                if table in rows:
                    conn.executemany(SHAPES[table].insert_sql, rows[table])
            conn.executemany(CHANGE_LOG_SQL, entries)
            for entry in entries:
                changes.add(entry[6], entry[7])
            for table, table_rows in rows.items():
                if table not in MAIN_ENTITIES:
                    _add_connected(changes, table, table_rows)
            pending.merge(changes)
        return changes


def _add_connected(changes: m.Changes, table: str, rows: list[list[object]]) -> None:
    """A link's change names the records it connects too (as Service._changes does)."""
    spec, shape = SPECS[table], SHAPES[table]
    offset = len(m.SYSTEM_FIELDS)
    positions = {name: offset + shape.fields.index(name) for name in shape.fields}
    for name, target in spec.references.items():
        if target in MAIN_ENTITIES:
            at = positions[name]
            for row in rows:
                if row[at]:
                    changes.add(target, row[at])
    if "entity_type" in positions:
        kind, ident = positions["entity_type"], positions["entity_id"]
        for row in rows:
            changes.add(row[kind], row[ident])
