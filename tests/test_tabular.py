"""CSV and Excel import reading (db.interchange.tabular) and the header tables (db.interchange.tabular.column_maps):
real files in tmp_path and the hand-made fixtures in tests/fixtures/import (fictional people only)."""

from __future__ import annotations

import codecs
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.errors import Message
from db.interchange import incoming_records as incoming
from db.interchange.incoming_records import (
    ImportFileError,
    IncomingContact,
    IncomingOrganisation,
    IncomingProject,
    Problem,
)
from db.interchange.tabular import (
    guess_entity,
    guess_mapping,
    load_mapping,
    read_table,
    split_name,
    target_fields,
    to_incoming,
)
from db.interchange.tabular.column_maps import TABLES, normalise_header
from db.validation import parse_email, parse_org_number, parse_phone

FIXTURES = Path(__file__).parent / "fixtures" / "import"


def write(tmp_path: Path, name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


def read_fixture(name: str):
    table = read_table(FIXTURES / name)
    entity = guess_entity(table.headers)
    return table, entity, to_incoming(table, entity, guess_mapping(table.headers, entity))


def mapped(headers: list[str], entity: str) -> dict[str, str | list[str]]:
    """header -> field, for readable assertions."""
    return {headers[i]: field for i, field in guess_mapping(headers, entity).items()}


# --- the fixtures ------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "encoding", "delimiter", "entity"), [
    ("outlook_sv.csv", "cp1252", ",", "contact"),
    ("outlook_en.csv", "utf-8", ",", "contact"),
    ("google.csv", "utf-8", ",", "contact"),
    ("google_sv.csv", "utf-8", ",", "contact"),
    ("excel_semicolon.csv", "utf-8-sig", ";", "organisation"),
])
def test_fixture_encoding_delimiter_and_type_are_detected(name, encoding, delimiter, entity):
    table = read_table(FIXTURES / name)
    assert (table.encoding, table.delimiter, table.sheet) == (encoding, delimiter, None)
    assert guess_entity(table.headers) == entity
    assert table.rejected == []
    assert not any("Ã" in cell for _, cells in table.rows for cell in cells)  # no mojibake


def test_fixture_bytes_are_what_the_programs_write():
    assert b"F\xf6rnamn" in (FIXTURES / "outlook_sv.csv").read_bytes()  # Windows-1252 ö
    assert (FIXTURES / "excel_semicolon.csv").read_bytes().startswith(codecs.BOM_UTF8)
    assert "Förnamn".encode() in (FIXTURES / "google_sv.csv").read_bytes()


@pytest.mark.parametrize("name", ["outlook_sv.csv", "outlook_en.csv"])
def test_outlook_contacts_map_right_in_swedish_and_english(name):
    table, _, result = read_fixture(name)
    assert result.rejected == []
    asa, karl, orjan = result.records
    assert asa == IncomingContact(
        line=2, first_name="Åsa", last_name="Öberg", title="Projektledare",  # the job title, not "Dr"
        emails=["asa.oberg@example.se", "asa@example.com"], phones=["08-465 005 12", "070-174 06 10"],
        organisation="Exempelkommunen Åby", department="Samhällsbyggnad", municipality="Åby",
        notes="Träffades på IoT Forum, Göteborg.\nVill veta mer om utlysningen.", tags=["Partner", "Kommun"])
    # The quoted note spans lines 2-3, so the next contact starts on line 4.
    assert (karl.line, karl.first_name, karl.last_name) == (4, "Karl Johan", "Testsson")
    assert karl.department is None and karl.notes is None and karl.tags == []
    assert (orjan.line, orjan.first_name, orjan.last_name, orjan.title) == (5, "Örjan", "Ängström", "Enhetschef")
    # The home phone is not imported, the honorific is reported as a column left out.
    assert all("08-465 005 99" not in r.phones for r in result.records)
    honorific = table.headers[0]
    assert honorific in ("Title", "Titel") and honorific in result.warnings[0].params["columns"]
    for record in result.records:  # every value passes the data layer's own parsers
        [parse_email(e) for e in record.emails]
        [parse_phone(p) for p in record.phones]


