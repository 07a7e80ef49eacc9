"""The demo data: the 2022 annual report's facts, loaded in one transaction, nothing invented."""

from __future__ import annotations

import dataclasses

import pytest

from db import KnowledgeBase, Message, UserError, ValidationError, details
from db.demo import create_demo
from db.demo import events as demo_events
from db.schema import ENTITY_TABLES
from tests.changelog_replay import differences

STAFF = {
    "Olle Bergdahl", "Jin Moen", "Maria Bergenheim", "Kristin Blom", "Anette Persson Stache",
    "Nicolai Slotte", "Bo Baudin", "Frida Kempe", "Magnus Fransson",
}

EXTERNAL_ROLES = [
    ("Klas Palm", "Uppsala universitet", "forskare"),
    ("Camilla Evensson", "RISE", "projektledare"),
    ("Fred Kjellsson", "Innovation Skåne", "projektledare"),
    ("Sarah Wamala Andersson", "Mälardalens universitet", "professor i hälso- och välfärdsteknik"),
    ("Eva Sahlén", "Sveriges Kommuner och Regioner", "samordnare för Kompetenscenter välfärdsteknik"),
    ("Richard Hellborg", "Vinnova", "områdesansvarig Hållbar precisionshälsa"),
    ("Thomas Nilsson", "Certezza", "medgrundare"),
    ("Ebba Ljungdahl", "Certezza", "jurist"),
    ("Karin Winberg", "Eskilstuna kommun", "kommunstrateg för informationssäkerhet"),
    ("Tobias Ander", "Örebro kommun", "CISO"),
    ("Michael Carlberg Lax", "Skellefteå kommun", "CIO"),
    ("Michael Björn", "Ericsson", None),
]

ORGANISATION_KINDS = {
    "Uppsala universitet": "lärosäte/institut", "IoT Sverige": "annan", "Vinnova": "myndighet",
    "Energimyndigheten": "myndighet", "Formas": "myndighet", "RISE": "lärosäte/institut",
    "Innovation Skåne": "företag", "Swelife": "annan", "Medtech4Health": "annan", "Inera": "företag",
    "Sveriges Kommuner och Regioner": "förening", "Mälardalens universitet": "lärosäte/institut",
    "Certezza": "företag", "Eskilstuna kommun": "kommun", "Örebro kommun": "kommun",
    "Skellefteå kommun": "kommun", "Ericsson": "företag", "Tryggare Sverige": "annan", "SMHI": "myndighet",
    "Rymdstyrelsen": "myndighet", "Region Jönköpings län": "region", "Länsstyrelsen i Jönköpings län": "myndighet",
    "Smartare Elektroniksystem": "annan", "Business Sweden": "annan", "Cleantech Scandinavia": "annan",
    "IoT World": "annan", "ICT Uppsala": "annan", "Västra Götalandsregionen": "region",
}

PROJECTS = {
    "Smart City Lab": "strategiskt", "API:er i välfärdsteknik": "strategiskt", "IoT Implementering": "strategiskt",
    "Regiongemensam IoT i Jönköpings län": None, "Hemsjukhuset 3.0": None,
    "Handbok för cybersäkra IoT-lösningar": None,
}


@pytest.fixture
def counts(kb):
    return create_demo(kb)


def one(service, **where):
    rows = service.list(where)
    assert len(rows) == 1, f"expected one {service.table} with {where}, found {len(rows)}"
    return rows[0]


def contact(kb, full_name):
    first, last = full_name.split(" ", 1)
    return one(kb.contacts, first_name=first, last_name=last)


def activity(kb, title):
    return one(kb.activities, title=title)


def links(kb, activity_id):
    """(entity, title, role) of every link of an activity."""
    return {(link.entity, link.title, link.role) for link in details(kb, "activity", activity_id).links}


# --- loading and counts ------------------------------------------------------------------------


