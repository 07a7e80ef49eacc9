"""Opening a database: pragmas, Swedish collation, schema migrations, file permissions."""

from __future__ import annotations

import logging
import os
import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from db import collation
from db.errors import CodedError
from db.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

def _busy_timeout_ms(default: int = 15_000) -> int:
    """How long a write waits for another program's lock; KUNSKAPSBANKEN_BUSY_TIMEOUT_MS shortens it (tests)."""
    try:
        return max(0, int(os.environ.get("KUNSKAPSBANKEN_BUSY_TIMEOUT_MS", default)))
    except ValueError:
        return default


BUSY_TIMEOUT_MS = _busy_timeout_ms()


class DatabaseError(CodedError):
    """A database that cannot be opened as it is; the code says why."""


class SchemaTooNewError(DatabaseError):
    pass


def _secure(path: Path) -> None:
    """Files holding personal data are readable by their owner alone."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if candidate.exists():
                os.chmod(candidate, 0o600)
        except OSError as exc:
            log.warning("could not restrict permissions of %s: %s", candidate.name, exc)


def read_schema_version(path: Path) -> int:
    """The file's user_version, read without changing a byte of it (except rolling back what a
    killed process left half-written: SQLite would do that on any write connection).

    A SQLite file of another program (version 0 with tables in it) is refused here,
    before anything could switch it to WAL."""
    try:
        version, foreign = _peek(path)
    except sqlite3.DatabaseError as exc:
        if not _left_by_a_crash(path, exc):
            raise DatabaseError("not_a_database", path=str(path), detail=str(exc)) from None
        _roll_back(path)
        try:
            version, foreign = _peek(path)
        except sqlite3.DatabaseError as again:
            raise DatabaseError("not_a_database", path=str(path), detail=str(again)) from None
    if foreign:
        raise DatabaseError("foreign_database", path=str(path))
    return version


def _peek(path: Path) -> tuple[int, bool]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        return version, version == 0 and _has_foreign_tables(conn)


def _left_by_a_crash(path: Path, exc: sqlite3.DatabaseError) -> bool:
    """A hot journal (a process killed mid-transaction on a file in rollback-journal mode, e.g.
    while it was being created or switched to WAL): a read-only connection cannot roll it back."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith("SQLITE_READONLY") and any(
        Path(f"{path}{suffix}").exists() for suffix in ("-journal", "-wal"))


def _roll_back(path: Path) -> None:
    log.info("rolling back a transaction left unfinished by a stopped process")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA user_version").fetchone()


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    rows = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()
    return rows[0] > 0


def backup_copy(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(target)) as dest:
        conn.backup(dest)
    _secure(target)
    return target


def migrate(conn: sqlite3.Connection, path: Path | None, target: int = SCHEMA_VERSION) -> int:
    """Run the missing steps, each in its own transaction. Returns the new version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == 0 and _has_foreign_tables(conn):
        raise DatabaseError("foreign_database", path=str(path))
    if version > 0 and version < target and path is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = backup_copy(conn, path.with_name(f"{path.stem}.v{version}-{stamp}.bak{path.suffix}"))
        log.info("schema %d -> %d: backup written to %s", version, target, copy.name)
    for number in range(version + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("migrated schema to version %d", number)
    return max(version, target)


def _connect(path: Path | str) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    collation.register(conn)
    return conn


def open_database(path: Path | str, *, create: bool = True, target: int = SCHEMA_VERSION) -> Database:
    """Open (and if needed create and migrate) a database file.

    A file written by a newer version of the app is refused before anything is changed.
    """
    if str(path) == ":memory:":
        conn = _connect(":memory:")
        migrate(conn, None, target)
        _ensure_device_id(conn)
        return Database(conn)
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if not existed and not create:
        raise DatabaseError("no_such_database", path=str(path))
    if existed:
        version = read_schema_version(path)
        if version > SCHEMA_VERSION:
            raise SchemaTooNewError(
                "schema_too_new", path=str(path), version=version, supported=SCHEMA_VERSION
            )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Created readable by the owner alone from the first byte (SQLite gives -wal/-shm the same mode).
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    conn = _connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn, path if existed else None, target)
        _ensure_device_id(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError("cannot_open_database", path=str(path), detail=str(exc)) from None
    except BaseException:
        conn.close()
        raise
    _secure(path)
    return Database(conn)


def _ensure_device_id(conn: sqlite3.Connection) -> None:
    if conn.execute("SELECT 1 FROM meta WHERE key = 'device_id'").fetchone() is None:
        conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('device_id', ?)", (uuid.uuid4().hex[:12],))
        conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('created_at', ?)",
                     (datetime.now(UTC).isoformat(timespec="seconds"),))
