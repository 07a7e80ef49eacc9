"""Restoring a JSON export (db.interchange.json_dump) into an empty knowledge base.

    data = load_file(path)                       # checked as a whole: UserError naming what is wrong
    if database_is_empty(db_path): ...           # read without opening it for writing
    counts = import_json(kb, data)               # one transaction: table -> rows restored

A bad file leaves the database untouched: everything is checked before anything is written.

The rows are restored exactly as exported (ids, times, soft deletions), and so is the change log:
it is the history that the record pages, undo and sharing between computers read. Another computer
replays that log to get the same rows (db.changelog_replay), so after the restore the log must
describe every row there is. An export made from a database whose log is complete does; for
every row the exported log does not rebuild (an older export, a row written by a path that once
bypassed the log) the restore writes what does, in one operation of its own after the history: an
"import" entry with the fields of a row the log never created, an "update" of the fields the log
leaves otherwise, and a "delete" (or "restore") where the row's soft deletion differs. So
exporting, restoring and exporting again still gives the same file whenever the first export's log
was complete.

Rows and the log are written with executemany, not one Service.create per row: a create would give
every row a new time and a new log entry, and the restore must keep the export's.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from contextlib import closing
from pathlib import Path
from typing import Any

from db import changelog
from db import models as m
from db.connection import read_schema_version
from db.entities import SPECS
from db.errors import UserError
from db.interchange.cancellation import raise_if_cancelled
from db.interchange.json_dump import FORMAT, LOG_COLUMNS, LOG_TABLE, TABLES, columns
from db.schema import ENTITY_TABLES, SCHEMA_VERSION
from db.services import KnowledgeBase
from db.validation import ValidationError

log = logging.getLogger(__name__)

Fields = dict[str, Any]


# --- reading and checking an export ------------------------------------------------------


def load_file(path: Path) -> dict[str, Any]:
    """Read and check a whole export file; raises UserError naming what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise UserError("export_file_missing", path=str(path))
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UserError("export_not_utf8", path=str(path), byte=exc.start) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError("export_invalid_json", path=str(path), line=exc.lineno, column=exc.colno,
                        detail=exc.msg) from None
    check_structure(path, data)
    return data


def check_structure(path: Path, data: Any) -> None:
    """The whole export is what export_data writes, every row valid and every reference held."""
    where = {"path": str(path)}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError("not_a_kunskapsbanken_export", **where, format=FORMAT)
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise UserError("export_schema_version", **where, version=repr(version), expected=SCHEMA_VERSION)
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise UserError("export_without_tables", **where)
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise UserError("export_unknown_table", **where, table=unknown[0])
    ids: dict[str, set[str]] = {}
    for table in TABLES:
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            raise UserError("export_table_not_a_list", **where, table=table)
        for number, row in enumerate(rows, 1):
            _check_shape(where | {"table": table, "row": number}, table, row)
        key = "seq" if table == LOG_TABLE else "id"
        seen = [row[key] for row in rows]
        if len(set(seen)) != len(seen):
            raise UserError("export_duplicate_key", **where, table=table, key=key)
        ids[table] = set(seen) if table != LOG_TABLE else set()
    _check_references(where, tables, ids)


def _check_shape(where: dict[str, Any], table: str, row: Any) -> None:
    if not isinstance(row, dict):
        raise UserError("export_row_not_an_object", **where)
    expected = set(columns(table))
    if set(row) != expected:
        extra = sorted(set(row) - expected)
        if extra:
            raise UserError("export_unknown_key", **where, key=extra[0])
        raise UserError("export_missing_key", **where, key=sorted(expected - set(row))[0])
    if table != LOG_TABLE:
        _check_row(where, table, row)


def _check_row(where: dict[str, Any], table: str, row: dict[str, Any]) -> None:
    spec = SPECS[table]
    for name in ("id", "created_at", "updated_at"):
        if not isinstance(row[name], str) or not row[name]:
            raise UserError("export_key_not_text", **where, key=name)
    try:
        record = spec.cls(**row)
        spec.validate(record)
    except ValidationError as exc:
        error = exc.errors[0]
        raise UserError("export_invalid_row", **where, id=row["id"], field=error.field, reason=error.message) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise UserError("export_unreadable_row", **where, id=row["id"], detail=str(exc)) from None


def _check_references(where: dict[str, Any], tables: dict[str, list], ids: dict[str, set[str]]) -> None:
    for table in ENTITY_TABLES:
        spec = SPECS[table]
        for number, row in enumerate(tables.get(table, []), 1):
            for name, target in spec.references.items():
                if row[name] and row[name] not in ids[target]:
                    raise UserError("export_missing_reference", **where, table=table, row=number, key=name,
                                    target_entity=target)
            entity_type = row.get("entity_type")
            if entity_type is not None and row["entity_id"] not in ids.get(entity_type, set()):
                raise UserError("export_missing_reference", **where, table=table, row=number, key="entity_id",
                                target_entity=entity_type)


