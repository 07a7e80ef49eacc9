"""The contact dialog: name, e-mails and phones (one field each), GDPR basis and source,
and the organisations the person works for (affiliations with role, from and to)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QCheckBox

from db import details, models, operations
from db.validation import FieldError
from desktop import labels
from desktop.editors.base import EditDialog, Operation
from desktop.editors.form_values import text_or_none, title_for
from desktop.editors.form_widgets import MultiLineEdit, combo, heading, plain_text_edit, set_combo
from desktop.editors.link_rows import LinkRow, LinkRows

log = logging.getLogger(__name__)
DEFAULT_LEGAL_BASIS = "allmänt intresse"


class ContactDialog(EditDialog):
    entity = "contact"

    def build(self) -> None:
        self.first_name = self.line("first_name", self.tr("First name"))
        self.last_name = self.line("last_name", self.tr("Last name"))
        self.title_edit = self.line("title", self.tr("Title"))
        self.emails = MultiLineEdit(self.tr("E-mail"), self.tr("name@example.com"))
        self.add_field("emails", self.tr("E-mail"), self.emails)
        self.phones = MultiLineEdit(self.tr("Phone"), "070-123 45 67")
        self.add_field("phones", self.tr("Phone"), self.phones)
        self.municipality = self.line("municipality", self.tr("Municipality"))
        self.is_staff = self.add_field("is_staff", self.tr("Programme office staff"),
                                       QCheckBox(self.tr("Works in the programme office")))
        self.form.addRow(heading(self.tr("Organisations")))
        self.affiliations = LinkRows(self.kb, ("organisation",), self.tr("Organisations"), with_dates=True,
                                     placeholder=self.tr("Type an organisation's name to add it…"))
        self.add_field("affiliations", self.tr("Works at"), self.affiliations)
        self.form.addRow(heading(self.tr("Data protection")))
        self.legal_basis = self.add_field("legal_basis", self.tr("Legal basis"), combo(models.LEGAL_BASES, blank=True))
        self.source = self.line("source", self.tr("Source"), self.tr("Where the details come from"))
        self.informed_at = self.date_line("informed_at", self.tr("Informed on"))
        self.retain_until = self.date_line("retain_until", self.tr("Keep until"))
        self.notes = self.add_field("notes", self.tr("Notes"), plain_text_edit())
        self._existing: list[str] = []

    def load(self, record: models.Contact) -> None:
        self.first_name.setText(record.first_name)
        self.last_name.setText(record.last_name)
        self.title_edit.setText(record.title or "")
        self.emails.set_values(record.emails)
        self.phones.set_values(labels.display("phone", p) for p in record.phones)
        self.municipality.setText(record.municipality or "")
        self.is_staff.setChecked(record.is_staff)
        set_combo(self.legal_basis, record.legal_basis)
        self.source.setText(record.source or "")
        self.informed_at.setText(record.informed_at or "")
        self.retain_until.setText(record.retain_until or "")
        self.notes.setPlainText(record.notes or "")
        links = [link for link in details(self.kb, "contact", record.id).links if link.link_table == "affiliation"]
        self._existing = [link.link_id for link in links]
        self.affiliations.set_rows(LinkRow(link.entity, link.entity_id, link.title, link.link_id, link.role,
                                           link.from_date, link.to_date) for link in links)

    def load_defaults(self) -> None:
        set_combo(self.legal_basis, DEFAULT_LEGAL_BASIS)

    def apply_prefill(self, prefill: list[tuple[str, str]]) -> None:
        for entity, record_id in prefill:
            if entity == "organisation":
                self.affiliations.add(LinkRow(entity, record_id, title_for(self.kb, entity, record_id)), focus=False)

    def record_from_form(self) -> models.Contact:
        base = self.original or models.Contact()
        return models.Contact(
            id=base.id, first_name=self.first_name.text(), last_name=self.last_name.text(),
            title=text_or_none(self.title_edit.text()), emails=self.emails.values(), phones=self.phones.values(),
            municipality=text_or_none(self.municipality.text()), notes=text_or_none(self.notes.toPlainText()),
            is_staff=self.is_staff.isChecked(), legal_basis=self.legal_basis.currentData(),
            source=text_or_none(self.source.text()), informed_at=text_or_none(self.informed_at.text()),
            retain_until=text_or_none(self.retain_until.text()))

    def _affiliations(self) -> list[models.Affiliation]:
        """The rows as link records (the operation fills in the contact)."""
        return [models.Affiliation(id=row.link_id, organisation_id=row.entity_id, role=row.role,
                                   from_date=row.from_date, to_date=row.to_date)
                for row in self.affiliations.rows()]

    def extra_errors(self) -> list[FieldError]:
        return operations.link_errors(self.kb, "affiliations", self._affiliations())

    def extra_state(self):
        return self.affiliations.rows()

    def operation(self, record: models.Contact) -> Operation:
        affiliations, loaded = self._affiliations(), list(self._existing)
        return lambda kb: operations.save_contact(kb, record, affiliations, replaces=loaded)
