"""The many-rows path (db.bulk_insert.BulkInsert): rows written with executemany, and for each the
change-log entry Service.create would write, so replaying the log gives the same rows."""

from __future__ import annotations

import json

from db import models as m
from db.bulk_insert import BulkInsert
from tests.changelog_replay import differences


def entries(kb) -> list[dict]:
    return kb.db.execute_returning_dicts("SELECT * FROM change_log ORDER BY seq")


def test_a_bulk_insert_replayed_from_the_change_log_gives_the_same_rows(kb):
    bulk = BulkInsert(kb)
    with kb.transaction():
        org = bulk.add("organisation", m.Organisation(name="Testkommunen", kind="kommun"))
        # Values the table stores otherwise than they were given: no lists, no booleans.
        person = bulk.add("contact", m.Contact(first_name="Test", last_name="Testsson", emails=None, phones=None,
                                               is_staff=None))
        bulk.add("affiliation", m.Affiliation(contact_id=person, organisation_id=org, role="strateg"))
        bulk.add("call", m.Call(name="Testutlysningen", year=2024, need_areas=None))
        activity = bulk.add("activity", m.Activity(title="Möte", kind="möte", starts="2024-01-10", online=1))
        bulk.add("activity_link", m.ActivityLink(activity_id=activity, contact_id=person, role="deltagare"))
        bulk.flush()
    assert differences(kb) == []
    logged = {e["row_id"]: json.loads(e["after"]) for e in entries(kb)}
    assert logged[person]["emails"] == [] and logged[person]["is_staff"] is False
    assert kb.contacts.get(person).emails == [] and kb.activities.get(activity).online is True


def test_the_entries_of_one_flush_are_one_operation_even_outside_a_transaction(kb):
    bulk = BulkInsert(kb)
    heard = []
    kb.subscribe(heard.append)
    org = bulk.add("organisation", m.Organisation(name="Testkommunen", kind="kommun"))
    bulk.add("contact", m.Contact(first_name="Test", last_name="Testsson"))
    changes = bulk.flush()
    assert {e["op_id"] for e in entries(kb)} == {kb.last_op_id}
    assert len(heard) == 1 and org in heard[0].entities["organisation"] and changes == heard[0]


def test_entries_run_in_the_order_of_the_clock(kb):
    """A service write between add() and flush() is logged first: its clock must be earlier too,
    or another computer replaying by clock applies the two in another order than this one did."""
    bulk = BulkInsert(kb)
    with kb.transaction():
        bulk.add("organisation", m.Organisation(name="Först tillagd", kind="kommun"))
        kb.organisations.create(m.Organisation(name="Skapad emellan", kind="region"))
        bulk.add("organisation", m.Organisation(name="Sist tillagd", kind="kommun"))
        bulk.flush()
    logged = entries(kb)
    assert [e["hlc"] for e in logged] == sorted(e["hlc"] for e in logged)
    assert differences(kb) == []


def test_an_empty_flush_writes_nothing(kb):
    assert not BulkInsert(kb).flush()
    assert entries(kb) == []
