"""Backups in the desktop app: back up now, the folder setting, restore (the window reopens on the
restored data; erasures made after the backup stay erased; a failure keeps the database), the
automatic backup at start-up, and the backup and data-protection messages in Swedish."""

import re
import sqlite3
from contextlib import closing
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from cli.messages import care as cli_care
from cli.messages import describe
from db import models as m
from db.care.audit import audit_entries
from db.care.backup import BackupError, backup_now
from db.care.backup_check import verify_backup
from db.care.backup_rotation import list_backups
from db.care.erasure import erase
from db.care.restore import restore_backup
from db.errors import Message
from db.paths import default_backup_dir
from desktop.app import WindowController
from desktop.dialogs import backups as backups_dialog
from desktop.dialogs.backup_folder import backup_folder, set_backup_folder
from desktop.dialogs.backups import BackupsDialog
from desktop.messages import care, translate_error, translate_message
from desktop.window import auto_backup
from desktop.window.auto_backup import AutoBackup
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

    (info,) = list_backups(folder)
    assert info.reason == "manual" and verify_backup(info.path) == []
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
    taken = backup_now(backend.path, reason="manual").taken_at
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
    taken = backup_now(controller.backend.path, folder)
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
    reasons = [b.reason for b in list_backups(folder)]
    assert "pre-restore" in reasons  # the database as it was, kept before it was replaced
    assert audit_entries(controller.backend.kb, limit=1)[0]["action"] == "restore"


def test_a_person_erased_after_the_backup_stays_erased(qtbot, controller, tmp_path, messages):
    folder = tmp_path / "kopior"
    set_backup_folder(controller.backend.path, folder)
    asa = add_person(controller.backend)
    # A copy the database does not know of (taken by hand), so the erasure does not clean it: she is in it.
    folder.mkdir()
    taken = folder / "kb-2025-01-01T000000-manual.db"
    with closing(sqlite3.connect(controller.backend.path)) as source, closing(sqlite3.connect(taken)) as dest:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    controller.backend.write(lambda kb: erase(kb, asa))

    controller.restore(taken)

    assert not controller.backend.kb.contacts.exists(asa)
    assert "Åsa Öberg" not in contact_names(controller.window)
    assert "erased again: 1" in controller.window.statusBar().currentMessage()
    assert messages == []
    for info in list_backups(folder):  # the backup she came back from is cleaned too
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

    taken = backup_now(controller.backend.path, tmp_path / "kopior")
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
    assert [b.reason for b in list_backups(folder)] == ["auto"]
    second = WindowController(backend, MainWindow)  # started again within 20 hours
    assert len(list_backups(folder)) == 1
    second._replace_window(startup=False)  # what a language switch does: no start-up
    assert second.window.background is not None  # it still follows other programs
    assert len(list_backups(folder)) == 1
    second.window.close()


def test_the_periodic_backup_takes_one_every_six_hours(qtbot, backend, tmp_path):
    folder = tmp_path / "kopior"
    set_backup_folder(backend.path, folder)
    auto = AutoBackup(backend, interval_ms=60_000)
    taken = []
    auto.taken.connect(taken.append)
    auto.run()
    auto.run(auto_backup.PERIODIC_MIN_AGE)
    assert len(taken) == 1
    auto.run(timedelta(0))  # what the timer does once six hours have passed
    assert len(taken) == 2
    assert list_backups(folder)[0].path == taken[1].path  # rotation keeps the newest of the day
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


