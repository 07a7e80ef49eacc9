"""Activities written as an iCalendar file: one VCALENDAR (METHOD:PUBLISH) with a VTIMEZONE for
Europe/Stockholm and one VEVENT per activity, UID = the activity's id, with its tags, its linked
contacts (the organiser as ORGANIZER) and X-KUNSKAPSBANKEN-KIND/-ONLINE, so an export reads back
to the same values.

Every value comes from the database and is made safe here, whatever validation let in when it was
stored: text goes through icalendar's vText (backslash, ';', ',' and line breaks escaped per RFC
5545), parameters through its RFC 6868 quoting, and control characters that no iCalendar value can
hold are left out, so no value can end its line and start a property or an event of its own.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress, vText

from db import models as m
from db.atomic_file import write_atomically
from db.collation import sv_key
from db.interchange.ical.conventions import KIND_PROPERTY, ONLINE_PROPERTY, PRODID, ROLE_PARAMETER, STOCKHOLM
from db.services import KnowledgeBase
from db.validation import parse_date

log = logging.getLogger(__name__)

# Control characters an iCalendar value cannot hold (RFC 5545 3.3.11; line breaks are escaped).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# In a parameter or an address not even a line break can be escaped away: every control goes.
_ALL_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")


def _text(value: str) -> vText:
    return vText(_CONTROLS.sub("", value))


def _param(value: str) -> str:
    return _ALL_CONTROLS.sub(" ", value).strip()

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
    event.add("uid", _text(activity.id))
    event.add("dtstamp", stamp)
    start, end = _event_times(activity)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", _text(activity.title))
    if activity.place:
        event.add("location", _text(activity.place))
    if activity.minutes:
        event.add("description", _text(activity.minutes))
    tags = kb.tags.names_for("activity", activity.id)
    if tags:
        event.add("categories", [_CONTROLS.sub("", tag) for tag in tags])
    organizer_written = False
    for contact, role in _people(kb, activity.id):
        address = vCalAddress(f"mailto:{_ALL_CONTROLS.sub('', contact.emails[0])}")
        if _param(contact.full_name):
            address.params["CN"] = _param(contact.full_name)
        if role == "arrangör" and not organizer_written:
            event.add("organizer", address)     # RFC 5545 allows one ORGANIZER
            organizer_written = True
            continue
        if role == "arrangör":
            address.params["ROLE"] = "CHAIR"
        elif role != "deltagare":
            address.params[ROLE_PARAMETER] = _param(role)
        event.add("attendee", address)
    event.add(KIND_PROPERTY, _text(activity.kind))
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

