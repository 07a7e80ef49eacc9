"""Replaying change-log entries into another database: what sharing between computers applies.

    entries = read_entries(source.db)               # a database's log, oldest clock first
    report = replay(target_kb, entries)             # in one transaction; listeners hear the rows

Every entry is checked before anything is applied (db.outside_records): ids in UUID form, clock,
time and author in ours, and each value it sets within the data layer's limits; one that is not
raises InvalidEntry naming the entry and the field.

Entries are applied in hybrid-clock order, one function per action, and each is kept in the
target's own change log as it came (its id, clock, device, author and time), so the target can
pass it on and knows what it holds: an entry it already holds is skipped, and applying the same
entries twice changes nothing. Per field, the newest clock wins: an entry that arrives after a newer
one for the same field of the same row (from another computer) does not undo it, and a create that
arrives late takes the newer values of its fields from the entries already held. A replay whose
rows refer to rows not held (entries of another computer that have not arrived) applies nothing
and raises MissingReferences.

- create / import: insert the row with its fields, created and updated at the entry's time by its
  author; an entry whose data was erased (before and after emptied) creates nothing.
- update: set the changed fields; delete / restore: set deleted_at (soft deletion).
- merge: the merge's own writes are entries of their own (the kept record's update, every moved
  reference, the soft delete); the merge entry only says where the record went.
- erase: the row is removed for good (an erasure logs one per row it removes, the contact's
  last, and "update" entries for the rows it rewrites). A contact's erasure also removes what
  this database holds about the person that the erasure's entries did not name (a link added here
  meanwhile), as db.care.erasure_rows does: affiliations, project parties, memberships, notes
  about them and tags go; follow-ups lose their owner; activity links point at the erased-person
  placeholder. A row arriving after its own or its person's erasure stays out. (Names in this
  database's own free texts and log are db.care.erasure's to clean: sharing runs that erasure of
  the contact id locally too.)
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from db import changelog
from db import models as m
from db.entities import MAIN_ENTITIES, SPECS
from db.errors import CodedError
from db.limits import shown
from db.outside_records import entry_errors
from db.services import KnowledgeBase
from db.validation import FieldError

log = logging.getLogger(__name__)

LOG_COLUMNS = ("id", "op_id", "hlc", "device_id", "author", "at", "entity", "row_id", "action", "before", "after")
# Actions that write the row's own columns (and so its updated_at); merge and erase say what happened.
ROW_WRITES = ("create", "import", "update", "delete", "restore")
CREATES = ("create", "import")
# The links that are about a person and go with them (db/care/erasure_rows.py).
PERSON_LINKS = ("affiliation", "project_party", "membership")


class MissingReferences(ValueError):
    """The entries name rows this database does not hold (another computer's entries that have
    not arrived yet): nothing was applied; replay again when they are here."""

    def __init__(self, missing: list[tuple[str, str, str]]):
        super().__init__(f"{len(missing)} replayed rows refer to rows not held")
        self.missing = missing  # (table, row id, referenced table)


@dataclass
class ReplayReport:
    applied: int = 0
    skipped: int = 0  # entries the target already held
    unknown: list[str] = field(default_factory=list)  # ids of entries of an unknown entity or action (kept)
    changes: m.Changes = field(default_factory=m.Changes)


def read_entries(db: Database, after_hlc: str | None = None) -> list[dict[str, Any]]:
    """A database's change-log entries (newer than `after_hlc`), oldest clock first, as stored."""
    sql = f"SELECT {', '.join(LOG_COLUMNS)} FROM change_log"
    params: list[Any] = []
    if after_hlc is not None:
        sql += " WHERE hlc > ?"
        params.append(after_hlc)
    return db.execute_returning_dicts(sql + " ORDER BY hlc, seq", params)


class InvalidEntry(CodedError, ValueError):
    """An entry that is not what db.changelog writes (an id not in UUID form, a value beyond the
    data layer's limits, a field of the wrong type): nothing was applied."""

    def __init__(self, entry_id: Any, error: FieldError):
        super().__init__("invalid_log_entry", id=shown(entry_id), field=error.field, reason=error.message)
        self.error = error


