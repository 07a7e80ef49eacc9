"""The serial write worker: real thread, real database."""

from db import models as m
from desktop.backend import Backend


def test_writes_run_in_order_on_the_worker_and_report_back(qtbot, demo_path):
    backend = Backend(demo_path, user="testare")
    try:
        results, heard = [], []
        backend.changed.connect(lambda changes: heard.append(set(changes.entities)))
        for name in ("Första", "Andra", "Tredje"):
            backend.write(lambda kb, name=name: kb.organisations.create(m.Organisation(name=name)).record.name,
                          results.append)
        qtbot.waitUntil(lambda: len(results) == 3, timeout=10_000)
        assert results == ["Första", "Andra", "Tredje"]
        assert {"organisation"} in heard
        # The UI thread's own connection sees the committed rows.
        assert backend.kb.organisations.count(text="Andra") == 1
    finally:
        backend.close()


def test_a_failed_write_reaches_on_error_and_writes_nothing(qtbot, demo_path):
    backend = Backend(demo_path, user="testare")
    try:
        errors = []
        before = backend.kb.organisations.count()
        backend.write(lambda kb: kb.organisations.create(m.Organisation(name="")), on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
        assert "name" in str(errors[0])
        assert backend.kb.organisations.count() == before
    finally:
        backend.close()


def test_inline_backend_is_searchable_at_once(backend):
    saved = []
    backend.write(lambda kb: kb.contacts.create(m.Contact(first_name="Zelda", last_name="Qvist")), saved.append)
    assert saved and saved[0].record.last_name == "Qvist"
    assert backend.kb.contacts.count(text="qvist") == 1
