"""Why a file operation failed, as a Message: SQLite's and the operating system's errors turned into
codes where db/care catches them (a busy or read-only database, a full disk), so that every
interface can phrase them in its language. The rest keeps the library's own text as `detail`.
"""

from __future__ import annotations

import sqlite3

from db.errors import Message

# SQLite's primary result codes (the low byte of an extended code).
_BUSY_CODES = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
_SQLITE_READONLY = 8
_SQLITE_FULL = 13
# What SQLite writes when it gives no code (an error raised by the sqlite3 module itself).
_TEXTS = (("database is locked", "database_busy"), ("database table is locked", "database_busy"),
          ("attempt to write a readonly database", "database_read_only"), ("database or disk is full", "disk_full"))


def sqlite_reason(exc: sqlite3.Error) -> Message:
    """database_busy, database_read_only, disk_full, or sqlite_error with SQLite's own text."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        primary = code & 0xFF
        if primary in _BUSY_CODES:
            return Message("database_busy")
        if primary == _SQLITE_READONLY:
            return Message("database_read_only")
        if primary == _SQLITE_FULL:
            return Message("disk_full")
    text = " ".join(str(exc).split())
    for known, found in _TEXTS:
        if text == known:
            return Message(found)
    return Message("sqlite_error", {"detail": text})


def is_busy(exc: sqlite3.Error) -> bool:
    """Is this SQLite error another connection holding the database?"""
    return sqlite_reason(exc).code == "database_busy"


def os_reason(exc: OSError) -> Message:
    """The operating system's reason (its own text, in its own language), with the file when known."""
    detail = exc.strerror or str(exc)
    if exc.filename:
        return Message("os_error_at", {"path": str(exc.filename), "detail": detail})
    return Message("os_error", {"detail": detail})

