"""Duplicate detection (db.dedupe.duplicates): Swedish-aware names, e-mails, phones, organisation
numbers, rows of the same import file, and all pairs of a database."""

from __future__ import annotations

import bisect
import json
import random
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import names as bench_names
from bench.duplicates import queries
from db import InvalidValue, KnowledgeBase, Message
from db import models as m
from db.dedupe.duplicates import (
    REASONS,
    SHARED_PHONE,
    DuplicateFinder,
    Match,
    Pair,
    find_duplicates,
    name_key,
    name_similarity,
)


def contact(kb, first: str, last: str, *, orgs: tuple[str, ...] = (), emails=(), phones=()) -> str:
    with kb.batch():
        rec = kb.contacts.create(m.Contact(first_name=first, last_name=last, emails=list(emails),
                                           phones=list(phones))).record
        for org in orgs:
            kb.affiliations.create(m.Affiliation(contact_id=rec.id, organisation_id=org))
    return rec.id


def org(kb, name: str, **fields) -> str:
    return kb.organisations.create(m.Organisation(name=name, **fields)).record.id


@pytest.fixture
def region(kb) -> str:
    return org(kb, "Region Uppsala", kind="region")


@pytest.fixture
def kommun(kb) -> str:
    return org(kb, "Gävle kommun", kind="kommun")


def finder(kb) -> DuplicateFinder:
    return DuplicateFinder.load(kb.db.conn)


# --- name keys ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("first", "last", "key"), [
    ("Åsa", "Öberg", "asa oberg"),
    ("ÅSA", "ÖBERG", "asa oberg"),
    ("Asa", "Oberg", "asa oberg"),
    ("Åsa", "Öberg-Lind", "asa oberg lind"),
    ("  Anna-Karin ", "Öberg  -  Lind", "anna karin oberg lind"),
    ("Émile", "Müller", "emile muller"),
    ("Søren", "Kærgaard", "soren kaergaard"),
    ("Test", "O'Testsson", "test otestsson"),
    ("", "Testsson", "testsson"),
    ("Test", "", "test"),
])
def test_name_key_folds_case_diacritics_hyphens_and_spaces(first, last, key):
    assert name_key(first, last) == key


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcåäöéüøæ ABCÅÄÖ-", max_size=12), st.text(alphabet="abcåäöéüøæ ABCÅÄÖ-", max_size=12))
def test_name_key_ignores_case_and_hyphens_and_keeps_only_plain_letters(first, last):
    key = name_key(first, last)
    assert key == name_key(first.upper(), last.lower()) == name_key(first.replace("-", " "), last)
    assert key == key.strip() and "  " not in key and "-" not in key
    assert set(key) <= set("abceouy ")


def test_name_similarity_sees_a_second_surname_and_another_order():
    assert name_similarity("asa oberg", "asa oberg lind") == 100
    assert name_similarity("oberg asa", "asa oberg") == 100
    assert name_similarity("asa oberg", "asa obergh") >= 90
    assert name_similarity("anna", "anna testsson") < 90  # one word is not enough
    assert name_similarity("asa oberg", "test testsson") < 50


# --- contacts ------------------------------------------------------------------------------------


def test_the_same_spelling_in_the_same_organisation_is_certain(kb, region):
    existing = contact(kb, "Åsa", "Öberg", orgs=(region,))
    match = finder(kb).match_contact(m.Contact(first_name="åsa", last_name="ÖBERG"), [region])
    assert match == Match(existing, True, Message("same_name_same_org"), 100.0)


@pytest.mark.parametrize(("first", "last"), [("Asa", "Oberg"), ("Åsa", "Öberg-Lind"), ("Åsa", "Öbergh"),
                                             ("Öberg", "Åsa")])
def test_a_similar_name_in_the_same_organisation_is_possible(kb, region, first, last):
    existing = contact(kb, "Åsa", "Öberg", orgs=(region,))
    match = finder(kb).match_contact(m.Contact(first_name=first, last_name=last), [region])
    assert match is not None and match.existing_id == existing
    assert not match.certain and match.reason == Message("similar_name_same_org")
    assert match.score >= 90


def test_similar_names_chain_within_one_organisation(kb, region):
    """"Åsa Öberg" ~ "Asa Oberg" ~ "Åsa Öberg-Lind" within Region Uppsala."""
    dup = finder(kb)
    first = contact(kb, "Åsa", "Öberg", orgs=(region,))
    dup.add_contact(first, m.Contact(first_name="Åsa", last_name="Öberg"), [region])
    for name in (("Asa", "Oberg"), ("Åsa", "Öberg-Lind")):
        match = dup.match_contact(m.Contact(first_name=name[0], last_name=name[1]), [region])
        assert match is not None and match.existing_id == first and not match.certain


