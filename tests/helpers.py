"""Small builders for test data (fictional people only)."""

from __future__ import annotations

from db import KnowledgeBase
from db import models as m


def populate(kb: KnowledgeBase) -> dict[str, str]:
    """One of everything, linked together; returns the ids by name."""
    ids: dict[str, str] = {}
    with kb.batch():
        uu = kb.organisations.create(m.Organisation(name="Uppsala universitet", kind="lärosäte/institut",
                                                    org_number="202100-2932", municipality="Uppsala")).record
        ids["org"] = uu.id
        child = kb.organisations.create(m.Organisation(name="Programkontoret", parent_id=uu.id)).record
        ids["child_org"] = child.id
        anna = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg", title="Projektledare",
                                            emails=["asa.oberg@example.se"], phones=["070-174 06 05"])).record
        ids["contact"] = anna.id
        kb.affiliations.create(m.Affiliation(contact_id=anna.id, organisation_id=uu.id, role="projektledare",
                                             from_date="2021-01-01"))
        call = kb.calls.create(m.Call(name="IoT för samhällsnytta", year=2021, need_areas=["hälsa", "miljö"],
                                      opens="2021-03-01", closes="2021-06-01")).record
        ids["call"] = call.id
        project = kb.projects.create(m.Project(title="Smarta sensorer i Göteborg", kind="genomförande",
                                               status="pågående", call_id=call.id, total_budget_sek=2_000_000,
                                               grant_sek=1_000_000, coordinator_id=uu.id)).record
        ids["project"] = project.id
        kb.project_parties.create(m.ProjectParty(project_id=project.id, contact_id=anna.id, role="projektledare"))
        network = kb.networks.create(m.Network(name="Smart City Lab")).record
        ids["network"] = network.id
        kb.memberships.create(m.Membership(network_id=network.id, organisation_id=uu.id, from_date="2022-05-01"))
        meeting = kb.activities.create(m.Activity(kind="möte", title="Uppstartsmöte", starts="2022-09-13T10:00",
                                                  place="Uppsala", minutes="Vi gick igenom projekten.")).record
        ids["activity"] = meeting.id
        kb.activity_links.create(m.ActivityLink(activity_id=meeting.id, contact_id=anna.id))
        kb.activity_links.create(m.ActivityLink(activity_id=meeting.id, project_id=project.id, role="ämne"))
        kb.follow_ups.create(m.FollowUp(activity_id=meeting.id, text="Skicka protokollet", owner_id=anna.id,
                                        due="2022-09-20"))
        kb.notes.add("project", project.id, "Första anteckningen")
        kb.tags.tag("project", project.id, "välfärdsteknik")
    return ids
