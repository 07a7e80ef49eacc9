"""Search: the service the desktop and the command line call, and the listener that keeps
the index current.

    service = attach(kb)                      # KnowledgeBase.open() does this for a file
    result = service.search("goteborg", types=["activity"], page=1)
    for hit in result.hits:
        print(hit.type, hit.title, hit.snippet)

The query language (every part optional; anything it cannot read is searched as plain words):

    anna ek                 every word, anywhere; the last word may be unfinished (search as you type)
    "smarta städer"         a phrase
    AND  OR  NOT  -word     also OCH, ELLER, INTE; parentheses group
    typ:projekt             type: kontakt, organisation, projekt, nätverk, utlysning, aktivitet, anteckning
    org:RISE  tag:välfärd  namn:  plats:  person:  text:  (English: org, tag, name, place, person, text)
    status:pågående  kind:möte  datum:2022  datum:2022-10  datum:2022-01-01..2022-06-30

The index is derived data: `attach` repairs it on open (a rebuild when it is missing,
damaged or from another database; the change log since its watermark otherwise; the
index_queue of records whose update failed). A failed index update never loses the
database write: the record waits in index_queue until the next successful write.

Consistency (SearchService.verify, run by the app on its worker thread after open): every
document carries a stamp of the rows it was made from (row_stamps: the row's updated_at,
and the newest updated_at and the number of its link rows, taggings and tags, which change
the document without touching the row). verify reads every document's key and stamp from
the index's version column, computes the same stamps with one SQL query per type, and
repairs what differs in batches: missing (a live row without a document), extra (a document
without a live row) and stale (a different stamp, or a key held twice). A full rebuild only
when the index cannot be read. Documents are always made while the index's write lock is
held, so of two processes writing the same index the later commit holds the newer rows.
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
import shutil
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from db import changelog, collation
from db import models as m
from db.search import whoosh_engine as si

log = logging.getLogger(__name__)

TYPES = si.TYPES
FEW = 3  # fewer hits than this: retry with typo tolerance and offer a suggestion
MAX_QUERY_CHARS = 500
MAX_CLAUSES = 24
MAX_DEPTH = 8
MAX_PAGE_SIZE = 1000
REPLAY_LIMIT = 20_000  # more changed rows than this since the index's watermark: rebuild instead
CHUNK = 500
IDLE_SECONDS = 1.0  # after the last write, merge small index segments
REPAIR_BATCH = 250  # documents per commit when verify repairs (the write lock is held ~0.5 s)

TYPE_NAMES = {
    "contact": "contact", "contacts": "contact", "kontakt": "contact", "kontakter": "contact",
    "person": "contact", "personer": "contact", "people": "contact",
    "organisation": "organisation", "organisations": "organisation", "organization": "organisation",
    "organizations": "organisation", "organisationer": "organisation", "org": "organisation",
    "project": "project", "projects": "project", "projekt": "project",
    "network": "network", "networks": "network", "natverk": "network",
    "call": "call", "calls": "call", "utlysning": "call", "utlysningar": "call",
    "activity": "activity", "activities": "activity", "aktivitet": "activity", "aktiviteter": "activity",
    "note": "note", "notes": "note", "anteckning": "note", "anteckningar": "note",
}
FIELD_NAMES = {
    "typ": "type", "type": "type",
    "org": "org", "organisation": "org", "organization": "org",
    "tag": "tag", "tagg": "tag", "taggar": "tag", "tags": "tag",
    "namn": "name", "name": "name", "titel": "name", "title": "name",
    "plats": "place", "place": "place", "ort": "place", "kommun": "place",
    "person": "people", "personer": "people", "people": "people", "deltagare": "people",
    "text": "body", "body": "body",
    "status": "status", "kind": "kind", "sort": "kind", "art": "kind",
    "datum": "date", "date": "date", "ar": "date", "year": "date",
}
KINDS = (*m.PROJECT_KINDS, *m.ACTIVITY_KINDS, *m.ORGANISATION_KINDS)
OPERATORS = {"AND": "AND", "OCH": "AND", "OR": "OR", "ELLER": "OR", "NOT": "NOT", "INTE": "NOT"}


def _fold_key(text: str) -> str:
    return si.fold(si.exact(text.strip()))


_KIND_BY_KEY = {_fold_key(k): k for k in KINDS}
_STATUS_BY_KEY = {_fold_key(s): s for s in m.PROJECT_STATUSES}


def normalize_type(name: str) -> str:
    """'projekt' / 'Project' / 'nätverk' -> the entity type; ValueError for anything else."""
    found = TYPE_NAMES.get(_fold_key(name))
    if found is None:
        raise ValueError(f"unknown type '{name}' (one of: {', '.join(TYPES)})")
    return found


# --- results ---------------------------------------------------------------------------


@dataclass
class Hit:
    type: str
    id: str
    title: str
    subtitle: str
    snippet: str
    score: float
    date: str | None = None
    title_spans: list[tuple[int, int]] = field(default_factory=list)  # matched words in the title
    subtitle_spans: list[tuple[int, int]] = field(default_factory=list)
    snippet_spans: list[tuple[int, int]] = field(default_factory=list)  # matched words in the snippet

    def title_html(self) -> str:
        return _marked_html(self.title, self.title_spans)

    def subtitle_html(self) -> str:
        return _marked_html(self.subtitle, self.subtitle_spans)

    def snippet_html(self) -> str:
        return _marked_html(self.snippet, self.snippet_spans)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["title_spans"] = [list(s) for s in self.title_spans]
        data["subtitle_spans"] = [list(s) for s in self.subtitle_spans]
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
    error: str | None = None  # the index could not be searched (the result is empty)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))

    def to_dict(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "total_exact": self.total_exact, "counts": self.counts,
                "page": self.page,
                "page_size": self.page_size, "pages": self.pages, "suggestion": self.suggestion,
                "fuzzy": self.fuzzy, "degraded": self.degraded, "error": self.error,
                "hits": [hit.to_dict() for hit in self.hits]}


@dataclass(frozen=True)
class SearchFilters:
    """Narrow a search. Every filter given must hold."""

    tags: tuple[str, ...] = ()  # tag names, every one
    organisation: str | None = None  # an organisation id: it and the records linked to it
    related: str | None = None  # any record id: the records that show it (a project's activities, ...)
    kind: str | None = None  # a project, activity or organisation kind
    status: str | None = None  # a project status
    call: str | None = None  # a call id: its projects
    date_from: str | None = None  # ISO date; dated records overlapping the range (undated ones drop out)
    date_to: str | None = None

    def node(self) -> si.Node | None:
        parts: list[si.Node] = [si.Keyword("tag", t) for t in self.tags if t and t.strip()]
        for name, value in (("related", self.organisation), ("related", self.related), ("kind", self.kind),
                            ("status", self.status), ("call", self.call)):
            if value:
                parts.append(si.Keyword(name, value))
        if self.date_from or self.date_to:
            parts.append(si.DateRange(self.date_from, _end_of(self.date_to)))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else si.AllOf(tuple(parts))


def _end_of(day: str | None) -> str | None:
    """An inclusive upper bound: '2022-10' covers the whole month."""
    if not day:
        return None
    return day + "-99" if len(day) == 7 else day + "-99-99" if len(day) == 4 else day + "\uffff"


def _marked_html(text: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        out.append(html.escape(text[last:start]))
        out.append(f"<b>{html.escape(text[start:end])}</b>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


# --- the query parser -------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_TOKEN = re.compile(r'\s*(?:(?P<paren>[()])|(?P<field>[^\s():"]+):"(?P<fphrase>[^"]*)"|"(?P<phrase>[^"]*)"'
                    r'|(?P<word>[^\s()"]+))')
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def clean_query(text: str) -> str:
    """Control characters out, an unmatched quote out, at most MAX_QUERY_CHARS."""
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", str(text)))[:MAX_QUERY_CHARS]
    if text.count('"') % 2:
        cut = text.rfind('"')
        text = text[:cut] + " " + text[cut + 1:]
    return text


def tokenize(text: str) -> list[tuple[str, str, str]]:
    """(kind, value, field) tokens: paren, phrase, field, fieldphrase, op, word."""
    tokens: list[tuple[str, str, str]] = []
    for match in _TOKEN.finditer(text):
        if match.group("paren"):
            tokens.append(("paren", match.group("paren"), ""))
        elif match.group("fphrase") is not None:
            tokens.append(("fieldphrase", match.group("fphrase"), match.group("field")))
        elif match.group("phrase") is not None:
            tokens.append(("phrase", match.group("phrase"), ""))
        elif match.group("word"):
            word = match.group("word")
            if word in OPERATORS:
                tokens.append(("op", OPERATORS[word], word))
            elif ":" in word.strip(":") and not word.startswith(":"):
                name, _, value = word.partition(":")
                tokens.append(("field", value, name))
            elif word.startswith("-") and len(word) > 1:
                tokens.append(("op", "NOT", "-"))
                tokens.append(("word", word[1:], ""))
            else:
                tokens.append(("word", word, ""))
    return tokens


class _Parser:
    """Recursive descent with forgiving rules: an operator without operands is dropped, an
    unmatched parenthesis is ignored, nesting deeper than MAX_DEPTH is flattened."""

    def __init__(self, tokens: list[tuple[str, str, str]]):
        self.tokens, self.pos, self.depth, self.clauses = tokens, 0, 0, 0
        self.degraded = False

    def peek(self) -> tuple[str, str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def parse(self) -> si.Node | None:
        node = self.parse_or()
        while self.peek() is not None:  # a stray ")" ended the top level: read on
            self.pos += 1
            self.degraded = True
            rest = self.parse_or()
            node = _join(si.AllOf, node, rest)
        return node

    def parse_or(self) -> si.Node | None:
        node = self.parse_and()
        while (tok := self.peek()) is not None and tok[:2] == ("op", "OR"):
            self.pos += 1
            right = self.parse_and()
            if node is None or right is None:
                self.degraded = True
            node = _join(si.AnyOf, node, right)
        return node

    def parse_and(self) -> si.Node | None:
        node: si.Node | None = None
        while (tok := self.peek()) is not None and tok[:2] != ("op", "OR") and tok[:2] != ("paren", ")"):
            if tok[:2] == ("op", "AND"):
                self.pos += 1
                nxt = self.peek()
                if node is None or nxt is None or nxt[:2] in (("op", "OR"), ("op", "AND"), ("paren", ")")):
                    self.degraded = True
                continue
            node = _join(si.AllOf, node, self.parse_not())
        return node

    def parse_not(self) -> si.Node | None:
        tok = self.peek()
        if tok is not None and tok[:2] == ("op", "NOT"):
            self.pos += 1
            nxt = self.peek()
            if nxt is None or nxt[0] == "op" or nxt[:2] == ("paren", ")"):
                self.degraded = True
                return None
            inner = self.parse_not()
            return si.Not(inner) if inner is not None else None
        return self.parse_atom()

    def parse_atom(self) -> si.Node | None:
        kind, value, name = self.tokens[self.pos]
        self.pos += 1
        if kind == "paren":
            if value == ")" or self.depth >= MAX_DEPTH:
                self.degraded = True
                return None
            self.depth += 1
            inner = self.parse_or()
            self.depth -= 1
            if (tok := self.peek()) is not None and tok[:2] == ("paren", ")"):
                self.pos += 1
            else:
                self.degraded = True
            return inner
        self.clauses += 1
        if self.clauses > MAX_CLAUSES:
            self.degraded = True
            return None
        if kind == "phrase":
            return _phrase(value, "all")
        if kind in ("field", "fieldphrase"):
            return self.field(name, value, kind == "fieldphrase")
        return si.Text(value) if si.words(value) else None

    def field(self, name: str, value: str, quoted: bool) -> si.Node | None:
        target = FIELD_NAMES.get(_fold_key(name))
        node = _field_node(target, value, quoted) if target else None
        if node is None and target is None:
            return si.Text(f"{name} {value}") if si.words(f"{name} {value}") else None
        return node


def _phrase(text: str, scope: str) -> si.Node | None:
    tokens = si.words(text)
    if not tokens:
        return None
    return si.Text(tokens[0], scope) if len(tokens) == 1 else si.Phrase(tuple(tokens), scope)


def _field_node(target: str, value: str, quoted: bool) -> si.Node | None:
    if not value.strip():
        return None
    if target == "type":
        found = TYPE_NAMES.get(_fold_key(value))
        return si.Keyword("type", found) if found else si.Text(value)
    if target == "kind":
        return si.Keyword("kind", _KIND_BY_KEY.get(_fold_key(value), value.strip().lower()))
    if target == "status":
        return si.Keyword("status", _STATUS_BY_KEY.get(_fold_key(value), value.strip().lower()))
    if target == "date":
        return _date_node(value) or si.Text(value)
    if quoted:
        return _phrase(value, target)
    tokens = si.words(value)
    if not tokens:
        return None
    if len(tokens) == 1:
        return si.Text(tokens[0], target)
    return si.Phrase(tuple(tokens), target)


def _date_node(value: str) -> si.DateRange | None:
    low, _, high = value.partition("..")
    if not _DATE.match(low) or (high and not _DATE.match(high)):
        return None
    return si.DateRange(low, _end_of(high or low))


def _join(cls: type, left: si.Node | None, right: si.Node | None) -> si.Node | None:
    if left is None or right is None:
        return left if right is None else right
    left_parts = left.parts if isinstance(left, cls) else (left,)
    return cls((*left_parts, right))


def plain_words(text: str) -> si.Node | None:
    """Every word of the text, syntax ignored (the degraded reading of any query); the
    operators AND OR NOT (OCH ELLER INTE) are left out."""
    kept = " ".join(t for t in clean_query(text).replace('"', " ").split() if t not in OPERATORS)
    tokens = si.words(kept)[:MAX_CLAUSES]
    if not tokens:
        return None
    nodes = tuple(si.Text(t) for t in tokens)
    return nodes[0] if len(nodes) == 1 else si.AllOf(nodes)


def parse_query(text: str, *, as_you_type: bool = False) -> tuple[si.Node | None, bool]:
    """(query node, degraded). Never raises. A query that is not well formed (an unmatched
    quote or parenthesis, an operator without operands, control characters, more than
    MAX_QUERY_CHARS characters or MAX_CLAUSES clauses) is searched as its plain words."""
    text = str(text)
    try:
        cleaned = clean_query(text)
        parser = _Parser(tokenize(cleaned))
        node = parser.parse()
        degraded = parser.degraded or cleaned != text
    except Exception:  # the parser is total; this is a last line of defence for the search box
        log.exception("query parser failed; searching plain words")
        node, degraded = None, True
    if degraded:
        node = plain_words(text)
    if as_you_type and node is not None and text and not text[-1:].isspace():
        node = _mark_last_word(node)
    return node, degraded


def _mark_last_word(node: si.Node) -> si.Node:
    """The word being typed (the last one, outside any NOT) also matches as a prefix."""
    if isinstance(node, si.Text) and node.scope in ("all", "name"):
        return si.Text(node.word, node.scope, True, node.fuzzy)
    if isinstance(node, (si.AllOf, si.AnyOf)) and node.parts:
        return type(node)((*node.parts[:-1], _mark_last_word(node.parts[-1])))
    return node


def _text_nodes(node: si.Node | None, negated: bool = False) -> Iterator[si.Text]:
    """The positive plain-text words of a query."""
    if isinstance(node, si.Text) and not negated:
        yield node
    elif isinstance(node, (si.AllOf, si.AnyOf)):
        for part in node.parts:
            yield from _text_nodes(part, negated)
    elif isinstance(node, si.Not):
        yield from _text_nodes(node.part, True)


def _with_fuzzy(node: si.Node | None) -> si.Node | None:
    """The same query, its words also matching names within one or two typos."""
    if isinstance(node, si.Text) and node.scope in ("all", "name"):
        size = max((len(w) for w in si.words(node.word)), default=0)
        return si.Text(node.word, node.scope, node.prefix, si.fuzzy_distance("x" * size))
    if isinstance(node, (si.AllOf, si.AnyOf)):
        return type(node)(tuple(_with_fuzzy(p) for p in node.parts))
    return node


# --- documents from the database ------------------------------------------------------------


def _rows(conn: Any, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _marks(ids: list[str]) -> str:
    return ", ".join("?" * len(ids))


def _live(conn: Any, table: str, ids: list[str]) -> list[dict[str, Any]]:
    return _rows(conn, f"SELECT * FROM [{table}] WHERE id IN ({_marks(ids)}) AND deleted_at IS NULL", ids)


def _tags(conn: Any, entity: str, ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for row in _rows(conn, "SELECT g.entity_id, t.name FROM tagging g JOIN tag t ON t.id = g.tag_id"
                     f" WHERE g.entity_type = ? AND g.entity_id IN ({_marks(ids)})"
                     " AND g.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY t.name", [entity, *ids]):
        found.setdefault(row["entity_id"], []).append(row["name"])
    return found


def _org_names(conn: Any, ids: Iterable[str | None]) -> dict[str, tuple[str, str | None]]:
    wanted = sorted({i for i in ids if i})
    found: dict[str, tuple[str, str | None]] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        for row in _rows(conn, f"SELECT id, name, short_name FROM organisation WHERE id IN ({_marks(chunk)})"
                         " AND deleted_at IS NULL", chunk):
            found[row["id"]] = (row["name"], row["short_name"])
    return found


def _titles(conn: Any, table: str, column: str, ids: Iterable[str | None]) -> dict[str, str]:
    wanted = sorted({i for i in ids if i})
    found: dict[str, str] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        for row in _rows(conn, f"SELECT id, {column} AS title FROM [{table}] WHERE id IN ({_marks(chunk)})"
                         " AND deleted_at IS NULL", chunk):
            found[row["id"]] = row["title"]
    return found


_CONTACT_NAME = "trim(first_name || ' ' || last_name)"


_LINK_TARGETS = ("contact_id", "organisation_id", "project_id", "network_id")


def _ids(*values: str | None) -> list[str]:
    """Ids of the records a document shows (deleted ones too: restoring them must find it)."""
    return [v for v in dict.fromkeys(values) if v]


def _org_words(pair: tuple[str, str | None] | None) -> list[str]:
    if pair is None:
        return []
    return [pair[0], pair[1]] if pair[1] else [pair[0]]


def _join_text(*parts: Any) -> str:
    return "\n".join(str(p) for p in parts if p not in (None, "", [], ()))


def _phones(values: list[str]) -> list[str]:
    """A phone number as typed in full: 46701234567 and 0701234567 (not its digit groups)."""
    out = []
    for phone in values:
        out.append(phone)
        if phone.startswith("+46"):
            out.append("0" + phone[3:])
    return out


def _contacts(conn: Any, ids: list[str]) -> list[si.Document]:
    rows = _live(conn, "contact", ids)
    today = date.today().isoformat()
    current: dict[str, list[dict]] = {}
    for row in _rows(conn, "SELECT a.contact_id, o.id, o.name, o.short_name, o.deleted_at FROM affiliation a"
                     " JOIN organisation o ON o.id = a.organisation_id"
                     f" WHERE a.contact_id IN ({_marks(ids)}) AND a.deleted_at IS NULL"
                     " AND (a.to_date IS NULL OR a.to_date >= ?) ORDER BY a.from_date DESC", [*ids, today]):
        current.setdefault(row["contact_id"], []).append(row)
    tags = _tags(conn, "contact", ids)
    docs = []
    for row in rows:
        name = f"{row['first_name']} {row['last_name']}".strip()
        linked = current.get(row["id"], [])
        orgs = [o for o in linked if o["deleted_at"] is None]
        emails, phones = _json_list(row["emails"]), _json_list(row["phones"])
        docs.append(si.Document(
            "contact", row["id"], name, ", ".join(x for x in (row["title"], *(o["name"] for o in orgs)) if x),
            label=name, names=[name], orgs=[w for o in orgs for w in _org_words((o["name"], o["short_name"]))],
            places=[row["municipality"]] if row["municipality"] else [], tags=tags.get(row["id"], []),
            body=_join_text(row["title"], row["notes"], *emails, *_phones(phones)),
            refs=list(dict.fromkeys(o["id"] for o in linked))))
    return docs


def _json_list(value: str | None) -> list[str]:
    import json

    try:
        data = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(v) for v in data] if isinstance(data, list) else []


def _organisations(conn: Any, ids: list[str]) -> list[si.Document]:
    rows = _live(conn, "organisation", ids)
    parents = _org_names(conn, (r["parent_id"] for r in rows))
    tags = _tags(conn, "organisation", ids)
    docs = []
    for row in rows:
        own = _org_words((row["name"], row["short_name"]))
        parent = parents.get(row["parent_id"])
        docs.append(si.Document(
            "organisation", row["id"], row["name"],
            ", ".join(x for x in (row["short_name"], row["kind"], row["municipality"]) if x),
            label="|".join(own), names=own, orgs=own + _org_words(parent),
            places=[p for p in (row["municipality"], row["county"]) if p], tags=tags.get(row["id"], []),
            body=_join_text(row["notes"], row["kind"], row["org_number"], row["website"],
                            parent[0] if parent else None),
            kind=row["kind"], refs=_ids(row["id"], row["parent_id"])))
    return docs


def _calls(conn: Any, ids: list[str]) -> list[si.Document]:
    tags = _tags(conn, "call", ids)
    docs = []
    for row in _live(conn, "call", ids):
        subtitle = ", ".join(str(x) for x in ("utlysning", row["year"], row["theme"]) if x)
        docs.append(si.Document(
            "call", row["id"], row["name"], subtitle, label=row["name"], names=[row["name"]],
            tags=tags.get(row["id"], []),
            body=_join_text(row["theme"], *_json_list(row["need_areas"]), row["description"]),
            date_from=row["opens"] or (f"{row['year']}-01-01" if row["year"] else None),
            date_to=row["decision_by"] or row["closes"] or row["opens"]))
    return docs


def _projects(conn: Any, ids: list[str]) -> list[si.Document]:
    rows = _live(conn, "project", ids)
    parties = _rows(conn, "SELECT project_id, organisation_id, contact_id FROM project_party"
                    f" WHERE project_id IN ({_marks(ids)}) AND deleted_at IS NULL", ids)
    orgs = _org_names(conn, [*(r["coordinator_id"] for r in rows), *(p["organisation_id"] for p in parties)])
    people = _titles(conn, "contact", _CONTACT_NAME, (p["contact_id"] for p in parties))
    calls = _titles(conn, "call", "name", (r["call_id"] for r in rows))
    tags = _tags(conn, "project", ids)
    by_project: dict[str, list[dict]] = {}
    for party in parties:
        by_project.setdefault(party["project_id"], []).append(party)
    docs = []
    for row in rows:
        mine = by_project.get(row["id"], [])
        org_ids = [i for i in dict.fromkeys([row["coordinator_id"], *(p["organisation_id"] for p in mine)])
                   if i in orgs]
        contact_ids = [p["contact_id"] for p in mine if p["contact_id"] in people]
        coordinator = orgs.get(row["coordinator_id"])
        subtitle = ", ".join(x for x in (row["kind"], row["status"], coordinator[0] if coordinator else None) if x)
        call = calls.get(row["call_id"])
        docs.append(si.Document(
            "project", row["id"], row["title"], subtitle, label=row["title"],
            names=[x for x in (row["title"], row["reference"]) if x],
            orgs=[w for i in org_ids for w in _org_words(orgs[i])], people=[people[i] for i in contact_ids],
            places=[row["municipality"]] if row["municipality"] else [], tags=tags.get(row["id"], []),
            body=_join_text(row["description"], row["need_area"], call), kind=row["kind"], status=row["status"],
            call=row["call_id"] if call else None,
            refs=_ids(row["coordinator_id"], row["call_id"], *(p["organisation_id"] for p in mine),
                      *(p["contact_id"] for p in mine)),
            date_from=row["start_date"], date_to=row["end_date"] or row["start_date"]))
    return docs


def _networks(conn: Any, ids: list[str]) -> list[si.Document]:
    rows = _live(conn, "network", ids)
    members = _rows(conn, "SELECT network_id, organisation_id, contact_id FROM membership"
                    f" WHERE network_id IN ({_marks(ids)}) AND deleted_at IS NULL", ids)
    orgs = _org_names(conn, [*(r["coordinator_id"] for r in rows), *(x["organisation_id"] for x in members)])
    people = _titles(conn, "contact", _CONTACT_NAME, (x["contact_id"] for x in members))
    parents = _titles(conn, "network", "name", (r["parent_id"] for r in rows))
    tags = _tags(conn, "network", ids)
    docs = []
    for row in rows:
        mine = [x for x in members if x["network_id"] == row["id"]]
        org_ids = [i for i in dict.fromkeys([row["coordinator_id"], *(x["organisation_id"] for x in mine)])
                   if i in orgs]
        contact_ids = [x["contact_id"] for x in mine if x["contact_id"] in people]
        parent = parents.get(row["parent_id"])
        coordinator = orgs.get(row["coordinator_id"])
        subtitle = ", ".join(x for x in ("nätverk", parent, coordinator[0] if coordinator else None) if x)
        docs.append(si.Document(
            "network", row["id"], row["name"], subtitle, label=row["name"], names=[row["name"]],
            orgs=[w for i in org_ids for w in _org_words(orgs[i])], people=[people[i] for i in contact_ids],
            tags=tags.get(row["id"], []), body=_join_text(row["description"], parent),
            refs=_ids(row["parent_id"], row["coordinator_id"], *(x["organisation_id"] for x in mine),
                      *(x["contact_id"] for x in mine))))
    return docs


def _activities(conn: Any, ids: list[str]) -> list[si.Document]:
    rows = _live(conn, "activity", ids)
    links = _rows(conn, "SELECT activity_id, contact_id, organisation_id, project_id, network_id FROM activity_link"
                  f" WHERE activity_id IN ({_marks(ids)}) AND deleted_at IS NULL", ids)
    follow_ups = _rows(conn, f"SELECT activity_id, text FROM follow_up WHERE activity_id IN ({_marks(ids)})"
                       " AND deleted_at IS NULL", ids)
    orgs = _org_names(conn, (x["organisation_id"] for x in links))
    people = _titles(conn, "contact", _CONTACT_NAME, (x["contact_id"] for x in links))
    projects = _titles(conn, "project", "title", (x["project_id"] for x in links))
    networks = _titles(conn, "network", "name", (x["network_id"] for x in links))
    tags = _tags(conn, "activity", ids)
    by_activity: dict[str, list[dict]] = {}
    for link in links:
        by_activity.setdefault(link["activity_id"], []).append(link)
    texts: dict[str, list[str]] = {}
    for item in follow_ups:
        texts.setdefault(item["activity_id"], []).append(item["text"])
    docs = []
    for row in rows:
        mine = by_activity.get(row["id"], [])
        org_ids = list(dict.fromkeys(x["organisation_id"] for x in mine if x["organisation_id"] in orgs))
        contact_ids = list(dict.fromkeys(x["contact_id"] for x in mine if x["contact_id"] in people))
        project_ids = list(dict.fromkeys(x["project_id"] for x in mine if x["project_id"] in projects))
        network_ids = list(dict.fromkeys(x["network_id"] for x in mine if x["network_id"] in networks))
        day = (row["starts"] or "")[:10] or None
        place = row["place"] or ("online" if row["online"] else None)
        docs.append(si.Document(
            "activity", row["id"], row["title"], ", ".join(x for x in (row["kind"], day, place) if x),
            label=row["title"], names=[row["title"]], orgs=[w for i in org_ids for w in _org_words(orgs[i])],
            people=[people[i] for i in contact_ids], places=[place] if place else [], tags=tags.get(row["id"], []),
            body=_join_text(row["minutes"], *texts.get(row["id"], []), *(projects[i] for i in project_ids),
                            *(networks[i] for i in network_ids)),
            kind=row["kind"], refs=_ids(*(x[c] for x in mine for c in _LINK_TARGETS)),
            date_from=day, date_to=(row["ends"] or "")[:10] or day))
    return docs


_TITLE_SQL = {
    "organisation": "name", "contact": _CONTACT_NAME, "call": "name", "project": "title",
    "network": "name", "activity": "title",
}
_ENTITY_WORD = {"organisation": "organisationen", "contact": "", "call": "utlysningen", "project": "projektet",
                "network": "nätverket", "activity": "aktiviteten"}


def _notes(conn: Any, ids: list[str]) -> list[si.Document]:
    rows = _live(conn, "note", ids)
    owners: dict[tuple[str, str], str] = {}
    for entity in {r["entity_type"] for r in rows if r["entity_type"] in _TITLE_SQL}:
        found = _titles(conn, entity, _TITLE_SQL[entity], (r["entity_id"] for r in rows if r["entity_type"] == entity))
        owners.update({(entity, k): v for k, v in found.items()})
    tags = _tags(conn, "note", ids)
    docs = []
    for row in rows:
        owner = owners.get((row["entity_type"], row["entity_id"]))
        first = " ".join((row["text"] or "").split())
        title = first if len(first) <= 80 else first[:79].rsplit(" ", 1)[0] + "…"
        about = f"om {_ENTITY_WORD.get(row['entity_type'], '')} {owner}".replace("  ", " ") if owner else None
        subtitle = ", ".join(x for x in ("anteckning", about, (row["created_at"] or "")[:10]) if x)
        docs.append(si.Document(
            "note", row["id"], title, subtitle, tags=tags.get(row["id"], []), body=row["text"] or "",
            refs=_ids(row["entity_id"]), date_from=(row["created_at"] or "")[:10] or None))
    return docs


BUILDERS = {"contact": _contacts, "organisation": _organisations, "call": _calls, "project": _projects,
            "network": _networks, "activity": _activities, "note": _notes}


def build_documents(conn: Any, entity: str, ids: Iterable[str]) -> list[si.Document]:
    """Index documents for the live (not deleted) rows among `ids` of one entity type, each
    with its stamp."""
    wanted = list(dict.fromkeys(ids))
    docs: list[si.Document] = []
    for start in range(0, len(wanted), CHUNK):
        docs.extend(_stamped(conn, entity, wanted[start:start + CHUNK]))
    return docs


def all_documents(conn: Any) -> Iterator[si.Document]:
    for entity in TYPES:
        ids = [r[0] for r in conn.execute(f"SELECT id FROM [{entity}] WHERE deleted_at IS NULL ORDER BY rowid")]
        for start in range(0, len(ids), CHUNK):
            yield from _stamped(conn, entity, ids[start:start + CHUNK])


def _stamped(conn: Any, entity: str, ids: list[str]) -> list[si.Document]:
    # Stamps first: a change committed between the two reads then makes the document look
    # older than its rows (verify rewrites it), never newer.
    stamps = row_stamps(conn, entity, ids)
    docs = BUILDERS[entity](conn, ids)
    for doc in docs:
        doc.stamp = stamps.get(doc.id, "")
    return docs


# Rows that are not documents themselves but show up in one: (table, column naming the parent, parent type).
_PARENTS = {
    "affiliation": (("contact_id", "contact"),),
    "project_party": (("project_id", "project"),),
    "membership": (("network_id", "network"),),
    "activity_link": (("activity_id", "activity"),),
    "follow_up": (("activity_id", "activity"),),
}


# The tables whose rows a document is made of besides its own (and taggings, tags), by type.
_LINK_TABLES: dict[str, list[tuple[str, str]]] = {}
for _table, _columns in _PARENTS.items():
    for _column, _parent in _columns:
        _LINK_TABLES.setdefault(_parent, []).append((_table, _column))


def _stamp_sql(entity: str) -> str:
    parts = ["r.updated_at"]
    for table, column in _LINK_TABLES.get(entity, ()):
        parts.append(f"(SELECT max(updated_at) || '#' || count(*) FROM [{table}] WHERE [{column}] = r.id)")
    parts.append("(SELECT max(max(g.updated_at, t.updated_at)) || '#' || count(*) FROM tagging g"
                 f" JOIN tag t ON t.id = g.tag_id WHERE g.entity_type = '{entity}' AND g.entity_id = r.id)")
    expression = " || '|' || ".join(f"coalesce({part}, '')" for part in parts)
    return f"SELECT r.id, {expression} FROM [{entity}] r WHERE r.deleted_at IS NULL"


def row_stamps(conn: Any, entity: str, ids: Iterable[str] | None = None) -> dict[str, str]:
    """{id: stamp} of the live rows of one document type (all, or those among `ids`).

    A stamp changes whenever the document's own rows change: the row's updated_at, and for
    its link rows (affiliations of a contact, parties of a project, members of a network,
    links and follow-ups of an activity) and its taggings and their tags the newest
    updated_at and how many there are (a soft delete bumps updated_at, a hard delete the
    count). Names of other records that a document shows are not in it: when one changes,
    that record's own document is stale, and repairing it rewrites the documents showing
    its name (as a live write does). Rows changed with plain SQL that leaves updated_at
    alone cannot be told apart (nor can two writes within one millisecond)."""
    sql = _stamp_sql(entity)
    if ids is None:
        rows = conn.execute(sql).fetchall()
    else:
        wanted, rows = list(dict.fromkeys(ids)), []
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            rows.extend(conn.execute(f"{sql} AND r.id IN ({_marks(chunk)})", chunk).fetchall())
    return {row_id: _digest(text) for row_id, text in rows}


def _digest(text: str) -> str:
    """16 hex digits instead of ~60 characters: the index keeps one per document."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def _database_identity(conn: Any) -> str:
    rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('device_id', 'created_at')").fetchall())
    return f"{rows.get('device_id', '')}/{rows.get('created_at', '')}"


