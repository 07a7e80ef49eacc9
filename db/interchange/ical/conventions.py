"""What our iCalendar files say beyond RFC 5545, and the time zone activities are stored in.

Activities are stored in Swedish wall time (Europe/Stockholm): "2022-10-27T09:00", or a date
"2022-10-27" for an all-day event. X-KUNSKAPSBANKEN-KIND and -ONLINE keep what iCalendar has no
property for, so an export reads back to the same values.
"""

from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")
PRODID = "-//IoT Sverige//Kunskapsbanken//SV"
KIND_PROPERTY = "X-KUNSKAPSBANKEN-KIND"
ONLINE_PROPERTY = "X-KUNSKAPSBANKEN-ONLINE"
# A link role iCalendar cannot say (talare, moderator ...), as a parameter of ATTENDEE.
ROLE_PARAMETER = "X-KUNSKAPSBANKEN-ROLE"
