"""SearchService: what the desktop and the command line call.

    service = attach(kb)                      # KnowledgeBase.open() does this for a file
    result = service.search("goteborg", types=["activity"], page=1)
    for hit in result.hits:
        print(hit.type, hit.title, [d.value for d in hit.details], hit.snippet)

A search never raises for the text a person typed (db/search/query.py reads anything); an
index that cannot be read gives an empty result with `error` set, and is rebuilt. The service
also keeps its index current (db/search/updating.py) and checks it (db/search/repair.py).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from db.errors import InvalidValue, Message
from db.search.contract import CorruptIndexError, IndexResult, Node
from db.search.query import SearchFilters, normalize_type, parse_query, plain_words
from db.search.repair import IndexRepairs
from db.search.results import Hit, SearchResult
from db.search.suggestions import FEW, suggestion, text_nodes, with_fuzzy
from db.search.whoosh_engine.index import SearchIndex

log = logging.getLogger(__name__)

MAX_PAGE_SIZE = 1000


class SearchService(IndexRepairs):
    """Searches the index of one knowledge base, and keeps it current (as its listener) and
    consistent with the database."""

    def __init__(self, kb: Any):
        super().__init__(kb)
        self._rebuilt_for_failure = False

    def search(self, query: str, *, types: Iterable[str] | None = None, filters: SearchFilters | None = None,
               page: int = 1, page_size: int = 20, as_you_type: bool = True, snippets: bool = True,
               counts: bool = True) -> SearchResult:
        """Ranked hits for a query typed by a person. Never raises for any query text: a query
        it cannot read is searched as plain words (degraded=True); an index it cannot read
        gives an empty result with `error` set (and is rebuilt)."""
        wanted = tuple(dict.fromkeys(normalize_type(t) for t in (types or ())))
        if page < 1 or not 1 <= page_size <= MAX_PAGE_SIZE:
            raise InvalidValue("search_page_out_of_range", page=page, page_size=page_size, maximum=MAX_PAGE_SIZE)
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
        if node is not None and found.total < FEW and any(True for _ in text_nodes(node)):
            exact_total = found.total
            fuzzy = self._run(with_fuzzy(node), args, result)
            if fuzzy is not None and fuzzy.total > found.total:
                found, result.fuzzy = fuzzy, True
            result.suggestion = suggestion(self.index, str(query), node, exact_total > 0)
        result.total, result.counts, result.total_exact = found.total, found.counts, found.exact
        result.hits = [Hit.from_index(h) for h in found.hits]
        return result

    def suggest(self, query: str) -> str | None:
        """'Did you mean' for a query, whatever it finds."""
        node, _ = parse_query(query)
        return suggestion(self.index, query, node) if node is not None else None

    def _run(self, node: Node | None, args: dict[str, Any], result: SearchResult) -> IndexResult | None:
        """One search; a damaged index is rebuilt and searched again, a query the engine
        rejects is searched again as plain words. None (and result.error) when nothing works."""
        try:
            return self._index_for_search().search(node, **args)
        except CorruptIndexError as exc:
            log.warning("search index damaged (%s): rebuilding", exc)
            if self._try_rebuild():
                try:
                    return self._index_for_search().search(node, **args)
                except Exception:
                    log.exception("search failed after a rebuild")
            result.error = Message("search_index_rebuilding")
            return None
        except Exception:
            log.exception("search failed; retrying as plain words")
        result.degraded = True
        plain = plain_words(" ".join(t.word for t in text_nodes(node)))
        if plain is None:
            return IndexResult(0, {}, [])
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
        result.error = Message("search_failed")
        return None

    def _index_for_search(self) -> SearchIndex:
        if self._needs_rebuild or self.index is None:
            raise CorruptIndexError("index_needs_rebuild")
        return self.index


def attach(kb: Any) -> SearchService:
    """Open (or build) the index of a file knowledge base and keep it current from now on."""
    service = SearchService(kb)
    service.open()
    kb.subscribe(service.on_change)
    return service