def checked_entries(entries: Iterable[Any]) -> list[dict[str, Any]]:
    """Every entry in the form db.changelog writes it, its after values within the data layer's
    limits (db.outside_records), or InvalidEntry for the first that is not."""
    checked = []
    for entry in entries:
        if not isinstance(entry, dict) or set(LOG_COLUMNS) - set(entry):
            missing = sorted(set(LOG_COLUMNS) - set(entry)) if isinstance(entry, dict) else ["id"]
            raise InvalidEntry(entry.get("id") if isinstance(entry, dict) else entry,
                               FieldError(missing[0], "required", field=missing[0]))
        spec = SPECS.get(entry["entity"]) if isinstance(entry["entity"], str) else None
        errors, after = entry_errors(entry, spec.cls if spec else None)
        if errors:
            raise InvalidEntry(entry["id"], errors[0])
        checked.append({**entry, "checked_after": after})
    return checked


def replay(kb: KnowledgeBase, entries: Iterable[dict[str, Any]]) -> ReplayReport:
    """Apply entries to kb's database in one transaction (see the module doc). Each is checked
    first (checked_entries): one that is not in our form raises InvalidEntry and nothing is applied."""
    report = ReplayReport()
    wanted = sorted({entry["id"]: entry for entry in checked_entries(entries)}.values(),
                    key=lambda e: (e["hlc"], e["id"]))
    with kb.transaction() as changes:
        # A row may refer to one whose entry comes later in clock order: references are checked
        # once all the entries are in.
        kb.db.execute("PRAGMA defer_foreign_keys = ON")
        for entry in wanted:
            if _held(kb.db, entry["id"]):
                report.skipped += 1
                continue
            _keep(kb.db, entry)
            if entry["entity"] not in SPECS or entry["action"] not in APPLY:
                log.warning("change-log entry %s: unknown %s %s, kept but not applied",
                            entry["id"], entry["entity"], entry["action"])
                report.unknown.append(entry["id"])
                continue
            APPLY[entry["action"]](kb.db, entry, changes)
            report.applied += 1
        _check_references(kb.db, {e["entity"] for e in wanted if e["entity"] in SPECS}, changes)
        report.changes.merge(changes)
    # The entries may carry clocks ahead of ours: never hand out an older one.
    kb.clock = changelog.HybridClock(kb.device_id, changelog.last_clock(kb.db))
    log.info("replayed %d change-log entries (%d already held)", report.applied, report.skipped)
    return report


# --- the target's own log ---------------------------------------------------------------------------


def _held(db: Database, entry_id: str) -> bool:
    return db.execute("SELECT 1 FROM change_log WHERE id = ?", [entry_id]).fetchone() is not None


def _keep(db: Database, entry: dict[str, Any]) -> None:
    db.execute(f"INSERT INTO change_log ({', '.join(LOG_COLUMNS)}) VALUES ({', '.join('?' * len(LOG_COLUMNS))})",
               [json.dumps(entry[c], ensure_ascii=False, sort_keys=True) if isinstance(entry[c], dict) else entry[c]
                for c in LOG_COLUMNS])


def _decoded(raw: str | dict | None) -> dict[str, Any] | None:
    return raw if raw is None or isinstance(raw, dict) else json.loads(raw)


def _after(entry: dict[str, Any]) -> dict[str, Any] | None:
    """An entry's after values: as checked (and normalised) when it arrived, else as stored."""
    return entry["checked_after"] if "checked_after" in entry else _decoded(entry["after"])


def _entries_of_row(db: Database, entry: dict[str, Any], newer: bool) -> list[dict[str, Any]]:
    """The row-writing entries held about the same row, newer (or older) than this one, oldest first."""
    rows = db.execute_returning_dicts(
        "SELECT hlc, author, at, action, after FROM change_log WHERE entity = ? AND row_id = ?"
        f" AND hlc {'>' if newer else '<'} ? ORDER BY hlc", [entry["entity"], entry["row_id"], entry["hlc"]])
    return [{**row, "after": _decoded(row["after"])} for row in rows if row["action"] in ROW_WRITES]


def _erased(db: Database, table: str, row_id: str | None) -> bool:
    """Is this row erased here: its erasure held, or its creation held without its data?"""
    return bool(row_id) and db.execute(
        "SELECT 1 FROM change_log WHERE entity = ? AND row_id = ? AND (action = 'erase'"
        " OR (action IN ('create', 'import') AND after IS NULL)) LIMIT 1", [table, row_id]).fetchone() is not None


# --- rows -------------------------------------------------------------------------------------------------


def _column_value(table: str, name: str, value: Any) -> Any:
    spec = SPECS[table]
    if name in spec.json_fields:
        return json.dumps(value or [], ensure_ascii=False)
    if name in spec.bool_fields:
        return int(bool(value))
    return value


