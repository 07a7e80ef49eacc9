"""One record on a page: its fields, its links (each opens the linked record), the activities it
took part in, open follow-ups, tags, and the notes timeline with a box to add a note.

The page reads through `backend.kb` (db.record_details) on the UI thread and writes notes through
`backend.write`; it refreshes itself when `backend.changed` mentions what it shows. Edit,
delete, restore and "log meeting" are requests (signals) that the main window carries out.

Links in the HTML are `record:<entity>:<id>`; Tab moves between them and Enter opens one.
"""

from __future__ import annotations

import html
import logging
from datetime import datetime

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
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
from db.care import gdpr
from desktop import labels
from desktop.messages import translate_error
from desktop.window.data_protection import erased_label, erased_participants

log = logging.getLogger(__name__)

SCHEME = "record"
# Link rows and other tables whose changes can alter what a page shows without naming its record.
LINK_TABLES = frozenset({"affiliation", "project_party", "membership", "activity_link", "follow_up",
                         "note", "tag", "tagging"})
# The entities an activity can be about (activity_link): the ones a meeting can be logged for.
MEETING_TARGETS = ("contact", "organisation", "project", "network")

# (field, label, kind) per entity, in the order shown. Kinds: text, multiline, date, amount, phones,
# emails, list, bool, url, number, ref:<entity> (a link to the record the field points at).
FIELDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "contact": (
        ("title", QT_TRANSLATE_NOOP("RecordPage", "Title"), "text"),
        ("emails", QT_TRANSLATE_NOOP("RecordPage", "E-mail"), "emails"),
        ("phones", QT_TRANSLATE_NOOP("RecordPage", "Phone"), "phones"),
        ("municipality", QT_TRANSLATE_NOOP("RecordPage", "Municipality"), "text"),
        ("is_staff", QT_TRANSLATE_NOOP("RecordPage", "Programme office staff"), "bool"),
        ("notes", QT_TRANSLATE_NOOP("RecordPage", "About"), "multiline"),
        ("legal_basis", QT_TRANSLATE_NOOP("RecordPage", "Legal basis (GDPR)"), "text"),
        ("source", QT_TRANSLATE_NOOP("RecordPage", "Source"), "text"),
        ("informed_at", QT_TRANSLATE_NOOP("RecordPage", "Informed"), "date"),
        ("retain_until", QT_TRANSLATE_NOOP("RecordPage", "Keep until"), "date"),
    ),
    "organisation": (
        ("short_name", QT_TRANSLATE_NOOP("RecordPage", "Short name"), "text"),
        ("kind", QT_TRANSLATE_NOOP("RecordPage", "Kind"), "text"),
        ("org_number", QT_TRANSLATE_NOOP("RecordPage", "Org. number"), "text"),
        ("website", QT_TRANSLATE_NOOP("RecordPage", "Website"), "url"),
        ("municipality", QT_TRANSLATE_NOOP("RecordPage", "Municipality"), "text"),
        ("county", QT_TRANSLATE_NOOP("RecordPage", "County"), "text"),
        ("parent_id", QT_TRANSLATE_NOOP("RecordPage", "Part of"), "ref:organisation"),
        ("notes", QT_TRANSLATE_NOOP("RecordPage", "About"), "multiline"),
    ),
    "call": (
        ("year", QT_TRANSLATE_NOOP("RecordPage", "Year"), "text"),
        ("theme", QT_TRANSLATE_NOOP("RecordPage", "Theme"), "text"),
        ("need_areas", QT_TRANSLATE_NOOP("RecordPage", "Need areas"), "list"),
        ("opens", QT_TRANSLATE_NOOP("RecordPage", "Opens"), "date"),
        ("closes", QT_TRANSLATE_NOOP("RecordPage", "Closes"), "date"),
        ("decision_by", QT_TRANSLATE_NOOP("RecordPage", "Decision by"), "date"),
        ("budget_sek", QT_TRANSLATE_NOOP("RecordPage", "Budget"), "amount"),
        ("description", QT_TRANSLATE_NOOP("RecordPage", "Description"), "multiline"),
    ),
    "project": (
        ("reference", QT_TRANSLATE_NOOP("RecordPage", "Reference"), "text"),
        ("kind", QT_TRANSLATE_NOOP("RecordPage", "Kind"), "text"),
        ("status", QT_TRANSLATE_NOOP("RecordPage", "Status"), "text"),
        ("call_id", QT_TRANSLATE_NOOP("RecordPage", "Call"), "ref:call"),
        ("coordinator_id", QT_TRANSLATE_NOOP("RecordPage", "Coordinator"), "ref:organisation"),
        ("start_date", QT_TRANSLATE_NOOP("RecordPage", "Start"), "date"),
        ("end_date", QT_TRANSLATE_NOOP("RecordPage", "End"), "date"),
        ("total_budget_sek", QT_TRANSLATE_NOOP("RecordPage", "Total budget"), "amount"),
        ("grant_sek", QT_TRANSLATE_NOOP("RecordPage", "Grant"), "amount"),
        ("cofinancing_sek", QT_TRANSLATE_NOOP("RecordPage", "Co-financing"), "amount"),
        ("municipality", QT_TRANSLATE_NOOP("RecordPage", "Municipality"), "text"),
        ("need_area", QT_TRANSLATE_NOOP("RecordPage", "Need area"), "text"),
        ("description", QT_TRANSLATE_NOOP("RecordPage", "Description"), "multiline"),
    ),
    "network": (
        ("parent_id", QT_TRANSLATE_NOOP("RecordPage", "Part of"), "ref:network"),
        ("coordinator_id", QT_TRANSLATE_NOOP("RecordPage", "Coordinator"), "ref:organisation"),
        ("description", QT_TRANSLATE_NOOP("RecordPage", "Description"), "multiline"),
    ),
    "activity": (
        ("kind", QT_TRANSLATE_NOOP("RecordPage", "Kind"), "text"),
        ("starts", QT_TRANSLATE_NOOP("RecordPage", "Starts"), "date"),
        ("ends", QT_TRANSLATE_NOOP("RecordPage", "Ends"), "date"),
        ("place", QT_TRANSLATE_NOOP("RecordPage", "Place"), "text"),
        ("online", QT_TRANSLATE_NOOP("RecordPage", "Online"), "bool"),
        ("attendance", QT_TRANSLATE_NOOP("RecordPage", "Attendance"), "number"),
        ("logged_by", QT_TRANSLATE_NOOP("RecordPage", "Logged by"), "text"),
        ("minutes", QT_TRANSLATE_NOOP("RecordPage", "Minutes"), "multiline"),
    ),
}

