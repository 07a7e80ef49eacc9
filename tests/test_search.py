"""Search: Swedish analysis, search-as-you-type, typo tolerance, query syntax, filters, and an
index that the data layer keeps current (and repairs) by itself."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from db import KnowledgeBase
from db import models as m
from db.search import SearchFilters, SearchService, attach, building, reindex
from db.search import whoosh_engine as si
from db.search.contract import Text
from db.search.whoosh_engine import compiling, highlight
from db.search.whoosh_engine import index as engine

ROOT = Path(__file__).resolve().parent.parent


# --- a small hand-made world -----------------------------------------------------------------


def _service(kb: KnowledgeBase) -> SearchService:
    return kb.search if getattr(kb, "search", None) is not None else attach(kb)


def world(kb: KnowledgeBase) -> dict[str, str]:
    """Fictional records chosen for the Swedish cases; returns ids by name."""
    ids: dict[str, str] = {}

    def org(key: str, **values) -> None:
        ids[key] = kb.organisations.create(m.Organisation(**values)).record.id

    def person(key: str, first: str, last: str, **values) -> None:
        ids[key] = kb.contacts.create(m.Contact(first_name=first, last_name=last, **values)).record.id

    with kb.batch():
        org("malmo_stad", name="Malmö stad", kind="kommun", municipality="Malmö")
        org("malmo_ab", name="Malmo Konsult AB", kind="företag", municipality="Lund")
        org("mdu", name="Mälardalens universitet", kind="lärosäte/institut", municipality="Västerås")
        org("rise", name="RISE Research Institutes of Sweden", short_name="RISE", kind="lärosäte/institut")
        org("ostersund", name="Östersunds kommun", kind="kommun", municipality="Östersund")
        person("palm", "Klas", "Palm", title="forskare")
        person("bergdahl", "Olle", "Bergdahl", title="programchef")
        person("anna", "Anna-Karin", "Ek", title="projektledare", municipality="Göteborg")
        person("far", "Sven", "Far")
        person("faar", "Sven", "Får")
        kb.affiliations.create(m.Affiliation(contact_id=ids["anna"], organisation_id=ids["rise"], role="projektledare"))
        kb.affiliations.create(m.Affiliation(contact_id=ids["palm"], organisation_id=ids["mdu"], role="forskare"))
        call = kb.calls.create(m.Call(name="IoT för samhällsnytta", year=2021, opens="2021-03-01",
                                      closes="2021-06-01")).record
        ids["call"] = call.id
        ids["project"] = kb.projects.create(m.Project(
            title="Smarta sensorer i vården", kind="genomförande", status="pågående", call_id=call.id,
            coordinator_id=ids["mdu"], start_date="2022-01-01", end_date="2023-12-31",
            description="Ett projekt som mäter luftkvalitet med smarta städer som förebild.")).record.id
        ids["project2"] = kb.projects.create(m.Project(
            title="Vattenläckor", kind="förberedelse", status="avslutad", start_date="2019-01-01",
            end_date="2019-12-31", description="Ett av de mindre projekten om städer och smarta mätare.")).record.id
        kb.project_parties.create(m.ProjectParty(project_id=ids["project"], organisation_id=ids["rise"]))
        ids["sip"] = kb.activities.create(m.Activity(
            kind="konferens", title="SIP-konferensen", starts="2022-09-14T09:00", place="Göteborg",
            minutes="Programkontoret deltog i konferensen om smarta städer.")).record.id
        kb.activity_links.create(m.ActivityLink(activity_id=ids["sip"], contact_id=ids["anna"]))
        ids["fika"] = kb.activities.create(m.Activity(
            kind="fika", title="Fika med partner", starts="2020-05-05T15:00",
            minutes="Vi pratade om palm i krukor och annat.")).record.id
        ids["note"] = kb.notes.add("project", ids["project"], "En palm stod i hörnet; palm, palm, palm.").record.id
        ids["net"] = kb.networks.create(m.Network(name="Smart City Lab", coordinator_id=ids["rise"])).record.id
        kb.tags.tag("project", ids["project"], "välfärd")
        kb.tags.tag("contact", ids["palm"], "Välfärdsteknik")
    return ids


@pytest.fixture
def svc(kb) -> SearchService:
    return _service(kb)


@pytest.fixture
def ids(kb, svc) -> dict[str, str]:
    return world(kb)


def found(svc: SearchService, query: str, **kwargs) -> list[str]:
    """Ids of the hits, best first."""
    kwargs.setdefault("page_size", 100)
    return [hit.id for hit in svc.search(query, **kwargs).hits]


# --- Swedish analysis ------------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "key"), [
    ("goteborg", "sip"), ("göteborg", "sip"), ("GÖTEBORG", "sip"),
    ("malardalens", "mdu"), ("ostersunds", "ostersund"), ("östersunds", "ostersund"),
])
def test_a_word_typed_without_swedish_letters_finds_them(svc, ids, query, key):
    assert ids[key] in found(svc, query, as_you_type=False)


@pytest.mark.parametrize(("query", "key"), [("malardalen", "mdu"), ("ostersund", "ostersund"), ("mälardal", "mdu")])
def test_as_you_type_an_unfinished_word_finds_the_name(svc, ids, query, key):
    assert ids[key] in found(svc, query)


def test_a_swedish_letter_is_a_letter_of_its_own(svc, ids):
    assert found(svc, "får", as_you_type=False) == [ids["faar"]]
    # typed without å, both are found, the exact spelling first
    assert found(svc, "far", as_you_type=False)[:2] == [ids["far"], ids["faar"]]


def test_an_exact_name_ranks_above_a_folded_one(svc, ids):
    result = svc.search("malmö", as_you_type=False, types=["organisation"])
    assert result.hits[0].id == ids["malmo_stad"]
    # Malmo comes only as a typo-tolerant match, when "malmö" finds little, and below Malmö
    assert [h.id for h in result.hits] == [ids["malmo_stad"]] or result.fuzzy
    assert "_f:" not in str(si.compile_query(Text("malmö")))  # å ä ö typed: no folded field searched
    hits = found(svc, "malmo", as_you_type=False, types=["organisation"])
    assert hits[:2] == [ids["malmo_ab"], ids["malmo_stad"]]


def test_body_text_is_stemmed_the_swedish_way(svc, ids):
    assert ids["project"] in found(svc, "projekten", as_you_type=False)  # "projekt" in its description
    assert ids["project2"] in found(svc, "projekt", as_you_type=False)  # "projekten"
    assert ids["sip"] in found(svc, "konferenser", as_you_type=False)
    assert ids["sip"] in found(svc, "stader", as_you_type=False)  # "städer" stemmed and folded


def test_names_are_not_stemmed(svc, ids):
    assert ids["palm"] not in found(svc, "palmer", as_you_type=False)
    assert ids["palm"] not in found(svc, "palmen", as_you_type=False)


def test_analysis_folds_other_accents_but_keeps_swedish_letters():
    assert si.words("Søren Müller-Åkesson café") == ["sören", "muller", "åkesson", "cafe"]
    assert si.fold("åkesson ärlig öl") == "akesson arlig ol"


# --- search as you type ------------------------------------------------------------------------------


def test_the_last_word_is_a_prefix(svc, ids):
    assert found(svc, "pal")[0] == ids["palm"]
    assert found(svc, "klas pal")[0] == ids["palm"]
    assert ids["bergdahl"] in found(svc, "bergd")
    assert ids["bergdahl"] in found(svc, "olle berg")


def test_a_finished_word_is_not_a_prefix(svc, ids):
    assert ids["palm"] not in found(svc, "pal ")
    assert ids["palm"] not in found(svc, "pal", as_you_type=False)


def test_a_prefix_is_one_term_lookup_never_an_expansion():
    q = si.compile_query(Text("pal", prefix=True))
    text = str(q)
    assert "name_ng:pal" in text and "name_ngf:pal" in text
    assert "*" not in text
    assert not any(isinstance(leaf, compiling.wq.Prefix) for leaf in q.leaves())


def test_a_hyphenated_name_is_two_words(svc, ids):
    assert found(svc, "anna-karin")[0] == ids["anna"]
    assert found(svc, "karin")[0] == ids["anna"]


# --- ranking ---------------------------------------------------------------------------------------


def test_a_person_named_palm_ranks_above_a_note_mentioning_palm(svc, ids):
    hits = found(svc, "palm", as_you_type=False)
    assert hits[0] == ids["palm"]
    assert ids["note"] in hits and ids["fika"] in hits


# --- typo tolerance ---------------------------------------------------------------------------------


def test_a_misspelt_name_is_found_and_corrected(svc, ids):
    result = svc.search("Bergdal")
    assert [h.id for h in result.hits] == [ids["bergdahl"]]
    assert result.fuzzy
    assert result.suggestion == "Bergdahl"
    assert result.hits[0].title_spans  # the matched name is marked


def test_two_typos_in_a_long_name(svc, ids):
    assert ids["mdu"] in found(svc, "malardallens univrsitet", as_you_type=False)


def test_a_query_that_finds_enough_gets_no_suggestion(svc, ids):
    result = svc.search("palm")
    assert result.suggestion is None and not result.fuzzy


def test_a_word_being_typed_is_not_corrected_when_it_finds_something(svc, ids):
    assert svc.search("pal").suggestion is None


def test_did_you_mean_keeps_the_rest_of_the_query(svc, ids):
    assert svc.suggest("olle Bergdal") == "olle Bergdahl"
    assert svc.suggest("BERGDAL") == "BERGDAHL"


# --- query syntax ----------------------------------------------------------------------------------


def test_a_phrase_typed_without_swedish_letters(svc, ids):
    assert ids["sip"] in found(svc, '"smarta stader"')
    assert found(svc, 'namn:"malardalens universitet"') == [ids["mdu"]]
    assert found(svc, '"universitet malardalens"') == []


def test_a_phrase_needs_its_words_in_order(svc, ids):
    hits = found(svc, '"smarta städer"')
    assert ids["sip"] in hits and ids["project"] in hits
    assert ids["project2"] not in hits  # "städer och smarta"
    assert ids["project2"] in found(svc, "smarta städer")


def test_field_value_in_swedish_and_english(svc, ids):
    projects = {ids["project"], ids["project2"]}
    assert set(found(svc, "typ:projekt")) == projects
    assert set(found(svc, "type:project")) == projects
    assert set(found(svc, "typ:projekt smarta")) == projects
    assert ids["anna"] in found(svc, "org:RISE") and ids["project"] in found(svc, "org:rise")
    assert ids["palm"] not in found(svc, "org:RISE")
    assert found(svc, "tag:välfärd") == [ids["project"]]
    assert found(svc, "tagg:valfard") == [ids["project"]]
    assert set(found(svc, "plats:goteborg")) == {ids["anna"], ids["sip"]}
    assert found(svc, "status:pågående") == [ids["project"]]
    assert found(svc, "status:pagaende") == [ids["project"]]
    assert set(found(svc, "kind:fika")) == {ids["fika"]}
    assert found(svc, "person:anna typ:aktivitet") == [ids["sip"]]
    assert found(svc, 'namn:"smarta sensorer"') == [ids["project"]]


def test_dates_in_the_query(svc, ids):
    assert set(found(svc, "datum:2022 typ:aktivitet")) == {ids["sip"]}
    assert set(found(svc, "datum:2019-06 typ:projekt")) == {ids["project2"]}
    assert ids["project"] in found(svc, "date:2023-01-01..2023-02-01 typ:projekt")


def test_and_or_not(svc, ids):
    assert set(found(svc, "palm OR bergdahl", types=["contact"])) == {ids["palm"], ids["bergdahl"]}
    assert set(found(svc, "palm ELLER bergdahl", types=["contact"])) == {ids["palm"], ids["bergdahl"]}
    assert found(svc, "klas AND palm")[0] == ids["palm"]
    hits = found(svc, "palm NOT klas")
    assert ids["palm"] not in hits and ids["note"] in hits
    assert ids["palm"] not in found(svc, "palm -klas")
    assert ids["palm"] not in found(svc, "palm INTE klas")
    assert set(found(svc, "(palm OR bergdahl) typ:kontakt")) == {ids["palm"], ids["bergdahl"]}


@pytest.mark.parametrize("query", ['"unbalanced', "AND", "OR", "NOT", "*", "(", ")", "typ:", ":", "x" * 10_000,
                                   "palm\x00\x07\x1b[31m", '"', "((((((((((((((((((palm", "palm )))", "-", "~~",
                                   "typ:okänd", "datum:20x2", "org:", "\u202e\ufeffpalm"])
def test_a_bad_query_never_raises(svc, ids, query):
    result = svc.search(query)
    assert result.error is None
    assert isinstance(result.hits, list)


def test_a_bad_query_degrades_to_plain_words(svc, ids):
    result = svc.search('"klas palm')
    assert result.degraded
    assert result.hits[0].id == ids["palm"]
    assert svc.search("palm )").hits[0].id == ids["palm"]
    lone = svc.search("AND")
    assert lone.degraded and lone.hits == [] and lone.error is None
    assert svc.search("palm AND").degraded and found(svc, "palm AND") == found(svc, "palm")
    assert svc.search("\x07palm").degraded and found(svc, "\x07palm") == found(svc, "palm")
    assert found(svc, "typ:projekt (") == found(svc, "typ projekt")  # syntax ignored once it is broken
    assert not svc.search("palm AND klas").degraded


# --- results: fields, snippets, counts, paging, filters -----------------------------------------------


def details(hit) -> list[tuple[str, str]]:
    return [(d.field, d.value) for d in hit.details]


def test_a_hit_carries_title_details_and_a_marked_snippet(svc, ids):
    hit = svc.search("goteborg", types=["activity"]).hits[0]
    assert (hit.type, hit.id, hit.title) == ("activity", ids["sip"], "SIP-konferensen")
    assert details(hit) == [("kind", "konferens"), ("date", "2022-09-14"), ("place", "Göteborg")]
    assert [d.spans for d in hit.details] == [(), (), ((0, 8),)]  # the matched place is marked
    assert hit.date == "2022-09-14"
    contact = svc.search("anna").hits[0]
    assert details(contact) == [("title", "projektledare"), ("organisation", "RISE Research Institutes of Sweden")]
    note = svc.search("hörnet").hits[0]
    assert note.snippet_html().count("<b>") == 1 and "<b>hörnet</b>" in note.snippet_html()
    about = note.details[0]
    assert (about.field, about.value, about.entity) == ("about", "Smarta sensorer i vården", "project")
    assert contact.title_html() == "<b>Anna</b>-Karin Ek"


def test_the_details_of_every_type_are_the_records_own_data(svc, kb, ids):
    """What a hit shows under its title is data named by what it is; the interfaces label it."""
    assert details(svc.search("samhällsnytta", types=["call"]).hits[0]) == [("year", "2021")]
    assert details(svc.search("smart city lab", types=["network"]).hits[0]) == [
        ("coordinator", "RISE Research Institutes of Sweden")]
    assert details(svc.search("sensorer", types=["project"]).hits[0]) == [
        ("kind", "genomförande"), ("status", "pågående"), ("coordinator", "Mälardalens universitet")]
    assert details(svc.search("rise", types=["organisation"]).hits[0]) == [
        ("short_name", "RISE"), ("kind", "lärosäte/institut")]
    online = kb.activities.create(m.Activity(kind="webbinarium", title="Webbinarium om data",
                                             starts="2022-11-01T10:00", online=True)).record
    hit = svc.search("webbinarium om data", types=["activity"]).hits[0]
    assert hit.id == online.id
    assert details(hit) == [("kind", "webbinarium"), ("date", "2022-11-01"), ("online", "")]
    assert found(svc, "plats:online") == [online.id]  # the word is a search term, not a stored phrase


def test_the_index_stores_no_interface_words(kb, svc, ids):
    """Titles, labels and details hold the records' data: no name of a kind of record (in either
    language), no "about" or "online" phrase."""
    from db.entities import SPECS

    labels = {label.lower() for spec in SPECS.values() for name in (spec.singular, spec.plural) if name
              for label in (name.sv, name.en)}
    kb.notes.add("network", ids["net"], "Nätverksträff planerad")
    ix = engine.wi.open_dir(str(svc.folder))
    with ix.searcher() as searcher:
        stored = list(searcher.all_stored_fields())
    ix.close()
    assert stored
    for fields in stored:
        shown = [(d[0], d[1]) for d in json.loads(fields["details"] or "[]")]
        assert all(value or name == "online" for name, value in shown), fields
        for value in (fields["title"], fields["label"], *(value for _, value in shown)):
            assert value.lower() not in labels, fields
            assert not re.match(r"(om|about)\b", value.lower()), fields


def test_a_snippet_shows_the_text_around_the_match():
    text = " ".join(["ord"] * 200 + ["Göteborg"] + ["ord"] * 200)
    marks = highlight.Highlight(names_folded={"goteborg"})
    snippet, spans = highlight.snippet(text, marks)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert [snippet[a:b] for a, b in spans] == ["Göteborg"]


def test_counts_per_type_whatever_the_types_asked_for(svc, ids):
    everything = svc.search("smarta")
    only = svc.search("smarta", types=["project"])
    assert only.counts == everything.counts
    assert only.total == everything.counts["project"] == 2
    assert everything.total == sum(everything.counts.values())
    assert {h.type for h in only.hits} == {"project"}


@pytest.mark.parametrize("query", ["smarta", "palm OR bergdahl", "NOT palm", '"smarta städer"', "Bergdal", "pal",
                                   "typ:projekt OR org:rise", "goteborg", "smarta -städer"])
def test_counts_agree_with_the_hits(svc, ids, query):
    counted = svc.search(query)
    listed = svc.search(query, counts=False, page_size=1000)
    assert counted.total == listed.total == len(listed.hits)
    by_type: dict[str, int] = {}
    for hit in listed.hits:
        by_type[hit.type] = by_type.get(hit.type, 0) + 1
    assert counted.counts == by_type


def test_without_counts_a_large_total_is_an_estimate(svc, kb):
    with kb.batch():
        for i in range(30):
            kb.contacts.create(m.Contact(first_name=f"P{i}", last_name="Mångfald"))
    result = svc.search("mångfald", counts=False, page_size=10)
    assert len(result.hits) == 10 and not result.total_exact and result.total >= 30
    assert svc.search("mångfald", page_size=10).total == 30


def test_paging(svc, kb):
    with kb.batch():
        for i in range(25):
            kb.contacts.create(m.Contact(first_name=f"Person{i}", last_name="Sidvis"))
    first, second = svc.search("sidvis", page_size=10), svc.search("sidvis", page=3, page_size=10)
    assert first.total == 25 and first.pages == 3
    assert len(first.hits) == 10 and len(second.hits) == 5
    every = [h.id for p in (1, 2, 3) for h in svc.search("sidvis", page=p, page_size=10).hits]
    assert len(set(every)) == 25


def test_filters(svc, kb, ids):
    assert found(svc, "smarta", filters=SearchFilters(tags=("välfärd",))) == [ids["project"]]
    assert found(svc, "", filters=SearchFilters(tags=("Välfärdsteknik",))) == [ids["palm"]]
    related = set(found(svc, "", filters=SearchFilters(organisation=ids["rise"])))
    assert {ids["rise"], ids["anna"], ids["project"], ids["net"]} <= related
    assert ids["palm"] not in related
    assert found(svc, "", filters=SearchFilters(kind="förberedelse")) == [ids["project2"]]
    assert found(svc, "", filters=SearchFilters(status="pågående")) == [ids["project"]]
    assert found(svc, "", filters=SearchFilters(call=ids["call"])) == [ids["project"]]
    in_2022 = set(found(svc, "", filters=SearchFilters(date_from="2022-01-01", date_to="2022-12-31")))
    assert ids["sip"] in in_2022 and ids["project"] in in_2022
    assert ids["fika"] not in in_2022 and ids["project2"] not in in_2022 and ids["palm"] not in in_2022
    assert set(found(svc, "", filters=SearchFilters(date_to="2020-12"))) == {ids["project2"], ids["fika"]}
    assert found(svc, "smarta", types=["activity"], filters=SearchFilters(date_from="2022-09")) == [ids["sip"]]


def test_an_empty_query_finds_nothing(svc, ids):
    result = svc.search("   ")
    assert result.total == 0 and result.hits == [] and result.error is None


def test_types_in_swedish_or_english_and_unknown_ones_refused(svc, ids):
    from db import InvalidValue

    assert found(svc, "smarta", types=["projekt"]) == found(svc, "smarta", types=["project"])
    with pytest.raises(ValueError):
        svc.search("smarta", types=["planet"])
    with pytest.raises(InvalidValue) as info:
        svc.search("smarta", types=["planet"])
    assert (info.value.code, info.value.params["value"]) == ("not_one_of", "planet")
    assert "contact" in info.value.params["allowed"]
    with pytest.raises(InvalidValue) as info:
        svc.search("smarta", page=0)
    assert info.value.code == "search_page_out_of_range"


# --- the index follows the database --------------------------------------------------------------------


def test_a_saved_record_is_searchable_at_once(kb, svc):
    saved = kb.contacts.create(m.Contact(first_name="Zelda", last_name="Quist"))
    assert found(svc, "quist") == [saved.record.id]
    record = saved.record
    record.last_name = "Kvist"
    kb.contacts.update(record)
    assert found(svc, "quist") == []
    assert found(svc, "kvist") == [record.id]
    kb.contacts.delete(record.id)
    assert found(svc, "kvist") == []
    kb.contacts.restore(record.id)
    assert found(svc, "kvist") == [record.id]


def test_a_renamed_organisation_renames_it_in_its_people_and_projects(kb, svc, ids):
    rise = kb.organisations.get(ids["rise"])
    rise.name, rise.short_name = "Forskningsinstitutet", None
    kb.organisations.update(rise)
    assert set(found(svc, "org:forskningsinstitutet")) == {ids["rise"], ids["anna"], ids["project"], ids["net"]}
    assert found(svc, "org:rise") == []
    assert details(svc.search("anna").hits[0]) == [("title", "projektledare"), ("organisation", "Forskningsinstitutet")]


def test_a_deleted_person_leaves_the_activities_and_comes_back_when_restored(kb, svc, ids):
    assert ids["sip"] in found(svc, "person:anna")
    kb.contacts.delete(ids["anna"])
    assert found(svc, "person:anna") == []
    kb.contacts.restore(ids["anna"])
    assert set(found(svc, "person:anna")) == {ids["sip"]}


def test_links_tags_notes_and_follow_ups_update_their_record(kb, svc, ids):
    kb.activity_links.create(m.ActivityLink(activity_id=ids["fika"], contact_id=ids["bergdahl"]))
    assert found(svc, "person:bergdahl") == [ids["fika"]]
    kb.follow_ups.create(m.FollowUp(activity_id=ids["fika"], text="Skicka offerten på vindkraft"))
    assert found(svc, "vindkraft") == [ids["fika"]]
    kb.tags.tag("activity", ids["fika"], "Energi")
    assert found(svc, "tag:energi") == [ids["fika"]]
    kb.tags.untag("activity", ids["fika"], "Energi")
    assert found(svc, "tag:energi") == []
    note = kb.notes.add("contact", ids["bergdahl"], "Ringde om solceller").record
    assert found(svc, "solceller") == [note.id]
    affiliation = kb.affiliations.create(m.Affiliation(contact_id=ids["bergdahl"], organisation_id=ids["mdu"]))
    assert ids["bergdahl"] in found(svc, "org:mälardalens")
    kb.affiliations.delete(affiliation.record.id)
    assert ids["bergdahl"] not in found(svc, "org:mälardalens")


def test_a_record_deleted_from_the_database_is_gone_and_its_text_leaves_the_files(kb, svc, ids):
    person = kb.contacts.create(m.Contact(first_name="Xerxes", last_name="Zyxwqvist")).record
    assert found(svc, "zyxwqvist") == [person.id]
    assert _bytes_in_index(svc.folder, b"zyxwqvist")
    kb.db.execute("DELETE FROM change_log WHERE row_id = ?", [person.id])
    kb.db.execute("DELETE FROM contact WHERE id = ?", [person.id])  # what GDPR erasure will do
    changes = m.Changes()
    changes.add("contact", person.id)
    svc.on_change(changes)
    assert found(svc, "zyxwqvist") == []
    assert not _bytes_in_index(svc.folder, b"zyxwqvist")
    assert not _bytes_in_index(svc.folder, b"Zyxwqvist")


def _bytes_in_index(folder: Path, needle: bytes) -> bool:
    return any(needle in path.read_bytes() for path in folder.rglob("*") if path.is_file())


def test_changes_of_unknown_entity_types_and_missing_ids_are_harmless(kb, svc, ids):
    changes = m.Changes()
    changes.add("planet", "x")
    changes.add("contact", "no-such-id")
    changes.add("activity_link", "no-such-link")
    svc.on_change(changes)
    assert kb.db.execute("SELECT count(*) FROM index_queue").fetchone()[0] == 0
    assert found(svc, "palm")[0] == ids["palm"]


# --- failures never lose a write ----------------------------------------------------------------------


def test_a_failed_index_update_is_queued_and_repaired_on_the_next_write(kb, svc, monkeypatch):
    real = si.SearchIndex.write

    def broken(self, *args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(si.SearchIndex, "write", broken)
    saved = kb.contacts.create(m.Contact(first_name="Ingrid", last_name="Köhler"))
    assert kb.contacts.get(saved.record.id).last_name == "Köhler"  # the database write stands
    assert kb.db.execute("SELECT entity, row_id FROM index_queue").fetchall() == [("contact", saved.record.id)]
    assert found(svc, "köhler") == []
    monkeypatch.setattr(si.SearchIndex, "write", real)
    kb.organisations.create(m.Organisation(name="Annat AB"))
    assert found(svc, "köhler") == [saved.record.id]
    assert kb.db.execute("SELECT count(*) FROM index_queue").fetchone()[0] == 0


def test_queued_records_are_repaired_on_open(db_path, monkeypatch):
    kb = KnowledgeBase.open(db_path, user="testare")
    monkeypatch.setattr(si.SearchIndex, "write", lambda self, *a, **k: (_ for _ in ()).throw(OSError("x")))
    saved = kb.contacts.create(m.Contact(first_name="Ingrid", last_name="Köhler"))
    kb.close()
    monkeypatch.undo()
    with KnowledgeBase.open(db_path, user="testare") as again:
        assert found(again.search, "kohler") == [saved.record.id]
        assert again.db.execute("SELECT count(*) FROM index_queue").fetchone()[0] == 0


def test_a_crash_between_database_and_index_commit_is_caught_up_on_open(db_path):
    kb = KnowledgeBase.open(db_path, user="testare")
    kb.unsubscribe(kb.search.on_change)  # as if the process died right after the database commit
    saved = kb.contacts.create(m.Contact(first_name="Ture", last_name="Sventon"))
    kb.close()
    with KnowledgeBase.open(db_path, user="testare") as again:
        assert found(again.search, "sventon") == [saved.record.id]


def test_a_damaged_index_is_rebuilt(kb, svc, ids):
    svc.index.close()
    segments = _segment_files(svc.folder)
    assert segments
    for path in segments:
        with open(path, "r+b") as f:
            f.truncate(path.stat().st_size // 2)
    svc.index = si.SearchIndex(svc.folder, engine.wi.open_dir(str(svc.folder)))
    result = svc.search("palm")
    assert result.error is None
    assert result.hits[0].id == ids["palm"]


def test_an_index_that_cannot_be_searched_gives_an_error_code_not_a_sentence(kb, svc, ids, monkeypatch):
    from db import Message
    from db.search.contract import CorruptIndexError

    def damaged(self, *args, **kwargs):
        raise CorruptIndexError("index_damaged", folder="kb.db.index", error="EOFError")

    monkeypatch.setattr(si.SearchIndex, "search", damaged)
    monkeypatch.setattr(building, "build_new_index", lambda *a, **k: (_ for _ in ()).throw(OSError("disk full")))
    result = svc.search("palm")
    assert result.hits == [] and result.error == Message("search_index_rebuilding")
    assert result.to_dict()["error"] == {"code": "search_index_rebuilding", "params": {}}


def test_a_search_that_fails_however_it_is_read_says_so_by_code(kb, svc, ids, monkeypatch):
    from db import Message

    def broken(self, *args, **kwargs):
        raise RuntimeError("a fault in the code")

    monkeypatch.setattr(si.SearchIndex, "search", broken)
    monkeypatch.setattr(svc, "_try_rebuild", lambda wait=False: False)
    result = svc.search("palm")
    assert result.hits == [] and result.degraded and result.error == Message("search_failed")


def test_a_damaged_index_is_rebuilt_on_open(db_path):
    with KnowledgeBase.open(db_path, user="testare") as kb:
        person = kb.contacts.create(m.Contact(first_name="Klas", last_name="Palm")).record
    folder = si.index_folder(db_path)
    for path in _segment_files(folder):
        path.write_bytes(path.read_bytes()[:100])
    with KnowledgeBase.open(db_path, user="testare") as kb:
        assert found(kb.search, "palm") == [person.id]


def _segment_files(folder: Path) -> list[Path]:
    """The files holding a segment's terms and postings (.seg when compound)."""
    return [p for p in folder.iterdir() if p.suffix in (".seg", ".trm", ".pst", ".col", ".sto")]


