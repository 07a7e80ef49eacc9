"""Neutral query nodes (db/search/contract.py) compiled to Whoosh queries, and the rewrites a
query gets once the index is known: terms it lacks pruned, typo-tolerant terms expanded."""

from __future__ import annotations

from whoosh import query as wq

from db.search.contract import AllOf, AnyOf, DateRange, Keyword, Node, Not, Phrase, Text
from db.search.whoosh_engine.analysis import (
    BODY,
    EXACT,
    NGRAM_MAX,
    NGRAM_MIN,
    bigrams,
    fold,
    has_swedish_letters,
    tag_key,
    words,
)
from db.search.whoosh_engine.highlight import Highlight
from db.search.whoosh_engine.schema import BIGRAM_FIELD, KEYWORD_FIELDS, NGRAM_FIELDS, TEXT_FIELDS

MAX_FUZZY_TERMS = 50


def _scopes(scope: str) -> tuple[str, ...]:
    return tuple(TEXT_FIELDS) if scope == "all" else (scope,)


def _compile_word(word: str, node: Text, marks: Highlight) -> wq.Query:
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


def _compile_text(node: Text, marks: Highlight) -> wq.Query:
    tokens = words(node.word)
    if not tokens:
        return wq.NullQuery
    last = len(tokens) - 1
    parts = [_compile_word(token, Text(token, node.scope, node.prefix and i == last, node.fuzzy), marks)
             for i, token in enumerate(tokens)]
    return parts[0] if len(parts) == 1 else wq.And(parts)


def _compile_phrase(node: Phrase, marks: Highlight) -> wq.Query:
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


def compile_query(node: Node | None, marks: Highlight | None = None) -> wq.Query:
    """The Whoosh query for a neutral node (NullQuery for nothing to search)."""
    marks = marks if marks is not None else Highlight()
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
        return wq.Not(compile_query(node.part, Highlight()))
    if isinstance(node, (AllOf, AnyOf)):
        parts = [compile_query(part, marks) for part in node.parts]
        parts = [p for p in parts if p is not wq.NullQuery]
        if not parts:
            return wq.NullQuery
        if len(parts) == 1 and not isinstance(parts[0], wq.Not):
            return parts[0]
        return wq.And(parts) if isinstance(node, AllOf) else wq.Or(parts)
    raise TypeError(f"not a query node: {node!r}")


def top_level(q: wq.Query) -> wq.Query:
    """A query made only of negations matches everything else."""
    if isinstance(q, wq.Not):
        return wq.And([wq.Every(), q])
    if isinstance(q, wq.And) and all(isinstance(p, wq.Not) for p in q.subqueries):
        return wq.And([wq.Every(), *q.subqueries])
    return q


def has_fuzzy(node: Node | None) -> bool:
    if isinstance(node, Text):
        return bool(node.fuzzy)
    if isinstance(node, (AllOf, AnyOf)):
        return any(has_fuzzy(p) for p in node.parts)
    return False


def prune(q: wq.Query, reader) -> wq.Query:
    """The query without the terms the index does not hold (NullQuery if nothing is left)."""
    if isinstance(q, wq.Term) and not isinstance(q, wq.MultiTerm):
        return q if (q.fieldname, q.text) in reader else wq.NullQuery
    if isinstance(q, (wq.Or, wq.DisjunctionMax)):
        parts = [p for p in (prune(sub, reader) for sub in q.subqueries) if p is not wq.NullQuery]
        if not parts:
            return wq.NullQuery
        return parts[0].with_boost(parts[0].boost * q.boost) if len(parts) == 1 else type(q)(parts, boost=q.boost)
    if isinstance(q, wq.And):
        parts = [prune(sub, reader) for sub in q.subqueries]
        if any(p is wq.NullQuery for p in parts):
            return wq.NullQuery
        kept = [p for p in parts if not _matches_all(p)] or parts[:1]
        return kept[0].with_boost(kept[0].boost * q.boost) if len(kept) == 1 else wq.And(kept, boost=q.boost)
    if isinstance(q, wq.Not):
        inner = prune(q.query, reader)
        return wq.Every() if inner is wq.NullQuery else wq.Not(inner)
    if isinstance(q, wq.Sequence):  # every position must match (and a pruned one keeps block skipping on)
        parts = [prune(sub, reader) for sub in q.subqueries]
        return wq.NullQuery if any(p is wq.NullQuery for p in parts) else wq.Sequence(parts, boost=q.boost)
    if isinstance(q, wq.Phrase):
        present = all((q.fieldname, w) in reader for w in q.words)
        return q if present else wq.NullQuery
    return q


def _matches_all(q: wq.Query) -> bool:
    return isinstance(q, wq.Every) and not q.fieldname


def expand_fuzzy(q: wq.Query, reader, marks: Highlight) -> wq.Query:
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
        parts = [expand_fuzzy(sub, reader, marks) for sub in q.subqueries]
        return type(q)(parts, boost=q.boost)
    if isinstance(q, wq.BinaryQuery):
        return type(q)(expand_fuzzy(q.a, reader, marks), expand_fuzzy(q.b, reader, marks))
    if isinstance(q, wq.Not):
        return q
    return q


def conjunction(*parts: wq.Query | None) -> wq.Query | None:
    present = [p for p in parts if p is not None]
    if not present:
        return None
    return present[0] if len(present) == 1 else wq.And(present)

