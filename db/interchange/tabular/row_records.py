"""A table's rows as incoming records, by a mapping of columns to fields: raw text values (stripped;
empty -> None or []), several e-mails, phones or tags per cell, a whole name split into first and
last name; a row without the required name is a Problem, the others still import.
"""

from __future__ import annotations

import re

from db.errors import Message
from db.interchange.incoming_records import Problem, ReadResult
from db.interchange.tabular.column_mapping import RECORD_CLASSES, target_fields
from db.interchange.tabular.column_maps import MULTI_FIELDS, REQUIRED
from db.interchange.tabular.table import Table

# Google writes several values of one cell as "a ::: b".
_GOOGLE_SEPARATOR = re.compile(r"\s*:::\s*")
_SPLIT = {
    "emails": re.compile(r"\s*:::\s*|[;,\s]+"),
    "phones": re.compile(r"\s*:::\s*|[;,\n]"),
    "tags": re.compile(r"\s*:::\s*|[;,\n]"),
}
# Fields of a contact that hold one value: Google's "a ::: b" keeps the first.
_FIRST_OF_SEVERAL = frozenset({"title", "organisation", "department", "municipality"})
# Surname particles: "Anna von Platen" has the last name "von Platen".
_PARTICLES = frozenset({"af", "av", "von", "van", "de", "der", "den", "di", "da", "du", "la", "le", "zu"})
# What list_export.neutralise puts before a cell; a leading apostrophe before these is taken off.
_NEUTRALISED = ("'=", "'+", "'-", "'@", "'\t", "'\r")
_WARN_COLUMNS = 10


def to_incoming(table: Table, entity: str, mapping: dict[int, str]) -> ReadResult:
    """One Incoming record per row, raw text values (stripped; empty -> None or [])."""
    allowed = target_fields(entity)
    for index, target in mapping.items():
        if target not in allowed:
            raise ValueError(f"'{target}' is not a field of a {entity}")
        if not 0 <= index < len(table.headers):
            raise ValueError(f"column {index} is not in the table (it has {len(table.headers)} columns)")
    columns: dict[str, list[int]] = {}
    for index in sorted(mapping):
        columns.setdefault(mapping[index], []).append(index)
    required = [t for t in REQUIRED[entity] if t in columns]
    required_label = "/".join(table.headers[i] for t in required for i in columns[t]) or REQUIRED[entity][0]
    result = ReadResult(path=table.path, entity=entity, rejected=list(table.rejected))
    for line, cells in table.rows:
        values = _row_values(cells, columns, entity)
        record = _record(entity, line, values)
        missing = _missing(entity, record)
        if missing:
            result.rejected.append(Problem(line, required_label, missing))
        else:
            result.records.append(record)
    result.rejected.sort(key=lambda p: p.line)
    unused = _unused_columns(table, mapping)
    if len(unused) > _WARN_COLUMNS:
        result.warnings.append(Message("unused_columns_and_more", {"columns": unused[:_WARN_COLUMNS],
                                                                   "more": len(unused) - _WARN_COLUMNS}))
    elif unused:
        result.warnings.append(Message("unused_columns", {"columns": unused}))
    return result


def clean_cell(value: str) -> str | None:
    """A cell's text, stripped, line breaks as "\\n"; None when empty. An apostrophe that our
    export put before = + - @ (so that a spreadsheet shows it as text) is taken off again."""
    text = value.strip()
    if text.startswith(_NEUTRALISED):
        text = text[1:].strip()
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text or None


def split_values(target: str, value: str | None) -> list[str]:
    """Several e-mails, phones or tags in one cell ("a ::: b", "a; b", "a, b"). Google's system
    labels ("* myContacts", "* starred") are not tags."""
    if not value:
        return []
    parts = [p.strip() for p in _SPLIT[target].split(value)]
    if target == "tags":
        parts = [p for p in parts if not p.startswith("* ")]
    return [p for p in parts if p]


def split_name(full: str) -> tuple[str, str]:
    """A whole name -> (first name, last name): "Åsa Öberg", "Öberg, Åsa", "Anna von Platen"."""
    full = " ".join(full.split())
    if "," in full:
        last, first = (part.strip() for part in full.split(",", 1))
        return first, last
    words = full.split(" ")
    if len(words) == 1:
        return words[0], ""
    for i in range(1, len(words) - 1):
        if words[i].casefold() in _PARTICLES:
            return " ".join(words[:i]), " ".join(words[i:])
    return " ".join(words[:-1]), words[-1]


def _row_values(cells: list[str], columns: dict[str, list[int]], entity: str) -> dict[str, object]:
    values: dict[str, object] = {}
    for target, indexes in columns.items():
        if target in MULTI_FIELDS:
            items: list[str] = []
            seen: set[str] = set()
            for i in indexes:
                for item in split_values(target, clean_cell(cells[i])):
                    key = item.casefold() if target != "phones" else item
                    if key not in seen:
                        seen.add(key)
                        items.append(item)
            values[target] = items
            continue
        value = next((v for v in (clean_cell(cells[i]) for i in indexes) if v is not None), None)
        if value is not None and entity == "contact" and target in _FIRST_OF_SEVERAL:
            value = _GOOGLE_SEPARATOR.split(value)[0].strip() or None
        values[target] = value
    return values


def _record(entity: str, line: int, values: dict[str, object]):
    if entity == "contact":
        full = values.pop("full_name", None)
        middle = values.pop("middle_name", None)
        first, last = values.get("first_name"), values.get("last_name")
        if not first and not last and full:
            first, last = split_name(str(full))
        if middle:
            first = f"{first} {middle}" if first else middle
        values["first_name"], values["last_name"] = first or "", last or ""
    elif entity == "organisation":
        values["name"] = values.get("name") or ""
    else:
        values["title"] = values.get("title") or ""
    return RECORD_CLASSES[entity](line=line, **values)


def _missing(entity: str, record) -> Message | None:
    if entity == "contact" and not (record.first_name or record.last_name):
        return Message("contact_without_name")
    if entity == "organisation" and not record.name:
        return Message("organisation_without_name")
    if entity == "project" and not record.title:
        return Message("project_without_title")
    return None


def _unused_columns(table: Table, mapping: dict[int, str]) -> list[str]:
    unused = [i for i in range(len(table.headers)) if i not in mapping]
    return [table.headers[i] for i in unused if any(cells[i].strip() for _, cells in table.rows)]

