"""The desktop says what the command line says when SQLite refuses a write (issue 11, defect 5):
a database another program holds for longer than the busy timeout."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from db import models as m
from desktop.backend import Backend
from desktop.messages import translate_error
from desktop.tasks import LongTask
from tests.faults import write_lock_held


def test_a_write_on_a_busy_database_fails_with_the_translated_message(qtbot, demo_path, monkeypatch, swedish):
    monkeypatch.setattr("db.connection.BUSY_TIMEOUT_MS", 300)
    backend = Backend(demo_path, user="testare")
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        before = backend.kb.contacts.count()
        errors: list[BaseException] = []
        with write_lock_held(demo_path):
            task = LongTask(parent, backend, "Spara",
                            lambda kb, _c: kb.contacts.create(m.Contact(first_name="Upptagen", last_name="Test")),
                            on_error=errors.append)
            qtbot.waitUntil(lambda: task.finished, timeout=10_000)
        assert len(errors) == 1
        assert translate_error(errors[0]) == ("databasen är upptagen: ett annat program eller Kunskapsbanken-fönster "
                                              "skriver i den; försök igen om en stund")
        assert backend.kb.contacts.count() == before
        # The worker's connection is left usable: the next write succeeds.
        done: list[object] = []
        LongTask(parent, backend, "Spara", lambda kb, _c: kb.contacts.create(m.Contact(first_name="Sedan")),
                 on_done=done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=10_000)
        assert backend.kb.contacts.count() == before + 1
    finally:
        backend.close()
