"""What the data layer knows about each table: its dataclass, validator, references."""

from __future__ import annotations

from dataclasses import dataclass, field

from db import models as m
from db import validation as v


@dataclass(frozen=True)
class EntitySpec:
    table: str
    cls: type[m.Record]
    validate: object
    # field -> table it references (checked with a clear message before writing)
    references: dict[str, str] = field(default_factory=dict)
    json_fields: tuple[str, ...] = ()
    bool_fields: tuple[str, ...] = ()
    # columns that the default sort and the text filter use
    sort: tuple[str, ...] = ()
    text_fields: tuple[str, ...] = ()


SPECS: dict[str, EntitySpec] = {
    spec.table: spec
    for spec in (
        EntitySpec("organisation", m.Organisation, v.validate_organisation,
                   {"parent_id": "organisation"}, sort=("name",),
                   text_fields=("name", "short_name", "municipality", "org_number")),
        EntitySpec("contact", m.Contact, v.validate_contact, {},
                   json_fields=("emails", "phones"), bool_fields=("is_staff",),
                   sort=("last_name", "first_name"),
                   text_fields=("first_name", "last_name", "title", "emails", "municipality")),
        EntitySpec("call", m.Call, v.validate_call, {}, json_fields=("need_areas",),
                   sort=("year", "name"), text_fields=("name", "theme")),
        EntitySpec("project", m.Project, v.validate_project,
                   {"call_id": "call", "coordinator_id": "organisation"}, sort=("title",),
                   text_fields=("title", "reference", "municipality", "need_area")),
        EntitySpec("network", m.Network, v.validate_network,
                   {"parent_id": "network", "coordinator_id": "organisation"}, sort=("name",),
                   text_fields=("name",)),
        EntitySpec("activity", m.Activity, v.validate_activity, {}, bool_fields=("online",),
                   sort=("starts",), text_fields=("title", "place")),
        EntitySpec("affiliation", m.Affiliation, v.validate_affiliation,
                   {"contact_id": "contact", "organisation_id": "organisation"}, sort=("from_date",)),
        EntitySpec("project_party", m.ProjectParty, v.validate_project_party,
                   {"project_id": "project", "organisation_id": "organisation", "contact_id": "contact"},
                   sort=("role",)),
        EntitySpec("membership", m.Membership, v.validate_membership,
                   {"network_id": "network", "organisation_id": "organisation", "contact_id": "contact"},
                   sort=("from_date",)),
        EntitySpec("activity_link", m.ActivityLink, v.validate_activity_link,
                   {"activity_id": "activity", "contact_id": "contact", "organisation_id": "organisation",
                    "project_id": "project", "network_id": "network"}, sort=("role",)),
        EntitySpec("follow_up", m.FollowUp, v.validate_follow_up,
                   {"activity_id": "activity", "owner_id": "contact"}, sort=("due",), text_fields=("text",)),
        EntitySpec("note", m.Note, v.validate_note, {}, sort=("created_at",), text_fields=("text",)),
        EntitySpec("tag", m.Tag, v.validate_tag, {}, sort=("name",), text_fields=("name",)),
        EntitySpec("tagging", m.Tagging, v.validate_tagging, {"tag_id": "tag"}, sort=("created_at",)),
    )
}

# Entities that stand on their own (notes and tags can be attached to these).
MAIN_ENTITIES = ("organisation", "contact", "call", "project", "network", "activity")


def text_filter(fields: tuple[str, ...], text: str | None, alias: str = "") -> tuple[list[str], list[str]]:
    """SQL conditions (and their parameters) that every word of `text` occurs in one of `fields`.

    sv_lower (registered with the collation): SQLite's LIKE ignores case for ASCII only, and
    "örebro" must find "Örebro"."""
    clauses: list[str] = []
    params: list[str] = []
    for word in (text or "").lower().split():
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append("(" + " OR ".join(f"sv_lower({alias}[{f}]) LIKE ? ESCAPE '\\'" for f in fields) + ")")
        params.extend([pattern] * len(fields))
    return clauses, params
