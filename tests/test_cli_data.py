"""The import, export, backup, restore and gdpr commands as a user runs them (real processes)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from db import KnowledgeBase
from db import models as m
from tests.test_cli import assert_user_error, run

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"
# Every test here runs the command line as a child process.
pytestmark = pytest.mark.slow


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM [{table}] WHERE deleted_at IS NULL").fetchone()[0]


@pytest.mark.parametrize("name", ["outlook_21.vcf", "google_30.vcf", "apple_30_photo.vcf", "outlook_sv.csv",
                                  "outlook_en.csv", "google_sv.csv"])
def test_contact_files_import_once_and_the_second_time_add_nothing(tmp_path, name):
    db = tmp_path / "kb.db"
    first = run("import", FIXTURES / name, "--db", db, "--skip-rejected")
    assert first.returncode == 0, first.stderr
    assert "new" in first.stdout
    contacts, orgs = count(db, "contact"), count(db, "organisation")
    assert contacts > 0
    second = run("import", FIXTURES / name, "--db", db, "--skip-rejected")
    assert second.returncode == 0, second.stderr
    assert "already holds all of it" in second.stdout
    assert (count(db, "contact"), count(db, "organisation")) == (contacts, orgs)


def test_rejected_rows_write_nothing_and_exit_2_naming_file_line_and_field(tmp_path):
    bad = tmp_path / "kontakter.csv"
    bad.write_text("Förnamn;Efternamn;E-postadress\nÅsa;Öberg;asa@example.se\nJörgen;Ärlig;utan-snabel-a\n",
                   encoding="utf-8")
    db = tmp_path / "kb.db"
    result = run("import", bad, "--db", db)
    assert_user_error(result, "kontakter.csv", "1 row(s) rejected", "nothing written")
    assert "kontakter.csv, line 3, field emails[0]" in result.stdout
    assert count(db, "contact") == 0
    result = run("import", bad, "--db", db, "--skip-rejected")
    assert result.returncode == 0 and count(db, "contact") == 1


@pytest.mark.parametrize("content, words", [
    (b"", ["empty"]),
    (b"\x00\x01\x02binary\x00" * 50, ["kort.vcf"]),
    (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Test Testsson\r\n", ["line 1", "END:VCARD"]),
])
def test_broken_vcards_exit_2_with_one_line(tmp_path, content, words):
    path = tmp_path / "kort.vcf"
    path.write_bytes(content)
    result = run("import", path, "--db", tmp_path / "kb.db")
    assert_user_error(result, *words)
    assert not (tmp_path / "kb.db").exists() or count(tmp_path / "kb.db", "contact") == 0


def test_dry_run_writes_nothing_and_creates_no_file(tmp_path):
    db = tmp_path / "kb.db"
    result = run("import", FIXTURES / "google_30.vcf", "--db", db, "--dry-run")
    assert result.returncode == 0 and "dry run" in result.stdout
    assert not db.exists()


def test_exported_vcard_and_calendar_import_back_unchanged(tmp_path):
    db = tmp_path / "kb.db"
    assert run("import", FIXTURES / "google_30.vcf", "--db", db).returncode == 0
    assert run("import", FIXTURES / "outlook_invite.ics", "--db", db).returncode == 0
    for fmt in ("vcf", "ics", "csv", "xlsx"):
        out = tmp_path / f"out.{fmt}"
        result = run("export", "--format", fmt, "--db", db, "-o", out)
        assert result.returncode == 0, result.stderr
        again = run("import", out, "--db", db)
        assert again.returncode == 0, again.stderr
        assert "already holds all of it" in again.stdout, (fmt, again.stdout)
    fresh = tmp_path / "fresh.db"
    assert run("import", tmp_path / "out.vcf", "--db", fresh).returncode == 0
    assert count(fresh, "contact") == count(db, "contact")


@pytest.mark.parametrize("args, words", [
    (["export", "--format", "vcf", "--type", "project", "-o", "x.vcf"], ["vcf", "contact"]),
    (["export", "--db", "kb.db", "-o", "x.docx"], ["x.docx", "--format"]),
    (["import", "x.xls", "--db", "kb.db"], ["x.xls"]),
    (["import", "x.csv", "--db", "kb.db", "--mapping", "nowhere.json"], ["nowhere.json"]),
])
def test_transfer_argument_errors(tmp_path, args, words):
    (tmp_path / "x.xls").write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    (tmp_path / "x.csv").write_text("Namn\nRISE\n", encoding="utf-8")
    with KnowledgeBase.open(tmp_path / "kb.db", search=False):
        pass
    if "--db" not in args:
        args = [*args, "--db", "kb.db"]
    assert_user_error(run(*args, cwd=tmp_path), *words)


def test_backup_then_restore_erases_again_whoever_was_erased_since(tmp_path):
    db = tmp_path / "kb.db"
    with KnowledgeBase.open(db, user="testare", search=False) as kb:
        kept = kb.contacts.create(m.Contact(first_name="Test", last_name="Testsson")).record
        gone = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg", emails=["asa@example.se"])).record
    taken = tmp_path / "före.db"
    assert run("backup", "--db", db, "-o", taken).returncode == 0
    # A copy the database does not know of (a USB stick): the erasure cannot clean it, the restore must.
    (tmp_path / "usb").mkdir()
    backup = Path(shutil.copy2(taken, tmp_path / "usb" / "före.db"))
    taken.unlink()
    erased = run("gdpr", "erase", "asa@example.se", "--db", db, "--yes")
    assert erased.returncode == 0, erased.stderr
    restored = run("restore", backup, "--db", db, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert "erased again" in restored.stdout
    with KnowledgeBase.open(db, search=False) as kb:
        assert kb.contacts.exists(kept.id) and not kb.contacts.exists(gone.id)
        actions = [r[0] for r in kb.db.execute("SELECT action FROM audit ORDER BY seq")]
        assert "erase" in actions and "restore" in actions
    assert b"\xc3\x96berg" not in db.read_bytes()


def test_restore_needs_confirmation_when_not_on_a_terminal(tmp_path):
    db = tmp_path / "kb.db"
    with KnowledgeBase.open(db, search=False):
        pass
    assert run("backup", "--db", db, "-o", tmp_path / "b.db").returncode == 0
    assert_user_error(run("restore", tmp_path / "b.db", "--db", db), "--yes")


@pytest.mark.skipif(not hasattr(__import__("os"), "geteuid"), reason="POSIX file modes")
def test_every_file_the_commands_create_is_private(tmp_path, private_data_dir):
    db = tmp_path / "kb.db"
    assert run("import", FIXTURES / "google_30.vcf", "--db", db).returncode == 0
    assert run("search", "kollega", "--db", db).returncode == 0
    assert run("backup", "--db", db).returncode == 0
    assert run("export", "--db", db, "-o", tmp_path / "ut.vcf").returncode == 0
    assert run("export", "--db", db, "-o", tmp_path / "ut.xlsx").returncode == 0
    with KnowledgeBase.open(db, search=False) as kb:
        person = kb.contacts.list()[0]
    assert run("gdpr", "extract", person.id, "--db", db, "-o", tmp_path / "utdrag.html").returncode == 0
    created = [p for p in (*tmp_path.rglob("*"), *private_data_dir.rglob("*"))]
    assert any(p.suffix == ".db" and "backups" in p.parts for p in created)
    assert any(p.parent.name == "kb.db.index" for p in created)
    for path in created:
        mode = path.stat().st_mode & 0o777
        assert mode & 0o077 == 0, f"{path} is {oct(mode)}"


@pytest.mark.parametrize("name", ["stor.vcf", "stor.csv", "stor.ics"])
def test_a_50_mb_file_is_refused_with_its_size(tmp_path, name):
    big = tmp_path / name
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert_user_error(run("import", big, "--db", tmp_path / "kb.db"), name, "50.0 MB")
    assert not (tmp_path / "kb.db").exists()