def _max_seq(conn: Any) -> int:
    row = conn.execute("SELECT max(seq) FROM change_log").fetchone()
    return int(row[0] or 0)


def _auto_procs(conn: Any) -> int:
    rows = sum(conn.execute(f"SELECT count(*) FROM [{t}] WHERE deleted_at IS NULL").fetchone()[0] for t in TYPES)
    return 2 if rows >= 20_000 else 1


def build_new_index(path: Path | str, *, procs: int | None = None) -> tuple[Path, int]:
    """Build a complete index of a database file into a new folder beside it (the current
    index is untouched) and return (that folder, number of documents)."""
    path = Path(path)
    conn = sqlite3.connect(str(path), isolation_level=None)
    new = si.new_build_folder(si.index_folder(path))
    try:
        conn.execute("BEGIN")  # one snapshot: the watermark and the rows agree
        watermark, identity = _max_seq(conn), _database_identity(conn)
        count = si.build(new, all_documents(conn), watermark=watermark, identity=identity,
                         procs=procs or _auto_procs(conn))
        conn.execute("COMMIT")
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        raise
    finally:
        conn.close()
    return new, count


def reindex(path: Path | str, *, procs: int | None = None) -> int:
    """Rebuild the index of a database file from scratch (into a new folder, then swapped in)
    and return the number of documents. For the command line: the app rebuilds its own index
    with SearchService.rebuild()."""
    folder = si.index_folder(path)
    si.remove_leftovers(folder)
    new, count = build_new_index(path, procs=procs)
    si.swap(new, folder)
    log.info("search index rebuilt: %d documents", count)
    return count


