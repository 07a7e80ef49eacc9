"""Merging two records that are one (a pair from db.dedupe.duplicates), and undoing an operation.

A merge is one operation (one op id in the change log): the kept record gets the chosen
values, every reference to the dropped record moves to the kept one through the services
(so the change log records each move and the search index follows), and the dropped record
is soft-deleted with a "merge" entry naming the record it went into.

undo_operation reverses any operation (a merge, an import, a single edit) from its change-log
entries, newest first, as a new operation: the log is never rewritten.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from typing import Any

from db import models as m
from db.entities import MAIN_ENTITIES, SPECS
from db.services import KnowledgeBase, NotFoundError, Service

log = logging.getLogger(__name__)

MERGEABLE = ("contact", "organisation")

# Per entity: the (table, column) pairs that refer to it, and the columns that together with
# the referring column make two rows the same link (None: such rows are never duplicates).
_REFERENCES: dict[str, tuple[tuple[str, str, tuple[str, ...] | None], ...]] = {
    "contact": (
        ("affiliation", "contact_id", ("organisation_id", "role")),
        ("project_party", "contact_id", ("project_id", "role")),
        ("membership", "contact_id", ("network_id", "role")),
        ("activity_link", "contact_id", ("activity_id", "role")),
        ("follow_up", "owner_id", None),
    ),
    "organisation": (
        ("affiliation", "organisation_id", ("contact_id", "role")),
        ("project_party", "organisation_id", ("project_id", "role")),
        ("membership", "organisation_id", ("network_id", "role")),
        ("activity_link", "organisation_id", ("activity_id", "role")),
        ("project", "coordinator_id", None),
        ("network", "coordinator_id", None),
        ("organisation", "parent_id", None),
    ),
}
# A field whose value is a default rather than information: the other record's value wins.
_DEFAULTS = {"organisation": {"kind": "annan"}}
NOTES_SEPARATOR = "\n\n"


@dataclass
class MergeResult:
    op_id: str
    keep_id: str
    drop_id: str
    changes: m.Changes
    moved: int  # references moved from the dropped record to the kept one
    duplicates_removed: int = 0  # moved links the kept record already had (soft-deleted instead)


# --- merge -----------------------------------------------------------------------------------


def merge_records(kb: KnowledgeBase, entity: str, keep_id: str, drop_id: str,
                  choices: dict[str, Any] | None = None) -> MergeResult:
    """Merge `drop_id` into `keep_id` (two contacts or two organisations) in one operation.

    choices: field -> value for the kept record (e.g. the other's title). Without a choice a
    field keeps the kept record's value, or takes the dropped one's where the kept one is
    empty; e-mails and phones are the union (the kept record's first), notes are joined.
    Raises ValueError for a record merged with itself, records of another kind, an unknown
    or deleted record, or an unknown field in choices; ValidationError for an invalid choice.
    Nothing is written unless everything is."""
    if entity not in MERGEABLE:
        raise ValueError(f"only contacts and organisations can be merged, not '{entity}'")
    if keep_id == drop_id:
        raise ValueError(f"cannot merge {_a(entity)} with itself")
    service = kb.service(entity)
    changes = m.Changes()
    with kb.transaction():
        op_id = kb.op_id
        keep = _live_record(kb, service, entity, keep_id, "to keep")
        drop = _live_record(kb, service, entity, drop_id, "to merge into the other")
        merged = _merged(kb, entity, keep, drop, choices or {})
        changes.merge(service.update(merged).changes)
        moved, removed = _move_references(kb, entity, keep_id, drop_id, changes)
        changes.merge(service.delete(drop_id).changes)
        kb.log(entity, drop_id, "merge", None, {"merged_into": keep_id})
    log.info("merged %s %s into %s: %d references moved, %d duplicate links removed",
             entity, drop_id, keep_id, moved, removed)
    return MergeResult(op_id or "", keep_id, drop_id, changes, moved, removed)


def _live_record(kb: KnowledgeBase, service: Service, entity: str, row_id: str, role: str) -> m.Record:
    try:
        record = service.get(row_id)
    except NotFoundError:
        for other in MAIN_ENTITIES:
            if other != entity and kb.service(other).exists(row_id):
                raise ValueError(f"the two records are of different types ({other} and {entity}): "
                                 "only two records of the same kind can be merged") from None
        raise ValueError(f"there is no {entity} with id {row_id}") from None
    if record.deleted_at is not None:
        raise ValueError(f"the {entity} {role} is deleted; restore it before merging")
    return record


def _a(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


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
        raise ValueError(f"{_a(entity)} has no field '{unknown[0]}' to choose")
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
    if entity == "organisation":
        values["parent_id"] = _parent_for_kept(kb, keep.id, drop, values["parent_id"],
                                               explicit="parent_id" in choices)
    return replace(keep, **values)


def _parent_for_kept(kb: KnowledgeBase, keep_id: str, drop: m.Organisation, parent_id: str | None,
                     *, explicit: bool) -> str | None:
    """Never the kept organisation itself nor the one merged away (its own parent takes its
    place); a default that would make a cycle is dropped (an explicit one fails validation)."""
    if parent_id == drop.id:
        parent_id = drop.parent_id
    if parent_id == keep_id:
        return None
    if parent_id and not explicit and keep_id in _ancestors(kb, parent_id):
        return None
    return parent_id


def _ancestors(kb: KnowledgeBase, org_id: str) -> set[str]:
    """The organisation and every organisation above it."""
    seen: set[str] = set()
    current: str | None = org_id
    while current and current not in seen:
        seen.add(current)
        row = kb.db.execute("SELECT parent_id FROM organisation WHERE id = ?", [current]).fetchone()
        current = row[0] if row else None
    return seen


def _move_references(kb: KnowledgeBase, entity: str, keep_id: str, drop_id: str,
                     changes: m.Changes) -> tuple[int, int]:
    """Point every live reference to drop at keep; returns (moved, duplicates removed)."""
    moved = removed = 0
    for table, column, identity in _REFERENCES[entity]:
        service = kb.service(table)
        have = ({tuple(getattr(row, c) for c in identity) for row in service.list({column: keep_id})}
                if identity else set())
        for row in service.list({column: drop_id}):
            if table == entity and row.id == keep_id:
                continue  # the kept record's own parent was settled with its fields
            if identity:
                key = tuple(getattr(row, c) for c in identity)
                if key in have:
                    changes.merge(service.delete(row.id).changes)
                    removed += 1
                    continue
                have.add(key)
            target: str | None = keep_id
            if table == "organisation" and row.id in _ancestors(kb, keep_id):
                target = None  # the child is above the kept organisation: it would be its own ancestor
            changes.merge(service.update(replace(row, **{column: target})).changes)
            moved += 1
    for note in kb.notes.list({"entity_type": entity, "entity_id": drop_id}):
        changes.merge(kb.notes.update(replace(note, entity_id=keep_id)).changes)
        moved += 1
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


# --- undo ------------------------------------------------------------------------------------


def undo_operation(kb: KnowledgeBase, op_id: str) -> m.Changes:
    """Reverse one operation from its change-log entries, newest first, in one new operation:
    an update gets its earlier values back, a create is soft-deleted, a delete or a merge is
    restored, a restore is deleted again. Raises ValueError, naming the kind of record, when a
    row the operation touched has changed since (or the operation cannot be undone)."""
    entries = kb.db.execute_returning_dicts(
        "SELECT seq, entity, row_id, action, before FROM change_log WHERE op_id = ? ORDER BY seq", [op_id])
    if not entries:
        raise ValueError(f"there is no operation with id {op_id}")
    _check_undoable(kb, entries)
    changes = m.Changes()
    with kb.transaction():
        for entry in reversed(entries):
            changes.merge(_reverse(kb, entry))
    log.info("undid operation %s (%d change-log entries)", op_id, len(entries))
    return changes


def _check_undoable(kb: KnowledgeBase, entries: list[dict[str, Any]]) -> None:
    last: dict[tuple[str, str], int] = {}
    for entry in entries:
        if entry["entity"] not in SPECS:
            raise ValueError(f"cannot undo changes to '{entry['entity']}'")
        if entry["action"] not in _REVERSERS:
            raise ValueError(f"cannot undo a '{entry['action']}' of {_a(entry['entity'])}")
        last[(entry["entity"], entry["row_id"])] = entry["seq"]
    for (entity, row_id), seq in last.items():
        later = kb.db.execute("SELECT 1 FROM change_log WHERE entity = ? AND row_id = ? AND seq > ? LIMIT 1",
                              [entity, row_id, seq]).fetchone()
        if later:
            raise ValueError(f"cannot undo: {_a(entity)} that this operation changed has been changed since")
    # A record the operation created may since have been linked by another operation (a tag
    # used again, a contact put in a project): deleting it would cut that link.
    touched = {row_id for _, row_id in last}
    for entry in entries:
        if entry["action"] in ("create", "import"):
            for table, row_id in _referrers(kb, entry["entity"], entry["row_id"]):
                if row_id not in touched:
                    raise ValueError(f"cannot undo: the {entry['entity']} that this operation created is now "
                                     f"used elsewhere ({table})")


def _referrers(kb: KnowledgeBase, entity: str, row_id: str) -> list[tuple[str, str]]:
    """The live rows that refer to a record: (table, id)."""
    found = []
    for table, spec in SPECS.items():
        for column, target in spec.references.items():
            if target == entity:
                found += [(table, r[0]) for r in kb.db.execute(
                    f"SELECT id FROM [{table}] WHERE [{column}] = ? AND deleted_at IS NULL", [row_id])]
    if entity in MAIN_ENTITIES:
        for table in ("note", "tagging"):
            found += [(table, r[0]) for r in kb.db.execute(
                f"SELECT id FROM [{table}] WHERE entity_type = ? AND entity_id = ? AND deleted_at IS NULL",
                [entity, row_id])]
    return found


def _reverse(kb: KnowledgeBase, entry: dict[str, Any]) -> m.Changes:
    service = kb.service(entry["entity"])
    return _REVERSERS[entry["action"]](service, entry)


def _put_back(service: Service, entry: dict[str, Any]) -> m.Changes:
    before = json.loads(entry["before"]) if entry["before"] else {}
    fields = set(m.data_fields(service.spec.cls))
    record = replace(service.get(entry["row_id"]), **{k: v for k, v in before.items() if k in fields})
    return service.update(record).changes


def _soft_delete(service: Service, entry: dict[str, Any]) -> m.Changes:
    return service.delete(entry["row_id"]).changes


def _restore(service: Service, entry: dict[str, Any]) -> m.Changes:
    return service.restore(entry["row_id"]).changes


# action -> what reverses it (a merge entry's record was also soft-deleted in the same operation)
_REVERSERS = {
    "create": _soft_delete,
    "import": _soft_delete,
    "update": _put_back,
    "delete": _restore,
    "merge": _restore,
    "restore": _soft_delete,
}
