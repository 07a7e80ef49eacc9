"""The call dialog (utlysning): name, year, theme, need areas, dates and budget."""

from __future__ import annotations

import logging

from db import models, operations
from desktop import labels
from desktop.editors.base import EditDialog, Operation
from desktop.editors.form_values import amount_or_text, int_or_text, text_or_none
from desktop.editors.form_widgets import MultiLineEdit, plain_text_edit

log = logging.getLogger(__name__)


class CallDialog(EditDialog):
    entity = "call"

    def build(self) -> None:
        self.name = self.line("name", self.tr("Name"))
        self.year = self.line("year", self.tr("Year"), "2023")
        self.year.setMaximumWidth(100)
        self.theme = self.line("theme", self.tr("Theme"))
        self.need_areas = MultiLineEdit(self.tr("Need area"), self.tr("Need area"))
        self.add_field("need_areas", self.tr("Need areas"), self.need_areas)
        self.opens = self.date_line("opens", self.tr("Opens"))
        self.closes = self.date_line("closes", self.tr("Closes"))
        self.decision_by = self.date_line("decision_by", self.tr("Decision by"))
        self.budget = self.line("budget_sek", self.tr("Budget"), "0 kr")
        self.budget.setMaximumWidth(200)
        self.description = self.add_field("description", self.tr("Description"), plain_text_edit(120))

    def load(self, record: models.Call) -> None:
        self.name.setText(record.name)
        self.year.setText(str(record.year) if record.year is not None else "")
        self.theme.setText(record.theme or "")
        self.need_areas.set_values(record.need_areas)
        self.opens.setText(record.opens or "")
        self.closes.setText(record.closes or "")
        self.decision_by.setText(record.decision_by or "")
        self.budget.setText(labels.display("amount", record.budget_sek))
        self.description.setPlainText(record.description or "")

    def record_from_form(self) -> models.Call:
        base = self.original or models.Call()
        return models.Call(
            id=base.id, name=self.name.text(), year=int_or_text(self.year.text()),
            theme=text_or_none(self.theme.text()), need_areas=self.need_areas.values(),
            opens=text_or_none(self.opens.text()), closes=text_or_none(self.closes.text()),
            decision_by=text_or_none(self.decision_by.text()), budget_sek=amount_or_text(self.budget.text()),
            description=text_or_none(self.description.toPlainText()))

    def operation(self, record: models.Call) -> Operation:
        return lambda kb: operations.save_call(kb, record)
