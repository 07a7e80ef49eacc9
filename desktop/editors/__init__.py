"""Edit dialogs for every entity, the meeting log, and delete with undo.

    dialog = open_editor(backend, "contact", contact_id, parent=window)
    dialog.saved.connect(window.open_record)   # (entity, id) after a successful save
    dialog.show()

    open_editor(backend, "activity", prefill=[("contact", contact_id)]).show()   # Ctrl+M on a record page
    if confirm_delete(backend, "project", project_id, window):
        ...  # offer "Undo": restore(backend, "project", project_id)

The caller owns the dialog: it is not deleted on close (set Qt.WA_DeleteOnClose for that).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from db import models
from desktop import labels
from desktop.editors.activity import MeetingDialog
from desktop.editors.base import EditDialog, record_title, translate
from desktop.editors.call import CallDialog
from desktop.editors.contact import ContactDialog
from desktop.editors.network import NetworkDialog
from desktop.editors.organisation import OrganisationDialog
from desktop.editors.project import ProjectDialog
from desktop.messages import translate_error

log = logging.getLogger(__name__)

DIALOGS: dict[str, type[EditDialog]] = {
    "contact": ContactDialog,
    "organisation": OrganisationDialog,
    "project": ProjectDialog,
    "network": NetworkDialog,
    "call": CallDialog,
    "activity": MeetingDialog,
}


def open_editor(backend, entity: str, record_id: str | None = None, parent: QWidget | None = None,
                prefill: list[tuple[str, str]] | None = None) -> EditDialog:
    """The edit dialog for one record (record_id None: a new one), not yet shown. `prefill`:
    records a new one starts linked to, e.g. [("contact", id)] for a meeting logged from a contact."""
    try:
        cls = DIALOGS[entity]
    except KeyError:
        raise ValueError(f"no edit dialog for '{entity}'") from None
    return cls(backend, record_id, parent, prefill=prefill)


def confirm_delete(backend, entity: str, record_id: str, parent: QWidget | None = None,
                   on_done: Callable[[models.Saved], None] | None = None) -> bool:
    """Ask, naming the record; on yes, delete it (softly: restore() undoes it). True when deleted
    (or, with a worker thread, queued for deletion)."""
    record = backend.kb.service(entity).get(record_id)
    kind = labels.entity_singular(entity).lower()
    answer = QMessageBox.question(
        parent, translate("Dialogs", "Delete"),
        translate("Dialogs", "Delete the {kind} \u201c{title}\u201d?\n\nYou can undo this afterwards.").format(
            kind=kind, title=record_title(entity, record)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False

    def failed(error: BaseException) -> None:
        log.error("deleting %s %s failed", entity, record_id, exc_info=error)
        message = translate("Dialogs", "Could not delete: {error}").format(error=translate_error(error))
        QMessageBox.warning(parent, translate("Dialogs", "Delete"), message)

    backend.write(lambda kb: kb.service(entity).delete(record_id), on_done, failed)
    log.info("deleting %s %s", entity, record_id)
    return True


def restore(backend, entity: str, record_id: str, on_done: Callable[[models.Saved], None] | None = None) -> None:
    """Undo a delete."""
    backend.write(lambda kb: kb.service(entity).restore(record_id), on_done)
    log.info("restoring %s %s", entity, record_id)


__all__ = ["DIALOGS", "EditDialog", "MeetingDialog", "confirm_delete", "open_editor", "restore"]
