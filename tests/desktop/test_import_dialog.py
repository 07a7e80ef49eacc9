"""The import wizard on real files and real databases: file -> mapping -> preview -> import."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QProgressDialog

from db import models as m
from desktop.dialogs.import_wizard import PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT, ImportDialog, PlanModel
from desktop.messages import translate_error, translate_message
from desktop.messages.legacy import TRANSFER_TEMPLATES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"

VCARDS = """BEGIN:VCARD
VERSION:4.0
N:Öberg;Åsa;;;
FN:Åsa Öberg
ORG:Region Uppsala;IT-avdelningen
TITLE:Strateg
EMAIL;TYPE=work:asa.oberg@example.se
TEL;TYPE=work,voice:070-123 45 67
END:VCARD
BEGIN:VCARD
VERSION:4.0
N:Ärlig;Jörgen;;;
FN:Jörgen Ärlig
ORG:Region Uppsala
EMAIL:jorgen.arlig@example.se
END:VCARD
"""

SWEDISH_CSV = ("Förnamn;Efternamn;E-post;Organisation;Befattning;Kommun\r\n"
               "Åsa;Öberg;asa.oberg@example.se;Region Uppsala;Strateg;Uppsala\r\n"
               "Jörgen;Ärlig;jorgen.arlig@example.se;Region Uppsala;Enhetschef;Uppsala\r\n"
               "Märta;Ångström;marta.angstrom@example.se;Växjö kommun;Projektledare;Växjö\r\n")

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//Test//SV
BEGIN:VEVENT
UID:workshop-1@example.se
SUMMARY:Workshop om sensorer i Åby
DTSTART;TZID=Europe/Stockholm:20221027T090000
DTEND;TZID=Europe/Stockholm:20221027T103000
LOCATION:Stadshuset i Åby
END:VEVENT
BEGIN:VEVENT
UID:workshop-2@example.se
SUMMARY:Uppföljning smarta vattenmätare
DTSTART;TZID=Europe/Stockholm:20221110T130000
DTEND;TZID=Europe/Stockholm:20221110T140000
END:VEVENT
END:VCALENDAR
"""






def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding))
    return path


