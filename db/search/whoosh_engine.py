"""The search index on disk: the only module that imports Whoosh (whoosh-reloaded 2.7.5).

Everything that crosses this module's border is plain Python: documents go in as
`Document` dataclasses, queries as the small node classes below (`Text`, `Phrase`,
`Keyword`, `DateRange`, `AllOf`, `AnyOf`, `Not`), results come out as `IndexResult` with
plain dicts. Another engine could replace this module alone.

Layout: the folder `<database file name>.index/` beside the database, with a state file
(schema version, the database it belongs to, and the watermark: the highest change_log.seq
the index has taken in). A full rebuild is written into a new folder and swapped in.
Every document carries a `version` column: its key and a stamp of the rows it was made
from (db/search/service.py, row_stamps), so `versions()` lists what the index holds without
reading stored documents, and the service can compare that with the database.

Several processes may open the same folder (two app windows, the app and the command
line). Whoosh's write lock is an flock on MAIN_WRITELOCK: the kernel releases it when its
process dies, so a killed process never leaves the index locked (and the file must never be
deleted: a second writer would get in). A writer that cannot get the lock within
WRITER_TIMEOUT raises IndexBusyError (the service queues the records instead). A searcher
notices another process's commit (or a rebuild swapped in) within REFRESH_SECONDS.

Swedish analysis (SEARCH-NOTES.md has the measured facts):
- å ä ö are letters of their own in the exact fields; other accents are folded there
  (é -> e, ü -> u), æ and ø read as ä and ö.
- each text field has a folded twin (å ä -> a, ö -> o) holding only the words folding
  changed, at the exact field's positions; the query searches the twin only for words
  typed without å ä ö, at half the weight, so "goteborg" finds Göteborg, Malmö ranks
  above Malmo for "malmö" and "får" does not find "far".
- body text is Swedish-stemmed (Snowball, Swedish stop list), folded after stemming.
- search-as-you-type: names of contacts, organisations, projects, networks and calls are
  also indexed as edge n-grams (2-15 letters): the word being typed is one term lookup.
- phrases in body text are word pairs (a bigram field), names keep positions.

What makes Whoosh fast enough here (bench/search.py measures it): body text is scored by
saturated term frequency without length normalisation so block skipping works; a top-N
collector that starts skipping as soon as it is full; terms the index lacks are pruned
before matching; counts per type come from set algebra over posting blocks, not from
scoring every hit; segments are separate files (a compound segment is copied into memory
on every reopen); small segments are merged by size tier when the app is idle.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import re
import shutil
import struct
import threading
import time
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import pairwise
from pathlib import Path
from typing import Any

from whoosh import collectors, columns, scoring
from whoosh import fields as wf
from whoosh import index as wi
from whoosh import query as wq
from whoosh.analysis import Analyzer, RegexTokenizer, Token
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.lang import stemmer_for_language
from whoosh.lang.stopwords import stoplists
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import SegmentReader, TermNotFound
from whoosh.support.charset import accent_map

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3  # 3: the version column (key and stamp of each document), for verify
STATE_FILE = "kunskapsbanken-index.json"
LOCK_FILE = "MAIN_WRITELOCK"  # Whoosh's write lock (an flock): never delete it
# How long a write waits for another process's commit before it gives up (the records are
# queued then). Commits hold the lock for tens of ms, a merge or a repair batch well under 1 s.
WRITER_TIMEOUT = 5.0
REFRESH_SECONDS = 1.0  # a searcher looks for other processes' commits at most this often
LEFTOVER_SECONDS = 60.0  # a build folder or state file younger than this may be another process's
# Postings a writer sorts in memory at once. Whoosh sorts them in one C call that keeps every
# other thread waiting (the window, while a repair or a merge runs on the worker): with its
# default of 128 MB the UI thread stalled up to 110 ms during a repair on the benchmark index,
# with 4 MB up to 45 ms (the repair ~15 % slower: more, smaller sorted runs).
WRITE_LIMIT_MB = 4
TYPES = ("contact", "organisation", "project", "network", "call", "activity", "note")
NGRAM_MIN, NGRAM_MAX = 2, 15
# Types whose names are also indexed as edge n-grams (search as you type finds them from the
# second letter). Activity titles and notes match by whole words: they are 60 % of the
# documents and would hold 80 % of the n-grams (bench/search.py measured the build time).
NGRAM_TYPES = frozenset({"contact", "organisation", "project", "network", "call"})
MAX_STORED_TEXT = 8000
MAX_FUZZY_TERMS = 50
# Segments as separate files, not one compound file: Whoosh opens a compound segment by
# copying its term and posting files into memory (BytesIO over the mmap), ~40 ms per
# 90,000-document segment, paid again each time the searcher is reopened after a commit.
# Separate files open in well under a millisecond. (Searcher.refresh(), which would reuse
# open segments, is not an option: in 2.7.5 it appends the previous reader's segments to
# the new ones, so after a merge or a deletion documents show up twice or come back.)
COMPOUND = False

# --- Swedish text normalisation (shared by indexing, querying and highlighting) ---------

_SWEDISH = {ord("å"), ord("ä"), ord("ö"), ord("Å"), ord("Ä"), ord("Ö")}
EXACT_MAP = {k: v for k, v in accent_map.items() if k not in _SWEDISH}
EXACT_MAP.update({ord("æ"): "ä", ord("Æ"): "ä", ord("ø"): "ö", ord("Ø"): "ö"})
FOLD_MAP = {ord("å"): "a", ord("ä"): "a", ord("ö"): "o"}
SWEDISH_LETTERS = frozenset("åäö")
STOP_WORDS = frozenset(stoplists["sv"])
_WORD = re.compile(r"\w+")
_stem = stemmer_for_language("sv")
_stem_cache: dict[str, str] = {}


def exact(text: str) -> str:
    """Lower-case, accents folded except å ä ö (æ ø read as ä ö)."""
    return text.lower().translate(EXACT_MAP)


def fold(text: str) -> str:
    """An exact form with å ä -> a and ö -> o."""
    return text.translate(FOLD_MAP)


def stem(word: str) -> str:
    """Swedish Snowball stem of an exact-form word (cached)."""
    found = _stem_cache.get(word)
    if found is None:
        if len(_stem_cache) > 300_000:
            _stem_cache.clear()
        found = _stem_cache[word] = _stem(word)
    return found


def words(text: str) -> list[str]:
    """The exact-form words of a text, as the name fields index them."""
    return _WORD.findall(exact(text))


def has_swedish_letters(word: str) -> bool:
    return not SWEDISH_LETTERS.isdisjoint(word)


# --- analyzers ----------------------------------------------------------------------


class SwedishAnalyzer(Analyzer):
    """One fused pass: \\w+ words, lower-cased, accent map, optional stop words,
    Snowball stemming, folding and edge n-grams. Fused because a chain of five Whoosh
    filters costs a generator hop per filter per token."""

    def __init__(self, folded: bool = False, stemmed: bool = False, ngrams: bool = False, changed_only: bool = False):
        self.folded, self.stemmed, self.ngrams = folded, stemmed, ngrams
        # A folded twin that holds only the terms folding changed: a word without å ä ö is
        # already in the exact field, and the query searches both (a third of the postings saved).
        self.changed_only = changed_only

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SwedishAnalyzer) and self.__dict__ == other.__dict__

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.__dict__.items())))

    def base(self, word: str) -> str | None:
        """An exact-form word as indexed before folding: stemmed in body text, None for a
        stop word there."""
        if self.stemmed:
            return None if word in STOP_WORDS else stem(word)
        return word

    def term(self, word: str) -> str | None:
        """The indexed form of one exact-form word (None: not indexed in this field)."""
        base = self.base(word)
        return None if base is None else self._finish(base)

    def _finish(self, base: str) -> str | None:
        if not self.folded:
            return base
        folded = fold(base)
        return None if self.changed_only and folded == base else folded

    def grams(self, word: str) -> Iterator[str]:
        """Edge n-grams of one exact-form word (only those folding changed, in a changed-only twin)."""
        for size in range(NGRAM_MIN, min(len(word), NGRAM_MAX) + 1):
            gram = self._finish(word[:size])
            if gram is not None:
                yield gram

    def __call__(self, value: str, positions: bool = False, chars: bool = False, keeporiginal: bool = False,
                 removestops: bool = True, start_pos: int = 0, start_char: int = 0, tokenize: bool = True,
                 mode: str = "", **kwargs: Any) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.stopped, token.boost = False, 1.0
        if chars:
            pairs: Iterable[tuple[str, int, int]] = (
                (exact(m.group()), m.start(), m.end()) for m in _WORD.finditer(value))
        else:
            pairs = ((w, 0, 0) for w in _WORD.findall(exact(value)))
        pos = start_pos
        for word, start, end in pairs:
            base = self.base(word)
            if base is None:  # a stop word leaves no gap: the query drops it too
                continue
            if positions:
                token.pos = pos
            # Every word takes a position, also where a changed-only twin holds nothing: the
            # twins' positions line up with the exact field's, so a phrase can mix the two.
            pos += 1
            if chars:
                token.startchar, token.endchar = start_char + start, start_char + end
            if keeporiginal:
                token.original = word
            for text in (self.grams(base) if self.ngrams and mode != "query" else (self._finish(base),)):
                if text is not None:
                    token.text = text
                    yield token


class BigramAnalyzer(Analyzer):
    """Adjacent pairs of body stems, folded ("smart stad"), stop words skipped: a phrase in
    body text becomes a term lookup instead of a positional match (which costs Whoosh about
    10 µs per candidate document). Folded, so a phrase typed with or without å ä ö finds
    both spellings (one field: a folded twin would cost another 40 % of its postings)."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BigramAnalyzer)

    def __hash__(self) -> int:
        return hash("bigram")

    def __call__(self, value: str, positions: bool = False, chars: bool = False, mode: str = "",
                 **kwargs: Any) -> Iterator[Token]:
        token = Token(positions, chars, mode=mode, **kwargs)
        token.stopped, token.boost = False, 1.0
        stems = [t for t in (BODY.base(w) for w in _WORD.findall(exact(value))) if t is not None]
        for pos, pair in enumerate(bigrams(stems)):
            token.text = pair
            if positions:
                token.pos = pos
            yield token


