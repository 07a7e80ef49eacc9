"""CRUD of the main entities through the services, on a real SQLite file."""

import uuid
from dataclasses import replace

import pytest

from db import KnowledgeBase, NotFoundError, ValidationError
from db import models as m
from db.entities import SPECS
from db.schema import ENTITY_TABLES

# table -> (a valid new record, a field to change, its new value)
MAIN = {
    "organisation": (lambda: m.Organisation(name="Uppsala kommun", kind="kommun", org_number="212000-3005",
                                            municipality="Uppsala", county="Uppsala län"),
                     "short_name", "UK"),
    "contact": (lambda: m.Contact(first_name="Åsa", last_name="Öberg", emails=["asa@exempel.se"],
                                  phones=["070-123 45 67"], is_staff=True, legal_basis="allmänt intresse"),
                "phones", ["+46855012345"]),
    "call": (lambda: m.Call(name="IoT för samhällsnytta", year=2022, need_areas=["hälsa", "vatten"],
                            opens="2022-03-01", closes="2022-05-15", budget_sek=20_000_000),
             "need_areas", ["mobilitet"]),
    "project": (lambda: m.Project(title="Smart vatten", kind="genomförande", status="beviljad",
                                  start_date="2022-09-01", end_date="2023-08-31", total_budget_sek=4_000_000,
                                  grant_sek=2_000_000), "grant_sek", 1_500_000),
    "network": (lambda: m.Network(name="Smart City Lab", description="Nätverk för kommuner"),
                "description", "Ny beskrivning"),
    "activity": (lambda: m.Activity(kind="workshop", title="Workshop om vatten", starts="2022-10-27T09:00",
                                    ends="2022-10-27T12:00", online=True, attendance=25),
                 "attendance", 30),
}


def log_count(kb) -> int:
    return kb.db.execute("SELECT count(*) FROM change_log").fetchone()[0]


def table_counts(kb) -> dict[str, int]:
    return {t: kb.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in (*ENTITY_TABLES, "change_log")}


def raw_row(kb, table, row_id) -> dict:
    return kb.db.execute_returning_dicts(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])[0]


# --- create / get -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("table", MAIN)
def test_create_and_get(kb, table):
    make, _, _ = MAIN[table]
    service = kb.service(table)
    saved = service.create(make())
    rec = saved.record
    uuid.UUID(rec.id)
    assert rec.created_at and rec.created_at == rec.updated_at
    assert rec.updated_by == "testare"
    assert rec.deleted_at is None
    assert saved.changes.entities == {table: {rec.id}}
    assert service.get(rec.id) == rec
    assert service.exists(rec.id) and service.exists(rec.id, include_deleted=False)
    assert service.count() == 1


def test_created_values_survive_a_reopen(db_path):
    with KnowledgeBase.open(db_path, user="a") as kb:
        ids = {t: kb.service(t).create(MAIN[t][0]()).record for t in MAIN}
    with KnowledgeBase.open(db_path, user="b") as kb:
        for table, rec in ids.items():
            assert kb.service(table).get(rec.id) == rec
        contact = kb.contacts.get(ids["contact"].id)
        assert contact.emails == ["asa@exempel.se"] and contact.phones == ["+46701234567"]
        assert contact.is_staff is True
        assert kb.activities.get(ids["activity"].id).online is True
        assert kb.calls.get(ids["call"].id).need_areas == ["hälsa", "vatten"]


def test_lists_and_bools_stored_as_json_and_integers(kb):
    contact = kb.contacts.create(MAIN["contact"][0]()).record
    row = raw_row(kb, "contact", contact.id)
    assert row["emails"] == '["asa@exempel.se"]'
    assert row["phones"] == '["+46701234567"]'
    assert row["is_staff"] == 1
    call = kb.calls.create(MAIN["call"][0]()).record
    assert raw_row(kb, "call", call.id)["need_areas"] == '["hälsa", "vatten"]'