def wizard(qtbot, backend, path: Path | None = None) -> ImportDialog:
    dialog = ImportDialog(backend, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def log_entries(backend) -> int:
    return backend.kb.db.execute("SELECT count(*) FROM change_log").fetchone()[0]


def contacts_named(backend, first: str, last: str) -> list[m.Contact]:
    return [c for c in backend.kb.contacts.list() if (c.first_name, c.last_name) == (first, last)]


def statuses(dialog: ImportDialog) -> list[str]:
    model = dialog.rows_view.model()
    return [model.rows[row].status for row in range(model.rowCount())]


# --- vCard, CSV, iCalendar all the way ------------------------------------------------------------


def test_a_vcard_file_is_previewed_then_imported(qtbot, backend, tmp_path):
    path = write(tmp_path, "kontakter.vcf", VCARDS)
    dialog = wizard(qtbot, backend, path)
    before = log_entries(backend)
    dialog.next()
    assert dialog.page() == PAGE_PREVIEW  # no mapping step for a vCard
    assert dialog.plan.counts()["new"] == 2
    assert dialog.count_labels["new"].text() == "2"
    assert log_entries(backend) == before  # nothing written before "Import"
    model = dialog.rows_view.model()
    assert [model.data(model.index(r, PlanModel.HEADERS.index("Name"))) for r in range(2)] == ["Åsa Öberg",
                                                                                                "Jörgen Ärlig"]
    assert dialog.next_button.isEnabled()
    dialog.next()
    assert dialog.page() == PAGE_RESULT
    [asa] = contacts_named(backend, "Åsa", "Öberg")
    assert asa.emails == ["asa.oberg@example.se"] and asa.title == "Strateg"
    assert contacts_named(backend, "Jörgen", "Ärlig")
    assert "2" in dialog.result_label.text() and dialog.undo_button.isVisible()


def test_a_swedish_semicolon_csv_goes_through_the_mapping(qtbot, backend, tmp_path, swedish):
    path = write(tmp_path, "kontakter.csv", SWEDISH_CSV, "cp1252")
    dialog = wizard(qtbot, backend, path)
    dialog.next()
    assert dialog.page() == PAGE_MAPPING
    assert dialog.entity() == "contact"
    facts = dialog.file_facts.text()
    assert "semikolon" in facts and "3 rader" in facts and "cp1252" in facts.lower()
    assert dialog.mapping() == {0: "first_name", 1: "last_name", 2: "emails", 3: "organisation", 4: "title",
                                5: "municipality"}
    assert dialog.mapping_combos[0].currentText() == "Förnamn"
    assert dialog.mapping_table.item(0, 1).text().startswith("Åsa · Jörgen · Märta")
    dialog.next()
    assert dialog.page() == PAGE_PREVIEW
    assert statuses(dialog) == ["new", "new", "new"]
    assert dialog.rows_view.model().data(dialog.rows_view.model().index(0, 2)) == "Ny"
    dialog.next()
    [marta] = contacts_named(backend, "Märta", "Ångström")
    assert (marta.title, marta.municipality) == ("Projektledare", "Växjö")
    assert "har importerats" in dialog.result_label.text()
    organisations = {o.name for o in backend.kb.organisations.list()}
    assert "Växjö kommun" in organisations


def test_a_calendar_file_becomes_activities(qtbot, backend, tmp_path):
    path = write(tmp_path, "möten.ics", CALENDAR)
    dialog = wizard(qtbot, backend, path)
    dialog.next()
    assert dialog.page() == PAGE_PREVIEW and statuses(dialog) == ["new", "new"]
    dialog.next()
    titles = {a.title: a for a in backend.kb.activities.list()}
    workshop = titles["Workshop om sensorer i Åby"]
    assert workshop.starts.startswith("2022-10-27T09:00") and workshop.place == "Stadshuset i Åby"
    assert "Uppföljning smarta vattenmätare" in titles


def test_the_fixture_files_of_other_programs_preview(qtbot, empty_backend):
    for name in ("outlook_sv.csv", "google.csv", "google_30.vcf", "outlook_invite.ics"):
        dialog = wizard(qtbot, empty_backend, FIXTURES / name)
        dialog.next()
        if dialog.page() == PAGE_MAPPING:
            dialog.next()
        assert dialog.page() == PAGE_PREVIEW, (name, dialog.error_label.text())
        assert dialog.plan.counts()["new"] >= 1, name


# --- the mapping decides the plan ------------------------------------------------------------------


def test_changing_a_mapping_combo_changes_the_plan(qtbot, backend, tmp_path):
    path = write(tmp_path, "kontakter.csv", SWEDISH_CSV)
    dialog = wizard(qtbot, backend, path)
    dialog.next()
    dialog.next()
    assert [row.record.title for row in dialog.plan.rows] == ["Strateg", "Enhetschef", "Projektledare"]
    dialog.back()
    assert dialog.page() == PAGE_MAPPING
    title_combo = dialog.mapping_combos[4]
    title_combo.setCurrentIndex(title_combo.findData(""))  # (ignore)
    municipality = dialog.mapping_combos[5]
    municipality.setCurrentIndex(municipality.findData("notes"))
    dialog.next()
    assert [row.record.title for row in dialog.plan.rows] == [None, None, None]
    assert [row.record.notes for row in dialog.plan.rows] == ["Uppsala", "Uppsala", "Växjö"]
    assert any("Befattning" in w for w in dialog.plan.warnings)  # the column left out is named


def test_a_single_valued_field_takes_one_column(qtbot, backend, tmp_path):
    dialog = wizard(qtbot, backend, write(tmp_path, "kontakter.csv", SWEDISH_CSV))
    dialog.next()
    combo = dialog.mapping_combos[5]
    combo.setCurrentIndex(combo.findData("title"))
    assert dialog.mapping()[5] == "title" and 4 not in dialog.mapping()


def test_no_name_column_means_no_next(qtbot, backend, tmp_path):
    dialog = wizard(qtbot, backend, write(tmp_path, "kontakter.csv", SWEDISH_CSV))
    dialog.next()
    for column in (0, 1):
        dialog.mapping_combos[column].setCurrentIndex(0)
    assert not dialog.next_button.isEnabled()
    assert dialog.mapping_hint.isVisible() and "name" in dialog.mapping_hint.text()
    dialog.next()
    assert dialog.page() == PAGE_MAPPING


def test_the_record_type_can_be_changed(qtbot, backend, tmp_path):
    dialog = wizard(qtbot, backend, FIXTURES / "excel_semicolon.csv")
    dialog.next()
    assert dialog.entity() == "organisation"
    assert "org_number" in dialog.mapping().values()
    dialog.entity_combo.setCurrentIndex(dialog.entity_combo.findData("project"))
    assert set(dialog.mapping().values()) <= {"title", "kind", "municipality", "description", "need_area",
                                              "reference"}
    dialog.entity_combo.setCurrentIndex(dialog.entity_combo.findData("organisation"))
    dialog.next()
    dialog.next()
    assert "Exempelkommunen Åby" in {o.name for o in backend.kb.organisations.list()}


# --- duplicates, rejected rows, a second import ------------------------------------------------------


def possible_duplicate(backend, tmp_path) -> Path:
    """A contact in the knowledge base and a file with the same name (no e-mail): a possible duplicate."""
    backend.write(lambda kb: kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg",
                                                          emails=["asa@example.se"])))
    return write(tmp_path, "kontakter.csv", "Förnamn;Efternamn;Befattning\nÅsa;Öberg;Strateg\n"
                                           "Gunnel;Ödmark;Handläggare\n")


