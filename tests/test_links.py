"""Link records (affiliation, project_party, membership, activity_link, follow_up, note, tag/tagging)
and details(): a record with everything linked to it."""

from dataclasses import dataclass, replace

import pytest

from db import NotFoundError, ValidationError, details
from db import models as m
from db.schema import ENTITY_TABLES


def table_counts(kb) -> dict[str, int]:
    return {t: kb.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in (*ENTITY_TABLES, "change_log")}


def titles(d, entity: str) -> list[str]:
    return [link.title for link in d.linked(entity)]


@dataclass
class World:
    uu: m.Organisation          # Uppsala universitet
    pk: m.Organisation          # Programkontoret, child of uu
    kommun: m.Organisation      # Örebro kommun
    asa: m.Contact              # Åsa Öberg, works at uu then kommun; project leader
    bo: m.Contact               # Bo Ek, staff
    call: m.Call
    project: m.Project
    other_project: m.Project
    scl: m.Network              # Smart City Lab
    sub: m.Network              # one of its networks
    meeting: m.Activity
    workshop: m.Activity
    aff_uu: m.Affiliation
    aff_kommun: m.Affiliation
    party_asa: m.ProjectParty
    party_kommun: m.ProjectParty
    member_asa: m.Membership
    member_kommun: m.Membership
    link_asa: m.ActivityLink
    link_project: m.ActivityLink
    follow_open: m.FollowUp
    follow_done: m.FollowUp


@pytest.fixture
def world(kb) -> World:
    with kb.batch():
        uu = kb.organisations.create(m.Organisation(name="Uppsala universitet", kind="lärosäte/institut")).record
        pk = kb.organisations.create(m.Organisation(name="Programkontoret", parent_id=uu.id)).record
        kommun = kb.organisations.create(m.Organisation(name="Örebro kommun", kind="kommun")).record
        asa = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg")).record
        bo = kb.contacts.create(m.Contact(first_name="Bo", last_name="Ek", is_staff=True)).record
        call = kb.calls.create(m.Call(name="IoT för samhällsnytta", year=2022)).record
        project = kb.projects.create(m.Project(title="Smart vatten", call_id=call.id, coordinator_id=uu.id)).record
        other_project = kb.projects.create(m.Project(title="Appar för äldre", call_id=call.id)).record
        scl = kb.networks.create(m.Network(name="Smart City Lab", coordinator_id=uu.id)).record
        sub = kb.networks.create(m.Network(name="Datadriven stad", parent_id=scl.id)).record
        meeting = kb.activities.create(m.Activity(title="Partnermöte", starts="2022-10-27T10:00")).record
        workshop = kb.activities.create(m.Activity(kind="workshop", title="Vattenworkshop",
                                                   starts="2022-03-01T09:00")).record
        aff_uu = kb.affiliations.create(m.Affiliation(contact_id=asa.id, organisation_id=uu.id, role="forskare",
                                                      from_date="2019-01-01", to_date="2021-12-31")).record
        aff_kommun = kb.affiliations.create(m.Affiliation(contact_id=asa.id, organisation_id=kommun.id,
                                                          role="digitaliseringsstrateg",
                                                          from_date="2022-01-01")).record
        party_asa = kb.project_parties.create(m.ProjectParty(project_id=project.id, contact_id=asa.id,
                                                             role="projektledare")).record
        party_kommun = kb.project_parties.create(m.ProjectParty(project_id=project.id, organisation_id=kommun.id,
                                                                role="partner")).record
        member_asa = kb.memberships.create(m.Membership(network_id=sub.id, contact_id=asa.id)).record
        member_kommun = kb.memberships.create(m.Membership(network_id=scl.id, organisation_id=kommun.id,
                                                           from_date="2020-01-01")).record
        link_asa = kb.activity_links.create(m.ActivityLink(activity_id=meeting.id, contact_id=asa.id)).record
        kb.activity_links.create(m.ActivityLink(activity_id=meeting.id, contact_id=bo.id, role="moderator"))
        link_project = kb.activity_links.create(m.ActivityLink(activity_id=meeting.id, project_id=project.id,
                                                               role="ämne")).record
        kb.activity_links.create(m.ActivityLink(activity_id=meeting.id, organisation_id=kommun.id))
        kb.activity_links.create(m.ActivityLink(activity_id=meeting.id, network_id=scl.id, role="ämne"))
        kb.activity_links.create(m.ActivityLink(activity_id=workshop.id, contact_id=asa.id))
        follow_open = kb.follow_ups.create(m.FollowUp(activity_id=meeting.id, text="Skicka protokollet",
                                                      owner_id=asa.id, due="2022-11-01")).record
        follow_done = kb.follow_ups.create(m.FollowUp(activity_id=meeting.id, text="Boka lokal", owner_id=asa.id,
                                                      done_at="2022-10-20T12:00")).record
    return World(uu, pk, kommun, asa, bo, call, project, other_project, scl, sub, meeting, workshop, aff_uu,
                 aff_kommun, party_asa, party_kommun, member_asa, member_kommun, link_asa, link_project,
                 follow_open, follow_done)