def test_caller_supplied_bookkeeping_is_ignored(kb):
    rec = replace(MAIN["organisation"][0](), created_at="1999-01-01", updated_by="någon annan",
                  deleted_at="1999-01-01")
    saved = kb.organisations.create(rec).record
    assert saved.created_at != "1999-01-01"
    assert saved.updated_by == "testare"
    assert saved.deleted_at is None
    assert kb.organisations.count() == 1


def test_caller_supplied_id_is_kept(kb):
    row_id = str(uuid.uuid4())
    saved = kb.organisations.create(replace(MAIN["organisation"][0](), id=row_id)).record
    assert saved.id == row_id
    assert kb.organisations.get(row_id).name == "Uppsala kommun"


@pytest.mark.parametrize("table", MAIN)
def test_get_unknown_raises_not_found(kb, table):
    with pytest.raises(NotFoundError) as exc:
        kb.service(table).get("ingen-sådan")
    assert exc.value.entity == table and exc.value.row_id == "ingen-sådan"
    assert not kb.service(table).exists("ingen-sådan")


def test_unknown_service_name(kb):
    with pytest.raises(ValueError, match="unknown entity type"):
        kb.service("person")


# --- update -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("table", MAIN)
def test_update_changes_the_field(kb, table):
    make, field, value = MAIN[table]
    service = kb.service(table)
    rec = service.create(make()).record
    saved = service.update(replace(rec, **{field: value}))
    assert getattr(saved.record, field) == value
    assert saved.changes.entities == {table: {rec.id}}
    stored = service.get(rec.id)
    assert getattr(stored, field) == value
    assert stored.created_at == rec.created_at
    assert stored.updated_at >= rec.updated_at
    assert stored.updated_by == "testare"
    # the other fields are untouched
    for name in m.data_fields(type(rec)):
        if name != field:
            assert getattr(stored, name) == getattr(rec, name)


@pytest.mark.parametrize("table", MAIN)
def test_update_without_change_writes_nothing(kb, table):
    make, _, _ = MAIN[table]
    service = kb.service(table)
    rec = service.create(make()).record
    before = table_counts(kb)
    row_before = raw_row(kb, table, rec.id)
    saved = service.update(replace(rec))
    assert not saved.changes
    assert table_counts(kb) == before
    assert raw_row(kb, table, rec.id) == row_before


def test_update_that_only_normalises_to_the_same_value_writes_nothing(kb):
    rec = kb.contacts.create(MAIN["contact"][0]()).record
    before = log_count(kb)
    # Same values written differently: trailing spaces, a national phone number.
    saved = kb.contacts.update(replace(rec, first_name=" Åsa ", phones=["070-123 45 67"]))
    assert not saved.changes
    assert log_count(kb) == before


def test_update_by_another_user_records_that_user(db_path):
    with KnowledgeBase.open(db_path, user="anna") as kb:
        rec = kb.organisations.create(m.Organisation(name="A")).record
    with KnowledgeBase.open(db_path, user="bo") as kb:
        kb.organisations.update(replace(rec, name="B"))
        stored = kb.organisations.get(rec.id)
        assert stored.updated_by == "bo"


def test_update_needs_a_known_id(kb):
    with pytest.raises(ValueError):
        kb.organisations.update(m.Organisation(name="Utan id"))
    with pytest.raises(NotFoundError):
        kb.organisations.update(m.Organisation(id="ingen-sådan", name="X"))
    assert table_counts(kb)["change_log"] == 0


def test_update_of_a_deleted_row_keeps_it_deleted(kb):
    rec = kb.organisations.create(m.Organisation(name="A")).record
    deleted = kb.organisations.delete(rec.id).record
    saved = kb.organisations.update(replace(rec, name="B")).record
    assert saved.deleted_at == deleted.deleted_at
    assert kb.organisations.get(rec.id).deleted_at == deleted.deleted_at


def test_update_ignores_callers_bookkeeping(kb):
    rec = kb.organisations.create(m.Organisation(name="A")).record
    kb.organisations.update(replace(rec, name="B", created_at="1999-01-01", deleted_at="1999-01-01"))
    stored = kb.organisations.get(rec.id)
    assert (stored.name, stored.created_at, stored.deleted_at) == ("B", rec.created_at, None)


