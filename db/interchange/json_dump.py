"""Full-fidelity JSON export and import of a whole knowledge base.

Export, import into an empty database, export again: the two files are identical.
Import checks the whole file before it opens the database for writing, so a bad file
leaves the database untouched.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import closing
from dataclasses import fields
from pathlib import Path
from typing import Any

from db import changelog
from db.atomic_file import write_atomically
from db.connection import read_schema_version
from db.entities import SPECS
from db.errors import UserError
from db.schema import ENTITY_TABLES, SCHEMA_VERSION
from db.services import KnowledgeBase
from db.validation import ValidationError

FORMAT = "kunskapsbanken"
LOG_TABLE = "change_log"
LOG_COLUMNS = ("seq", "id", "op_id", "hlc", "device_id", "author", "at", "entity", "row_id",
               "action", "before", "after")
TABLES = (*ENTITY_TABLES, LOG_TABLE)


def _columns(table: str) -> tuple[str, ...]:
    if table == LOG_TABLE:
        return LOG_COLUMNS
    return tuple(f.name for f in fields(SPECS[table].cls))


def _decode(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A database row -> its JSON form (lists as lists, flags as booleans)."""
    if table == LOG_TABLE:
        return {k: row[k] for k in LOG_COLUMNS}
    spec = SPECS[table]
    out = {k: row[k] for k in _columns(table)}
    for name in spec.json_fields:
        out[name] = json.loads(out[name])
    for name in spec.bool_fields:
        out[name] = bool(out[name])
    return out


def _encode(table: str, row: dict[str, Any]) -> list[Any]:
    if table == LOG_TABLE:
        return [row[k] for k in LOG_COLUMNS]
    spec = SPECS[table]
    values = dict(row)
    for name in spec.json_fields:
        values[name] = json.dumps(values[name], ensure_ascii=False)
    for name in spec.bool_fields:
        values[name] = int(values[name])
    return [values[k] for k in _columns(table)]


def export_data(kb: KnowledgeBase) -> dict[str, Any]:
    tables = {}
    for table in TABLES:
        order = "seq" if table == LOG_TABLE else "id"
        rows = kb.db.execute_returning_dicts(f"SELECT * FROM [{table}] ORDER BY {order}")
        tables[table] = [_decode(table, row) for row in rows]
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "tables": tables}


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def export_json(kb: KnowledgeBase, path: Path) -> dict[str, int]:
    data = export_data(kb)
    write_atomically(path, dumps(data))
    return {table: len(rows) for table, rows in data["tables"].items()}


# --- import -----------------------------------------------------------------------------


def load_file(path: Path) -> dict[str, Any]:
    """Read and check a whole export file; raises UserError naming what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise UserError(f"{path}: no such file")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"{path}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    check_structure(path, data)
    return data


def check_structure(path: Path, data: Any) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(f"{path}: not a Kunskapsbanken export (missing \"format\": \"{FORMAT}\")")
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise UserError(f"{path}: export of schema version {version!r}; this app reads version {SCHEMA_VERSION}")
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise UserError(f"{path}: \"tables\" is missing or not an object")
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise UserError(f"{path}: unknown table \"{unknown[0]}\"")
    ids: dict[str, set[str]] = {}
    for table in TABLES:
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            raise UserError(f"{path}: table \"{table}\" is not a list")
        expected = set(_columns(table))
        for number, row in enumerate(rows, 1):
            where = f"{path}: {table} row {number}"
            if not isinstance(row, dict):
                raise UserError(f"{where}: not an object")
            if set(row) != expected:
                extra = sorted(set(row) - expected)
                missing = sorted(expected - set(row))
                raise UserError(f"{where}: unknown field \"{extra[0]}\"" if extra
                                else f"{where}: missing field \"{missing[0]}\"")
            if table != LOG_TABLE:
                _check_row(where, table, row)
        key = "seq" if table == LOG_TABLE else "id"
        seen = [row[key] for row in rows]
        if len(set(seen)) != len(seen):
            raise UserError(f"{path}: table \"{table}\" has a duplicate {key}")
        ids[table] = set(seen) if table != LOG_TABLE else set()
    _check_references(path, tables, ids)


def _check_row(where: str, table: str, row: dict[str, Any]) -> None:
    spec = SPECS[table]
    for name in ("id", "created_at", "updated_at"):
        if not isinstance(row[name], str) or not row[name]:
            raise UserError(f"{where}: field \"{name}\" must be non-empty text")
    try:
        record = spec.cls(**row)
        spec.validate(record)
    except ValidationError as exc:
        raise UserError(f"{where} (id {row['id']}): {exc.errors[0]}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise UserError(f"{where} (id {row['id']}): {exc}") from None


def _check_references(path: Path, tables: dict[str, list], ids: dict[str, set[str]]) -> None:
    for table in ENTITY_TABLES:
        spec = SPECS[table]
        for number, row in enumerate(tables.get(table, []), 1):
            for name, target in spec.references.items():
                if row[name] and row[name] not in ids[target]:
                    raise UserError(f"{path}: {table} row {number}: field \"{name}\" refers to a missing {target}")
            entity_type = row.get("entity_type")
            if entity_type is not None and row["entity_id"] not in ids.get(entity_type, set()):
                raise UserError(f"{path}: {table} row {number}: field \"entity_id\" refers to a missing {entity_type}")


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


class Cancelled(Exception):
    """The import was cancelled; nothing was written."""


def import_json(kb: KnowledgeBase, data: dict[str, Any], cancelled: threading.Event | None = None) -> dict[str, int]:
    """Restore a checked export into an empty knowledge base, rows and change log verbatim.
    Setting `cancelled` (from another thread) stops it between tables, and nothing is written."""
    counts = {}
    with kb.transaction() as changes:
        kb.db.execute("PRAGMA defer_foreign_keys = ON")
        for table in TABLES:
            if cancelled is not None and cancelled.is_set():
                raise Cancelled("the import was cancelled; nothing was written")
            rows = data["tables"].get(table, [])
            columns = _columns(table)
            sql = f"INSERT INTO [{table}] ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            kb.db.conn.executemany(sql, (_encode(table, row) for row in rows))
            counts[table] = len(rows)
            if table != LOG_TABLE:
                for row in rows:
                    changes.add(table, row["id"])
    # The imported log may hold clocks ahead of ours: never hand out an older one.
    kb.clock = changelog.HybridClock(kb.device_id, changelog.last_clock(kb.db))
    return counts
