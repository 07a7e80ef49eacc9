"""Times of an iCalendar file as Swedish wall time (Europe/Stockholm), the way activities are stored.

Time zones are resolved per file (IANA names, Windows names as Outlook writes them, then the
file's own VTIMEZONE), never looked up in icalendar's process-wide cache of custom zones, so one
file cannot change how the next one is read.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo

from icalendar import Timezone, vDate, vDatetime
from icalendar.parser import unescape_backslash
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from db.errors import Message
from db.interchange.ical.conventions import STOCKHOLM
from db.interchange.ical.structure import Block, content_parts, parameter

log = logging.getLogger(__name__)

class FileZones:
    """The time zones a file names: TZID -> tzinfo, looked up once per file."""

    def __init__(self, lines: list[tuple[int, str]], timezones: list[Block], warnings: list[Message]):
        self._lines, self._warnings = lines, warnings
        self._defined: dict[str, Block] = {}
        for block in timezones:
            tzid = next((p[2] for _, t in block.lines if (p := content_parts(t)) and p[0] == "TZID"), None)
            if tzid:
                self._defined.setdefault(unescape_backslash(tzid).strip(), block)
        self._cache: dict[str, tzinfo | None] = {}

    def get(self, tzid: str, line: int) -> tzinfo | None:
        """The zone; None (and a warning) for a zone that is neither known nor defined in the file."""
        if tzid not in self._cache:
            zone = _known_zone(tzid) or self._from_file(tzid)
            if zone is None:
                self._warnings.append(Message("unknown_time_zone", {"line": line, "zone": tzid}))
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


def wall_time(value: str, params, zones: FileZones, line: int) -> date | datetime:
    """A DTSTART-like value as a date, or a naive datetime in Swedish wall time."""
    value = value.strip()
    if (parameter(params, "VALUE") or "").upper() == "DATE" or (len(value) == 8 and value.isdigit()):
        return vDate.from_ical(value)
    moment = vDatetime.from_ical(value)
    if moment.tzinfo is None and (tzid := parameter(params, "TZID")):
        zone = zones.get(tzid, line)
        # Swedish wall time stays as written, even an hour that the clock change skips.
        if zone is not None and getattr(zone, "key", None) != STOCKHOLM.key:
            moment = moment.replace(tzinfo=zone)
    if moment.tzinfo is not None:
        moment = moment.astimezone(STOCKHOLM).replace(tzinfo=None)
    return moment.replace(second=0, microsecond=0)


def iso(moment: date | datetime) -> str:
    if isinstance(moment, datetime):
        return moment.isoformat(timespec="minutes")
    return moment.isoformat()


def bad_time(value: str) -> Message:
    """Why a DTSTART-like value cannot be read: a day the calendar lacks, or not a time at all."""
    digits = value.strip()
    if re.fullmatch(r"\d{8}(T\d{6}Z?)?", digits):
        return Message("not_a_calendar_date", {"value": digits})
    return Message("not_an_ical_time", {"value": digits})

