"""Property-based tests: no query text ever makes search raise, and a query the parser cannot
read is searched as its plain words."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import KnowledgeBase
from db import models as m
from db.search import SearchService
from db.search import query as q
from db.search import whoosh_engine as si
from db.search.contract import AllOf, AnyOf, Not

PEOPLE = [("Klas", "Palm"), ("Olle", "Bergdahl"), ("Åsa", "Öberg"), ("Anna-Karin", "Ek"), ("Sören", "Älvdal")]

PIECES = ['"', "(", ")", "AND", "OR", "NOT", "OCH", "ELLER", "INTE", "-", "*", "?", "~", ":", "::", "typ:", "org:",
          "tag:", "datum:", "datum:2022..", "status:", "kind:", "typ:projekt", "palm", "göteborg", "malmo", "ö",
          "\x00", "\x1b", "\t", "\n", "\u202e", "\ufeff", "é", "ß", "🙂", "x" * 300, "1" * 40, " ", "  ", "\\", "^2",
          "{", "}", "[", "]", "/", "'", "´", "`", "\u0301", "Ǆ", "İ"]

settings.register_profile("search", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.load_profile("search")


@pytest.fixture(scope="module")
def svc(tmp_path_factory) -> SearchService:
    path = tmp_path_factory.mktemp("props") / "kb.db"
    kb = KnowledgeBase.open(path, user="t")
    with kb.batch():
        org = kb.organisations.create(m.Organisation(name="Göteborgs stad", municipality="Göteborg")).record
        for first, last in PEOPLE:
            person = kb.contacts.create(m.Contact(first_name=first, last_name=last, title="handläggare")).record
            kb.affiliations.create(m.Affiliation(contact_id=person.id, organisation_id=org.id))
        kb.projects.create(m.Project(title="Smarta städer", description="Ett projekt om mätare och sensorer."))
        kb.activities.create(m.Activity(title="Möte om palm", starts="2022-01-01", minutes="Vi talade om projekten."))
    yield kb.search
    kb.close()


queries = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(PIECES), max_size=30).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=12_000),
)


@given(query=queries, as_you_type=st.booleans())
def test_search_never_raises(svc, query, as_you_type):
    result = svc.search(query, as_you_type=as_you_type, page_size=5)
    assert result.error is None
    assert result.total >= len(result.hits)
    assert result.total == sum(result.counts.values())
    for hit in result.hits:
        for start, end in hit.title_spans:
            assert 0 <= start < end <= len(hit.title)
        for start, end in hit.snippet_spans:
            assert 0 <= start < end <= len(hit.snippet)
        for detail in hit.details:
            for start, end in detail.spans:
                assert 0 <= start < end <= len(detail.value)


@given(query=queries)
def test_parsing_never_raises_and_stays_small(query):
    node, _ = q.parse_query(query, as_you_type=True)
    assert node is None or _size(node) <= 4 * q.MAX_CLAUSES


def _size(node) -> int:
    if isinstance(node, (AllOf, AnyOf)):
        return 1 + sum(_size(p) for p in node.parts)
    if isinstance(node, Not):
        return 1 + _size(node.part)
    return 1


@given(query=st.lists(st.sampled_from(PIECES), min_size=1, max_size=12).map(" ".join))
def test_a_degraded_query_is_its_plain_words(svc, query):
    result = svc.search(query, as_you_type=False, page_size=50)
    if result.degraded:
        plain = " ".join(w for w in q.clean_query(query).replace('"', " ").split() if w not in q.OPERATORS)
        plain = " ".join(si.words(plain)[:q.MAX_CLAUSES])
        expected = svc.search(plain, as_you_type=False, page_size=50)
        assert not expected.degraded
        assert [h.id for h in result.hits] == [h.id for h in expected.hits]


@given(person=st.sampled_from(PEOPLE), fold=st.booleans(), cut=st.integers(min_value=2, max_value=6),
       upper=st.booleans())
def test_a_name_typed_any_way_finds_the_person(svc, person, fold, cut, upper):
    """Full name, without å ä ö, upper-cased, or the last name cut short while typing."""
    first, last = person
    typed = f"{first} {last[:cut]}"
    if fold:
        typed = si.fold(typed.lower())
    if upper:
        typed = typed.upper()
    titles = [h.title for h in svc.search(typed, as_you_type=True).hits]
    assert f"{first} {last}" in titles


@given(text=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80))
def test_analysis_is_consistent_between_index_and_query(text):
    """A stored text's own words, typed as a query, are the terms the index holds for it."""
    exact = si.words(text)
    indexed = [t.text for t in si.EXACT(text)]
    assert indexed == exact
    # the folded twin holds what folding changed, at the exact field's positions
    folded = [(t.pos, t.text) for t in si.FOLDED(text, positions=True)]
    assert folded == [(i, si.fold(w)) for i, w in enumerate(exact) if si.fold(w) != w]
    stems = [si.stem(w) for w in exact if w not in si.STOP_WORDS]
    assert [(t.pos, t.text) for t in si.BODY(text, positions=True)] == list(enumerate(stems))
    assert [(t.pos, t.text) for t in si.BODY_FOLDED(text, positions=True)] == [
        (i, si.fold(w)) for i, w in enumerate(stems) if si.fold(w) != w]


@given(a=st.text(max_size=12), b=st.text(max_size=12))
def test_edit_distance_is_a_distance(a, b):
    d = si.edit_distance(a, b)
    assert d == si.edit_distance(b, a)
    assert (d == 0) == (a == b)
    assert d <= max(len(a), len(b))
