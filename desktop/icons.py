"""Icons (resources/icons/<name>.svg): the entity kinds' (named by the registry, db/entities.py) and
the navigation's other pages'."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from db.entities import spec

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


@cache
def _icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))


def entity_icon(entity: str) -> QIcon:
    """The kind's icon; an empty icon for a kind without one."""
    name = spec(entity).icon
    return _icon(name) if name else QIcon()


def page_icon(key: str) -> QIcon:
    """A navigation page's icon: its entity's, or the search, overview or trash icon."""
    if key in ("search", "overview", "trash"):
        return _icon(key)
    return entity_icon(key)