def test_an_index_of_another_database_is_replaced(tmp_path):
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    with KnowledgeBase.open(first, user="t") as kb:
        kb.contacts.create(m.Contact(first_name="Klas", last_name="Palm"))
    with KnowledgeBase.open(second, user="t") as kb:
        kb.contacts.create(m.Contact(first_name="Olle", last_name="Bergdahl"))
    si.swap(_copy_tree(si.index_folder(first)), si.index_folder(second))
    with KnowledgeBase.open(second, user="t") as kb:
        assert found(kb.search, "palm") == [] and len(found(kb.search, "bergdahl")) == 1


def _copy_tree(folder: Path) -> Path:
    import shutil

    target = folder.with_name(folder.name + ".copy")
    shutil.copytree(folder, target)
    return target


def test_a_rebuild_catches_up_on_what_was_written_while_it_ran(kb, svc, ids, monkeypatch):
    real = building.build_new_index
    written = {}

    def build_then_write(path, **kwargs):
        built = real(path, **kwargs)
        written["id"] = kb.contacts.create(m.Contact(first_name="Under", last_name="Ombyggnad")).record.id
        assert found(svc, "ombyggnad") == [written["id"]]  # the old index still serves
        return built

    monkeypatch.setattr(building, "build_new_index", build_then_write)
    svc.rebuild()
    assert found(svc, "ombyggnad") == [written["id"]]
    assert found(svc, "palm")[0] == ids["palm"]


