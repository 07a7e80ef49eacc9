"""The welcome state of an empty knowledge base: load the demo, import, or create the first record."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    load_demo = Signal()
    import_file = Signal()
    create_first = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Kunskapsbanken"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        text = QLabel(self.tr("The knowledge base is empty. Start with the demo data (facts from IoT Sverige's "
                              "annual report 2022), bring in an export, or create your first record."))
        text.setWordWrap(True)
        buttons = []
        for label, slot in ((self.tr("Load the &demo data"), self.load_demo.emit),
                            (self.tr("&Import a file…"), self.import_file.emit),
                            (self.tr("Create the first &contact"), lambda: self.create_first.emit("contact")),
                            (self.tr("Create the first &organisation"),
                             lambda: self.create_first.emit("organisation"))):
            button = QPushButton(label)
            button.setAccessibleName(label.replace("&", ""))
            button.clicked.connect(slot)
            buttons.append(button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text)
        for button in buttons:
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(buttons[0])