def test_counts_are_what_the_tables_hold(kb, counts):
    for table in ENTITY_TABLES:
        assert kb.service(table).count() == counts.get(table, 0), table
    assert counts["organisation"] == len(ORGANISATION_KINDS) == 28
    assert counts["contact"] == len(STAFF) + len(EXTERNAL_ROLES) == 21
    assert counts["call"] == 2
    assert counts["project"] == len(PROJECTS) == 6
    assert counts["network"] == 6
    assert counts["activity"] == 21
    assert counts["note"] >= 3
    assert list(counts) == [t for t in ENTITY_TABLES if t in counts]  # schema order, for the CLI


def test_every_row_was_written_by_the_kb_user(kb, counts):
    for table in ENTITY_TABLES:
        users = {r[0] for r in kb.db.execute(f"SELECT DISTINCT updated_by FROM [{table}]")}
        assert users <= {"testare"}, table
    authors = {n.author for n in kb.notes.list()}
    assert authors == {"testare"}


# --- organisations ---------------------------------------------------------------------------------


def test_organisations_have_the_right_kinds_and_no_org_numbers(kb, counts):
    stored = {o.name: o for o in kb.organisations.list()}
    assert {name: o.kind for name, o in stored.items()} == ORGANISATION_KINDS
    assert all(o.org_number is None for o in stored.values())
    assert stored["SMHI"].municipality is None  # only where the report makes it certain
    assert stored["Eskilstuna kommun"].municipality == "Eskilstuna"
    assert stored["Region Jönköpings län"].county == "Jönköpings län"
    assert stored["Sveriges Kommuner och Regioner"].short_name == "SKR"


def test_iot_sverige_is_hosted_by_uppsala_universitet(kb, counts):
    host = one(kb.organisations, name="Uppsala universitet")
    programme = one(kb.organisations, name="IoT Sverige")
    assert programme.parent_id == host.id
    assert "Vinnova, Energimyndigheten och Formas" in programme.notes


# --- people -----------------------------------------------------------------------------------------


def test_staff_are_the_programme_office(kb, counts):
    staff = {c.full_name for c in kb.contacts.list({"is_staff": True})}
    assert staff == STAFF
    programme = one(kb.organisations, name="IoT Sverige")
    for name in STAFF:
        affiliations = kb.affiliations.list({"contact_id": contact(kb, name).id})
        assert affiliations and all(a.organisation_id == programme.id for a in affiliations), name


def staff_affiliations(kb, name):
    return {(a.role, a.from_date, a.to_date) for a in kb.affiliations.list({"contact_id": contact(kb, name).id})}


def test_staff_changes_in_2022(kb, counts):
    assert staff_affiliations(kb, "Olle Bergdahl") == {("programchef", "2022-01-01", None)}
    assert staff_affiliations(kb, "Jin Moen") == {("programchef", None, "2022-01-01"), (None, None, "2022-12-01")}
    assert staff_affiliations(kb, "Nicolai Slotte") == {(None, None, "2022-12-01")}
    assert staff_affiliations(kb, "Magnus Fransson") == {(None, "2022-12-01", None)}
    assert staff_affiliations(kb, "Frida Kempe") == {(None, None, None)}
    assert contact(kb, "Olle Bergdahl").title == "programchef"
    assert "bara månaden" in contact(kb, "Magnus Fransson").notes
    assert "bara månaden" in contact(kb, "Jin Moen").notes


@pytest.mark.parametrize(("name", "organisation", "role"), EXTERNAL_ROLES)
def test_external_people_and_their_roles(kb, counts, name, organisation, role):
    person = contact(kb, name)
    assert not person.is_staff
    assert person.title == role
    linked = details(kb, "contact", person.id).linked("organisation")
    assert [(link.title, link.role) for link in linked] == [(organisation, role)]