def _live_keys(kb) -> set[str]:
    return {f"{t}:{r[0]}" for t in si.TYPES for r in kb.db.execute(f"SELECT id FROM [{t}] WHERE deleted_at IS NULL")}


def test_many_small_commits_stay_few_segments_and_merging_keeps_the_results(kb, svc):
    people = [kb.contacts.create(m.Contact(first_name=f"Nr{i}", last_name="Segmentsson")).record for i in range(40)]
    for person in people[:10]:
        person.last_name = "Omdöpt"
        kb.contacts.update(person)
    for person in people[10:20]:
        kb.contacts.delete(person.id)
    assert len(svc.index._ix._segments()) <= si.MAX_SEGMENTS + 1
    before = svc.search("segmentsson", page_size=100)
    svc.merge_small_segments()
    assert len(svc.index._ix._segments()) <= 4
    after = svc.search("segmentsson", page_size=100)
    assert before.total == after.total == 20
    assert {h.id for h in after.hits} == {p.id for p in people[20:]}
    assert svc.search("omdöpt").total == 10
    assert svc.index.keys() == _live_keys(kb)


def test_the_index_holds_exactly_the_live_records(kb, svc, ids):
    kb.contacts.delete(ids["far"])
    kb.notes.delete(ids["note"])
    assert svc.index.keys() == _live_keys(kb)


