"""iCalendar (.ics) import and export of activities.

Reading: meeting invitations and calendar exports from Outlook, Google Calendar and Apple
become IncomingActivity records (db.interchange.incoming_records) for the importer. Every time is converted to
Swedish wall time (Europe/Stockholm), the way activities are stored: "2022-10-27T09:00", or
a date "2022-10-27" for an all-day event. An all-day event's DTEND is exclusive in
iCalendar; the stored end is inclusive (DTEND minus one day), and a one-day event has no end.

The file's structure (folded lines, BEGIN/END, the line each event starts on) is scanned
here so every message can name a line; icalendar parses the content lines, the values and
the VTIMEZONE definitions. Time zones are resolved per file (IANA names, Windows names as
Outlook writes them, then the file's own VTIMEZONE), never looked up in icalendar's
process-wide cache of custom zones, so one file cannot change how the next one is read.

Writing: one VCALENDAR (METHOD:PUBLISH) with a VTIMEZONE for Europe/Stockholm and one VEVENT
per activity, UID = the activity's id; X-KUNSKAPSBANKEN-KIND and -ONLINE keep what iCalendar
has no property for, so an export reads back to the same values.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import (
    Calendar,
    Event,
    Timezone,
    TimezoneDaylight,
    TimezoneStandard,
    vCalAddress,
    vDate,
    vDatetime,
    vDuration,
)
from icalendar.parser import Contentline, split_on_unescaped_comma, unescape_backslash
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from db import models as m
from db.atomic_file import write_atomically
from db.collation import sv_key
from db.interchange.incoming_records import (
    Attendee,
    ImportFileError,
    IncomingActivity,
    Problem,
    ReadResult,
    check_size,
    looks_binary,
)
from db.services import KnowledgeBase
from db.validation import parse_date

log = logging.getLogger(__name__)

STOCKHOLM = ZoneInfo("Europe/Stockholm")
PRODID = "-//IoT Sverige//Kunskapsbanken//SV"
KIND_PROPERTY = "X-KUNSKAPSBANKEN-KIND"
ONLINE_PROPERTY = "X-KUNSKAPSBANKEN-ONLINE"
# A link role iCalendar cannot say (talare, moderator ...), as a parameter of ATTENDEE.
ROLE_PARAMETER = "X-KUNSKAPSBANKEN-ROLE"

_MEETING_LINK = re.compile(
    r"https?://(?:[\w-]+\.)*(?:teams\.microsoft\.com|teams\.live\.com|zoom\.us|zoom\.com"
    r"|meet\.google\.com|webex\.com)(?![\w.-])", re.IGNORECASE)
# Properties that carry an online meeting's address whatever it looks like.
_ONLINE_PROPERTIES = ("X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-GOOGLE-CONFERENCE")
# Properties whose text may hold a meeting link.
_LINK_PROPERTIES = ("LOCATION", "DESCRIPTION", "URL", "CONFERENCE")
# The event properties read; others are only checked to be content lines.
_USED = frozenset({
    "SUMMARY", "DTSTART", "DTEND", "DURATION", "LOCATION", "DESCRIPTION", "URL", "CONFERENCE",
    "ATTENDEE", "ORGANIZER", "CATEGORIES", "UID", "RRULE", "RDATE", "RECURRENCE-ID", "STATUS",
    KIND_PROPERTY, ONLINE_PROPERTY, *_ONLINE_PROPERTIES,
})
_MULTIPLE = frozenset({"ATTENDEE", "CATEGORIES"})
_CONTENT_LINE = re.compile(r"[A-Za-z0-9-]+[;:]")
_NOT_A_LINE = "is not an iCalendar line (NAME:value)"


# --- reading: the file's structure ----------------------------------------------------------


@dataclass
class _Block:
    """One BEGIN ... END component: its own lines (number, text) and the components in it."""
    name: str
    line: int
    first: int                      # index of the BEGIN line among the file's logical lines
    last: int = -1                  # index of the END line
    lines: list[tuple[int, str]] = field(default_factory=list)
    children: list[_Block] = field(default_factory=list)


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        if looks_binary(data):
            raise ImportFileError(path, "this is not a text file (it looks binary); an iCalendar file is text")
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ImportFileError(path, f"not {encoding.removesuffix('-sig').upper()} text (byte {exc.start + 1}); "
                                    "save the calendar again as UTF-8", line=line) from None


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded lines with the number of the physical line each starts on; blank lines dropped."""
    result: list[tuple[int, str]] = []
    number, parts = 0, []
    for n, raw in enumerate(re.split(r"\r\n|\r|\n", text), 1):
        if raw[:1] in (" ", "\t") and parts:
            parts.append(raw[1:])
            continue
        if parts and parts[0].strip():
            result.append((number, "".join(parts)))
        number, parts = n, [raw]
    if parts and parts[0].strip():
        result.append((number, "".join(parts)))
    return result


