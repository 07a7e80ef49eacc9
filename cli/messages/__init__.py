"""db/'s messages in the command line's language (English): one lookup table from code to text.

The table is gathered from one module per part of db/ (core, search, interchange, care), like the
desktop's (desktop/messages/); a test checks both know the same codes with the same parameters.
"""

from __future__ import annotations

import logging

from cli.messages import care, core, dedupe, demo, interchange, search, sharing
from db.errors import CodedError, Message, fill, message_of
from db.interchange.incoming_records import ImportFileError
from db.validation import FieldError, ValidationError, format_sek

log = logging.getLogger(__name__)

TEXT: dict[str, str] = {**core.TEXT, **search.TEXT, **interchange.TEXT, **care.TEXT, **dedupe.TEXT, **demo.TEXT,
                        **sharing.TEXT}


def describe(message: Message | CodedError | str) -> str:
    """A message of db/ as an English sentence; an unknown code is shown as it is."""
    found = message_of(message)
    template = TEXT.get(found.code)
    if template is None:
        return found.code if not found.params else str(found)
    return fill(template, found.params, name=_name, amount=format_sek, nested=describe)


def _name(name: str) -> str:
    return name


def describe_field_error(error: FieldError) -> str:
    return f"{error.field}: {describe(error.message)}"


def describe_file_error(error: ImportFileError) -> str:
    """"kontakter.csv, line 3, field emails: reason" (the desktop says the same in its language)."""
    where = error.path.name
    if error.line is not None:
        where += f", line {error.line}"
    if error.field:
        where += f", field {error.field}"
    return f"{where}: {describe(error.reason)}"


def describe_error(error: BaseException) -> str:
    """An exception from db/ as one English line."""
    if isinstance(error, ImportFileError):
        return describe_file_error(error)
    if isinstance(error, ValidationError):
        return "; ".join(describe_field_error(e) for e in error.errors)
    if isinstance(error, CodedError):
        return describe(error)
    return str(error)
