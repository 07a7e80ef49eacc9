"""Icons of the entity kinds (resources/icons/<name>.svg, named by the registry in db/entities.py)."""

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
