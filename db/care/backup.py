"""Backups of the database file, their rotation, and restoring one.

A backup is one self-contained SQLite file (journal mode DELETE) written through SQLite's
online backup API, so it can be taken while the app writes. It is written to a temporary
file in the target folder, checked (integrity_check, our schema), flushed to disk and only
then renamed to its final name: nothing half-written ever carries a backup's name.

File names sort by time: `<stem>-2026-11-27T081500-<reason>.db`. The stamp is UTC (a
backup taken at 09:15 Swedish winter time is named T081500), so the order survives
daylight-saving changes; rotation counts days, weeks and months in local time.
Two backups in the same second get `-2`, `-3` ... after the reason.

Files are readable by their owner alone (0600) and the backup folder is 0700.
Nothing here logs personal data: only file names, sizes and times.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from db import collation
from db.connection import BUSY_TIMEOUT_MS, DatabaseError, _secure
from db.paths import default_backup_dir, private_dir
from db.schema import SCHEMA_VERSION, STEP_3

log = logging.getLogger(__name__)

REASONS = ("auto", "manual", "pre-import", "pre-restore", "pre-migration")
# Backups taken just before a risky step are kept this long whatever the rotation says.
SAFETY_REASONS = ("pre-restore", "pre-migration")
SAFETY_KEEP = timedelta(days=30)
AUDIT_SCHEMA_VERSION = 3  # the schema step that adds the audit table
AUDIT_COLUMNS = ("id", "at", "author", "action", "entity", "row_id", "details")
LOCK_TIMEOUT_S = 2.0  # how long a restore waits for the database before calling it in use
STALE_TEMP_AGE_S = 24 * 3600
# Memory-mapped reads make integrity_check about 1.4x faster on large files. Only for the
# copies we just wrote to local disk: a read error in a mapped file kills the process.
VERIFY_MMAP_BYTES = 1 << 30

SQLITE_HEADER = b"SQLite format 3\x00"
TEMP_PREFIX = ".kb-backup-"
TEMP_SUFFIX = ".tmp"
STAMP_FORMAT = "%Y-%m-%dT%H%M%S"
_NAME = re.compile(r"(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{6})-(?P<reason>"
                   + "|".join(re.escape(r) for r in REASONS) + r")(?:-(?P<n>\d+))?\.db")


class BackupError(DatabaseError):
    """A backup that could not be taken, or a file that cannot be restored; the message says why."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC, whole seconds
    reason: str
    size: int


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


# --- taking a backup -----------------------------------------------------------------------------


