"""Which field each column of a table goes to: guessed from the headers (column_maps.py's names), or
read from a mapping file {"type": "contact", "columns": {"Header": "field", ...}}.
"""

from __future__ import annotations

import json
from dataclasses import fields
from functools import cache
from pathlib import Path

from db.errors import Message
from db.interchange.incoming_records import (
    ImportFileError,
    IncomingContact,
    IncomingOrganisation,
    IncomingProject,
    unreadable,
)
from db.interchange.tabular.column_maps import (
    CONTACT_PSEUDO_FIELDS,
    ENTITY_NAMES,
    MULTI_FIELDS,
    REQUIRED,
    TABLES,
    normalise_header,
)

ENTITIES = ("contact", "organisation", "project")
RECORD_CLASSES = {"contact": IncomingContact, "organisation": IncomingOrganisation, "project": IncomingProject}


def target_fields(entity: str) -> tuple[str, ...]:
    """The fields a column of this entity can map to (full_name and middle_name for contacts)."""
    cls = RECORD_CLASSES.get(entity)
    if cls is None:
        raise ValueError(f"unknown entity '{entity}' (expected one of: {', '.join(ENTITIES)})")
    names = tuple(f.name for f in fields(cls) if f.name != "line")
    return names + CONTACT_PSEUDO_FIELDS if entity == "contact" else names


@cache
def _ranked_synonyms(entity: str) -> tuple[tuple[str, dict[str, int]], ...]:
    out = []
    for target, synonyms in TABLES[entity]:
        ranks: dict[str, int] = {}
        for rank, synonym in enumerate(synonyms):
            ranks.setdefault(normalise_header(synonym), rank)
        out.append((target, ranks))
    return tuple(out)


def guess_mapping(headers: list[str], entity: str) -> dict[int, str]:
    """Column index -> target field, for the columns whose header is known; others are left out."""
    if entity not in TABLES:
        raise ValueError(f"unknown entity '{entity}' (expected one of: {', '.join(ENTITIES)})")
    keys = [normalise_header(h) for h in headers]
    mapping: dict[int, str] = {}
    for target, ranks in _ranked_synonyms(entity):
        if target == "full_name" and {"first_name", "last_name"} & set(mapping.values()):
            continue  # a whole name only when the file has no first or last name column
        candidates = sorted((ranks[key], i) for i, key in enumerate(keys) if key in ranks and i not in mapping)
        if not candidates:
            continue
        chosen = candidates if target in MULTI_FIELDS else candidates[:1]
        for _, i in chosen:
            mapping[i] = target
    return dict(sorted(mapping.items()))


def guess_entity(headers: list[str]) -> str:
    """contact, organisation or project: whichever mapping covers most columns (one that maps
    the required name or title wins over one that does not)."""
    def score(entity: str) -> tuple[bool, int, int]:
        mapped = guess_mapping(headers, entity)
        has_required = any(target in REQUIRED[entity] for target in mapped.values())
        return has_required, len(mapped), -ENTITIES.index(entity)

    return max(ENTITIES, key=score)


def load_mapping(path: Path, headers: list[str]) -> tuple[str, dict[int, str]]:
    """A mapping file: {"type": "contact", "columns": {"Header": "field", ...}} -> (entity, mapping).

    A field of null or "" leaves the column out. Every error is an ImportFileError naming the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ImportFileError(path, Message("no_such_file")) from None
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, Message("not_utf8", {"byte": exc.start})) from None
    except OSError as exc:
        raise unreadable(path, exc) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        reason = Message("invalid_json", {"column": exc.colno, "detail": exc.msg})
        raise ImportFileError(path, reason, line=exc.lineno) from None
    if not isinstance(data, dict):
        raise ImportFileError(path, Message("mapping_not_an_object"))
    unknown = sorted(set(data) - {"type", "columns"})
    if unknown:
        raise ImportFileError(path, Message("mapping_unknown_key", {"key": unknown[0]}))
    kind = data.get("type")
    entity = ENTITY_NAMES.get(kind.strip().casefold()) if isinstance(kind, str) else None
    if entity is None:
        reason = Message("mapping_unknown_type", {"value": json.dumps(kind, ensure_ascii=False)})
        raise ImportFileError(path, reason, field="type")
    columns = data.get("columns")
    if not isinstance(columns, dict) or not columns:
        raise ImportFileError(path, Message("mapping_columns_not_an_object"), field="columns")
    allowed = target_fields(entity)
    mapping: dict[int, str] = {}
    for header, target in columns.items():
        if target is None or target == "":
            continue
        if not isinstance(target, str) or target not in allowed:
            reason = Message("mapping_unknown_field", {"value": json.dumps(target, ensure_ascii=False),
                                                        "column": header, "entity": entity, "allowed": list(allowed)})
            raise ImportFileError(path, reason, field=header)
        index = _find_header(path, header, headers)
        if index in mapping:
            raise ImportFileError(path, Message("column_mapped_twice", {"column": headers[index]}), field=header)
        mapping[index] = target
    return entity, dict(sorted(mapping.items()))


def _find_header(path: Path, header: str, headers: list[str]) -> int:
    """The column of a mapping file's header: the same text, else the same apart from case and
    spaces, else the only column that matches as guess_mapping compares headers."""
    for key in (str.strip, lambda h: " ".join(h.split()).casefold()):
        same = [i for i, h in enumerate(headers) if key(h) == key(header)]
        if same:
            return same[0]
    wanted = normalise_header(header)
    close = [i for i, h in enumerate(headers) if normalise_header(h) == wanted]
    if len(close) == 1:
        return close[0]
    if close:
        reason = Message("mapping_column_ambiguous", {"column": header, "matches": [headers[i] for i in close]})
        raise ImportFileError(path, reason, field=header)
    raise ImportFileError(path, Message("mapping_column_missing", {"column": header}), field=header)

