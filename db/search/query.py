"""The query language a person types (every part optional; anything it cannot read is searched as
plain words, never an error):

    anna ek                 every word, anywhere; the last word may be unfinished (search as you type)
    "smarta städer"         a phrase
    AND  OR  NOT  -word     also OCH, ELLER, INTE; parentheses group
    typ:projekt             type: kontakt, organisation, projekt, nätverk, utlysning, aktivitet, anteckning
    org:RISE  tag:välfärd  namn:  plats:  person:  text:  (English: org, tag, name, place, person, text)
    status:pågående  kind:möte  datum:2022  datum:2022-10  datum:2022-01-01..2022-06-30

parse_query reads it into the neutral nodes of db/search/contract.py; SearchFilters narrows a
search the same way from code (the desktop's filters, the command line's options).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

from db import models as m
from db.entities import SPECS
from db.errors import InvalidValue
from db.search.contract import AllOf, AnyOf, DateRange, Keyword, Node, Not, Phrase, Text
from db.search.whoosh_engine.analysis import exact, fold, words
from db.search.whoosh_engine.schema import TYPES

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 500
MAX_CLAUSES = 24
MAX_DEPTH = 8

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
    return fold(exact(text.strip()))


def _type_names() -> dict[str, str]:
    """What typ: and the type filters accept for each document type: its table name and its
    names in both languages (db/entities.py), singular and plural, and a few synonyms."""
    names = {"person": "contact", "personer": "contact", "people": "contact",
             "org": "organisation", "organization": "organisation", "organizations": "organisation"}
    for table in TYPES:
        spec = SPECS[table]
        for label in (spec.singular, spec.plural):
            if label is not None:
                names.update({_fold_key(label.sv): table, _fold_key(label.en): table})
        names[table] = table
    return names


TYPE_NAMES = _type_names()

_KIND_BY_KEY = {_fold_key(k): k for k in KINDS}
_STATUS_BY_KEY = {_fold_key(s): s for s in m.PROJECT_STATUSES}


def normalize_type(name: str) -> str:
    """'projekt' / 'Project' / 'nätverk' -> the entity type; InvalidValue (a ValueError) for anything else."""
    found = TYPE_NAMES.get(_fold_key(name))
    if found is None:
        raise InvalidValue("not_one_of", value=name, allowed=list(TYPES))
    return found


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

    def node(self) -> Node | None:
        parts: list[Node] = [Keyword("tag", t) for t in self.tags if t and t.strip()]
        for name, value in (("related", self.organisation), ("related", self.related), ("kind", self.kind),
                            ("status", self.status), ("call", self.call)):
            if value:
                parts.append(Keyword(name, value))
        if self.date_from or self.date_to:
            parts.append(DateRange(self.date_from, _end_of(self.date_to)))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else AllOf(tuple(parts))


def _end_of(day: str | None) -> str | None:
    """An inclusive upper bound: '2022-10' covers the whole month."""
    if not day:
        return None
    return day + "-99" if len(day) == 7 else day + "-99-99" if len(day) == 4 else day + "\uffff"


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

    def parse(self) -> Node | None:
        node = self.parse_or()
        while self.peek() is not None:  # a stray ")" ended the top level: read on
            self.pos += 1
            self.degraded = True
            rest = self.parse_or()
            node = _join(AllOf, node, rest)
        return node

    def parse_or(self) -> Node | None:
        node = self.parse_and()
        while (tok := self.peek()) is not None and tok[:2] == ("op", "OR"):
            self.pos += 1
            right = self.parse_and()
            if node is None or right is None:
                self.degraded = True
            node = _join(AnyOf, node, right)
        return node

    def parse_and(self) -> Node | None:
        node: Node | None = None
        while (tok := self.peek()) is not None and tok[:2] != ("op", "OR") and tok[:2] != ("paren", ")"):
            if tok[:2] == ("op", "AND"):
                self.pos += 1
                nxt = self.peek()
                if node is None or nxt is None or nxt[:2] in (("op", "OR"), ("op", "AND"), ("paren", ")")):
                    self.degraded = True
                continue
            node = _join(AllOf, node, self.parse_not())
        return node

    def parse_not(self) -> Node | None:
        tok = self.peek()
        if tok is not None and tok[:2] == ("op", "NOT"):
            self.pos += 1
            nxt = self.peek()
            if nxt is None or nxt[0] == "op" or nxt[:2] == ("paren", ")"):
                self.degraded = True
                return None
            inner = self.parse_not()
            return Not(inner) if inner is not None else None
        return self.parse_atom()

    def parse_atom(self) -> Node | None:
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
        return Text(value) if words(value) else None

    def field(self, name: str, value: str, quoted: bool) -> Node | None:
        target = FIELD_NAMES.get(_fold_key(name))
        node = _field_node(target, value, quoted) if target else None
        if node is None and target is None:
            return Text(f"{name} {value}") if words(f"{name} {value}") else None
        return node


def _phrase(text: str, scope: str) -> Node | None:
    tokens = words(text)
    if not tokens:
        return None
    return Text(tokens[0], scope) if len(tokens) == 1 else Phrase(tuple(tokens), scope)


def _field_node(target: str, value: str, quoted: bool) -> Node | None:
    if not value.strip():
        return None
    if target == "type":
        found = TYPE_NAMES.get(_fold_key(value))
        return Keyword("type", found) if found else Text(value)
    if target == "kind":
        return Keyword("kind", _KIND_BY_KEY.get(_fold_key(value), value.strip().lower()))
    if target == "status":
        return Keyword("status", _STATUS_BY_KEY.get(_fold_key(value), value.strip().lower()))
    if target == "date":
        return _date_node(value) or Text(value)
    if quoted:
        return _phrase(value, target)
    tokens = words(value)
    if not tokens:
        return None
    if len(tokens) == 1:
        return Text(tokens[0], target)
    return Phrase(tuple(tokens), target)


def _date_node(value: str) -> DateRange | None:
    low, _, high = value.partition("..")
    if not _DATE.match(low) or (high and not _DATE.match(high)):
        return None
    return DateRange(low, _end_of(high or low))


def _join(cls: type, left: Node | None, right: Node | None) -> Node | None:
    if left is None or right is None:
        return left if right is None else right
    left_parts = left.parts if isinstance(left, cls) else (left,)
    return cls((*left_parts, right))


def plain_words(text: str) -> Node | None:
    """Every word of the text, syntax ignored (the degraded reading of any query); the
    operators AND OR NOT (OCH ELLER INTE) are left out."""
    kept = " ".join(t for t in clean_query(text).replace('"', " ").split() if t not in OPERATORS)
    tokens = words(kept)[:MAX_CLAUSES]
    if not tokens:
        return None
    nodes = tuple(Text(t) for t in tokens)
    return nodes[0] if len(nodes) == 1 else AllOf(nodes)


def parse_query(text: str, *, as_you_type: bool = False) -> tuple[Node | None, bool]:
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


def _mark_last_word(node: Node) -> Node:
    """The word being typed (the last one, outside any NOT) also matches as a prefix."""
    if isinstance(node, Text) and node.scope in ("all", "name"):
        return Text(node.word, node.scope, True, node.fuzzy)
    if isinstance(node, (AllOf, AnyOf)) and node.parts:
        return type(node)((*node.parts[:-1], _mark_last_word(node.parts[-1])))
    return node

