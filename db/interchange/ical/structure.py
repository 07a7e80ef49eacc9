"""An iCalendar file's structure: its text, its unfolded lines (each with the line it starts on) and
its BEGIN ... END components, so every message can name a line; and one content line's parts
(icalendar's parser, never its process-wide cache of custom time zones).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from icalendar.parser import Contentline

from db.errors import Message
from db.interchange.incoming_records import ImportFileError, looks_binary

_CONTENT_LINE = re.compile(r"[A-Za-z0-9-]+[;:]")

@dataclass
class Block:
    """One BEGIN ... END component: its own lines (number, text) and the components in it."""
    name: str
    line: int
    first: int                      # index of the BEGIN line among the file's logical lines
    last: int = -1                  # index of the END line
    lines: list[tuple[int, str]] = field(default_factory=list)
    children: list[Block] = field(default_factory=list)


def decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        if looks_binary(data):
            raise ImportFileError(path, Message("ical_binary"))
        encoding = "utf-8-sig"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        reason = Message("ical_wrong_encoding", {"encoding": encoding.removesuffix("-sig").upper(),
                                                  "byte": exc.start + 1})
        raise ImportFileError(path, reason, line=line) from None


def logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded lines with the number of the physical line each starts on; blank lines dropped."""
    result: list[tuple[int, str]] = []
    number, parts = 0, []
    for n, raw in enumerate(re.split(r"\r\n|\r|\n", text), 1):
        if raw[:1] in (" ", "\t") and parts:
            parts.append(raw[1:])
            continue
        if parts and parts[0].strip():
            result.append((number, "".join(parts)))
        number, parts = n, [raw]
    if parts and parts[0].strip():
        result.append((number, "".join(parts)))
    return result


def scan(path: Path, lines: list[tuple[int, str]], warnings: list[Message]) -> list[Block]:
    """The VCALENDAR components of the file; an ImportFileError for a broken structure."""
    if not lines:
        raise ImportFileError(path, Message("file_empty"))
    first_number, first = lines[0]
    if first.strip().upper() != "BEGIN:VCALENDAR":
        if first.strip().upper() == "BEGIN:VCARD":
            raise ImportFileError(path, Message("vcard_not_ical"), line=first_number)
        raise ImportFileError(path, Message("not_an_ical_file"), line=first_number)
    calendars: list[Block] = []
    stack: list[Block] = []
    for index, (number, text) in enumerate(lines):
        head = text[:6].upper()
        if head == "BEGIN:":
            name = text[6:].strip().upper()
            if not name:
                raise ImportFileError(path, Message("begin_without_name"), line=number)
            if not stack and name != "VCALENDAR":
                raise ImportFileError(path, Message("begin_outside_calendar", {"component": name}), line=number)
            block = Block(name, number, index)
            (stack[-1].children if stack else calendars).append(block)
            stack.append(block)
        elif head[:4] == "END:":
            name = text[4:].strip().upper()
            if not stack:
                raise ImportFileError(path, Message("end_without_begin", {"component": name}), line=number)
            if stack[-1].name != name:
                reason = Message("end_mismatch", {"component": name, "expected": stack[-1].name,
                                                  "begin_line": stack[-1].line})
                raise ImportFileError(path, reason, line=number)
            stack.pop().last = index
        elif stack:
            stack[-1].lines.append((number, text))
        else:
            warnings.append(Message("text_after_calendar", {"line": number}))
            break
    if stack:
        open_block = stack[-1]
        raise ImportFileError(path, Message("component_not_closed", {"component": open_block.name}),
                              line=open_block.line)
    return calendars


def content_parts(text: str) -> tuple[str, dict, str] | None:
    """(NAME, parameters, raw value) of a content line, or None when it is not one."""
    if not _CONTENT_LINE.match(text):
        return None
    try:
        name, params, value = Contentline(text).raw_parts()
    except Exception:
        # icalendar raises assorted errors (not only ValueError) on malformed lines.
        return None
    return name.upper(), params, value


def parameter(params, name: str) -> str | None:
    value = params.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def not_a_line(text: str) -> Message:
    """A line that is no NAME:value content line (shortened, for the message)."""
    shown = text if len(text) <= 40 else text[:39] + "…"
    return Message("not_an_ical_line", {"text": shown})

