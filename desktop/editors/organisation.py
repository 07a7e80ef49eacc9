"""The organisation dialog: name, kind, organisationsnummer, where, parent organisation."""

from __future__ import annotations

import logging

from db import models, operations
from db.validation import FieldError
from desktop.editors.base import EditDialog, Operation
from desktop.editors.form_values import text_or_none, title_for
from desktop.editors.form_widgets import combo, plain_text_edit, set_combo
from desktop.editors.picker import RecordField

log = logging.getLogger(__name__)


class OrganisationDialog(EditDialog):
    entity = "organisation"

    def build(self) -> None:
        self.name = self.line("name", self.tr("Name"))
        self.short_name = self.line("short_name", self.tr("Short name"))
        self.kind = self.add_field("kind", self.tr("Kind"), combo(models.ORGANISATION_KINDS))
        self.org_number = self.line("org_number", self.tr("Org. number"), "NNNNNN-NNNN")
        self.website = self.line("website", self.tr("Website"), "https://")
        self.municipality = self.line("municipality", self.tr("Municipality"))
        self.county = self.line("county", self.tr("County"))
        self.parent = RecordField(self.kb, ("organisation",), self.tr("Type to find the parent organisation…"))
        if self.record_id:
            self.parent.set_excluded([("organisation", self.record_id)])
        self.add_field("parent_id", self.tr("Part of"), self.parent)
        self.notes = self.add_field("notes", self.tr("Notes"), plain_text_edit())

    def load(self, record: models.Organisation) -> None:
        self.name.setText(record.name)
        self.short_name.setText(record.short_name or "")
        set_combo(self.kind, record.kind)
        self.org_number.setText(record.org_number or "")
        self.website.setText(record.website or "")
        self.municipality.setText(record.municipality or "")
        self.county.setText(record.county or "")
        self.parent.set_value("organisation", record.parent_id, title_for(self.kb, "organisation", record.parent_id))
        self.notes.setPlainText(record.notes or "")

    def load_defaults(self) -> None:
        set_combo(self.kind, "annan")

    def apply_prefill(self, prefill: list[tuple[str, str]]) -> None:
        for entity, record_id in prefill:
            if entity == "organisation":
                self.parent.set_value(entity, record_id, title_for(self.kb, entity, record_id))

    def record_from_form(self) -> models.Organisation:
        base = self.original or models.Organisation()
        return models.Organisation(
            id=base.id, name=self.name.text(), short_name=text_or_none(self.short_name.text()),
            kind=self.kind.currentData(), org_number=text_or_none(self.org_number.text()),
            website=text_or_none(self.website.text()), municipality=text_or_none(self.municipality.text()),
            county=text_or_none(self.county.text()), parent_id=self.parent.value(),
            notes=text_or_none(self.notes.toPlainText()))

    def extra_errors(self) -> list[FieldError]:
        if self.parent.unpicked():
            return [FieldError("parent_id", self.tr("Pick an organisation from the list, or clear the field"))]
        return []

    def operation(self, record: models.Organisation) -> Operation:
        return lambda kb: operations.save_organisation(kb, record)
