"""The main window's menu bar (File, Edit, Go, Help) and its keyboard shortcuts.

Every action is also added to the window itself, so its shortcut works wherever the focus is in
the window (WindowShortcut). `build_menus` returns the shortcuts as (keys, action) pairs, in menu
order, for the keyboard-shortcut help (F1).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.window.navigation import PAGES, page_title

translate = QCoreApplication.translate  # translate("MainWindow", "...") (lupdate finds it)
Keys = QKeySequence | QKeySequence.StandardKey | str | None


class _MenuBuilder:
    def __init__(self, window: QMainWindow):
        self.window = window
        self.shortcuts: list[tuple[str, str]] = []

    def menu(self, title: str) -> QMenu:
        return self.window.menuBar().addMenu(title)

    def action(self, menu: QMenu, text: str, keys: Keys, slot: Callable) -> QAction:
        action = QAction(text, self.window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.shortcuts.append((QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText),
                                   text.replace("&", "").rstrip("…")))
        action.triggered.connect(slot)
        self.window.addAction(action)
        menu.addAction(action)
        return action


def build_menus(window) -> list[tuple[str, str]]:
    """File, Edit, Go and Help on `window` (a MainWindow); returns its shortcuts."""
    build, records, tools = _MenuBuilder(window), window.records, window.tool_dialogs
    file_menu = build.menu(translate("MainWindow", "&File"))
    edit_menu = build.menu(translate("MainWindow", "&Edit"))
    go_menu = build.menu(translate("MainWindow", "&Go"))
    help_menu = build.menu(translate("MainWindow", "&Help"))
    build.action(go_menu, translate("MainWindow", "&Search everywhere…"), "Ctrl+K",
                 lambda: window.search_popup.popup())
    build.action(file_menu, translate("MainWindow", "&New record…"), QKeySequence.StandardKey.New,
                 lambda: records.new_record())
    build.action(file_menu, translate("MainWindow", "Log a &meeting…"), "Ctrl+M", records.log_meeting_here)
    build.action(edit_menu, translate("MainWindow", "&Edit record…"), "Ctrl+E", records.edit_current)
    build.action(edit_menu, translate("MainWindow", "&Delete record…"), QKeySequence.StandardKey.Delete,
                 records.delete_current)
    build.action(go_menu, translate("MainWindow", "&Back"), "Alt+Left", window.go_back)
    build.action(go_menu, translate("MainWindow", "&Forward"), "Alt+Right", window.go_forward)
    build.action(go_menu, translate("MainWindow", "&Refresh"), "F5", window.refresh)
    for number, key in enumerate(PAGES, 1):
        build.action(go_menu, page_title(key), f"Ctrl+{number}" if number < 10 else None,
                     lambda _checked=False, k=key: window.show_page(k, focus=True))
    build.action(file_menu, translate("MainWindow", "&Import…"), "Ctrl+I", tools.import_file)
    window.exports.build_menu(file_menu)
    build.action(edit_menu, translate("MainWindow", "Find &duplicates…"), None, tools.find_duplicates)
    build.action(file_menu, translate("MainWindow", "Re&build the search index"), None, tools.reindex)
    build.action(file_menu, translate("MainWindow", "Back&ups…"), None, tools.open_backups)
    build.action(edit_menu, translate("MainWindow", "Re&tention review…"), None, tools.open_retention)
    build.action(file_menu, translate("MainWindow", "&Settings…"), None, tools.open_settings)
    build.action(file_menu, translate("MainWindow", "&Quit"), "Ctrl+Q", window.close)
    build.action(help_menu, translate("MainWindow", "&Keyboard shortcuts"), "F1", tools.show_shortcuts)
    build.action(help_menu, translate("MainWindow", "&Log of register extracts and erasures…"), None,
                 tools.open_audit)
    build.action(help_menu, translate("MainWindow", "&About Kunskapsbanken"), None, tools.about)
    return build.shortcuts
