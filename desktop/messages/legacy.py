"""Transitional: db/ messages still written as English prose, recognised by regular expressions.

Every entry here is a message of db/ that has not yet become a code (db/errors.py); the code's text
then goes into this package's tables and its entry leaves this file. When it is empty, it goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.messages.names import _same, _tr, names_in

_names = names_in

_Q = r"'(.*)'"  # a quoted value (may itself contain quotes: the match is over the whole message)
_NAME = r"([a-z_ ]+)"
TEMPLATES: list[tuple[str, str, tuple[Callable[[str], str], ...]]] = [
    # db/search/service.py (SearchResult.error)
    (r"the search index could not be read; it is being rebuilt",
     QT_TRANSLATE_NOOP("Messages", "the search index could not be read; it is being rebuilt"), ()),
    (r"the search failed", QT_TRANSLATE_NOOP("Messages", "the search failed"), ()),
]


def _nested(text: str) -> str:
    """A message inside a message ("same as line 3 (same e-mail)")."""
    return translate_message(text)


# Import, export, duplicates and merge (db/interchange/import_pipeline.py, tabular.py, vcard.py, ical.py, duplicates.py,
# transfer.py, merge.py). Kept apart from TEMPLATES: tests/desktop/test_import_dialog.py has their samples.
TRANSFER_TEMPLATES: list[tuple[str, str, tuple[Callable[[str], str], ...]]] = [
    # why a row matches a record (db/interchange/import_pipeline.py)
    (r"same id", QT_TRANSLATE_NOOP("Messages", "same id"), ()),
    (r"same calendar UID", QT_TRANSLATE_NOOP("Messages", "same calendar UID"), ()),
    (r"same title and start", QT_TRANSLATE_NOOP("Messages", "same title and start"), ()),
    (r"same reference", QT_TRANSLATE_NOOP("Messages", "same reference"), ()),
    (r"same title", QT_TRANSLATE_NOOP("Messages", "same title"), ()),
    (r"same as line (\d+) \((.*)\)", QT_TRANSLATE_NOOP("Messages", "same as line %1 (%2)"), (_same, _nested)),
    # rows that cannot be imported
    (r"no name \(a first or last name is required\)",
     QT_TRANSLATE_NOOP("Messages", "no name (a first or last name is required)"), ()),
    (r"no name \(an organisation's name is required\)",
     QT_TRANSLATE_NOOP("Messages", "no name (an organisation's name is required)"), ()),
    (r"no title \(a project's title is required\)",
     QT_TRANSLATE_NOOP("Messages", "no title (a project's title is required)"), ()),
    (r"has (\d+) columns; the header has (\d+)",
     QT_TRANSLATE_NOOP("Messages", "has %1 columns; the header has %2"), (_same, _same)),
    (r"the vCard has no name \(N or FN\) and no e-mail address; it is skipped",
     QT_TRANSLATE_NOOP("Messages", "the vCard has no name (N or FN) and no e-mail address; it is skipped"), ()),
    (r"the event has no start \(DTSTART\)", QT_TRANSLATE_NOOP("Messages", "the event has no start (DTSTART)"), ()),
    # notes about a file read
    (r"(\d+) columns with data are not imported \(no matching field\): (.*)",
     QT_TRANSLATE_NOOP("Messages", "%1 columns with data are not imported (no matching field): %2"), (_same, _same)),
    (r"line (\d+): (\d+) participant\(s\) not in the knowledge base were not linked "
     r"\(no contact is created from an invitation\)",
     QT_TRANSLATE_NOOP("Messages", "line %1: %2 participant(s) not in the knowledge base were not linked "
                                   "(no contact is created from an invitation)"), (_same, _same)),
    (r"1 photo skipped \(Kunskapsbanken does not store photos\)",
     QT_TRANSLATE_NOOP("Messages", "1 photo skipped (Kunskapsbanken does not store photos)"), ()),
    (r"(\d+) photos skipped \(Kunskapsbanken does not store photos\)",
     QT_TRANSLATE_NOOP("Messages", "%1 photos skipped (Kunskapsbanken does not store photos)"), (_same,)),
    (r"1 birthday not imported \(Kunskapsbanken stores no birthdays\)",
     QT_TRANSLATE_NOOP("Messages", "1 birthday not imported (Kunskapsbanken stores no birthdays)"), ()),
    (r"(\d+) birthdays not imported \(Kunskapsbanken stores no birthdays\)",
     QT_TRANSLATE_NOOP("Messages", "%1 birthdays not imported (Kunskapsbanken stores no birthdays)"), (_same,)),
    (r"1 recurring event: only the first occurrence was imported",
     QT_TRANSLATE_NOOP("Messages", "1 recurring event: only the first occurrence was imported"), ()),
    (r"(\d+) recurring events: only the first occurrence was imported",
     QT_TRANSLATE_NOOP("Messages", "%1 recurring events: only the first occurrence was imported"), (_same,)),
    (r"1 cancelled event was skipped", QT_TRANSLATE_NOOP("Messages", "1 cancelled event was skipped"), ()),
    (r"(\d+) cancelled events were skipped",
     QT_TRANSLATE_NOOP("Messages", "%1 cancelled events were skipped"), (_same,)),
    (r"1 task or journal entry \(VTODO, VJOURNAL\) ignored: only events are imported",
     QT_TRANSLATE_NOOP("Messages", "1 task or journal entry (VTODO, VJOURNAL) ignored: only events are imported"),
     ()),
    (r"(\d+) tasks and journal entries \(VTODO, VJOURNAL\) ignored: only events are imported",
     QT_TRANSLATE_NOOP("Messages", "%1 tasks and journal entries (VTODO, VJOURNAL) ignored: only events are imported"),
     (_same,)),
    (r"line (\d+): text after END:VCALENDAR was ignored",
     QT_TRANSLATE_NOOP("Messages", "line %1: text after END:VCALENDAR was ignored"), (_same,)),
    (rf"line (\d+): unknown time zone {_Q}; its times were taken as Swedish time",
     QT_TRANSLATE_NOOP("Messages", "line %1: unknown time zone '%2'; its times were taken as Swedish time"),
     (_same, _same)),
    # files that cannot be read (ImportFileError's reason; the file name and line are put around it)
    (r"no such file", QT_TRANSLATE_NOOP("Messages", "no such file"), ()),
    (r"the file is empty", QT_TRANSLATE_NOOP("Messages", "the file is empty"), ()),
    (r"is a folder, not a file", QT_TRANSLATE_NOOP("Messages", "is a folder, not a file"), ()),
    (rf"unsupported file type {_Q} \(supported: (.*)\)",
     QT_TRANSLATE_NOOP("Messages", "unsupported file type '%1' (supported: %2)"), (_same, _same)),
    (r"an Excel 97-2003 workbook \(\.xls\) cannot be read; save it as an Excel workbook \(\.xlsx\) or as CSV",
     QT_TRANSLATE_NOOP("Messages", "an Excel 97-2003 workbook (.xls) cannot be read; save it as an Excel workbook "
                                   "(.xlsx) or as CSV"), ()),
    (r"old Excel files \(\.xls\) cannot be read; save it as \.xlsx or \.csv",
     QT_TRANSLATE_NOOP("Messages", "old Excel files (.xls) cannot be read; save it as .xlsx or .csv"), ()),
    (r"is a binary file, not text", QT_TRANSLATE_NOOP("Messages", "is a binary file, not text"), ()),
    (r"is not a valid Excel workbook \(\.xlsx\): it is not a zip file",
     QT_TRANSLATE_NOOP("Messages", "is not a valid Excel workbook (.xlsx): it is not a zip file"), ()),
    (r"has a header but no rows", QT_TRANSLATE_NOOP("Messages", "has a header but no rows"), ()),
    (r"the file holds no data \(only empty lines\)",
     QT_TRANSLATE_NOOP("Messages", "the file holds no data (only empty lines)"), ()),
    (r"the header has the column '(.*)' twice \(columns (\d+) and (\d+)\); every column needs its own name",
     QT_TRANSLATE_NOOP("Messages", "the header has the column '%1' twice (columns %2 and %3); every column needs "
                                   "its own name"), (_same, _same, _same)),
    (r"not a vCard file \(it has no BEGIN:VCARD line\)",
     QT_TRANSLATE_NOOP("Messages", "not a vCard file (it has no BEGIN:VCARD line)"), ()),
    (r"not a vCard file: it holds binary data, not text",
     QT_TRANSLATE_NOOP("Messages", "not a vCard file: it holds binary data, not text"), ()),
    (r"this is a vCard file \(contacts\), not an iCalendar file",
     QT_TRANSLATE_NOOP("Messages", "this is a vCard file (contacts), not an iCalendar file"), ()),
    (r"not an iCalendar file: it should start with BEGIN:VCALENDAR",
     QT_TRANSLATE_NOOP("Messages", "not an iCalendar file: it should start with BEGIN:VCALENDAR"), ()),
    (r"this is not a text file \(it looks binary\); an iCalendar file is text",
     QT_TRANSLATE_NOOP("Messages", "this is not a text file (it looks binary); an iCalendar file is text"), ()),
    (r"the file is ([\d.]+) MB; the largest file that can be imported is (\d+) MB "
     r"\(split it, or export without photos\)",
     QT_TRANSLATE_NOOP("Messages", "the file is %1 MB; the largest file that can be imported is %2 MB "
                                   "(split it, or export without photos)"), (_same, _same)),
    # a JSON export (db/interchange/json_dump.py)
    (r"(.+): no such file", QT_TRANSLATE_NOOP("Messages", "%1: no such file"), (_same,)),
    (r"(.+): not a Kunskapsbanken export \(missing \"format\": \"(.*)\"\)",
     QT_TRANSLATE_NOOP("Messages", "%1: not a Kunskapsbanken export (missing \"format\": \"%2\")"), (_same, _same)),
    (r"(.+): invalid JSON at line (\d+), column (\d+): (.*)",
     QT_TRANSLATE_NOOP("Messages", "%1: invalid JSON at line %2, column %3: %4"), (_same, _same, _same, _same)),
    (r"the import was cancelled; nothing was written",
     QT_TRANSLATE_NOOP("Messages", "the import was cancelled; nothing was written"), ()),
    # a reason with the line of the file it refers to ("similar name: line 4"); the most general, so last
    (r"(.+): line (\d+)", QT_TRANSLATE_NOOP("Messages", "%1: line %2"), (_nested, _same)),
]


def _problems(text: str) -> str:
    """"no such file; the file is damaged (integrity_check: a; b)": each problem translated (a "; "
    inside parentheses belongs to its problem)."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and text.startswith("; ", i):
            parts.append(text[start:i])
            start = i + 2
    parts.append(text[start:])
    return "; ".join(translate_message(part) for part in parts)


