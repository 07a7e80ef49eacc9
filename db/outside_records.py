"""What a record or a change-log entry from outside (a JSON restore, a replayed change log) must
hold on top of db.validation's rules: its id and every reference in our UUID form, its stamps in
ours, every value within db.limits; an entry's own fields (ids, clock, device, author, time,
entity, action, before and after) in the form db.changelog writes them.

    errors = record_errors(record)                       # [] or FieldErrors (id, references, stamps)
    errors, after = entry_errors(entry, m.Contact)       # the entry's fields and its values, checked
"""

from __future__ import annotations

import json
import re
from typing import Any

from db import limits
from db import models as m
from db.errors import InvalidValue
from db.validation import FieldError, parse_amount, parse_date, parse_datetime, parse_email

# The largest before/after text of one entry: every free text of a record at its limit fits.
MAX_ENTRY_CHARS = 1_000_000
_CLOCK = re.compile(r"\d{13}\.\d{5}\.[A-Za-z0-9_-]{1,64}")
_DEVICE = re.compile(r"[A-Za-z0-9_-]{1,64}")
_WORD = re.compile(r"[a-z_]{1,40}")
_KEY = re.compile(r"[A-Za-z0-9_.-]{1,100}")  # a settings key (db.care.retention) as a row id
_PARSERS = {"date": parse_date, "datetime": parse_datetime, "amount": parse_amount, "id": limits.parse_id,
            "stamp": limits.parse_stamp}


def _rule(cls: type[m.Record], name: str) -> limits.Rule | None:
    return limits.FIELDS.get(cls, {}).get(name) or limits.RECORD_FIELDS.get(name)


def check_value(cls: type[m.Record], name: str, value: Any) -> Any:
    """One field's value within its limits and in its form (a date, an amount, an id, each e-mail),
    normalised as db.validation would; InvalidValue otherwise. A value of a field the record does not
    have is the caller's to ignore; the rules between fields (an end after its start) are the
    record's, checked where a whole record is."""
    rule = _rule(cls, name)
    if rule is None:
        return value
    if rule.kind == "list":
        entries, problems = limits.checked_list(rule, value)
        if problems:
            raise problems[0][1]
        if name == "emails":
            entries = [parse_email(e) for e in entries if e]
        return entries
    value = limits.checked(rule, value)
    if value is None or value == "":
        return value
    if rule.kind == "int" and not (rule.minimum <= value <= rule.maximum):
        if value < rule.minimum:
            raise InvalidValue("year_out_of_range" if name == "year" else "not_a_count_of_people", value=value,
                               minimum=rule.minimum, maximum=rule.maximum)
        raise InvalidValue("number_too_large", value=value, maximum=rule.maximum)
    parser = _PARSERS.get(rule.kind)
    return parser(value) if parser else value


def record_errors(rec: m.Record) -> list[FieldError]:
    """The id, every reference and the stamps of a record from outside, in our forms."""
    errors = []
    for name, value in vars(rec).items():
        rule = _rule(type(rec), name)
        required = name in ("id", "created_at", "updated_at")
        if rule is None or rule.kind not in ("id", "stamp") or (value in (None, "") and not required):
            continue
        try:
            _PARSERS[rule.kind](value)
        except InvalidValue as exc:
            errors.append(FieldError(name, exc.code, **exc.params))
    return errors


def _values(raw: Any) -> dict[str, Any] | None:
    """An entry's before or after: None, or a JSON object (as text, or decoded)."""
    if raw is None or isinstance(raw, dict):
        return raw
    if not isinstance(raw, str):
        raise InvalidValue("not_text", value=limits.shown(raw))
    if len(raw) > MAX_ENTRY_CHARS:
        raise InvalidValue("too_long", maximum=MAX_ENTRY_CHARS)
    try:
        values = json.loads(raw)
    except RecursionError:
        raise InvalidValue("too_deeply_nested") from None
    except ValueError as exc:
        raise InvalidValue("not_a_json_object", detail=limits.shown(str(exc))) from None
    if not isinstance(values, dict):
        raise InvalidValue("not_a_json_object", detail=limits.shown(values))
    return values


def _matching(pattern: re.Pattern, value: Any, code: str = "wrong_form") -> Any:
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise InvalidValue(code, value=limits.shown(value))
    return value


def entry_errors(entry: dict[str, Any], cls: type[m.Record] | None, *,
                 with_seq: bool = False) -> tuple[list[FieldError], dict[str, Any] | None]:
    """The problems of one change-log entry (`cls`: the record class of its entity, None for the
    log's other entities: settings, the audit list) and its after values, checked and normalised."""
    errors: list[FieldError] = []

    def check(name: str, test) -> Any:
        try:
            return test(entry.get(name))
        except InvalidValue as exc:
            errors.append(FieldError(name, exc.code, **exc.params))
            return None

    if with_seq:
        check("seq", _seq)
    check("id", limits.parse_id)
    check("op_id", limits.parse_id)
    check("hlc", lambda v: _matching(_CLOCK, v, "not_a_clock"))
    check("device_id", lambda v: _matching(_DEVICE, v))
    check("author", lambda v: limits.checked(limits.RECORD_FIELDS["updated_by"], v))
    check("at", limits.parse_stamp)
    check("entity", lambda v: _matching(_WORD, v))
    check("action", lambda v: _matching(_WORD, v))
    check("row_id", limits.parse_id if cls is not None else (lambda v: _matching(_KEY, v)))
    before, after = check("before", _values), check("after", _values)
    if cls is None:
        return errors, after
    checked: dict[str, dict[str, Any] | None] = {"before": before, "after": after}
    for part, values in checked.items():
        if values is None:
            continue
        checked[part] = clean = {}
        for name, value in values.items():
            try:
                clean[name] = check_value(cls, name, value)
            except InvalidValue as exc:
                errors.append(FieldError(f"{part}.{name}", exc.code, **exc.params))
    return errors, checked["after"]


def _seq(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue("not_a_whole_number", value=limits.shown(value))
    if value < 1:
        raise InvalidValue("not_a_whole_number", value=value)
    if value > limits.MAX_INTEGER:
        raise InvalidValue("number_too_large", value=value, maximum=limits.MAX_INTEGER)
    return value