# --- link CRUD ----------------------------------------------------------------------------------------------


def test_affiliation_crud_and_history(kb, world):
    affs = kb.affiliations.list({"contact_id": world.asa.id})
    assert [a.from_date for a in affs] == ["2019-01-01", "2022-01-01"]
    assert [a.from_date for a in kb.affiliations.list({"contact_id": world.asa.id}, descending=True)] == \
        ["2022-01-01", "2019-01-01"]
    saved = kb.affiliations.update(replace(world.aff_kommun, role="enhetschef", to_date="2023-06-30"))
    assert kb.affiliations.get(world.aff_kommun.id).role == "enhetschef"
    # The link's own row and the two records it connects (their pages and search documents show it).
    assert saved.changes.entities == {"affiliation": {world.aff_kommun.id}, "contact": {world.asa.id},
                                      "organisation": {world.aff_kommun.organisation_id}}
    kb.affiliations.delete(world.aff_uu.id)
    assert kb.affiliations.count({"contact_id": world.asa.id}) == 1
    kb.affiliations.restore(world.aff_uu.id)
    assert kb.affiliations.count({"contact_id": world.asa.id}) == 2
    with pytest.raises(ValidationError) as exc:
        kb.affiliations.update(replace(world.aff_kommun, to_date="2021-01-01"))
    assert exc.value.for_field("to_date")


@pytest.mark.parametrize(("service", "rec_fn", "field"), [
    ("project_parties", lambda w: m.ProjectParty(project_id=w.project.id), "organisation_id"),
    ("project_parties", lambda w: m.ProjectParty(project_id=w.project.id, organisation_id=w.uu.id,
                                                 contact_id=w.bo.id), "organisation_id"),
    ("memberships", lambda w: m.Membership(network_id=w.scl.id), "organisation_id"),
    ("memberships", lambda w: m.Membership(network_id=w.scl.id, organisation_id=w.uu.id, contact_id=w.bo.id),
     "organisation_id"),
    ("activity_links", lambda w: m.ActivityLink(activity_id=w.meeting.id), "contact_id"),
    ("activity_links", lambda w: m.ActivityLink(activity_id=w.meeting.id, contact_id=w.bo.id,
                                                network_id=w.scl.id), "contact_id"),
    ("activity_links", lambda w: m.ActivityLink(activity_id=w.meeting.id, organisation_id=w.uu.id,
                                                project_id=w.project.id, network_id=w.scl.id,
                                                contact_id=w.bo.id), "contact_id"),
])
def test_links_need_exactly_one_target(kb, world, service, rec_fn, field):
    before = table_counts(kb)
    with pytest.raises(ValidationError) as exc:
        getattr(kb, service).create(rec_fn(world))
    assert exc.value.for_field(field)
    assert exc.value.for_field(field) == ["exactly_one_of"]
    assert table_counts(kb) == before


