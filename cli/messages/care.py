"""The command line's texts of db/care's codes (backups, restore, the file check, the GDPR duties)."""

TEXT: dict[str, str] = {
    # why a file operation failed (db/care/reasons.py: SQLite's and the system's errors)
    "database_busy": ("the database is busy: another program or Kunskapsbanken window is writing to "
                      "it; try again in a moment"),
    "database_read_only": "the database file is read-only; nothing can be saved",
    "disk_full": "the disk is full",
    "disk_io_error": "the disk could not be read or written (disk I/O error); check the disk and try again",
    "database_file_damaged": "the database file is damaged: run restore from a backup",
    "database_cannot_open": ("the database's files could not be opened (the file, or its -wal and -shm files "
                             "beside it); check the folder's permissions"),
    "sqlite_error": "{detail}",
    "os_error": "{detail}",
    "os_error_at": "{path}: {detail}",
    # why a file cannot be restored (db/care/backup_check.py)
    "backup_missing": "no such file",
    "backup_empty": "the file is empty",
    "backup_not_sqlite": "not a SQLite database file",
    "backup_damaged": "the file is damaged ({detail})",
    "backup_integrity_failed": "the file is damaged (integrity_check: {detail})",
    "backup_not_ours": "not a Kunskapsbanken database (it belongs to another program or is empty)",
    "backup_schema_too_new": ("its schema version {version} is newer than this app understands ({supported}); "
                              "update the app first"),
    # taking a backup (db/care/backup.py), the file check (db/care/check.py)
    "no_such_database_file": "{path}: no such database file",
    "no_such_folder": "{path}: no such folder",
    "file_exists": "{path}: the file already exists; choose another name",
    "backup_not_written": "the backup of {database} could not be written in {folder}: {reason}",
    "backup_failed_check": "the backup of {database} failed its check ({problems}); nothing was kept",
    "backup_failed": "the backup of {database} failed: {reason}; nothing was kept",
    "database_stayed_locked": "{path}: the database stayed locked by another program; try again later",
    # restoring (db/care/restore.py)
    "no_such_backup_file": "{path}: no such backup file",
    "backup_is_the_database": "{path} is the database itself; choose a backup file",
    "cannot_restore": "{path} cannot be restored: {problems}. Nothing was changed",
    "restore_copy_failed_check": "the copy of {path} failed its check ({problems}). Nothing was changed",
    "restore_failed": "restoring {path} failed: {reason}",
    "database_in_use": "{path}: the database is in use; close the app first",
    "restore_target_not_ours": ("{path} is not a Kunskapsbanken database (it belongs to another program); it was "
                                "not replaced"),
    "safety_backup_not_written": ("the safety backup of {database} could not be written in {folder}: {reason}. "
                                  "Nothing was changed"),
    # finding the person (db/care/persons.py)
    "no_person_given": "no person given: use a contact id, an e-mail address or the full name",
    "no_contact_with_email": ("no contact has the e-mail address '{value}' (use a contact id, an e-mail "
                              "address or the exact full name)"),
    "no_contact_with_name": ("no contact has the name '{value}' (use a contact id, an e-mail address or the "
                             "exact full name)"),
    "ambiguous_email": ("{count} contacts have the e-mail address '{value}': {candidates}. Nothing was "
                        "done; use the id to choose one."),
    "ambiguous_name": ("{count} contacts have the name '{value}': {candidates}. Nothing was done; use "
                       "the id to choose one."),
    "person_match": "{id} {name} ({where})",
    "person_match_deleted": "{id} {name} ({where}, deleted)",
    "no_organisation": "no organisation",
    "erased_placeholder": "the placeholder for erased persons holds no one's data",
    # the register extract, erasure and retention (db/care/extract.py, erasure_backups.py, retention.py)
    "unsupported_extract_format": "{path}: unsupported extract format '{suffix}' (use .json or .html)",
    "backup_not_cleaned": "the backup {path} could not be cleaned: {reason}",
    "index_not_purged": ("the search index {folder} still holds the erased data and could not be rebuilt "
                         "or removed ({reason}); it is finished the next time the database is opened"),
    "index_rebuild_failed": "the rebuild failed",
    "backup_folder_missing": ("the backup folder {path} is not there (an unplugged disk?); the backups in it are "
                              "cleaned the next time the database is opened with the folder there"),
    "database_not_compacted": ("the database file could not be compacted (another program had it open, or the "
                               "disk is full): old pages may still hold the erased data until the next time "
                               "the database is opened"),
    "erasure_unfinished": ("the erasure was interrupted before the search index, the backups and the file "
                           "were done; they are done the next time the database is opened"),
    "retention_years_not_whole": "the retention period must be a whole number of years, not {value}",
    "retention_years_out_of_range": "the retention period must be {minimum}-{maximum} years, not {value}",
}
