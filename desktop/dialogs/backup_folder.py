"""The backup folder of a database: a per-database setting (desktop/settings.py BACKUP_FOLDER; default:
the user data folder's backups, db.paths.default_backup_dir), so the demo database and one's own
never share a folder by default; and every place its backups may be in, for an erasure to clean. A folder
chosen here is noted in the database too (desktop/dialogs/backups.py), so it is not this computer's alone."""

from __future__ import annotations

from pathlib import Path

from db.care.backup_folders import default_backup_locations
from db.paths import default_backup_dir
from desktop import settings


def backup_folder(db_path: Path) -> Path:
    """The folder this database's backups go to (the setting, else the default)."""
    chosen = settings.BACKUP_FOLDER.get(default_backup_dir(db_path).name)
    return Path(chosen) if chosen else default_backup_dir(db_path)


def set_backup_folder(db_path: Path, folder: Path | None) -> None:
    """Choose the backup folder of this database; None goes back to the default."""
    if folder is None or Path(folder) == default_backup_dir(db_path):
        settings.BACKUP_FOLDER.remove(default_backup_dir(db_path).name)
    else:
        settings.BACKUP_FOLDER.set(str(folder), default_backup_dir(db_path).name)


def backup_locations(db_path: Path) -> list[Path]:
    """The places this computer's settings and the defaults say this database's backups may be in:
    the chosen folder, the default one and the copies taken beside the file before a schema upgrade.
    An erasure cleans them and every folder the database itself knows (db.care.backup_folders:
    every folder a backup was written to or chosen in, on any computer)."""
    found: list[Path] = []
    for place in (backup_folder(db_path), *default_backup_locations(db_path)):
        if place not in found:
            found.append(place)
    return found