def test_link_update_to_two_targets_refused(kb, world):
    with pytest.raises(ValidationError):
        kb.project_parties.update(replace(world.party_asa, organisation_id=world.uu.id))
    assert kb.project_parties.get(world.party_asa.id).organisation_id is None


def test_project_party_crud(kb, world):
    parties = kb.project_parties.list({"project_id": world.project.id})
    assert {(p.role, p.contact_id or p.organisation_id) for p in parties} == {
        ("projektledare", world.asa.id), ("partner", world.kommun.id)}
    # default sort is by role, Swedish order
    assert [p.role for p in parties] == ["partner", "projektledare"]
    kb.project_parties.update(replace(world.party_kommun, role="medfinansiär"))
    assert kb.project_parties.get(world.party_kommun.id).role == "medfinansiär"
    with pytest.raises(ValidationError) as exc:
        kb.project_parties.update(replace(world.party_kommun, role="sponsor"))
    assert exc.value.for_field("role")
    kb.project_parties.delete(world.party_kommun.id)
    assert kb.project_parties.count({"project_id": world.project.id}) == 1
    assert kb.project_parties.count({"organisation_id": world.kommun.id}, deleted="only") == 1


def test_membership_crud(kb, world):
    assert [x.id for x in kb.memberships.list({"network_id": world.scl.id})] == [world.member_kommun.id]
    saved = kb.memberships.update(replace(world.member_asa, to_date="2023-01-01", role="ordförande")).record
    assert kb.memberships.get(world.member_asa.id) == saved
    kb.memberships.delete(world.member_asa.id)
    assert kb.memberships.list({"contact_id": world.asa.id}) == []
    kb.memberships.restore(world.member_asa.id)
    assert len(kb.memberships.list({"contact_id": world.asa.id})) == 1


def test_activity_link_crud(kb, world):
    links = kb.activity_links.list({"activity_id": world.meeting.id})
    assert len(links) == 5
    assert sum(1 for x in links if x.role == "ämne") == 2
    kb.activity_links.update(replace(world.link_asa, role="talare"))
    assert kb.activity_links.get(world.link_asa.id).role == "talare"
    kb.activity_links.delete(world.link_asa.id)
    assert kb.activity_links.count({"activity_id": world.meeting.id}) == 4
    assert kb.activity_links.count({"contact_id": world.asa.id}) == 1  # the workshop


def test_follow_up_crud(kb, world):
    open_ = kb.follow_ups.list({"owner_id": world.asa.id, "done_at": None})
    assert [f.text for f in open_] == ["Skicka protokollet"]
    kb.follow_ups.update(replace(world.follow_open, done_at="2022-10-30 15:00"))
    assert kb.follow_ups.get(world.follow_open.id).done_at == "2022-10-30T15:00"
    assert kb.follow_ups.list({"owner_id": world.asa.id, "done_at": None}) == []
    assert [f.text for f in kb.follow_ups.list(text="protokollet")] == ["Skicka protokollet"]
    with pytest.raises(ValidationError) as exc:
        kb.follow_ups.create(m.FollowUp(activity_id=world.meeting.id, text="x", owner_id="ingen-sådan"))
    assert [e.field for e in exc.value.errors] == ["owner_id"]


def test_follow_ups_sorted_by_due(kb, world):
    kb.follow_ups.create(m.FollowUp(activity_id=world.workshop.id, text="Tidig", due="2022-01-01"))
    kb.follow_ups.create(m.FollowUp(activity_id=world.workshop.id, text="Sen", due="2023-01-01"))
    assert [f.text for f in kb.follow_ups.list({"activity_id": world.workshop.id})] == ["Tidig", "Sen"]


