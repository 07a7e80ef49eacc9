"""Writing an import plan: every accepted row in one transaction, all of them or (on an error or a
cancel) nothing, after a backup of a database that holds records.

New records and their links (affiliations, attendees, taggings) go in bulk (db.bulk_insert,
with their "create" change-log entries); records the knowledge base already holds are updated
through the services, so every write of an import is in the change log and one undo
(db.undo.undo_operation on the report's op_id) takes it all back.

Plan and write are one unit against the database's state: once the transaction holds the write
lock (BEGIN IMMEDIATE), a plan made against an older state (another process or window wrote
since) is made again against what is committed now, with the user's decisions carried over
(planning.replan, decisions.py). So N imports of one file at once leave what one leaves, and the
later ones report what they did ("0 new, 50 unchanged"). When nothing changed, the plan is
written as it is.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from db import models as m
from db.bulk_insert import BulkInsert
from db.errors import Message
from db.interchange.cancellation import raise_if_cancelled
from db.interchange.import_pipeline.decisions import database_state, differences
from db.interchange.import_pipeline.plan import ImportPlan, ImportReport, RowPlan
from db.interchange.import_pipeline.planning import replan
from db.interchange.import_pipeline.record_filling import FILL
from db.interchange.incoming_records import IncomingContact
from db.services import KnowledgeBase

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def apply_import(kb: KnowledgeBase, plan: ImportPlan, *, cancelled: threading.Event | None = None,
                 progress: Progress | None = None, backup: bool = True) -> ImportReport:
    """Write every accepted row in one transaction: all of them, or (on an error or a
    cancel) nothing. A backup of a non-empty database is taken first. A re-plan does not
    replace the caller's plan (what the preview showed); the report says what was written."""
    report = ImportReport(plan.path, plan.entity)
    if backup:
        report.backup = _backup_before_import(kb)
    with kb.transaction():
        plan = _plan_for_writing(kb, plan, report, cancelled)
        report.rejected = plan.rejected
        writing = [row for row in plan.rows if row.writes]
        total = len(writing)
        report.op_id = kb.op_id
        writer = _Writer(kb, plan, report)
        writer.planned(writing)
        for i, row in enumerate(writing):
            raise_if_cancelled(cancelled)
            writer.row(row)
            if progress is not None and i % 200 == 0:
                progress(i, total)
        writer.bulk.flush()
        if progress is not None:
            progress(total, total)
    if not (report.created or report.updated):
        report.op_id = None  # nothing to undo (a re-plan found everything there already)
    for row in plan.rows:
        if row.status == "unchanged":
            report.unchanged += 1
        elif row.status == "duplicate" and row.decision == "skip":
            report.skipped_duplicates += 1
    log.info("import of a %s file: %d new, %d updated, %d unchanged, %d possible duplicates skipped, %d rejected",
             plan.entity, report.created, report.updated, report.unchanged, report.skipped_duplicates,
             len(report.rejected))
    return report


def _plan_for_writing(kb: KnowledgeBase, plan: ImportPlan, report: ImportReport,
                      cancelled: threading.Event | None) -> ImportPlan:
    """Inside the write transaction: the plan itself when the database is in the state it was
    planned against, else its records planned again against what is committed now."""
    if plan.source is None or plan.state == database_state(kb):
        return plan
    started = time.perf_counter()
    fresh, warnings = replan(kb, plan, cancelled=cancelled)
    changed = differences(plan, fresh)
    if changed:
        report.warnings.append(Message("import_replanned", {"count": changed}))
    report.warnings.extend(warnings)
    log.info("the database changed after the import was planned: planned again in %.2f s, %d rows differ",
             time.perf_counter() - started, changed)
    return fresh


def _backup_before_import(kb: KnowledgeBase) -> Path | None:
    if kb.path is None:
        return None
    if not any(kb.db.execute(f"SELECT 1 FROM [{t}] LIMIT 1").fetchone() for t in ("contact", "organisation",
                                                                                 "project", "activity")):
        return None
    from db.care.backup import backup_now

    return backup_now(kb.path, reason="pre-import", conn=kb.db.conn).path


