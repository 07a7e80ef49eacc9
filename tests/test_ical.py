"""iCalendar import and export of activities (db/interchange/ical/), on real files and databases."""

from __future__ import annotations

import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event

from db import KnowledgeBase
from db import models as m
from db.errors import Message
from db.interchange.ical import export_ics, ics_text, read_ics
from db.interchange.incoming_records import Attendee, ImportFileError
from db.services import NotFoundError

FIXTURES = Path(__file__).parent / "fixtures" / "import"
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def write_ics(folder: Path, body: str, name: str = "test.ics", *, wrap: bool = True) -> Path:
    """A calendar file with CRLF line ends; `body` is wrapped in a VCALENDAR unless wrap=False."""
    if wrap:
        body = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//Test//SV\n{body}END:VCALENDAR\n"
    path = folder / name
    path.write_bytes(body.replace("\n", "\r\n").encode("utf-8"))
    return path


def event(*lines: str, summary: str = "Möte med Test Testsson") -> str:
    return "BEGIN:VEVENT\n" + "".join(f"{line}\n" for line in (f"SUMMARY:{summary}", *lines)) + "END:VEVENT\n"


def read_one(tmp_path: Path, *lines: str, prefix: str = ""):
    result = read_ics(write_ics(tmp_path, prefix + event("UID:ett@example.se", *lines)))
    assert not result.rejected, result.rejected
    assert len(result.records) == 1
    return result.records[0], result


# --- the fixtures -------------------------------------------------------------------------------


def test_outlook_meeting_request():
    result = read_ics(FIXTURES / "outlook_invite.ics")
    assert result.entity == "activity" and not result.rejected and not result.warnings
    [meeting] = result.records
    assert meeting.line == 20
    assert meeting.title == "Uppstart: förstudie smarta vattenmätare i Växjö"
    assert (meeting.starts, meeting.ends) == ("2022-10-27T09:00", "2022-10-27T10:30")
    assert meeting.place == "Microsoft Teams-möte"
    assert meeting.online is True
    assert meeting.minutes.startswith("Hej!\n\nVälkomna till uppstartsmötet för förstudien")
    assert "tidplan, roller och nästa steg." in meeting.minutes
    assert meeting.kind == "möte"
    assert meeting.tags == ["Smart vatten", "Förstudie"]
    assert meeting.uid.endswith("EXAMPLE0001")
    # The meeting room (CUTYPE=RESOURCE) is not a person; the quoted CN keeps its comma.
    assert meeting.attendees == [
        Attendee("asa.oberg@example.se", "Åsa Öberg", "arrangör"),
        Attendee("test.testsson@example.com", "Test Testsson", "deltagare"),
        Attendee("marta.angstrom@example.se", "Ängström, Märta", "deltagare"),
        Attendee("orjan.akesson@example.com", "Örjan Åkesson", "deltagare"),
    ]


def test_google_calendar_export():
    result = read_ics(FIXTURES / "google_invite.ics")
    assert not result.rejected and not result.warnings
    check_in, conference = result.records
    # 07:30 UTC in June is 09:30 Swedish summer time.
    assert (check_in.starts, check_in.ends) == ("2022-06-14T09:30", "2022-06-14T11:00")
    assert check_in.line == 26
    assert check_in.online is True                  # X-GOOGLE-CONFERENCE and the Meet link
    assert check_in.place is None                   # an empty LOCATION
    assert "Delta med Google Meet" in check_in.minutes
    # The organizer is also listed as attendee (once is enough), Google's CN=address is no
    # name, and Lena Lång declined.
    assert check_in.attendees == [Attendee("asa.oberg@example.se", "Åsa Öberg", "arrangör"),
                                  Attendee("per.persson@example.com", None, "deltagare")]
    # All-day 15-17 November: DTEND 20221118 is exclusive, the stored end inclusive.
    assert (conference.starts, conference.ends) == ("2022-11-15", "2022-11-17")
    assert conference.title == "IoT Sverige årskonferens"
    assert conference.place == "Münchenbryggeriet, Torkel Knutssonsgatan 2, 118 25 Stockholm, Sverige"
    assert conference.online is False