# --- soft delete / restore ----------------------------------------------------------------------------------


@pytest.mark.parametrize("table", MAIN)
def test_soft_delete_and_restore(kb, table):
    make, _, _ = MAIN[table]
    service = kb.service(table)
    rec = service.create(make()).record
    other = service.create(make()).record

    deleted = service.delete(rec.id)
    assert deleted.record.deleted_at
    assert deleted.changes.entities == {table: {rec.id}}
    assert service.get(rec.id).deleted_at == deleted.record.deleted_at  # still there, marked
    assert service.exists(rec.id) and not service.exists(rec.id, include_deleted=False)
    assert [r.id for r in service.list()] == [other.id]
    assert [r.id for r in service.list(deleted="only")] == [rec.id]
    assert {r.id for r in service.list(deleted="include")} == {rec.id, other.id}
    assert (service.count(), service.count(deleted="only"), service.count(deleted="include")) == (1, 1, 2)

    restored = service.restore(rec.id)
    assert restored.record.deleted_at is None
    assert restored.changes.entities == {table: {rec.id}}
    assert {r.id for r in service.list()} == {rec.id, other.id}
    assert service.count(deleted="only") == 0
    # restore gives back the same data
    assert replace(service.get(rec.id), updated_at=None) == replace(rec, updated_at=None)


def test_delete_twice_and_restore_twice_write_once(kb):
    rec = kb.organisations.create(m.Organisation(name="A")).record
    kb.organisations.delete(rec.id)
    n = log_count(kb)
    again = kb.organisations.delete(rec.id)
    assert not again.changes
    assert log_count(kb) == n
    kb.organisations.restore(rec.id)
    n = log_count(kb)
    assert not kb.organisations.restore(rec.id).changes
    assert log_count(kb) == n


def test_delete_unknown_raises_not_found(kb):
    with pytest.raises(NotFoundError):
        kb.organisations.delete("ingen-sådan")
    with pytest.raises(NotFoundError):
        kb.organisations.restore("ingen-sådan")


def test_delete_records_who_and_when(db_path):
    with KnowledgeBase.open(db_path, user="anna") as kb:
        rec = kb.projects.create(m.Project(title="P")).record
    with KnowledgeBase.open(db_path, user="bo") as kb:
        kb.projects.delete(rec.id)
        stored = kb.projects.get(rec.id)
        assert stored.updated_by == "bo"
        assert stored.updated_at >= rec.updated_at
        assert stored.deleted_at == stored.updated_at


# --- list: filter -------------------------------------------------------------------------------------------


@pytest.fixture
def orgs(kb):
    made = {}
    for name, kind, municipality in [
        ("Uppsala kommun", "kommun", "Uppsala"), ("Region Uppsala", "region", "Uppsala"),
        ("Örebro kommun", "kommun", "Örebro"), ("Malmö stad", "kommun", "Malmö"),
        ("Ericsson AB", "företag", None), ("RISE 100% IoT_lab", "lärosäte/institut", "Göteborg"),
    ]:
        made[name] = kb.organisations.create(m.Organisation(name=name, kind=kind, municipality=municipality)).record
    return made


def names(records) -> list[str]:
    return [r.name for r in records]


def test_where_equal_list_and_none(kb, orgs):
    assert names(kb.organisations.list({"kind": "kommun"})) == ["Malmö stad", "Uppsala kommun", "Örebro kommun"]
    assert names(kb.organisations.list({"kind": ["region", "företag"]})) == ["Ericsson AB", "Region Uppsala"]
    assert names(kb.organisations.list({"municipality": None})) == ["Ericsson AB"]
    assert names(kb.organisations.list({"kind": "kommun", "municipality": "Uppsala"})) == ["Uppsala kommun"]
    assert kb.organisations.list({"kind": "annan"}) == []
    assert kb.organisations.list({"kind": []}) == []
    assert kb.organisations.count({"kind": "kommun"}) == 3
    only = kb.organisations.list({"id": orgs["Malmö stad"].id})
    assert names(only) == ["Malmö stad"]