def test_no_contact_has_email_or_phone_and_all_have_a_legal_basis(kb, counts):
    contacts = kb.contacts.list()
    assert len(contacts) == 21
    for person in contacts:
        assert person.emails == [] and person.phones == [], person.full_name
        assert person.legal_basis == "allmänt intresse", person.full_name
        assert person.source == "IoT Sveriges årsrapport 2022", person.full_name
    raw = kb.db.execute("SELECT count(*) FROM contact WHERE emails != '[]' OR phones != '[]'").fetchone()[0]
    assert raw == 0


# --- calls and projects --------------------------------------------------------------------------------


def test_call_2021_holds_the_reports_figures(kb, counts):
    call = one(kb.calls, year=2021)
    assert call.name == "IoT för samhällsnytta i offentlig sektor"
    for figure in ("5 förberedelseprojekt", "7 prototyputvecklingsprojekt", "5 genomförandeprojekt",
                   "83,5 mkr", "37,4 mkr", "50 % medfinansiering", "sjutton nya projekt", "kommuner och regioner"):
        assert figure in call.description, figure
    assert call.budget_sek is None  # the report gives the projects' budget, not the call's


def test_call_2022_dates_and_need_areas(kb, counts):
    call = one(kb.calls, year=2022)
    assert call.closes == "2022-12-01"
    assert call.opens == "2022-04-01"
    assert call.decision_by == "2023-03-31"
    assert call.need_areas == ["jämlik hälsa", "trygga offentliga miljöer", "snabbare klimatomställning"]
    assert "bara kvartalet" in call.description


def test_only_the_named_projects_exist(kb, counts):
    projects = {p.title: p for p in kb.projects.list()}
    assert {title: p.kind for title, p in projects.items()} == PROJECTS
    assert all(p.status == "pågående" for p in projects.values())
    assert all(p.call_id is None and p.total_budget_sek is None and p.grant_sek is None for p in projects.values())


def test_project_parties_as_the_report_states(kb, counts):
    apis = one(kb.projects, title="API:er i välfärdsteknik")
    inera = one(kb.organisations, name="Inera")
    assert apis.coordinator_id == inera.id
    assert [(p.organisation_id, p.role) for p in kb.project_parties.list({"project_id": apis.id})] == [
        (inera.id, "koordinator")]
    jonkoping = one(kb.projects, title="Regiongemensam IoT i Jönköpings län")
    assert "närmare 15 miljoner kronor" in jonkoping.description
    assert "55" in jonkoping.description and "tretton kommuner" in jonkoping.description
    partners = {link.title for link in details(kb, "project", jonkoping.id).linked("organisation")}
    assert partners == {"Region Jönköpings län", "Länsstyrelsen i Jönköpings län"}
    handbook = one(kb.projects, title="Handbok för cybersäkra IoT-lösningar")
    assert {link.title for link in details(kb, "project", handbook.id).linked("organisation")} == {
        "Smartare Elektroniksystem"}


# --- networks -------------------------------------------------------------------------------------------


def test_smart_city_lab_has_exactly_four_networks(kb, counts):
    lab = one(kb.networks, name="Smart City Lab", parent_id=None)
    children = kb.networks.list({"parent_id": lab.id})
    assert len(children) == 4
    assert {c.name.removeprefix("Smart City Lab – ") for c in children} == {
        "leverantörer", "Den digitala resan", "MIMs", "upphandling"}
    subnetworks = [link for link in details(kb, "network", lab.id).linked("network") if link.role == "delnätverk"]
    assert len(subnetworks) == 4


def test_iot_forum(kb, counts):
    forum = one(kb.networks, name="IoT Forum")
    assert forum.parent_id is None
    assert "årskonferens 2021" in forum.description
    assert forum.coordinator_id == one(kb.organisations, name="IoT Sverige").id
    events = details(kb, "network", forum.id).activities
    assert len(events) == 5
    assert all(e.online for e in events)
    assert {e.title for e in events} >= {"Webbinarium om internationalisering", "Workshop om IoT och säkerhet"}


# --- activities ------------------------------------------------------------------------------------------


