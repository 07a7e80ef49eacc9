"""The rows another computer would have after replaying this database's change log, and the same
rows read from the tables: a write that bypassed the change log makes the two differ.

    assert replayed(kb) == stored(kb)

Replay applies the entries in the order of their hybrid clock, as sharing will: a create (or
import) inserts the entry's fields, an update, delete or restore sets them, an erasure removes the
row; a merge entry sets the record's "merged into" (kept beside the rows: it is no column).
Timestamps of the row itself (created_at, updated_at, updated_by) are not compared: the entry's
own `at` and `author` stand for them.
"""

from __future__ import annotations

import json
from typing import Any

from db import models as m
from db.entities import SPECS
from db.schema import ENTITY_TABLES

Rows = dict[str, dict[str, dict[str, Any]]]


def _fields(table: str) -> tuple[str, ...]:
    return (*m.data_fields(SPECS[table].cls), "deleted_at")


def replayed(kb) -> Rows:
    """Every table's rows rebuilt from the change log alone: table -> id -> fields."""
    rows, _ = replay(kb)
    return rows


def merged_into(kb) -> dict[tuple[str, str], str]:
    """(entity, id) -> the record it was merged into, for every record merged and not unmerged."""
    _, merges = replay(kb)
    return {key: target for key, target in merges.items() if target is not None}


def replay(kb) -> tuple[Rows, dict[tuple[str, str], str | None]]:
    rows: Rows = {table: {} for table in ENTITY_TABLES}
    merges: dict[tuple[str, str], str | None] = {}
    entries = kb.db.execute_returning_dicts(
        "SELECT entity, row_id, action, before, after FROM change_log ORDER BY hlc")
    for entry in entries:
        table, row_id, action = entry["entity"], entry["row_id"], entry["action"]
        after = json.loads(entry["after"]) if entry["after"] else {}
        if action == "merge":
            merges[(table, row_id)] = after.get("merged_into")
            continue
        if action == "erase":
            rows[table].pop(row_id, None)
            continue
        known = _fields(table)
        unknown = set(after) - set(known)
        assert not unknown, f"{action} of {table} {row_id} names fields the table lacks: {unknown}"
        if action in ("create", "import"):
            assert row_id not in rows[table], f"{table} {row_id} created twice"
            rows[table][row_id] = {name: None for name in known} | after
        else:
            assert row_id in rows[table], f"{action} of {table} {row_id}, which the log never created"
            rows[table][row_id].update(after)
    return rows, merges


def stored(kb) -> Rows:
    """Every table's rows as the tables hold them (decoded the way the services read them)."""
    out: Rows = {}
    for table in ENTITY_TABLES:
        service = kb.service(table)
        out[table] = {}
        for row in kb.db.execute_returning_dicts(f"SELECT * FROM [{table}]"):
            record = service.from_row(row)
            out[table][record.id] = {name: getattr(record, name) for name in _fields(table)}
    return out


def differences(kb) -> list[str]:
    """What differs between the replayed and the stored rows, one line each (for assert messages)."""
    found = []
    again, now = replayed(kb), stored(kb)
    for table in ENTITY_TABLES:
        for row_id in sorted(set(again[table]) | set(now[table])):
            a, b = again[table].get(row_id), now[table].get(row_id)
            if a != b:
                detail = ("missing from the log" if a is None else "missing from the table" if b is None else
                          {k: (a[k], b[k]) for k in a if a[k] != b[k]})
                found.append(f"{table} {row_id}: {detail}")
    return found