def _scan(path: Path, lines: list[tuple[int, str]], warnings: list[str]) -> list[_Block]:
    """The VCALENDAR components of the file; an ImportFileError for a broken structure."""
    if not lines:
        raise ImportFileError(path, "the file is empty")
    first_number, first = lines[0]
    if first.strip().upper() != "BEGIN:VCALENDAR":
        if first.strip().upper() == "BEGIN:VCARD":
            raise ImportFileError(path, "this is a vCard file (contacts), not an iCalendar file", line=first_number)
        raise ImportFileError(path, "not an iCalendar file: it should start with BEGIN:VCALENDAR",
                              line=first_number)
    calendars: list[_Block] = []
    stack: list[_Block] = []
    for index, (number, text) in enumerate(lines):
        head = text[:6].upper()
        if head == "BEGIN:":
            name = text[6:].strip().upper()
            if not name:
                raise ImportFileError(path, "BEGIN: without a component name", line=number)
            if not stack and name != "VCALENDAR":
                raise ImportFileError(path, f"BEGIN:{name} outside BEGIN:VCALENDAR ... END:VCALENDAR",
                                      line=number)
            block = _Block(name, number, index)
            (stack[-1].children if stack else calendars).append(block)
            stack.append(block)
        elif head[:4] == "END:":
            name = text[4:].strip().upper()
            if not stack:
                raise ImportFileError(path, f"END:{name} without a BEGIN:{name} before it", line=number)
            if stack[-1].name != name:
                raise ImportFileError(path, f"END:{name} where END:{stack[-1].name} was expected "
                                            f"(BEGIN:{stack[-1].name} is on line {stack[-1].line})", line=number)
            stack.pop().last = index
        elif stack:
            stack[-1].lines.append((number, text))
        else:
            warnings.append(f"line {number}: text after END:VCALENDAR was ignored")
            break
    if stack:
        open_block = stack[-1]
        raise ImportFileError(path, f"BEGIN:{open_block.name} has no END:{open_block.name}: "
                                    "the file looks truncated", line=open_block.line)
    return calendars


def _parts(text: str) -> tuple[str, dict, str] | None:
    """(NAME, parameters, raw value) of a content line, or None when it is not one."""
    if not _CONTENT_LINE.match(text):
        return None
    try:
        name, params, value = Contentline(text).raw_parts()
    except Exception:
        # icalendar raises assorted errors (not only ValueError) on malformed lines.
        return None
    return name.upper(), params, value


def _param(params, name: str) -> str | None:
    value = params.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return value.strip() if isinstance(value, str) and value.strip() else None


# --- reading: time zones and times ------------------------------------------------------


class _Zones:
    """The time zones a file names: TZID -> tzinfo, looked up once per file."""

    def __init__(self, lines: list[tuple[int, str]], timezones: list[_Block], warnings: list[str]):
        self._lines, self._warnings = lines, warnings
        self._defined: dict[str, _Block] = {}
        for block in timezones:
            tzid = next((p[2] for _, t in block.lines if (p := _parts(t)) and p[0] == "TZID"), None)
            if tzid:
                self._defined.setdefault(unescape_backslash(tzid).strip(), block)
        self._cache: dict[str, tzinfo | None] = {}

    def get(self, tzid: str, line: int) -> tzinfo | None:
        """The zone; None (and a warning) for a zone that is neither known nor defined in the file."""
        if tzid not in self._cache:
            zone = _known_zone(tzid) or self._from_file(tzid)
            if zone is None:
                self._warnings.append(f"line {line}: unknown time zone '{tzid}'; its times were taken as "
                                      "Swedish time")
            self._cache[tzid] = zone
        return self._cache[tzid]

    def _from_file(self, tzid: str) -> tzinfo | None:
        block = self._defined.get(tzid)
        if block is None:
            return None
        text = "\r\n".join(t for _, t in self._lines[block.first:block.last + 1])
        try:
            return tzp.create_timezone(Timezone.from_ical(text))
        except Exception:
            log.warning("a VTIMEZONE could not be read", exc_info=True)
            return None


