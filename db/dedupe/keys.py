"""The forms in which duplicate detection compares records: names folded into keys, e-mails, phones
and organisation numbers normalised, and each record reduced to what its comparison needs.

Names are compared by their key (name_key): case-folded, diacritics removed, hyphens and spaces
normalised, so "Åsa Öberg-Lind" -> "asa oberg lind". Two name keys are similar when rapidfuzz's
ratio is at least NAME_SIMILARITY (db.dedupe.evidence), or when all the words of one (two or more)
are among the other's (a second surname, a middle name, the names in another order).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz

from db.validation import parse_org_number, parse_phone

# Names with more words than this are compared by ratio only (no word-subset index).
MAX_SUBSET_WORDS = 6


# Letters that Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i"})
# Hyphens, dashes and other joiners become spaces; apostrophes disappear (O'Brien = Obrien).
_PUNCTUATION = str.maketrans({**{c: " " for c in "-\u2010\u2011\u2012\u2013\u2014_.,;:/\\()[]&+|\"\t\n"},
                              **{c: None for c in "'\u2019\u2018`\u00b4"}})


def fold(text: str | None) -> str:
    """Case-folded, diacritics removed, punctuation as spaces, single spaces."""
    if not text:
        return ""
    text = text.casefold()
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_LETTERS)
    return " ".join(text.translate(_PUNCTUATION).split())


def spelling_of(first: str | None, last: str | None) -> str:
    """The name as written, ignoring case, hyphens and spacing only (å stays å)."""
    text = unicodedata.normalize("NFC", f"{first or ''} {last or ''}".casefold())
    return " ".join(text.translate(_PUNCTUATION).split())


def name_key(first: str | None, last: str | None) -> str:
    """'Åsa', 'Öberg-Lind' -> 'asa oberg lind'."""
    return fold(f"{first or ''} {last or ''}")


def word_sets(key: str) -> tuple[str, list[str]]:
    """The name's words, sorted, as one key ("oberg asa" for "asa oberg" and "oberg asa"),
    and the keys of its proper subsets of two or more words (so "asa oberg" is found inside
    "asa oberg lind")."""
    words = sorted(set(key.split()))
    whole = " ".join(words)
    if len(words) < 3 or len(words) > MAX_SUBSET_WORDS:
        return whole, []
    subsets = [" ".join(c) for size in range(2, len(words)) for c in combinations(words, size)]
    return whole, subsets


def name_similarity(a: str, b: str) -> float:
    """0-100 for two name keys: 100 when the words of one (two or more) are all among the
    other's, else rapidfuzz's ratio."""
    words_a, words_b = set(a.split()), set(b.split())
    if len(words_a) >= 2 and len(words_b) >= 2 and (words_a <= words_b or words_b <= words_a):
        return 100.0
    return float(fuzz.ratio(a, b))


_E164 = re.compile(r"^\+[1-9]\d{5,14}$")


def phone_key(value: str | None) -> str | None:
    """E.164 as stored; other spellings through the validator; None when not a number."""
    value = (value or "").strip()
    if not value:
        return None
    if _E164.match(value):
        return value
    try:
        return parse_phone(value)
    except ValueError:
        return None


def email_key(value: str | None) -> str:
    return (value or "").strip().lower()


_ORG_NUMBER = re.compile(r"^\d{6}-\d{4}$")


def org_number_key(value: str | None) -> str | None:
    """NNNNNN-NNNN as stored; other spellings through the validator; None when invalid."""
    value = (value or "").strip()
    if not value:
        return None
    if _ORG_NUMBER.match(value):
        return value
    try:
        return parse_org_number(value)
    except ValueError:
        return None


def string_list(text: str | None) -> list[str]:
    """A stored JSON list of e-mails or phones, without the JSON parser's cost where it is
    safe: the validators allow no quote or comma in either, so json.dumps's form splits."""
    if not text or text == "[]":
        return []
    if "\\" in text or not (text.startswith('["') and text.endswith('"]')):
        return json.loads(text)
    return text[2:-2].split('", "')


# --- records as they are compared ------------------------------------------------------------


@dataclass(slots=True)
class Person:
    """A contact as the finder compares it (order: when it was added, for "the older of two")."""

    id: str
    order: int
    spelling: str
    key: str
    words: str            # the sorted words
    subsets: list[str]
    surname: list[str]    # the words of the last name (of the first, when there is no last name)
    emails: list[str]
    phones: list[str]
    orgs: set[str] = field(default_factory=set)


class Names:
    """Folded names, computed once per distinct first or last name (names repeat a lot)."""

    def __init__(self) -> None:
        self._parts: dict[str, tuple[str, str]] = {}
        self._words: dict[str, tuple[str, list[str]]] = {}

    def part(self, text: str | None) -> tuple[str, str]:
        """(name key, spelling) of a first or a last name."""
        text = text or ""
        got = self._parts.get(text)
        if got is None:
            got = self._parts[text] = (fold(text), spelling_of(text, ""))
        return got

    def person(self, row_id: str, order: int, first: str | None, last: str | None, emails: list[str],
               phones: list[str], orgs: set[str]) -> Person:
        first_key, first_spelling = self.part(first)
        last_key, last_spelling = self.part(last)
        key = f"{first_key} {last_key}" if first_key and last_key else first_key or last_key
        spelling = (f"{first_spelling} {last_spelling}" if first_spelling and last_spelling
                    else first_spelling or last_spelling)
        words = self._words.get(key)
        if words is None:
            words = self._words[key] = word_sets(key)
        surname = (last_key or first_key).split()
        return Person(row_id, order, spelling, key, words[0], words[1], surname, emails, phones, orgs)


def clean_emails(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(e for e in map(email_key, values) if e))


def clean_phones(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(p for p in map(phone_key, values) if p))


@dataclass(slots=True)
class Org:
    """An organisation as the finder compares it."""

    id: str
    order: int
    key: str
    short: str
    number: str | None


def org_for(row_id: str, order: int, name: str | None, short_name: str | None, org_number: str | None) -> Org:
    return Org(row_id, order, fold(name), fold(short_name), org_number_key(org_number))


def org_words(key: str) -> list[str]:
    return [w for w in dict.fromkeys(key.split()) if len(w) >= 2]

