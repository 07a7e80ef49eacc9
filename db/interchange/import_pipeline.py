"""Importing contacts, organisations, projects and activities from vCard, CSV/Excel and iCalendar.

Three steps, each usable on its own (the desktop shows the plan before anything is written):

    result = read_file(path)                 # the file's records, or ImportFileError
    plan = plan_import(kb, result)           # every row: new / update / unchanged / duplicate / rejected
    report = apply_import(kb, plan)          # all accepted rows in one transaction, or nothing

A row is "update" when it is certainly a record the knowledge base already holds (the same
e-mail, organisation number, calendar UID ...): it fills empty fields and adds new e-mails and
phones, but never overwrites what the office has curated. "unchanged" when it would add
nothing, so importing the same file twice writes nothing. "duplicate" when it only might be
one (a similar name in the same organisation): the user chooses per row, by default it is
skipped.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from db import models as m
from db.bulk_insert import BulkInsert
from db.collation import sv_key
from db.dedupe.duplicates import DuplicateFinder, Match
from db.interchange.incoming_records import (
    ENTITY_OF,
    ImportFileError,
    Incoming,
    IncomingActivity,
    IncomingContact,
    IncomingOrganisation,
    IncomingProject,
    Problem,
    ReadResult,
)
from db.interchange.json_dump import Cancelled
from db.services import KnowledgeBase
from db.validation import ValidationError, parse_amount

log = logging.getLogger(__name__)

SUFFIXES = (".vcf", ".vcard", ".csv", ".txt", ".tsv", ".xlsx", ".ics")
STATUSES = ("new", "update", "unchanged", "duplicate", "rejected")
# What the user may decide for a possible duplicate.
DECISIONS = ("skip", "new", "update")
DEFAULT_LEGAL_BASIS = "allmänt intresse"

Progress = Callable[[int, int], None]


# --- reading --------------------------------------------------------------------------


def read_file(path: Path, *, entity: str | None = None, mapping: dict[int, str] | None = None,
              mapping_file: Path | None = None, sheet: str | None = None) -> ReadResult:
    """Read any supported file into incoming records. For CSV/Excel the columns are mapped by
    `mapping` (column index -> field), a MAPPING.json file, or guessed from the header."""
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        from db.interchange.vcard import read_vcards

        return read_vcards(path)
    if suffix == ".ics":
        from db.interchange.ical import read_ics

        return read_ics(path)
    if suffix in (".csv", ".txt", ".tsv", ".xlsx"):
        from db.interchange import tabular

        table = tabular.read_table(path, sheet=sheet)
        if mapping_file is not None:
            entity, mapping = tabular.load_mapping(mapping_file, table.headers)
        entity = entity or tabular.guess_entity(table.headers)
        if mapping is None:
            mapping = tabular.guess_mapping(table.headers, entity)
        if not mapping:
            raise ImportFileError(path, f"no column could be matched to a {entity} field; "
                                        "give a mapping (--mapping MAPPING.json)", line=1)
        return tabular.to_incoming(table, entity, mapping)
    if suffix == ".xls":
        raise ImportFileError(path, "old Excel files (.xls) cannot be read; save it as .xlsx or .csv")
    raise ImportFileError(path, f"unsupported file type '{suffix or '(none)'}' "
                                f"(supported: {', '.join(SUFFIXES)}, .json)")


# --- planning ---------------------------------------------------------------------------


@dataclass
class RowPlan:
    """What importing one incoming record would do."""
    line: int
    incoming: Incoming
    status: str
    record: m.Record | None = None          # the validated record to create, or the updated one
    existing_id: str | None = None          # the record it matches (update/unchanged/duplicate)
    reason: str | None = None               # why it matches ("same e-mail") or why rejected
    changed: list[str] = field(default_factory=list)  # fields an update changes
    problems: list[Problem] = field(default_factory=list)
    decision: str = "skip"                  # for a duplicate: skip, new or update
    organisation_id: str | None = None      # contact: the organisation to link (may be planned)
    attendee_ids: list[tuple[str, str]] = field(default_factory=list)  # activity: (contact id, role)
    new_tags: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        inc = self.incoming
        if isinstance(inc, IncomingContact):
            return f"{inc.first_name} {inc.last_name}".strip() or ", ".join(inc.emails)
        if isinstance(inc, IncomingOrganisation):
            return inc.name
        return inc.title

    @property
    def writes(self) -> bool:
        if self.status == "duplicate":
            return self.decision in ("new", "update")
        return self.status in ("new", "update")


@dataclass
class ImportPlan:
    path: Path
    entity: str
    rows: list[RowPlan]
    new_organisations: dict[str, m.Organisation] = field(default_factory=dict)  # planned id -> record
    new_calls: dict[str, m.Call] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for row in self.rows:
            counts[row.status] += 1
        return counts

    @property
    def rejected(self) -> list[Problem]:
        return [p for row in self.rows if row.status == "rejected" for p in row.problems]

    def set_all_duplicates(self, decision: str) -> None:
        if decision not in DECISIONS:
            raise ValueError(f"unknown decision '{decision}' (use {', '.join(DECISIONS)})")
        for row in self.rows:
            if row.status == "duplicate":
                row.decision = decision


@dataclass
class ImportReport:
    """What an import wrote."""
    path: Path
    entity: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped_duplicates: int = 0
    rejected: list[Problem] = field(default_factory=list)
    organisations_created: int = 0
    links_created: int = 0
    op_id: str | None = None
    backup: Path | None = None
    ids: list[str] = field(default_factory=list)  # the records created or updated, in file order

    def summary(self) -> str:
        return (f"{self.created} new, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.skipped_duplicates} possible duplicates skipped, {len(self.rejected)} rejected")


def _source(path: Path) -> str:
    return f"import {path.name} {date.today().isoformat()}"


def _problems(line: int, exc: ValidationError) -> list[Problem]:
    return [Problem(line, e.field, e.message) for e in exc.errors]


def _folded(text: str | None) -> str:
    return sv_key(" ".join((text or "").split()))


class _Planner:
    def __init__(self, kb: KnowledgeBase, result: ReadResult):
        self.kb, self.result = kb, result
        self.finder = DuplicateFinder.load(kb.db.conn)
        self.plan = ImportPlan(result.path, result.entity, [], warnings=list(result.warnings))
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
                             notes=f"Skapad vid import av {self.result.path.name}")
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
            if cancelled is not None and cancelled.is_set():
                raise Cancelled()
            if ENTITY_OF[type(incoming)] != self.result.entity:
                raise TypeError(f"a {type(incoming).__name__} in a {self.result.entity} import")
            self.plan.rows.append(handler(incoming))
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
                _fold_into(earlier.record, row.record)
                row.status, row.existing_id = "unchanged", None
                row.reason = f"same as line {earlier.line} ({match.reason})"
                return row
            row.status, row.existing_id = "duplicate", match.existing_id
            row.reason = f"{match.reason}: line {earlier.line}"
            return row
        if match.certain:
            return merge(row.record, match.existing_id)
        row.status, row.existing_id, row.reason = "duplicate", match.existing_id, match.reason
        return row

    def _new(self, row: RowPlan) -> RowPlan:
        row.record = replace(row.record, id=str(uuid.uuid4()))
        row.status = "new"
        self.planned_rows[row.record.id] = row
        return row

    def _update(self, row: RowPlan, table: str, existing_id: str, reason: str,
                fill: Callable[[m.Record, m.Record], m.Record]) -> RowPlan:
        earlier = self.updating.get(existing_id)
        if earlier is not None:
            return self._fold_update(earlier, row, table, fill)
        existing = self.kb.service(table).get(existing_id)
        merged = fill(existing, row.record)
        row.existing_id, row.reason, row.changed = existing_id, reason, _changed(existing, merged)
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
        earlier.changed = _changed(existing, earlier.record)
        earlier.new_tags = list(dict.fromkeys([*earlier.new_tags, *row.new_tags]))
        earlier.attendee_ids = list(dict.fromkeys([*earlier.attendee_ids, *row.attendee_ids]))
        if earlier.changed or earlier.new_tags or self._new_links(earlier, earlier.existing_id):
            earlier.status = "update"
        row.status, row.existing_id = "unchanged", None
        row.reason = f"same as line {earlier.line}"
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
            row.reason = "; ".join(p.reason for p in problems)
            return row
        row.record = clean
        row.organisation_id = self.organisation_for(inc.organisation)
        org_ids = [row.organisation_id] if row.organisation_id else []
        if inc.uid and self.kb.contacts.exists(inc.uid, include_deleted=False):
            match: Match | None = Match(inc.uid, True, "same id", 100.0)
        else:
            match = self.finder.match_contact(clean, org_ids)
        row = self._matched(row, match, lambda r, eid: self._update_contact(row, eid, match.reason))
        if not row.status:
            row = self._new(row)
            self.finder.add_contact(row.record.id, row.record, org_ids)
            self._tags_to_add(row, "contact", None)
        return row

    def _update_contact(self, row: RowPlan, existing_id: str, reason: str) -> RowPlan:
        self._tags_to_add(row, "contact", existing_id)
        return self._update(row, "contact", existing_id, reason, _fill_contact)

    # --- organisations ---

    def organisation(self, inc: IncomingOrganisation) -> RowPlan:
        rec = m.Organisation(name=inc.name or "", short_name=inc.short_name, kind=(inc.kind or "annan").lower(),
                             org_number=inc.org_number, website=inc.website, municipality=inc.municipality,
                             county=inc.county, notes=inc.notes)
        clean, problems = self._validate("organisation", rec, inc.line)
        row = RowPlan(inc.line, inc, "" if clean else "rejected", problems=problems)
        if clean is None:
            row.reason = "; ".join(p.reason for p in problems)
            return row
        row.record = clean
        key = _folded(clean.name)
        if key in self.org_by_name and self.org_by_name[key] in self.planned_rows:
            earlier = self.planned_rows[self.org_by_name[key]]
            _fold_into(earlier.record, clean)
            row.status, row.reason = "unchanged", f"same as line {earlier.line} (same name)"
            return row
        match = self.finder.match_organisation(clean)
        row = self._matched(row, match, lambda r, eid: self._update_org(row, eid, match.reason))
        if not row.status:
            row = self._new(row)
            self.finder.add_organisation(row.record.id, row.record)
            self.org_by_name[key] = row.record.id
            self._tags_to_add(row, "organisation", None)
        return row

    def _update_org(self, row: RowPlan, existing_id: str, reason: str) -> RowPlan:
        self._tags_to_add(row, "organisation", existing_id)
        return self._update(row, "organisation", existing_id, reason, _fill_blanks)

    # --- projects ---

    def project(self, inc: IncomingProject) -> RowPlan:
        row = RowPlan(inc.line, inc, "rejected")
        amounts: dict[str, int | None] = {}
        for name in ("total_budget_sek", "grant_sek"):
            value = getattr(inc, name)
            try:
                amounts[name] = parse_amount(value) if value not in (None, "") else None
            except ValueError as exc:
                row.problems.append(Problem(inc.line, name, str(exc)))
        rec = m.Project(title=inc.title or "", reference=inc.reference, kind=(inc.kind or None) and inc.kind.lower(),
                        status=(inc.status or "").lower(), start_date=inc.start_date, end_date=inc.end_date,
                        municipality=inc.municipality, need_area=inc.need_area, description=inc.description,
                        **amounts)
        clean, problems = self._validate("project", rec, inc.line)
        row.problems.extend(problems)
        if clean is None or row.problems:
            row.reason = "; ".join(p.reason for p in row.problems)
            return row
        row.status = ""
        row.record = replace(clean, coordinator_id=self.organisation_for(inc.coordinator),
                             call_id=self.call_for(inc.call))
        existing = self._existing_project(clean)
        if existing is not None:
            self._tags_to_add(row, "project", existing[0])
            return self._update(row, "project", existing[0], existing[1], _fill_blanks)
        row = self._new(row)
        self._tags_to_add(row, "project", None)
        return row

    def _existing_project(self, rec: m.Project) -> tuple[str, str] | None:
        if rec.reference:
            found = self.kb.db.execute("SELECT id FROM project WHERE deleted_at IS NULL AND reference = ?",
                                       [rec.reference]).fetchone()
            if found:
                return found[0], "same reference"
        found = self.kb.db.execute("SELECT id FROM project WHERE deleted_at IS NULL AND sv_lower(title) = sv_lower(?)",
                                   [rec.title]).fetchone()
        return (found[0], "same title") if found else None

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
            row.reason = "; ".join(p.reason for p in problems)
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
            self.plan.warnings.append(f"line {inc.line}: {unknown} participant(s) not in the knowledge base "
                                      "were not linked (no contact is created from an invitation)")
        existing = self._existing_activity(inc, clean)
        if existing is not None:
            self._tags_to_add(row, "activity", existing[0])
            return self._update(row, "activity", existing[0], existing[1], _fill_activity)
        row = self._new(row)
        self._tags_to_add(row, "activity", None)
        return row

    def _existing_activity(self, inc: IncomingActivity, rec: m.Activity) -> tuple[str, str] | None:
        if inc.uid and self.kb.activities.exists(inc.uid, include_deleted=False):
            return inc.uid, "same calendar UID"
        found = self.kb.db.execute("SELECT id FROM activity WHERE deleted_at IS NULL AND starts = ? AND title = ?",
                                   [rec.starts, rec.title]).fetchone()
        return (found[0], "same title and start") if found else None


_BOOKKEEPING = {"id", "created_at", "updated_at", "updated_by", "deleted_at"}


def _changed(before: m.Record, after: m.Record) -> list[str]:
    return [f.name for f in fields(after) if f.name not in _BOOKKEEPING
            and getattr(after, f.name) != getattr(before, f.name)]


def _empty_incoming(entity: str, line: int) -> Incoming:
    return {"contact": IncomingContact, "organisation": IncomingOrganisation,
            "project": IncomingProject, "activity": IncomingActivity}[entity](line)


def _union(first: list[str], second: list[str], key: Callable[[str], str] = str) -> list[str]:
    seen = {key(x) for x in first}
    return [*first, *[x for x in second if key(x) not in seen]]


def _fill_blanks(existing: m.Record, incoming: m.Record) -> m.Record:
    """The existing record with its empty fields filled from the incoming one."""
    values = {}
    for f in fields(existing):
        if f.name in _BOOKKEEPING:
            continue
        mine, theirs = getattr(existing, f.name), getattr(incoming, f.name)
        if mine in (None, "", []) and theirs not in (None, "", []):
            values[f.name] = theirs
    return replace(existing, **values)


def _fill_contact(existing: m.Contact, incoming: m.Contact) -> m.Contact:
    merged = _fill_blanks(existing, replace(incoming, legal_basis=None, source=None))
    return replace(merged, emails=_union(existing.emails, incoming.emails, str.lower),
                   phones=_union(existing.phones, incoming.phones))


def _fill_activity(existing: m.Activity, incoming: m.Activity) -> m.Activity:
    """A calendar event that comes again (an updated invitation) brings its new time, title and place."""
    merged = _fill_blanks(existing, incoming)
    return replace(merged, title=incoming.title, starts=incoming.starts, ends=incoming.ends or existing.ends,
                   place=incoming.place or existing.place, logged_by=existing.logged_by)


_FILL: dict[str, Callable[[Any, Any], m.Record]] = {
    "contact": _fill_contact, "organisation": _fill_blanks, "project": _fill_blanks, "activity": _fill_activity,
}


def _fold_into(earlier: m.Record, later: m.Record) -> None:
    """A later row of the same file describes the same record: add what it knows."""
    merged = _fill_contact(earlier, later) if isinstance(earlier, m.Contact) else _fill_blanks(earlier, later)
    for f in fields(earlier):
        setattr(earlier, f.name, getattr(merged, f.name))


def plan_import(kb: KnowledgeBase, result: ReadResult, *, cancelled: threading.Event | None = None,
                progress: Progress | None = None) -> ImportPlan:
    """Decide for every record what importing it would do. Reads only."""
    return _Planner(kb, result).run(cancelled, progress)


# --- applying -----------------------------------------------------------------------------


def apply_import(kb: KnowledgeBase, plan: ImportPlan, *, cancelled: threading.Event | None = None,
                 progress: Progress | None = None, backup: bool = True) -> ImportReport:
    """Write every accepted row in one transaction: all of them, or (on an error or a
    cancel) nothing. A backup of a non-empty database is taken first."""
    report = ImportReport(plan.path, plan.entity, rejected=plan.rejected)
    if backup:
        report.backup = _backup_before_import(kb)
    writing = [row for row in plan.rows if row.writes]
    total = len(writing)
    with kb.transaction():
        report.op_id = kb.op_id
        writer = _Writer(kb, plan, report)
        writer.planned(writing)
        for i, row in enumerate(writing):
            if cancelled is not None and cancelled.is_set():
                raise Cancelled()
            writer.row(row)
            if progress is not None and i % 200 == 0:
                progress(i, total)
        writer.bulk.flush()
        if progress is not None:
            progress(total, total)
    for row in plan.rows:
        if row.status == "unchanged":
            report.unchanged += 1
        elif row.status == "duplicate" and row.decision == "skip":
            report.skipped_duplicates += 1
    log.info("import of a %s file: %s", plan.entity, report.summary())
    return report


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
                row.record = _FILL[entity](service.get(row.existing_id), row.record)
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


# --- plain-text reports (command line) -------------------------------------------------


def describe(row: RowPlan) -> str:
    """One line for the command line's report."""
    return f"line {row.line}: {row.status}: {row.label}" + (f" ({row.reason})" if row.reason else "")
