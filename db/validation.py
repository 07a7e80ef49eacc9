"""Validation and normalisation: every rule names the field it is about.

Each validate_* function takes a record, returns a normalised copy and a list of
warnings, or raises ValidationError listing every problem at once.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import phonenumbers
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.se import orgnr as stdnum_orgnr

from db import limits
from db import models as m
from db.errors import InvalidValue, Message
from db.limits import FIRST_DATE, LAST_DATE, MAX_AMOUNT_SEK, MAX_ATTENDANCE

DEFAULT_REGION = "SE"
MIN_COFINANCING_SHARE = 0.5
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_EMAIL = re.compile(rf"^[^@\s<>(),;:\"\[\]]+@{_LABEL}(?:\.{_LABEL})*\.[A-Za-z]{{2,}}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$")


class FieldError:
    """One field's problem, as a code with parameters: FieldError("emails[0]", "invalid_email", value="x@")."""

    __slots__ = ("code", "field", "params")

    def __init__(self, field: str, code: str, /, **params: Any):
        self.field, self.code, self.params = field, code, params

    @property
    def message(self) -> Message:
        return Message(self.code, self.params)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, FieldError)
                and (self.field, self.code, self.params) == (other.field, other.code, other.params))

    def __hash__(self) -> int:
        return hash((self.field, self.code))

    def __repr__(self) -> str:
        return f"FieldError({self.field!r}, {self.code!r}, {self.params!r})"

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """One or more fields are invalid; nothing was written."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))

    def for_field(self, name: str) -> list[str]:
        """The codes of the problems with one field."""
        return [e.code for e in self.errors if e.field == name]


class _Collector:
    def __init__(self) -> None:
        self.errors: list[FieldError] = []
        self.warnings: list[Message] = []

    def error(self, field: str, code: str, /, **params: Any) -> None:
        self.errors.append(FieldError(field, code, **params))

    def invalid(self, field: str, exc: InvalidValue) -> None:
        self.errors.append(FieldError(field, exc.code, **exc.params))

    def warn(self, code: str, /, **params: Any) -> None:
        self.warnings.append(Message(code, params))

    def done(self) -> list[Message]:
        if self.errors:
            raise ValidationError(self.errors)
        return self.warnings


# --- single values -------------------------------------------------------------


def clean_text(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def parse_org_number(value: str) -> str:
    """NNNNNN-NNNN, third digit >= 2, Luhn check digit. Returns the formatted number."""
    digits = stdnum_orgnr.compact(value)
    if not re.fullmatch(r"\d{10}", digits):
        raise InvalidValue("org_number_format", value=value)
    if int(digits[2]) < 2:
        raise InvalidValue("org_number_third_digit", value=value)
    try:
        stdnum_orgnr.validate(digits)
    except StdnumError:
        raise InvalidValue("org_number_check_digit", value=value) from None
    return stdnum_orgnr.format(digits)


def parse_email(value: str) -> str:
    value = value.strip()
    if not _EMAIL.match(value):
        raise InvalidValue("invalid_email", value=value)
    return value


def parse_phone(value: str, region: str = DEFAULT_REGION) -> str:
    """Any written form -> E.164 (+46701234567)."""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        raise InvalidValue("not_a_phone_number", value=value) from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidValue("invalid_phone_number", value=value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    """+46855012345 -> 08-550 123 45; foreign numbers in international form."""
    try:
        number = phonenumbers.parse(e164, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code == 46:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def parse_date(value: str) -> str:
    value = value.strip()
    if not _ISO_DATE.match(value):
        raise InvalidValue("not_an_iso_date", value=value)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise InvalidValue("not_a_calendar_date", value=value) from None
    _in_date_range(value)
    return value


def _in_date_range(value: str) -> None:
    if not FIRST_DATE <= value[:10] <= LAST_DATE:
        raise InvalidValue("date_out_of_range", value=value, minimum=FIRST_DATE, maximum=LAST_DATE)


def parse_datetime(value: str) -> str:
    """YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS]; stored with a T."""
    value = value.strip().replace(" ", "T", 1)
    if not _ISO_DATETIME.match(value):
        raise InvalidValue("not_an_iso_datetime", value=value)
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise InvalidValue("not_a_calendar_datetime", value=value) from None
    _in_date_range(value)
    return value


def parse_amount(value) -> int:
    """SEK amounts are whole kronor, 0 .. 10^12 (db.limits)."""
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and len(value) <= 40 and re.fullmatch(r"\s*\d[\d\s]*\s*(kr)?\s*", value):
            value = int(re.sub(r"\D", "", value))
        else:
            raise InvalidValue("not_whole_kronor", value=limits.shown(value))
    if value < 0:
        raise InvalidValue("negative_amount", value=value)
    if value > MAX_AMOUNT_SEK:
        raise InvalidValue("amount_too_large", value=value, maximum_sek=MAX_AMOUNT_SEK)
    return value


def format_sek(amount: int | None) -> str:
    """83500000 -> '83 500 000 kr' (a no-break space between groups)."""
    if amount is None:
        return ""
    return f"{amount:,}".replace(",", "\u00a0") + "\u00a0kr"


# --- helpers for whole records ----------------------------------------------------


def _required(c: _Collector, rec, name: str) -> None:
    if not getattr(rec, name):
        c.error(name, "required", field=name)


def _optional(c: _Collector, rec, name: str, parser) -> None:
    value = getattr(rec, name)
    if value in (None, ""):
        setattr(rec, name, None)
        return
    try:
        setattr(rec, name, parser(value))
    except InvalidValue as exc:
        c.invalid(name, exc)
    except (TypeError, AttributeError):
        c.error(name, "wrong_type", value=repr(value))


def _choice(c: _Collector, rec, name: str, allowed: tuple[str, ...]) -> None:
    value = getattr(rec, name)
    if value not in allowed:
        c.error(name, "not_one_of", value=value, allowed=list(allowed))


def _within_limits(rec):
    """A copy with every field within db.limits (type, characters, length; text stripped), or a
    ValidationError naming each field that is not: the rules below can then rely on the types."""
    rec, c = replace(rec), _Collector()
    rules = limits.FIELDS.get(type(rec), {})
    for name, value in vars(rec).items():
        rule = rules.get(name) or limits.RECORD_FIELDS.get(name)
        try:
            if rule is None:
                setattr(rec, name, clean_text(value) if isinstance(value, str) else value)
            elif rule.kind == "list":
                entries, problems = limits.checked_list(rule, value)
                setattr(rec, name, entries)
                for i, exc in problems:
                    c.invalid(f"{name}[{i}]", exc)
            else:
                setattr(rec, name, limits.checked(rule, value))
        except InvalidValue as exc:
            c.invalid(name, exc)
    c.done()
    return rec


def _date_order(c: _Collector, rec, start: str, end: str) -> None:
    a, b = getattr(rec, start), getattr(rec, end)
    if not (a and b) or any(e.field in (start, end) for e in c.errors):
        return
    # A date without a time ("2022-10-27") is compared by its date only.
    common = min(len(a), len(b))
    if b[:common] < a[:common]:
        c.error(end, "date_before", value=b, other_field=start, other_value=a)


# --- entities ------------------------------------------------------------------------


def validate_organisation(rec: m.Organisation) -> tuple[m.Organisation, list[str]]:
    rec, c = _within_limits(rec), _Collector()
    _required(c, rec, "name")
    _choice(c, rec, "kind", m.ORGANISATION_KINDS)
    _optional(c, rec, "org_number", parse_org_number)
    return rec, c.done()


def validate_contact(rec: m.Contact) -> tuple[m.Contact, list[str]]:
    rec, c = _within_limits(rec), _Collector()
    if not rec.first_name and not rec.last_name:
        c.error("last_name", "first_or_last_name_required")
    rec.first_name = rec.first_name or ""
    rec.last_name = rec.last_name or ""
    emails, phones = [], []
    # The index in the error is the caller's own (blank rows counted), so a dialog can mark the row.
    for i, value in enumerate(rec.emails or []):
        if not value or not value.strip():
            continue
        try:
            email = parse_email(value)
            if email.lower() not in (x.lower() for x in emails):
                emails.append(email)
        except InvalidValue as exc:
            c.invalid(f"emails[{i}]", exc)
    for i, value in enumerate(rec.phones or []):
        if not value or not value.strip():
            continue
        try:
            phone = parse_phone(value)
            if phone not in phones:
                phones.append(phone)
        except InvalidValue as exc:
            c.invalid(f"phones[{i}]", exc)
    rec.emails, rec.phones = emails, phones
    rec.is_staff = bool(rec.is_staff)
    if rec.legal_basis is not None:
        _choice(c, rec, "legal_basis", m.LEGAL_BASES)
    _optional(c, rec, "informed_at", parse_date)
    _optional(c, rec, "retain_until", parse_date)
    return rec, c.done()


def validate_call(rec: m.Call) -> tuple[m.Call, list[str]]:
    rec, c = _within_limits(rec), _Collector()
    _required(c, rec, "name")
    if rec.year is not None and (not isinstance(rec.year, int) or not 1990 <= rec.year <= 2100):
        c.error("year", "year_out_of_range", value=rec.year, minimum=1990, maximum=2100)
    rec.need_areas = [a.strip() for a in (rec.need_areas or []) if a and a.strip()]
    for name in ("opens", "closes", "decision_by"):
        _optional(c, rec, name, parse_date)
    _optional(c, rec, "budget_sek", parse_amount)
    _date_order(c, rec, "opens", "closes")
    return rec, c.done()


def validate_project(rec: m.Project) -> tuple[m.Project, list[str]]:
    rec, c = _within_limits(rec), _Collector()
    _required(c, rec, "title")
    if rec.kind is not None:  # unknown kind is allowed: the source may not say
        _choice(c, rec, "kind", m.PROJECT_KINDS)
    _choice(c, rec, "status", m.PROJECT_STATUSES)
    _optional(c, rec, "start_date", parse_date)
    _optional(c, rec, "end_date", parse_date)
    _optional(c, rec, "total_budget_sek", parse_amount)
    _optional(c, rec, "grant_sek", parse_amount)
    _date_order(c, rec, "start_date", "end_date")
    total, grant = rec.total_budget_sek, rec.grant_sek
    amounts_ok = not any(e.field in ("total_budget_sek", "grant_sek") for e in c.errors)
    if isinstance(total, int) and isinstance(grant, int) and amounts_ok:
        if grant > total:
            c.error("grant_sek", "grant_exceeds_budget", grant_sek=grant, total_budget_sek=total)
        elif total > 0 and (total - grant) / total < MIN_COFINANCING_SHARE:
            # Rounded down: 49.6 % must not read as "50 %" in a warning that it is below 50 %.
            share = 100 * (total - grant) // total
            c.warn("low_cofinancing", share=share, minimum=round(100 * MIN_COFINANCING_SHARE))
    return rec, c.done()


def validate_network(rec: m.Network) -> tuple[m.Network, list[str]]:
    rec, c = _within_limits(rec), _Collector()
    _required(c, rec, "name")
    if rec.parent_id and rec.parent_id == rec.id:
        c.error("parent_id", "own_parent")
    return rec, c.done()


def validate_activity(rec: m.Activity) -> tuple[m.Activity, list[str]]:
    rec, c = _within_limits(rec), _Collector()
    _required(c, rec, "title")
    _choice(c, rec, "kind", m.ACTIVITY_KINDS)
    if not rec.starts:
        c.error("starts", "start_required")
    else:
        _optional(c, rec, "starts", parse_datetime)
    _optional(c, rec, "ends", parse_datetime)
    _date_order(c, rec, "starts", "ends")
    rec.online = bool(rec.online)
    if rec.attendance is not None:
        if (isinstance(rec.attendance, bool) or not isinstance(rec.attendance, int)
                or rec.attendance < 0):
            c.error("attendance", "not_a_count_of_people", value=rec.attendance)
        elif rec.attendance > MAX_ATTENDANCE:
            c.error("attendance", "number_too_large", value=rec.attendance, maximum=MAX_ATTENDANCE)
    return rec, c.done()


def validate_affiliation(rec: m.Affiliation) -> tuple[m.Affiliation, list[str]]:
    rec, c = _within_limits(rec), _Collector()
    _required(c, rec, "contact_id")
    _required(c, rec, "organisation_id")
    _optional(c, rec, "from_date", parse_date)
    _optional(c, rec, "to_date", parse_date)
    _date_order(c, rec, "from_date", "to_date")
    return rec, c.done()


def _exactly_one(c: _Collector, rec, names: tuple[str, ...]) -> None:
    if sum(1 for n in names if getattr(rec, n)) != 1:
        c.error(names[0], "exactly_one_of", fields=list(names))


def validate_project_party(rec: m.ProjectParty) -> tuple[m.ProjectParty, list[str]]:
    rec, c = _within_limits(rec), _Collector()
    _required(c, rec, "project_id")
    _exactly_one(c, rec, ("organisation_id", "contact_id"))
    _choice(c, rec, "role", m.PARTY_ROLES)
    return rec, c.done()


def validate_membership(rec: m.Membership) -> tuple[m.Membership, list[str]]:
    rec, c = _within_limits(rec), _Collector()
    _required(c, rec, "network_id")
    _exactly_one(c, rec, ("organisation_id", "contact_id"))
    _optional(c, rec, "from_date", parse_date)
    _optional(c, rec, "to_date", parse_date)
    _date_order(c, rec, "from_date", "to_date")
    return rec, c.done()


def validate_activity_link(rec: m.ActivityLink) -> tuple[m.ActivityLink, list[str]]:
    rec, c = _within_limits(rec), _Collector()
    _required(c, rec, "activity_id")
    _exactly_one(c, rec, ("contact_id", "organisation_id", "project_id", "network_id"))
    _choice(c, rec, "role", m.LINK_ROLES)
    return rec, c.done()


def validate_follow_up(rec: m.FollowUp) -> tuple[m.FollowUp, list[str]]:
    rec, c = _within_limits(rec), _Collector()
    _required(c, rec, "activity_id")
    _required(c, rec, "text")
    _optional(c, rec, "due", parse_date)
    _optional(c, rec, "done_at", parse_datetime)
    return rec, c.done()


def validate_note(rec: m.Note) -> tuple[m.Note, list[str]]:
    rec, c = _within_limits(rec), _Collector()
    _required(c, rec, "entity_type")
    _required(c, rec, "entity_id")
    _required(c, rec, "text")
    return rec, c.done()


def validate_tag(rec: m.Tag) -> tuple[m.Tag, list[str]]:
    rec, c = _within_limits(rec), _Collector()
    _required(c, rec, "name")  # at most 60 characters (db.limits)
    return rec, c.done()


def validate_tagging(rec: m.Tagging) -> tuple[m.Tagging, list[str]]:
    rec, c = _within_limits(rec), _Collector()
    for name in ("tag_id", "entity_type", "entity_id"):
        _required(c, rec, name)
    return rec, c.done()
