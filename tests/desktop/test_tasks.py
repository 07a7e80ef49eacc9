"""Long work on the real worker thread: the progress dialog shows only after half a second."""

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.backend import Backend
from desktop.tasks import LongTask


@pytest.mark.slow  # real timers: waits out the 0.5 s threshold
def test_quick_work_shows_no_dialog_and_slow_work_does(qtbot, demo_path):
    backend = Backend(demo_path, user="testare")
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        results = []
        quick = LongTask(parent, backend, "Snabbt", lambda kb, _c: kb.contacts.count(), on_done=results.append)
        qtbot.waitUntil(lambda: quick.finished, timeout=5000)
        qtbot.wait(600)
        assert not quick.dialog.isVisible()
        assert results == [backend.kb.contacts.count()]

        release = threading.Event()
        slow = LongTask(parent, backend, "Långsamt", lambda kb, _c: release.wait(10) and time.time(),
                        on_done=results.append)
        qtbot.wait(150)
        assert not slow.dialog.isVisible()
        qtbot.waitUntil(slow.dialog.isVisible, timeout=2000)
        release.set()
        qtbot.waitUntil(lambda: slow.finished, timeout=5000)
        assert not slow.dialog.isVisible()
        assert len(results) == 2
    finally:
        backend.close()


def test_cancel_reaches_the_operation(qtbot, demo_path):
    backend = Backend(demo_path, user="testare")
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        outcome = []

        def work(_kb, cancelled):
            for _ in range(500):
                if cancelled.wait(0.01):
                    return "cancelled"
            return "finished"

        task = LongTask(parent, backend, "Avbrytbart", work, cancellable=True, on_done=outcome.append)
        qtbot.waitUntil(task.dialog.isVisible, timeout=2000)
        qtbot.mouseClick(task.dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
        assert outcome == ["cancelled"]
    finally:
        backend.close()
