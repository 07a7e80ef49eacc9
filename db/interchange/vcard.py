"""vCard files: read the contacts Outlook, Google Contacts and Apple Contacts write (2.1, 3.0,
4.0), and write our contacts as vCard 4.0 or 3.0.

Reading splits the bytes into cards first, line by line: that gives every card the line of its
BEGIN:VCARD, lets one broken card be rejected while the others are read, and decodes each line
on its own, so a file that mixes Windows-1252 and UTF-8 lines (Outlook does) reads right.
Only the properties we keep are parsed (by vobject's content-line parser); photos, Outlook's
card designs and the like are counted or passed over without being decoded.

Values stay raw text: the importer checks e-mails and phones with the data layer's rules.
"""

from __future__ import annotations

import binascii
import codecs
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from vobject.base import ParseError, backslashEscape, parseLine

from db import models as m
from db.atomic_file import write_atomically
from db.collation import sv_key
from db.interchange.incoming_records import (
    ImportFileError,
    IncomingContact,
    Problem,
    ReadResult,
    check_size,
    looks_binary,
)
from db.listing import COLUMNS
from db.services import KnowledgeBase

log = logging.getLogger(__name__)

VERSIONS = ("4.0", "3.0")
PRODID = "-//IoT Sverige//Kunskapsbanken//SV"

# The properties a contact is read from; every other line of a card is passed over unparsed.
_READ = {"VERSION", "N", "FN", "EMAIL", "TEL", "ORG", "TITLE", "ADR", "NOTE", "CATEGORIES", "UID",
         "X-ABLABEL"}
