"""Plain dataclasses: what goes into the services and what comes out of them.

Every record has an id (UUID text), created_at, updated_at, updated_by and deleted_at;
these are filled in by the data layer, never by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

ORGANISATION_KINDS = (
    "kommun", "region", "myndighet", "lärosäte/institut", "företag",
    "förening", "internationell", "annan",
)
PROJECT_KINDS = ("förberedelse", "prototyputveckling", "genomförande", "strategiskt")
PROJECT_STATUSES = ("sökt", "beviljad", "pågående", "avslutad", "avslagen")
PARTY_ROLES = ("koordinator", "partner", "medfinansiär", "projektledare", "kontaktperson")
ACTIVITY_KINDS = (
    "möte", "telefon", "e-post", "workshop", "seminarium", "webbinarium",
    "konferens", "mässa", "fika",
)
LINK_ROLES = ("deltagare", "ämne", "talare", "moderator", "arrangör")
# The placeholder that activity links of an erased person point to (GDPR erasure keeps the
# activity, not the person). Soft-deleted: it appears in no list, search or trash.
ERASED_CONTACT_ID = "00000000-0000-0000-0000-000000000000"
LEGAL_BASES = ("allmänt intresse", "samtycke", "avtal", "rättslig förpliktelse", "berättigat intresse")


@dataclass
class Record:
    id: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    updated_by: str | None = None
    deleted_at: str | None = None


@dataclass
class Organisation(Record):
    name: str = ""
    short_name: str | None = None
    kind: str = "annan"
    org_number: str | None = None
    website: str | None = None
    municipality: str | None = None
    county: str | None = None
    parent_id: str | None = None
    notes: str | None = None


@dataclass
class Contact(Record):
    first_name: str = ""
    last_name: str = ""
    title: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    municipality: str | None = None
    notes: str | None = None
    is_staff: bool = False
    legal_basis: str | None = None
    source: str | None = None
    informed_at: str | None = None
    retain_until: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass
class Call(Record):
    name: str = ""
    year: int | None = None
    theme: str | None = None
    need_areas: list[str] = field(default_factory=list)
    opens: str | None = None
    closes: str | None = None
    decision_by: str | None = None
    budget_sek: int | None = None
    description: str | None = None


@dataclass
class Project(Record):
    title: str = ""
    reference: str | None = None
    kind: str | None = None
    call_id: str | None = None
    status: str = "sökt"
    start_date: str | None = None
    end_date: str | None = None
    total_budget_sek: int | None = None
    grant_sek: int | None = None
    coordinator_id: str | None = None
    municipality: str | None = None
    need_area: str | None = None
    description: str | None = None

    @property
    def cofinancing_sek(self) -> int | None:
        if self.total_budget_sek is None or self.grant_sek is None:
            return None
        return self.total_budget_sek - self.grant_sek


@dataclass
class Network(Record):
    name: str = ""
    description: str | None = None
    parent_id: str | None = None
    coordinator_id: str | None = None


@dataclass
class Activity(Record):
    kind: str = "möte"
    title: str = ""
    starts: str = ""
    ends: str | None = None
    place: str | None = None
    online: bool = False
    attendance: int | None = None
    minutes: str | None = None
    logged_by: str | None = None


# --- links -------------------------------------------------------------------


@dataclass
class Affiliation(Record):
    contact_id: str = ""
    organisation_id: str = ""
    role: str | None = None
    from_date: str | None = None
    to_date: str | None = None


@dataclass
class ProjectParty(Record):
    project_id: str = ""
    organisation_id: str | None = None
    contact_id: str | None = None
    role: str = "partner"


@dataclass
class Membership(Record):
    network_id: str = ""
    organisation_id: str | None = None
    contact_id: str | None = None
    role: str | None = None
    from_date: str | None = None
    to_date: str | None = None


@dataclass
class ActivityLink(Record):
    """A participant or a topic of an activity: exactly one target id is set."""

    activity_id: str = ""
    contact_id: str | None = None
    organisation_id: str | None = None
    project_id: str | None = None
    network_id: str | None = None
    role: str = "deltagare"


@dataclass
class FollowUp(Record):
    activity_id: str = ""
    text: str = ""
    owner_id: str | None = None
    due: str | None = None
    done_at: str | None = None


@dataclass
class Note(Record):
    entity_type: str = ""
    entity_id: str = ""
    text: str = ""
    author: str | None = None


@dataclass
class Tag(Record):
    name: str = ""


@dataclass
class Tagging(Record):
    tag_id: str = ""
    entity_type: str = ""
    entity_id: str = ""


SYSTEM_FIELDS = tuple(f.name for f in fields(Record))


def data_fields(cls: type[Record]) -> tuple[str, ...]:
    """The fields a caller fills in (everything but id and the bookkeeping)."""
    return tuple(f.name for f in fields(cls) if f.name not in SYSTEM_FIELDS)


@dataclass
class Changes:
    """What one operation changed: entity type -> ids, for views and the search index."""

    entities: dict[str, set[str]] = field(default_factory=dict)
    # The (entity, id) pairs in the order they were first added: lets a nested operation
    # that fails take back exactly what it added.
    _added: list[tuple[str, str]] = field(default_factory=list, repr=False, compare=False)

    def add(self, entity: str, row_id: str) -> None:
        ids = self.entities.setdefault(entity, set())
        if row_id not in ids:
            ids.add(row_id)
            self._added.append((entity, row_id))

    def mark(self) -> int:
        return len(self._added)

    def undo_to(self, mark: int) -> None:
        while len(self._added) > mark:
            entity, row_id = self._added.pop()
            self.entities[entity].discard(row_id)
            if not self.entities[entity]:
                del self.entities[entity]

    def merge(self, other: Changes) -> None:
        for entity, ids in other.entities.items():
            for row_id in ids:
                self.add(entity, row_id)

    def __bool__(self) -> bool:
        return bool(self.entities)


@dataclass
class Saved:
    """The result of a write: the record as stored, what changed, and any warnings."""

    record: Record
    changes: Changes
    warnings: list = field(default_factory=list)  # db.errors.Message
