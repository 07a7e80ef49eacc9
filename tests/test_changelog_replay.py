"""Every write is in the change log: a database that went through create, edit, link, soft delete
and restore, a merge, an undo, an import and an erasure, replayed from its log into an empty
database, gives the same rows, the erased person absent from both (issue 10).

Sharing between computers replays the log on the others: a write that is not in it is a write they
never see, and this test names the table, row and column it shows up in. Test data is invented.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from db import KnowledgeBase, changelog
from db import models as m
from db.care import erasure as gdpr
from db.changelog_replay import MissingReferences, read_entries, replay
from db.dedupe.merge import merge_records
from db.interchange.import_pipeline import apply_import, plan_import, read_file
from db.interchange.json_dump import export_data
from db.interchange.json_restore import import_json
from db.schema import ENTITY_TABLES
from tests.helpers import populate

try:  # undo is moving from db.dedupe.merge to db/undo.py
    from db.undo import undo_operation
except ImportError:
    from db.dedupe.merge import undo_operation

STAMPS = ("created_at", "updated_at")
ERASED_NAME = ("Cecilia", "Raderadsson")
VCARDS = """BEGIN:VCARD
VERSION:3.0
N:Importsson;Dag;;;
FN:Dag Importsson
EMAIL;TYPE=INTERNET:dag.importsson@example.se
TEL;TYPE=CELL:070-174 06 07
ORG:Importkommunen
TITLE:Handläggare
CATEGORIES:importerad
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Öberg;Åsa;;;
FN:Åsa Öberg
EMAIL;TYPE=INTERNET:asa.oberg@example.se
TEL;TYPE=WORK:018-471 00 01
END:VCARD
"""


# --- the database's history -----------------------------------------------------------------------


def ticking_clock(start: datetime):
    """utc_now that moves one millisecond per reading: two readings are never the same instant, so a
    row stamped by one reading and its change-log entry by another always differ."""
    counter = itertools.count()

    def now() -> str:
        moment = start + timedelta(milliseconds=next(counter))
        return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    return now


def live_through_everything(kb: KnowledgeBase, folder: Path) -> dict[str, str]:
    """The history the issue names, through the services and the named operations; returns ids."""
    ids = populate(kb)  # create, and one link of every kind
    uu, project, network, activity = ids["org"], ids["project"], ids["network"], ids["activity"]
    # edit
    kb.contacts.update(replace(kb.contacts.get(ids["contact"]), title="Programchef",
                                 emails=["asa.oberg@example.se", "asa@example.org"]))
    kb.projects.update(replace(kb.projects.get(project), total_budget_sek=2_400_000, status="avslutad"))
    kb.organisations.update(replace(kb.organisations.get(uu), short_name="UU"))
    # link: the person to erase is everywhere a person can be
    erased = kb.contacts.create(m.Contact(first_name=ERASED_NAME[0], last_name=ERASED_NAME[1],
                                          emails=["cecilia.r@example.se"], phones=["070-174 06 09"])).record.id
    with kb.batch():
        kb.affiliations.create(m.Affiliation(contact_id=erased, organisation_id=uu, role="analytiker"))
        kb.project_parties.create(m.ProjectParty(project_id=project, contact_id=erased, role="kontaktperson"))
        kb.memberships.create(m.Membership(network_id=network, contact_id=erased, from_date="2022-01-01"))
        kb.activity_links.create(m.ActivityLink(activity_id=activity, contact_id=erased))
        kb.follow_ups.create(m.FollowUp(activity_id=activity, text="Boka lokal", owner_id=erased, due="2022-10-01"))
        kb.notes.add("contact", erased, "Vill ha nyhetsbrevet")
        kb.tags.tag("contact", erased, "analys")
        kb.notes.add("project", project, f"Fråga {ERASED_NAME[0]} {ERASED_NAME[1]} om budgeten")
    # soft delete and restore; a note stays in the trash
    kb.organisations.delete(ids["child_org"])
    kb.organisations.restore(ids["child_org"])
    trashed = kb.notes.add("organisation", uu, "Felskriven anteckning").record.id
    kb.notes.delete(trashed)
    # merge two contacts that are one person
    keep = kb.contacts.create(m.Contact(first_name="Bo", last_name="Berg", title="Samordnare")).record.id
    drop = kb.contacts.create(m.Contact(first_name="Bo", last_name="Berg", emails=["bo.berg@example.se"],
                                        notes="Träffades på mässan")).record.id
    with kb.batch():
        kb.affiliations.create(m.Affiliation(contact_id=drop, organisation_id=uu, role="samordnare"))
        kb.activity_links.create(m.ActivityLink(activity_id=activity, contact_id=drop))
        kb.tags.tag("contact", drop, "välfärdsteknik")
        kb.notes.add("contact", drop, "Ringde om nätverket")
    merge_records(kb, "contact", keep, drop)
    # undo: an operation of its own is taken back
    with kb.batch():
        extra = kb.networks.create(m.Network(name="Ångström-nätverket", parent_id=network)).record.id
        kb.memberships.create(m.Membership(network_id=extra, organisation_id=uu))
    undo_operation(kb, kb.last_op_id)
    # import: one new person (with an organisation and a tag), one the database knows (by e-mail)
    cards = folder / "kort.vcf"
    cards.write_text(VCARDS.replace("\n", "\r\n"), encoding="utf-8")
    apply_import(kb, plan_import(kb, read_file(cards)), backup=False)
    # erasure of one person
    gdpr.erase(kb, erased)
    return {**ids, "erased": erased, "keep": keep, "drop": drop, "undone_network": extra}


def rows(kb: KnowledgeBase, table: str) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in kb.db.execute_returning_dicts(f"SELECT * FROM [{table}] ORDER BY id")}


def differences(source: KnowledgeBase, replica: KnowledgeBase, ignore: tuple[str, ...] = ()) -> list[str]:
    """Per table: the rows only one database has and the columns that differ."""
    found = []
    for table in ENTITY_TABLES:
        mine, theirs = rows(source, table), rows(replica, table)
        for row_id in sorted(mine.keys() - theirs.keys()):
            found.append(f"{table} {row_id}: not in the replica")
        for row_id in sorted(theirs.keys() - mine.keys()):
            found.append(f"{table} {row_id}: only in the replica")
        for row_id in sorted(mine.keys() & theirs.keys()):
            columns = [c for c in mine[row_id] if c not in ignore and mine[row_id][c] != theirs[row_id][c]]
            found += [f"{table} {row_id}.{c}: {mine[row_id][c]!r} in the source, {theirs[row_id][c]!r} replayed"
                      for c in columns]
    return found


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("history")
    path = folder / "source.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KUNSKAPSBANKEN_DATA_DIR", str(folder / "userdata"))
        patch.setattr(changelog, "utc_now", ticking_clock(datetime(2024, 3, 1, 9, 0, tzinfo=UTC)))
        with KnowledgeBase.open(path, user="källa", search=False) as kb:
            ids = live_through_everything(kb, folder)
    return path, ids


@pytest.fixture
def source(history):
    with KnowledgeBase.open(history[0], user="läsare", search=False) as kb:
        yield kb


@pytest.fixture
def replica(tmp_path, source):
    with KnowledgeBase.open(tmp_path / "replica.db", user="annan dator", search=False) as kb:
        replay(kb, read_entries(source.db))
        yield kb


# --- the replay ---------------------------------------------------------------------------------------------


def test_the_history_went_through_every_kind_of_write(source, history):
    actions = {r[0] for r in source.db.execute("SELECT DISTINCT action FROM change_log")}
    assert {"create", "update", "delete", "restore", "merge", "erase"} <= actions
    ids = history[1]
    assert source.contacts.get(ids["drop"]).deleted_at is not None
    assert source.networks.get(ids["undone_network"]).deleted_at is not None
    assert source.contacts.list({"last_name": "Importsson"})


def test_replaying_the_log_into_an_empty_database_gives_the_same_rows(source, replica):
    found = differences(source, replica, ignore=STAMPS)
    assert not found, f"{len(found)} differences after replaying the change log:\n" + "\n".join(found[:40])


def bookkeeping_differences(source: KnowledgeBase, replica: KnowledgeBase) -> list[str]:
    return [d for d in differences(source, replica)
            if d.split(":")[0].rsplit(".", 1)[-1] in (*STAMPS, "updated_by")]


def test_replayed_rows_keep_their_times(tmp_path, source, replica):
    found = bookkeeping_differences(source, replica)
    restored, restored_replica = restored_and_replayed(tmp_path, source)
    with restored, restored_replica:
        found += [f"(restored) {d}" for d in bookkeeping_differences(restored, restored_replica)]
    assert not found, f"{len(found)} times or authors differ:\n" + "\n".join(found[:10] + found[-6:])


def test_the_erased_person_is_absent_from_both(source, replica, history):
    erased = history[1]["erased"]
    for kb in (source, replica):
        assert not kb.contacts.exists(erased)
        for table in ENTITY_TABLES:
            for row in rows(kb, table).values():
                text = " ".join(str(v) for v in row.values())
                assert erased not in text, f"{table} {row['id']} names the erased id"
                assert ERASED_NAME[1] not in text, f"{table} {row['id']} names the erased person"
        logged = " ".join(str(v) for r in kb.db.execute("SELECT before, after FROM change_log") for v in r)
        assert ERASED_NAME[1] not in logged and "cecilia.r@example.se" not in logged


def test_the_replica_holds_the_same_log(source, replica):
    columns = "id, op_id, hlc, device_id, author, at, entity, row_id, action, before, after"
    assert replica.db.execute(f"SELECT {columns} FROM change_log ORDER BY hlc").fetchall() == \
        source.db.execute(f"SELECT {columns} FROM change_log ORDER BY hlc").fetchall()
    assert replica.clock.tick() > changelog.last_clock(source.db)


def test_replaying_again_changes_nothing(source, replica):
    before = {table: rows(replica, table) for table in ENTITY_TABLES}
    count = replica.db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    report = replay(replica, read_entries(source.db) * 2)
    assert report.applied == 0 and report.skipped == count
    assert {table: rows(replica, table) for table in ENTITY_TABLES} == before
    assert replica.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == count


def test_entries_arriving_in_pieces_some_twice_give_the_same_rows(tmp_path, source):
    entries = read_entries(source.db)
    with KnowledgeBase.open(tmp_path / "whole.db", user="a", search=False) as whole, \
            KnowledgeBase.open(tmp_path / "pieces.db", user="b", search=False) as pieces:
        replay(whole, entries)
        size = len(entries) // 5
        for start in range(0, len(entries), size):  # each piece overlaps the one before it
            replay(pieces, entries[max(0, start - size // 2):start + size])
        assert differences(whole, pieces) == []


def test_entries_naming_rows_not_held_apply_nothing(tmp_path, kb):
    org = kb.organisations.create(m.Organisation(name="Sensorbolaget AB", kind="företag")).record
    person = kb.contacts.create(m.Contact(first_name="Ida", last_name="Lind")).record
    kb.affiliations.create(m.Affiliation(contact_id=person.id, organisation_id=org.id))
    create_org, create_person, link = read_entries(kb.db)
    with KnowledgeBase.open(tmp_path / "replica.db", user="b", search=False) as replica:
        with pytest.raises(MissingReferences) as caught:
            replay(replica, [create_person, link])  # the organisation's entry has not arrived
        assert caught.value.missing == [("affiliation", link["row_id"], "organisation")]
        assert replica.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0
        replay(replica, [create_person, link, create_org])
        assert replica.affiliations.get(link["row_id"]).organisation_id == org.id


def restored_and_replayed(folder: Path, source: KnowledgeBase) -> tuple[KnowledgeBase, KnowledgeBase]:
    """The source restored from an older JSON export (its log lacks the calls' creation and an edit
    of a project), and that restored database's log replayed into an empty one."""
    data = export_data(source)
    data["tables"]["change_log"] = [e for e in data["tables"]["change_log"] if e["entity"] != "call"]
    data["tables"]["project"][0]["description"] = "Skriven utan loggpost"
    restored = KnowledgeBase.open(folder / "restored.db", user="återställare", search=False)
    import_json(restored, data)
    replica = KnowledgeBase.open(folder / "replica.db", user="b", search=False)
    replay(replica, read_entries(restored.db))
    return restored, replica


