"""What the file readers (vCard, CSV/Excel, iCalendar) hand to the importer.

A reader turns a file into plain incoming records with raw text values and the line each
came from; it never touches the database. The importer (db.interchange.import_pipeline) validates the values
with the data layer's rules, looks for duplicates and writes, all or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# The largest file any importer reads. Photos are skipped, so a bigger contact file is
# almost always a mistake (a wrong file, or an export with embedded photos worth splitting).
MAX_IMPORT_BYTES = 32 * 1024 * 1024


class ImportFileError(Exception):
    """A file that cannot be read at all: empty, binary, truncated, too large, wrong encoding.

    The message names the file and, where known, the line and the field."""

    def __init__(self, path: Path | str, message: str, *, line: int | None = None, field: str | None = None):
        self.path, self.reason, self.line, self.field = Path(path), message, line, field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path.name
        if self.line is not None:
            where += f", line {self.line}"
        if self.field:
            where += f", field {self.field}"
        return f"{where}: {self.reason}"


@dataclass
class Problem:
    """A row that is rejected (or a value that is dropped): where, which field, why."""
    line: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.reason}"


@dataclass
class IncomingContact:
    line: int
    first_name: str = ""
    last_name: str = ""
    title: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    organisation: str | None = None      # the organisation's name (vCard ORG, first part)
    department: str | None = None        # ORG's further parts, joined with ", "
    municipality: str | None = None      # the locality of the (work) address
    notes: str | None = None
    tags: list[str] = field(default_factory=list)
    uid: str | None = None               # vCard UID; our own export writes the contact's id


@dataclass
class IncomingOrganisation:
    line: int
    name: str = ""
    short_name: str | None = None
    kind: str | None = None
    org_number: str | None = None
    website: str | None = None
    municipality: str | None = None
    county: str | None = None
    notes: str | None = None
    tags: list[str] = field(default_factory=list)


@dataclass
class IncomingProject:
    line: int
    title: str = ""
    reference: str | None = None
    kind: str | None = None
    status: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    total_budget_sek: str | None = None  # raw text: "1 200 000", "1,2 mkr" is rejected with a reason
    grant_sek: str | None = None
    coordinator: str | None = None       # the coordinating organisation's name
    call: str | None = None              # the call's name
    municipality: str | None = None
    need_area: str | None = None
    description: str | None = None
    tags: list[str] = field(default_factory=list)


@dataclass
class Attendee:
    email: str | None = None
    name: str | None = None
    role: str = "deltagare"              # "arrangör" for the ORGANIZER


@dataclass
class IncomingActivity:
    line: int
    title: str = ""
    starts: str = ""                     # ISO: "2022-10-27T09:00" local (Europe/Stockholm) or "2022-10-27"
    ends: str | None = None
    kind: str = "möte"
    place: str | None = None
    online: bool = False
    minutes: str | None = None
    attendees: list[Attendee] = field(default_factory=list)
    uid: str | None = None               # iCalendar UID; our own export writes the activity's id
    tags: list[str] = field(default_factory=list)


Incoming = IncomingContact | IncomingOrganisation | IncomingProject | IncomingActivity

ENTITY_OF = {
    IncomingContact: "contact",
    IncomingOrganisation: "organisation",
    IncomingProject: "project",
    IncomingActivity: "activity",
}


@dataclass
class ReadResult:
    """A file read: the records, the rows rejected while reading, and notes for the user
    ("12 photos skipped")."""
    path: Path
    entity: str
    records: list[Incoming] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def check_size(path: Path) -> int:
    """The file's size; an ImportFileError for a missing, empty or oversized file."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportFileError(path, "no such file") from None
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    if path.is_dir():
        raise ImportFileError(path, "is a folder, not a file")
    if size == 0:
        raise ImportFileError(path, "the file is empty")
    if size > MAX_IMPORT_BYTES:
        raise ImportFileError(
            path, f"the file is {size / 1024 / 1024:.1f} MB; the largest file that can be imported is "
                  f"{MAX_IMPORT_BYTES // 1024 // 1024} MB (split it, or export without photos)")
    return size


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 kB: not a text file
    (a UTF-16 file has NULs too; readers that accept UTF-16 check for its BOM first)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13, 12))
    return controls > max(8, len(head) // 100)
