"""One record on a page: its fields, its links (each opens the linked record), the activities it
took part in, open follow-ups, tags, and the notes timeline with a box to add a note.

The page reads through `backend.kb` (db.record_details) on the UI thread; the HTML comes from
record_html.py, the notes column is notes_panel.py. It reloads when `backend.changed` names the
record it shows or a record linked to it (pages.scoped_refresh), once per change. Edit, delete,
restore, "log meeting" and the rest are requests (signals) that the main window carries out.

Links in the HTML are `record:<entity>:<id>`; Tab moves between them and Enter opens one.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import db
from db import models as m
from db.entities import ACTIVITY_TARGETS, MERGEABLE
from desktop.pages.notes_panel import NotesPanel
from desktop.pages.record_html import (
    PAGE_STYLE,
    details_html,
    local_time,
    parse_record_url,
    record_title,
    subtitle,
)
from desktop.pages.scoped_refresh import ScopedRefresh

log = logging.getLogger(__name__)

class RecordPage(QWidget):
    """Shows one record; `show_record(entity, id)`, `refresh()`, `clear()`."""

    open_record = Signal(str, str)
    edit_requested = Signal(str, str)
    delete_requested = Signal(str, str)
    restore_requested = Signal(str, str)
    log_meeting_requested = Signal(str, str)
    export_requested = Signal(str, str)  # a contact as vCard, an activity as .ics (desktop.window.export_actions)
    merge_requested = Signal(str, str)  # a contact or organisation, to merge with another (desktop.dialogs.merge)
    extract_requested = Signal(str, str)  # a contact's register extract (desktop.window.data_protection)
    erase_requested = Signal(str, str)  # erase a contact permanently (desktop.window.data_protection)

    def __init__(self, backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.entity: str | None = None
        self.record_id: str | None = None
        self.details: db.Details | None = None
        self._watched: set[str] = set()

        self.edit_action = self._action(self.tr("Edit"), self.edit_requested, QKeySequence("Ctrl+E"))
        self.delete_action = self._action(self.tr("Delete"), self.delete_requested)
        self.restore_action = self._action(self.tr("Restore"), self.restore_requested)
        self.log_meeting_action = self._action(self.tr("Log meeting"), self.log_meeting_requested,
                                               QKeySequence("Ctrl+M"))
        self.export_action = self._action(self.tr("Export vCard…"), self.export_requested)
        self.merge_action = self._action(self.tr("Merge with…"), self.merge_requested)
        self.extract_action = self._action(self.tr("Register extract…"), self.extract_requested)
        self.erase_action = self._action(self.tr("Erase the person permanently…"), self.erase_requested)

        self.stack = QStackedWidget()
        self.empty_label = QLabel(self.tr("Select a record in a list or search (Ctrl+K) to see it here."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #6b6b6b; font-size: 12pt;")
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self._build_content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.refresher = ScopedRefresh(self, backend, self._concerned, self.refresh)
        self.clear()

    # --- building ---

    def _action(self, text: str, signal: Signal, shortcut: QKeySequence | None = None) -> QAction:
        """An action that asks the window to act on the record shown (while the action is enabled)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda: self._request(action, signal))
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _build_content(self) -> QWidget:
        content = QWidget()
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDefaultStyleSheet(PAGE_STYLE)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.browser.setAccessibleName(self.tr("Record details"))
        self.notes = NotesPanel(self.backend)
        self.notes.anchor_clicked.connect(self._on_anchor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(self.notes)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_banner())
        layout.addWidget(self.splitter, 1)
        return content

    def _build_header(self) -> QHBoxLayout:
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setStyleSheet("font-size: 17pt; font-weight: 600;")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel()
        self.subtitle_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle_label.setStyleSheet("color: #6b6b6b;")
        self.subtitle_label.setWordWrap(True)
        self.edit_button = self._button(self.edit_action)
        self.delete_button = self._button(self.delete_action)
        self.log_meeting_button = self._button(self.log_meeting_action)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header = QHBoxLayout()
        header.addLayout(titles, 1)
        for button in (self.log_meeting_button, self.edit_button, self.delete_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.more_button = self._more_button()
        header.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _build_banner(self) -> QWidget:
        """The red band over a deleted record, with its Restore button."""
        self.banner = QWidget()
        self.banner.setObjectName("deletedBanner")
        self.banner.setStyleSheet("#deletedBanner { background: #fde2e1; border: 1px solid #e0a8a6;"
                                  " border-radius: 4px; } QLabel { color: #7a1d1a; }")
        self.banner_label = QLabel()
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_label.setStyleSheet("font-weight: 600;")
        self.banner_label.setWordWrap(True)
        self.restore_button = QPushButton(self.restore_action.text())
        self.restore_button.clicked.connect(self.restore_action.trigger)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 6, 6)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.restore_button)
        return self.banner

    def _more_button(self) -> QToolButton:
        """Less frequent actions (export, merge, data protection) in a menu: the header has room for three buttons.
        The style's menu arrow would be drawn over the text; an arrow in the text keeps the width right."""
        button = QToolButton()
        button.setText(self.tr("More") + " \u25be")
        button.setToolTip(self.tr("More actions for this record"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        menu = QMenu(button)
        menu.addAction(self.export_action)
        menu.addAction(self.merge_action)
        menu.addSeparator()
        menu.addAction(self.extract_action)
        menu.addAction(self.erase_action)
        button.setMenu(menu)
        return button

    # --- showing ---

    def show_record(self, entity: str, row_id: str) -> None:
        """Show a record. The one already shown is not read again: every change to it has been."""
        same = (entity, row_id) == self.place()
        if same and self.details is not None and not self.refresher.dirty:
            return
        self.entity, self.record_id = entity, row_id
        self.notes.set_record((entity, row_id))
        self._load(keep_scroll=same)

    def clear(self) -> None:
        """The empty state: nothing selected."""
        self.entity = self.record_id = None
        self.details = None
        self._watched = set()
        self.notes.set_record(None)
        self.empty_label.setText(self.tr("Select a record in a list or search (Ctrl+K) to see it here."))
        self.stack.setCurrentIndex(0)
        self._update_actions()

    def refresh(self) -> None:
        """Read the record again (keeping the scroll position)."""
        if self.entity is not None and self.record_id is not None:
            self._load(keep_scroll=True)

    def place(self) -> tuple[str, str] | None:
        return (self.entity, self.record_id) if self.entity and self.record_id else None

    def _load(self, *, keep_scroll: bool) -> None:
        self.refresher.dirty = False
        try:
            found = db.details(self.backend.kb, self.entity, self.record_id)
        except db.NotFoundError:
            log.info("%s %s not found", self.entity, self.record_id)
            self.details, self._watched = None, {self.record_id}
            self.empty_label.setText(self.tr("This record does not exist (any more)."))
            self.stack.setCurrentIndex(0)
            self._update_actions()
            return
        self.details = found
        self._watched = ({self.record_id} | {link.entity_id for link in found.links}
                         | {a.id for a in found.activities} | {f.id for f in found.follow_ups}
                         | {f.owner_id for f in found.follow_ups if f.owner_id}
                         | {f.activity_id for f in found.follow_ups})
        record = found.record
        self.title_label.setText(record_title(self.entity, record) or self.tr("(no name)"))
        self.subtitle_label.setText(subtitle(found))
        deleted = record.deleted_at is not None
        self.banner.setVisible(deleted)
        if deleted:
            self.banner_label.setText(self.tr("Deleted %1. It is hidden from lists and search until restored.")
                                      .replace("%1", local_time(record.deleted_at)))
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(details_html(self.backend.kb, found))
        bar.setValue(position if keep_scroll else 0)
        self.notes.show_notes(found.notes, keep_scroll=keep_scroll)
        self.stack.setCurrentIndex(1)
        self._update_actions()

    def _update_actions(self) -> None:
        shown = self.details is not None
        deleted = shown and self.details.record.deleted_at is not None
        live = shown and not deleted
        self.edit_action.setEnabled(live)
        self.delete_action.setEnabled(live)
        self.restore_action.setEnabled(shown and deleted)
        self.log_meeting_action.setEnabled(live and self.entity in ACTIVITY_TARGETS)
        self.log_meeting_button.setVisible(self.entity in ACTIVITY_TARGETS and not deleted)
        self.edit_button.setVisible(not deleted)
        self.delete_button.setVisible(not deleted)
        self.notes.set_editable(live)
        self.export_action.setText(self.tr("Add to calendar (.ics)…") if self.entity == "activity"
                                   else self.tr("Export vCard…"))
        self.export_action.setEnabled(live and self.entity in ("contact", "activity"))
        self.export_action.setVisible(self.entity in ("contact", "activity"))
        self.merge_action.setEnabled(live and self.entity in MERGEABLE)
        self.merge_action.setVisible(self.entity in MERGEABLE)
        self.more_button.setVisible(live and self.entity in ("contact", "activity", "organisation"))
        # A deleted contact still holds personal data: extract and erasure stay possible.
        person = shown and self.entity == "contact" and self.record_id != m.ERASED_CONTACT_ID
        for action in (self.extract_action, self.erase_action):
            action.setVisible(self.entity == "contact")
            action.setEnabled(person)
        self.more_button.setVisible(not self.more_button.isHidden() or person)

    # --- links and requests ---

    def _on_anchor(self, url: QUrl) -> None:
        target = parse_record_url(url)
        if target is not None:
            self.open_record.emit(*target)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        else:
            log.warning("unknown link %s", url.toString())

    def _request(self, action: QAction, signal: Signal) -> None:
        if self.details is not None and action.isEnabled():
            signal.emit(self.entity, self.record_id)

    # --- staying current ---

    def _concerned(self, changes: m.Changes) -> bool:
        """The record shown, a record linked to it, or (for a record with tags) a tag changed."""
        if self.place() is None:
            return False
        touched = set().union(*changes.entities.values()) if changes.entities else set()
        if touched & self._watched:
            return True
        return "tag" in changes.entities and bool(self.details and self.details.tags)
