"""A record with everything linked to it: what a record page shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from db import models as m
from db.collation import sv_key
from db.entities import ACTIVITY_TARGETS, SPECS

# The expression that names a row of each main entity (from the registry).
TITLE_SQL = {table: spec.title_sql for table, spec in SPECS.items() if spec.title_sql}


@dataclass
class Linked:
    """One link from the record to another record, through a link row."""

    link_table: str  # affiliation, project_party, membership, activity_link, or a column name
    link_id: str | None  # the link row, when there is one (to edit or remove it)
    entity: str
    entity_id: str
    title: str
    role: str | None = None
    from_date: str | None = None
    to_date: str | None = None


@dataclass
class Details:
    entity: str
    record: m.Record
    links: list[Linked] = field(default_factory=list)
    activities: list[m.Activity] = field(default_factory=list)
    follow_ups: list[m.FollowUp] = field(default_factory=list)
    notes: list[m.Note] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)

    def linked(self, entity: str) -> list[Linked]:
        return [link for link in self.links if link.entity == entity]


def title_of(kb, entity: str, row_id: str | None, *, include_deleted: bool = True) -> str | None:
    if not row_id:
        return None
    live = "" if include_deleted else " AND deleted_at IS NULL"
    row = kb.db.execute(f"SELECT {TITLE_SQL[entity]} FROM [{entity}] WHERE id = ?{live}", [row_id]).fetchone()
    return row[0] if row else None


# link table -> (its id columns, (role, from, to) columns or None)
_LINK_TABLES = {
    "affiliation": (["contact_id", "organisation_id"], ("role", "from_date", "to_date")),
    "project_party": (["project_id", "organisation_id", "contact_id"], ("role", None, None)),
    "membership": (["network_id", "organisation_id", "contact_id"], ("role", "from_date", "to_date")),
}


def _via_link_tables(kb, entity: str, row_id: str) -> list[Linked]:
    own = f"{entity}_id"
    found: list[Linked] = []
    for table, (columns, (role, start, end)) in _LINK_TABLES.items():
        if own not in columns:
            continue
        others = [c for c in columns if c != own]
        extra = ", ".join(f"l.{c}" if c else "NULL" for c in (role, start, end))
        for other in others:
            target = other[:-3]
            sql = (f"SELECT l.id, l.{other}, {TITLE_SQL[target]}, {extra}"
                   f" FROM {table} l JOIN [{target}] t ON t.id = l.{other}"
                   f" WHERE l.{own} = ? AND l.deleted_at IS NULL AND t.deleted_at IS NULL")
            for link_id, target_id, title, r, f, t in kb.db.execute(sql, [row_id]):
                found.append(Linked(table, link_id, target, target_id, title, r, f, t))
    return found


def _by_column(kb, link_name: str, entity: str, where_column: str, row_id: str,
               role: str | None = None) -> list[Linked]:
    sql = (f"SELECT id, {TITLE_SQL[entity]} FROM [{entity}] WHERE {where_column} = ? AND deleted_at IS NULL")
    return [Linked(link_name, None, entity, rid, title, role) for rid, title in kb.db.execute(sql, [row_id])]


def _reference(kb, link_name: str, entity: str, target_id: str | None, role: str | None = None) -> list[Linked]:
    title = title_of(kb, entity, target_id, include_deleted=False)  # a deleted target is no link
    return [Linked(link_name, None, entity, target_id, title, role)] if title is not None else []


def _activities(kb, entity: str, row_id: str) -> list[m.Activity]:
    if entity not in ACTIVITY_TARGETS:
        return []
    rows = kb.db.execute_returning_dicts(
        f"SELECT DISTINCT a.* FROM activity a JOIN activity_link l ON l.activity_id = a.id"
        f" WHERE l.{entity}_id = ? AND l.deleted_at IS NULL AND a.deleted_at IS NULL"
        " ORDER BY a.starts DESC", [row_id])
    return [kb.activities.from_row(r) for r in rows]


def erased_participants(kb, activity_id: str) -> int:
    """How many participants of an activity were erased (its links to the placeholder)."""
    return kb.activity_links.count({"activity_id": activity_id, "contact_id": m.ERASED_CONTACT_ID})


def details(kb, entity: str, row_id: str) -> Details:
    """The record and its linked records; raises NotFoundError for an unknown id."""
    record = kb.service(entity).get(row_id)
    result = Details(entity, record)
    links = result.links
    if entity == "activity":
        for link in kb.activity_links.list({"activity_id": row_id}):
            for target in ACTIVITY_TARGETS:
                target_id = getattr(link, f"{target}_id")
                if target_id and kb.service(target).exists(target_id, include_deleted=False):
                    links.append(Linked("activity_link", link.id, target, target_id,
                                        title_of(kb, target, target_id), link.role))
        result.follow_ups = kb.follow_ups.list({"activity_id": row_id})
    else:
        links.extend(_via_link_tables(kb, entity, row_id))
        result.activities = _activities(kb, entity, row_id)
    if entity == "organisation":
        links.extend(_reference(kb, "parent_id", "organisation", record.parent_id, "moderorganisation"))
        links.extend(_by_column(kb, "parent_id", "organisation", "parent_id", row_id, "dotterorganisation"))
        links.extend(_by_column(kb, "coordinator_id", "project", "coordinator_id", row_id, "koordinator"))
        links.extend(_by_column(kb, "coordinator_id", "network", "coordinator_id", row_id, "koordinator"))
    elif entity == "project":
        links.extend(_reference(kb, "call_id", "call", record.call_id))
        links.extend(_reference(kb, "coordinator_id", "organisation", record.coordinator_id, "koordinator"))
    elif entity == "call":
        links.extend(_by_column(kb, "call_id", "project", "call_id", row_id))
    elif entity == "network":
        links.extend(_reference(kb, "parent_id", "network", record.parent_id, "huvudnätverk"))
        links.extend(_by_column(kb, "parent_id", "network", "parent_id", row_id, "delnätverk"))
        links.extend(_reference(kb, "coordinator_id", "organisation", record.coordinator_id, "koordinator"))
    elif entity == "contact":
        # Open follow-ups the contact owns, of activities that are not deleted.
        owned = kb.follow_ups.list({"owner_id": row_id, "done_at": None})
        live = {a.id for a in kb.activities.list({"id": [f.activity_id for f in owned]})} if owned else set()
        result.follow_ups = [f for f in owned if f.activity_id in live]
    links.sort(key=lambda link: (link.entity, sv_key(link.title)))
    result.notes = kb.notes.for_entity(entity, row_id)
    result.tags = kb.tags.names_for(entity, row_id)
    return result
