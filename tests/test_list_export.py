"""List and table export (db.interchange.list_export): real knowledge bases, real files, read back with
openpyxl and with the importer's own reader (db.interchange.tabular). Fictional people only."""

from __future__ import annotations

import codecs
import os
import tempfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import listing
from db import models as m
from db.interchange.list_export import TABLE_COLUMNS, export_list, export_table, neutralise, show_phone, write_rows
from db.interchange.tabular import clean_cell, guess_entity, guess_mapping, read_table, to_incoming
from db.validation import format_phone, parse_phone

INJECTIONS = ["=1+1", "+46 70 174 06 10", "-5", "@SUM(A1:A2)", "\tTAB", "\rCR", '=HYPERLINK("http://example.com")']


def xlsx_values(path: Path) -> list[list[object]]:
    workbook = openpyxl.load_workbook(path)
    return [[cell.value for cell in row] for row in workbook.worksheets[0].iter_rows()]


def only_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- neutralise and write_rows ---------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    ("=1+1", "'=1+1"), ("+46", "'+46"), ("-5", "'-5"), ("@a", "'@a"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("Åsa Öberg", "Åsa Öberg"), ("a=b", "a=b"), ("", ""), (" =x", " =x"), ("'=x", "'=x"),
])
def test_neutralise(value, expected):
    assert neutralise(value) == expected


def test_csv_is_what_swedish_excel_opens(tmp_path):
    path = tmp_path / "lista.csv"
    count = write_rows(path, ["Namn", "Kommun", "Antal", "Andel"],
                       [["Åsa Öberg", "Umeå", 12, 0.5], ["Test; Testsson", None, 0, None]], "csv")
    assert count == 2
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data[3:] == ('Namn;Kommun;Antal;Andel\r\n'
                        'Åsa Öberg;Umeå;12;0,5\r\n'
                        '"Test; Testsson";;0;\r\n').encode()


def test_csv_cells_that_could_be_formulas_are_neutralised(tmp_path):
    path = tmp_path / "injektion.csv"
    write_rows(path, ["=Rubrik", "Värde", "Tal"], [[text, "ok", -5] for text in INJECTIONS], "csv")
    table = read_table(path)
    assert table.headers == ["'=Rubrik", "Värde", "Tal"]
    assert [cells[0] for _, cells in table.rows] == ["'" + text for text in INJECTIONS]
    assert all(cells[2] == "-5" for _, cells in table.rows)  # a number is not text: no apostrophe
    assert [clean_cell(cells[0]) for _, cells in table.rows] == [t.strip() for t in INJECTIONS]


