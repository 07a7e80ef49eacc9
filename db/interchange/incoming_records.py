"""What the file readers (vCard, CSV/Excel, iCalendar) hand to the importer.

A reader turns a file into plain incoming records with raw text values and the line each
came from; it never touches the database. The importer (db.interchange.import_pipeline) validates the values
with the data layer's rules, looks for duplicates and writes, all or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from db.errors import Message, UserError

# The largest file any importer reads. Photos are skipped, so a bigger contact file is
# almost always a mistake (a wrong file, or an export with embedded photos worth splitting).
MAX_IMPORT_BYTES = 32 * 1024 * 1024


class ImportFileError(UserError):
    """A file that cannot be read at all: empty, binary, truncated, too large, wrong encoding.

    `reason` says why (a Message; `code` and `params` are its); the file, and where known the line
    and the field, are attributes that each interface puts around it ("kontakter.csv, line 3: ...")."""

    def __init__(self, path: Path | str, reason: Message, *, line: int | None = None, field: str | None = None):
        super().__init__(reason.code, **reason.params)
        self.path, self.reason, self.line, self.field = Path(path), reason, line, field

    def __str__(self) -> str:
        """For logs and tests: where, and the reason as code and parameters."""
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
    reason: Message

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
    (Message("photos_skipped", {"count": 12}))."""
    path: Path
    entity: str
    records: list[Incoming] = field(default_factory=list)
    rejected: list[Problem] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)


def check_size(path: Path) -> int:
    """The file's size; an ImportFileError for a missing, empty or oversized file."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportFileError(path, Message("no_such_file")) from None
    except OSError as exc:
        raise unreadable(path, exc) from None
    if path.is_dir():
        raise ImportFileError(path, Message("is_a_folder"))
    if size == 0:
        raise ImportFileError(path, Message("file_empty"))
    if size > MAX_IMPORT_BYTES:
        raise ImportFileError(path, Message("file_too_large", {"size_mb": round(size / 1024 / 1024, 1),
                                                               "limit_mb": MAX_IMPORT_BYTES // 1024 // 1024}))
    return size


def unsupported(path: Path, supported: tuple[str, ...]) -> ImportFileError:
    """A file of a type no reader takes (by its suffix)."""
    suffix = path.suffix.lower()
    if not suffix:
        return ImportFileError(path, Message("file_without_suffix", {"supported": list(supported)}))
    return ImportFileError(path, Message("unsupported_file_type", {"suffix": suffix, "supported": list(supported)}))


def unreadable(path: Path, exc: OSError) -> ImportFileError:
    """A file the system will not let us read (permissions, a device error)."""
    return ImportFileError(path, Message("file_unreadable", {"detail": exc.strerror or str(exc)}))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 kB: not a text file
    (a UTF-16 file has NULs too; readers that accept UTF-16 check for its BOM first)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 13, 12))
    return controls > max(8, len(head) // 100)
