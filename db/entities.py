"""The entity registry: one description per kind of record that every layer reads.

Each EntitySpec says what the data layer needs (table, dataclass, validator, references, JSON and
boolean columns, default order, text-filter columns) and what the interfaces show (labels in Swedish
and English, an icon, the title of a row, the list's columns and default sort), and which features
the kind takes part in (a list page of its own, search, merging, being an activity's participant or
topic). Adding a kind touches the places listed in docs/adding-an-entity-kind.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from db import models as m
from db import validation as v


@dataclass(frozen=True)
class Label:
    """A name in both interface languages (data, not a sentence)."""

    sv: str
    en: str

    def __call__(self, language: str) -> str:
        return self.sv if language == "sv" else self.en


@dataclass(frozen=True)
class Column:
    """One column of a list view: its key, an SQL expression over the table aliased t, how its
    values sort and show (text, number, year, date, amount, phone), and its heading."""

    key: str
    sql: str
    kind: str = "text"
    label: Label = Label("", "")


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
    # --- what the interfaces show (main entities) ---
    main: bool = False  # stands on its own: a list page, notes and tags attach to it
    singular: Label | None = None
    plural: Label | None = None
    icon: str | None = None  # resources/icons/<icon>.svg
    title_sql: str | None = None  # the expression that names a row (links, pickers, messages)
    columns: tuple[Column, ...] = ()  # the list view's columns, in order
    default_sort: tuple[str, bool] | None = None  # (column key, newest first)
    # --- features ---
    searchable: bool = False  # has documents in the search index
    mergeable: bool = False  # duplicates are found and merged
    activity_target: bool = False  # an activity's participant or topic (activity_link.<table>_id)

    def title(self, record: m.Record) -> str:
        """The one line that names a record (what title_sql computes in SQL)."""
        if isinstance(record, m.Contact):
            return record.full_name
        return str(getattr(record, "name", None) or getattr(record, "title", None) or "")


def _c(key: str, sql: str, sv: str, en: str, kind: str = "text") -> Column:
    return Column(key, sql, kind, Label(sv, en))


_CURRENT_ORG = (
    "(SELECT o.name FROM affiliation a JOIN organisation o ON o.id = a.organisation_id"
    " WHERE a.contact_id = t.id AND a.deleted_at IS NULL AND o.deleted_at IS NULL"
    " AND (a.to_date IS NULL OR a.to_date >= date('now')) ORDER BY a.from_date DESC LIMIT 1)"
)
_NAME = _c("name", "t.name", "Namn", "Name")
_KIND = _c("kind", "t.kind", "Typ", "Kind")
_MUNICIPALITY = _c("municipality", "t.municipality", "Kommun", "Municipality")
_COORDINATOR = _c("coordinator", "(SELECT o.name FROM organisation o WHERE o.id = t.coordinator_id)",
                  "Koordinator", "Coordinator")

SPECS: dict[str, EntitySpec] = {
    spec.table: spec
    for spec in (
        EntitySpec(
            "contact", m.Contact, v.validate_contact, {}, json_fields=("emails", "phones"),
            bool_fields=("is_staff",), sort=("last_name", "first_name"),
            text_fields=("first_name", "last_name", "title", "emails", "municipality"),
            main=True, singular=Label("Kontakt", "Contact"), plural=Label("Kontakter", "Contacts"), icon="contact",
            title_sql="trim(first_name || ' ' || last_name)",
            columns=(_c("name", "trim(t.first_name || ' ' || t.last_name)", "Namn", "Name"),
                     _c("title", "t.title", "Titel", "Title"),
                     _c("organisation", _CURRENT_ORG, "Organisation", "Organisation"),
                     _c("email", "json_extract(t.emails, '$[0]')", "E-post", "E-mail"),
                     _c("phone", "json_extract(t.phones, '$[0]')", "Telefon", "Phone", "phone"), _MUNICIPALITY),
            default_sort=("name", False), searchable=True, mergeable=True, activity_target=True),
        EntitySpec(
            "organisation", m.Organisation, v.validate_organisation, {"parent_id": "organisation"}, sort=("name",),
            text_fields=("name", "short_name", "municipality", "org_number"),
            main=True, singular=Label("Organisation", "Organisation"), plural=Label("Organisationer", "Organisations"),
            icon="organisation", title_sql="name",
            columns=(_NAME, _c("short_name", "t.short_name", "Kortnamn", "Short name"), _KIND, _MUNICIPALITY,
                     _c("county", "t.county", "Län", "County"),
                     _c("org_number", "t.org_number", "Org.nr", "Org. number")),
            default_sort=("name", False), searchable=True, mergeable=True, activity_target=True),
        EntitySpec(
            "project", m.Project, v.validate_project, {"call_id": "call", "coordinator_id": "organisation"},
            sort=("title",), text_fields=("title", "reference", "municipality", "need_area"),
            main=True, singular=Label("Projekt", "Project"), plural=Label("Projekt", "Projects"), icon="project",
            title_sql="title",
            columns=(_c("title", "t.title", "Titel", "Title"), _KIND, _c("status", "t.status", "Status", "Status"),
                     _c("call", "(SELECT c.name FROM call c WHERE c.id = t.call_id)", "Utlysning", "Call"),
                     _COORDINATOR,
                     _c("total_budget_sek", "t.total_budget_sek", "Total budget", "Total budget", "amount"),
                     _c("grant_sek", "t.grant_sek", "Bidrag", "Grant", "amount"),
                     _c("start_date", "t.start_date", "Start", "Start", "date"),
                     _c("end_date", "t.end_date", "Slut", "End", "date")),
            default_sort=("title", False), searchable=True, activity_target=True),
        EntitySpec(
            "network", m.Network, v.validate_network, {"parent_id": "network", "coordinator_id": "organisation"},
            sort=("name",), text_fields=("name",),
            main=True, singular=Label("Nätverk", "Network"), plural=Label("Nätverk", "Networks"), icon="network",
            title_sql="name",
            columns=(_NAME,
                     _c("parent", "(SELECT p.name FROM network p WHERE p.id = t.parent_id)", "Del av", "Part of"),
                     _COORDINATOR,
                     _c("members", "(SELECT count(*) FROM membership s WHERE s.network_id = t.id"
                                   " AND s.deleted_at IS NULL)", "Medlemmar", "Members", "number")),
            default_sort=("name", False), searchable=True, activity_target=True),
        EntitySpec(
            "activity", m.Activity, v.validate_activity, {}, bool_fields=("online",), sort=("starts",),
            text_fields=("title", "place"),
            main=True, singular=Label("Aktivitet", "Activity"), plural=Label("Aktiviteter", "Activities"),
            icon="activity", title_sql="title",
            columns=(_c("starts", "t.starts", "Datum", "Date", "date"), _KIND, _c("title", "t.title", "Titel", "Title"),
                     _c("place", "CASE WHEN t.online THEN coalesce(t.place || ' (online)', 'online') ELSE t.place END",
                        "Plats", "Place"),
                     _c("attendance", "t.attendance", "Antal deltagare", "Attendance", "number")),
            default_sort=("starts", True), searchable=True),
        EntitySpec(
            "call", m.Call, v.validate_call, {}, json_fields=("need_areas",), sort=("year", "name"),
            text_fields=("name", "theme"),
            main=True, singular=Label("Utlysning", "Call"), plural=Label("Utlysningar", "Calls"), icon="call",
            title_sql="name",
            columns=(_NAME, _c("year", "t.year", "År", "Year", "year"), _c("theme", "t.theme", "Tema", "Theme"),
                     _c("opens", "t.opens", "Öppnar", "Opens", "date"),
                     _c("closes", "t.closes", "Stänger", "Closes", "date")),
            default_sort=("year", True), searchable=True),
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
        EntitySpec("note", m.Note, v.validate_note, {}, sort=("created_at",), text_fields=("text",),
                   singular=Label("Anteckning", "Note"), plural=Label("Anteckningar", "Notes"), icon="note",
                   searchable=True),
        EntitySpec("tag", m.Tag, v.validate_tag, {}, sort=("name",), text_fields=("name",)),
        EntitySpec("tagging", m.Tagging, v.validate_tagging, {"tag_id": "tag"}, sort=("created_at",)),
    )
}

# Entities that stand on their own (notes and tags can be attached to these), in the order lists show them.
MAIN_ENTITIES = tuple(table for table, spec in SPECS.items() if spec.main)
SEARCHABLE = tuple(table for table, spec in SPECS.items() if spec.searchable)
MERGEABLE = tuple(table for table, spec in SPECS.items() if spec.mergeable)
ACTIVITY_TARGETS = tuple(table for table, spec in SPECS.items() if spec.activity_target)


def spec(table: str) -> EntitySpec:
    try:
        return SPECS[table]
    except KeyError:
        raise ValueError(f"unknown entity type '{table}'") from None


def column_label(key: str, language: str) -> str:
    """The heading of a list column, whichever list shows it (the same key reads the same everywhere)."""
    for entity in SPECS.values():
        for column in entity.columns:
            if column.key == key:
                return column.label(language)
    return key


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
