"""What importing a file would do, row by row (an ImportPlan), and what it did (an ImportReport).

A row is "update" when it is certainly a record the knowledge base already holds (the same
e-mail, organisation number, calendar UID ...): it fills empty fields and adds new e-mails and
phones, but never overwrites what the office has curated. "unchanged" when it would add
nothing, so importing the same file twice writes nothing. "duplicate" when it only might be
one (a similar name in the same organisation): the user chooses per row, by default it is
skipped. "rejected" when it cannot be imported (its problems say why).

A plan remembers the records it was made from and the database state it was made against, so
that applying it can plan again inside the write transaction when another program or window
wrote in between (db.interchange.import_pipeline.decisions).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from db import models as m
from db.errors import Message
from db.interchange.incoming_records import Incoming, IncomingContact, IncomingOrganisation, Problem, ReadResult

STATUSES = ("new", "update", "unchanged", "duplicate", "rejected")
# What the user may decide for a possible duplicate.
DECISIONS = ("skip", "new", "update")


@dataclass
class RowPlan:
    """What importing one incoming record would do."""
    line: int
    incoming: Incoming
    status: str
    record: m.Record | None = None          # the validated record to create, or the updated one
    existing_id: str | None = None          # the record it matches (update/unchanged/duplicate)
    reason: Message | None = None           # why it matches (Message("same_email")) or why rejected
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
    warnings: list[Message] = field(default_factory=list)
    source: ReadResult | None = field(default=None, repr=False, compare=False)  # the records planned
    state: tuple[str, int] | None = field(default=None, repr=False, compare=False)  # what it was planned against

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
    # where the import did otherwise than its plan said: the database changed in between
    warnings: list[Message] = field(default_factory=list)

