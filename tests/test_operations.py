"""The named operations (db/operations.py) on real SQLite files: each one transaction, every change
returned (link rows and the records they connect), every write in the change log."""

import pytest

from db import FieldError, NotFoundError, ValidationError, operations
from db import models as m
from db.errors import Message


@pytest.fixture
def orgs(kb):
    return [kb.organisations.create(m.Organisation(name=name)).record.id
            for name in ("RISE", "Uppsala universitet", "Ånge kommun")]


@pytest.fixture
def people(kb):
    return [kb.contacts.create(m.Contact(first_name=first, last_name=last)).record.id
            for first, last in (("Olle", "Bergdahl"), ("Eva", "Sahlén"))]


def logged(kb, op_id):
    """(entity, row id, action) of every change-log entry of one operation."""
    rows = kb.db.execute("SELECT entity, row_id, action FROM change_log WHERE op_id = ? ORDER BY seq", [op_id])
    return [tuple(row) for row in rows]


def log_size(kb):
    return kb.db.execute("SELECT count(*) FROM change_log").fetchone()[0]


def heard(kb):
    """The Changes every listener notification carried."""
    notes = []
    kb.subscribe(notes.append)
    return notes


# --- records without links ---------------------------------------------------------------------


def test_save_organisation_creates_then_updates(kb):
    notes = heard(kb)
    created = operations.save_organisation(kb, m.Organisation(name="Ånge kommun", kind="kommun"))
    assert isinstance(created, m.Saved)
    assert created.record.id and created.record.name == "Ånge kommun"
    assert created.changes.entities == {"organisation": {created.record.id}}
    assert logged(kb, created.op_id) == [("organisation", created.record.id, "create")]
    assert notes == [created.changes]

    edited = operations.save_organisation(kb, m.Organisation(id=created.record.id, name="Ånge kommun",
                                                             kind="kommun", municipality="Ånge"))
    assert kb.organisations.get(created.record.id).municipality == "Ånge"
    assert edited.op_id != created.op_id
    assert logged(kb, edited.op_id) == [("organisation", created.record.id, "update")]


def test_save_call_refuses_a_bad_year_and_writes_nothing(kb):
    before = log_size(kb)
    with pytest.raises(ValidationError) as caught:
        operations.save_call(kb, m.Call(name="Utlysning", year=24))
    assert caught.value.for_field("year") == ["year_out_of_range"]
    assert kb.calls.count() == 0 and log_size(kb) == before


def test_save_record_serves_any_kind_without_link_rows(kb):
    result = operations.save_record(kb, "network", m.Network(name="IoT Forum"))
    assert kb.networks.get(result.record.id).name == "IoT Forum"
    assert logged(kb, result.op_id) == [("network", result.record.id, "create")]


def test_unchanged_save_writes_nothing(kb):
    saved = operations.save_call(kb, m.Call(name="Utlysning 2024", year=2024))
    before = log_size(kb)
    again = operations.save_call(kb, saved.record)
    assert not again.changes and log_size(kb) == before


# --- a contact and its affiliations --------------------------------------------------------------


def test_save_contact_with_affiliations(kb, orgs):
    notes = heard(kb)
    result = operations.save_contact(
        kb, m.Contact(first_name="Anna", last_name="Ek"),
        [m.Affiliation(organisation_id=orgs[0], role="forskare", from_date="2023-01-01"),
         m.Affiliation(organisation_id=orgs[1])])
    contact_id = result.record.id
    rows = result.links["affiliations"]
    assert [(r.contact_id, r.organisation_id, r.role) for r in rows] == [
        (contact_id, orgs[0], "forskare"), (contact_id, orgs[1], None)]
    assert {r.id for r in kb.affiliations.list({"contact_id": contact_id})} == {r.id for r in rows}
    assert result.changes.entities == {"contact": {contact_id}, "affiliation": {r.id for r in rows},
                                       "organisation": {orgs[0], orgs[1]}}
    assert logged(kb, result.op_id) == [("contact", contact_id, "create"),
                                        ("affiliation", rows[0].id, "create"),
                                        ("affiliation", rows[1].id, "create")]
    assert notes == [result.changes]  # one notification, after the one commit


