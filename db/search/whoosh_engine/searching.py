"""Searching: ranked hits for a compiled query within a filter and types, exact counts per type
by set algebra over posting blocks (no scoring), and each hit's stored fields with the matched
words marked.

What makes Whoosh fast enough here (bench/search.py measures it): body text is scored by
saturated term frequency without length normalisation so block skipping works (schema.py); a
top-N collector that starts skipping as soon as it is full; terms the index lacks are pruned
before matching; counts per type come from set algebra over posting blocks, not from scoring
every hit.

A mixin of SearchIndex (db/search/whoosh_engine/index.py).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from whoosh import collectors
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound

from db.search.contract import IndexResult, Node
from db.search.whoosh_engine.compiling import compile_query, conjunction, expand_fuzzy, has_fuzzy, prune, top_level
from db.search.whoosh_engine.highlight import Highlight, snippet, spans_of
from db.search.whoosh_engine.integrity import corruption_guard
from db.search.whoosh_engine.schema import TYPES


class IndexSearching:
    """SearchIndex's search."""

    folder: Path
    _search_lock: threading.RLock
    _type_cache: dict[Any, dict[str, set[int]]]
    _current_searcher: Callable[[], Any]

    def search(self, node: Node | None, *, filter: Node | None = None, types: Iterable[str] | None = None,
               offset: int = 0, limit: int = 20, snippets: bool = True, counts: bool = True,
               sort_by_date: bool = False) -> IndexResult:
        """Ranked hits for a query within filter and types. With counts, the exact number of
        hits per type for the query and filter (whatever the types) and an exact total;
        without, the total is exact only when it is below offset + limit (else an upper
        estimate, and IndexResult.exact is False)."""
        marks = Highlight()
        q = compile_query(node, marks) if node is not None else wq.Every()
        base_filter = compile_query(filter) if filter is not None else None
        if q is wq.NullQuery or base_filter is wq.NullQuery:
            return IndexResult(0, {}, [])
        q = top_level(q)
        types = tuple(types or ())
        type_filter = wq.Or([wq.Term("type", t) for t in types]) if types else None
        page_filter = conjunction(base_filter, type_filter)
        # the filter narrows, only the query scores. (Require would say the same, but its
        # matcher trips an assertion in Whoosh 2.7.5 when skipping blocks by quality.)
        page_q = wq.And([q, wq.ConstantScoreQuery(page_filter, 0.0)]) if page_filter is not None else q
        with self._search_lock, corruption_guard(self.folder):
            searcher = self._current_searcher()
            reader = searcher.reader()
            if has_fuzzy(node):  # expand once: the search, the counts and the marks share it
                q = expand_fuzzy(q, reader, marks)
            q = prune(q, reader)  # terms the index lacks: a union of 12 fields shrinks to 2 or 3
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
    def _hit(hit, marks: Highlight, snippets: bool) -> dict:
        stored = hit.fields()
        entity, _, row_id = stored["key"].partition(":")
        title = stored.get("title") or ""
        result = {"type": entity, "id": row_id, "title": title, "details": _details(stored.get("details"), marks),
                  "date": stored.get("when") or None, "score": _score(hit.score),
                  "title_spans": spans_of(title, marks) if marks else [], "snippet": "", "snippet_spans": []}
        if snippets:
            result["snippet"], result["snippet_spans"] = snippet(stored.get("text") or "", marks)
        return result


def _details(stored: str | None, marks: Highlight) -> list[dict]:
    """A hit's details as stored ([field, value] or [field, value, entity]), each with the spans
    of its matched words."""
    found = []
    for field, value, *entity in json.loads(stored) if stored else []:
        found.append({"field": field, "value": value, "entity": entity[0] if entity else None,
                      "spans": spans_of(value, marks) if marks else []})
    return found


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

