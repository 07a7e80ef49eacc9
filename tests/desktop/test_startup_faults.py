"""The app started on a database it cannot open (issue 11, item 8): damaged, written by a newer
version, read-only, in a folder that cannot be written. With --screenshot, or on a display no one
sees, no dialog waits for an answer: the message is one line on stderr and the exit status is 2,
within seconds, and the file is as it was."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from db.schema import SCHEMA_VERSION
from tests.faults import damage_page, fingerprint, read_only

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 15  # a dialog waiting for an answer would be killed at 30



def start(tmp_path: Path, db: Path, *extra: str, lang: str = "en") -> tuple[subprocess.CompletedProcess, float]:
    """The app as a separate process, its settings and data in tmp_path, on the offscreen platform."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "KUNSKAPSBANKEN_DATA_DIR": str(tmp_path / "userdata")}
    started = time.monotonic()
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "--lang", lang, *extra],
                            capture_output=True, text=True, timeout=30, env=env)
    return result, time.monotonic() - started


def screenshot(tmp_path: Path) -> list[str]:
    return ["--screenshot", str(tmp_path / "shot.png")]


def assert_refused(tmp_path: Path, result: subprocess.CompletedProcess, seconds: float, *words: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert seconds < SECONDS
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert not (tmp_path / "shot.png").exists()
    return lines[0]


def test_a_damaged_database(tmp_path, database):
    damage_page(database)
    before = fingerprint(database)
    result, seconds = start(tmp_path, database, *screenshot(tmp_path))
    assert_refused(tmp_path, result, seconds, str(database), "the database file is damaged: run restore from a backup")
    assert fingerprint(database) == before


def test_a_database_of_a_newer_version(tmp_path, database):
    with contextlib.closing(sqlite3.connect(database)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = fingerprint(database)
    result, seconds = start(tmp_path, database, *screenshot(tmp_path))
    assert_refused(tmp_path, result, seconds, str(database), f"schema version {SCHEMA_VERSION + 1}", "update the app")
    assert fingerprint(database) == before


def test_a_read_only_database_is_refused_and_stays_read_only(tmp_path, database):
    database.chmod(0o400)
    before = fingerprint(database)
    result, seconds = start(tmp_path, database, *screenshot(tmp_path))
    assert_refused(tmp_path, result, seconds, str(database), "the database file is read-only (mode 0400)")
    assert fingerprint(database) == before


def test_a_database_in_a_folder_that_cannot_be_written(tmp_path, database):
    with read_only(database.parent):
        before = fingerprint(database)
        result, seconds = start(tmp_path, database, *screenshot(tmp_path))
        assert_refused(tmp_path, result, seconds, f"the folder {database.parent} is not writable")
        assert fingerprint(database) == before


def test_no_dialog_waits_where_no_one_can_answer_it(tmp_path, database):
    """Without --screenshot, on the offscreen platform: still one line and exit 2, not a dialog."""
    database.chmod(0o400)
    result, seconds = start(tmp_path, database)
    assert_refused(tmp_path, result, seconds, "the database file is read-only")


def test_the_message_is_in_the_interface_language(tmp_path, database):
    database.chmod(0o400)
    result, seconds = start(tmp_path, database, *screenshot(tmp_path), lang="sv")
    assert_refused(tmp_path, result, seconds, "databasfilen är skrivskyddad (läge 0400)")