def test_xlsx_cells_are_text_never_formulas(tmp_path):
    path = tmp_path / "injektion.xlsx"
    write_rows(path, ["=Rubrik", "Värde", "Tal"], [[text, "=A1", -5] for text in INJECTIONS], "xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert cells and not any(cell.data_type == "f" for cell in cells)
    strings = [cell.value for cell in cells if isinstance(cell.value, str)]
    assert all(not s.startswith(("=", "+", "-", "@", "\t", "\r")) for s in strings)
    # A workbook keeps line breaks as line feeds; "\rCR" becomes "\nCR", which is no formula.
    assert [row[0] for row in xlsx_values(path)[1:]] == [
        "'=1+1", "'+46 70 174 06 10", "'-5", "'@SUM(A1:A2)", "'\tTAB", "\nCR", "'=HYPERLINK(\"http://example.com\")"]
    assert {row[2] for row in xlsx_values(path)[1:]} == {-5}


def test_xlsx_round_trip_with_bold_frozen_header(tmp_path):
    path = tmp_path / "lista.xlsx"
    rows = [["Åsa Öberg", "Umeå", 83_500_000, date(2022, 10, 27)], ["Örjan Ängström", None, 0, None]]
    assert write_rows(path, ["Namn", "Kommun", "Budget", "Start"], rows, "xlsx", sheet="Kontakter") == 2
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    assert (sheet.title, sheet.freeze_panes) == ("Kontakter", "A2")
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet["C2"].data_type == "n" and sheet["C2"].value == 83_500_000
    assert sheet["D2"].data_type == "s" and sheet["D2"].value == "2022-10-27"
    table = read_table(path)
    assert table.headers == ["Namn", "Kommun", "Budget", "Start"]
    assert table.rows == [(2, ["Åsa Öberg", "Umeå", "83500000", "2022-10-27"]), (3, ["Örjan Ängström", "", "0", ""])]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_files_are_private_and_replaced_atomically(tmp_path, fmt, monkeypatch):
    scratch = tmp_path / "scratch"  # where openpyxl streams a sheet before it is saved
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / f"lista.{fmt}"
    write_rows(path, ["Namn"], [["Åsa Öberg"]], fmt)
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    before = path.read_bytes()

    def failing_rows():
        yield ["Test Testsson"]
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        write_rows(path, ["Namn"], failing_rows(), fmt)
    assert path.read_bytes() == before
    assert only_files(folder) == [path.name]
    assert only_files(scratch) == []  # no copy of the rows left behind


def test_unknown_format(tmp_path):
    with pytest.raises(ValueError, match="unknown format 'ods'"):
        write_rows(tmp_path / "x.ods", ["Namn"], [], "ods")
    assert only_files(tmp_path) == []


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from('\t\n;",\'=+-@ '),
               max_size=20)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(TEXT, TEXT | st.integers(-10**12, 10**12)), min_size=1, max_size=8),
       fmt=st.sampled_from(["csv", "xlsx"]))
def test_any_text_reads_back_as_written(tmp_path, rows, fmt):
    path = tmp_path / f"runda.{fmt}"
    write_rows(path, ["Nr", "A", "B"], [[f"r{i}", a, b] for i, (a, b) in enumerate(rows)], fmt)
    table = read_table(path)
    assert table.headers == ["Nr", "A", "B"]
    expected = [[f"r{i}", neutralise(a), neutralise(b) if isinstance(b, str) else str(b)]
                for i, (a, b) in enumerate(rows)]
    assert [cells for _, cells in table.rows] == expected


# --- phones as the list shows them ------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(national=st.from_regex(r"[1-9][0-9]{4,11}", fullmatch=True))
def test_show_phone_is_format_phone_for_any_swedish_number(national):
    assert show_phone("+46" + national) == format_phone("+46" + national)


def test_show_phone_for_known_numbers():
    numbers = ["+46701740610", "+46701740699", "+46846500512", "+46313900645", "+46980319200", "+46855012345",
               "+442079460958", "+4930123456", "not a number"]
    assert [show_phone(n) for n in numbers] == [format_phone(n) for n in numbers]
    assert show_phone("+46855012345") == "08-550 123 45" and show_phone("+46701740610") == "070-174 06 10"


# --- export_list ---------------------------------------------------------------------------------------


@pytest.fixture
def people(kb):
    org = kb.organisations.create(m.Organisation(name="Exempelkommunen Åby", kind="kommun")).record
    ids = {}
    for first, last, phone in (("Åsa", "Öberg", "070-174 06 10"), ("Bo", "Berg", None),
                               ("Örjan", "Ängström", "08-465 005 12"), ("Test", "Zetterlund", None)):
        contact = kb.contacts.create(m.Contact(
            first_name=first, last_name=last, title="Strateg" if first == "Åsa" else None,
            emails=[f"{first.lower()}@example.se"], phones=[phone] if phone else [], municipality="Umeå")).record
        ids[last] = contact.id
    kb.affiliations.create(m.Affiliation(contact_id=ids["Öberg"], organisation_id=org.id, from_date="2021-01-01"))
    return ids


