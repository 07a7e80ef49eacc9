"""The command line as a user runs it: real processes, exit codes, one-line errors."""

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db import KnowledgeBase
from db.interchange.json_dump import export_json
from tests.helpers import populate

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ["demo", "export", "import", "check", "search", "reindex", "duplicates", "backup", "restore", "gdpr"]


def run(*args, cwd=None):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], capture_output=True,
                          text=True, cwd=cwd, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_user_error(result, *words):
    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture
def filled(tmp_path):
    path = tmp_path / "filled.db"
    with KnowledgeBase.open(path, user="testare", search=False) as kb:
        populate(kb)
    return path


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_on_every_command(command):
    result = run(*([command] if command else []), "--help")
    assert result.returncode == 0
    assert "usage:" in result.stdout


def test_check_passes_on_a_sound_database(filled):
    result = run("check", "--db", filled)
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().endswith("ok")
    assert "contact 1" in result.stdout


def test_check_fails_on_a_broken_database(filled, tmp_path):
    conn = sqlite3.connect(filled)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE affiliation SET organisation_id = 'gone'")
    conn.commit()
    conn.close()
    result = run("check", "--db", filled)
    assert result.returncode == 1
    assert "foreign_key_check: affiliation" in result.stdout


def test_check_reports_an_old_schema(tmp_path):
    old = tmp_path / "old.db"
    shutil.copy(ROOT / "tests" / "fixtures" / "schema1.db", old)
    result = run("check", "--db", old)
    assert result.returncode == 1
    assert "schema version is 1" in result.stdout


@pytest.mark.parametrize("args, words", [
    (["check", "--db", "nowhere.db"], ["nowhere.db", "no such"]),
    (["export", "--db", "nowhere.db", "-o", "x.json"], ["nowhere.db"]),
    (["import", "data.docx", "--db", "x.db"], ["unsupported file type '.docx'"]),
    (["import", "data.csv", "--db", "x.db"], ["data.csv", "no such file"]),
    (["import", "missing.json", "--db", "x.db"], ["missing.json", "no such file"]),
    (["check"], ["--db"]),
    (["frobnicate"], ["frobnicate"]),
    (["export", "--format", "pdf", "--db", "x.db", "-o", "x"], ["pdf"]),
])
def test_user_errors_exit_2_with_one_line(tmp_path, args, words):
    assert_user_error(run(*args, cwd=tmp_path), *words)


def test_export_to_a_missing_folder(filled, tmp_path):
    assert_user_error(run("export", "--db", filled, "-o", tmp_path / "no" / "such" / "x.json"), "no such folder")


def test_export_import_round_trip_through_the_command_line(filled, tmp_path):
    first, second, copy = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "copy.db"
    assert run("export", "--format", "json", "--db", filled, "-o", first).returncode == 0
    result = run("import", first, "--db", copy)
    assert result.returncode == 0, result.stderr
    assert run("export", "--db", copy, "-o", second).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    assert run("check", "--db", copy).returncode == 0


def test_bad_import_leaves_the_database_byte_for_byte_unchanged(filled, tmp_path):
    good = tmp_path / "good.json"
    with KnowledgeBase.open(filled, search=False) as kb:
        export_json(kb, good)
    data = json.loads(good.read_text(encoding="utf-8"))
    data["tables"]["contact"][0]["emails"] = ["utan-snabel-a"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    empty = tmp_path / "empty.db"
    KnowledgeBase.open(empty, search=False).close()
    for target in (filled, empty):
        before = digest(target)
        assert_user_error(run("import", bad, "--db", target), "bad.json", "emails[0]")
        assert digest(target) == before
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    before = digest(empty)
    assert_user_error(run("import", broken, "--db", empty), "invalid JSON", "line 1")
    assert digest(empty) == before


def test_import_into_a_non_empty_database_is_refused(filled, tmp_path):
    good = tmp_path / "good.json"
    assert run("export", "--db", filled, "-o", good).returncode == 0
    before = digest(filled)
    assert_user_error(run("import", good, "--db", filled), "already holds records")
    assert digest(filled) == before


def test_dry_run_writes_nothing(filled, tmp_path):
    good = tmp_path / "good.json"
    assert run("export", "--db", filled, "-o", good).returncode == 0
    result = run("import", good, "--db", tmp_path / "new.db", "--dry-run")
    assert result.returncode == 0
    assert not (tmp_path / "new.db").exists()


def test_a_newer_database_is_refused_and_untouched(filled):
    conn = sqlite3.connect(filled)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = digest(filled)
    assert_user_error(run("export", "--db", filled, "-o", filled.with_suffix(".json")), "newer than this app")
    assert digest(filled) == before


def test_not_a_database(tmp_path):
    path = tmp_path / "text.db"
    path.write_text("hello, this is not SQLite\n" * 100)
    assert_user_error(run("export", "--db", path, "-o", tmp_path / "x.json"), "not a Kunskapsbanken database")