def test_the_write_lock_file_is_never_deleted(kb, svc, ids):
    assert (svc.folder / "MAIN_WRITELOCK").exists()
    svc.rebuild()
    kb.contacts.create(m.Contact(first_name="Ny", last_name="Person"))
    assert (svc.folder / "MAIN_WRITELOCK").exists()


def test_the_index_folder_sits_beside_the_database_and_is_private(kb, svc, db_path):
    assert svc.folder == db_path.with_name("kb.db.index")
    assert (svc.folder.stat().st_mode & 0o777) == 0o700


def test_a_plain_knowledge_base_has_no_index(db_path):
    from db.connection import open_database

    kb = KnowledgeBase(open_database(db_path))
    kb.contacts.create(m.Contact(first_name="A", last_name="B"))
    kb.close()
    assert not si.index_folder(db_path).exists()
    with KnowledgeBase.open(db_path, search=False) as again:
        assert again.search is None
    assert not si.index_folder(db_path).exists()


# --- reindex equals incremental ---------------------------------------------------------------------


def _dump(folder: Path) -> tuple[dict, set]:
    ix = engine.wi.open_dir(str(folder))
    with ix.searcher() as searcher:
        stored = {d["key"]: d for d in searcher.all_stored_fields()}
        reader = searcher.reader()
        terms = set()
        for name, text in reader.all_terms():
            docs = sorted(searcher.stored_fields(n)["key"] for n in reader.postings(name, text).all_ids()
                          if not reader.is_deleted(n))
            if docs:
                terms.add((name, text, tuple(docs)))
    ix.close()
    return stored, terms


