"""Data protection on a contact: the register extract and permanent erasure from the record page and
the contact list, the typed confirmation, "raderad person" on activity pages, and the audit list."""

import json

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from db import models as m
from db.care.audit import audit_entries
from db.care.erasure import erase
from db.care.persons import ERASED_CONTACT_ID
from desktop.dialogs.audit import AuditDialog, action_text, details_text
from desktop.window.data_protection import ConfirmEraseDialog
from tests.desktop.test_dialogs import type_text


@pytest.fixture
def asa(backend):
    """Åsa Öberg (invented), at a demo organisation, in a workshop with Klas Palm, with a note."""
    ids = {}

    def create(kb):
        with kb.batch():
            person = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg", emails=["asa.oberg@example.se"],
                                                  phones=["070-174 06 05"])).record
            org = kb.organisations.list({"name": "RISE"})[0]
            kb.affiliations.create(m.Affiliation(contact_id=person.id, organisation_id=org.id, role="forskare"))
            workshop = kb.activities.create(m.Activity(kind="workshop", title="Workshop om sensordata",
                                                       starts="2023-03-01T09:00")).record
            klas = kb.contacts.list({"last_name": "Palm"})[0]
            for who in (person.id, klas.id):
                kb.activity_links.create(m.ActivityLink(activity_id=workshop.id, contact_id=who, role="deltagare"))
            kb.notes.add("contact", person.id, "Vill veta mer om LoRaWAN.")
            ids.update(contact=person.id, activity=workshop.id, org=org.id)

    backend.write(create)
    return ids


def confirm(qtbot, dialog: ConfirmEraseDialog, text: str) -> None:
    dialog.windowHandle().requestActivate()
    type_text(qtbot, dialog.phrase_edit, text)


# --- erasure ------------------------------------------------------------------------------------


def test_erasing_from_the_record_page_removes_the_person_everywhere(qtbot, window, backend, asa, swedish):
    window.open_record("contact", asa["contact"])
    page = window.record_page
    assert page.erase_action.isVisible() and page.erase_action.isEnabled()
    assert page.more_button.isVisible()

    page.erase_action.trigger()
    dialog = window.data_protection.confirm_dialog
    assert isinstance(dialog, ConfirmEraseDialog) and dialog.isVisible()
    assert not dialog.erase_button.isEnabled()
    confirm(qtbot, dialog, "åsa  öberg")  # any case and spacing
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()

    assert not backend.kb.contacts.exists(asa["contact"])
    assert backend._write_kb.search.search("Öberg").total == 0
    assert page.place() is None  # the page closed
    assert window.statusBar().currentMessage().startswith("Personen är raderad permanent")
    assert "Åsa Öberg" not in [window.lists["contact"].model.data(window.lists["contact"].model.index(r, 0))
                               for r in range(window.lists["contact"].model.rowCount())]

    window.open_record("activity", asa["activity"])  # the workshop keeps an erased participant
    details = page.browser.toHtml()
    assert "raderad person" in details and "Klas Palm" in details
    assert ERASED_CONTACT_ID not in details  # not a link
    assert "Öberg" not in details


def test_a_wrong_name_does_not_erase(qtbot, window, backend, asa):
    dialog = window.data_protection.erase(asa["contact"])
    confirm(qtbot, dialog, "Åsa Öberga")
    assert not dialog.erase_button.isEnabled()
    dialog.accept()  # Enter with the wrong name: nothing happens
    assert dialog.isVisible()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert backend.kb.contacts.exists(asa["contact"])


def test_the_erase_dialog_explains_in_swedish(qtbot, window, asa, swedish):
    dialog = window.data_protection.erase(asa["contact"])
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Det här går inte att ångra." in texts
    assert "sökindexet" in texts and "säkerhetskopior" in texts and "”raderad person”" in texts
    assert "Bekräfta genom att skriva personens namn: Åsa Öberg" in texts
    assert dialog.erase_button.text() == "Radera permanent"
    dialog.reject()


def test_erasure_cleans_the_backups(qtbot, window, backend, asa, tmp_path):
    from db.care.backup import backup_now
    from desktop.dialogs.backup_folder import set_backup_folder

    folder = tmp_path / "kopior"
    set_backup_folder(backend.path, folder)
    taken = backup_now(backend.path, folder)
    dialog = window.data_protection.erase(asa["contact"])
    confirm(qtbot, dialog, "Åsa Öberg")
    dialog.erase_button.click()
    assert b"asa.oberg@example.se" not in taken.path.read_bytes()
    assert "backups cleaned: 1" in window.statusBar().currentMessage()


def test_the_placeholder_is_never_offered_for_erasure(window, backend, asa):
    backend.write(lambda kb: erase(kb, asa["contact"]))
    assert window.data_protection.erase(ERASED_CONTACT_ID) is None
    window.record_page.show_record("contact", ERASED_CONTACT_ID)
    assert not window.record_page.erase_action.isEnabled()