def bigrams(stems: list[str]) -> list[str]:
    """Folded pairs of adjacent stems."""
    return [fold(f"{a} {b}") for a, b in pairwise(stems)]


EXACT = SwedishAnalyzer()
FOLDED = SwedishAnalyzer(folded=True, changed_only=True)
NGRAM = SwedishAnalyzer(ngrams=True)
NGRAM_FOLDED = SwedishAnalyzer(folded=True, ngrams=True, changed_only=True)
BODY = SwedishAnalyzer(stemmed=True)
BODY_FOLDED = SwedishAnalyzer(stemmed=True, folded=True, changed_only=True)

# Text fields: (exact field, folded field, weight of the exact field). The folded twin
# weighs half as much, so an exact match ranks above a folded one.
TEXT_FIELDS = {
    "name": ("name", "name_f", 6.0),
    "org": ("org", "org_f", 2.0),
    "place": ("place", "place_f", 2.0),
    "people": ("people", "people_f", 1.5),
    "tag": ("tag", "tag_f", 2.0),
    "body": ("body", "body_f", 1.0),
}
NGRAM_FIELDS = ("name_ng", "name_ngf", 4.0)
BIGRAM_FIELD = "body2"
SUGGEST_FIELDS = ("name", "place", "org")
KEYWORD_FIELDS = ("type", "tagk", "kind", "status", "call", "refs")


def make_schema() -> wf.Schema:
    lines = RegexTokenizer(r"[^\n]+")
    schema = wf.Schema(
        key=wf.ID(stored=True, unique=True),
        type=wf.ID(stored=True, sortable=True),
        title=wf.STORED(), subtitle=wf.STORED(), label=wf.STORED(), text=wf.STORED(), when=wf.STORED(),
        name_ng=wf.TEXT(analyzer=NGRAM, phrase=False), name_ngf=wf.TEXT(analyzer=NGRAM_FOLDED, phrase=False),
        tagk=wf.TEXT(analyzer=lines, phrase=False), refs=wf.KEYWORD(), kind=wf.ID(), status=wf.ID(), call=wf.ID(),
        date_from=wf.ID(sortable=True), date_to=wf.ID(),
        body2=wf.TEXT(analyzer=BigramAnalyzer(), phrase=False),
        version=wf.COLUMN(columns.VarBytesColumn()),
    )
    for scope, (exact_name, folded_name, _) in TEXT_FIELDS.items():
        if scope == "body":
            schema.add(exact_name, wf.TEXT(analyzer=BODY, phrase=False))
            schema.add(folded_name, wf.TEXT(analyzer=BODY_FOLDED, phrase=False))
        else:
            schema.add(exact_name, wf.TEXT(analyzer=EXACT, phrase=True))
            schema.add(folded_name, wf.TEXT(analyzer=FOLDED, phrase=True))
    return schema


class SaturatedTF(scoring.WeightingModel):
    """Body text scoring: idf x saturated term frequency, no length normalisation. BM25's
    per-document length lookup defeats Whoosh's block skipping on body text (every block
    may hold a short document); without it a common word's top 10 costs ~5 ms, not ~65 ms
    (bench/search.py). Names keep BM25F: there a short exact name should win."""

    def __init__(self, k1: float = 1.2):
        self.k1 = k1

    def scorer(self, searcher, fieldname: str, text: str, qf: int = 1) -> scoring.BaseScorer:
        maxweight = searcher.term_info(fieldname, text).max_weight()
        return _SaturatedScorer(searcher.idf(fieldname, text), self.k1, maxweight, qf)


class _SaturatedScorer(scoring.BaseScorer):
    def __init__(self, idf: float, k1: float, maxweight: float, qf: int):
        self.idf, self.k1, self.maxweight, self.qf = idf, k1, maxweight, qf

    def supports_block_quality(self) -> bool:
        return True

    def _score(self, weight: float) -> float:
        return self.idf * weight * (self.k1 + 1) / (weight + self.k1) * self.qf

    def score(self, matcher) -> float:
        return self._score(matcher.weight())

    def max_quality(self) -> float:
        return self._score(self.maxweight)

    def block_quality(self, matcher) -> float:
        return self._score(matcher.block_max_weight())


