"""Taking care of the data: backups and restore, the file check, and the GDPR duties.

    backup            taking a backup (BackupError, BackupInfo, backup_now, take_backup)
    backup_check      is a backup file sound and ours (verify_backup)
    backup_rotation   listing a folder's backups, rotation, the automatic backup
    restore           replacing the database with a backup (restore_backup)
    sqlite_files      temp files, fsync and read-only connections for the two above
    reasons           SQLite's and the OS's errors as Messages (database_busy, disk_full ...)
    check             `check`: is a database file sound (read-only)
    persons           finding the person a request is about (PersonNotFound, AmbiguousPerson)
    mentions          a person's names, addresses and numbers in free text: found and replaced
    extract           the register extract, art. 15 (extract_html: its printable page)
    erasure           erasure, art. 17, as one logged operation; erasing again after a restore
    erasure_rows      the rows an erasure removes and rewrites (logged in the live database)
    erasure_backups   erasing from the backup files too
    compaction        VACUUM and an empty WAL after an erasure
    retention         the retention review and its period
    audit             the audit list of these events
"""
