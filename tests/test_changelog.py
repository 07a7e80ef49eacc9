"""The change log: op id, hybrid logical clock, device, author, before/after; batches; listeners."""

import itertools
import json
import re
import sqlite3
import uuid
from dataclasses import replace

import pytest

from db import KnowledgeBase, ValidationError
from db import models as m
from db.changelog import HybridClock, history
from db.schema import ENTITY_TABLES

HLC = re.compile(r"^(\d{13})\.(\d{5})\.(.+)$")


def entries(kb) -> list[dict]:
    rows = kb.db.execute_returning_dicts("SELECT * FROM change_log ORDER BY seq")
    for row in rows:
        row["before"] = json.loads(row["before"]) if row["before"] else None
        row["after"] = json.loads(row["after"]) if row["after"] else None
    return rows


def table_counts(kb) -> dict[str, int]:
    return {t: kb.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in (*ENTITY_TABLES, "change_log")}


def assert_hlc_strictly_increasing(rows):
    clocks = [r["hlc"] for r in rows]
    assert all(a < b for a, b in itertools.pairwise(clocks)), clocks
    parsed = [HLC.match(c) for c in clocks]
    assert all(parsed)
    numeric = [(int(p[1]), int(p[2])) for p in parsed]
    assert all(a < b for a, b in itertools.pairwise(numeric))


# --- entries ------------------------------------------------------------------------------------------------


def test_create_writes_one_full_entry(kb):
    before_call = kb.db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    rec = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg", emails=["asa@exempel.se"],
                                       phones=["070-123 45 67"], is_staff=True)).record
    rows = entries(kb)
    assert len(rows) == before_call + 1
    e = rows[-1]
    uuid.UUID(e["id"])
    uuid.UUID(e["op_id"])
    assert e["action"] == "create"
    assert (e["entity"], e["row_id"]) == ("contact", rec.id)
    assert e["author"] == "testare"
    assert e["device_id"] == kb.device_id
    match = HLC.match(e["hlc"])
    assert match and match[3] == kb.device_id
    assert e["at"].endswith("Z") and e["at"][:4].isdigit()
    assert e["before"] is None
    assert e["after"] == {name: getattr(rec, name) for name in m.data_fields(m.Contact)}
    assert e["after"]["phones"] == ["+46701234567"]
    assert e["after"]["first_name"] == "Åsa"
    # Swedish letters are kept readable in the log, not \\u-escaped.
    raw = kb.db.execute("SELECT after FROM change_log WHERE id = ?", [e["id"]]).fetchone()[0]
    assert "Åsa" in raw


def test_update_logs_changed_fields_only(kb):
    rec = kb.projects.create(m.Project(title="Smart vatten", total_budget_sek=4_000_000, grant_sek=2_000_000,
                                       municipality="Uppsala")).record
    kb.projects.update(replace(rec, grant_sek=1_500_000, municipality="Örebro"))
    e = entries(kb)[-1]
    assert e["action"] == "update"
    assert e["before"] == {"grant_sek": 2_000_000, "municipality": "Uppsala"}
    assert e["after"] == {"grant_sek": 1_500_000, "municipality": "Örebro"}
    assert e["row_id"] == rec.id


def test_update_of_a_list_field_logs_lists(kb):
    rec = kb.contacts.create(m.Contact(first_name="Bo", phones=["070-123 45 67"])).record
    kb.contacts.update(replace(rec, phones=["070-123 45 67", "08-550 123 45"]))
    e = entries(kb)[-1]
    assert e["before"] == {"phones": ["+46701234567"]}
    assert e["after"] == {"phones": ["+46701234567", "+46855012345"]}


def test_update_without_change_logs_nothing(kb):
    rec = kb.organisations.create(m.Organisation(name="A")).record
    n = len(entries(kb))
    kb.organisations.update(rec)
    kb.organisations.update(replace(rec, name=" A "))
    assert len(entries(kb)) == n


def test_delete_and_restore_entries(kb):
    rec = kb.organisations.create(m.Organisation(name="A")).record
    deleted = kb.organisations.delete(rec.id).record
    kb.organisations.restore(rec.id)
    delete, restore = entries(kb)[-2:]
    assert (delete["action"], delete["before"], delete["after"]) == ("delete", {"deleted_at": None},
                                                                     {"deleted_at": deleted.deleted_at})
    assert (restore["action"], restore["before"], restore["after"]) == ("restore", {"deleted_at": deleted.deleted_at},
                                                                        {"deleted_at": None})
    assert delete["op_id"] != restore["op_id"]