# --- notes --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("entity", ["organisation", "contact", "call", "project", "network", "activity"])
def test_notes_on_every_main_entity(kb, world, entity):
    target = {"organisation": world.uu, "contact": world.asa, "call": world.call, "project": world.project,
              "network": world.scl, "activity": world.meeting}[entity]
    saved = kb.notes.add(entity, target.id, "  Första  ")
    assert saved.record.author == "testare"
    assert saved.record.text == "Första"
    assert saved.changes.entities == {"note": {saved.record.id}, entity: {target.id}}
    assert [n.text for n in kb.notes.for_entity(entity, target.id)] == ["Första"]
    assert kb.notes.for_entity("contact" if entity != "contact" else "project", target.id) == []


def test_notes_newest_first_even_within_one_millisecond(kb, world):
    texts = [f"anteckning {i}" for i in range(25)]
    for text in texts:
        kb.notes.add("project", world.project.id, text)
    assert [n.text for n in kb.notes.for_entity("project", world.project.id)] == texts[::-1]


def test_note_rules(kb, world):
    before = table_counts(kb)
    with pytest.raises(ValidationError) as exc:
        kb.notes.add("project", world.project.id, "   ")
    assert exc.value.for_field("text")
    with pytest.raises(ValidationError) as exc:
        kb.notes.add("project", "ingen-sådan", "text")
    assert exc.value.for_field("entity_id")
    with pytest.raises(ValidationError) as exc:
        kb.notes.add("affiliation", world.aff_uu.id, "text")
    assert exc.value.for_field("entity_type")
    assert table_counts(kb) == before


def test_note_delete_and_edit(kb, world):
    note = kb.notes.add("contact", world.asa.id, "Ringde").record
    kb.notes.update(replace(note, text="Ringde om budget"))
    assert [n.text for n in kb.notes.for_entity("contact", world.asa.id)] == ["Ringde om budget"]
    kb.notes.delete(note.id)
    assert kb.notes.for_entity("contact", world.asa.id) == []


# --- tags ---------------------------------------------------------------------------------------------------


def test_tag_twice_is_one_tagging(kb, world):
    first = kb.tags.tag("project", world.project.id, "vatten")
    second = kb.tags.tag("project", world.project.id, "vatten")
    assert kb.taggings.count() == 1
    assert kb.tags.count() == 1
    assert first.record.id == second.record.id
    assert "project" in first.changes.entities
    assert kb.tags.names_for("project", world.project.id) == ["vatten"]


def test_tag_name_matches_whatever_the_case(kb, world):
    kb.tags.tag("project", world.project.id, "Välfärd")
    kb.tags.tag("project", world.project.id, "VÄLFÄRD ")
    kb.tags.tag("contact", world.asa.id, "välfärd")
    assert kb.tags.count() == 1
    assert kb.taggings.count() == 2
    assert kb.tags.names_for("contact", world.asa.id) == ["Välfärd"]
    assert kb.tags.by_name("välfärd").name == "Välfärd"
    assert kb.tags.by_name("okänd") is None


def test_untag_then_retag_restores_the_same_tagging(kb, world):
    tagging = kb.tags.tag("contact", world.asa.id, "ambassadör").record
    changes = kb.tags.untag("contact", world.asa.id, "ambassadör")
    assert changes.entities == {"tagging": {tagging.id}, "contact": {world.asa.id}}
    assert kb.tags.names_for("contact", world.asa.id) == []
    assert kb.taggings.count(deleted="only") == 1
    again = kb.tags.tag("contact", world.asa.id, "ambassadör").record
    assert again.id == tagging.id
    assert again.deleted_at is None
    assert kb.taggings.count(deleted="include") == 1
    assert kb.tags.names_for("contact", world.asa.id) == ["ambassadör"]


def test_untag_unknown_or_absent_changes_nothing(kb, world):
    kb.tags.tag("contact", world.bo.id, "personal")
    before = table_counts(kb)
    assert not kb.tags.untag("contact", world.asa.id, "finns-inte")
    assert not kb.tags.untag("contact", world.asa.id, "personal")
    assert table_counts(kb) == before


