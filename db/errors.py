"""Messages as codes: db/ names what happened with a code and its parameters, never a sentence.

    raise UserError("file_not_found", path=str(path))
    raise InvalidValue("invalid_email", value=text)          # a single value (validation)
    FieldError("emails[0]", "invalid_email", value=text)     # in a ValidationError
    saved.warnings == [Message("low_cofinancing", share=42, minimum=50)]

Each interface turns codes into its own language with one lookup table: the desktop in
desktop/messages/ (Qt Linguist, Swedish and English), the command line in cli/messages/ (English).
A test checks that both tables know every code db/ uses, with the same parameters.

`fill` puts the parameters into a template the same way for both interfaces; parameter names carry
their kind, so each interface can show them in its language:

- `field`, `fields`, `*_field`, `entity`, `*_entity`: names of fields and tables (translated);
- `*_sek`: amounts in kronor (shown as "83 500 000 kr");
- `reason`, `*_reason`: a nested Message or CodedError (phrased itself);
- lists are joined with ", ".

Every value is shown `printable`: a file name that is not valid UTF-8 (its undecodable bytes reach
Python as lone surrogates) shows those bytes as \\xff, so no message can fail to be written.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Message:
    """A message as data: a code (snake_case) and its parameters."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        """For logs and tests: the code and its parameters, not a sentence for a user."""
        return describe_plain(self.code, self.params)

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.params))))


class CodedError(Exception):
    """An error whose message is a code and parameters."""

    def __init__(self, code: str, /, **params: Any):
        self.code, self.params = code, params
        super().__init__(code)

    @property
    def message(self) -> Message:
        return Message(self.code, self.params)

    def __str__(self) -> str:
        return describe_plain(self.code, self.params)


class UserError(CodedError):
    """Bad input the user can correct: a missing file, an ambiguous name, a wrong argument.
    The command line reports it as one line on stderr with exit status 2."""


class InvalidValue(CodedError, ValueError):
    """One value that does not parse (an e-mail address, a date, an amount)."""


ESCAPE = "kunskapsbanken-escape"


def _escape(error: UnicodeError) -> tuple[str, int]:
    """An encoding error handler: a byte that was not valid UTF-8 (surrogateescape's U+DC80..U+DCFF)
    as \\xNN, any other character the encoding lacks as \\uNNNN (as backslashreplace would)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    shown = []
    for char in error.object[error.start:error.end]:
        point = ord(char)
        if 0xDC80 <= point <= 0xDCFF:
            shown.append(f"\\x{point - 0xDC00:02x}")
        else:
            shown.append(f"\\x{point:02x}" if point <= 0xFF else f"\\u{point:04x}" if point <= 0xFFFF
                         else f"\\U{point:08x}")
    return "".join(shown), error.end


codecs.register_error(ESCAPE, _escape)


def printable(text: str) -> str:
    """The text as valid UTF-8 can hold it: a file name's undecodable bytes (b"\\xff.vcf" arrives as
    "\\udcff.vcf") shown as "\\xff.vcf", a lone surrogate as "\\ud800"; other text unchanged."""
    return text.encode("utf-8", ESCAPE).decode("utf-8")


def describe_plain(code: str, params: Mapping[str, Any]) -> str:
    if not params:
        return code
    return f"{code}(" + ", ".join(f"{k}={v!r}" for k, v in params.items()) + ")"


def message_of(value: Message | CodedError | str) -> Message:
    """A Message from whatever db/ hands over (a plain string is a code without parameters)."""
    if isinstance(value, Message):
        return value
    if isinstance(value, CodedError):
        return value.message
    return Message(str(value))


def is_name_param(key: str) -> bool:
    return key in ("field", "fields", "entity", "entities") or key.endswith(("_field", "_fields", "_entity"))


def fill(template: str, params: Mapping[str, Any], *, name: Callable[[str], str],
         amount: Callable[[int], str], nested: Callable[[Message], str]) -> str:
    """The template with each {param} replaced by its value as this interface shows it."""
    shown: dict[str, str] = {}
    for key, value in params.items():
        shown[key] = _show(key, value, name=name, amount=amount, nested=nested)
    try:
        return template.format_map(shown)
    except (KeyError, IndexError, ValueError):
        # A template that lost a placeholder must not hide the message.
        return f"{template} ({', '.join(f'{k}={v}' for k, v in shown.items())})"


def _show(key: str, value: Any, *, name, amount, nested) -> str:
    if isinstance(value, (Message, CodedError)):
        return nested(message_of(value))
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(_show(key, item, name=name, amount=amount, nested=nested) for item in value)
    if value is None:
        return ""
    if is_name_param(key):
        return name(printable(str(value)))
    if key.endswith("_sek") and isinstance(value, int) and not isinstance(value, bool):
        return amount(value)
    return printable(str(value))
