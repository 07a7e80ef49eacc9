"""Backups in the desktop app: back up now, the folder setting, restore (the window reopens on the
restored data; erasures made after the backup stay erased; a failure keeps the database), the
automatic backup at start-up, and the backup and data-protection messages in Swedish."""

import re
import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from db import models as m
from db.care import backup, gdpr
from db.paths import default_backup_dir
from desktop.app import WindowController
from desktop.dialogs import backups as backups_dialog
from desktop.dialogs.backups import AutoBackup, BackupsDialog, backup_folder, set_backup_folder
from desktop.messages import translate_error, translate_message
from desktop.messages.legacy import DATA_CARE_TEMPLATES
from desktop.window.main_window import MainWindow


@pytest.fixture
def messages(monkeypatch):
    """QMessageBox's static functions record what they would have shown (they block offscreen)."""
    shown: list[tuple[str, str]] = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, kind=kind, **_: shown.append((kind, args[2]))
                            or QMessageBox.StandardButton.Ok)
    return shown


def add_person(backend, first="Åsa", last="Öberg") -> str:
    saved = []
    backend.write(lambda kb: kb.contacts.create(m.Contact(first_name=first, last_name=last,
                                                          emails=[f"{first.lower()}@example.se"])),
                  on_done=saved.append)
    return saved[0].record.id


def contact_names(window) -> list[str]:
    window.show_page("contact")
    model = window.lists["contact"].model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


# --- back up now and the folder -----------------------------------------------------------------


def test_back_up_now_writes_a_verified_file_into_the_chosen_folder(qtbot, backend, tmp_path):
    dialog = BackupsDialog(backend)
    qtbot.addWidget(dialog)
    folder = tmp_path / "kopior"
    dialog.set_folder(folder)
    assert backup_folder(backend.path) == folder and dialog.folder_edit.text() == str(folder)
    assert dialog.tree.topLevelItemCount() == 0 and not dialog.restore_button.isEnabled()

    dialog.backup_now()

    (info,) = backup.list_backups(folder)
    assert info.reason == "manual" and backup.verify_backup(info.path) == []
    assert dialog.tree.topLevelItemCount() == 1 and dialog.selected()[0] == info.path
    assert info.path.name in dialog.status_label.text()
    assert dialog.backup_button.isEnabled() and dialog.restore_button.isEnabled()
    assert dialog.tree.topLevelItem(0).text(1) == "Manual"


def test_the_default_folder_and_going_back_to_it(qtbot, backend, tmp_path):
    assert backup_folder(backend.path) == default_backup_dir(backend.path)
    set_backup_folder(backend.path, tmp_path / "annan")
    assert backup_folder(backend.path) == tmp_path / "annan"
    dialog = BackupsDialog(backend)
    qtbot.addWidget(dialog)
    assert dialog.default_button.isEnabled()
    dialog.default_button.click()
    assert backup_folder(backend.path) == default_backup_dir(backend.path)
    assert not dialog.default_button.isEnabled()


def test_a_failed_backup_is_reported_in_the_dialog(qtbot, backend, tmp_path, swedish):
    blocker = tmp_path / "en-fil"
    blocker.write_text("inte en mapp")
    dialog = BackupsDialog(backend)
    qtbot.addWidget(dialog)
    dialog.set_folder(blocker)
    dialog.backup_now()
    assert dialog.status_label.text().startswith("Säkerhetskopieringen misslyckades: ")
    assert dialog.backup_button.isEnabled()


def test_the_dialog_in_swedish(qtbot, backend, swedish):
    dialog = BackupsDialog(backend)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Säkerhetskopior"
    assert dialog.backup_button.text() == "&Ta säkerhetskopia nu"
    assert backups_dialog.reason_text("pre-restore") == "Före återställning"
    taken = backup.backup_now(backend.path, reason="manual").taken_at
    assert re.fullmatch(r"\d{1,2} [a-zåäö]+ \d{4} kl\. \d\d:\d\d", backups_dialog.long_time(taken))


