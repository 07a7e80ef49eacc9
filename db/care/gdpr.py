"""Data protection duties (GDPR): register extract (art. 15), erasure (art. 17), the
retention review and the audit list of these events.

Erasure removes a contact person everywhere: their row and every row about them, their
name, e-mail addresses and phone numbers from other records' free text and from the change
log, the search index (purged through the normal change notification), old pages of the
database file and its WAL (VACUUM), and the backup files. Activities they took part in stay,
with the participant shown as one reserved, soft-deleted placeholder ("Raderad person").

The audit list names records by id only. Nothing here logs personal data.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from db import changelog
from db import models as m
from db.atomic_file import write_atomically
from db.collation import register as register_collation
from db.connection import BUSY_TIMEOUT_MS
from db.errors import UserError
from db.record_details import TITLE_SQL
from db.schema import ENTITY_TABLES
from db.services import KnowledgeBase, NotFoundError
from db.validation import format_phone

log = logging.getLogger(__name__)

ERASED_CONTACT_ID = m.ERASED_CONTACT_ID
ERASED_TEXT = "[raderad person]"
RETENTION_KEY = "retention_years"
DEFAULT_RETENTION_YEARS = 3
MIN_RETENTION_YEARS, MAX_RETENTION_YEARS = 1, 50
EXTRACT_FORMATS = (".json", ".html")
CHUNK = 500

# Swedish texts of the register extract.
CONTROLLER = "IoT Sverige, programkontoret (värd: Uppsala universitet)"
PURPOSE = (
    "IoT Sverige är ett strategiskt innovationsprogram som finansierar IoT-projekt i svenska kommuner "
    "och regioner. Programkontoret behandlar uppgifter om kontaktpersoner hos organisationer som deltar i "
    "eller är intresserade av programmet för att administrera utlysningar, beviljade projekt, nätverk och "
    "aktiviteter, för att hålla kontakt med dem och för att följa upp och rapportera programmets "
    "verksamhet. Behandlingen är nödvändig för att utföra en uppgift av allmänt intresse "
    "(artikel 6.1 e i dataskyddsförordningen)."
)
RIGHTS = (
    "Du har rätt att begära rättelse av felaktiga uppgifter, radering, begränsning av behandlingen och att "
    "invända mot behandlingen. Du kan också lämna klagomål till Integritetsskyddsmyndigheten (IMY)."
)
LEGAL_BASIS_TEXT = {
    "samtycke": "Samtycke (artikel 6.1 a i dataskyddsförordningen)",
    "avtal": "Avtal (artikel 6.1 b i dataskyddsförordningen)",
    "rättslig förpliktelse": "Rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen)",
    "allmänt intresse": "Uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen)",
    "berättigat intresse": "Berättigat intresse (artikel 6.1 f i dataskyddsförordningen)",
}

# Columns that are not free text about others: ids, bookkeeping, validated values (dates,
# choices, numbers) and other contacts' own names, addresses and numbers (a namesake keeps their
# name; address lists must stay valid addresses). Columns not named here are scrubbed.
_NOT_FREE_TEXT = {
    "id", "created_at", "updated_at", "updated_by", "deleted_at", "entity_type",
    "first_name", "last_name", "emails", "phones", "is_staff", "legal_basis", "kind", "status", "org_number",
    "from_date", "to_date", "start_date", "end_date", "starts", "ends", "opens", "closes", "decision_by", "due",
    "done_at", "informed_at", "retain_until", "need_areas",
}
# Links that are about the person and are removed with them.
_PERSON_LINKS = ("affiliation", "project_party", "membership")
# The record each removed link shows up on (its page and search document change).
_LINK_TARGET = {"affiliation": ("organisation_id", "organisation"), "project_party": ("project_id", "project"),
                "membership": ("network_id", "network")}


class PersonNotFound(UserError):
    """No contact matches what the user typed."""


class AmbiguousPerson(UserError):
    """Several contacts match; the message lists them (id, name, organisation)."""

    def __init__(self, message: str, matches: list[tuple[str, str, str | None]]):
        super().__init__(message)
        self.matches = matches


@dataclass
class EraseReport:
    contact_id: str
    rows_deleted: int = 0
    texts_scrubbed: int = 0
    log_entries_scrubbed: int = 0
    backups_cleaned: int = 0
    backups_failed: list[str] = field(default_factory=list)
    # False when another connection kept the WAL from being truncated or VACUUM could not run:
    # old pages may remain until the next erasure (or VACUUM) with the app closed.
    compacted: bool = True

    def counts(self) -> dict[str, int]:
        return {"rows_deleted": self.rows_deleted, "texts_scrubbed": self.texts_scrubbed,
                "log_entries_scrubbed": self.log_entries_scrubbed, "backups_cleaned": self.backups_cleaned,
                "backups_failed": len(self.backups_failed)}


@dataclass
class RetentionRow:
    contact_id: str
    name: str
    organisation: str | None
    last_activity: str | None
    created_at: str


# --- finding the person ---------------------------------------------------------------------------


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def current_organisation(kb: KnowledgeBase, contact_id: str) -> str | None:
    """The organisation the contact works for now (else the latest one), or None."""
    row = kb.db.execute(
        "SELECT o.name FROM affiliation a JOIN organisation o ON o.id = a.organisation_id"
        " WHERE a.contact_id = ? AND a.deleted_at IS NULL AND o.deleted_at IS NULL"
        " ORDER BY (a.to_date IS NULL OR a.to_date >= date('now')) DESC, a.from_date DESC, a.rowid DESC LIMIT 1",
        [contact_id]).fetchone()
    return row[0] if row else None


def find_person(kb: KnowledgeBase, text: str) -> m.Contact:
    """The contact meant by an id, an e-mail address (any of theirs, any case) or the exact full
    name (any case and spacing). Soft-deleted contacts count: their data is still held."""
    wanted = " ".join((text or "").split())
    if not wanted:
        raise PersonNotFound("no person given: use a contact id, an e-mail address or the full name")
    if wanted != ERASED_CONTACT_ID and kb.contacts.exists(wanted):
        return kb.contacts.get(wanted)
    folded = wanted.casefold()
    rows = kb.db.execute("SELECT id, first_name, last_name, emails, deleted_at FROM contact WHERE id != ?"
                         " ORDER BY last_name, first_name, id", [ERASED_CONTACT_ID]).fetchall()
    if "@" in wanted:
        found = [r for r in rows if folded in (e.casefold() for e in _json_list(r[3]))]
        what = "e-mail address"
    else:
        found = [r for r in rows if _normalise(f"{r[1]} {r[2]}") == folded]
        what = "name"
    if not found:
        raise PersonNotFound(f"no contact has the {what} '{wanted}' (use a contact id, an e-mail address "
                             "or the exact full name)")
    if len(found) > 1:
        matches = [(r[0], f"{r[1]} {r[2]}".strip(), current_organisation(kb, r[0])) for r in found]
        listed = "; ".join(f"{cid} {name} ({org or 'no organisation'}{', deleted' if row[4] else ''})"
                           for (cid, name, org), row in zip(matches, found, strict=True))
        raise AmbiguousPerson(f"{len(found)} contacts have the {what} '{wanted}': {listed}. "
                              "Nothing was done; use the id to choose one.", matches)
    return kb.contacts.get(found[0][0])


def _get_contact(kb: KnowledgeBase, contact_id: str) -> m.Contact:
    if contact_id == ERASED_CONTACT_ID:
        raise PersonNotFound("the placeholder for erased persons holds no one's data")
    try:
        return kb.contacts.get(contact_id)
    except NotFoundError:
        raise PersonNotFound(f"no contact with id {contact_id}") from None


def _json_list(value: str | None) -> list[str]:
    try:
        data = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(v) for v in data] if isinstance(data, list) else []


# --- what identifies the person in free text -------------------------------------------------------


_SEP = r"[\s\-/().]*"  # what people write between the digits of a phone number


@dataclass
class _Profile:
    """Everything that names the person: current and earlier names, addresses, numbers."""

    contact_id: str
    names: set[tuple[str, str]] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)

    def merge(self, other: _Profile | None) -> _Profile:
        if other is not None:
            self.names |= other.names
            self.emails |= other.emails
            self.phones |= other.phones
        return self


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _profile(conn: sqlite3.Connection, contact_id: str, tables: set[str]) -> _Profile | None:
    """The person's identifying values in this database: the row and its change-log history."""
    if "contact" not in tables:
        return None
    row = conn.execute("SELECT first_name, last_name, emails, phones FROM contact WHERE id = ?",
                       [contact_id]).fetchone()
    profile = _Profile(contact_id)
    first, last = (row[0] or "", row[1] or "") if row else ("", "")
    if row:
        profile.names.add((first, last))
        profile.emails.update(_json_list(row[2]))
        profile.phones.update(_json_list(row[3]))
    if "change_log" in tables:
        for before, after in conn.execute("SELECT before, after FROM change_log WHERE entity = 'contact'"
                                          " AND row_id = ?", [contact_id]):
            for raw in (before, after):
                values = _json_dict(raw)
                if "first_name" in values or "last_name" in values:
                    profile.names.add((str(values.get("first_name", first) or ""),
                                       str(values.get("last_name", last) or "")))
                for name, target in (("emails", profile.emails), ("phones", profile.phones)):
                    if isinstance(values.get(name), list):
                        target.update(str(v) for v in values[name])
    if not row and not profile.names and not profile.emails and not profile.phones:
        return None
    return profile


