"""Scoped refreshes: a view reloads after a change only when the change concerns it, and only
while it is shown; a hidden view is marked dirty and reloads when it is next shown (Anki's
`operation_did_execute` and refresh-on-focus).

    self.refresher = ScopedRefresh(self, backend, self._concerned, self.refresh)

`concerned(changes)` answers from the ids and entity types in `models.Changes` (a link's change
names the records it connects, so a page that shows a contact's affiliations hears about them
through the contact's id). "Shown" means visible once its window is: the current page of the
window's page stack, or the record page beside it; a page in a window not yet on screen counts as
shown when it is the current one, so a window built and switched before `show()` stays right.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from db import models

Concerned = Callable[[models.Changes], bool]


class ScopedRefresh(QObject):
    """Keeps one view current. `dirty` is true while the view missed a change that concerns it."""

    def __init__(self, view: QWidget, backend, concerned: Concerned, refresh: Callable[[], None], *,
                 dirty: bool = False):
        super().__init__(view)
        self.view, self._concerned, self._refresh = view, concerned, refresh
        self.dirty = dirty
        view.installEventFilter(self)
        backend.changed.connect(self.on_changed)  # a slot of this QObject: gone with the view

    def shown(self) -> bool:
        return self.view.isVisibleTo(self.view.window())

    def on_changed(self, changes: models.Changes) -> None:
        if self._concerned(changes):
            self.request()

    def request(self) -> None:
        """Refresh now when shown, else when next shown."""
        if self.shown():
            self.dirty = False
            self._refresh()
        else:
            self.dirty = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ShowToParent: the page stack made the view its current page (its window may not be on
        # screen yet); Show: the view itself came on screen.
        if (watched is self.view and self.dirty
                and event.type() in (QEvent.Type.ShowToParent, QEvent.Type.Show) and self.shown()):
            self.dirty = False
            self._refresh()
        return False
