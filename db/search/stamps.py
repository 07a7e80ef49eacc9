"""Stamps: what a document was made from, so verify can tell a stale document without rebuilding
it. A document's stamp hashes its row's updated_at and, for each of its link tables and its tags,
the newest updated_at and the row count."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from db.search.rows import chunks, marks

# Rows that are not documents themselves but show up in one: (table, column naming the parent, parent type).
LINK_PARENTS = {
    "affiliation": (("contact_id", "contact"),),
    "project_party": (("project_id", "project"),),
    "membership": (("network_id", "network"),),
    "activity_link": (("activity_id", "activity"),),
    "follow_up": (("activity_id", "activity"),),
}

# The tables whose rows a document is made of besides its own (and taggings, tags), by type.
_LINK_TABLES: dict[str, list[tuple[str, str]]] = {}
for _table, _columns in LINK_PARENTS.items():
    for _column, _parent in _columns:
        _LINK_TABLES.setdefault(_parent, []).append((_table, _column))


def _stamp_sql(entity: str) -> str:
    parts = ["r.updated_at"]
    for table, column in _LINK_TABLES.get(entity, ()):
        parts.append(f"(SELECT max(updated_at) || '#' || count(*) FROM [{table}] WHERE [{column}] = r.id)")
    parts.append("(SELECT max(max(g.updated_at, t.updated_at)) || '#' || count(*) FROM tagging g"
                 f" JOIN tag t ON t.id = g.tag_id WHERE g.entity_type = '{entity}' AND g.entity_id = r.id)")
    expression = " || '|' || ".join(f"coalesce({part}, '')" for part in parts)
    return f"SELECT r.id, {expression} FROM [{entity}] r WHERE r.deleted_at IS NULL"


def row_stamps(conn: Any, entity: str, ids: Iterable[str] | None = None) -> dict[str, str]:
    """{id: stamp} of the live rows of one document type (all, or those among `ids`).

    A stamp changes whenever the document's own rows change: the row's updated_at, and for
    its link rows (affiliations of a contact, parties of a project, members of a network,
    links and follow-ups of an activity) and its taggings and their tags the newest
    updated_at and how many there are (a soft delete bumps updated_at, a hard delete the
    count). Names of other records that a document shows are not in it: when one changes,
    that record's own document is stale, and repairing it rewrites the documents showing
    its name (as a live write does). Rows changed with plain SQL that leaves updated_at
    alone cannot be told apart (nor can two writes within one millisecond)."""
    sql = _stamp_sql(entity)
    if ids is None:
        rows = conn.execute(sql).fetchall()
    else:
        rows = []
        for chunk in chunks(ids):
            rows.extend(conn.execute(f"{sql} AND r.id IN ({marks(chunk)})", chunk).fetchall())
    return {row_id: _digest(text) for row_id, text in rows}


def _digest(text: str) -> str:
    """16 hex digits instead of ~60 characters: the index keeps one per document."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()

