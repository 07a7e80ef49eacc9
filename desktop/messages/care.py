"""The texts of db/care's codes."""

from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401  (used as entries are added)

TEXT: dict[str, str] = {
}
