"""Kunskapsbanken's desktop app (PySide6 Widgets). Talks to db/ only through its public functions."""
