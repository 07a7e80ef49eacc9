"""Opening a database: pragmas, Swedish collation, schema migrations, file permissions.

The user's permissions stand: a file whose owner may not write it (mode 0400, or one the system
refuses to let us write) is never made writable. A caller that only reads (`read_only=True`) gets
such a file opened read-only; a caller that writes is refused before anything is changed, as it is
when the folder cannot take the journal (-wal, -shm) SQLite writes beside the file.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import uuid
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from db import collation
from db.errors import CodedError
from db.schema import MIGRATIONS, SCHEMA_VERSION
from db.transactions import roll_back

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


_DAMAGED = (sqlite3.SQLITE_CORRUPT,)


def _secure(path: Path) -> None:
    """Files holding personal data are readable by their owner alone: group and other bits go, the
    owner's stay as the user set them (a 0400 file stays 0400; no bit is ever added)."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            mode = stat.S_IMODE(candidate.stat().st_mode)
            if mode & 0o077:
                os.chmod(candidate, mode & 0o700)
        except FileNotFoundError:
            continue
        except OSError as exc:
            log.warning("could not restrict permissions of %s: %s", candidate.name, exc)


def file_mode(path: Path) -> str:
    """The permission bits as the user sees them in ls -l's octal form ("0400")."""
    return f"{stat.S_IMODE(path.stat().st_mode):04o}"


def file_writable(path: Path) -> bool:
    """May this file be written, as its user set it? The owner's write bit AND the system's answer
    (root's access() says yes to every file, yet a 0400 file means "do not change" all the same)."""
    try:
        return bool(path.stat().st_mode & stat.S_IWUSR) and os.access(path, os.W_OK)
    except OSError:
        return False


def folder_writable(folder: Path) -> bool:
    """Can files be created in this folder (SQLite's -wal, -shm, -journal)? A read-only mount says no
    even to root."""
    return os.access(folder, os.W_OK | os.X_OK)


def require_writable(path: Path | str) -> None:
    """Refuse, before anything is changed, to write a database the user made read-only, or one in a
    folder that cannot take its journal."""
    path = Path(path)
    folder = path.absolute().parent
    if folder.is_dir() and not folder_writable(folder):
        raise DatabaseError("database_folder_not_writable", folder=str(folder), path=str(path))
    if path.exists() and not file_writable(path):
        raise DatabaseError("database_file_read_only", path=str(path), mode=file_mode(path))


def may_write(path: Path) -> bool:
    return file_writable(path) and folder_writable(path.absolute().parent)


def read_only_uri(path: Path) -> str:
    """The URI that reads the file without writing a byte of it. In a folder that cannot be written,
    SQLite cannot create the -shm a WAL reader needs: with no -wal (nothing committed outside the file,
    no writer connected) the file is read as immutable; with a -wal but no -shm it cannot be read."""
    path = Path(path)
    uri = f"{path.absolute().as_uri()}?mode=ro"
    folder = path.absolute().parent
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    if folder_writable(folder) or shm.exists():
        return uri
    if not wal.exists() or wal.stat().st_size == 0:
        return f"{uri}&immutable=1"
    raise DatabaseError("database_folder_not_writable", folder=str(folder), path=str(path))


def is_damage(exc: sqlite3.Error) -> bool:
    """Is this SQLite's report of a damaged file (a page that is not what it should be)?"""
    code = getattr(exc, "sqlite_errorcode", None)
    return (code is not None and code & 0xFF in _DAMAGED) or "malformed" in str(exc)


def is_read_only(db: Database) -> bool:
    """Was this database opened read-only (open_database(read_only=True) on a read-only file)?"""
    return bool(db.execute("PRAGMA query_only").fetchone()[0])