def samples(tmp_path) -> list[tuple[Message, str]]:
    """db/care's messages (as db/care raises them; the file path a parameter, a reason nested) and the
    Swedish the desktop must show for each."""
    folder, db_file = tmp_path / "saknas", tmp_path / "kb.db"
    damaged = Message("backup_integrity_failed", {"detail": "a; b"})
    busy = Message("database_busy")
    return [
        (busy, "databasen är upptagen: ett annat program eller Kunskapsbanken-fönster skriver i den; försök igen "
               "om en stund"),
        (Message("database_read_only"), "databasfilen är skrivskyddad; inget kan sparas"),
        (Message("disk_full"), "disken är full"),
        (Message("sqlite_error", {"detail": "disk I/O error"}), "disk I/O error"),
        (Message("disk_io_error"),
         "disken kunde inte läsas eller skrivas (in/ut-fel); kontrollera disken och försök igen"),
        (Message("database_file_damaged"), "databasfilen är skadad: återställ den från en säkerhetskopia"),
        (Message("database_cannot_open"), "databasens filer kunde inte öppnas (filen eller dess -wal- och -shm-filer "
                                          "bredvid den); kontrollera mappens behörigheter"),
        (Message("os_error", {"detail": "Permission denied"}), "Permission denied"),
        (Message("os_error_at", {"path": str(folder), "detail": "Permission denied"}), f"{folder}: Permission denied"),
        (Message("backup_missing"), "filen finns inte"),
        (Message("backup_empty"), "filen är tom"),
        (Message("backup_not_sqlite"), "ingen SQLite-databasfil"),
        (Message("backup_damaged", {"detail": "file is not a database"}), "filen är skadad (file is not a database)"),
        (damaged, "filen är skadad (integrity_check: a; b)"),
        (Message("backup_not_ours"), "ingen Kunskapsbanken-databas (den hör till ett annat program eller är tom)"),
        (Message("backup_schema_too_new", {"version": 9, "supported": 3}),
         "dess schemaversion 9 är nyare än den här appen förstår (3); uppdatera appen först"),
        (Message("no_such_database_file", {"path": str(db_file)}), f"{db_file}: databasfilen finns inte"),
        (Message("no_such_folder", {"path": str(folder)}), f"{folder}: mappen finns inte"),
        (Message("file_exists", {"path": str(db_file)}), f"{db_file}: filen finns redan; välj ett annat namn"),
        (Message("backup_not_written", {"database": str(db_file), "folder": str(folder),
                                        "reason": Message("os_error", {"detail": "Permission denied"})}),
         f"säkerhetskopian av {db_file} gick inte att skriva i {folder}: Permission denied"),
        (Message("backup_failed_check", {"database": str(db_file), "problems": [damaged]}),
         f"säkerhetskopian av {db_file} klarade inte kontrollen (filen är skadad (integrity_check: a; b)); "
         "inget sparades"),
        (Message("backup_failed", {"database": str(db_file), "reason": Message("disk_full")}),
         f"säkerhetskopieringen av {db_file} misslyckades: disken är full; inget sparades"),
        (Message("database_stayed_locked", {"path": str(db_file)}),
         f"{db_file}: databasen förblev låst av ett annat program; försök igen senare"),
        (Message("no_such_backup_file", {"path": str(db_file)}), f"{db_file}: säkerhetskopian finns inte"),
        (Message("backup_is_the_database", {"path": str(db_file)}),
         f"{db_file} är själva databasen; välj en säkerhetskopia"),
        (Message("cannot_restore", {"path": str(db_file), "problems": [Message("backup_not_sqlite")]}),
         f"{db_file} går inte att återställa: ingen SQLite-databasfil. Inget ändrades"),
        (Message("restore_copy_failed_check", {"path": str(db_file), "problems": [Message("backup_empty")]}),
         f"kopian av {db_file} klarade inte kontrollen (filen är tom). Inget ändrades"),
        (Message("restore_failed", {"path": str(db_file), "reason": busy}),
         f"återställningen av {db_file} misslyckades: databasen är upptagen: ett annat program eller "
         "Kunskapsbanken-fönster skriver i den; försök igen om en stund"),
        (Message("database_in_use", {"path": str(db_file)}),
         f"{db_file}: databasen används av ett annat program eller Kunskapsbanken-fönster; stäng det först"),
        (Message("restore_target_not_ours", {"path": str(db_file)}),
         f"{db_file} är ingen Kunskapsbanken-databas (den hör till ett annat program); den ersattes inte"),
        (Message("safety_backup_not_written", {"database": str(db_file), "folder": str(folder),
                                               "reason": Message("disk_full")}),
         f"säkerhetskopian av {db_file} före återställningen gick inte att skriva i {folder}: disken är full. "
         "Inget ändrades"),
        (Message("no_person_given"), "ingen person angiven: ange ett kontakt-id, en e-postadress eller hela namnet"),
        (Message("no_contact_with_email", {"value": "asa@example.se"}),
         "ingen kontakt har e-postadressen ”asa@example.se” (ange ett kontakt-id, en e-postadress eller exakt "
         "hela namnet)"),
        (Message("no_contact_with_name", {"value": "Åsa Öberg"}),
         "ingen kontakt heter ”Åsa Öberg” (ange ett kontakt-id, en e-postadress eller exakt hela namnet)"),
        (Message("ambiguous_email", {"value": "asa@example.se", "count": 2, "candidates": [
            Message("person_match", {"id": "c1", "name": "Åsa Öberg", "where": "RISE"}),
            Message("person_match_deleted", {"id": "c2", "name": "Åsa Öberg", "where": Message("no_organisation")})]}),
         "2 kontakter har e-postadressen ”asa@example.se”: c1 Åsa Öberg (RISE), c2 Åsa Öberg (ingen organisation, "
         "borttagen). Inget gjordes; välj en med hjälp av id:t."),
        (Message("ambiguous_name", {"value": "Åsa Öberg", "count": 2, "candidates": [
            Message("person_match", {"id": "c1", "name": "Åsa Öberg", "where": "RISE"})] * 2}),
         "2 kontakter heter ”Åsa Öberg”: c1 Åsa Öberg (RISE), c1 Åsa Öberg (RISE). Inget gjordes; välj en med "
         "hjälp av id:t."),
        (Message("no_organisation"), "ingen organisation"),
        (Message("person_match", {"id": "c1", "name": "Åsa Öberg", "where": "RISE"}), "c1 Åsa Öberg (RISE)"),
        (Message("person_match_deleted", {"id": "c1", "name": "Åsa Öberg", "where": "RISE"}),
         "c1 Åsa Öberg (RISE, borttagen)"),
        (Message("erased_placeholder"), "platshållaren för raderade personer innehåller ingen persons uppgifter"),
        (Message("unsupported_extract_format", {"path": "utdrag.pdf", "suffix": ".pdf"}),
         "utdrag.pdf: formatet ”.pdf” stöds inte för registerutdrag (använd .json eller .html)"),
        (Message("backup_not_cleaned", {"path": str(db_file), "reason": Message("sqlite_error", {
            "detail": "file is not a database"})}),
         f"säkerhetskopian {db_file} gick inte att rensa: file is not a database"),
        (Message("index_not_purged", {"folder": str(folder), "reason": Message("disk_full")}),
         f"sökindexet {folder} innehåller fortfarande de raderade uppgifterna och gick inte att bygga om eller ta "
         "bort (disken är full); det görs klart nästa gång databasen öppnas"),
        (Message("index_rebuild_failed"), "ombyggnaden misslyckades"),
        (Message("backup_folder_missing", {"path": str(folder)}),
         f"säkerhetskopiemappen {folder} finns inte (en urkopplad disk?); kopiorna i den rensas nästa gång "
         "databasen öppnas när mappen finns"),
        (Message("database_not_compacted"),
         "databasfilen gick inte att komprimera (ett annat program hade den öppen, eller disken är full): gamla "
         "sidor kan innehålla de raderade uppgifterna tills databasen öppnas nästa gång"),
        (Message("erasure_unfinished"),
         "raderingen avbröts innan sökindexet, säkerhetskopiorna och filen var klara; de görs klart nästa gång "
         "databasen öppnas"),
        (Message("retention_years_not_whole", {"value": "2.5"}),
         "gallringstiden måste vara ett helt antal år, inte 2.5"),
        (Message("retention_years_out_of_range", {"value": 51, "minimum": 1, "maximum": 50}),
         "gallringstiden måste vara 1–50 år, inte 51"),
    ]


