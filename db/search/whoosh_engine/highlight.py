"""Marking what a query matched: the forms it looks for, the spans of matched words in a stored
text, and a snippet of body text around the first match."""

from __future__ import annotations

from dataclasses import dataclass, field

from db.search.whoosh_engine.analysis import STOP_WORDS, WORD, exact, fold, stem


@dataclass
class Highlight:
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


def spans_of(text: str, marks: Highlight) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in WORD.finditer(text) if marks.marks(exact(m.group()))]


def snippet(text: str, marks: Highlight, width: int = 160) -> tuple[str, list[tuple[int, int]]]:
    """A window of the text around its first matches, and the match spans in it."""
    text = " ".join(text.split())
    if not text:
        return "", []
    spans = spans_of(text, marks) if marks else []
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

