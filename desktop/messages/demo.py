"""The texts of the codes of db/demo (the annual report's demo data)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXT: dict[str, str] = {
    "demo_needs_empty_knowledge_base": QT_TRANSLATE_NOOP(
        "Messages", "the demo data goes into an empty knowledge base; this one already holds {records} records "
                    "({entities})"),
}
