"""Named operations: one function for each write a user makes, like Anki's aqt/operations.

    result = operations.save_contact(kb, contact, affiliations)
    result.record                    # the contact as stored
    result.links["affiliations"]     # its affiliation rows as stored, in the order given
    result.changes                   # every row written and the records each link connects
    result.warnings                  # db.errors.Message, of the record and of its link rows

Each operation validates everything first (the record and every link row: nothing is written
while anything is invalid, and a link row's problem is named for its row, "affiliations[1].from_date",
so a dialog can mark it), then writes the record and its link rows in one transaction through the
services (so every write is in the change log under one op id, and the listeners hear it once).

A save's link rows are the whole list the record should have: a row with an id is kept (updated
when it changed), a row without one is created, and a live row of the record that is not in the
list is soft-deleted. Only links a record page shows count: a row that points at a record in the
trash (or at an erased person's placeholder) is left alone, so restoring that record brings its
link back. `replaces` narrows what may be deleted to the ids the caller started from, so a link
someone else added meanwhile (another window, the command line) is not removed unseen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace

from db import models as m
from db.services import KnowledgeBase, Service
from db.validation import FieldError, ValidationError

log = logging.getLogger(__name__)


@dataclass
class OpResult(m.Saved):
    """What one operation did: the record as stored, its link rows as stored (list name -> rows),
    every change (link rows and the records they connect included), the warnings, and the
    operation's id in the change log (what undo_operation takes)."""

    links: dict[str, list[m.Record]] = field(default_factory=dict)
    op_id: str | None = None

    def absorb(self, saved: m.Saved) -> None:
        self.changes.merge(saved.changes)
        self.warnings.extend(saved.warnings)


@dataclass(frozen=True)
class LinkList:
    """A list of rows that belongs to one record: its name in errors, its table, the column that
    points at the record that owns it, and the columns that name what a row links the owner to
    (a follow-up links to nothing: it is part of its activity)."""

    name: str
    table: str
    owner_field: str
    target_fields: tuple[str, ...] = ()


_NO_OWNER_YET = "(new)"

LINK_LISTS: dict[str, LinkList] = {
    kind.name: kind
    for kind in (
        LinkList("affiliations", "affiliation", "contact_id", ("organisation_id",)),
        LinkList("parties", "project_party", "project_id", ("organisation_id", "contact_id")),
        LinkList("members", "membership", "network_id", ("organisation_id", "contact_id")),
        LinkList("links", "activity_link", "activity_id",
                 ("contact_id", "organisation_id", "project_id", "network_id")),
        LinkList("follow_ups", "follow_up", "activity_id"),
    )
}


# --- the operations ---------------------------------------------------------------------------


def save_record(kb: KnowledgeBase, entity: str, record: m.Record) -> OpResult:
    """Create a record of a kind without link rows (no id) or update it."""
    return _save(kb, entity, record, {})


def save_organisation(kb: KnowledgeBase, organisation: m.Organisation) -> OpResult:
    return save_record(kb, "organisation", organisation)


def save_call(kb: KnowledgeBase, call: m.Call) -> OpResult:
    return save_record(kb, "call", call)


def save_contact(kb: KnowledgeBase, contact: m.Contact, affiliations: Sequence[m.Affiliation], *,
                 replaces: Collection[str] | None = None) -> OpResult:
    """The contact and the organisations the person works for (each affiliation's contact_id is
    filled in)."""
    return _save(kb, "contact", contact, {"affiliations": affiliations}, replaces)


def save_project(kb: KnowledgeBase, project: m.Project, parties: Sequence[m.ProjectParty], *,
                 replaces: Collection[str] | None = None) -> OpResult:
    """The project and its parties (organisations or people with a role)."""
    return _save(kb, "project", project, {"parties": parties}, replaces)


def save_network(kb: KnowledgeBase, network: m.Network, members: Sequence[m.Membership], *,
                 replaces: Collection[str] | None = None) -> OpResult:
    """The network and its members (people or organisations, with role, from and to)."""
    return _save(kb, "network", network, {"members": members}, replaces)


def log_activity(kb: KnowledgeBase, activity: m.Activity, links: Sequence[m.ActivityLink],
                 follow_ups: Sequence[m.FollowUp], *, replaces: Collection[str] | None = None) -> OpResult:
    """A meeting (or any activity) in one go: who took part, what it was about, the follow-ups.
    `replaces` may hold ids of both kinds of rows."""
    return _save(kb, "activity", activity, {"links": links, "follow_ups": follow_ups}, replaces)


