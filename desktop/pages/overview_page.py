"""Översikt: the programme's figures straight from the data (the annual report's numbers).
Computed when shown (and again after a change while shown), never while hidden."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from db import models as m
from db.overview import overview
from desktop import labels
from desktop.backend import Backend
from desktop.pages.scoped_refresh import ScopedRefresh


class OverviewPage(QWidget):
    def __init__(self, backend: Backend, parent: QWidget | None = None):
        super().__init__(parent)
        self.backend = backend
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year.currentIndexChanged.connect(self.refresh)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Overview"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self.refresher = ScopedRefresh(self, backend, self._concerned, self.refresh, dirty=True)
        self._fill_years()

    @staticmethod
    def _concerned(changes: m.Changes) -> bool:
        return bool(changes.entities)  # the figures count every kind of record

    def _fill_years(self) -> None:
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All years"), None)
        this_year = QDate.currentDate().year()
        for year in range(this_year, 2015, -1):
            self.year.addItem(str(year), year)
        self.year.blockSignals(False)

    def refresh(self) -> None:
        figures = overview(self.backend.kb, self.year.currentData())
        parts = [f"<h2>{escape(self.tr('Overview'))}</h2>", "<table cellspacing='4'>"]
        for entity, count in figures.counts.items():
            parts.append(f"<tr><td>{escape(labels.entity_plural(entity))}</td><td align='right'>{count}</td></tr>")
        parts.append("</table>")
        parts.append(self._section(self.tr("Projects by kind"), figures.projects_by_kind))
        parts.append(self._section(self.tr("Projects by status"), figures.projects_by_status))
        parts.append(f"<p>{escape(self.tr('Total budget'))}: <b>{labels.display('amount', figures.total_budget_sek)}"
                     f"</b><br>{escape(self.tr('Grants'))}: <b>{labels.display('amount', figures.grant_sek)}</b>")
        if figures.total_budget_sek:
            share = 100 * (figures.total_budget_sek - figures.grant_sek) // figures.total_budget_sek
            parts.append(f"<br>{escape(self.tr('Co-financing'))}: <b>{share} %</b>")
        parts.append("</p>")
        parts.append(self._section(self.tr("Activities by kind"), figures.activities_by_kind))
        parts.append(f"<p>{escape(self.tr('Attendance at events'))}: <b>{figures.attendance}</b><br>"
                     f"{escape(self.tr('Open follow-ups'))}: <b>{figures.open_follow_ups}</b> "
                     f"({escape(self.tr('overdue'))}: {figures.overdue_follow_ups})</p>")
        self.view.setHtml("".join(parts))

    @staticmethod
    def _section(title: str, counts: dict[str, int]) -> str:
        if not counts:
            return f"<h3>{escape(title)}</h3><p>–</p>"
        rows = "".join(f"<tr><td>{escape(k)}</td><td align='right'>{v}</td></tr>" for k, v in counts.items())
        return f"<h3>{escape(title)}</h3><table cellspacing='4'>{rows}</table>"
