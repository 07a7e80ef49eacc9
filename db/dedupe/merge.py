"""Merging two records that are one (a pair from db.dedupe.duplicates).

A merge is one operation (one op id in the change log): the kept record gets the chosen
values, every reference to the dropped record moves to the kept one through the services
(so the change log records each move and the search index follows), the dropped record is
soft-deleted, and a "merge" entry says where it went: before {"merged_into": None}, after
{"merged_into": <kept id>}. Undoing the merge (db.undo) writes the inverse entry.

    result = merge_records(kb, "contact", keep_id, drop_id, {"title": "Strateg"})
    merged_into(kb, "contact", drop_id) == keep_id
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from typing import Any

from db import models as m
from db.entities import MAIN_ENTITIES, MERGEABLE, SPECS
from db.errors import UserError
from db.services import KnowledgeBase, NotFoundError, Service

log = logging.getLogger(__name__)

MERGED_INTO = "merged_into"
# A field whose value is a default rather than information: the other record's value wins.
_DEFAULTS = {"organisation": {"kind": "annan"}}
NOTES_SEPARATOR = "\n\n"


class MergeRefused(UserError, ValueError):
    """The two records cannot be merged (codes: merge_not_mergeable, merge_with_itself,
    merge_different_kinds, no_such_record, merge_kept_deleted, merge_dropped_deleted,
    merge_unknown_field)."""


@dataclass
class MergeResult:
    op_id: str
    keep_id: str
    drop_id: str
    changes: m.Changes
    moved: int  # references moved from the dropped record to the kept one
    duplicates_removed: int = 0  # moved links the kept record already had (soft-deleted instead)


@dataclass(frozen=True)
class Reference:
    """A column that refers to a record of the merged kind. `identity`: the columns that, with this
    one, make two rows the same link (a link row connects the same records in the same role);
    None for rows that are never duplicates of each other (a project's coordinator, a follow-up's owner)."""

    table: str
    column: str
    identity: tuple[str, ...] | None


def references_to(entity: str) -> tuple[Reference, ...]:
    """Every column of the registry (db.entities) that refers to `entity`."""
    found = []
    for table, spec in SPECS.items():
        fields = m.data_fields(spec.cls)
        is_link = table not in MAIN_ENTITIES and "role" in fields
        for column, target in spec.references.items():
            if target == entity:
                identity = (*(c for c in spec.references if c != column), "role") if is_link else None
                found.append(Reference(table, column, identity))
    return tuple(found)


def merged_into(kb: KnowledgeBase, entity: str, row_id: str) -> str | None:
    """The record this one was merged into, or None (never merged, or undone): its merge entry with
    the newest clock (the newest wins, as for any field, whichever computer wrote it)."""
    row = kb.db.execute("SELECT after FROM change_log WHERE entity = ? AND row_id = ? AND action = 'merge'"
                        " ORDER BY hlc DESC LIMIT 1", [entity, row_id]).fetchone()
    if row is None or not row[0]:
        return None
    return json.loads(row[0]).get(MERGED_INTO)


# --- merge -----------------------------------------------------------------------------------


def merge_records(kb: KnowledgeBase, entity: str, keep_id: str, drop_id: str,
                  choices: dict[str, Any] | None = None) -> MergeResult:
    """Merge `drop_id` into `keep_id` (two records of a mergeable kind) in one operation.

    choices: field -> value for the kept record (e.g. the other's title). Without a choice a
    field keeps the kept record's value, or takes the dropped one's where the kept one is
    empty; e-mails and phones are the union (the kept record's first), notes are joined.
    Raises MergeRefused for a record merged with itself, records of another kind, an unknown
    or deleted record, or an unknown field in choices; ValidationError for an invalid choice.
    Nothing is written unless everything is."""
    if entity not in MERGEABLE:
        raise MergeRefused("merge_not_mergeable", entity=entity, entities=list(MERGEABLE))
    if keep_id == drop_id:
        raise MergeRefused("merge_with_itself", entity=entity)
    service = kb.service(entity)
    changes = m.Changes()
    with kb.transaction():
        op_id = kb.op_id
        keep = _live_record(kb, service, entity, keep_id, kept=True)
        drop = _live_record(kb, service, entity, drop_id, kept=False)
        merged = _merged(kb, entity, keep, drop, choices or {})
        changes.merge(service.update(merged).changes)
        moved, removed = _move_references(kb, entity, keep_id, drop_id, changes)
        changes.merge(service.delete(drop_id).changes)
        kb.log(entity, drop_id, "merge", {MERGED_INTO: None}, {MERGED_INTO: keep_id})
    log.info("merged %s %s into %s: %d references moved, %d duplicate links removed",
             entity, drop_id, keep_id, moved, removed)
    return MergeResult(op_id or "", keep_id, drop_id, changes, moved, removed)


def _live_record(kb: KnowledgeBase, service: Service, entity: str, row_id: str, *, kept: bool) -> m.Record:
    try:
        record = service.get(row_id)
    except NotFoundError:
        for other in MAIN_ENTITIES:
            if other != entity and kb.service(other).exists(row_id):
                raise MergeRefused("merge_different_kinds", entity=entity, other_entity=other) from None
        raise MergeRefused("no_such_record", entity=entity, id=row_id) from None
    if record.deleted_at is not None:
        raise MergeRefused("merge_kept_deleted" if kept else "merge_dropped_deleted", entity=entity)
    return record


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _union(first: list[str], second: list[str], fold=lambda x: x) -> list[str]:
    seen, out = set(), []
    for value in [*(first or []), *(second or [])]:
        if fold(value) not in seen:
            seen.add(fold(value))
            out.append(value)
    return out


def _joined_notes(keep: str | None, drop: str | None) -> str | None:
    if _empty(keep) or _empty(drop) or keep.strip() == drop.strip():
        return drop if _empty(keep) else keep
    return f"{keep}{NOTES_SEPARATOR}{drop}"


def _merged(kb: KnowledgeBase, entity: str, keep: m.Record, drop: m.Record, choices: dict[str, Any]) -> m.Record:
    """The kept record with the default merge of both records' fields and the choices."""
    names = m.data_fields(type(keep))
    unknown = [name for name in choices if name not in names]
    if unknown:
        raise MergeRefused("merge_unknown_field", entity=entity, value=unknown[0])
    defaults = _DEFAULTS.get(entity, {})
    values: dict[str, Any] = {}
    for name in names:
        mine, theirs = getattr(keep, name), getattr(drop, name)
        if name == "emails":
            values[name] = _union(mine, theirs, str.lower)
        elif name == "phones":
            values[name] = _union(mine, theirs)
        elif name == "notes":
            values[name] = _joined_notes(mine, theirs)
        elif isinstance(mine, bool):
            values[name] = mine or theirs
        elif _empty(mine) or (name in defaults and mine == defaults[name]):
            values[name] = mine if _empty(theirs) else theirs
        else:
            values[name] = mine
    values.update(choices)
    if _has_parents(entity):
        values["parent_id"] = _parent_for_kept(kb, entity, keep.id, drop, values["parent_id"],
                                               explicit="parent_id" in choices)
    return replace(keep, **values)


def _has_parents(entity: str) -> bool:
    """Do records of this kind sit in a tree of their own (an organisation's parent organisation)?"""
    return SPECS[entity].references.get("parent_id") == entity


def _parent_for_kept(kb: KnowledgeBase, entity: str, keep_id: str, drop: m.Record, parent_id: str | None,
                     *, explicit: bool) -> str | None:
    """Never the kept record itself nor the one merged away (its own parent takes its place);
    a default that would make a cycle is dropped (an explicit one fails validation)."""
    if parent_id == drop.id:
        parent_id = drop.parent_id
    if parent_id == keep_id:
        return None
    if parent_id and not explicit and keep_id in _ancestors(kb, entity, parent_id):
        return None
    return parent_id


def _ancestors(kb: KnowledgeBase, table: str, row_id: str) -> set[str]:
    """The record and every record above it."""
    seen: set[str] = set()
    current: str | None = row_id
    while current and current not in seen:
        seen.add(current)
        row = kb.db.execute(f"SELECT parent_id FROM [{table}] WHERE id = ?", [current]).fetchone()
        current = row[0] if row else None
    return seen


def _move_references(kb: KnowledgeBase, entity: str, keep_id: str, drop_id: str,
                     changes: m.Changes) -> tuple[int, int]:
    """Point every live reference to drop at keep; returns (moved, duplicates removed)."""
    moved = removed = 0
    for ref in references_to(entity):
        counts = _move_column(kb, ref, entity, keep_id, drop_id, changes)
        moved, removed = moved + counts[0], removed + counts[1]
    for note in kb.notes.list({"entity_type": entity, "entity_id": drop_id}):
        changes.merge(kb.notes.update(replace(note, entity_id=keep_id)).changes)
        moved += 1
    counts = _move_taggings(kb, entity, keep_id, drop_id, changes)
    return moved + counts[0], removed + counts[1]


def _move_column(kb: KnowledgeBase, ref: Reference, entity: str, keep_id: str, drop_id: str,
                 changes: m.Changes) -> tuple[int, int]:
    """The rows whose `ref.column` names drop, moved to keep; a link keep already has is
    soft-deleted instead. Returns (moved, duplicates removed)."""
    service = kb.service(ref.table)
    identity = ref.identity or ()
    have = {tuple(getattr(row, c) for c in identity) for row in service.list({ref.column: keep_id})} \
        if identity else set()
    moved = removed = 0
    for row in service.list({ref.column: drop_id}):
        if ref.table == entity and row.id == keep_id:
            continue  # the kept record's own parent was settled with its fields
        if identity:
            key = tuple(getattr(row, c) for c in identity)
            if key in have:
                changes.merge(service.delete(row.id).changes)
                removed += 1
                continue
            have.add(key)
        target: str | None = keep_id
        if ref.table == entity and ref.column == "parent_id" and row.id in _ancestors(kb, entity, keep_id):
            target = None  # the child is above the kept record: it would be its own ancestor
        changes.merge(service.update(replace(row, **{ref.column: target})).changes)
        moved += 1
    return moved, removed


def _move_taggings(kb: KnowledgeBase, entity: str, keep_id: str, drop_id: str,
                   changes: m.Changes) -> tuple[int, int]:
    moved = removed = 0
    for tagging in kb.taggings.list({"entity_type": entity, "entity_id": drop_id}):
        # tagging is UNIQUE (tag, entity) over deleted rows too: the kept record's own row wins.
        own = kb.taggings.list({"tag_id": tagging.tag_id, "entity_type": entity, "entity_id": keep_id},
                               deleted="include")
        if own:
            changes.merge(kb.taggings.restore(own[0].id).changes)
            changes.merge(kb.taggings.delete(tagging.id).changes)
            removed += 1
        else:
            changes.merge(kb.taggings.update(replace(tagging, entity_id=keep_id)).changes)
            moved += 1
    return moved, removed
