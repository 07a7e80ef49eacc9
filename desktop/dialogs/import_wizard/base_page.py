"""What every step of the import wizard has: a banner for its errors, and a Next that may first run
work on the worker (read the file, plan, import) and goes on only when that work succeeds.

QWizard asks validatePage() before it leaves a page and needs the answer at once, while the work
runs on the worker: so validatePage starts the work and says no, and when the work is done the
page says yes to the next() it then asks for (at once with the tests' inline worker, later with
the real one). An error or a cancel leaves the user on the page, with what was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from desktop.messages import translate_error

ERROR_STYLE = ("#importError { background: #fdecea; color: #7a0014; border: 1px solid #e0a0a0; border-radius: 4px;"
               " padding: 6px; }")


class ImportPage(QWizardPage):
    """A step of the import wizard (`host` is the ImportWizard; `state` what has been chosen and read)."""

    def __init__(self, host):
        super().__init__()
        self.host = host
        self._advance = False
        self.error_label = QLabel()
        self.error_label.setObjectName("importError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self._layout = QVBoxLayout(self)

    @property
    def state(self):
        return self.host.state

    def body(self) -> QVBoxLayout:
        """The page's layout; the error banner is added below what the page puts in it (finish_layout)."""
        return self._layout

    def finish_layout(self) -> None:
        self._layout.addWidget(self.error_label)

    def show_error(self, error: BaseException | str | None) -> None:
        """A clear message on the page (None hides it)."""
        if error is None:
            self.error_label.hide()
            return
        self.error_label.setText(error if isinstance(error, str) else translate_error(error))
        self.error_label.show()

    # --- Next, after work on the worker ---------------------------------------------------------------

    def ready(self) -> bool:
        """May Next be pressed (the page's own condition; the wizard adds "not busy")."""
        return True

    def isComplete(self) -> bool:
        return self.ready() and not self.host.busy()

    def validatePage(self) -> bool:
        if self._advance:
            self._advance = False
            return True
        if not self.isComplete():
            return False
        self.show_error(None)
        return self.start_step()

    def start_step(self) -> bool:
        """Start the page's work (and return False), or return True to go on at once."""
        return True

    def step_done(self) -> None:
        """The page's work succeeded: go on to the next page."""
        self._advance = True
        self.host.next()
        self._advance = False