def test_annual_conference(kb, counts):
    conference = activity(kb, "IoT Sveriges årskonferens 2022")
    assert (conference.kind, conference.starts, conference.place) == ("konferens", "2022-10-27", "Uppsala slott")
    assert conference.attendance == 175
    assert conference.online
    assert "175 personer deltog digitalt" in conference.minutes
    linked = links(kb, conference.id)
    moderators = {title for entity, title, role in linked if role == "moderator"}
    assert moderators == {"Olle Bergdahl", "Maria Bergenheim", "Kristin Blom"}
    speakers = {title for entity, title, role in linked if role == "talare"}
    assert speakers == {"Thomas Nilsson", "Ebba Ljungdahl", "Klas Palm", "Karin Winberg", "Tobias Ander",
                        "Michael Carlberg Lax", "Michael Björn"}


def test_project_meeting_in_uppsala(kb, counts):
    meeting = one(kb.activities, place="Uppsala")
    assert (meeting.starts, meeting.ends, meeting.attendance) == ("2022-09-13", "2022-09-14", 50)
    assert "drygt 50" in meeting.minutes and "cirka 30" in meeting.minutes


def test_almedalen_seminar(kb, counts):
    seminar = activity(kb, "Välfärdsteknik – en kommunal ödesfråga")
    assert seminar.kind == "seminarium"
    linked = links(kb, seminar.id)
    assert ("project", "IoT Implementering", "ämne") in linked
    assert ("contact", "Olle Bergdahl", "moderator") in linked
    assert ("organisation", "IoT Sverige", "arrangör") in linked
    assert {title for entity, title, role in linked if role == "talare"} == {
        "Klas Palm", "Camilla Evensson", "Fred Kjellsson", "Sarah Wamala Andersson", "Eva Sahlén",
        "Richard Hellborg"}


@pytest.mark.parametrize(("title", "starts", "place"), [
    ("Lansering av Smart City Lab på Sthlm Tech Live", "2022-05-01", None),
    ("H22, internationell stadsmässa", "2022-05-01", "Helsingborg"),
    ("IoT Solutions World Congress 2022", "2022-05-01", "Barcelona"),
    ("Workshop med Hemsjukhuset 3.0 på Kraftsamling för hållbar precisionshälsa", "2022-09-01", None),
    ("SIP-konferensen 2022", "2022-09-01", "Göteborg"),
    ("Lansering av innovationsagendan för välfärdsteknik", "2022-10-01", "Vinnova (livesändning)"),
    ("Föreläsning om IoT och programpresentation för ICT Uppsala", "2022-11-01", None),
    ("Uppsala Innovation Day", "2022-11-01", None),
    ("Internetdagarna", "2022-11-01", None),
    ("Digitalisering i människans tjänst", "2022-12-01", None),
    ("SEMIC: Data Spaces in an interoperable Europe", "2022-12-01", "Bryssel"),
    ("Upptaktsträff om internationalisering", "2022-01-01", None),
])
def test_events_of_the_year(kb, counts, title, starts, place):
    event = activity(kb, title)
    assert (event.starts, event.place) == (starts, place)


def test_smart_city_expo_delegation(kb, counts):
    expo = activity(kb, "Smart City Expo World Congress")
    assert (expo.kind, expo.place, expo.attendance) == ("mässa", "Barcelona", 18)
    assert {title for _, title, _ in links(kb, expo.id)} >= {"Business Sweden", "IoT World", "Smart City Lab",
                                                           "Cleantech Scandinavia"}


def test_innovation_agenda_launch_with_olle(kb, counts):
    launch = activity(kb, "Lansering av innovationsagendan för välfärdsteknik")
    assert launch.online
    assert ("contact", "Olle Bergdahl", "deltagare") in links(kb, launch.id)


def test_approximate_dates_say_so(kb, counts):
    """A date on the first of a month stands for a month, quarter or year: the minutes must say which."""
    approximate = [a for a in kb.activities.list() if a.starts.endswith("-01")]
    assert len(approximate) == 19
    for event in approximate:
        assert "Rapporten anger" in event.minutes, event.title
    exact = activity(kb, "IoT Sveriges årskonferens 2022")
    assert "Rapporten anger" not in exact.minutes