def test_names_in_different_organisations_do_not_match(kb, region, kommun):
    contact(kb, "Åsa", "Öberg", orgs=(region,))
    dup = finder(kb)
    assert dup.match_contact(m.Contact(first_name="Åsa", last_name="Öberg"), [kommun]) is None
    assert dup.match_contact(m.Contact(first_name="Asa", last_name="Oberg"), [kommun]) is None


def test_email_matches_across_organisations_whatever_its_case(kb, region, kommun):
    existing = contact(kb, "Åsa", "Öberg", orgs=(region,), emails=["Asa.Oberg@Example.se"])
    rec = m.Contact(first_name="Test", last_name="Testsson", emails=["ASA.OBERG@example.SE"])
    assert finder(kb).match_contact(rec, [kommun]) == Match(existing, True, Message("same_email"), 100.0)


@pytest.mark.parametrize("written", ["070-123 45 67", "+46 70 123 45 67", "0701234567", "+46701234567",
                                     "(070) 123 45 67"])
def test_a_phone_written_differently_matches_with_a_similar_name(kb, region, kommun, written):
    existing = contact(kb, "Åsa", "Öberg", orgs=(region,), phones=["070-123 45 67"])
    match = finder(kb).match_contact(m.Contact(first_name="Asa", last_name="Öberg", phones=[written]), [kommun])
    assert match is not None and match.existing_id == existing
    assert match.certain and match.reason == Message("same_phone")


def test_a_phone_with_another_name_is_only_possible(kb, region, kommun):
    existing = contact(kb, "Åsa", "Öberg", orgs=(region,), phones=["070-123 45 67"])
    match = finder(kb).match_contact(m.Contact(first_name="Test", last_name="Testsson",
                                               phones=["+46701234567"]), [kommun])
    assert match is not None and match.existing_id == existing
    assert not match.certain and match.reason == Message("same_phone")


def test_a_switchboard_number_needs_a_similar_name(kb, kommun):
    switchboard = "026-17 80 00"
    ids = [contact(kb, "Test", f"Testsson{i}", orgs=(kommun,), phones=[switchboard])
           for i in range(SHARED_PHONE + 1)]
    dup = finder(kb)
    other = m.Contact(first_name="Åsa", last_name="Öberg", phones=[switchboard])
    assert dup.match_contact(other) is None
    same = dup.match_contact(m.Contact(first_name="Test", last_name="Testsson3", phones=[switchboard]))
    assert same is not None and same.existing_id == ids[3] and same.certain and same.reason == Message("same_phone")


def test_the_same_name_without_organisations_is_possible(kb, region):
    alone = contact(kb, "Åsa", "Öberg")
    dup = finder(kb)
    assert dup.match_contact(m.Contact(first_name="Åsa", last_name="Öberg")) == Match(
        alone, False, Message("same_name"), 100.0)
    # known on one side only: still not comparable, so still possible
    assert dup.match_contact(m.Contact(first_name="Åsa", last_name="Öberg"), [region]).existing_id == alone
    kristina = contact(kb, "Kristina", "Öberg")
    similar = dup.match_contact(m.Contact(first_name="Kristin", last_name="Öberg"))
    assert similar is None  # loaded before Kristina was written
    similar = finder(kb).match_contact(m.Contact(first_name="Kristin", last_name="Öberg"))
    assert similar == Match(kristina, False, Message("similar_name"), similar.score) and similar.score >= 90


def test_a_certain_match_wins_over_a_possible_one(kb, region):
    contact(kb, "Asa", "Oberg", orgs=(region,))
    by_mail = contact(kb, "Test", "Testsson", emails=["asa@example.se"])
    match = finder(kb).match_contact(m.Contact(first_name="Åsa", last_name="Öberg", emails=["asa@example.se"]),
                                     [region])
    assert match == Match(by_mail, True, Message("same_email"), 100.0)


def test_deleted_contacts_and_affiliations_are_not_matched(kb, region):
    gone = contact(kb, "Åsa", "Öberg", emails=["asa@example.se"])
    kb.contacts.delete(gone)
    moved = contact(kb, "Test", "Testsson", orgs=(region,))
    for affiliation in kb.affiliations.list({"contact_id": moved}):
        kb.affiliations.delete(affiliation.id)
    dup = finder(kb)
    assert dup.match_contact(m.Contact(first_name="Åsa", last_name="Öberg", emails=["asa@example.se"])) is None
    # without its affiliation the contact has no organisation: the name is only "possible"
    match = dup.match_contact(m.Contact(first_name="Test", last_name="Testsson"), [region])
    assert match is not None and match.reason == Message("same_name") and not match.certain


