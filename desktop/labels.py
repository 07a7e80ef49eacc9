"""User-visible names of entities, list columns and stored values, translated with Qt Linguist.

Source strings are English; resources/translations/ holds the Swedish (default) and English .qm.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.validation import format_phone, format_sek

ENTITY_PLURAL = {
    "contact": QT_TRANSLATE_NOOP("Labels", "Contacts"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisations"),
    "project": QT_TRANSLATE_NOOP("Labels", "Projects"),
    "network": QT_TRANSLATE_NOOP("Labels", "Networks"),
    "activity": QT_TRANSLATE_NOOP("Labels", "Activities"),
    "call": QT_TRANSLATE_NOOP("Labels", "Calls"),
    "note": QT_TRANSLATE_NOOP("Labels", "Notes"),
}
ENTITY_SINGULAR = {
    "contact": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "project": QT_TRANSLATE_NOOP("Labels", "Project"),
    "network": QT_TRANSLATE_NOOP("Labels", "Network"),
    "activity": QT_TRANSLATE_NOOP("Labels", "Activity"),
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
}
COLUMN = {
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "organisation": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "municipality": QT_TRANSLATE_NOOP("Labels", "Municipality"),
    "short_name": QT_TRANSLATE_NOOP("Labels", "Short name"),
    "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    "county": QT_TRANSLATE_NOOP("Labels", "County"),
    "org_number": QT_TRANSLATE_NOOP("Labels", "Org. number"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "coordinator": QT_TRANSLATE_NOOP("Labels", "Coordinator"),
    "total_budget_sek": QT_TRANSLATE_NOOP("Labels", "Total budget"),
    "grant_sek": QT_TRANSLATE_NOOP("Labels", "Grant"),
    "start_date": QT_TRANSLATE_NOOP("Labels", "Start"),
    "end_date": QT_TRANSLATE_NOOP("Labels", "End"),
    "parent": QT_TRANSLATE_NOOP("Labels", "Part of"),
    "members": QT_TRANSLATE_NOOP("Labels", "Members"),
    "starts": QT_TRANSLATE_NOOP("Labels", "Date"),
    "place": QT_TRANSLATE_NOOP("Labels", "Place"),
    "attendance": QT_TRANSLATE_NOOP("Labels", "Attendance"),
    "year": QT_TRANSLATE_NOOP("Labels", "Year"),
    "theme": QT_TRANSLATE_NOOP("Labels", "Theme"),
    "opens": QT_TRANSLATE_NOOP("Labels", "Opens"),
    "closes": QT_TRANSLATE_NOOP("Labels", "Closes"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def entity_plural(entity: str) -> str:
    return tr(ENTITY_PLURAL[entity])


def entity_singular(entity: str) -> str:
    return tr(ENTITY_SINGULAR[entity])


def column(key: str) -> str:
    return tr(COLUMN.get(key, key))


def display(kind: str, value) -> str:
    """A stored value as the office reads it: ISO dates, '83 500 000 kr', '070-123 45 67'."""
    if value is None or value == "":
        return ""
    if kind == "amount":
        return format_sek(value)
    if kind == "phone":
        return format_phone(value)
    if kind == "date":
        return str(value).replace("T", " ")
    if kind == "number":
        return f"{value:,}".replace(",", "\u00a0") if isinstance(value, int) else str(value)
    return str(value)
