"""PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to True/None on every signal
emitted from Python; a long session then aborts ("Fatal Python error: bool_dealloc").
pyproject.toml keeps it below 6.12; this test fails if a broken binding comes back."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_signals_keeps_reference_counts(qapp):
    emitter = _Emitter()
    received = []
    emitter.fired.connect(received.append)
    before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.fired.emit(None)
    assert len(received) == 200
    assert sys.getrefcount(True) >= before_true - 5
    assert sys.getrefcount(None) >= before_none - 5
