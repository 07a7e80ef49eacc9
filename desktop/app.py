"""Start-up: arguments, logging, the database, the main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
from pathlib import Path

from db import DatabaseError, KnowledgeBase
from desktop import paths

log = logging.getLogger(__name__)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kunskapsbanken", description="Kunskapsbanken desktop app")
    parser.add_argument("--demo", action="store_true", help="open the demo database (created if missing)")
    parser.add_argument("--lang", choices=["sv", "en"], help="interface language (default: the system's)")
    return parser.parse_args(argv)


def _setup_logging() -> None:
    handler = logging.handlers.RotatingFileHandler(paths.data_dir() / "kunskapsbanken.log",
                                                   maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    Path(handler.baseFilename).chmod(0o600)


def open_knowledge_base(demo: bool) -> KnowledgeBase:
    """The user's own database, or the demo one (created on first use, never mixed)."""
    if not demo:
        return KnowledgeBase.open(paths.user_database())
    path = paths.demo_database()
    fresh = not path.exists()
    kb = KnowledgeBase.open(path)
    if fresh:
        from db.demo import create_demo

        create_demo(kb)
    return kb


def run(argv: list[str]) -> int:
    args = _parse(argv)
    _setup_logging()
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName("IoT Sverige")
    try:
        kb = open_knowledge_base(args.demo)
    except DatabaseError as exc:
        QMessageBox.critical(None, paths.APP_NAME, str(exc))
        return 2
    window = MainWindow(kb)
    window.show()
    try:
        return app.exec()
    finally:
        kb.close()