def test_editing_a_contact_adds_changes_keeps_and_removes_links(kb, orgs):
    first = operations.save_contact(
        kb, m.Contact(first_name="Anna", last_name="Ek"),
        [m.Affiliation(organisation_id=orgs[0], role="forskare"),
         m.Affiliation(organisation_id=orgs[1], role="lektor"),
         m.Affiliation(organisation_id=orgs[2], role="politiker")])
    kept, changed, removed = first.links["affiliations"]
    contact = first.record

    result = operations.save_contact(
        kb, contact,
        [m.Affiliation(id=kept.id, contact_id=contact.id, organisation_id=orgs[0], role="forskare"),
         m.Affiliation(id=changed.id, contact_id=contact.id, organisation_id=orgs[1], role="professor"),
         m.Affiliation(organisation_id=orgs[2], role="ledamot", from_date="2024-01-01")])
    added = result.links["affiliations"][2]

    assert [r.id for r in result.links["affiliations"]] == [kept.id, changed.id, added.id]
    assert kb.affiliations.get(changed.id).role == "professor"
    assert kb.affiliations.get(removed.id).deleted_at is not None
    assert kb.affiliations.get(kept.id).updated_at == kept.updated_at  # unchanged: not written
    assert result.changes.entities == {"affiliation": {changed.id, removed.id, added.id},
                                       "organisation": {orgs[1], orgs[2]}, "contact": {contact.id}}
    assert sorted(logged(kb, result.op_id)) == sorted([("affiliation", changed.id, "update"),
                                                       ("affiliation", added.id, "create"),
                                                       ("affiliation", removed.id, "delete")])


def test_a_bad_link_row_is_named_and_nothing_is_written(kb, orgs):
    before = log_size(kb)
    with pytest.raises(ValidationError) as caught:
        operations.save_contact(
            kb, m.Contact(first_name="", last_name=""),
            [m.Affiliation(organisation_id=orgs[0]),
             m.Affiliation(organisation_id=orgs[1], from_date="2023-05-01", to_date="2023-01-01"),
             m.Affiliation(organisation_id="no-such-organisation")])
    fields = {(e.field, e.code) for e in caught.value.errors}
    # Every problem at once: the record's and each row's, named for the row.
    assert fields == {("last_name", "first_or_last_name_required"),
                      ("affiliations[1].to_date", "date_before"),
                      ("affiliations[2].organisation_id", "no_such_record")}
    assert kb.contacts.count() == 0 and kb.affiliations.count() == 0
    assert log_size(kb) == before


def test_a_link_row_failing_while_written_rolls_back_the_whole_save(kb, orgs, monkeypatch):
    contact = operations.save_contact(kb, m.Contact(first_name="Anna", last_name="Ek"),
                                      [m.Affiliation(organisation_id=orgs[0])])
    [link] = contact.links["affiliations"]
    before = log_size(kb)
    real_create = kb.affiliations.create
    calls = []

    def second_refused(record):
        calls.append(record)
        if len(calls) == 2:
            raise ValidationError([FieldError("role", "not_one_of", value="x", allowed=["y"])])
        return real_create(record)

    monkeypatch.setattr(kb.affiliations, "create", second_refused)
    edited = m.Contact(id=contact.record.id, first_name="Anna", last_name="Eklund")
    with pytest.raises(ValidationError) as caught:
        operations.save_contact(kb, edited, [m.Affiliation(organisation_id=orgs[1]),
                                             m.Affiliation(organisation_id=orgs[2])])
    assert [(e.field, e.code) for e in caught.value.errors] == [("affiliations[1].role", "not_one_of")]
    assert kb.contacts.get(contact.record.id).last_name == "Ek"
    assert [r.id for r in kb.affiliations.list({"contact_id": contact.record.id})] == [link.id]
    assert log_size(kb) == before


def test_a_link_row_with_an_unknown_id_rolls_back(kb, orgs):
    contact = operations.save_contact(kb, m.Contact(first_name="Anna", last_name="Ek"), [])
    before = log_size(kb)
    with pytest.raises(NotFoundError):
        operations.save_contact(kb, m.Contact(id=contact.record.id, first_name="Anna", last_name="Eklund"),
                                [m.Affiliation(id="gone", organisation_id=orgs[0])])
    assert kb.contacts.get(contact.record.id).last_name == "Ek" and log_size(kb) == before


