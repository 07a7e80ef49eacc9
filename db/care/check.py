"""`check`: is a database file sound? Read-only: it never changes the file.

A damaged file (a page that is not what it should be) is a problem the check reports, never an
error it stops on; `find_damage` is the same test for the app's start-up (PRAGMA quick_check)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from db import collation
from db.connection import DatabaseError, is_damage, read_only_uri, read_schema_version
from db.entities import SPECS
from db.schema import SCHEMA_VERSION

DAMAGED = "the database file is damaged: run restore from a backup"


def check_database(path: Path) -> tuple[list[str], list[str]]:
    """(facts, problems): problems is empty for a sound database."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError("no_such_database_file", path=str(path))
    try:
        version = read_schema_version(path)
    except DatabaseError as exc:
        if exc.code == "not_a_database":  # no SQLite header: another kind of file, or its first page damaged
            return [], [f"no SQLite header: if this was a database, {DAMAGED} ({exc.params.get('detail')})"]
        if exc.code != "database_damaged_at":
            raise
        return [], [f"{DAMAGED} ({exc.params.get('detail')})"]
    facts, problems = [f"schema version {version} (this app: {SCHEMA_VERSION})"], []
    if version != SCHEMA_VERSION:
        problems.append(f"schema version is {version}, expected {SCHEMA_VERSION}"
                        + (" (open it with the app once to migrate)" if version < SCHEMA_VERSION else ""))
    with closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
        collation.register(conn)
        try:
            _check(conn, version, facts, problems)
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            problems.append(f"{DAMAGED} ({exc})")
    return facts, problems


def _check(conn: sqlite3.Connection, version: int, facts: list[str], problems: list[str]) -> None:
    """The checks proper; a page too damaged to be read stops them with SQLite's error."""
    integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        problems.append(DAMAGED)
        problems.extend(f"integrity_check: {line}" for line in integrity[:20])
        return  # what follows would read the damaged pages
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()[:20]:
        problems.append(f"foreign_key_check: {table} row {rowid} refers to a missing {parent}")
    if version == SCHEMA_VERSION:
        problems.extend(_json_columns(conn))
        facts.extend(_counts(conn))


def find_damage(path: Path) -> DatabaseError | None:
    """database_damaged_at when SQLite's quick_check finds a damaged page (it reads every page once:
    under a second for a file of 600 MB), else None; a file that is no database at all is left to
    open_database to name. Changes nothing."""
    path = Path(path)
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as conn:
            lines = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            return None
        return DatabaseError("database_damaged_at", path=str(path), detail=str(exc))
    if lines != ["ok"]:
        return DatabaseError("database_damaged_at", path=str(path), detail="; ".join(lines))
    return None


def _json_columns(conn: sqlite3.Connection) -> list[str]:
    problems = []
    for table, spec in SPECS.items():
        for name in spec.json_fields:
            for row_id, value in conn.execute(f"SELECT id, [{name}] FROM [{table}]"):
                try:
                    ok = isinstance(json.loads(value), list)
                except (TypeError, ValueError):
                    ok = False
                if not ok:
                    problems.append(f"{table} {row_id}: field {name} is not a JSON list")
    return problems


def _counts(conn: sqlite3.Connection) -> list[str]:
    parts = []
    for table in (*SPECS, "change_log"):
        parts.append(f"{table} {conn.execute(f'SELECT count(*) FROM [{table}]').fetchone()[0]}")
    return ["rows: " + ", ".join(parts)]
