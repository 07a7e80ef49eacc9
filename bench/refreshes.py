"""What one edit costs the window: the SQL statements the UI thread's connection runs after one
title edit of a contact (not a test; prints figures).

    python -m bench.refreshes [--db PATH]

Without --db it builds the demo database in a temporary folder. The window shows the contact
list with the edited contact's record on the right, as after a click in the list; the edit goes
through the contact's edit dialog, as the user makes it. Statements are counted with sqlite3's
`set_trace_callback` on `backend.kb.db.conn` (the worker's own write statements are on its own
connection and not counted) and attributed to the desktop module whose code ran them.
"""

from __future__ import annotations

import argparse
import collections
import os
import shutil
import sys
import tempfile
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _caller() -> str:
    """The innermost desktop/ module (and function) on the stack: who asked for the statement."""
    for frame in reversed(traceback.extract_stack()):
        path = Path(frame.filename)
        if "desktop" in path.parts and path.name != "backend.py":
            return f"{path.relative_to(ROOT / 'desktop').with_suffix('')}.{frame.name}"
    return "(elsewhere)"


def measure(db: Path, *, title: str = "Forskningsledare", show_sql: bool = False) -> dict[str, int]:
    """Statements per desktop caller for one title edit of the first contact in the list."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.backend import Backend
    from desktop.editors import open_editor
    from desktop.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    settings_dir = tempfile.mkdtemp(prefix="kb-refresh-settings-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    backend = Backend(db, user="bench", inline=True)
    try:
        window = MainWindow(backend)
        window.resize(1400, 860)
        window.show()
        window.show_page("contact")
        page = window.lists["contact"]
        contact_id = page.model.id_at(0)
        page.select(contact_id)
        app.processEvents()
        dialog = open_editor(backend, "contact", contact_id, window)
        dialog.saved.connect(window.open_record)  # what the window's own dialogs do
        dialog.title_edit.setText(title)
        counts: collections.Counter[str] = collections.Counter()

        def trace(sql: str) -> None:
            caller = _caller()
            counts.update([caller])
            if sql.lstrip().upper().startswith("SELECT"):
                counts.update(["(queries: SELECT statements)"])
            if show_sql:
                print(f"{caller}: {' '.join(sql.split())[:160]}")

        backend.kb.db.conn.set_trace_callback(trace)
        dialog.save()
        app.processEvents()
        backend.kb.db.conn.set_trace_callback(None)
        window.close()
        return dict(counts)
    finally:
        backend.close()
        shutil.rmtree(settings_dir, ignore_errors=True)


def one_edit(source: Path | None = None, *, show_sql: bool = False) -> dict[str, int]:
    """`measure` on a copy of `source` (never the file itself), or on a fresh demo database."""
    from bench.search import copy_database

    with tempfile.TemporaryDirectory(prefix="kb-refresh-") as folder:
        if source is not None:
            path = copy_database(source, Path(folder))
        else:
            from db import KnowledgeBase
            from db.demo import create_demo

            path = Path(folder) / "kb.db"
            with KnowledgeBase.open(path, user="bench", search=False) as kb:
                create_demo(kb)
        return measure(path, show_sql=show_sql)


def report(counts: dict[str, int], *, detailed: bool = True) -> None:
    counts = dict(counts)
    queries = counts.pop("(queries: SELECT statements)", 0)
    if detailed:
        for caller, count in sorted(counts.items(), key=lambda item: -item[1]):
            print(f"{count:5d}  {caller}")
    print(f"one title edit of a contact (its list and record shown): {sum(counts.values())} statements on the "
          f"UI connection, {queries} of them SELECT queries (the rest sqlite-utils' savepoints)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.refreshes", description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="a database to copy (default: the demo)")
    parser.add_argument("--sql", action="store_true", help="print each statement (shortened) with its caller")
    args = parser.parse_args(argv)
    report(one_edit(args.db, show_sql=args.sql))
    return 0


if __name__ == "__main__":
    sys.exit(main())
