"""Taking a backup of the database file.

A backup is one self-contained SQLite file (journal mode DELETE) written through SQLite's
online backup API, so it can be taken while the app writes. It is written to a temporary
file in the target folder, checked (db.care.backup_check), flushed to disk and only then
renamed to its final name: nothing half-written ever carries a backup's name.

File names sort by time: `<stem>-2026-11-27T081500-<reason>.db`. The stamp is UTC (a
backup taken at 09:15 Swedish winter time is named T081500), so the order survives
daylight-saving changes. Two backups in the same second get `-2`, `-3` ... after the reason.
Listing and rotation are in db.care.backup_rotation, restoring in db.care.restore.

Files are readable by their owner alone (0600) and the backup folder is 0700. Every folder (and
every single file) a backup is written to is noted in the database (db.care.backup_folders), so
an erasure cleans it wherever it is.
Nothing here logs personal data: only file names, sizes and times.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from db.care.backup_check import file_problems
from db.care.backup_folders import FILE, FOLDER, record_backup_folder, record_in_file
from db.care.reasons import os_reason, sqlite_reason
from db.care.sqlite_files import fsync, fsync_dir, open_read_only, remove_temp, temp_file
from db.connection import BUSY_TIMEOUT_MS, DatabaseError
from db.paths import default_backup_dir, private_dir

if TYPE_CHECKING:
    from db.services import KnowledgeBase

log = logging.getLogger(__name__)

REASONS = ("auto", "manual", "pre-import", "pre-restore", "pre-migration")
STAMP_FORMAT = "%Y-%m-%dT%H%M%S"


class BackupError(DatabaseError):
    """A backup that could not be taken, or a file that cannot be restored; the code says why
    (the file's path is a parameter, the underlying reason a nested Message)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC, whole seconds
    reason: str
    size: int


def take_backup(kb: KnowledgeBase, folder: Path | None = None, *, reason: str = "manual") -> BackupInfo:
    """Back up an open knowledge base through its own connection (call it on the thread that owns
    the connection, outside a transaction) into `folder` (default: its backup folder)."""
    if kb.path is None:
        raise ValueError("a knowledge base in memory has no file to back up")
    return backup_now(kb.path, folder, reason=reason, conn=kb.db.conn)


def backup_now(db_path: Path, folder: Path | None = None, *, reason: str = "manual", target: Path | None = None,
               conn: sqlite3.Connection | None = None) -> BackupInfo:
    """Copy the database file into `folder` (default: its backup folder in the user data folder),
    or into exactly `target`. `conn`: copy through this open connection (db/'s own, on the thread
    that owns it) instead of a fresh read-only one."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason '{reason}' (one of: {', '.join(REASONS)})")
    if conn is not None and conn.in_transaction:
        raise ValueError("a backup cannot be taken inside an open transaction of the same connection")
    db_path = Path(db_path)
    if conn is None and not db_path.is_file():
        raise BackupError("no_such_database_file", path=str(db_path))
    if target is not None:
        target = Path(target)
        if not target.parent.is_dir():
            raise BackupError("no_such_folder", path=str(target.parent))
        if target.exists():
            raise BackupError("file_exists", path=str(target))
        out_folder = target.parent
    else:
        out_folder = private_dir(Path(folder) if folder is not None else default_backup_dir(db_path))
    # Noted before the copy, so the backup knows its own folder too (an erasure cleans it).
    place, kind = (target, FILE) if target is not None else (out_folder, FOLDER)
    if conn is not None:
        record_backup_folder(conn, place, kind)
    else:
        record_in_file(db_path, place, kind)
    return _take_backup(db_path, out_folder, target, reason, conn)


def _take_backup(db_path: Path, folder: Path, target: Path | None, reason: str,
                 conn: sqlite3.Connection | None) -> BackupInfo:
    taken_at = datetime.now(UTC).replace(microsecond=0)
    started = time.perf_counter()
    final = _write_verified(db_path, folder, lambda temp: copy_database(db_path, temp, conn),
                            lambda: target or free_name(folder, db_path.stem, taken_at, reason))
    size = final.stat().st_size
    log.info("backup written: %s (%d bytes, %.1f s)", final.name, size, time.perf_counter() - started)
    return BackupInfo(final, taken_at, reason, size)


def _write_verified(db_path: Path, folder: Path, fill: Callable[[Path], None], final_name: Callable[[], Path]) -> Path:
    """Fill a temp file in `folder`, verify it, flush it, then rename it to final_name()."""
    try:
        temp = temp_file(folder)
    except OSError as exc:
        raise BackupError("backup_not_written", database=str(db_path), folder=str(folder),
                          reason=os_reason(exc)) from None
    try:
        fill(temp)
        problems = file_problems(temp, allow_newer=True, mmap=True)
        if problems:
            raise BackupError("backup_failed_check", database=str(db_path), problems=problems)
        fsync(temp)
        final = final_name()
        os.replace(temp, final)
    except sqlite3.Error as exc:
        raise BackupError("backup_failed", database=str(db_path), reason=sqlite_reason(exc)) from None
    except OSError as exc:
        raise BackupError("backup_not_written", database=str(db_path), folder=str(folder),
                          reason=os_reason(exc)) from None
    finally:
        remove_temp(temp)
    fsync_dir(folder)
    return final


def copy_database(source_path: Path, temp: Path, conn: sqlite3.Connection | None) -> None:
    """SQLite's online backup, in one step: a consistent snapshot even while others write
    (in WAL mode readers never block writers)."""
    source = conn if conn is not None else open_read_only(source_path)
    try:
        with closing(sqlite3.connect(temp, isolation_level=None)) as dest:
            source.backup(dest, progress=_give_up_when_busy(source_path))
            # The copied header says WAL; a backup must be one file on its own.
            dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        if source is not conn:
            source.close()


def _give_up_when_busy(path: Path) -> Callable[[int, int, int], None]:
    """Python retries a busy backup step forever; stop after the usual busy timeout."""
    started = time.monotonic()

    def progress(status: int, remaining: int, total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and \
                time.monotonic() - started > BUSY_TIMEOUT_MS / 1000:
            raise BackupError("database_stayed_locked", path=str(path))

    return progress


def free_name(folder: Path, stem: str, taken_at: datetime, reason: str) -> Path:
    """`<stem>-<UTC stamp>-<reason>.db` in `folder`, numbered -2, -3 ... when it is taken."""
    base = f"{stem}-{taken_at.astimezone(UTC).strftime(STAMP_FORMAT)}-{reason}"
    candidate, number = folder / f"{base}.db", 2
    while candidate.exists():
        candidate, number = folder / f"{base}-{number}.db", number + 1
    return candidate