def test_reindex_equals_incremental(kb, svc, ids, tmp_path):
    person = kb.contacts.get(ids["palm"])
    person.title = "docent"
    kb.contacts.update(person)
    kb.contacts.delete(ids["far"])
    kb.notes.add("organisation", ids["rise"], "Möte om mätare")
    incremental = _dump(svc.folder)
    copy = tmp_path / "copy.db"
    with sqlite3.connect(copy) as target:
        kb.db.conn.backup(target)
    assert reindex(copy) == len(incremental[0])
    rebuilt = _dump(si.index_folder(copy))
    assert rebuilt[0] == incremental[0]
    assert rebuilt[1] == incremental[1]


@pytest.mark.slow  # the second build runs in two child processes
def test_reindex_with_two_processes_equals_one(kb, svc, ids, tmp_path):
    one = reindex(kb.path, procs=1)
    single = _dump(svc.folder)
    two = reindex(kb.path, procs=2)
    assert one == two
    assert _dump(svc.folder) == single


# --- the demo -----------------------------------------------------------------------------------------


@pytest.fixture
def demo(kb):
    from db.demo import create_demo

    create_demo(kb)
    return _service(kb)


def test_demo_goteborg_finds_the_goteborg_items(demo):
    result = demo.search("goteborg")
    assert "SIP-konferensen 2022" in [h.title for h in result.hits]
    assert all("göteborg" in " ".join([h.title, *(d.value for d in h.details), h.snippet]).lower()
               for h in result.hits)


