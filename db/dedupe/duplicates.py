"""Duplicate detection: is this contact or organisation already in the knowledge base?

Used by the importer (one DuplicateFinder per import file: every row is matched against the
database and against the rows before it, see add_contact) and on demand over the whole
database (find_duplicates), whose pairs the desktop offers to merge (db.dedupe.merge).

Names are compared by their key (name_key): case-folded, diacritics removed, hyphens and
spaces normalised, so "Åsa Öberg-Lind" -> "asa oberg lind". Two name keys are similar when
rapidfuzz's ratio is at least NAME_SIMILARITY, or when all the words of one (two or more) are
among the other's (a second surname, a middle name, the names in another order).

A match is certain (the same record: the importer updates it) or possible (the user chooses):

    contacts                                    organisations
    same e-mail (any case)          certain     same organisation number         certain
    same phone and a similar name   certain     same name or short name          certain
    same phone, another name        possible      (both numbered, differently:   possible)
    same name, same organisation    certain     similar name (ratio >= 92)       possible
    similar name, same organisation possible
    same name, organisations not comparable     possible
    similar name, organisations not comparable  possible

"Same name" for certainty means the same spelling ignoring case, hyphens and spaces: "Åsa
Öberg" and "Asa Oberg" share a name key, yet å and a are different letters in Swedish, so that
pair is only a possible duplicate. Organisations are "not comparable" when one of the two
contacts has none; names in two different organisations never match by name alone. A number
held by more than SHARED_PHONE contacts is a switchboard: it makes a match certain together
with a similar name, and is no evidence on its own.

Everything is held in dict indexes, and names are compared only within blocks: the contacts
of one organisation, of one phone number, or sharing a word of the surname (the organisations
sharing a word of their name). A block of more than BIG_BLOCK contacts is compared within its
groups of names starting with the same three letters, so a name misspelt in its first letters
there is missed (as is a misspelt surname with no organisation to compare). rapidfuzz's C++
loops do the comparing.
"""

from __future__ import annotations

import gc
import itertools
import json
import logging
import re
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz, process

from db import models as m
from db.validation import parse_org_number, parse_phone

log = logging.getLogger(__name__)

NAME_SIMILARITY = 90.0
ORG_SIMILARITY = 92.0
# A phone number shared by more live contacts than this is a switchboard or a reception.
SHARED_PHONE = 5
# An organisation-name word shared by more organisations than this ("kommun", "ab") is
# too common to block on.
ORG_BLOCK_LIMIT = 1000
# A block of more contacts than this (a very large organisation, a switchboard number) is
# compared only among the names that start their first or last word with the same three letters.
BIG_BLOCK = 300
# Names with more words than this are compared by ratio only (no word-subset index).
MAX_SUBSET_WORDS = 6

SAME_EMAIL = "same e-mail"
SAME_PHONE = "same phone"
SAME_ORG_NUMBER = "same organisation number"
SAME_NAME_SAME_ORG = "same name in the same organisation"
SAME_NAME = "same name"
SIMILAR_NAME_SAME_ORG = "similar name in the same organisation"
SIMILAR_NAME = "similar name"
REASONS = (SAME_EMAIL, SAME_PHONE, SAME_ORG_NUMBER, SAME_NAME_SAME_ORG, SAME_NAME,
           SIMILAR_NAME_SAME_ORG, SIMILAR_NAME)

# How telling each kind of evidence is, strongest first (for choosing among several matches).
_RANK = {SAME_EMAIL: 0, SAME_ORG_NUMBER: 0, SAME_PHONE: 1, SAME_NAME_SAME_ORG: 2, SIMILAR_NAME_SAME_ORG: 3,
         SAME_NAME: 4, SIMILAR_NAME: 6}
_POSSIBLE_PHONE_RANK = 5  # the same phone with another name: weaker than the same name


@dataclass
class Match:
    """An existing record that an incoming one duplicates: certain (update it) or possible."""

    existing_id: str
    certain: bool
    reason: str
    score: float


@dataclass
class Pair:
    """Two live records that look like one; a_id is the older of the two."""

    a_id: str
    b_id: str
    reason: str
    score: float
    certain: bool


# --- folding ---------------------------------------------------------------------------------

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


def _spelling(first: str | None, last: str | None) -> str:
    """The name as written, ignoring case, hyphens and spacing only (å stays å)."""
    text = unicodedata.normalize("NFC", f"{first or ''} {last or ''}".casefold())
    return " ".join(text.translate(_PUNCTUATION).split())