PAGE_STYLE = """
h3 { margin-top: 14px; margin-bottom: 4px; }
td.label { color: #6b6b6b; padding-right: 14px; }
.muted { color: #6b6b6b; }
a { text-decoration: none; }
"""


def record_title(entity: str, record: m.Record) -> str:
    if entity == "contact":
        return record.full_name
    return getattr(record, "title" if entity in ("project", "activity") else "name", "") or ""


def record_url(entity: str, row_id: str) -> str:
    return f"{SCHEME}:{entity}:{row_id}"


def parse_record_url(url: QUrl | str) -> tuple[str, str] | None:
    """'record:contact:<id>' -> ('contact', '<id>'); None for any other link."""
    text = url.toString() if isinstance(url, QUrl) else url
    parts = text.split(":", 2)
    if len(parts) != 3 or parts[0] != SCHEME or not parts[2]:
        return None
    return parts[1], parts[2]


def local_time(stamp: str | None) -> str:
    """A stored UTC timestamp ('2026-11-27T06:13:35.070Z') in local time: '2026-11-27 07:13'."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return labels.display("date", stamp)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def _e(value) -> str:
    return html.escape(str(value), quote=True)


def _multiline(text: str) -> str:
    return "<br>".join(_e(line) for line in str(text).splitlines())


def _a(entity: str, row_id: str, title: str) -> str:
    return f"<a href='{_e(record_url(entity, row_id))}'>{_e(title or '–')}</a>"


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

        self.edit_action = self._action(self.tr("Edit"), QKeySequence("Ctrl+E"), self._request_edit)
        self.delete_action = self._action(self.tr("Delete"), None, self._request_delete)
        self.restore_action = self._action(self.tr("Restore"), None, self._request_restore)
        self.log_meeting_action = self._action(self.tr("Log meeting"), QKeySequence("Ctrl+M"),
                                               self._request_log_meeting)
        self.export_action = self._action(self.tr("Export vCard…"), None, self._request_export)
        self.merge_action = self._action(self.tr("Merge with…"), None, self._request_merge)
        self.extract_action = self._action(self.tr("Register extract…"), None,
                                           lambda: self._request(self.extract_requested))
        self.erase_action = self._action(self.tr("Erase the person permanently…"), None,
                                         lambda: self._request(self.erase_requested))

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
        backend.changed.connect(self._on_changed)
        self.clear()

    # --- building ---

    def _action(self, text: str, shortcut: QKeySequence | None, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _build_content(self) -> QWidget:
        content = QWidget()
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

        self.browser = self._text_browser()
        self.browser.setAccessibleName(self.tr("Record details"))

        notes_column = QWidget()
        notes_heading = QLabel(self.tr("Notes"))
        notes_heading.setStyleSheet("font-weight: 600;")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Write a note… (Ctrl+Enter adds it)"))
        self.note_edit.setAccessibleName(self.tr("New note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(76)
        self.note_edit.installEventFilter(self)
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.setToolTip(self.tr("Add the note (Ctrl+Enter)"))
        self.add_note_button.clicked.connect(self.add_note)
        self.note_error = QLabel()
        self.note_error.setTextFormat(Qt.TextFormat.PlainText)
        self.note_error.setWordWrap(True)
        self.note_error.setStyleSheet("color: #b3261e;")
        self.note_error.hide()
        note_buttons = QHBoxLayout()
        note_buttons.addWidget(self.note_error, 1)
        note_buttons.addStretch(0)
        note_buttons.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignTop)
        self.notes_view = self._text_browser()
        self.notes_view.setAccessibleName(self.tr("Notes"))
        notes_layout = QVBoxLayout(notes_column)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(notes_heading)
        notes_layout.addWidget(self.note_edit)
        notes_layout.addLayout(note_buttons)
        notes_layout.addWidget(self.notes_view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(notes_column)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        return content

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

    def _text_browser(self) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setOpenLinks(False)
        browser.setOpenExternalLinks(False)
        browser.document().setDefaultStyleSheet(PAGE_STYLE)
        browser.anchorClicked.connect(self._on_anchor)
        return browser

    # --- showing ---

    def show_record(self, entity: str, row_id: str) -> None:
        same = (entity, row_id) == (self.entity, self.record_id)
        self.entity, self.record_id = entity, row_id
        self._load(keep_scroll=same)
        if not same:
            self.note_edit.clear()
            self.note_error.hide()

    def clear(self) -> None:
        """The empty state: nothing selected."""
        self.entity = self.record_id = None
        self.details = None
        self._watched = set()
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
        try:
            found = db.details(self.backend.kb, self.entity, self.record_id)
        except db.NotFoundError:
            log.info("%s %s not found", self.entity, self.record_id)
            self.details, self._watched = None, set()
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
        self.subtitle_label.setText(self._subtitle(found))
        deleted = record.deleted_at is not None
        self.banner.setVisible(deleted)
        if deleted:
            self.banner_label.setText(self.tr("Deleted %1. It is hidden from lists and search until restored.")
                                      .replace("%1", local_time(record.deleted_at)))
        self._set_html(self.browser, self._details_html(found), keep_scroll)
        self._set_html(self.notes_view, self._notes_html(found.notes), keep_scroll)
        self.stack.setCurrentIndex(1)
        self._update_actions()

    @staticmethod
    def _set_html(browser: QTextBrowser, text: str, keep_scroll: bool) -> None:
        bar = browser.verticalScrollBar()
        position = bar.value()
        browser.setHtml(text)
        bar.setValue(position if keep_scroll else 0)

    def _update_actions(self) -> None:
        shown = self.details is not None
        deleted = shown and self.details.record.deleted_at is not None
        self.edit_action.setEnabled(shown and not deleted)
        self.delete_action.setEnabled(shown and not deleted)
        self.restore_action.setEnabled(shown and deleted)
        meeting = shown and not deleted and self.entity in MEETING_TARGETS
        self.log_meeting_action.setEnabled(meeting)
        self.log_meeting_button.setVisible(self.entity in MEETING_TARGETS and not deleted)
        self.edit_button.setVisible(not deleted)
        self.delete_button.setVisible(not deleted)
        self.note_edit.setEnabled(shown and not deleted)
        self.add_note_button.setEnabled(shown and not deleted)
        live = shown and not deleted
        self.export_action.setText(self.tr("Add to calendar (.ics)…") if self.entity == "activity"
                                   else self.tr("Export vCard…"))
        self.export_action.setEnabled(live and self.entity in ("contact", "activity"))
        self.export_action.setVisible(self.entity in ("contact", "activity"))
        self.merge_action.setEnabled(live and self.entity in ("contact", "organisation"))
        self.merge_action.setVisible(self.entity in ("contact", "organisation"))
        self.more_button.setVisible(live and self.entity in ("contact", "activity", "organisation"))
        # A deleted contact still holds personal data: extract and erasure stay possible.
        person = shown and self.entity == "contact" and self.record_id != gdpr.ERASED_CONTACT_ID
        for action in (self.extract_action, self.erase_action):
            action.setVisible(self.entity == "contact")
            action.setEnabled(person)
        self.more_button.setVisible(not self.more_button.isHidden() or person)

    # --- HTML ---

    def _subtitle(self, found: db.Details) -> str:
        record = found.record
        bits = [labels.entity_singular(found.entity)]
        if found.entity == "contact":
            organisations = [link.title for link in found.linked("organisation") if link.link_table == "affiliation"]
            bits += [x for x in (record.title, ", ".join(organisations)) if x]
        elif found.entity == "organisation":
            bits += [x for x in (record.kind, record.municipality) if x]
        elif found.entity == "project":
            bits += [x for x in (record.kind, record.status) if x]
        elif found.entity == "activity":
            bits += [x for x in (record.kind, labels.display("date", record.starts)) if x]
        elif found.entity == "call" and record.year:
            bits.append(str(record.year))
        return " · ".join(bits)

    def _value_html(self, kind: str, value, found: db.Details, name: str) -> str:
        if kind == "multiline":
            return _multiline(value)
        if kind == "emails":
            return "<br>".join(f"<a href='mailto:{_e(v)}'>{_e(v)}</a>" for v in value)
        if kind == "phones":
            return "<br>".join(_e(labels.display("phone", v)) for v in value)
        if kind == "list":
            return _e(", ".join(value))
        if kind == "bool":
            return _e(self.tr("Yes") if value else self.tr("No"))
        if kind == "url":
            href = value if "://" in value else f"https://{value}"
            return f"<a href='{_e(href)}'>{_e(value)}</a>"
        if kind.startswith("ref:"):
            target = kind[4:]
            title = next((link.title for link in found.links
                          if link.link_table == name and link.entity == target and link.entity_id == value), None)
            if title is None:  # the record it points at is deleted
                return f"<span class='muted'>{_e(self.tr('(deleted)'))}</span>"
            return _a(target, value, title)
        return _e(labels.display(kind, value))

    def _fields_html(self, found: db.Details) -> str:
        rows = []
        for name, label, kind in FIELDS.get(found.entity, ()):
            value = getattr(found.record, name, None)
            if value is None or value == "" or value == [] or (kind == "bool" and value is False and
                                                                name != "online"):
                continue
            rows.append(f"<tr><td class='label' valign='top'>{_e(self.tr(label))}</td>"
                        f"<td>{self._value_html(kind, value, found, name)}</td></tr>")
        if not rows:
            return ""
        return "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"

    def _links_html(self, found: db.Details) -> str:
        shown_as_field = {name for name, _label, kind in FIELDS.get(found.entity, ()) if kind.startswith("ref:")}
        groups: dict[str, list[str]] = {}
        seen: set[tuple[str, str, str | None]] = set()
        for link in found.links:
            key = (link.entity, link.entity_id, link.role)
            as_field = link.link_table in shown_as_field and getattr(found.record, link.link_table) == link.entity_id
            if key in seen or as_field:
                continue  # shown as a field (the project's coordinator, the parent organisation), or twice
            seen.add(key)
            extra = []
            if link.role:
                extra.append(_e(link.role))
            if link.from_date or link.to_date:
                extra.append(_e(f"{labels.display('date', link.from_date)} – {labels.display('date', link.to_date)}"
                                .strip()))
            suffix = f" <span class='muted'>{' · '.join(extra)}</span>" if extra else ""
            groups.setdefault(link.entity, []).append(f"{_a(link.entity, link.entity_id, link.title)}{suffix}")
        if found.entity == "activity":  # erased participants: the placeholder, never a link
            erased = f"<span class='muted'>{_e(erased_label())}</span>"
            groups.setdefault("contact", []).extend([erased] * erased_participants(self.backend.kb, found.record.id))
        parts = []
        for entity in ("organisation", "contact", "project", "network", "call", "activity"):
            items = groups.get(entity)
            if items:
                parts.append(f"<h3>{_e(labels.entity_plural(entity))} ({len(items)})</h3>")
                parts.append("".join(f"<div style='margin:2px 0'>{item}</div>" for item in items))
        return "".join(parts)

    def _activities_html(self, found: db.Details) -> str:
        if not found.activities:
            return ""
        rows = []
        for activity in found.activities:
            when = labels.display("date", activity.starts)
            rows.append(f"<tr><td class='label' valign='top'>{_e(when)}</td>"
                        f"<td>{_a('activity', activity.id, activity.title)}"
                        f" <span class='muted'>{_e(activity.kind)}</span></td></tr>")
        heading = f"<h3>{_e(self.tr('Activities'))} ({len(found.activities)})</h3>"
        return heading + "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"

    def _follow_ups_html(self, found: db.Details) -> str:
        items = [f for f in found.follow_ups if not f.done_at]
        done = len(found.follow_ups) - len(items)
        if not items and not done:
            return ""
        parts = [f"<h3>{_e(self.tr('Open follow-ups'))} ({len(items)})</h3>"]
        for follow_up in items:
            bits = [_e(follow_up.text)]
            if follow_up.due:
                bits.append(f"<span class='muted'>{_e(self.tr('due %1').replace('%1', follow_up.due))}</span>")
            if found.entity == "activity" and follow_up.owner_id:
                bits.append(self._title_link("contact", follow_up.owner_id))
            elif found.entity != "activity":
                bits.append(self._title_link("activity", follow_up.activity_id))
            parts.append(f"<div style='margin:2px 0'>☐ {' · '.join(b for b in bits if b)}</div>")
        if done:
            parts.append(f"<div class='muted'>{_e(self.tr('%1 done').replace('%1', str(done)))}</div>")
        return "".join(parts)

    def _title_link(self, entity: str, row_id: str) -> str:
        try:
            record = self.backend.kb.service(entity).get(row_id)
        except db.NotFoundError:
            return ""
        return _a(entity, row_id, record_title(entity, record))

    def _details_html(self, found: db.Details) -> str:
        parts = [self._fields_html(found)]
        if found.tags:
            tags = " ".join(f"<span style='background-color:#e8eef7'>&nbsp;{_e(t)}&nbsp;</span>" for t in found.tags)
            parts.append(f"<h3>{_e(self.tr('Tags'))}</h3><div>{tags}</div>")
        parts += [self._links_html(found), self._activities_html(found), self._follow_ups_html(found)]
        record = found.record
        stamp = self.tr("Created %1 · changed %2 by %3").replace("%1", local_time(record.created_at)) \
            .replace("%2", local_time(record.updated_at)).replace("%3", record.updated_by or "?")
        parts.append(f"<p class='muted' style='margin-top:16px'>{_e(stamp)}</p>")
        return "".join(p for p in parts if p)

    def _notes_html(self, notes: list[m.Note]) -> str:
        if not notes:
            return f"<p class='muted'>{_e(self.tr('No notes yet.'))}</p>"
        parts = []
        for note in notes:
            author = note.author or self.tr("unknown")
            parts.append(f"<p style='margin-bottom:2px'><span class='muted'><b>{_e(author)}</b>"
                         f" · {_e(local_time(note.created_at))}</span></p>"
                         f"<p style='margin-top:0; margin-bottom:10px'>{_multiline(note.text)}</p>")
        return "".join(parts)

    # --- links and requests ---

    def _on_anchor(self, url: QUrl) -> None:
        target = parse_record_url(url)
        if target is not None:
            self.open_record.emit(*target)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        else:
            log.warning("unknown link %s", url.toString())

    def _request(self, signal: Signal) -> None:
        if self.details is not None:
            signal.emit(self.entity, self.record_id)

    def _request_edit(self) -> None:
        if self.edit_action.isEnabled():
            self._request(self.edit_requested)

    def _request_delete(self) -> None:
        if self.delete_action.isEnabled():
            self._request(self.delete_requested)

    def _request_restore(self) -> None:
        if self.restore_action.isEnabled():
            self._request(self.restore_requested)

    def _request_log_meeting(self) -> None:
        if self.log_meeting_action.isEnabled():
            self._request(self.log_meeting_requested)

    def _request_export(self) -> None:
        if self.export_action.isEnabled():
            self._request(self.export_requested)

    def _request_merge(self) -> None:
        if self.merge_action.isEnabled():
            self._request(self.merge_requested)

    # --- notes ---

    def add_note(self) -> None:
        """Write the note in the box (on the worker); the page refreshes from backend.changed."""
        text = self.note_edit.toPlainText().strip()
        if not text or self.details is None:
            return
        entity, row_id = self.entity, self.record_id
        self.add_note_button.setEnabled(False)
        self.note_error.hide()
        self.backend.write(lambda kb: kb.notes.add(entity, row_id, text),
                           on_done=lambda _saved: self._note_added(entity, row_id),
                           on_error=self._note_failed)

    def _note_added(self, entity: str, row_id: str) -> None:
        if not shiboken6.isValid(self):  # the page was closed while the note was written
            return
        if (entity, row_id) == (self.entity, self.record_id):
            self.note_edit.clear()
        self._update_actions()

    def _note_failed(self, error: BaseException) -> None:
        log.warning("adding a note failed: %s", error)
        if not shiboken6.isValid(self):
            return
        self.note_error.setText(self.tr("The note was not saved: %1").replace("%1", translate_error(error)))
        self.note_error.show()
        self._update_actions()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.note_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.add_note()
            return True
        return super().eventFilter(watched, event)

    # --- staying current ---

    def _on_changed(self, changes: m.Changes) -> None:
        if self.entity is None or self.record_id is None:
            return
        touched = set().union(*changes.entities.values()) if changes.entities else set()
        if not (touched & self._watched or LINK_TABLES & set(changes.entities)):
            return
        self.refresh()
