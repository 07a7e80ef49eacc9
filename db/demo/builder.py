"""Writing the demo data: every record through the services, in one transaction.

    with KnowledgeBase.open("demo.db") as kb:
        counts = create_demo(kb)   # {"organisation": 28, "contact": 21, ...}
"""

from __future__ import annotations

import logging
from collections import Counter

from db import models as m
from db.demo import events, people, portfolio
from db.demo.records import CONTACT, LEGAL_BASIS, NETWORK, ORG, PROJECT, SOURCE, Ref
from db.entities import MAIN_ENTITIES
from db.errors import UserError
from db.schema import ENTITY_TABLES

log = logging.getLogger(__name__)


class _DemoWriter:
    """Writes the demo records and remembers their ids by (entity, key)."""

    def __init__(self, kb) -> None:
        self.kb = kb
        self.ids: dict[tuple[str, str], str] = {}
        self.counts: Counter[str] = Counter()

    def save(self, entity: str, key: str | None, record: m.Record) -> str:
        saved = self.kb.service(entity).create(record)
        for warning in saved.warnings:
            log.warning("demo %s %r: %s", entity, key, warning)
        self.counts[entity] += 1
        if key is not None:
            if (entity, key) in self.ids:
                raise ValueError(f"demo data names two {entity} records '{key}'")
            self.ids[(entity, key)] = saved.record.id
        return saved.record.id

    def id_of(self, entity: str, key: str | None) -> str | None:
        if key is None:
            return None
        try:
            return self.ids[(entity, key)]
        except KeyError:
            raise ValueError(f"demo data refers to an unknown {entity} '{key}'") from None

    def tag(self, entity: str, key: str, name: str) -> None:
        if self.kb.tags.by_name(name) is None:
            self.counts["tag"] += 1
        self.kb.tags.tag(entity, self.id_of(entity, key), name)
        self.counts["tagging"] += 1

    def note(self, entity: str, key: str, text: str) -> None:
        self.kb.notes.add(entity, self.id_of(entity, key), text)
        self.counts["note"] += 1


def _write_organisations(w: _DemoWriter) -> None:
    for org in people.ORGANISATIONS:
        w.save(ORG, org.name, m.Organisation(
            name=org.name, short_name=org.short_name, kind=org.kind, website=org.website,
            municipality=org.municipality, county=org.county, parent_id=w.id_of(ORG, org.parent),
            notes=f"{org.notes} (Källa: {SOURCE}.)"))
    for name, tag in people.ORGANISATION_TAGS:
        w.tag(ORG, name, tag)


def _write_people(w: _DemoWriter) -> None:
    for person in (*people.STAFF, *people.EXTERNAL_PEOPLE):
        w.save(CONTACT, person.key, m.Contact(
            first_name=person.first_name, last_name=person.last_name, title=person.title,
            is_staff=person.is_staff, notes=person.notes, legal_basis=LEGAL_BASIS, source=SOURCE))
    for aff in people.AFFILIATIONS:
        w.save("affiliation", None, m.Affiliation(
            contact_id=w.id_of(CONTACT, aff.person), organisation_id=w.id_of(ORG, aff.organisation),
            role=aff.role, from_date=aff.from_date, to_date=aff.to_date))


def _write_calls(w: _DemoWriter) -> None:
    for call in portfolio.CALLS:
        w.save("call", call.key, m.Call(
            name=call.name, year=call.year, need_areas=list(call.need_areas), opens=call.opens,
            closes=call.closes, decision_by=call.decision_by, description=call.description))
        for tag in call.tags:
            w.tag("call", call.key, tag)


def _link_target(w: _DemoWriter, ref: Ref) -> dict[str, str | None]:
    entity, key, _role = ref
    return {f"{entity}_id": w.id_of(entity, key)}


def _write_projects(w: _DemoWriter) -> None:
    for project in portfolio.PROJECTS:
        w.save(PROJECT, project.title, m.Project(
            title=project.title, kind=project.kind, status=project.status, description=project.description,
            coordinator_id=w.id_of(ORG, project.coordinator)))
        for ref in project.parties:
            w.save("project_party", None, m.ProjectParty(
                project_id=w.id_of(PROJECT, project.title), role=ref[2], **_link_target(w, ref)))
        for tag in project.tags:
            w.tag(PROJECT, project.title, tag)


def _write_networks(w: _DemoWriter) -> None:
    for network in portfolio.NETWORKS:
        w.save(NETWORK, network.name, m.Network(
            name=network.name, description=network.description, parent_id=w.id_of(NETWORK, network.parent),
            coordinator_id=w.id_of(ORG, network.coordinator)))
        for tag in network.tags:
            w.tag(NETWORK, network.name, tag)


def _write_events(w: _DemoWriter) -> None:
    for event in events.EVENTS:
        activity_id = w.save("activity", event.title, m.Activity(
            kind=event.kind, title=event.title, starts=event.starts, ends=event.ends, place=event.place,
            online=event.online, attendance=event.attendance, minutes=event.minutes, logged_by=w.kb.user))
        for ref in event.links:
            w.save("activity_link", None, m.ActivityLink(activity_id=activity_id, role=ref[2],
                                                         **_link_target(w, ref)))
        for tag in event.tags:
            w.tag("activity", event.title, tag)


def _write_notes(w: _DemoWriter) -> None:
    for note in events.NOTES:
        w.note(note.entity, note.key, note.text)


def _existing_records(kb) -> dict[str, int]:
    found = {}
    for entity in MAIN_ENTITIES:
        count = kb.service(entity).count(deleted="include")
        if count:
            found[entity] = count
    return found


def create_demo(kb) -> dict[str, int]:
    """Fill an empty knowledge base with the 2022 annual report's facts, in one transaction.

    Returns the number of records created per entity type. Raises UserError
    ("demo_needs_empty_knowledge_base"), writing nothing, when the knowledge base already holds records.
    """
    existing = _existing_records(kb)
    if existing:
        raise UserError("demo_needs_empty_knowledge_base", records=sum(existing.values()), entities=list(existing))
    writer = _DemoWriter(kb)
    with kb.batch():
        _write_organisations(writer)
        _write_people(writer)
        _write_calls(writer)
        _write_projects(writer)
        _write_networks(writer)
        _write_events(writer)
        _write_notes(writer)
    counts = {table: writer.counts[table] for table in ENTITY_TABLES if writer.counts[table]}
    log.info("demo data created: %s", ", ".join(f"{k} {v}" for k, v in counts.items()))
    return counts
