"""Restoring a JSON export (db.interchange.json_dump) into an empty knowledge base.

    data = load_file(path)                       # checked as a whole: UserError naming what is wrong
    if database_is_empty(db_path): ...           # read without opening it for writing
    counts = import_json(kb, data)               # one transaction: table -> rows restored
    counts = restore_file(db_path, data)         # the same into a file, made only when it succeeds

A bad file leaves the database untouched: everything is checked before anything is written, every
value with the data layer's rules and limits (db.validation, db.limits; ids and stamps in our forms,
db.outside_records), so what is restored is what a dialog could have saved; a file nested too deeply
or with a value of the wrong type is refused with a message naming the table, row, field and reason.

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
import os
import sqlite3
import threading
import uuid
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
from db.limits import shown
from db.outside_records import entry_errors, record_errors
from db.schema import ENTITY_TABLES, SCHEMA_VERSION
from db.services import KnowledgeBase
from db.validation import FieldError, ValidationError

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
    except RecursionError:
        raise UserError("export_too_deeply_nested", path=str(path)) from None
    except ValueError as exc:  # a number of more than 4,300 digits
        raise UserError("export_unreadable", path=str(path), detail=shown(str(exc))) from None
    check_structure(path, data)
    return data


def check_structure(path: Path, data: Any) -> None:
    """The whole export is what export_data writes, every row valid and every reference held."""
    where = {"path": str(path)}
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError("not_a_kunskapsbanken_export", **where, format=FORMAT)
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise UserError("export_schema_version", **where, version=shown(version), expected=SCHEMA_VERSION)
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise UserError("export_without_tables", **where)
    unknown = sorted(set(tables) - set(TABLES))
    if unknown:
        raise UserError("export_unknown_table", **where, table=shown(unknown[0]))
    ids: dict[str, set[str]] = {}
    for table in TABLES:
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            raise UserError("export_table_not_a_list", **where, table=table)
        for number, row in enumerate(rows, 1):
            rows[number - 1] = _check_shape(where | {"table": table, "row": number}, table, row)
        key = "seq" if table == LOG_TABLE else "id"
        seen = [row[key] for row in rows]
        if len(set(seen)) != len(seen):
            raise UserError("export_duplicate_key", **where, table=table, key=key)
        ids[table] = set(seen) if table != LOG_TABLE else set()
    _check_references(where, tables, ids)


def _check_shape(where: dict[str, Any], table: str, row: Any) -> dict[str, Any]:
    """The row as it will be written: every value checked (db.validation, db.outside_records)."""
    if not isinstance(row, dict):
        raise UserError("export_row_not_an_object", **where)
    expected = set(columns(table))
    if set(row) != expected:
        extra = sorted(set(row) - expected)
        if extra:
            raise UserError("export_unknown_key", **where, key=shown(extra[0]))
        raise UserError("export_missing_key", **where, key=sorted(expected - set(row))[0])
    if table == LOG_TABLE:
        _check_entry(where, row)
        return row
    return _check_row(where, table, row)


def _check_entry(where: dict[str, Any], row: dict[str, Any]) -> None:
    spec = SPECS.get(row["entity"]) if isinstance(row["entity"], str) else None
    errors, _ = entry_errors(row, spec.cls if spec else None, with_seq=True)
    errors += [FieldError(name, "not_text", value=shown(row[name])) for name in ("before", "after")
               if row[name] is not None and not isinstance(row[name], str)]  # stored as JSON text
    if errors:
        raise UserError("export_invalid_row", **where, id=shown(row["id"]), field=errors[0].field,
                        reason=errors[0].message)


def _check_row(where: dict[str, Any], table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A record's row, normalised as the services store it (text stripped, phones in E.164 ...)."""
    spec = SPECS[table]
    record = spec.cls(**row)
    errors = record_errors(record)
    try:
        clean, _ = spec.validate(record)
    except ValidationError as exc:
        errors += exc.errors
    if errors:
        error = errors[0]
        raise UserError("export_invalid_row", **where, id=shown(row["id"]), field=error.field,
                        reason=error.message) from None
    return {name: getattr(clean, name) for name in columns(table)}


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


def restore_file(path: Path, data: dict[str, Any], user: str | None = None) -> dict[str, int]:
    """Restore a checked export into the database file at `path`, made for it when missing: the
    new database is written beside it under a temporary name and takes the name only when the
    restore succeeded, so a failed restore leaves no file behind (and an existing, empty database
    is restored in one transaction: a failure leaves it as it was). Its search index is built after."""
    path = Path(path)
    if path.exists():
        with KnowledgeBase.open(path, user) as kb:
            return import_json(kb, data)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.restoring-{uuid.uuid4().hex[:8]}")
    try:
        with KnowledgeBase.open(temporary, user, search=False) as kb:
            counts = import_json(kb, data)
        _take_name(temporary, path)
    finally:
        for leftover in (temporary, *(temporary.with_name(temporary.name + end) for end in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
    KnowledgeBase.open(path, user).close()  # builds the search index
    return counts


def _take_name(temporary: Path, path: Path) -> None:
    """The restored file takes its name, never over a file that appeared meanwhile (FileExistsError)."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        if path.exists():
            raise FileExistsError(str(path)) from None
        os.replace(temporary, path)


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
