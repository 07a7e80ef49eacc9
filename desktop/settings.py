"""Every interface preference the app keeps in QSettings, declared once with its type and default.

Business data lives in the database; this is only what one person's computer remembers about the
window (geometry, last page, column widths, folders last used, language). Read and write through
the declarations, never through raw keys:

    settings.LANGUAGE.get()                      # "auto", "sv" or "en"
    settings.WINDOW_PAGE.set("project")
    settings.LIST_COLUMNS.get("contact")         # a key with a part: lists/contact/columns
    settings.BACKUP_FOLDER.remove(name)          # back to the default

A stored value of the wrong type (an older version's, or edited by hand) reads as the default.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One preference: its key (with `{part}` where one key per entity or database is kept), the
    Python type of its value and the default."""

    key: str
    type: type
    default: T | None = None

    def _key(self, part: str | None) -> str:
        if "{part}" in self.key:
            if part is None:
                raise ValueError(f"the setting {self.key} needs a part")
            return self.key.format(part=part)
        return self.key

    def get(self, part: str | None = None) -> T | None:
        value = store().value(self._key(part))
        if value is None:
            return self.default
        if self.type is bool and isinstance(value, str):  # INI files store booleans as text
            return value == "true"  # type: ignore[return-value]
        if self.type is int and isinstance(value, str) and value.lstrip("-").isdigit():
            return int(value)  # type: ignore[return-value]
        return value if isinstance(value, self.type) else self.default

    def set(self, value: T, part: str | None = None) -> None:
        if not isinstance(value, self.type):
            raise TypeError(f"the setting {self.key} holds {self.type.__name__}, not {type(value).__name__}")
        store().setValue(self._key(part), value)

    def remove(self, part: str | None = None) -> None:
        store().remove(self._key(part))


def store() -> QSettings:
    """The application's settings (organisation and application names are set at start-up)."""
    return QSettings()


LANGUAGE: Setting[str] = Setting("language", str, "auto")  # "auto", "sv" or "en"
WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray)
WINDOW_SPLITTER: Setting[QByteArray] = Setting("window/splitter", QByteArray)
WINDOW_PAGE: Setting[str] = Setting("window/page", str, "contact")
LIST_COLUMNS: Setting[QByteArray] = Setting("lists/{part}/columns", QByteArray)  # part: entity
DIALOG_GEOMETRY: Setting[QByteArray] = Setting("dialogs/{part}/geometry", QByteArray)  # part: entity
EXPORT_FOLDER: Setting[str] = Setting("export/folder", str)
EXTRACT_FOLDER: Setting[str] = Setting("data_protection/extract_folder", str)
# part: the database's default backup folder name (one choice per database file)
BACKUP_FOLDER: Setting[str] = Setting("backups/{part}/folder", str)

ALL: tuple[Setting, ...] = (LANGUAGE, WINDOW_GEOMETRY, WINDOW_SPLITTER, WINDOW_PAGE, LIST_COLUMNS, DIALOG_GEOMETRY,
                            EXPORT_FOLDER, EXTRACT_FOLDER, BACKUP_FOLDER)