@pytest.mark.parametrize(("decision", "expected"), [("skip", 1), ("new", 2), ("update", 1)])
def test_the_duplicate_decision_is_respected(qtbot, backend, tmp_path, decision, expected):
    dialog = wizard(qtbot, backend, possible_duplicate(backend, tmp_path))
    dialog.next()
    dialog.next()
    assert statuses(dialog) == ["duplicate", "new"]
    combo = dialog.decision_combos[0]
    assert combo.currentData() == "skip" and combo.isVisible()
    assert "samma namn" in dialog.reason(dialog.plan.rows[0]) or "same name" in dialog.reason(dialog.plan.rows[0])
    combo.setCurrentIndex(combo.findData(decision))
    assert dialog.plan.rows[0].decision == decision
    dialog.next()
    people = contacts_named(backend, "Åsa", "Öberg")
    assert len(people) == expected
    if decision == "update":
        assert people[0].title == "Strateg" and people[0].emails == ["asa@example.se"]
    assert contacts_named(backend, "Gunnel", "Ödmark")


def test_set_all_applies_to_every_duplicate(qtbot, backend, tmp_path):
    dialog = wizard(qtbot, backend, possible_duplicate(backend, tmp_path))
    dialog.next()
    dialog.next()
    dialog.set_all_combo.setCurrentIndex(dialog.set_all_combo.findData("new"))
    dialog.set_all_button.click()
    assert dialog.decision_combos[0].currentData() == "new"
    assert dialog.plan.rows[0].decision == "new"
    assert "2" in dialog.writes_label.text()


def test_rejected_rows_show_line_field_and_reason(qtbot, backend, tmp_path, swedish):
    path = write(tmp_path, "kontakter.csv", "Förnamn;Efternamn;E-post\nÅsa;Öberg;inte-en-adress\n"
                                           ";;ingen@example.se\nGunnel;Ödmark;gunnel@example.se\n")
    dialog = wizard(qtbot, backend, path)
    dialog.next()
    dialog.next()
    rows = {row.line: row for row in dialog.rows_view.model().rows}
    assert rows[2].status == "rejected" and "e-post" in rows[2].reason.lower()
    assert "inte-en-adress" in rows[2].reason
    assert rows[3].status == "rejected" and "inget namn" in rows[3].reason
    assert rows[4].status == "new"
    assert dialog.count_labels["rejected"].text() == "2"
    assert "Avvisade rader importeras inte" in dialog.writes_label.text()
    dialog.next()
    assert contacts_named(backend, "Gunnel", "Ödmark") and not contacts_named(backend, "Åsa", "Öberg")


