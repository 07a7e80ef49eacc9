"""User-visible names of entities and list columns (from the registry, db/entities.py, in the
interface's language) and stored values as the office reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.entities import Label, column_label, spec
from db.validation import format_phone, format_sek
from desktop import i18n


def entity_plural(entity: str) -> str:
    return _label(spec(entity).plural, entity)


def entity_singular(entity: str) -> str:
    return _label(spec(entity).singular, entity)


def column(key: str) -> str:
    """A list column's heading (the registry's label in the interface language)."""
    return column_label(key, i18n.current())


def _label(label: Label | None, fallback: str) -> str:
    return label(i18n.current()) if label is not None else fallback


def erased_person() -> str:
    """How an erased participant is shown (the placeholder contact, never a link)."""
    return QCoreApplication.translate("DataProtection", "erased person")


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
