"""Swedish collation (CLDR sv): ... x y z å ä ö, case-insensitive, ü as y, æ as ä, ø as ö."""

from __future__ import annotations

import sqlite3
import unicodedata
from functools import lru_cache

COLLATION = "sv"

# Letters that are their own letters in Swedish, placed after z.
_AFTER_Z = {"å": 1, "ä": 2, "ö": 3}
# Letters that Swedish sorts as another letter.
_EQUIVALENT = {"ü": "y", "æ": "ä", "ø": "ö", "œ": "ö", "ß": "ss", "þ": "th", "ð": "d"}
_Z = ord("z")


def _fold_char(ch: str) -> str:
    if ch in _AFTER_Z:
        return ch
    if ch in _EQUIVALENT:
        return _EQUIVALENT[ch]
    # é -> e, ç -> c, ñ -> n: strip combining marks from everything else.
    decomposed = unicodedata.normalize("NFD", ch)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped or ch


@lru_cache(maxsize=65536)
def sv_key(text: str | None) -> tuple[int, ...]:
    """A sort key: compare two keys to compare two strings the Swedish way."""
    if not text:
        return ()
    key: list[int] = []
    for ch in unicodedata.normalize("NFC", text).lower():
        for folded in _fold_char(ch):
            if folded in _AFTER_Z:
                key.append(_Z + _AFTER_Z[folded])
            else:
                key.append(ord(folded))
    return tuple(key)


def sv_compare(a: str | None, b: str | None) -> int:
    ka, kb = sv_key(a), sv_key(b)
    if ka != kb:
        return -1 if ka < kb else 1
    # Equal under the collation: fall back to the raw text so the order is total.
    a, b = a or "", b or ""
    return (a > b) - (a < b)


def sv_sorted(items, key=lambda x: x):
    return sorted(items, key=lambda item: (sv_key(key(item)), key(item) or ""))


def sv_lower(text):
    """SQLite's lower() and LIKE fold ASCII only; this folds Å Ä Ö (and every other letter) too."""
    return text.lower() if isinstance(text, str) else text


def register(conn: sqlite3.Connection) -> None:
    conn.create_collation(COLLATION, sv_compare)
    conn.create_function("sv_lower", 1, sv_lower, deterministic=True)
