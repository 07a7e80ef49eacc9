"""The audit list: one row per data-protection event (register extract, erasure, restore, change
of the retention period), naming records by id only, with counts and formats as details.

The audit list is the office's record of these events and the list a restore reads to erase
again whoever was erased since a backup was taken, so every computer must have it: each row
is written with its change-log entry ("create", then "update" when an erasure's backups are
done), values being the row's own ids, counts and formats. Nothing here logs personal data.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from db import changelog
from db.services import KnowledgeBase

log = logging.getLogger(__name__)

AUDIT_COLUMNS = ("id", "at", "author", "action", "entity", "row_id", "details")
ENTITY = "audit"  # the change log's name for the audit list


def record_audit(kb: KnowledgeBase, action: str, entity: str | None, row_id: str | None,
                 details: dict[str, Any]) -> str:
    """Add one data-protection event to the audit list (ids and counts only); returns its id."""
    row = {"id": str(uuid.uuid4()), "at": changelog.utc_now(), "author": kb.user, "action": action,
           "entity": entity, "row_id": row_id, "details": _dumps(details)}
    with kb.transaction():
        insert_audit_rows(kb.db.conn, [row])
        kb.log(ENTITY, row["id"], "create", None, logged_values(row))
    return row["id"]


def update_audit(kb: KnowledgeBase, audit_id: str, details: dict[str, Any]) -> None:
    """Complete an erasure's audit row with what happened to the backups."""
    with kb.transaction():
        found = kb.db.execute("SELECT details FROM audit WHERE id = ?", [audit_id]).fetchone()
        if found is None:
            return
        kb.db.execute("UPDATE audit SET details = ? WHERE id = ?", [_dumps(details), audit_id])
        kb.log(ENTITY, audit_id, "update", {"details": _loads(found[0])}, {"details": details})


def add_missing_audit_rows(kb: KnowledgeBase, rows: Iterable[dict[str, Any]]) -> int:
    """Write the rows (dicts keyed by AUDIT_COLUMNS) the audit list lacks, with their change-log
    entries; returns how many were new."""
    with kb.transaction():
        added = insert_audit_rows(kb.db.conn, rows)
        for row in added:
            kb.log(ENTITY, row["id"], "create", None, logged_values(row))
    return len(added)


def insert_audit_rows(conn: sqlite3.Connection, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """INSERT OR IGNORE each row (the id is unique); returns the rows that were new."""
    added = []
    for row in rows:
        cursor = conn.execute(f"INSERT OR IGNORE INTO audit ({', '.join(AUDIT_COLUMNS)})"
                              f" VALUES ({', '.join('?' for _ in AUDIT_COLUMNS)})", [row.get(c) for c in AUDIT_COLUMNS])
        if cursor.rowcount > 0:
            added.append(row)
    return added


def log_audit_rows_in_file(conn: sqlite3.Connection, rows: list[dict[str, Any]], author: str) -> None:
    """The change-log entries of audit rows just written into a database file that is not open as a
    knowledge base (a copy being restored), with that file's own device id and clock."""
    if not rows:
        return
    device = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    if device is None:  # every file this app has opened has one
        log.warning("no device id in the restored file: its audit rows are not in its change log")
        return
    db = Database(conn)
    clock = changelog.HybridClock(device[0], changelog.last_clock(db))
    op_id = str(uuid.uuid4())
    for row in rows:
        changelog.write_entry(db, clock, op_id=op_id, author=author, entity=ENTITY, row_id=row["id"],
                              action="create", before=None, after=logged_values(row))


def logged_values(row: dict[str, Any]) -> dict[str, Any]:
    """An audit row as its change-log entry holds it (details decoded)."""
    values = {c: row.get(c) for c in AUDIT_COLUMNS if c != "id"}
    values["details"] = _loads(values["details"])
    return values


def audit_entries(kb: KnowledgeBase, limit: int | None = None) -> list[dict[str, Any]]:
    """The audit list, newest first, details decoded."""
    sql = "SELECT id, at, author, action, entity, row_id, details FROM audit ORDER BY seq DESC"
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    rows = kb.db.execute_returning_dicts(sql, params)
    for row in rows:
        row["details"] = _loads(row["details"])
    return rows


def _dumps(details: dict[str, Any]) -> str:
    return json.dumps(details, ensure_ascii=False, sort_keys=True)


def _loads(raw: str | None) -> dict[str, Any]:
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
