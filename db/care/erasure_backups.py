"""Erasing persons from the backup files of a database, so that no copy keeps them.

Each backup (any *.db file in the folders given, or a file given itself: db.care.backup_folders
lists every place the database has used) is opened on its own
and erased like the live database (db.care.erasure_rows, with the identifying values the backup
itself holds added to the live ones), its erasure noted in its audit list (same audit id), and
then compacted. A file that cannot be cleaned is reported by name and reason, a known folder that
is not there (an unplugged disk) by name; the others go on.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from db import changelog
from db.care.backup_folders import Location, unreachable
from db.care.compaction import compact_connection
from db.care.erasure_rows import RowWriter, erase_rows
from db.care.mentions import Profile, read_profile, table_names
from db.care.reasons import os_reason, sqlite_reason
from db.collation import register as register_collation
from db.connection import BUSY_TIMEOUT_MS
from db.errors import Message
from db.transactions import roll_back

log = logging.getLogger(__name__)


class _NotOurs(Exception):
    """A SQLite file without our tables (another program's database): nothing of ours to clean."""


def backup_files(locations: Iterable[Path | Location], exclude: Path | None = None) -> list[Path]:
    """The *.db files in these folders (a file is taken as it is), never the database itself."""
    skip = Path(exclude).resolve() if exclude is not None else None
    found: list[Path] = []
    for location in locations:
        location = Path(location.path if isinstance(location, Location) else location)
        candidates = [location] if location.is_file() else sorted(location.glob("*.db")) if location.is_dir() else []
        for path in candidates:
            if path.is_file() and path.resolve() != skip and path not in found:
                found.append(path)
    return found


def missing_locations(locations: Iterable[Location], db_path: Path | None) -> list[Message]:
    """backup_folder_missing for each known location that is not there now (an unplugged disk):
    its backups could not be cleaned."""
    return [Message("backup_folder_missing", {"path": str(location.path)})
            for location in locations if unreachable(location, db_path)]


def clean_backups(files: list[Path], profiles: dict[str, Profile | None], audit_ids: dict[str, str],
                  author: str) -> tuple[int, list[Message]]:
    """Erase the persons from each file; returns (files cleaned, why each other one was not:
    backup_not_cleaned Messages naming the file)."""
    cleaned, failed = 0, []
    for path in files:
        try:
            _clean_backup(path, profiles, audit_ids, author)
            cleaned += 1
        except (sqlite3.Error, OSError, _NotOurs) as exc:
            log.warning("backup %s could not be cleaned: %s", path.name, exc)
            failed.append(Message("backup_not_cleaned", {"path": str(path), "reason": _reason(exc)}))
    return cleaned, failed


def _clean_backup(path: Path, live: dict[str, Profile | None], audit_ids: dict[str, str], author: str) -> None:
    with closing(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)) as conn:
        register_collation(conn)
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        tables = table_names(conn)  # raises DatabaseError for a file that is not a database
        if "contact" not in tables:
            raise _NotOurs("no contact table")
        profiles = {cid: (read_profile(conn, cid, tables) or Profile(cid)).merge(p) for cid, p in live.items()}
        conn.execute("BEGIN IMMEDIATE")
        try:
            erase_rows(RowWriter(conn), tables, profiles)
            if "audit" in tables:
                _copy_audit(conn, audit_ids, author)
            conn.execute("COMMIT")
        except BaseException:
            roll_back(conn)
            raise
        compact_connection(conn)


def _reason(exc: BaseException) -> Message:
    if isinstance(exc, _NotOurs):
        return Message("backup_not_ours")
    return sqlite_reason(exc) if isinstance(exc, sqlite3.Error) else os_reason(exc)


def _copy_audit(conn: sqlite3.Connection, audit_ids: dict[str, str], author: str) -> None:
    """The erasure is noted in the backup too (same audit id), so a restored copy knows it."""
    now = changelog.utc_now()
    conn.executemany("INSERT OR IGNORE INTO audit (id, at, author, action, entity, row_id, details)"
                     " VALUES (?, ?, ?, 'erase', 'contact', ?, ?)",
                     [(audit_id, now, author, cid, json.dumps({"backup": True}))
                      for cid, audit_id in audit_ids.items()])
