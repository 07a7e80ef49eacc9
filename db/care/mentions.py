"""Finding and replacing one person's mentions in free text: their current and earlier names, e-mail
addresses and phone numbers (as the change log remembers them), written the usual ways.

`read_profile` gathers what identifies a person in one database (a live one or a backup);
`Matcher` finds and replaces one person; `Scrubber` finds many at once (erase_many) with cheap
needle tests before any regex runs; `free_texts` walks the free-text columns of every table.
Nothing here logs personal data.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from db.care.persons import json_dict, json_list
from db.schema import ENTITY_TABLES
from db.validation import format_phone

ERASED_TEXT = "[raderad person]"  # what replaces a mention
# Columns that are not free text about others: ids, bookkeeping, validated values (dates,
# choices, numbers) and other contacts' own names, addresses and numbers (a namesake keeps their
# name; address lists must stay valid addresses). Columns not named here are scrubbed.
_NOT_FREE_TEXT = {
    "id", "created_at", "updated_at", "updated_by", "deleted_at", "entity_type",
    "first_name", "last_name", "emails", "phones", "is_staff", "legal_basis", "kind", "status", "org_number",
    "from_date", "to_date", "start_date", "end_date", "starts", "ends", "opens", "closes", "decision_by", "due",
    "done_at", "informed_at", "retain_until", "need_areas",
}
_SEP = r"[\s\-/().]*"  # what people write between the digits of a phone number


@dataclass
class Profile:
    """Everything that names the person: current and earlier names, addresses, numbers."""

    contact_id: str
    names: set[tuple[str, str]] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)

    def merge(self, other: Profile | None) -> Profile:
        if other is not None:
            self.names |= other.names
            self.emails |= other.emails
            self.phones |= other.phones
        return self


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def read_profile(conn: sqlite3.Connection, contact_id: str, tables: set[str]) -> Profile | None:
    """The person's identifying values in this database: the row and its change-log history."""
    if "contact" not in tables:
        return None
    row = conn.execute("SELECT first_name, last_name, emails, phones FROM contact WHERE id = ?",
                       [contact_id]).fetchone()
    profile = Profile(contact_id)
    first, last = (row[0] or "", row[1] or "") if row else ("", "")
    if row:
        profile.names.add((first, last))
        profile.emails.update(json_list(row[2]))
        profile.phones.update(json_list(row[3]))
    if "change_log" in tables:
        for before, after in conn.execute("SELECT before, after FROM change_log WHERE entity = 'contact'"
                                          " AND row_id = ?", [contact_id]):
            for raw in (before, after):
                values = json_dict(raw)
                if "first_name" in values or "last_name" in values:
                    profile.names.add((str(values.get("first_name", first) or ""),
                                       str(values.get("last_name", last) or "")))
                for name, target in (("emails", profile.emails), ("phones", profile.phones)):
                    if isinstance(values.get(name), list):
                        target.update(str(v) for v in values[name])
    if not row and not profile.names and not profile.emails and not profile.phones:
        return None
    return profile



_TOKEN = re.compile(rb"[a-z0-9]+")  # ASCII words of UTF-8 text with ASCII letters lower-cased


class Matcher:
    """Finds and replaces one person's name, e-mail addresses and phone numbers in text.

    Every match passes one of the needle tests (cheap, in C, on the text's UTF-8 bytes with ASCII
    letters lower-cased): all ASCII words of one of the names, an e-mail address, a casefolded
    name part or address (when they have no ASCII word), or a phone number's digits (in the
    text's digits alone, so any separators match)."""

    def __init__(self, profile: Profile):
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


def _owners(pairs: Iterable[tuple[bytes, Matcher]]) -> dict[bytes, list[Matcher]]:
    owners: dict[bytes, list[Matcher]] = {}
    for needle, matcher in pairs:
        owners.setdefault(needle, []).append(matcher)
    return owners


class Scrubber:
    """The persons of one erasure: which texts may name them (substring and set tests, in C,
    rule out almost every text before a regex runs) and the replacement, with who was found.

    A few persons: one substring test per needle. Many (erase_many): the text's words and
    digit windows are looked up in dictionaries, so the cost per text stays flat."""

    MANY = 16  # needles of one kind above which lookups beat substring tests

    def __init__(self, matchers: Iterable[Matcher]):
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

    def candidates(self, text: str) -> list[Matcher]:
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

    def _by_digits(self, digits: bytes) -> list[Matcher]:
        if len(digits) < self._digit_lengths[0]:
            return []
        if len(self._digits) <= self.MANY:
            return [mt for n, owners in self._digits.items() if n in digits for mt in owners]
        windows = {digits[i:i + k] for k in self._digit_lengths for i in range(len(digits) - k + 1)}
        return [mt for n in windows & self._digits.keys() for mt in self._digits[n]]

    def scrub_text(self, text: str, candidates: list[Matcher] | None = None) -> tuple[str, set[str]]:
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


def free_texts(conn: sqlite3.Connection, tables: set[str]) -> Iterator[tuple[str, str, list[str], tuple]]:
    """(table, row id, column names, values) of every row that has free text."""
    for table in ENTITY_TABLES:
        if table not in tables:
            continue
        columns = _text_columns(conn, table)
        if not columns:
            continue
        for row_id, *values in conn.execute(f"SELECT id, {', '.join(f'[{c}]' for c in columns)} FROM [{table}]"):
            yield table, row_id, columns, tuple(values)

