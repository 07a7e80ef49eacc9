"""Swedish text analysis, shared by indexing, querying and highlighting (SEARCH-NOTES.md has the
measured facts):

- å ä ö are letters of their own in the exact fields; other accents are folded there
  (é -> e, ü -> u), æ and ø read as ä and ö.
- each text field has a folded twin (å ä -> a, ö -> o) holding only the words folding
  changed, at the exact field's positions; the query searches the twin only for words
  typed without å ä ö, at half the weight, so "goteborg" finds Göteborg, Malmö ranks
  above Malmo for "malmö" and "får" does not find "far".
- body text is Swedish-stemmed (Snowball, Swedish stop list), folded after stemming.
- search-as-you-type: names are also indexed as edge n-grams (2-15 letters): the word being
  typed is one term lookup.
- phrases in body text are word pairs (a bigram field), names keep positions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Any

from whoosh.analysis import Analyzer, Token
from whoosh.lang import stemmer_for_language
from whoosh.lang.stopwords import stoplists
from whoosh.support.charset import accent_map

NGRAM_MIN, NGRAM_MAX = 2, 15

_SWEDISH = {ord("å"), ord("ä"), ord("ö"), ord("Å"), ord("Ä"), ord("Ö")}
EXACT_MAP = {k: v for k, v in accent_map.items() if k not in _SWEDISH}
EXACT_MAP.update({ord("æ"): "ä", ord("Æ"): "ä", ord("ø"): "ö", ord("Ø"): "ö"})
FOLD_MAP = {ord("å"): "a", ord("ä"): "a", ord("ö"): "o"}
SWEDISH_LETTERS = frozenset("åäö")
STOP_WORDS = frozenset(stoplists["sv"])
WORD = re.compile(r"\w+")
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
    return WORD.findall(exact(text))


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
                (exact(m.group()), m.start(), m.end()) for m in WORD.finditer(value))
        else:
            pairs = ((w, 0, 0) for w in WORD.findall(exact(value)))
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
        stems = [t for t in (BODY.base(w) for w in WORD.findall(exact(value))) if t is not None]
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


def tag_key(name: str) -> str:
    """How a tag is matched by a filter: exact form, single spaces."""
    return " ".join(exact(name).split())


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
