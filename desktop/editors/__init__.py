"""Edit dialogs for every entity, the meeting log, and delete with undo.

    dialog = open_editor(backend, "contact", contact_id, parent=window)
    dialog.saved.connect(window.open_record)   # (entity, id) after a successful save
    dialog.show()

    open_editor(backend, "activity", prefill=[("contact", contact_id)]).show()   # Ctrl+M on a record page
    if confirm_delete(backend, "project", project_id, window):
        ...  # offer "Undo": restore(backend, "project", project_id)

The caller owns the dialog: it is not deleted on close (set Qt.WA_DeleteOnClose for that).

What is where: base.py (EditDialog), one module per entity's dialog (activity.py is the meeting
log), form_widgets.py and form_values.py (what the forms are made of), picker.py (pick records by
typing), link_rows.py (linked records with role and dates), deletion.py (confirm_delete, restore).
Every save is a named operation of db/operations.py. No module here imports this one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.editors.activity import MeetingDialog
from desktop.editors.base import EditDialog
from desktop.editors.call import CallDialog
from desktop.editors.contact import ContactDialog
from desktop.editors.deletion import confirm_delete, restore
from desktop.editors.network import NetworkDialog
from desktop.editors.organisation import OrganisationDialog
from desktop.editors.project import ProjectDialog

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


__all__ = ["DIALOGS", "EditDialog", "MeetingDialog", "confirm_delete", "open_editor", "restore"]