def add_note(kb: KnowledgeBase, entity: str, entity_id: str, text: str) -> OpResult:
    """A note on a record, authored by the knowledge base's user."""
    return _single(kb, lambda: kb.notes.add(entity, entity_id, text))


def delete_record(kb: KnowledgeBase, entity: str, record_id: str) -> OpResult:
    """Soft delete: the record goes to the trash (restore_record takes it back)."""
    return _single(kb, lambda: kb.service(entity).delete(record_id))


def restore_record(kb: KnowledgeBase, entity: str, record_id: str) -> OpResult:
    return _single(kb, lambda: kb.service(entity).restore(record_id))


# --- validation -------------------------------------------------------------------------------


def link_errors(kb: KnowledgeBase, name: str, rows: Iterable[m.Record]) -> list[FieldError]:
    """The problems of a list of link rows, each named for its row ("affiliations[1].to_date").
    The column that points at the owner is not checked: a new record has no id yet."""
    kind = LINK_LISTS[name]
    service = kb.service(kind.table)
    errors: list[FieldError] = []
    for index, row in enumerate(rows):
        # Some owner id, so that the other columns' checks (the records they name exist) run too.
        row = replace(row, **{kind.owner_field: getattr(row, kind.owner_field) or _NO_OWNER_YET})
        try:
            service.validate(row)
        except ValidationError as exc:
            errors += _named(f"{name}[{index}]", (e for e in exc.errors if e.field != kind.owner_field))
    return errors


def _named(prefix: str, errors: Iterable[FieldError]) -> list[FieldError]:
    return [FieldError(f"{prefix}.{e.field}", e.code, **e.params) for e in errors]


def _check(kb: KnowledgeBase, service: Service, record: m.Record, lists: dict[str, Sequence[m.Record]]) -> None:
    """Every problem of the record and its link rows at once, before anything is written."""
    errors: list[FieldError] = []
    try:
        service.validate(record)
    except ValidationError as exc:
        errors += exc.errors
    for name, rows in lists.items():
        errors += link_errors(kb, name, rows)
    if errors:
        raise ValidationError(errors)


# --- writing ----------------------------------------------------------------------------------


def _save(kb: KnowledgeBase, entity: str, record: m.Record, lists: dict[str, Sequence[m.Record]],
          replaces: Collection[str] | None = None) -> OpResult:
    service = kb.service(entity)
    _check(kb, service, record, lists)
    with kb.transaction():
        saved = service.update(record) if record.id else service.create(record)
        result = OpResult(saved.record, m.Changes(), [], op_id=kb.op_id)
        result.absorb(saved)
        for name, rows in lists.items():
            result.links[name] = _save_links(kb, LINK_LISTS[name], saved.record.id, rows, replaces, result)
    log.info("saved %s %s with %d link rows", entity, result.record.id, sum(map(len, result.links.values())))
    return result


def _save_links(kb: KnowledgeBase, kind: LinkList, owner_id: str, rows: Sequence[m.Record],
                replaces: Collection[str] | None, result: OpResult) -> list[m.Record]:
    """The one place a record's link rows are written: create the new ones, update the kept
    ones (an unchanged row is not written), soft-delete the live ones no longer wanted."""
    service = kb.service(kind.table)
    stored = []
    for index, row in enumerate(rows):
        row = replace(row, **{kind.owner_field: owner_id})
        try:
            saved = service.update(row) if row.id else service.create(row)
        except ValidationError as exc:  # the whole save rolls back; the error names the row
            raise ValidationError(_named(f"{kind.name}[{index}]", exc.errors)) from None
        result.absorb(saved)
        stored.append(saved.record)
    kept = {rec.id for rec in stored}
    for live in service.list({kind.owner_field: owner_id}):
        if live.id in kept or (replaces is not None and live.id not in replaces):
            continue
        if replaces is not None or _shown(kb, service, kind, live):
            result.absorb(service.delete(live.id))
    return stored


def _shown(kb: KnowledgeBase, service: Service, kind: LinkList, row: m.Record) -> bool:
    """Does the row link to live records only (as a record page shows it)?"""
    return all(kb.service(service.spec.references[name]).exists(getattr(row, name), include_deleted=False)
               for name in kind.target_fields if getattr(row, name))


def _single(kb: KnowledgeBase, write: Callable[[], m.Saved]) -> OpResult:
    with kb.transaction():
        saved = write()
        result = OpResult(saved.record, m.Changes(), [], op_id=kb.op_id)
        result.absorb(saved)
    return result