# --- restore ----------------------------------------------------------------------------------------


@pytest.fixture
def controller(qtbot, backend):
    """The app's controller; it replaces (and deletes) its window on a restore, so the test closes
    whichever window is current at the end instead of registering each with qtbot."""
    control = WindowController(backend, MainWindow)
    yield control
    control.window.close()
    control.backend.close()


def test_restore_replaces_the_data_and_the_window_shows_it(qtbot, controller, tmp_path, messages):
    folder = tmp_path / "kopior"
    set_backup_folder(controller.backend.path, folder)
    taken = backup.backup_now(controller.backend.path, folder)
    add_person(controller.backend)
    assert "Åsa Öberg" in contact_names(controller.window)
    old_window, old_backend = controller.window, controller.backend

    dialog = old_window.open_backups()
    item = next(dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                if dialog.tree.topLevelItem(i).text(3) == taken.path.name)
    dialog.tree.setCurrentItem(item)
    dialog.confirm_restore = lambda _taken_at: True
    dialog.restore_selected()

    assert old_backend.closed and controller.backend is not old_backend and controller.window is not old_window
    names = contact_names(controller.window)
    assert "Åsa Öberg" not in names and "Klas Palm" in names
    assert "restored" in controller.window.statusBar().currentMessage()
    assert messages == []
    reasons = [b.reason for b in backup.list_backups(folder)]
    assert "pre-restore" in reasons  # the database as it was, kept before it was replaced
    assert gdpr.audit_entries(controller.backend.kb, limit=1)[0]["action"] == "restore"


def test_a_person_erased_after_the_backup_stays_erased(qtbot, controller, tmp_path, messages):
    folder = tmp_path / "kopior"
    set_backup_folder(controller.backend.path, folder)
    asa = add_person(controller.backend)
    taken = backup.backup_now(controller.backend.path, folder)
    controller.backend.write(lambda kb: gdpr.erase(kb, asa))  # this backup not cleaned: she is in it

    controller.restore(taken.path)

    assert not controller.backend.kb.contacts.exists(asa)
    assert "Åsa Öberg" not in contact_names(controller.window)
    assert "erased again: 1" in controller.window.statusBar().currentMessage()
    assert messages == []
    for info in backup.list_backups(folder):  # the backup she came back from is cleaned too
        with closing(sqlite3.connect(info.path)) as conn:
            assert conn.execute("SELECT count(*) FROM contact WHERE id = ?", [asa]).fetchone()[0] == 0


def test_a_failed_restore_keeps_the_current_database(qtbot, controller, tmp_path, messages):
    asa = add_person(controller.backend)
    not_a_backup = tmp_path / "kunskapsbanken-2026-01-01T000000-manual.db"
    not_a_backup.write_text("det här är ingen databas")

    controller.restore(not_a_backup)

    assert controller.backend.kb.contacts.exists(asa)
    assert "Åsa Öberg" in contact_names(controller.window)
    ((kind, text),) = messages
    assert kind == "warning" and "not restored" in text and "not a SQLite database file" in text


def test_restore_waits_for_open_edit_windows(qtbot, controller, tmp_path, messages):
    from desktop import editors as dialogs

    taken = backup.backup_now(controller.backend.path, tmp_path / "kopior")
    editor = dialogs.open_editor(controller.backend, "contact", None, controller.window)
    editor.show()
    window = controller.window
    controller.restore(taken.path)
    assert controller.window is window and not controller.backend.closed
    assert messages and messages[0][0] == "information"
    editor._clean_state = editor.state()
    editor.close()


# --- automatic backups --------------------------------------------------------------------------------


