"""Stopping a long import or restore from another thread: nothing is written then.

    cancelled = threading.Event()          # the desktop sets it when the user presses Cancel
    raise_if_cancelled(cancelled)           # between safe steps; the transaction rolls back
"""

from __future__ import annotations

import threading

from db.errors import CodedError


class Cancelled(CodedError):
    """The import was cancelled; nothing was written."""

    def __init__(self) -> None:
        super().__init__("import_cancelled")


def raise_if_cancelled(cancelled: threading.Event | None) -> None:
    if cancelled is not None and cancelled.is_set():
        raise Cancelled()
