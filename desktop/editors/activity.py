"""The meeting log (the activity dialog): kind, when, where, who took part, what it was about,
the minutes and the follow-ups, all saved in one go. Ctrl+M opens it, pre-filled with the
record it was opened from."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db import KnowledgeBase, details, models, operations
from db.validation import FieldError
from desktop.editors.base import EditDialog, Operation
from desktop.editors.form_values import datetime_text, int_or_text, text_or_none, title_for
from desktop.editors.form_widgets import (
    combo,
    date_width,
    error_label,
    fix_tab_order,
    heading,
    plain_text_edit,
    set_combo,
    set_error,
    translate,
)
from desktop.editors.picker import RecordPicker

log = logging.getLogger(__name__)
PARTICIPANTS = ("contact", "organisation")
TOPICS = ("project", "network")


def now_rounded(now: datetime | None = None) -> str:
    """Now, to the nearest quarter of an hour: "2024-05-13 10:15"."""
    now = (now or datetime.now()).replace(second=0, microsecond=0)
    minutes = (now.minute + 7) // 15 * 15
    return (now.replace(minute=0) + timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M")


@dataclass
class FollowUpRow:
    id: str | None
    text: str
    owner_id: str | None
    due: str | None
    done_at: str | None = None


class _FollowUpWidgets:
    def __init__(self, owner: FollowUps, row: FollowUpRow):
        self.row = row
        self.widget = QWidget()
        outer = QVBoxLayout(self.widget)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(1)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        number = len(owner.row_widgets()) + 1
        self.text = QLineEdit(row.text)
        self.text.setPlaceholderText(translate("FollowUps", "What is to be done"))
        self.text.setAccessibleName(translate("FollowUps", "Follow-up {n}: what").format(n=number))
        self.owner = QComboBox()
        self.owner.addItem("", None)
        for contact_id, name in owner.staff:
            self.owner.addItem(name, contact_id)
        if row.owner_id and self.owner.findData(row.owner_id) < 0:
            self.owner.addItem(title_for(owner.kb, "contact", row.owner_id), row.owner_id)
        self.owner.setCurrentIndex(max(self.owner.findData(row.owner_id), 0))
        self.owner.setAccessibleName(translate("FollowUps", "Follow-up {n}: owner").format(n=number))
        self.due = QLineEdit(row.due or "")
        self.due.setPlaceholderText(translate("FollowUps", "YYYY-MM-DD"))
        self.due.setFixedWidth(date_width(self.due))
        self.due.setAccessibleName(translate("FollowUps", "Follow-up {n}: due date").format(n=number))
        self.remove = QToolButton()
        self.remove.setText("×")
        self.remove.setToolTip(translate("FollowUps", "Remove this follow-up"))
        self.remove.setAccessibleName(translate("FollowUps", "Remove follow-up {n}").format(n=number))
        self.remove.clicked.connect(lambda: owner.remove_row(self))
        for widget, stretch in ((self.text, 4), (self.owner, 2), (self.due, 0), (self.remove, 0)):
            line.addWidget(widget, stretch)
        self.text.textChanged.connect(owner.changed)
        self.owner.currentIndexChanged.connect(owner.changed)
        self.due.textChanged.connect(owner.changed)
        outer.addLayout(line)
        self.error = error_label()
        outer.addWidget(self.error)

    def value(self) -> FollowUpRow:
        return FollowUpRow(self.row.id, self.text.text(), self.owner.currentData(), text_or_none(self.due.text()),
                           self.row.done_at)

    def blank(self) -> bool:
        return not self.text.text().strip() and not self.due.text().strip() and self.owner.currentData() is None


class FollowUps(QWidget):
    """Follow-ups: text, owner (programme office staff), due date; add and remove rows."""

    changed = Signal()

    def __init__(self, kb: KnowledgeBase, parent: QWidget | None = None):
        super().__init__(parent)
        self.kb = kb
        self.staff = [(c.id, c.full_name) for c in kb.contacts.list({"is_staff": True})]
        self._rows: list[_FollowUpWidgets] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.header = QWidget()
        head = QHBoxLayout(self.header)
        head.setContentsMargins(0, 0, 0, 0)
        for text, stretch in ((self.tr("What"), 4), (self.tr("Owner"), 2), (self.tr("Due"), 0)):
            label = QLabel(text)
            if not stretch:
                label.setFixedWidth(date_width(label))
            head.addWidget(label, stretch)
        head.addSpacing(QToolButton().sizeHint().width() + head.spacing())
        layout.addWidget(self.header)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(2)
        layout.addLayout(self.rows_layout)
        self.add_button = QPushButton(self.tr("Add follow-up"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add(FollowUpRow(None, "", None, None)))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.header.hide()

    def add(self, row: FollowUpRow, *, focus: bool = True) -> _FollowUpWidgets:
        widgets = _FollowUpWidgets(self, row)
        self._rows.append(widgets)
        self.rows_layout.addWidget(widgets.widget)
        self.header.show()
        fix_tab_order(self.window())
        if focus:
            widgets.text.setFocus()
        self.changed.emit()
        return widgets

    def remove_row(self, widgets: _FollowUpWidgets) -> None:
        index = self._rows.index(widgets)
        self._rows.pop(index)
        widgets.widget.hide()
        widgets.widget.deleteLater()
        self.header.setVisible(bool(self._rows))
        fix_tab_order(self.window())
        (self._rows[index].text if index < len(self._rows) else self.add_button).setFocus()
        self.changed.emit()

    def row_widgets(self) -> list[_FollowUpWidgets]:
        return list(self._rows)

    def rows(self) -> list[FollowUpRow]:
        """The rows to keep: a row left completely empty is no follow-up (and no error)."""
        return [w.value() for w in self._rows if not (w.blank() and w.row.id is None)]

    def clear_errors(self) -> None:
        for widgets in self._rows:
            set_error(widgets.error, None)

    def set_row_error(self, index: int, message: str, sub: str | None = None) -> bool:
        kept = [w for w in self._rows if not (w.blank() and w.row.id is None)]
        if not 0 <= index < len(kept):
            return False
        label = kept[index].error
        set_error(label, f"{label.text()}\n{message}" if label.isVisible() and label.text() else message)
        return True


class MeetingDialog(EditDialog):
    entity = "activity"

    def build(self) -> None:
        self.kind = self.add_field("kind", self.tr("Kind"), combo(models.ACTIVITY_KINDS))
        self.title_edit = self.line("title", self.tr("Title"), self.tr("What the meeting was about, in a few words"))
        self.starts = self.date_line("starts", self.tr("Starts"), with_time=True)
        self.ends = self.date_line("ends", self.tr("Ends"), with_time=True)
        self.place = self.line("place", self.tr("Place"))
        self.online = self.add_field("online", self.tr("Online"), QCheckBox(self.tr("Held online")))
        self.attendance = self.line("attendance", self.tr("Attendance"), self.tr("Number of people (events)"))
        self.attendance.setMaximumWidth(180)
        self.form.addRow(heading(self.tr("Who and what")))
        self.participants = RecordPicker(self.kb, PARTICIPANTS, self.tr("Participants"),
                                         self.tr("Type a person or an organisation to add…"))
        self.add_field("participants", self.tr("Participants"), self.participants)
        self.topics = RecordPicker(self.kb, TOPICS, self.tr("Topics"), self.tr("Type a project or a network to add…"))
        self.add_field("topics", self.tr("Topics"), self.topics)
        self.minutes = self.add_field("minutes", self.tr("Minutes"), plain_text_edit(140))
        self.follow_ups = FollowUps(self.kb)
        self.add_field("follow_ups", self.tr("Follow-ups"), self.follow_ups)
        self._existing_links: list[str] = []
        self._existing_follow_ups: list[str] = []

    def _title(self) -> str:
        if self.original is None:
            return self.tr("Log a meeting")
        return super()._title()

    def load(self, record: models.Activity) -> None:
        set_combo(self.kind, record.kind)
        self.title_edit.setText(record.title)
        self.starts.setText(datetime_text(record.starts))
        self.ends.setText(datetime_text(record.ends))
        self.place.setText(record.place or "")
        self.online.setChecked(record.online)
        self.attendance.setText("" if record.attendance is None else str(record.attendance))
        self.minutes.setPlainText(record.minutes or "")
        found = details(self.kb, "activity", record.id)
        for link in found.links:
            picker = self.participants if link.entity in PARTICIPANTS else self.topics
            picker.add(link.entity, link.entity_id, link.title, {"link_id": link.link_id, "role": link.role})
        self._existing_links = [link.link_id for link in found.links]
        for item in found.follow_ups:
            self.follow_ups.add(FollowUpRow(item.id, item.text, item.owner_id, item.due, item.done_at), focus=False)
        self._existing_follow_ups = [item.id for item in found.follow_ups]

    def load_defaults(self) -> None:
        set_combo(self.kind, "möte")
        self.starts.setText(now_rounded())

    def apply_prefill(self, prefill: list[tuple[str, str]]) -> None:
        for entity, record_id in prefill:
            picker = self.participants if entity in PARTICIPANTS else self.topics if entity in TOPICS else None
            if picker is None:
                log.info("a meeting cannot link a %s; %s left out", entity, record_id)
                continue
            picker.add(entity, record_id, title_for(self.kb, entity, record_id))

    def record_from_form(self) -> models.Activity:
        base = self.original or models.Activity(logged_by=self.backend.user)
        return models.Activity(
            id=base.id, kind=self.kind.currentData(), title=self.title_edit.text(), starts=self.starts.text(),
            ends=text_or_none(self.ends.text()), place=text_or_none(self.place.text()),
            online=self.online.isChecked(), attendance=int_or_text(self.attendance.text()),
            minutes=text_or_none(self.minutes.toPlainText()), logged_by=base.logged_by)

    def _links(self) -> list[models.ActivityLink]:
        """Participants and topics as link records (the operation fills in the activity)."""
        links = []
        for picker, role in ((self.participants, "deltagare"), (self.topics, "ämne")):
            for choice in picker.choices():
                links.append(models.ActivityLink(id=choice.data.get("link_id"), role=choice.data.get("role") or role,
                                                 **{f"{choice.entity}_id": choice.id}))
        return links

    def _follow_ups(self) -> list[models.FollowUp]:
        return [models.FollowUp(id=row.id, text=row.text, owner_id=row.owner_id, due=row.due, done_at=row.done_at)
                for row in self.follow_ups.rows()]

    def extra_errors(self) -> list[FieldError]:
        return operations.link_errors(self.kb, "follow_ups", self._follow_ups())

    def extra_state(self):
        return (self.participants.values(), self.topics.values(), self.follow_ups.rows())

    def operation(self, record: models.Activity) -> Operation:
        links, follow_ups = self._links(), self._follow_ups()
        loaded = [*self._existing_links, *self._existing_follow_ups]
        return lambda kb: operations.log_activity(kb, record, links, follow_ups, replaces=loaded)