def test_names_for_sorted_swedish(kb, world):
    for name in ["Örebro", "vatten", "Ålder", "ärende", "Zeta", "ambassadör", "mobilitet"]:
        kb.tags.tag("organisation", world.kommun.id, name)
    assert kb.tags.names_for("organisation", world.kommun.id) == [
        "ambassadör", "mobilitet", "vatten", "Zeta", "Ålder", "ärende", "Örebro"]
    assert kb.tags.names_for("organisation", world.uu.id) == []


def test_deleted_tag_hidden_and_restored_by_tagging(kb, world):
    tag = kb.tags.tag("project", world.project.id, "pilot")
    tag_id = kb.taggings.get(tag.record.id).tag_id
    kb.tags.delete(tag_id)
    assert kb.tags.names_for("project", world.project.id) == []
    kb.tags.tag("project", world.other_project.id, "pilot")
    assert kb.tags.get(tag_id).deleted_at is None
    assert kb.tags.count(deleted="include") == 1
    assert kb.tags.names_for("project", world.project.id) == ["pilot"]


def test_tag_on_unknown_entity_writes_nothing(kb, world):
    before = table_counts(kb)
    with pytest.raises(ValidationError) as exc:
        kb.tags.tag("project", "ingen-sådan", "ny-tagg")
    assert exc.value.for_field("entity_id")
    assert table_counts(kb) == before  # not even the tag
    with pytest.raises(ValidationError) as exc:
        kb.tags.tag("project", world.project.id, "   ")
    assert exc.value.for_field("name")
    assert table_counts(kb) == before


def test_creating_a_duplicate_tag_is_a_validation_error(kb):
    kb.tags.create(m.Tag(name="IoT"))
    before = table_counts(kb)
    for name in ("IoT", "iot"):
        with pytest.raises(ValidationError) as exc:
            kb.tags.create(m.Tag(name=name))
        assert exc.value.for_field("name")
    assert table_counts(kb) == before


def test_renaming_a_tag(kb, world):
    tagging = kb.tags.tag("project", world.project.id, "smartstad").record
    tag = kb.tags.get(kb.taggings.get(tagging.id).tag_id)
    kb.tags.update(replace(tag, name="Smart stad"))
    assert kb.tags.names_for("project", world.project.id) == ["Smart stad"]
    kb.tags.update(replace(kb.tags.get(tag.id), name="smart stad"))  # case change of its own name is fine
    assert kb.tags.names_for("project", world.project.id) == ["smart stad"]


# --- details ------------------------------------------------------------------------------------------------


def test_contact_details(kb, world):
    kb.notes.add("contact", world.asa.id, "Äldre anteckning")
    kb.notes.add("contact", world.asa.id, "Nyare anteckning")
    kb.tags.tag("contact", world.asa.id, "ambassadör")
    kb.tags.tag("contact", world.asa.id, "Ålder")
    d = details(kb, "contact", world.asa.id)
    assert d.entity == "contact" and d.record == world.asa
    affs = d.linked("organisation")
    assert [(x.title, x.role, x.from_date, x.to_date, x.link_table) for x in affs] == [
        ("Uppsala universitet", "forskare", "2019-01-01", "2021-12-31", "affiliation"),
        ("Örebro kommun", "digitaliseringsstrateg", "2022-01-01", None, "affiliation"),
    ]
    assert {x.link_id for x in affs} == {world.aff_uu.id, world.aff_kommun.id}
    assert [(x.title, x.role, x.link_id) for x in d.linked("project")] == [
        ("Smart vatten", "projektledare", world.party_asa.id)]
    assert [(x.title, x.link_id) for x in d.linked("network")] == [("Datadriven stad", world.member_asa.id)]
    assert [a.title for a in d.activities] == ["Partnermöte", "Vattenworkshop"]  # newest first
    assert [f.text for f in d.follow_ups] == ["Skicka protokollet"]  # open ones only
    assert [n.text for n in d.notes] == ["Nyare anteckning", "Äldre anteckning"]
    assert d.tags == ["ambassadör", "Ålder"]