def database_is_empty(path: Path) -> bool:
    """True for a missing file or one with no records, read without changing it."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return True
    version = read_schema_version(path)
    if version == 0:
        return True
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        for table in TABLES:
            try:
                if conn.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone():
                    return False
            except sqlite3.OperationalError:
                continue
    return True


# --- restoring ------------------------------------------------------------------------------------


def import_json(kb: KnowledgeBase, data: dict[str, Any], cancelled: threading.Event | None = None) -> dict[str, int]:
    """Restore a checked export into an empty knowledge base (see the module doc). Setting
    `cancelled` (from another thread) stops it between tables, and nothing is written."""
    counts = {}
    with kb.transaction() as changes:
        kb.db.execute("PRAGMA defer_foreign_keys = ON")
        for table in TABLES:
            raise_if_cancelled(cancelled)
            rows = data["tables"].get(table, [])
            names = columns(table)
            sql = f"INSERT INTO [{table}] ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
            kb.db.conn.executemany(sql, (_encode(table, row) for row in rows))
            counts[table] = len(rows)
            if table != LOG_TABLE:
                for row in rows:
                    changes.add(table, row["id"])
        raise_if_cancelled(cancelled)
        # The restored log may hold clocks ahead of ours: never hand out an older one.
        kb.clock = changelog.HybridClock(kb.device_id, changelog.last_clock(kb.db))
        written = _describe_every_row(kb, data["tables"])
    log.info("restored an export: %d rows, %d change-log entries written for rows its log did not describe",
             sum(n for t, n in counts.items() if t != LOG_TABLE), written)
    return counts


def _describe_every_row(kb: KnowledgeBase, tables: dict[str, list[dict[str, Any]]]) -> int:
    """Log what the restored log lacks to rebuild each restored row; returns the entries written."""
    described = rows_described(kb)
    written = 0
    for table in ENTITY_TABLES:
        names = _fields(table)
        for row in tables.get(table, []):
            wanted = {name: row[name] for name in names}
            stamp = {"at": row["updated_at"], "author": row["updated_by"]}  # the row's own, not the restorer's
            have = described.get((table, row["id"]))
            if have is None:
                kb.log(table, row["id"], "import", None, wanted, **stamp)
                written += 1
            else:
                differ = [name for name in names if have[name] != wanted[name]]
                if differ:
                    kb.log(table, row["id"], "update", {k: have[k] for k in differ}, {k: wanted[k] for k in differ},
                           **stamp)
                    written += 1
            left = have["deleted_at"] if have is not None else None  # what the replay leaves
            if left != row["deleted_at"]:
                action = "delete" if row["deleted_at"] else "restore"
                kb.log(table, row["id"], action, {"deleted_at": left}, {"deleted_at": row["deleted_at"]}, **stamp)
                written += 1
    return written


def rows_described(kb: KnowledgeBase) -> dict[tuple[str, str], Fields]:
    """(table, id) -> the fields and deleted_at that replaying kb's change log gives each row, in
    clock order as db.changelog_replay applies it: a create or import sets the entry's fields (not
    deleted), an update, delete or restore sets the ones it names, an erasure removes the row; a
    merge entry only says where a record went (its writes are entries of their own)."""
    rows: dict[tuple[str, str], Fields] = {}
    for table, row_id, action, after in kb.db.execute(
            "SELECT entity, row_id, action, after FROM change_log ORDER BY hlc, seq"):
        if table not in SPECS:
            continue
        values = json.loads(after) if after else None
        key = (table, row_id)
        if action == "erase":
            rows.pop(key, None)
        elif action in ("create", "import") and values is not None:
            known = rows.setdefault(key, dict.fromkeys(_fields(table)) | {"deleted_at": None})
            known.update({name: values[name] for name in _fields(table) if name in values})
        elif action in ("update", "delete", "restore") and values is not None and key in rows:
            allowed = {*_fields(table), "deleted_at"}
            rows[key].update({name: value for name, value in values.items() if name in allowed})
    return rows


def _fields(table: str) -> tuple[str, ...]:
    return m.data_fields(SPECS[table].cls)


def _encode(table: str, row: dict[str, Any]) -> list[Any]:
    """A row of an export -> the values of its columns, as the table stores them."""
    if table == LOG_TABLE:
        return [row[k] for k in LOG_COLUMNS]
    spec = SPECS[table]
    values = dict(row)
    for name in spec.json_fields:
        values[name] = json.dumps(values[name], ensure_ascii=False)
    for name in spec.bool_fields:
        values[name] = int(values[name])
    return [values[k] for k in columns(table)]