def test_a_database_restored_from_json_replays_to_the_same_rows(tmp_path, source):
    restored, replica = restored_and_replayed(tmp_path, source)
    with restored, replica:
        # who and when of the rows the restore describes: test_replayed_rows_keep_their_times
        assert differences(restored, replica, ignore=(*STAMPS, "updated_by")) == []


def test_the_comparison_sees_a_write_that_bypassed_the_log(tmp_path, kb):
    org = kb.organisations.create(m.Organisation(name="Loggbolaget AB", kind="företag")).record
    kb.db.execute("UPDATE organisation SET municipality = 'Kiruna' WHERE id = ?", [org.id])  # no entry
    with KnowledgeBase.open(tmp_path / "replica.db", user="b", search=False) as replica:
        replay(replica, read_entries(kb.db))
        assert differences(kb, replica, ignore=STAMPS) == [
            f"organisation {org.id}.municipality: 'Kiruna' in the source, None replayed"]


# --- the rules, one entry at a time -------------------------------------------------------------------------


def test_an_older_value_arriving_late_does_not_win(tmp_path, kb):
    person = kb.contacts.create(m.Contact(first_name="Åke", last_name="Ström", title="Först")).record
    kb.contacts.update(replace(person, title="Sedan"))
    kb.contacts.update(replace(kb.contacts.get(person.id), title="Sist", municipality="Luleå"))
    create, older, newer = read_entries(kb.db)
    with KnowledgeBase.open(tmp_path / "replica.db", user="b", search=False) as replica:
        replay(replica, [newer])  # before its row has arrived
        assert not replica.contacts.exists(person.id)
        replay(replica, [create, older])
        got = replica.contacts.get(person.id)
        assert (got.title, got.municipality) == ("Sist", "Luleå")
        assert got.updated_at == newer["at"] and got.created_at == create["at"]


