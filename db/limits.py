"""The domain's limits in one table: how long each field may be, which characters it may hold,
the range of amounts, counts and dates, and the form of ids and stamps. db.validation applies them
to every record, whichever way it comes in (a dialog, an import, a JSON restore, a replayed change
log), so nothing is stored that later code (a sum, a calendar export, a record page) cannot handle.

- Amounts (budgets, grants, co-financing): whole kronor, 0 .. 10^12 (a thousand billion kronor).
  A programme of this size never comes near that, and a sum over millions of records stays far
  below SQLite's 2^63 - 1.
- Dates: 1900-01-01 .. 2100-12-31 (date arithmetic, a calendar export with its end a day or an
  hour later, and Europe/Stockholm conversion handle every accepted value).
- Attendance: 0 .. 1,000,000 people. Lists (e-mails, phones, need areas): at most 50 entries.
- Lengths, in characters: see FIELDS (names 200, titles 300, e-mail 254 as RFC 5321 allows,
  phone 40, free text such as notes, minutes and descriptions 100,000).
- Characters: no control characters (NUL, other C0 and C1 controls, DEL) and no unpaired
  surrogates anywhere (free text keeps tab and line breaks); one-line fields (names, titles,
  e-mails ...) also take no invisible formatting characters (bidirectional overrides and
  isolates U+202A-U+202E, U+2066-U+2069, zero-width spaces, the BOM ...; the soft hyphen and
  the zero-width joiner and non-joiner that some scripts need are kept). Tabs and line breaks in a one-line
  field become spaces.
- Ids: our UUID form, 8-4-4-4-12 lowercase hexadecimal digits (str(uuid.uuid4())); stamps:
  2023-01-05T09:30:12.345Z (db.changelog.utc_now).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from db import models as m
from db.errors import InvalidValue

MAX_AMOUNT_SEK = 10**12
MAX_ATTENDANCE = 1_000_000
FIRST_DATE, LAST_DATE = "1900-01-01", "2100-12-31"
MAX_ITEMS = 50
MAX_INTEGER = 2**63 - 1  # the largest whole number SQLite stores

# lengths, in characters
NAME, TITLE, CODE, EMAIL, PHONE, URL, PLACE, SOURCE, TASK, FREE_TEXT = (
    200, 300, 100, 254, 40, 2048, 1000, 500, 10_000, 100_000)

_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_SURROGATES = "\ud800-\udfff"
# Unicode's format characters (category Cf), but for the soft hyphen and the zero-width (non-)joiner.
_FORMAT = ("\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b\u200e\u200f\u202a-\u202e"
           "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
           "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f")
_BAD_IN_TEXT = re.compile(f"[{_CONTROLS}{_SURROGATES}\ufffe\uffff]")
_BAD_IN_LINE = re.compile(f"[{_CONTROLS}{_SURROGATES}\ufffe\uffff{_FORMAT}]")
_LINE_BREAKS = re.compile(r"[\t\r\n]+")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z")


@dataclass(frozen=True)
class Rule:
    """What one field holds. kind: line (one line of text), text (free text, with line breaks),
    id, stamp, date, datetime (text parsed later), amount, int, flag, list (of one-line texts)."""

    kind: str
    length: int = 0
    maximum: int = 0  # an int's range: minimum .. maximum
    minimum: int = 0


_LINE = Rule("line", CODE)
_ID = Rule("id", 36)
_DATE = Rule("date", 40)
_DATETIME = Rule("datetime", 40)
_STAMP_RULE = Rule("stamp", 40)

RECORD_FIELDS: dict[str, Rule] = {
    "id": _ID, "created_at": _STAMP_RULE, "updated_at": _STAMP_RULE, "updated_by": Rule("line", NAME),
    "deleted_at": _STAMP_RULE,
}

FIELDS: dict[type[m.Record], dict[str, Rule]] = {
    m.Organisation: {"name": Rule("line", TITLE), "short_name": _LINE, "kind": _LINE, "org_number": Rule("line", 40),
                     "website": Rule("line", URL), "municipality": _LINE, "county": _LINE, "parent_id": _ID,
                     "notes": Rule("text", FREE_TEXT)},
    m.Contact: {"first_name": Rule("line", NAME), "last_name": Rule("line", NAME), "title": Rule("line", TITLE),
                "emails": Rule("list", EMAIL), "phones": Rule("list", PHONE), "municipality": _LINE,
                "notes": Rule("text", FREE_TEXT), "is_staff": Rule("flag"), "legal_basis": _LINE,
                "source": Rule("line", SOURCE), "informed_at": _DATE, "retain_until": _DATE},
    m.Call: {"name": Rule("line", TITLE), "year": Rule("int", maximum=2100, minimum=1990), "theme": Rule("line", TITLE),
             "need_areas": Rule("list", NAME), "opens": _DATE, "closes": _DATE, "decision_by": _DATE,
             "budget_sek": Rule("amount"), "description": Rule("text", FREE_TEXT)},
    m.Project: {"title": Rule("line", TITLE), "reference": Rule("line", NAME), "kind": _LINE, "call_id": _ID,
                "status": _LINE, "start_date": _DATE, "end_date": _DATE, "total_budget_sek": Rule("amount"),
                "grant_sek": Rule("amount"), "coordinator_id": _ID, "municipality": _LINE,
                "need_area": Rule("line", NAME), "description": Rule("text", FREE_TEXT)},
    m.Network: {"name": Rule("line", TITLE), "description": Rule("text", FREE_TEXT), "parent_id": _ID,
                "coordinator_id": _ID},
    m.Activity: {"kind": _LINE, "title": Rule("line", TITLE), "starts": _DATETIME, "ends": _DATETIME,
                 "place": Rule("line", PLACE), "online": Rule("flag"),
                 "attendance": Rule("int", maximum=MAX_ATTENDANCE), "minutes": Rule("text", FREE_TEXT),
                 "logged_by": Rule("line", NAME)},
    m.Affiliation: {"contact_id": _ID, "organisation_id": _ID, "role": Rule("line", NAME), "from_date": _DATE,
                    "to_date": _DATE},
    m.ProjectParty: {"project_id": _ID, "organisation_id": _ID, "contact_id": _ID, "role": _LINE},
    m.Membership: {"network_id": _ID, "organisation_id": _ID, "contact_id": _ID, "role": Rule("line", NAME),
                   "from_date": _DATE, "to_date": _DATE},
    m.ActivityLink: {"activity_id": _ID, "contact_id": _ID, "organisation_id": _ID, "project_id": _ID,
                     "network_id": _ID, "role": _LINE},
    m.FollowUp: {"activity_id": _ID, "text": Rule("text", TASK), "owner_id": _ID, "due": _DATE,
                 "done_at": _DATETIME},
    m.Note: {"entity_type": _LINE, "entity_id": _ID, "text": Rule("text", FREE_TEXT), "author": Rule("line", NAME)},
    m.Tag: {"name": Rule("line", 60)},
    m.Tagging: {"tag_id": _ID, "entity_type": _LINE, "entity_id": _ID},
}


def shown(value: Any, limit: int = 60) -> str:
    """A value as an error message may quote it: one line, invisible characters as \\uXXXX, cut short."""
    text = value if isinstance(value, str) else repr(value)
    text = text[:limit * 4]
    text = _BAD_IN_LINE.sub(lambda found: f"\\u{ord(found.group()):04x}", _LINE_BREAKS.sub(
        lambda found: found.group().encode("unicode_escape").decode("ascii"), text))
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _quoted(value: Any) -> str:
    """A value of the wrong type as a message shows it: text in quotes ('12'), anything else as written."""
    return shown(repr(value) if isinstance(value, str) else value)


def check_characters(value: str, *, free_text: bool = False) -> None:
    """InvalidValue for a control character, an unpaired surrogate or (outside free text) an
    invisible formatting character."""
    found = (_BAD_IN_TEXT if free_text else _BAD_IN_LINE).search(value)
    if found is None:
        return
    code = f"{ord(found.group()):04X}"
    if _BAD_IN_TEXT.match(found.group()) is None:
        raise InvalidValue("invisible_character", code=code)
    if "\ud800" <= found.group() <= "\udfff":
        raise InvalidValue("unpaired_surrogate", code=code)
    raise InvalidValue("control_character", code=code)


def _text(value: Any, rule: Rule) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidValue("not_text", value=shown(value))
    free = rule.kind == "text"
    value = value.strip() if free else _LINE_BREAKS.sub(" ", value).strip()
    check_characters(value, free_text=free)
    if rule.length and len(value) > rule.length:
        raise InvalidValue("too_long", maximum=rule.length)
    return value or None


def checked(rule: Rule, value: Any) -> Any:
    """The value within the rule's limits of type, characters and length, text stripped (and a
    one-line text's line breaks made spaces); InvalidValue otherwise. Ranges and forms (a date, an
    amount) are the parsers' of db.validation."""
    if rule.kind == "flag":
        if value is not None and not isinstance(value, bool) and value not in (0, 1):
            raise InvalidValue("not_true_or_false", value=_quoted(value))
        return bool(value)
    if rule.kind == "int":
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise InvalidValue("not_a_whole_number", value=_quoted(value))
        return value
    if rule.kind == "amount":
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, str))):
            raise InvalidValue("not_whole_kronor", value=_quoted(value))
        return _text(value, _LINE) if isinstance(value, str) else value
    return _text(value, rule)


