"""Planning an import: for every incoming record, what importing it would do (reads only).

Each row is validated with the data layer's rules and matched against the knowledge base and
against the rows before it in the same file (db.dedupe's DuplicateFinder for contacts and
organisations; reference or title for projects; calendar UID, or title and start, for
activities). The organisations and calls that rows name and the knowledge base lacks are
planned as new records, once each.

Made again inside the import's write transaction when the database changed since the plan the
user saw (applying.py), with the user's decisions carried over (decisions.py).
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from db import models as m
from db.collation import sv_key
from db.dedupe.duplicates import DuplicateFinder, Match
from db.dedupe.evidence import SAME_NAME
from db.errors import Message, message_of, printable
from db.interchange.cancellation import raise_if_cancelled
from db.interchange.import_pipeline.decisions import CarriedDecisions, database_state
from db.interchange.import_pipeline.plan import ImportPlan, RowPlan
from db.interchange.import_pipeline.record_filling import (
    changed_fields,
    fill_activity,
    fill_blanks,
    fill_contact,
    fold_into,
)
from db.interchange.incoming_records import (
    ENTITY_OF,
    Incoming,
    IncomingActivity,
    IncomingContact,
    IncomingOrganisation,
    IncomingProject,
    Problem,
    ReadResult,
)
from db.services import KnowledgeBase
from db.validation import ValidationError, parse_amount

DEFAULT_LEGAL_BASIS = "allmänt intresse"

Progress = Callable[[int, int], None]


def _source(path: Path) -> str:
    return f"import {printable(path.name)} {date.today().isoformat()}"


def _problems(line: int, exc: ValidationError) -> list[Problem]:
    return [Problem(line, e.field, e.message) for e in exc.errors]


def _folded(text: str | None) -> str:
    return sv_key(" ".join((text or "").split()))


def _empty_incoming(entity: str, line: int) -> Incoming:
    return {"contact": IncomingContact, "organisation": IncomingOrganisation,
            "project": IncomingProject, "activity": IncomingActivity}[entity](line)


class _Planner:
    def __init__(self, kb: KnowledgeBase, result: ReadResult, preview: ImportPlan | None = None):
        self.kb, self.result = kb, result
        state = database_state(kb)  # before the first read: a write during planning makes it stale
        self.finder = DuplicateFinder.load(kb.db.conn)
        self.plan = ImportPlan(result.path, result.entity, [], warnings=list(result.warnings), source=result,
                               state=state)
        self.carried = CarriedDecisions(kb, result.entity, preview)
        self.planned_rows: dict[str, RowPlan] = {}   # planned id -> the row that creates it
        self.org_by_name: dict[str, str] = {}        # folded name -> planned organisation id
        self._emails: dict[str, str] | None = None
        self.updating: dict[str, RowPlan] = {}       # existing id -> the row that updates it

    # organisations named by contacts and projects: existing ones by name, else planned new ones
    def organisation_for(self, name: str | None) -> str | None:
        name = " ".join((name or "").split())
        if not name:
            return None
        key = _folded(name)
        if key in self.org_by_name:
            return self.org_by_name[key]
        match = self.finder.match_organisation(m.Organisation(name=name))
        if match is not None and match.certain:
            self.org_by_name[key] = match.existing_id
            return match.existing_id
        org_id = str(uuid.uuid4())
        org = m.Organisation(id=org_id, name=name, kind="annan",
                             notes=f"Skapad vid import av {printable(self.result.path.name)}")
        self.plan.new_organisations[org_id] = org
        self.finder.add_organisation(org_id, org)
        self.org_by_name[key] = org_id
        return org_id

    def call_for(self, name: str | None) -> str | None:
        name = " ".join((name or "").split())
        if not name:
            return None
        key = _folded(name)
        for call_id, call in self.plan.new_calls.items():
            if _folded(call.name) == key:
                return call_id
        row = self.kb.db.execute("SELECT id FROM call WHERE deleted_at IS NULL AND sv_lower(name) = sv_lower(?)",
                                 [name]).fetchone()
        if row:
            return row[0]
        call_id = str(uuid.uuid4())
        self.plan.new_calls[call_id] = m.Call(id=call_id, name=name)
        return call_id

    def run(self, cancelled: threading.Event | None, progress: Progress | None) -> ImportPlan:
        handler = {
            "contact": self.contact, "organisation": self.organisation,
            "project": self.project, "activity": self.activity,
        }[self.result.entity]
        for problem in self.result.rejected:
            self.plan.rows.append(RowPlan(problem.line, _empty_incoming(self.result.entity, problem.line),
                                          "rejected", reason=problem.reason, problems=[problem]))
        total = len(self.result.records)
        for i, incoming in enumerate(self.result.records):
            raise_if_cancelled(cancelled)
            if ENTITY_OF[type(incoming)] != self.result.entity:
                raise TypeError(f"a {type(incoming).__name__} in a {self.result.entity} import")
            row = handler(incoming)
            self.carried.planned(row)
            self.plan.rows.append(row)
            if progress is not None and i % 500 == 0:
                progress(i, total)
        self.plan.rows.sort(key=lambda r: r.line)
        return self.plan

    def _validate(self, table: str, rec: m.Record, line: int) -> tuple[m.Record | None, list[Problem]]:
        try:
            clean, _ = self.kb.service(table).validate(rec)
        except ValidationError as exc:
            return None, _problems(line, exc)
        return clean, []

    def _matched(self, row: RowPlan, match: Match | None, merge: Callable[[m.Record, str], RowPlan]) -> RowPlan:
        """Turn a duplicate finder's match into the row's status."""
        if match is None:
            return row
        if match.existing_id in self.planned_rows:
            earlier = self.planned_rows[match.existing_id]
            if match.certain:
                fold_into(earlier.record, row.record)
                row.status, row.existing_id = "unchanged", None
                row.reason = Message("same_as_line", {"line": earlier.line, "reason": message_of(match.reason)})
                return row
            row.status, row.existing_id = "duplicate", match.existing_id
            row.reason = Message("resembles_line", {"line": earlier.line, "reason": message_of(match.reason)})
            self.carried.duplicate(row)
            return row
        if match.certain:
            return merge(row.record, match.existing_id)
        row.status, row.existing_id, row.reason = "duplicate", match.existing_id, message_of(match.reason)
        self.carried.duplicate(row)
        return row

    def _new(self, row: RowPlan) -> RowPlan:
        """A row nothing matches: a new record (unless the user's decision in the preview says
        otherwise, then a duplicate skipped or merged as decided)."""
        if not self.carried.stays_new(row):
            return row
        row.record = replace(row.record, id=str(uuid.uuid4()))
        row.status = "new"
        self.planned_rows[row.record.id] = row
        return row

    def _new_with_tags(self, row: RowPlan, entity: str) -> RowPlan:
        if self._new(row).status == "new":
            self._tags_to_add(row, entity, None)
        return row

    def _update(self, row: RowPlan, table: str, existing_id: str, reason: Message,
                fill: Callable[[m.Record, m.Record], m.Record]) -> RowPlan:
        earlier = self.updating.get(existing_id)
        if earlier is not None:
            return self._fold_update(earlier, row, table, fill)
        existing = self.kb.service(table).get(existing_id)
        merged = fill(existing, row.record)
        row.existing_id, row.reason, row.changed = existing_id, message_of(reason), changed_fields(existing, merged)
        row.record = merged
        row.status = "update" if row.changed or row.new_tags or self._new_links(row, existing_id) else "unchanged"
        self.updating[existing_id] = row
        return row

    def _fold_update(self, earlier: RowPlan, row: RowPlan, table: str,
                     fill: Callable[[m.Record, m.Record], m.Record]) -> RowPlan:
        """A second row of the file for a record an earlier row already updates: one update with
        what both bring (two separate updates would each start from the stored record)."""
        existing = self.kb.service(table).get(earlier.existing_id)
        earlier.record = fill(earlier.record, row.record)
        earlier.changed = changed_fields(existing, earlier.record)
        earlier.new_tags = list(dict.fromkeys([*earlier.new_tags, *row.new_tags]))
        earlier.attendee_ids = list(dict.fromkeys([*earlier.attendee_ids, *row.attendee_ids]))
        if earlier.changed or earlier.new_tags or self._new_links(earlier, earlier.existing_id):
            earlier.status = "update"
        row.status, row.existing_id = "unchanged", None
        row.reason = Message("same_record_as_line", {"line": earlier.line})
        return row

    def _new_links(self, row: RowPlan, existing_id: str) -> bool:
        if row.organisation_id and row.incoming.__class__ is IncomingContact:
            return not self.kb.db.execute(
                "SELECT 1 FROM affiliation WHERE contact_id = ? AND organisation_id = ? AND deleted_at IS NULL",
                [existing_id, row.organisation_id]).fetchone()
        if row.attendee_ids:
            have = {r[0] for r in self.kb.db.execute(
                "SELECT contact_id FROM activity_link WHERE activity_id = ? AND deleted_at IS NULL"
                " AND contact_id IS NOT NULL", [existing_id])}
            return any(cid not in have for cid, _ in row.attendee_ids)
        return False

    def _tags_to_add(self, row: RowPlan, entity: str, existing_id: str | None) -> None:
        tags = list(dict.fromkeys(t.strip() for t in row.incoming.tags if t and t.strip()))
        if existing_id is not None:
            have = {sv_key(t) for t in self.kb.tags.names_for(entity, existing_id)}
            tags = [t for t in tags if sv_key(t) not in have]
        row.new_tags = tags

    # --- contacts ---

    def contact(self, inc: IncomingContact) -> RowPlan:
        title = inc.title
        rec = m.Contact(first_name=inc.first_name or "", last_name=inc.last_name or "", title=title,
                        emails=list(inc.emails), phones=list(inc.phones), municipality=inc.municipality,
                        notes=inc.notes, legal_basis=DEFAULT_LEGAL_BASIS, source=_source(self.result.path))
        clean, problems = self._validate("contact", rec, inc.line)
        row = RowPlan(inc.line, inc, "" if clean else "rejected", problems=problems)
        if clean is None:
            row.reason = problems[0].reason
            return row
        row.record = clean
        row.organisation_id = self.organisation_for(inc.organisation)
        org_ids = [row.organisation_id] if row.organisation_id else []
        if inc.uid and self.kb.contacts.exists(inc.uid, include_deleted=False):
            match: Match | None = Match(inc.uid, True, Message("same_id"), 100.0)
        else:
            match = self.finder.match_contact(clean, org_ids)
        row = self._matched(row, match, lambda r, eid: self._update_contact(row, eid, match.reason))
        if not row.status and self._new(row).status == "new":
            self.finder.add_contact(row.record.id, row.record, org_ids)
            self._tags_to_add(row, "contact", None)
        return row

    def _update_contact(self, row: RowPlan, existing_id: str, reason: Message) -> RowPlan:
        self._tags_to_add(row, "contact", existing_id)
        return self._update(row, "contact", existing_id, reason, fill_contact)

    # --- organisations ---

    def organisation(self, inc: IncomingOrganisation) -> RowPlan:
        rec = m.Organisation(name=inc.name or "", short_name=inc.short_name, kind=(inc.kind or "annan").lower(),
                             org_number=inc.org_number, website=inc.website, municipality=inc.municipality,
                             county=inc.county, notes=inc.notes)
        clean, problems = self._validate("organisation", rec, inc.line)
        row = RowPlan(inc.line, inc, "" if clean else "rejected", problems=problems)
        if clean is None:
            row.reason = problems[0].reason
            return row
        row.record = clean
        key = _folded(clean.name)
        if key in self.org_by_name and self.org_by_name[key] in self.planned_rows:
            earlier = self.planned_rows[self.org_by_name[key]]
            fold_into(earlier.record, clean)
            row.status, row.reason = "unchanged", Message("same_as_line", {"line": earlier.line, "reason": SAME_NAME})
            return row
        match = self.finder.match_organisation(clean)
        row = self._matched(row, match, lambda r, eid: self._update_org(row, eid, match.reason))
        if not row.status and self._new(row).status == "new":
            self.finder.add_organisation(row.record.id, row.record)
            self.org_by_name[key] = row.record.id
            self._tags_to_add(row, "organisation", None)
        return row

    def _update_org(self, row: RowPlan, existing_id: str, reason: Message) -> RowPlan:
        self._tags_to_add(row, "organisation", existing_id)
        return self._update(row, "organisation", existing_id, reason, fill_blanks)

    # --- projects ---

    def project(self, inc: IncomingProject) -> RowPlan:
        row = RowPlan(inc.line, inc, "rejected")
        amounts: dict[str, int | None] = {}
        for name in ("total_budget_sek", "grant_sek"):
            value = getattr(inc, name)
            try:
                amounts[name] = parse_amount(value) if value not in (None, "") else None
            except ValueError as exc:
                row.problems.append(Problem(inc.line, name, message_of(exc)))
        rec = m.Project(title=inc.title or "", reference=inc.reference, kind=(inc.kind or None) and inc.kind.lower(),
                        status=(inc.status or "").lower(), start_date=inc.start_date, end_date=inc.end_date,
                        municipality=inc.municipality, need_area=inc.need_area, description=inc.description,
                        **amounts)
        clean, problems = self._validate("project", rec, inc.line)
        row.problems.extend(problems)
        if clean is None or row.problems:
            row.reason = row.problems[0].reason
            return row
        row.status = ""
        row.record = replace(clean, coordinator_id=self.organisation_for(inc.coordinator),
                             call_id=self.call_for(inc.call))
        existing = self._existing_project(clean)
        if existing is not None:
            self._tags_to_add(row, "project", existing[0])
            return self._update(row, "project", existing[0], existing[1], fill_blanks)
        return self._new_with_tags(row, "project")

    def _existing_project(self, rec: m.Project) -> tuple[str, Message] | None:
        if rec.reference:
            found = self.kb.db.execute("SELECT id FROM project WHERE deleted_at IS NULL AND reference = ?",
                                       [rec.reference]).fetchone()
            if found:
                return found[0], Message("same_reference")
        found = self.kb.db.execute("SELECT id FROM project WHERE deleted_at IS NULL AND sv_lower(title) = sv_lower(?)",
                                   [rec.title]).fetchone()
        return (found[0], Message("same_title")) if found else None

    # --- activities ---

    def contact_by_email(self, email: str | None) -> str | None:
        if self._emails is None:
            self._emails = {}
            for contact_id, emails in self.kb.db.execute("SELECT id, emails FROM contact WHERE deleted_at IS NULL"):
                for address in json.loads(emails):
                    self._emails.setdefault(address.lower(), contact_id)
        return self._emails.get((email or "").strip().lower())

    def activity(self, inc: IncomingActivity) -> RowPlan:
        rec = m.Activity(kind=inc.kind or "möte", title=inc.title or "", starts=inc.starts or "", ends=inc.ends,
                         place=inc.place, online=inc.online, minutes=inc.minutes, logged_by=self.kb.user)
        clean, problems = self._validate("activity", rec, inc.line)
        row = RowPlan(inc.line, inc, "" if clean else "rejected", problems=problems)
        if clean is None:
            row.reason = problems[0].reason
            return row
        row.record = clean
        unknown = 0
        for attendee in inc.attendees:
            contact_id = self.contact_by_email(attendee.email)
            if contact_id is None:
                unknown += 1
            elif contact_id not in {c for c, _ in row.attendee_ids}:
                row.attendee_ids.append((contact_id, attendee.role))
        if unknown:
            self.plan.warnings.append(Message("attendees_not_linked", {"line": inc.line, "count": unknown}))
        existing = self._existing_activity(inc, clean)
        if existing is not None:
            self._tags_to_add(row, "activity", existing[0])
            return self._update(row, "activity", existing[0], existing[1], fill_activity)
        return self._new_with_tags(row, "activity")

    def _existing_activity(self, inc: IncomingActivity, rec: m.Activity) -> tuple[str, Message] | None:
        if inc.uid and self.kb.activities.exists(inc.uid, include_deleted=False):
            return inc.uid, Message("same_calendar_uid")
        found = self.kb.db.execute("SELECT id FROM activity WHERE deleted_at IS NULL AND starts = ? AND title = ?",
                                   [rec.starts, rec.title]).fetchone()
        return (found[0], Message("same_title_and_start")) if found else None


def plan_import(kb: KnowledgeBase, result: ReadResult, *, cancelled: threading.Event | None = None,
                progress: Progress | None = None) -> ImportPlan:
    """Decide for every record what importing it would do. Reads only."""
    return _Planner(kb, result).run(cancelled, progress)


def replan(kb: KnowledgeBase, preview: ImportPlan, *,
           cancelled: threading.Event | None = None) -> tuple[ImportPlan, list[Message]]:
    """The preview's records planned again against the database as it is now (call it inside the
    write transaction), the user's decisions carried over; with what the re-plan could not do as
    the preview said (decisions.py)."""
    planner = _Planner(kb, preview.source, preview)
    return planner.run(cancelled, None), planner.carried.warnings