def test_every_activity_is_logged_by_the_user(kb, counts):
    assert {a.logged_by for a in kb.activities.list()} == {"testare"}


# --- notes and tags ----------------------------------------------------------------------------------------


def test_notes_carry_the_reports_facts(kb, counts):
    programme = one(kb.organisations, name="IoT Sverige")
    texts = " ".join(n.text for n in kb.notes.for_entity("organisation", programme.id))
    for fact in ("projektportalen", "nio bloggar", "35 projekt", "4,5 tjänster"):
        assert fact in texts, fact


def test_tags(kb, counts):
    assert {t.name for t in kb.tags.list()} >= {"välfärdsteknik", "cybersäkerhet", "internationalisering",
                                                 "Smart City"}
    apis = one(kb.projects, title="API:er i välfärdsteknik")
    assert kb.tags.names_for("project", apis.id) == ["välfärdsteknik"]
    expo = activity(kb, "Smart City Expo World Congress")
    assert kb.tags.names_for("activity", expo.id) == ["internationalisering", "Smart City"]


# --- safety --------------------------------------------------------------------------------------------


def log_size(kb):
    return kb.db.execute("SELECT count(*) FROM change_log").fetchone()[0]


def test_a_non_empty_kb_is_refused_and_left_alone(kb):
    from db import models

    kb.organisations.create(models.Organisation(name="Egen organisation", kind="annan"))
    before = log_size(kb)
    with pytest.raises(UserError) as info:
        create_demo(kb)
    assert info.value.message == Message("demo_needs_empty_knowledge_base",
                                         {"records": 1, "entities": ["organisation"]})
    assert log_size(kb) == before
    assert [o.name for o in kb.organisations.list()] == ["Egen organisation"]
    assert kb.contacts.count() == 0


def test_a_kb_with_contacts_is_refused(kb):
    from db import models

    kb.contacts.create(models.Contact(first_name="Anna", last_name="Ek"))
    with pytest.raises(UserError) as info:
        create_demo(kb)
    assert info.value.params == {"records": 1, "entities": ["contact"]}
    assert kb.organisations.count() == 0


def test_a_failure_half_way_writes_nothing(kb, monkeypatch):
    broken = dataclasses.replace(demo_events.EVENTS[-1], title="Trasig", kind="fest")
    monkeypatch.setattr(demo_events, "EVENTS", (*demo_events.EVENTS, broken))
    with pytest.raises(ValidationError, match="kind"):
        create_demo(kb)
    assert log_size(kb) == 0
    for table in ENTITY_TABLES:
        assert kb.service(table).count(deleted="include") == 0, table


def test_database_is_consistent_afterwards(kb, counts):
    assert kb.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert kb.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_every_demo_write_is_in_the_change_log(kb, counts):
    entries = kb.db.execute_returning_dicts("SELECT * FROM change_log")
    assert len(entries) == sum(counts.values())
    assert {e["action"] for e in entries} == {"create"}
    assert {e["author"] for e in entries} == {"testare"}
    assert len({e["op_id"] for e in entries}) == 1  # one transaction
    logged: dict[str, set[str]] = {}
    for entry in entries:
        logged.setdefault(entry["entity"], set()).add(entry["row_id"])
    for table in ENTITY_TABLES:
        ids = {r[0] for r in kb.db.execute(f"SELECT id FROM [{table}]")}
        assert ids == logged.get(table, set()), table


def test_the_change_log_alone_rebuilds_the_demo(kb, counts):
    """What another computer replaying the log gets: the same rows."""
    assert differences(kb) == []


def test_the_demo_survives_reopening(kb, counts, db_path):
    kb.close()
    with KnowledgeBase.open(db_path, user="annan") as reopened:
        assert reopened.contacts.count() == 21
        assert activity(reopened, "IoT Sveriges årskonferens 2022").attendance == 175
