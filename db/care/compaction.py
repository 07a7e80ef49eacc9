"""After an erasure, no old page may keep the person: the file is rewritten without free pages
(VACUUM, with secure_delete on during the erasure) and its WAL emptied."""

from __future__ import annotations

import logging
import sqlite3

log = logging.getLogger(__name__)


def compact_connection(conn: sqlite3.Connection) -> bool:
    """VACUUM and empty the WAL; False when another connection kept part of it from happening
    (old pages may then remain until the next erasure or VACUUM with the app closed), or a full
    disk kept it from being written."""
    try:
        done = _checkpoint(conn)
        conn.execute("VACUUM")
        return _checkpoint(conn) and done
    except sqlite3.Error as exc:
        log.warning("VACUUM after erasure failed (%s); old pages may remain until it is done", exc)
        return False


def _checkpoint(conn: sqlite3.Connection) -> bool:
    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("the WAL could not be truncated: another connection is reading the database")
    return not busy
