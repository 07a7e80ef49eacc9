"""Erasure (GDPR art. 17): one person removed everywhere, as one operation of the change log.

Their row and every row about them go, their name, e-mail addresses and phone numbers leave
other records' free text and the change log (db.care.erasure_rows), the search index is purged
through the normal change notification and checked (rebuilt if that failed, else its files
removed: db.care.erasure_index), the backup files in every place the database has used are
cleaned (db.care.backup_folders, db.care.erasure_backups), and old pages of the file and its WAL
go (VACUUM). Activities they took part in stay, with the participant shown as one reserved,
soft-deleted placeholder ("Raderad person").

An erasure never claims more than it did: the report's `outstanding` lists exactly what is left
(the index not purged, each backup not cleaned, each known backup folder not there, the file not
compacted), the audit row says the same, and db.care.erasure_pending finishes it the next time the
knowledge base is opened with its search index.

In the change log the operation is: the placeholder (created or deleted again, through the
contacts service), one "erase" entry without values per removed row (the contact's last),
"update" entries for the links now pointing at the placeholder, the follow-ups without an owner
and the cleaned texts, and the audit row. Another computer that applies them removes the same
rows; its own erasure of the contact id cleans what only it holds. Nothing here logs personal data.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.care.audit import add_missing_audit_rows, record_audit
from db.care.backup_folders import Location, all_backup_locations, record_backup_folder
from db.care.compaction import compact_connection
from db.care.erasure_backups import backup_files, clean_backups, missing_locations
from db.care.erasure_index import purge_index
from db.care.erasure_pending import COMPACTION, note_unfinished, settle
from db.care.erasure_rows import LoggedRowWriter, RowsErased, erase_rows
from db.care.extract import find_mentions, person_history, person_links
from db.care.mentions import read_profile, table_names
from db.care.persons import ERASED_CONTACT_ID, get_person
from db.errors import Message
from db.services import KnowledgeBase

log = logging.getLogger(__name__)


@dataclass
class EraseReport:
    contact_id: str
    rows_deleted: int = 0
    texts_scrubbed: int = 0
    log_entries_scrubbed: int = 0
    backups_cleaned: int = 0
    backups_failed: list[Message] = field(default_factory=list)  # backup_not_cleaned, naming each file
    # False when another connection kept the WAL from being truncated or VACUUM could not run:
    # old pages may remain until the next open finishes the erasure.
    compacted: bool = True
    # Everything that is left (empty: the erasure is complete everywhere): index_not_purged,
    # backup_not_cleaned (each file), backup_folder_missing (each folder), database_not_compacted.
    # The audit row says the same; the next open with the search index finishes it.
    outstanding: list[Message] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.outstanding

    def database_counts(self) -> dict[str, int]:
        return {"rows_deleted": self.rows_deleted, "texts_scrubbed": self.texts_scrubbed,
                "log_entries_scrubbed": self.log_entries_scrubbed}

    def counts(self) -> dict[str, int]:
        return {**self.database_counts(), "backups_cleaned": self.backups_cleaned,
                "backups_failed": len(self.backups_failed)}


def erase(kb: KnowledgeBase, contact_id: str, *, backup_folders: Iterable[Path] = ()) -> EraseReport:
    """Erase one person everywhere (see the module doc); returns what was done, as counts, and
    what is left."""
    return erase_many(kb, [contact_id], backup_folders=backup_folders)[0]


def erase_many(kb: KnowledgeBase, ids: Iterable[str], backup_folders: Iterable[Path] = ()) -> list[EraseReport]:
    """Erase several persons in one transaction and one pass over the texts, then purge the index,
    clean each backup file once (in the default places, every place the database knows and
    `backup_folders`) and compact the database once. Each report lists what is left."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    conn = kb.db.conn
    if conn.in_transaction:
        # Backups are cleaned and the file compacted after the commit: an outer transaction
        # could still roll back what they assume.
        raise RuntimeError("an erasure is an operation of its own; it cannot run inside a transaction")
    for cid in wanted:
        get_person(kb, cid)
    conn.execute("PRAGMA secure_delete = ON")
    tables = table_names(conn)
    audit_ids: dict[str, str] = {}
    with kb.transaction() as changes:
        profiles = {cid: read_profile(conn, cid, tables) for cid in wanted}
        erased = erase_rows(LoggedRowWriter(kb), tables, profiles, changes)
        reports = {cid: _report(cid, erased[cid]) for cid in wanted}
        for cid in wanted:
            audit_ids[cid] = record_audit(kb, "erase", "contact", cid, reports[cid].database_counts())
        note_unfinished(conn, audit_ids)  # until settle() below says what is left
    left = purge_index(kb, wanted)
    locations = all_backup_locations(conn, kb.path, backup_folders)
    left += missing_locations(locations, kb.path)
    files = backup_files(locations, exclude=kb.path)
    cleaned, failed = clean_backups(files, profiles, audit_ids, kb.user)
    left += failed
    for report in reports.values():
        report.backups_cleaned, report.backups_failed = cleaned, list(failed)
    counts = {cid: (r.counts() if files else r.database_counts()) for cid, r in reports.items()}
    settle(kb, audit_ids, left, counts)
    # Last, so the WAL is left empty.
    compacted = compact(kb)
    if not compacted:
        left.append(Message(COMPACTION))
        settle(kb, audit_ids, left)
    for report in reports.values():
        report.compacted, report.outstanding = compacted, list(left)
    log.info("erased %d person(s); %d backup file(s) cleaned, %d thing(s) left", len(wanted), cleaned, len(left))
    return [reports[cid] for cid in wanted]