def test_apple_event_in_winter_time_with_zoom_link():
    [webinar] = read_ics(FIXTURES / "apple_event.ics").records
    assert webinar.title == "Webbinarium: öppna data i kommunerna"
    assert (webinar.starts, webinar.ends) == ("2023-01-17T13:30", "2023-01-17T14:30")
    assert webinar.online is True                   # the zoom.us address in URL
    assert webinar.tags == ["Öppna data"]


def test_floating_times_are_swedish_wall_time():
    result = read_ics(FIXTURES / "floating.ics")
    fika, call = result.records
    # 28 March 2022 is summer time, 31 October winter time: both stay as written.
    assert (fika.starts, fika.ends) == ("2022-03-28T10:00", "2022-03-28T11:30")
    assert fika.place == "Café Husaren, Haga Nygata 28, Göteborg"
    assert (call.starts, call.ends) == ("2022-10-31T08:00", "2022-10-31T08:45")   # DURATION:PT45M


def test_recurring_events_keep_their_first_occurrence():
    result = read_ics(FIXTURES / "recurring.ics")
    assert [(r.title, r.starts) for r in result.records] == [
        ("Veckomöte programkontoret", "2022-08-22T09:00"),
        ("Morgonavstämning", "2022-10-03T08:30"),
        ("Enstaka möte om noder i Kiruna", "2022-10-12T15:00"),
    ]
    # The moved occurrence (RECURRENCE-ID) of the weekly series is not a second activity.
    assert Message("recurring_events", {"count": 2}) in result.warnings
    assert Message("tasks_ignored", {"count": 1}) in result.warnings
    assert not result.rejected


def test_one_recurring_event_is_named_in_the_singular(tmp_path):
    _, result = read_one(tmp_path, "DTSTART:20221003T090000", "RRULE:FREQ=DAILY;COUNT=3")
    assert result.warnings == [Message("recurring_events", {"count": 1})]


def test_cancellations_are_skipped_with_a_warning(tmp_path):
    result = read_ics(FIXTURES / "cancelled.ics")
    assert result.records == [] and result.rejected == []
    assert result.warnings == [Message("cancelled_events", {"count": 1})]
    path = write_ics(tmp_path, event("DTSTART:20221108T130000", "STATUS:CANCELLED")
                     + event("DTSTART:20221108T130000", "STATUS:CANCELLED")
                     + event("DTSTART:20221109T130000", summary="Kvar"))
    result = read_ics(path)
    assert [r.title for r in result.records] == ["Kvar"]
    assert result.warnings == [Message("cancelled_events", {"count": 2})]


def test_broken_events_are_rejected_and_the_others_read():
    result = read_ics(FIXTURES / "broken_dates.ics")
    assert [r.title for r in result.records] == ["Möte som går att läsa"]
    assert [(p.line, p.field) for p in result.rejected] == [(6, "DTSTART"), (10, "DTSTART")]
    assert result.rejected[0].reason == Message("not_a_calendar_date", {"value": "20220230T090000"})
    assert result.rejected[1].reason == Message("event_without_start")


@pytest.mark.parametrize("lines, line, field, reason", [
    (["DTSTART:20221027T090000"], 5, "SUMMARY", Message("event_without_title")),
    (["DTSTART:2022-10-27T09:00"], 6, "DTSTART", Message("not_an_ical_time", {"value": "2022-10-27T09:00"})),
    (["DTSTART:20221027T090000", "DTEND:20221027T250000"], 7, "DTEND",
     Message("not_a_calendar_date", {"value": "20221027T250000"})),
    (["DTSTART:20221027T090000", "DTEND:20221027T080000"], 7, "DTEND",
     Message("event_ends_before_start", {"ends": "2022-10-27T08:00", "starts": "2022-10-27T09:00"})),
    (["DTSTART:20221027T090000", "DURATION:en timme"], 7, "DURATION",
     Message("not_an_ical_duration", {"value": "en timme"})),
    (["DTSTART:20221027T090000", "this line has no colon"], 7, "VEVENT",
     Message("not_an_ical_line", {"text": "this line has no colon"})),
    (["DTSTART:99991231T235959Z"], 6, "DTSTART", Message("time_out_of_range", {"value": "99991231T235959Z"})),
])
def test_problems_name_line_field_and_reason(tmp_path, lines, line, field, reason):
    summary = "" if field == "SUMMARY" else "Möte"
    body = event(*lines, summary=summary) + event("DTSTART:20221028T090000", summary="Nästa")
    result = read_ics(write_ics(tmp_path, body))
    assert [r.title for r in result.records] == ["Nästa"]
    [problem] = result.rejected
    assert (problem.line, problem.field) == (line, field)
    assert problem.reason == reason


