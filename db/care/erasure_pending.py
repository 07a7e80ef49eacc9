"""Erasures that something kept from finishing, and finishing them.

The erasure's own transaction writes one pending_erasure row per person (schema step 4) saying
"not finished yet" (`erasure_unfinished`): if the process dies, or the disk is full when the
outcome is written, the row still says so. After the index, the backups and the compaction, the
row holds exactly what is left (Messages: index_not_purged, backup_not_cleaned,
backup_folder_missing, database_not_compacted) and the audit row's details say the same under
"outstanding"; when nothing is left the row goes. The next time the knowledge base is opened
with its search index (db.services.KnowledgeBase.open runs `finish_pending_erasures`), what is
left is done again; when it all succeeds the audit row gets "outstanding": [] and "finished_at".

The rows are this file's own (they name this computer's folders): not in the change log. They
hold ids, paths and reasons, never the person's data.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from db import changelog
from db.care.audit import update_audit
from db.care.backup_folders import FILE, FOLDER, Location, all_backup_locations
from db.care.compaction import compact_connection
from db.care.erasure_backups import backup_files, clean_backups, missing_locations
from db.care.erasure_index import purge_index
from db.care.sqlite_files import has_table
from db.errors import Message
from db.services import OPEN_HOOKS

log = logging.getLogger(__name__)

TABLE = "pending_erasure"
UNFINISHED = "erasure_unfinished"  # written with the erasure: nothing after the commit is known done
INDEX, BACKUP, FOLDER_MISSING, COMPACTION = ("index_not_purged", "backup_not_cleaned", "backup_folder_missing",
                                             "database_not_compacted")


# --- Messages as JSON (a reason is a nested Message) ------------------------------------------------------


def to_json(message: Message) -> dict[str, Any]:
    return {"code": message.code, **{k: to_json(v) if isinstance(v, Message) else v
                                     for k, v in message.params.items()}}


def from_json(value: Mapping[str, Any]) -> Message:
    params = {k: from_json(v) if isinstance(v, Mapping) and "code" in v else v
              for k, v in value.items() if k != "code"}
    return Message(str(value.get("code")), params)


# --- writing the record -----------------------------------------------------------------------------------


def note_unfinished(conn: sqlite3.Connection, audit_ids: Mapping[str, str]) -> None:
    """Inside the erasure's transaction (audit_ids: contact id -> audit id): every person's erasure
    is unfinished until settle() says otherwise."""
    if not has_table(conn, TABLE):
        return
    now = changelog.utc_now()
    conn.executemany(f"INSERT OR REPLACE INTO {TABLE} (audit_id, contact_id, queued_at, outstanding)"
                     " VALUES (?, ?, ?, ?)",
                     [(audit_id, cid, now, json.dumps([{"code": UNFINISHED}])) for cid, audit_id in audit_ids.items()])


def settle(kb: Any, audit_ids: Mapping[str, str], left: list[Message],
           details: Mapping[str, dict[str, Any]] | None = None, *, finished: bool = False) -> bool:
    """Record what is left of these erasures (audit_ids: contact id -> audit id): in pending_erasure
    (the row goes when nothing is) and in each audit row's details, which also take `details`
    (each person's counts). `finished`: this finishes an erasure left unfinished before, so the
    audit row says when. False when it could not be written (a full disk): the rows then still say
    what they said and the next open does it again."""
    outstanding = [to_json(m) for m in dict.fromkeys(left)]
    now = changelog.utc_now()
    try:
        with kb.transaction():
            for cid, audit_id in audit_ids.items():
                if outstanding:
                    kb.db.execute(f"INSERT OR REPLACE INTO {TABLE} (audit_id, contact_id, queued_at, outstanding)"
                                  " VALUES (?, ?, ?, ?)", [audit_id, cid, now, json.dumps(outstanding)])
                else:
                    kb.db.execute(f"DELETE FROM {TABLE} WHERE audit_id = ?", [audit_id])
                _update_details(kb, audit_id, (details or {}).get(cid, {}), outstanding, finished, now)
    except sqlite3.Error as exc:
        log.warning("what is left of an erasure could not be recorded (%s); the next open finishes it",
                    type(exc).__name__)
        return False
    return True


def _update_details(kb: Any, audit_id: str, counts: Mapping[str, Any], outstanding: list[dict[str, Any]],
                    finished: bool, now: str) -> None:
    row = kb.db.execute("SELECT details FROM audit WHERE id = ?", [audit_id]).fetchone()
    if row is None:
        return
    try:
        current = json.loads(row[0]) if row[0] else {}
    except ValueError:
        current = {}
    values = {**current, **counts}
    if outstanding or finished or "outstanding" in current:
        values["outstanding"] = outstanding
    if outstanding:
        values.pop("finished_at", None)
    elif finished:
        values["finished_at"] = now
    if values != current:
        update_audit(kb, audit_id, values)


# --- finishing on the next open ----------------------------------------------------------------------------


def pending_erasures(conn: sqlite3.Connection) -> list[tuple[str, str, list[Message]]]:
    """(audit id, contact id, what is left) of every unfinished erasure, oldest first."""
    if not has_table(conn, TABLE):
        return []
    rows = conn.execute(f"SELECT audit_id, contact_id, outstanding FROM {TABLE} ORDER BY queued_at, audit_id")
    found = []
    for audit_id, cid, raw in rows.fetchall():
        try:
            values = json.loads(raw)
        except ValueError:
            values = [{"code": UNFINISHED}]
        found.append((audit_id, cid, [from_json(v) for v in values if isinstance(v, Mapping)]))
    return found


def finish_pending_erasures(kb: Any) -> list[Message]:
    """Do again what erasures left undone (see the module doc); returns what is still left.
    Never raises: it runs while a knowledge base opens."""
    try:
        pending = pending_erasures(kb.db.conn)
    except sqlite3.Error as exc:
        log.warning("unfinished erasures could not be read (%s)", type(exc).__name__)
        return []
    if not pending or kb.db.conn.in_transaction:
        return []
    try:
        return _finish(kb, pending)
    except Exception as exc:  # the open goes on; the rows stay for the next one
        log.warning("finishing %d erasure(s) failed (%s)", len(pending), type(exc).__name__)
        return [Message(UNFINISHED)]


def _finish(kb: Any, pending: list[tuple[str, str, list[Message]]]) -> list[Message]:
    ids = list(dict.fromkeys(cid for _, cid, _ in pending))
    audit_ids = {cid: audit_id for audit_id, cid, _ in pending}
    left_before = [m for _, _, messages in pending for m in messages]
    codes = {m.code for m in left_before}
    everything = UNFINISHED in codes
    left: list[Message] = []
    if everything or INDEX in codes:
        left += purge_index(kb, ids, rebuild=True)
    locations = _locations(kb, left_before, everything)
    if locations:
        left += missing_locations(locations, kb.path)
        files = backup_files(locations, exclude=kb.path)
        _cleaned, failed = clean_backups(files, {cid: None for cid in ids}, audit_ids, kb.user)
        left += failed
    settle(kb, audit_ids, left, finished=True)
    if everything or COMPACTION in codes:  # last, so the WAL is left empty
        if not compact_connection(kb.db.conn):
            left.append(Message(COMPACTION))
            settle(kb, audit_ids, left, finished=True)
    log.info("finished %d unfinished erasure(s); %d thing(s) still left", len(audit_ids), len(left))
    return left


def _locations(kb: Any, left: Iterable[Message], everything: bool) -> list[Location]:
    """Where backups are still to be cleaned: every backup location when the erasure never got to
    them, else the files that failed and the folders that were missing."""
    if everything:
        return all_backup_locations(kb.db.conn, kb.path)
    found: list[Location] = []
    for message in left:
        if message.code == BACKUP:
            found.append(Location(Path(message.params["path"]), FILE, recorded=True))
        elif message.code == FOLDER_MISSING:
            found.append(Location(Path(message.params["path"]), FOLDER, recorded=True))
    return found


OPEN_HOOKS.append(finish_pending_erasures)
