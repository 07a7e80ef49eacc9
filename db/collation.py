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
# å ä ö become the three code points right after z; the characters that held them sort after ö.
_AFTER_Z_CHAR = {"å": "{", "ä": "|", "ö": "}"}
_DISPLACED = {"{": "~", "|": "~", "}": "~"}


def _fold_char(ch: str) -> str:
    if ch in _AFTER_Z:
        return ch
    if ch in _EQUIVALENT:
        return _EQUIVALENT[ch]
    # é -> e, ç -> c, ñ -> n: strip combining marks from everything else.
    decomposed = unicodedata.normalize("NFD", ch)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped or ch


def _build_table() -> dict[int, str]:
    """One str.translate table for every lower-case Latin letter: the key is built in C."""
    table: dict[int, str] = {ord(k): v for k, v in _DISPLACED.items()}
    for code in range(0x80, 0x250):
        ch = chr(code)
        if ch.lower() != ch:
            continue
        folded = "".join(_AFTER_Z_CHAR.get(c, c) for c in _fold_char(ch))
        if folded != ch:
            table[code] = folded
    return table


_TABLE = _build_table()


@lru_cache(maxsize=65536)
def sv_key(text: str | None) -> str:
    """A sort key: compare two keys (plain strings) to compare two texts the Swedish way."""
    if not text:
        return ""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.lower().translate(_TABLE)


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