def test_icalendar_itself_is_lenient_inside_events_and_strict_outside():
    """What the icalendar package does with broken input, which is why read_ics tracks lines
    itself: a bad date inside an event is only noted on the event, a bad line outside one
    stops the whole parse without saying where."""
    text = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nDTSTART:20220230T090000\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")
    [parsed] = Calendar.from_ical(text).walk("VEVENT")
    assert isinstance(parsed, Event) and parsed.errors and parsed.errors[0][0] == "DTSTART"
    with pytest.raises(ValueError):
        Calendar.from_ical(text.replace("BEGIN:VEVENT", "no colon here\r\nBEGIN:VEVENT"))


# --- times -------------------------------------------------------------------------------------


@pytest.mark.parametrize("dtstart, expected", [
    ("DTSTART:20221115T080000Z", "2022-11-15T09:00"),                         # UTC, winter
    ("DTSTART:20220615T080000Z", "2022-06-15T10:00"),                         # UTC, summer
    ("DTSTART:20220327T005900Z", "2022-03-27T01:59"),                         # just before the change
    ("DTSTART:20220327T010000Z", "2022-03-27T03:00"),                         # summer time begins
    ("DTSTART:20221030T005900Z", "2022-10-30T02:59"),
    ("DTSTART:20221030T010000Z", "2022-10-30T02:00"),                         # winter time begins
    ("DTSTART;TZID=Europe/Stockholm:20221115T090000", "2022-11-15T09:00"),
    ("DTSTART;TZID=America/New_York:20220615T090000", "2022-06-15T15:00"),
    ("DTSTART;TZID=Pacific Standard Time:20221115T090000", "2022-11-15T18:00"),   # a Windows name
    ("DTSTART;TZID=GMT Standard Time:20220615T090000", "2022-06-15T10:00"),
    ("DTSTART;TZID=/mozilla.org/20050126_1/Europe/Helsinki:20221115T090000", "2022-11-15T08:00"),
    ("DTSTART;TZID=UTC:20221115T090000", "2022-11-15T10:00"),
    ("DTSTART:20221115T091545", "2022-11-15T09:15"),                          # seconds dropped
])
def test_times_become_swedish_wall_time(tmp_path, dtstart, expected):
    activity, result = read_one(tmp_path, dtstart)
    assert activity.starts == expected
    assert activity.ends is None
    assert result.warnings == []


