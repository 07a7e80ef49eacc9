"""Lists and whole tables to CSV or Excel, safe to open in a spreadsheet.

    export_list(kb, "contact", Path("kontakter.xlsx"), "xlsx", text="umeå")   # the list as shown
    export_table(kb, "organisation", Path("org.csv"), "csv")                 # every field, re-importable

CSV is what Swedish Excel opens with å ä ö intact: UTF-8 with a BOM, semicolons, CRLF. Every
text cell that a spreadsheet could take for a formula (= + - @ tab CR first) gets a leading
apostrophe (OWASP, CSV injection); in a workbook every text cell is also stored as text. A CSV
cell with the delimiter, a quote or a line break is quoted (quotes doubled), and control characters
a text file cannot carry (NUL and the like, which make the file read as binary) are left out. Files
are written to a temporary file beside the target and renamed, readable by the owner only.
"""

from __future__ import annotations

import contextlib
import csv
import json
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from db import listing
from db.atomic_file import atomic_path
from db.collation import sv_key
from db.validation import format_phone

log = logging.getLogger(__name__)

FORMATS = ("csv", "xlsx")
# Characters that make a spreadsheet read a cell as a formula (or that hide one).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Control characters a CSV text cell cannot carry (a tab and line breaks are kept, quoted).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The most characters one Excel cell holds.
XLSX_CELL_MAX = 32767
# Ids per query when the rows of a list are read (well below SQLite's parameter limit).
_CHUNK = 500

# The list columns' Swedish titles (the desktop's Swedish labels); `headers` may replace them.
LIST_HEADERS = {
    "name": "Namn", "title": "Titel", "organisation": "Organisation", "email": "E-post", "phone": "Telefon",
    "municipality": "Kommun", "short_name": "Kortnamn", "kind": "Typ", "county": "Län", "org_number": "Org.nr",
    "status": "Status", "call": "Utlysning", "coordinator": "Koordinator", "total_budget_sek": "Total budget",
    "grant_sek": "Bidrag", "start_date": "Start", "end_date": "Slut", "parent": "Del av", "members": "Medlemmar",
    "starts": "Datum", "place": "Plats", "attendance": "Antal deltagare", "year": "År", "theme": "Tema",
    "opens": "Öppnar", "closes": "Stänger",
}
SHEET_TITLES = {"contact": "Kontakter", "organisation": "Organisationer", "project": "Projekt",
                "network": "Nätverk", "activity": "Aktiviteter", "call": "Utlysningar"}

# export_table: (field, Swedish header) per entity; db.interchange.tabular.guess_mapping maps every header
# back to the same field, so an exported file imports again without a mapping.
TABLE_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "contact": (("first_name", "Förnamn"), ("last_name", "Efternamn"), ("title", "Titel"),
                ("organisation", "Organisation"), ("emails", "E-post"), ("phones", "Telefon"),
                ("municipality", "Kommun"), ("notes", "Anteckningar"), ("tags", "Taggar")),
    "organisation": (("name", "Namn"), ("short_name", "Kortnamn"), ("kind", "Typ"),
                     ("org_number", "Organisationsnummer"), ("website", "Webbplats"), ("municipality", "Kommun"),
                     ("county", "Län"), ("notes", "Anteckningar"), ("tags", "Taggar")),
    "project": (("title", "Titel"), ("reference", "Diarienummer"), ("kind", "Typ"), ("status", "Status"),
                ("call", "Utlysning"), ("coordinator", "Koordinator"), ("start_date", "Startdatum"),
                ("end_date", "Slutdatum"), ("total_budget_sek", "Total budget"), ("grant_sek", "Bidrag"),
                ("municipality", "Kommun"), ("need_area", "Behovsområde"), ("description", "Beskrivning"),
                ("tags", "Taggar")),
}
_LIST_SEPARATOR = ", "


def neutralise(value: str) -> str:
    """A leading apostrophe before = + - @ tab or CR, so a spreadsheet shows the text and never runs it."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


# --- writing files ------------------------------------------------------------------------------


def write_rows(path: Path, headers: list[str], rows: Iterable[Sequence[Any]], fmt: str, *,
               sheet: str = "Export") -> int:
    """Write a header and rows as CSV or xlsx, atomically; returns the number of rows written."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}' (expected one of: {', '.join(FORMATS)})")
    with atomic_path(path) as tmp:
        if fmt == "csv":
            with open(tmp, "w", encoding="utf-8-sig", newline="") as handle:
                count = _write_csv(handle, headers, rows)
        else:
            count = _write_xlsx(tmp, headers, rows, sheet)
    log.info("exported %d rows as %s", count, fmt)
    return count


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # Swedish Excel reads "12.5" as a date (12 May): write the decimal comma it expects.
        return repr(value).replace(".", ",")
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return neutralise(_CONTROLS.sub("", str(value)))


