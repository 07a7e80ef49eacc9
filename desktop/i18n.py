"""Interface language: Swedish by default, English on request (Settings) or from an English system."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop import settings

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("sv", "en")


def chosen_language(override: str | None = None) -> str:
    choice = override or settings.LANGUAGE.get()
    if choice in LANGUAGES:
        return choice
    return "en" if QLocale.system().language() == QLocale.Language.English else "sv"


_installed: list[QTranslator] = []


def current() -> str:
    """The language the interface shows: the installed translation's, else English (the source texts)."""
    for translator in _installed:
        language = translator.language()[:2]
        if language in LANGUAGES:
            return language
    return "en"


def install(language: str) -> str:
    """Load the language's .qm into the application (replacing the previous one)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    translator = QTranslator(app)
    if translator.load(f"kunskapsbanken_{language}", str(TRANSLATIONS)):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("no translation file for %s in %s", language, TRANSLATIONS)
    qt_base = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    QLocale.setDefault(QLocale(QLocale.Language.Swedish if language == "sv" else QLocale.Language.English,
                               QLocale.Country.Sweden))
    return language