WEIGHTING = scoring.MultiWeighting(scoring.BM25F(), body=SaturatedTF(), body_f=SaturatedTF(), body2=SaturatedTF())


def tag_key(name: str) -> str:
    """How a tag is matched by a filter: exact form, single spaces."""
    return " ".join(exact(name).split())


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


@dataclass
class Document:
    """What the index stores about one record (all plain values)."""

    type: str
    id: str
    title: str
    subtitle: str = ""
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
    stamp: str = ""  # what the document was made from (search.row_stamps): verify compares it

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


class CorruptIndexError(Exception):
    """The index cannot be used as it is (missing, damaged, another schema): rebuild it."""


class IndexBusyError(Exception):
    """Another process held the index's write lock for longer than WRITER_TIMEOUT."""


# Errors that Whoosh raises from damaged files (truncated segment, garbage bytes).
_CORRUPTION = (EOFError, struct.error, zlib.error, pickle.UnpicklingError, wi.IndexError, OSError,
               UnicodeDecodeError)


# --- compiling neutral queries to Whoosh ------------------------------------------------


@dataclass
class _Highlight:
    """The forms a query looks for, to mark them in titles and snippets."""

    names: set[str] = field(default_factory=set)
    names_folded: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    prefixes_folded: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    stems_folded: set[str] = field(default_factory=set)

    def marks(self, word: str) -> bool:
        """Does this exact-form word of a stored text match the query?"""
        if word in self.names or (self.prefixes and word.startswith(tuple(self.prefixes))):
            return True
        folded = fold(word)
        if folded in self.names_folded or (self.prefixes_folded and folded.startswith(tuple(self.prefixes_folded))):
            return True
        if word in STOP_WORDS:
            return False
        stemmed = stem(word)
        return stemmed in self.stems or fold(stemmed) in self.stems_folded

    def __bool__(self) -> bool:
        return any((self.names, self.names_folded, self.prefixes, self.prefixes_folded, self.stems,
                    self.stems_folded))


def _scopes(scope: str) -> tuple[str, ...]:
    return tuple(TEXT_FIELDS) if scope == "all" else (scope,)


def _compile_word(word: str, node: Text, marks: _Highlight) -> wq.Query:
    folded_too = not has_swedish_letters(word)
    folded = fold(word)
    parts: list[wq.Query] = []
    for scope in _scopes(node.scope):
        exact_name, folded_name, weight = TEXT_FIELDS[scope]
        term = BODY.term(word) if scope == "body" else word
        if term is None:
            continue
        parts.append(wq.Term(exact_name, term, boost=weight))
        if folded_too:
            parts.append(wq.Term(folded_name, fold(term), boost=weight / 2))
        if scope == "body":
            marks.stems.add(term)
            if folded_too:
                marks.stems_folded.add(fold(term))
        else:
            marks.names.add(word)
            if folded_too:
                marks.names_folded.add(folded)
    if node.prefix and node.scope in ("all", "name") and len(word) >= NGRAM_MIN:
        ng_exact, ng_folded, weight = NGRAM_FIELDS
        parts.append(wq.Term(ng_exact, word[:NGRAM_MAX], boost=weight))
        marks.prefixes.add(word)
        if folded_too:
            parts.append(wq.Term(ng_folded, folded[:NGRAM_MAX], boost=weight / 2))
            marks.prefixes_folded.add(folded)
    if node.fuzzy and len(word) >= 4 and node.scope in ("all", "name"):
        parts.append(wq.FuzzyTerm("name", word, boost=1.0, maxdist=node.fuzzy, prefixlength=1))
        if folded_too:
            parts.append(wq.FuzzyTerm("name_f", folded, boost=0.5, maxdist=node.fuzzy, prefixlength=1))
    if not parts:
        return wq.NullQuery
    return parts[0] if len(parts) == 1 else wq.Or(parts)


def _compile_text(node: Text, marks: _Highlight) -> wq.Query:
    tokens = words(node.word)
    if not tokens:
        return wq.NullQuery
    last = len(tokens) - 1
    parts = [_compile_word(token, Text(token, node.scope, node.prefix and i == last, node.fuzzy), marks)
             for i, token in enumerate(tokens)]
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _compile_phrase(node: Phrase, marks: _Highlight) -> wq.Query:
    """Adjacent words: in body text, pairs of stems (bigram fields); in names, positions.
    Typed without å ä ö, each word may also match its folded twin (positions line up), so
    "goteborgs stad" finds Göteborgs stad."""
    tokens = [w for text in node.words for w in words(text)]
    if len(tokens) < 2:
        return _compile_text(Text(" ".join(tokens), node.scope), marks) if tokens else wq.NullQuery
    folded_too = not any(has_swedish_letters(w) for w in tokens)
    parts: list[wq.Query] = []
    for scope in _scopes(node.scope):
        exact_name, folded_name, weight = TEXT_FIELDS[scope]
        analyzer = BODY if scope == "body" else EXACT
        terms = [t for t in (analyzer.term(w) for w in tokens) if t is not None]
        if not terms:
            continue
        (marks.stems if scope == "body" else marks.names).update(terms)
        if folded_too:
            (marks.stems_folded if scope == "body" else marks.names_folded).update(terms)
        if len(terms) == 1:
            parts.append(wq.Term(exact_name, terms[0], boost=weight))
        elif scope == "body":
            pairs = [wq.Term(BIGRAM_FIELD, pair) for pair in bigrams(terms)]
            parts.append(wq.And(pairs, boost=weight) if len(pairs) > 1 else _boosted(pairs[0], weight))
        elif folded_too:
            parts.append(wq.Sequence([wq.Or([wq.Term(exact_name, t), wq.Term(folded_name, t)]) for t in terms],
                                     boost=weight))
        else:
            parts.append(wq.Phrase(exact_name, terms, boost=weight))
    return wq.Or(parts) if parts else wq.NullQuery


def _boosted(q: wq.Query, boost: float) -> wq.Query:
    q.boost = boost
    return q


def _compile_keyword(node: Keyword) -> wq.Query:
    name = {"tag": "tagk", "related": "refs"}.get(node.field, node.field)
    if name not in KEYWORD_FIELDS:
        return wq.NullQuery
    value = tag_key(node.value) if name == "tagk" else node.value
    return wq.Term(name, value)


def _compile_dates(node: DateRange) -> wq.Query:
    parts: list[wq.Query] = []
    if node.high:
        parts.append(wq.TermRange("date_from", None, node.high))
    if node.low:
        parts.append(wq.TermRange("date_to", node.low, None))
    if not parts:
        return wq.Every("date_from")
    return parts[0] if len(parts) == 1 else wq.And(parts)


def compile_query(node: Node | None, marks: _Highlight | None = None) -> wq.Query:
    """The Whoosh query for a neutral node (NullQuery for nothing to search)."""
    marks = marks if marks is not None else _Highlight()
    if node is None:
        return wq.NullQuery
    if isinstance(node, Text):
        return _compile_text(node, marks)
    if isinstance(node, Phrase):
        return _compile_phrase(node, marks)
    if isinstance(node, Keyword):
        return _compile_keyword(node)
    if isinstance(node, DateRange):
        return _compile_dates(node)
    if isinstance(node, Not):
        return wq.Not(compile_query(node.part, _Highlight()))
    if isinstance(node, (AllOf, AnyOf)):
        parts = [compile_query(part, marks) for part in node.parts]
        parts = [p for p in parts if p is not wq.NullQuery]
        if not parts:
            return wq.NullQuery
        if len(parts) == 1 and not isinstance(parts[0], wq.Not):
            return parts[0]
        return wq.And(parts) if isinstance(node, AllOf) else wq.Or(parts)
    raise TypeError(f"not a query node: {node!r}")