def test_demo_bergdal_suggests_bergdahl(demo):
    result = demo.search("Bergdal")
    assert result.suggestion == "Bergdahl"
    assert result.hits[0].title == "Olle Bergdahl"


def test_demo_names_as_you_type(demo):
    assert demo.search("pal").hits[0].title == "Klas Palm"
    assert demo.search("malardalen").hits[0].title == "Mälardalens universitet"
    assert demo.search("klas palm", as_you_type=False).hits[0].title == "Klas Palm"


# --- command line --------------------------------------------------------------------------------------


def _cli(argv: list[str]) -> int:
    from cli.main import main

    return main(argv)


def test_cli_search_and_reindex(db_path, capsys):
    with KnowledgeBase.open(db_path, user="t") as kb:
        world(kb)
    assert _cli(["search", "goteborg", "--db", str(db_path), "--type", "aktivitet"]) == 0
    out = capsys.readouterr().out
    assert "[aktivitet] SIP-konferensen — konferens, 2022-09-14, «Göteborg»" in out
    assert _cli(["search", "Bergdal", "--db", str(db_path), "--json", "--limit", "5"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["suggestion"] == "Bergdahl"
    hit = data["hits"][0]
    assert {"type", "id", "title", "subtitle", "details", "snippet", "score", "title_spans",
            "snippet_spans"} <= set(hit)
    assert hit["subtitle"] == "programchef" and hit["details"][0]["value"] == "programchef"
    assert _cli(["reindex", "--db", str(db_path)]) == 0
    assert "rebuilt" in capsys.readouterr().out
    assert _cli(["search", "smarta", "städer", "--db", str(db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] >= 2


@pytest.mark.parametrize("argv", [
    ["search", "x", "--db", "missing.db"],
    ["search", "x", "--db", "{db}", "--limit", "0"],
    ["search", "x", "--db", "{db}", "--limit", "lots"],
    ["search", "x", "--db", "{db}", "--type", "planet"],
    ["search", "x", "--db", "{db}", "--from", "igår"],
    ["reindex", "--db", "missing.db"],
])
def test_cli_user_errors_exit_2_with_one_line(db_path, capsys, argv, tmp_path):
    with KnowledgeBase.open(db_path, user="t"):
        pass
    argv = [a.replace("{db}", str(db_path)).replace("missing.db", str(tmp_path / "missing.db")) for a in argv]
    assert _cli(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert not (tmp_path / "missing.db").exists()


# --- layering -------------------------------------------------------------------------------------------


def test_only_the_whoosh_engine_imports_whoosh():
    pattern = re.compile(r"^\s*(import whoosh|from whoosh)", re.MULTILINE)
    engine = ROOT / "db" / "search" / "whoosh_engine"
    offenders = [str(p.relative_to(ROOT)) for p in ROOT.glob("*/**/*.py") if ".venv" not in p.parts
                 and p.with_suffix("") != engine and engine not in p.parents
                 and pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_no_personal_data_in_info_logs(kb, svc, caplog):
    import logging

    with caplog.at_level(logging.INFO, logger="db"):
        kb.contacts.create(m.Contact(first_name="Hemlig", last_name="Persson"))
        svc.search("Hemlig Persson")
        svc.rebuild()
    assert "Persson" not in caplog.text and "Hemlig" not in caplog.text
