"""`check`: is a database file sound? Read-only: it never changes the file."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from db import collation
from db.connection import DatabaseError, read_schema_version
from db.entities import SPECS
from db.schema import SCHEMA_VERSION


def check_database(path: Path) -> tuple[list[str], list[str]]:
    """(facts, problems): problems is empty for a sound database."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseError("no_such_database_file", path=str(path))
    version = read_schema_version(path)
    facts, problems = [f"schema version {version} (this app: {SCHEMA_VERSION})"], []
    if version != SCHEMA_VERSION:
        problems.append(f"schema version is {version}, expected {SCHEMA_VERSION}"
                        + (" (open it with the app once to migrate)" if version < SCHEMA_VERSION else ""))
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        collation.register(conn)
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.extend(f"integrity_check: {line}" for line in integrity[:20])
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchall()[:20]:
            problems.append(f"foreign_key_check: {table} row {rowid} refers to a missing {parent}")
        if version == SCHEMA_VERSION:
            problems.extend(_json_columns(conn))
            facts.extend(_counts(conn))
    return facts, problems


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
