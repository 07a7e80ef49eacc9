"""Where the app keeps the user's own database and the demo database."""

from __future__ import annotations

from pathlib import Path

from db.paths import APP_NAME, data_dir

__all__ = ["APP_NAME", "data_dir", "demo_database", "user_database"]


def user_database() -> Path:
    return data_dir() / "kunskapsbanken.db"


def demo_database() -> Path:
    return data_dir() / "demo.db"
