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
             for pattern, template, converters in [*TEMPLATES, *DATA_CARE_TEMPLATES]]
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
