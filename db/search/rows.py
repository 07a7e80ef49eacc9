"""The SQL reads the index's documents and stamps are made from: rows by id, in chunks of CHUNK
ids (SQLite limits the parameters of one statement), through any connection (the knowledge
base's, or a read-only one of verify's own)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

CHUNK = 500


def rows(conn: Any, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def marks(ids: list[str]) -> str:
    """"?, ?, ?" for an IN (...) of these ids."""
    return ", ".join("?" * len(ids))


def chunks(ids: Iterable[str | None]) -> Iterator[list[str]]:
    """The distinct ids (None left out), sorted, CHUNK at a time."""
    wanted = sorted({i for i in ids if i})
    for start in range(0, len(wanted), CHUNK):
        yield wanted[start:start + CHUNK]


def live(conn: Any, table: str, ids: list[str]) -> list[dict[str, Any]]:
    return rows(conn, f"SELECT * FROM [{table}] WHERE id IN ({marks(ids)}) AND deleted_at IS NULL", ids)


def existing(conn: Any, table: str, ids: list[str]) -> set[str]:
    """The ids that have a row, deleted or not."""
    found: set[str] = set()
    for chunk in chunks(ids):
        found.update(r[0] for r in conn.execute(f"SELECT id FROM [{table}] WHERE id IN ({marks(chunk)})", chunk))
    return found


def tags(conn: Any, entity: str, ids: list[str]) -> dict[str, list[str]]:
    """{id: names of its live tags, sorted}."""
    found: dict[str, list[str]] = {}
    for row in rows(conn, "SELECT g.entity_id, t.name FROM tagging g JOIN tag t ON t.id = g.tag_id"
                    f" WHERE g.entity_type = ? AND g.entity_id IN ({marks(ids)})"
                    " AND g.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY t.name", [entity, *ids]):
        found.setdefault(row["entity_id"], []).append(row["name"])
    return found


def org_names(conn: Any, ids: Iterable[str | None]) -> dict[str, tuple[str, str | None]]:
    """{id: (name, short name)} of the live organisations among `ids`."""
    found: dict[str, tuple[str, str | None]] = {}
    for chunk in chunks(ids):
        for row in rows(conn, f"SELECT id, name, short_name FROM organisation WHERE id IN ({marks(chunk)})"
                        " AND deleted_at IS NULL", chunk):
            found[row["id"]] = (row["name"], row["short_name"])
    return found


def titles(conn: Any, table: str, column: str, ids: Iterable[str | None]) -> dict[str, str]:
    """{id: the SQL expression `column`} of the live rows of `table` among `ids`."""
    found: dict[str, str] = {}
    for chunk in chunks(ids):
        for row in rows(conn, f"SELECT id, {column} AS title FROM [{table}] WHERE id IN ({marks(chunk)})"
                        " AND deleted_at IS NULL", chunk):
            found[row["id"]] = row["title"]
    return found
