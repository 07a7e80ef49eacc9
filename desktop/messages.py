"""The data layer's messages (db/validation.py, db/services.py, db/search.py) in the interface language.

The data layer writes English with the values filled in: "'x' is not a valid e-mail address",
"2021-01-01 is before from_date 2022-01-01". `translate_message` recognises each known template,
translates the template in the "Messages" context and puts the values back (field and table names
translated too). Anything it does not know is returned as it was, so a new message in db/ is shown
in English until it gets a template here (and a translation in resources/translations/sv_strings.py).

Under English the translations equal the sources, so every message comes back exactly as db/ wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.validation import FieldError, ValidationError

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


def _names(text: str) -> str:
    """"organisation_id, contact_id" (a list db/ joined with ", ") with each name translated."""
    return ", ".join(translate_name(part) for part in text.split(", "))


def _same(text: str) -> str:
    return text


# (regex over the English message, template with %1.., converter per group). Full matches only;
# the specific ones before the general ones ("a start date is required" before "%1 is required").
_Q = r"'(.*)'"  # a quoted value (may itself contain quotes: the match is over the whole message)
_NAME = r"([a-z_ ]+)"
TEMPLATES: list[tuple[str, str, tuple[Callable[[str], str], ...]]] = [
    # db/validation.py: single values
    (rf"{_Q} is not an organisationsnummer \(NNNNNN-NNNN, ten digits\)",
     QT_TRANSLATE_NOOP("Messages", "'%1' is not an organisationsnummer (NNNNNN-NNNN, ten digits)"), (_same,)),
    (rf"{_Q} is not an organisationsnummer \(the third digit must be 2 or more\)",
     QT_TRANSLATE_NOOP("Messages", "'%1' is not an organisationsnummer (the third digit must be 2 or more)"),
     (_same,)),
    (rf"{_Q} has a wrong check digit \(Luhn\)",
     QT_TRANSLATE_NOOP("Messages", "'%1' has a wrong check digit (Luhn)"), (_same,)),
    (rf"{_Q} is not a valid e-mail address",
     QT_TRANSLATE_NOOP("Messages", "'%1' is not a valid e-mail address"), (_same,)),
    (rf"{_Q} is not a phone number", QT_TRANSLATE_NOOP("Messages", "'%1' is not a phone number"), (_same,)),
    (rf"{_Q} is not a valid phone number",
     QT_TRANSLATE_NOOP("Messages", "'%1' is not a valid phone number"), (_same,)),
    (rf"{_Q} is not an ISO date \(YYYY-MM-DD\)",
     QT_TRANSLATE_NOOP("Messages", "'%1' is not an ISO date (YYYY-MM-DD)"), (_same,)),
    (rf"{_Q} is not a date in the calendar",
     QT_TRANSLATE_NOOP("Messages", "'%1' is not a date in the calendar"), (_same,)),
    (rf"{_Q} is not an ISO date and time \(YYYY-MM-DDTHH:MM\)",
     QT_TRANSLATE_NOOP("Messages", "'%1' is not an ISO date and time (YYYY-MM-DDTHH:MM)"), (_same,)),
    (rf"{_Q} is not a date and time in the calendar",
     QT_TRANSLATE_NOOP("Messages", "'%1' is not a date and time in the calendar"), (_same,)),
    (rf"{_Q} is not a whole number of kronor",
     QT_TRANSLATE_NOOP("Messages", "'%1' is not a whole number of kronor"), (_same,)),
    (r"(-?\d+) is negative; amounts are 0 kr or more",
     QT_TRANSLATE_NOOP("Messages", "%1 is negative; amounts are 0 kr or more"), (_same,)),
    (r"(\d+) kr is too large", QT_TRANSLATE_NOOP("Messages", "%1 kr is too large"), (_same,)),
    # db/validation.py: records
    (r"a first or last name is required",
     QT_TRANSLATE_NOOP("Messages", "a first or last name is required"), ()),
    (r"a start date is required", QT_TRANSLATE_NOOP("Messages", "a start date is required"), ()),
    (rf"{_NAME} is required", QT_TRANSLATE_NOOP("Messages", "%1 is required"), (translate_name,)),
    (r"(.*) has the wrong type", QT_TRANSLATE_NOOP("Messages", "%1 has the wrong type"), (_same,)),
    (rf"{_Q} is not a year between 1990 and 2100",
     QT_TRANSLATE_NOOP("Messages", "'%1' is not a year between 1990 and 2100"), (_same,)),
    (r"the grant \((.*)\) exceeds the total budget \((.*)\)",
     QT_TRANSLATE_NOOP("Messages", "the grant (%1) exceeds the total budget (%2)"), (_same, _same)),
    (r"co-financing is (\d+) % of the total budget; the programme requires at least 50 %",
     QT_TRANSLATE_NOOP("Messages", "co-financing is %1 % of the total budget; the programme requires at least 50 %"),
     (_same,)),
    (r"a network cannot be its own parent", QT_TRANSLATE_NOOP("Messages", "a network cannot be its own parent"), ()),
    (rf"{_Q} is not a count of people \(0 or more\)",
     QT_TRANSLATE_NOOP("Messages", "'%1' is not a count of people (0 or more)"), (_same,)),
    (r"exactly one of ([a-z_, ]+) must be set",
     QT_TRANSLATE_NOOP("Messages", "exactly one of %1 must be set"), (_names,)),
    (r"a tag is at most 60 characters", QT_TRANSLATE_NOOP("Messages", "a tag is at most 60 characters"), ()),
    (r"(\S+) is before ([a-z_]+) (\S+)", QT_TRANSLATE_NOOP("Messages", "%1 is before %2 %3"),
     (_same, translate_name, _same)),
    (rf"{_Q} is not one of: (.*)", QT_TRANSLATE_NOOP("Messages", "'%1' is not one of: %2"), (_same, _same)),
    # db/services.py
    (r"no ([a-z_]+) with id (.*)", QT_TRANSLATE_NOOP("Messages", "no %1 with id %2"), (translate_name, _same)),
    (r"(.*) lies below this ([a-z_]+): a parent cannot also be a descendant",
     QT_TRANSLATE_NOOP("Messages", "%1 lies below this %2: a parent cannot also be a descendant"),
     (_same, translate_name)),
    (r"conflicts with an existing ([a-z_]+): (.*)",
     QT_TRANSLATE_NOOP("Messages", "conflicts with an existing %1: %2"), (translate_name, _same)),
    (rf"there is already a tag named {_Q}",
     QT_TRANSLATE_NOOP("Messages", "there is already a tag named '%1'"), (_same,)),
    # db/search.py (SearchResult.error)
    (r"the search index could not be read; it is being rebuilt",
     QT_TRANSLATE_NOOP("Messages", "the search index could not be read; it is being rebuilt"), ()),
    (r"the search failed", QT_TRANSLATE_NOOP("Messages", "the search failed"), ()),
]
_COMPILED = [(re.compile(pattern, re.DOTALL), template, converters) for pattern, template, converters in TEMPLATES]
_PLACEHOLDER = re.compile(r"%(\d)")

# The label of a row of a list field: "emails[1]" -> "emails (row 2)".
ROW = QT_TRANSLATE_NOOP("Messages", "%1 (row %2)")
_INDEXED = re.compile(r"^(?P<name>\w+)\[(?P<index>\d+)\](?:\.(?P<sub>\w+))?$")


def fill(template: str, values: list[str]) -> str:
    """Put %1, %2 … in one pass (a value that itself contains "%2" is left alone)."""
    return _PLACEHOLDER.sub(lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values) else m[0], template)


def translate_message(text: str) -> str:
    """A message from db/ in the interface language; an unknown message is returned unchanged."""
    if not isinstance(text, str):
        return text
    for pattern, template, converters in _COMPILED:
        match = pattern.fullmatch(text)
        if match:
            values = [convert(value) for convert, value in zip(converters, match.groups(), strict=True)]
            return fill(_tr(template), values)
    return text


def field_label(field: str) -> str:
    """A FieldError's field in the interface language: "affiliations[0].from_date" ->
    "anknytningar (rad 1), från-datum" in Swedish."""
    match = _INDEXED.match(field)
    if not match:
        return translate_name(field)
    label = fill(_tr(ROW), [translate_name(match["name"]), str(int(match["index"]) + 1)])
    return f"{label}, {translate_name(match['sub'])}" if match["sub"] else label


def translate_field_error(error: FieldError) -> str:
    """"field: message" (str(FieldError)) in the interface language."""
    return f"{field_label(error.field)}: {translate_message(error.message)}"


def translate_error(error: BaseException | str) -> str:
    """An exception from db/ as text in the interface language (a ValidationError field by field)."""
    if isinstance(error, ValidationError):
        return "; ".join(translate_field_error(e) for e in error.errors)
    return translate_message(str(error))
