"""The network dialog: name, description, parent network, coordinator organisation and the
members (people or organisations) with role, from and to."""

from __future__ import annotations

import logging

from db import details, models, operations
from db.validation import FieldError
from desktop.editors.base import EditDialog, Operation
from desktop.editors.form_values import text_or_none, title_for
from desktop.editors.form_widgets import plain_text_edit
from desktop.editors.link_rows import LinkRow, LinkRows
from desktop.editors.picker import RecordField

log = logging.getLogger(__name__)


class NetworkDialog(EditDialog):
    entity = "network"

    def build(self) -> None:
        self.name = self.line("name", self.tr("Name"))
        self.parent = RecordField(self.kb, ("network",), self.tr("Type to find the network this one is part of…"))
        if self.record_id:
            self.parent.set_excluded([("network", self.record_id)])
        self.add_field("parent_id", self.tr("Part of"), self.parent)
        self.coordinator = RecordField(self.kb, ("organisation",), self.tr("Type to find the coordinator…"))
        self.add_field("coordinator_id", self.tr("Coordinator"), self.coordinator)
        self.members = LinkRows(self.kb, ("contact", "organisation"), self.tr("Members"), with_dates=True,
                                placeholder=self.tr("Type a person or an organisation to add…"))
        self.add_field("members", self.tr("Members"), self.members)
        self.description = self.add_field("description", self.tr("Description"), plain_text_edit(100))
        self._existing: list[str] = []

    def load(self, record: models.Network) -> None:
        self.name.setText(record.name)
        self.description.setPlainText(record.description or "")
        self.parent.set_value("network", record.parent_id, title_for(self.kb, "network", record.parent_id))
        self.coordinator.set_value("organisation", record.coordinator_id,
                                   title_for(self.kb, "organisation", record.coordinator_id))
        links = [link for link in details(self.kb, "network", record.id).links if link.link_table == "membership"]
        self._existing = [link.link_id for link in links]
        self.members.set_rows(LinkRow(link.entity, link.entity_id, link.title, link.link_id, link.role,
                                      link.from_date, link.to_date) for link in links)

    def apply_prefill(self, prefill: list[tuple[str, str]]) -> None:
        for entity, record_id in prefill:
            title = title_for(self.kb, entity, record_id)
            if entity == "network":
                self.parent.set_value(entity, record_id, title)
            elif entity in ("contact", "organisation"):
                self.members.add(LinkRow(entity, record_id, title), focus=False)

    def record_from_form(self) -> models.Network:
        base = self.original or models.Network()
        return models.Network(
            id=base.id, name=self.name.text(), description=text_or_none(self.description.toPlainText()),
            parent_id=self.parent.value(), coordinator_id=self.coordinator.value())

    def _members(self) -> list[models.Membership]:
        """The rows as link records (the operation fills in the network)."""
        return [models.Membership(id=row.link_id, role=row.role, from_date=row.from_date, to_date=row.to_date,
                                  **{f"{row.entity}_id": row.entity_id})
                for row in self.members.rows()]

    def extra_errors(self) -> list[FieldError]:
        errors = []
        message = self.tr("Pick one from the list, or clear the field")
        errors += [FieldError(name, message) for name, field in (("parent_id", self.parent),
                                                                  ("coordinator_id", self.coordinator))
                   if field.unpicked()]
        return errors + operations.link_errors(self.kb, "members", self._members())

    def extra_state(self):
        return self.members.rows()

    def operation(self, record: models.Network) -> Operation:
        members, loaded = self._members(), list(self._existing)
        return lambda kb: operations.save_network(kb, record, members, replaces=loaded)