def checked_list(rule: Rule, value: Any) -> tuple[list[str], list[tuple[int, InvalidValue]]]:
    """A list field's entries (blank ones kept, so an index still names the caller's row) and the
    problems of single entries; InvalidValue for a value that is no list or has too many entries."""
    if value is None:
        return [], []
    if not isinstance(value, (list, tuple)):
        raise InvalidValue("not_a_list_of_text", value=_quoted(value))
    if len(value) > MAX_ITEMS:
        raise InvalidValue("too_many_items", maximum=MAX_ITEMS)
    entries, problems = [], []
    for i, item in enumerate(value):
        try:
            entries.append(_text(item, Rule("line", rule.length)) or "")
        except InvalidValue as exc:
            problems.append((i, exc))
            entries.append("")
    return entries, problems


def parse_id(value: Any) -> str:
    """An id in our form (str(uuid.uuid4()): 8-4-4-4-12 lowercase hexadecimal digits)."""
    if not isinstance(value, str) or not _UUID.fullmatch(value):
        raise InvalidValue("not_an_id", value=shown(value))
    return value


def parse_stamp(value: Any) -> str:
    """A time stamp as db.changelog.utc_now writes it: 2023-01-05T09:30:12.345Z, within the date range."""
    if not isinstance(value, str) or not _STAMP.fullmatch(value) or not FIRST_DATE <= value[:10] <= LAST_DATE:
        raise InvalidValue("not_a_stamp", value=shown(value))
    try:
        datetime.fromisoformat(value[:19])
    except ValueError:
        raise InvalidValue("not_a_stamp", value=shown(value)) from None
    return value
