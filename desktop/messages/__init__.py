"""db/'s messages in the interface language: one lookup table from code to text.

db/ names a problem with a code and parameters (db/errors.py): FieldError("emails[0]", "invalid_email",
value="anna@"). `TEXT` holds the English source of each code's text (QT_TRANSLATE_NOOP in the
"Messages" context, Swedish in resources/translations/sv_*.py); `translate_message` translates it
and fills in the parameters (names of fields and tables translated, amounts as "83 500 000 kr").
The table is gathered from one module per part of db/ (core, search, interchange, care), so each
part's texts sit beside each other; tests/desktop/test_translations.py checks that the table knows
every code and the command line's table (cli/messages/) has the same codes and parameters.
"""

from __future__ import annotations

import logging
import re
import sqlite3

from PySide6.QtCore import QT_TRANSLATE_NOOP

from db.errors import CodedError, Message, fill, message_of
from db.validation import FieldError, ValidationError, format_sek
from desktop.messages import care, core, dedupe, demo, interchange, search, sharing
from desktop.messages.names import CONTEXT, _tr, translate_name

log = logging.getLogger(__name__)

TEXT: dict[str, str] = {**core.TEXT, **search.TEXT, **interchange.TEXT, **care.TEXT, **dedupe.TEXT, **demo.TEXT,
                        **sharing.TEXT}

# The label of a row of a list field: "emails[1]" -> "emails (row 2)".
ROW = QT_TRANSLATE_NOOP("Messages", "{field} (row {row})")
_INDEXED = re.compile(r"^(?P<name>\w+)\[(?P<index>\d+)\](?:\.(?P<sub>\w+))?$")


def translate_message(message: Message | CodedError | str) -> str:
    """A message of db/ in the interface language. An unknown code is shown as it is (and logged)."""
    found = message_of(message)
    template = TEXT.get(found.code)
    if template is None:
        if re.fullmatch(r"[a-z][a-z0-9_]*", found.code):
            log.warning("no text for the message code %s", found.code)
        return str(found)
    return fill(_tr(template), found.params, name=field_label, amount=format_sek, nested=translate_message)


def field_label(field: str) -> str:
    """A FieldError's field in the interface language: "affiliations[0].from_date" ->
    "anknytningar (rad 1), från-datum" in Swedish."""
    match = _INDEXED.match(field)
    if not match:
        return translate_name(field)
    label = _tr(ROW).format(field=translate_name(match["name"]), row=int(match["index"]) + 1)
    return f"{label}, {translate_name(match['sub'])}" if match["sub"] else label


def translate_field_error(error: FieldError) -> str:
    """"field: message" in the interface language."""
    return f"{field_label(error.field)}: {translate_message(error.message)}"


def translate_error(error: BaseException | str) -> str:
    """An exception from db/ as text in the interface language (a ValidationError field by field)."""
    from db.interchange.incoming_records import ImportFileError

    if isinstance(error, ValidationError):
        return "; ".join(translate_field_error(e) for e in error.errors)
    if isinstance(error, ImportFileError):
        return translate_import_error(error)
    if isinstance(error, CodedError):
        return translate_message(error)
    if isinstance(error, sqlite3.Error):  # SQLite's own error, not caught by db/: the same codes
        return translate_message(care.sqlite_message(error))
    if isinstance(error, OSError):  # the system's (a full disk, a folder that cannot be written)
        return translate_message(care.os_message(error))
    return translate_message(str(error))


def translate_import_error(error) -> str:
    """"kontakter.csv, line 3, field E-post: reason" in the interface language."""
    where = error.path.name
    if error.line is not None:
        where = _tr(QT_TRANSLATE_NOOP("Messages", "{file}, line {line}")).format(file=where, line=error.line)
    if error.field:
        where = _tr(QT_TRANSLATE_NOOP("Messages", "{where}, field {field}")).format(
            where=where, field=field_label(error.field))
    return _tr(QT_TRANSLATE_NOOP("Messages", "{where}: {reason}")).format(
        where=where, reason=translate_message(error.reason))


__all__ = ["CONTEXT", "TEXT", "field_label", "translate_error", "translate_field_error", "translate_import_error",
           "translate_message", "translate_name"]