def test_where_bool_field(kb):
    kb.contacts.create(m.Contact(first_name="Anna", last_name="Personal", is_staff=True))
    kb.contacts.create(m.Contact(first_name="Bo", last_name="Extern"))
    assert [c.last_name for c in kb.contacts.list({"is_staff": True})] == ["Personal"]
    assert [c.last_name for c in kb.contacts.list({"is_staff": False})] == ["Extern"]


def test_where_unknown_field_is_refused(kb, orgs):
    with pytest.raises(ValueError, match="no field"):
        kb.organisations.list({"namn": "x"})
    with pytest.raises(ValueError):
        kb.organisations.count({"name; DROP TABLE organisation": "x"})
    assert kb.organisations.count() == len(orgs)


def test_text_filter_every_word_must_match_some_field(kb, orgs):
    assert names(kb.organisations.list(text="uppsala")) == ["Region Uppsala", "Uppsala kommun"]
    assert names(kb.organisations.list(text="uppsala kommun")) == ["Uppsala kommun"]
    assert names(kb.organisations.list(text="kommun upp")) == ["Uppsala kommun"]
    assert names(kb.organisations.list(text="  ")) == names(kb.organisations.list())
    assert kb.organisations.list(text="uppsala göteborg") == []
    # municipality is a text field too
    assert names(kb.organisations.list(text="göteborg")) == ["RISE 100% IoT_lab"]
    assert kb.organisations.count(text="uppsala") == 2


def test_text_filter_is_case_insensitive_for_swedish_letters(kb, orgs):
    # A user types lower case: "örebro" must find "Örebro kommun", "MALMÖ" "Malmö stad".
    assert names(kb.organisations.list(text="örebro")) == ["Örebro kommun"]
    assert names(kb.organisations.list(text="ÖREBRO")) == ["Örebro kommun"]
    assert names(kb.organisations.list(text="MALMÖ")) == ["Malmö stad"]
    assert kb.organisations.count(text="malmö") == 1


def test_text_filter_swedish_letters_are_not_plain_letters(kb, orgs):
    assert kb.organisations.list(text="Malmo") == []
    assert kb.organisations.list(text="Orebro") == []


def test_text_filter_treats_like_wildcards_literally(kb, orgs):
    assert names(kb.organisations.list(text="100%")) == ["RISE 100% IoT_lab"]
    assert names(kb.organisations.list(text="%")) == ["RISE 100% IoT_lab"]
    assert names(kb.organisations.list(text="iot_")) == ["RISE 100% IoT_lab"]
    assert kb.organisations.list(text="_ppsala") == []
    assert kb.organisations.list(text="U%a") == []
    assert kb.organisations.list(text="\\") == []


def test_text_filter_searches_contact_emails_and_titles(kb):
    kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg", title="Projektledare",
                                 emails=["asa.oberg@kommun.se"]))
    kb.contacts.create(m.Contact(first_name="Bo", last_name="Ek", title="Strateg"))
    assert [c.first_name for c in kb.contacts.list(text="kommun.se")] == ["Åsa"]
    assert [c.first_name for c in kb.contacts.list(text="strateg")] == ["Bo"]
    assert [c.first_name for c in kb.contacts.list(text="åsa öberg")] == ["Åsa"]


def test_filters_combine_with_deleted(kb, orgs):
    kb.organisations.delete(orgs["Uppsala kommun"].id)
    assert names(kb.organisations.list({"kind": "kommun"})) == ["Malmö stad", "Örebro kommun"]
    assert names(kb.organisations.list({"kind": "kommun"}, deleted="only")) == ["Uppsala kommun"]
    assert kb.organisations.count({"kind": "kommun"}, deleted="include") == 3
    assert names(kb.organisations.list(text="uppsala")) == ["Region Uppsala"]
    assert names(kb.organisations.list(text="uppsala", deleted="include")) == ["Region Uppsala", "Uppsala kommun"]
    assert kb.organisations.count(text="uppsala", deleted="only") == 1


# --- list: sort, limit --------------------------------------------------------------------------------------


