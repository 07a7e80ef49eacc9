"""vCard files: write the live contacts as vCard 4.0 or 3.0 (UTF-8, CRLF lines folded at 75 octets),
in Swedish name order, each with its current organisation, tags and the contact's id as UID (so
an exported file imports back onto the same contacts).

Every value written comes from the database and is escaped here, whatever validation let in when
it was stored (a database from before today's limits, a restored export): backslash, ';', ',' and
line breaks as RFC 6350 says (so no value can end its line and start a property or a card of its
own), control characters that no vCard can hold are left out, a phone is a tel: URI only when it is
a plain number, and the parameters are our own constants.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path

import phonenumbers
from vobject.base import backslashEscape

from db import models as m
from db.atomic_file import write_atomically
from db.collation import sv_key
from db.listing import COLUMNS
from db.services import KnowledgeBase

log = logging.getLogger(__name__)

VERSIONS = ("4.0", "3.0")
PRODID = "-//IoT Sverige//Kunskapsbanken//SV"
_CURRENT_ORG = next(column.sql for column in COLUMNS["contact"] if column.key == "organisation")
_CHUNK = 500
_LINE_OCTETS = 75
# Control characters a vCard value cannot hold (line breaks are escaped, a tab is kept).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TEL_URI = re.compile(r"\+?[0-9]{1,20}")
_REV = re.compile(r"[0-9]{8}T[0-9]{6}Z")


def _esc(value: str | None) -> str:
    """A text value (or one component of a structured one) escaped per RFC 6350."""
    return backslashEscape(_CONTROLS.sub("", value or ""))


def _rev(timestamp: str | None) -> str | None:
    """2023-01-05T09:30:12.345Z -> 20230105T093012Z; None for anything else."""
    if not timestamp or len(timestamp) < 19:
        return None
    rev = timestamp[:19].replace("-", "").replace(":", "") + "Z"
    return rev if _REV.fullmatch(rev) else None


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
        _line("UID", f"urn:uuid:{_esc(contact.id)}" if four else _esc(contact.id)),
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
        if four and _TEL_URI.fullmatch(phone):
            lines.append(_line("TEL", f"tel:{phone}", {"VALUE": "uri", "TYPE": kind}))
        elif four:
            lines.append(_line("TEL", _esc(phone), {"TYPE": kind}))   # not a plain number: text
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