@pytest.mark.parametrize("name", ["google.csv", "google_sv.csv"])
def test_google_contacts_split_multi_values_and_labels(name):
    table, _, result = read_fixture(name)
    lena, test = result.records
    assert lena == IncomingContact(
        line=2, first_name="Lena", last_name="Åberg", title="Digitaliseringsstrateg",
        emails=["lena.aberg@example.se", "lena@example.com"], phones=["070-174 06 20", "08-465 005 20"],
        organisation="Exempelkommunen Åby", department="Kommunledningskontoret", municipality="Åby",
        notes="Kontakt från Smart City Lab, ring helst före lunch", tags=["Kollegor", "Smart City Lab"])
    assert (test.line, test.emails, test.phones, test.tags) == (
        3, ["test.testsson@example.com", "test@example.se"], ["031-390 06 46"], [])
    # The switchboard has no name: rejected, naming the name columns.
    [problem] = result.rejected
    assert problem.line == 4
    assert problem.field == f"{table.headers[0]}/{table.headers[2]}"
    assert problem.reason == Message("contact_without_name")


def test_swedish_excel_organisations_with_org_numbers():
    _, entity, result = read_fixture("excel_semicolon.csv")
    assert entity == "organisation"
    uu, aby, sensor, region = result.records
    assert uu == IncomingOrganisation(line=2, name="Uppsala universitet", short_name="UU", kind="lärosäte/institut",
                                      org_number="202100-2932", website="https://www.example.se/uu",
                                      municipality="Uppsala", county="Uppsala län", notes="Värd för programmet")
    assert aby.notes == 'Har ett "smart city"-labb; vill vara med i nätverket'
    assert (sensor.name, sensor.county, region.municipality) == ("Sensorbolaget Öberg & Co AB",
                                                                 "Västerbottens län", None)
    for record in result.records:
        assert parse_org_number(record.org_number) == record.org_number


# --- encodings and delimiters ----------------------------------------------------------------------


ROWS_SV = "Förnamn;Efternamn;Kommun\r\nÅsa;Öberg;Älmhult\r\nTest;Testsson;Göteborg\r\n"


@pytest.mark.parametrize(("encoding", "bom", "expected"), [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
    ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
    ("cp1252", b"", "cp1252"),
])
def test_encodings_are_detected_and_swedish_letters_survive(tmp_path, encoding, bom, expected):
    path = write(tmp_path, "k.csv", bom + ROWS_SV.encode(encoding))
    table = read_table(path)
    assert table.encoding == expected
    assert table.headers == ["Förnamn", "Efternamn", "Kommun"]
    assert table.rows == [(2, ["Åsa", "Öberg", "Älmhult"]), (3, ["Test", "Testsson", "Göteborg"])]


def test_outlook_unicode_text_is_utf16_with_tabs(tmp_path):
    text = "First Name\tLast Name\tE-mail Address\r\nÅsa\tÖberg\tasa.oberg@example.se\r\n"
    table = read_table(write(tmp_path, "unicode.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le")))
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.rows == [(2, ["Åsa", "Öberg", "asa.oberg@example.se"])]


def test_utf8_mixed_with_windows_1252_is_refused_not_mangled(tmp_path):
    data = "Namn,Kommun\nÅsa Öberg,Umeå\n".encode() + "Test Testsson,Älmhult\n".encode("cp1252")
    with pytest.raises(ImportFileError) as caught:
        read_table(write(tmp_path, "mix.csv", data))
    assert caught.value.line == 3 and caught.value.reason == Message("mixed_utf8")
    assert str(caught.value).startswith("mix.csv")


def test_bytes_that_are_neither_utf8_nor_windows_1252(tmp_path):
    with pytest.raises(ImportFileError) as caught:
        read_table(write(tmp_path, "odd.csv", b"Namn,Kommun\nx\x81y,Ume\n"))
    assert caught.value.line == 2 and caught.value.reason == Message("not_utf8_or_cp1252", {"byte": "0x81"})