def test_replaces_keeps_a_link_someone_else_added(kb, orgs):
    first = operations.save_contact(kb, m.Contact(first_name="Anna", last_name="Ek"),
                                    [m.Affiliation(organisation_id=orgs[0])])
    contact, [shown] = first.record, first.links["affiliations"]
    other = kb.affiliations.create(m.Affiliation(contact_id=contact.id, organisation_id=orgs[1])).record

    operations.save_contact(kb, contact, [], replaces=[shown.id])
    assert [r.id for r in kb.affiliations.list({"contact_id": contact.id})] == [other.id]
    operations.save_contact(kb, contact, [])  # the whole list: what is not in it goes
    assert kb.affiliations.list({"contact_id": contact.id}) == []


def test_a_link_to_a_record_in_the_trash_survives_a_save_without_it(kb, orgs):
    first = operations.save_contact(kb, m.Contact(first_name="Anna", last_name="Ek"),
                                    [m.Affiliation(organisation_id=orgs[0]), m.Affiliation(organisation_id=orgs[1])])
    contact, (live, hidden) = first.record, first.links["affiliations"]
    operations.delete_record(kb, "organisation", orgs[1])
    operations.save_contact(kb, contact, [live])  # what the dialog shows: the live link only
    operations.restore_record(kb, "organisation", orgs[1])
    assert {r.id for r in kb.affiliations.list({"contact_id": contact.id})} == {live.id, hidden.id}


def test_link_errors_name_the_row_and_ignore_the_owner(kb, orgs):
    rows = [m.Affiliation(organisation_id=orgs[0]), m.Affiliation(organisation_id="", from_date="2023-13-01")]
    errors = operations.link_errors(kb, "affiliations", rows)
    assert {(e.field, e.code) for e in errors} == {("affiliations[1].organisation_id", "required"),
                                                  ("affiliations[1].from_date", "not_a_calendar_date")}


# --- projects, networks, activities ----------------------------------------------------------------


def test_save_project_with_parties_and_a_warning(kb, orgs, people):
    result = operations.save_project(
        kb, m.Project(title="Smarta vattenmätare", total_budget_sek=1_000_000, grant_sek=600_000,
                      coordinator_id=orgs[0]),
        [m.ProjectParty(organisation_id=orgs[0], role="koordinator"),
         m.ProjectParty(contact_id=people[0], role="kontaktperson")])
    project_id = result.record.id
    assert result.warnings == [Message("low_cofinancing", {"share": 40, "minimum": 50})]
    parties = result.links["parties"]
    assert {(p.role, p.organisation_id, p.contact_id) for p in parties} == {
        ("koordinator", orgs[0], None), ("kontaktperson", None, people[0])}
    assert result.changes.entities == {"project": {project_id}, "project_party": {p.id for p in parties},
                                       "organisation": {orgs[0]}, "contact": {people[0]}}
    assert len(logged(kb, result.op_id)) == 3

    result = operations.save_project(kb, result.record, [parties[1]])
    assert result.changes.entities == {"project_party": {parties[0].id}, "organisation": {orgs[0]},
                                       "project": {project_id}}
    assert logged(kb, result.op_id) == [("project_party", parties[0].id, "delete")]


def test_save_network_with_members(kb, orgs, people):
    parent = operations.save_network(kb, m.Network(name="Smart City Lab"), []).record
    result = operations.save_network(
        kb, m.Network(name="Vattennätverket", parent_id=parent.id, coordinator_id=orgs[0]),
        [m.Membership(contact_id=people[0], role="ordförande", from_date="2023-02-01"),
         m.Membership(organisation_id=orgs[1])])
    members = result.links["members"]
    assert [(r.network_id, r.role) for r in members] == [(result.record.id, "ordförande"), (result.record.id, None)]
    assert result.changes.entities["contact"] == {people[0]}
    assert result.changes.entities["organisation"] == {orgs[1]}

    with pytest.raises(ValidationError) as caught:
        operations.save_network(kb, result.record, [members[0], m.Membership(organisation_id=orgs[1],
                                                                                contact_id=people[1])])
    assert caught.value.for_field("members[1].organisation_id") == ["exactly_one_of"]
    assert len(kb.memberships.list({"network_id": result.record.id})) == 2


