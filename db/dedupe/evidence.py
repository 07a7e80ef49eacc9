"""The evidence that two records are one, how strong each kind is, and the pairs it makes.

A match is certain (the same record: the importer updates it) or possible (the user chooses):

    contacts                                    organisations
    same e-mail (any case)          certain     same organisation number         certain
    same phone and a similar name   certain     same name or short name          certain
    same phone, another name        possible      (both numbered, differently:   possible)
    same name, same organisation    certain     similar name (ratio >= 92)       possible
    similar name, same organisation possible
    same name, organisations not comparable     possible
    similar name, organisations not comparable  possible

A reason is a message code (db.errors.Message): each interface says it in its language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from db.dedupe.keys import Person
from db.errors import Message

NAME_SIMILARITY = 90.0
ORG_SIMILARITY = 92.0

SAME_EMAIL = Message("same_email")
SAME_PHONE = Message("same_phone")
SAME_ORG_NUMBER = Message("same_org_number")
SAME_NAME_SAME_ORG = Message("same_name_same_org")
SAME_NAME = Message("same_name")
SIMILAR_NAME_SAME_ORG = Message("similar_name_same_org")
SIMILAR_NAME = Message("similar_name")
REASONS = (SAME_EMAIL, SAME_PHONE, SAME_ORG_NUMBER, SAME_NAME_SAME_ORG, SAME_NAME,
           SIMILAR_NAME_SAME_ORG, SIMILAR_NAME)

# How telling each kind of evidence is, strongest first (for choosing among several matches), by code.
_RANK = {SAME_EMAIL.code: 0, SAME_ORG_NUMBER.code: 0, SAME_PHONE.code: 1, SAME_NAME_SAME_ORG.code: 2,
         SIMILAR_NAME_SAME_ORG.code: 3, SAME_NAME.code: 4, SIMILAR_NAME.code: 6}
_POSSIBLE_PHONE_RANK = 5  # the same phone with another name: weaker than the same name


@dataclass
class Match:
    """An existing record that an incoming one duplicates: certain (update it) or possible."""

    existing_id: str
    certain: bool
    reason: Message
    score: float


@dataclass
class Pair:
    """Two live records that look like one; a_id is the older of the two."""

    a_id: str
    b_id: str
    reason: Message
    score: float
    certain: bool


def strength(match: Match) -> tuple[int, int, float]:
    rank = _RANK[match.reason.code] if match.certain or match.reason != SAME_PHONE else _POSSIBLE_PHONE_RANK
    return (0 if match.certain else 1, rank, -match.score)


def better(a: Match, b: Match | None) -> bool:
    """Is a stronger evidence than b?"""
    return b is None or strength(a) < strength(b)


def best(matches: Iterable[Match]) -> Match | None:
    """The first certain match (evidence comes strongest first), else the strongest possible."""
    found: Match | None = None
    for match in matches:
        if match.certain:
            return match
        if better(match, found):
            found = match
    return found


def phone_evidence(p: Person, other: Person, score: float) -> Match | None:
    return Match(other.id, True, SAME_PHONE, score)


def colleague_evidence(p: Person, other: Person, score: float) -> Match | None:
    if other.spelling == p.spelling:
        return Match(other.id, True, SAME_NAME_SAME_ORG, 100.0)
    return Match(other.id, False, SIMILAR_NAME_SAME_ORG, score)


def loose_evidence(p: Person, other: Person, score: float) -> Match | None:
    if p.orgs and other.orgs:
        return None
    if other.key == p.key:
        return Match(other.id, False, SAME_NAME, 100.0)
    return Match(other.id, False, SIMILAR_NAME, score)


def pairs_of(evidence: Iterable[tuple[int, str, Iterator[Match]]], order_of: Callable[[str], int]) -> list[Pair]:
    """Each pair once (the older record first) with its strongest evidence; certain pairs
    first, then by score."""
    strongest: dict[tuple[str, str], Match] = {}
    for order, row_id, matches in evidence:
        for match in matches:
            other = match.existing_id
            key = (row_id, other) if order < order_of(other) else (other, row_id)
            if better(match, strongest.get(key)):
                strongest[key] = match
    ranked = [(strength(mt), order_of(a), order_of(b), Pair(a, b, mt.reason, mt.score, mt.certain))
              for (a, b), mt in strongest.items()]
    ranked.sort(key=lambda item: (item[0][0], item[0][2], item[0][1], item[1], item[2]))
    return [item[3] for item in ranked]