def test_organisation_details(kb, world):
    d = details(kb, "organisation", world.uu.id)
    assert titles(d, "contact") == ["Åsa Öberg"]
    assert [(x.title, x.role) for x in d.linked("organisation")] == [("Programkontoret", "dotterorganisation")]
    assert [(x.title, x.role) for x in d.linked("project")] == [("Smart vatten", "koordinator")]
    assert [(x.title, x.role) for x in d.linked("network")] == [("Smart City Lab", "koordinator")]
    child = details(kb, "organisation", world.pk.id)
    assert [(x.title, x.role, x.entity_id) for x in child.linked("organisation")] == [
        ("Uppsala universitet", "moderorganisation", world.uu.id)]
    kommun = details(kb, "organisation", world.kommun.id)
    assert [(x.title, x.role) for x in kommun.linked("project")] == [("Smart vatten", "partner")]
    assert titles(kommun, "network") == ["Smart City Lab"]
    assert titles(kommun, "contact") == ["Åsa Öberg"]
    assert [a.title for a in kommun.activities] == ["Partnermöte"]


def test_project_details(kb, world):
    kb.tags.tag("project", world.project.id, "vatten")
    kb.notes.add("project", world.project.id, "Beviljat")
    d = details(kb, "project", world.project.id)
    assert [(x.title, x.link_table) for x in d.linked("call")] == [("IoT för samhällsnytta", "call_id")]
    orgs = {(x.title, x.role, x.link_table) for x in d.linked("organisation")}
    assert orgs == {("Uppsala universitet", "koordinator", "coordinator_id"),
                    ("Örebro kommun", "partner", "project_party")}
    assert [(x.title, x.role) for x in d.linked("contact")] == [("Åsa Öberg", "projektledare")]
    assert [a.title for a in d.activities] == ["Partnermöte"]
    assert d.tags == ["vatten"] and [n.text for n in d.notes] == ["Beviljat"]


def test_call_details_lists_its_projects(kb, world):
    d = details(kb, "call", world.call.id)
    assert titles(d, "project") == ["Appar för äldre", "Smart vatten"]
    assert d.activities == []


def test_network_details(kb, world):
    d = details(kb, "network", world.scl.id)
    assert [(x.title, x.role) for x in d.linked("network")] == [("Datadriven stad", "delnätverk")]
    assert {(x.title, x.link_table) for x in d.linked("organisation")} == {
        ("Uppsala universitet", "coordinator_id"), ("Örebro kommun", "membership")}
    assert [a.title for a in d.activities] == ["Partnermöte"]
    sub = details(kb, "network", world.sub.id)
    assert [(x.title, x.role) for x in sub.linked("network")] == [("Smart City Lab", "huvudnätverk")]
    assert titles(sub, "contact") == ["Åsa Öberg"]


def test_activity_details(kb, world):
    d = details(kb, "activity", world.meeting.id)
    assert [(x.title, x.role) for x in d.linked("contact")] == [("Bo Ek", "moderator"), ("Åsa Öberg", "deltagare")]
    assert [(x.title, x.role) for x in d.linked("project")] == [("Smart vatten", "ämne")]
    assert titles(d, "organisation") == ["Örebro kommun"]
    assert [(x.title, x.role) for x in d.linked("network")] == [("Smart City Lab", "ämne")]
    assert all(x.link_table == "activity_link" and x.link_id for x in d.links)
    assert {f.text for f in d.follow_ups} == {"Skicka protokollet", "Boka lokal"}


def test_details_of_unknown_id(kb, world):
    with pytest.raises(NotFoundError):
        details(kb, "contact", "ingen-sådan")
    with pytest.raises(ValueError):
        details(kb, "person", world.asa.id)