def _known_zone(tzid: str) -> tzinfo | None:
    """An IANA zone ("Europe/Stockholm", "/mozilla.org/20050126_1/Europe/Stockholm") or the
    Windows name Outlook writes ("W. Europe Standard Time")."""
    candidates = [tzid, WINDOWS_TO_OLSON.get(tzid)]
    if "/" in tzid:
        candidates.append("/".join(tzid.strip("/").split("/")[-2:]))
    for key in candidates:
        if not key:
            continue
        if key.upper() in ("UTC", "GMT", "Z"):
            return UTC
        try:
            return ZoneInfo(key)
        except Exception:
            # Not a zone name (ZoneInfoNotFoundError, or ValueError for odd keys).
            continue
    return None


def _moment(value: str, params, zones: _Zones, line: int) -> date | datetime:
    """A DTSTART-like value as a date, or a naive datetime in Swedish wall time."""
    value = value.strip()
    if (_param(params, "VALUE") or "").upper() == "DATE" or (len(value) == 8 and value.isdigit()):
        return vDate.from_ical(value)
    moment = vDatetime.from_ical(value)
    if moment.tzinfo is None and (tzid := _param(params, "TZID")):
        zone = zones.get(tzid, line)
        # Swedish wall time stays as written, even an hour that the clock change skips.
        if zone is not None and getattr(zone, "key", None) != STOCKHOLM.key:
            moment = moment.replace(tzinfo=zone)
    if moment.tzinfo is not None:
        moment = moment.astimezone(STOCKHOLM).replace(tzinfo=None)
    return moment.replace(second=0, microsecond=0)


def _iso(moment: date | datetime) -> str:
    if isinstance(moment, datetime):
        return moment.isoformat(timespec="minutes")
    return moment.isoformat()


def _bad_time(value: str) -> str:
    digits = value.strip()
    if re.fullmatch(r"\d{8}(T\d{6}Z?)?", digits):
        return f"'{digits}' is not a date in the calendar"
    return f"'{digits}' is not an iCalendar date (YYYYMMDD) or date and time (YYYYMMDDTHHMMSS)"


# --- reading: events ------------------------------------------------------------------------


@dataclass
class _Event:
    activity: IncomingActivity | None
    problems: list[Problem]
    cancelled: bool = False
    recurring: bool = False
    recurrence_id: bool = False


