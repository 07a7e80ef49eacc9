"""Back and forward over the records the user has opened, like a web browser.

The main window calls `visit(place)` whenever it shows a record, and on Alt+Left / Alt+Right
shows the place that `back()` / `forward()` return (without visiting it again).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Place = tuple[str, str]  # (entity, id)


class History(QObject):
    """A list of places and a cursor into it; visiting a new place drops the forward part."""

    changed = Signal()  # after every move: can_go_back() / can_go_forward() may differ

    def __init__(self, limit: int = 200, parent: QObject | None = None):
        super().__init__(parent)
        self.limit = limit
        self._places: list[Place] = []
        self._index = -1

    def current(self) -> Place | None:
        return self._places[self._index] if self._index >= 0 else None

    def visit(self, place: Place) -> None:
        """A place the user went to. Visiting the current place again changes nothing."""
        place = (place[0], place[1])
        if place == self.current():
            return
        del self._places[self._index + 1:]
        self._places.append(place)
        if len(self._places) > self.limit:
            del self._places[: len(self._places) - self.limit]
        self._index = len(self._places) - 1
        self.changed.emit()

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return self._index < len(self._places) - 1

    def back(self) -> Place | None:
        """The previous place (now current), or None at the start."""
        if not self.can_go_back():
            return None
        self._index -= 1
        self.changed.emit()
        return self._places[self._index]

    def forward(self) -> Place | None:
        """The next place (now current), or None at the end."""
        if not self.can_go_forward():
            return None
        self._index += 1
        self.changed.emit()
        return self._places[self._index]

    def forget(self, place: Place) -> None:
        """Drop every visit to a place (a record that is gone); neighbours that become equal merge."""
        place = (place[0], place[1])
        if place not in self._places:
            return
        current = self.current()
        kept: list[Place] = []
        index = -1
        for i, p in enumerate(self._places):
            if p == place or (kept and kept[-1] == p):
                if i == self._index:
                    index = len(kept) - 1
                continue
            kept.append(p)
            if i == self._index:
                index = len(kept) - 1
        self._places = kept
        self._index = min(max(index, 0), len(kept) - 1) if kept else -1
        log.debug("forgot %s; current %s -> %s", place, current, self.current())
        self.changed.emit()

    def clear(self) -> None:
        self._places, self._index = [], -1
        self.changed.emit()

    def __len__(self) -> int:
        return len(self._places)