def _row(db: Database, table: str, row_id: str) -> dict[str, Any] | None:
    rows = db.execute_returning_dicts(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
    return rows[0] if rows else None


def _set(db: Database, table: str, row_id: str, values: dict[str, Any]) -> None:
    if values:
        assignments = ", ".join(f"[{k}] = ?" for k in values)
        db.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*values.values(), row_id])


def _newest_fields(db: Database, entry: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """The values of this entry no newer entry has set since, with the row's bookkeeping:
    updated_at and updated_by follow the newest write of the row."""
    later = _entries_of_row(db, entry, newer=True)
    newer = {name for other in later for name in (other["after"] or {})}
    table = entry["entity"]
    kept = {name: _column_value(table, name, value) for name, value in values.items() if name not in newer}
    if not later:
        kept.update(updated_at=entry["at"], updated_by=entry["author"])
    return kept


def _note_change(changes: m.Changes, table: str, row_id: str, values: dict[str, Any]) -> None:
    """The row and, for a link, the records it connects (their pages and documents show it)."""
    changes.add(table, row_id)
    if table in MAIN_ENTITIES:
        return
    for name, target in SPECS[table].references.items():
        if target in MAIN_ENTITIES and values.get(name):
            changes.add(target, values[name])
    if values.get("entity_type") in MAIN_ENTITIES and values.get("entity_id"):
        changes.add(values["entity_type"], values["entity_id"])


# --- one function per action ------------------------------------------------------------------------------


def apply_create(db: Database, entry: dict[str, Any], changes: m.Changes) -> None:
    after = _after(entry)
    table, row_id = entry["entity"], entry["row_id"]
    if after is None or (_erased(db, table, row_id) and not _row(db, table, row_id)):
        return  # its data was erased, or it arrived after its erasure
    fields = [f for f in m.data_fields(SPECS[table].cls) if f in after]
    if _row(db, table, row_id) is not None:  # a fixed id created on two computers: newest value per field
        values = _newest_fields(db, entry, {f: after[f] for f in fields})
        if not any(e["action"] in CREATES for e in _entries_of_row(db, entry, newer=False)):
            values["created_at"] = entry["at"]  # the first creation is the row's
        _set(db, table, row_id, values)
    else:
        values = {f: _column_value(table, f, after[f]) for f in fields}
        stamp, author, deleted_at = entry["at"], entry["author"], None
        for later in _entries_of_row(db, entry, newer=True):  # entries about this row that arrived first
            later_after = later["after"] or {}
            values.update({k: _column_value(table, k, v) for k, v in later_after.items() if k in values})
            deleted_at = later_after.get("deleted_at", deleted_at)
            stamp, author = later["at"], later["author"]
        row = {"id": row_id, "created_at": entry["at"], "updated_at": stamp, "updated_by": author,
               "deleted_at": deleted_at, **values}
        db.execute(f"INSERT INTO [{table}] ({', '.join(f'[{k}]' for k in row)}) VALUES ({', '.join('?' * len(row))})",
                   list(row.values()))
    _note_change(changes, table, row_id, after)
    _leave_out_erased_persons(db, table, row_id, changes)


def apply_update(db: Database, entry: dict[str, Any], changes: m.Changes) -> None:
    after = _after(entry)
    table, row_id = entry["entity"], entry["row_id"]
    old = _row(db, table, row_id)
    if after is None or old is None:
        return  # erased, or its create has not arrived yet (it takes these values when it does)
    fields = set(m.data_fields(SPECS[table].cls)) | {"deleted_at"}
    _set(db, table, row_id, _newest_fields(db, entry, {k: v for k, v in after.items() if k in fields}))
    _note_change(changes, table, row_id, old)
    _note_change(changes, table, row_id, after)
    _leave_out_erased_persons(db, table, row_id, changes)


def apply_merge(db: Database, entry: dict[str, Any], changes: m.Changes) -> None:
    """Nothing to write: the merge's updates, moves and soft delete are entries of their own."""


def apply_erase(db: Database, entry: dict[str, Any], changes: m.Changes) -> None:
    table, row_id = entry["entity"], entry["row_id"]
    if table == "contact":
        _erase_person(db, row_id, changes)
    else:
        _delete_rows(db, table, [row_id], changes)


APPLY = {
    "create": apply_create,
    "import": apply_create,
    "update": apply_update,
    "delete": apply_update,
    "restore": apply_update,
    "merge": apply_merge,
    "erase": apply_erase,
}


# --- erased persons ------------------------------------------------------------------------------------------


def _leave_out_erased_persons(db: Database, table: str, row_id: str, changes: m.Changes) -> None:
    """A row that arrived after the erasure of the person it names is treated as the erasure
    treated its kind."""
    if table == "contact":
        return
    row = _row(db, table, row_id)
    if row is None:
        return
    named = {row.get("contact_id"), row.get("owner_id")}
    if row.get("entity_type") == "contact":
        named.add(row.get("entity_id"))
    for contact_id in named - {None, m.ERASED_CONTACT_ID}:
        if _erased(db, "contact", contact_id) and _row(db, "contact", contact_id) is None:
            _erase_person(db, contact_id, changes)


def _check_references(db: Database, tables: set[str], changes: m.Changes) -> None:
    """Raise MissingReferences (the replay rolls back) when a row refers to one not held. A row
    that still names an erased person (the erasure's own entries come later in the log than a
    part of it replayed now) is first settled as the erasure will settle it."""
    missing = _violations(db, tables)
    erased = {target_id for table, _, parent, target_id in missing
              if parent == "contact" and _erased(db, "contact", target_id)}
    for contact_id in erased:
        _erase_person(db, contact_id, changes)
    if erased:
        missing = _violations(db, tables)
    if missing:
        raise MissingReferences([(table, row_id, parent) for table, row_id, parent, _ in missing])


def _violations(db: Database, tables: set[str]) -> list[tuple[str, str, str, str | None]]:
    """(table, row id, referenced table, referenced id) of every reference to a row not held."""
    found = []
    for table in sorted(tables):
        references = {target: name for name, target in SPECS[table].references.items()}
        for _, rowid, parent, _ in db.execute(f"PRAGMA foreign_key_check([{table}])").fetchall():
            row = db.execute_returning_dicts(f"SELECT * FROM [{table}] WHERE rowid = ?", [rowid])[0]
            column = references.get(parent)
            found.append((table, row["id"], parent, row.get(column) if column else None))
    return found


def _ids(db: Database, sql: str, params: list[Any]) -> list[str]:
    return [r[0] for r in db.execute(sql, params)]


def _delete_rows(db: Database, table: str, ids: list[str], changes: m.Changes) -> None:
    for row_id in ids:
        row = _row(db, table, row_id)
        if row is not None:
            db.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
            _note_change(changes, table, row_id, row)


def _erase_person(db: Database, contact_id: str, changes: m.Changes) -> None:
    for table in PERSON_LINKS:
        _delete_rows(db, table, _ids(db, f"SELECT id FROM [{table}] WHERE contact_id = ?", [contact_id]), changes)
    notes = _ids(db, "SELECT id FROM note WHERE entity_type = 'contact' AND entity_id = ?", [contact_id])
    taggings = _ids(db, "SELECT id FROM tagging WHERE entity_type = 'contact' AND entity_id = ?", [contact_id])
    for note_id in notes:
        taggings += _ids(db, "SELECT id FROM tagging WHERE entity_type = 'note' AND entity_id = ?", [note_id])
    _delete_rows(db, "tagging", taggings, changes)
    _delete_rows(db, "note", notes, changes)
    for row_id, activity_id in db.execute("SELECT id, activity_id FROM follow_up WHERE owner_id = ?", [contact_id]):
        changes.add("follow_up", row_id)
        changes.add("activity", activity_id)
    db.execute("UPDATE follow_up SET owner_id = NULL WHERE owner_id = ?", [contact_id])
    links = db.execute("SELECT id, activity_id FROM activity_link WHERE contact_id = ?", [contact_id]).fetchall()
    if links:
        _ensure_placeholder(db)
    for row_id, activity_id in links:
        changes.add("activity_link", row_id)
        changes.add("activity", activity_id)
    db.execute("UPDATE activity_link SET contact_id = ? WHERE contact_id = ?", [m.ERASED_CONTACT_ID, contact_id])
    _delete_rows(db, "contact", [contact_id], changes)


def _ensure_placeholder(db: Database) -> None:
    """The erased-person placeholder, before its own entries arrive (they set its fields and times)."""
    now = changelog.utc_now()
    db.execute("INSERT OR IGNORE INTO contact (id, created_at, updated_at, deleted_at, first_name, last_name)"
               " VALUES (?, ?, ?, ?, 'Raderad', 'person')", [m.ERASED_CONTACT_ID, now, now, now])
