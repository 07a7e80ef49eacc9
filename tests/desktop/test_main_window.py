"""The main window on the demo data: pages, navigation, shortcuts, trash, welcome, screenshots."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from db import models as m
from desktop.pages.list_model import EntityListModel
from desktop.window.main_window import MainWindow
from desktop.window.navigation import PAGES

ROOT = Path(__file__).resolve().parents[2]


def contact_id(backend, last_name):
    return backend.kb.contacts.list({"last_name": last_name})[0].id


@pytest.mark.parametrize("page", PAGES)
def test_every_page_opens_on_the_demo(window, page):
    window.show_page(page)
    assert window.stack.currentWidget() is window.pages[page]
    assert window.current_page() == page


def test_every_navigation_entry_has_its_icon(window):
    nav = window.navigation.nav
    assert [nav.item(i).data(Qt.ItemDataRole.UserRole) for i in range(nav.count())] == list(PAGES)
    for i in range(nav.count()):
        assert not nav.item(i).icon().isNull(), nav.item(i).text()
        assert not nav.item(i).icon().pixmap(20, 20).isNull()


def test_list_shows_the_demo_contacts_sorted_by_last_name(window):
    window.show_page("contact")
    model = window.lists["contact"].model
    names = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert names[0] == "Tobias Ander"
    assert "Klas Palm" in names
    assert window.count_label.text().endswith(str(window.backend.kb.contacts.count()))


def test_model_sorts_swedish_letters_after_z(backend):
    with_names = ["Zäta", "Örnsköldsviks kommun", "Åre kommun", "Ängelholms kommun", "Älvdalen", "Zeta"]
    for name in with_names:
        backend.write(lambda kb, name=name: kb.organisations.create(m.Organisation(name=name)))
    model = EntityListModel(backend.kb, "organisation")
    model.set_filter(filters={})
    names = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    tail = [n for n in names if n in with_names]
    assert tail == ["Zeta", "Zäta", "Åre kommun", "Älvdalen", "Ängelholms kommun", "Örnsköldsviks kommun"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    names = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert names[0] == "Örnsköldsviks kommun"


def test_filtering_the_list(window, qtbot):
    page = window.lists["contact"]
    qtbot.keyClicks(page.filter_edit, "palm")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 0)) == "Klas Palm"
    page.filter_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == window.backend.kb.contacts.count())


def test_staff_filter(window):
    page = window.lists["contact"]
    combo = page.combos["is_staff"]
    combo.setCurrentIndex(1)
    assert page.model.rowCount() == window.backend.kb.contacts.count({"is_staff": True}) == 9


def test_open_record_follow_link_and_go_back(window, qtbot):
    palm = contact_id(window.backend, "Palm")
    window.open_record("contact", palm)
    assert window.current_page() == "contact"
    assert window.lists["contact"].current_id() == palm
    organisation = window.backend.kb.organisations.list({"name": "Uppsala universitet"})[0].id
    window.record_page.open_record.emit("organisation", organisation)
    assert window.current_page() == "organisation"
    assert window.history.current() == ("organisation", organisation)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.history.current() == ("contact", palm)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.history.current() == ("organisation", organisation)


def test_ctrl_k_opens_the_search(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_popup.isVisible()


def test_ctrl_number_switches_pages(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == PAGES[3]


def test_delete_and_restore_through_the_trash(window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    palm = contact_id(window.backend, "Palm")
    window.delete_record("contact", palm)
    assert window.backend.kb.contacts.get(palm).deleted_at is not None
    assert window.lists["contact"].model.row_of(palm) == -1
    window.show_page("trash")  # the trash is read when shown
    trash = window.pages["trash"]
    items = [trash.tree.topLevelItem(0).child(i) for i in range(trash.tree.topLevelItem(0).childCount())]
    target = next(item for item in items if item.text(0) == "Klas Palm")
    trash.tree.setCurrentItem(target)
    trash.restore_selected()
    assert window.backend.kb.contacts.get(palm).deleted_at is None
    assert trash.tree.topLevelItemCount() == 0  # the trash shown follows the restore
    window.show_page("contact")  # the hidden list caught up when shown
    assert window.lists["contact"].model.row_of(palm) >= 0


def test_shortcut_help_lists_the_shortcuts(window):
    keys = {keys for keys, _ in window.shortcuts}
    assert {"Ctrl+K", "Ctrl+M", "Ctrl+E", "Ctrl+N", "F5", "Ctrl+Q", "Alt+Left", "Alt+Right", "F1"} <= keys


def test_window_geometry_and_page_are_remembered(qtbot, backend):
    first = MainWindow(backend)
    qtbot.addWidget(first)
    first.resize(701, 503)
    first.show_page("project")
    first.close()
    second = MainWindow(backend)
    qtbot.addWidget(second)
    assert second.current_page() == "project"
    assert second.size().width() == 701


def test_welcome_state_on_an_empty_database_and_load_demo(qtbot, empty_backend):
    win = MainWindow(empty_backend)
    qtbot.addWidget(win)
    assert win.current_page() == "welcome"
    win.pages["welcome"].load_demo.emit()
    qtbot.waitUntil(lambda: empty_backend.kb.contacts.count() > 0, timeout=10_000)
    assert win.current_page() == "contact"


def test_overview_shows_figures(window):
    window.show_page("overview")
    text = window.pages["overview"].view.toPlainText()
    assert "konferens" in text
    assert str(window.backend.kb.projects.count()) in text


@pytest.mark.slow  # two child processes
def test_screenshot_command(tmp_path, demo_path):
    target = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(demo_path), "--screenshot",
                             str(target), "--page", "projects"], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert target.stat().st_size > 10_000
    bad = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(demo_path), "--screenshot",
                          str(target), "--page", "nowhere"], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    assert bad.returncode == 2
    assert "unknown page 'nowhere'" in bad.stderr


def test_a_file_that_is_no_database_is_refused_in_the_interface_language(qapp, tmp_path, monkeypatch, swedish):
    from desktop import app

    shown = []
    monkeypatch.setattr(app, "_setup_logging", lambda: tmp_path / "kunskapsbanken.log")
    monkeypatch.setattr(app, "install_excepthook", lambda _log, **_options: None)
    monkeypatch.setattr(app, "interactive", lambda _args: True)  # as on a real screen: the dialog is shown
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    not_a_database = tmp_path / "anteckningar.db"
    not_a_database.write_text("inte en databas\n" * 100)
    assert app.run(["--db", str(not_a_database), "--lang", "sv"]) == 2
    assert len(shown) == 1 and shown[0].startswith(f"{not_a_database} är ingen Kunskapsbanken-databas")
