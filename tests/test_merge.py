"""Merging duplicates (db.dedupe.merge.merge_records) and undoing operations (db.undo.undo_operation)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import KnowledgeBase, UserError, details
from db import models as m
from db.dedupe.merge import MergeRefused, MergeResult, merge_records, merged_into
from db.schema import ENTITY_TABLES
from db.undo import UndoRefused, undo_operation
from db.validation import ValidationError
from tests import changelog_replay

BOOKKEEPING = {"created_at", "updated_at", "updated_by"}


def snapshot(kb) -> dict[str, dict[str, dict]]:
    """Every row of every table: its data fields and whether it is deleted (not its timestamps)."""
    out = {}
    for table in ENTITY_TABLES:
        rows = kb.db.execute_returning_dicts(f"SELECT * FROM [{table}]")
        out[table] = {r["id"]: {k: v for k, v in r.items() if k not in BOOKKEEPING and k != "deleted_at"}
                      | {"deleted": r["deleted_at"] is not None} for r in rows}
    return out


def log_count(kb) -> int:
    return kb.db.execute("SELECT count(*) FROM change_log").fetchone()[0]


def entries(kb, op_id: str) -> list[dict]:
    rows = kb.db.execute_returning_dicts("SELECT * FROM change_log WHERE op_id = ? ORDER BY seq", [op_id])
    for row in rows:
        row["before"] = json.loads(row["before"]) if row["before"] else None
        row["after"] = json.loads(row["after"]) if row["after"] else None
    return rows


def linked(kb, entity: str, row_id: str) -> dict[str, set[tuple]]:
    """What a record page shows, by the ids and roles of the other ends."""
    d = details(kb, entity, row_id)
    return {
        "links": {(link.link_table, link.entity, link.entity_id, link.role) for link in d.links},
        "activities": {a.id for a in d.activities},
        "follow_ups": {f.id for f in d.follow_ups},
        "notes": {n.text for n in d.notes},
        "tags": set(d.tags),
    }


@dataclass
class Twins:
    keep: str
    drop: str
    region: str
    kommun: str
    project: str
    network: str
    meeting: str
    workshop: str
    staff: str


@pytest.fixture
def twins(kb) -> Twins:
    """Åsa Öberg twice: both with links of their own and some shared."""
    with kb.batch():
        region = kb.organisations.create(m.Organisation(name="Region Uppsala", kind="region")).record.id
        kommun = kb.organisations.create(m.Organisation(name="Gävle kommun", kind="kommun")).record.id
        keep = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg", emails=["asa.oberg@example.se"],
                                            phones=["070-123 45 67"], notes="Träffades på SIP-konferensen.")).record.id
        drop = kb.contacts.create(m.Contact(first_name="Asa", last_name="Oberg", title="Digitaliseringsstrateg",
                                            emails=["ASA.OBERG@example.se", "asa@example.com"],
                                            phones=["+46 8 123 456 78"], notes="Ringer helst på förmiddagen.",
                                            municipality="Gävle")).record.id
        staff = kb.contacts.create(m.Contact(first_name="Test", last_name="Testsson", is_staff=True)).record.id
        project = kb.projects.create(m.Project(title="Smart vatten", coordinator_id=region)).record.id
        network = kb.networks.create(m.Network(name="Smart City Lab")).record.id
        meeting = kb.activities.create(m.Activity(title="Partnermöte", starts="2022-10-27T10:00")).record.id
        workshop = kb.activities.create(m.Activity(kind="workshop", title="Vattenworkshop",
                                                   starts="2022-03-01T09:00")).record.id
        # the same affiliation on both (a duplicate link) and one of drop's own
        kb.affiliations.create(m.Affiliation(contact_id=keep, organisation_id=region, role="strateg"))
        kb.affiliations.create(m.Affiliation(contact_id=drop, organisation_id=region, role="strateg"))
        kb.affiliations.create(m.Affiliation(contact_id=drop, organisation_id=kommun, role="konsult"))
        kb.project_parties.create(m.ProjectParty(project_id=project, contact_id=drop, role="projektledare"))
        kb.memberships.create(m.Membership(network_id=network, contact_id=drop, from_date="2021-01-01"))
        kb.activity_links.create(m.ActivityLink(activity_id=meeting, contact_id=keep))
        kb.activity_links.create(m.ActivityLink(activity_id=meeting, contact_id=drop))  # duplicate
        kb.activity_links.create(m.ActivityLink(activity_id=workshop, contact_id=drop, role="talare"))
        kb.follow_ups.create(m.FollowUp(activity_id=meeting, text="Skicka protokollet", owner_id=drop,
                                        due="2022-11-01"))
        kb.notes.add("contact", drop, "Vill ha nyhetsbrevet.")
        kb.notes.add("contact", keep, "Kontakt via SIP.")
        kb.tags.tag("contact", keep, "vatten")
        kb.tags.tag("contact", drop, "Vatten")
        kb.tags.tag("contact", drop, "välfärd")
    return Twins(keep, drop, region, kommun, project, network, meeting, workshop, staff)


# --- merging contacts ----------------------------------------------------------------------------------


def test_merge_keeps_every_link_note_activity_and_tag_of_both(kb, twins):
    before_keep, before_drop = linked(kb, "contact", twins.keep), linked(kb, "contact", twins.drop)
    result = merge_records(kb, "contact", twins.keep, twins.drop)

    after = linked(kb, "contact", twins.keep)
    assert after["activities"] == before_keep["activities"] | before_drop["activities"]
    assert after["follow_ups"] == before_keep["follow_ups"] | before_drop["follow_ups"]
    assert after["notes"] == before_keep["notes"] | before_drop["notes"]
    assert after["tags"] == {"vatten", "välfärd"}
    other_ends = {(t, e, i, r) for t, e, i, r in before_keep["links"] | before_drop["links"]}
    assert after["links"] == other_ends
    assert kb.contacts.get(twins.drop).deleted_at is not None
    assert not details(kb, "contact", twins.drop).links  # nothing live points at the dropped one
    # two duplicate links (region affiliation, meeting) and the duplicate tag were soft-deleted
    assert result.duplicates_removed == 3
    assert result.moved == 7  # affiliation, party, membership, workshop link, follow-up, note, tag välfärd
    assert isinstance(result, MergeResult) and result.keep_id == twins.keep and result.drop_id == twins.drop


def test_merged_fields_default_to_keep_then_drop_and_lists_are_joined(kb, twins):
    merge_records(kb, "contact", twins.keep, twins.drop)
    kept = kb.contacts.get(twins.keep)
    assert (kept.first_name, kept.last_name) == ("Åsa", "Öberg")
    assert kept.title == "Digitaliseringsstrateg" and kept.municipality == "Gävle"  # keep's were empty
    assert kept.emails == ["asa.oberg@example.se", "asa@example.com"]  # one address in two cases is one
    assert kept.phones == ["+46701234567", "+46812345678"]
    assert kept.notes == "Träffades på SIP-konferensen.\n\nRinger helst på förmiddagen."


def test_choices_override_the_defaults(kb, twins):
    merge_records(kb, "contact", twins.keep, twins.drop,
                  {"first_name": "Asa", "last_name": "Oberg", "title": "Strateg", "notes": None})
    kept = kb.contacts.get(twins.keep)
    assert (kept.first_name, kept.last_name, kept.title, kept.notes) == ("Asa", "Oberg", "Strateg", None)


def test_change_log_holds_the_moves_and_the_merge_under_one_op_id(kb, twins):
    result = merge_records(kb, "contact", twins.keep, twins.drop)
    logged = entries(kb, result.op_id)
    assert {e["op_id"] for e in logged} == {result.op_id}
    merge = [e for e in logged if e["action"] == "merge"]
    assert len(merge) == 1 and merge[0]["row_id"] == twins.drop and merge[0]["entity"] == "contact"
    assert merge[0]["before"] == {"merged_into": None} and merge[0]["after"] == {"merged_into": twins.keep}
    assert logged[-1] == merge[0]  # written last, after the dropped contact's soft delete
    assert any(e["entity"] == "contact" and e["row_id"] == twins.drop and e["action"] == "delete" for e in logged)
    moves = [e for e in logged if e["action"] == "update" and e["entity"] != "contact"]
    moved_tables = {e["entity"] for e in moves}
    assert moved_tables == {"affiliation", "project_party", "membership", "activity_link", "follow_up", "note",
                            "tagging"}
    for e in moves:
        assert twins.drop in e["before"].values() and twins.keep in e["after"].values()
    assert len(moves) == result.moved


def refused(error_type, call) -> tuple[str, dict]:
    """The code and parameters a refusal names (a user error, and a ValueError for older callers)."""
    with pytest.raises(error_type) as info:
        call()
    assert isinstance(info.value, UserError) and isinstance(info.value, ValueError)
    return info.value.code, info.value.params


def test_merge_refuses_clearly_and_writes_nothing(kb, twins):
    count = log_count(kb)

    def merge(*args):
        return refused(MergeRefused, lambda: merge_records(kb, *args))

    assert merge("contact", twins.keep, twins.keep) == ("merge_with_itself", {"entity": "contact"})
    assert merge("contact", twins.keep, twins.region) == (
        "merge_different_kinds", {"entity": "contact", "other_entity": "organisation"})
    assert merge("project", twins.project, twins.project) == (
        "merge_not_mergeable", {"entity": "project", "entities": ["contact", "organisation"]})
    assert merge("contact", twins.keep, "no-such-id") == ("no_such_record", {"entity": "contact", "id": "no-such-id"})
    assert merge("contact", twins.keep, twins.drop, {"shoe_size": 43}) == (
        "merge_unknown_field", {"entity": "contact", "value": "shoe_size"})
    with pytest.raises(ValidationError, match="emails"):
        merge_records(kb, "contact", twins.keep, twins.drop, {"emails": ["inte en adress"]})
    kb.contacts.delete(twins.staff)
    assert merge("contact", twins.keep, twins.staff) == ("merge_dropped_deleted", {"entity": "contact"})
    assert merge("contact", twins.staff, twins.keep) == ("merge_kept_deleted", {"entity": "contact"})
    assert log_count(kb) == count + 1  # the staff member's deletion only
    assert kb.contacts.get(twins.drop).deleted_at is None


def test_search_follows_the_merge_and_its_undo(kb, twins):
    def hits(query: str) -> list[str]:
        return [hit.id for hit in kb.search.search(query, types=["contact"]).hits]

    assert hits("asa@example.com") == [twins.drop]
    result = merge_records(kb, "contact", twins.keep, twins.drop)
    assert hits("asa@example.com") == [twins.keep]
    undo_operation(kb, result.op_id)
    assert hits("asa@example.com") == [twins.drop]
    assert set(hits("oberg")) == {twins.keep, twins.drop}  # "Åsa Öberg" and "Asa Oberg"


# --- undo ------------------------------------------------------------------------------------------------


def test_undo_restores_both_records_and_every_link_exactly(kb, twins):
    rows = snapshot(kb)
    pages = {cid: linked(kb, "contact", cid) for cid in (twins.keep, twins.drop)}
    result = merge_records(kb, "contact", twins.keep, twins.drop)
    assert snapshot(kb) != rows
    changes = undo_operation(kb, result.op_id)
    assert snapshot(kb) == rows
    assert {cid: linked(kb, "contact", cid) for cid in (twins.keep, twins.drop)} == pages
    assert {twins.keep, twins.drop} <= changes.entities["contact"]


def test_undo_writes_its_own_entries_and_never_rewrites_the_log(kb, twins):
    result = merge_records(kb, "contact", twins.keep, twins.drop)
    merged_log = entries(kb, result.op_id)
    count = log_count(kb)
    undo_operation(kb, result.op_id)
    assert entries(kb, result.op_id) == merged_log
    undo_ops = kb.db.execute("SELECT DISTINCT op_id FROM change_log WHERE seq > (SELECT max(seq) FROM change_log"
                             " WHERE op_id = ?)", [result.op_id]).fetchall()
    assert len(undo_ops) == 1 and log_count(kb) > count
    # twice: the undo itself is a later change
    assert refused(UndoRefused, lambda: undo_operation(kb, result.op_id))[0] == "undo_changed_since"


def test_undo_is_refused_after_a_later_edit(kb, twins):
    result = merge_records(kb, "contact", twins.keep, twins.drop)
    kept = kb.contacts.get(twins.keep)
    kb.contacts.update(replace(kept, title="Chef"))
    rows = snapshot(kb)
    assert refused(UndoRefused, lambda: undo_operation(kb, result.op_id)) == ("undo_changed_since",
                                                                              {"entity": "contact"})
    assert snapshot(kb) == rows


def test_undo_is_refused_after_a_later_change_to_a_moved_link(kb, twins):
    result = merge_records(kb, "contact", twins.keep, twins.drop)
    party = kb.project_parties.list({"contact_id": twins.keep})[0]
    kb.project_parties.update(replace(party, role="kontaktperson"))
    assert refused(UndoRefused, lambda: undo_operation(kb, result.op_id)) == ("undo_changed_since",
                                                                              {"entity": "project_party"})


def last_op(kb) -> str:
    return kb.db.execute("SELECT op_id FROM change_log ORDER BY seq DESC LIMIT 1").fetchone()[0]


def test_undo_of_an_import_like_operation_deletes_what_it_created(kb):
    with kb.batch():
        org = kb.organisations.create(m.Organisation(name="Testkommunen", kind="kommun")).record
        person = kb.contacts.create(m.Contact(first_name="Test", last_name="Testsson")).record
        kb.affiliations.create(m.Affiliation(contact_id=person.id, organisation_id=org.id))
        kb.tags.tag("contact", person.id, "import")
    rows = snapshot(kb)
    changes = undo_operation(kb, last_op(kb))
    assert snapshot(kb) == {t: {i: {**r, "deleted": True} for i, r in v.items()} for t, v in rows.items()}
    assert changes.entities["contact"] == {person.id} and changes.entities["organisation"] == {org.id}


def test_undo_of_a_creation_is_refused_once_others_use_what_it_created(kb):
    kb.tags.tag("contact", kb.contacts.create(m.Contact(first_name="Test", last_name="Testsson")).record.id,
                "vatten")
    tagged = last_op(kb)
    other = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg")).record.id
    kb.tags.tag("contact", other, "vatten")  # the same tag, another operation
    assert refused(UndoRefused, lambda: undo_operation(kb, tagged)) == (
        "undo_created_record_in_use", {"entity": "tag", "used_by_entity": "tagging"})
    assert kb.tags.names_for("contact", other) == ["vatten"]


def test_undo_of_an_edit_and_of_a_deletion(kb):
    person = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg", title="Strateg")).record
    kb.contacts.update(replace(person, title="Chef", emails=["asa@example.se"]))
    undo_operation(kb, last_op(kb))
    again = kb.contacts.get(person.id)
    assert (again.title, again.emails) == ("Strateg", [])
    kb.contacts.delete(person.id)
    undo_operation(kb, last_op(kb))
    assert kb.contacts.get(person.id).deleted_at is None


def test_undo_of_an_unknown_operation_is_refused(kb):
    assert refused(UndoRefused, lambda: undo_operation(kb, "no-such-op")) == ("undo_no_such_operation",
                                                                              {"id": "no-such-op"})


def test_an_erasure_cannot_be_undone(kb):
    person = kb.contacts.create(m.Contact(first_name="Test", last_name="Testsson")).record
    with kb.transaction():
        kb.log("contact", person.id, "erase", None, None)  # as db.care.gdpr writes it
    assert refused(UndoRefused, lambda: undo_operation(kb, last_op(kb))) == (
        "undo_unsupported_action", {"action": "erase", "entity": "contact"})


# --- what the other computers replay: the change log alone gives the same rows ---------------------------


def test_a_merge_replayed_from_the_change_log_gives_the_same_rows(kb, twins):
    merge_records(kb, "contact", twins.keep, twins.drop)
    assert changelog_replay.differences(kb) == []
    assert changelog_replay.merged_into(kb) == {("contact", twins.drop): twins.keep}
    assert merged_into(kb, "contact", twins.drop) == twins.keep and merged_into(kb, "contact", twins.keep) is None


def test_an_undone_merge_is_withdrawn_in_the_change_log_too(kb, twins):
    """Undo writes the inverse of every entry: the restored record is merged into nothing again."""
    result = merge_records(kb, "contact", twins.keep, twins.drop)
    undo_operation(kb, result.op_id)
    assert changelog_replay.differences(kb) == []
    assert changelog_replay.merged_into(kb) == {}
    assert merged_into(kb, "contact", twins.drop) is None
    withdrawn = [e for e in entries(kb, last_op(kb)) if e["action"] == "merge"]
    assert [(e["row_id"], e["before"], e["after"]) for e in withdrawn] == [
        (twins.drop, {"merged_into": twins.keep}, {"merged_into": None})]


def test_undoing_the_undo_merges_again(kb, twins):
    result = merge_records(kb, "contact", twins.keep, twins.drop)
    merged = snapshot(kb)
    undo_operation(kb, result.op_id)
    undo_operation(kb, last_op(kb))
    assert snapshot(kb) == merged
    assert changelog_replay.differences(kb) == []
    assert merged_into(kb, "contact", twins.drop) == twins.keep


def test_an_undone_import_like_operation_replays_to_the_same_rows(kb):
    with kb.batch():
        org = kb.organisations.create(m.Organisation(name="Testkommunen", kind="kommun")).record
        person = kb.contacts.create(m.Contact(first_name="Test", last_name="Testsson")).record
        kb.affiliations.create(m.Affiliation(contact_id=person.id, organisation_id=org.id))
        kb.tags.tag("contact", person.id, "import")
    undo_operation(kb, last_op(kb))
    assert changelog_replay.differences(kb) == []


# --- merging organisations ---------------------------------------------------------------------------


def test_merge_organisations_moves_every_reference(kb):
    with kb.batch():
        keep = kb.organisations.create(m.Organisation(name="Region Uppsala", kind="region")).record.id
        drop = kb.organisations.create(m.Organisation(name="Region Upsala", kind="annan", org_number="232100-0016",
                                                      notes="Från importen.")).record.id
        child = kb.organisations.create(m.Organisation(name="Testbolaget AB", kind="företag", parent_id=drop)).record.id
        person = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg")).record.id
        kb.affiliations.create(m.Affiliation(contact_id=person, organisation_id=drop, role="strateg"))
        project = kb.projects.create(m.Project(title="Smart vatten", coordinator_id=drop)).record.id
        kb.project_parties.create(m.ProjectParty(project_id=project, organisation_id=drop, role="koordinator"))
        kb.project_parties.create(m.ProjectParty(project_id=project, organisation_id=keep, role="koordinator"))
        network = kb.networks.create(m.Network(name="Smart City Lab", coordinator_id=drop)).record.id
        kb.memberships.create(m.Membership(network_id=network, organisation_id=drop))
        meeting = kb.activities.create(m.Activity(title="Regionmöte", starts="2023-01-10T10:00")).record.id
        kb.activity_links.create(m.ActivityLink(activity_id=meeting, organisation_id=drop))
        kb.notes.add("organisation", drop, "Ny kontaktperson 2023.")
        kb.tags.tag("organisation", drop, "region")
    rows = snapshot(kb)
    result = merge_records(kb, "organisation", keep, drop)

    kept = kb.organisations.get(keep)
    assert kept.kind == "region" and kept.org_number == "232100-0016" and kept.notes == "Från importen."
    assert kb.organisations.get(child).parent_id == keep
    assert kb.projects.get(project).coordinator_id == keep
    assert kb.networks.get(network).coordinator_id == keep
    assert [a.organisation_id for a in kb.affiliations.list({"contact_id": person})] == [keep]
    assert len(kb.project_parties.list({"project_id": project})) == 1  # the same role: a duplicate
    assert kb.memberships.list({"network_id": network})[0].organisation_id == keep
    assert kb.activity_links.list({"activity_id": meeting})[0].organisation_id == keep
    assert [n.text for n in kb.notes.for_entity("organisation", keep)] == ["Ny kontaktperson 2023."]
    assert kb.tags.names_for("organisation", keep) == ["region"]
    assert result.moved == 8 and result.duplicates_removed == 1

    undo_operation(kb, result.op_id)
    assert snapshot(kb) == rows


def test_an_organisation_never_becomes_its_own_parent(kb):
    with kb.batch():
        top = kb.organisations.create(m.Organisation(name="Testkommunen", kind="kommun")).record.id
        drop = kb.organisations.create(m.Organisation(name="Testkommunen AB", parent_id=top)).record.id
        keep = kb.organisations.create(m.Organisation(name="Testkommunens bolag", parent_id=drop)).record.id
        sibling = kb.organisations.create(m.Organisation(name="Testbolaget", parent_id=drop)).record.id
    rows = snapshot(kb)
    result = merge_records(kb, "organisation", keep, drop)
    assert kb.organisations.get(keep).parent_id == top  # the dropped parent's place goes to its own parent
    assert kb.organisations.get(sibling).parent_id == keep
    undo_operation(kb, result.op_id)
    assert snapshot(kb) == rows

    result = merge_records(kb, "organisation", top, drop)  # keep above drop: drop's parent is keep itself
    assert kb.organisations.get(top).parent_id is None
    assert kb.organisations.get(keep).parent_id == top


# --- merge then undo restores any small database ------------------------------------------------------

ROLES = st.sampled_from([None, "strateg", "konsult"])
PARTY_ROLES = st.sampled_from(["partner", "koordinator"])
LINK_ROLES = st.sampled_from(["deltagare", "talare"])
TAGS = st.sampled_from(["vatten", "Vatten", "välfärd", "energi"])


@st.composite
def small_world(draw):
    contacts = draw(st.integers(2, 4))
    orgs = draw(st.integers(2, 3))
    pick_c, pick_o = st.integers(0, contacts - 1), st.integers(0, orgs - 1)
    return {
        "contacts": [(draw(st.sampled_from(["", "Strateg", "Chef"])),
                      draw(st.lists(st.sampled_from(["a@example.se", "B@example.se", "c@example.com"]),
                                    max_size=2, unique=True)),
                      draw(st.sampled_from([None, "Anteckning A", "Anteckning B"]))) for _ in range(contacts)],
        "orgs": [(draw(st.sampled_from(["annan", "kommun"])), draw(st.one_of(st.none(), pick_o)))
                 for _ in range(orgs)],
        "affiliations": draw(st.lists(st.tuples(pick_c, pick_o, ROLES), max_size=5)),
        "parties": draw(st.lists(st.tuples(st.booleans(), pick_c, pick_o, PARTY_ROLES), max_size=4)),
        "links": draw(st.lists(st.tuples(st.integers(0, 1), st.booleans(), pick_c, pick_o, LINK_ROLES),
                               max_size=5)),
        "owners": draw(st.lists(pick_c, max_size=2)),
        "notes": draw(st.lists(st.tuples(st.booleans(), pick_c, pick_o), max_size=3)),
        "tags": draw(st.lists(st.tuples(st.booleans(), pick_c, pick_o, TAGS), max_size=5)),
        "untags": draw(st.lists(st.tuples(st.booleans(), pick_c, pick_o, TAGS), max_size=2)),
        "deleted_links": draw(st.lists(st.integers(0, 20), max_size=3)),
        "entity": draw(st.sampled_from(["contact", "organisation"])),
        "pair": draw(st.tuples(st.integers(0, 10), st.integers(0, 10))),
        "coordinator": draw(st.one_of(st.none(), pick_o)),
    }


def build(kb, world) -> dict[str, list[str]]:
    with kb.batch():
        orgs = []
        for i, (kind, _) in enumerate(world["orgs"]):
            orgs.append(kb.organisations.create(m.Organisation(name=f"Testorganisation {i}", kind=kind)).record.id)
        for i, (_, parent) in enumerate(world["orgs"]):
            if parent is not None and parent < i:  # parents above their children: never a cycle
                kb.organisations.update(replace(kb.organisations.get(orgs[i]), parent_id=orgs[parent]))
        contacts = [kb.contacts.create(m.Contact(first_name="Test", last_name=f"Testsson {i}", title=title or None,
                                                 emails=emails, notes=notes)).record.id
                    for i, (title, emails, notes) in enumerate(world["contacts"])]
        project = kb.projects.create(m.Project(title="Testprojekt", coordinator_id=None if world["coordinator"] is None
                                               else orgs[world["coordinator"]])).record.id
        network = kb.networks.create(m.Network(name="Testnätverket")).record.id
        activities = [kb.activities.create(m.Activity(title=f"Möte {i}", starts="2023-01-10")).record.id
                      for i in range(2)]
        links = []
        for c, o, role in world["affiliations"]:
            links.append(("affiliation", kb.affiliations.create(
                m.Affiliation(contact_id=contacts[c], organisation_id=orgs[o], role=role)).record.id))
        for as_contact, c, o, role in world["parties"]:
            party = m.ProjectParty(project_id=project, role=role, **(
                {"contact_id": contacts[c]} if as_contact else {"organisation_id": orgs[o]}))
            links.append(("project_party", kb.project_parties.create(party).record.id))
            links.append(("membership", kb.memberships.create(m.Membership(network_id=network, **(
                {"contact_id": contacts[c]} if as_contact else {"organisation_id": orgs[o]}))).record.id))
        for a, as_contact, c, o, role in world["links"]:
            link = m.ActivityLink(activity_id=activities[a], role=role, **(
                {"contact_id": contacts[c]} if as_contact else {"organisation_id": orgs[o]}))
            links.append(("activity_link", kb.activity_links.create(link).record.id))
        for c in world["owners"]:
            kb.follow_ups.create(m.FollowUp(activity_id=activities[0], text="Följ upp", owner_id=contacts[c]))
        for as_contact, c, o in world["notes"]:
            kb.notes.add(*(("contact", contacts[c]) if as_contact else ("organisation", orgs[o])), "En anteckning")
        for as_contact, c, o, tag in world["tags"]:
            kb.tags.tag(*(("contact", contacts[c]) if as_contact else ("organisation", orgs[o])), tag)
        for as_contact, c, o, tag in world["untags"]:
            kb.tags.untag(*(("contact", contacts[c]) if as_contact else ("organisation", orgs[o])), tag)
    for i in world["deleted_links"]:
        if i < len(links):
            table, link_id = links[i]
            kb.service(table).delete(link_id)
    return {"contact": contacts, "organisation": orgs}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(world=small_world())
def test_merge_then_undo_restores_every_row(tmp_path_factory, world):
    path = tmp_path_factory.mktemp("merge") / "kb.db"
    with KnowledgeBase.open(path, user="testare", search=False) as kb:
        ids = build(kb, world)[world["entity"]]
        keep, drop = ids[world["pair"][0] % len(ids)], ids[world["pair"][1] % len(ids)]
        if keep == drop:
            drop = ids[(ids.index(keep) + 1) % len(ids)]
        rows = snapshot(kb)
        result = merge_records(kb, world["entity"], keep, drop)
        assert changelog_replay.differences(kb) == []
        after = snapshot(kb)
        assert after[world["entity"]][drop]["deleted"]
        for table, column in (("affiliation", f"{world['entity']}_id"), ("activity_link", f"{world['entity']}_id")):
            assert not [r for r in after[table].values() if r[column] == drop and not r["deleted"]]
        undo_operation(kb, result.op_id)
        assert snapshot(kb) == rows
        assert changelog_replay.differences(kb) == []
        assert changelog_replay.merged_into(kb) == {}
