"""vCard files: read the contacts Outlook, Google Contacts and Apple Contacts write (2.1, 3.0, 4.0).

A file becomes cards and their properties (db.interchange.vcard.card_parsing); only the
properties a contact is made of are parsed, photos, Outlook's card designs and the like are
counted or passed over without being decoded. Values stay raw text: the importer checks e-mails
and phones with the data layer's rules.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from db.errors import Message
from db.interchange.incoming_records import IncomingContact, Problem, ReadResult
from db.interchange.vcard.card_parsing import (
    PROPERTY_NAME,
    Card,
    Property,
    Unreadable,
    decode_line,
    load,
    parse_property,
    split,
    split_cards,
    split_raw,
    unescape,
)

log = logging.getLogger(__name__)

# The properties a contact is read from; every other line of a card is passed over unparsed.
_READ = {"VERSION", "N", "FN", "EMAIL", "TEL", "ORG", "TITLE", "ADR", "NOTE", "CATEGORIES", "UID",
         "X-ABLABEL"}
# Google puts every contact in this system group; as a tag it would say nothing.
_IGNORED_CATEGORIES = {"mycontacts"}
_WORK_LABEL = re.compile(r"work|arbete|jobb", re.IGNORECASE)

# --- properties -> an incoming contact ---------------------------------------------------------


def _strip_prefix(value: str, prefix: str) -> str:
    value = value.strip()
    if value[:len(prefix)].lower() == prefix:
        value = value[len(prefix):].strip()
    return value


def _preferred_first(props: list[Property]) -> list[Property]:
    return sorted(props, key=lambda p: p.preference)   # stable: file order otherwise


def _name(props: dict[str, list[Property]]) -> tuple[str, str]:
    """(first, last) from N (given and additional names -> first), else FN (last word -> last)."""
    for prop in props.get("N", []):
        parts = [*split_raw(prop.value, ";"), "", "", ""]
        family, given, additional = (" ".join(w.strip() for w in split(part, ",") if w.strip())
                                     for part in parts[:3])
        first = " ".join(p for p in (given, additional) if p)
        if first or family:
            return first, family
    for prop in props.get("FN", []):
        words = unescape(prop.value).split()
        if len(words) == 1:
            return words[0], ""
        if words:
            return " ".join(words[:-1]), words[-1]
    return "", ""


def _first_text(props: dict[str, list[Property]], name: str) -> str | None:
    for prop in props.get(name, []):
        value = unescape(prop.value).strip()
        if value:
            return value
    return None


def _organisation(props: dict[str, list[Property]]) -> tuple[str | None, str | None]:
    for prop in props.get("ORG", []):
        parts = [p.strip() for p in split(prop.value, ";")]
        departments = ", ".join(p for p in parts[1:] if p)
        if parts[0] or departments:
            return parts[0] or None, departments or None
    return None, None


def _municipality(props: dict[str, list[Property]], labels: dict[str, str]) -> str | None:
    """The locality of the work address, else of the first address that has one."""
    addresses = []
    for prop in props.get("ADR", []):
        parts = [*split(prop.value, ";"), "", "", "", ""]
        locality = parts[3].strip()
        if locality:
            work = "work" in prop.types or bool(_WORK_LABEL.search(labels.get(prop.group or "", "")))
            addresses.append((not work, locality))
    return min(addresses, key=lambda a: a[0])[1] if addresses else None


def _tags(props: dict[str, list[Property]]) -> list[str]:
    tags: list[str] = []
    seen: set[str] = set()
    for prop in props.get("CATEGORIES", []):
        for tag in split(prop.value, ","):
            tag = tag.strip()
            if tag and tag.casefold() not in seen and tag.casefold() not in _IGNORED_CATEGORIES:
                seen.add(tag.casefold())
                tags.append(tag)
    return tags


def _notes(props: dict[str, list[Property]]) -> str | None:
    texts = [unescape(p.value).replace("\r\n", "\n").replace("\r", "\n").strip() for p in props.get("NOTE", [])]
    return "\n\n".join(t for t in texts if t) or None


def _contact(card: Card, props: list[Property]) -> IncomingContact:
    by_name: dict[str, list[Property]] = {}
    for prop in props:
        by_name.setdefault(prop.name, []).append(prop)
    labels = {p.group: p.value for p in by_name.get("X-ABLABEL", []) if p.group}
    first, last = _name(by_name)
    organisation, department = _organisation(by_name)
    emails = [_strip_prefix(unescape(p.value), "mailto:") for p in _preferred_first(by_name.get("EMAIL", []))]
    phones = [_strip_prefix(unescape(p.value), "tel:") for p in _preferred_first(by_name.get("TEL", []))]
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


def _read_card(path: Path, card: Card, counts: _Counts) -> IncomingContact | Problem:
    props: list[Property] = []
    has_birthday = False
    for number, raw in card.lines:
        match = PROPERTY_NAME.match(raw)
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
            props.append(parse_property(decode_line(path, number, name, raw), number))
        except Unreadable as exc:
            return Problem(number, name, Message("vcard_property_unreadable",
                                                 {"reason": exc.reason, "start_line": card.line}))
    counts.birthdays += has_birthday
    contact = _contact(card, props)
    if not (contact.first_name or contact.last_name or contact.emails):
        return Problem(card.line, "name", Message("vcard_without_name"))
    return contact


def read_vcards(path: Path) -> ReadResult:
    """Every contact in a vCard file (2.1, 3.0 or 4.0) as an IncomingContact with raw values.

    Raises ImportFileError for a file that cannot be read as a whole; a single card that
    cannot be read (or has no name and no e-mail) is a Problem in `rejected`."""
    path = Path(path)
    data = load(path)
    result = ReadResult(path, "contact")
    counts = _Counts()
    for card in split_cards(path, data.splitlines(), result.rejected):
        item = _read_card(path, card, counts)
        (result.rejected if isinstance(item, Problem) else result.records).append(item)
    result.rejected.sort(key=lambda p: p.line)
    if counts.photos:
        result.warnings.append(Message("photos_skipped", {"count": counts.photos}))
    if counts.birthdays:
        result.warnings.append(Message("birthdays_skipped", {"count": counts.birthdays}))
    log.info("read %d vCards (%d rejected) from a %d-byte file", len(result.records), len(result.rejected),
             len(data))
    return result

