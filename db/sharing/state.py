"""What a database remembers of its share, in its meta table (never exported, never shared):

    sharing.kb_id            the shared knowledge base's id (from the description)
    sharing.folder           the folder last synced with
    sharing.sent_seq         the local change_log.seq of the last own entry sent
    sharing.sent_file        the number of this device's last change file
    sharing.applied.<dev>    the number of the last change file of <dev> applied here
    sharing.last_sync        when the last round ended (UTC)
    sharing.last_report      that round's report (JSON: counts, files skipped, warnings)
    sharing.person_id        the person using this computer (set by the app; shown to the others)
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

PREFIX = "sharing."
APPLIED = PREFIX + "applied."


def get(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [PREFIX + key]).fetchone()
    return row[0] if row and row[0] is not None else default


def get_int(db: Database, key: str) -> int:
    value = get(db, key)
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


def put(db: Database, key: str, value: Any) -> None:
    """Inside the caller's transaction (or on its own, autocommitted)."""
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [PREFIX + key, str(value)])


def applied(db: Database) -> dict[str, int]:
    rows = db.execute("SELECT key, value FROM meta WHERE key LIKE ?", [APPLIED + "%"]).fetchall()
    out = {}
    for key, value in rows:
        try:
            out[key[len(APPLIED):]] = int(value)
        except (TypeError, ValueError):
            continue
    return out


def put_applied(db: Database, device_id: str, number: int) -> None:
    put(db, f"applied.{device_id}", number)


def report(db: Database) -> dict[str, Any]:
    try:
        found = json.loads(get(db, "last_report") or "{}")
    except json.JSONDecodeError:
        return {}
    return found if isinstance(found, dict) else {}


def holds_data(db: Database) -> bool:
    """Anything in the change log or the tables (a join refuses such a database)."""
    from db.schema import ENTITY_TABLES

    if db.execute("SELECT 1 FROM change_log LIMIT 1").fetchone():
        return True
    return any(db.execute(f"SELECT 1 FROM [{t}] LIMIT 1").fetchone() for t in ENTITY_TABLES)
