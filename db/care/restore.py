"""Restoring a backup: replacing the database file with a verified copy of it, safely.

The backup is verified first; the current database gets a "pre-restore" backup; the copy is
verified beside the database and renamed over it while an exclusive lock proves that no one
else has it open. The search index folder is removed (rebuilt on next open); an older schema is
migrated on next open. The audit rows of the current database (erasures, extracts) are carried
into the restored one, with the restore itself: the caller then erases again whoever was erased
since the backup was taken (db.care.erasure.finish_restore), which also notes in the restored
file every backup folder the replaced one knew (db.care.backup_folders) and the safety copy's.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from db import changelog
from db.care.audit import AUDIT_COLUMNS, insert_audit_rows, log_audit_rows_in_file
from db.care.backup import BackupError, BackupInfo, copy_database, free_name
from db.care.backup_check import file_problems, verify_backup
from db.care.backup_folders import FOLDER, Location, known_backup_folders
from db.care.backup_rotation import read_backup_info
from db.care.reasons import is_busy, os_reason, sqlite_reason
from db.care.sqlite_files import (
    SQLITE_HEADER,
    fsync,
    fsync_dir,
    has_table,
    open_read_only,
    read_header,
    remove_temp,
    side_files,
    temp_file,
)
from db.connection import _secure, require_writable
from db.paths import default_backup_dir, private_dir
from db.schema import STEP_3
from db.transactions import roll_back

log = logging.getLogger(__name__)

AUDIT_SCHEMA_VERSION = 3  # the schema step that adds the audit table
LOCK_TIMEOUT_S = 2.0  # how long a restore waits for the database before calling it in use
CHUNK = 500


@dataclass
class RestoreResult:
    restored_from: Path
    safety_backup: Path | None
    # Contacts erased (GDPR) in the replaced database that are back in the restored file:
    # the caller erases them again.
    erased_ids: list[str] = field(default_factory=list)
    # Audit rows the restored file could not hold (its schema predates the audit table):
    # the caller writes them once the file is migrated. Dicts keyed by AUDIT_COLUMNS.
    pending_audit: list[dict[str, Any]] = field(default_factory=list)
    # Every backup location the replaced database knew, and the safety backup's folder: the
    # caller notes them in the restored file (so an erasure still cleans them all).
    backup_folders: list[Location] = field(default_factory=list)


def restore_backup(backup: Path, db_path: Path, *, folder: Path | None = None,
                   user: str | None = None) -> RestoreResult:
    """Replace the database file with a backup (see the module doc). `folder`: where the safety
    backup goes (default: the database's backup folder); `user`: the audit row's author."""
    backup, db_path = Path(backup), Path(db_path)
    if not backup.is_file():
        raise BackupError("no_such_backup_file", path=str(backup))
    if db_path.exists() and os.path.samefile(backup, db_path):
        raise BackupError("backup_is_the_database", path=str(backup))
    if not db_path.parent.is_dir():
        raise BackupError("no_such_folder", path=str(db_path.parent))
    require_writable(db_path)  # a database the user made read-only is not replaced either
    problems = verify_backup(backup)
    if problems:
        raise BackupError("cannot_restore", path=str(backup), problems=problems)
    state = _current_state(db_path)
    info = read_backup_info(backup)
    try:
        # The lock first: a database in use is refused before any copying.
        with _exclusive(db_path, state) as held:
            folders = known_backup_folders(held.conn) if state == "ours" and held.conn is not None else []
            safety, erased_ids, pending = _replace(backup, db_path, info, held, state, folder, user)
        for stale in side_files(db_path):
            stale.unlink(missing_ok=True)
    except sqlite3.Error as exc:
        raise BackupError("restore_failed", path=str(backup), reason=sqlite_reason(exc)) from None
    except OSError as exc:
        raise BackupError("restore_failed", path=str(backup), reason=os_reason(exc)) from None
    _secure(db_path)
    fsync_dir(db_path.parent)
    _remove_index(db_path)
    log.info("restored %s from %s (taken %s)", db_path.name, backup.name, info.taken_at.isoformat())
    if safety is not None:
        folders.append(Location(safety.parent, FOLDER, recorded=True))
    return RestoreResult(backup, safety, erased_ids, pending, folders)


def _replace(backup: Path, db_path: Path, info: BackupInfo, held: _Held, state: str, folder: Path | None,
             user: str | None) -> tuple[Path | None, list[str], list[dict[str, Any]]]:
    """Under the lock: a verified copy of the backup beside the database, the safety backup,
    the audit rows carried over, then the rename."""
    temp = temp_file(db_path.parent)
    try:
        copy_database(backup, temp, None)
        problems = file_problems(temp, mmap=True)
        if problems:
            raise BackupError("restore_copy_failed_check", path=str(backup), problems=problems)
        safety = _safety_backup(db_path, folder, state, held)
        carried = _read_audit(held.conn) if state == "ours" and held.conn is not None else []
        erased_ids, pending = _carry_audit(temp, carried, info, user or _login_name())
        fsync(temp)
        for stale in side_files(db_path):  # a stale -wal would be replayed into the new file
            stale.unlink(missing_ok=True)
        os.replace(temp, db_path)
    finally:
        remove_temp(temp)
    return safety, erased_ids, pending


def _current_state(db_path: Path) -> str:
    """"missing" (nothing worth keeping), "ours" or "damaged"; a foreign file is refused."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return "missing"
    if read_header(db_path) != SQLITE_HEADER:
        return "damaged"
    try:
        with closing(open_read_only(db_path)) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            ours = has_table(conn, "meta") and version > 0
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise BackupError("database_in_use", path=str(db_path)) from None
        return "damaged"
    except sqlite3.DatabaseError:
        return "damaged"
    if ours:
        return "ours"
    if tables == 0:
        return "missing"
    raise BackupError("restore_target_not_ours", path=str(db_path))


@dataclass
class _Held:
    """The current database, held exclusively: the lock's connection and an open file to read it.

    The file stays open until the lock is released: closing any descriptor of a file drops
    every POSIX lock this process holds on it."""
    conn: sqlite3.Connection | None
    file: BinaryIO | None


@contextmanager
def _exclusive(db_path: Path, state: str) -> Iterator[_Held]:
    """Hold the current database so that no one else can read or write it.

    Leaving WAL mode needs every other connection closed (an idle app holding the file open
    counts), and BEGIN EXCLUSIVE in rollback mode then keeps newcomers out. Afterwards the
    main file holds everything committed, so a byte copy of it is consistent."""
    if state == "missing":
        yield _Held(None, None)
        return
    conn = sqlite3.connect(db_path, timeout=LOCK_TIMEOUT_S, isolation_level=None)
    file = None
    try:
        try:
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
            conn.execute("BEGIN EXCLUSIVE")
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and is_busy(exc):
                raise BackupError("database_in_use", path=str(db_path)) from None
            if state == "ours":
                raise
            log.warning("the damaged database could not be locked (%s); replacing it anyway", exc)
        file = open(db_path, "rb")  # closed below, after the lock
        yield _Held(conn, file)
    finally:
        roll_back(conn)
        conn.close()
        if file is not None:
            file.close()


def _safety_backup(db_path: Path, folder: Path | None, state: str, held: _Held) -> Path | None:
    """A "pre-restore" byte copy of the held database, as it is (a damaged one too: it may
    still hold something worth rescuing). Not checked: it is exactly what was there."""
    if state == "missing" or held.file is None:
        return None
    out = private_dir(Path(folder) if folder is not None else default_backup_dir(db_path))
    taken_at = datetime.now(UTC).replace(microsecond=0)
    temp = temp_file(out)
    try:
        held.file.seek(0)
        with open(temp, "wb") as dest:
            shutil.copyfileobj(held.file, dest, 1 << 20)
        fsync(temp)
        final = free_name(out, db_path.stem, taken_at, "pre-restore")
        os.replace(temp, final)
    except OSError as exc:
        raise BackupError("safety_backup_not_written", database=str(db_path), folder=str(out),
                          reason=os_reason(exc)) from None
    finally:
        remove_temp(temp)
    fsync_dir(out)
    log.info("safety backup written: %s", final.name)
    return final


def _read_audit(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    if not has_table(conn, "audit"):
        return []
    rows = conn.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit ORDER BY seq")
    return [dict(zip(AUDIT_COLUMNS, row, strict=True)) for row in rows]


def _carry_audit(temp: Path, carried: list[dict[str, Any]], info: BackupInfo,
                 author: str) -> tuple[list[str], list[dict[str, Any]]]:
    """Write the current audit rows missing from the restored copy, and the restore itself, into
    the copy, with their change-log entries. Returns (erased contact ids present in the copy, the
    rows it could not hold)."""
    restore_row = {"id": str(uuid.uuid4()), "at": changelog.utc_now(), "author": author, "action": "restore",
                   "entity": None, "row_id": None,
                   "details": json.dumps({"backup": info.path.name, "taken_at": info.taken_at.isoformat()})}
    erased = list(dict.fromkeys(r["row_id"] for r in carried if r["action"] == "erase" and r["entity"] == "contact"))
    with closing(sqlite3.connect(temp, isolation_level=None)) as conn:
        present = _existing_contacts(conn, erased)
        erased_ids = [row_id for row_id in erased if row_id in present]
        if conn.execute("PRAGMA user_version").fetchone()[0] < AUDIT_SCHEMA_VERSION:
            return erased_ids, [*carried, restore_row]
        conn.execute("BEGIN IMMEDIATE")
        try:
            if not has_table(conn, "audit"):
                for statement in STEP_3:
                    conn.execute(statement)
            added = insert_audit_rows(conn, [*carried, restore_row])
            log_audit_rows_in_file(conn, added, author)
            conn.execute("COMMIT")
        except BaseException:
            roll_back(conn)
            raise
    return erased_ids, []


def _existing_contacts(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    if not ids or not has_table(conn, "contact"):
        return set()
    found: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        rows = conn.execute(f"SELECT id FROM contact WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)
        found.update(row[0] for row in rows)
    return found


def _remove_index(db_path: Path) -> None:
    from db.search.whoosh_engine import index_folder  # imported here: it loads Whoosh

    folder = index_folder(db_path)
    if folder.exists():
        try:
            shutil.rmtree(folder)
        except OSError as exc:
            log.warning("could not remove the search index %s (%s); it is rebuilt when found stale",
                        folder.name, exc)


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "okänd"