def name_key(first: str | None, last: str | None) -> str:
    """'Åsa', 'Öberg-Lind' -> 'asa oberg lind'."""
    return fold(f"{first or ''} {last or ''}")


def _word_sets(key: str) -> tuple[str, list[str]]:
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


def _phone(value: str | None) -> str | None:
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


def _email(value: str | None) -> str:
    return (value or "").strip().lower()


_ORG_NUMBER = re.compile(r"^\d{6}-\d{4}$")


def _org_number(value: str | None) -> str | None:
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


def _string_list(text: str | None) -> list[str]:
    """A stored JSON list of e-mails or phones, without the JSON parser's cost where it is
    safe: the validators allow no quote or comma in either, so json.dumps's form splits."""
    if not text or text == "[]":
        return []
    if "\\" in text or not (text.startswith('["') and text.endswith('"]')):
        return json.loads(text)
    return text[2:-2].split('", "')


# --- indexes ---------------------------------------------------------------------------------


def _pull(index: dict[str, list[str]], key: str, row_id: str) -> None:
    ids = index.get(key)
    if ids and row_id in ids:
        ids.remove(row_id)
        if not ids:
            del index[key]


@dataclass(slots=True)
class _Person:
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


class _Names:
    """Folded names, computed once per distinct first or last name (names repeat a lot)."""

    def __init__(self) -> None:
        self._parts: dict[str, tuple[str, str]] = {}
        self._words: dict[str, tuple[str, list[str]]] = {}

    def part(self, text: str | None) -> tuple[str, str]:
        """(name key, spelling) of a first or a last name."""
        text = text or ""
        got = self._parts.get(text)
        if got is None:
            got = self._parts[text] = (fold(text), _spelling(text, ""))
        return got

    def person(self, row_id: str, order: int, first: str | None, last: str | None, emails: list[str],
               phones: list[str], orgs: set[str]) -> _Person:
        first_key, first_spelling = self.part(first)
        last_key, last_spelling = self.part(last)
        key = f"{first_key} {last_key}" if first_key and last_key else first_key or last_key
        spelling = (f"{first_spelling} {last_spelling}" if first_spelling and last_spelling
                    else first_spelling or last_spelling)
        words = self._words.get(key)
        if words is None:
            words = self._words[key] = _word_sets(key)
        surname = (last_key or first_key).split()
        return _Person(row_id, order, spelling, key, words[0], words[1], surname, emails, phones, orgs)


def _clean_emails(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(e for e in map(_email, values) if e))


def _clean_phones(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(p for p in map(_phone, values) if p))


@dataclass(slots=True)
class _Org:
    id: str
    order: int
    key: str
    short: str
    number: str | None


def _organisation(row_id: str, order: int, name: str | None, short_name: str | None,
                  org_number: str | None) -> _Org:
    return _Org(row_id, order, fold(name), fold(short_name), _org_number(org_number))


def _org_words(key: str) -> list[str]:
    return [w for w in dict.fromkeys(key.split()) if len(w) >= 2]


def _strength(match: Match) -> tuple[int, int, float]:
    rank = _RANK[match.reason] if match.certain or match.reason != SAME_PHONE else _POSSIBLE_PHONE_RANK
    return (0 if match.certain else 1, rank, -match.score)


def _better(a: Match, b: Match | None) -> bool:
    """Is a stronger evidence than b?"""
    return b is None or _strength(a) < _strength(b)


def _best(matches: Iterable[Match]) -> Match | None:
    """The first certain match (evidence comes strongest first), else the strongest possible."""
    best: Match | None = None
    for match in matches:
        if match.certain:
            return match
        if _better(match, best):
            best = match
    return best


def _extract(key: str, ids: list[str], keys: list[str], cutoff: float) -> Iterator[tuple[str, float]]:
    for _, score, i in process.extract(key, keys, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff,
                                       limit=None):
        yield ids[i], float(score)


def _prefixes(key: str, index_name: str) -> list[str]:
    """The groups a name belongs to within a big block: the first three letters of its first
    and of its last word (in a surname block, where all share the surname, the first only)."""
    words = key.split()
    if not words:
        return []
    if index_name.startswith("surname"):
        return ["f" + words[0][:3]]
    return ["f" + words[0][:3], "l" + words[-1][:3]]


