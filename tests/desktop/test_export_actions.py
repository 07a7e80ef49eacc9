"""Exports from the desktop: the files written are read back with the data layer's own readers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from db import models as m
from desktop.window.export_actions import DateRangeDialog, ExportActions, safe_file_name, with_suffix
from desktop.window.main_window import MainWindow


def exported(qtbot, exports: ExportActions, run) -> tuple[str, int]:
    with qtbot.waitSignal(exports.exported, timeout=5000) as blocker:
        run()
    return tuple(blocker.args)


def save_dialog_answers(monkeypatch, path: Path, chosen_filter: int = 0) -> list[tuple[str, str]]:
    """QFileDialog.getSaveFileName answers `path` (and the filter at that index); the calls are kept."""
    calls = []

    def answer(_parent, title, suggested, filters, *args):
        calls.append((title, suggested))
        return str(path), filters.split(";;")[chosen_filter]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return calls


# --- vCard -------------------------------------------------------------------------------------------


def test_every_contact_as_vcard_4(qtbot, window, backend, tmp_path):
    from db.interchange.vcard import read_vcards

    path = tmp_path / "kontakter.vcf"
    target, count = exported(qtbot, window.exports, lambda: window.exports.export_vcards(path=path))
    assert (target, count) == (str(path), backend.kb.contacts.count())
    assert "VERSION:4.0" in path.read_text(encoding="utf-8")
    result = read_vcards(path)
    names = {f"{c.first_name} {c.last_name}" for c in result.records}
    assert names == {c.full_name for c in backend.kb.contacts.list()}
    assert str(count) in window.statusBar().currentMessage()


def test_vcard_3_is_chosen_in_the_save_dialog(qtbot, window, backend, tmp_path, monkeypatch):
    from db.interchange.vcard import read_vcards

    backend.write(lambda kb: kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg",
                                                          emails=["asa.oberg@example.se"])))
    calls = save_dialog_answers(monkeypatch, tmp_path / "kontakter", chosen_filter=1)  # no suffix typed
    exported(qtbot, window.exports, window.exports.vcard_action.trigger)
    path = tmp_path / "kontakter.vcf"
    assert "VERSION:3.0" in path.read_text(encoding="utf-8")
    assert any(c.emails == ["asa.oberg@example.se"] for c in read_vcards(path).records)
    assert calls[0][1].endswith(".vcf")
    assert QSettings().value("export/folder") == str(tmp_path)  # the next export starts there


def test_the_record_page_exports_one_contact(qtbot, window, backend, tmp_path, monkeypatch):
    from db.interchange.vcard import read_vcards

    contact = backend.kb.contacts.list({"last_name": "Palm"})[0]
    window.open_record("contact", contact.id)
    page = window.record_page
    assert page.export_action.isEnabled() and page.export_action.text() == "Export vCard…"
    assert page.merge_action.isEnabled() and page.more_button.isVisible()
    calls = save_dialog_answers(monkeypatch, tmp_path / "klas.vcf")
    exported(qtbot, window.exports, page.export_action.trigger)
    assert calls[0][1].endswith("Klas Palm.vcf")
    [card] = read_vcards(tmp_path / "klas.vcf").records
    assert (card.first_name, card.last_name) == ("Klas", "Palm")


# --- iCalendar ---------------------------------------------------------------------------------------


def test_activities_in_a_date_range_as_a_calendar(qtbot, window, backend, tmp_path):
    from db.interchange.ical import read_ics

    path = tmp_path / "hösten.ics"
    _target, count = exported(qtbot, window.exports, lambda: window.exports.export_ics(
        path=path, start="2022-09-01", end="2022-11-30", ask_range=False))
    expected = [a for a in backend.kb.activities.list() if "2022-09-01" <= a.starts[:10] <= "2022-11-30"]
    assert count == len(expected) > 0
    titles = sorted(a.title for a in read_ics(path).records)
    assert titles == sorted(a.title for a in expected)


def test_the_menu_asks_for_a_range(qtbot, window, backend, tmp_path, monkeypatch):
    from db.interchange.ical import read_ics

    monkeypatch.setattr(DateRangeDialog, "exec", lambda self: 1)  # "all activities", as the dialog opens
    save_dialog_answers(monkeypatch, tmp_path / "alla.ics")
    _target, count = exported(qtbot, window.exports, window.exports.ics_action.trigger)
    assert count == backend.kb.activities.count() == len(read_ics(tmp_path / "alla.ics").records)


def test_the_date_range_dialog(qtbot):
    dialog = DateRangeDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen() == (None, None) and not dialog.start_edit.isEnabled()
    dialog.range_button.setChecked(True)
    dialog.start_edit.setDate(dialog.start_edit.date().fromString("2022-10-01", "yyyy-MM-dd"))
    dialog.end_edit.setDate(dialog.end_edit.date().fromString("2022-10-31", "yyyy-MM-dd"))
    assert dialog.chosen() == ("2022-10-01", "2022-10-31")
    dialog.end_edit.setDate(dialog.end_edit.date().fromString("2022-09-30", "yyyy-MM-dd"))
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.problem.text()


def test_the_record_page_adds_one_activity_to_a_calendar(qtbot, window, backend, tmp_path, monkeypatch):
    from db.interchange.ical import read_ics

    activity = backend.kb.activities.list()[0]
    window.open_record("activity", activity.id)
    assert window.record_page.export_action.text() == "Add to calendar (.ics)…"
    assert not window.record_page.merge_action.isVisible()
    save_dialog_answers(monkeypatch, tmp_path / "möte.ics")
    exported(qtbot, window.exports, window.record_page.export_action.trigger)
    [event] = read_ics(tmp_path / "möte.ics").records
    assert (event.title, event.uid) == (activity.title, activity.id)


# --- the list shown, and everything ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_current_list_with_its_filter_sort_and_titles(qtbot, window, backend, tmp_path, fmt, swedish):
    from db.interchange.tabular import read_table

    window.show_page("contact")
    page = window.lists["contact"]
    page.combos["is_staff"].setCurrentIndex(1)  # programme office staff only
    page.model.sort(0, Qt.SortOrder.DescendingOrder)
    shown = [page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())]
    path = tmp_path / f"lista.{fmt}"
    _target, count = exported(qtbot, window.exports, lambda: window.exports.export_list(fmt, path=path))
    assert count == len(shown) == 9
    table = read_table(path)
    assert table.headers[:3] == ["Namn", "Titel", "Organisation"]  # the titles the view shows (Swedish)
    assert [cells[0] for _line, cells in table.rows] == shown
    assert f"{count} rader exporterade" in window.statusBar().currentMessage()


def test_the_list_actions_need_a_list(qtbot, window, tmp_path):
    window.show_page("overview")
    window.exports.update_actions()
    assert not window.exports.csv_action.isEnabled()
    with qtbot.waitSignal(window.exports.failed, timeout=2000):
        window.exports.export_list("csv", path=tmp_path / "x.csv")
    assert "list" in window.exports.error_box.text()
    window.exports.error_box.close()
    window.show_page("organisation")
    window.exports.update_actions()
    assert window.exports.csv_action.isEnabled()


def test_everything_as_json_restores_into_an_empty_database(qtbot, window, backend, tmp_path):
    from db import KnowledgeBase
    from db.interchange.json_restore import import_json, load_file

    path = tmp_path / "allt.json"
    _target, count = exported(qtbot, window.exports, lambda: window.exports.export_json(path))
    data = load_file(path)
    assert count == sum(len(rows) for rows in data["tables"].values())
    with KnowledgeBase.open(tmp_path / "ny.db", search=False) as kb:
        import_json(kb, data)
        assert kb.contacts.count() == backend.kb.contacts.count()


def test_an_export_to_a_missing_folder_is_a_clear_message(qtbot, window, tmp_path, swedish):
    target = tmp_path / "finns-inte" / "kontakter.vcf"
    with qtbot.waitSignal(window.exports.failed, timeout=5000) as blocker:
        window.exports.export_vcards(path=target)
    assert blocker.args[0].startswith("Exporten misslyckades")
    assert "finns-inte" in window.exports.error_box.text()
    window.exports.error_box.close()


def test_the_export_menu_in_swedish(qtbot, backend, swedish):
    win = MainWindow(backend)
    qtbot.addWidget(win)
    file_menu = win.menuBar().actions()[0].menu()
    export = next(a for a in file_menu.actions() if a.menu() is not None)
    assert export.text() == "&Exportera"
    texts = [a.text() for a in export.menu().actions() if not a.isSeparator()]
    assert texts == ["&Kontakter som vCard…", "&Aktiviteter som kalender (.ics)…", "Aktuell lista som &CSV…",
                     "Aktuell lista som &Excel…", "Allt som &JSON…"]
    letters = [t[t.index("&") + 1].lower() for t in texts]
    assert len(set(letters)) == len(letters)


def test_file_names():
    assert safe_file_name("Åsa Öberg: möte 2/3?", ".vcf") == "Åsa Öberg möte 2 3.vcf"
    assert safe_file_name("...", ".ics") == "export.ics"
    assert with_suffix(Path("a/kontakter"), ".vcf") == Path("a/kontakter.vcf")
    assert with_suffix(Path("a/k.VCF"), ".vcf") == Path("a/k.VCF")