def test_history_of_one_row(kb):
    rec = kb.organisations.create(m.Organisation(name="A")).record
    kb.organisations.create(m.Organisation(name="Annan"))
    kb.organisations.update(replace(rec, name="B"))
    kb.organisations.delete(rec.id)
    rows = history(kb.db, "organisation", rec.id)
    assert [r["action"] for r in rows] == ["create", "update", "delete"]
    assert rows[1]["before"] == {"name": "A"} and rows[1]["after"] == {"name": "B"}
    assert rows[0]["before"] is None
    assert history(kb.db, "organisation", "ingen-sådan") == []


def test_author_is_the_kb_user(db_path):
    with KnowledgeBase.open(db_path, user="anna") as kb:
        rec = kb.organisations.create(m.Organisation(name="A")).record
    with KnowledgeBase.open(db_path, user="bo") as kb:
        kb.organisations.update(replace(rec, name="B"))
        assert [e["author"] for e in entries(kb)] == ["anna", "bo"]


def test_every_entity_is_logged(kb):
    org = kb.organisations.create(m.Organisation(name="O")).record
    contact = kb.contacts.create(m.Contact(first_name="C")).record
    call = kb.calls.create(m.Call(name="U")).record
    project = kb.projects.create(m.Project(title="P", call_id=call.id)).record
    network = kb.networks.create(m.Network(name="N")).record
    activity = kb.activities.create(m.Activity(title="A", starts="2022-10-27")).record
    kb.affiliations.create(m.Affiliation(contact_id=contact.id, organisation_id=org.id))
    kb.project_parties.create(m.ProjectParty(project_id=project.id, organisation_id=org.id))
    kb.memberships.create(m.Membership(network_id=network.id, contact_id=contact.id))
    kb.activity_links.create(m.ActivityLink(activity_id=activity.id, contact_id=contact.id))
    kb.follow_ups.create(m.FollowUp(activity_id=activity.id, text="F"))
    kb.notes.add("project", project.id, "N")
    kb.tags.tag("project", project.id, "t")
    logged = {(e["entity"], e["action"]) for e in entries(kb)}
    assert {(t, "create") for t in ENTITY_TABLES} <= logged
    # one create entry per row, nothing else
    for table in ENTITY_TABLES:
        ids = {r[0] for r in kb.db.execute(f"SELECT id FROM [{table}]")}
        assert {e["row_id"] for e in entries(kb) if e["entity"] == table} == ids


# --- hybrid logical clock -----------------------------------------------------------------------------------


def test_hlc_strictly_increasing_in_seq_order(kb):
    org = kb.organisations.create(m.Organisation(name="A")).record
    for i in range(60):
        kb.organisations.update(replace(org, name=f"Namn {i}"))
    kb.organisations.delete(org.id)
    kb.organisations.restore(org.id)
    rows = entries(kb)
    assert len(rows) == 63
    assert_hlc_strictly_increasing(rows)


def test_hlc_keeps_increasing_after_reopen(db_path):
    with KnowledgeBase.open(db_path, user="a") as kb:
        device = kb.device_id
        for i in range(5):
            kb.organisations.create(m.Organisation(name=f"O{i}"))
    with KnowledgeBase.open(db_path, user="a") as kb:
        assert kb.device_id == device
        for i in range(5):
            kb.organisations.create(m.Organisation(name=f"P{i}"))
        rows = entries(kb)
    assert len(rows) == 10
    assert_hlc_strictly_increasing(rows)
    assert {r["device_id"] for r in rows} == {device}


def test_hlc_continues_after_a_clock_from_the_future(db_path):
    """A log entry stamped ahead of this computer's wall clock (another device, a skewed clock)
    must not make new entries sort before it."""
    with KnowledgeBase.open(db_path, user="a") as kb:
        kb.organisations.create(m.Organisation(name="O"))
        future = f"{9_000_000_000_000:013d}.00007.annandator"
        kb.db.execute("UPDATE change_log SET hlc = ?", [future])
    with KnowledgeBase.open(db_path, user="a") as kb:
        kb.organisations.create(m.Organisation(name="P"))
        rows = entries(kb)
    assert rows[-1]["hlc"] > future
    assert rows[-1]["hlc"].startswith("9000000000000.00008.")


def test_different_files_have_different_devices(tmp_path):
    with KnowledgeBase.open(tmp_path / "a.db") as a, KnowledgeBase.open(tmp_path / "b.db") as b:
        assert a.device_id and b.device_id and a.device_id != b.device_id


