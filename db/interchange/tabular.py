"""CSV and Excel files for import: read a table, guess what its columns mean, make incoming records.

    table = read_table(Path("kontakter.csv"))          # encoding, delimiter, header, rows, bad rows
    mapping = guess_mapping(table.headers, "contact")  # column index -> field
    result = to_incoming(table, "contact", mapping)    # IncomingContact per row, with its line

A reader never touches the database: db.interchange.import_pipeline validates the values and writes them.
Everything wrong with the file itself is an ImportFileError naming the file, the line and what
is wrong; a single bad row is a Problem in the result and the other rows still import.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time
from functools import cache
from pathlib import Path

from db.interchange.column_maps import (
    CONTACT_PSEUDO_FIELDS,
    ENTITY_NAMES,
    MULTI_FIELDS,
    REQUIRED,
    TABLES,
    normalise_header,
)
from db.interchange.incoming_records import (
    ImportFileError,
    IncomingContact,
    IncomingOrganisation,
    IncomingProject,
    Problem,
    ReadResult,
    check_size,
    looks_binary,
)

log = logging.getLogger(__name__)

CSV_SUFFIXES = (".csv", ".txt", ".tsv", ".tab")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (",", ";", "\t")
ENTITIES = ("contact", "organisation", "project")
RECORD_CLASSES = {"contact": IncomingContact, "organisation": IncomingOrganisation, "project": IncomingProject}
# The rows read to decide the delimiter.
_SNIFF_RECORDS = 50
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


@dataclass
class Table:
    """A file's header and rows as text, with the line (CSV) or row (Excel) each row starts on."""
    path: Path
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str = "utf-8"
    delimiter: str | None = None          # None for an Excel workbook
    sheet: str | None = None              # the sheet read (Excel only)
    rejected: list[Problem] = field(default_factory=list)
    header_line: int = 1


# --- reading --------------------------------------------------------------------------------


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """A CSV (.csv .txt .tsv) or Excel (.xlsx) file as a Table; ImportFileError if it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ImportFileError(path, "an Excel 97-2003 workbook (.xls) cannot be read; "
                                    "save it as an Excel workbook (.xlsx) or as CSV")
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        raise ImportFileError(path, f"unsupported file type '{suffix or '(none)'}' "
                                    f"(supported: {', '.join(CSV_SUFFIXES + XLSX_SUFFIXES)})")
    check_size(path)
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path, sheet)
    return _read_csv(path)


def _read_csv(path: Path) -> Table:
    data = path.read_bytes()
    text, encoding = decode_text(path, data)
    offset = 0
    delimiter = None
    first_line, _, rest = text.partition("\n")
    hint = re.fullmatch(r"sep=([,;\t|])\s*", first_line.strip("\r"))
    if hint:
        # Excel's own hint line ("sep=;") names the delimiter; the header follows it.
        delimiter, text, offset = hint.group(1), rest, 1
    if delimiter is None:
        delimiter = _detect_delimiter(text, prefer_tab=path.suffix.lower() in (".tsv", ".tab"))
    records = _csv_records(path, text, delimiter, offset)
    table = _build_table(path, records, pad_short=False, column_name=lambda i: str(i + 1))
    table.encoding, table.delimiter = encoding, delimiter
    log.debug("read a CSV table: %d rows, %d rejected, encoding %s", len(table.rows), len(table.rejected), encoding)
    return table


def decode_text(path: Path, data: bytes) -> tuple[str, str]:
    """The file's text and its encoding: UTF-8 (with or without a BOM), UTF-16 with a BOM, else
    Windows-1252. Decided by strict decoding; a file that is neither is an ImportFileError."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(path, data, "utf-8-sig", "UTF-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(path, data, "utf-16", "UTF-16")
        if "\x00" in text:
            raise ImportFileError(path, "is a binary file, not text")
        return text, "utf-16"
    if looks_binary(data):
        raise ImportFileError(path, _binary_reason(data))
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # A file that has UTF-8 å ä ö and also a byte that is not UTF-8 is a mix: decoding it as
    # Windows-1252 would turn every å into "Ã¥", so refuse instead.
    if any(seq in data for seq in (b"\xc3\xa5", b"\xc3\xa4", b"\xc3\xb6", b"\xc3\x85", b"\xc3\x84", b"\xc3\x96")):
        raise ImportFileError(path, "mixes UTF-8 text with bytes that are not UTF-8; save the file again "
                                    "as UTF-8 CSV", line=_line_of(data, utf8_error.start))
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, f"is neither UTF-8 nor Windows-1252 text (byte 0x{data[exc.start]:02x} "
                                    "cannot be read); save it as UTF-8 CSV", line=_line_of(data, exc.start)) from None