def _write_csv(handle, headers: list[str], rows: Iterable[Sequence[Any]]) -> int:
    writer = csv.writer(handle, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([neutralise(_CONTROLS.sub("", h)) for h in headers])
    count = 0
    for row in rows:
        writer.writerow([_csv_cell(v) for v in row])
        count += 1
    return count


def _xlsx_cell(value: Any) -> Any:
    """Numbers stay numbers; everything else is neutralised text without characters XML cannot hold."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if value is None or isinstance(value, (bool, int, float)):
        return value
    text = value.isoformat() if isinstance(value, (date, datetime)) else str(value)
    # A workbook's XML turns every CR into a line feed anyway: do it first, so what is read back
    # is what was checked for a formula start.
    text = ILLEGAL_CHARACTERS_RE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = neutralise(text)
    if len(text) > XLSX_CELL_MAX:
        log.warning("a cell of %d characters was cut to Excel's limit of %d", len(text), XLSX_CELL_MAX)
        text = text[:XLSX_CELL_MAX]
    return text


def _write_xlsx(path: Path, headers: list[str], rows: Iterable[Sequence[Any]], sheet: str) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(_sheet_title(sheet))
    worksheet.freeze_panes = "A2"
    for i, header in enumerate(headers, 1):
        worksheet.column_dimensions[get_column_letter(i)].width = max(12, min(50, len(header) + 4))
    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = WriteOnlyCell(worksheet, value=_xlsx_cell(header))
        cell.data_type = "s"
        cell.font = bold
        header_cells.append(cell)
    count = 0
    try:
        worksheet.append(header_cells)
        for row in rows:
            # A neutralised string never starts with "=", so openpyxl stores every one as text.
            worksheet.append([_xlsx_cell(v) for v in row])
            count += 1
    except BaseException:
        _discard(worksheet)
        raise
    workbook.save(path)
    return count


def _discard(worksheet) -> None:
    """openpyxl streams a sheet into a temporary file of its own: remove it now, not at exit."""
    with contextlib.suppress(Exception):
        worksheet.close()
    writer = getattr(worksheet, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()


def _sheet_title(title: str) -> str:
    """Excel's rules: at most 31 characters, none of : \\ / ? * [ ]."""
    for ch in ":\\/?*[]":
        title = title.replace(ch, " ")
    return title.strip()[:31] or "Export"


# --- the list views ------------------------------------------------------------------------------


def export_list(kb, entity: str, path: Path, fmt: str, *, text: str | None = None,
                filters: dict[str, Any] | None = None, sort: str | None = None, descending: bool | None = None,
                deleted: str = "exclude", ids: list[str] | None = None, headers: list[str] | None = None) -> int:
    """A list view as shown: its columns, filter and sort (db.listing, as the desktop's list uses
    them), or exactly the rows `ids` in that order. Returns the number of rows written."""
    columns = listing.COLUMNS.get(entity)
    if columns is None:
        raise ValueError(f"there is no {entity} list")
    if headers is None:
        headers = [LIST_HEADERS.get(c.key, c.key) for c in columns]
    elif len(headers) != len(columns):
        raise ValueError(f"the {entity} list has {len(columns)} columns; {len(headers)} headers were given")
    if ids is None:
        ids = listing.ordered_ids(kb, entity, text=text, filters=filters, sort=sort, descending=descending,
                                  deleted=deleted)
    rows = _list_rows(kb, entity, columns, ids)
    return write_rows(path, list(headers), rows, fmt, sheet=SHEET_TITLES.get(entity, "Export"))


def _list_rows(kb, entity: str, columns, ids: list[str]) -> Iterator[list[Any]]:
    for start in range(0, len(ids), _CHUNK):
        for row in listing.rows_by_id(kb, entity, ids[start:start + _CHUNK]):
            yield [_list_value(c.kind, row[c.key]) for c in columns]


def _list_value(kind: str, value: Any) -> Any:
    """A stored value as the list shows it: formatted phones, whole amounts, ISO dates."""
    if value is None or value == "":
        return None
    if kind == "phone":
        return show_phone(value)
    if kind in ("amount", "number", "year"):
        return value if isinstance(value, int) else str(value)
    if kind == "date":
        return str(value).replace("T", " ")
    return value


_PHONE_TEMPLATES: dict[tuple[int, str], tuple[str, tuple[int, ...]] | None] = {}
# Swedish numbers are formatted by their length and their first digits (phonenumbers' metadata
# for SE looks at three at most; four are used here, and tests compare with format_phone).
_PREFIX_DIGITS = 4


def show_phone(e164: str) -> str:
    """format_phone(e164), 20 times faster for Swedish numbers: formatting a number through
    phonenumbers takes ~75 µs, which is most of the time a list of 50,000 contacts takes."""
    if not (e164.startswith("+46") and e164[3:].isdigit()):
        return format_phone(e164)
    national = e164[3:]
    key = (len(national), national[:_PREFIX_DIGITS])
    template = _PHONE_TEMPLATES.get(key)
    if template is None:
        shown = format_phone(e164)
        if key not in _PHONE_TEMPLATES:
            _PHONE_TEMPLATES[key] = _phone_template(shown, national)
        return shown
    chars = list(template[0])
    for digit, position in zip(national, template[1], strict=True):
        chars[position] = digit
    return "".join(chars)


def _phone_template(shown: str, national: str) -> tuple[str, tuple[int, ...]] | None:
    """Where each digit of the national number stands in its formatted form (None if they
    cannot all be found, in order, from the end)."""
    positions: list[int] = []
    wanted = len(national) - 1
    for i in range(len(shown) - 1, -1, -1):
        if wanted < 0:
            break
        if shown[i].isdigit():
            if shown[i] != national[wanted]:
                return None
            positions.append(i)
            wanted -= 1
    if wanted >= 0:
        return None
    return shown, tuple(reversed(positions))


# --- whole tables -------------------------------------------------------------------------------------


def export_table(kb, entity: str, path: Path, fmt: str) -> int:
    """Every field a user fills in, for each record of a type (not deleted), sorted the Swedish way,
    under Swedish headers that the import maps back automatically. Returns the rows written."""
    if entity not in TABLE_COLUMNS:
        raise ValueError(f"cannot export {entity} as a table (expected one of: {', '.join(TABLE_COLUMNS)})")
    records = _TABLE_READERS[entity](kb)
    tags = _tags_by_id(kb, entity)
    fields = [name for name, _ in TABLE_COLUMNS[entity]]
    headers = [header for _, header in TABLE_COLUMNS[entity]]

    def rows() -> Iterator[list[Any]]:
        for record in records:
            record["tags"] = tags.get(record["id"], [])
            yield [_table_value(name, record[name]) for name in fields]

    return write_rows(path, headers, rows(), fmt, sheet=SHEET_TITLES[entity])


def _column_sql(entity: str, key: str) -> str:
    return next(c.sql for c in listing.COLUMNS[entity] if c.key == key)


def _contacts(kb) -> list[dict[str, Any]]:
    rows = kb.db.execute_returning_dicts(
        "SELECT t.id, t.first_name, t.last_name, t.title, t.emails, t.phones, t.municipality, t.notes,"
        f" {_column_sql('contact', 'organisation')} AS organisation FROM contact t WHERE t.deleted_at IS NULL")
    for row in rows:
        row["emails"] = json.loads(row["emails"] or "[]")
        row["phones"] = [show_phone(p) for p in json.loads(row["phones"] or "[]")]
    rows.sort(key=lambda r: (sv_key(r["last_name"]), sv_key(r["first_name"]), r["id"]))
    return rows


def _organisations(kb) -> list[dict[str, Any]]:
    rows = kb.db.execute_returning_dicts(
        "SELECT id, name, short_name, kind, org_number, website, municipality, county, notes"
        " FROM organisation WHERE deleted_at IS NULL")
    rows.sort(key=lambda r: (sv_key(r["name"]), r["id"]))
    return rows


def _projects(kb) -> list[dict[str, Any]]:
    rows = kb.db.execute_returning_dicts(
        "SELECT t.id, t.title, t.reference, t.kind, t.status, t.start_date, t.end_date, t.total_budget_sek,"
        " t.grant_sek, t.municipality, t.need_area, t.description,"
        f" {_column_sql('project', 'call')} AS call, {_column_sql('project', 'coordinator')} AS coordinator"
        " FROM project t WHERE t.deleted_at IS NULL")
    rows.sort(key=lambda r: (sv_key(r["title"]), r["id"]))
    return rows


_TABLE_READERS = {"contact": _contacts, "organisation": _organisations, "project": _projects}


def _tags_by_id(kb, entity: str) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for entity_id, name in kb.db.execute(
            "SELECT tagging.entity_id, tag.name FROM tagging JOIN tag ON tag.id = tagging.tag_id"
            " WHERE tagging.entity_type = ? AND tagging.deleted_at IS NULL AND tag.deleted_at IS NULL", [entity]):
        tags.setdefault(entity_id, []).append(name)
    for names in tags.values():
        names.sort(key=sv_key)
    return tags


def _table_value(name: str, value: Any) -> Any:
    if isinstance(value, list):
        return _LIST_SEPARATOR.join(value) or None
    if value == "":
        return None
    return value
