"""An offer to undo the operation just done: "Undo the merge" in the status bar for a while.

    offer = UndoOffer(window, backend, op_id, window.tr("The records were merged."))

An action (and its button) that calls db.undo.undo_operation on the operation's id through
backend.write; a failure is shown, translated, in a message box.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox, QToolButton

from desktop.messages import translate_error

log = logging.getLogger(__name__)

UNDO_SECONDS = 120


class UndoOffer(QObject):
    """"Undo the merge" (or `text`) in the status bar for UNDO_SECONDS: an action and its button."""

    undone = Signal(str)  # op id

    def __init__(self, window: QMainWindow, backend, op_id: str, message: str, text: str | None = None,
                 on_undone: Callable[[], None] | None = None):
        super().__init__(window)
        self.window, self.backend, self.op_id = window, backend, op_id
        self.on_undone = on_undone
        self.action = QAction(text or self.tr("Undo the merge"), self)
        self.action.triggered.connect(self.undo)
        self.button = QToolButton()
        self.button.setDefaultAction(self.action)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.statusBar().addPermanentWidget(self.button)
        window.statusBar().showMessage(message, UNDO_SECONDS * 1000)
        self.button.show()
        QTimer.singleShot(UNDO_SECONDS * 1000, self.withdraw)

    def withdraw(self) -> None:
        """Take the button away (time is up, undone, or a newer offer)."""
        if shiboken6.isValid(self.button):
            if shiboken6.isValid(self.window):
                self.window.statusBar().removeWidget(self.button)
            self.button.deleteLater()
        self.action.setEnabled(False)

    def undo(self) -> None:
        if not self.action.isEnabled():
            return
        self.action.setEnabled(False)
        op_id = self.op_id

        def run(kb):
            from db.undo import undo_operation

            return undo_operation(kb, op_id)

        self.backend.write(run, on_done=lambda _result: self._undone(), on_error=self._failed)

    def _undone(self) -> None:
        self.withdraw()
        if shiboken6.isValid(self.window):
            self.window.statusBar().showMessage(self.tr("Undone."), 8000)
        self.undone.emit(self.op_id)
        if self.on_undone is not None:
            self.on_undone()

    def _failed(self, error: BaseException) -> None:
        log.warning("undo failed: %s", type(error).__name__)
        self.withdraw()
        if shiboken6.isValid(self.window):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Undo"),
                              self.tr("It could not be undone: %1").replace("%1", translate_error(error)),
                              QMessageBox.StandardButton.Ok, self.window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.error_box = box
