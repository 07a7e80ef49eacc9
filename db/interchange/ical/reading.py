"""iCalendar (.ics) files read into incoming activities: meeting invitations and calendar exports
from Outlook, Google Calendar and Apple.

Every time becomes Swedish wall time (db.interchange.ical.time_zones). A cancelled event (STATUS
or METHOD:CANCEL) is skipped, a recurring one is imported once (its first occurrence), tasks and
journal entries are ignored; each is counted in the result's warnings.
"""

from __future__ import annotations

import logging
from pathlib import Path

from db.errors import Message
from db.interchange.ical.events import Event, EventReader
from db.interchange.ical.structure import content_parts, decode, logical_lines, not_a_line, scan
from db.interchange.ical.time_zones import FileZones
from db.interchange.incoming_records import ImportFileError, ReadResult, check_size, unreadable

log = logging.getLogger(__name__)

def read_ics(path: Path) -> ReadResult:
    """The events of an iCalendar file as IncomingActivity records.

    Raises ImportFileError for a file that cannot be read at all (empty, binary, not
    iCalendar, truncated); an event that cannot be read becomes a Problem in `rejected`."""
    path = Path(path)
    check_size(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from None
    result = ReadResult(path=path, entity="activity")
    lines = logical_lines(decode(path, data))
    calendars = scan(path, lines, result.warnings)
    timezones = [b for cal in calendars for b in cal.children if b.name == "VTIMEZONE"]
    reader = EventReader(FileZones(lines, timezones, result.warnings))
    events: list[Event] = []
    ignored = 0
    for calendar in calendars:
        method = ""
        for number, text in calendar.lines:
            parts = content_parts(text)
            if parts is None:
                raise ImportFileError(path, not_a_line(text), line=number)
            if parts[0] == "METHOD":
                method = parts[2].strip().upper()
        for block in calendar.children:
            if block.name == "VEVENT":
                events.append(reader.read(block, cancelled_by_method=method == "CANCEL"))
            elif block.name in ("VTODO", "VJOURNAL"):
                ignored += 1
    _collect(events, result)
    if ignored:
        result.warnings.append(Message("tasks_ignored", {"count": ignored}))
    log.info("read %d events from an iCalendar file (%d rejected)", len(result.records), len(result.rejected))
    return result


def _collect(events: list[Event], result: ReadResult) -> None:
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
        result.warnings.append(Message("recurring_events", {"count": recurring}))
    if cancelled:
        result.warnings.append(Message("cancelled_events", {"count": cancelled}))