def test_default_sort_and_descending(kb, orgs):
    expected = ["Ericsson AB", "Malmö stad", "Region Uppsala", "RISE 100% IoT_lab", "Uppsala kommun", "Örebro kommun"]
    assert names(kb.organisations.list()) == expected
    assert names(kb.organisations.list(descending=True)) == expected[::-1]


def test_sort_by_other_field_and_several_fields(kb, orgs):
    by_municipality = names(kb.organisations.list(sort=("municipality", "name")))
    # NULL first, then Göteborg, Malmö, Uppsala (two, by name), Örebro
    assert by_municipality == ["Ericsson AB", "RISE 100% IoT_lab", "Malmö stad", "Region Uppsala",
                               "Uppsala kommun", "Örebro kommun"]
    by_kind = [o.kind for o in kb.organisations.list(sort="kind")]
    assert by_kind == sorted(by_kind, key=lambda k: ["företag", "kommun", "lärosäte/institut", "region"].index(k))


def test_sort_by_number_and_created_at(kb):
    for title, total in [("B", 300), ("A", 1_000_000), ("C", 20), ("D", None)]:
        kb.projects.create(m.Project(title=title, total_budget_sek=total))
    assert [p.title for p in kb.projects.list(sort="total_budget_sek")] == ["D", "C", "B", "A"]
    assert [p.title for p in kb.projects.list(sort="total_budget_sek", descending=True)] == ["A", "B", "C", "D"]
    assert [p.title for p in kb.projects.list(sort="created_at")] == ["B", "A", "C", "D"]


def test_sort_on_unknown_field_is_refused(kb, orgs):
    with pytest.raises(ValueError, match="no field"):
        kb.organisations.list(sort="namn")
    with pytest.raises(ValueError):
        kb.organisations.list(sort="name; DROP TABLE organisation")
    assert kb.organisations.count() == len(orgs)


def test_limit_and_offset_page_through_in_order(kb, orgs):
    everything = names(kb.organisations.list())
    pages = [names(kb.organisations.list(limit=4, offset=o)) for o in (0, 4, 8)]
    assert pages == [everything[:4], everything[4:], []]


def test_activities_sorted_by_start(kb):
    for title, starts in [("b", "2022-10-27T09:00"), ("a", "2022-01-05"), ("c", "2022-10-27T08:00")]:
        kb.activities.create(m.Activity(title=title, starts=starts))
    assert [a.title for a in kb.activities.list()] == ["a", "c", "b"]
    assert [a.title for a in kb.activities.list(descending=True)] == ["b", "c", "a"]


def test_calls_sorted_by_year_then_name(kb):
    for name, year in [("Öppen", 2021), ("Ärende", 2021), ("Zeta", 2022), ("Alfa", 2022)]:
        kb.calls.create(m.Call(name=name, year=year))
    assert [c.name for c in kb.calls.list()] == ["Ärende", "Öppen", "Alfa", "Zeta"]


# --- references ---------------------------------------------------------------------------------------------


TARGETS = {"project_party": ("organisation_id", "contact_id"), "membership": ("organisation_id", "contact_id"),
           "activity_link": ("contact_id", "organisation_id", "project_id", "network_id")}
REFERENCES = [(table, name) for table, spec in SPECS.items() for name in spec.references]


def valid_record(kb, table):
    """A valid record of any table, with whatever it references created first."""
    if table in MAIN:
        return MAIN[table][0]()
    org = kb.organisations.create(m.Organisation(name="O")).record
    contact = kb.contacts.create(m.Contact(first_name="C")).record
    project = kb.projects.create(m.Project(title="P")).record
    network = kb.networks.create(m.Network(name="N")).record
    activity = kb.activities.create(m.Activity(title="A", starts="2022-10-27")).record
    tag = kb.tags.create(m.Tag(name=f"t{uuid.uuid4().hex[:6]}")).record
    return {
        "affiliation": m.Affiliation(contact_id=contact.id, organisation_id=org.id),
        "project_party": m.ProjectParty(project_id=project.id, organisation_id=org.id),
        "membership": m.Membership(network_id=network.id, contact_id=contact.id),
        "activity_link": m.ActivityLink(activity_id=activity.id, contact_id=contact.id),
        "follow_up": m.FollowUp(activity_id=activity.id, text="Ring", owner_id=contact.id),
        "note": m.Note(entity_type="contact", entity_id=contact.id, text="Hej"),
        "tag": m.Tag(name="ny"),
        "tagging": m.Tagging(tag_id=tag.id, entity_type="contact", entity_id=contact.id),
    }[table]