def test_broken_utf16_is_an_import_error(tmp_path):
    with pytest.raises(ImportFileError) as caught:
        read_table(write(tmp_path, "cut.csv", codecs.BOM_UTF16_LE + "Namn\r\nÅsa".encode("utf-16-le")[:-1]))
    assert caught.value.code == "broken_encoding" and caught.value.params["encoding"] == "UTF-16"


@pytest.mark.parametrize(("delimiter", "name"), [(",", "a.csv"), (";", "a.csv"), ("\t", "a.tsv"), ("\t", "a.txt")])
def test_delimiters_are_detected(tmp_path, delimiter, name):
    # The other candidates occur inside the values, quoted or not.
    rows = [["Namn", "Anteckningar", "Kommun"], ["Åsa Öberg", "ring; helst, före lunch", "Umeå"],
            ["Test Testsson", "1,5 mkr", "Lund"]]
    lines = [delimiter.join(f'"{c}"' if delimiter in c else c for c in row) for row in rows]
    table = read_table(write(tmp_path, name, "\r\n".join(lines) + "\r\n"))
    assert table.delimiter == delimiter
    assert table.rows[0] == (2, ["Åsa Öberg", "ring; helst, före lunch", "Umeå"])


def test_excel_separator_hint_line(tmp_path):
    table = read_table(write(tmp_path, "hint.csv", "sep=;\r\nNamn;Kommun\r\nÅsa, Öberg;Umeå\r\n"))
    assert (table.delimiter, table.header_line, table.headers) == (";", 2, ["Namn", "Kommun"])
    assert table.rows == [(3, ["Åsa, Öberg", "Umeå"])]


def test_quoted_newlines_keep_line_numbers_and_empty_rows_are_skipped(tmp_path):
    text = ('Namn,Anteckningar,Kommun\n'
            '"Åsa Öberg","rad ett\nrad två, med komma\nrad tre",Umeå\n'
            '\n'
            ',,\n'
            'Test Testsson,"kort",Lund\n'
            'Bo Berg,för,många,kolumner\n'
            '"Anna\nvon Platen",,Åre\n')
    table = read_table(write(tmp_path, "nl.csv", text))
    assert [line for line, _ in table.rows] == [2, 7, 9]
    assert table.rows[0][1][1] == "rad ett\nrad två, med komma\nrad tre"
    assert table.rejected == [Problem(8, "(row)", Message("wrong_column_count", {"count": 4, "expected": 3}))]


# --- misshaped rows and files that cannot be read ------------------------------------------------------


def test_misshaped_rows_are_rejected_with_their_line(tmp_path):
    lines = ["A,B,C,D,E"] + [f"{i},x,y,z,w" for i in range(2, 7)] + ["7,x,y,z,w,extra", "8,x,y", "9,x,y,z,w,,,"]
    table = read_table(write(tmp_path, "shape.csv", "\n".join(lines) + "\n"))
    assert table.rejected == [Problem(7, "(row)", Message("wrong_column_count", {"count": 6, "expected": 5})),
                              Problem(8, "(row)", Message("wrong_column_count", {"count": 3, "expected": 5}))]
    assert [line for line, _ in table.rows] == [2, 3, 4, 5, 6, 9]  # empty trailing cells are no extra columns
    result = to_incoming(table, "organisation", {0: "name"})
    assert [p.line for p in result.rejected] == [7, 8]  # carried over


def test_mostly_misshaped_rows_mean_a_wrong_file(tmp_path):
    text = "Namn,Kommun\nÅsa,Umeå\nTest,Testsson,Lund\nBo,Berg,Åre\n"
    with pytest.raises(ImportFileError) as caught:
        read_table(write(tmp_path, "bad.csv", text))
    assert caught.value.line == 3
    assert caught.value.reason == Message("most_rows_wrong_width", {"count": 2, "total": 3, "width": 2})