def test_an_automatic_backup_at_start_up_once_per_min_age(qtbot, backend):
    folder = default_backup_dir(backend.path)
    first = WindowController(backend, MainWindow)
    qtbot.addWidget(first.window)
    assert [b.reason for b in backup.list_backups(folder)] == ["auto"]
    second = WindowController(backend, MainWindow)  # started again within 20 hours
    assert len(backup.list_backups(folder)) == 1
    second._replace_window(startup=False)  # what a language switch does: no start-up
    assert second.window.background is not None  # it still follows other programs
    assert len(backup.list_backups(folder)) == 1
    second.window.close()


def test_the_periodic_backup_takes_one_every_six_hours(qtbot, backend, tmp_path):
    folder = tmp_path / "kopior"
    set_backup_folder(backend.path, folder)
    auto = AutoBackup(backend, interval_ms=60_000)
    taken = []
    auto.taken.connect(taken.append)
    auto.run()
    auto.run(backups_dialog.PERIODIC_MIN_AGE)
    assert len(taken) == 1
    auto.run(timedelta(0))  # what the timer does once six hours have passed
    assert len(taken) == 2
    assert backup.list_backups(folder)[0].path == taken[1].path  # rotation keeps the newest of the day
    assert auto.timer.isActive()
    backend.close()
    assert not auto.timer.isActive()


def test_a_failing_automatic_backup_is_a_warning_in_the_status_bar(qtbot, backend, tmp_path, swedish):
    blocker = tmp_path / "en-fil"
    blocker.write_text("inte en mapp")
    set_backup_folder(backend.path, blocker)
    control = WindowController(backend, MainWindow)
    window = control.window
    qtbot.addWidget(window)
    window.show()
    warning = window.background.warning
    assert warning.isVisible() and "misslyckades" in warning.text()
    assert warning.toolTip()
    assert window.statusBar().currentMessage().startswith("Den automatiska säkerhetskopieringen misslyckades: ")
    window.show_page("contact")  # the app goes on
    assert window.lists["contact"].model.rowCount() > 0


# --- messages -----------------------------------------------------------------------------------------------


def samples(tmp_path) -> dict[str, str]:
    """Messages as db/ and SQLite write them -> the Swedish expected."""
    folder = tmp_path / "saknas"
    db_file = tmp_path / "kb.db"
    return {
        "database is locked":
            "databasen är upptagen: ett annat program eller Kunskapsbanken-fönster skriver i den; försök igen om "
            "en stund",
        "attempt to write a readonly database": "databasfilen är skrivskyddad; inget kan sparas",
        "database or disk is full": "disken är full",
        f"{db_file}: no such database file": f"{db_file}: databasfilen finns inte",
        f"{db_file}: no such backup file": f"{db_file}: säkerhetskopian finns inte",
        f"{folder}: no such folder": f"{folder}: mappen finns inte",
        f"{db_file}: the file already exists; choose another name":
            f"{db_file}: filen finns redan; välj ett annat namn",
        f"the backup of {db_file} failed its check (the file is damaged (integrity_check: a; b)); nothing was kept":
            f"säkerhetskopian av {db_file} klarade inte kontrollen (filen är skadad (integrity_check: a; b)); "
            "inget sparades",
        f"the backup of {db_file} failed: disk I/O error; nothing was kept":
            f"säkerhetskopieringen av {db_file} misslyckades: disk I/O error; inget sparades",
        f"the backup of {db_file} could not be written in {folder}: Permission denied":
            f"säkerhetskopian av {db_file} gick inte att skriva i {folder}: Permission denied",
        f"{db_file} is the database itself; choose a backup file":
            f"{db_file} är själva databasen; välj en säkerhetskopia",
        f"{db_file} cannot be restored: not a SQLite database file. Nothing was changed":
            f"{db_file} går inte att återställa: ingen SQLite-databasfil. Inget ändrades",
        f"the copy of {db_file} failed its check (the file is empty). Nothing was changed":
            f"kopian av {db_file} klarade inte kontrollen (filen är tom). Inget ändrades",
        f"restoring {db_file} failed: database is locked. Nothing was changed":
            f"återställningen av {db_file} misslyckades: databasen är upptagen: ett annat program eller "
            "Kunskapsbanken-fönster skriver i den; försök igen om en stund. Inget ändrades",
        f"restoring {db_file} failed: {folder}: Permission denied":
            f"återställningen av {db_file} misslyckades: {folder}: Permission denied",
        f"{db_file}: the database is in use; close the app first":
            f"{db_file}: databasen används av ett annat program eller Kunskapsbanken-fönster; stäng det först",
        f"{db_file} is not a Kunskapsbanken database (it belongs to another program); it was not replaced":
            f"{db_file} är ingen Kunskapsbanken-databas (den hör till ett annat program); den ersattes inte",
        "not a SQLite database file": "ingen SQLite-databasfil",
        "the file is damaged (file is not a database)": "filen är skadad (file is not a database)",
        "not a Kunskapsbanken database (it belongs to another program or is empty)":
            "ingen Kunskapsbanken-databas (den hör till ett annat program eller är tom)",
        "its schema version 9 is newer than this app understands (3); update the app first":
            "dess schemaversion 9 är nyare än den här appen förstår (3); uppdatera appen först",
        "the placeholder for erased persons holds no one's data":
            "platshållaren för raderade personer innehåller ingen persons uppgifter",
        "utdrag.pdf: unsupported extract format '.pdf' (use .json or .html)":
            "utdrag.pdf: formatet ”.pdf” stöds inte för registerutdrag (använd .json eller .html)",
        "the retention period must be a whole number of years, not 2.5":
            "gallringstiden måste vara ett helt antal år, inte 2.5",
        "the retention period must be 1-50 years, not 51": "gallringstiden måste vara 1–50 år, inte 51",
    }