def test_details_of_a_deleted_record_still_opens(kb, world):
    kb.contacts.delete(world.asa.id)
    d = details(kb, "contact", world.asa.id)
    assert d.record.deleted_at is not None
    assert titles(d, "organisation") == ["Uppsala universitet", "Örebro kommun"]


# --- soft-deleted records disappear from details and come back on restore -----------------------------------


def _roundtrip(kb, service, row_id, check_present, check_absent):
    check_present()
    getattr(kb, service).delete(row_id)
    check_absent()
    getattr(kb, service).restore(row_id)
    check_present()


def test_deleted_organisation_leaves_contact_details(kb, world):
    def present():
        assert titles(details(kb, "contact", world.asa.id), "organisation") == ["Uppsala universitet",
                                                                                  "Örebro kommun"]

    def absent():
        assert titles(details(kb, "contact", world.asa.id), "organisation") == ["Uppsala universitet"]
    _roundtrip(kb, "organisations", world.kommun.id, present, absent)


def test_deleted_affiliation_row_leaves_both_sides(kb, world):
    def present():
        assert "Örebro kommun" in titles(details(kb, "contact", world.asa.id), "organisation")
        assert titles(details(kb, "organisation", world.kommun.id), "contact") == ["Åsa Öberg"]

    def absent():
        assert "Örebro kommun" not in titles(details(kb, "contact", world.asa.id), "organisation")
        assert titles(details(kb, "organisation", world.kommun.id), "contact") == []
    _roundtrip(kb, "affiliations", world.aff_kommun.id, present, absent)


def test_deleted_contact_leaves_project_network_activity(kb, world):
    def present():
        assert titles(details(kb, "project", world.project.id), "contact") == ["Åsa Öberg"]
        assert titles(details(kb, "network", world.sub.id), "contact") == ["Åsa Öberg"]
        assert "Åsa Öberg" in titles(details(kb, "activity", world.meeting.id), "contact")

    def absent():
        assert titles(details(kb, "project", world.project.id), "contact") == []
        assert titles(details(kb, "network", world.sub.id), "contact") == []
        assert "Åsa Öberg" not in titles(details(kb, "activity", world.meeting.id), "contact")
    _roundtrip(kb, "contacts", world.asa.id, present, absent)


def test_deleted_coordinator_leaves_project_and_network(kb, world):
    def present():
        assert "Uppsala universitet" in titles(details(kb, "project", world.project.id), "organisation")
        assert "Uppsala universitet" in titles(details(kb, "network", world.scl.id), "organisation")

    def absent():
        assert "Uppsala universitet" not in titles(details(kb, "project", world.project.id), "organisation")
        assert "Uppsala universitet" not in titles(details(kb, "network", world.scl.id), "organisation")
    _roundtrip(kb, "organisations", world.uu.id, present, absent)


def test_deleted_call_leaves_project(kb, world):
    def present():
        assert titles(details(kb, "project", world.project.id), "call") == ["IoT för samhällsnytta"]

    def absent():
        assert titles(details(kb, "project", world.project.id), "call") == []
    _roundtrip(kb, "calls", world.call.id, present, absent)


def test_deleted_parent_and_child(kb, world):
    def present():
        assert titles(details(kb, "organisation", world.pk.id), "organisation") == ["Uppsala universitet"]
        assert titles(details(kb, "network", world.sub.id), "network") == ["Smart City Lab"]

    def absent():
        assert titles(details(kb, "organisation", world.pk.id), "organisation") == []
        assert titles(details(kb, "network", world.sub.id), "network") == []
    kb.organisations.delete(world.uu.id)
    kb.networks.delete(world.scl.id)
    absent()
    kb.organisations.restore(world.uu.id)
    kb.networks.restore(world.scl.id)
    present()

    def child_present():
        assert titles(details(kb, "organisation", world.uu.id), "organisation") == ["Programkontoret"]

    def child_absent():
        assert titles(details(kb, "organisation", world.uu.id), "organisation") == []
    _roundtrip(kb, "organisations", world.pk.id, child_present, child_absent)


