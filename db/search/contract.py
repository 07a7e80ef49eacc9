"""What the search service and the index engine hand each other, all plain Python: documents go in
as `Document`, queries as the small node classes below, results come out as `IndexResult` with
plain dicts, and the engine's failures are `CorruptIndexError` (rebuild it) and `IndexBusyError`
(another process holds the write lock). Another engine than db/search/whoosh_engine/ would
implement the same contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from db.errors import CodedError

# --- the neutral query language ----------------------------------------------------


@dataclass(frozen=True)
class Text:
    """One typed word, matched in a scope: all, name, org, place, people, tag, body."""

    word: str
    scope: str = "all"
    prefix: bool = False  # the word being typed: also match names starting with it
    fuzzy: int = 0  # edit distance on names (0 = exact)


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    scope: str = "all"


@dataclass(frozen=True)
class Keyword:
    """An exact value of a keyword field: type, tag, kind, status, call, related (an id)."""

    field: str
    value: str


@dataclass(frozen=True)
class DateRange:
    """Records whose dates overlap [low, high] (ISO dates, either end open)."""

    low: str | None = None
    high: str | None = None


@dataclass(frozen=True)
class AllOf:
    parts: tuple[Node, ...]


@dataclass(frozen=True)
class AnyOf:
    parts: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    part: Node


Node = Text | Phrase | Keyword | DateRange | AllOf | AnyOf | Not


# --- documents and results ---------------------------------------------------------


@dataclass
class Document:
    """What the index holds about one record (all plain values, the record's own data: the
    interfaces put their labels around `details`)."""

    type: str
    id: str
    title: str
    # what a hit shows under its title: (field, value) or (field, value, entity) where the value
    # names a record of that entity type ("about" of a note); the interfaces label and join them
    details: list[tuple[str, ...]] = field(default_factory=list)
    label: str = ""  # what other records show of this one (their index entries depend on it)
    names: list[str] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    body: str = ""
    kind: str | None = None
    status: str | None = None
    call: str | None = None
    refs: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    stamp: str = ""  # what the document was made from (db/search/stamps.py): verify compares it

    @property
    def key(self) -> str:
        return doc_key(self.type, self.id)


def doc_key(entity: str, row_id: str) -> str:
    return f"{entity}:{row_id}"


@dataclass
class IndexResult:
    total: int
    counts: dict[str, int]
    hits: list[dict]
    exact: bool = True  # False: total is an estimate (counts were not asked for)


# --- failures ----------------------------------------------------------------------


class CorruptIndexError(CodedError):
    """The index cannot be used as it is (missing, damaged, another schema): rebuild it."""


class IndexBusyError(CodedError):
    """Another process held the index's write lock for longer than the engine waits."""
