"""Dialogs other than the entity editors: import wizard, backups, duplicates, merge, audit list,
settings and shortcuts."""
