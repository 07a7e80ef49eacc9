"""Scoped refreshes: a change reloads only the views that are shown and concerned by it; hidden
pages catch up when they are next shown; the view that made a change is not reloaded twice."""

import traceback
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import db
from db import models as m
from desktop.editors import EditDialog

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


@pytest.fixture
def statements(backend):
    """The desktop module (e.g. 'pages/trash_page') that ran each statement on the UI connection."""
    seen: list[str] = []

    def caller(_sql: str) -> None:
        for frame in reversed(traceback.extract_stack()):
            path = Path(frame.filename)
            if path.is_relative_to(DESKTOP) and path.name != "backend.py":
                seen.append(str(path.relative_to(DESKTOP).with_suffix("")))
                return
        seen.append("(elsewhere)")

    backend.kb.db.conn.set_trace_callback(caller)
    yield seen
    backend.kb.db.conn.set_trace_callback(None)


@pytest.fixture
def loads(monkeypatch):
    """The records the record page read (each call of db.details is one load of the page)."""
    read: list[tuple[str, str]] = []
    real = db.details

    def counting(kb, entity, row_id):
        read.append((entity, row_id))
        return real(kb, entity, row_id)

    monkeypatch.setattr(db, "details", counting)
    return read


def contact(backend, last_name) -> m.Contact:
    return backend.kb.contacts.list({"last_name": last_name})[0]


def edit_title_in_the_dialog(qtbot, window, row_id: str, title: str) -> None:
    """As the user does it: Ctrl+E's dialog, a new title, save."""
    window.records.edit_record("contact", row_id)
    dialog = next(d for d in window.findChildren(EditDialog) if d.isVisible())
    dialog.title_edit.setText(title)
    with qtbot.waitSignal(dialog.saved):
        dialog.save()


def test_one_title_edit_reloads_the_shown_record_once_and_no_hidden_page(qtbot, window, statements, loads):
    palm = contact(window.backend, "Palm")
    window.open_record("contact", palm.id)
    statements.clear()
    loads.clear()
    edit_title_in_the_dialog(qtbot, window, palm.id, "Forskningsledare")
    assert loads == [("contact", palm.id)]
    assert "Forskningsledare" in window.record_page.subtitle_label.text()
    assert "pages/trash_page" not in statements
    assert "pages/overview_page" not in statements
    page = window.lists["contact"]
    assert page.model.data(page.model.index(page.model.row_of(palm.id), 1)) == "Forskningsledare"
    assert page.current_id() == palm.id


def test_a_change_to_another_record_does_not_reload_the_record_page(window, loads):
    palm, ander = contact(window.backend, "Palm"), contact(window.backend, "Ander")
    window.open_record("contact", palm.id)
    loads.clear()
    ander.title = "säkerhetschef"
    window.backend.write(lambda kb: kb.contacts.update(ander))
    window.backend.write(lambda kb: kb.organisations.create(m.Organisation(name="Nytt bolag AB")))
    assert loads == []
    assert window.lists["contact"].current_id() == palm.id


def test_a_change_to_a_linked_record_reloads_the_record_page_once(window, loads):
    palm = contact(window.backend, "Palm")
    uppsala = window.backend.kb.organisations.list({"name": "Uppsala universitet"})[0]
    window.open_record("contact", palm.id)
    loads.clear()
    uppsala.name = "Uppsala universitet (UU)"
    window.backend.write(lambda kb: kb.organisations.update(uppsala))
    assert loads == [("contact", palm.id)]
    assert "Uppsala universitet (UU)" in window.record_page.browser.toPlainText()


def test_the_record_page_reloads_once_after_its_own_note(window, loads):
    palm = contact(window.backend, "Palm")
    window.open_record("contact", palm.id)
    loads.clear()
    window.record_page.notes.edit.setPlainText("Ringde om workshopen.")
    window.record_page.notes.add_note()
    assert loads == [("contact", palm.id)]
    assert "Ringde om workshopen." in window.record_page.notes.view.toPlainText()


def test_the_hidden_trash_page_runs_no_query_and_catches_up_when_shown(window, statements, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    palm = contact(window.backend, "Palm")
    statements.clear()
    window.delete_record("contact", palm.id)
    assert "pages/trash_page" not in statements
    window.show_page("trash")
    assert "pages/trash_page" in statements
    tree = window.pages["trash"].tree
    assert tree.topLevelItem(0).child(0).text(0) == "Klas Palm"


def test_the_hidden_overview_runs_no_query_and_is_current_when_shown(window, statements):
    window.show_page("overview")
    before = window.pages["overview"].view.toPlainText()
    window.show_page("contact")
    statements.clear()
    window.backend.write(lambda kb: kb.projects.create(m.Project(title="Ett nytt projekt")))
    assert "pages/overview_page" not in statements
    window.show_page("overview")
    assert "pages/overview_page" in statements
    assert window.pages["overview"].view.toPlainText() != before


def test_a_hidden_list_reloads_when_shown_not_before(window, statements):
    window.show_page("activity")
    window.show_page("contact")
    statements.clear()
    saved = []
    window.backend.write(lambda kb: kb.activities.create(m.Activity(title="Workshop i Åre", kind="workshop",
                                                                    starts="2030-01-15")), saved.append)
    assert "pages/list_model" not in statements  # the contact list shown reads no activities
    page = window.lists["activity"]
    assert page.model.row_of(saved[0].record.id) == -1  # hidden: not reloaded yet
    window.show_page("activity")
    assert page.model.row_of(saved[0].record.id) >= 0
    assert window.count_label.text().endswith(str(window.backend.kb.activities.count()))


def test_renaming_an_organisation_updates_the_contact_list_column(window):
    palm = contact(window.backend, "Palm")
    uppsala = window.backend.kb.organisations.list({"name": "Uppsala universitet"})[0]
    uppsala.name = "Uppsala universitet (UU)"
    window.backend.write(lambda kb: kb.organisations.update(uppsala))
    page = window.lists["contact"]
    assert page.model.data(page.model.index(page.model.row_of(palm.id), 2)) == "Uppsala universitet (UU)"


def test_f5_reloads_what_is_shown(window, loads):
    palm = contact(window.backend, "Palm")
    window.open_record("contact", palm.id)
    loads.clear()
    window.refresh()
    assert loads == [("contact", palm.id)]


def test_the_pages_of_a_closed_window_stop_listening(qtbot, backend):
    """A language switch or a restore replaces the window; its pages must not hear later changes."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.window.main_window import MainWindow

    old = MainWindow(backend)
    for page in ("trash", "overview", "contact"):
        old.show_page(page)
    old.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.show_page("trash")
    window.backend.write(lambda kb: kb.organisations.create(m.Organisation(name="Nytt bolag AB")))
    window.backend.write(lambda kb: kb.organisations.delete(kb.organisations.list({"name": "Nytt bolag AB"})[0].id))
    assert window.pages["trash"].tree.topLevelItem(0).child(0).text(0) == "Nytt bolag AB"
