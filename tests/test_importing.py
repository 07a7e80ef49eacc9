"""The import pipeline (plan, apply) on real databases, with incoming records built by hand."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from db import models as m
from db.dedupe.evidence import SAME_EMAIL
from db.errors import Message
from db.interchange.cancellation import Cancelled
from db.interchange.import_pipeline import apply_import, plan_import
from db.interchange.incoming_records import (
    Attendee,
    IncomingActivity,
    IncomingContact,
    IncomingOrganisation,
    IncomingProject,
    Problem,
    ReadResult,
)
from tests.changelog_replay import differences


def contacts(*records: IncomingContact, rejected: list[Problem] | None = None) -> ReadResult:
    return ReadResult(Path("kontakter.vcf"), "contact", list(records), rejected or [])


def asa(line: int = 1, **changes) -> IncomingContact:
    values = dict(first_name="Åsa", last_name="Öberg", title="Strateg", emails=["asa.oberg@example.se"],
                  phones=["070-123 45 67"], organisation="Region Uppsala", department="IT-avdelningen",
                  tags=["Smart stad"])
    values.update(changes)
    return IncomingContact(line, **values)


def counts(kb) -> dict[str, int]:
    return {t: kb.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
            for t in ("contact", "organisation", "affiliation", "tagging", "change_log")}


def test_new_contact_with_organisation_affiliation_and_tags(kb):
    plan = plan_import(kb, contacts(asa()))
    assert plan.counts()["new"] == 1
    report = apply_import(kb, plan, backup=False)
    assert (report.created, report.organisations_created, report.links_created) == (1, 1, 1)
    person = kb.contacts.list()[0]
    assert (person.full_name, person.emails, person.phones) == ("Åsa Öberg", ["asa.oberg@example.se"],
                                                                ["+46701234567"])
    assert person.legal_basis == "allmänt intresse" and "kontakter.vcf" in person.source
    org = kb.organisations.list()[0]
    assert org.name == "Region Uppsala"
    affiliation = kb.affiliations.list()[0]
    assert (affiliation.contact_id, affiliation.organisation_id, affiliation.role) == (person.id, org.id,
                                                                                       "IT-avdelningen")
    assert kb.tags.names_for("contact", person.id) == ["Smart stad"]


def test_importing_the_same_records_twice_adds_nothing(kb):
    apply_import(kb, plan_import(kb, contacts(asa(), asa(2, first_name="Jörgen", last_name="Ärlig",
                                                         emails=["jorgen@example.se"], phones=[]))), backup=False)
    before = counts(kb)
    plan = plan_import(kb, contacts(asa(), asa(2, first_name="Jörgen", last_name="Ärlig",
                                               emails=["jorgen@example.se"], phones=[])))
    assert plan.counts()["unchanged"] == 2
    assert not any(row.writes for row in plan.rows)
    report = apply_import(kb, plan, backup=False)
    assert report.unchanged == 2 and report.created == report.updated == 0
    assert counts(kb) == before


def test_known_person_gets_empty_fields_filled_but_curated_values_kept(kb):
    existing = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg", title="Enhetschef",
                                            emails=["ASA.OBERG@example.se"])).record
    plan = plan_import(kb, contacts(asa(emails=["asa.oberg@example.se", "asa@example.com"], municipality="Uppsala")))
    row = plan.rows[0]
    assert (row.status, row.existing_id, row.reason) == ("update", existing.id, SAME_EMAIL)
    assert set(row.changed) >= {"emails", "phones", "municipality"}
    apply_import(kb, plan, backup=False)
    person = kb.contacts.get(existing.id)
    assert person.title == "Enhetschef"  # the office's own value stays
    assert person.emails == ["ASA.OBERG@example.se", "asa@example.com"]
    assert person.phones == ["+46701234567"] and person.municipality == "Uppsala"
    assert kb.contacts.count() == 1


def test_rows_repeated_within_one_file_become_one_record(kb):
    plan = plan_import(kb, contacts(asa(1), asa(2, phones=["08-550 123 45"], tags=[])))
    assert [r.status for r in plan.rows] == ["new", "unchanged"]
    assert plan.rows[1].reason == Message("same_as_line", {"line": 1, "reason": SAME_EMAIL})
    apply_import(kb, plan, backup=False)
    assert kb.contacts.count() == 1
    assert kb.contacts.list()[0].phones == ["+46701234567", "+46855012345"]


def test_possible_duplicate_is_skipped_unless_the_user_decides(kb):
    org = kb.organisations.create(m.Organisation(name="Region Uppsala", kind="region")).record
    known = kb.contacts.create(m.Contact(first_name="Asa", last_name="Oberg")).record
    kb.affiliations.create(m.Affiliation(contact_id=known.id, organisation_id=org.id))
    plan = plan_import(kb, contacts(asa()))
    row = plan.rows[0]
    assert (row.status, row.existing_id) == ("duplicate", known.id)
    report = apply_import(kb, plan, backup=False)
    assert report.skipped_duplicates == 1 and kb.contacts.count() == 1

    plan = plan_import(kb, contacts(asa()))
    plan.rows[0].decision = "update"
    apply_import(kb, plan, backup=False)
    assert kb.contacts.count() == 1
    assert kb.contacts.get(known.id).emails == ["asa.oberg@example.se"]

    plan = plan_import(kb, contacts(asa(emails=["annan@example.se"], phones=[])))
    assert plan.rows[0].status == "duplicate"
    plan.set_all_duplicates("new")
    apply_import(kb, plan, backup=False)
    assert kb.contacts.count() == 2


def test_rejected_rows_name_line_and_field_and_are_not_written(kb):
    plan = plan_import(kb, contacts(asa(3, emails=["utan-snabel-a"]), asa(4, first_name="", last_name="",
                                                                           emails=[]),
                                    rejected=[Problem(9, "N", Message("vcard_line_malformed"))]))
    assert plan.counts()["rejected"] == 3
    problems = {(p.line, p.field) for p in plan.rejected}
    assert problems == {(3, "emails[0]"), (4, "last_name"), (9, "N")}
    report = apply_import(kb, plan, backup=False)
    assert report.created == 0 and len(report.rejected) == 3
    assert kb.contacts.count() == 0 and kb.organisations.count() == 0


def test_an_error_while_writing_leaves_nothing(kb):
    plan = plan_import(kb, contacts(asa(1), asa(2, first_name="Jörgen", emails=["j@example.se"], phones=[],
                                                department="boom")))
    kb.db.execute("CREATE TRIGGER fail BEFORE INSERT ON affiliation WHEN NEW.role = 'boom' "
                  "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    before = counts(kb)
    with pytest.raises(sqlite3.DatabaseError, match="disk full"):
        apply_import(kb, plan, backup=False)
    assert counts(kb) == before


def test_cancel_leaves_nothing(kb):
    plan = plan_import(kb, contacts(*(asa(i, first_name=f"Person{i}", emails=[f"p{i}@example.se"], phones=[])
                                      for i in range(1, 50))))
    cancelled = threading.Event()
    seen = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        cancelled.set()

    before = counts(kb)
    with pytest.raises(Cancelled):
        apply_import(kb, plan, cancelled=cancelled, progress=progress, backup=False)
    assert seen and counts(kb) == before


def test_import_is_one_operation_in_the_change_log(kb):
    report = apply_import(kb, plan_import(kb, contacts(asa())), backup=False)
    ops = {r[0] for r in kb.db.execute("SELECT DISTINCT op_id FROM change_log")}
    assert ops == {report.op_id}


def test_backup_is_taken_before_importing_into_a_database_with_data(kb, tmp_path):
    kb.contacts.create(m.Contact(first_name="Test", last_name="Testsson"))
    report = apply_import(kb, plan_import(kb, contacts(asa())))
    assert report.backup is not None and report.backup.is_file()
    import sqlite3

    copy = sqlite3.connect(report.backup)
    try:
        assert copy.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
    finally:
        copy.close()


def test_organisations_by_org_number_and_name(kb):
    uu = kb.organisations.create(m.Organisation(name="Uppsala universitet", kind="lärosäte/institut",
                                                org_number="202100-2932")).record
    result = ReadResult(Path("orgs.csv"), "organisation", [
        IncomingOrganisation(2, name="UU", org_number="2021002932", website="https://uu.se"),
        IncomingOrganisation(3, name="Region Örebro län", kind="region", org_number="232100-0164"),
        IncomingOrganisation(4, name="Fel AB", org_number="556000-0000"),
    ])
    plan = plan_import(kb, result)
    assert [r.status for r in plan.rows] == ["update", "new", "rejected"]
    assert plan.rows[0].existing_id == uu.id
    assert plan.rows[2].problems[0].field == "org_number"
    apply_import(kb, plan, backup=False)
    assert kb.organisations.get(uu.id).website == "https://uu.se"
    assert kb.organisations.count() == 2


def test_projects_link_coordinator_and_call_and_reject_bad_amounts(kb):
    result = ReadResult(Path("projekt.xlsx"), "project", [
        IncomingProject(2, title="Smarta sensorer i Göteborg", reference="2022-01234", status="beviljad",
                        kind="genomförande", total_budget_sek="2 000 000", grant_sek="1 000 000",
                        coordinator="Göteborgs Stad", call="IoT för samhällsnytta"),
        IncomingProject(3, title="Trasig budget", status="beviljad", total_budget_sek="1,2 mkr"),
        IncomingProject(4, title="Utan status"),
    ])
    plan = plan_import(kb, result)
    assert [r.status for r in plan.rows] == ["new", "rejected", "rejected"]
    assert plan.rows[1].problems[0].field == "total_budget_sek"
    assert plan.rows[2].problems[0].field == "status"
    apply_import(kb, plan, backup=False)
    project = kb.projects.list()[0]
    assert kb.organisations.get(project.coordinator_id).name == "Göteborgs Stad"
    assert kb.calls.get(project.call_id).name == "IoT för samhällsnytta"
    assert plan_import(kb, result).rows[0].status == "unchanged"


def test_calendar_events_link_known_attendees_and_update_on_a_new_invitation(kb):
    person = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg", emails=["asa@example.se"])).record
    event = IncomingActivity(5, title="Workshop om sensorer", starts="2022-10-27T09:00", ends="2022-10-27T12:00",
                             place="Teams", online=True, uid="abc-123@example.com",
                             attendees=[Attendee("ASA@example.se", "Åsa Öberg"), Attendee("okand@example.com")])
    plan = plan_import(kb, ReadResult(Path("inbjudan.ics"), "activity", [event]))
    assert plan.rows[0].status == "new"
    assert plan.warnings == [Message("attendees_not_linked", {"line": 5, "count": 1})]
    report = apply_import(kb, plan, backup=False)
    activity = kb.activities.get(report.ids[0])
    links = kb.activity_links.list({"activity_id": activity.id})
    assert [(link.contact_id, link.role) for link in links] == [(person.id, "deltagare")]
    assert kb.contacts.count() == 1  # no contact is invented from an invitation

    moved = IncomingActivity(5, title="Workshop om sensorer", starts="2022-10-27T09:00", ends="2022-10-27T13:00")
    plan = plan_import(kb, ReadResult(Path("inbjudan.ics"), "activity", [moved]))
    assert plan.rows[0].status == "update" and plan.rows[0].changed == ["ends"]
    apply_import(kb, plan, backup=False)
    assert kb.activities.get(activity.id).ends == "2022-10-27T13:00"
    assert kb.activities.count() == 1


def test_two_rows_for_one_known_person_become_one_update_with_what_both_bring(kb):
    known = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg", emails=["asa.oberg@example.se"])).record
    plan = plan_import(kb, contacts(asa(1, phones=["070-123 45 67"], tags=["Smart stad"]),
                                    asa(2, phones=["08-550 123 45"], tags=["Vatten"], municipality="Uppsala")))
    assert [r.status for r in plan.rows] == ["update", "unchanged"]
    assert plan.rows[1].reason == Message("same_record_as_line", {"line": 1})
    apply_import(kb, plan, backup=False)
    person = kb.contacts.get(known.id)
    assert person.phones == ["+46701234567", "+46855012345"] and person.municipality == "Uppsala"
    assert sorted(kb.tags.names_for("contact", known.id)) == ["Smart stad", "Vatten"]


def test_every_write_of_an_import_is_in_the_change_log(kb):
    """New records, links and tags in bulk, and updates of known records (empty fields filled, new
    e-mails, tags and affiliations added): another computer replaying the log gets the same rows."""
    org = kb.organisations.create(m.Organisation(name="Region Uppsala", kind="region")).record
    known = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg", emails=["asa.oberg@example.se"])).record
    plan = plan_import(kb, contacts(asa(1, municipality="Uppsala", emails=["asa.oberg@example.se", "asa@example.com"],
                                        tags=["Smart stad", "Vatten"]),
                                    asa(2, first_name="Jörgen", last_name="Ärlig", emails=["jorgen@example.se"],
                                        phones=[], organisation="Ny kommun", tags=["Vatten"])))
    assert [r.status for r in plan.rows] == ["update", "new"]
    report = apply_import(kb, plan, backup=False)
    assert (report.created, report.updated, report.organisations_created) == (1, 1, 1)
    assert kb.contacts.get(known.id).municipality == "Uppsala"
    assert {a.organisation_id for a in kb.affiliations.list({"contact_id": known.id})} == {org.id}
    assert differences(kb) == []
    created = kb.db.execute("SELECT hlc FROM change_log WHERE row_id = ? AND action = 'create'",
                                [known.id]).fetchone()[0]
    ops = {r[0] for r in kb.db.execute("SELECT op_id FROM change_log WHERE hlc > ?", [created])}
    assert ops == {report.op_id}