def _phone_evidence(p: _Person, other: _Person, score: float) -> Match | None:
    return Match(other.id, True, SAME_PHONE, score)


def _colleague_evidence(p: _Person, other: _Person, score: float) -> Match | None:
    if other.spelling == p.spelling:
        return Match(other.id, True, SAME_NAME_SAME_ORG, 100.0)
    return Match(other.id, False, SIMILAR_NAME_SAME_ORG, score)


def _loose_evidence(p: _Person, other: _Person, score: float) -> Match | None:
    if p.orgs and other.orgs:
        return None
    if other.key == p.key:
        return Match(other.id, False, SAME_NAME, 100.0)
    return Match(other.id, False, SIMILAR_NAME, score)


class DuplicateFinder:
    """Live contacts and organisations in dict indexes, for matching many incoming records.

    Blocks (the contacts of one organisation, of one phone number, sharing a surname word; the
    organisations sharing a name word) are lists of ids; the list of their name keys that
    rapidfuzz scans is built when a block is first scanned."""

    def __init__(self) -> None:
        self._names = _Names()
        self._order = 0
        self._people: dict[str, _Person] = {}
        # defaultdicts: indexing a row is one C-level append per index
        self._by_email: dict[str, list[str]] = defaultdict(list)
        self._by_phone: dict[str, list[str]] = defaultdict(list)
        self._by_words: dict[str, list[str]] = defaultdict(list)
        # the word keys held by names of more than one name key ("anna berg", "berg anna")
        self._reordered: set[str] = set()
        self._by_subset: dict[str, list[str]] = defaultdict(list)
        self._by_org: dict[str, list[str]] = defaultdict(list)
        self._by_surname: dict[str, list[str]] = defaultdict(list)
        self._by_surname_no_org: dict[str, list[str]] = defaultdict(list)
        self._orgs: dict[str, _Org] = {}
        self._org_by_number: dict[str, list[str]] = defaultdict(list)
        self._org_by_name: dict[str, list[str]] = defaultdict(list)
        self._org_by_word: dict[str, list[str]] = defaultdict(list)
        self._all_orgs: dict[str, list[str]] = {"": []}
        # (index name, block) -> the name keys of the block's ids, in the same order
        self._block_keys: dict[tuple[str, str], list[str]] = {}
        # (index name, big block) -> three-letter prefix -> (ids, name keys)
        self._block_groups: dict[tuple[str, str], dict[str, tuple[list[str], list[str]]]] = {}

    # --- loading ---------------------------------------------------------------------------

    @classmethod
    def load(cls, conn: Any, *, contacts: bool = True) -> DuplicateFinder:
        """Read the live organisations and (unless contacts=False) the live contacts with their
        e-mails, phones and organisations. `conn`: an sqlite3 connection or a sqlite_utils
        Database."""
        started = time.perf_counter()
        # The cyclic garbage collector would walk the growing indexes again and again while
        # they are built (half the loading time); nothing built here forms a cycle.
        collecting = gc.isenabled()
        gc.disable()
        try:
            finder = cls._read(conn, contacts)
        finally:
            if collecting:
                gc.enable()
        log.debug("duplicate finder loaded %d contacts and %d organisations in %.3f s",
                  len(finder._people), len(finder._orgs), time.perf_counter() - started)
        return finder

    @classmethod
    def _read(cls, conn: Any, contacts: bool) -> DuplicateFinder:
        finder = cls()
        for row_id, name, short_name, org_number in conn.execute(
                "SELECT id, name, short_name, org_number FROM organisation WHERE deleted_at IS NULL"
                " ORDER BY rowid"):
            finder._order += 1
            finder._index_org(_organisation(row_id, finder._order, name, short_name, org_number))
        if not contacts:
            return finder
        live_orgs = finder._orgs
        orgs: dict[str, set[str]] = {}
        for contact_id, org_id in conn.execute(
                "SELECT contact_id, organisation_id FROM affiliation WHERE deleted_at IS NULL"):
            if org_id in live_orgs:
                got = orgs.get(contact_id)
                if got is None:
                    orgs[contact_id] = {org_id}
                else:
                    got.add(org_id)
        person, index = finder._names.person, finder._index_person
        for row_id, first, last, emails, phones in conn.execute(
                "SELECT id, first_name, last_name, emails, phones FROM contact WHERE deleted_at IS NULL"
                " ORDER BY rowid"):
            # Stored values are valid already: e-mails need only lower case, phones are E.164.
            emails = _string_list(emails)
            finder._order += 1
            index(person(row_id, finder._order, first, last, [e.lower() for e in emails] if emails else emails,
                         _string_list(phones), orgs.get(row_id) or set()))
        return finder

    def _index_person(self, p: _Person) -> None:
        row_id = p.id
        self._people[row_id] = p
        by_email, by_phone = self._by_email, self._by_phone
        for email in p.emails:
            by_email[email].append(row_id)
        for phone in p.phones:
            by_phone[phone].append(row_id)
        same_words = self._by_words[p.words]
        if same_words and self._people[same_words[0]].key != p.key:
            self._reordered.add(p.words)
        same_words.append(row_id)
        if p.subsets:
            for subset in p.subsets:
                self._by_subset[subset].append(row_id)
        if p.orgs:
            by_org = self._by_org
            for org in p.orgs:
                by_org[org].append(row_id)
            by_surname = self._by_surname
            for word in p.surname:
                by_surname[word].append(row_id)
        else:
            for word in p.surname:
                self._by_surname[word].append(row_id)
                self._by_surname_no_org[word].append(row_id)

    def _unindex_person(self, p: _Person) -> None:
        row_id = p.id
        del self._people[row_id]
        for email in p.emails:
            _pull(self._by_email, email, row_id)
        for phone in p.phones:
            _pull(self._by_phone, phone, row_id)
        _pull(self._by_words, p.words, row_id)
        for subset in p.subsets:
            _pull(self._by_subset, subset, row_id)
        for org in p.orgs:
            _pull(self._by_org, org, row_id)
        for word in p.surname:
            _pull(self._by_surname, word, row_id)
            _pull(self._by_surname_no_org, word, row_id)

    def _extend_block_caches(self, p: _Person) -> None:
        """A new person was appended to its blocks: extend the cached keys and groups of those
        blocks instead of rebuilding them (an import adds thousands, one at a time)."""
        indexes = {"phone": self._by_phone, "org": self._by_org, "surname": self._by_surname,
                   "surname_no_org": self._by_surname_no_org}
        for name, blocks in (("phone", p.phones), ("org", p.orgs), ("surname", p.surname),
                             ("surname_no_org", p.surname)):
            for block in blocks:
                ids = indexes[name].get(block)
                appended = bool(ids) and ids[-1] == p.id
                keys = self._block_keys.get((name, block))
                if keys is not None:
                    if appended and len(keys) == len(ids) - 1:
                        keys.append(p.key)
                    else:
                        self._block_keys.pop((name, block), None)
                groups = self._block_groups.get((name, block))
                if groups is not None:
                    if not appended:
                        self._block_groups.pop((name, block), None)
                        continue
                    for prefix in _prefixes(p.key, name):
                        group = groups.setdefault(prefix, ([], []))
                        group[0].append(p.id)
                        group[1].append(p.key)

    def _forget_block_keys(self, p: _Person) -> None:
        for name, blocks in (("phone", p.phones), ("org", p.orgs), ("surname", p.surname),
                             ("surname_no_org", p.surname)):
            for block in blocks:
                self._block_keys.pop((name, block), None)
                self._block_groups.pop((name, block), None)

    def _index_org(self, o: _Org) -> None:
        self._orgs[o.id] = o
        if o.number:
            self._org_by_number[o.number].append(o.id)
        for name in dict.fromkeys(n for n in (o.key, o.short) if n):
            self._org_by_name[name].append(o.id)
        for word in _org_words(o.key):
            self._org_by_word[word].append(o.id)
        self._all_orgs[""].append(o.id)

    def _unindex_org(self, o: _Org) -> None:
        del self._orgs[o.id]
        if o.number:
            _pull(self._org_by_number, o.number, o.id)
        for name in dict.fromkeys(n for n in (o.key, o.short) if n):
            _pull(self._org_by_name, name, o.id)
        for word in _org_words(o.key):
            _pull(self._org_by_word, word, o.id)
            self._block_keys.pop(("org_word", word), None)
        self._all_orgs[""].remove(o.id)
        self._block_keys.pop(("all_orgs", ""), None)

    # --- adding rows of the file being imported ---------------------------------------------

    def add_contact(self, contact_id: str, rec: m.Contact, organisation_ids: Iterable[str] = ()) -> None:
        """A contact about to be written (or updated): later rows match it too. Adding an id
        already held replaces its names, e-mails and phones and adds the organisations."""
        orgs = {o for o in organisation_ids if o}
        old = self._people.get(contact_id)
        if old is not None:
            orgs |= old.orgs
            order = old.order
            self._unindex_person(old)
            self._forget_block_keys(old)
        else:
            self._order += 1
            order = self._order
        p = self._names.person(contact_id, order, rec.first_name, rec.last_name, _clean_emails(rec.emails or ()),
                               _clean_phones(rec.phones or ()), orgs)
        self._index_person(p)
        if old is None:
            self._extend_block_caches(p)
        else:
            self._forget_block_keys(p)

    def add_organisation(self, org_id: str, rec: m.Organisation) -> None:
        old = self._orgs.get(org_id)
        if old is not None:
            order = old.order
            self._unindex_org(old)
        else:
            self._order += 1
            order = self._order
        o = _organisation(org_id, order, rec.name, rec.short_name, rec.org_number)
        self._index_org(o)
        for word in _org_words(o.key):
            self._block_keys.pop(("org_word", word), None)
        self._block_keys.pop(("all_orgs", ""), None)

    # --- fuzzy scans ----------------------------------------------------------------------------

    def _scan(self, name: str, index: dict[str, list[str]], block: str, key: str, cutoff: float,
              key_of) -> Iterator[tuple[str, float]]:
        """(id, ratio) of the block's records whose key is at least `cutoff` similar to `key`."""
        ids = index.get(block)
        if not ids or not key:
            return
        keys = self._block_keys.get((name, block))
        if keys is None:
            keys = self._block_keys[(name, block)] = [key_of(i) for i in ids]
        yield from _extract(key, ids, keys, cutoff)

    def _scan_people(self, q: _Person, name: str, index: dict[str, list[str]], block: str,
                     pairing: bool) -> Iterator[tuple[str, float]]:
        """Ratio scan of a block of contacts; a big block only among the names that share a
        three-letter start with q's. pairing: leave out what contact_pairs compares block by
        block (organisations, switchboards, big surname blocks)."""
        ids = index.get(block)
        if not ids or (pairing and (name in ("org", "phone") or len(ids) > BIG_BLOCK)):
            return
        if len(ids) <= BIG_BLOCK:
            yield from self._scan(name, index, block, q.key, NAME_SIMILARITY, self._person_key)
        else:
            groups = self._groups(name, block, ids)
            for prefix in _prefixes(q.key, name):
                if prefix in groups:
                    yield from _extract(q.key, *groups[prefix], NAME_SIMILARITY)

    def _groups(self, name: str, block: str, ids: list[str]) -> dict[str, tuple[list[str], list[str]]]:
        groups = self._block_groups.get((name, block))
        if groups is None:
            groups = {}
            for row_id in ids:
                key = self._people[row_id].key
                for prefix in _prefixes(key, name):
                    group = groups.get(prefix)
                    if group is None:
                        groups[prefix] = ([row_id], [key])
                    else:
                        group[0].append(row_id)
                        group[1].append(key)
            self._block_groups[(name, block)] = groups
        return groups

    def _person_key(self, row_id: str) -> str:
        return self._people[row_id].key

    def _org_key(self, row_id: str) -> str:
        return self._orgs[row_id].key

    # --- matching contacts --------------------------------------------------------------------

    def match_contact(self, rec: m.Contact, organisation_ids: Iterable[str] = ()) -> Match | None:
        """The strongest existing duplicate of `rec` (with the organisations it belongs to),
        or None. A certain match wins over any possible one."""
        query = self._names.person(rec.id or "", 0, rec.first_name, rec.last_name, _clean_emails(rec.emails or ()),
                                   _clean_phones(rec.phones or ()), {o for o in organisation_ids if o})
        return _best(self._contact_matches(query))

    def _contact_matches(self, q: _Person, *, pairing: bool = False) -> Iterator[Match]:
        """Every piece of evidence against q, certain ones first (strongest first).
        pairing: leave out the ratio scans that contact_pairs does block by block."""
        people = self._people
        for email in q.emails:
            for other in self._by_email.get(email, ()):
                if other != q.id:
                    yield Match(other, True, SAME_EMAIL, 100.0)
        related = self._related(q)
        phone_possible: list[Match] = []
        for phone in q.phones:
            ids = self._by_phone.get(phone, ())
            holders = [h for h in ids if h != q.id] if len(ids) <= SHARED_PHONE + 1 else None
            if holders is not None and len(holders) <= SHARED_PHONE:
                for other in holders:
                    score = name_similarity(q.key, people[other].key)
                    if score >= NAME_SIMILARITY:
                        yield Match(other, True, SAME_PHONE, score)
                    else:
                        phone_possible.append(Match(other, False, SAME_PHONE, score))
            else:  # a switchboard: only a similar name makes a shared number evidence
                for other, score in self._similar(q, "phone", self._by_phone, phone, related,
                                                  lambda p, ph=phone: ph in p.phones, pairing):
                    yield Match(other, True, SAME_PHONE, score)
        if q.orgs:
            yield from self._same_org(q, related, pairing)
        yield from phone_possible
        yield from self._orgs_not_comparable(q, related, pairing)

    def _related(self, q: _Person) -> list[_Person]:
        """Contacts whose names have q's words in another order, or more or fewer of them (two
        words or more): what rapidfuzz's ratio cannot see."""
        if " " not in q.words:
            return []
        people, found = self._people, []
        same_words = self._by_words.get(q.words)
        # Usually every name with these words is spelt in q's order: nothing to look through.
        if same_words and (q.words in self._reordered or people[same_words[0]].key != q.key):
            found = [p for p in map(people.__getitem__, same_words) if p.key != q.key]
        for other in self._by_subset.get(q.words, ()):
            found.append(people[other])
        for subset in q.subsets:
            found.extend(people[i] for i in self._by_words.get(subset, ()))
        return [p for p in found if p.id != q.id]

    def _same_org(self, q: _Person, related: list[_Person], pairing: bool) -> Iterator[Match]:
        """Similar names among q's colleagues; the same spelling is certain."""
        people = self._people
        found: dict[str, float] = {}
        for org in q.orgs:
            for other, score in self._similar(q, "org", self._by_org, org, related, lambda p, o=org: o in p.orgs,
                                              pairing):
                found[other] = max(score, found.get(other, 0.0))
        same = [other for other in found if people[other].spelling == q.spelling]
        for other in same:
            yield Match(other, True, SAME_NAME_SAME_ORG, 100.0)
        for other, score in found.items():
            if people[other].spelling != q.spelling:
                yield Match(other, False, SIMILAR_NAME_SAME_ORG, score)

    def _orgs_not_comparable(self, q: _Person, related: list[_Person], pairing: bool) -> Iterator[Match]:
        """Name evidence against contacts whose organisations cannot be compared with q's (one
        of the two has none). The same name key always shares the key's last word, a word of
        the surname blocks scanned here."""
        if q.orgs:
            def comparable(p: _Person) -> bool:
                return not p.orgs
            name, blocks = "surname_no_org", self._by_surname_no_org
        else:
            def comparable(p: _Person) -> bool:
                return True
            name, blocks = "surname", self._by_surname
        people = self._people
        for word in q.surname:
            for other, score in self._similar(q, name, blocks, word, related, comparable, pairing):
                if people[other].key == q.key:
                    yield Match(other, False, SAME_NAME, 100.0)
                else:
                    yield Match(other, False, SIMILAR_NAME, score)

    def _similar(self, q: _Person, name: str, index: dict[str, list[str]], block: str, related: list[_Person],
                 member, pairing: bool) -> Iterator[tuple[str, float]]:
        """Contacts of a block with a name similar to q's: by ratio within the block, and the
        `related` ones (names with the same words, or more, or fewer) that pass `member`."""
        for other, score in self._scan_people(q, name, index, block, pairing):
            if other != q.id:
                yield other, score
        for p in related:
            if member(p):
                yield p.id, 100.0

    # --- matching organisations ---------------------------------------------------------------

    def match_organisation(self, rec: m.Organisation) -> Match | None:
        """The strongest existing duplicate of `rec`, or None."""
        return _best(self._org_matches(_organisation(rec.id or "", 0, rec.name, rec.short_name, rec.org_number)))

    def _org_matches(self, q: _Org) -> Iterator[Match]:
        orgs = self._orgs
        if q.number:
            for other in self._org_by_number.get(q.number, ()):
                if other != q.id:
                    yield Match(other, True, SAME_ORG_NUMBER, 100.0)
        conflicting: list[Match] = []
        for name in dict.fromkeys(n for n in (q.key, q.short) if n):
            for other in self._org_by_name.get(name, ()):
                if other == q.id:
                    continue
                number = orgs[other].number
                if q.number and number and number != q.number:
                    # Two registered organisations with one name (two "Energibolaget AB"): ask.
                    conflicting.append(Match(other, False, SAME_NAME, 100.0))
                else:
                    yield Match(other, True, SAME_NAME, 100.0)
        yield from conflicting
        for name, index, block in self._org_blocks(q.key):
            for other, score in self._scan(name, index, block, q.key, ORG_SIMILARITY, self._org_key):
                if other != q.id:
                    yield Match(other, False, SIMILAR_NAME, score)

    def _org_blocks(self, key: str) -> list[tuple[str, dict[str, list[str]], str]]:
        """The blocks a name is compared within: those of its words, skipping words too common
        to tell anything ("kommun", "ab"); a name of common words only is compared with all."""
        words = [w for w in _org_words(key) if w in self._org_by_word]
        usable = [("org_word", self._org_by_word, w) for w in words
                  if len(self._org_by_word[w]) <= ORG_BLOCK_LIMIT]
        if usable or not words:
            return usable
        return [("all_orgs", self._all_orgs, "")]

    # --- all pairs ----------------------------------------------------------------------------

    def contact_pairs(self) -> list[Pair]:
        """Every pair of the contacts held, each once with its strongest evidence."""
        people = self._people
        evidence = itertools.chain(
            ((p.order, p.id, self._contact_matches(p, pairing=True)) for p in people.values()),
            self._block_matches())
        return _pairs(evidence, lambda row_id: people[row_id].order)

    def _block_matches(self) -> Iterator[tuple[int, str, list[Match]]]:
        """Similar names within each organisation, switchboard number and big surname block,
        each name compared with the later names of its block (of its group, in a big block)."""
        people = self._people
        for name, index, evidence in (("phone", self._by_phone, _phone_evidence),
                                      ("org", self._by_org, _colleague_evidence),
                                      ("surname", self._by_surname, _loose_evidence)):
            for block, ids in index.items():
                if len(ids) < 2 or (name == "phone" and len(ids) <= SHARED_PHONE + 1) or \
                        (name == "surname" and len(ids) <= BIG_BLOCK):
                    continue
                groups = (self._groups(name, block, ids).values() if len(ids) > BIG_BLOCK
                          else [(ids, [people[i].key for i in ids])])
                for group_ids, keys in groups:
                    for i in range(len(group_ids) - 1):
                        found = process.extract(keys[i], keys[i + 1:], scorer=fuzz.ratio, processor=None,
                                                score_cutoff=NAME_SIMILARITY, limit=None)
                        if found:
                            p = people[group_ids[i]]
                            matches = [evidence(p, people[group_ids[i + 1 + j]], float(score))
                                       for _, score, j in found]
                            yield p.order, p.id, [mt for mt in matches if mt is not None]

    def organisation_pairs(self) -> list[Pair]:
        orgs = self._orgs
        return _pairs(((o.order, o.id, self._org_matches(o)) for o in orgs.values()),
                      lambda row_id: orgs[row_id].order)