class _EventReader:
    def __init__(self, zones: _Zones):
        self.zones = zones

    def read(self, block: _Block, cancelled_by_method: bool) -> _Event:
        props: dict[str, list[tuple[int, dict, str]]] = {}
        problems: list[Problem] = []
        for number, text in block.lines:
            parts = _parts(text)
            if parts is None:
                problems.append(Problem(number, "VEVENT", f"'{_shorten(text)}' {_NOT_A_LINE}"))
                continue
            name, params, value = parts
            if name in _USED and (name in _MULTIPLE or name not in props):
                props.setdefault(name, []).append((number, params, value))
        status = _text(props, "STATUS").upper()
        event = _Event(None, problems, cancelled=cancelled_by_method or status == "CANCELLED",
                       recurring="RRULE" in props or "RDATE" in props, recurrence_id="RECURRENCE-ID" in props)
        if event.cancelled:
            return event
        activity = IncomingActivity(line=block.line, uid=_text(props, "UID") or None)
        activity.title = _text(props, "SUMMARY").strip()
        if not activity.title:
            problems.append(Problem(_line_of(props, "SUMMARY", block.line), "SUMMARY",
                                    "the event has no title (SUMMARY)"))
        self._times(props, block, activity, problems)
        activity.place = _text(props, "LOCATION").strip() or None
        activity.minutes = _text(props, "DESCRIPTION").strip() or None
        activity.online = _online(props)
        activity.kind = _text(props, KIND_PROPERTY).strip() or "möte"
        activity.tags = _categories(props)
        activity.attendees = _attendees(props)
        if not problems:
            event.activity = activity
        return event

    def _times(self, props, block: _Block, activity: IncomingActivity, problems: list[Problem]) -> None:
        if "DTSTART" not in props:
            problems.append(Problem(block.line, "DTSTART", "the event has no start (DTSTART)"))
            return
        number, params, value = props["DTSTART"][0]
        try:
            start = _moment(value, params, self.zones, number)
        except ValueError:
            problems.append(Problem(number, "DTSTART", _bad_time(value)))
            return
        except OverflowError:
            problems.append(Problem(number, "DTSTART", f"'{value.strip()}' is too far in the past or future"))
            return
        activity.starts = _iso(start)
        try:
            end = self._end(props, start)
        except OverflowError:
            name = "DTEND" if "DTEND" in props else "DURATION"
            problems.append(Problem(_line_of(props, name, block.line), name, "the end is too far in the future"))
            return
        except ValueError as exc:
            name = "DTEND" if "DTEND" in props else "DURATION"
            problems.append(Problem(_line_of(props, name, block.line), name, str(exc)))
            return
        if end is not None:
            activity.ends = _iso(end)

    def _end(self, props, start: date | datetime) -> date | datetime | None:
        """The stored end: inclusive for dates, None for a one-day all-day event."""
        if "DTEND" in props:
            number, params, value = props["DTEND"][0]
            try:
                end = _moment(value, params, self.zones, number)
            except ValueError:
                raise ValueError(_bad_time(value)) from None
            except OverflowError:
                raise ValueError(f"'{value.strip()}' is too far in the past or future") from None
        elif "DURATION" in props:
            raw = props["DURATION"][0][2].strip()
            try:
                duration = vDuration.from_ical(raw)
            except (ValueError, TypeError):
                raise ValueError(f"'{raw}' is not an iCalendar duration (like PT1H30M)") from None
            if isinstance(duration, timedelta):
                end = start + duration
            else:
                raise ValueError(f"'{raw}' is not an iCalendar duration (like PT1H30M)")
        else:
            return None
        if not isinstance(end, datetime):
            end = end - timedelta(days=1)
            start_day = start.date() if isinstance(start, datetime) else start
            return end if end > start_day else None
        if not isinstance(start, datetime):
            return end.date() if end.date() > start else None
        if end < start:
            raise ValueError(f"the event ends ({_iso(end)}) before it starts ({_iso(start)})")
        return end


def _text(props, name: str) -> str:
    if name not in props:
        return ""
    return unescape_backslash(props[name][0][2])


def _line_of(props, name: str, default: int) -> int:
    return props[name][0][0] if name in props else default