def test_importing_the_same_file_twice_writes_nothing_the_second_time(qtbot, backend, tmp_path):
    path = write(tmp_path, "kontakter.csv", SWEDISH_CSV)
    first = wizard(qtbot, backend, path)
    first.next()
    first.next()
    first.next()
    assert first.page() == PAGE_RESULT
    before = log_entries(backend)
    second = wizard(qtbot, backend, path)
    second.next()
    second.next()
    assert statuses(second) == ["unchanged"] * 3
    assert not second.next_button.isEnabled()
    assert "already holds" in second.writes_label.text()
    second.next()
    assert second.page() == PAGE_PREVIEW
    assert log_entries(backend) == before


# --- errors and cancelling ---------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("tom.csv", b"", "filen \u00e4r tom"),
    ("gammal.xls", b"\xd0\xcf\x11\xe0 old excel", "(.xls)"),
    ("bild.vcf", bytes(range(256)) * 4, "vCard"),
    ("bara-rubrik.csv", "Förnamn;Efternamn\n".encode(), "rubrikrad men inga rader"),
    ("konstig.pdf", b"%PDF-1.4", "kan inte importeras"),
])
def test_a_bad_file_shows_a_clear_message_and_writes_nothing(qtbot, backend, tmp_path, swedish, name, content,
                                                              expected):
    path = tmp_path / name
    path.write_bytes(content)
    before = log_entries(backend)
    dialog = wizard(qtbot, backend, path)
    dialog.next()
    assert dialog.page() == PAGE_FILE and dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert expected in dialog.error_label.text(), dialog.error_label.text()
    assert name in dialog.error_label.text()
    assert dialog.path_edit.text() == str(path)  # the chosen file stays
    assert log_entries(backend) == before


def test_a_missing_file_is_a_message(qtbot, backend, tmp_path, swedish):
    dialog = wizard(qtbot, backend, tmp_path / "finns-inte.vcf")
    dialog.next()
    assert "finns-inte.vcf: filen finns inte" in dialog.error_label.text()


def word(number: int, salt: str) -> str:
    """A made-up name, unlike every other one (similar names would be possible duplicates)."""
    digest = hashlib.sha1(f"{salt}{number}".encode()).hexdigest()
    return "".join(chr(97 + int(c, 16) + (i % 10)) for i, c in enumerate(digest[:9])).capitalize()


def cancel_at_first_progress(dialog: ImportDialog) -> None:
    """Press the progress dialog's Cancel as soon as the work reports progress (as a user would)."""
    def cancel(*_args):
        for progress in dialog.findChildren(QProgressDialog):
            progress.canceled.emit()  # what its Cancel button sends

    original = dialog._run

    def run(title, operation, on_done, **kwargs):
        def wrapped(kb, cancelled, progress):
            def report(done, total):
                progress(done, total)
                cancel()
            return operation(kb, cancelled, report)
        original(title, wrapped, on_done, **kwargs)

    dialog._run = run


def test_cancelling_the_import_writes_nothing(qtbot, backend, tmp_path):
    rows = "".join(f"{word(i, 'a')};{word(i, 'b')};person{i}@example.se\n" for i in range(300))
    path = write(tmp_path, "många.csv", "Förnamn;Efternamn;E-post\n" + rows)
    dialog = wizard(qtbot, backend, path)
    dialog.next()
    dialog.next()
    assert dialog.plan.counts()["new"] == 300
    before, contacts = log_entries(backend), backend.kb.contacts.count()
    cancel_at_first_progress(dialog)
    dialog.next()
    assert dialog.page() == PAGE_PREVIEW
    assert "nothing was written" in dialog.error_label.text()
    assert (log_entries(backend), backend.kb.contacts.count()) == (before, contacts)
    dialog._run = type(dialog)._run.__get__(dialog)  # a second try without cancelling imports everything
    dialog.next()
    assert dialog.page() == PAGE_RESULT and backend.kb.contacts.count() == contacts + 300


