"""The main window. For now a summary of the open knowledge base; lists and pages come next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from db import KnowledgeBase

ENTITY_LABELS = (
    ("contact", "Kontakter"),
    ("organisation", "Organisationer"),
    ("project", "Projekt"),
    ("network", "Nätverk"),
    ("activity", "Aktiviteter"),
    ("call", "Utlysningar"),
)


class MainWindow(QMainWindow):
    def __init__(self, kb: KnowledgeBase):
        super().__init__()
        self.kb = kb
        name = kb.path.name if kb.path else ""
        self.setWindowTitle(f"Kunskapsbanken – {name}")
        self.resize(900, 600)
        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel(self.tr("Kunskapsbanken"))
        heading.setStyleSheet("font-size: 20pt; font-weight: 600;")
        layout.addWidget(heading)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.refresh()

    def refresh(self) -> None:
        lines = [f"{label}: {self.kb.service(entity).count()}" for entity, label in ENTITY_LABELS]
        self.summary.setText("\n".join(lines))
        self.statusBar().showMessage(str(self.kb.path or ""))
