"""The rows an erasure removes and rewrites, in the live database and in a backup file alike.

For each person: their contact row and the rows about them (affiliations, project roles,
network memberships, notes about them, their tags and the notes' tags) are removed; the
activities they took part in stay, with the participant link pointing at the placeholder for
erased persons; follow-ups they owned stay, without an owner. Then their names, e-mail addresses
and phone numbers are replaced in every other record's free text and in the change log (the
entries about removed rows are emptied).

How a row is written depends on where (`RowWriter`):
- LoggedRowWriter, the live database: every removed row gets an "erase" entry without values,
  every changed row an "update" entry whose `after` holds its new values (ids and the cleaned
  texts), with `before` the ids it held and none for a cleaned text, which named the person.
  Replayed on another computer these entries remove and rewrite the same rows, in an order the
  foreign keys accept; that computer's own erasure (its "erase" of the contact) cleans its log.
- RowWriter, a backup file: the same rows rewritten in place, no entries (a backup is a
  snapshot, not a knowledge base being written; its restore erases again through the log).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from db import changelog
from db import models as m
from db.care.mentions import Matcher, Profile, Scrubber, free_texts
from db.care.persons import ERASED_CONTACT_ID
from db.services import KnowledgeBase

CHUNK = 500
# Links that are about the person and are removed with them, and the record each shows up on.
_PERSON_LINKS = {"affiliation": ("organisation_id", "organisation"), "project_party": ("project_id", "project"),
                 "membership": ("network_id", "network")}


class RowWriter:
    """Writes an erasure's rows with plain SQL (a backup file)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def erase(self, table: str, ids: list[str]) -> None:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            self.conn.execute(f"DELETE FROM [{table}] WHERE id IN ({', '.join('?' * len(chunk))})", chunk)

    def update(self, table: str, row_id: str, values: dict[str, Any], before: dict[str, Any] | None) -> None:
        assignments = ", ".join(f"[{c}] = ?" for c in values)
        self.conn.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*values.values(), row_id])

    def ensure_placeholder(self) -> None:
        now = changelog.utc_now()
        self.conn.execute("INSERT OR IGNORE INTO contact (id, created_at, updated_at, updated_by, deleted_at,"
                          " first_name, last_name) VALUES (?, ?, ?, NULL, ?, 'Raderad', 'person')",
                          [ERASED_CONTACT_ID, now, now, now])


class LoggedRowWriter(RowWriter):
    """Writes an erasure's rows in the live database, each with its change-log entry (no values
    that name the person). Not Service.update: the erasure must succeed whatever else a row holds
    (an old row today's validation would refuse), and its entries must not keep the old texts."""

    def __init__(self, kb: KnowledgeBase):
        super().__init__(kb.db.conn)
        self.kb = kb

    def erase(self, table: str, ids: list[str]) -> None:
        super().erase(table, ids)
        for row_id in ids:
            self.kb.log(table, row_id, "erase", None, None)

    def update(self, table: str, row_id: str, values: dict[str, Any], before: dict[str, Any] | None) -> None:
        now = changelog.utc_now()
        stamped = {**values, "updated_at": now, "updated_by": self.kb.user}
        super().update(table, row_id, stamped, before)
        self.kb.log(table, row_id, "update", before, values, at=now)

    def ensure_placeholder(self) -> None:
        """The one soft-deleted contact that stands for every erased participant (deleted again if
        someone restored it from the trash), through the contacts service."""
        if not self.kb.contacts.exists(ERASED_CONTACT_ID):
            self.kb.contacts.create(m.Contact(id=ERASED_CONTACT_ID, first_name="Raderad", last_name="person"))
        self.kb.contacts.delete(ERASED_CONTACT_ID)


@dataclass
class Removed:
    """What erasing one person did to the rows about them."""

    rows: dict[str, list[str]] = field(default_factory=dict)  # table -> removed ids
    touched: set[tuple[str, str]] = field(default_factory=set)  # records that show a change

    @property
    def count(self) -> int:
        return sum(len(ids) for ids in self.rows.values())


@dataclass
class RowsErased:
    """One person's erasure in one database file, as counts."""

    rows_deleted: int = 0
    texts_scrubbed: int = 0
    log_entries_scrubbed: int = 0


def erase_rows(writer: RowWriter, tables: set[str], profiles: dict[str, Profile | None],
               changes: m.Changes | None = None) -> dict[str, RowsErased]:
    """The erasure of these persons inside one open transaction; works on an older schema too (a
    backup). `changes` (the live database) gains every record that shows a change."""
    conn = writer.conn
    removed = {cid: _remove_person(writer, cid, tables) for cid in profiles}
    scrubber = Scrubber(Matcher(p) for p in profiles.values() if p is not None)
    texts: dict[str, int] = {}
    scrubbed = _scrub_tables(writer, scrubber, tables, texts) if scrubber else set()
    entries: dict[str, int] = {}
    if "change_log" in tables:
        _scrub_log(conn, scrubber, removed, entries)
    if changes is not None:
        for cid, done in removed.items():
            changes.add("contact", cid)
            for table, ids in done.rows.items():
                for row_id in ids:
                    changes.add(table, row_id)
            for entity, row_id in done.touched | scrubbed:
                changes.add(entity, row_id)
    return {cid: RowsErased(removed[cid].count, texts.get(cid, 0), entries.get(cid, 0)) for cid in profiles}