def test_contact_list_as_shown(kb, people, tmp_path):
    path = tmp_path / "kontakter.csv"
    assert export_list(kb, "contact", path, "csv") == 4
    table = read_table(path)
    assert table.headers == ["Namn", "Titel", "Organisation", "E-post", "Telefon", "Kommun"]
    assert [cells for _, cells in table.rows] == [
        ["Bo Berg", "", "", "bo@example.se", "", "Umeå"],
        ["Test Zetterlund", "", "", "test@example.se", "", "Umeå"],
        ["Örjan Ängström", "", "", "örjan@example.se", "08-465 005 12", "Umeå"],
        ["Åsa Öberg", "Strateg", "Exempelkommunen Åby", "åsa@example.se", "070-174 06 10", "Umeå"],
    ]


def test_contact_list_filtered_sorted_or_by_ids(kb, people, tmp_path):
    path = tmp_path / "lista.xlsx"
    assert export_list(kb, "contact", path, "xlsx", text="öberg") == 1
    assert [row[0] for row in xlsx_values(path)[1:]] == ["Åsa Öberg"]
    export_list(kb, "contact", path, "xlsx", sort="name", descending=True)
    assert [row[0] for row in xlsx_values(path)[1:]] == ["Åsa Öberg", "Örjan Ängström", "Test Zetterlund", "Bo Berg"]
    ids = [people["Zetterlund"], people["Berg"]]
    english = ["Name", "Title", "Organisation", "E-mail", "Phone", "Municipality"]
    assert export_list(kb, "contact", path, "xlsx", ids=ids, headers=english) == 2
    assert xlsx_values(path)[0] == english
    assert [row[0] for row in xlsx_values(path)[1:]] == ["Test Zetterlund", "Bo Berg"]
    with pytest.raises(ValueError, match="6 columns; 2 headers"):
        export_list(kb, "contact", path, "csv", headers=["Namn", "Titel"])


def test_project_list_amounts_are_numbers_and_activities_newest_first(kb, tmp_path):
    call = kb.calls.create(m.Call(name="Utlysning 2022", year=2022)).record
    kb.projects.create(m.Project(title="Smarta städer i Åre", status="pågående", call_id=call.id,
                                 total_budget_sek=2_000_000, grant_sek=1_000_000, start_date="2022-10-27"))
    kb.projects.create(m.Project(title="Öppna data", status="sökt"))
    path = tmp_path / "projekt.xlsx"
    export_list(kb, "project", path, "xlsx", filters={"status": "pågående"})
    assert xlsx_values(path) == [
        ["Titel", "Typ", "Status", "Utlysning", "Koordinator", "Total budget", "Bidrag", "Start", "Slut"],
        ["Smarta städer i Åre", None, "pågående", "Utlysning 2022", None, 2_000_000, 1_000_000, "2022-10-27", None],
    ]
    for day in ("2022-09-13T10:00", "2023-01-10T09:00", "2022-11-01"):
        kb.activities.create(m.Activity(title=f"Möte {day}", starts=day))
    export_list(kb, "activity", tmp_path / "aktiviteter.csv", "csv")
    table = read_table(tmp_path / "aktiviteter.csv")
    assert [cells[0] for _, cells in table.rows] == ["2023-01-10 09:00", "2022-11-01", "2022-09-13 10:00"]
    assert len(table.rows) == len(listing.ordered_ids(kb, "activity"))


# --- export_table: every field, and it imports back -------------------------------------------------------


