"""Low-level handling of the SQLite files that backups and restores write: read-only connections,
private temporary files beside their final place, flushing to disk, and the side files
(-wal, -shm, -journal) a database file may have."""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from pathlib import Path

from db import collation
from db.connection import BUSY_TIMEOUT_MS

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
TEMP_PREFIX = ".kb-backup-"
TEMP_SUFFIX = ".tmp"


def open_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    collation.register(conn)
    return conn


def read_header(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(len(SQLITE_HEADER))


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def temp_file(folder: Path) -> Path:
    """A new, empty temporary file in `folder`, readable by its owner alone (mkstemp: 0600)."""
    handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
    os.close(handle)
    return Path(name)


def remove_temp(temp: Path) -> None:
    for path in (temp, *side_files(temp)):
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("could not remove the temporary file %s: %s", path.name, exc)


def side_files(path: Path) -> tuple[Path, ...]:
    return tuple(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))


def fsync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX only; elsewhere the OS does not offer it)."""
    if os.name != "posix":
        return
    try:
        fsync(folder)
    except OSError as exc:
        log.warning("could not flush the folder %s: %s", folder, exc)