def test_cancelling_the_plan_keeps_the_mapping(qtbot, backend, tmp_path):
    rows = "".join(f"Person{i};Testsson\n" for i in range(3))
    dialog = wizard(qtbot, backend, write(tmp_path, "få.csv", "Förnamn;Efternamn\n" + rows))
    dialog.next()
    cancel_at_first_progress(dialog)
    dialog.next()
    assert dialog.page() == PAGE_MAPPING and dialog.plan is None
    assert dialog.error_label.isVisible()


def test_closing_the_wizard_before_import_writes_nothing(qtbot, backend, tmp_path):
    before = log_entries(backend)
    dialog = wizard(qtbot, backend, write(tmp_path, "kontakter.vcf", VCARDS))
    dialog.next()
    dialog.close_button.click()
    assert not dialog.isVisible()
    assert log_entries(backend) == before


# --- undo, JSON, the main window -----------------------------------------------------------------------


def test_undo_the_import(qtbot, backend, tmp_path):
    pytest.importorskip("db.dedupe.merge")
    contacts = backend.kb.contacts.count()
    organisations = backend.kb.organisations.count()
    dialog = wizard(qtbot, backend, write(tmp_path, "kontakter.vcf", VCARDS))
    dialog.next()
    dialog.next()
    assert backend.kb.contacts.count() == contacts + 2
    dialog.undo_button.click()
    assert backend.kb.contacts.count() == contacts
    assert backend.kb.organisations.count() == organisations
    assert "undone" in dialog.result_label.text() and not dialog.undo_button.isVisible()


def test_a_json_export_is_restored_into_an_empty_knowledge_base(qtbot, backend, empty_backend, tmp_path):
    from db.interchange.json_dump import export_json

    path = tmp_path / "export.json"
    export_json(backend.kb, path)
    dialog = wizard(qtbot, empty_backend, path)
    dialog.next()
    assert dialog.page() == PAGE_PREVIEW and dialog.next_button.isEnabled()
    dialog.next()
    assert dialog.page() == PAGE_RESULT
    assert empty_backend.kb.contacts.count() == backend.kb.contacts.count()
    assert not dialog.undo_button.isVisible()


def test_a_json_export_is_refused_by_a_knowledge_base_with_records(qtbot, backend, tmp_path):
    from db.interchange.json_dump import export_json

    path = tmp_path / "export.json"
    export_json(backend.kb, path)
    dialog = wizard(qtbot, backend, path)
    dialog.next()
    assert dialog.page() == PAGE_FILE and "empty knowledge base" in dialog.error_label.text()