class _Writer:
    """Writes a plan's rows inside the import's transaction: new records and their links in bulk
    (validated by the plan), updates of existing records through the services."""

    def __init__(self, kb: KnowledgeBase, plan: ImportPlan, report: ImportReport):
        self.kb, self.plan, self.report = kb, plan, report
        self.bulk = BulkInsert(kb)
        self.new_ids: set[str] = set()
        self._tag_ids: dict[str, str] = {}

    def planned(self, writing: list[RowPlan]) -> None:
        """The organisations and calls that accepted rows name and the database lacks."""
        wanted = {row.organisation_id for row in writing} | {
            row.record.coordinator_id for row in writing if isinstance(row.record, m.Project)}
        for org_id, org in self.plan.new_organisations.items():
            if org_id in wanted:
                self._add("organisation", org)
                self.report.organisations_created += 1
        wanted = {row.record.call_id for row in writing if isinstance(row.record, m.Project)}
        for call_id, call in self.plan.new_calls.items():
            if call_id in wanted:
                self._add("call", call)

    def _add(self, table: str, rec: m.Record) -> str:
        clean, _ = self.kb.service(table).spec.validate(rec)
        row_id = self.bulk.add(table, clean)
        self.new_ids.add(row_id)
        return row_id

    def row(self, row: RowPlan) -> None:
        entity = self.plan.entity
        if row.status == "new" or (row.status == "duplicate" and row.decision == "new"):
            record_id = self.bulk.add(entity, replace(row.record, id=row.record.id or str(uuid.uuid4())))
            self.new_ids.add(record_id)
            self.report.created += 1
        else:
            if row.existing_id in self.new_ids:  # the same as an earlier row of this file
                self.bulk.flush()
            service = self.kb.service(entity)
            if row.status == "duplicate":  # decision "update": the user says it is the same record
                row.record = FILL[entity](service.get(row.existing_id), row.record)
            service.update(row.record)
            record_id = row.existing_id
            self.report.updated += 1
        self.report.ids.append(record_id)
        self._tags(record_id, row.new_tags)
        self.report.links_created += self._links(row, record_id)

    def _tags(self, record_id: str, names: list[str]) -> None:
        entity = self.plan.entity
        for name in names:
            if record_id not in self.new_ids:
                self.kb.tags.tag(entity, record_id, name)  # may restore a deleted tagging
                continue
            key = name.strip().casefold()
            if key not in self._tag_ids:
                tag = self.kb.tags.by_name(name)
                if tag is None:
                    tag = self.kb.tags.create(m.Tag(name=name.strip())).record
                elif tag.deleted_at:
                    self.kb.tags.restore(tag.id)
                self._tag_ids[key] = tag.id
            self.bulk.add("tagging", m.Tagging(tag_id=self._tag_ids[key], entity_type=entity, entity_id=record_id))

    def _links(self, row: RowPlan, record_id: str) -> int:
        created = 0
        fresh = record_id in self.new_ids
        if isinstance(row.incoming, IncomingContact) and row.organisation_id:
            if fresh or not self.kb.db.execute(
                    "SELECT 1 FROM affiliation WHERE contact_id = ? AND organisation_id = ? AND deleted_at IS NULL",
                    [record_id, row.organisation_id]).fetchone():
                self.bulk.add("affiliation", m.Affiliation(contact_id=record_id, organisation_id=row.organisation_id,
                                                           role=row.incoming.department))
                created += 1
        if row.attendee_ids:
            have = set() if fresh else {r[0] for r in self.kb.db.execute(
                "SELECT contact_id FROM activity_link WHERE activity_id = ? AND deleted_at IS NULL"
                " AND contact_id IS NOT NULL", [record_id])}
            for contact_id, role in row.attendee_ids:
                if contact_id not in have:
                    self.bulk.add("activity_link", m.ActivityLink(activity_id=record_id, contact_id=contact_id,
                                                                  role=role))
                    created += 1
        return created

