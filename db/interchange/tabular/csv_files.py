"""CSV files (.csv .txt .tsv) as a Table: the encoding (UTF-8 with or without a BOM, UTF-16 with a
BOM, else Windows-1252; a mix is refused), the delimiter (Excel's "sep=" line, else the one that
gives the most rows of the header's width) and the records with the line each starts on.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
from pathlib import Path

from db.errors import Message
from db.interchange.incoming_records import ImportFileError, looks_binary
from db.interchange.tabular.table import Table, build_table, trim

log = logging.getLogger(__name__)

DELIMITERS = (",", ";", "\t")
# The rows read to decide the delimiter.
_SNIFF_RECORDS = 50


def read_csv(path: Path) -> Table:
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
    table = build_table(path, records, pad_short=False, column_name=lambda i: str(i + 1))
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
            raise ImportFileError(path, Message("binary_not_text"))
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
        raise ImportFileError(path, Message("mixed_utf8"), line=_line_of(data, utf8_error.start))
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as exc:
        reason = Message("not_utf8_or_cp1252", {"byte": f"0x{data[exc.start]:02x}"})
        raise ImportFileError(path, reason, line=_line_of(data, exc.start)) from None


def _strict(path: Path, data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, Message("broken_encoding", {"encoding": name, "byte": exc.start})) from None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _binary_reason(data: bytes) -> Message:
    if data.startswith(b"PK\x03\x04"):
        return Message("zip_not_csv")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return Message("office_file_not_csv")
    head = data[:4096]
    if len(head) >= 4 and (head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4):
        return Message("utf16_without_bom")
    return Message("binary_not_csv")


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
        same = sum(1 for r in body if len(trim(r, width)) == width) / len(body) if body else 1.0
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


def _csv_reason(message: str) -> Message:
    """Python's csv error in words a user can act on."""
    if "unexpected end of data" in message:
        return Message("unclosed_quote")
    if "expected after" in message:
        return Message("stray_quote")
    if "field larger than field limit" in message:
        return Message("field_too_long", {"limit": csv.field_size_limit()})
    return Message("csv_unreadable", {"detail": message})

