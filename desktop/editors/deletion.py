"""Delete a record after asking, naming it (softly: restore() undoes it from the status bar or
the trash).

    if confirm_delete(backend, "project", project_id, window):
        ...  # offer "Undo": restore(backend, "project", project_id)
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from db import operations
from db.entities import SPECS
from desktop import labels
from desktop.editors.form_widgets import translate
from desktop.messages import translate_error

log = logging.getLogger(__name__)

Done = Callable[[operations.OpResult], None]


def confirm_delete(backend, entity: str, record_id: str, parent: QWidget | None = None,
                   on_done: Done | None = None) -> bool:
    """Ask, naming the record; on yes, delete it. True when deleted (or, with a worker thread,
    queued for deletion)."""
    record = backend.kb.service(entity).get(record_id)
    kind = labels.entity_singular(entity).lower()
    answer = QMessageBox.question(
        parent, translate("Dialogs", "Delete"),
        translate("Dialogs", "Delete the {kind} \u201c{title}\u201d?\n\nYou can undo this afterwards.").format(
            kind=kind, title=SPECS[entity].title(record)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False

    def failed(error: BaseException) -> None:
        log.error("deleting %s %s failed", entity, record_id, exc_info=error)
        message = translate("Dialogs", "Could not delete: {error}").format(error=translate_error(error))
        QMessageBox.warning(parent, translate("Dialogs", "Delete"), message)

    backend.write(lambda kb: operations.delete_record(kb, entity, record_id), on_done, failed)
    log.info("deleting %s %s", entity, record_id)
    return True


def restore(backend, entity: str, record_id: str, on_done: Done | None = None) -> None:
    """Undo a delete."""
    backend.write(lambda kb: operations.restore_record(kb, entity, record_id), on_done)
    log.info("restoring %s %s", entity, record_id)