def _shorten(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _online(props) -> bool:
    if ONLINE_PROPERTY in props:
        return _text(props, ONLINE_PROPERTY).strip().upper() == "TRUE"
    if any(_text(props, name).strip() for name in _ONLINE_PROPERTIES):
        return True
    return any(_MEETING_LINK.search(_text(props, name)) for name in _LINK_PROPERTIES)


def _categories(props) -> list[str]:
    tags: list[str] = []
    seen: set[str] = set()
    for _, _, value in props.get("CATEGORIES", []):
        for tag in split_on_unescaped_comma(value):
            tag = tag.strip()
            if tag and tag.casefold() not in seen:
                seen.add(tag.casefold())
                tags.append(tag)
    return tags


def _address(value: str) -> str | None:
    value = unescape_backslash(value).strip()
    if value.lower().startswith("mailto:"):
        value = value[7:].strip()
    # Google names a shared calendar or a room by an address of its own: not a person.
    if "@" not in value or value.lower().endswith("calendar.google.com"):
        return None
    return value


def _attendee(params, value: str, role: str) -> Attendee | None:
    email = _address(value)
    name = _param(params, "CN")
    if name and email and name.casefold() == email.casefold():
        name = None     # Google writes the address as the name when it knows none
    if not (email or name):
        return None
    return Attendee(email=email, name=name, role=role)


def _attendees(props) -> list[Attendee]:
    """The organizer first, then the people invited; rooms, resources and those who
    declined are left out, and nobody is listed twice."""
    people: list[Attendee] = []
    for _, params, value in props.get("ORGANIZER", []):
        if (person := _attendee(params, value, "arrangör")) is not None:
            people.append(person)
    for _, params, value in props.get("ATTENDEE", []):
        if (_param(params, "CUTYPE") or "INDIVIDUAL").upper() in ("ROOM", "RESOURCE"):
            continue
        if (_param(params, "PARTSTAT") or "").upper() == "DECLINED":
            continue
        role = _param(params, ROLE_PARAMETER)
        if role not in m.LINK_ROLES:
            role = "arrangör" if (_param(params, "ROLE") or "").upper() == "CHAIR" else "deltagare"
        person = _attendee(params, value, role)
        if person is None:
            continue
        if person.email and any(p.email and p.email.casefold() == person.email.casefold() for p in people):
            continue
        people.append(person)
    return people


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def read_ics(path: Path) -> ReadResult:
    """The events of an iCalendar file as IncomingActivity records (see the module docstring).

    Raises ImportFileError for a file that cannot be read at all (empty, binary, not
    iCalendar, truncated); an event that cannot be read becomes a Problem in `rejected`."""
    path = Path(path)
    check_size(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    result = ReadResult(path=path, entity="activity")
    lines = _logical_lines(_decode(path, data))
    calendars = _scan(path, lines, result.warnings)
    timezones = [b for cal in calendars for b in cal.children if b.name == "VTIMEZONE"]
    reader = _EventReader(_Zones(lines, timezones, result.warnings))
    events: list[_Event] = []
    ignored = 0
    for calendar in calendars:
        method = ""
        for number, text in calendar.lines:
            parts = _parts(text)
            if parts is None:
                raise ImportFileError(path, f"'{_shorten(text)}' {_NOT_A_LINE}", line=number)
            if parts[0] == "METHOD":
                method = parts[2].strip().upper()
        for block in calendar.children:
            if block.name == "VEVENT":
                events.append(reader.read(block, cancelled_by_method=method == "CANCEL"))
            elif block.name in ("VTODO", "VJOURNAL"):
                ignored += 1
    _collect(events, result)
    if ignored:
        result.warnings.append(f"{_plural(ignored, 'task or journal entry', 'tasks and journal entries')} "
                               "(VTODO, VJOURNAL) ignored: only events are imported")
    log.info("read %d events from an iCalendar file (%d rejected)", len(result.records), len(result.rejected))
    return result


def _collect(events: list[_Event], result: ReadResult) -> None:
    series = {e.activity.uid for e in events
              if e.activity is not None and e.recurring and not e.recurrence_id and e.activity.uid}
    cancelled = recurring = 0
    for event in events:
        if event.cancelled:
            cancelled += 1
        elif event.problems:
            result.rejected.extend(event.problems)
        elif event.recurrence_id and event.activity.uid in series:
            continue    # a changed occurrence of a series whose first occurrence is imported
        else:
            recurring += event.recurring
            result.records.append(event.activity)
    if recurring:
        result.warnings.append(f"{_plural(recurring, 'recurring event', 'recurring events')}: "
                               "only the first occurrence was imported")
    if cancelled:
        result.warnings.append(f"{_plural(cancelled, 'cancelled event was', 'cancelled events were')} skipped")


# --- writing ------------------------------------------------------------------------------


def _stockholm_timezone() -> Timezone:
    """Europe/Stockholm by the EU rule (since 1996), the way tzurl.org and Outlook write it.

    Written by hand rather than with Timezone.from_tzinfo, which lists every transition as
    an RDATE and gives the onset of summer time as 03:00 instead of the 02:00 RFC 5545 asks for."""
    zone = Timezone()
    zone.add("tzid", "Europe/Stockholm")
    for cls, name, start, month, before, after in (
        (TimezoneDaylight, "CEST", datetime(1970, 3, 29, 2), 3, 1, 2),
        (TimezoneStandard, "CET", datetime(1970, 10, 25, 3), 10, 2, 1),
    ):
        part = cls()
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        part.add("tzoffsetfrom", timedelta(hours=before))
        part.add("tzoffsetto", timedelta(hours=after))
        zone.add_component(part)
    return zone


def _as_ical(value: str) -> date | datetime:
    """A stored start or end: a date, or a Swedish wall time."""
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value).replace(second=0, tzinfo=STOCKHOLM)


def _event_times(activity: m.Activity) -> tuple[date | datetime, date | datetime]:
    start = _as_ical(activity.starts)
    end = _as_ical(activity.ends) if activity.ends else None
    if isinstance(start, datetime):
        if end is None:
            return start, start + timedelta(hours=1)
        if isinstance(end, datetime):
            return start, end
        # A timed start with an end date: until the end of that day.
        return start, datetime.combine(end + timedelta(days=1), datetime.min.time(), STOCKHOLM)
    last_day = start if end is None else (end.date() if isinstance(end, datetime) else end)
    return start, max(last_day, start) + timedelta(days=1)


def _people(kb: KnowledgeBase, activity_id: str) -> list[tuple[m.Contact, str]]:
    """(contact, role) of the live contacts linked to an activity that have an e-mail,
    organisers first, then by name."""
    people = []
    for link in kb.activity_links.list({"activity_id": activity_id}):
        if not link.contact_id:
            continue
        contact = kb.contacts.get(link.contact_id)
        if contact.deleted_at is None and contact.emails:
            people.append((contact, link.role))
    people.sort(key=lambda p: (p[1] != "arrangör", sv_key(p[0].last_name), sv_key(p[0].first_name)))
    return people


def _vevent(kb: KnowledgeBase, activity: m.Activity, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", activity.id)
    event.add("dtstamp", stamp)
    start, end = _event_times(activity)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", activity.title)
    if activity.place:
        event.add("location", activity.place)
    if activity.minutes:
        event.add("description", activity.minutes)
    tags = kb.tags.names_for("activity", activity.id)
    if tags:
        event.add("categories", tags)
    organizer_written = False
    for contact, role in _people(kb, activity.id):
        address = vCalAddress(f"mailto:{contact.emails[0]}")
        if contact.full_name:
            address.params["CN"] = contact.full_name
        if role == "arrangör" and not organizer_written:
            event.add("organizer", address)     # RFC 5545 allows one ORGANIZER
            organizer_written = True
            continue
        if role == "arrangör":
            address.params["ROLE"] = "CHAIR"
        elif role != "deltagare":
            address.params[ROLE_PARAMETER] = role
        event.add("attendee", address)
    event.add(KIND_PROPERTY, activity.kind)
    event.add(ONLINE_PROPERTY, "TRUE" if activity.online else "FALSE")
    return event


def _selected(kb: KnowledgeBase, ids: Iterable[str] | str | None, start: str | None,
              end: str | None) -> list[m.Activity]:
    first = parse_date(start) if start else None
    last = parse_date(end) if end else None
    if isinstance(ids, str):
        ids = [ids]
    if ids is None:
        activities = kb.activities.list(sort=("starts", "title"))
    else:
        activities = [kb.activities.get(i) for i in dict.fromkeys(ids)]
        activities = [a for a in activities if a.deleted_at is None]
    return [a for a in activities
            if (first is None or a.starts[:10] >= first) and (last is None or a.starts[:10] <= last)]


def _calendar(kb: KnowledgeBase, activities: list[m.Activity]) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add_component(_stockholm_timezone())
    stamp = datetime.now(UTC).replace(microsecond=0)
    for activity in activities:
        calendar.add_component(_vevent(kb, activity, stamp))
    return calendar


def ics_text(kb: KnowledgeBase, ids: Iterable[str] | str | None = None, *, start: str | None = None,
             end: str | None = None) -> str:
    """The iCalendar text (CRLF line ends, folded) of the activities export_ics would write."""
    return _calendar(kb, _selected(kb, ids, start, end)).to_ical().decode("utf-8")


def export_ics(kb: KnowledgeBase, path: Path, ids: Iterable[str] | str | None = None, *,
               start: str | None = None, end: str | None = None) -> int:
    """Write activities to an iCalendar file: the ones named by `ids` (one id or several, in
    the order given; NotFoundError for an unknown id; deleted ones are left out) or all live
    ones by start, in either case only those whose start date lies in [start, end] when
    given (YYYY-MM-DD, ValueError otherwise). Returns the number of events written."""
    activities = _selected(kb, ids, start, end)
    write_atomically(Path(path), _calendar(kb, activities).to_ical())
    log.info("exported %d activities to iCalendar", len(activities))
    return len(activities)