def test_rows_later_in_a_file_match_rows_earlier_in_it(kb, region):
    dup = finder(kb)
    first = m.Contact(first_name="Åsa", last_name="Öberg", emails=["asa.oberg@example.se"], phones=["070-123 45 67"])
    assert dup.match_contact(first, [region]) is None
    dup.add_contact("planned-1", first, [region])
    again = dup.match_contact(m.Contact(first_name="Åsa", last_name="Öberg", emails=["ASA.OBERG@example.se"]))
    assert again == Match("planned-1", True, Message("same_email"), 100.0)
    colleague = dup.match_contact(m.Contact(first_name="Åsa", last_name="Öberg-Lind"), [region])
    assert colleague is not None and colleague.existing_id == "planned-1" and not colleague.certain
    # adding the same id again replaces its e-mails and keeps its organisations
    dup.add_contact("planned-1", m.Contact(first_name="Åsa", last_name="Öberg", emails=["ny@example.se"]))
    assert dup.match_contact(m.Contact(first_name="X", last_name="Y", emails=["asa.oberg@example.se"])) is None
    assert dup.match_contact(m.Contact(first_name="Åsa", last_name="Öberg"), [region]).certain


def test_a_record_is_not_its_own_duplicate(kb, region):
    existing = contact(kb, "Åsa", "Öberg", orgs=(region,), emails=["asa@example.se"])
    rec = kb.contacts.get(existing)
    assert finder(kb).match_contact(rec, [region]) is None


# --- organisations ----------------------------------------------------------------------------------


def test_the_same_organisation_number_is_certain_however_written(kb):
    existing = org(kb, "Uppsala universitet", org_number="202100-2932")
    match = finder(kb).match_organisation(m.Organisation(name="UU", org_number="2021002932"))
    assert match == Match(existing, True, Message("same_org_number"), 100.0)


@pytest.mark.parametrize("name", ["uppsala universitet", "UPPSALA  UNIVERSITET", "UU", "uu"])
def test_the_same_folded_name_or_short_name_is_certain(kb, name):
    existing = org(kb, "Uppsala universitet", short_name="UU")
    assert finder(kb).match_organisation(m.Organisation(name=name)) == Match(
        existing, True, Message("same_name"), 100.0)


def test_a_similar_organisation_name_is_possible(kb):
    existing = org(kb, "Region Uppsala", kind="region")
    org(kb, "Region Gävleborg", kind="region")
    match = finder(kb).match_organisation(m.Organisation(name="Region Upsala"))
    assert match is not None and match.existing_id == existing
    assert not match.certain and match.reason == Message("similar_name") and match.score >= 92
    assert finder(kb).match_organisation(m.Organisation(name="Region Skåne")) is None


def test_one_name_with_two_organisation_numbers_is_only_possible(kb):
    existing = org(kb, "Testbolaget AB", org_number="556036-0793")
    match = finder(kb).match_organisation(m.Organisation(name="Testbolaget AB", org_number="202100-2932"))
    assert match == Match(existing, False, Message("same_name"), 100.0)


def test_organisations_later_in_a_file_match_earlier_ones(kb):
    dup = finder(kb)
    dup.add_organisation("planned-org", m.Organisation(name="Testkommunen", org_number="212000-0142"))
    assert dup.match_organisation(m.Organisation(name="Annat namn", org_number="2120000142")).existing_id == \
        "planned-org"
    assert dup.match_organisation(m.Organisation(name="TESTKOMMUNEN")).certain


# --- all pairs ---------------------------------------------------------------------------------------


def test_find_duplicates_on_a_populated_database(kb, region, kommun):
    asa = contact(kb, "Åsa", "Öberg", orgs=(region,), emails=["asa@example.se"])
    asa_plain = contact(kb, "Asa", "Oberg", orgs=(region,))
    asa_mail = contact(kb, "Åsa", "Öberg", orgs=(kommun,), emails=["ASA@example.se"])
    test = contact(kb, "Test", "Testsson", phones=["070-123 45 67"])
    test_phone = contact(kb, "Test", "Testson", orgs=(kommun,), phones=["+46701234567"])
    contact(kb, "Anna", "Annorlunda", orgs=(kommun,))
    gone = contact(kb, "Åsa", "Öberg", orgs=(region,))
    kb.contacts.delete(gone)

    pairs = find_duplicates(kb, "contact")
    found = {(p.a_id, p.b_id): p for p in pairs}
    assert len(found) == len(pairs)  # each pair once
    assert found[(asa, asa_mail)] == Pair(asa, asa_mail, Message("same_email"), 100.0, True)
    assert found[(test, test_phone)].reason == Message("same_phone") and found[(test, test_phone)].certain
    assert found[(asa, asa_plain)] == Pair(asa, asa_plain, Message("similar_name_same_org"), 100.0, False)
    assert all(gone not in (p.a_id, p.b_id) for p in pairs)
    assert set(found) == {(asa, asa_mail), (test, test_phone), (asa, asa_plain)}
    keys = [(not p.certain, -p.score) for p in pairs]
    assert keys == sorted(keys)
    assert all(p.reason in REASONS for p in pairs)