def test_every_care_code_has_a_sample_and_both_interfaces_know_it(tmp_path):
    assert set(care.TEXT) <= {message.code for message, _ in samples(tmp_path)}
    assert set(care.TEXT) == set(cli_care.TEXT)


def test_backup_and_data_protection_messages_in_swedish(qapp, tmp_path, swedish):
    for message, expected in samples(tmp_path):
        assert translate_message(message) == expected, message


def test_without_a_translation_the_desktop_says_what_the_command_line_says(qapp, tmp_path):
    for message, _ in samples(tmp_path):
        assert translate_message(message) == describe(message), message


def test_sqlite_errors_not_caught_by_db_come_out_as_the_same_codes(tmp_path, swedish):
    for text, code in (("database is locked", "database_busy"), ("attempt to write a readonly database",
                                                                 "database_read_only"),
                       ("database or disk is full", "disk_full")):
        error = sqlite3.OperationalError(text)
        assert care.sqlite_message(error) == Message(code)
        assert translate_error(error) == translate_message(Message(code))
    assert translate_error(sqlite3.OperationalError("database is locked")).startswith("databasen är upptagen")
    assert care.sqlite_message(sqlite3.OperationalError("no such table: x")) == Message(
        "sqlite_error", {"detail": "no such table: x"})