def _json_dict(raw: str | None) -> dict[str, Any]:
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


_TOKEN = re.compile(rb"[a-z0-9]+")  # ASCII words of UTF-8 text with ASCII letters lower-cased


class _Matcher:
    """Finds and replaces one person's name, e-mail addresses and phone numbers in text.

    Every match passes one of the needle tests (cheap, in C, on the text's UTF-8 bytes with ASCII
    letters lower-cased): all ASCII words of one of the names, an e-mail address, a casefolded
    name part or address (when they have no ASCII word), or a phone number's digits (in the
    text's digits alone, so any separators match)."""

    def __init__(self, profile: _Profile):
        self.contact_id = profile.contact_id
        alternatives: list[str] = []
        names: set[tuple[bytes, ...]] = set()
        words: set[bytes] = set()
        emails: set[bytes] = set()
        folded: set[str] = set()
        digits: set[bytes] = set()
        for first, last in sorted(profile.names):
            pattern, parts = _name_pattern(first, last)
            if not pattern:
                continue
            alternatives.append(pattern)
            tokens = [t for part in parts for t in _TOKEN.findall(part.encode("utf-8", "surrogatepass").lower())]
            if tokens:
                names.add(tuple(dict.fromkeys(tokens)))
                word = max(tokens, key=len)
                words |= {word, word + b"s"}  # the last word of a match may carry a genitive s
            else:
                folded.add(max(parts, key=len).casefold())
        for email in sorted(e.strip() for e in profile.emails):
            if email:
                alternatives.append(re.escape(email))
                if email.isascii():
                    emails.add(email.lower().encode())
                else:
                    folded.add(email.casefold())
        for phone in sorted(profile.phones):
            pattern, number = _phone_pattern(phone)
            alternatives.append(pattern)
            if number:
                digits.add(number.encode())
        self.names, self.words = sorted(names), words
        self.emails, self.folded, self.digits = emails, folded, digits
        self.pattern = re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None

    def named_in(self, lower: bytes) -> bool:
        return any(all(t in lower for t in tokens) for tokens in self.names)

    def named_by(self, words: set[bytes]) -> bool:
        return any(all(t in words or t + b"s" in words for t in tokens) for tokens in self.names)

    def scrub(self, text: str) -> str:
        return self.pattern.sub(ERASED_TEXT, text) if self.pattern is not None else text