SUPPORTED = [".csv", ".txt", ".tsv", ".tab", ".xlsx", ".xlsm"]


@pytest.mark.parametrize(("data", "name", "reason"), [
    (b"", "empty.csv", Message("file_empty")),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "bild.csv", Message("binary_not_csv")),
    (b"PK\x03\x04" + bytes(64), "arbetsbok.csv", Message("zip_not_csv")),
    (b"\n\r\n  \n,,,\n", "blank.csv", Message("file_without_data")),
    ("Förnamn;Efternamn\r\n".encode(), "header.csv", Message("header_without_rows")),
    ("Namn,E-post,Kommun,e-post\nÅsa,a@example.se,Umeå,b@example.se\n".encode(), "dup.csv",
     Message("duplicate_column", {"column": "e-post", "first": 2, "second": 4})),
    ("Namn,,Kommun\nÅsa,x,Umeå\n".encode(), "noname.csv",
     Message("unnamed_column_with_data", {"column": "2", "first_line": 2})),
    ('Namn,Kommun\nÅsa,"Umeå\nTest,Lund\n'.encode(), "quote.csv", Message("unclosed_quote")),
    (b"Namn,Kommun\n\"x\"y,Lund\n", "stray.csv", Message("stray_quote")),
    (b"Namn\n", "data.pdf", Message("unsupported_file_type", {"suffix": ".pdf", "supported": SUPPORTED})),
    (b"Namn\n", "utan-ändelse", Message("file_without_suffix", {"supported": SUPPORTED})),
    (b"\xd0\xcf\x11\xe0" + bytes(100), "gammal.xls", Message("xls_workbook")),
    (b"Namn,Kommun\n", "fake.xlsx", Message("workbook_not_a_zip")),
])
def test_files_that_cannot_be_read_say_why(tmp_path, data, name, reason):
    path = write(tmp_path, name, data)
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert caught.value.reason == reason
    assert str(caught.value).startswith(name)