def backup_now(db_path: Path, folder: Path | None = None, *, reason: str = "manual", target: Path | None = None,
               conn: sqlite3.Connection | None = None) -> BackupInfo:
    """Copy the database into `folder` (default: its backup folder in the user data folder),
    or into exactly `target`. `conn`: copy through this open connection (the app's own, on
    the thread that owns it) instead of a fresh read-only one."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason '{reason}' (one of: {', '.join(REASONS)})")
    if conn is not None and conn.in_transaction:
        raise ValueError("a backup cannot be taken inside an open transaction of the same connection")
    db_path = Path(db_path)
    if conn is None and not db_path.is_file():
        raise BackupError(f"{db_path}: no such database file")
    if target is not None:
        target = Path(target)
        if not target.parent.is_dir():
            raise BackupError(f"{target.parent}: no such folder")
        if target.exists():
            raise BackupError(f"{target}: the file already exists; choose another name")
        out_folder = target.parent
    else:
        out_folder = private_dir(Path(folder) if folder is not None else default_backup_dir(db_path))
    return _take_backup(db_path, out_folder, target, reason, conn)


def _take_backup(db_path: Path, folder: Path, target: Path | None, reason: str,
                 conn: sqlite3.Connection | None) -> BackupInfo:
    taken_at = datetime.now(UTC).replace(microsecond=0)
    started = time.perf_counter()
    final = _write_verified(folder, lambda temp: _copy(db_path, temp, conn),
                            lambda: target or _free_name(folder, db_path.stem, taken_at, reason),
                            what=f"the backup of {db_path}")
    size = final.stat().st_size
    log.info("backup written: %s (%d bytes, %.1f s)", final.name, size, time.perf_counter() - started)
    return BackupInfo(final, taken_at, reason, size)


def _write_verified(folder: Path, fill: Callable[[Path], None], final_name: Callable[[], Path], *,
                    what: str) -> Path:
    """Fill a temp file in `folder`, verify it, flush it, then rename it to final_name()."""
    try:
        temp = _temp_file(folder)
    except OSError as exc:
        raise BackupError(f"{what} could not be written in {folder}: {exc.strerror or exc}") from None
    try:
        fill(temp)
        problems = _problems(temp, allow_newer=True, mmap=True)
        if problems:
            raise BackupError(f"{what} failed its check ({'; '.join(problems)}); nothing was kept")
        _fsync(temp)
        final = final_name()
        os.replace(temp, final)
    except sqlite3.Error as exc:
        raise BackupError(f"{what} failed: {exc}; nothing was kept") from None
    except OSError as exc:
        raise BackupError(f"{what} could not be written in {folder}: {exc.strerror or exc}") from None
    finally:
        _remove_temp(temp)
    _fsync_dir(folder)
    return final


def _copy(source_path: Path, temp: Path, conn: sqlite3.Connection | None) -> None:
    """SQLite's online backup, in one step: a consistent snapshot even while others write
    (in WAL mode readers never block writers)."""
    source = conn if conn is not None else _open_read_only(source_path)
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
            raise BackupError(f"{path}: the database stayed locked by another program; try again later")

    return progress


def _open_read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    collation.register(conn)
    return conn


def _temp_file(folder: Path) -> Path:
    handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)  # mode 0600
    os.close(handle)
    return Path(name)


def _remove_temp(temp: Path) -> None:
    for path in (temp, *_side_files(temp)):
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("could not remove the temporary file %s: %s", path.name, exc)


def _side_files(path: Path) -> tuple[Path, ...]:
    return tuple(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal"))


def _free_name(folder: Path, stem: str, taken_at: datetime, reason: str) -> Path:
    base = f"{stem}-{taken_at.astimezone(UTC).strftime(STAMP_FORMAT)}-{reason}"
    candidate, number = folder / f"{base}.db", 2
    while candidate.exists():
        candidate, number = folder / f"{base}-{number}.db", number + 1
    return candidate


def _fsync(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX only; elsewhere the OS does not offer it)."""
    if os.name != "posix":
        return
    try:
        _fsync(folder)
    except OSError as exc:
        log.warning("could not flush the folder %s: %s", folder, exc)


# --- checking a file -----------------------------------------------------------------------------


def verify_backup(path: Path) -> list[str]:
    """The problems that keep this file from being restored; an empty list means it is good.
    Read-only: the file is not changed."""
    return _problems(Path(path))


