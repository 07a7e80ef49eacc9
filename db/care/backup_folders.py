"""The backup folders a database has used, known to the database itself (table backup_folder,
schema step 4), not only to one computer's settings: every folder a backup of it was written
to (the command line, the app, an import, a restore's safety copy) or that was chosen for it in
the app, and every single file written with `backup -o`. An erasure cleans the backups in all of
them (db.care.erasure); one that is not there now (an unplugged disk) is reported, not skipped.

The rows are this file's own (paths of this computer): they are not in the change log. Nothing
here logs personal data: only folder names.
"""

from __future__ import annotations

import glob
import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db import changelog
from db.care.reasons import is_busy
from db.care.sqlite_files import has_table
from db.connection import BUSY_TIMEOUT_MS, may_write
from db.paths import default_backup_dir

log = logging.getLogger(__name__)

TABLE = "backup_folder"
FOLDER, FILE = "folder", "file"


@dataclass(frozen=True)
class Location:
    """A place backups of the database may be: a folder of *.db files, or one file."""

    path: Path
    kind: str = FOLDER
    recorded: bool = False  # known to the database (its absence is then worth reporting)


def _normal(path: Path) -> Path:
    return Path(path).expanduser().absolute()


def record_backup_folder(conn: sqlite3.Connection, location: Path, kind: str = FOLDER) -> bool:
    """Note in the database that backups of it are in this folder (or are this one file).
    False when it cannot be noted (an older or read-only file): the backup goes on regardless."""
    path = str(_normal(location))
    now = changelog.utc_now()
    try:
        if not has_table(conn, TABLE):
            return False
        # Read first: a folder already known needs no write (every automatic backup passes here).
        if conn.execute(f"SELECT 1 FROM {TABLE} WHERE path = ?", [path]).fetchone() is not None:
            return True
        conn.execute(f"INSERT OR IGNORE INTO {TABLE} (path, kind, first_used_at, last_used_at) VALUES (?, ?, ?, ?)",
                     [path, kind, now, now])
    except sqlite3.Error as exc:
        if is_busy(exc):
            # The command's own write meets the same lock and says so, in one line.
            log.info("backup folder not noted: the database is busy")
            return False
        log.warning("the backup folder %s could not be noted in the database (%s)", Path(path).name,
                    type(exc).__name__)
        return False
    return True


def note_backup_folder(kb: Any, location: Path) -> bool:
    """record_backup_folder on an open knowledge base (the app's folder setting, on its worker)."""
    return record_backup_folder(kb.db.conn, location, FOLDER)


def record_in_file(db_path: Path, location: Path, kind: str = FOLDER) -> bool:
    """record_backup_folder through a short connection of its own (the `backup` command). A file the
    user made read-only is not written (db.connection.may_write): its backup is taken, not noted."""
    if not may_write(db_path):
        log.info("backup folder not noted: the database file may not be written")
        return False
    try:
        conn = sqlite3.connect(str(db_path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        return record_backup_folder(conn, location, kind)
    finally:
        conn.close()


def known_backup_folders(conn: sqlite3.Connection) -> list[Location]:
    """Every backup location the database has noted, oldest first."""
    try:
        if not has_table(conn, TABLE):
            return []
        rows = conn.execute(f"SELECT path, kind FROM {TABLE} ORDER BY first_used_at, path").fetchall()
    except sqlite3.Error as exc:
        log.warning("the backup folders could not be read (%s)", type(exc).__name__)
        return []
    return [Location(Path(path), kind, recorded=True) for path, kind in rows]


def default_backup_locations(db_path: Path) -> list[Path]:
    """Where the backups of a database are by default: its backup folder in the user data folder
    and the copies taken beside it before a schema migration (<stem>.v<N>-<stamp>.bak<suffix>)."""
    db_path = Path(db_path)
    locations: list[Path] = [default_backup_dir(db_path)]
    pattern = f"{glob.escape(db_path.stem)}.v*.bak{glob.escape(db_path.suffix)}"
    locations += sorted(db_path.parent.glob(pattern))
    return locations


def all_backup_locations(conn: sqlite3.Connection | None, db_path: Path | None,
                         extra: Iterable[Path] = ()) -> list[Location]:
    """The default locations, every location the database knows and the extra ones given (a
    folder, or a file), each once."""
    found: dict[Path, Location] = {}

    def add(location: Location) -> None:
        key = _normal(location.path)
        before = found.get(key)
        if before is None or location.recorded:
            found[key] = Location(key, location.kind, location.recorded or (before is not None and before.recorded))

    if db_path is not None:
        for place in default_backup_locations(db_path):
            add(Location(place, FILE if place.is_file() else FOLDER))
    for location in known_backup_folders(conn) if conn is not None else []:
        add(location)
    for place in extra:
        add(Location(Path(place), FILE if Path(place).is_file() else FOLDER))
    return list(found.values())


def unreachable(location: Location, db_path: Path | None) -> bool:
    """A known location that is not there now: a folder that is missing, a file whose folder is
    missing (a file removed from a folder that is there is simply gone). The database's default
    backup folder is not reported: it is made when the first backup is written."""
    if location.kind == FILE:
        return location.recorded and not location.path.parent.is_dir()
    if location.path.is_dir() or not location.recorded:
        return False
    return db_path is None or _normal(location.path) != _normal(default_backup_dir(db_path))
