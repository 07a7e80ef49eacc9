"""A vCard file's bytes as cards, and a card's lines as properties (the first half of reading).

The bytes are split into cards line by line: that gives every card the line of its BEGIN:VCARD,
lets one broken card be rejected while the others are read, and decodes each line on its own, so a
file that mixes Windows-1252 and UTF-8 lines (Outlook does) reads right. A property is parsed by
vobject's content-line parser only when db.interchange.vcard.reading keeps it.
"""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vobject.base import ParseError, parseLine

from db.errors import Message
from db.interchange.incoming_records import ImportFileError, Problem, check_size, looks_binary, unreadable

# A property's group and name at the start of a line ("item1.EMAIL;TYPE=work:").
PROPERTY_NAME = re.compile(rb"[ \t]*(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)[ \t]*[;:]")
_CHARSET = re.compile(rb";[ \t]*CHARSET=\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_UNESCAPE = re.compile(r"\\([\\;,:nN])")


# --- bytes -> cards ----------------------------------------------------------------------------


@dataclass
class Card:
    line: int                                   # the line of its BEGIN:VCARD
    lines: list[tuple[int, bytes]] = field(default_factory=list)   # (line, unfolded property)


@dataclass
class Property:
    name: str
    group: str | None
    params: dict[str, list[str]]
    types: set[str]                             # TYPE values and 2.1's bare WORK, CELL, PREF ...
    value: str
    line: int

    @property
    def preference(self) -> int:
        """1 is the most preferred (4.0's PREF=1, 3.0's TYPE=pref, 2.1's PREF); 101 is none."""
        ranks = [int(v) for v in self.params.get("PREF", []) if v.strip().isdecimal() and len(v) < 6]
        if "pref" in self.types:
            ranks.append(1)
        return min(ranks, default=101)


def load(path: Path) -> bytes:
    """The file's bytes as UTF-8 or an 8-bit encoding; UTF-16 (with its BOM) is converted."""
    check_size(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16").encode("utf-8")
        except UnicodeError as exc:
            line = data[:exc.start].decode("utf-16", errors="replace").count("\n") + 1
            raise ImportFileError(path, Message("vcard_broken_utf16"), line=line) from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if looks_binary(data):
        raise ImportFileError(path, Message("vcard_binary"))
    return data


def _is_qp(first_line: bytes) -> bool:
    head = first_line.split(b":", 1)[0]
    return b"QUOTED-PRINTABLE" in head.upper()


def _logical_lines(lines: list[bytes]) -> Iterator[tuple[int, bytes]]:
    """(first line number, property) with folds undone: a line that starts with a space or tab
    continues the one before; in a quoted-printable value a trailing '=' joins the next line
    (2.1's soft line break, whatever the next line starts with)."""
    parts: list[bytes] = []
    start, qp = 0, False
    for number, line in enumerate(lines, 1):
        if parts:
            if qp and parts[-1].endswith(b"=") and line.strip().upper() != b"END:VCARD" and line.strip():
                parts[-1] = parts[-1][:-1]
                parts.append(line)
                continue
            if line[:1] in (b" ", b"\t"):
                parts.append(line[1:])
                continue
            yield start, b"".join(parts)
            parts = []
        if not line.strip():
            continue
        parts, start, qp = [line], number, _is_qp(line)
    if parts:
        yield start, b"".join(parts)


def _marker(raw: bytes) -> bytes | None:
    """b"BEGIN" or b"END" for the lines that open and close a vCard."""
    if len(raw) > 32 or raw[:1] not in b"BbEe \t":
        return None
    text = raw.strip().upper().replace(b" ", b"")
    if text == b"BEGIN:VCARD":
        return b"BEGIN"
    if text == b"END:VCARD":
        return b"END"
    return None


def split_cards(path: Path, lines: list[bytes], rejected: list[Problem]) -> list[Card]:
    cards: list[Card] = []
    current: Card | None = None
    seen_begin = False
    for number, raw in _logical_lines(lines):
        marker = _marker(raw)
        if marker == b"BEGIN":
            seen_begin = True
            if current is not None:
                rejected.append(Problem(current.line, "vCard", Message("vcard_without_end", {"next_line": number})))
            current = Card(number)
        elif marker == b"END":
            if current is not None:
                cards.append(current)
            current = None
        elif current is not None:
            current.lines.append((number, raw))
    if not seen_begin:
        raise ImportFileError(path, Message("not_a_vcard_file"))
    if current is not None:
        raise ImportFileError(path, Message("vcard_cut_off", {"start_line": current.line}), line=current.line)
    return cards


# --- decoding text ----------------------------------------------------------------------------


def _decode_text(data: bytes, declared: str | None) -> str | None:
    """UTF-8 first (a file re-saved as UTF-8 often keeps its old CHARSET), then the declared
    charset, then Windows-1252; None when nothing fits."""
    if data.isascii():
        return data.decode("ascii")
    for encoding in ("utf-8", declared, "cp1252"):
        if not encoding:
            continue
        try:
            text = data.decode(encoding)
            text.encode("utf-8")    # a declared codec such as unicode_escape can make lone surrogates
            return text
        except (LookupError, UnicodeError, ValueError):
            continue
    return None


def decode_line(path: Path, number: int, name: str, raw: bytes) -> str:
    match = _CHARSET.search(raw.split(b":", 1)[0])
    text = _decode_text(raw, match.group(1).decode("ascii") if match else None)
    if text is None:
        raise ImportFileError(path, Message("vcard_unknown_encoding"), line=number, field=name)
    return text


def unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return _UNESCAPE.sub(lambda match: "\n" if match.group(1) in "nN" else match.group(1), value)


def split_raw(value: str, separator: str) -> list[str]:
    """Split on the separators that are not backslash-escaped; the parts keep their escapes."""
    if "\\" not in value:
        return value.split(separator)
    parts, current, escaped = [], [], False
    for ch in value:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            current.append(ch)
            escaped = True
        elif ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def split(value: str, separator: str) -> list[str]:
    return [unescape(part) for part in split_raw(value, separator)]


class Unreadable(ValueError):
    """A property of one card that cannot be read; `reason` says why."""

    def __init__(self, reason: Message):
        super().__init__(reason.code)
        self.reason = reason


def parse_property(text: str, number: int) -> Property:
    """One property parsed by vobject's content-line parser. Quoted-printable values are decoded
    here (not by vobject) so an unknown charset is a clear message, not a crash."""
    try:
        name, param_list, value, group = parseLine(text, number)
    except ParseError:
        raise Unreadable(Message("vcard_line_malformed")) from None
    params: dict[str, list[str]] = {}
    types: set[str] = set()
    for param in param_list:
        if len(param) == 1:
            types.add(param[0].lower())
        else:
            params.setdefault(param[0].upper(), []).extend(param[1:])
    for value_list in params.get("TYPE", []):
        types.update(t.strip().lower() for t in value_list.split(","))
    encodings = {e.upper() for e in params.get("ENCODING", [])}
    if "QUOTED-PRINTABLE" in encodings or "quoted-printable" in types:
        decoded = _decode_text(binascii.a2b_qp(value.encode("utf-8")), (params.get("CHARSET") or [None])[0])
        if decoded is None:
            raise Unreadable(Message("vcard_quoted_printable_unreadable"))
        value = decoded
    return Property(name.upper(), group, params, types, value.strip(), number)