def _pairs(evidence: Iterable[tuple[int, str, Iterator[Match]]], order_of) -> list[Pair]:
    """Each pair once (the older record first) with its strongest evidence; certain pairs
    first, then by score."""
    best: dict[tuple[str, str], Match] = {}
    for order, row_id, matches in evidence:
        for match in matches:
            other = match.existing_id
            key = (row_id, other) if order < order_of(other) else (other, row_id)
            if _better(match, best.get(key)):
                best[key] = match
    pairs = [(_strength(mt), order_of(a), order_of(b), Pair(a, b, mt.reason, mt.score, mt.certain))
             for (a, b), mt in best.items()]
    pairs.sort(key=lambda item: (item[0][0], item[0][2], item[0][1], item[1], item[2]))
    return [item[3] for item in pairs]


def find_duplicates(kb: Any, entity: str = "contact") -> list[Pair]:
    """Every pair of live contacts (or organisations) that look like one record, each pair
    once (a_id the older), certain pairs first, then by score."""
    if entity not in ("contact", "organisation"):
        raise ValueError(f"duplicates are found among contacts and organisations, not '{entity}'")
    started = time.perf_counter()
    finder = DuplicateFinder.load(kb.db, contacts=entity == "contact")
    pairs = finder.contact_pairs() if entity == "contact" else finder.organisation_pairs()
    log.info("found %d possible duplicate %s pairs in %.2f s", len(pairs), entity, time.perf_counter() - started)
    return pairs