def test_the_actions_are_only_for_contacts(window, backend, asa):
    window.open_record("organisation", asa["org"])
    assert not window.record_page.erase_action.isVisible()
    assert not window.record_page.extract_action.isVisible()
    backend.write(lambda kb: kb.contacts.delete(asa["contact"]))
    window.open_record("contact", asa["contact"])  # a deleted contact still holds data
    assert window.record_page.erase_action.isEnabled() and window.record_page.more_button.isVisible()


# --- the contact list's context menu ---------------------------------------------------------------


def test_the_contact_list_offers_extract_and_erasure(window, asa, swedish):
    window.show_page("contact")
    page = window.lists["contact"]
    menu = window.data_protection.context_menu(page, asa["contact"])
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Öppna", "Registerutdrag…", "Radera personen permanent…"]
    opened = []
    page.open_record.connect(lambda entity, row_id: opened.append((entity, row_id)))
    menu.actions()[0].trigger()
    assert opened == [("contact", asa["contact"])]


# --- register extract ----------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".html", ".json"])
def test_the_register_extract_holds_the_persons_data(window, backend, asa, tmp_path, suffix):
    target = tmp_path / f"utdrag{suffix}"
    written = []
    window.data_protection.write_extract(asa["contact"], target, on_done=written.append)
    assert written == [target]
    text = target.read_text(encoding="utf-8")
    assert "Öberg" in text and "asa.oberg@example.se" in text and "Vill veta mer om LoRaWAN." in text
    if suffix == ".json":
        assert json.loads(text)["contact"]["full_name"] == "Åsa Öberg"
    assert str(target) in window.statusBar().currentMessage()
    assert audit_entries(backend.kb, limit=1)[0]["action"] == "extract"


def test_the_extract_asks_for_a_file_and_adds_the_suffix(window, backend, asa, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kw: (str(tmp_path / "asa"), "JSON (*.json)"))
    window.record_page.show_record("contact", asa["contact"])
    window.record_page.extract_action.trigger()
    assert json.loads((tmp_path / "asa.json").read_text(encoding="utf-8"))["contact"]["last_name"] == "Öberg"
    assert QSettings().value("data_protection/extract_folder") == str(tmp_path)


def test_cancelling_the_file_dialog_writes_nothing(window, backend, asa, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: ("", ""))
    window.data_protection.extract(asa["contact"])
    assert audit_entries(backend.kb) == []


# --- the audit list ------------------------------------------------------------------------------------------


def test_the_audit_list_shows_extracts_and_erasures_without_personal_data(qtbot, window, backend, asa, tmp_path,
                                                                         swedish):
    window.data_protection.write_extract(asa["contact"], tmp_path / "utdrag.html")
    backend.write(lambda kb: erase(kb, asa["contact"]))
    dialog = window.open_audit()
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert [row[2] for row in rows] == ["Radering", "Registerutdrag"]
    assert all(row[3] == asa["contact"] and row[1] == "testare" for row in rows)
    assert rows[1][4] == "format: html"
    assert "rader borttagna: " in rows[0][4]
    shown = " ".join(" ".join(row) for row in rows)
    assert "Öberg" not in shown and "example.se" not in shown
    assert not dialog.empty_label.isVisible()


def test_audit_texts(swedish):
    assert action_text("restore") == "Återställd från säkerhetskopia"
    assert action_text("something new") == "something new"
    assert details_text({"years": 5}) == "år: 5"
    assert details_text({"backup": True}) == "i säkerhetskopia"


def test_an_empty_audit_list(qtbot, backend):
    dialog = AuditDialog(backend)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and not dialog.empty_label.isHidden()


def test_an_erasure_that_cannot_purge_the_index_says_what_is_left_and_finishes_on_the_next_start(
        qtbot, window, backend, asa, tmp_path, swedish):
    from db.search.whoosh_engine import index_folder
    from desktop.backend import Backend
    from tests.faults import read_only

    with read_only(index_folder(backend.path)):
        dialog = window.data_protection.erase(asa["contact"])
        confirm(qtbot, dialog, "Åsa Öberg")
        dialog.erase_button.click()
        box = window.data_protection.left_box
        assert box is not None and box.isVisible()
        assert "inte klar överallt" in box.text()
        assert f"sökindexet {index_folder(backend.path)} innehåller fortfarande" in box.informativeText()
        assert "nästa gång den startar" in box.informativeText()
        assert "Öberg" not in box.text() + box.informativeText()
        box.grab().save(str(tmp_path / "left.png"))
        assert "inte klar" in window.statusBar().currentMessage()
        (entry,) = [a for a in audit_entries(backend.kb) if a["action"] == "erase"]
        assert [o["code"] for o in entry["details"]["outstanding"]] == ["index_not_purged"]
        assert "återstår: sökindexet" in details_text(entry["details"])
        box.close()
    path = backend.path
    window.close()
    backend.close()
    again = Backend(path, user="testare", inline=True)  # the next start
    try:
        (entry,) = [a for a in audit_entries(again.kb) if a["action"] == "erase"]
        assert entry["details"]["outstanding"] == [] and entry["details"]["finished_at"]
        found = []
        again.search("Öberg", found.append)
        assert found and found[0].total == 0
    finally:
        again.close()