def test_every_data_care_template_has_a_sample(tmp_path):
    english = list(samples(tmp_path))
    for pattern, template, _ in DATA_CARE_TEMPLATES:
        assert any(re.fullmatch(pattern, text, re.DOTALL) for text in english), template


def test_backup_and_data_protection_messages_in_swedish(qapp, tmp_path, swedish):
    for english, expected in samples(tmp_path).items():
        assert translate_message(english) == expected, english


def test_real_backup_errors_come_out_swedish(tmp_path, swedish):
    junk = tmp_path / "skräp.db"
    junk.write_bytes(b"")
    with pytest.raises(backup.BackupError) as info:
        backup.restore_backup(junk, tmp_path / "kb.db")
    assert translate_error(info.value) == f"{junk} går inte att återställa: filen är tom. Inget ändrades"
    with pytest.raises(backup.BackupError) as info:
        backup.backup_now(tmp_path / "saknas.db")
    assert translate_error(info.value) == f"{tmp_path / 'saknas.db'}: databasfilen finns inte"


def test_restore_with_the_worker_thread(qtbot, demo_path, tmp_path, messages):
    """As in the app: the worker thread is stopped, restore_backup runs on a thread of its own."""
    from desktop.backend import Backend

    backend = Backend(demo_path, user="testare")
    control = WindowController(backend, MainWindow)
    try:
        qtbot.waitUntil(lambda: backend.pending() == 0, timeout=20_000)
        taken = backup.backup_now(demo_path, tmp_path / "kopior")
        saved = []
        backend.write(lambda kb: kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg")),
                      on_done=saved.append)
        qtbot.waitUntil(lambda: bool(saved), timeout=5000)

        control.restore(taken.path)
        qtbot.waitUntil(lambda: control.backend is not backend, timeout=20_000)
        assert backend.closed and not control.backend.inline
        qtbot.waitUntil(lambda: control.backend.pending() == 0, timeout=20_000)
        assert not control.backend.kb.contacts.list({"last_name": "Öberg"})
        assert "Åsa Öberg" not in contact_names(control.window)
        assert control.window.isVisible() and messages == []
    finally:
        control.window.close()
        control.backend.close()