def _name_pattern(first: str, last: str) -> tuple[str | None, list[str]]:
    """'Åsa Öberg', 'Öberg, Åsa', 'Öberg Åsa', any case and spacing, also with a genitive s."""
    first_parts, last_parts = first.split(), last.split()
    parts = first_parts + last_parts
    if not parts:
        return None, []

    def words(items: list[str]) -> str:
        return r"\s+".join(re.escape(p) for p in items)

    variants = [words(parts)]
    if first_parts and last_parts:
        variants.append(words(last_parts) + r",?\s+" + words(first_parts))
    return rf"(?<!\w)(?:{'|'.join(variants)})s?(?!\w)", parts


def _phone_pattern(e164: str) -> tuple[str, str]:
    """The stored E.164 form, the Swedish display form (070-174 06 05) and the usual ways of
    writing it (+46 70 174 06 05, 0046701740605, 0701740605 ...). Returns (pattern, the
    digits every match holds)."""
    literals = [re.escape(e164)]
    display = format_phone(e164)
    if display != e164:
        literals.append(re.escape(display))
    digits = e164.lstrip("+")
    if not digits.isdigit():
        return "|".join(literals), "".join(ch for ch in e164 if ch.isascii() and ch.isdigit())
    if digits.startswith("46"):
        national = digits[2:]
        body = _SEP.join(national)
        flexible = rf"(?<![\d+])(?:(?:\+|00){_SEP}46{_SEP}(?:\(0\){_SEP})?|0{_SEP}){body}(?!\d)"
        return "|".join([flexible, *literals]), national
    flexible = rf"(?<![\d+])(?:\+|00){_SEP}{_SEP.join(digits)}(?!\d)"
    return "|".join([flexible, *literals]), digits


_NOT_DIGITS = bytes(b for b in range(256) if not 0x30 <= b <= 0x39)


def _owners(pairs: Iterable[tuple[bytes, _Matcher]]) -> dict[bytes, list[_Matcher]]:
    owners: dict[bytes, list[_Matcher]] = {}
    for needle, matcher in pairs:
        owners.setdefault(needle, []).append(matcher)
    return owners


class _Scrubber:
    """The persons of one erasure: which texts may name them (substring and set tests, in C,
    rule out almost every text before a regex runs) and the replacement, with who was found.

    A few persons: one substring test per needle. Many (erase_many): the text's words and
    digit windows are looked up in dictionaries, so the cost per text stays flat."""

    MANY = 16  # needles of one kind above which lookups beat substring tests

    def __init__(self, matchers: Iterable[_Matcher]):
        self.matchers = [mt for mt in matchers if mt.pattern is not None]
        self._named = [mt for mt in self.matchers if mt.names]
        self._words = _owners((n, mt) for mt in self.matchers for n in mt.words)
        self._emails = [(n, mt) for mt in self.matchers for n in mt.emails]
        self._folded = [(n, mt) for mt in self.matchers for n in mt.folded]
        self._digits = _owners((n, mt) for mt in self.matchers for n in mt.digits)
        self._digit_lengths = sorted({len(n) for n in self._digits})
        # No match is shorter than its needle (a casefolded one may have grown: count it as 1).
        lengths = [len(n) for n in (*self._words, *self._digits)] + [len(n) for n, _ in self._emails]
        self._shortest = min([*lengths, *(1 for _ in self._folded)], default=0)

    def __bool__(self) -> bool:
        return bool(self.matchers)

    def candidates(self, text: str) -> list[_Matcher]:
        if len(text) < self._shortest:
            return []
        lower = text.encode("utf-8", "surrogatepass").lower()
        if len(self._words) <= self.MANY:
            found = [mt for mt in self._named if mt.named_in(lower)]
        else:
            words = set(_TOKEN.findall(lower))
            found = [mt for n in words & self._words.keys() for mt in self._words[n] if mt.named_by(words)]
        if self._emails and b"@" in lower:
            found += [mt for n, mt in self._emails if n in lower]
        if self._folded:
            folded = text.casefold()
            found += [mt for n, mt in self._folded if n in folded]
        if self._digits:
            found += self._by_digits(lower.translate(None, _NOT_DIGITS))
        return list(dict.fromkeys(found)) if len(found) > 1 else found

    def _by_digits(self, digits: bytes) -> list[_Matcher]:
        if len(digits) < self._digit_lengths[0]:
            return []
        if len(self._digits) <= self.MANY:
            return [mt for n, owners in self._digits.items() if n in digits for mt in owners]
        windows = {digits[i:i + k] for k in self._digit_lengths for i in range(len(digits) - k + 1)}
        return [mt for n in windows & self._digits.keys() for mt in self._digits[n]]

    def scrub_text(self, text: str, candidates: list[_Matcher] | None = None) -> tuple[str, set[str]]:
        """The text with every matching person replaced, and whose data was in it."""
        who: set[str] = set()
        for mt in self.candidates(text) if candidates is None else candidates:
            new = mt.scrub(text)
            if new != text:
                who.add(mt.contact_id)
                text = new
        return text, who

    def scrub_json(self, raw: str) -> tuple[str, set[str]]:
        """A change-log value (JSON) with the persons replaced in every string inside it."""
        candidates = self.candidates(raw)
        if not candidates:
            return raw, set()
        try:
            value = json.loads(raw)
        except ValueError:
            return self.scrub_text(raw, candidates)
        who: set[str] = set()

        def walk(item: Any) -> Any:
            if isinstance(item, str):
                new, found = self.scrub_text(item, candidates)
                who.update(found)
                return new
            if isinstance(item, list):
                return [walk(x) for x in item]
            if isinstance(item, dict):
                return {k: walk(v) for k, v in item.items()}
            return item

        value = walk(value)
        if not who:
            return raw, who
        return json.dumps(value, ensure_ascii=False, sort_keys=True), who


