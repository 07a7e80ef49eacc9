"""Full-fidelity JSON export of a whole knowledge base: every table and the change log.

    export_json(kb, Path("allt.json"))

Export, restore into an empty database (db.interchange.json_restore), export again: the two files
are identical.
"""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import Any

from db.atomic_file import write_atomically
from db.entities import SPECS
from db.schema import ENTITY_TABLES, SCHEMA_VERSION
from db.services import KnowledgeBase

FORMAT = "kunskapsbanken"
LOG_TABLE = "change_log"
LOG_COLUMNS = ("seq", "id", "op_id", "hlc", "device_id", "author", "at", "entity", "row_id",
               "action", "before", "after")
TABLES = (*ENTITY_TABLES, LOG_TABLE)


def columns(table: str) -> tuple[str, ...]:
    if table == LOG_TABLE:
        return LOG_COLUMNS
    return tuple(f.name for f in fields(SPECS[table].cls))


def _decode(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A database row -> its JSON form (lists as lists, flags as booleans)."""
    if table == LOG_TABLE:
        return {k: row[k] for k in LOG_COLUMNS}
    spec = SPECS[table]
    out = {k: row[k] for k in columns(table)}
    for name in spec.json_fields:
        out[name] = json.loads(out[name])
    for name in spec.bool_fields:
        out[name] = bool(out[name])
    return out


def export_data(kb: KnowledgeBase) -> dict[str, Any]:
    tables = {}
    for table in TABLES:
        order = "seq" if table == LOG_TABLE else "id"
        rows = kb.db.execute_returning_dicts(f"SELECT * FROM [{table}] ORDER BY {order}")
        tables[table] = [_decode(table, row) for row in rows]
    return {"format": FORMAT, "schema_version": SCHEMA_VERSION, "tables": tables}


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def export_json(kb: KnowledgeBase, path: Path) -> dict[str, int]:
    data = export_data(kb)
    write_atomically(path, dumps(data))
    return {table: len(rows) for table, rows in data["tables"].items()}