def test_hybrid_clock_never_goes_backwards(monkeypatch):
    import db.changelog as changelog

    wall = [1_700_000_000_000_000_000]
    monkeypatch.setattr(changelog.time, "time_ns", lambda: wall[0])
    clock = HybridClock("dev")
    first = clock.tick()
    wall[0] -= 5_000_000_000  # the wall clock jumps back five seconds
    second = clock.tick()
    third = clock.tick()
    wall[0] += 60_000_000_000
    fourth = clock.tick()
    assert first < second < third < fourth
    assert second.startswith("1700000000000.00001.")
    assert fourth.startswith("1700000055000.00000.")
    resumed = HybridClock("dev", last=fourth)
    wall[0] -= 1_000_000_000
    assert resumed.tick() > fourth


# --- batches: one op id, all or nothing ---------------------------------------------------------------------


def test_each_operation_has_its_own_op_id(kb):
    kb.organisations.create(m.Organisation(name="A"))
    kb.organisations.create(m.Organisation(name="B"))
    ops = [e["op_id"] for e in entries(kb)]
    assert len(set(ops)) == 2


def test_batch_shares_one_op_id(kb):
    kb.organisations.create(m.Organisation(name="Före"))
    with kb.batch() as changes:
        org = kb.organisations.create(m.Organisation(name="A")).record
        contact = kb.contacts.create(m.Contact(first_name="B")).record
        kb.affiliations.create(m.Affiliation(contact_id=contact.id, organisation_id=org.id))
        with kb.batch():  # nested batches join the outer one
            kb.organisations.update(replace(org, name="AA"))
        kb.tags.tag("contact", contact.id, "ny")
    kb.organisations.create(m.Organisation(name="Efter"))
    rows = entries(kb)
    batch_ops = {e["op_id"] for e in rows[1:-1]}
    assert len(rows) == 8  # before, 6 in the batch (tag + tagging), after
    assert len(batch_ops) == 1
    assert rows[0]["op_id"] not in batch_ops and rows[-1]["op_id"] not in batch_ops
    assert changes.entities["organisation"] == {org.id}
    assert set(changes.entities) >= {"organisation", "contact", "affiliation", "tag", "tagging"}
    assert_hlc_strictly_increasing(rows)


def test_tagging_is_one_operation(kb):
    project = kb.projects.create(m.Project(title="P")).record
    kb.tags.tag("project", project.id, "vatten")
    rows = entries(kb)[1:]
    assert [(e["entity"], e["action"]) for e in rows] == [("tag", "create"), ("tagging", "create")]
    assert len({e["op_id"] for e in rows}) == 1


def test_failing_operation_rolls_back_the_whole_batch(kb):
    kb.organisations.create(m.Organisation(name="Finns"))
    before = table_counts(kb)
    heard = []
    kb.subscribe(heard.append)
    with pytest.raises(ValidationError):
        with kb.batch():
            org = kb.organisations.create(m.Organisation(name="A")).record
            kb.contacts.create(m.Contact(first_name="B"))
            kb.notes.add("organisation", org.id, "Anteckning")
            kb.contacts.create(m.Contact(first_name="C", emails=["inte-en-adress"]))
            kb.organisations.create(m.Organisation(name="Aldrig"))
    assert table_counts(kb) == before
    assert heard == []
    assert kb.organisations.list(text="A") == []
    # the knowledge base is usable afterwards, in a new operation
    kb.organisations.create(m.Organisation(name="Sedan"))
    assert heard and heard[-1].entities.keys() == {"organisation"}
    assert table_counts(kb)["organisation"] == before["organisation"] + 1


def test_database_error_in_a_batch_rolls_back_everything(kb):
    existing = kb.organisations.create(m.Organisation(name="Finns")).record
    before = table_counts(kb)
    with pytest.raises(ValidationError, match=r"UNIQUE constraint failed: organisation\.id"):
        with kb.batch():
            kb.organisations.create(m.Organisation(name="A"))
            kb.organisations.create(m.Organisation(id=existing.id, name="Samma id"))  # primary key clash
    assert table_counts(kb) == before


def test_exception_in_callers_code_rolls_back_the_batch(kb):
    before = table_counts(kb)
    heard = []
    kb.subscribe(heard.append)
    with pytest.raises(RuntimeError):
        with kb.batch():
            kb.organisations.create(m.Organisation(name="A"))
            raise RuntimeError("avbrutet")
    assert table_counts(kb) == before
    assert heard == []


def test_rolled_back_work_is_not_visible_to_another_connection(kb, db_path):
    with pytest.raises(RuntimeError):
        with kb.batch():
            kb.organisations.create(m.Organisation(name="A"))
            raise RuntimeError
    with sqlite3.connect(db_path) as other:
        assert other.execute("SELECT count(*) FROM organisation").fetchone()[0] == 0
        assert other.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0


