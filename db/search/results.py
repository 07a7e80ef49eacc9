"""What a search returns: a SearchResult of Hits, each with its title, the details shown under it
(data: the interfaces label them and join them in their language) and a snippet of its text, the
matched words marked by spans."""

from __future__ import annotations

import html
from dataclasses import asdict, dataclass, field
from typing import Any

from db.errors import Message

Spans = list[tuple[int, int]]


@dataclass(frozen=True)
class Detail:
    """One value a hit shows under its title, named by what it is: a contact's "title" and
    "organisation", a project's "kind", "status" and "coordinator", an activity's "date" and
    "place" (or "online", without a value), a note's "about" (the record it is about, of type
    `entity`) ... The interfaces put their labels around it."""

    field: str
    value: str
    spans: tuple[tuple[int, int], ...] = ()  # matched words in the value
    entity: str | None = None  # the type of the record the value names, where that matters

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "value": self.value, "entity": self.entity,
                "spans": [list(s) for s in self.spans]}


@dataclass
class Hit:
    type: str
    id: str
    title: str
    details: list[Detail]
    snippet: str
    score: float
    date: str | None = None
    title_spans: Spans = field(default_factory=list)  # matched words in the title
    snippet_spans: Spans = field(default_factory=list)  # matched words in the snippet

    @classmethod
    def from_index(cls, found: dict[str, Any]) -> Hit:
        """A hit from the engine's plain dict (db/search/contract.py IndexResult.hits)."""
        details = [Detail(d["field"], d["value"], tuple(tuple(s) for s in d["spans"]), d.get("entity"))
                   for d in found["details"]]
        return cls(found["type"], found["id"], found["title"], details, found["snippet"], found["score"],
                   found["date"], [tuple(x) for x in found["title_spans"]],
                   [tuple(x) for x in found["snippet_spans"]])

    def title_html(self) -> str:
        return marked_html(self.title, self.title_spans)

    def snippet_html(self) -> str:
        return marked_html(self.snippet, self.snippet_spans)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["details"] = [d.to_dict() for d in self.details]
        data["title_spans"] = [list(s) for s in self.title_spans]
        data["snippet_spans"] = [list(s) for s in self.snippet_spans]
        return data


@dataclass
class SearchResult:
    query: str
    hits: list[Hit]
    total: int  # hits of the requested types, all pages
    counts: dict[str, int]  # hits per type for the same query and filters, whatever the types asked for
    page: int = 1
    page_size: int = 20
    total_exact: bool = True  # False: total is an upper estimate (a search without counts)
    suggestion: str | None = None  # "did you mean", the whole query rewritten
    fuzzy: bool = False  # the hits include typo-tolerant matches
    degraded: bool = False  # the query's syntax was not understood: searched as plain words
    error: Message | None = None  # the index could not be searched (the result is empty)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))

    def to_dict(self) -> dict[str, Any]:
        """The result as plain data (the error as its code and parameters)."""
        error = {"code": self.error.code, "params": dict(self.error.params)} if self.error is not None else None
        return {"query": self.query, "total": self.total, "total_exact": self.total_exact, "counts": self.counts,
                "page": self.page, "page_size": self.page_size, "pages": self.pages, "suggestion": self.suggestion,
                "fuzzy": self.fuzzy, "degraded": self.degraded, "error": error,
                "hits": [hit.to_dict() for hit in self.hits]}


def joined(parts: list[tuple[str, Spans]], separator: str = ", ") -> tuple[str, Spans]:
    """Texts with their spans joined into one text, the spans moved with them (empty texts left
    out): how an interface makes one line of a hit's labelled details."""
    text, spans = "", []
    for part, part_spans in parts:
        if not part:
            continue
        if text:
            text += separator
        spans += [(start + len(text), end + len(text)) for start, end in part_spans]
        text += part
    return text, spans


def marked_html(text: str, spans: Spans) -> str:
    """The text, HTML-escaped, with each span in <b>."""
    out, last = [], 0
    for start, end in spans:
        out.append(html.escape(text[last:start]))
        out.append(f"<b>{html.escape(text[start:end])}</b>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)
