"""Settings: the interface language (applied by rebuilding the window, desktop/app.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from desktop import settings


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Follow the system"), "auto")
        self.language.addItem("Svenska", "sv")
        self.language.addItem("English", "en")
        current = settings.LANGUAGE.get()
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(buttons)

    def chosen(self) -> str:
        return self.language.currentData()

    def accept(self) -> None:
        settings.LANGUAGE.set(self.chosen())
        super().accept()