def _problems(path: Path, *, allow_newer: bool = False, mmap: bool = False) -> list[str]:
    if not path.is_file():
        return ["no such file"]
    with open(path, "rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        return ["the file is empty" if not header else "not a SQLite database file"]
    try:
        with closing(_open_read_only(path)) as conn:
            return _database_problems(conn, allow_newer, mmap)
    except sqlite3.DatabaseError as exc:
        return [f"the file is damaged ({' '.join(str(exc).split())})"]


def _database_problems(conn: sqlite3.Connection, allow_newer: bool, mmap: bool) -> list[str]:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == 0 or not _has_table(conn, "meta"):
        return ["not a Kunskapsbanken database (it belongs to another program or is empty)"]
    problems = []
    if version > SCHEMA_VERSION and not allow_newer:
        problems.append(f"its schema version {version} is newer than this app understands ({SCHEMA_VERSION}); "
                        "update the app first")
    integrity = _integrity_check(conn, mmap)
    if integrity != ["ok"]:
        # A row may hold several lines, some of them headings ("*** in database main ***").
        lines = [line for row in integrity for line in row.splitlines() if line and not line.startswith("***")]
        problems.append(f"the file is damaged (integrity_check: {'; '.join(lines[:3])})")
    return problems


def _integrity_check(conn: sqlite3.Connection, mmap: bool) -> list[str]:
    """What PRAGMA integrity_check says, checked on two cores: quick_check (every page, b-tree,
    record, NOT NULL and CHECK) plus integrity_check(table) for each table (its indexes against
    its rows, UNIQUE) cover the same ground as one integrity_check, in ~60 % of its time on the
    benchmark database. "ok" alone when all is well."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                         " AND name NOT LIKE 'sqlite_%'")]
    groups: list[list[str]] = [["(quick)"], []]
    weights = [_weight(conn, None), 0]
    for table, weight in sorted(((t, _weight(conn, t)) for t in tables), key=lambda tw: -tw[1]):
        lighter = weights.index(min(weights))
        groups[lighter].append(table)
        weights[lighter] += weight

    def run(group: list[str]) -> list[str]:
        with closing(_open_read_only(Path(path))) as own:
            if mmap:
                own.execute(f"PRAGMA mmap_size = {VERIFY_MMAP_BYTES}")
            found: list[str] = []
            for name in group:
                sql = "PRAGMA quick_check(20)" if name == "(quick)" else f"PRAGMA integrity_check([{name}])"
                found += [row[0] for row in own.execute(sql) if row[0] != "ok"]
            return found

    with ThreadPoolExecutor(max_workers=2) as pool:
        problems = [line for found in pool.map(run, groups) for line in found]
    return problems or ["ok"]


def _weight(conn: sqlite3.Connection, table: str | None) -> int:
    """A cheap size estimate for sharing the check out: rows times (1 + indexes); the quick
    check counts as a quarter of the whole file."""
    if table is None:
        return conn.execute("PRAGMA page_count").fetchone()[0] * 20 // 4
    rows = conn.execute(f"SELECT coalesce(max(rowid), 0) FROM [{table}]").fetchone()[0]
    indexes = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = ?",
                           [table]).fetchone()[0]
    return rows * (1 + indexes)


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


# --- listing and rotation ------------------------------------------------------------------------


def parse_backup_name(name: str) -> tuple[datetime, str, int] | None:
    """(taken_at in UTC, reason, number) of a backup file name; None for any other name."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return taken_at, match["reason"], int(match["n"] or 1)


def read_backup_info(path: Path) -> BackupInfo:
    """What the file's name says about it; a file named otherwise (an `-o` copy) is dated by
    its modification time."""
    path = Path(path)
    stat = path.stat()
    parsed = parse_backup_name(path.name)
    if parsed is None:
        return BackupInfo(path, datetime.fromtimestamp(int(stat.st_mtime), UTC), "manual", stat.st_size)
    return BackupInfo(path, parsed[0], parsed[1], stat.st_size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in a folder, newest first; files not named like a backup are ignored."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        parsed = parse_backup_name(entry.name)
        if parsed is None:
            continue
        try:
            if not entry.is_file():
                continue
            stat = entry.stat()
        except OSError:  # removed meanwhile
            continue
        taken_at, reason, number = parsed
        # Within one second the file written last is the newest.
        found.append(((taken_at, number, stat.st_mtime_ns, entry.name),
                      BackupInfo(entry, taken_at, reason, stat.st_size)))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [info for _, info in found]


def rotate(folder: Path, *, daily: int = 7, weekly: int = 4, monthly: int = 12,
           now: datetime | None = None) -> list[Path]:
    """Grandfather-father-son: keep the newest backup of each of the last `daily` days, the
    last `weekly` ISO weeks and the last `monthly` months (today, this week and this month
    count), the newest backup of all, and pre-restore / pre-migration backups younger than
    30 days. Removes the rest (and temporary files a crash left behind); returns what it removed.
    A naive `now` is local time."""
    for name, value in (("daily", daily), ("weekly", weekly), ("monthly", monthly)):
        if value < 0:
            raise ValueError(f"{name} must be 0 or more, not {value}")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    backups = list_backups(folder)
    keep = backups_to_keep(backups, daily=daily, weekly=weekly, monthly=monthly, now=now)
    removed = []
    for info in backups:
        if info.path in keep:
            continue
        try:
            info.path.unlink()
            removed.append(info.path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("could not remove the old backup %s: %s", info.path.name, exc)
    removed.extend(_remove_stale_temps(Path(folder)))
    if removed:
        log.info("rotation removed %d file(s) from %s", len(removed), folder)
    return removed


def backups_to_keep(backups: list[BackupInfo], *, daily: int, weekly: int, monthly: int,
                    now: datetime) -> set[Path]:
    """The paths rotation keeps (backups newest first, as list_backups gives them)."""
    if not backups:
        return set()
    keep = {backups[0].path}
    today = now.astimezone().date()
    claimed: set[tuple] = set()
    for info in backups:  # newest first: the first backup seen in a bucket is its newest
        age = now - info.taken_at
        if age < timedelta(0) or (info.reason in SAFETY_REASONS and age < SAFETY_KEEP):
            keep.add(info.path)  # from the future (a clock set back): not ours to judge
        for bucket in _buckets(info.taken_at.astimezone().date(), today, daily, weekly, monthly):
            if bucket not in claimed:
                claimed.add(bucket)
                keep.add(info.path)
    return keep


def _buckets(day: date, today: date, daily: int, weekly: int, monthly: int) -> Iterator[tuple]:
    if 0 <= (today - day).days < daily:
        yield ("day", day)
    monday = day - timedelta(days=day.weekday())
    if 0 <= (today - timedelta(days=today.weekday()) - monday).days // 7 < weekly:
        yield ("week", monday)
    if 0 <= (today.year - day.year) * 12 + today.month - day.month < monthly:
        yield ("month", day.year, day.month)


def _remove_stale_temps(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    removed, cutoff = [], time.time() - STALE_TEMP_AGE_S
    for entry in folder.glob(f"{TEMP_PREFIX}*"):
        try:
            if entry.is_file() and entry.stat().st_mtime < cutoff:
                entry.unlink()
                removed.append(entry)
        except OSError as exc:
            log.warning("could not remove the leftover file %s: %s", entry.name, exc)
    return removed


def auto_backup(db_path: Path, folder: Path | None = None, *, min_age: timedelta = timedelta(hours=20),
                conn: sqlite3.Connection | None = None) -> BackupInfo | None:
    """Take an "auto" backup when the newest backup (any reason) is older than min_age or
    there is none, then rotate. None when no backup was due."""
    folder = Path(folder) if folder is not None else default_backup_dir(db_path)
    backups = list_backups(folder)
    now = datetime.now(UTC)
    # A newest backup dated in the future means the clock went back: do not wait for it.
    if backups and timedelta(0) <= now - backups[0].taken_at < min_age:
        return None
    info = backup_now(db_path, folder, reason="auto", conn=conn)
    rotate(folder, now=now)
    return info


# --- restoring -----------------------------------------------------------------------------------


def restore_backup(backup: Path, db_path: Path, *, folder: Path | None = None,
                   user: str | None = None) -> RestoreResult:
    """Replace the database file with a backup, safely.

    The backup is verified first; the current database gets a "pre-restore" backup (into
    `folder`, default its backup folder); the copy is verified beside the database and then
    renamed over it while an exclusive lock proves that no one else has it open. The search
    index folder is removed (rebuilt on next open); an older schema is migrated on next open.
    Audit rows (erasures, extracts) of the current database are carried into the restored one.
    """
    backup, db_path = Path(backup), Path(db_path)
    if not backup.is_file():
        raise BackupError(f"{backup}: no such backup file")
    if db_path.exists() and os.path.samefile(backup, db_path):
        raise BackupError(f"{backup} is the database itself; choose a backup file")
    if not db_path.parent.is_dir():
        raise BackupError(f"{db_path.parent}: no such folder")
    problems = verify_backup(backup)
    if problems:
        raise BackupError(f"{backup} cannot be restored: {'; '.join(problems)}. Nothing was changed")
    state = _current_state(db_path)
    info = read_backup_info(backup)
    try:
        # The lock first: a database in use is refused before any copying.
        with _exclusive(db_path, state) as held:
            safety, erased_ids, pending = _replace(backup, db_path, info, held, state, folder, user)
        for stale in _side_files(db_path):
            stale.unlink(missing_ok=True)
    except sqlite3.Error as exc:
        raise BackupError(f"restoring {backup} failed: {exc}") from None
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        raise BackupError(f"restoring {backup} failed: {where}{exc.strerror or exc}") from None
    _secure(db_path)
    _fsync_dir(db_path.parent)
    _remove_index(db_path)
    log.info("restored %s from %s (taken %s)", db_path.name, backup.name, info.taken_at.isoformat())
    return RestoreResult(backup, safety, erased_ids, pending)


def _replace(backup: Path, db_path: Path, info: BackupInfo, held: _Held, state: str, folder: Path | None,
             user: str | None) -> tuple[Path | None, list[str], list[dict[str, Any]]]:
    """Under the lock: a verified copy of the backup beside the database, the safety backup,
    the audit rows carried over, then the rename."""
    temp = _temp_file(db_path.parent)
    try:
        _copy(backup, temp, None)
        problems = _problems(temp, mmap=True)
        if problems:
            raise BackupError(f"the copy of {backup} failed its check ({'; '.join(problems)}). Nothing was changed")
        safety = _safety_backup(db_path, folder, state, held)
        carried = _read_audit(held.conn) if state == "ours" and held.conn is not None else []
        erased_ids, pending = _carry_audit(temp, carried, info, user)
        _fsync(temp)
        for stale in _side_files(db_path):  # a stale -wal would be replayed into the new file
            stale.unlink(missing_ok=True)
        os.replace(temp, db_path)
    finally:
        _remove_temp(temp)
    return safety, erased_ids, pending


def _current_state(db_path: Path) -> str:
    """"missing" (nothing worth keeping), "ours" or "damaged"; a foreign file is refused."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return "missing"
    with open(db_path, "rb") as f:
        if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return "damaged"
    try:
        with closing(_open_read_only(db_path)) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
            ours = _has_table(conn, "meta") and version > 0
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):
            raise BackupError(f"{db_path}: the database is in use; close the app first") from None
        return "damaged"
    except sqlite3.DatabaseError:
        return "damaged"
    if ours:
        return "ours"
    if tables == 0:
        return "missing"
    raise BackupError(f"{db_path} is not a Kunskapsbanken database (it belongs to another program); "
                      "it was not replaced")


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
            if isinstance(exc, sqlite3.OperationalError) and _is_busy(exc):
                raise BackupError(f"{db_path}: the database is in use; close the app first") from None
            if state == "ours":
                raise
            log.warning("the damaged database could not be locked (%s); replacing it anyway", exc)
        file = open(db_path, "rb")  # closed below, after the lock
        yield _Held(conn, file)
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        conn.close()
        if file is not None:
            file.close()


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def _safety_backup(db_path: Path, folder: Path | None, state: str, held: _Held) -> Path | None:
    """A "pre-restore" byte copy of the held database, as it is (a damaged one too: it may
    still hold something worth rescuing). Not checked: it is exactly what was there."""
    if state == "missing" or held.file is None:
        return None
    out = private_dir(Path(folder) if folder is not None else default_backup_dir(db_path))
    taken_at = datetime.now(UTC).replace(microsecond=0)
    temp = _temp_file(out)
    try:
        held.file.seek(0)
        with open(temp, "wb") as dest:
            shutil.copyfileobj(held.file, dest, 1 << 20)
        _fsync(temp)
        final = _free_name(out, db_path.stem, taken_at, "pre-restore")
        os.replace(temp, final)
    except OSError as exc:
        raise BackupError(f"the safety backup of {db_path} could not be written in {out}: "
                          f"{exc.strerror or exc}. Nothing was changed") from None
    finally:
        _remove_temp(temp)
    _fsync_dir(out)
    log.info("safety backup written: %s", final.name)
    return final


def _read_audit(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    if not _has_table(conn, "audit"):
        return []
    rows = conn.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit ORDER BY seq")
    return [dict(zip(AUDIT_COLUMNS, row, strict=True)) for row in rows]


def _carry_audit(temp: Path, carried: list[dict[str, Any]], info: BackupInfo,
                 user: str | None) -> tuple[list[str], list[dict[str, Any]]]:
    """Write the current audit rows missing from the restored copy, and the restore itself,
    into the copy. Returns (erased contact ids present in the copy, rows it could not hold)."""
    restore_row = {"id": str(uuid.uuid4()), "at": _utc_now(), "author": user or _login_name(), "action": "restore",
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
            if not _has_table(conn, "audit"):
                for statement in STEP_3:
                    conn.execute(statement)
            placeholders = ", ".join("?" for _ in AUDIT_COLUMNS)
            conn.executemany(f"INSERT OR IGNORE INTO audit ({', '.join(AUDIT_COLUMNS)}) VALUES ({placeholders})",
                             [[row[c] for c in AUDIT_COLUMNS] for row in [*carried, restore_row]])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return erased_ids, []


def _existing_contacts(conn: sqlite3.Connection, ids: list[str]) -> set[str]:
    if not ids or not _has_table(conn, "contact"):
        return set()
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
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


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "okänd"