def _strict(path: Path, data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, f"starts as {name} text but is broken at byte {exc.start} "
                                    "(a truncated or damaged file)") from None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _binary_reason(data: bytes) -> str:
    if data.startswith(b"PK\x03\x04"):
        return "is a zip file (an Excel workbook?), not CSV text; an Excel workbook must end in .xlsx"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "is an Excel 97-2003 or other Office file, not CSV text; save it as CSV or .xlsx"
    head = data[:4096]
    if len(head) >= 4 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4):
        return "is UTF-16 text without a byte-order mark; save it as UTF-8 CSV"
    return "is a binary file, not CSV text"


def _detect_delimiter(text: str, *, prefer_tab: bool = False) -> str:
    """The delimiter that gives the header several columns and the most rows of the same width."""
    order = ("\t", ",", ";") if prefer_tab else DELIMITERS
    best, best_score = order[0] if prefer_tab else ",", (0.0, 0)
    for delimiter in order:
        records = _sample(text, delimiter)
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        body = records[1:]
        same = sum(1 for r in body if len(_trim(r, width)) == width) / len(body) if body else 1.0
        score = (same, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _sample(text: str, delimiter: str) -> list[list[str]]:
    records: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                records.append(record)
                if len(records) >= _SNIFF_RECORDS:
                    break
    except csv.Error:
        pass  # judged on the records read so far
    return records


def _csv_records(path: Path, text: str, delimiter: str, offset: int) -> list[tuple[int, list[str]]]:
    """Every record with the line it starts on (a quoted field may span several lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[tuple[int, list[str]]] = []
    consumed = 0
    while True:
        start = consumed + 1 + offset
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ImportFileError(path, _csv_reason(str(exc)), line=start) from None
        consumed = reader.line_num
        records.append((start, record))
    return records


def _csv_reason(message: str) -> str:
    if "unexpected end of data" in message:
        return "a quoted field is never closed (a \" is missing); the rest of the file cannot be read"
    if "expected after" in message:
        return "a quoted field is followed by more text before the next delimiter (a stray \")"
    if "field larger than field limit" in message:
        return "a field is longer than 131,072 characters (probably a \" that is never closed)"
    return f"the CSV cannot be read ({message})"


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(path, "is an Excel 97-2003 workbook or a password-protected one; "
                                    "save it as an unprotected .xlsx or as CSV")
    if not head.startswith(b"PK"):
        raise ImportFileError(path, "is not a valid Excel workbook (.xlsx): it is not a zip file")
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(path, f"is not a valid Excel workbook (.xlsx): {_short(exc)}") from None
    try:
        names = workbook.sheetnames
        if sheet is not None:
            if sheet not in names:
                raise ImportFileError(path, f"has no sheet named '{sheet}' (sheets: {', '.join(names)})")
            worksheet = workbook[sheet]
            if not hasattr(worksheet, "iter_rows"):
                raise ImportFileError(path, f"the sheet '{sheet}' is a chart, not a table")
        else:
            if not workbook.worksheets:
                raise ImportFileError(path, "has no worksheet")
            worksheet = workbook.worksheets[0]
        # Some programs write a wrong size into the sheet; read every row there is.
        worksheet.reset_dimensions()
        try:
            records = [(number, [_cell_text(v) for v in values])
                       for number, values in enumerate(worksheet.iter_rows(min_row=1, values_only=True), 1)]
        except Exception as exc:
            raise ImportFileError(path, f"is not a valid Excel workbook (.xlsx): {_short(exc)}") from None
        title = worksheet.title
    finally:
        workbook.close()
    table = _build_table(path, records, pad_short=True, column_name=get_column_letter, what="sheet")
    table.sheet, table.delimiter, table.encoding = title, None, "utf-8"
    log.debug("read an Excel table: %d rows, %d rejected", len(table.rows), len(table.rejected))
    return table


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def _cell_text(value: object) -> str:
    """An Excel value as the text a CSV would hold: ISO dates, '12' for 12.0."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(timespec="minutes" if value.second == 0 and value.microsecond == 0 else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _trim(cells: list[str], width: int) -> list[str]:
    """Cells beyond the header's width that are empty are not extra columns."""
    if len(cells) <= width:
        return cells
    end = len(cells)
    while end > width and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def _build_table(path: Path, records: list[tuple[int, list[str]]], *, pad_short: bool,
                 column_name: Callable[[int], str], what: str = "file") -> Table:
    """Header, rows and rejected rows from raw records (shared by CSV and Excel)."""
    records = [(line, cells) for line, cells in records if any(c.strip() for c in cells)]
    if not records:
        raise ImportFileError(path, f"the {what} holds no data (only empty lines)")
    header_line, header = records[0]
    names = [h.strip() for h in header]
    while names and not names[-1]:
        names.pop()
    _check_duplicates(path, names, header_line)
    width = len(names)
    rows: list[tuple[int, list[str]]] = []
    rejected: list[Problem] = []
    for line, cells in records[1:]:
        cells = _trim(cells, width)
        if pad_short and len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        if len(cells) != width:
            rejected.append(Problem(line, "(row)", f"has {len(cells)} columns; the header has {width}"))
        else:
            rows.append((line, cells))
    total = len(rows) + len(rejected)
    if rejected and len(rejected) * 2 > total:
        raise ImportFileError(
            path, f"{len(rejected)} of {total} rows do not have the header's {width} columns, starting with this "
                  "one (probably a wrong delimiter or broken quoting)", line=rejected[0].line)
    names, rows = _drop_unnamed_empty_columns(path, names, rows, header_line, column_name)
    if not rows:
        raise ImportFileError(path, "has a header but no rows", line=header_line)
    return Table(path=path, headers=names, rows=rows, rejected=rejected, header_line=header_line)


def _drop_unnamed_empty_columns(path: Path, names: list[str], rows: list[tuple[int, list[str]]], header_line: int,
                                column_name: Callable[[int], str]) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """A column without a name is dropped when it is empty everywhere (a spacer column, or the
    sheet's empty first columns); with data in it, it is an error."""
    unnamed = [i for i, name in enumerate(names) if not name]
    if not unnamed:
        return names, rows
    for i in unnamed:
        filled = next((line for line, cells in rows if cells[i].strip()), None)
        if filled is not None:
            raise ImportFileError(path, f"column {column_name(i)} of the header has no name, but holds data "
                                        f"(first on line {filled})", line=header_line)
    keep = [i for i, name in enumerate(names) if name]
    return [names[i] for i in keep], [(line, [cells[i] for i in keep]) for line, cells in rows]


def _check_duplicates(path: Path, names: list[str], header_line: int) -> None:
    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        if not name:
            continue
        key = name.casefold()
        if key in seen:
            raise ImportFileError(path, f"the header has the column '{name}' twice (columns {seen[key] + 1} "
                                        f"and {i + 1}); every column needs its own name", line=header_line)
        seen[key] = i


# --- mapping --------------------------------------------------------------------------------


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
        raise ImportFileError(path, "no such file") from None
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, f"is not UTF-8 text (byte {exc.start})") from None
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(path, f"invalid JSON (column {exc.colno}: {exc.msg})", line=exc.lineno) from None
    if not isinstance(data, dict):
        raise ImportFileError(path, 'a mapping is a JSON object: {"type": "contact", "columns": {...}}')
    unknown = sorted(set(data) - {"type", "columns"})
    if unknown:
        raise ImportFileError(path, f"unknown key '{unknown[0]}' (a mapping has \"type\" and \"columns\")")
    kind = data.get("type")
    entity = ENTITY_NAMES.get(kind.strip().casefold()) if isinstance(kind, str) else None
    if entity is None:
        raise ImportFileError(path, f"unknown type {json.dumps(kind, ensure_ascii=False)} "
                                    f"(use contact, organisation or project)", field="type")
    columns = data.get("columns")
    if not isinstance(columns, dict) or not columns:
        raise ImportFileError(path, '"columns" must be an object of column name -> field', field="columns")
    allowed = target_fields(entity)
    mapping: dict[int, str] = {}
    for header, target in columns.items():
        if target is None or target == "":
            continue
        if not isinstance(target, str) or target not in allowed:
            raise ImportFileError(path, f"unknown field {json.dumps(target, ensure_ascii=False)} for the column "
                                        f"'{header}' (fields of a {entity}: {', '.join(allowed)})", field=header)
        index = _find_header(path, header, headers)
        if index in mapping:
            raise ImportFileError(path, f"the column '{headers[index]}' is mapped twice", field=header)
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
        raise ImportFileError(path, f"the column '{header}' matches several columns of the file: "
                                    f"{', '.join(headers[i] for i in close)}", field=header)
    raise ImportFileError(path, f"the column '{header}' is not in the file's header", field=header)


# --- incoming records ---------------------------------------------------------------------------


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
    if unused:
        shown = ", ".join(unused[:_WARN_COLUMNS]) + (f" and {len(unused) - _WARN_COLUMNS} more"
                                                     if len(unused) > _WARN_COLUMNS else "")
        result.warnings.append(f"{len(unused)} columns with data are not imported (no matching field): {shown}")
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


def _missing(entity: str, record) -> str | None:
    if entity == "contact" and not (record.first_name or record.last_name):
        return "no name (a first or last name is required)"
    if entity == "organisation" and not record.name:
        return "no name (an organisation's name is required)"
    if entity == "project" and not record.title:
        return "no title (a project's title is required)"
    return None


def _unused_columns(table: Table, mapping: dict[int, str]) -> list[str]:
    unused = [i for i in range(len(table.headers)) if i not in mapping]
    return [table.headers[i] for i in unused if any(cells[i].strip() for _, cells in table.rows)]