def test_real_backup_errors_come_out_swedish(tmp_path, swedish):
    junk = tmp_path / "skräp.db"
    junk.write_bytes(b"")
    with pytest.raises(BackupError) as info:
        restore_backup(junk, tmp_path / "kb.db")
    assert translate_error(info.value) == f"{junk} går inte att återställa: filen är tom. Inget ändrades"
    with pytest.raises(BackupError) as info:
        backup_now(tmp_path / "saknas.db")
    assert translate_error(info.value) == f"{tmp_path / 'saknas.db'}: databasfilen finns inte"


def test_restore_with_the_worker_thread(qtbot, demo_path, tmp_path, messages):
    """As in the app: the worker thread is stopped, restore_backup runs on a thread of its own."""
    from desktop.backend import Backend

    backend = Backend(demo_path, user="testare")
    control = WindowController(backend, MainWindow)
    try:
        qtbot.waitUntil(lambda: backend.pending() == 0, timeout=20_000)
        taken = backup_now(demo_path, tmp_path / "kopior")
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


def test_a_folder_chosen_in_the_app_is_known_to_the_database_and_cleaned_after_a_change(qtbot, backend, tmp_path):
    from cli.main import main
    from db.care.backup_folders import known_backup_folders

    dialog = BackupsDialog(backend)
    qtbot.addWidget(dialog)
    first, second = tmp_path / "forsta", tmp_path / "andra"
    dialog.set_folder(first)
    dialog.backup_now()
    dialog.set_folder(second)
    dialog.backup_now()
    known = {loc.path for loc in known_backup_folders(backend.kb.db.conn)}
    assert {first, second} <= known
    asa = add_person(backend)
    backend.close()
    copies = [info.path for folder in (first, second) for info in list_backups(folder)]
    assert len(copies) == 2
    # Taken before she was added: erase someone who is in them, from the command line, no --backups.
    with closing(sqlite3.connect(copies[0])) as conn:
        someone = conn.execute("SELECT id FROM contact ORDER BY id LIMIT 1").fetchone()[0]
    assert main(["gdpr", "erase", someone, "--db", str(backend.path), "--yes"]) == 0
    for copy in copies:
        with closing(sqlite3.connect(copy)) as conn:
            assert conn.execute("SELECT count(*) FROM contact WHERE id = ?", [someone]).fetchone() == (0,)
    assert asa
