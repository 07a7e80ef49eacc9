"""Taking care of the data: backups and restore, the file check, and the GDPR duties (register
extract, erasure, retention review, audit list)."""
