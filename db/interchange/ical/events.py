"""One VEVENT of an iCalendar file as an incoming activity: title, start and end in Swedish wall time
(an all-day event's exclusive DTEND becomes an inclusive end date, a one-day event has none), place,
minutes, whether it was online, tags and the people invited. Every problem names its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import vDuration
from icalendar.parser import split_on_unescaped_comma, unescape_backslash

from db import models as m
from db.errors import Message
from db.interchange.ical.conventions import KIND_PROPERTY, ONLINE_PROPERTY, ROLE_PARAMETER
from db.interchange.ical.structure import Block, content_parts, not_a_line, parameter
from db.interchange.ical.time_zones import FileZones, bad_time, iso, wall_time
from db.interchange.incoming_records import Attendee, IncomingActivity, Problem

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


class _BadEnd(Exception):
    """The end of an event cannot be read; `reason` says why."""

    def __init__(self, reason: Message):
        super().__init__(reason.code)
        self.reason = reason

@dataclass
class Event:
    activity: IncomingActivity | None
    problems: list[Problem]
    cancelled: bool = False
    recurring: bool = False
    recurrence_id: bool = False


class EventReader:
    def __init__(self, zones: FileZones):
        self.zones = zones

    def read(self, block: Block, cancelled_by_method: bool) -> Event:
        props: dict[str, list[tuple[int, dict, str]]] = {}
        problems: list[Problem] = []
        for number, text in block.lines:
            parts = content_parts(text)
            if parts is None:
                problems.append(Problem(number, "VEVENT", not_a_line(text)))
                continue
            name, params, value = parts
            if name in _USED and (name in _MULTIPLE or name not in props):
                props.setdefault(name, []).append((number, params, value))
        status = _text(props, "STATUS").upper()
        event = Event(None, problems, cancelled=cancelled_by_method or status == "CANCELLED",
                       recurring="RRULE" in props or "RDATE" in props, recurrence_id="RECURRENCE-ID" in props)
        if event.cancelled:
            return event
        activity = IncomingActivity(line=block.line, uid=_text(props, "UID") or None)
        activity.title = _text(props, "SUMMARY").strip()
        if not activity.title:
            problems.append(Problem(_line_of(props, "SUMMARY", block.line), "SUMMARY", Message("event_without_title")))
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

    def _times(self, props, block: Block, activity: IncomingActivity, problems: list[Problem]) -> None:
        if "DTSTART" not in props:
            problems.append(Problem(block.line, "DTSTART", Message("event_without_start")))
            return
        number, params, value = props["DTSTART"][0]
        try:
            start = wall_time(value, params, self.zones, number)
        except ValueError:
            problems.append(Problem(number, "DTSTART", bad_time(value)))
            return
        except OverflowError:
            problems.append(Problem(number, "DTSTART", Message("time_out_of_range", {"value": value.strip()})))
            return
        activity.starts = iso(start)
        try:
            end = self._end(props, start)
        except OverflowError:
            name = "DTEND" if "DTEND" in props else "DURATION"
            problems.append(Problem(_line_of(props, name, block.line), name, Message("end_out_of_range")))
            return
        except _BadEnd as exc:
            name = "DTEND" if "DTEND" in props else "DURATION"
            problems.append(Problem(_line_of(props, name, block.line), name, exc.reason))
            return
        if end is not None:
            activity.ends = iso(end)

    def _end(self, props, start: date | datetime) -> date | datetime | None:
        """The stored end: inclusive for dates, None for a one-day all-day event."""
        if "DTEND" in props:
            number, params, value = props["DTEND"][0]
            try:
                end = wall_time(value, params, self.zones, number)
            except ValueError:
                raise _BadEnd(bad_time(value)) from None
            except OverflowError:
                raise _BadEnd(Message("time_out_of_range", {"value": value.strip()})) from None
        elif "DURATION" in props:
            raw = props["DURATION"][0][2].strip()
            try:
                duration = vDuration.from_ical(raw)
            except (ValueError, TypeError):
                raise _BadEnd(Message("not_an_ical_duration", {"value": raw})) from None
            if isinstance(duration, timedelta):
                end = start + duration
            else:
                raise _BadEnd(Message("not_an_ical_duration", {"value": raw}))
        else:
            return None
        if not isinstance(end, datetime):
            end = end - timedelta(days=1)
            start_day = start.date() if isinstance(start, datetime) else start
            return end if end > start_day else None
        if not isinstance(start, datetime):
            return end.date() if end.date() > start else None
        if end < start:
            raise _BadEnd(Message("event_ends_before_start", {"ends": iso(end), "starts": iso(start)}))
        return end


def _text(props, name: str) -> str:
    if name not in props:
        return ""
    return unescape_backslash(props[name][0][2])


def _line_of(props, name: str, default: int) -> int:
    return props[name][0][0] if name in props else default


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
    name = parameter(params, "CN")
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
        if (parameter(params, "CUTYPE") or "INDIVIDUAL").upper() in ("ROOM", "RESOURCE"):
            continue
        if (parameter(params, "PARTSTAT") or "").upper() == "DECLINED":
            continue
        role = parameter(params, ROLE_PARAMETER)
        if role not in m.LINK_ROLES:
            role = "arrangör" if (parameter(params, "ROLE") or "").upper() == "CHAIR" else "deltagare"
        person = _attendee(params, value, role)
        if person is None:
            continue
        if person.email and any(p.email and p.email.casefold() == person.email.casefold() for p in people):
            continue
        people.append(person)
    return people


