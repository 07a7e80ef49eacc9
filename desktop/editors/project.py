"""The project dialog: call, kind, status, dates, budget and grant with the co-financing share
shown as you type, coordinator, and the parties (organisations or people) with their roles."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QLabel

from db import details, models, operations
from db.validation import FieldError
from desktop import labels
from desktop.editors.base import EditDialog, Operation
from desktop.editors.form_values import amount_or_text, text_or_none, title_for
from desktop.editors.form_widgets import combo, heading, plain_text_edit, set_combo
from desktop.editors.link_rows import LinkRow, LinkRows
from desktop.editors.picker import RecordField

log = logging.getLogger(__name__)


class ProjectDialog(EditDialog):
    entity = "project"

    def build(self) -> None:
        self.title_edit = self.line("title", self.tr("Title"))
        self.reference = self.line("reference", self.tr("Reference"), self.tr("Case number"))
        self.kind = self.add_field("kind", self.tr("Kind"), combo(models.PROJECT_KINDS, blank=True))
        self.status = self.add_field("status", self.tr("Status"), combo(models.PROJECT_STATUSES))
        self.call = self.add_field("call_id", self.tr("Call"), combo((), blank=True))
        for call in self.kb.calls.list():
            self.call.addItem(f"{call.name} ({call.year})" if call.year else call.name, call.id)
        self.start_date = self.date_line("start_date", self.tr("Start"))
        self.end_date = self.date_line("end_date", self.tr("End"))
        self.form.addRow(heading(self.tr("Money")))
        self.total = self.line("total_budget_sek", self.tr("Total budget"), "0 kr")
        self.grant = self.line("grant_sek", self.tr("Grant"), "0 kr")
        for edit in (self.total, self.grant):
            edit.setMaximumWidth(220)
            edit.textChanged.connect(self._update_share)
            edit.editingFinished.connect(lambda edit=edit: self._tidy_amount(edit))
        self.share = QLabel()
        self.share.setAccessibleName(self.tr("Co-financing share"))
        self.form.addRow("", self.share)
        self.form.addRow(heading(self.tr("Who")))
        self.coordinator = RecordField(self.kb, ("organisation",), self.tr("Type to find the coordinator…"))
        self.add_field("coordinator_id", self.tr("Coordinator"), self.coordinator)
        self.parties = LinkRows(self.kb, ("organisation", "contact"), self.tr("Parties"), roles=models.PARTY_ROLES,
                                default_role="partner",
                                placeholder=self.tr("Type an organisation or a person to add…"))
        self.add_field("parties", self.tr("Parties"), self.parties)
        self.municipality = self.line("municipality", self.tr("Municipality"))
        self.need_area = self.line("need_area", self.tr("Need area"))
        self.description = self.add_field("description", self.tr("Description"), plain_text_edit(120))
        self._existing: list[str] = []

    def load(self, record: models.Project) -> None:
        self.title_edit.setText(record.title)
        self.reference.setText(record.reference or "")
        set_combo(self.kind, record.kind)
        set_combo(self.status, record.status)
        set_combo(self.call, record.call_id)
        self.start_date.setText(record.start_date or "")
        self.end_date.setText(record.end_date or "")
        self.total.setText(labels.display("amount", record.total_budget_sek))
        self.grant.setText(labels.display("amount", record.grant_sek))
        self.coordinator.set_value("organisation", record.coordinator_id,
                                   title_for(self.kb, "organisation", record.coordinator_id))
        self.municipality.setText(record.municipality or "")
        self.need_area.setText(record.need_area or "")
        self.description.setPlainText(record.description or "")
        links = [link for link in details(self.kb, "project", record.id).links if link.link_table == "project_party"]
        self._existing = [link.link_id for link in links]
        self.parties.set_rows(LinkRow(link.entity, link.entity_id, link.title, link.link_id, link.role)
                              for link in links)
        self._update_share()

    def load_defaults(self) -> None:
        set_combo(self.status, "sökt")
        self._update_share()

    def apply_prefill(self, prefill: list[tuple[str, str]]) -> None:
        for entity, record_id in prefill:
            if entity == "call":
                set_combo(self.call, record_id)
            elif entity in ("organisation", "contact"):
                self.parties.add(LinkRow(entity, record_id, title_for(self.kb, entity, record_id)), focus=False)

    def _tidy_amount(self, edit) -> None:
        """A valid amount is shown the office's way once the field is left: 83 500 000 kr."""
        value = amount_or_text(edit.text())
        if isinstance(value, int):
            edit.setText(labels.display("amount", value))

    def _update_share(self) -> None:
        total, grant = amount_or_text(self.total.text()), amount_or_text(self.grant.text())
        if isinstance(total, int) and isinstance(grant, int) and total > 0 and grant <= total:
            share = 100 * (total - grant) // total  # rounded down, as the data layer's warning
            self.share.setText(self.tr("Co-financing: {share} % ({amount})").format(
                share=share, amount=labels.display("amount", total - grant)))
        else:
            self.share.setText(self.tr("Co-financing: –"))

    def record_from_form(self) -> models.Project:
        base = self.original or models.Project()
        return models.Project(
            id=base.id, title=self.title_edit.text(), reference=text_or_none(self.reference.text()),
            kind=self.kind.currentData(), call_id=self.call.currentData(), status=self.status.currentData(),
            start_date=text_or_none(self.start_date.text()), end_date=text_or_none(self.end_date.text()),
            total_budget_sek=amount_or_text(self.total.text()), grant_sek=amount_or_text(self.grant.text()),
            coordinator_id=self.coordinator.value(), municipality=text_or_none(self.municipality.text()),
            need_area=text_or_none(self.need_area.text()), description=text_or_none(self.description.toPlainText()))

    def _parties(self) -> list[models.ProjectParty]:
        """The rows as link records (the operation fills in the project)."""
        return [models.ProjectParty(id=row.link_id, role=row.role or "partner", **{f"{row.entity}_id": row.entity_id})
                for row in self.parties.rows()]

    def extra_errors(self) -> list[FieldError]:
        errors = []
        if self.coordinator.unpicked():
            message = self.tr("Pick an organisation from the list, or clear the field")
            errors.append(FieldError("coordinator_id", message))
        return errors + operations.link_errors(self.kb, "parties", self._parties())

    def extra_state(self):
        return self.parties.rows()

    def operation(self, record: models.Project) -> Operation:
        parties, loaded = self._parties(), list(self._existing)
        return lambda kb: operations.save_project(kb, record, parties, replaces=loaded)