def _ids(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[str]:
    return [r[0] for r in conn.execute(sql, params)]


def _remove_person(writer: RowWriter, cid: str, tables: set[str]) -> Removed:
    """Remove the contact and the rows about them; keep their activities (pointing the participant
    link at the placeholder) and follow-ups (without an owner). Rows that refer to the contact
    change before it goes, so that the order suits the foreign keys when replayed."""
    conn, done = writer.conn, Removed()
    for table, (column, target) in _PERSON_LINKS.items():
        if table in tables:
            for row_id, target_id in conn.execute(f"SELECT id, {column} FROM [{table}] WHERE contact_id = ?", [cid]):
                done.rows.setdefault(table, []).append(row_id)
                done.touched.add((target, target_id))
    notes = _ids(conn, "SELECT id FROM note WHERE entity_type = 'contact' AND entity_id = ?", [cid]) \
        if "note" in tables else []
    done.rows["note"] = notes
    if "tagging" in tables:
        done.rows["tagging"] = _ids(conn, "SELECT id FROM tagging WHERE entity_type = 'contact' AND entity_id = ?",
                                    [cid])
        for start in range(0, len(notes), CHUNK):
            chunk = notes[start:start + CHUNK]
            done.rows["tagging"] += _ids(conn, "SELECT id FROM tagging WHERE entity_type = 'note'"
                                               f" AND entity_id IN ({', '.join('?' * len(chunk))})", chunk)
    if "follow_up" in tables:
        for row_id, activity_id in conn.execute("SELECT id, activity_id FROM follow_up WHERE owner_id = ?",
                                                [cid]).fetchall():
            writer.update("follow_up", row_id, {"owner_id": None}, {"owner_id": cid})
            done.touched |= {("follow_up", row_id), ("activity", activity_id)}
    if "activity_link" in tables:
        links = conn.execute("SELECT id, activity_id FROM activity_link WHERE contact_id = ?", [cid]).fetchall()
        if links:
            writer.ensure_placeholder()
        for row_id, activity_id in links:
            writer.update("activity_link", row_id, {"contact_id": ERASED_CONTACT_ID}, {"contact_id": cid})
            done.touched.add(("activity", activity_id))
    for table, ids in done.rows.items():
        writer.erase(table, ids)
    if conn.execute("SELECT 1 FROM contact WHERE id = ?", [cid]).fetchone() is not None:
        writer.erase("contact", [cid])
        done.rows["contact"] = [cid]
    return done


def _scrub_tables(writer: RowWriter, scrubber: Scrubber, tables: set[str],
                  counts: dict[str, int]) -> set[tuple[str, str]]:
    """Replace the persons in every free-text column; returns the (table, id) rows changed and
    adds the texts (cells) changed per person to `counts`."""
    changed: list[tuple[str, str, dict[str, str]]] = []
    for table, row_id, columns, values in free_texts(writer.conn, tables):
        if table == "contact" and row_id == ERASED_CONTACT_ID:
            continue
        new_values: dict[str, str] = {}
        for column, value in zip(columns, values, strict=True):
            if not isinstance(value, str) or not value:
                continue
            new, who = scrubber.scrub_text(value)
            if who:
                new_values[column] = new
                for cid in who:
                    counts[cid] = counts.get(cid, 0) + 1
        if new_values:
            changed.append((table, row_id, new_values))
    for table, row_id, new_values in changed:
        writer.update(table, row_id, new_values, None)  # the earlier text named the person
    return {(table, row_id) for table, row_id, _ in changed}


def _scrub_log(conn: sqlite3.Connection, scrubber: Scrubber, removed: dict[str, Removed],
               counts: dict[str, int]) -> None:
    """Empty the entries about the removed rows; replace the persons in every other entry.
    (The log's own history, rewritten in place: not a write another computer replays.)"""
    for cid, done in removed.items():
        keys = [("contact", cid)] + [(table, row_id) for table, ids in done.rows.items() for row_id in ids]
        for entity, row_id in keys:
            cursor = conn.execute("UPDATE change_log SET before = NULL, after = NULL WHERE entity = ? AND row_id = ?"
                                  " AND (before IS NOT NULL OR after IS NOT NULL)", [entity, row_id])
            counts[cid] = counts.get(cid, 0) + max(cursor.rowcount, 0)
    if not scrubber:
        return
    updates = []
    for seq, before, after in conn.execute("SELECT seq, before, after FROM change_log"
                                           " WHERE before IS NOT NULL OR after IS NOT NULL"):
        new_before, who_before = scrubber.scrub_json(before) if before else (before, set())
        new_after, who_after = scrubber.scrub_json(after) if after else (after, set())
        if who_before or who_after:
            updates.append((new_before, new_after, seq))
            for cid in who_before | who_after:
                counts[cid] = counts.get(cid, 0) + 1
    conn.executemany("UPDATE change_log SET before = ?, after = ? WHERE seq = ?", updates)
