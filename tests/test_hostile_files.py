"""Hostile import files: what a file expands to is held to the import limit, not only its size on
disk (issue 11, defect 6). Workbooks are built here with zipfile, byte by byte, so each bomb is
exactly the one named: one cell of 100 million characters (about 100 kB on disk), a part whose zip
header lies about its size, one long shared string repeated in every cell, a cell far to the right
or far down, a document type declaration with nested entities, a huge central directory. Each is
refused fast, with little memory, with a clear reason, and nothing is written to the database."""

from __future__ import annotations

import json
import os
import stat
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest

from db import KnowledgeBase
from db import models as m
from db.errors import Message
from db.interchange.import_pipeline import apply_import, plan_import, read_file
from db.interchange.incoming_records import MAX_IMPORT_BYTES, ImportFileError
from db.interchange.tabular import read_table
from db.search import attach, reindex
from db.search.whoosh_engine.folders import index_folder
from db.search.whoosh_engine.locking import LOCK_FILE

ROOT = Path(__file__).resolve().parent.parent
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
TOO_FAR = Message("workbook_expands_too_far", {"limit_mb": MAX_IMPORT_BYTES // 1024 // 1024})

_PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
        'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
    "_rels/.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" '
        f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" xmlns:r="{REL}"><sheets>'
        '<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" '
        f'Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
        f'Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
}


def _sheet(rows: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}"><sheetData>{rows}</sheetData>'
            '</worksheet>').encode()


# A header (Förnamn, Efternamn, Anteckningar) and one contact whose note is shared string 3.
_CONTACT_ROWS = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
                 '<row r="2"><c r="A2" t="inlineStr"><is><t>Åsa</t></is></c><c r="B2" t="inlineStr"><is><t>Öberg</t>'
                 '</is></c><c r="C2" t="s"><v>3</v></c></row>')
_STRINGS_HEAD = (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}"><si><t>Förnamn</t></si>'
                 '<si><t>Efternamn</t></si><si><t>Anteckningar</t></si><si><t>').encode()
_STRINGS_TAIL = b"</t></si></sst>"


def workbook(path: Path, *, note_chars: int = 10, rows: str = _CONTACT_ROWS,
             strings: bytes | None = None, compress_type: int = zipfile.ZIP_DEFLATED) -> Path:
    """A minimal .xlsx; the note (shared string 3) is `note_chars` x "A", written in 1 MB steps so
    the test itself never holds the bomb in memory."""
    level = 9 if compress_type == zipfile.ZIP_DEFLATED else None
    with zipfile.ZipFile(path, "w", compress_type, compresslevel=level) as archive:
        for name, text in _PARTS.items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", _sheet(rows))
        if strings is not None:
            archive.writestr("xl/sharedStrings.xml", strings)
        else:
            with archive.open("xl/sharedStrings.xml", "w", force_zip64=note_chars > 2**30) as handle:
                handle.write(_STRINGS_HEAD)
                step = b"A" * min(note_chars, 1 << 20)
                written = 0
                while written < note_chars:
                    part = step[:note_chars - written]
                    handle.write(part)
                    written += len(part)
                handle.write(_STRINGS_TAIL)
    return path


def lie_about_size(path: Path, member: str, declared: int) -> None:
    """Rewrite `member`'s declared uncompressed size (local header and central directory) and its
    CRC to those of its first `declared` bytes: zipfile alone would read that prefix and be content."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
        crc = 0
        with archive.open(info) as handle:
            left = declared
            while left:
                chunk = handle.read(min(left, 1 << 20))
                crc, left = zlib.crc32(chunk, crc), left - len(chunk)
    data = bytearray(path.read_bytes())
    struct.pack_into("<L", data, info.header_offset + 14, crc)
    struct.pack_into("<L", data, info.header_offset + 22, declared)
    central = data.rfind(b"PK\x01\x02" + data[info.header_offset + 4:info.header_offset + 8])
    name = member.encode()
    while data[central + 46:central + 46 + len(name)] != name:
        central = data.rfind(b"PK\x01\x02", 0, central)
    struct.pack_into("<L", data, central + 16, crc)
    struct.pack_into("<L", data, central + 24, declared)
    path.write_bytes(bytes(data))


def refused(path: Path) -> Message:
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    return caught.value.reason


_MEASURE = r"""
import json, resource, sys, time
from pathlib import Path
from db import KnowledgeBase
from db.interchange.import_pipeline import apply_import, plan_import, read_file
from db.interchange.incoming_records import ImportFileError
import openpyxl.reader.excel  # loaded before the baseline: the measure is the file's, not the imports'
kb = KnowledgeBase.open(Path(sys.argv[2]), user="testare")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
try:
    apply_import(kb, plan_import(kb, read_file(Path(sys.argv[1]))))
    code = None