# --- the service ---------------------------------------------------------------------------


@dataclass
class RepairReport:
    """What SearchService.verify found and did."""

    documents: int = 0  # live documents in the index when checked
    rows: int = 0  # live rows in the database that should each have one
    missing: int = 0  # live rows without a document
    extra: int = 0  # documents without a live row
    stale: int = 0  # documents whose stamp differs from their rows' (or held twice)
    repaired: int = 0  # documents written or deleted (records showing a changed name included)
    queued: int = 0  # records left in index_queue (another process kept the index locked)
    rebuilt: bool = False  # the index could not be read and was built anew
    cancelled: bool = False
    writer_busy: bool = False  # a live process held the index's write lock when the check began
    check_seconds: float = 0.0
    repair_seconds: float = 0.0

    @property
    def consistent(self) -> bool:
        """The index agreed with the database when it was checked."""
        return not (self.missing or self.extra or self.stale or self.rebuilt)


class SearchService:
    """Searches the index of one knowledge base and keeps it current (as its listener)."""

    def __init__(self, kb: Any):
        if kb.path is None:
            raise ValueError("the search index needs a database file")
        self.kb = kb
        self.folder = si.index_folder(kb.path)
        self.index: si.SearchIndex | None = None
        self._lock = threading.RLock()
        self._rebuild_lock = threading.Lock()
        self._needs_rebuild = False
        self._idle_timer: threading.Timer | None = None
        self._closed = False
        self._rebuilt_for_failure = False

    # --- opening and repairing ---

    def open(self) -> None:
        """Open the index, rebuilding or catching it up as needed (see the module doc)."""
        with self._lock:
            si.remove_leftovers(self.folder)
            identity = _database_identity(self.kb.db)
            try:
                index = si.SearchIndex.open(self.folder)
                state = si.read_state(self.folder) or {}
                if state.get("database") != identity or index.watermark > _max_seq(self.kb.db):
                    index.close()
                    raise si.CorruptIndexError("the index belongs to another database or a later state")
            except si.CorruptIndexError as exc:
                log.info("search index will be rebuilt: %s", exc)
                index = None
            if index is None:
                self.rebuild()
            else:
                self.index = index
                self._catch_up()
            self.repair()
            self.merge_small_segments()

    def rebuild(self, procs: int | None = None, *, wait: bool = True) -> int | None:
        """Rebuild from the database into a new folder while the current index keeps serving,
        then swap it in and catch up on what was written meanwhile. Returns the number of
        documents, or None when another rebuild is running and wait is False."""
        if not self._rebuild_lock.acquire(blocking=wait):
            return None
        try:
            new, count = build_new_index(self.kb.path, procs=procs)
            with self._lock:
                if self.index is not None:
                    self.index.close()
                    self.index = None
                try:
                    si.swap(new, self.folder)
                except BaseException:
                    shutil.rmtree(new, ignore_errors=True)
                    self._reopen()
                    raise
                self.index = si.SearchIndex.open(self.folder)
                self._needs_rebuild = False
                self._catch_up(rebuild=False)
            log.info("search index rebuilt: %d documents", count)
            return count
        finally:
            self._rebuild_lock.release()

    def _reopen(self) -> None:
        """After a failed swap: serve the index that is there, if it can be read."""
        try:
            self.index = si.SearchIndex.open(self.folder)
        except si.CorruptIndexError:
            self._needs_rebuild = True

    def _catch_up(self, rebuild: bool = True) -> None:
        """Apply what the change log holds beyond the index's watermark (a crash between the
        database commit and the index commit leaves such entries). Far behind, it rebuilds,
        unless it is called by a rebuild (whose lock it would wait for forever)."""
        assert self.index is not None
        watermark, latest = self.index.watermark, _max_seq(self.kb.db)
        if latest <= watermark:
            return
        limit = REPLAY_LIMIT + 1 if rebuild else -1
        rows = self.kb.db.execute("SELECT DISTINCT entity, row_id FROM change_log WHERE seq > ? LIMIT ?",
                                  [watermark, limit]).fetchall()
        if len(rows) > REPLAY_LIMIT and rebuild:
            log.info("search index is far behind the database: rebuilding")
            self.rebuild()
            return
        pending: dict[str, set[str]] = {}
        for entity, row_id in rows:
            pending.setdefault(entity, set()).add(row_id)
        log.info("search index catching up on %d changed rows", len(rows))
        self._apply(pending)
        self.index.set_watermark(latest)

    def repair(self) -> int:
        """Reindex the records waiting in index_queue; returns how many were repaired."""
        with self._lock:
            rows = self.kb.db.execute("SELECT entity, row_id, queued_at FROM index_queue").fetchall()
            if not rows:
                return 0
            if self._needs_rebuild or self.index is None:
                if self.rebuild(wait=False) is None:  # another thread is rebuilding: it will catch up
                    return 0
            else:
                pending: dict[str, set[str]] = {}
                for entity, row_id, _ in rows:
                    pending.setdefault(entity, set()).add(row_id)
                self._apply(pending)
            self.kb.db.conn.executemany("DELETE FROM index_queue WHERE entity = ? AND row_id = ? AND queued_at = ?",
                                   rows)
            log.info("search index repaired %d queued records", len(rows))
            return len(rows)

    # --- checking against the database ---

    def verify(self, cancelled: threading.Event | None = None, *, batch: int = REPAIR_BATCH) -> RepairReport:
        """Compare every document with the database and repair what disagrees: missing,
        extra and stale documents (see the module doc), in commits of `batch` documents. A
        full rebuild only when the index cannot be read.

        For the app's worker thread after open: the comparison reads through a connection of
        its own, and the service's lock is held only while one batch is written, so saves,
        their index updates and searches go on meanwhile. Setting `cancelled` stops it
        between steps (what was repaired stays repaired). A batch that cannot get the write
        lock from another process within si.WRITER_TIMEOUT is queued in index_queue."""
        report = RepairReport()
        started, since = time.perf_counter(), changelog.utc_now()
        index = self.index
        if self._closed:
            return report
        if index is None or self._needs_rebuild:
            return self._rebuild_for(report, started, "the index needs a rebuild")
        report.writer_busy = index.writer_busy()
        conn = self._read_connection()
        try:
            latest = _max_seq(conn)
            try:
                todo = self._compare(index, conn, report, cancelled)
                report.check_seconds = time.perf_counter() - started
                if todo is not None:
                    self._repair_batches(index, conn, todo, report, cancelled, batch)
            except si.CorruptIndexError as exc:
                return self._rebuild_for(report, started, str(exc))
        finally:
            conn.close()
        report.repair_seconds = time.perf_counter() - started - report.check_seconds
        if todo is not None and not report.cancelled and not report.queued and self.index is index:
            self._settle(index, latest, since)
        log.info("search index verified in %.2f s: %d documents, %d rows; %d missing, %d extra, %d stale;"
                 " %d documents repaired in %.2f s%s", report.check_seconds, report.documents, report.rows,
                 report.missing, report.extra, report.stale, report.repaired, report.repair_seconds,
                 " (cancelled)" if report.cancelled else "")
        return report

    def _compare(self, index: si.SearchIndex, conn: Any, report: RepairReport,
                 cancelled: threading.Event | None) -> dict[str, set[str]] | None:
        """The rows whose documents disagree with the database, by type (None: cancelled);
        keys of documents of no known type under "" (deleted as they are)."""
        have, twice = index.versions()
        report.documents = len(have)
        by_type: dict[str, dict[str, str]] = {}
        todo: dict[str, set[str]] = {}
        for key, stamp in have.items():
            entity, _, row_id = key.partition(":")
            by_type.setdefault(entity, {})[row_id] = stamp
        foreign = {si.doc_key(e, i) for e in set(by_type) - set(TYPES) for i in by_type[e]}
        if foreign:
            report.extra += len(foreign)
            todo[""] = foreign
        for entity in TYPES:
            if cancelled is not None and cancelled.is_set():
                report.cancelled = True
                return None
            want, held = row_stamps(conn, entity), by_type.get(entity, {})
            report.rows += len(want)
            missing, extra = want.keys() - held.keys(), held.keys() - want.keys()
            stale = {i for i in want.keys() & held.keys() if want[i] != held[i] or si.doc_key(entity, i) in twice}
            report.missing, report.extra, report.stale = (report.missing + len(missing), report.extra + len(extra),
                                                          report.stale + len(stale))
            if missing or extra or stale:
                todo[entity] = missing | extra | stale
        return todo

    def _repair_batches(self, index: si.SearchIndex, conn: Any, todo: dict[str, set[str]], report: RepairReport,
                        cancelled: threading.Event | None, batch: int) -> None:
        if "" in todo:
            with self._lock:
                if self._closed or self.index is not index:
                    return
                report.repaired += index.write(deletes=sorted(todo[""]))
        keys = [(entity, row_id) for entity in TYPES for row_id in sorted(todo.get(entity, ()))]
        for start in range(0, len(keys), max(1, batch)):
            if cancelled is not None and cancelled.is_set():
                report.cancelled = True
                return
            pending: dict[str, set[str]] = {}
            for entity, row_id in keys[start:start + batch]:
                pending.setdefault(entity, set()).add(row_id)
            with self._lock:
                if self._closed or self.index is not index:  # closed, or a rebuild swapped in meanwhile
                    return
                try:
                    report.repaired += self._apply(pending, conn)
                except si.IndexBusyError as exc:
                    rest: dict[str, set[str]] = {}
                    for entity, row_id in keys[start:]:
                        rest.setdefault(entity, set()).add(row_id)
                    self._queue(rest, exc)
                    report.queued = len(keys) - start
                    return
                except si.CorruptIndexError:
                    self._needs_rebuild = True
                    raise

    def _settle(self, index: si.SearchIndex, latest: int, since: str) -> None:
        """After a complete check and repair: the index reflects the change log up to where
        the check began, and records queued before it are done."""
        with self._lock:
            try:
                if index.watermark < latest:
                    index.set_watermark(latest)
                self.kb.db.execute("DELETE FROM index_queue WHERE queued_at <= ?", [since])
            except (OSError, sqlite3.Error) as exc:
                log.warning("could not record the verified state (%s)", type(exc).__name__)
        self.merge_small_segments()

    def _rebuild_for(self, report: RepairReport, started: float, reason: str) -> RepairReport:
        log.warning("search index cannot be read (%s): rebuilding", reason)
        report.rebuilt = self._try_rebuild(wait=True)
        report.repair_seconds = time.perf_counter() - started
        return report

    def _read_connection(self) -> sqlite3.Connection:
        """A read-only connection of verify's own: it sees committed rows only, whatever
        another thread is doing with the knowledge base's connection."""
        conn = sqlite3.connect(f"{Path(self.kb.path).resolve().as_uri()}?mode=ro", uri=True,
                               check_same_thread=False, timeout=15)
        collation.register(conn)
        return conn

    def catch_up(self, changes: m.Changes) -> int:
        """Bring the documents of rows changed elsewhere (another process, another connection)
        up to date where their stamps differ from the database: a process that committed and
        then died before its index commit leaves such rows. Returns the documents repaired."""
        pending = {entity: set(ids) for entity, ids in changes.entities.items() if ids}
        if not pending:
            return 0
        with self._lock:
            index = self.index
            if self._closed or index is None or self._needs_rebuild:
                return 0
            conn = self.kb.db
            differ: dict[str, set[str]] = {}
            try:
                targets = self._targets(conn, pending)
                have = index.versions_of(si.doc_key(e, i) for e, ids in targets.items() for i in ids)
                for entity, ids in targets.items():
                    want = row_stamps(conn, entity, ids)
                    for row_id in ids:
                        if want.get(row_id) != have.get(si.doc_key(entity, row_id)):
                            differ.setdefault(entity, set()).add(row_id)
                return self._apply(differ) if differ else 0
            except Exception as exc:
                if isinstance(exc, si.CorruptIndexError):
                    self._needs_rebuild = True
                if differ:
                    self._queue(differ, exc)
                else:
                    log.warning("search index catch-up failed (%s)", type(exc).__name__)
                return 0

    def refresh(self) -> None:
        """Let the next search see other processes' index commits now (it would within
        si.REFRESH_SECONDS anyway)."""
        index = self.index
        if index is not None:
            index.refresh()

    def merge_small_segments(self) -> int:
        """Merge the small segments that writes leave behind (a few hundred ms on a large
        index). Runs by itself IDLE_SECONDS after the last write; returns the merges done."""
        done = 0
        with self._lock:
            while not self._closed and self.index is not None and done < 8 and self.index.merge_small(2):
                done += 1
        return done

    def _schedule_merge(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
        self._idle_timer = threading.Timer(IDLE_SECONDS, self._merge_when_idle)
        self._idle_timer.daemon = True
        self._idle_timer.start()

    def _merge_when_idle(self) -> None:
        try:
            self.merge_small_segments()
        except Exception as exc:  # the next write or open repairs what matters
            log.warning("merging small index segments failed (%s)", type(exc).__name__)

    def close(self) -> None:
        if self._idle_timer is not None:
            self._idle_timer.cancel()
        with self._lock:
            self._closed = True
            try:
                self.kb.unsubscribe(self.on_change)
            except ValueError:
                pass
            if self.index is not None:
                self.index.close()
                self.index = None

    # --- the listener ---

    def on_change(self, changes: m.Changes) -> None:
        """Called by the knowledge base after each commit. Never raises: on failure (another
        process keeping the index locked included) the records are queued in index_queue and
        repaired on the next write, open or verify."""
        pending = {entity: set(ids) for entity, ids in changes.entities.items() if ids}
        if not pending:
            return
        with self._lock:
            try:
                if self._needs_rebuild or self.index is None:
                    raise si.CorruptIndexError("the index needs a rebuild")
                self._apply(pending)
                self.index.set_watermark(_max_seq(self.kb.db))
            except Exception as exc:
                if isinstance(exc, si.CorruptIndexError):
                    self._needs_rebuild = True
                self._queue(pending, exc)
                return
            try:
                self.repair()
            except Exception as exc:
                log.warning("search index repair failed (%s); will retry", type(exc).__name__)
            self._schedule_merge()

    def _queue(self, pending: dict[str, set[str]], exc: Exception) -> None:
        rows = [(entity, row_id, changelog.utc_now()) for entity, ids in pending.items() for row_id in ids]
        log.warning("search index update failed (%s); %d records queued for reindexing", type(exc).__name__, len(rows))
        log.debug("search index update failure", exc_info=exc)
        try:
            self.kb.db.conn.executemany("INSERT OR REPLACE INTO index_queue (entity, row_id, queued_at)"
                                   " VALUES (?, ?, ?)", rows)
        except Exception:
            log.exception("could not queue records for reindexing; the next open will catch up")
            return
        if self.index is not None:
            try:
                self.index.set_watermark(_max_seq(self.kb.db))
            except OSError:
                pass

    def _apply(self, pending: dict[str, set[str]], conn: Any = None) -> int:
        """Bring the documents of these changed rows (of any entity type) up to date; returns
        the documents written or deleted. The documents are read from the database while the
        index's write lock is held (SearchIndex.write with produce)."""
        assert self.index is not None
        conn = conn if conn is not None else self.kb.db

        def produce() -> tuple[Iterable[si.Document], set[str], bool]:
            targets = self._targets(conn, pending)
            upserts: dict[str, si.Document] = {}
            deletes: set[str] = set()
            gone = False
            for entity, ids in targets.items():
                docs = {d.id: d for d in build_documents(conn, entity, ids)}
                upserts.update({d.key: d for d in docs.values()})
                missing = [i for i in ids if i not in docs]
                deletes.update(si.doc_key(entity, i) for i in missing)
                gone = gone or bool(missing and len(_existing(conn, entity, missing)) < len(missing))
            dependents = self._dependents(targets, upserts)
            for entity, ids in _group_keys(dependents - set(upserts) - deletes).items():
                docs = build_documents(conn, entity, ids)
                upserts.update({d.key: d for d in docs})
                deletes.update(si.doc_key(entity, i) for i in set(ids) - {d.id for d in docs})
            return upserts.values(), deletes - set(upserts), gone

        return self.index.write(produce=produce)

    @staticmethod
    def _targets(conn: Any, pending: dict[str, set[str]]) -> dict[str, set[str]]:
        targets: dict[str, set[str]] = {}
        for entity, ids in pending.items():
            ids_list = sorted(ids)
            if entity in TYPES:
                targets.setdefault(entity, set()).update(ids_list)
            elif entity in _PARENTS:
                for column, parent in _PARENTS[entity]:
                    for start in range(0, len(ids_list), CHUNK):
                        chunk = ids_list[start:start + CHUNK]
                        for (value,) in conn.execute(f"SELECT {column} FROM [{entity}] WHERE id IN ({_marks(chunk)})",
                                                     chunk):
                            if value:
                                targets.setdefault(parent, set()).add(value)
            elif entity in ("tagging", "tag"):
                column = "id" if entity == "tagging" else "tag_id"
                for start in range(0, len(ids_list), CHUNK):
                    chunk = ids_list[start:start + CHUNK]
                    for kind, value in conn.execute(f"SELECT entity_type, entity_id FROM tagging"
                                                    f" WHERE {column} IN ({_marks(chunk)})", chunk):
                        if kind in TYPES:
                            targets.setdefault(kind, set()).add(value)
        return targets

    def _dependents(self, targets: dict[str, set[str]], upserts: dict[str, si.Document]) -> set[str]:
        """Keys of other documents that show a changed record whose label changed (renamed,
        deleted, restored, erased): they are rebuilt too."""
        assert self.index is not None
        keys = [si.doc_key(entity, i) for entity, ids in targets.items() if entity != "note" for i in ids]
        stored = self.index.stored(keys)
        changed = [key.partition(":")[2] for key in keys
                   if stored.get(key, {}).get("label") != (upserts[key].label if key in upserts else None)]
        return self.index.keys_referencing(changed) if changed else set()

    # --- searching ---

    def search(self, query: str, *, types: Iterable[str] | None = None, filters: SearchFilters | None = None,
               page: int = 1, page_size: int = 20, as_you_type: bool = True, snippets: bool = True,
               counts: bool = True) -> SearchResult:
        """Ranked hits for a query typed by a person. Never raises for any query text: a query
        it cannot read is searched as plain words (degraded=True); an index it cannot read
        gives an empty result with `error` set (and is rebuilt)."""
        wanted = tuple(dict.fromkeys(normalize_type(t) for t in (types or ())))
        if page < 1 or not 1 <= page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page must be >= 1 and page_size 1..{MAX_PAGE_SIZE}")
        filter_node = (filters or SearchFilters()).node()
        node, degraded = parse_query(query or "", as_you_type=as_you_type)
        result = SearchResult(str(query), [], 0, {}, page, page_size, degraded=degraded)
        if node is None and filter_node is None:
            return result
        args = {"filter": filter_node, "types": wanted, "offset": (page - 1) * page_size, "limit": page_size,
                "snippets": snippets, "counts": counts, "sort_by_date": node is None}
        found = self._run(node, args, result)
        if found is None:
            return result
        if node is not None and found.total < FEW and any(True for _ in _text_nodes(node)):
            exact_total = found.total
            fuzzy = self._run(_with_fuzzy(node), args, result)
            if fuzzy is not None and fuzzy.total > found.total:
                found, result.fuzzy = fuzzy, True
            result.suggestion = self._suggestion(str(query), node, exact_total > 0)
        result.total, result.counts, result.total_exact = found.total, found.counts, found.exact
        result.hits = [Hit(h["type"], h["id"], h["title"], h["subtitle"], h["snippet"], h["score"], h["date"],
                           [tuple(x) for x in h["title_spans"]], [tuple(x) for x in h["subtitle_spans"]],
                           [tuple(x) for x in h["snippet_spans"]])
                       for h in found.hits]
        return result

    def _run(self, node: si.Node | None, args: dict[str, Any], result: SearchResult) -> si.IndexResult | None:
        """One search; a damaged index is rebuilt and searched again, a query the engine
        rejects is searched again as plain words. None (and result.error) when nothing works."""
        try:
            return self._index_for_search().search(node, **args)
        except si.CorruptIndexError as exc:
            log.warning("search index damaged (%s): rebuilding", exc)
            if self._try_rebuild():
                try:
                    return self._index_for_search().search(node, **args)
                except Exception:
                    log.exception("search failed after a rebuild")
            result.error = "the search index could not be read; it is being rebuilt"
            return None
        except Exception:
            log.exception("search failed; retrying as plain words")
        result.degraded = True
        plain = plain_words(" ".join(t.word for t in _text_nodes(node)))
        if plain is None:
            return si.IndexResult(0, {}, [])
        try:
            return self._index_for_search().search(plain, **args)
        except Exception:
            log.exception("plain-words search failed")
        # Even plain words fail: the index, not the query (a damaged file that no check read).
        # Rebuilt once per session, so a fault in the code cannot rebuild again and again.
        if not self._rebuilt_for_failure:
            self._rebuilt_for_failure = True
            log.warning("searches fail on this index: rebuilding it")
            if self._try_rebuild():
                try:
                    return self._index_for_search().search(node, **args)
                except Exception:
                    log.exception("search failed after a rebuild")
        result.error = "the search failed"
        return None

    def _index_for_search(self) -> si.SearchIndex:
        if self._needs_rebuild or self.index is None:
            raise si.CorruptIndexError("the index needs a rebuild")
        return self.index

    def _try_rebuild(self, wait: bool = False) -> bool:
        try:
            return self.rebuild(wait=wait) is not None
        except Exception:
            log.exception("search index rebuild failed")
            self._needs_rebuild = True
            return False

    def _suggestion(self, query: str, node: si.Node, found_some: bool = False) -> str | None:
        """'Did you mean': the query with each unknown word replaced by the nearest known one
        (the word being typed only when the query found nothing: it is unfinished)."""
        index = self.index
        if index is None:
            return None
        replacements: dict[str, str] = {}
        try:
            for text in _text_nodes(node):
                if text.prefix and found_some:
                    continue
                for word in si.words(text.word):
                    if word in replacements or len(word) < 3 or index.knows(word):
                        continue
                    found = index.suggest(word)
                    if found:
                        replacements[word] = found[0]
        except Exception:
            log.exception("suggestions failed")
            return None
        if not replacements:
            return None
        return _replace_words(query, replacements)

    def suggest(self, query: str) -> str | None:
        """'Did you mean' for a query, whatever it finds."""
        node, _ = parse_query(query)
        return self._suggestion(query, node) if node is not None else None


def _replace_words(query: str, replacements: dict[str, str]) -> str:
    def swap(match: re.Match) -> str:
        typed = match.group()
        better = replacements.get(si.exact(typed))
        if better is None:
            return typed
        if typed.isupper() and len(typed) > 1:
            return better.upper()
        return better[:1].upper() + better[1:] if typed[:1].isupper() else better

    return re.sub(r"\w+", swap, clean_query(query)).strip()


def _existing(conn: Any, table: str, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        found.update(r[0] for r in conn.execute(f"SELECT id FROM [{table}] WHERE id IN ({_marks(chunk)})", chunk))
    return found


def _group_keys(keys: Iterable[str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for key in keys:
        entity, _, row_id = key.partition(":")
        if entity in TYPES:
            grouped.setdefault(entity, []).append(row_id)
    return grouped


def attach(kb: Any) -> SearchService:
    """Open (or build) the index of a file knowledge base and keep it current from now on."""
    service = SearchService(kb)
    service.open()
    kb.subscribe(service.on_change)
    return service
