"""Candidate finding for duplicate detection: the live contacts and organisations in dict indexes,
and the blocks within which names are compared.

Names are compared only within blocks: the contacts of one organisation, of one phone number, or
sharing a word of the surname (the organisations sharing a word of their name). A block of more
than BIG_BLOCK contacts is compared within its groups of names starting with the same three
letters, so a name misspelt in its first letters there is missed (as is a misspelt surname with no
organisation to compare). rapidfuzz's C++ loops do the comparing.
"""

from __future__ import annotations

import gc
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Self

from rapidfuzz import fuzz, process

from db import models as m
from db.dedupe.evidence import NAME_SIMILARITY
from db.dedupe.keys import Names, Org, Person, clean_emails, clean_phones, org_for, org_words, string_list

log = logging.getLogger(__name__)

# A phone number shared by more live contacts than this is a switchboard or a reception.
SHARED_PHONE = 5
# An organisation-name word shared by more organisations than this ("kommun", "ab") is
# too common to block on.
ORG_BLOCK_LIMIT = 1000
# A block of more contacts than this (a very large organisation, a switchboard number) is
# compared only among the names that start their first or last word with the same three letters.
BIG_BLOCK = 300


def pull(index: dict[str, list[str]], key: str, row_id: str) -> None:
    ids = index.get(key)
    if ids and row_id in ids:
        ids.remove(row_id)
        if not ids:
            del index[key]



def extract(key: str, ids: list[str], keys: list[str], cutoff: float) -> Iterator[tuple[str, float]]:
    for _, score, i in process.extract(key, keys, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff,
                                       limit=None):
        yield ids[i], float(score)


def prefixes(key: str, index_name: str) -> list[str]:
    """The groups a name belongs to within a big block: the first three letters of its first
    and of its last word (in a surname block, where all share the surname, the first only)."""
    words = key.split()
    if not words:
        return []
    if index_name.startswith("surname"):
        return ["f" + words[0][:3]]
    return ["f" + words[0][:3], "l" + words[-1][:3]]


class CandidateIndex:
    """Live contacts and organisations in dict indexes, for matching many incoming records.

    Blocks (the contacts of one organisation, of one phone number, sharing a surname word; the
    organisations sharing a name word) are lists of ids; the list of their name keys that
    rapidfuzz scans is built when a block is first scanned."""

    def __init__(self) -> None:
        self._names = Names()
        self._order = 0
        self._people: dict[str, Person] = {}
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
        self._orgs: dict[str, Org] = {}
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
    def load(cls, conn: Any, *, contacts: bool = True) -> Self:
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
    def _read(cls, conn: Any, contacts: bool) -> Self:
        finder = cls()
        for row_id, name, short_name, org_number in conn.execute(
                "SELECT id, name, short_name, org_number FROM organisation WHERE deleted_at IS NULL"
                " ORDER BY rowid"):
            finder._order += 1
            finder._index_org(org_for(row_id, finder._order, name, short_name, org_number))
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
            emails = string_list(emails)
            finder._order += 1
            index(person(row_id, finder._order, first, last, [e.lower() for e in emails] if emails else emails,
                         string_list(phones), orgs.get(row_id) or set()))
        return finder

    def _index_person(self, p: Person) -> None:
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

    def _unindex_person(self, p: Person) -> None:
        row_id = p.id
        del self._people[row_id]
        for email in p.emails:
            pull(self._by_email, email, row_id)
        for phone in p.phones:
            pull(self._by_phone, phone, row_id)
        pull(self._by_words, p.words, row_id)
        for subset in p.subsets:
            pull(self._by_subset, subset, row_id)
        for org in p.orgs:
            pull(self._by_org, org, row_id)
        for word in p.surname:
            pull(self._by_surname, word, row_id)
            pull(self._by_surname_no_org, word, row_id)

    def _extend_block_caches(self, p: Person) -> None:
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
                    for prefix in prefixes(p.key, name):
                        group = groups.setdefault(prefix, ([], []))
                        group[0].append(p.id)
                        group[1].append(p.key)

    def _forget_block_keys(self, p: Person) -> None:
        for name, blocks in (("phone", p.phones), ("org", p.orgs), ("surname", p.surname),
                             ("surname_no_org", p.surname)):
            for block in blocks:
                self._block_keys.pop((name, block), None)
                self._block_groups.pop((name, block), None)

    def _index_org(self, o: Org) -> None:
        self._orgs[o.id] = o
        if o.number:
            self._org_by_number[o.number].append(o.id)
        for name in dict.fromkeys(n for n in (o.key, o.short) if n):
            self._org_by_name[name].append(o.id)
        for word in org_words(o.key):
            self._org_by_word[word].append(o.id)
        self._all_orgs[""].append(o.id)

    def _unindex_org(self, o: Org) -> None:
        del self._orgs[o.id]
        if o.number:
            pull(self._org_by_number, o.number, o.id)
        for name in dict.fromkeys(n for n in (o.key, o.short) if n):
            pull(self._org_by_name, name, o.id)
        for word in org_words(o.key):
            pull(self._org_by_word, word, o.id)
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
        p = self._names.person(contact_id, order, rec.first_name, rec.last_name, clean_emails(rec.emails or ()),
                               clean_phones(rec.phones or ()), orgs)
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
        o = org_for(org_id, order, rec.name, rec.short_name, rec.org_number)
        self._index_org(o)
        for word in org_words(o.key):
            self._block_keys.pop(("org_word", word), None)
        self._block_keys.pop(("all_orgs", ""), None)

    # --- fuzzy scans ----------------------------------------------------------------------------

    def _scan(self, name: str, index: dict[str, list[str]], block: str, key: str, cutoff: float,
              key_of: Callable[[str], str]) -> Iterator[tuple[str, float]]:
        """(id, ratio) of the block's records whose key is at least `cutoff` similar to `key`."""
        ids = index.get(block)
        if not ids or not key:
            return
        keys = self._block_keys.get((name, block))
        if keys is None:
            keys = self._block_keys[(name, block)] = [key_of(i) for i in ids]
        yield from extract(key, ids, keys, cutoff)

    def _scan_people(self, q: Person, name: str, index: dict[str, list[str]], block: str,
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
            for prefix in prefixes(q.key, name):
                if prefix in groups:
                    yield from extract(q.key, *groups[prefix], NAME_SIMILARITY)

    def _groups(self, name: str, block: str, ids: list[str]) -> dict[str, tuple[list[str], list[str]]]:
        groups = self._block_groups.get((name, block))
        if groups is None:
            groups = {}
            for row_id in ids:
                key = self._people[row_id].key
                for prefix in prefixes(key, name):
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
