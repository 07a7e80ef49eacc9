"""Names of fields and tables as db/ writes them ("from_date", "organisation"), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Messages"

# Field, table and label names that appear inside messages (and name the field of a FieldError).
# The source is the name as db/ writes it, so English shows exactly what db/ wrote.
NAMES = frozenset(
    (
        QT_TRANSLATE_NOOP("Messages", "name"),
        QT_TRANSLATE_NOOP("Messages", "short_name"),
        QT_TRANSLATE_NOOP("Messages", "title"),
        QT_TRANSLATE_NOOP("Messages", "kind"),
        QT_TRANSLATE_NOOP("Messages", "status"),
        QT_TRANSLATE_NOOP("Messages", "role"),
        QT_TRANSLATE_NOOP("Messages", "text"),
        QT_TRANSLATE_NOOP("Messages", "year"),
        QT_TRANSLATE_NOOP("Messages", "theme"),
        QT_TRANSLATE_NOOP("Messages", "first_name"),
        QT_TRANSLATE_NOOP("Messages", "last_name"),
        QT_TRANSLATE_NOOP("Messages", "emails"),
        QT_TRANSLATE_NOOP("Messages", "phones"),
        QT_TRANSLATE_NOOP("Messages", "municipality"),
        QT_TRANSLATE_NOOP("Messages", "county"),
        QT_TRANSLATE_NOOP("Messages", "website"),
        QT_TRANSLATE_NOOP("Messages", "org_number"),
        QT_TRANSLATE_NOOP("Messages", "legal_basis"),
        QT_TRANSLATE_NOOP("Messages", "source"),
        QT_TRANSLATE_NOOP("Messages", "informed_at"),
        QT_TRANSLATE_NOOP("Messages", "retain_until"),
        QT_TRANSLATE_NOOP("Messages", "need_areas"),
        QT_TRANSLATE_NOOP("Messages", "need_area"),
        QT_TRANSLATE_NOOP("Messages", "reference"),
        QT_TRANSLATE_NOOP("Messages", "description"),
        QT_TRANSLATE_NOOP("Messages", "notes"),
        QT_TRANSLATE_NOOP("Messages", "opens"),
        QT_TRANSLATE_NOOP("Messages", "closes"),
        QT_TRANSLATE_NOOP("Messages", "decision_by"),
        QT_TRANSLATE_NOOP("Messages", "budget_sek"),
        QT_TRANSLATE_NOOP("Messages", "start_date"),
        QT_TRANSLATE_NOOP("Messages", "end_date"),
        QT_TRANSLATE_NOOP("Messages", "total_budget_sek"),
        QT_TRANSLATE_NOOP("Messages", "grant_sek"),
        QT_TRANSLATE_NOOP("Messages", "starts"),
        QT_TRANSLATE_NOOP("Messages", "ends"),
        QT_TRANSLATE_NOOP("Messages", "place"),
        QT_TRANSLATE_NOOP("Messages", "attendance"),
        QT_TRANSLATE_NOOP("Messages", "minutes"),
        QT_TRANSLATE_NOOP("Messages", "from_date"),
        QT_TRANSLATE_NOOP("Messages", "to_date"),
        QT_TRANSLATE_NOOP("Messages", "due"),
        QT_TRANSLATE_NOOP("Messages", "done_at"),
        QT_TRANSLATE_NOOP("Messages", "parent_id"),
        QT_TRANSLATE_NOOP("Messages", "call_id"),
        QT_TRANSLATE_NOOP("Messages", "coordinator_id"),
        QT_TRANSLATE_NOOP("Messages", "contact_id"),
        QT_TRANSLATE_NOOP("Messages", "organisation_id"),
        QT_TRANSLATE_NOOP("Messages", "project_id"),
        QT_TRANSLATE_NOOP("Messages", "network_id"),
        QT_TRANSLATE_NOOP("Messages", "activity_id"),
        QT_TRANSLATE_NOOP("Messages", "owner_id"),
        QT_TRANSLATE_NOOP("Messages", "tag_id"),
        QT_TRANSLATE_NOOP("Messages", "entity_type"),
        QT_TRANSLATE_NOOP("Messages", "entity_id"),
        # the labels of "... is required"
        QT_TRANSLATE_NOOP("Messages", "entity type"),
        QT_TRANSLATE_NOOP("Messages", "entity"),
        QT_TRANSLATE_NOOP("Messages", "tag id"),
        QT_TRANSLATE_NOOP("Messages", "entity id"),
        # tables (and the dialogs' own list fields)
        QT_TRANSLATE_NOOP("Messages", "organisation"),
        QT_TRANSLATE_NOOP("Messages", "contact"),
        QT_TRANSLATE_NOOP("Messages", "call"),
        QT_TRANSLATE_NOOP("Messages", "project"),
        QT_TRANSLATE_NOOP("Messages", "network"),
        QT_TRANSLATE_NOOP("Messages", "activity"),
        QT_TRANSLATE_NOOP("Messages", "note"),
        QT_TRANSLATE_NOOP("Messages", "tag"),
        QT_TRANSLATE_NOOP("Messages", "tagging"),
        QT_TRANSLATE_NOOP("Messages", "affiliation"),
        QT_TRANSLATE_NOOP("Messages", "project_party"),
        QT_TRANSLATE_NOOP("Messages", "membership"),
        QT_TRANSLATE_NOOP("Messages", "activity_link"),
        QT_TRANSLATE_NOOP("Messages", "follow_up"),
        QT_TRANSLATE_NOOP("Messages", "affiliations"),
        QT_TRANSLATE_NOOP("Messages", "parties"),
        QT_TRANSLATE_NOOP("Messages", "members"),
        QT_TRANSLATE_NOOP("Messages", "participants"),
        QT_TRANSLATE_NOOP("Messages", "topics"),
        QT_TRANSLATE_NOOP("Messages", "links"),
        QT_TRANSLATE_NOOP("Messages", "follow_ups"),
    )
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translate_name(name: str) -> str:
    """A field, table or label name as db/ writes it ("from_date"), in the interface language."""
    return _tr(name) if name in NAMES else name