def _report(contact_id: str, erased: RowsErased) -> EraseReport:
    return EraseReport(contact_id, erased.rows_deleted, erased.texts_scrubbed, erased.log_entries_scrubbed)


def erase_preview(kb: KnowledgeBase, contact_id: str) -> dict[str, int]:
    """What erasing this person would do, as counts (never the data itself)."""
    cid = get_person(kb, contact_id).id
    links = person_links(kb, cid)
    history = person_history(kb, cid, links)
    tags = kb.db.execute("SELECT count(*) FROM tagging WHERE entity_type = 'contact' AND entity_id = ?",
                         [cid]).fetchone()[0]
    return {"affiliations": len(links["affiliations"]), "project_parties": len(links["project_parties"]),
            "memberships": len(links["memberships"]), "notes": len(links["notes"]), "tags": tags,
            "activities_kept": len({a["id"] for a in links["activities"]}),
            "follow_ups_unassigned": len(links["follow_ups"]), "change_log_entries": len(history),
            "mentions": len(find_mentions(kb, cid, {("note", n["id"]) for n in links["notes"]}))}


def compact(kb: KnowledgeBase) -> bool:
    """Rewrite the database file without free pages and empty its WAL, so no old page
    remains; False when another connection kept part of it from happening."""
    return compact_connection(kb.db.conn)


# --- after a restore --------------------------------------------------------------------------------


def reapply_erasures(kb: KnowledgeBase, backup_folders: Iterable[Path] = ()) -> int:
    """After a restore from a backup: erase again every contact the audit list says was
    erased and that is back (from the database and the backups). Returns how many."""
    ids = [r[0] for r in kb.db.execute(
        "SELECT DISTINCT a.row_id FROM audit a JOIN contact c ON c.id = a.row_id"
        " WHERE a.action = 'erase' AND a.entity = 'contact' AND a.row_id != ? ORDER BY a.row_id",
        [ERASED_CONTACT_ID])]
    if ids:
        erase_many(kb, ids, backup_folders=backup_folders)
        log.info("re-applied %d erasure(s) after a restore", len(ids))
    return len(ids)


def finish_restore(kb: KnowledgeBase, pending_audit: Iterable[dict[str, Any]],
                   backup_folders: Iterable[Path] = (), known: Iterable[Location] = ()) -> int:
    """After db.care.restore.restore_backup, on the reopened (migrated) database: note the backup
    locations the replaced file knew (`known`: RestoreResult.backup_folders), write the audit rows
    the older file could not hold, then erase again everyone the audit list says was erased.
    Returns how many were erased again."""
    for location in known:
        record_backup_folder(kb.db.conn, location.path, location.kind)
    rows = list(pending_audit)
    if rows:
        add_missing_audit_rows(kb, rows)
    return reapply_erasures(kb, backup_folders)
