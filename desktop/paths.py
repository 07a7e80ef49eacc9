"""Where the app keeps the user's own database and the demo database."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Kunskapsbanken"


def data_dir() -> Path:
    path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def user_database() -> Path:
    return data_dir() / "kunskapsbanken.db"


def demo_database() -> Path:
    return data_dir() / "demo.db"