def test_caught_failure_inside_a_batch_leaves_nothing_half_written(kb):
    """tag() creates the tag, then the tagging fails: caught inside a batch, neither must remain."""
    project = kb.projects.create(m.Project(title="P")).record
    before = table_counts(kb)
    with kb.batch():
        org = kb.organisations.create(m.Organisation(name="A")).record
        with pytest.raises(ValidationError):
            kb.tags.tag("project", "ingen-sådan", "föräldralös")
        kb.tags.tag("project", project.id, "vatten")
    after = table_counts(kb)
    assert after["organisation"] == before["organisation"] + 1
    assert kb.tags.by_name("föräldralös") is None
    assert after["tag"] == before["tag"] + 1 and after["tagging"] == before["tagging"] + 1
    assert len({e["op_id"] for e in entries(kb) if e["row_id"] in {org.id}}) == 1


# --- listeners ----------------------------------------------------------------------------------------------


def test_listener_hears_changes_after_commit(kb, db_path):
    seen = []

    def listener(changes):
        # Another connection already sees the row: the transaction has committed.
        with sqlite3.connect(db_path) as other:
            count = other.execute("SELECT count(*) FROM organisation").fetchone()[0]
        seen.append((changes, count))

    kb.subscribe(listener)
    rec = kb.organisations.create(m.Organisation(name="A")).record
    assert len(seen) == 1
    changes, count = seen[0]
    assert changes.entities == {"organisation": {rec.id}}
    assert count == 1


def test_listener_hears_one_merged_change_per_batch(kb):
    heard = []
    kb.subscribe(heard.append)
    with kb.batch():
        org = kb.organisations.create(m.Organisation(name="A")).record
        contact = kb.contacts.create(m.Contact(first_name="B")).record
        assert heard == []  # nothing before the commit
    assert len(heard) == 1
    assert heard[0].entities == {"organisation": {org.id}, "contact": {contact.id}}


def test_listener_not_called_when_nothing_changed(kb):
    rec = kb.organisations.create(m.Organisation(name="A")).record
    heard = []
    kb.subscribe(heard.append)
    kb.organisations.update(rec)
    kb.organisations.restore(rec.id)  # not deleted: nothing to do
    with kb.batch():
        pass
    assert heard == []
    kb.organisations.delete(rec.id)
    assert [c.entities for c in heard] == [{"organisation": {rec.id}}]


def test_listener_that_raises_does_not_undo_the_write(kb, db_path, caplog):
    heard = []

    def broken(changes):
        raise RuntimeError("sökindexet är trasigt")

    kb.subscribe(broken)
    kb.subscribe(heard.append)
    saved = kb.organisations.create(m.Organisation(name="A"))
    assert kb.organisations.get(saved.record.id).name == "A"
    assert len(heard) == 1  # the next listener still heard it
    with sqlite3.connect(db_path) as other:
        assert other.execute("SELECT count(*) FROM organisation").fetchone()[0] == 1
        assert other.execute("SELECT count(*) FROM change_log").fetchone()[0] == 1
    assert "sökindexet är trasigt" in caplog.text
    # no transaction left open: the next write works and is committed
    kb.organisations.create(m.Organisation(name="B"))
    with sqlite3.connect(db_path) as other:
        assert other.execute("SELECT count(*) FROM organisation").fetchone()[0] == 2


def test_unsubscribe(kb):
    heard = []
    kb.subscribe(heard.append)
    kb.organisations.create(m.Organisation(name="A"))
    kb.unsubscribe(heard.append)
    kb.organisations.create(m.Organisation(name="B"))
    assert len(heard) == 1


def test_listener_may_read_through_the_services(kb):
    names = []
    kb.subscribe(lambda changes: names.extend(kb.organisations.get(i).name
                                              for i in changes.entities.get("organisation", ())))
    kb.organisations.create(m.Organisation(name="Åre kommun"))
    assert names == ["Åre kommun"]


def test_clock_text_keeps_sorting_when_the_counter_is_full():
    from db.changelog import HybridClock

    clock = HybridClock("dev", "4102444800000.99998.other")  # a clock far ahead of ours (year 2100)
    ticks = [clock.tick() for _ in range(4)]
    assert ticks == sorted(ticks)
    assert len(set(ticks)) == 4
    assert ticks[0].startswith("4102444800000.99999")
    assert ticks[1].startswith("4102444800001.00000")


def test_nested_failure_takes_back_only_its_own_changes(kb):
    heard = []
    kb.subscribe(heard.append)
    with kb.batch():
        first = kb.organisations.create(m.Organisation(name="Kvar")).record
        try:
            with kb.batch():
                kb.organisations.create(m.Organisation(name="Borta"))
                raise RuntimeError("inre fel")
        except RuntimeError:
            pass
    assert heard[0].entities == {"organisation": {first.id}}
    assert [o.name for o in kb.organisations.list()] == ["Kvar"]
