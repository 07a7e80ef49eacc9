"""Typo tolerance: a query that finds fewer than FEW hits is searched again with its words also
matching names within one or two typos, and "did you mean" rewrites the query with each unknown
word replaced by the nearest word the index knows."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from db.search.contract import AllOf, AnyOf, Node, Not, Text
from db.search.query import clean_query
from db.search.whoosh_engine.analysis import exact, fuzzy_distance, words
from db.search.whoosh_engine.index import SearchIndex

log = logging.getLogger(__name__)

FEW = 3  # fewer hits than this: retry with typo tolerance and offer a suggestion


def text_nodes(node: Node | None, negated: bool = False) -> Iterator[Text]:
    """The positive plain-text words of a query."""
    if isinstance(node, Text) and not negated:
        yield node
    elif isinstance(node, (AllOf, AnyOf)):
        for part in node.parts:
            yield from text_nodes(part, negated)
    elif isinstance(node, Not):
        yield from text_nodes(node.part, True)


def with_fuzzy(node: Node | None) -> Node | None:
    """The same query, its words also matching names within one or two typos."""
    if isinstance(node, Text) and node.scope in ("all", "name"):
        size = max((len(w) for w in words(node.word)), default=0)
        return Text(node.word, node.scope, node.prefix, fuzzy_distance("x" * size))
    if isinstance(node, (AllOf, AnyOf)):
        return type(node)(tuple(with_fuzzy(p) for p in node.parts))
    return node


def suggestion(index: SearchIndex | None, query: str, node: Node, found_some: bool = False) -> str | None:
    """'Did you mean': the query with each unknown word replaced by the nearest known one
    (the word being typed only when the query found nothing: it is unfinished)."""
    if index is None:
        return None
    replacements: dict[str, str] = {}
    try:
        for text in text_nodes(node):
            if text.prefix and found_some:
                continue
            for word in words(text.word):
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


def _replace_words(query: str, replacements: dict[str, str]) -> str:
    """The query as typed, each replaced word in the case it was typed in."""

    def swap(match: re.Match) -> str:
        typed = match.group()
        better = replacements.get(exact(typed))
        if better is None:
            return typed
        if typed.isupper() and len(typed) > 1:
            return better.upper()
        return better[:1].upper() + better[1:] if typed[:1].isupper() else better

    return re.sub(r"\w+", swap, clean_query(query)).strip()