@pytest.mark.parametrize(("table", "field"), REFERENCES)
def test_unknown_reference_rejected_naming_the_field(kb, table, field):
    rec = valid_record(kb, table)
    if field in TARGETS.get(table, ()):
        # A link has exactly one target: make the field under test the only one.
        for other in TARGETS[table]:
            setattr(rec, other, None)
    setattr(rec, field, "ingen-sådan")
    before = table_counts(kb)
    with pytest.raises(ValidationError) as exc:
        kb.service(table).create(rec)
    assert [e.field for e in exc.value.errors] == [field]
    assert exc.value.for_field(field) == ["no_such_record"]
    assert exc.value.errors[0].params["id"] == "ingen-sådan"
    assert table_counts(kb) == before


@pytest.mark.parametrize(("table", "field"), REFERENCES)
def test_known_reference_accepted(kb, table, field):
    rec = valid_record(kb, table)
    saved = kb.service(table).create(rec).record
    assert kb.service(table).get(saved.id) == saved


def test_unknown_reference_rejected_on_update(kb):
    project = kb.projects.create(m.Project(title="P")).record
    before = table_counts(kb)
    with pytest.raises(ValidationError) as exc:
        kb.projects.update(replace(project, coordinator_id="ingen-sådan", title="Q"))
    assert exc.value.for_field("coordinator_id")
    assert table_counts(kb) == before
    assert kb.projects.get(project.id).title == "P"


def test_note_and_tagging_entity_type_checked(kb):
    contact = kb.contacts.create(m.Contact(first_name="C")).record
    with pytest.raises(ValidationError) as exc:
        kb.notes.create(m.Note(entity_type="person", entity_id=contact.id, text="x"))
    assert [e.field for e in exc.value.errors] == ["entity_type"]
    with pytest.raises(ValidationError) as exc:
        kb.notes.create(m.Note(entity_type="organisation", entity_id=contact.id, text="x"))
    assert [e.field for e in exc.value.errors] == ["entity_id"]
    tag = kb.tags.create(m.Tag(name="t")).record
    with pytest.raises(ValidationError) as exc:
        kb.taggings.create(m.Tagging(tag_id=tag.id, entity_type="project", entity_id=contact.id))
    assert [e.field for e in exc.value.errors] == ["entity_id"]


def test_network_parent_and_organisation_parent(kb):
    scl = kb.networks.create(m.Network(name="Smart City Lab")).record
    child = kb.networks.create(m.Network(name="Datadriven stadsutveckling", parent_id=scl.id)).record
    assert kb.networks.get(child.id).parent_id == scl.id
    with pytest.raises(ValidationError) as exc:
        kb.networks.update(replace(scl, parent_id=scl.id))
    assert exc.value.for_field("parent_id")
    kommun = kb.organisations.create(m.Organisation(name="Uppsala kommun", kind="kommun")).record
    bolag = kb.organisations.create(m.Organisation(name="Uppsala Vatten AB", kind="företag",
                                                   parent_id=kommun.id)).record
    assert [o.name for o in kb.organisations.list({"parent_id": kommun.id})] == [bolag.name]


def test_validate_does_not_write(kb):
    before = table_counts(kb)
    clean, warnings = kb.projects.validate(m.Project(title=" P ", total_budget_sek=10, grant_sek=9))
    assert clean.title == "P" and len(warnings) == 1
    with pytest.raises(ValidationError):
        kb.projects.validate(m.Project(title="P", call_id="ingen-sådan"))
    assert table_counts(kb) == before