except ImportFileError as exc:
    code = exc.code
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
contacts = kb.db.execute("select count(*) from contact").fetchone()[0]
kb.close()
print(json.dumps({"code": code, "grew_mb": (peak - before) / 1024, "seconds": seconds, "contacts": contacts}))
"""


def import_in_child(path: Path, db: Path) -> dict:
    """Import `path` into `db` in a fresh process: the reason, how much the process grew, how long
    it took, and how many contacts the database holds after."""
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path), str(db)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


# --- the reproduction: one cell of 100 million characters -----------------------------------------


def test_a_100_kb_workbook_that_unpacks_to_100_million_characters_is_refused_fast_in_little_memory(tmp_path):
    bomb = workbook(tmp_path / "bomb.xlsx", note_chars=100_000_000)
    assert bomb.stat().st_size < 200_000
    outcome = import_in_child(bomb, tmp_path / "kb.db")
    assert outcome["code"] == "workbook_expands_too_far"
    assert outcome["grew_mb"] < 100
    assert outcome["seconds"] < 10
    assert outcome["contacts"] == 0


def test_the_same_workbook_with_a_short_note_imports(tmp_path, kb):
    result = read_file(workbook(tmp_path / "small.xlsx", note_chars=12))
    assert [(c.first_name, c.last_name, c.notes) for c in result.records] == [("Åsa", "Öberg", "A" * 12)]
    report = apply_import(kb, plan_import(kb, result))
    assert report.created == 1


def test_a_part_that_declares_a_small_size_but_unpacks_to_more_than_the_limit(tmp_path):
    """The declared sizes pass, and zipfile alone would read the declared prefix (its CRC is made
    right); counting what the part really yields refuses it."""
    bomb = workbook(tmp_path / "lying.xlsx", note_chars=40_000_000)
    lie_about_size(bomb, "xl/sharedStrings.xml", 1000)
    with zipfile.ZipFile(bomb) as archive:
        assert archive.getinfo("xl/sharedStrings.xml").file_size == 1000
        assert len(archive.read("xl/sharedStrings.xml")) == 1000      # zipfile is fooled
    assert refused(bomb) == TOO_FAR
    outcome = import_in_child(bomb, tmp_path / "kb.db")
    assert outcome["code"] == "workbook_expands_too_far" and outcome["contacts"] == 0
    assert outcome["grew_mb"] < 100


def test_a_part_that_lies_about_its_size_within_the_limit_is_damaged(tmp_path):
    path = workbook(tmp_path / "lying-small.xlsx", note_chars=5000)
    lie_about_size(path, "xl/sharedStrings.xml", 200)
    assert refused(path) == Message("workbook_part_damaged", {"part": "xl/sharedStrings.xml"})


def test_declared_sizes_over_the_limit_are_refused_before_anything_is_unpacked(tmp_path):
    path = workbook(tmp_path / "declared.xlsx", note_chars=MAX_IMPORT_BYTES + 1)
    started = time.perf_counter()
    assert refused(path) == TOO_FAR
    assert time.perf_counter() - started < 1


# --- what the table becomes -----------------------------------------------------------------------


def test_one_long_shared_string_repeated_in_every_cell_is_counted_each_time(tmp_path):
    """2,000 cells that all show one 100,000-character string: 200 MB of text from a small file."""
    cells = "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>{0 if n == 1 else 3}</v></c></row>' for n in range(1, 2002))
    path = workbook(tmp_path / "repeated.xlsx", note_chars=100_000, rows=cells)
    assert path.stat().st_size < 100_000
    assert refused(path) == TOO_FAR


def test_a_cell_far_to_the_right_in_every_row_is_refused_without_filling_in_every_column(tmp_path):
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c><c r="XFD{n}"><v>1</v></c></row>'
                   for n in range(1, 20_001))
    path = workbook(tmp_path / "wide.xlsx", rows=rows)
    started = time.perf_counter()
    assert refused(path) == TOO_FAR
    assert time.perf_counter() - started < 10


def test_a_row_beyond_the_last_row_excel_has_is_refused(tmp_path):
    rows = _CONTACT_ROWS + '<row r="5000000"><c r="A5000000"><v>1</v></c></row>'
    path = workbook(tmp_path / "tall.xlsx", rows=rows)
    started = time.perf_counter()
    assert refused(path) == Message("workbook_too_many_rows", {"maximum": 1_048_576})
    assert time.perf_counter() - started < 10


def test_a_cell_longer_than_any_field_is_refused_with_its_name(tmp_path):
    path = workbook(tmp_path / "long.xlsx", note_chars=200_000)
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert caught.value.reason == Message("cell_too_long", {"cell": "C2", "limit": 131_072})
    assert caught.value.line == 2


# --- XML and zip tricks ---------------------------------------------------------------------------


def _laughs(encoding: str) -> bytes:
    entities = '<!ENTITY a0 "AAAAAAAAAA">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 9))
    text = (f'<?xml version="1.0" encoding="{encoding.upper()}"?><!DOCTYPE sst [{entities}]><sst xmlns="{NS}">'
            '<si><t>Förnamn</t></si><si><t>Efternamn</t></si><si><t>Anteckningar</t></si><si><t>&a8;</t></si></sst>')
    return text.encode(encoding)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_nested_entities_in_a_document_type_declaration_are_refused(tmp_path, encoding):
    path = workbook(tmp_path / "laughs.xlsx", strings=_laughs(encoding))
    assert refused(path) == Message("workbook_part_unsafe", {"part": "xl/sharedStrings.xml"})


def test_a_central_directory_of_many_thousand_entries_is_refused_before_it_is_read(tmp_path):
    path = workbook(tmp_path / "many.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_STORED) as archive:
        for number in range(25_000):
            archive.writestr(f"xl/media/{number}", b"")
    assert refused(path) == TOO_FAR


def test_a_part_compressed_with_a_method_excel_never_uses_is_refused(tmp_path):
    path = workbook(tmp_path / "bzip.xlsx", compress_type=zipfile.ZIP_BZIP2)
    assert refused(path) == Message("workbook_compression", {"part": "[Content_Types].xml", "method": 12})


def test_a_workbook_written_by_openpyxl_still_reads(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Förnamn", "Efternamn", "E-post"])
    for number in range(500):
        sheet.append([f"Person{number}", "Öberg", f"p{number}@example.se"])
    book.save(tmp_path / "ok.xlsx")
    table = read_table(tmp_path / "ok.xlsx")
    assert len(table.rows) == 500 and table.headers == ["Förnamn", "Efternamn", "E-post"]


# --- the files the search index writes (issue 11, item 8) -------------------------------------------


def _modes(folder: Path) -> dict[str, str]:
    found = {folder.name: oct(stat.S_IMODE(folder.stat().st_mode))}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = oct(stat.S_IMODE(path.stat().st_mode))
    return found


@pytest.mark.parametrize("umask", [0o077, 0o022])
def test_every_file_of_the_index_is_0600_and_every_folder_0700(tmp_path, umask):
    """Under the app's umask the write lock came out 0700 (Whoosh opens it with mode 0777); without
    one every segment was 0644. Writes, a merge, a rebuild with two processes: each file it leaves."""
    old = os.umask(umask)
    try:
        path = tmp_path / "kb.db"
        with KnowledgeBase.open(path, user="testare") as kb:
            service = kb.search if getattr(kb, "search", None) is not None else attach(kb)
            for number in range(30):
                kb.contacts.create(m.Contact(first_name=f"Åsa{number}", last_name="Öberg"))
            service.search("Åsa")
        reindex(path, procs=2)
        with KnowledgeBase.open(path, user="testare") as kb:
            kb.contacts.create(m.Contact(first_name="Örjan", last_name="Åkesson"))
        modes = _modes(index_folder(path))
    finally:
        os.umask(old)
    assert LOCK_FILE in modes
    wrong = {name: mode for name, mode in modes.items()
             if mode != (oct(0o700) if (index_folder(path) / name).is_dir() or name == index_folder(path).name
                         else oct(0o600))}
    assert wrong == {}


def test_a_lock_file_left_executable_by_an_older_version_loses_its_execute_bits(tmp_path):
    path = tmp_path / "kb.db"
    with KnowledgeBase.open(path, user="testare") as kb:
        kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg"))
    lock = index_folder(path) / LOCK_FILE
    os.chmod(lock, 0o700)
    with KnowledgeBase.open(path, user="testare") as kb:
        kb.contacts.create(m.Contact(first_name="Örjan", last_name="Åkesson"))
    assert stat.S_IMODE(lock.stat().st_mode) == 0o600


# --- `search --json` with arguments that are not UTF-8 (issue 11, item 8) --------------------------


def _search(*args: str | bytes, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "main.py", "search", *args], cwd=ROOT, capture_output=True,
                          env=environment, timeout=120)


@pytest.fixture
def searchable(tmp_path) -> Path:
    path = tmp_path / "kb.db"
    with KnowledgeBase.open(path, user="testare") as kb:
        kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg", notes="träffade henne i Umeå"))
    return path


@pytest.mark.parametrize("argument", [[b"\xff\xfe"], [b"\xc3"], [b"ok", b"--tag", b"v\xe4lf\xe4rd"]])
def test_search_arguments_that_are_not_utf8_are_refused_in_one_line(searchable, argument):
    done = _search(*argument, "--db", str(searchable), "--json")
    assert done.returncode == 2
    assert done.stdout == b""
    lines = done.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1 and lines[0].endswith("is not valid UTF-8")
    assert ("--tag" in lines[0]) == (b"--tag" in argument)


@pytest.mark.parametrize("env", [{}, {"LC_ALL": "C", "LANG": "C"}, {"PYTHONIOENCODING": "latin-1"},
                                 {"PYTHONIOENCODING": "ascii"}])
def test_search_json_is_always_utf8(searchable, env):
    done = _search("Åsa", "--db", str(searchable), "--json", env=env)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout.decode("utf-8"))          # strict: invalid UTF-8 fails here
    assert data["query"] == "Åsa"
    assert [hit["title"] for hit in data["hits"]] == ["Åsa Öberg"]
