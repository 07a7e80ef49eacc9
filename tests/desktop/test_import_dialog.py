"""The import wizard on real files and real databases: file -> mapping -> preview -> import (QWizard pages)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QProgressDialog, QWizard

from cli.messages import describe
from db import models as m
from db.errors import Message
from desktop.dialogs.import_wizard import PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RESULT, ImportWizard, PlanModel
from desktop.messages import interchange, translate_error, translate_message

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


def wizard(qtbot, backend, path: Path | None = None) -> ImportWizard:
    dialog = ImportWizard(backend, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def forward(dialog: ImportWizard) -> QAbstractButton:
    """The button that goes on: Next, or Import on the preview (QWizard's commit button)."""
    commit = dialog.button(QWizard.WizardButton.CommitButton)
    return commit if commit.isVisible() else dialog.button(QWizard.WizardButton.NextButton)


def error(dialog: ImportWizard) -> QLabel:
    """The error banner of the page the wizard shows."""
    return dialog.currentPage().error_label


def log_entries(backend) -> int:
    return backend.kb.db.execute("SELECT count(*) FROM change_log").fetchone()[0]


def contacts_named(backend, first: str, last: str) -> list[m.Contact]:
    return [c for c in backend.kb.contacts.list() if (c.first_name, c.last_name) == (first, last)]


def statuses(dialog: ImportWizard) -> list[str]:
    model = dialog.preview_page.rows_view.model()
    return [model.rows[row].status for row in range(model.rowCount())]


# --- vCard, CSV, iCalendar all the way ------------------------------------------------------------


def test_a_vcard_file_is_previewed_then_imported(qtbot, backend, tmp_path):
    path = write(tmp_path, "kontakter.vcf", VCARDS)
    dialog = wizard(qtbot, backend, path)
    before = log_entries(backend)
    dialog.next()
    assert dialog.currentId() == PAGE_PREVIEW  # no mapping step for a vCard
    assert dialog.plan.counts()["new"] == 2
    assert dialog.preview_page.count_labels["new"].text() == "2"
    assert log_entries(backend) == before  # nothing written before "Import"
    model = dialog.preview_page.rows_view.model()
    assert [model.data(model.index(r, PlanModel.HEADERS.index("Name"))) for r in range(2)] == ["Åsa Öberg",
                                                                                                "Jörgen Ärlig"]
    assert forward(dialog).isEnabled()
    dialog.next()
    assert dialog.currentId() == PAGE_RESULT
    [asa] = contacts_named(backend, "Åsa", "Öberg")
    assert asa.emails == ["asa.oberg@example.se"] and asa.title == "Strateg"
    assert contacts_named(backend, "Jörgen", "Ärlig")
    assert "2" in dialog.result_page.result_label.text() and dialog.result_page.undo_button.isVisible()


def test_a_swedish_semicolon_csv_goes_through_the_mapping(qtbot, backend, tmp_path, swedish):
    path = write(tmp_path, "kontakter.csv", SWEDISH_CSV, "cp1252")
    dialog = wizard(qtbot, backend, path)
    dialog.next()
    assert dialog.currentId() == PAGE_MAPPING
    assert dialog.mapping_page.entity() == "contact"
    facts = dialog.mapping_page.file_facts.text()
    assert "semikolon" in facts and "3 rader" in facts and "cp1252" in facts.lower()
    assert dialog.mapping_page.mapping() == {0: "first_name", 1: "last_name", 2: "emails", 3: "organisation",
                                             4: "title", 5: "municipality"}
    assert dialog.mapping_page.mapping_combos[0].currentText() == "Förnamn"
    assert dialog.mapping_page.mapping_table.item(0, 1).text().startswith("Åsa · Jörgen · Märta")
    dialog.next()
    assert dialog.currentId() == PAGE_PREVIEW
    assert statuses(dialog) == ["new", "new", "new"]
    assert dialog.preview_page.rows_view.model().data(dialog.preview_page.rows_view.model().index(0, 2)) == "Ny"
    dialog.next()
    [marta] = contacts_named(backend, "Märta", "Ångström")
    assert (marta.title, marta.municipality) == ("Projektledare", "Växjö")
    assert "har importerats" in dialog.result_page.result_label.text()
    organisations = {o.name for o in backend.kb.organisations.list()}
    assert "Växjö kommun" in organisations


def test_a_calendar_file_becomes_activities(qtbot, backend, tmp_path):
    path = write(tmp_path, "möten.ics", CALENDAR)
    dialog = wizard(qtbot, backend, path)
    dialog.next()
    assert dialog.currentId() == PAGE_PREVIEW and statuses(dialog) == ["new", "new"]
    dialog.next()
    titles = {a.title: a for a in backend.kb.activities.list()}
    workshop = titles["Workshop om sensorer i Åby"]
    assert workshop.starts.startswith("2022-10-27T09:00") and workshop.place == "Stadshuset i Åby"
    assert "Uppföljning smarta vattenmätare" in titles


def test_the_fixture_files_of_other_programs_preview(qtbot, empty_backend):
    for name in ("outlook_sv.csv", "google.csv", "google_30.vcf", "outlook_invite.ics"):
        dialog = wizard(qtbot, empty_backend, FIXTURES / name)
        dialog.next()
        if dialog.currentId() == PAGE_MAPPING:
            dialog.next()
        assert dialog.currentId() == PAGE_PREVIEW, (name, error(dialog).text())
        assert dialog.plan.counts()["new"] >= 1, name


# --- the mapping decides the plan ------------------------------------------------------------------


def test_changing_a_mapping_combo_changes_the_plan(qtbot, backend, tmp_path):
    path = write(tmp_path, "kontakter.csv", SWEDISH_CSV)
    dialog = wizard(qtbot, backend, path)
    dialog.next()
    dialog.next()
    assert [row.record.title for row in dialog.plan.rows] == ["Strateg", "Enhetschef", "Projektledare"]
    dialog.back()
    assert dialog.currentId() == PAGE_MAPPING
    title_combo = dialog.mapping_page.mapping_combos[4]
    title_combo.setCurrentIndex(title_combo.findData(""))  # (ignore)
    municipality = dialog.mapping_page.mapping_combos[5]
    municipality.setCurrentIndex(municipality.findData("notes"))
    dialog.next()
    assert [row.record.title for row in dialog.plan.rows] == [None, None, None]
    assert [row.record.notes for row in dialog.plan.rows] == ["Uppsala", "Uppsala", "Växjö"]
    assert Message("unused_columns", {"columns": ["Befattning"]}) in dialog.plan.warnings  # the column left out


def test_a_single_valued_field_takes_one_column(qtbot, backend, tmp_path):
    dialog = wizard(qtbot, backend, write(tmp_path, "kontakter.csv", SWEDISH_CSV))
    dialog.next()
    combo = dialog.mapping_page.mapping_combos[5]
    combo.setCurrentIndex(combo.findData("title"))
    assert dialog.mapping_page.mapping()[5] == "title" and 4 not in dialog.mapping_page.mapping()


def test_no_name_column_means_no_next(qtbot, backend, tmp_path):
    dialog = wizard(qtbot, backend, write(tmp_path, "kontakter.csv", SWEDISH_CSV))
    dialog.next()
    for column in (0, 1):
        dialog.mapping_page.mapping_combos[column].setCurrentIndex(0)
    assert not forward(dialog).isEnabled()
    assert dialog.mapping_page.mapping_hint.isVisible() and "name" in dialog.mapping_page.mapping_hint.text()
    dialog.next()
    assert dialog.currentId() == PAGE_MAPPING


def test_the_record_type_can_be_changed(qtbot, backend, tmp_path):
    dialog = wizard(qtbot, backend, FIXTURES / "excel_semicolon.csv")
    dialog.next()
    assert dialog.mapping_page.entity() == "organisation"
    assert "org_number" in dialog.mapping_page.mapping().values()
    dialog.mapping_page.entity_combo.setCurrentIndex(dialog.mapping_page.entity_combo.findData("project"))
    assert set(dialog.mapping_page.mapping().values()) <= {"title", "kind", "municipality", "description", "need_area",
                                              "reference"}
    dialog.mapping_page.entity_combo.setCurrentIndex(dialog.mapping_page.entity_combo.findData("organisation"))
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
    combo = dialog.preview_page.decision_combos[0]
    assert combo.currentData() == "skip" and combo.isVisible()
    reason = dialog.preview_page.reason(dialog.plan.rows[0])
    assert "samma namn" in reason or "same name" in reason
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
    dialog.preview_page.set_all_combo.setCurrentIndex(dialog.preview_page.set_all_combo.findData("new"))
    dialog.preview_page.set_all_button.click()
    assert dialog.preview_page.decision_combos[0].currentData() == "new"
    assert dialog.plan.rows[0].decision == "new"
    assert "2" in dialog.preview_page.writes_label.text()


def test_rejected_rows_show_line_field_and_reason(qtbot, backend, tmp_path, swedish):
    path = write(tmp_path, "kontakter.csv", "Förnamn;Efternamn;E-post\nÅsa;Öberg;inte-en-adress\n"
                                           ";;ingen@example.se\nGunnel;Ödmark;gunnel@example.se\n")
    dialog = wizard(qtbot, backend, path)
    dialog.next()
    dialog.next()
    rows = {row.line: row for row in dialog.preview_page.rows_view.model().rows}
    assert rows[2].status == "rejected" and "e-post" in rows[2].reason.lower()
    assert "inte-en-adress" in rows[2].reason
    assert rows[3].status == "rejected" and "inget namn" in rows[3].reason
    assert rows[4].status == "new"
    assert dialog.preview_page.count_labels["rejected"].text() == "2"
    assert "Avvisade rader importeras inte" in dialog.preview_page.writes_label.text()
    dialog.next()
    assert contacts_named(backend, "Gunnel", "Ödmark") and not contacts_named(backend, "Åsa", "Öberg")


def test_importing_the_same_file_twice_writes_nothing_the_second_time(qtbot, backend, tmp_path):
    path = write(tmp_path, "kontakter.csv", SWEDISH_CSV)
    first = wizard(qtbot, backend, path)
    first.next()
    first.next()
    first.next()
    assert first.currentId() == PAGE_RESULT
    before = log_entries(backend)
    second = wizard(qtbot, backend, path)
    second.next()
    second.next()
    assert statuses(second) == ["unchanged"] * 3
    assert not forward(second).isEnabled()
    assert "already holds" in second.preview_page.writes_label.text()
    second.next()
    assert second.currentId() == PAGE_PREVIEW
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
    assert dialog.currentId() == PAGE_FILE and dialog.isVisible()
    assert error(dialog).isVisible()
    assert expected in error(dialog).text(), error(dialog).text()
    assert name in error(dialog).text()
    assert dialog.file_page.path_edit.text() == str(path)  # the chosen file stays
    assert log_entries(backend) == before


def test_a_missing_file_is_a_message(qtbot, backend, tmp_path, swedish):
    dialog = wizard(qtbot, backend, tmp_path / "finns-inte.vcf")
    dialog.next()
    assert "finns-inte.vcf: filen finns inte" in error(dialog).text()


def word(number: int, salt: str) -> str:
    """A made-up name, unlike every other one (similar names would be possible duplicates)."""
    digest = hashlib.sha1(f"{salt}{number}".encode()).hexdigest()
    return "".join(chr(97 + int(c, 16) + (i % 10)) for i, c in enumerate(digest[:9])).capitalize()


def cancel_at_first_progress(dialog: ImportWizard) -> None:
    """Press the progress dialog's Cancel as soon as the work reports progress (as a user would)."""
    def cancel(*_args):
        for progress in dialog.findChildren(QProgressDialog):
            progress.canceled.emit()  # what its Cancel button sends

    original = dialog.run_task

    def run(title, operation, on_done, **kwargs):
        def wrapped(kb, cancelled, progress):
            def report(done, total):
                progress(done, total)
                cancel()
            return operation(kb, cancelled, report)
        original(title, wrapped, on_done, **kwargs)

    dialog.run_task = run


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
    assert dialog.currentId() == PAGE_PREVIEW
    assert "nothing was written" in error(dialog).text()
    assert (log_entries(backend), backend.kb.contacts.count()) == (before, contacts)
    dialog.run_task = type(dialog).run_task.__get__(dialog)  # a second try without cancelling imports everything
    dialog.next()
    assert dialog.currentId() == PAGE_RESULT and backend.kb.contacts.count() == contacts + 300


def test_cancelling_the_plan_keeps_the_mapping(qtbot, backend, tmp_path):
    rows = "".join(f"Person{i};Testsson\n" for i in range(3))
    dialog = wizard(qtbot, backend, write(tmp_path, "få.csv", "Förnamn;Efternamn\n" + rows))
    dialog.next()
    cancel_at_first_progress(dialog)
    dialog.next()
    assert dialog.currentId() == PAGE_MAPPING and dialog.plan is None
    assert error(dialog).isVisible()


def test_closing_the_wizard_before_import_writes_nothing(qtbot, backend, tmp_path):
    before = log_entries(backend)
    dialog = wizard(qtbot, backend, write(tmp_path, "kontakter.vcf", VCARDS))
    dialog.next()
    dialog.button(QWizard.WizardButton.CancelButton).click()
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
    dialog.result_page.undo_button.click()
    assert backend.kb.contacts.count() == contacts
    assert backend.kb.organisations.count() == organisations
    assert "undone" in dialog.result_page.result_label.text() and not dialog.result_page.undo_button.isVisible()


def test_a_json_export_is_restored_into_an_empty_knowledge_base(qtbot, backend, empty_backend, tmp_path):
    from db.interchange.json_dump import export_json

    path = tmp_path / "export.json"
    export_json(backend.kb, path)
    dialog = wizard(qtbot, empty_backend, path)
    dialog.next()
    assert dialog.currentId() == PAGE_PREVIEW and forward(dialog).isEnabled()
    dialog.next()
    assert dialog.currentId() == PAGE_RESULT
    assert empty_backend.kb.contacts.count() == backend.kb.contacts.count()
    assert not dialog.result_page.undo_button.isVisible()


def test_a_json_export_is_refused_by_a_knowledge_base_with_records(qtbot, backend, tmp_path):
    from db.interchange.json_dump import export_json

    path = tmp_path / "export.json"
    export_json(backend.kb, path)
    dialog = wizard(qtbot, backend, path)
    dialog.next()
    assert dialog.currentId() == PAGE_FILE and "empty knowledge base" in error(dialog).text()


def test_ctrl_i_opens_the_wizard_from_the_main_window(qtbot, backend):
    from desktop.window.main_window import MainWindow

    window = MainWindow(backend)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    action = next(a for a in window.actions() if a.shortcut() == QKeySequence("Ctrl+I"))
    action.trigger()
    assert isinstance(window.import_dialog, ImportWizard) and window.import_dialog.isVisible()
    assert window.import_dialog.currentId() == PAGE_FILE
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


# --- the data layer's import messages in Swedish (desktop/messages/interchange.py) -----------------------------


def in_export(code: str, **params) -> Message:
    """A message about a JSON export at /tmp/x.json."""
    return Message(code, {"path": "/tmp/x.json", **params})


# One sample per code of db/interchange, with the Swedish the wizard shows for it.
SAMPLES: list[tuple[Message, str]] = [
    (Message("no_such_file"), "filen finns inte"),
    (Message("file_unreadable", {"detail": "Permission denied"}), "kan inte läsas (Permission denied)"),
    (Message("is_a_folder"), "är en mapp, inte en fil"),
    (Message("file_empty"), "filen är tom"),
    (Message("file_too_large", {"size_mb": 40.5, "limit_mb": 32}),
     "filen är 40.5 MB; den största fil som kan importeras är 32 MB (dela upp den, eller exportera utan foton)"),
    (Message("unsupported_file_type", {"suffix": ".pdf", "supported": [".vcf", ".csv"]}),
     "filtypen ”.pdf” kan inte importeras (de som kan: .vcf, .csv)"),
    (Message("file_without_suffix", {"supported": [".vcf", ".csv"]}),
     "filnamnet har ingen ändelse, så filtypen är okänd (de som kan importeras: .vcf, .csv)"),
    (Message("xls_workbook"),
     "en Excel 97–2003-arbetsbok (.xls) kan inte läsas; spara den som Excel-arbetsbok (.xlsx) eller som CSV"),
    (Message("no_column_matched", {"entity": "contact"}), "ingen kolumn kunde paras ihop med ett fält för kontakt"),
    (Message("binary_not_text"), "är en binärfil, inte text"),
    (Message("mixed_utf8"), "blandar UTF-8-text med byte som inte är UTF-8; spara filen igen som UTF-8-CSV"),
    (Message("not_utf8_or_cp1252", {"byte": "0x81"}),
     "är varken UTF-8- eller Windows-1252-text (byte 0x81 kan inte läsas); spara den som UTF-8-CSV"),
    (Message("broken_encoding", {"encoding": "UTF-16", "byte": 12}),
     "börjar som UTF-16-text men är trasig vid byte 12 (en avklippt eller skadad fil)"),
    (Message("zip_not_csv"),
     "är en zip-fil (en Excel-arbetsbok?), inte CSV-text; en Excel-arbetsbok ska sluta på .xlsx"),
    (Message("office_file_not_csv"),
     "är en Excel 97–2003-fil eller annan Office-fil, inte CSV-text; spara den som CSV eller .xlsx"),
    (Message("utf16_without_bom"), "är UTF-16-text utan byteordningsmärke; spara den som UTF-8-CSV"),
    (Message("binary_not_csv"), "är en binärfil, inte CSV-text"),
    (Message("unclosed_quote"), "ett citerat fält avslutas aldrig (ett \" saknas); resten av filen kan inte läsas"),
    (Message("stray_quote"), "ett citerat fält följs av mer text före nästa avgränsare (ett \" för mycket)"),
    (Message("field_too_long", {"limit": 131072}),
     "ett fält är längre än 131072 tecken (troligen ett \" som aldrig avslutas)"),
    (Message("csv_unreadable", {"detail": "line contains NUL"}), "CSV-filen kan inte läsas (line contains NUL)"),
    (Message("xls_or_protected_workbook"),
     "är en Excel 97–2003-arbetsbok eller en lösenordsskyddad arbetsbok; spara den som oskyddad .xlsx eller som "
     "CSV"),
    (Message("workbook_not_a_zip"), "är ingen giltig Excel-arbetsbok (.xlsx): den är ingen zip-fil"),
    (Message("invalid_workbook", {"detail": "File is not a zip file"}),
     "är ingen giltig Excel-arbetsbok (.xlsx): File is not a zip file"),
    (Message("no_such_sheet", {"sheet": "Kontakter", "sheets": ["Först", "Projekt"]}),
     "har inget blad som heter ”Kontakter” (bladen: Först, Projekt)"),
    (Message("chart_sheet", {"sheet": "Diagram"}), "bladet ”Diagram” är ett diagram, ingen tabell"),
    (Message("no_worksheet"), "har inget kalkylblad"),
    (Message("file_without_data"), "filen innehåller inga data (bara tomma rader)"),
    (Message("sheet_without_data"), "bladet innehåller inga data (bara tomma rader)"),
    (Message("wrong_column_count", {"count": 4, "expected": 3}), "har 4 kolumner; rubrikraden har 3"),
    (Message("most_rows_wrong_width", {"count": 2, "total": 3, "width": 2}),
     "2 av 3 rader har inte rubrikradens 2 kolumner, från och med den här (troligen fel avgränsare eller trasiga "
     "citattecken)"),
    (Message("header_without_rows"), "har en rubrikrad men inga rader"),
    (Message("unnamed_column_with_data", {"column": "B", "first_line": 2}),
     "kolumn B i rubrikraden saknar namn men innehåller data (först på rad 2)"),
    (Message("duplicate_column", {"column": "Namn", "first": 1, "second": 3}),
     "rubrikraden har kolumnen ”Namn” två gånger (kolumn 1 och 3); varje kolumn behöver ett eget namn"),
    (Message("not_utf8", {"byte": 7}), "är inte UTF-8-text (byte 7)"),
    (Message("invalid_json", {"column": 5, "detail": "Expecting value"}), "ogiltig JSON (kolumn 5: Expecting value)"),
    (Message("mapping_not_an_object"), "en mappning är ett JSON-objekt: {\"type\": \"contact\", \"columns\": {...}}"),
    (Message("mapping_unknown_key", {"key": "colums"}), "okänd nyckel ”colums” (en mappning har ”type” och ”columns”)"),
    (Message("mapping_unknown_type", {"value": '"möte"'}),
     "okänd typ \"möte\" (använd contact, organisation eller project)"),
    (Message("mapping_columns_not_an_object"), "”columns” ska vara ett objekt med kolumnnamn -> fält"),
    (Message("mapping_unknown_field", {"value": '"födelsedag"', "column": "Född", "entity": "contact",
                                       "allowed": ["first_name", "emails"]}),
     "okänt fält \"födelsedag\" för kolumnen ”Född” (fälten för kontakt: first_name, emails)"),
    (Message("column_mapped_twice", {"column": "E-post"}), "kolumnen ”E-post” är mappad två gånger"),
    (Message("mapping_column_ambiguous", {"column": "epost", "matches": ["E-post", "E post"]}),
     "kolumnen ”epost” passar flera av filens kolumner: E-post, E post"),
    (Message("mapping_column_missing", {"column": "Telefon"}), "kolumnen ”Telefon” finns inte i filens rubrikrad"),
    (Message("contact_without_name"), "inget namn (förnamn eller efternamn måste anges)"),
    (Message("organisation_without_name"), "inget namn (organisationens namn måste anges)"),
    (Message("project_without_title"), "ingen titel (projektets titel måste anges)"),
    (Message("unused_columns", {"columns": ["Mobil", "Fax"]}),
     "kolumner med data som inte importeras (inget motsvarande fält): Mobil, Fax"),
    (Message("unused_columns_and_more", {"columns": ["Mobil", "Fax"], "more": 3}),
     "kolumner med data som inte importeras (inget motsvarande fält): Mobil, Fax och 3 till"),
    (Message("vcard_broken_utf16"), "filen säger att den är UTF-16, men texten går inte att avkoda som UTF-16"),
    (Message("vcard_binary"), "ingen vCard-fil: den innehåller binära data, inte text"),
    (Message("not_a_vcard_file"), "ingen vCard-fil (den har ingen rad BEGIN:VCARD)"),
    (Message("vcard_cut_off", {"start_line": 5}),
     "vCard-kortet som börjar på rad 5 har ingen END:VCARD; filen verkar avklippt"),
    (Message("vcard_without_end", {"next_line": 4}),
     "saknar END:VCARD före nästa BEGIN:VCARD på rad 4; vCard-kortet hoppas över"),
    (Message("vcard_unknown_encoding"),
     "texten är varken UTF-8 eller Windows-1252, så filens teckenkodning går inte att känna igen (spara den som "
     "UTF-8 och försök igen)"),
    (Message("vcard_property_unreadable", {"reason": Message("vcard_line_malformed"), "start_line": 5}),
     "kan inte läsas (raden har inte formen NAMN;PARAMETRAR:VÄRDE); vCard-kortet som börjar på rad 5 hoppas över"),
    (Message("vcard_line_malformed"), "raden har inte formen NAMN;PARAMETRAR:VÄRDE"),
    (Message("vcard_quoted_printable_unreadable"),
     "dess quoted-printable-värde är varken UTF-8- eller Windows-1252-text"),
    (Message("vcard_without_name"), "vCard-kortet har inget namn (N eller FN) och ingen e-postadress; det hoppas över"),
    (Message("photos_skipped", {"count": 30}), "foton som hoppades över (Kunskapsbanken sparar inga foton): 30"),
    (Message("birthdays_skipped", {"count": 1}),
     "födelsedagar som inte importerades (Kunskapsbanken sparar inga födelsedagar): 1"),
    (Message("ical_binary"), "det här är ingen textfil (den ser binär ut); en iCalendar-fil är text"),
    (Message("ical_wrong_encoding", {"encoding": "UTF-8", "byte": 54}),
     "inte UTF-8-text (byte 54); spara kalendern igen som UTF-8"),
    (Message("vcard_not_ical"), "det här är en vCard-fil (kontakter), inte en iCalendar-fil"),
    (Message("not_an_ical_file"), "ingen iCalendar-fil: den ska börja med BEGIN:VCALENDAR"),
    (Message("begin_without_name"), "BEGIN: utan namn på komponenten"),
    (Message("begin_outside_calendar", {"component": "VEVENT"}),
     "BEGIN:VEVENT utanför BEGIN:VCALENDAR ... END:VCALENDAR"),
    (Message("end_without_begin", {"component": "VCALENDAR"}), "END:VCALENDAR utan någon BEGIN:VCALENDAR före"),
    (Message("end_mismatch", {"component": "VTODO", "expected": "VEVENT", "begin_line": 3}),
     "END:VTODO där END:VEVENT väntades (BEGIN:VEVENT står på rad 3)"),
    (Message("component_not_closed", {"component": "VEVENT"}), "BEGIN:VEVENT saknar END:VEVENT: filen verkar avklippt"),
    (Message("text_after_calendar", {"line": 40}), "rad 40: text efter END:VCALENDAR hoppades över"),
    (Message("not_an_ical_line", {"text": "VERSION 2.0"}), "”VERSION 2.0” är ingen iCalendar-rad (NAMN:värde)"),
    (Message("unknown_time_zone", {"line": 7, "zone": "Mars/Olympus"}),
     "rad 7: okänd tidszon ”Mars/Olympus”; tiderna tolkades som svensk tid"),
    (Message("not_an_ical_time", {"value": "2022-10-27T09:00"}),
     "”2022-10-27T09:00” är inget iCalendar-datum (ÅÅÅÅMMDD) eller datum och tid (ÅÅÅÅMMDDTttmmss)"),
    (Message("time_out_of_range", {"value": "99991231T235959Z"}),
     "”99991231T235959Z” ligger för långt bak eller fram i tiden"),
    (Message("end_out_of_range"), "sluttiden ligger för långt fram i tiden"),
    (Message("not_an_ical_duration", {"value": "en timme"}),
     "”en timme” är ingen varaktighet i iCalendar-form (som PT1H30M)"),
    (Message("event_ends_before_start", {"ends": "2022-10-27T08:00", "starts": "2022-10-27T09:00"}),
     "händelsen slutar (2022-10-27T08:00) innan den börjar (2022-10-27T09:00)"),
    (Message("event_without_title"), "händelsen har ingen titel (SUMMARY)"),
    (Message("event_without_start"), "händelsen har ingen starttid (DTSTART)"),
    (Message("tasks_ignored", {"count": 3}),
     "uppgifter och journalanteckningar (VTODO, VJOURNAL) som hoppades över, bara händelser importeras: 3"),
    (Message("recurring_events", {"count": 4}),
     "återkommande händelser där bara det första tillfället importerades: 4"),
    (Message("cancelled_events", {"count": 2}), "inställda händelser som hoppades över: 2"),
    (Message("same_id"), "samma id"),
    (Message("same_calendar_uid"), "samma kalender-UID"),
    (Message("same_title_and_start"), "samma titel och starttid"),
    (Message("same_reference"), "samma diarienummer"),
    (Message("same_title"), "samma titel"),
    (Message("same_as_line", {"line": 3, "reason": Message("same_email")}), "samma som rad 3 (samma e-postadress)"),
    (Message("same_record_as_line", {"line": 3}), "samma som rad 3"),
    (Message("resembles_line", {"line": 4, "reason": Message("similar_name")}), "liknande namn: rad 4"),
    (Message("attendees_not_linked", {"line": 20, "count": 3}),
     "rad 20: 3 deltagare som inte finns i kunskapsbanken kopplades inte (inga kontakter skapas från en inbjudan)"),
    (Message("import_cancelled"), "importen avbröts; ingenting sparades"),
    (Message("import_replanned", {"count": 4}),
     "kunskapsbanken ändrades efter förhandsgranskningen (ett annat fönster eller program skrev i den): 4 rad(er) "
     "matchades på nytt strax före skrivningen; siffrorna ovan är det som skrevs"),
    (Message("import_target_gone", {"line": 8}),
     "rad 8: posten som valdes att uppdateras har tagits bort under tiden; raden hoppades över"),
    (Message("import_row_overtaken", {"line": 15}),
     "rad 15: efter förhandsgranskningen fick kunskapsbanken en post som raden liknar; raden hoppades över som "
     "möjlig dubblett"),
    (in_export("export_file_missing"), "/tmp/x.json: filen finns inte"),
    (in_export("export_not_utf8", byte=0), "/tmp/x.json: inte UTF-8-text (byte 0)"),
    (in_export("export_invalid_json", line=3, column=7, detail="Expecting value"),
     "/tmp/x.json: ogiltig JSON på rad 3, kolumn 7: Expecting value"),
    (in_export("export_too_deeply_nested"),
     "/tmp/x.json: för djupt nästlad för att vara en export från Kunskapsbanken"),
    (in_export("export_unreadable", detail="Exceeds the limit (4300 digits)"),
     "/tmp/x.json: kan inte läsas som JSON: Exceeds the limit (4300 digits)"),
    (in_export("not_a_kunskapsbanken_export", format="kunskapsbanken"),
     "/tmp/x.json: ingen export från Kunskapsbanken (”format”: ”kunskapsbanken” saknas)"),
    (in_export("export_schema_version", version="99", expected=7),
     "/tmp/x.json: export av schemaversion 99; den här appen läser version 7"),
    (in_export("export_without_tables"), "/tmp/x.json: ”tables” saknas eller är inget objekt"),
    (in_export("export_unknown_table", table="bogus"), "/tmp/x.json: okänd tabell ”bogus”"),
    (in_export("export_table_not_a_list", table="contact"),
     "/tmp/x.json: tabellen ”contact” är ingen lista"),
    (in_export("export_row_not_an_object", table="contact", row=2),
     "/tmp/x.json: contact rad 2: inget objekt"),
    (in_export("export_unknown_key", table="contact", row=1, key="shoe_size"),
     "/tmp/x.json: contact rad 1: okänt fält ”shoe_size”"),
    (in_export("export_missing_key", table="contact", row=1, key="last_name"),
     "/tmp/x.json: contact rad 1: fältet ”last_name” saknas"),
    (in_export("export_key_not_text", table="contact", row=1, key="id"),
     "/tmp/x.json: contact rad 1: fältet ”id” måste vara text och får inte vara tomt"),
    (in_export("export_invalid_row", table="organisation", row=1, id="o1", field="org_number",
               reason=Message("org_number_check_digit", {"value": "556000-0000"})),
     "/tmp/x.json: organisation rad 1 (id o1): organisationsnummer: ”556000-0000” har fel kontrollsiffra (Luhn)"),
    (in_export("export_unreadable_row", table="contact", row=1, id="c1", detail="unexpected keyword"),
     "/tmp/x.json: contact rad 1 (id c1): unexpected keyword"),
    (in_export("export_missing_reference", table="affiliation", row=1, key="organisation_id",
               target_entity="organisation"),
     "/tmp/x.json: affiliation rad 1: fältet ”organisation_id” pekar på en post (organisation) som saknas"),
    (in_export("export_duplicate_key", table="contact", key="id"),
     "/tmp/x.json: tabellen ”contact” har samma id två gånger"),
    (Message("workbook_expands_too_far", {"limit_mb": 32}),
     "packas upp till mer än 32 MB, det mesta som kan importeras (en liten fil som växer så mycket "
     "avvisas som en dekomprimeringsbomb); dela upp den, eller spara den som CSV"),
    (Message("workbook_part_damaged", {"part": "xl/sharedStrings.xml"}),
     "är ingen giltig Excel-arbetsbok (.xlsx): dess del xl/sharedStrings.xml packas inte upp till den storlek "
     "som zip-filen anger"),
    (Message("workbook_part_unsafe", {"part": "xl/workbook.xml"}),
     "avvisas: dess del xl/workbook.xml innehåller en XML-dokumenttypdeklaration, som Excel aldrig skriver och "
     "som kan få en liten fil att växa utan gräns"),
    (Message("workbook_compression", {"part": "xl/workbook.xml", "method": 14}),
     "är ingen arbetsbok som Excel skriver den: dess del xl/workbook.xml är komprimerad med zip-metod 14; spara "
     "den igen från Excel"),
    (Message("workbook_too_many_rows", {"maximum": 1048576}),
     "har rader efter rad 1048576, den sista rad ett Excel-blad kan ha"),
    (Message("cell_too_long", {"cell": "B7", "limit": 131072}),
     "cell B7 innehåller mer än 131072 tecken, mer än något fält rymmer"),
]


def test_every_interchange_code_has_a_sample():
    assert sorted(message.code for message, _ in SAMPLES) == sorted(interchange.TEXT)


def test_the_import_messages_in_swedish(swedish):
    for message, expected in SAMPLES:
        assert translate_message(message) == expected, message


def test_the_import_messages_in_english_are_the_command_lines(qapp):
    hints = {"no_column_matched"}  # the command line adds how to give a mapping there (--mapping)
    for message, _ in SAMPLES:
        english, command_line = translate_message(message), describe(message)
        assert command_line == english or (message.code in hints and command_line.startswith(f"{english}; ")), message


def test_an_import_file_error_names_file_line_and_field_in_swedish(swedish, tmp_path):
    from db.interchange.incoming_records import ImportFileError

    error = ImportFileError(tmp_path / "kontakter.csv", Message("header_without_rows"), line=1)
    assert translate_error(error) == "kontakter.csv, rad 1: har en rubrikrad men inga rader"
    error = ImportFileError(tmp_path / "k.csv", Message("no_such_file"), field="emails")
    assert translate_error(error) == "k.csv, fältet e-post: filen finns inte"


def test_a_real_file_error_comes_out_swedish(swedish, tmp_path):
    from db.interchange.import_pipeline import read_file
    from db.interchange.incoming_records import ImportFileError

    path = tmp_path / "kontakter.csv"
    path.write_text("Förnamn;Efternamn\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        read_file(path)
    assert translate_error(caught.value) == "kontakter.csv, rad 1: har en rubrikrad men inga rader"


def test_the_wizard_speaks_swedish(qtbot, backend, swedish, tmp_path):
    dialog = wizard(qtbot, backend)
    assert dialog.windowTitle() == "Importera"
    assert forward(dialog).text() == "&Nästa >" and not forward(dialog).isEnabled()
    assert dialog.file_page.browse_button.text() == "&Välj en fil…"
    dialog.set_file(write(tmp_path, "kontakter.vcf", VCARDS))
    dialog.next()
    assert forward(dialog).text() == "&Importera"
    assert dialog.preview_page.rows_view.model().headerData(0, Qt.Orientation.Horizontal) == "Rad"