VTIMEZONE_CUSTOM = """BEGIN:VTIMEZONE
TZID:(UTC+02:00) Helsingfors, Kiev, Riga, Sofia, Tallinn, Vilnius
BEGIN:STANDARD
DTSTART:16010101T040000
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""


def test_a_zone_defined_only_in_the_file_is_used(tmp_path):
    tzid = '"(UTC+02:00) Helsingfors, Kiev, Riga, Sofia, Tallinn, Vilnius"'
    activity, result = read_one(tmp_path, f"DTSTART;TZID={tzid}:20220615T100000",
                                f"DTEND;TZID={tzid}:20221115T100000", prefix=VTIMEZONE_CUSTOM)
    assert (activity.starts, activity.ends) == ("2022-06-15T09:00", "2022-11-15T09:00")
    assert result.warnings == []


def test_an_unknown_zone_is_taken_as_swedish_time_with_a_warning(tmp_path):
    activity, result = read_one(tmp_path, "DTSTART;TZID=Ingenstans/Okänd:20220615T100000")
    assert activity.starts == "2022-06-15T10:00"
    assert result.warnings == [Message("unknown_time_zone", {"line": 7, "zone": "Ingenstans/Okänd"})]


@pytest.mark.parametrize("lines, starts, ends", [
    (["DTSTART;VALUE=DATE:20221027"], "2022-10-27", None),
    (["DTSTART;VALUE=DATE:20221027", "DTEND;VALUE=DATE:20221028"], "2022-10-27", None),
    (["DTSTART;VALUE=DATE:20221027", "DTEND;VALUE=DATE:20221027"], "2022-10-27", None),
    (["DTSTART;VALUE=DATE:20221027", "DTEND;VALUE=DATE:20221029"], "2022-10-27", "2022-10-28"),
    (["DTSTART:20221027", "DURATION:P3D"], "2022-10-27", "2022-10-29"),
    (["DTSTART;VALUE=DATE:20221231", "DTEND;VALUE=DATE:20230102"], "2022-12-31", "2023-01-01"),
])
def test_all_day_events_store_dates_with_an_inclusive_end(tmp_path, lines, starts, ends):
    activity, _ = read_one(tmp_path, *lines)
    assert (activity.starts, activity.ends) == (starts, ends)


def test_online_and_kind_come_from_links_and_our_own_properties(tmp_path):
    cases = [
        (["LOCATION:https://example.zoom.us/j/123"], True),
        (["DESCRIPTION:Länk: https://company.webex.com/meet/test.testsson"], True),
        (["X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/x"], True),
        (["LOCATION:Zoomgatan 1\\, Uppsala"], False),
        (["LOCATION:https://meet.google.com.example.com/abc"], False),
        (["DESCRIPTION:https://teams.microsoft.com/l/x", "X-KUNSKAPSBANKEN-ONLINE:FALSE"], False),
        (["X-KUNSKAPSBANKEN-ONLINE:TRUE"], True),
    ]
    for lines, online in cases:
        activity, _ = read_one(tmp_path, "DTSTART:20221027T090000", *lines)
        assert activity.online is online, lines
    activity, _ = read_one(tmp_path, "DTSTART:20221027T090000", "X-KUNSKAPSBANKEN-KIND:webbinarium")
    assert activity.kind == "webbinarium"


def test_attendee_roles(tmp_path):
    activity, _ = read_one(tmp_path, "DTSTART:20221027T090000",
                           "ATTENDEE;ROLE=CHAIR;CN=Åsa Öberg:mailto:asa.oberg@example.se",
                           "ATTENDEE;X-KUNSKAPSBANKEN-ROLE=moderator:mailto:test.testsson@example.com",
                           "ATTENDEE;X-KUNSKAPSBANKEN-ROLE=kung:mailto:per.persson@example.com",
                           "ATTENDEE;CN=Bara Namn:urn:uuid:0000", "ATTENDEE:urn:uuid:1111")
    assert activity.attendees == [Attendee("asa.oberg@example.se", "Åsa Öberg", "arrangör"),
                                  Attendee("test.testsson@example.com", None, "moderator"),
                                  Attendee("per.persson@example.com", None, "deltagare"),   # unknown role
                                  Attendee(None, "Bara Namn", "deltagare")]


def test_valarm_text_is_not_the_events(tmp_path):
    activity, _ = read_one(tmp_path, "DTSTART:20221027T090000", "BEGIN:VALARM", "ACTION:DISPLAY",
                           "DESCRIPTION:Påminnelse", "TRIGGER:-PT15M", "END:VALARM")
    assert activity.minutes is None


# --- whole-file problems -----------------------------------------------------------------------


VALID = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Möte\nDTSTART:20221027T090000\nEND:VEVENT\nEND:VCALENDAR\n"


# The offset (from 1) of the first byte that is not UTF-8 in VALID written as Latin-1 with CRLF lines.
_LATIN_BYTE = VALID.replace("\n", "\r\n").encode("latin-1").index("ö".encode("latin-1")) + 1


@pytest.mark.parametrize("content, line, reason", [
    (b"", None, Message("file_empty")),
    (b"  \r\n\r\n", None, Message("file_empty")),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), None, Message("ical_binary")),
    ("BEGIN:VCARD\nVERSION:3.0\nFN:Åsa Öberg\nEND:VCARD\n".encode(), 1, Message("vcard_not_ical")),
    ("Förnamn;Efternamn\nÅsa;Öberg\n".encode(), 1, Message("not_an_ical_file")),
    (VALID.replace("END:VCALENDAR\n", "").encode(), 1, Message("component_not_closed", {"component": "VCALENDAR"})),
    (VALID.replace("END:VEVENT\nEND:VCALENDAR\n", "").encode(), 3,
     Message("component_not_closed", {"component": "VEVENT"})),
    (VALID.replace("END:VEVENT", "END:VTODO").encode(), 6,
     Message("end_mismatch", {"component": "VTODO", "expected": "VEVENT", "begin_line": 3})),
    (VALID.replace("VERSION:2.0", "VERSION 2.0").encode(), 2, Message("not_an_ical_line", {"text": "VERSION 2.0"})),
    (VALID.replace("BEGIN:VCALENDAR\n", "BEGIN:VCALENDAR\nEND:VCALENDAR\nEND:VCALENDAR\n").encode(), 3,
     Message("end_without_begin", {"component": "VCALENDAR"})),
    (VALID.encode("latin-1"), 4, Message("ical_wrong_encoding", {"encoding": "UTF-8", "byte": _LATIN_BYTE})),
])
def test_files_that_cannot_be_read_raise_import_file_error(tmp_path, content, line, reason):
    path = tmp_path / "kalender.ics"
    path.write_bytes(content.replace(b"\n", b"\r\n") if b"PNG" not in content else content)
    with pytest.raises(ImportFileError) as caught:
        read_ics(path)
    assert caught.value.line == line
    assert caught.value.reason == reason
    assert str(caught.value).startswith("kalender.ics")
    if line is not None:
        assert f"line {line}" in str(caught.value)


def test_a_missing_file_raises_import_file_error(tmp_path):
    with pytest.raises(ImportFileError, match=r"^finns-inte\.ics: no_such_file$"):
        read_ics(tmp_path / "finns-inte.ics")


def test_utf16_with_bom_and_lf_line_ends_are_read(tmp_path):
    path = tmp_path / "utf16.ics"
    path.write_bytes(VALID.encode("utf-16"))
    [activity] = read_ics(path).records
    assert activity.title == "Möte"


def test_text_after_the_calendar_is_ignored_with_a_warning(tmp_path):
    path = write_ics(tmp_path, VALID + "\n-- \nSkickat från min telefon\n", wrap=False)
    result = read_ics(path)
    assert len(result.records) == 1
    assert result.warnings == [Message("text_after_calendar", {"line": 9})]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_raise_nothing_but_import_file_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "x.ics"
    path.write_bytes(data)
    try:
        read_ics(path)
    except ImportFileError:
        pass


_ICS_BITS = st.sampled_from([
    "BEGIN:VEVENT", "END:VEVENT", "BEGIN:VCALENDAR", "END:VCALENDAR", "BEGIN:VTIMEZONE", "END:VTIMEZONE",
    "BEGIN:VALARM", "END:VALARM", "DTSTART:20221027T090000", "DTSTART;VALUE=DATE:20220230",
    "DTSTART;TZID=\"a:b\":20221027T090000", "DTEND:19991231T235959Z", "DTSTART:99991231T235959Z",
    "DTEND;VALUE=DATE:00010101", "DURATION:P1W", "DURATION:-PT1H", "SUMMARY:Åsa\\, Öberg",
    "ATTENDEE;CN=\"x:y\":mailto:a@example.se", "ATTENDEE;CUTYPE=;PARTSTAT=\"\":", "ORGANIZER:",
    "CATEGORIES:a\\,b,c", "RRULE:FREQ=DAILY", "RECURRENCE-ID:20221027T090000", "TZID:x", "STATUS:CANCELLED",
    "METHOD:CANCEL", "X-KUNSKAPSBANKEN-ONLINE:", " folded", "\t", ";", ":", "\\", "\"", "\r", "\n",
])
# Mostly iCalendar-like lines, sometimes any text: deep enough to reach the event reader.
_FRAGMENT = st.lists(st.one_of(_ICS_BITS, _ICS_BITS, _ICS_BITS, st.text(max_size=12)), max_size=8).map("\r\n".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(before=st.just("") | _FRAGMENT, inside=_FRAGMENT, after=st.just("") | _FRAGMENT,
       wrap=st.sampled_from([True, True, True, False]))
def test_arbitrary_text_around_an_event_raises_nothing_but_import_file_error(
        tmp_path_factory, before, inside, after, wrap):
    text = f"{before}\r\nBEGIN:VEVENT\r\nSUMMARY:Möte\r\nDTSTART:20221027T090000\r\n{inside}\r\nEND:VEVENT\r\n{after}"
    if wrap:
        text = f"BEGIN:VCALENDAR\r\n{text}\r\nEND:VCALENDAR\r\n"
    path = tmp_path_factory.mktemp("fuzz") / "x.ics"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        result = read_ics(path)
    except ImportFileError:
        return
    for record in result.records:
        assert record.title and record.starts


def test_reading_1000_outlook_events(tmp_path):
    """The time it takes is a figure of bench/transfer.py (read_ics of the same 1,000 events)."""
    events = "".join(
        event(f"UID:{i}@example.se", f"DTSTART;TZID=W. Europe Standard Time:2022{1 + i % 12:02}10T090000",
              f"DTEND;TZID=W. Europe Standard Time:2022{1 + i % 12:02}10T100000",
              "LOCATION:Teams", "DESCRIPTION:Anteckningar från mötet\\, med komma " + "å" * 200,
              'ORGANIZER;CN="Åsa Öberg":mailto:asa.oberg@example.se',
              "ATTENDEE;CN=Test Testsson;PARTSTAT=ACCEPTED:mailto:test.testsson@example.com",
              "CATEGORIES:Smart stad,Förstudie", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
              summary=f"Möte nummer {i}")
        for i in range(1000))
    result = read_ics(write_ics(tmp_path, events))
    assert len(result.records) == 1000 and not result.rejected
    assert result.records[999].starts == "2022-04-10T09:00"


# --- export ------------------------------------------------------------------------------------


def add_activity(kb: KnowledgeBase, **values) -> m.Activity:
    return kb.activities.create(m.Activity(**values)).record


def add_person(kb: KnowledgeBase, first: str, last: str, *emails: str) -> m.Contact:
    return kb.contacts.create(m.Contact(first_name=first, last_name=last, emails=list(emails))).record


def link(kb: KnowledgeBase, activity: m.Activity, contact: m.Contact, role: str = "deltagare") -> None:
    kb.activity_links.create(m.ActivityLink(activity_id=activity.id, contact_id=contact.id, role=role))


def test_export_writes_a_calendar_outlook_and_google_can_read(kb, tmp_path):
    meeting = add_activity(kb, kind="workshop", title="Workshop om öppna data; del 2, Åre",
                           starts="2022-06-30T09:00", place="Gävle", minutes="Rad ett\nRad två")
    whole_day = add_activity(kb, kind="konferens", title="Årskonferens", starts="2022-11-15", ends="2022-11-17")
    no_end = add_activity(kb, title="Telefonsamtal", kind="telefon", starts="2022-12-01T13:30")
    asa = add_person(kb, "Åsa", "Öberg", "asa.oberg@example.se", "asa@example.com")
    test = add_person(kb, "Test", "Testsson", "test.testsson@example.com")
    link(kb, meeting, test)
    link(kb, meeting, asa, "arrangör")
    link(kb, meeting, add_person(kb, "Utan", "Adress"))                     # no e-mail: not written
    gone = add_person(kb, "Borttagen", "Person", "borta@example.se")
    link(kb, meeting, gone)
    kb.contacts.delete(gone.id)
    kb.tags.tag("activity", meeting.id, "Öppna data")

    path = tmp_path / "aktiviteter.ics"
    assert export_ics(kb, path) == 3
    data = path.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert data.count(b"\n") == data.count(b"\r\n")                        # CRLF only
    assert max(len(line) for line in data.split(b"\r\n")) <= 75             # folded
    text = data.decode("utf-8").replace("\r\n ", "")
    for expected in ("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//IoT Sverige//Kunskapsbanken//SV",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
                     f"UID:{meeting.id}", "DTSTART;TZID=Europe/Stockholm:20220630T090000",
                     "DTEND;TZID=Europe/Stockholm:20220630T100000",
                     "SUMMARY:Workshop om öppna data\\; del 2\\, Åre", "LOCATION:Gävle",
                     "DESCRIPTION:Rad ett\\nRad två", "CATEGORIES:Öppna data",
                     'ORGANIZER;CN="Åsa Öberg":mailto:asa.oberg@example.se',
                     'ATTENDEE;CN="Test Testsson":mailto:test.testsson@example.com',
                     "X-KUNSKAPSBANKEN-KIND:workshop",
                     f"UID:{whole_day.id}", "DTSTART;VALUE=DATE:20221115", "DTEND;VALUE=DATE:20221118",
                     "DTSTART;TZID=Europe/Stockholm:20221201T133000",
                     "DTEND;TZID=Europe/Stockholm:20221201T143000"):
        assert expected in text, expected
    assert "borta@example.se" not in text and "Utan Adress" not in text
    assert text.count("BEGIN:VEVENT") == 3 and text.count("DTSTAMP:") == 3
    assert no_end.id in text
    assert ics_text(kb, [meeting.id]).count("BEGIN:VEVENT") == 1


def test_the_written_time_zone_matches_swedish_time(kb):
    add_activity(kb, title="Möte", starts="2022-06-30T09:00")
    [component] = Calendar.from_ical(ics_text(kb)).walk("VTIMEZONE")
    from icalendar.timezone import tzp

    written = tzp.create_timezone(component)
    moment = datetime(2000, 1, 1, tzinfo=UTC)
    while moment < datetime(2040, 1, 1, tzinfo=UTC):
        assert moment.astimezone(written).utcoffset() == moment.astimezone(STOCKHOLM).utcoffset(), moment
        moment += timedelta(minutes=97 * 60 + 30)      # every half hour of the day, across all seasons


def test_export_selects_by_ids_and_by_start_date(kb, tmp_path):
    early = add_activity(kb, title="Januari", starts="2022-01-10T10:00")
    middle = add_activity(kb, title="Juni", starts="2022-06-01")
    late = add_activity(kb, title="December", starts="2022-12-31T23:30")
    deleted = add_activity(kb, title="Borttagen", starts="2022-06-02T10:00")
    kb.activities.delete(deleted.id)
    path = tmp_path / "urval.ics"

    def titles() -> list[str]:
        return [r.title for r in read_ics(path).records]

    assert export_ics(kb, path) == 3 and titles() == ["Januari", "Juni", "December"]
    assert export_ics(kb, path, start="2022-06-01", end="2022-12-31") == 2 and titles() == ["Juni", "December"]
    assert export_ics(kb, path, end="2022-06-01") == 2 and titles() == ["Januari", "Juni"]
    assert export_ics(kb, path, [late.id, early.id, deleted.id, late.id]) == 2
    assert titles() == ["December", "Januari"]
    assert export_ics(kb, path, middle.id) == 1 and titles() == ["Juni"]
    assert export_ics(kb, path, [middle.id], start="2022-07-01") == 0 and titles() == []
    with pytest.raises(ValueError):
        export_ics(kb, path, start="1 juni")
    with pytest.raises(NotFoundError):
        export_ics(kb, path, ["finns-inte"])


# --- round trip --------------------------------------------------------------------------------


def test_round_trip_keeps_what_is_stored(kb, tmp_path):
    summer = add_activity(kb, kind="workshop", title="Workshop: sensorer i Älvsbyn", starts="2022-07-05T13:15",
                          ends="2022-07-05T16:00", place="Kommunhuset, Älvsbyn", online=False,
                          minutes="Vi pratade om å, ä och ö.\nNästa steg: pilot.")
    winter = add_activity(kb, kind="webbinarium", title="Webbinarium om LoRaWAN", starts="2022-12-13T09:00",
                          ends="2022-12-13T10:30", online=True, minutes="Ingen länk i texten.")
    all_day = add_activity(kb, kind="mässa", title="Mässa i Örebro", starts="2023-03-25", ends="2023-03-27")
    one_day = add_activity(kb, kind="fika", title="Fika", starts="2023-03-28")
    asa = add_person(kb, "Åsa", "Öberg", "asa.oberg@example.se")
    test = add_person(kb, "Test", "Testsson", "test.testsson@example.com")
    mia = add_person(kb, "Mia", "Ärlig", "mia.arlig@example.se")
    link(kb, summer, asa, "arrangör")
    link(kb, summer, test)
    link(kb, winter, test, "talare")
    link(kb, winter, mia, "arrangör")
    link(kb, winter, asa, "arrangör")
    for name in ("LoRaWAN", "Öppna data"):
        kb.tags.tag("activity", winter.id, name)

    path = tmp_path / "runt.ics"
    export_ics(kb, path)
    result = read_ics(path)
    assert not result.rejected and not result.warnings
    read_back = {r.uid: r for r in result.records}
    for stored in (summer, winter, all_day, one_day):
        incoming = read_back[stored.id]
        assert (incoming.title, incoming.starts, incoming.ends, incoming.place, incoming.online,
                incoming.minutes, incoming.kind) == (stored.title, stored.starts, stored.ends, stored.place,
                                                     stored.online, stored.minutes, stored.kind)
        assert incoming.tags == kb.tags.names_for("activity", stored.id)
    assert read_back[summer.id].attendees == [Attendee("asa.oberg@example.se", "Åsa Öberg", "arrangör"),
                                              Attendee("test.testsson@example.com", "Test Testsson", "deltagare")]
    # One ORGANIZER per event; the second organiser is written as ROLE=CHAIR and read back as one.
    # (Organisers first, then Swedish name order: Ärlig before Öberg.)
    assert read_back[winter.id].attendees == [Attendee("mia.arlig@example.se", "Mia Ärlig", "arrangör"),
                                              Attendee("asa.oberg@example.se", "Åsa Öberg", "arrangör"),
                                              Attendee("test.testsson@example.com", "Test Testsson", "talare")]


_CHARACTERS = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n,;:\\\"'åäöÅÄÖ")
_TEXT = st.text(_CHARACTERS, max_size=120)


@pytest.fixture(scope="module")
def round_trip_kb(tmp_path_factory):
    base = KnowledgeBase.open(tmp_path_factory.mktemp("runt") / "kb.db", user="testare", search=False)
    yield base
    base.close()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_TEXT.filter(str.strip), place=_TEXT, minutes=_TEXT,
       tag=st.text(_CHARACTERS, max_size=60).filter(str.strip),
       day=st.dates(date(1990, 1, 1), date(2060, 12, 31)), minute=st.integers(0, 24 * 60 - 1))
def test_round_trip_of_any_text_and_time(round_trip_kb, tmp_path_factory, title, place, minutes, tag, day, minute):
    kb = round_trip_kb
    starts = f"{day.isoformat()}T{minute // 60:02}:{minute % 60:02}"
    stored = add_activity(kb, title=title, starts=starts, place=place, minutes=minutes)
    kb.tags.tag("activity", stored.id, tag)
    path = tmp_path_factory.mktemp("runt") / "x.ics"
    assert export_ics(kb, path, [stored.id]) == 1
    [incoming] = read_ics(path).records
    assert (incoming.title, incoming.starts, incoming.place, incoming.minutes) == (
        stored.title, stored.starts, stored.place, stored.minutes)
    assert incoming.tags == kb.tags.names_for("activity", stored.id)