# Google puts every contact in this system group; as a tag it would say nothing.
_IGNORED_CATEGORIES = {"mycontacts"}
_NAME = re.compile(rb"[ \t]*(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)[ \t]*[;:]")
_CHARSET = re.compile(rb";[ \t]*CHARSET=\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_UNESCAPE = re.compile(r"\\([\\;,:nN])")
_WORK_LABEL = re.compile(r"work|arbete|jobb", re.IGNORECASE)


# --- reading: bytes -> cards -----------------------------------------------------------------


@dataclass
class _Card:
    line: int                                   # the line of its BEGIN:VCARD
    lines: list[tuple[int, bytes]] = field(default_factory=list)   # (line, unfolded property)


@dataclass
class _Prop:
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


def _load(path: Path) -> bytes:
    """The file's bytes as UTF-8 or an 8-bit encoding; UTF-16 (with its BOM) is converted."""
    check_size(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16").encode("utf-8")
        except UnicodeError as exc:
            line = data[:exc.start].decode("utf-16", errors="replace").count("\n") + 1
            raise ImportFileError(path, "the file says it is UTF-16, but its text cannot be decoded as UTF-16",
                                  line=line) from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if looks_binary(data):
        raise ImportFileError(path, "not a vCard file: it holds binary data, not text")
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


def _split_cards(path: Path, lines: list[bytes], rejected: list[Problem]) -> list[_Card]:
    cards: list[_Card] = []
    current: _Card | None = None
    seen_begin = False
    for number, raw in _logical_lines(lines):
        marker = _marker(raw)
        if marker == b"BEGIN":
            seen_begin = True
            if current is not None:
                rejected.append(Problem(current.line, "vCard", f"has no END:VCARD before the next BEGIN:VCARD "
                                                               f"on line {number}; the vCard is skipped"))
            current = _Card(number)
        elif marker == b"END":
            if current is not None:
                cards.append(current)
            current = None
        elif current is not None:
            current.lines.append((number, raw))
    if not seen_begin:
        raise ImportFileError(path, "not a vCard file (it has no BEGIN:VCARD line)")
    if current is not None:
        raise ImportFileError(path, f"the vCard that starts on line {current.line} has no END:VCARD; "
                                    "the file seems cut off", line=current.line)
    return cards


# --- reading: decoding text --------------------------------------------------------------------


def _text(data: bytes, declared: str | None) -> str | None:
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


def _decode_line(path: Path, number: int, name: str, raw: bytes) -> str:
    match = _CHARSET.search(raw.split(b":", 1)[0])
    text = _text(raw, match.group(1).decode("ascii") if match else None)
    if text is None:
        raise ImportFileError(path, "the text is neither UTF-8 nor Windows-1252, so the file's encoding "
                                    "cannot be recognised (save it as UTF-8 and try again)", line=number, field=name)
    return text


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return _UNESCAPE.sub(lambda match: "\n" if match.group(1) in "nN" else match.group(1), value)


def _split_raw(value: str, separator: str) -> list[str]:
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


def _split(value: str, separator: str) -> list[str]:
    return [_unescape(part) for part in _split_raw(value, separator)]


class _Unreadable(ValueError):
    """A property of one card that cannot be read; the message says why in plain words."""


def _prop(text: str, number: int) -> _Prop:
    """One property parsed by vobject's content-line parser. Quoted-printable values are decoded
    here (not by vobject) so an unknown charset is a clear message, not a crash."""
    try:
        name, param_list, value, group = parseLine(text, number)
    except ParseError:
        raise _Unreadable("it is not of the form NAME;PARAMETERS:VALUE") from None
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
        decoded = _text(binascii.a2b_qp(value.encode("utf-8")), (params.get("CHARSET") or [None])[0])
        if decoded is None:
            raise _Unreadable("its quoted-printable value is neither UTF-8 nor Windows-1252 text")
        value = decoded
    return _Prop(name.upper(), group, params, types, value.strip(), number)


# --- reading: properties -> an incoming contact ------------------------------------------------


def _strip_prefix(value: str, prefix: str) -> str:
    value = value.strip()
    if value[:len(prefix)].lower() == prefix:
        value = value[len(prefix):].strip()
    return value


def _preferred_first(props: list[_Prop]) -> list[_Prop]:
    return sorted(props, key=lambda p: p.preference)   # stable: file order otherwise


def _name(props: dict[str, list[_Prop]]) -> tuple[str, str]:
    """(first, last) from N (given and additional names -> first), else FN (last word -> last)."""
    for prop in props.get("N", []):
        parts = [*_split_raw(prop.value, ";"), "", "", ""]
        family, given, additional = (" ".join(w.strip() for w in _split(part, ",") if w.strip())
                                     for part in parts[:3])
        first = " ".join(p for p in (given, additional) if p)
        if first or family:
            return first, family
    for prop in props.get("FN", []):
        words = _unescape(prop.value).split()
        if len(words) == 1:
            return words[0], ""
        if words:
            return " ".join(words[:-1]), words[-1]
    return "", ""


def _first_text(props: dict[str, list[_Prop]], name: str) -> str | None:
    for prop in props.get(name, []):
        value = _unescape(prop.value).strip()
        if value:
            return value
    return None


def _organisation(props: dict[str, list[_Prop]]) -> tuple[str | None, str | None]:
    for prop in props.get("ORG", []):
        parts = [p.strip() for p in _split(prop.value, ";")]
        departments = ", ".join(p for p in parts[1:] if p)
        if parts[0] or departments:
            return parts[0] or None, departments or None
    return None, None


def _municipality(props: dict[str, list[_Prop]], labels: dict[str, str]) -> str | None:
    """The locality of the work address, else of the first address that has one."""
    addresses = []
    for prop in props.get("ADR", []):
        parts = [*_split(prop.value, ";"), "", "", "", ""]
        locality = parts[3].strip()
        if locality:
            work = "work" in prop.types or bool(_WORK_LABEL.search(labels.get(prop.group or "", "")))
            addresses.append((not work, locality))
    return min(addresses, key=lambda a: a[0])[1] if addresses else None


def _tags(props: dict[str, list[_Prop]]) -> list[str]:
    tags: list[str] = []
    seen: set[str] = set()
    for prop in props.get("CATEGORIES", []):
        for tag in _split(prop.value, ","):
            tag = tag.strip()
            if tag and tag.casefold() not in seen and tag.casefold() not in _IGNORED_CATEGORIES:
                seen.add(tag.casefold())
                tags.append(tag)
    return tags


def _notes(props: dict[str, list[_Prop]]) -> str | None:
    texts = [_unescape(p.value).replace("\r\n", "\n").replace("\r", "\n").strip() for p in props.get("NOTE", [])]
    return "\n\n".join(t for t in texts if t) or None


def _contact(card: _Card, props: list[_Prop]) -> IncomingContact:
    by_name: dict[str, list[_Prop]] = {}
    for prop in props:
        by_name.setdefault(prop.name, []).append(prop)
    labels = {p.group: p.value for p in by_name.get("X-ABLABEL", []) if p.group}
    first, last = _name(by_name)
    organisation, department = _organisation(by_name)
    emails = [_strip_prefix(_unescape(p.value), "mailto:") for p in _preferred_first(by_name.get("EMAIL", []))]
    phones = [_strip_prefix(_unescape(p.value), "tel:") for p in _preferred_first(by_name.get("TEL", []))]
    uid = _first_text(by_name, "UID")
    return IncomingContact(
        line=card.line, first_name=first, last_name=last, title=_first_text(by_name, "TITLE"),
        emails=[e for e in emails if e], phones=[p for p in phones if p],
        organisation=organisation, department=department,
        municipality=_municipality(by_name, labels), notes=_notes(by_name), tags=_tags(by_name),
        uid=(_strip_prefix(uid, "urn:uuid:") or None) if uid else None,
    )


@dataclass
class _Counts:
    photos: int = 0
    birthdays: int = 0


def _read_card(path: Path, card: _Card, counts: _Counts) -> IncomingContact | Problem:
    props: list[_Prop] = []
    has_birthday = False
    for number, raw in card.lines:
        match = _NAME.match(raw)
        if match is None:
            continue        # no property name: stray text, nothing we would read
        name = match.group(2).decode("ascii").upper().replace("_", "-")
        if name == "PHOTO":
            counts.photos += 1
        elif name == "BDAY":
            has_birthday = True
        if name not in _READ:
            continue
        try:
            props.append(_prop(_decode_line(path, number, name, raw), number))
        except _Unreadable as exc:
            return Problem(number, name, f"cannot be read ({exc}); the vCard that starts on line "
                                         f"{card.line} is skipped")
    counts.birthdays += has_birthday
    contact = _contact(card, props)
    if not (contact.first_name or contact.last_name or contact.emails):
        return Problem(card.line, "name", "the vCard has no name (N or FN) and no e-mail address; it is skipped")
    return contact


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def read_vcards(path: Path) -> ReadResult:
    """Every contact in a vCard file (2.1, 3.0 or 4.0) as an IncomingContact with raw values.

    Raises ImportFileError for a file that cannot be read as a whole; a single card that
    cannot be read (or has no name and no e-mail) is a Problem in `rejected`."""
    path = Path(path)
    data = _load(path)
    result = ReadResult(path, "contact")
    counts = _Counts()
    for card in _split_cards(path, data.splitlines(), result.rejected):
        item = _read_card(path, card, counts)
        (result.rejected if isinstance(item, Problem) else result.records).append(item)
    result.rejected.sort(key=lambda p: p.line)
    if counts.photos:
        result.warnings.append(f"{_plural(counts.photos, 'photo', 'photos')} skipped "
                               "(Kunskapsbanken does not store photos)")
    if counts.birthdays:
        result.warnings.append(f"{_plural(counts.birthdays, 'birthday', 'birthdays')} not imported "
                               "(Kunskapsbanken stores no birthdays)")
    log.info("read %d vCards (%d rejected) from a %d-byte file", len(result.records), len(result.rejected),
             len(data))
    return result


# --- writing ---------------------------------------------------------------------------------


_CURRENT_ORG = next(column.sql for column in COLUMNS["contact"] if column.key == "organisation")
_CHUNK = 500
_LINE_OCTETS = 75


def _esc(value: str | None) -> str:
    return backslashEscape(value or "")


def _rev(timestamp: str | None) -> str | None:
    """2023-01-05T09:30:12.345Z -> 20230105T093012Z."""
    if not timestamp or len(timestamp) < 19:
        return None
    return timestamp[:19].replace("-", "").replace(":", "") + "Z"


def _phone_type(e164: str) -> str:
    """The vCard type of a stored number: cell for a mobile number (in Sweden the 07x series), else work."""
    if e164.startswith("+46"):
        return "cell" if e164.startswith("+467") else "work"
    try:
        kind = phonenumbers.number_type(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return "work"
    return "cell" if kind in (phonenumbers.PhoneNumberType.MOBILE,
                              phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE) else "work"


def _fold(line: str) -> str:
    """One content line folded at 75 octets (CRLF + a space), never inside a UTF-8 character.
    The same folding vobject's serializer does, without its per-character cost."""
    data = line.encode("utf-8")
    if len(data) <= _LINE_OCTETS:
        return line + "\r\n"
    pieces, start, limit = [], 0, _LINE_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:
            end -= 1
        pieces.append(data[start:end])
        start, limit = end, _LINE_OCTETS - 1
    return b"\r\n ".join(pieces).decode("utf-8") + "\r\n"


def _line(name: str, value: str, params: dict[str, str] | None = None) -> str:
    """A folded content line; `value` is already escaped."""
    head = name + "".join(f";{key}={param}" for key, param in (params or {}).items())
    return _fold(f"{head}:{value}")


def _card_text(contact: m.Contact, organisation: str | None, tags: list[str], version: str) -> str:
    four = version == "4.0"
    lines = [
        "BEGIN:VCARD\r\n",
        _line("VERSION", version),
        _line("PRODID", PRODID),
        _line("UID", f"urn:uuid:{contact.id}" if four else contact.id),
        _line("FN", _esc(contact.full_name)),
        _line("N", f"{_esc(contact.last_name)};{_esc(contact.first_name)};;;"),
    ]
    if organisation:
        lines.append(_line("ORG", _esc(organisation)))
    if contact.title:
        lines.append(_line("TITLE", _esc(contact.title)))
    for email in contact.emails:
        lines.append(_line("EMAIL", _esc(email), {"TYPE": "work" if four else "INTERNET,WORK"}))
    for phone in contact.phones:
        kind = _phone_type(phone)
        if four:
            lines.append(_line("TEL", f"tel:{phone}", {"VALUE": "uri", "TYPE": kind}))
        else:
            lines.append(_line("TEL", _esc(phone), {"TYPE": kind.upper()}))
    if contact.municipality:
        lines.append(_line("ADR", f";;;{_esc(contact.municipality)};;;", {"TYPE": "work" if four else "WORK"}))
    if contact.notes:
        lines.append(_line("NOTE", _esc(contact.notes)))
    if tags:
        lines.append(_line("CATEGORIES", ",".join(_esc(tag) for tag in tags)))
    rev = _rev(contact.updated_at)
    if rev:
        lines.append(_line("REV", rev))
    lines.append("END:VCARD\r\n")
    return "".join(lines)


def _contacts(kb: KnowledgeBase, ids: Iterable[str] | None) -> list[tuple[m.Contact, str | None]]:
    """Live contacts (all, or those of `ids`) with their current organisation's name."""
    sql = f"SELECT t.*, {_CURRENT_ORG} AS current_organisation FROM contact t WHERE t.deleted_at IS NULL"
    if ids is None:
        rows = kb.db.execute_returning_dicts(sql)
    else:
        wanted = list(dict.fromkeys(ids))
        rows = []
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            rows += kb.db.execute_returning_dicts(f"{sql} AND t.id IN ({', '.join('?' * len(chunk))})", chunk)
        if len(rows) < len(wanted):
            log.warning("%d of the ids to export are not live contacts; they are left out",
                        len(wanted) - len(rows))
    pairs = [(kb.contacts.from_row(row), row["current_organisation"]) for row in rows]
    pairs.sort(key=lambda p: (sv_key(p[0].last_name), sv_key(p[0].first_name), p[0].last_name,
                              p[0].first_name, p[0].id))
    return pairs


def _cards(kb: KnowledgeBase, ids: Iterable[str] | None, version: str) -> list[str]:
    if version not in VERSIONS:
        raise ValueError(f"vCard version '{version}' cannot be written; choose one of: {', '.join(VERSIONS)}")
    return [_card_text(contact, organisation, kb.tags.names_for("contact", contact.id), version)
            for contact, organisation in _contacts(kb, ids)]


def vcard_text(kb: KnowledgeBase, ids: Iterable[str] | None = None, version: str = "4.0") -> str:
    """The vCards of the live contacts (all, or those of `ids`), in Swedish name order."""
    return "".join(_cards(kb, ids, version))


def export_vcards(kb: KnowledgeBase, path: Path, ids: Iterable[str] | None = None, *,
                  version: str = "4.0") -> int:
    """Write the live contacts (all, or those of `ids`) to a vCard file (UTF-8, CRLF lines
    folded at 75 octets), in Swedish name order; returns the number of contacts written."""
    cards = _cards(kb, ids, version)
    write_atomically(Path(path), "".join(cards).encode("utf-8"))
    log.info("exported %d contacts as vCard %s", len(cards), version)
    return len(cards)
