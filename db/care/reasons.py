"""Why a file operation failed, as a Message: SQLite's and the operating system's errors turned into
codes (a busy or read-only database, a full disk, a damaged file), so that every interface can phrase
them in its language. The rest keeps the library's own text as `detail`.

db/care uses the Messages where it catches an error itself (a backup that cannot be written);
`storage_error` is the same classification for an error nothing in db/ caught, which the command
line (cli/main.py) and the desktop (desktop/messages) show as one line.
"""

from __future__ import annotations

import errno
import os
import sqlite3

from db.errors import CodedError, Message

# SQLite's primary result codes (the low byte of an extended code) and what they mean for a user.
_PRIMARY = {
    sqlite3.SQLITE_BUSY: "database_busy",
    sqlite3.SQLITE_LOCKED: "database_busy",
    sqlite3.SQLITE_READONLY: "database_read_only",
    sqlite3.SQLITE_FULL: "disk_full",
    sqlite3.SQLITE_IOERR: "disk_io_error",
}
# ... and what they mean for the database in use (for another file, a backup, SQLite's text says it).
_OF_THE_DATABASE = {
    sqlite3.SQLITE_CORRUPT: "database_file_damaged",
    sqlite3.SQLITE_NOTADB: "database_file_damaged",
    sqlite3.SQLITE_CANTOPEN: "database_cannot_open",
}
# What SQLite writes when it gives no code (an error raised by the sqlite3 module itself).
_TEXTS = (("database is locked", "database_busy"), ("database table is locked", "database_busy"),
          ("attempt to write a readonly database", "database_read_only"), ("database or disk is full", "disk_full"))
_FULL = (errno.ENOSPC, errno.EDQUOT)


class StorageError(CodedError):
    """SQLite or the system refused to read or write the database (busy, full disk, read-only,
    damaged): the error nothing in db/ caught, with the code an interface phrases."""


def sqlite_reason(exc: sqlite3.Error) -> Message:
    """database_busy, database_read_only, disk_full, disk_io_error, or sqlite_error with SQLite's
    own text (for any file: the database, a backup)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _PRIMARY:
        return Message(_PRIMARY[code & 0xFF])
    text = " ".join(str(exc).split())
    for known, found in _TEXTS:
        if text == known:
            return Message(found)
    return Message("sqlite_error", {"detail": text})


def storage_error(exc: sqlite3.Error) -> StorageError:
    """An SQLite error of the database in use as a CodedError: sqlite_reason's codes, and a damaged
    file (SQLITE_CORRUPT, or SQLITE_NOTADB: it stopped being a database while open) or one whose
    files cannot be opened."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _OF_THE_DATABASE:
        return StorageError(_OF_THE_DATABASE[code & 0xFF])
    reason = sqlite_reason(exc)
    return StorageError(reason.code, **reason.params)


def is_busy(exc: sqlite3.Error) -> bool:
    """Is this SQLite error another connection holding the database?"""
    return sqlite_reason(exc).code == "database_busy"


def os_reason(exc: OSError) -> Message:
    """disk_full, or the operating system's reason (its own text, in its own language) with the
    file when known."""
    if exc.errno in _FULL:
        return Message("disk_full")
    detail = exc.strerror or str(exc)
    if exc.filename:
        return Message("os_error_at", {"path": os.fsdecode(exc.filename), "detail": detail})
    return Message("os_error", {"detail": detail})
