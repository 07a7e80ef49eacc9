"""Errors the command line reports as one line on stderr with exit status 2."""

from pathlib import Path


class CommandError(Exception):
    """Bad input the command line itself found and phrases (a wrong argument, a missing file)."""


def require_database(path: Path) -> None:
    """A command that reads a database refuses a path that is not a file, before opening anything."""
    if not path.is_file():
        raise CommandError(f"{path}: no such database file")
