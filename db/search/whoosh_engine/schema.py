"""The index's schema: its fields, how each is analysed and weighted, and the fields a document
becomes. Every document carries a `version` column (its key and the stamp of the rows it was made
from, db/search/stamps.py), so the index can list what it holds without reading stored documents.
"""

from __future__ import annotations

import json
from typing import Any

from whoosh import columns, scoring
from whoosh import fields as wf
from whoosh.analysis import RegexTokenizer

from db.entities import SEARCHABLE
from db.search.contract import Document
from db.search.whoosh_engine.analysis import (
    BODY,
    BODY_FOLDED,
    EXACT,
    FOLDED,
    NGRAM,
    NGRAM_FOLDED,
    BigramAnalyzer,
    tag_key,
)

# 3: the version column (key and stamp of each document), for verify
# 4: the details of a hit stored as data (field, value), no interface words
SCHEMA_VERSION = 4
TYPES = SEARCHABLE  # the kinds of documents (db/entities.py): counts are kept per type
# Types whose names are also indexed as edge n-grams (search as you type finds them from the
# second letter). Activity titles and notes match by whole words: they are 60 % of the
# documents and would hold 80 % of the n-grams (bench/search.py measured the build time).
NGRAM_TYPES = frozenset(TYPES) - {"activity", "note"}
MAX_STORED_TEXT = 8000
# Segments as separate files, not one compound file: Whoosh opens a compound segment by
# copying its term and posting files into memory (BytesIO over the mmap), ~40 ms per
# 90,000-document segment, paid again each time the searcher is reopened after a commit.
# Separate files open in well under a millisecond. (Searcher.refresh(), which would reuse
# open segments, is not an option: in 2.7.5 it appends the previous reader's segments to
# the new ones, so after a merge or a deletion documents show up twice or come back.)
COMPOUND = False

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
        title=wf.STORED(), details=wf.STORED(), label=wf.STORED(), text=wf.STORED(), when=wf.STORED(),
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


def document_fields(doc: Document) -> dict[str, Any]:
    """The fields Whoosh stores and indexes for one document."""
    names = "\n".join(doc.names)
    values: dict[str, Any] = {
        "key": doc.key, "type": doc.type, "title": doc.title,
        "details": json.dumps(doc.details, ensure_ascii=False) if doc.details else "", "label": doc.label,
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
    return {k: v for k, v in values.items() if v != "" or k in ("title", "details", "label", "text", "when")}
