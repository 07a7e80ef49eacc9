"""Checking a backup file before it is kept or restored: is it a sound Kunskapsbanken database
this app can open? Read-only: the file is never changed.

The reasons are Messages (codes): backup_missing, backup_empty, backup_not_sqlite,
backup_damaged (SQLite's text), backup_integrity_failed (integrity_check's first lines),
backup_not_ours, backup_schema_too_new.
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path

from db.care.sqlite_files import SQLITE_HEADER, has_table, open_read_only, read_header
from db.errors import Message
from db.schema import SCHEMA_VERSION

# Memory-mapped reads make integrity_check about 1.4x faster on large files. Only for the
# copies we just wrote to local disk: a read error in a mapped file kills the process.
VERIFY_MMAP_BYTES = 1 << 30
INTEGRITY_LINES = 3  # integrity_check's lines named in the reason


def verify_backup(path: Path) -> list[Message]:
    """The problems that keep this file from being restored; an empty list means it is good."""
    return file_problems(Path(path))


def file_problems(path: Path, *, allow_newer: bool = False, mmap: bool = False) -> list[Message]:
    """verify_backup, also for a copy just written: `allow_newer` accepts a newer schema (a
    backup of a newer app's file), `mmap` maps the file into memory (local copies only)."""
    if not path.is_file():
        return [Message("backup_missing")]
    header = read_header(path)
    if header != SQLITE_HEADER:
        return [Message("backup_not_sqlite" if header else "backup_empty")]
    try:
        with closing(open_read_only(path)) as conn:
            return _database_problems(conn, allow_newer, mmap)
    except sqlite3.DatabaseError as exc:
        return [Message("backup_damaged", {"detail": " ".join(str(exc).split())})]


def _database_problems(conn: sqlite3.Connection, allow_newer: bool, mmap: bool) -> list[Message]:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version == 0 or not has_table(conn, "meta"):
        return [Message("backup_not_ours")]
    problems = []
    if version > SCHEMA_VERSION and not allow_newer:
        problems.append(Message("backup_schema_too_new", {"version": version, "supported": SCHEMA_VERSION}))
    integrity = _integrity_check(conn, mmap)
    if integrity != ["ok"]:
        # A row may hold several lines, some of them headings ("*** in database main ***").
        lines = [line for row in integrity for line in row.splitlines() if line and not line.startswith("***")]
        problems.append(Message("backup_integrity_failed", {"detail": "; ".join(lines[:INTEGRITY_LINES])}))
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
        with closing(open_read_only(Path(path))) as own:
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