def _top_level(q: wq.Query) -> wq.Query:
    """A query made only of negations matches everything else."""
    if isinstance(q, wq.Not):
        return wq.And([wq.Every(), q])
    if isinstance(q, wq.And) and all(isinstance(p, wq.Not) for p in q.subqueries):
        return wq.And([wq.Every(), *q.subqueries])
    return q


# --- highlighting -------------------------------------------------------------------


def _spans(text: str, marks: _Highlight) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text) if marks.marks(exact(m.group()))]


def _snippet(text: str, marks: _Highlight, width: int = 160) -> tuple[str, list[tuple[int, int]]]:
    """A window of the text around its first matches, and the match spans in it."""
    text = " ".join(text.split())
    if not text:
        return "", []
    spans = _spans(text, marks) if marks else []
    if not spans:
        cut = text[:width]
        return (cut + "…" if len(text) > width else cut), []
    first = spans[0][0]
    start = max(0, first - width // 4)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > spans[0][1] else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inside = [(s + shift, e + shift) for s, e in spans if s >= start and e <= end]
    return prefix + text[start:end] + suffix, inside


# --- the index -----------------------------------------------------------------------


def index_folder(db_path: Path | str) -> Path:
    """`kb.db` -> `kb.db.index/` beside it."""
    path = Path(db_path)
    return path.with_name(path.name + ".index")


def _fields(doc: Document) -> dict[str, Any]:
    names = "\n".join(doc.names)
    values: dict[str, Any] = {
        "key": doc.key, "type": doc.type, "title": doc.title, "subtitle": doc.subtitle, "label": doc.label,
        "text": doc.body[:MAX_STORED_TEXT], "when": doc.date_from or "",
        "name_ng": names if doc.type in NGRAM_TYPES else "",
        "name_ngf": names if doc.type in NGRAM_TYPES else "",
        "tagk": "\n".join(tag_key(t) for t in doc.tags), "refs": " ".join(doc.refs),
        "version": f"{doc.key}\t{doc.stamp}".encode(),
    }
    if doc.body:
        values["body2"] = doc.body
    texts = {"name": names, "org": "\n".join(doc.orgs), "place": "\n".join(doc.places),
             "people": "\n".join(doc.people), "tag": "\n".join(doc.tags), "body": doc.body}
    for scope, (exact_name, folded_name, _) in TEXT_FIELDS.items():
        if texts[scope]:
            values[exact_name] = values[folded_name] = texts[scope]
    for name in ("kind", "status", "call", "date_from", "date_to"):
        value = getattr(doc, name)
        if value:
            values[name] = value
    if doc.date_from and not doc.date_to:
        values["date_to"] = doc.date_from
    return {k: v for k, v in values.items() if v != "" or k in ("title", "subtitle", "label", "text", "when")}


def _rewrite_segments_with_deletions(writer, segments):
    """Merge policy for erasure: rewrite every segment holding deleted documents, so the
    deleted text leaves the files (a delete alone only marks the document)."""
    keep = []
    for segment in segments:
        if segment.has_deletions():
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
        else:
            keep.append(segment)
    return keep


MERGE_FACTOR = 4  # segments of one size tier merged together
MAX_SEGMENTS = 16  # more than this after a commit: merge at once, not waiting for idle time
BIG_SEGMENT = 20_000  # documents: a segment this size (a full build's) is never merged


def _size_tier(docs: int) -> int:
    """0 for up to 9 documents, 1 for up to 99, ..."""
    return len(str(max(docs, 1))) - 1


def _merge_due(segments, factor: int = MERGE_FACTOR) -> bool:
    counts: dict[int, int] = {}
    for segment in segments:
        if segment.doc_count() == 0:
            return True
        if segment.doc_count_all() < BIG_SEGMENT:
            tier = _size_tier(segment.doc_count())
            counts[tier] = counts.get(tier, 0) + 1
    return any(n >= factor for n in counts.values())


def _merge_tiers(writer, segments, factor: int = MERGE_FACTOR):
    """Merge policy: when MERGE_FACTOR segments of the same size tier (1-9 documents,
    10-99, ...) pile up, merge them into one of the next tier; segments with every document
    deleted are dropped; big segments are left alone. Each document is rewritten once per
    tier, never again and again as with Whoosh's MERGE_SMALL. A merge still costs per
    distinct term (n-grams and word pairs make many): 100-700 ms for six segments of ~30
    documents on the benchmark index, so it runs when the app is idle (merge_small), not in
    the commit that makes a saved record searchable."""
    tiers: dict[int, list] = {}
    keep = []
    for segment in segments:
        live = segment.doc_count()
        if live == 0:
            continue
        if segment.doc_count_all() >= BIG_SEGMENT:
            keep.append(segment)
        else:
            tiers.setdefault(_size_tier(live), []).append(segment)
    merged = False
    for tier in sorted(tiers):
        group = tiers[tier]
        if not merged and len(group) >= factor:
            for segment in group:
                reader = SegmentReader(writer.storage, writer.schema, segment)
                writer.add_reader(reader)
                reader.close()
            merged = True
        else:
            keep.extend(group)
    return keep


_CANCEL = object()  # a commit's fill found nothing to write: cancel the writer, no new generation

Produce = Callable[[], tuple[Iterable[Document], Iterable[str], bool]]


class SearchIndex:
    """One open index folder. Writes are serialised by a lock within the process and by
    Whoosh's flock on MAIN_WRITELOCK between processes; searches share one searcher that is
    reopened after each commit (this process's or, within REFRESH_SECONDS, another's)."""

    def __init__(self, folder: Path, ix: wi.Index):
        self.folder = folder
        self._ix = ix
        self._write_lock = threading.RLock()
        self._search_lock = threading.RLock()
        self._searcher = None
        self._searcher_state: tuple[int, int] | None = None
        self._checked = 0.0
        self._stale = False
        self._type_cache: dict[str, dict[str, set[int]]] = {}

    # --- opening, state, closing ---

    @classmethod
    def open(cls, folder: Path | str) -> SearchIndex:
        """Open an existing index; raises CorruptIndexError when it is missing, from another
        schema version, or damaged."""
        folder = Path(folder)
        state = read_state(folder)
        if state is None or state.get("schema") != SCHEMA_VERSION:
            raise CorruptIndexError(f"{folder.name}: no index of schema version {SCHEMA_VERSION}")
        try:
            ix = _reading(lambda: wi.open_dir(str(folder)))
        except Exception as exc:  # a foreign pickle, a missing TOC, ...
            raise CorruptIndexError(f"{folder.name}: cannot open the index ({type(exc).__name__})") from exc
        index = cls(folder, ix)
        index.verify()
        return index

    def verify(self) -> None:
        """Touch every segment: a truncated segment opens fine and fails only when read."""
        try:
            with _reading(self._ix.searcher) as searcher:
                for reader, _ in searcher.reader().leaf_readers():
                    _touch(reader)
        except Exception as exc:  # damaged postings raise a bare Exception ("Block tag error")
            raise CorruptIndexError(f"{self.folder.name}: damaged ({type(exc).__name__})") from exc

    @property
    def watermark(self) -> int:
        state = read_state(self.folder) or {}
        return int(state.get("watermark") or 0)

    @property
    def identity(self) -> str | None:
        return (read_state(self.folder) or {}).get("database")

    def set_watermark(self, seq: int) -> None:
        """The highest change-log entry the index has taken in (written after each commit)."""
        write_state(self.folder, seq, self.identity)

    def close(self) -> None:
        with self._search_lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
        self._ix.close()

    def writer_busy(self) -> bool:
        """Does a live process (this one included) hold the write lock right now?"""
        return lock_held(self.folder / LOCK_FILE)

    # --- what the index holds ---

    def versions(self) -> tuple[dict[str, str], set[str]]:
        """({key: stamp} of every live document, keys held by more than one live document),
        read from the latest commit of any process through the version column (no stored
        document is read). Raises CorruptIndexError when a segment cannot be read."""
        found: dict[str, str] = {}
        twice: set[str] = set()
        try:
            reader = _reading(self._ix.reader)
            try:
                if reader.doc_count_all() == 0:
                    return found, twice
                for leaf, _ in reader.leaf_readers():
                    _touch(leaf)
                    _touch_lengths(leaf)
                    self._leaf_versions(leaf, found, twice)
            finally:
                reader.close()
        except Exception as exc:  # damaged postings raise a bare Exception ("Block tag error")
            raise CorruptIndexError(f"{self.folder.name}: damaged ({type(exc).__name__})") from exc
        return found, twice

    @staticmethod
    def _leaf_versions(leaf, found: dict[str, str], twice: set[str]) -> None:
        deleted = leaf.deleted_docs_set if leaf.has_deletions() else frozenset()
        count = leaf.doc_count_all()
        values = list(leaf.column_reader("version", translate=False)) if leaf.has_column("version") else []
        if len(values) != count:
            raise CorruptIndexError(f"version column of {count} documents holds {len(values)}")
        for docnum, value in enumerate(values):
            if docnum in deleted:
                continue
            if value:
                key, _, stamp = value.decode("utf-8").partition("\t")
            else:  # written without a version: the key from its stored fields, an unknown stamp
                key, stamp = leaf.stored_fields(docnum).get("key", ""), ""
            if key in found:
                twice.add(key)
            found[key] = stamp

    def versions_of(self, keys: Iterable[str]) -> dict[str, str]:
        """{key: stamp} of these documents (keys not in the index are left out), as of the
        latest commit of any process."""
        self.refresh()
        found: dict[str, str] = {}
        with self._search_lock, _corruption_guard(self.folder):
            searcher = self._current_searcher()
            reader = searcher.reader()
            column = reader.column_reader("version", translate=False) if reader.has_column("version") else None
            for key in keys:
                for docnum in searcher.document_numbers(key=key):
                    value = column[docnum] if column is not None else b""
                    found[key] = value.decode("utf-8").partition("\t")[2] if value else ""
        return found

    def refresh(self) -> bool:
        """Look for another process's commit or a rebuild swapped in; True when the next
        search will see it."""
        with self._search_lock:
            if self._searcher is not None and not self._stale and self._changed_on_disk():
                self._stale = True
            return self._stale

    def _changed_on_disk(self) -> bool:
        current = self._disk_state()
        return current is not None and current != self._searcher_state

    def _disk_state(self) -> tuple[int, int] | None:
        """(folder inode, latest generation): changes with every commit and every swap."""
        try:
            return os.stat(self.folder).st_ino, self._ix.latest_generation()
        except (OSError, ValueError):
            return None

    # --- writing ---

    def write(self, upserts: Iterable[Document] = (), deletes: Iterable[str] = (), *, purge: bool = False,
              produce: Produce | None = None) -> int:
        """One commit: add or replace documents, delete keys; returns how many (nothing to
        write: no commit). Small segments are not merged here (merge_small() does that, when
        the app is idle) unless more than MAX_SEGMENTS pile up. purge rewrites the segments
        that hold deleted documents, so their text leaves the files (erasure).

        With `produce`, the documents are what produce() returns, (upserts, deletes, purge),
        and it runs while the write lock is held against every process: documents it reads
        from the database then are never older than those another process committed before,
        so the last commit always holds the newest rows."""
        if produce is None:
            def produce() -> tuple[Iterable[Document], Iterable[str], bool]:
                return upserts, deletes, purge
        written = 0

        def fill(writer) -> Any:
            nonlocal written
            self.refresh()  # produce may read stored fields: see the latest commit of any process
            adds, keys, purging = produce()
            adds, keys = list(adds), list(keys)
            written = len(adds) + len(keys)
            if not written:
                return _CANCEL
            self._add(writer, adds, keys)
            return _rewrite_segments_with_deletions if purging else None

        with self._write_lock:
            self._commit(fill)
            if written and len(self._ix._segments()) > MAX_SEGMENTS:
                self.merge_small()
        return written

    def merge_small(self, factor: int = MERGE_FACTOR) -> bool:
        """Merge `factor` small segments of the same size tier (see _merge_tiers); False if
        no tier had that many. The app's idle merges use factor 2, which keeps one small
        segment per tier (queries slow down with every segment: ~1 ms per segment and term)."""
        with self._write_lock:
            if not _merge_due(self._ix._segments(), factor):
                return False
            merged = False

            def fill(writer) -> Any:
                nonlocal merged
                merged = _merge_due(writer.segments, factor)  # decided again under the lock
                return partial(_merge_tiers, factor=factor) if merged else _CANCEL

            self._commit(fill)
            return merged

    @staticmethod
    def _add(writer, upserts: Iterable[Document], deletes: Iterable[str]) -> None:
        for key in deletes:
            writer.delete_by_term("key", key)
        for doc in upserts:
            # Not update_document: it deletes only the first document holding the key, and
            # a key held twice (a crash, a bug) must become one.
            writer.delete_by_term("key", doc.key)
            writer.add_document(**_fields(doc))

    def _open_writer(self):
        """A writer holding the lock of the folder as it is now. A rebuild swapped in by
        another process while this one waited leaves it holding the lock of the old folder:
        then it lets go and takes the new one's."""
        for attempt in range(4):
            try:
                writer = self._ix.writer(timeout=WRITER_TIMEOUT, delay=0.05, compound=COMPOUND, limitmb=WRITE_LIMIT_MB)
            except wi.LockError:
                raise IndexBusyError(f"{self.folder.name}: another process is writing") from None
            except FileNotFoundError:
                if attempt == 3 or not _wait_for(self.folder):  # a swap in progress
                    raise CorruptIndexError(f"{self.folder.name}: missing") from None
                continue
            except _CORRUPTION as exc:
                raise CorruptIndexError(f"{self.folder.name}: cannot write ({type(exc).__name__})") from exc
            if _holds_current_lock(writer, self.folder):
                return writer
            writer.cancel()
            _wait_for(self.folder)
        raise IndexBusyError(f"{self.folder.name}: replaced while waiting for the write lock")

    def _commit(self, fill: Callable[[Any], Any]) -> None:
        """Open a writer, let `fill` add to it and choose the merge policy (None: no merge,
        _CANCEL: nothing to commit), commit."""
        writer = self._open_writer()
        try:
            mergetype = fill(writer)
            if mergetype is _CANCEL:
                writer.cancel()
                return
            if mergetype is None:
                writer.commit(merge=False)
            else:
                writer.commit(mergetype=mergetype)
        except BaseException as exc:
            if not writer.is_closed:
                writer.cancel()
            if isinstance(exc, _CORRUPTION):
                raise CorruptIndexError(f"{self.folder.name}: write failed ({type(exc).__name__})") from exc
            raise
        self._stale = True

    # --- reading ---

    def _current_searcher(self):
        now = time.monotonic()
        if self._searcher is not None and not self._stale and now - self._checked > REFRESH_SECONDS:
            self._checked = now
            self._stale = self._changed_on_disk()
        if self._searcher is None or self._stale:
            self._stale = False
            self._checked = now
            self._searcher_state = self._disk_state()
            old, self._searcher = self._searcher, _reading(lambda: self._ix.searcher(weighting=WEIGHTING))
            if old is not None:
                old.close()
        return self._searcher

    def stored(self, keys: Iterable[str]) -> dict[str, dict]:
        """The stored fields of documents by key (missing keys are left out)."""
        found: dict[str, dict] = {}
        with self._search_lock, _corruption_guard(self.folder):
            searcher = self._current_searcher()
            for key in keys:
                doc = searcher.document(key=key)
                if doc is not None:
                    found[key] = doc
        return found

    def keys_referencing(self, row_ids: Iterable[str]) -> set[str]:
        """Keys of the documents that show something of these records."""
        found: set[str] = set()
        with self._search_lock, _corruption_guard(self.folder):
            searcher = self._current_searcher()
            for row_id in row_ids:
                for docnum in searcher.document_numbers(refs=row_id):
                    found.add(searcher.stored_fields(docnum)["key"])
        return found

    def doc_count(self) -> int:
        with self._search_lock, _corruption_guard(self.folder):
            return self._current_searcher().doc_count()

    def keys(self) -> set[str]:
        """Every document key (for checks and tests)."""
        with self._search_lock, _corruption_guard(self.folder):
            return {fields["key"] for fields in self._current_searcher().all_stored_fields()}

    def knows(self, word: str) -> bool:
        """Is this word (exact form) a term of any text field, exact or folded?"""
        with self._search_lock, _corruption_guard(self.folder):
            reader = self._current_searcher().reader()
            body = BODY.term(word)
            checks = [(TEXT_FIELDS[s][0], word) for s in TEXT_FIELDS if s != "body"]
            checks += [(TEXT_FIELDS[s][1], fold(word)) for s in TEXT_FIELDS if s != "body"]
            if body is not None:
                checks += [("body", body), ("body_f", fold(body))]
            return any(reader.doc_frequency(name, term) > 0 for name, term in checks)

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        """Words of the names (then places and organisations) close to a (mis)typed exact-form
        word: nearest first, then the most frequent. One typo for words up to 7 letters, two
        for longer ones (as the fuzzy search)."""
        if len(word) < 3:
            return []
        maxdist = fuzzy_distance(word)
        scored: dict[str, tuple[int, int]] = {}
        with self._search_lock, _corruption_guard(self.folder):
            reader = self._current_searcher().reader()
            for name in SUGGEST_FIELDS:
                for term in reader.terms_within(name, word, maxdist, prefix=1):
                    if term == word:
                        continue
                    distance = edit_distance(word, term)
                    freq = reader.doc_frequency(name, term)
                    best = scored.get(term, (distance, 0))
                    scored[term] = (min(best[0], distance), best[1] + freq)
                if scored:
                    break
        ranked = sorted(scored.items(), key=lambda item: (item[1][0], -item[1][1], item[0]))
        return [term for term, _ in ranked[:limit]]

    def search(self, node: Node | None, *, filter: Node | None = None, types: Iterable[str] | None = None,
               offset: int = 0, limit: int = 20, snippets: bool = True, counts: bool = True,
               sort_by_date: bool = False) -> IndexResult:
        """Ranked hits for a query within filter and types. With counts, the exact number of
        hits per type for the query and filter (whatever the types) and an exact total;
        without, the total is exact only when it is below offset + limit (else an upper
        estimate, and IndexResult.exact is False)."""
        marks = _Highlight()
        q = compile_query(node, marks) if node is not None else wq.Every()
        base_filter = compile_query(filter) if filter is not None else None
        if q is wq.NullQuery or base_filter is wq.NullQuery:
            return IndexResult(0, {}, [])
        q = _top_level(q)
        types = tuple(types or ())
        type_filter = wq.Or([wq.Term("type", t) for t in types]) if types else None
        page_filter = _and(base_filter, type_filter)
        # the filter narrows, only the query scores. (Require would say the same, but its
        # matcher trips an assertion in Whoosh 2.7.5 when skipping blocks by quality.)
        page_q = wq.And([q, wq.ConstantScoreQuery(page_filter, 0.0)]) if page_filter is not None else q
        with self._search_lock, _corruption_guard(self.folder):
            searcher = self._current_searcher()
            reader = searcher.reader()
            if _has_fuzzy(node):  # expand once: the search, the counts and the marks share it
                q = _expand_fuzzy(q, reader, marks)
            q = _prune(q, reader)  # terms the index lacks: a union of 12 fields shrinks to 2 or 3
            if q is wq.NullQuery:
                return IndexResult(0, {}, [])
            page_q = wq.And([q, wq.ConstantScoreQuery(page_filter, 0.0)]) if page_filter is not None else q
            counted = self._counts(searcher, q, base_filter) if counts else {}
            if sort_by_date:
                results = searcher.search(page_q, limit=offset + limit, sortedby="date_from", reverse=True)
            else:
                collector = _TopCollector(limit=offset + limit)
                searcher.search_with_collector(page_q, collector)
                results = collector.results()
            found = results.scored_length()
            exact = counts or found < offset + limit
            if counts:
                total = sum(n for t, n in counted.items() if not types or t in types)
            else:
                total = found if exact else max(found, results.estimated_length())
            hits = [self._hit(hit, marks, snippets) for hit in results[offset:offset + limit]]
        return IndexResult(total, counted, hits, exact)

    def _counts(self, searcher, q: wq.Query, filter_q: wq.Query | None) -> dict[str, int]:
        """Hits per type, by set algebra over posting lists (no scoring)."""
        counted: dict[str, int] = {}
        for leaf, _ in searcher.leaf_searchers():
            reader = leaf.reader()
            matched = _doc_set(q, leaf, reader)
            if filter_q is not None and matched:
                matched &= _doc_set(filter_q, leaf, reader)
            if not matched:
                continue
            for entity, docs in self._type_sets(reader).items():
                n = len(matched & docs)
                if n:
                    counted[entity] = counted.get(entity, 0) + n
        return counted

    def _type_sets(self, reader) -> dict[str, set[int]]:
        """Docnums of each type in one segment (cached by segment: segments never change,
        deletions are taken out of the matched set instead)."""
        segment = reader.segment() if hasattr(reader, "segment") else None
        key = segment.segment_id() if segment is not None else None
        cached = self._type_cache.get(key) if key is not None else None
        if cached is None:
            cached = {t: _posting_ids(reader, "type", t) for t in TYPES}
            if key is not None:
                if len(self._type_cache) > 64:
                    self._type_cache.clear()
                self._type_cache[key] = cached
        return cached

    @staticmethod
    def _hit(hit, marks: _Highlight, snippets: bool) -> dict:
        stored = hit.fields()
        entity, _, row_id = stored["key"].partition(":")
        title = stored.get("title") or ""
        result = {"type": entity, "id": row_id, "title": title, "subtitle": stored.get("subtitle") or "",
                  "date": stored.get("when") or None, "score": _score(hit.score),
                  "title_spans": _spans(title, marks) if marks else [], "snippet": "", "snippet_spans": []}
        result["subtitle_spans"] = _spans(result["subtitle"], marks) if marks else []
        if snippets:
            result["snippet"], result["snippet_spans"] = _snippet(stored.get("text") or "", marks)
        return result


def _posting_ids(reader, fieldname: str, text: str | bytes) -> set[int]:
    """The live docnums of one term in one segment. Reads whole posting blocks where the
    codec allows it (twice as fast as stepping the matcher), else steps the matcher."""
    try:
        matcher = reader.postings(fieldname, text)
    except TermNotFound:
        return set()
    deleted = None
    if isinstance(matcher, FilterMatcher):
        matcher, deleted = matcher.child, reader.deleted_docs_set
    ids: set[int] = set()
    if isinstance(matcher, W3LeafMatcher):
        while matcher.is_active():
            if matcher._ids is None:
                matcher._read_ids()
            ids.update(matcher._ids)
            matcher._next_block()
    else:
        ids.update(matcher.all_ids())
    return ids - deleted if deleted else ids


def _doc_set(q: wq.Query, leaf, reader) -> set[int]:
    """The docnums (in one segment) a query matches, computed with set operations."""
    if q is wq.NullQuery:
        return set()
    if isinstance(q, wq.Term):
        return _posting_ids(reader, q.fieldname, q.text)
    if isinstance(q, wq.MultiTerm):  # fuzzy, range, prefix: the union of their expansions
        found: set[int] = set()
        for text in q._btexts(reader):
            found |= _posting_ids(reader, q.fieldname, text)
        return found
    if isinstance(q, wq.Every) and not q.fieldname:
        return set(range(reader.doc_count_all())) - set(reader.all_deleted_docs()
                                                         if hasattr(reader, "all_deleted_docs") else ())
    if isinstance(q, (wq.Or, wq.DisjunctionMax)):
        found = set()
        for sub in q.subqueries:
            found |= _doc_set(sub, leaf, reader)
        return found
    if isinstance(q, wq.And):
        parts = sorted((_doc_set(sub, leaf, reader) for sub in q.subqueries), key=len)
        found = parts[0] if parts else set()
        for part in parts[1:]:
            found &= part
        return found
    if isinstance(q, wq.Require):
        return _doc_set(q.a, leaf, reader) & _doc_set(q.b, leaf, reader)
    if isinstance(q, wq.AndNot):
        return _doc_set(q.a, leaf, reader) - _doc_set(q.b, leaf, reader)
    if isinstance(q, wq.AndMaybe):
        return _doc_set(q.a, leaf, reader)
    if isinstance(q, wq.ConstantScoreQuery):
        return _doc_set(q.child, leaf, reader)
    if isinstance(q, wq.Not):
        return _doc_set(wq.Every(), leaf, reader) - _doc_set(q.query, leaf, reader)
    # phrases, sequences: the positional matcher decides
    return set(q.matcher(leaf, leaf.boolean_context()).all_ids())


def _score(value: Any) -> float:
    """A hit's relevance (results sorted by date carry the sort key instead: 0)."""
    return float(value) if isinstance(value, (int, float)) else 0.0


def _has_fuzzy(node: Node | None) -> bool:
    if isinstance(node, Text):
        return bool(node.fuzzy)
    if isinstance(node, (AllOf, AnyOf)):
        return any(_has_fuzzy(p) for p in node.parts)
    return False


def _prune(q: wq.Query, reader) -> wq.Query:
    """The query without the terms the index does not hold (NullQuery if nothing is left)."""
    if isinstance(q, wq.Term) and not isinstance(q, wq.MultiTerm):
        return q if (q.fieldname, q.text) in reader else wq.NullQuery
    if isinstance(q, (wq.Or, wq.DisjunctionMax)):
        parts = [p for p in (_prune(sub, reader) for sub in q.subqueries) if p is not wq.NullQuery]
        if not parts:
            return wq.NullQuery
        return parts[0].with_boost(parts[0].boost * q.boost) if len(parts) == 1 else type(q)(parts, boost=q.boost)
    if isinstance(q, wq.And):
        parts = [_prune(sub, reader) for sub in q.subqueries]
        if any(p is wq.NullQuery for p in parts):
            return wq.NullQuery
        kept = [p for p in parts if not _matches_all(p)] or parts[:1]
        return kept[0].with_boost(kept[0].boost * q.boost) if len(kept) == 1 else wq.And(kept, boost=q.boost)
    if isinstance(q, wq.Not):
        inner = _prune(q.query, reader)
        return wq.Every() if inner is wq.NullQuery else wq.Not(inner)
    if isinstance(q, wq.Sequence):  # every position must match (and a pruned one keeps block skipping on)
        parts = [_prune(sub, reader) for sub in q.subqueries]
        return wq.NullQuery if any(p is wq.NullQuery for p in parts) else wq.Sequence(parts, boost=q.boost)
    if isinstance(q, wq.Phrase):
        present = all((q.fieldname, w) in reader for w in q.words)
        return q if present else wq.NullQuery
    return q


def _matches_all(q: wq.Query) -> bool:
    return isinstance(q, wq.Every) and not q.fieldname


def _expand_fuzzy(q: wq.Query, reader, marks: _Highlight) -> wq.Query:
    """The query with each typo-tolerant term replaced by the names it matches (at most
    MAX_FUZZY_TERMS, the most frequent), which are also marked for highlighting."""
    if isinstance(q, wq.FuzzyTerm):
        texts = [t.decode("utf-8") if isinstance(t, bytes) else t for t in q._btexts(reader)]
        if len(texts) > MAX_FUZZY_TERMS:
            texts = sorted(texts, key=lambda t: -reader.doc_frequency(q.fieldname, t))[:MAX_FUZZY_TERMS]
        (marks.names if q.fieldname == "name" else marks.names_folded).update(texts)
        terms = [wq.Term(q.fieldname, t, boost=q.boost) for t in texts]
        return wq.Or(terms) if terms else wq.NullQuery
    if isinstance(q, wq.CompoundQuery):
        parts = [_expand_fuzzy(sub, reader, marks) for sub in q.subqueries]
        return type(q)(parts, boost=q.boost)
    if isinstance(q, wq.BinaryQuery):
        return type(q)(_expand_fuzzy(q.a, reader, marks), _expand_fuzzy(q.b, reader, marks))
    if isinstance(q, wq.Not):
        return q
    return q


class _TopCollector(collectors.TopCollector):
    """Whoosh's top-N collector, but block skipping starts as soon as the top N is full. The
    original sets its minimum score only when a document displaces another, so when every
    match scores the same (a phrase, a word that occurs once per document) it never skips
    and scores every match: 21 ms instead of 2 for a phrase in 21,000 documents."""

    def _collect(self, global_docnum: int, score: float):
        result = super()._collect(global_docnum, score)
        items = self.items
        if len(items) >= self.limit and items[0][0] > (self.minscore or 0):
            self.minscore = items[0][0]
        return result


def _and(*parts: wq.Query | None) -> wq.Query | None:
    present = [p for p in parts if p is not None]
    if not present:
        return None
    return present[0] if len(present) == 1 else wq.And(present)


def _touch(reader) -> None:
    """Read a little of everything a search reads from one segment: term dictionaries,
    postings, stored fields and the type column."""
    count = reader.doc_count_all()
    if count == 0:
        return
    for name in ("key", "type", "name", "name_ng", "body", "body_f"):
        for i, term in enumerate(reader.lexicon(name)):
            if i >= 2:
                break
            for _ in reader.postings(name, term).all_ids():
                pass
    for docnum in (0, count - 1):
        reader.stored_fields(docnum)
    if reader.has_column("type"):
        column = reader.column_reader("type")
        _ = column[0], column[count - 1]


def _touch_lengths(reader) -> None:
    """Every field-length column a segment should have is there (scoring reads them: a
    missing one fails every search that matches in its field)."""
    perdoc = getattr(reader, "_perdoc", None)
    if perdoc is None or not hasattr(perdoc, "has_column"):
        return
    for name, field_type in reader.schema.items():
        if field_type.scorable and reader.field_length(name) > 0 and not perdoc.has_column(f"_{name}_len"):
            raise CorruptIndexError(f"the field lengths of {name} are missing")


class _corruption_guard:
    """Turn Whoosh's errors from damaged files into CorruptIndexError."""

    def __init__(self, folder: Path):
        self.folder = folder

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if exc is not None and isinstance(exc, _CORRUPTION) and not isinstance(exc, CorruptIndexError):
            raise CorruptIndexError(f"{self.folder.name}: damaged ({kind.__name__})") from exc
        return False


# --- several processes ------------------------------------------------------------------


def _reading(open_it: Callable[[], Any], attempts: int = 4) -> Any:
    """Open a reader or searcher, retrying briefly when a file vanishes under it: another
    process's commit deletes the previous generation's table of contents and merged-away
    segments, which a reader listing the folder at that moment may still try to open. A
    damaged file fails every time; a race does not."""
    for attempt in range(attempts):
        try:
            return open_it()
        except FileNotFoundError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def lock_held(path: Path) -> bool:
    """Is this lock file flock-ed by a live process (this one included) right now? A lock
    of a process that died is free: the kernel released it."""
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


@contextmanager
def folder_lock(folder: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the index folder's write lock (the same flock Whoosh's writers take), waiting
    up to `timeout` seconds; IndexBusyError after that. Nothing to hold for a missing folder."""
    import fcntl

    if not folder.is_dir():
        yield
        return
    fd = os.open(folder / LOCK_FILE, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        deadline = time.monotonic() + (WRITER_TIMEOUT if timeout is None else timeout)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() >= deadline:
                    raise IndexBusyError(f"{folder.name}: another process is writing") from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _holds_current_lock(writer, folder: Path) -> bool:
    """Is the lock file the writer holds still the one in `folder` (not in a folder that a
    rebuild moved aside meanwhile)?"""
    lock = getattr(writer, "writelock", None)
    fd = getattr(lock, "fd", None)
    if fd is None:
        return True
    try:
        return os.fstat(fd).st_ino == os.stat(folder / LOCK_FILE).st_ino
    except OSError:
        return False


def _wait_for(folder: Path, seconds: float = 1.0) -> bool:
    """Wait until the folder exists (a swap takes two renames); False if it never does."""
    deadline = time.monotonic() + seconds
    while not folder.is_dir():
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
    return True


# --- state file, building, swapping ---------------------------------------------------


def read_state(folder: Path) -> dict | None:
    try:
        return json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_state(folder: Path, watermark: int, identity: str | None) -> None:
    """Schema version, watermark and the database it belongs to, written atomically."""
    tmp = folder / f"{STATE_FILE}.{uuid.uuid4().hex[:8]}.tmp"
    state = {"schema": SCHEMA_VERSION, "watermark": watermark, "database": identity}
    tmp.write_text(json.dumps(state), encoding="utf-8")
    os.replace(tmp, folder / STATE_FILE)


def _restrict(folder: Path) -> None:
    """The index holds personal data: readable by its owner alone."""
    try:
        os.chmod(folder, 0o700)
    except OSError as exc:
        log.warning("could not restrict permissions of %s: %s", folder.name, exc)


def build(folder: Path, documents: Iterable[Document], *, watermark: int, identity: str | None = None,
          procs: int = 1, limitmb: int = 64) -> int:
    """Write a complete new index into `folder` (which must not exist) and return the number
    of documents. procs > 1 uses Whoosh's multiprocessing writer with one segment per process."""
    folder.mkdir(parents=True)
    _restrict(folder)
    ix = wi.create_in(str(folder), make_schema())
    count = 0
    try:
        if procs > 1:
            writer = ix.writer(procs=procs, multisegment=True, limitmb=limitmb, batchsize=256, compound=COMPOUND)
        else:
            writer = ix.writer(limitmb=limitmb, compound=COMPOUND)
        try:
            for doc in documents:
                writer.add_document(**_fields(doc))
                count += 1
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
    finally:
        ix.close()
    write_state(folder, watermark, identity)
    return count


def new_build_folder(folder: Path) -> Path:
    return folder.with_name(f"{folder.name}.new-{uuid.uuid4().hex[:8]}")


def swap(new: Path, folder: Path) -> None:
    """Replace `folder` by the freshly built `new`; the old one is removed. The old folder's
    write lock is held meanwhile, so no other process is half-way through a commit into it
    (IndexBusyError if one holds it longer than WRITER_TIMEOUT)."""
    old = None
    with folder_lock(folder):
        if folder.exists():
            old = folder.with_name(f"{folder.name}.old-{uuid.uuid4().hex[:8]}")
            os.replace(folder, old)
        os.replace(new, folder)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def remove_leftovers(folder: Path) -> None:
    """What an interrupted build, swap or state write left behind. A build folder is
    another process's work in progress while its write lock is held or it changed within
    LEFTOVER_SECONDS (between its last commit and its swap): it is left alone."""
    for path in folder.parent.glob(f"{folder.name}.new-*"):
        if not _in_use(path):
            shutil.rmtree(path, ignore_errors=True)
    for path in folder.parent.glob(f"{folder.name}.old-*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in folder.glob(f"{STATE_FILE}.*.tmp"):
        if _age(path) > LEFTOVER_SECONDS:
            path.unlink(missing_ok=True)


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return float("inf")


def _in_use(build: Path) -> bool:
    if lock_held(build / LOCK_FILE):
        return True
    newest = min([_age(build), *(_age(p) for p in build.glob("*"))])
    return newest < LEFTOVER_SECONDS


def fuzzy_distance(word: str) -> int:
    """Typos forgiven in a word: one up to 7 letters, two from 8."""
    return 2 if len(word) >= 8 else 1


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (adjacent transpositions count as one edit)."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]