@pytest.fixture
def everything(kb):
    org = kb.organisations.create(m.Organisation(
        name="Uppsala universitet", short_name="UU", kind="lärosäte/institut", org_number="202100-2932",
        website="https://www.example.se/uu", municipality="Uppsala", county="Uppsala län",
        notes="Värd för programmet")).record
    kb.organisations.create(m.Organisation(name="Exempelkommunen Åby", kind="kommun"))
    contact = kb.contacts.create(m.Contact(
        first_name="Åsa", last_name="Öberg", title="Projektledare",
        emails=["asa.oberg@example.se", "asa@example.com"], phones=["070-174 06 10", "+44 20 7946 0958"],
        municipality="Umeå", notes="=HYPERLINK(\"http://example.com\")\nrad två")).record
    kb.contacts.create(m.Contact(first_name="Test", last_name="Testsson"))
    kb.affiliations.create(m.Affiliation(contact_id=contact.id, organisation_id=org.id, from_date="2020-01-01"))
    call = kb.calls.create(m.Call(name="IoT för samhällsnytta", year=2022)).record
    project = kb.projects.create(m.Project(
        title="Smarta sensorer i Älmhult", reference="2022-01234", kind="genomförande", status="pågående",
        call_id=call.id, start_date="2022-10-27", end_date="2024-06-30", total_budget_sek=2_000_000,
        grant_sek=1_000_000, coordinator_id=org.id, municipality="Älmhult", need_area="hälsa",
        description="Sensorer i hemtjänsten")).record
    for name in ("välfärd", "Smart City Lab"):
        kb.tags.tag("contact", contact.id, name)
        kb.tags.tag("project", project.id, name)
    kb.tags.tag("organisation", org.id, "lärosäte")
    return {"contact": contact, "organisation": org, "project": project}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("entity", ["contact", "organisation", "project"])
def test_exported_tables_map_every_column_back(kb, everything, tmp_path, entity, fmt):
    path = tmp_path / f"{entity}.{fmt}"
    count = export_table(kb, entity, path, fmt)
    assert count == kb.service(entity).count()
    table = read_table(path)
    assert guess_entity(table.headers) == entity
    mapping = guess_mapping(table.headers, entity)
    assert [mapping.get(i) for i in range(len(table.headers))] == [f for f, _ in TABLE_COLUMNS[entity]]
    result = to_incoming(table, entity, mapping)
    assert result.rejected == [] and result.warnings == [] and len(result.records) == count


def test_exported_contact_reads_back_with_every_value(kb, everything, tmp_path):
    path = tmp_path / "kontakter.csv"
    export_table(kb, "contact", path, "csv")
    table = read_table(path)
    records = to_incoming(table, "contact", guess_mapping(table.headers, "contact")).records
    assert [(r.first_name, r.last_name) for r in records] == [("Test", "Testsson"), ("Åsa", "Öberg")]
    asa = records[1]
    stored = everything["contact"]
    assert (asa.title, asa.emails, asa.organisation, asa.municipality) == (
        "Projektledare", stored.emails, "Uppsala universitet", "Umeå")
    assert [parse_phone(p) for p in asa.phones] == stored.phones
    assert asa.notes == stored.notes and asa.tags == ["Smart City Lab", "välfärd"]
    raw = dict(zip(table.headers, table.rows[1][1], strict=True))
    assert raw["Anteckningar"].startswith("'=") and raw["Telefon"] == "070-174 06 10, +44 20 7946 0958"


def test_exported_project_reads_back_with_every_value(kb, everything, tmp_path):
    path = tmp_path / "projekt.xlsx"
    export_table(kb, "project", path, "xlsx")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert sheet.title == "Projekt" and sheet["I2"].value == 2_000_000 and sheet["I2"].data_type == "n"
    table = read_table(path)
    [project] = to_incoming(table, "project", guess_mapping(table.headers, "project")).records
    stored = everything["project"]
    assert (project.title, project.reference, project.kind, project.status, project.call, project.coordinator) == (
        stored.title, "2022-01234", "genomförande", "pågående", "IoT för samhällsnytta", "Uppsala universitet")
    assert (project.start_date, project.end_date, project.total_budget_sek, project.grant_sek) == (
        "2022-10-27", "2024-06-30", "2000000", "1000000")
    assert (project.municipality, project.need_area, project.description, project.tags) == (
        "Älmhult", "hälsa", "Sensorer i hemtjänsten", ["Smart City Lab", "välfärd"])


def test_deleted_records_are_not_exported(kb, everything, tmp_path):
    kb.organisations.delete(everything["organisation"].id)
    assert export_table(kb, "organisation", tmp_path / "org.csv", "csv") == 1
    assert read_table(tmp_path / "org.csv").rows[0][1][0] == "Exempelkommunen Åby"
    with pytest.raises(ValueError, match="cannot export activity"):
        export_table(kb, "activity", tmp_path / "a.csv", "csv")
