"""Rows for the list views: display columns (with joins), filters, Swedish sorting, paging by id.

A list of 50,000 contacts is ordered once (ids only, sorted in Python with the sv key, which
is far faster than a Python collation inside SQLite's ORDER BY) and its rows are then read a
page at a time by id: the view never holds more than it shows.
"""

from __future__ import annotations

import re
from typing import Any

from db.collation import sv_key
from db.entities import SPECS, Column, text_filter
from db.models import ERASED_CONTACT_ID

# The list views' columns and default sort (column key, newest first) come from the registry.
COLUMNS: dict[str, tuple[Column, ...]] = {table: spec.columns for table, spec in SPECS.items() if spec.columns}
DEFAULT_SORT: dict[str, tuple[str, bool]] = {table: spec.default_sort for table, spec in SPECS.items()
                                             if spec.default_sort}
# Contacts sort by last name, then first name, when sorted by name.
_SORT_SQL = {("contact", "name"): "t.last_name || ' ' || t.first_name"}

# Filters beyond plain columns: key -> SQL condition with one parameter.
SPECIAL_FILTERS = {
    ("contact", "organisation_id"): "EXISTS (SELECT 1 FROM affiliation a WHERE a.contact_id = t.id"
                                    " AND a.organisation_id = ? AND a.deleted_at IS NULL)",
    ("contact", "network_id"): "EXISTS (SELECT 1 FROM membership s WHERE s.contact_id = t.id"
                               " AND s.network_id = ? AND s.deleted_at IS NULL)",
    ("organisation", "network_id"): "EXISTS (SELECT 1 FROM membership s WHERE s.organisation_id = t.id"
                                    " AND s.network_id = ? AND s.deleted_at IS NULL)",
    ("activity", "year"): "substr(t.starts, 1, 4) = ?",
}


def _column(entity: str, key: str) -> Column:
    for column in COLUMNS[entity]:
        if column.key == key:
            return column
    raise ValueError(f"the {entity} list has no column '{key}'")


def _where(entity: str, text: str | None, filters: dict[str, Any] | None, deleted: str) -> tuple[str, list]:
    spec = SPECS[entity]
    clauses, params = [], []
    if deleted == "exclude":
        clauses.append("t.deleted_at IS NULL")
    elif deleted == "only":
        clauses.append("t.deleted_at IS NOT NULL")
    if entity == "contact":
        clauses.append("t.id != ?")
        params.append(ERASED_CONTACT_ID)
    for name, value in (filters or {}).items():
        if value in (None, ""):
            continue
        special = SPECIAL_FILTERS.get((entity, name))
        if special:
            clauses.append(special)
        elif name in {f for f in spec.cls.__dataclass_fields__}:
            clauses.append(f"t.[{name}] = ?")
        else:
            raise ValueError(f"the {entity} list cannot be filtered on '{name}'")
        params.append(int(value) if isinstance(value, bool) else value)
    words, word_params = text_filter(spec.text_fields, text, "t.")
    clauses += words
    params += word_params
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def ordered_ids(kb, entity: str, *, text: str | None = None, filters: dict[str, Any] | None = None,
                sort: str | None = None, descending: bool | None = None, deleted: str = "exclude") -> list[str]:
    """The ids of the matching rows, in display order."""
    default_key, default_desc = DEFAULT_SORT[entity]
    sort = sort or default_key
    descending = default_desc if descending is None else descending
    column = _column(entity, sort)
    expression = _SORT_SQL.get((entity, sort), column.sql)
    clause, params = _where(entity, text, filters, deleted)
    rows = kb.db.execute(f"SELECT t.id, {expression} FROM [{entity}] t{clause}", params).fetchall()
    empty = [r[0] for r in rows if r[1] is None or r[1] == ""]
    filled = [r for r in rows if not (r[1] is None or r[1] == "")]
    if column.kind in ("number", "year", "amount"):
        filled.sort(key=lambda r: (r[1], r[0]), reverse=descending)
        ordered = [r[0] for r in filled]
    else:
        # One string per row (sort key, NUL, id): compared in C, far faster than tuples.
        text_key = (lambda v: str(v)) if column.kind == "date" else (lambda v: sv_key(str(v)))
        keyed = sorted((text_key(value) + "\x00" + row_id, row_id) for row_id, value in filled)
        ordered = [row_id for _, row_id in (reversed(keyed) if descending else keyed)]
    empty.sort()
    return ordered + empty  # empty values last, either way


def rows_by_id(kb, entity: str, ids: list[str]) -> list[dict[str, Any]]:
    """The display columns (plus id and deleted_at) of these rows, in the order given."""
    if not ids:
        return []
    columns = ", ".join(f"{c.sql} AS [{c.key}]" for c in COLUMNS[entity])
    marks = ", ".join("?" * len(ids))
    found = {row["id"]: row for row in kb.db.execute_returning_dicts(
        f"SELECT t.id AS id, t.deleted_at AS deleted_at, {columns} FROM [{entity}] t WHERE t.id IN ({marks})", ids)}
    return [found[i] for i in ids if i in found]


_TABLE_IN_SQL = re.compile(r"\b(?:FROM|JOIN)\s+\[?(\w+)")


def tables_read(entity: str) -> frozenset[str]:
    """The tables an entity's list rows come from: its own and those its columns look up (the
    contact list's Organisation column reads affiliation and organisation), read from the
    columns' SQL in the registry so that a new column is never missed."""
    found = {entity}
    for column in COLUMNS[entity]:
        found.update(_TABLE_IN_SQL.findall(column.sql))
    return frozenset(found)