def test_ctrl_i_opens_the_wizard_from_the_main_window(qtbot, backend):
    from desktop.window.main_window import MainWindow

    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    action = next(a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+I"))
    action.trigger()
    assert isinstance(window.import_dialog, ImportDialog) and window.import_dialog.isVisible()
    assert window.import_dialog.page() == PAGE_FILE
    window.import_dialog.close()


def test_the_main_window_shows_the_imported_list(qtbot, backend, tmp_path):
    from desktop.window.main_window import MainWindow

    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.show_page("overview")
    window.import_file()
    dialog = window.import_dialog
    dialog.set_file(write(tmp_path, "möten.ics", CALENDAR))
    dialog.next()
    dialog.next()
    assert window.current_page() == "activity"
    dialog.close()


# --- the data layer's import messages in Swedish ------------------------------------------------------------


TRANSFER_SAMPLES = {
    "cannot undo: the organisation that this operation created is now used elsewhere (project)":
        "kan inte ångras: posten (organisation) som åtgärden skapade används nu på annat håll (projekt)",
    "the two records are of different types (contact and organisation): only two records of the same kind "
    "can be merged": "posterna är av olika slag (kontakt och organisation): bara två poster av samma slag kan "
                     "slås ihop",
    "same e-mail": "samma e-postadress",
    "same phone": "samma telefonnummer",
    "same organisation number": "samma organisationsnummer",
    "same name in the same organisation": "samma namn i samma organisation",
    "same name": "samma namn",
    "similar name in the same organisation": "liknande namn i samma organisation",
    "similar name": "liknande namn",
    "same id": "samma id",
    "same calendar UID": "samma kalender-UID",
    "same title and start": "samma titel och starttid",
    "same reference": "samma diarienummer",
    "same title": "samma titel",
    "same as line 3 (same e-mail)": "samma som rad 3 (samma e-postadress)",
    "no name (a first or last name is required)": "inget namn (förnamn eller efternamn måste anges)",
    "no name (an organisation's name is required)": "inget namn (organisationens namn måste anges)",
    "no title (a project's title is required)": "ingen titel (projektets titel måste anges)",
    "has 4 columns; the header has 3": "har 4 kolumner; rubrikraden har 3",
    "the vCard has no name (N or FN) and no e-mail address; it is skipped":
        "vCard-kortet har inget namn (N eller FN) och ingen e-postadress; det hoppas över",
    "the event has no start (DTSTART)": "händelsen har ingen starttid (DTSTART)",
    "2 columns with data are not imported (no matching field): Mobil, Fax":
        "2 kolumner med data importeras inte (inget motsvarande fält): Mobil, Fax",
    "line 20: 3 participant(s) not in the knowledge base were not linked (no contact is created from an "
    "invitation)": "rad 20: 3 deltagare som inte finns i kunskapsbanken kopplades inte (inga kontakter skapas "
                   "från en inbjudan)",
    "1 photo skipped (Kunskapsbanken does not store photos)": "1 foto hoppades över (Kunskapsbanken sparar inga foton)",
    "30 photos skipped (Kunskapsbanken does not store photos)":
        "30 foton hoppades över (Kunskapsbanken sparar inga foton)",
    "1 birthday not imported (Kunskapsbanken stores no birthdays)":
        "1 födelsedag importerades inte (Kunskapsbanken sparar inga födelsedagar)",
    "2 birthdays not imported (Kunskapsbanken stores no birthdays)":
        "2 födelsedagar importerades inte (Kunskapsbanken sparar inga födelsedagar)",
    "1 recurring event: only the first occurrence was imported":
        "1 återkommande händelse: bara det första tillfället importerades",
    "4 recurring events: only the first occurrence was imported":
        "4 återkommande händelser: bara det första tillfället importerades",
    "1 cancelled event was skipped": "1 inställd händelse hoppades över",
    "2 cancelled events were skipped": "2 inställda händelser hoppades över",
    "1 task or journal entry (VTODO, VJOURNAL) ignored: only events are imported":
        "1 uppgift eller journalanteckning (VTODO, VJOURNAL) hoppades över: bara händelser importeras",
    "3 tasks and journal entries (VTODO, VJOURNAL) ignored: only events are imported":
        "3 uppgifter och journalanteckningar (VTODO, VJOURNAL) hoppades över: bara händelser importeras",
    "line 40: text after END:VCALENDAR was ignored": "rad 40: text efter END:VCALENDAR hoppades över",
    "line 7: unknown time zone 'Mars/Olympus'; its times were taken as Swedish time":
        "rad 7: okänd tidszon ”Mars/Olympus”; tiderna tolkades som svensk tid",
    "no such file": "filen finns inte",
    "the file is empty": "filen är tom",
    "is a folder, not a file": "är en mapp, inte en fil",
    "unsupported file type '.pdf' (supported: .vcf, .csv)": "filtypen ”.pdf” kan inte importeras (de som kan: "
                                                            ".vcf, .csv)",
    "an Excel 97-2003 workbook (.xls) cannot be read; save it as an Excel workbook (.xlsx) or as CSV":
        "en Excel 97–2003-arbetsbok (.xls) kan inte läsas; spara den som Excel-arbetsbok (.xlsx) eller som CSV",
    "old Excel files (.xls) cannot be read; save it as .xlsx or .csv":
        "gamla Excel-filer (.xls) kan inte läsas; spara filen som .xlsx eller .csv",
    "is a binary file, not text": "är en binärfil, inte text",
    "is not a valid Excel workbook (.xlsx): it is not a zip file":
        "är ingen giltig Excel-arbetsbok (.xlsx): den är ingen zip-fil",
    "has a header but no rows": "har en rubrikrad men inga rader",
    "the file holds no data (only empty lines)": "filen innehåller inga data (bara tomma rader)",
    "the header has the column 'Namn' twice (columns 1 and 3); every column needs its own name":
        "rubrikraden har kolumnen ”Namn” två gånger (kolumn 1 och 3); varje kolumn behöver ett eget namn",
    "not a vCard file (it has no BEGIN:VCARD line)": "ingen vCard-fil (den har ingen rad BEGIN:VCARD)",
    "not a vCard file: it holds binary data, not text": "ingen vCard-fil: den innehåller binära data, inte text",
    "this is a vCard file (contacts), not an iCalendar file":
        "det här är en vCard-fil (kontakter), inte en iCalendar-fil",
    "not an iCalendar file: it should start with BEGIN:VCALENDAR":
        "ingen iCalendar-fil: den ska börja med BEGIN:VCALENDAR",
    "this is not a text file (it looks binary); an iCalendar file is text":
        "det här är ingen textfil (den ser binär ut); en iCalendar-fil är text",
    "the file is 40.5 MB; the largest file that can be imported is 32 MB (split it, or export without photos)":
        "filen är 40.5 MB; den största fil som kan importeras är 32 MB (dela upp den, eller exportera utan foton)",
    "/tmp/x.json: no such file": "/tmp/x.json: filen finns inte",
    '/tmp/x.json: not a Kunskapsbanken export (missing "format": "kunskapsbanken")':
        "/tmp/x.json: ingen export från Kunskapsbanken (”format”: ”kunskapsbanken” saknas)",
    "/tmp/x.json: invalid JSON at line 3, column 7: Expecting value":
        "/tmp/x.json: ogiltig JSON på rad 3, kolumn 7: Expecting value",
    "the import was cancelled; nothing was written": "importen avbröts; ingenting sparades",
    "only contacts and organisations can be merged, not 'project'":
        "bara kontakter och organisationer kan slås ihop, inte ”projekt”",
    "cannot merge a contact with itself": "en post (kontakt) kan inte slås ihop med sig själv",
    "there is no contact with id 42": "det finns ingen post (kontakt) med id 42",
    "the contact to keep is deleted; restore it before merging":
        "posten som ska behållas (kontakt) är borttagen; återställ den innan ni slår ihop",
    "the organisation to merge into the other is deleted; restore it before merging":
        "posten som ska slås ihop med den andra (organisation) är borttagen; återställ den först",
    "there is no operation with id 7": "det finns ingen ändring med id 7",
    "cannot undo: a contact that this operation changed has been changed since":
        "kan inte ångras: en post (kontakt) som ändringen rörde har ändrats sedan dess",
    "similar name: line 4": "liknande namn: rad 4",
}


def test_every_transfer_template_has_a_sample():
    for pattern, template, _ in TRANSFER_TEMPLATES:
        assert any(re.fullmatch(pattern, text, re.DOTALL) for text in TRANSFER_SAMPLES), template


def test_the_import_messages_in_swedish(swedish):
    for english, expected in TRANSFER_SAMPLES.items():
        assert translate_message(english) == expected, english


def test_the_import_messages_unchanged_in_english(qapp):
    for english in TRANSFER_SAMPLES:
        assert translate_message(english) == english


def test_an_import_file_error_names_file_line_and_field_in_swedish(swedish, tmp_path):
    from db.interchange.incoming_records import ImportFileError

    error = ImportFileError(tmp_path / "kontakter.csv", "has a header but no rows", line=1)
    assert translate_error(error) == "kontakter.csv, rad 1: har en rubrikrad men inga rader"
    error = ImportFileError(tmp_path / "k.csv", "no such file", field="emails")
    assert translate_error(error) == "k.csv, fältet e-post: filen finns inte"


def test_the_wizard_speaks_swedish(qtbot, backend, swedish, tmp_path):
    dialog = wizard(qtbot, backend)
    assert dialog.windowTitle() == "Importera"
    assert dialog.next_button.text() == "&Nästa >" and not dialog.next_button.isEnabled()
    assert dialog.browse_button.text() == "&Välj en fil…"
    dialog.set_file(write(tmp_path, "kontakter.vcf", VCARDS))
    dialog.next()
    assert dialog.next_button.text() == "&Importera"
    assert dialog.rows_view.model().headerData(0, Qt.Orientation.Horizontal) == "Rad"
