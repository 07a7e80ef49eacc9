"""Where the app keeps its own files: the user data folder (databases, logs, backups).

KUNSKAPSBANKEN_DATA_DIR overrides the platform's folder (tests, portable installs).
Every folder made here is readable by the user alone (0700 on POSIX).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Kunskapsbanken"
ENV_DATA_DIR = "KUNSKAPSBANKEN_DATA_DIR"


def private_dir(path: Path) -> Path:
    """Create the folder (and its parents) if needed; owner-only permissions."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def data_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    return private_dir(Path(override) if override else user_data_path(APP_NAME, appauthor=False))


def default_backup_dir(db_path: Path | str) -> Path:
    """The default backup folder of one database file: in the user data folder, named after
    the file and a short hash of its full path, so two databases never share backups.
    (Not created here.)"""
    path = Path(db_path).resolve()
    digest = hashlib.sha256(str(path).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{path.stem}-{digest}"