# Backups, restore, data protection and a busy database (db/care/backup.py, db/care/gdpr.py, SQLite itself).
# tests/desktop/test_backups_dialog.py has their samples.
DATA_CARE_TEMPLATES: list[tuple[str, str, tuple[Callable[[str], str], ...]]] = [
    # SQLite, when another program (a second window, the command line) is writing
    (r"database (?:table )?is locked",
     QT_TRANSLATE_NOOP("Messages", "the database is busy: another program or Kunskapsbanken window is writing to it; "
                                   "try again in a moment"), ()),
    (r"attempt to write a readonly database",
     QT_TRANSLATE_NOOP("Messages", "the database file is read-only; nothing can be saved"), ()),
    (r"database or disk is full", QT_TRANSLATE_NOOP("Messages", "the disk is full"), ()),
    # db/care/backup.py
    (r"(.+): no such database file", QT_TRANSLATE_NOOP("Messages", "%1: no such database file"), (_same,)),
    (r"(.+): no such backup file", QT_TRANSLATE_NOOP("Messages", "%1: no such backup file"), (_same,)),
    (r"(.+): no such folder", QT_TRANSLATE_NOOP("Messages", "%1: no such folder"), (_same,)),
    (r"(.+): the file already exists; choose another name",
     QT_TRANSLATE_NOOP("Messages", "%1: the file already exists; choose another name"), (_same,)),
    (r"the backup of (.+) failed its check \((.*)\); nothing was kept",
     QT_TRANSLATE_NOOP("Messages", "the backup of %1 failed its check (%2); nothing was kept"), (_same, _problems)),
    (r"the backup of (.+) failed: (.*); nothing was kept",
     QT_TRANSLATE_NOOP("Messages", "the backup of %1 failed: %2; nothing was kept"), (_same, _nested)),
    (r"the backup of (.+) could not be written in (.+?): (.*)",
     QT_TRANSLATE_NOOP("Messages", "the backup of %1 could not be written in %2: %3"), (_same, _same, _same)),
    (r"(.+) is the database itself; choose a backup file",
     QT_TRANSLATE_NOOP("Messages", "%1 is the database itself; choose a backup file"), (_same,)),
    (r"(.+) cannot be restored: (.*)\. Nothing was changed",
     QT_TRANSLATE_NOOP("Messages", "%1 cannot be restored: %2. Nothing was changed"), (_same, _problems)),
    (r"the copy of (.+) failed its check \((.*)\)\. Nothing was changed",
     QT_TRANSLATE_NOOP("Messages", "the copy of %1 failed its check (%2). Nothing was changed"), (_same, _problems)),
    (r"restoring (.+?) failed: (.*)\. Nothing was changed",
     QT_TRANSLATE_NOOP("Messages", "restoring %1 failed: %2. Nothing was changed"), (_same, _nested)),
    (r"restoring (.+?) failed: (.*)", QT_TRANSLATE_NOOP("Messages", "restoring %1 failed: %2"), (_same, _nested)),
    (r"(.+): the database is in use; close the app first",
     QT_TRANSLATE_NOOP("Messages", "%1: the database is in use; close the app first"), (_same,)),
    (r"(.+) is not a Kunskapsbanken database \(it belongs to another program\); it was not replaced",
     QT_TRANSLATE_NOOP("Messages", "%1 is not a Kunskapsbanken database (it belongs to another program); "
                                   "it was not replaced"), (_same,)),
    # why a file cannot be restored (db.care.backup.verify_backup)
    (r"not a SQLite database file", QT_TRANSLATE_NOOP("Messages", "not a SQLite database file"), ()),
    (r"the file is damaged \((.*)\)", QT_TRANSLATE_NOOP("Messages", "the file is damaged (%1)"), (_same,)),
    (r"not a Kunskapsbanken database \(it belongs to another program or is empty\)",
     QT_TRANSLATE_NOOP("Messages", "not a Kunskapsbanken database (it belongs to another program or is empty)"), ()),
    (r"its schema version (\d+) is newer than this app understands \((\d+)\); update the app first",
     QT_TRANSLATE_NOOP("Messages", "its schema version %1 is newer than this app understands (%2); update the app "
                                   "first"), (_same, _same)),
    # db/care/gdpr.py
    (r"the placeholder for erased persons holds no one's data",
     QT_TRANSLATE_NOOP("Messages", "the placeholder for erased persons holds no one's data"), ()),
    (r"(.+): unsupported extract format '(.*)' \(use \.json or \.html\)",
     QT_TRANSLATE_NOOP("Messages", "%1: unsupported extract format '%2' (use .json or .html)"), (_same, _same)),
    (r"the retention period must be a whole number of years, not (.*)",
     QT_TRANSLATE_NOOP("Messages", "the retention period must be a whole number of years, not %1"), (_same,)),
    (r"the retention period must be (\d+)-(\d+) years, not (.*)",
     QT_TRANSLATE_NOOP("Messages", "the retention period must be %1-%2 years, not %3"), (_same, _same, _same)),
]
_COMPILED = [(re.compile(pattern, re.DOTALL), template, converters)
             for pattern, template, converters in [*TEMPLATES, *DATA_CARE_TEMPLATES, *TRANSFER_TEMPLATES]]
_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, values: list[str]) -> str:
    """Put %1, %2 … in one pass (a value that itself contains "%2" is left alone)."""
    return _PLACEHOLDER.sub(lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values) else m[0], template)


def translate_legacy(text: str) -> str | None:
    for pattern, template, converters in _COMPILED:
        match = pattern.fullmatch(text)
        if match:
            values = [convert(value) for convert, value in zip(converters, match.groups(), strict=True)]
            return fill(_tr(template), values)
    return None


def translate_message(text: str) -> str:
    from desktop.messages import translate_message as translate

    return translate(text)
