"""The notes column of a record's page: a box to write a note (Ctrl+Enter adds it) above the
timeline, newest first. The note is written on the worker (db.operations.add_note); the
timeline is shown again by the record page when `backend.changed` names its record, so the
panel only clears the box on success, or shows the reason on failure (the typed text stays)."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from db import models as m
from db import operations
from desktop.messages import translate_error
from desktop.pages.record_html import PAGE_STYLE, notes_html

log = logging.getLogger(__name__)


class NotesPanel(QWidget):
    """`set_record(entity, id)` names the record a new note is for; `show_notes(notes)` the timeline."""

    anchor_clicked = Signal(object)  # a QUrl clicked in the timeline

    def __init__(self, backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.place: tuple[str, str] | None = None
        heading = QLabel(self.tr("Notes"))
        heading.setStyleSheet("font-weight: 600;")
        self.edit = QPlainTextEdit()
        self.edit.setPlaceholderText(self.tr("Write a note… (Ctrl+Enter adds it)"))
        self.edit.setAccessibleName(self.tr("New note"))
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(76)
        self.edit.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setToolTip(self.tr("Add the note (Ctrl+Enter)"))
        self.add_button.clicked.connect(self.add_note)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.document().setDefaultStyleSheet(PAGE_STYLE)
        self.view.anchorClicked.connect(self.anchor_clicked.emit)
        self.view.setAccessibleName(self.tr("Notes"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.edit)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)

    def set_record(self, place: tuple[str, str] | None) -> None:
        """The record new notes are for; another record empties the box and the error."""
        if place != self.place:
            self.edit.clear()
            self.error.hide()
        self.place = place

    def set_editable(self, editable: bool) -> None:
        self.edit.setEnabled(editable)
        self.add_button.setEnabled(editable)

    def show_notes(self, notes: list[m.Note], *, keep_scroll: bool) -> None:
        bar = self.view.verticalScrollBar()
        position = bar.value()
        self.view.setHtml(notes_html(notes))
        bar.setValue(position if keep_scroll else 0)

    def add_note(self) -> None:
        """Write the note in the box (on the worker)."""
        text = self.edit.toPlainText().strip()
        if not text or self.place is None:
            return
        entity, row_id = self.place
        self.add_button.setEnabled(False)
        self.error.hide()
        self.backend.write(lambda kb: operations.add_note(kb, entity, row_id, text),
                           on_done=lambda _saved: self._added((entity, row_id)), on_error=self._failed)

    def _added(self, place: tuple[str, str]) -> None:
        if not shiboken6.isValid(self):  # the page was closed while the note was written
            return
        if place == self.place:
            self.edit.clear()
        self.add_button.setEnabled(self.edit.isEnabled())

    def _failed(self, error: BaseException) -> None:
        log.warning("adding a note failed: %s", type(error).__name__)
        if not shiboken6.isValid(self):
            return
        self.error.setText(self.tr("The note was not saved: %1").replace("%1", translate_error(error)))
        self.error.show()
        self.add_button.setEnabled(self.edit.isEnabled())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.add_note()
            return True
        return super().eventFilter(watched, event)
