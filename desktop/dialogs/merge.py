"""Merge two contacts (or two organisations) into one, field by field, with undo.

    dialog = MergeDialog(backend, "contact", a_id, b_id, parent=window)   # b_id None: pick it in the dialog
    dialog.merged.connect(lambda entity, keep_id, op_id: ...)             # after the merge was written
    dialog.exec()

The two records stand side by side (desktop.dialogs.merge_comparison.RecordComparison): the user
chooses which record is kept and what it gets; the other one's activities, notes, links and tags
move to it and it is deleted. The merge is one db.dedupe.merge.merge_records call through
backend.write; desktop.dialogs.undo_offer.UndoOffer then puts "Undo the merge" in the status bar.
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

import db
from db.entities import MERGEABLE
from desktop.dialogs.merge_comparison import (
    SIDES,
    FieldChoice,
    RecordComparison,
    link_counts,
    moves_text,
    other_side,
)
from desktop.messages import translate_error

log = logging.getLogger(__name__)


class MergeDialog(QDialog):
    """Two records side by side; Merge writes the chosen values into the kept one."""

    merged = Signal(str, str, str)  # entity, kept id, op id

    def __init__(self, backend, entity: str, a_id: str, b_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if entity not in MERGEABLE:
            raise ValueError(f"{entity} records cannot be merged (mergeable: {', '.join(MERGEABLE)})")
        self.backend, self.entity = backend, entity
        self.ids: dict[str, str | None] = {"a": a_id, "b": None}
        self.result = None  # db.dedupe.merge.MergeResult after the merge
        self.busy = False
        self.setWindowTitle(self.tr("Merge contacts") if entity == "contact" else self.tr("Merge organisations"))
        self._build()
        self.resize(820, 640)
        if b_id is not None:
            self.set_other(b_id)
        else:
            self._show_picker()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.intro = QLabel(self.tr("Choose what the merged record keeps. Activities, notes, links and tags of "
                                    "both records end up on the kept one; the other one is deleted."))
        self.intro.setWordWrap(True)
        self.picker_row = self._build_picker()
        self.comparison = RecordComparison(self.backend, self.entity)
        self.comparison.changed.connect(self._update_summary)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.comparison)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("mergeSummary")
        self.summary.setStyleSheet("#mergeSummary { background: palette(alternate-base); border: 1px solid "
                                   "palette(mid); border-radius: 4px; padding: 6px; }")
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.picker_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error_label)
        layout.addLayout(self._build_buttons())

    def _build_picker(self) -> QWidget:
        from desktop.editors.picker import SearchLine

        row = QWidget()
        self.picker = SearchLine(self.backend.kb, [self.entity], self.tr("Type a name to find the other record…"))
        self.picker.setAccessibleName(self.tr("The record to merge with"))
        self.picker.exclude.add((self.entity, self.ids["a"]))
        self.picker.picked.connect(lambda _entity, row_id, _title: self.set_other(row_id))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Merge with:")))
        layout.addWidget(self.picker, 1)
        return row

    def _build_buttons(self) -> QHBoxLayout:
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setDefault(True)
        self.merge_button.clicked.connect(self.merge)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.cancel_button)
        return buttons

    def _show_picker(self) -> None:
        self.picker_row.show()
        self.summary.setText(self.tr("Find the record to merge %1 with.")
                             .replace("%1", self._title_of(self.ids["a"])))
        self.merge_button.setEnabled(False)
        self.picker.setFocus()

    def _title_of(self, row_id: str | None) -> str:
        from db.record_details import title_of

        return (title_of(self.backend.kb, self.entity, row_id) or "") if row_id else ""

    # --- the two records -----------------------------------------------------------------------

    # --- the two records -----------------------------------------------------------------------

    def set_other(self, b_id: str) -> None:
        """Compare with this record (from the duplicates list, or picked in the dialog)."""
        if b_id == self.ids["a"]:
            return
        self.ids["b"] = b_id
        try:
            details = {side: db.details(self.backend.kb, self.entity, self.ids[side]) for side in SIDES}
        except db.NotFoundError as exc:
            self.show_error(exc)
            self.merge_button.setEnabled(False)
            return
        self.picker_row.hide()
        self.comparison.set_records(details)
        self.merge_button.setEnabled(True)
        self.merge_button.setFocus()

    @property
    def details(self) -> dict[str, db.Details]:
        return self.comparison.details

    @property
    def fields(self) -> list[FieldChoice]:
        """The fields that differ, with their choices."""
        return self.comparison.fields

    def name(self, side: str) -> str:
        return self.comparison.name(side)

    def keep_side(self) -> str:
        return self.comparison.keep_side()

    def keep_id(self) -> str:
        return self.ids[self.keep_side()]

    def drop_id(self) -> str:
        return self.ids[other_side(self.keep_side())]

    def choose_keep(self, side: str) -> None:
        self.comparison.choose_keep(side)

    def choose(self, name: str, side: str) -> None:
        """Choose a field's value: side "a", "b" or "both" (tests and keyboard users)."""
        self.comparison.choose(name, side)

    def choices(self) -> dict[str, Any]:
        """Field -> the value the kept record gets, for every field that differs."""
        return self.comparison.choices()

    def _update_summary(self) -> None:
        if not self.details:
            return
        keep = self.keep_side()
        drop = other_side(keep)
        kept_title, dropped_title = self.name(keep), self.name(drop)
        moving = moves_text(link_counts(self.details[drop]))
        lines = [self.tr("%1 is kept; %2 is deleted.").replace("%1", kept_title).replace("%2", dropped_title)]
        if moving:
            lines.append(self.tr("Moved to %1: %2.").replace("%1", kept_title).replace("%2", moving))
        else:
            lines.append(self.tr("Nothing is linked to %1.").replace("%1", dropped_title))
        self.summary.setText("\n".join(lines))

    # --- merging ---------------------------------------------------------------------------------

    def show_error(self, error: BaseException | str | None) -> None:
        if error is None:
            self.error_label.hide()
            return
        self.error_label.setText(error if isinstance(error, str) else translate_error(error))
        self.error_label.show()

    def merge(self) -> None:
        """Write the merge (one backend.write); the dialog closes when it is done."""
        if self.busy or self.ids["b"] is None:
            return
        entity, keep_id, drop_id, choices = self.entity, self.keep_id(), self.drop_id(), self.choices()
        self.busy = True
        self.merge_button.setEnabled(False)
        self.show_error(None)

        def run(kb):
            from db.dedupe.merge import merge_records

            return merge_records(kb, entity, keep_id, drop_id, choices)

        self.backend.write(run, on_done=self._merged, on_error=self._failed)

    def _merged(self, result) -> None:
        log.info("merged two %s records", self.entity)
        self.result = result
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.merged.emit(self.entity, result.keep_id, result.op_id or "")
        self.accept()

    def _failed(self, error: BaseException) -> None:
        log.warning("a merge failed: %s", type(error).__name__)
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.merge_button.setEnabled(True)
        self.show_error(self.tr("The records were not merged: %1").replace("%1", translate_error(error)))

    def reject(self) -> None:
        if not self.busy:
            super().reject()
