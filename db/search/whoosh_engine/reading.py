"""Reading what the index holds: every document's key and stamp (for verify), stored fields,
the documents that show a record, and the words it knows (for "did you mean").

A mixin of SearchIndex (db/search/whoosh_engine/index.py), which holds the open index and the
shared searcher.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from whoosh import index as wi

from db.search.contract import CorruptIndexError
from db.search.whoosh_engine.analysis import BODY, edit_distance, fold, fuzzy_distance
from db.search.whoosh_engine.integrity import corruption_guard, touch, touch_lengths
from db.search.whoosh_engine.locking import open_retrying
from db.search.whoosh_engine.schema import SUGGEST_FIELDS, TEXT_FIELDS


class IndexReading:
    """SearchIndex's reads other than searching."""

    folder: Path
    _ix: wi.Index
    _search_lock: threading.RLock
    refresh: Callable[[], bool]
    _current_searcher: Callable[[], Any]

    def versions(self) -> tuple[dict[str, str], set[str]]:
        """({key: stamp} of every live document, keys held by more than one live document),
        read from the latest commit of any process through the version column (no stored
        document is read). Raises CorruptIndexError when a segment cannot be read."""
        found: dict[str, str] = {}
        twice: set[str] = set()
        try:
            reader = open_retrying(self._ix.reader)
            try:
                if reader.doc_count_all() == 0:
                    return found, twice
                for leaf, _ in reader.leaf_readers():
                    touch(leaf)
                    touch_lengths(leaf)
                    self._leaf_versions(leaf, found, twice)
            finally:
                reader.close()
        except Exception as exc:  # damaged postings raise a bare Exception ("Block tag error")
            raise CorruptIndexError("index_damaged", folder=self.folder.name, error=type(exc).__name__) from exc
        return found, twice

    @staticmethod
    def _leaf_versions(leaf, found: dict[str, str], twice: set[str]) -> None:
        deleted = leaf.deleted_docs_set if leaf.has_deletions() else frozenset()
        count = leaf.doc_count_all()
        values = list(leaf.column_reader("version", translate=False)) if leaf.has_column("version") else []
        if len(values) != count:
            raise CorruptIndexError("index_version_column_mismatch", documents=count, values=len(values))
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
        with self._search_lock, corruption_guard(self.folder):
            searcher = self._current_searcher()
            reader = searcher.reader()
            column = reader.column_reader("version", translate=False) if reader.has_column("version") else None
            for key in keys:
                for docnum in searcher.document_numbers(key=key):
                    value = column[docnum] if column is not None else b""
                    found[key] = value.decode("utf-8").partition("\t")[2] if value else ""
        return found

    def stored(self, keys: Iterable[str]) -> dict[str, dict]:
        """The stored fields of documents by key (missing keys are left out)."""
        found: dict[str, dict] = {}
        with self._search_lock, corruption_guard(self.folder):
            searcher = self._current_searcher()
            for key in keys:
                doc = searcher.document(key=key)
                if doc is not None:
                    found[key] = doc
        return found

    def keys_referencing(self, row_ids: Iterable[str]) -> set[str]:
        """Keys of the documents that show something of these records."""
        found: set[str] = set()
        with self._search_lock, corruption_guard(self.folder):
            searcher = self._current_searcher()
            for row_id in row_ids:
                for docnum in searcher.document_numbers(refs=row_id):
                    found.add(searcher.stored_fields(docnum)["key"])
        return found

    def doc_count(self) -> int:
        with self._search_lock, corruption_guard(self.folder):
            return self._current_searcher().doc_count()

    def keys(self) -> set[str]:
        """Every document key (for checks and tests)."""
        with self._search_lock, corruption_guard(self.folder):
            return {fields["key"] for fields in self._current_searcher().all_stored_fields()}

    def knows(self, word: str) -> bool:
        """Is this word (exact form) a term of any text field, exact or folded?"""
        with self._search_lock, corruption_guard(self.folder):
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
        with self._search_lock, corruption_guard(self.folder):
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

