"""Kortkommandon: the keyboard-shortcut help (F1), listing the shortcuts the window defines."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget


class ShortcutsDialog(QDialog):
    """Kortkommandon: every shortcut of the main window, as the window defines them."""

    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(shortcuts), 2)
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, (keys, action) in enumerate(shortcuts):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(action))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Everything can be done from the keyboard:")))
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(520, 480)
