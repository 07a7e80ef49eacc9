"""Start-up: arguments, logging, language, the database, the main window, screenshots."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sqlite3
import sys
import time
import traceback
from pathlib import Path

from db import DatabaseError, KnowledgeBase
from db.care.check import find_damage
from db.entities import MAIN_ENTITIES, SPECS
from desktop import paths

log = logging.getLogger(__name__)

# --page contacts, organisations, ...: each list by its kind's English plural (the registry's).
_PAGE_KEYS = {SPECS[entity].plural.en.lower(): entity for entity in MAIN_ENTITIES}
SCREENSHOT_PAGES = (*_PAGE_KEYS, "overview", "trash", "welcome", "search:QUERY", "record:ID")
NO_DISPLAY = ("offscreen", "minimal")  # Qt platforms whose windows no one sees


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kunskapsbanken", description="Kunskapsbanken desktop app")
    parser.add_argument("--demo", action="store_true", help="open the demo database (created if missing)")
    parser.add_argument("--db", type=Path, metavar="PATH", help="open this database file instead of your own")
    parser.add_argument("--lang", choices=["sv", "en"], help="interface language (default: Settings, else Swedish)")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png",
                        help="render the window to a PNG and exit (for docs and visual checks)")
    parser.add_argument("--page", default="contacts", metavar="NAME",
                        help="with --screenshot: " + ", ".join(SCREENSHOT_PAGES))
    parser.add_argument("--size", default="1400x860", metavar="WxH", help="with --screenshot: window size")
    return parser.parse_args(argv)


def _setup_logging() -> Path:
    path = paths.data_dir() / "kunskapsbanken.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)
    path.chmod(0o600)
    return path


def database_path(args: argparse.Namespace) -> Path:
    if args.db:
        return args.db
    return paths.demo_database() if args.demo else paths.user_database()


def prepare_database(path: Path, demo: bool) -> None:
    """Create the file (and for the demo, its data) before the window opens; fail early and clearly:
    a damaged file (PRAGMA quick_check, before anything writes to it), a newer schema, a file the user
    made read-only (the app edits, so it refuses one; the command line can still read it)."""
    fresh = not path.exists()
    if not fresh and path.is_file() and path.stat().st_size > 0:
        damage = find_damage(path)
        if damage is not None:
            raise damage
    with KnowledgeBase.open(path, search=False) as kb:
        if demo and fresh:
            from db.demo import create_demo

            create_demo(kb)


def interactive(args: argparse.Namespace) -> bool:
    """Can a person answer a dialog? Not with --screenshot, nor on a display no one sees (offscreen)."""
    from PySide6.QtGui import QGuiApplication

    return not args.screenshot and QGuiApplication.platformName() not in NO_DISPLAY


def tell(text: str, *, dialog: bool) -> None:
    """A message the app cannot go on without: one line on stderr, and a dialog when someone can answer it."""
    print(f"kunskapsbanken: {' '.join(text.split())}", file=sys.stderr, flush=True)
    if dialog:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, paths.APP_NAME, text)


def install_excepthook(log_path: Path, *, dialog: bool = True) -> None:
    """An uncaught exception shows a dialog with the message and the log's path; the app goes on.
    Without someone to answer (`dialog` False) it is one line on stderr instead."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(kind, value, tb) -> None:
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is None:
            return
        if not dialog:
            print(f"kunskapsbanken: {' '.join(str(value).split())} (details: {log_path})", file=sys.stderr)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, "Kunskapsbanken",
                          QApplication.translate("App", "Something went wrong: %1\n\nDetails are in the log file:\n%2")
                          .replace("%1", str(value)).replace("%2", str(log_path)))
        box.exec()

    sys.excepthook = hook