def read_schema_version(path: Path) -> int:
    """The file's user_version, read without changing a byte of it (except rolling back what a
    killed process left half-written, when the file may be written: SQLite would do that on any
    write connection; a read-only file with such a transaction is refused).

    A SQLite file of another program (version 0 with tables in it) is refused here,
    before anything could switch it to WAL."""
    path = Path(path)
    try:
        version, foreign = _peek(path)
    except sqlite3.DatabaseError as exc:
        if not _left_by_a_crash(path, exc):
            raise _unreadable(path, exc) from None
        if not may_write(path):
            raise DatabaseError("database_read_only_unfinished", path=str(path)) from None
        _roll_back(path)
        try:
            version, foreign = _peek(path)
        except sqlite3.DatabaseError as again:
            raise _unreadable(path, again) from None
    if foreign:
        raise DatabaseError("foreign_database", path=str(path))
    return version


def _unreadable(path: Path, exc: sqlite3.DatabaseError) -> DatabaseError:
    """Why SQLite could not read the file: damaged, no room for its journal, or not a database."""
    if is_damage(exc):
        return DatabaseError("database_damaged_at", path=str(path), detail=str(exc))
    folder = path.absolute().parent
    if getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_CANTOPEN and not folder_writable(folder):
        return DatabaseError("database_folder_not_writable", folder=str(folder), path=str(path))
    return DatabaseError("not_a_database", path=str(path), detail=str(exc))


def _peek(path: Path) -> tuple[int, bool]:
    with closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
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
            roll_back(conn)
            raise
        log.info("migrated schema to version %d", number)
    return max(version, target)


def _connect(path: Path | str, *, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False, uri=uri)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    collation.register(conn)
    return conn


def open_database(path: Path | str, *, create: bool = True, target: int = SCHEMA_VERSION,
                  read_only: bool = False) -> Database:
    """Open (and if needed create and migrate) a database file.

    A file written by a newer version of the app is refused before anything is changed. So is a
    file the user made read-only (or one in a folder that cannot be written), unless the caller
    only reads (`read_only`): then it is opened read-only (`is_read_only`), never migrated.
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
    if existed and read_only and not may_write(path):
        return _open_read_only(path, target)
    require_writable(path)
    if existed:
        _supported_version(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        require_writable(path)
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
        raise _cannot_open(path, exc) from None
    except BaseException:
        conn.close()
        raise
    _secure(path)
    return Database(conn)


def _supported_version(path: Path) -> int:
    """The file's schema version; a file written by a newer version of the app is refused."""
    version = read_schema_version(path)
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError("schema_too_new", path=str(path), version=version, supported=SCHEMA_VERSION)
    return version


def _cannot_open(path: Path, exc: sqlite3.DatabaseError) -> DatabaseError:
    if is_damage(exc):
        return DatabaseError("database_damaged_at", path=str(path), detail=str(exc))
    return DatabaseError("cannot_open_database", path=str(path), detail=str(exc))


def _open_read_only(path: Path, target: int) -> Database:
    """A file the user made read-only, for a caller that only reads: not a byte or bit of it changes."""
    version = _supported_version(path)
    if version < target:
        raise DatabaseError("database_read_only_old_schema", path=str(path), version=version, supported=target)
    conn = _connect(read_only_uri(path), uri=True)
    try:
        conn.execute("PRAGMA query_only = ON")
        if conn.execute("SELECT 1 FROM meta WHERE key = 'device_id'").fetchone() is None:
            raise DatabaseError("cannot_open_database", path=str(path), detail="no device id")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _cannot_open(path, exc) from None
    except BaseException:
        conn.close()
        raise
    log.info("database opened read-only: the file may not be written (mode %s)", file_mode(path))
    return Database(conn)


def _ensure_device_id(conn: sqlite3.Connection) -> None:
    if conn.execute("SELECT 1 FROM meta WHERE key = 'device_id'").fetchone() is None:
        conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('device_id', ?)", (uuid.uuid4().hex[:12],))
        conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('created_at', ?)",
                     (datetime.now(UTC).isoformat(timespec="seconds"),))