def test_a_deletion_arriving_before_its_row_is_kept(tmp_path, kb):
    note = kb.notes.add("call", kb.calls.create(m.Call(name="Utlysning 2024")).record.id, "Anteckning").record
    kb.notes.delete(note.id)
    entries = read_entries(kb.db)
    with KnowledgeBase.open(tmp_path / "replica.db", user="b", search=False) as replica:
        replay(replica, [entries[-1]])
        replay(replica, entries[:-1])
        assert replica.notes.get(note.id).deleted_at == kb.notes.get(note.id).deleted_at


def test_a_link_to_a_person_erased_meanwhile_arrives_without_the_person(tmp_path, kb):
    meeting = kb.activities.create(m.Activity(kind="möte", title="Avstämning", starts="2024-02-01T10:00")).record
    person = kb.contacts.create(m.Contact(first_name="Eva", last_name="Glömdsson")).record
    kb.activity_links.create(m.ActivityLink(activity_id=meeting.id, contact_id=person.id))
    link_entries = read_entries(kb.db)
    gdpr.erase(kb, person.id)
    everything = read_entries(kb.db)
    with KnowledgeBase.open(tmp_path / "replica.db", user="b", search=False) as replica:
        held = {e["id"] for e in link_entries}
        replay(replica, [e for e in everything if e["id"] not in held or e["entity"] != "activity_link"])
        replay(replica, [e for e in everything if e["id"] in held and e["entity"] == "activity_link"])
        (link,) = replica.activity_links.list({"activity_id": meeting.id})
        assert link.contact_id == m.ERASED_CONTACT_ID
        assert not replica.contacts.exists(person.id)


def test_the_replica_search_index_follows_the_replay(tmp_path, source):
    with KnowledgeBase.open(tmp_path / "replica.db", user="b") as replica:
        report = replay(replica, read_entries(source.db))
        assert report.changes.entities["contact"]
        assert [hit.title for hit in replica.search.search("Importsson", as_you_type=False).hits] == \
            ["Dag Importsson"]
        assert replica.search.verify().consistent