def run(argv: list[str]) -> int:
    args = _parse(argv)
    log_path = _setup_logging()
    from PySide6.QtWidgets import QApplication

    from desktop import i18n
    from desktop.backend import Backend
    from desktop.window.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName("IoT Sverige")
    i18n.install(i18n.chosen_language(args.lang))
    dialogs = interactive(args)
    install_excepthook(log_path, dialog=dialogs)
    path = database_path(args)
    try:
        prepare_database(path, args.demo)
        backend = Backend(path)
    except (DatabaseError, sqlite3.Error, OSError) as exc:
        from desktop.messages import translate_error

        log.warning("the database could not be opened: %s", type(exc).__name__)
        tell(translate_error(exc), dialog=dialogs)
        return 2
    controller = WindowController(backend, MainWindow, background=not args.screenshot)
    try:
        if args.screenshot:
            return screenshot(controller.window, args.screenshot, args.page, args.size)
        controller.window.show()
        return app.exec()
    finally:
        controller.backend.close()  # after a restore: the backend of the restored database


class WindowController:
    """Owns the main window; a language change rebuilds it with the new translation, a restore
    (desktop/window/restore_backup.py) rebuilds it on the reopened database. With `background` the window
    follows other programs' changes, backs up and checks the search index (desktop/window/background.py)."""

    def __init__(self, backend, window_class, *, background: bool = True):
        self.backend, self.window_class, self.background = backend, window_class, background
        self.window = self._make(startup=True)

    def _make(self, startup: bool):
        window = self.window_class(self.backend)
        window.language_change_requested.connect(self.change_language)
        if hasattr(window, "restore_requested"):
            window.restore_requested.connect(self.restore)
        if self.background and hasattr(window, "start_background"):
            window.start_background(startup)
        return window

    def change_language(self, choice: str) -> None:
        from desktop import i18n

        i18n.install(i18n.chosen_language(choice))
        self._replace_window(startup=False)

    def _replace_window(self, startup: bool) -> None:
        old = self.window
        old.closeEvent = lambda event: event.accept()  # settings were saved by the dialog
        self.window = self._make(startup)
        self.window.setGeometry(old.geometry())
        self.window.show()
        old.deleteLater()
        old.hide()

    def restore(self, backup: Path) -> None:
        """Close the database, restore `backup` over it and reopen the window on the result."""
        from desktop.window.restore_backup import restore_and_reopen

        restore_and_reopen(self, Path(backup))

    def replace_backend(self, backend) -> None:
        """Show the window on another (reopened) Backend; the old one must be closed already."""
        self.backend = backend
        self._replace_window(startup=True)


def screenshot(window, target: Path, page: str, size: str) -> int:
    """Show `page` in the window, render it to `target` and return 0 (2 for a bad page name)."""
    from PySide6.QtWidgets import QApplication

    width, height = (int(x) for x in size.lower().split("x"))
    window.resize(width, height)
    window.show()
    if page.startswith("search:"):
        window.show_page("search")
        window.search_page.set_query(page.split(":", 1)[1])
    elif page.startswith("record:"):
        row_id = page.split(":", 1)[1]
        entity = next((e for e in _PAGE_KEYS.values() if window.backend.kb.service(e).exists(row_id)), None)
        if entity is None:
            print(f"kunskapsbanken: no record with id {row_id}", file=sys.stderr)
            return 2
        window.open_record(entity, row_id)
    elif page in _PAGE_KEYS or page in ("overview", "trash", "welcome"):
        key = _PAGE_KEYS.get(page, page)
        window.show_page(key)
        if key in window.lists and window.lists[key].model.rowCount():
            first = window.lists[key].model.id_at(0)
            window.lists[key].select(first)
    else:
        print(f"kunskapsbanken: unknown page '{page}' (one of: {', '.join(SCREENSHOT_PAGES)})", file=sys.stderr)
        return 2
    deadline = time.monotonic() + 10
    while window.backend.pending() and time.monotonic() < deadline:  # searches and refreshes in flight
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        QApplication.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(target)):
        print(f"kunskapsbanken: could not write {target}", file=sys.stderr)
        return 2
    print(f"screenshot written: {target}")
    return 0
