"""The texts of db/care's codes (backups, restore, the file check, the GDPR duties), and SQLite's own
errors turned into the same codes (db/care/reasons.py)."""

import sqlite3

from PySide6.QtCore import QT_TRANSLATE_NOOP

from db.care.reasons import os_reason, storage_error
from db.errors import Message

TEXT: dict[str, str] = {
    # why a file operation failed (db/care/reasons.py: SQLite's and the system's errors)
    "database_busy": QT_TRANSLATE_NOOP(
        "Messages", "the database is busy: another program or Kunskapsbanken window is writing to "
        "it; try again in a moment"),
    "database_read_only": QT_TRANSLATE_NOOP("Messages", "the database file is read-only; nothing can be saved"),
    "disk_full": QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    "disk_io_error": QT_TRANSLATE_NOOP(
        "Messages", "the disk could not be read or written (disk I/O error); check the disk and try again"),
    "database_file_damaged": QT_TRANSLATE_NOOP("Messages", "the database file is damaged: run restore from a backup"),
    "database_cannot_open": QT_TRANSLATE_NOOP(
        "Messages", "the database's files could not be opened (the file, or its -wal and -shm files beside it); "
        "check the folder's permissions"),
    "sqlite_error": QT_TRANSLATE_NOOP("Messages", "{detail}"),
    "os_error": QT_TRANSLATE_NOOP("Messages", "{detail}"),
    "os_error_at": QT_TRANSLATE_NOOP("Messages", "{path}: {detail}"),
    # why a file cannot be restored (db/care/backup_check.py)
    "backup_missing": QT_TRANSLATE_NOOP("Messages", "no such file"),
    "backup_empty": QT_TRANSLATE_NOOP("Messages", "the file is empty"),
    "backup_not_sqlite": QT_TRANSLATE_NOOP("Messages", "not a SQLite database file"),
    "backup_damaged": QT_TRANSLATE_NOOP("Messages", "the file is damaged ({detail})"),
    "backup_integrity_failed": QT_TRANSLATE_NOOP("Messages", "the file is damaged (integrity_check: {detail})"),
    "backup_not_ours": QT_TRANSLATE_NOOP(
        "Messages", "not a Kunskapsbanken database (it belongs to another program or is empty)"),
    "backup_schema_too_new": QT_TRANSLATE_NOOP(
        "Messages", "its schema version {version} is newer than this app understands ({supported}); "
        "update the app first"),
    # taking a backup (db/care/backup.py), the file check (db/care/check.py)
    "no_such_database_file": QT_TRANSLATE_NOOP("Messages", "{path}: no such database file"),
    "no_such_folder": QT_TRANSLATE_NOOP("Messages", "{path}: no such folder"),
    "file_exists": QT_TRANSLATE_NOOP("Messages", "{path}: the file already exists; choose another name"),
    "backup_not_written": QT_TRANSLATE_NOOP(
        "Messages", "the backup of {database} could not be written in {folder}: {reason}"),
    "backup_failed_check": QT_TRANSLATE_NOOP(
        "Messages", "the backup of {database} failed its check ({problems}); nothing was kept"),
    "backup_failed": QT_TRANSLATE_NOOP("Messages", "the backup of {database} failed: {reason}; nothing was kept"),
    "database_stayed_locked": QT_TRANSLATE_NOOP(
        "Messages", "{path}: the database stayed locked by another program; try again later"),
    # restoring (db/care/restore.py)
    "no_such_backup_file": QT_TRANSLATE_NOOP("Messages", "{path}: no such backup file"),
    "backup_is_the_database": QT_TRANSLATE_NOOP("Messages", "{path} is the database itself; choose a backup file"),
    "cannot_restore": QT_TRANSLATE_NOOP("Messages", "{path} cannot be restored: {problems}. Nothing was changed"),
    "restore_copy_failed_check": QT_TRANSLATE_NOOP(
        "Messages", "the copy of {path} failed its check ({problems}). Nothing was changed"),
    "restore_failed": QT_TRANSLATE_NOOP("Messages", "restoring {path} failed: {reason}"),
    "database_in_use": QT_TRANSLATE_NOOP("Messages", "{path}: the database is in use; close the app first"),
    "restore_target_not_ours": QT_TRANSLATE_NOOP(
        "Messages", "{path} is not a Kunskapsbanken database (it belongs to another program); it was not replaced"),
    "safety_backup_not_written": QT_TRANSLATE_NOOP(
        "Messages", "the safety backup of {database} could not be written in {folder}: {reason}. Nothing was changed"),
    # finding the person (db/care/persons.py)
    "no_person_given": QT_TRANSLATE_NOOP(
        "Messages", "no person given: use a contact id, an e-mail address or the full name"),
    "no_contact_with_email": QT_TRANSLATE_NOOP(
        "Messages", "no contact has the e-mail address '{value}' (use a contact id, an e-mail "
        "address or the exact full name)"),
    "no_contact_with_name": QT_TRANSLATE_NOOP(
        "Messages", "no contact has the name '{value}' (use a contact id, an e-mail address or the exact full name)"),
    "ambiguous_email": QT_TRANSLATE_NOOP(
        "Messages", "{count} contacts have the e-mail address '{value}': {candidates}. Nothing was "
        "done; use the id to choose one."),
    "ambiguous_name": QT_TRANSLATE_NOOP(
        "Messages", "{count} contacts have the name '{value}': {candidates}. Nothing was done; use "
        "the id to choose one."),
    "person_match": QT_TRANSLATE_NOOP("Messages", "{id} {name} ({where})"),
    "person_match_deleted": QT_TRANSLATE_NOOP("Messages", "{id} {name} ({where}, deleted)"),
    "no_organisation": QT_TRANSLATE_NOOP("Messages", "no organisation"),
    "erased_placeholder": QT_TRANSLATE_NOOP("Messages", "the placeholder for erased persons holds no one's data"),
    # the register extract, erasure and retention (db/care/extract.py, erasure_backups.py, retention.py)
    "unsupported_extract_format": QT_TRANSLATE_NOOP(
        "Messages", "{path}: unsupported extract format '{suffix}' (use .json or .html)"),
    "backup_not_cleaned": QT_TRANSLATE_NOOP("Messages", "the backup {path} could not be cleaned: {reason}"),
    "index_not_purged": QT_TRANSLATE_NOOP(
        "Messages", "the search index {folder} still holds the erased data and could not be rebuilt or "
        "removed ({reason}); it is finished the next time the database is opened"),
    "index_rebuild_failed": QT_TRANSLATE_NOOP("Messages", "the rebuild failed"),
    "backup_folder_missing": QT_TRANSLATE_NOOP(
        "Messages", "the backup folder {path} is not there (an unplugged disk?); the backups in it are "
        "cleaned the next time the database is opened with the folder there"),
    "database_not_compacted": QT_TRANSLATE_NOOP(
        "Messages", "the database file could not be compacted (another program had it open, or the disk is "
        "full): old pages may still hold the erased data until the next time the database is "
        "opened"),
    "erasure_unfinished": QT_TRANSLATE_NOOP(
        "Messages", "the erasure was interrupted before the search index, the backups and the file were done; "
        "they are done the next time the database is opened"),
    "retention_years_not_whole": QT_TRANSLATE_NOOP(
        "Messages", "the retention period must be a whole number of years, not {value}"),
    "retention_years_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "the retention period must be {minimum}-{maximum} years, not {value}"),
}


def sqlite_message(error: sqlite3.Error) -> Message:
    """An SQLite error that reached the desktop uncaught by db/ (a write refused because another
    program holds the database, a full disk): the same code the command line gives it."""
    return storage_error(error).message


def os_message(error: OSError) -> Message:
    """A system error that reached the desktop uncaught (a full disk, a file that cannot be written)."""
    return os_reason(error)