def test_find_duplicates_among_organisations(kb):
    uu = org(kb, "Uppsala universitet", org_number="202100-2932")
    uu_again = org(kb, "UU", org_number="2021002932")
    region = org(kb, "Region Uppsala", kind="region")
    region_typo = org(kb, "Region Upsala", kind="region")
    org(kb, "Gävle kommun", kind="kommun")
    pairs = find_duplicates(kb, "organisation")
    assert [(p.a_id, p.b_id, p.certain, p.reason) for p in pairs] == [
        (uu, uu_again, True, Message("same_org_number")), (region, region_typo, False, Message("similar_name"))]


def test_find_duplicates_refuses_other_kinds(kb):
    with pytest.raises(InvalidValue) as info:
        find_duplicates(kb, "project")
    assert isinstance(info.value, ValueError)
    assert info.value.message == Message("not_one_of", {"value": "project", "allowed": ["contact", "organisation"]})


def test_find_duplicates_on_an_empty_database(kb):
    assert find_duplicates(kb) == [] and find_duplicates(kb, "organisation") == []


# --- 50,000 contacts (bench/duplicates.py has the figures, on the benchmark database) ----------------

BIG = 50_000
NOW = "2025-01-01T00:00:00.000Z"


@pytest.fixture(scope="module")
def big_db(tmp_path_factory):
    """50,000 contacts in 2,000 organisations, written with plain SQL (test data: the finder reads
    the tables only): names drawn the way bench.generate draws them (many namesakes), a phone each
    from a small fictional range. Yields the knowledge base and (id, first, last, e-mail, phone,
    organisation) of every contact."""
    path = tmp_path_factory.mktemp("big") / "big.db"
    rng = random.Random(7)
    kb = KnowledgeBase.open(path, user="bench", search=False)
    org_ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(2000)]
    orgs = [(oid, NOW, NOW, "bench", f"Testorganisation {i}", "annan") for i, oid in enumerate(org_ids)]
    firsts = bench_names.FIRST_NAMES_FEMALE + bench_names.FIRST_NAMES_MALE
    weights = [1 / (rank + 4) for rank in range(len(bench_names.LAST_NAMES))]
    cumulative = [sum(weights[:i + 1]) for i in range(len(weights))]
    contacts, affiliations, people = [], [], []
    for i in range(BIG):
        cid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        first = rng.choice(firsts)
        last = bench_names.LAST_NAMES[min(bisect.bisect(cumulative, rng.random() * cumulative[-1]),
                                          len(weights) - 1)]
        email = f"kontakt{i}@example.se"
        phone = f"+4670174{rng.randrange(600, 700):04d}"
        contacts.append((cid, NOW, NOW, "bench", first, last, json.dumps([email]), json.dumps([phone])))
        employer = org_ids[min(int(rng.paretovariate(1.2)) - 1, len(org_ids) - 1)] if rng.random() < 0.3 \
            else rng.choice(org_ids)
        affiliations.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), NOW, NOW, "bench", cid, employer))
        people.append((cid, first, last, email, phone, employer))
    with kb.transaction():
        kb.db.conn.executemany("INSERT INTO organisation (id, created_at, updated_at, updated_by, name, kind)"
                               " VALUES (?, ?, ?, ?, ?, ?)", orgs)
        kb.db.conn.executemany("INSERT INTO contact (id, created_at, updated_at, updated_by, first_name,"
                               " last_name, emails, phones) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", contacts)
        kb.db.conn.executemany("INSERT INTO affiliation (id, created_at, updated_at, updated_by, contact_id,"
                               " organisation_id) VALUES (?, ?, ?, ?, ?, ?)", affiliations)
    yield kb, people
    kb.close()


def test_50000_contacts_and_10000_incoming_ones_are_matched(big_db):
    kb, people = big_db
    finder = DuplicateFinder.load(kb.db.conn)
    incoming = queries(people, 10_000)
    results = [finder.match_contact(q.record, q.organisation_ids) for q in incoming]
    for query, match in zip(incoming, results, strict=True):
        if query.expected is not None:
            assert match == Match(query.expected, True, Message("same_email"), 100.0)
    # the person itself, at least: same phone or same employer
    assert all(match is not None for query, match in zip(incoming, results, strict=True) if query.expected is None)


def test_find_duplicates_over_50000_contacts(big_db):
    kb, _ = big_db
    pairs = find_duplicates(kb, "contact")
    assert len({(p.a_id, p.b_id) for p in pairs}) == len(pairs)
    assert not any(p.reason == Message("same_email") for p in pairs)  # every address is unique