def _text_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    columns = []
    for _, name, kind, *_ in conn.execute(f"PRAGMA table_info([{table}])"):
        if name in _NOT_FREE_TEXT or name.endswith("_id") or (kind or "TEXT").upper() != "TEXT":
            continue
        columns.append(name)
    return columns


def _texts(conn: sqlite3.Connection, tables: set[str]) -> Iterator[tuple[str, str, list[str], tuple]]:
    """(table, row id, column names, values) of every row that has free text."""
    for table in ENTITY_TABLES:
        if table not in tables:
            continue
        columns = _text_columns(conn, table)
        if not columns:
            continue
        for row_id, *values in conn.execute(f"SELECT id, {', '.join(f'[{c}]' for c in columns)} FROM [{table}]"):
            yield table, row_id, columns, tuple(values)


# --- extract (art. 15) ------------------------------------------------------------------------------


def _rows(kb: KnowledgeBase, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    return kb.db.execute_returning_dicts(sql, list(params))


def _marked(row: dict[str, Any], *stamps: str) -> dict[str, Any]:
    row["deleted"] = any(row.get(s) for s in stamps)
    return row


def extract(kb: KnowledgeBase, contact_id: str) -> dict[str, Any]:
    """Everything the knowledge base holds about one person (soft-deleted rows included and
    marked), with the purpose, legal basis and source of the processing."""
    contact = _get_contact(kb, contact_id)
    cid = contact.id
    record = asdict(contact)
    record["full_name"] = contact.full_name
    record["phones_display"] = [format_phone(p) for p in contact.phones]
    record["deleted"] = contact.deleted_at is not None
    links = _person_links(kb, cid)
    return {
        "generated_at": changelog.utc_now(),
        "generated_by": kb.user,
        "controller": CONTROLLER,
        "purpose": PURPOSE,
        "legal_basis": contact.legal_basis,
        "legal_basis_text": LEGAL_BASIS_TEXT.get(contact.legal_basis or "", "Ingen rättslig grund angiven"),
        "source": contact.source,
        "retention_years": retention_years(kb),
        "rights": RIGHTS,
        "contact": record,
        **links,
        "tags": [_marked(r, "deleted_at", "tag_deleted_at") for r in _rows(
            kb, "SELECT t.name, g.created_at, g.deleted_at, t.deleted_at AS tag_deleted_at FROM tagging g"
                " JOIN tag t ON t.id = g.tag_id WHERE g.entity_type = 'contact' AND g.entity_id = ?"
                " ORDER BY t.name", [cid])],
        "mentions": _mentions(kb, cid, {("note", n["id"]) for n in links["notes"]}),
        "change_log": _history(kb, cid, links),
    }


def _person_links(kb: KnowledgeBase, cid: str) -> dict[str, list[dict[str, Any]]]:
    return {
        "affiliations": [_marked(r, "deleted_at", "organisation_deleted_at") for r in _rows(
            kb, "SELECT a.id, a.organisation_id, o.name AS organisation, a.role, a.from_date, a.to_date,"
                " a.created_at, a.deleted_at, o.deleted_at AS organisation_deleted_at FROM affiliation a"
                " LEFT JOIN organisation o ON o.id = a.organisation_id WHERE a.contact_id = ?"
                " ORDER BY a.from_date, a.rowid", [cid])],
        "project_parties": [_marked(r, "deleted_at", "project_deleted_at") for r in _rows(
            kb, "SELECT pp.id, pp.project_id, p.title AS project, pp.role, pp.created_at, pp.deleted_at,"
                " p.deleted_at AS project_deleted_at FROM project_party pp LEFT JOIN project p ON p.id = pp.project_id"
                " WHERE pp.contact_id = ? ORDER BY p.title, pp.rowid", [cid])],
        "memberships": [_marked(r, "deleted_at", "network_deleted_at") for r in _rows(
            kb, "SELECT ms.id, ms.network_id, n.name AS network, ms.role, ms.from_date, ms.to_date, ms.created_at,"
                " ms.deleted_at, n.deleted_at AS network_deleted_at FROM membership ms"
                " LEFT JOIN network n ON n.id = ms.network_id WHERE ms.contact_id = ? ORDER BY ms.from_date, ms.rowid",
            [cid])],
        "activities": [_marked(r, "link_deleted_at", "deleted_at") for r in _rows(
            kb, "SELECT a.id, l.id AS link_id, a.kind, a.title, a.starts, a.ends, a.place, l.role,"
                " l.deleted_at AS link_deleted_at, a.deleted_at FROM activity_link l"
                " JOIN activity a ON a.id = l.activity_id WHERE l.contact_id = ? ORDER BY a.starts, l.rowid", [cid])],
        "follow_ups": [_marked(r, "deleted_at", "activity_deleted_at") for r in _rows(
            kb, "SELECT f.id, f.activity_id, a.title AS activity, f.text, f.due, f.done_at, f.created_at,"
                " f.deleted_at, a.deleted_at AS activity_deleted_at FROM follow_up f"
                " LEFT JOIN activity a ON a.id = f.activity_id WHERE f.owner_id = ? ORDER BY f.due, f.rowid", [cid])],
        "notes": [_marked(r, "deleted_at") for r in _rows(
            kb, "SELECT id, text, author, created_at, updated_at, deleted_at FROM note"
                " WHERE entity_type = 'contact' AND entity_id = ? ORDER BY created_at, rowid", [cid])],
    }


def _history(kb: KnowledgeBase, cid: str, links: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Every change-log entry about the person or one of the rows that link them."""
    keys: dict[str, list[str]] = {"contact": [cid]}
    for name, table in (("affiliations", "affiliation"), ("project_parties", "project_party"),
                        ("memberships", "membership"), ("follow_ups", "follow_up"), ("notes", "note")):
        keys[table] = [r["id"] for r in links[name]]
    keys["activity_link"] = [r["link_id"] for r in links["activities"]]
    keys["tagging"] = [r[0] for r in kb.db.execute(
        "SELECT id FROM tagging WHERE entity_type = 'contact' AND entity_id = ?", [cid])]
    entries: list[dict[str, Any]] = []
    for entity, ids in keys.items():
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            entries += _rows(kb, "SELECT seq, at, author, entity, row_id, action, before, after FROM change_log"
                                 f" WHERE entity = ? AND row_id IN ({', '.join('?' * len(chunk))})", [entity, *chunk])
    entries.sort(key=lambda e: e["seq"])
    for entry in entries:
        del entry["seq"]
        entry["before"] = json.loads(entry["before"]) if entry["before"] else None
        entry["after"] = json.loads(entry["after"]) if entry["after"] else None
    return entries


def _mentions(kb: KnowledgeBase, cid: str, own: set[tuple[str, str]]) -> list[dict[str, Any]]:
    """Other records whose free text names the person, with a short excerpt."""
    tables = _tables(kb.db.conn)
    profile = _profile(kb.db.conn, cid, tables)
    scrubber = _Scrubber([_Matcher(profile)] if profile else [])
    if not scrubber:
        return []
    pattern = scrubber.matchers[0].pattern
    found = []
    for table, row_id, columns, values in _texts(kb.db.conn, tables):
        if (table, row_id) in own or (table == "contact" and row_id == cid):
            continue
        for column, value in zip(columns, values, strict=True):
            if not isinstance(value, str) or not scrubber.candidates(value):
                continue
            hit = pattern.search(value)
            if hit:
                start, end = max(0, hit.start() - 60), min(len(value), hit.end() + 60)
                excerpt = ("…" if start else "") + value[start:end] + ("…" if end < len(value) else "")
                found.append({"entity": table, "id": row_id, "title": _title(kb, table, row_id),
                              "field": column, "excerpt": " ".join(excerpt.split())})
    return found


def _title(kb: KnowledgeBase, table: str, row_id: str) -> str | None:
    if table not in TITLE_SQL:
        return None
    row = kb.db.execute(f"SELECT {TITLE_SQL[table]} FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    return row[0] if row else None


def write_extract(kb: KnowledgeBase, contact_id: str, path: Path) -> Path:
    """Write the register extract as .json or .html (readable by the owner alone, written
    atomically) and record it in the audit list."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXTRACT_FORMATS:
        raise UserError(f"{path.name}: unsupported extract format '{suffix or '(none)'}' (use .json or .html)")
    if not path.parent.is_dir():
        raise UserError(f"{path.parent}: no such folder")
    data = extract(kb, contact_id)
    if suffix == ".json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        from db.care.extract_html import render

        text = render(data)
    write_atomically(path, text)
    record_audit(kb, "extract", "contact", data["contact"]["id"], {"format": suffix[1:]})
    log.info("register extract written (%s)", suffix[1:])
    return path


# --- erasure (art. 17) ------------------------------------------------------------------------------


@dataclass
class _Removed:
    """What erasing one person did to the rows about them."""

    rows: dict[str, list[str]] = field(default_factory=dict)  # table -> hard-deleted ids
    touched: set[tuple[str, str]] = field(default_factory=set)  # records that show a change

    @property
    def count(self) -> int:
        return sum(len(ids) for ids in self.rows.values())


def _ids(conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[str]:
    return [r[0] for r in conn.execute(sql, params)]


def _delete(conn: sqlite3.Connection, table: str, ids: list[str]) -> None:
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        conn.execute(f"DELETE FROM [{table}] WHERE id IN ({', '.join('?' * len(chunk))})", chunk)


def _remove_person(conn: sqlite3.Connection, cid: str, tables: set[str],
                   ensure_placeholder: Callable[[], None]) -> _Removed:
    """Hard-delete the contact and the rows about them; keep their activities (pointing the
    participant link at the placeholder) and follow-ups (without an owner)."""
    done = _Removed()
    for table in _PERSON_LINKS:
        if table in tables:
            column, target = _LINK_TARGET[table]
            for row_id, target_id in conn.execute(f"SELECT id, {column} FROM [{table}] WHERE contact_id = ?", [cid]):
                done.rows.setdefault(table, []).append(row_id)
                done.touched.add((target, target_id))
    notes = _ids(conn, "SELECT id FROM note WHERE entity_type = 'contact' AND entity_id = ?", [cid]) \
        if "note" in tables else []
    done.rows["note"] = notes
    if "tagging" in tables:
        done.rows["tagging"] = _ids(conn, "SELECT id FROM tagging WHERE entity_type = 'contact' AND entity_id = ?",
                                    [cid])
        for start in range(0, len(notes), CHUNK):
            chunk = notes[start:start + CHUNK]
            done.rows["tagging"] += _ids(conn, "SELECT id FROM tagging WHERE entity_type = 'note'"
                                               f" AND entity_id IN ({', '.join('?' * len(chunk))})", chunk)
    if "follow_up" in tables:
        for row_id, activity_id in conn.execute("SELECT id, activity_id FROM follow_up WHERE owner_id = ?", [cid]):
            done.touched |= {("follow_up", row_id), ("activity", activity_id)}
        conn.execute("UPDATE follow_up SET owner_id = NULL WHERE owner_id = ?", [cid])
    if "activity_link" in tables:
        links = conn.execute("SELECT id, activity_id FROM activity_link WHERE contact_id = ?", [cid]).fetchall()
        if links:
            ensure_placeholder()
            conn.execute("UPDATE activity_link SET contact_id = ? WHERE contact_id = ?", [ERASED_CONTACT_ID, cid])
        done.touched |= {("activity", activity_id) for _, activity_id in links}
    for table, ids in done.rows.items():
        _delete(conn, table, ids)
    if conn.execute("DELETE FROM contact WHERE id = ?", [cid]).rowcount:
        done.rows["contact"] = [cid]
    return done


def _scrub_tables(conn: sqlite3.Connection, scrubber: _Scrubber, tables: set[str],
                  counts: dict[str, int]) -> set[tuple[str, str]]:
    """Replace the persons in every free-text column; returns the (table, id) rows changed and
    adds the texts (cells) changed per person to `counts`."""
    changed: list[tuple[str, str, dict[str, str]]] = []
    for table, row_id, columns, values in _texts(conn, tables):
        if table == "contact" and row_id == ERASED_CONTACT_ID:
            continue
        new_values: dict[str, str] = {}
        for column, value in zip(columns, values, strict=True):
            if not isinstance(value, str) or not value:
                continue
            new, who = scrubber.scrub_text(value)
            if who:
                new_values[column] = new
                for cid in who:
                    counts[cid] = counts.get(cid, 0) + 1
        if new_values:
            changed.append((table, row_id, new_values))
    for table, row_id, new_values in changed:
        assignments = ", ".join(f"[{c}] = ?" for c in new_values)
        conn.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", [*new_values.values(), row_id])
    return {(table, row_id) for table, row_id, _ in changed}


def _scrub_log(conn: sqlite3.Connection, scrubber: _Scrubber, removed: dict[str, _Removed],
               counts: dict[str, int]) -> None:
    """Empty the entries about the removed rows; replace the persons in every other entry."""
    for cid, done in removed.items():
        keys = [("contact", cid)] + [(table, row_id) for table, ids in done.rows.items() for row_id in ids]
        for entity, row_id in keys:
            cursor = conn.execute("UPDATE change_log SET before = NULL, after = NULL WHERE entity = ? AND row_id = ?"
                                  " AND (before IS NOT NULL OR after IS NOT NULL)", [entity, row_id])
            counts[cid] = counts.get(cid, 0) + max(cursor.rowcount, 0)
    if not scrubber:
        return
    updates = []
    for seq, before, after in conn.execute("SELECT seq, before, after FROM change_log"
                                           " WHERE before IS NOT NULL OR after IS NOT NULL"):
        new_before, who_before = scrubber.scrub_json(before) if before else (before, set())
        new_after, who_after = scrubber.scrub_json(after) if after else (after, set())
        if who_before or who_after:
            updates.append((new_before, new_after, seq))
            for cid in who_before | who_after:
                counts[cid] = counts.get(cid, 0) + 1
    conn.executemany("UPDATE change_log SET before = ?, after = ? WHERE seq = ?", updates)


def _ensure_placeholder(kb: KnowledgeBase) -> None:
    """The one soft-deleted contact that stands for every erased participant (deleted again if
    someone restored it from the trash)."""
    if not kb.contacts.exists(ERASED_CONTACT_ID):
        kb.contacts.create(m.Contact(id=ERASED_CONTACT_ID, first_name="Raderad", last_name="person"))
    kb.contacts.delete(ERASED_CONTACT_ID)


def erase(kb: KnowledgeBase, contact_id: str, *, backup_folders: Iterable[Path] = ()) -> EraseReport:
    """Erase one person everywhere (see the module doc); returns what was done, as counts."""
    return erase_many(kb, [contact_id], backup_folders=backup_folders)[0]


def erase_many(kb: KnowledgeBase, ids: Iterable[str], backup_folders: Iterable[Path] = ()) -> list[EraseReport]:
    """Erase several persons in one transaction and one pass over the texts, then compact the
    database once and clean each backup file once."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    conn = kb.db.conn
    if conn.in_transaction:
        # Backups are cleaned and the file compacted after the commit: an outer transaction
        # could still roll back what they assume.
        raise RuntimeError("an erasure is an operation of its own; it cannot run inside a transaction")
    for cid in wanted:
        _get_contact(kb, cid)
    conn.execute("PRAGMA secure_delete = ON")
    tables = _tables(conn)
    reports = {cid: EraseReport(cid) for cid in wanted}
    audit_ids: dict[str, str] = {}
    with kb.transaction() as changes:
        profiles = {cid: _profile(conn, cid, tables) for cid in wanted}
        _erase_rows(conn, tables, profiles, reports, changes, lambda: _ensure_placeholder(kb))
        for cid in wanted:
            kb.log("contact", cid, "erase", None, None)
            audit_ids[cid] = record_audit(kb, "erase", "contact", cid, _database_counts(reports[cid]))
    _check_index(kb)
    files = backup_files(backup_folders, exclude=kb.path)
    cleaned, failed = _clean_backups(files, profiles, audit_ids, kb.user)
    for cid, report in reports.items():
        report.backups_cleaned, report.backups_failed = cleaned, list(failed)
        if files:
            _update_audit(kb, audit_ids[cid], report.counts())
    # Last, so the WAL is left empty.
    compacted = compact(kb)
    for report in reports.values():
        report.compacted = compacted
    log.info("erased %d person(s); %d backup file(s) cleaned, %d failed", len(wanted), cleaned, len(failed))
    return [reports[cid] for cid in wanted]


def _database_counts(report: EraseReport) -> dict[str, int]:
    return {"rows_deleted": report.rows_deleted, "texts_scrubbed": report.texts_scrubbed,
            "log_entries_scrubbed": report.log_entries_scrubbed}


def _erase_rows(conn: sqlite3.Connection, tables: set[str], profiles: dict[str, _Profile | None],
                reports: dict[str, EraseReport], changes: m.Changes | None,
                ensure_placeholder: Callable[[], None]) -> None:
    """The erasure inside one open transaction; works on an older schema too (a backup)."""
    removed = {cid: _remove_person(conn, cid, tables, ensure_placeholder) for cid in reports}
    scrubber = _Scrubber(_Matcher(p) for p in profiles.values() if p is not None)
    texts: dict[str, int] = {}
    scrubbed = _scrub_tables(conn, scrubber, tables, texts) if scrubber else set()
    entries: dict[str, int] = {}
    if "change_log" in tables:
        _scrub_log(conn, scrubber, removed, entries)
    for cid, report in reports.items():
        report.rows_deleted = removed[cid].count
        report.texts_scrubbed = texts.get(cid, 0)
        report.log_entries_scrubbed = entries.get(cid, 0)
    if changes is not None:
        for cid, done in removed.items():
            changes.add("contact", cid)
            for table, ids in done.rows.items():
                for row_id in ids:
                    changes.add(table, row_id)
            for entity, row_id in done.touched | scrubbed:
                changes.add(entity, row_id)


def compact(kb: KnowledgeBase) -> bool:
    """Rewrite the database file without free pages and empty its WAL, so no old page
    remains; False when another connection kept part of it from happening."""
    return _compact(kb.db.conn)


def _compact(conn: sqlite3.Connection) -> bool:
    done = _checkpoint(conn)
    try:
        conn.execute("VACUUM")
    except sqlite3.OperationalError as exc:
        log.warning("VACUUM after erasure failed (%s); old pages may remain until the next one", exc)
        return False
    return _checkpoint(conn) and done


def _checkpoint(conn: sqlite3.Connection) -> bool:
    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("the WAL could not be truncated: another connection is reading the database")
    return not busy


def _check_index(kb: KnowledgeBase) -> None:
    """The search index must not keep an erased person's document: when its update failed,
    rebuild it now; when it is not open, remove it (it is rebuilt on the next open)."""
    if kb.path is None:
        return
    from db.search.whoosh_engine import index_folder  # imported here: it loads Whoosh

    search = getattr(kb, "search", None)
    if search is None:
        folder = index_folder(kb.path)
        if folder.exists():
            shutil.rmtree(folder, ignore_errors=True)
            log.info("search index removed after erasure; it is rebuilt on the next open")
        return
    # A failed update queues every record it held, the erased ones among them.
    if kb.db.execute("SELECT 1 FROM index_queue LIMIT 1").fetchone() is not None:
        log.warning("search index update after erasure failed: rebuilding it")
        try:
            search.rebuild()
        except Exception:
            log.exception("search index rebuild after erasure failed")


# --- backups ----------------------------------------------------------------------------------------


def backup_files(locations: Iterable[Path], exclude: Path | None = None) -> list[Path]:
    """The *.db files in these folders (a file is taken as it is), never the database itself."""
    skip = Path(exclude).resolve() if exclude is not None else None
    found: list[Path] = []
    for location in locations:
        location = Path(location)
        candidates = [location] if location.is_file() else sorted(location.glob("*.db")) if location.is_dir() else []
        for path in candidates:
            if path.is_file() and path.resolve() != skip and path not in found:
                found.append(path)
    return found


def default_backup_locations(db_path: Path) -> list[Path]:
    """Where the backups of a database are: its backup folder in the user data folder and the
    copies taken beside it before a schema migration (<stem>.v<N>-<stamp>.bak<suffix>)."""
    import glob

    from db.paths import default_backup_dir

    db_path = Path(db_path)
    locations: list[Path] = [default_backup_dir(db_path)]
    pattern = f"{glob.escape(db_path.stem)}.v*.bak{glob.escape(db_path.suffix)}"
    locations += sorted(db_path.parent.glob(pattern))
    return locations


def _clean_backups(files: list[Path], profiles: dict[str, _Profile | None], audit_ids: dict[str, str],
                   author: str) -> tuple[int, list[str]]:
    cleaned, failed = 0, []
    for path in files:
        try:
            _clean_backup(path, profiles, audit_ids, author)
            cleaned += 1
        except (sqlite3.Error, OSError) as exc:
            log.warning("backup %s could not be cleaned: %s", path.name, exc)
            failed.append(f"{path}: {exc}")
    return cleaned, failed


def _clean_backup(path: Path, live: dict[str, _Profile | None], audit_ids: dict[str, str], author: str) -> None:
    with closing(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)) as conn:
        register_collation(conn)
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        tables = _tables(conn)  # raises DatabaseError for a file that is not a database
        if "contact" not in tables:
            raise sqlite3.DatabaseError("no contact table: not a Kunskapsbanken database")
        profiles = {cid: (_profile(conn, cid, tables) or _Profile(cid)).merge(p) for cid, p in live.items()}
        reports = {cid: EraseReport(cid) for cid in live}
        conn.execute("BEGIN IMMEDIATE")
        try:
            _erase_rows(conn, tables, profiles, reports, None, lambda: _insert_placeholder(conn))
            if "audit" in tables:
                _copy_audit(conn, audit_ids, author)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        _compact(conn)


def _insert_placeholder(conn: sqlite3.Connection) -> None:
    now = changelog.utc_now()
    conn.execute("INSERT OR IGNORE INTO contact (id, created_at, updated_at, updated_by, deleted_at, first_name,"
                 " last_name) VALUES (?, ?, ?, NULL, ?, 'Raderad', 'person')", [ERASED_CONTACT_ID, now, now, now])


def _copy_audit(conn: sqlite3.Connection, audit_ids: dict[str, str], author: str) -> None:
    """The erasure is noted in the backup too (same audit id), so a restored copy knows it."""
    now = changelog.utc_now()
    conn.executemany("INSERT OR IGNORE INTO audit (id, at, author, action, entity, row_id, details)"
                     " VALUES (?, ?, ?, 'erase', 'contact', ?, ?)",
                     [(audit_id, now, author, cid, json.dumps({"backup": True}))
                      for cid, audit_id in audit_ids.items()])


def reapply_erasures(kb: KnowledgeBase, backup_folders: Iterable[Path] = ()) -> int:
    """After a restore from a backup: erase again every contact the audit list says was
    erased and that is back (from the database and the backups). Returns how many."""
    ids = [r[0] for r in kb.db.execute(
        "SELECT DISTINCT a.row_id FROM audit a JOIN contact c ON c.id = a.row_id"
        " WHERE a.action = 'erase' AND a.entity = 'contact' AND a.row_id != ? ORDER BY a.row_id",
        [ERASED_CONTACT_ID])]
    if ids:
        erase_many(kb, ids, backup_folders=backup_folders)
        log.info("re-applied %d erasure(s) after a restore", len(ids))
    return len(ids)


def finish_restore(kb: KnowledgeBase, pending_audit: Iterable[dict[str, Any]],
                   backup_folders: Iterable[Path] = ()) -> int:
    """After db.care.backup.restore_backup, on the reopened (migrated) database: write the audit rows
    the older file could not hold, then erase again everyone the audit list says was erased.
    Returns how many were erased again."""
    rows = list(pending_audit)
    if rows:
        columns = ("id", "at", "author", "action", "entity", "row_id", "details")
        with kb.transaction():
            kb.db.conn.executemany(f"INSERT OR IGNORE INTO audit ({', '.join(columns)}) VALUES "
                                   f"({', '.join('?' for _ in columns)})", [[r.get(c) for c in columns] for r in rows])
    return reapply_erasures(kb, backup_folders)


def erase_preview(kb: KnowledgeBase, contact_id: str) -> dict[str, int]:
    """What erasing this person would do, as counts (never the data itself)."""
    cid = _get_contact(kb, contact_id).id
    links = _person_links(kb, cid)
    history = _history(kb, cid, links)
    tags = kb.db.execute("SELECT count(*) FROM tagging WHERE entity_type = 'contact' AND entity_id = ?",
                         [cid]).fetchone()[0]
    return {"affiliations": len(links["affiliations"]), "project_parties": len(links["project_parties"]),
            "memberships": len(links["memberships"]), "notes": len(links["notes"]), "tags": tags,
            "activities_kept": len({a["id"] for a in links["activities"]}),
            "follow_ups_unassigned": len(links["follow_ups"]), "change_log_entries": len(history),
            "mentions": len(_mentions(kb, cid, {("note", n["id"]) for n in links["notes"]}))}


# --- retention ----------------------------------------------------------------------------------------


def retention_years(kb: KnowledgeBase) -> int:
    row = kb.db.execute("SELECT value FROM meta WHERE key = ?", [RETENTION_KEY]).fetchone()
    try:
        years = int(row[0]) if row and row[0] is not None else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS
    return years if MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS else DEFAULT_RETENTION_YEARS


def _check_years(years: Any) -> int:
    if isinstance(years, bool) or not isinstance(years, int):
        raise ValueError(f"the retention period must be a whole number of years, not {years!r}")
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        raise ValueError(f"the retention period must be {MIN_RETENTION_YEARS}-{MAX_RETENTION_YEARS} years, "
                         f"not {years}")
    return years


def set_retention_years(kb: KnowledgeBase, years: int) -> None:
    years = _check_years(years)
    with kb.transaction():
        kb.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [RETENTION_KEY, str(years)])
        record_audit(kb, "retention_years", None, None, {"years": years})


def years_before(day: date, years: int) -> date:
    """The same day `years` years earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def retention_candidates(kb: KnowledgeBase, years: int, today: date | None = None) -> list[RetentionRow]:
    """Contacts to review: not staff, not kept longer on purpose (retain_until in the future),
    created more than `years` years ago and in no activity that started since then (soft-deleted
    activities and links do not count). The longest untouched first."""
    years = _check_years(years)
    today = today or date.today()
    cutoff = years_before(today, years).isoformat()
    rows = kb.db.execute(
        "SELECT id, name, created_at, last_activity FROM ("
        " SELECT c.id, trim(c.first_name || ' ' || c.last_name) AS name, c.created_at,"
        "  (SELECT max(substr(a.starts, 1, 10)) FROM activity_link l JOIN activity a ON a.id = l.activity_id"
        "   WHERE l.contact_id = c.id AND l.deleted_at IS NULL AND a.deleted_at IS NULL) AS last_activity"
        " FROM contact c WHERE c.deleted_at IS NULL AND c.is_staff = 0 AND c.id != ?"
        "  AND (c.retain_until IS NULL OR c.retain_until <= ?) AND substr(c.created_at, 1, 10) < ?)"
        " WHERE last_activity IS NULL OR last_activity < ?"
        " ORDER BY coalesce(last_activity, substr(created_at, 1, 10)), created_at, id",
        [ERASED_CONTACT_ID, today.isoformat(), cutoff, cutoff]).fetchall()
    return [RetentionRow(cid, name, current_organisation(kb, cid), last, created)
            for cid, name, created, last in rows]


# --- audit ----------------------------------------------------------------------------------------------


def record_audit(kb: KnowledgeBase, action: str, entity: str | None, row_id: str | None,
                 details: dict[str, Any]) -> str:
    """Add one data-protection event to the audit list (ids and counts only); returns its id."""
    audit_id = str(uuid.uuid4())
    with kb.transaction():
        kb.db.execute("INSERT INTO audit (id, at, author, action, entity, row_id, details)"
                      " VALUES (?, ?, ?, ?, ?, ?, ?)",
                      [audit_id, changelog.utc_now(), kb.user, action, entity, row_id,
                       json.dumps(details, ensure_ascii=False, sort_keys=True)])
    return audit_id


def _update_audit(kb: KnowledgeBase, audit_id: str, details: dict[str, Any]) -> None:
    """Complete an erasure's audit row with what happened to the backups."""
    with kb.transaction():
        kb.db.execute("UPDATE audit SET details = ? WHERE id = ?",
                      [json.dumps(details, ensure_ascii=False, sort_keys=True), audit_id])


def audit_entries(kb: KnowledgeBase, limit: int | None = None) -> list[dict[str, Any]]:
    """The audit list, newest first, details decoded."""
    sql = "SELECT id, at, author, action, entity, row_id, details FROM audit ORDER BY seq DESC"
    params: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    rows = kb.db.execute_returning_dicts(sql, params)
    for row in rows:
        row["details"] = _json_dict(row["details"])
    return rows
