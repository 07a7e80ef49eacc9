"""Crash safety: a real child process is killed with SIGKILL at random moments (seeded) of a
bulk import, of writes one by one with the search index attached, and of a migration. Each
time the database must open, pass `check`, hold all or nothing of every operation, and
after KnowledgeBase.open + verify the index must hold exactly the live rows.

The runs go two at a time (this machine has two cores); the whole file takes about two
minutes. Test data is invented (bench.generate's fictional people, example.se addresses).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from db import KnowledgeBase
from db import models as m
from db.care.check import check_database
from db.connection import read_schema_version
from db.interchange import json_dump as transfer
from db.schema import ENTITY_TABLES, SCHEMA_VERSION
from db.search import stamps as s
from db.search import whoosh_engine as si

pytestmark = pytest.mark.slow  # real child processes, killed or writing at once

CHILD = Path(__file__).resolve().parent / "crash_child.py"
ROOT = CHILD.parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "schema1.db"
SEED = 6_2024
IMPORT_KILLS, WRITE_KILLS, MIGRATE_KILLS, FILE_IMPORT_KILLS = 50, 20, 20, 20
WORKERS = 2
HISTORY_PER_ROW = 10  # change-log entries added per record, so the import is mostly rows, few documents
WRITE_OPS = 40
MIGRATION_LOG_ROWS = 60_000


@dataclass
class Run:
    folder: Path
    delay: float
    killed: bool
    lines: list[str]
    seconds: float


def run_child(folder: Path, args: list[str], delay: float | None) -> Run:
    """Start the child; SIGKILL it `delay` seconds after it said "ready" (its modules
    loaded), or at once for a negative delay, if it is still running. Run.seconds: from
    "ready" to its end."""
    proc = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)
    lines: list[str] = []
    killed = False
    if delay is not None and delay < 0:
        os.kill(proc.pid, signal.SIGKILL)
        killed = True
    else:
        lines.append(proc.stdout.readline().strip())
    started = time.monotonic()
    if not killed:
        try:
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)
            killed = True
    out, err = proc.communicate(timeout=120)
    if not killed or proc.returncode != -signal.SIGKILL:
        assert proc.returncode == 0, f"child failed ({proc.returncode}): {err}"
        killed = False
    return Run(folder, delay or 0.0, killed, lines + out.split("\n"), time.monotonic() - started)


def kill_delays(rng: random.Random, count: int, duration: float) -> list[float]:
    """Moments spread over the whole run: before it starts work, throughout, and after it
    has ended."""
    delays = [-1.0, 0.0, duration * 1.5]
    delays += [rng.uniform(0.0, duration * 1.1) for _ in range(count - len(delays))]
    return delays


def in_parallel(job, delays: list[float]) -> list:
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return list(pool.map(job, range(len(delays)), delays))


def table_counts(path: Path, tables: tuple[str, ...]) -> dict[str, int]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}


def schema_version(path: Path) -> int:
    """read_schema_version: it rolls back a hot journal a kill left behind (a process killed
    inside a rollback-journal transaction, such as the switch of an old file to WAL)."""
    return read_schema_version(path)


def assert_sound(path: Path) -> None:
    _, problems = check_database(path)
    assert problems == [], problems


def assert_index_holds_the_live_rows(kb: KnowledgeBase) -> None:
    assert kb.search is not None, "the search index could not be opened"
    kb.search.verify()
    have, twice = kb.search.index.versions()
    assert not twice
    want = {si.doc_key(entity, row_id): stamp for entity in si.TYPES
            for row_id, stamp in s.row_stamps(kb.db, entity).items()}
    assert have == want


# --- (a) a bulk import ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """An export of a few thousand rows (with a change history), and its row counts."""
    from bench.generate import generate

    folder = tmp_path_factory.mktemp("export")
    with KnowledgeBase.open(folder / "source.db", user="källa", search=False) as kb:
        generate(kb, contacts=60, organisations=20, projects=5, activities=40, seed=5)
        data = transfer.export_data(kb)
    log = data["tables"]["change_log"]
    history = []
    seq = max(e["seq"] for e in log)
    for round_ in range(HISTORY_PER_ROW):
        for entry in log:
            seq += 1
            history.append({**entry, "seq": seq, "id": f"{entry['id'][:-6]}{round_:06d}", "action": "update",
                            "op_id": f"{entry['op_id'][:-6]}{round_:06d}"})
    log.extend(history)
    path = folder / "export.json"
    transfer.write_atomically(path, transfer.dumps(data))
    return path, {table: len(rows) for table, rows in data["tables"].items()}


def test_a_killed_bulk_import_leaves_all_or_nothing(tmp_path, export):
    source, expected = export
    assert sum(expected.values()) > 3000
    calibration = run_child(tmp_path, ["import", str(tmp_path / "whole.db"), str(source)], None)
    assert "imported" in calibration.lines
    assert table_counts(tmp_path / "whole.db", transfer.TABLES) == expected

    def one(number: int, delay: float) -> tuple[bool, bool]:
        folder = tmp_path / f"run{number:02d}"
        folder.mkdir()
        run = run_child(folder, ["import", str(folder / "kb.db"), str(source)], delay)
        return run.killed, check_import(folder / "kb.db", expected)

    outcomes = in_parallel(one, kill_delays(random.Random(SEED), IMPORT_KILLS, calibration.seconds))
    # kills landed before the import's commit and after it (while the index was written)
    assert (True, False) in outcomes and (True, True) in outcomes


def check_import(path: Path, expected: dict[str, int]) -> bool:
    """Check one killed import; True when it had committed."""
    current = False
    if path.exists() and path.stat().st_size > 0:
        current = schema_version(path) == SCHEMA_VERSION
        if current:
            assert_sound(path)
            counts = table_counts(path, transfer.TABLES)
            assert counts in ({t: 0 for t in transfer.TABLES}, expected), counts
        else:  # killed while the new file was being created: nothing imported yet
            with closing(sqlite3.connect(path)) as conn:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                assert all(conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] == 0
                           for t in tables & set(transfer.TABLES))
    with KnowledgeBase.open(path, user="kontroll") as kb:
        assert_index_holds_the_live_rows(kb)
    if not current:
        assert_sound(path)
    counts = table_counts(path, transfer.TABLES)
    assert counts in ({t: 0 for t in transfer.TABLES}, expected)
    return counts == expected


# --- (a2) a vCard import into a database that holds data (backup first) -----------------------------------


@pytest.fixture(scope="module")
def vcard_case(tmp_path_factory) -> tuple[Path, Path]:
    """A database with 300 contacts and a vCard file of 1,500 cards, a fifth of them people it holds."""
    folder = tmp_path_factory.mktemp("vcard")
    base = folder / "base.db"
    with KnowledgeBase.open(base, user="källa", search=False) as kb, kb.batch():
        org = kb.organisations.create(m.Organisation(name="Kraschkommunen", kind="kommun")).record
        for i in range(300):
            person = kb.contacts.create(m.Contact(first_name="Befintlig", last_name=f"Person{i:04d}",
                                                  emails=[f"befintlig{i}@example.se"])).record
            kb.affiliations.create(m.Affiliation(contact_id=person.id, organisation_id=org.id))
    lines = []
    for i in range(1500):
        email = f"befintlig{i}@example.se" if i < 300 else f"ny{i}@example.se"
        lines += ["BEGIN:VCARD", "VERSION:3.0", f"N:Importsson{i:04d};Åsa;;;", f"FN:Åsa Importsson{i:04d}",
                  "TITLE:Handläggare", f"EMAIL;TYPE=INTERNET:{email}", "CATEGORIES:krasch",
                  "END:VCARD"]
    cards = folder / "kort.vcf"
    cards.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return base, cards


def test_a_killed_vcard_import_leaves_all_or_nothing_and_only_whole_backups(tmp_path, vcard_case,
                                                                            private_data_dir):
    from db.care.backup_check import verify_backup

    base, cards = vcard_case
    tables = ("contact", "organisation", "affiliation", "tag", "tagging", "change_log")
    before = table_counts(base, tables)
    whole = tmp_path / "whole"
    whole.mkdir()
    _copy_db(base, whole / "kb.db")
    calibration = run_child(whole, ["import-file", str(whole / "kb.db"), str(cards)], None)
    assert "imported" in calibration.lines
    after = table_counts(whole / "kb.db", tables)
    assert after["contact"] == before["contact"] + 1200

    def one(number: int, delay: float) -> tuple[bool, bool]:
        folder = tmp_path / f"run{number:02d}"
        folder.mkdir()
        _copy_db(base, folder / "kb.db")
        run = run_child(folder, ["import-file", str(folder / "kb.db"), str(cards)], delay)
        path = folder / "kb.db"
        assert_sound(path)
        counts = table_counts(path, tables)
        assert counts in (before, after), counts
        with KnowledgeBase.open(path, user="kontroll") as kb:
            assert_index_holds_the_live_rows(kb)
        return run.killed, counts == after

    outcomes = in_parallel(one, kill_delays(random.Random(SEED + 1), FILE_IMPORT_KILLS, calibration.seconds))
    assert (True, False) in outcomes and (True, True) in outcomes
    backups = [p for p in private_data_dir.rglob("*.db")]
    assert backups, "the imports took no backup"
    for backup in backups:  # a kill mid-backup never leaves a half-written file under a backup's name
        assert verify_backup(backup) == [], backup


# --- (b) writes one by one, the index attached -------------------------------------------------------------


def test_killed_writes_leave_whole_operations_and_a_repairable_index(tmp_path):
    template = tmp_path / "template.db"
    with KnowledgeBase.open(template, user="mall") as kb:
        kb.organisations.create(m.Organisation(name="Kraschtestbolaget AB", kind="företag"))
    calibration_db = tmp_path / "whole.db"
    _copy_db(template, calibration_db)
    calibration = run_child(tmp_path, ["write", str(calibration_db), str(WRITE_OPS), "W"], None)
    assert f"op {WRITE_OPS - 1}" in calibration.lines

    def one(number: int, delay: float) -> Run:
        folder = tmp_path / f"run{number:02d}"
        folder.mkdir()
        _copy_db(template, folder / "kb.db")
        run = run_child(folder, ["write", str(folder / "kb.db"), str(WRITE_OPS), "W"], delay)
        check_writes(folder / "kb.db", run)
        return run

    runs = in_parallel(one, kill_delays(random.Random(SEED + 1), WRITE_KILLS, calibration.seconds))
    assert any(r.killed and any(line.startswith("op ") for line in r.lines) for r in runs)


def _copy_db(source: Path, target: Path) -> None:
    shutil.copy(source, target)
    if si.index_folder(source).exists():
        shutil.copytree(si.index_folder(source), si.index_folder(target))


def check_writes(path: Path, run: Run) -> None:
    assert_sound(path)
    with closing(sqlite3.connect(path)) as conn:
        numbers = sorted(int(r[0][1:]) for r in conn.execute("SELECT last_name FROM contact WHERE last_name LIKE 'W%'"))
        # every operation whole: each contact has its affiliation, its tag and its note
        for table, where in (("affiliation", "contact_id"), ("note", "entity_id"), ("tagging", "entity_id")):
            linked = conn.execute(f"SELECT count(DISTINCT c.id) FROM contact c JOIN [{table}] x ON x.{where} = c.id"
                                  " WHERE c.last_name LIKE 'W%'").fetchone()[0]
            assert linked == len(numbers), table
        assert conn.execute("SELECT count(*) FROM affiliation").fetchone()[0] == len(numbers)
        assert conn.execute("SELECT count(*) FROM note").fetchone()[0] == len(numbers)
    assert numbers == list(range(len(numbers)))  # one after the other, none half-way
    reported = [int(line.split()[1]) for line in run.lines if line.startswith("op ")]
    if reported:  # said after its commit: it survived the kill
        assert len(numbers) >= reported[-1] + 1
    with KnowledgeBase.open(path, user="kontroll") as kb:
        assert_index_holds_the_live_rows(kb)
        if numbers:
            last = f"W{numbers[-1]:04d}"
            assert kb.search.search(last, as_you_type=False, types=["contact"]).hits[0].title == f"Testa {last}"


# --- (c) a migration ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def old_database(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """The step-1 fixture with enough rows (plain SQL, as an old version wrote them) that
    migrating takes a measurable time; and its row counts."""
    path = tmp_path_factory.mktemp("old") / "schema1.db"
    shutil.copy(FIXTURE, path)
    rng = random.Random(SEED + 2)
    with closing(sqlite3.connect(path)) as conn, conn:
        device = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
        device = device[0] if device else "gammal"
        orgs = [(f"org-{i:05d}", "2021-01-01T00:00:00.000Z", "2021-01-01T00:00:00.000Z",
                 f"Gamla bolaget {i} AB", "företag", f"55{i:04d}-0000") for i in range(150)]
        conn.executemany("INSERT INTO organisation (id, created_at, updated_at, name, kind, org_number)"
                         " VALUES (?, ?, ?, ?, ?, ?)", orgs)
        conn.executemany(
            "INSERT INTO change_log (id, op_id, hlc, device_id, author, at, entity, row_id, action, before, after)"
            " VALUES (?, ?, ?, ?, 'gammal', '2021-01-01T00:00:00.000Z', 'organisation', ?, 'update', NULL, ?)",
            ((f"log-{i:07d}", f"op-{i:07d}", f"{1609459200000 + rng.randrange(10**9):013d}.{i % 99999:05d}.{device}",
              device, orgs[i % len(orgs)][0], json.dumps({"notes": f"rad {i}"})) for i in range(MIGRATION_LOG_ROWS)))
    tables = (*ENTITY_TABLES, "change_log")
    return path, table_counts(path, tables)


TABLES_BY_VERSION = {1: set(), 2: {"index_queue"}, 3: {"index_queue", "audit"}, 4: {"index_queue", "audit"}}


def test_a_killed_migration_leaves_the_old_or_the_new_schema(tmp_path, old_database):
    source, counts = old_database
    tables = tuple(counts)
    calibration_db = tmp_path / "whole.db"
    shutil.copy(source, calibration_db)
    calibration = run_child(tmp_path, ["migrate", str(calibration_db)], None)
    assert f"version {SCHEMA_VERSION}" in calibration.lines

    def one(number: int, delay: float) -> int:
        folder = tmp_path / f"run{number:02d}"
        folder.mkdir()
        shutil.copy(source, folder / "kb.db")
        run_child(folder, ["migrate", str(folder / "kb.db")], delay)
        return check_migration(folder / "kb.db", counts, tables)

    versions = in_parallel(one, kill_delays(random.Random(SEED + 3), MIGRATE_KILLS, calibration.seconds))
    assert 1 in versions and SCHEMA_VERSION in versions


def check_migration(path: Path, counts: dict[str, int], tables: tuple[str, ...]) -> int:
    version = schema_version(path)
    assert version in TABLES_BY_VERSION
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"index_queue", "audit"} & names == TABLES_BY_VERSION[version]
    assert ("change_log_hlc" in names) == (version >= 2)
    _, problems = check_database(path)
    if version == SCHEMA_VERSION:
        assert problems == []
    else:  # only the version is behind, and the app migrates it
        assert problems == [f"schema version is {version}, expected {SCHEMA_VERSION}"
                            " (open it with the app once to migrate)"]
    assert table_counts(path, tables) == counts
    with KnowledgeBase.open(path, user="kontroll") as kb:
        assert kb.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert_index_holds_the_live_rows(kb)
    if version != SCHEMA_VERSION:
        assert_sound(path)
        assert table_counts(path, tables) == counts
    return version


def test_a_hot_journal_left_by_a_kill_does_not_stop_open_or_check(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)  # an old file, still in rollback-journal mode
    code = ("import sqlite3, sys, time\n"
            "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "conn.execute('BEGIN IMMEDIATE')\n"
            "conn.execute(\"CREATE TABLE filler AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r"
            " WHERE i < 100000) SELECT i, randomblob(200) AS b FROM r\")\n"
            "conn.execute(\"UPDATE organisation SET name = 'halvskriven'\")\n"
            "print('written', flush=True)\n"
            "time.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "written"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert Path(f"{path}-journal").exists()
    assert read_schema_version(path) == 1
    with KnowledgeBase.open(path, user="kontroll") as kb:
        assert kb.organisations.list()[0].name == "Örebro kommun"  # the half-written change rolled back
    assert_sound(path)