def test_deleted_project_leaves_call_contact_activity(kb, world):
    def present():
        assert titles(details(kb, "call", world.call.id), "project") == ["Appar för äldre", "Smart vatten"]
        assert titles(details(kb, "contact", world.asa.id), "project") == ["Smart vatten"]
        assert titles(details(kb, "activity", world.meeting.id), "project") == ["Smart vatten"]
        assert titles(details(kb, "organisation", world.uu.id), "project") == ["Smart vatten"]

    def absent():
        assert titles(details(kb, "call", world.call.id), "project") == ["Appar för äldre"]
        assert titles(details(kb, "contact", world.asa.id), "project") == []
        assert titles(details(kb, "activity", world.meeting.id), "project") == []
        assert titles(details(kb, "organisation", world.uu.id), "project") == []
    _roundtrip(kb, "projects", world.project.id, present, absent)


def test_deleted_activity_leaves_contact_with_its_follow_ups(kb, world):
    def present():
        d = details(kb, "contact", world.asa.id)
        assert [a.title for a in d.activities] == ["Partnermöte", "Vattenworkshop"]
        assert [f.text for f in d.follow_ups] == ["Skicka protokollet"]

    def absent():
        d = details(kb, "contact", world.asa.id)
        assert [a.title for a in d.activities] == ["Vattenworkshop"]
        assert d.follow_ups == []  # a follow-up of a deleted meeting is not an open task
    _roundtrip(kb, "activities", world.meeting.id, present, absent)


def test_deleted_activity_link_and_follow_up(kb, world):
    def present():
        assert "Smart vatten" in titles(details(kb, "activity", world.meeting.id), "project")
        assert [f.text for f in details(kb, "contact", world.asa.id).follow_ups] == ["Skicka protokollet"]

    def absent():
        assert titles(details(kb, "activity", world.meeting.id), "project") == []
        assert details(kb, "contact", world.asa.id).follow_ups == []
    kb.activity_links.delete(world.link_project.id)
    kb.follow_ups.delete(world.follow_open.id)
    absent()
    kb.activity_links.restore(world.link_project.id)
    kb.follow_ups.restore(world.follow_open.id)
    present()


def test_deleted_network_and_membership(kb, world):
    def present():
        assert titles(details(kb, "contact", world.asa.id), "network") == ["Datadriven stad"]
        assert titles(details(kb, "network", world.scl.id), "network") == ["Datadriven stad"]

    def absent():
        assert titles(details(kb, "contact", world.asa.id), "network") == []
        assert titles(details(kb, "network", world.scl.id), "network") == []
    _roundtrip(kb, "networks", world.sub.id, present, absent)
    kb.memberships.delete(world.member_kommun.id)
    assert titles(details(kb, "organisation", world.kommun.id), "network") == []
    kb.memberships.restore(world.member_kommun.id)
    assert titles(details(kb, "organisation", world.kommun.id), "network") == ["Smart City Lab"]


def test_deleted_note_and_tag(kb, world):
    note = kb.notes.add("network", world.scl.id, "Träff i Malmö").record
    tagging = kb.tags.tag("network", world.scl.id, "smart stad").record
    tag_id = kb.taggings.get(tagging.id).tag_id

    def present():
        d = details(kb, "network", world.scl.id)
        assert [n.text for n in d.notes] == ["Träff i Malmö"] and d.tags == ["smart stad"]

    def absent():
        d = details(kb, "network", world.scl.id)
        assert d.notes == [] and d.tags == []
    kb.notes.delete(note.id)
    kb.tags.delete(tag_id)
    absent()
    kb.notes.restore(note.id)
    kb.tags.restore(tag_id)
    present()
    kb.taggings.delete(tagging.id)
    assert details(kb, "network", world.scl.id).tags == []
    kb.taggings.restore(tagging.id)
    present()