def test_missing_and_oversized_files(tmp_path):
    with pytest.raises(ImportFileError, match=r"^finns-inte\.csv: no_such_file$"):
        read_table(tmp_path / "finns-inte.csv")
    big = tmp_path / "stor.csv"
    with big.open("wb") as handle:
        handle.truncate(incoming.MAX_IMPORT_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(ImportFileError) as caught:
        read_table(big)
    assert caught.value.reason == Message("file_too_large", {"size_mb": 32.0, "limit_mb": 32})


def test_unnamed_empty_columns_are_dropped(tmp_path):
    table = read_table(write(tmp_path, "spacer.csv", "Namn;;Kommun;\r\nÅsa;;Umeå;\r\n"))
    assert table.headers == ["Namn", "Kommun"]
    assert table.rows == [(2, ["Åsa", "Umeå"])]


# --- Excel -----------------------------------------------------------------------------------------------


def make_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Först"
    sheet["A1"], sheet["A2"] = "Namn", "Åsa Öberg"
    second = workbook.create_sheet("Projekt")
    second["B3"], second["C3"], second["D3"], second["E3"] = "Titel", "Budget", "Start", "Möte"
    second["B5"], second["C5"], second["D5"] = "Smarta städer i Åre", 1_200_000.0, date(2022, 10, 27)
    second["E5"] = datetime(2022, 10, 27, 9, 30)
    second["B6"], second["C6"], second["D6"] = "Öppna data", 12.5, datetime(2023, 1, 2)
    second["B7"], second["C7"] = "Sensorer", 7
    second["H9"] = None  # an empty cell far out: no extra column or row
    workbook.save(path)
    return path


def test_xlsx_sheet_rows_with_excel_row_numbers_and_text_values(tmp_path):
    path = make_workbook(tmp_path / "projekt.xlsx")
    table = read_table(path, sheet="Projekt")
    assert (table.sheet, table.delimiter, table.header_line) == ("Projekt", None, 3)
    assert table.headers == ["Titel", "Budget", "Start", "Möte"]
    assert table.rows == [(5, ["Smarta städer i Åre", "1200000", "2022-10-27", "2022-10-27T09:30"]),
                          (6, ["Öppna data", "12.5", "2023-01-02", ""]),
                          (7, ["Sensorer", "7", "", ""])]
    assert read_table(path).sheet == "Först"  # the first sheet unless named


def test_xlsx_unknown_sheet_and_broken_workbooks(tmp_path):
    path = make_workbook(tmp_path / "projekt.xlsx")
    with pytest.raises(ImportFileError) as caught:
        read_table(path, sheet="Kontakter")
    assert caught.value.reason == Message("no_such_sheet", {"sheet": "Kontakter", "sheets": ["Först", "Projekt"]})
    broken = tmp_path / "trasig.xlsx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("hello.txt", "inte en arbetsbok")
    with pytest.raises(ImportFileError, match=r"^trasig\.xlsx: invalid_workbook"):
        read_table(broken)
    cut = tmp_path / "avklippt.xlsx"
    cut.write_bytes(path.read_bytes()[:2000])
    with pytest.raises(ImportFileError, match=r"^avklippt\.xlsx: invalid_workbook"):
        read_table(cut)


def test_xlsx_header_only_sheet(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["Namn", "Kommun"])
    workbook.save(tmp_path / "tom.xlsx")
    with pytest.raises(ImportFileError, match="header_without_rows") as caught:
        read_table(tmp_path / "tom.xlsx")
    assert caught.value.line == 1


# --- mapping ------------------------------------------------------------------------------------------


def test_header_tables_name_each_header_for_one_field_only():
    for entity, table in TABLES.items():
        owner: dict[str, str] = {}
        for target, synonyms in table:
            assert target in target_fields(entity)
            for synonym in synonyms:
                key = normalise_header(synonym)
                assert owner.setdefault(key, target) == target, (entity, synonym)


def test_matching_ignores_case_spaces_punctuation_and_numbers():
    assert normalise_header("  E-MAIL 2 address ") == normalise_header("Email 1 Address") == "email#address"
    assert normalise_header("Org.nr") == normalise_header("ORG NR") == normalise_header("orgnr")
    assert normalise_header("Ort, arbete") == normalise_header("Ort (arbete)")
    headers = [" namn ", "ORG.NR.", "län", "Hemsida", "Färgkod"]
    assert mapped(headers, "organisation") == {" namn ": "name", "ORG.NR.": "org_number", "län": "county",
                                               "Hemsida": "website"}


def test_outlook_title_is_the_honorific_only_beside_a_job_title():
    assert mapped(["Title", "First Name", "Last Name", "Job Title"], "contact") == {
        "First Name": "first_name", "Last Name": "last_name", "Job Title": "title"}
    assert mapped(["Förnamn", "Efternamn", "Titel"], "contact")["Titel"] == "title"


def test_full_name_only_without_first_and_last_name_columns():
    assert mapped(["Name", "Given Name", "Family Name"], "contact") == {
        "Given Name": "first_name", "Family Name": "last_name"}
    assert mapped(["Namn", "E-post", "Telefon", "Mobil"], "contact") == {
        "Namn": "full_name", "E-post": "emails", "Telefon": "phones", "Mobil": "phones"}


def test_older_google_header_maps():
    headers = ["Name", "Given Name", "Additional Name", "Family Name", "Group Membership", "E-mail 1 - Type",
               "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value", "Organization 1 - Type",
               "Organization 1 - Name", "Organization 1 - Title", "Organization 1 - Department"]
    assert mapped(headers, "contact") == {
        "Given Name": "first_name", "Additional Name": "middle_name", "Family Name": "last_name",
        "Group Membership": "tags", "E-mail 1 - Value": "emails", "Phone 1 - Value": "phones",
        "Organization 1 - Name": "organisation", "Organization 1 - Title": "title",
        "Organization 1 - Department": "department"}
    table = make_table(headers, [["Åsa Öberg", "Åsa", "", "Öberg", "* myContacts ::: Kollegor", "* Work",
                                  "asa.oberg@example.se", "Mobile", "070-174 06 10 ::: 08-465 005 12", "",
                                  "Exempelkommunen ::: Gamla jobbet", "Strateg", ""]])
    [record] = to_incoming(table, "contact", guess_mapping(headers, "contact")).records
    assert (record.tags, record.phones, record.organisation) == (
        ["Kollegor"], ["070-174 06 10", "08-465 005 12"], "Exempelkommunen")


@pytest.mark.parametrize(("headers", "entity"), [
    (["Namn", "Organisationsnummer", "Kommun"], "organisation"),
    (["Namn", "Kortnamn", "Typ", "Kommun", "Län", "Org.nr"], "organisation"),
    (["Projekttitel", "Diarienummer", "Budget", "Bidrag", "Koordinator", "Utlysning", "Status"], "project"),
    (["Titel", "Typ", "Status", "Utlysning", "Koordinator", "Total budget", "Bidrag", "Start", "Slut"], "project"),
    (["Namn", "Titel", "Organisation", "E-post", "Telefon", "Kommun"], "contact"),
    (["Förnamn", "Efternamn"], "contact"),
])
def test_guess_entity(headers, entity):
    assert guess_entity(headers) == entity


@pytest.mark.parametrize(("full", "first", "last"), [
    ("Åsa Öberg", "Åsa", "Öberg"), ("Öberg, Åsa", "Åsa", "Öberg"), ("Karl  Johan Testsson", "Karl Johan", "Testsson"),
    ("Anna von Platen", "Anna", "von Platen"), ("Växeln", "Växeln", ""),
])
def test_split_name(full, first, last):
    assert split_name(full) == (first, last)


# --- mapping files ---------------------------------------------------------------------------------------


HEADERS = ["Namn", "E-post 1", "E-post 2", "Grupp", "Födelsedag"]


def test_load_mapping(tmp_path):
    path = write(tmp_path, "map.json", json.dumps({"type": "Kontakt", "columns": {
        "Namn": "full_name", "e-post 1": "emails", "E-post 2": "emails", "Grupp": "tags", "Födelsedag": None}}))
    assert load_mapping(path, HEADERS) == ("contact", {0: "full_name", 1: "emails", 2: "emails", 3: "tags"})


@pytest.mark.parametrize(("content", "where", "reason"), [
    ('{"type": "contact", "columns": {"Namn": "full_name",}}', (1, None),
     Message("invalid_json", {"column": 53, "detail": "Expecting property name enclosed in double quotes"})),
    ('{"type": "möte", "columns": {"Namn": "full_name"}}', (None, "type"),
     Message("mapping_unknown_type", {"value": '"möte"'})),
    ('{"type": "contact", "columns": {"Namn": "födelsedag"}}', (None, "Namn"),
     Message("mapping_unknown_field", {"value": '"födelsedag"', "column": "Namn", "entity": "contact",
                                       "allowed": list(target_fields("contact"))})),
    ('{"type": "contact", "columns": {"Telefon": "phones"}}', (None, "Telefon"),
     Message("mapping_column_missing", {"column": "Telefon"})),
    ('{"type": "contact", "colums": {}}', (None, None), Message("mapping_unknown_key", {"key": "colums"})),
    ('{"type": "contact", "columns": []}', (None, "columns"), Message("mapping_columns_not_an_object")),
    ('["contact"]', (None, None), Message("mapping_not_an_object")),
])
def test_bad_mapping_files_name_the_problem(tmp_path, content, where, reason):
    path = write(tmp_path, "map.json", content)
    with pytest.raises(ImportFileError) as caught:
        load_mapping(path, HEADERS)
    assert caught.value.reason == reason
    assert (caught.value.line, caught.value.field) == where and caught.value.path == path


# --- incoming records ----------------------------------------------------------------------------------


def make_table(headers: list[str], rows: list[list[str]]):
    from db.interchange.tabular import Table

    return Table(path=Path("test.csv"), headers=headers, rows=[(i + 2, r) for i, r in enumerate(rows)])


def test_projects_keep_raw_text_and_need_a_title():
    headers = ["Titel", "Dnr", "Total budget", "Bidrag", "Start", "Taggar", "Okänd"]
    table = make_table(headers, [
        ["  Smarta städer i Åre ", "2022-01234", "1 200 000", "600 000", "2022-10-27", "välfärd; ", ""],
        ["", "2022-00001", "5", "", "", "", "x"],
    ])
    result = to_incoming(table, "project", guess_mapping(headers, "project"))
    assert result.records == [IncomingProject(line=2, title="Smarta städer i Åre", reference="2022-01234",
                                              total_budget_sek="1 200 000", grant_sek="600 000",
                                              start_date="2022-10-27", tags=["välfärd"])]
    assert result.rejected == [Problem(3, "Titel", Message("project_without_title"))]
    assert result.warnings == [Message("unused_columns", {"columns": ["Okänd"]})]


def test_more_than_ten_unused_columns_are_named_and_counted():
    headers = ["Namn"] + [f"Extra {i}" for i in range(12)]
    result = to_incoming(make_table(headers, [["Åsa Öberg"] + ["x"] * 12]), "contact", {0: "full_name"})
    assert result.warnings == [Message("unused_columns_and_more", {"columns": headers[1:11], "more": 2})]


def test_neutralised_cells_from_our_export_read_back_as_typed():
    table = make_table(["Namn", "Telefon", "Anteckningar"], [["Åsa Öberg", "'+44 20 7946 0958", "'=1+1 och '-"]])
    [record] = to_incoming(table, "contact", {0: "full_name", 1: "phones", 2: "notes"}).records
    assert (record.phones, record.notes) == (["+44 20 7946 0958"], "=1+1 och '-")


def test_to_incoming_refuses_fields_of_another_type():
    with pytest.raises(ValueError, match="not a field of a organisation"):
        to_incoming(make_table(["Namn"], [["x"]]), "organisation", {0: "emails"})


# --- anything at all -------------------------------------------------------------------------------------


FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def only_import_errors(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    try:
        table = read_table(path)
    except ImportFileError as exc:
        assert str(exc).startswith(path.name)
        return
    assert table.headers and table.rows
    assert all(len(cells) == len(table.headers) for _, cells in table.rows)
    entity = guess_entity(table.headers)
    to_incoming(table, entity, guess_mapping(table.headers, entity))


@FUZZ
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes_raise_nothing_but_import_errors(tmp_path, data):
    only_import_errors(tmp_path / "fuzz.csv", data)


CSVISH = st.text(alphabet=',;\t"\r\n \'=:*åäöÅÄÖaeiz09@.-\x00\x85\u2028', max_size=300)


@FUZZ
@given(text=CSVISH, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]))
def test_arbitrary_csvish_text_raises_nothing_but_import_errors(tmp_path, text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    only_import_errors(tmp_path / "fuzz.csv", data)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_as_xlsx_raise_nothing_but_import_errors(tmp_path, data):
    only_import_errors(tmp_path / "fuzz.xlsx", b"PK\x03\x04" + data)


@pytest.fixture(scope="module")
def workbook_bytes(tmp_path_factory) -> bytes:
    return make_workbook(tmp_path_factory.mktemp("xlsx") / "projekt.xlsx").read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=4),
       cut=st.none() | st.integers(min_value=30))
def test_damaged_workbooks_raise_nothing_but_import_errors(tmp_path, workbook_bytes, changes, cut):
    data = bytearray(workbook_bytes[:cut] if cut else workbook_bytes)
    for position, value in changes:
        data[position % len(data)] = value
    only_import_errors(tmp_path / "skadad.xlsx", bytes(data))
