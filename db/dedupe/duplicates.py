"""Duplicate detection: is this contact or organisation already in the knowledge base?

Used by the importer (one DuplicateFinder per import file: every row is matched against the
database and against the rows before it, see add_contact) and on demand over the whole
database (find_duplicates), whose pairs the desktop offers to merge (db.dedupe.merge).

The parts: db.dedupe.keys (names folded into keys, e-mails, phones and organisation numbers
normalised), db.dedupe.candidates (the indexes and the blocks names are compared within),
db.dedupe.evidence (what each kind of evidence proves, Match and Pair, the reasons as codes).

"Same name" for certainty means the same spelling ignoring case, hyphens and spaces: "Åsa
Öberg" and "Asa Oberg" share a name key, yet å and a are different letters in Swedish, so that
pair is only a possible duplicate. Organisations are "not comparable" when one of the two
contacts has none; names in two different organisations never match by name alone. A number
held by more than SHARED_PHONE contacts is a switchboard: it makes a match certain together
with a similar name, and is no evidence on its own.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Iterable, Iterator
from typing import Any

from rapidfuzz import fuzz, process

from db import models as m
from db.dedupe.candidates import BIG_BLOCK, ORG_BLOCK_LIMIT, SHARED_PHONE, CandidateIndex
from db.dedupe.evidence import (
    NAME_SIMILARITY,
    ORG_SIMILARITY,
    REASONS,
    SAME_EMAIL,
    SAME_NAME,
    SAME_NAME_SAME_ORG,
    SAME_ORG_NUMBER,
    SAME_PHONE,
    SIMILAR_NAME,
    SIMILAR_NAME_SAME_ORG,
    Match,
    Pair,
    best,
    colleague_evidence,
    loose_evidence,
    pairs_of,
    phone_evidence,
)
from db.dedupe.keys import Org, Person, clean_emails, clean_phones, name_key, name_similarity, org_for, org_words
from db.entities import MERGEABLE
from db.errors import InvalidValue

log = logging.getLogger(__name__)

__all__ = ["REASONS", "SHARED_PHONE", "DuplicateFinder", "Match", "Pair", "find_duplicates", "name_key",
           "name_similarity"]


class DuplicateFinder(CandidateIndex):
    """The indexes of CandidateIndex and the evidence they give: the strongest match of an
    incoming record, and every pair of the records held."""

    # --- matching contacts --------------------------------------------------------------------

    def match_contact(self, rec: m.Contact, organisation_ids: Iterable[str] = ()) -> Match | None:
        """The strongest existing duplicate of `rec` (with the organisations it belongs to),
        or None. A certain match wins over any possible one."""
        query = self._names.person(rec.id or "", 0, rec.first_name, rec.last_name, clean_emails(rec.emails or ()),
                                   clean_phones(rec.phones or ()), {o for o in organisation_ids if o})
        return best(self._contact_matches(query))

    def _contact_matches(self, q: Person, *, pairing: bool = False) -> Iterator[Match]:
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

    def _related(self, q: Person) -> list[Person]:
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

    def _same_org(self, q: Person, related: list[Person], pairing: bool) -> Iterator[Match]:
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

    def _orgs_not_comparable(self, q: Person, related: list[Person], pairing: bool) -> Iterator[Match]:
        """Name evidence against contacts whose organisations cannot be compared with q's (one
        of the two has none). The same name key always shares the key's last word, a word of
        the surname blocks scanned here."""
        if q.orgs:
            def comparable(p: Person) -> bool:
                return not p.orgs
            name, blocks = "surname_no_org", self._by_surname_no_org
        else:
            def comparable(p: Person) -> bool:
                return True
            name, blocks = "surname", self._by_surname
        people = self._people
        for word in q.surname:
            for other, score in self._similar(q, name, blocks, word, related, comparable, pairing):
                if people[other].key == q.key:
                    yield Match(other, False, SAME_NAME, 100.0)
                else:
                    yield Match(other, False, SIMILAR_NAME, score)

    def _similar(self, q: Person, name: str, index: dict[str, list[str]], block: str, related: list[Person],
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
        return best(self._org_matches(org_for(rec.id or "", 0, rec.name, rec.short_name, rec.org_number)))

    def _org_matches(self, q: Org) -> Iterator[Match]:
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
        words = [w for w in org_words(key) if w in self._org_by_word]
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
        return pairs_of(evidence, lambda row_id: people[row_id].order)

    def _block_matches(self) -> Iterator[tuple[int, str, list[Match]]]:
        """Similar names within each organisation, switchboard number and big surname block,
        each name compared with the later names of its block (of its group, in a big block)."""
        people = self._people
        for name, index, evidence in (("phone", self._by_phone, phone_evidence),
                                      ("org", self._by_org, colleague_evidence),
                                      ("surname", self._by_surname, loose_evidence)):
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
        return pairs_of(((o.order, o.id, self._org_matches(o)) for o in orgs.values()),
                      lambda row_id: orgs[row_id].order)



def find_duplicates(kb: Any, entity: str = "contact") -> list[Pair]:
    """Every pair of live contacts (or organisations) that look like one record, each pair
    once (a_id the older), certain pairs first, then by score."""
    if entity not in MERGEABLE:
        raise InvalidValue("not_one_of", value=entity, allowed=list(MERGEABLE))
    started = time.perf_counter()
    finder = DuplicateFinder.load(kb.db, contacts=entity == "contact")
    found = finder.contact_pairs() if entity == "contact" else finder.organisation_pairs()
    log.info("found %d possible duplicate %s pairs in %.2f s", len(found), entity, time.perf_counter() - started)
    return found
