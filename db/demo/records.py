"""What a fact of the annual report looks like as data, and how an approximate date says so.

Where the report gives only a month, a quarter or the year, the date is the first day of that
period and the record's text says so (only_year, only_quarter, only_month, decided_within).
"""

from __future__ import annotations

from dataclasses import dataclass

SOURCE = "IoT Sveriges årsrapport 2022"
LEGAL_BASIS = "allmänt intresse"
PROGRAMME = "IoT Sverige"
HOST = "Uppsala universitet"

START_OF_YEAR = "2022-01-01"


def only_year(year: int = 2022) -> str:
    return f"Rapporten anger inget datum, bara året ({year}); datumet är satt till årets första dag."


def only_quarter(quarter: str) -> str:
    return f"Rapporten anger bara kvartalet ({quarter}); datumet är satt till kvartalets första dag."


def decided_within(quarter: str) -> str:
    return f"Rapporten anger bara kvartalet ({quarter}); beslutsdatumet är satt till kvartalets sista dag."


def only_month(month: str) -> str:
    return f"Rapporten anger bara månaden ({month}); datumet är satt till månadens första dag."

# --- records as plain data ------------------------------------------------------------------


@dataclass(frozen=True)
class Org:
    name: str
    kind: str
    notes: str
    short_name: str | None = None
    municipality: str | None = None
    county: str | None = None
    parent: str | None = None  # name of the parent organisation
    website: str | None = None


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    title: str | None = None
    is_staff: bool = False
    notes: str | None = None

    @property
    def key(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class Affiliation:
    person: str  # full name
    organisation: str
    role: str | None = None
    from_date: str | None = None
    to_date: str | None = None


@dataclass(frozen=True)
class CallData:
    key: str
    name: str
    year: int
    description: str
    need_areas: tuple[str, ...] = ()
    opens: str | None = None
    closes: str | None = None
    decision_by: str | None = None
    tags: tuple[str, ...] = ()


# A reference to another demo record: (entity, key, role). Keys are names, full names or titles.
Ref = tuple[str, str, str]


@dataclass(frozen=True)
class ProjectData:
    title: str
    kind: str | None
    status: str
    description: str
    coordinator: str | None = None
    parties: tuple[Ref, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class NetworkData:
    name: str
    description: str
    parent: str | None = None
    coordinator: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    kind: str
    title: str
    starts: str
    minutes: str
    ends: str | None = None
    place: str | None = None
    online: bool = False
    attendance: int | None = None
    links: tuple[Ref, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoteData:
    entity: str
    key: str
    text: str


# The kinds of record a Ref names (kept short: the tables of facts use them on every line).
ORG, CONTACT, PROJECT, NETWORK = "organisation", "contact", "project", "network"