def test_log_activity_with_links_and_follow_ups(kb, orgs, people):
    project = operations.save_project(kb, m.Project(title="IoT Implementering"), []).record
    result = operations.log_activity(
        kb, m.Activity(title="Avstämning", starts="2024-05-13 10:15", logged_by="testare"),
        [m.ActivityLink(contact_id=people[0]), m.ActivityLink(organisation_id=orgs[0]),
         m.ActivityLink(project_id=project.id, role="ämne")],
        [m.FollowUp(text="Skicka offert", owner_id=people[1], due="2030-01-31")])
    activity = result.record
    links, [follow_up] = result.links["links"], result.links["follow_ups"]
    assert activity.starts == "2024-05-13T10:15"
    assert {link.activity_id for link in links} == {activity.id} == {follow_up.activity_id}
    assert result.changes.entities == {
        "activity": {activity.id}, "activity_link": {link.id for link in links}, "follow_up": {follow_up.id},
        "contact": {people[0], people[1]}, "organisation": {orgs[0]}, "project": {project.id}}
    assert len(logged(kb, result.op_id)) == 5

    # Edited: a topic removed, a role changed, the follow-up done, one more follow-up.
    done = m.FollowUp(**{**vars(follow_up), "done_at": "2024-05-20T09:00"})
    moderator = m.ActivityLink(**{**vars(links[0]), "role": "moderator"})
    result = operations.log_activity(kb, activity, [moderator, links[1]],
                                     [done, m.FollowUp(text="Boka nytt möte")],
                                     replaces=[link.id for link in links] + [follow_up.id])
    assert kb.activity_links.get(links[2].id).deleted_at is not None
    assert kb.activity_links.get(links[0].id).role == "moderator"
    assert kb.follow_ups.get(follow_up.id).done_at == "2024-05-20T09:00"
    assert {(e, a) for e, _, a in logged(kb, result.op_id)} == {
        ("activity_link", "update"), ("activity_link", "delete"), ("follow_up", "update"), ("follow_up", "create")}
    assert len(logged(kb, result.op_id)) == 4
    assert {"project", "contact", "activity"} <= set(result.changes.entities)

    with pytest.raises(ValidationError) as caught:
        operations.log_activity(kb, activity, [], [m.FollowUp(text="", due="2030-02-30")])
    assert {e.field for e in caught.value.errors} == {"follow_ups[0].text", "follow_ups[0].due"}
    assert len(kb.activity_links.list({"activity_id": activity.id})) == 2  # nothing written


# --- notes, delete, restore ------------------------------------------------------------------------


def test_add_note(kb, orgs):
    result = operations.add_note(kb, "organisation", orgs[0], "Ny kontaktperson från maj.")
    note = result.record
    assert (note.entity_type, note.entity_id, note.author) == ("organisation", orgs[0], "testare")
    assert result.changes.entities == {"note": {note.id}, "organisation": {orgs[0]}}
    assert logged(kb, result.op_id) == [("note", note.id, "create")]
    with pytest.raises(ValidationError):
        operations.add_note(kb, "organisation", orgs[0], "  ")


def test_delete_and_restore_a_record(kb, orgs):
    deleted = operations.delete_record(kb, "organisation", orgs[0])
    assert deleted.record.deleted_at is not None
    assert deleted.changes.entities == {"organisation": {orgs[0]}}
    assert logged(kb, deleted.op_id) == [("organisation", orgs[0], "delete")]
    restored = operations.restore_record(kb, "organisation", orgs[0])
    assert restored.record.deleted_at is None
    assert logged(kb, restored.op_id) == [("organisation", orgs[0], "restore")]
    with pytest.raises(NotFoundError):
        operations.delete_record(kb, "organisation", "no-such-id")


def test_an_operation_inside_a_batch_joins_it(kb, orgs):
    """Called inside kb.batch(), an operation is part of the caller's transaction (one op id)."""
    with kb.batch():
        one = operations.add_note(kb, "organisation", orgs[0], "ett")
        two = operations.add_note(kb, "organisation", orgs[1], "två")
    assert one.op_id == two.op_id
    assert len(logged(kb, one.op_id)) == 2
