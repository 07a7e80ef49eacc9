"""The words of the import wizard that several of its pages show: record types, statuses, decisions,
and the fields a column of a spreadsheet can go to (in the order db.interchange.tabular offers them)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.interchange.tabular import column_maps, target_fields
from db.interchange.tabular.column_mapping import ENTITIES as TABLE_ENTITIES
from desktop.messages import field_label

CONTEXT = "ImportWizard"
ENTITIES = TABLE_ENTITIES  # what a spreadsheet can hold
STATUSES = ("new", "update", "unchanged", "duplicate", "rejected")
DECISIONS = ("skip", "new", "update")

STATUS_TEXT = {
    "new": QT_TRANSLATE_NOOP("ImportWizard", "New"),
    "update": QT_TRANSLATE_NOOP("ImportWizard", "Update"),
    "unchanged": QT_TRANSLATE_NOOP("ImportWizard", "Unchanged"),
    "duplicate": QT_TRANSLATE_NOOP("ImportWizard", "Possible duplicate"),
    "rejected": QT_TRANSLATE_NOOP("ImportWizard", "Rejected"),
}
COUNT_TEXT = {
    "new": QT_TRANSLATE_NOOP("ImportWizard", "New records"),
    "update": QT_TRANSLATE_NOOP("ImportWizard", "Updates"),
    "unchanged": QT_TRANSLATE_NOOP("ImportWizard", "Unchanged records"),
    "duplicate": QT_TRANSLATE_NOOP("ImportWizard", "Possible duplicates"),
    "rejected": QT_TRANSLATE_NOOP("ImportWizard", "Rejected rows"),
}
DECISION_TEXT = {
    "skip": QT_TRANSLATE_NOOP("ImportWizard", "Skip"),
    "new": QT_TRANSLATE_NOOP("ImportWizard", "Import as new"),
    "update": QT_TRANSLATE_NOOP("ImportWizard", "Update the existing record"),
}
ENTITY_TEXT = {
    "contact": QT_TRANSLATE_NOOP("ImportWizard", "Contacts"),
    "organisation": QT_TRANSLATE_NOOP("ImportWizard", "Organisations"),
    "project": QT_TRANSLATE_NOOP("ImportWizard", "Projects"),
}
# The fields a column can go to (db.interchange.incoming_records's Incoming* fields and the contact's name helpers).
FIELD_TEXT = {
    "first_name": QT_TRANSLATE_NOOP("ImportWizard", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportWizard", "Last name"),
    "middle_name": QT_TRANSLATE_NOOP("ImportWizard", "Middle name"),
    "full_name": QT_TRANSLATE_NOOP("ImportWizard", "Whole name (first and last)"),
    "title": QT_TRANSLATE_NOOP("ImportWizard", "Title"),
    "organisation": QT_TRANSLATE_NOOP("ImportWizard", "Organisation"),
    "department": QT_TRANSLATE_NOOP("ImportWizard", "Department"),
    "emails": QT_TRANSLATE_NOOP("ImportWizard", "E-mail"),
    "phones": QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    "municipality": QT_TRANSLATE_NOOP("ImportWizard", "Municipality"),
    "notes": QT_TRANSLATE_NOOP("ImportWizard", "Notes"),
    "tags": QT_TRANSLATE_NOOP("ImportWizard", "Tags"),
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Name"),
    "short_name": QT_TRANSLATE_NOOP("ImportWizard", "Short name"),
    "kind": QT_TRANSLATE_NOOP("ImportWizard", "Kind"),
    "org_number": QT_TRANSLATE_NOOP("ImportWizard", "Org. number"),
    "website": QT_TRANSLATE_NOOP("ImportWizard", "Website"),
    "county": QT_TRANSLATE_NOOP("ImportWizard", "County"),
    "reference": QT_TRANSLATE_NOOP("ImportWizard", "Reference"),
    "status": QT_TRANSLATE_NOOP("ImportWizard", "Status"),
    "start_date": QT_TRANSLATE_NOOP("ImportWizard", "Start"),
    "end_date": QT_TRANSLATE_NOOP("ImportWizard", "End"),
    "total_budget_sek": QT_TRANSLATE_NOOP("ImportWizard", "Total budget"),
    "grant_sek": QT_TRANSLATE_NOOP("ImportWizard", "Grant"),
    "coordinator": QT_TRANSLATE_NOOP("ImportWizard", "Coordinator"),
    "call": QT_TRANSLATE_NOOP("ImportWizard", "Call"),
    "need_area": QT_TRANSLATE_NOOP("ImportWizard", "Need area"),
    "description": QT_TRANSLATE_NOOP("ImportWizard", "Description"),
}


def tr(text: str) -> str:
    """One of the texts above in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def field_text(name: str) -> str:
    """A mapping target or a rejected row's field in the interface language."""
    if name in FIELD_TEXT:
        return tr(FIELD_TEXT[name])
    return field_label(name)


def mapping_targets(entity: str) -> list[str]:
    """The fields a column of a file of this record type can go to, in the order offered
    (db.interchange.tabular.column_maps' order: the likeliest first)."""
    allowed = [name for name in target_fields(entity) if name != "uid"]
    ordered = [name for name, _headers in column_maps.TABLES[entity] if name in allowed]
    return ordered + [name for name in allowed if name not in ordered]


def takes_several_columns(name: str) -> bool:
    """E-mails, phones and tags: several columns may fill them (every other field takes one)."""
    return name in column_maps.MULTI_FIELDS


def required_fields(entity: str) -> tuple[str, ...]:
    """A row needs one of these mapped, else every row would be rejected."""
    return column_maps.REQUIRED[entity]


def as_sentence(text: str) -> str:
    """A message of db/ ("photos skipped ...") shown on its own line, as a sentence."""
    return text[:1].upper() + text[1:]


def plural(count: int, one: str, many: str) -> str:
    """"1 row" / "3 rows": `one` and `many` are already translated, `many` holds %1."""
    return one if count == 1 else many.replace("%1", str(count))
