"""iCalendar (.ics) files: meeting invitations and calendar exports from Outlook, Google Calendar and
Apple read into incoming activities, and our activities written as one calendar.

    result = read_ics(Path("möten.ics"))             # IncomingActivity per event; rejected events; warnings
    export_ics(kb, Path("ut.ics"), start="2022-01-01")

structure.py: the file's lines and BEGIN/END components; time_zones.py: times as Swedish wall time;
events.py: one VEVENT -> an incoming activity; reading.py: the whole file; writing.py: export;
conventions.py: what our files say beyond RFC 5545.
"""

from db.interchange.ical.conventions import STOCKHOLM
from db.interchange.ical.reading import read_ics
from db.interchange.ical.writing import export_ics, ics_text

__all__ = ["STOCKHOLM", "export_ics", "ics_text", "read_ics"]
