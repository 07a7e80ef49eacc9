"""Two programs on one database: another connection's or process's writes reach the lists and the
record page; the search index catches up and is checked at start-up; a busy database gives a clear,
translated message and keeps what was typed."""

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from db import KnowledgeBase
from db import models as m
from desktop import settings
from desktop.backend import Backend
from desktop.messages import translate_error
from desktop.window.background import ChangePoller, IndexCheck
from desktop.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, backend):
    win = MainWindow(backend)
    qtbot.addWidget(win)
    win.show()
    win.start_background(startup=False)
    return win


def names(window) -> list[str]:
    model = window.lists["contact"].model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def other_program_adds(path: Path, first: str, last: str) -> str:
    """Another connection (as the command line would) adds a contact; no search index of its own."""
    with KnowledgeBase.open(path, user="annan", search=False) as kb:
        return kb.contacts.create(m.Contact(first_name=first, last_name=last)).record.id


@pytest.mark.slow  # the real 2 s poll timer
def test_another_connections_write_refreshes_the_list(qtbot, window, backend):
    window.show_page("contact")
    assert "Åsa Öberg" not in names(window)
    other_program_adds(backend.path, "Åsa", "Öberg")
    qtbot.waitUntil(lambda: "Åsa Öberg" in names(window), timeout=5000)  # the 2 s timer
    assert window.lists["contact"].model.rowCount() == backend.kb.contacts.count()


@pytest.mark.slow  # a child process
def test_another_process_writes_and_the_record_page_follows(qtbot, window, backend):
    klas = backend.kb.contacts.list({"last_name": "Palm"})[0]
    window.open_record("contact", klas.id)
    script = ("import sys; from db import KnowledgeBase\n"
              "with KnowledgeBase.open(sys.argv[1], user='kommandorad', search=False) as kb:\n"
              "    c = kb.contacts.get(sys.argv[2]); c.title = 'Forskningsledare'; kb.contacts.update(c)\n")
    subprocess.run([sys.executable, "-c", script, str(backend.path), klas.id], cwd=ROOT, check=True, timeout=60)
    window.background.poller.poll()
    assert window.record_page.subtitle_label.text().count("Forskningsledare") == 1
    assert "Forskningsledare" in window.record_page.browser.toPlainText()


def test_own_writes_are_not_reported_twice(qtbot, backend):
    poller = ChangePoller(backend, interval_ms=60_000)
    heard = []
    backend.changed.connect(heard.append)
    backend.write(lambda kb: kb.contacts.create(m.Contact(first_name="Bo", last_name="Ekström")))
    assert len(heard) == 1
    assert poller.poll() is None and len(heard) == 1
    other_program_adds(backend.path, "Cilla", "Ärlig")
    changes = poller.poll()
    assert changes is not None and "contact" in changes.entities and len(heard) == 2
    backend.close()
    assert not poller.timer.isActive()


def test_the_index_catches_up_on_another_programs_write(qtbot, window, backend):
    row_id = other_program_adds(backend.path, "Åsa", "Öberg")
    window.background.poller.poll()
    found = []
    backend.search("Öberg", found.append)
    assert [hit.id for hit in found[0].hits] == [row_id]


def test_the_index_check_repairs_and_says_so(qtbot, window, backend):
    other_program_adds(backend.path, "Åsa", "Öberg")  # not yet in the index
    check = IndexCheck(backend)
    repaired = []
    check.repaired.connect(repaired.append)
    check.start()
    assert repaired and repaired[0] >= 1
    found = []
    backend.search("Öberg", found.append)
    assert found[0].total == 1
    window.background.index_check.repaired.emit(1)
    assert window.statusBar().currentMessage() == "Search index repaired: 1 documents"


def test_the_index_check_message_in_swedish(qtbot, backend, swedish):
    win = MainWindow(backend)
    qtbot.addWidget(win)
    win.start_background(startup=False)
    win.background.index_check.repaired.emit(3)
    assert win.statusBar().currentMessage() == "Sökindexet reparerat: 3 dokument"


@pytest.mark.slow  # the worker thread and the real 2 s poll timer
def test_a_threaded_backend_hears_another_program(qtbot, demo_path):
    backend = Backend(demo_path, user="testare")
    try:
        win = MainWindow(backend)
        qtbot.addWidget(win)
        win.start_background(startup=True)
        qtbot.waitUntil(lambda: backend.pending() == 0, timeout=20_000)
        win.show_page("contact")
        other_program_adds(demo_path, "Åsa", "Öberg")
        qtbot.waitUntil(lambda: "Åsa Öberg" in names(win), timeout=5000)
    finally:
        backend.close()


# --- a busy database ----------------------------------------------------------------------------------


@pytest.fixture
def locked(backend):
    """Another program holds the write lock; our worker waits only 0.2 s (normally 15 s)."""
    backend._write_kb.db.execute("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(backend.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def test_a_busy_database_is_a_clear_swedish_message_and_the_typed_data_stays(qtbot, backend, locked, swedish,
                                                                             tmp_path, monkeypatch):
    from desktop.editors import open_editor

    monkeypatch.setattr(settings, "store", lambda: QSettings(str(tmp_path / "d.ini"), QSettings.Format.IniFormat))
    dialog = open_editor(backend, "contact")
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Åsa")
    dialog.last_name.setText("Öberg")
    dialog.save()
    text = dialog.banner.text()
    assert "databasen är upptagen" in text and "försök igen om en stund" in text
    assert "locked" not in text
    assert dialog.first_name.text() == "Åsa" and dialog.last_name.text() == "Öberg"
    assert dialog.save_button.isEnabled()

    locked.execute("ROLLBACK")  # the other program is done: saving again works
    dialog.save()
    assert backend.kb.contacts.list({"last_name": "Öberg"})


def test_the_busy_message_for_a_note(qtbot, backend, locked, swedish):
    from desktop.pages.record_page import RecordPage

    page = RecordPage(backend)
    qtbot.addWidget(page)
    klas = backend.kb.contacts.list({"last_name": "Palm"})[0]
    page.show_record("contact", klas.id)
    page.notes.edit.setPlainText("Ringde om workshopen.")
    page.notes.add_note()
    assert page.notes.error.text().startswith("Anteckningen sparades inte: databasen är upptagen")
    assert page.notes.edit.toPlainText() == "Ringde om workshopen."


def test_the_busy_error_itself(backend, locked):
    with closing(sqlite3.connect(backend.path, timeout=0.1)) as third:
        with pytest.raises(sqlite3.OperationalError) as info:
            third.execute("BEGIN IMMEDIATE")
    assert translate_error(info.value).startswith("the database is busy")
