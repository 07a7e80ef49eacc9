"""Transitional: db/ messages still written as English prose, recognised by regular expressions.

Every entry here is a message of db/ that has not yet become a code (db/errors.py); the code's text
then goes into this package's tables and its entry leaves this file. When it is empty, it goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktop.messages.names import _tr, names_in

_names = names_in

_Q = r"'(.*)'"  # a quoted value (may itself contain quotes: the match is over the whole message)
_NAME = r"([a-z_ ]+)"
TEMPLATES: list[tuple[str, str, tuple[Callable[[str], str], ...]]] = [
]


_COMPILED = [(re.compile(pattern, re.DOTALL), template, converters)
             for pattern, template, converters in TEMPLATES]
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
