"""Undoing an operation (a merge, an import, a single edit) from its change-log entries.

The entries are reversed newest first, in one new operation, through the services: an update gets
its earlier values back, a create (or an import) is soft-deleted, a delete is restored and a restore
deleted again; a merge entry ("merged into") gets its inverse entry (the merged record itself comes
back with its deletion undone). The log is never rewritten: the undo is an operation like any other,
so a computer replaying the log undoes it too, and undoing the undo redoes the operation.

    changes = undo_operation(kb, op_id)     # raises UndoRefused, with a code, writing nothing
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from db import models as m
from db.entities import MAIN_ENTITIES, SPECS
from db.errors import UserError
from db.services import KnowledgeBase, Service

log = logging.getLogger(__name__)


class UndoRefused(UserError, ValueError):
    """The operation cannot be undone (codes: undo_no_such_operation, undo_unknown_entity,
    undo_unsupported_action, undo_changed_since, undo_created_record_in_use)."""


def undo_operation(kb: KnowledgeBase, op_id: str) -> m.Changes:
    """Reverse one operation from its change-log entries, newest first, in one new operation.
    Refused (UndoRefused, nothing written) when a row the operation touched has changed since,
    when a record it created is used elsewhere now, or when an entry cannot be reversed."""
    entries = kb.db.execute_returning_dicts(
        "SELECT seq, entity, row_id, action, before, after FROM change_log WHERE op_id = ? ORDER BY seq", [op_id])
    if not entries:
        raise UndoRefused("undo_no_such_operation", id=op_id)
    _check_undoable(kb, entries)
    changes = m.Changes()
    with kb.transaction():
        for entry in reversed(entries):
            changes.merge(_REVERSERS[entry["action"]](kb, entry))
    log.info("undid operation %s (%d change-log entries)", op_id, len(entries))
    return changes


def _check_undoable(kb: KnowledgeBase, entries: list[dict[str, Any]]) -> None:
    last: dict[tuple[str, str], int] = {}
    for entry in entries:
        if entry["entity"] not in SPECS:
            raise UndoRefused("undo_unknown_entity", entity=entry["entity"])
        if entry["action"] not in _REVERSERS:
            raise UndoRefused("undo_unsupported_action", action=entry["action"], entity=entry["entity"])
        last[(entry["entity"], entry["row_id"])] = entry["seq"]
    for (entity, row_id), seq in last.items():
        later = kb.db.execute("SELECT 1 FROM change_log WHERE entity = ? AND row_id = ? AND seq > ? LIMIT 1",
                              [entity, row_id, seq]).fetchone()
        if later:
            raise UndoRefused("undo_changed_since", entity=entity)
    # A record the operation created may since have been linked by another operation (a tag
    # used again, a contact put in a project): deleting it would cut that link.
    touched = {row_id for _, row_id in last}
    for entry in entries:
        if entry["action"] in ("create", "import"):
            for table, row_id in _referrers(kb, entry["entity"], entry["row_id"]):
                if row_id not in touched:
                    raise UndoRefused("undo_created_record_in_use", entity=entry["entity"], used_by_entity=table)


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


# --- one reverser per action ------------------------------------------------------------------------


def _decoded(raw: str | None) -> dict[str, Any]:
    return json.loads(raw) if raw else {}


def _service(kb: KnowledgeBase, entry: dict[str, Any]) -> Service:
    return kb.service(entry["entity"])


def _put_back(kb: KnowledgeBase, entry: dict[str, Any]) -> m.Changes:
    service = _service(kb, entry)
    fields = set(m.data_fields(service.spec.cls))
    earlier = {k: v for k, v in _decoded(entry["before"]).items() if k in fields}
    return service.update(replace(service.get(entry["row_id"]), **earlier)).changes


def _soft_delete(kb: KnowledgeBase, entry: dict[str, Any]) -> m.Changes:
    return _service(kb, entry).delete(entry["row_id"]).changes


def _restore(kb: KnowledgeBase, entry: dict[str, Any]) -> m.Changes:
    return _service(kb, entry).restore(entry["row_id"]).changes


def _unmerge(kb: KnowledgeBase, entry: dict[str, Any]) -> m.Changes:
    """The inverse of a merge entry: "merged into" back to what it was (nothing, usually).
    An entry of an older version has no `before`: the record was merged into nothing before."""
    after = _decoded(entry["after"])
    before = _decoded(entry["before"]) or dict.fromkeys(after)
    kb.log(entry["entity"], entry["row_id"], "merge", after, before)
    changes = m.Changes()
    changes.add(entry["entity"], entry["row_id"])
    return changes


_REVERSERS: dict[str, Callable[[KnowledgeBase, dict[str, Any]], m.Changes]] = {
    "create": _soft_delete,
    "import": _soft_delete,
    "update": _put_back,
    "delete": _restore,
    "restore": _soft_delete,
    "merge": _unmerge,
}
