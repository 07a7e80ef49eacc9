"""Opening files as the user left them (issue 11, defects 4 and 5): a read-only database stays
read-only (bytes and mode), commands that only read still work on it and commands that write
refuse with one line; a folder that cannot be written is named as such; a damaged page is a
problem `check` reports and one line for every other command, never a traceback."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from db import KnowledgeBase, connection
from db.care import check
from db.care.backup import backup_now
from db.connection import DatabaseError, open_database, read_schema_version
from tests.faults import damage_page, fingerprint, read_only

ROOT = Path(__file__).resolve().parent.parent
EMAIL = "asa.oberg@example.se"  # tests/helpers.populate's contact
VCARDS = ROOT / "tests" / "fixtures" / "import" / "google_30.vcf"
DAMAGED = "the database file is damaged: run restore from a backup"


def run(*args: object, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True,
                          text=True, timeout=120, cwd=cwd)


def one_line(result: subprocess.CompletedProcess, *words: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def locked_file(database) -> Path:
    """The database made read-only by its user: mode 0400."""
    database.chmod(0o400)
    return database


# --- permissions: tightened, never loosened ------------------------------------------------------


@pytest.mark.parametrize(("before", "after"), [(0o600, 0o600), (0o644, 0o600), (0o666, 0o600), (0o640, 0o600),
                                               (0o700, 0o700)], ids=oct)
def test_opening_only_takes_away_group_and_other_bits(database, before, after):
    database.chmod(before)
    open_database(database).close()
    assert stat.S_IMODE(database.stat().st_mode) == after


@pytest.mark.parametrize("mode", [0o400, 0o440, 0o444, 0o500], ids=oct)
def test_a_read_only_file_is_opened_read_only_for_reading_and_keeps_its_mode(database, mode):
    database.chmod(mode)
    before = fingerprint(database)
    db = open_database(database, create=False, read_only=True)
    try:
        assert connection.is_read_only(db)
        assert db.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
        with pytest.raises(sqlite3.Error):
            db.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    finally:
        db.close()
    assert fingerprint(database) == (before[0], mode)


def test_a_writable_file_opened_for_reading_is_opened_as_always(database):
    db = open_database(database, create=False, read_only=True)
    try:
        assert not connection.is_read_only(db)
    finally:
        db.close()


def test_a_read_only_file_is_refused_for_writing_before_anything_changes(locked_file):
    before = fingerprint(locked_file)
    with pytest.raises(DatabaseError) as caught:
        KnowledgeBase.open(locked_file, create=False, search=False)
    assert caught.value.code == "database_file_read_only"
    assert caught.value.params["mode"] == "0400"
    assert fingerprint(locked_file) == before


def test_an_empty_read_only_file_is_not_turned_into_a_database(tmp_path):
    path = tmp_path / "empty.db"
    path.touch(mode=0o400)
    path.chmod(0o400)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert caught.value.code == "database_file_read_only"
    assert path.stat().st_size == 0 and stat.S_IMODE(path.stat().st_mode) == 0o400


def test_an_old_read_only_file_is_not_migrated(locked_file):
    locked_file.chmod(0o600)
    with contextlib.closing(sqlite3.connect(locked_file)) as conn:
        conn.execute("PRAGMA user_version = 2")
    locked_file.chmod(0o400)
    before = fingerprint(locked_file)
    with pytest.raises(DatabaseError) as caught:
        open_database(locked_file, create=False, read_only=True)
    assert caught.value.code == "database_read_only_old_schema"
    assert fingerprint(locked_file) == before


# --- the command line on a 0400 file ------------------------------------------------------------

READING = {
    "check": ["check"],
    "export csv": ["export", "--type", "contact", "-o", "{out}/contacts.csv"],
    "export vcf": ["export", "-o", "{out}/contacts.vcf"],
    "export ics": ["export", "-o", "{out}/activities.ics"],
    "export json": ["export", "-o", "{out}/all.json"],
    "export json to stdout": ["export", "--format", "json", "-o", "-"],
    "duplicates": ["duplicates", "--type", "contact"],
    "search": ["search", "Smarta"],
    "reindex": ["reindex"],
    "audit": ["gdpr", "audit"],
    "retention review": ["gdpr", "retention", "--years", "2"],
}

WRITING = {
    "import": ["import", str(VCARDS)],
    "extract (noted in the audit list)": ["gdpr", "extract", EMAIL, "-o", "{out}/extract.json"],
    "erase": ["gdpr", "erase", EMAIL, "--yes"],
    "retention erase": ["gdpr", "retention", "--years", "2", "--erase", "--yes"],
    "restore": ["restore", "{backup}", "--yes"],
}


def _args(template: list[str], db: Path, out: Path, backup: Path | None = None) -> list[str]:
    filled = [part.format(out=out, backup=backup) for part in template]
    return [*filled[:2], "--db", str(db), *filled[2:]] if filled[0] == "gdpr" else [filled[0], "--db", str(db),
                                                                                     *filled[1:]]


@pytest.mark.parametrize("name", READING)
def test_a_command_that_only_reads_works_on_a_read_only_file(locked_file, tmp_path, name):
    out = tmp_path / "out"
    out.mkdir()
    before = fingerprint(locked_file)
    result = run(*_args(READING[name], locked_file, out))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert fingerprint(locked_file) == before


@pytest.mark.parametrize("name", WRITING)
def test_a_command_that_writes_refuses_a_read_only_file_with_one_line(locked_file, populated_template, tmp_path, name):
    out = tmp_path / "out"
    out.mkdir()
    copy = tmp_path / "other" / "kb.db"
    copy.parent.mkdir()
    shutil.copy(populated_template, copy)
    backup = backup_now(copy, target=tmp_path / "other" / "kb.kbak").path
    before = fingerprint(locked_file)
    files = sorted(p.name for p in locked_file.parent.iterdir())
    result = run(*_args(WRITING[name], locked_file, out, backup))
    line = one_line(result, "the database file is read-only (mode 0400)", str(locked_file))
    assert "nothing was changed" in line
    assert fingerprint(locked_file) == before
    assert sorted(p.name for p in locked_file.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        f for f in files if not f.endswith(("-wal", "-shm"))]
    assert not list(out.iterdir())


def test_a_backup_of_a_read_only_file_leaves_it_as_it_was(locked_file, tmp_path):
    before = fingerprint(locked_file)
    result = run("backup", "--db", locked_file, "-o", tmp_path / "copy.kbak")
    assert "Traceback" not in result.stderr
    assert result.returncode == 0 or len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert fingerprint(locked_file) == before


# --- a folder that cannot be written -------------------------------------------------------------


def test_a_database_in_a_read_only_folder_is_named_as_such_not_as_a_foreign_file(database):
    with read_only(database.parent):
        before = fingerprint(database)
        assert read_schema_version(database) > 0  # not "not a Kunskapsbanken database"
        with pytest.raises(DatabaseError) as caught:
            KnowledgeBase.open(database, create=False, search=False)
        assert caught.value.code == "database_folder_not_writable"
        assert caught.value.params["folder"] == str(database.parent)
        db = open_database(database, create=False, read_only=True)  # no -wal: read as it is
        try:
            assert db.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
        finally:
            db.close()
        assert fingerprint(database) == before
        assert sorted(p.name for p in database.parent.iterdir()) == ["kb.db"]


def test_the_command_line_in_a_read_only_folder(database, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with read_only(database.parent):
        before = fingerprint(database)
        refused = run("import", "--db", database, VCARDS)
        one_line(refused, f"the folder {database.parent} is not writable: the database needs to write its "
                          "journal there")
        assert "not a Kunskapsbanken database" not in refused.stderr
        checked = run("check", "--db", database)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        exported = run("export", "--db", database, "-o", out / "all.json")
        assert exported.returncode == 0, exported.stderr
        assert fingerprint(database) == before


def test_a_wal_that_cannot_be_read_without_writing_is_refused_clearly(database, tmp_path):
    """Committed rows in the -wal and no -shm in a folder that cannot be written: SQLite cannot read
    them without creating the -shm, so the file is refused rather than read without them."""
    with contextlib.closing(sqlite3.connect(database)) as conn:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("INSERT INTO meta (key, value) VALUES ('late', 'row')")
        conn.commit()
        shutil.copy(f"{database}-wal", tmp_path / "kept-wal")
    shutil.copy(tmp_path / "kept-wal", f"{database}-wal")
    Path(f"{database}-shm").unlink(missing_ok=True)
    with read_only(database.parent):
        with pytest.raises(DatabaseError) as caught:
            open_database(database, create=False, read_only=True)
        assert caught.value.code == "database_folder_not_writable"


# --- a damaged page ------------------------------------------------------------------------------


def _pages(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute("PRAGMA page_count").fetchone()[0]


def test_check_reports_a_damaged_page_as_a_problem(database):
    damage_page(database)
    result = run("check", "--db", database)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and not result.stderr.strip()
    assert f"PROBLEM: {DAMAGED}" in result.stdout


def test_check_never_stops_on_any_damaged_page(database, tmp_path):
    """Every page of the file in turn: the check reports a problem, it never raises."""
    for page in range(2, _pages(database) + 1):
        copy = tmp_path / f"page{page}.db"
        shutil.copy(database, copy)
        damage_page(copy, page)
        _, problems = check.check_database(copy)
        assert problems, f"damage on page {page} went unnoticed"
        assert any(DAMAGED in line for line in problems), (page, problems)
        assert check.find_damage(copy) is not None, page


def test_find_damage(database):
    assert check.find_damage(database) is None
    damage_page(database)
    found = check.find_damage(database)
    assert found is not None and found.code == "database_damaged_at"


def test_commands_on_a_damaged_file_say_so_in_one_line(database, tmp_path):
    damage_page(database)
    one_line(run("export", "--db", database, "-o", tmp_path / "all.json"), DAMAGED)
    one_line(run("import", "--db", database, VCARDS), DAMAGED)
