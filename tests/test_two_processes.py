"""Two app instances on one database: real child processes write at the same time through
the services with the search index attached; no error reaches them, every record is kept,
the shared index agrees with the database, and a ChangeWatcher in this process sees their
changes. The command line searches while a process writes."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db import KnowledgeBase
from db import models as m
from db.care.check import check_database
from db.external_changes import ChangeWatcher
from db.search import stamps as s
from db.search import whoosh_engine as si

pytestmark = pytest.mark.slow  # real child processes, killed or writing at once

CHILD = Path(__file__).resolve().parent / "crash_child.py"
ROOT = CHILD.parent.parent
OPS = 200


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)


def finish(proc: subprocess.Popen, timeout: float = 300) -> str:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "locked" not in err, err
    assert out.rstrip().endswith("done")
    return err


def prepare(db_path: Path) -> str:
    with KnowledgeBase.open(db_path, user="förälder") as kb:
        return kb.organisations.create(m.Organisation(name="Kraschtestbolaget AB", kind="företag")).record.id


def assert_index_agrees(db_path: Path) -> None:
    """The one index folder both processes wrote holds every live row, each document with
    the stamp of its rows."""
    index = si.SearchIndex.open(si.index_folder(db_path))
    try:
        have, twice = index.versions()
    finally:
        index.close()
    assert not twice
    with KnowledgeBase.open(db_path, user="kontroll", search=False) as kb:
        want = {si.doc_key(e, i): stamp for e in si.TYPES for i, stamp in s.row_stamps(kb.db, e).items()}
    assert have == want


def test_two_processes_write_at_once(db_path):
    org_id = prepare(db_path)
    seen: dict[str, set[str]] = {}
    with KnowledgeBase.open(db_path, user="förälder", search=False) as kb:
        watcher = ChangeWatcher(kb)
        children = [start("write", str(db_path), str(OPS), prefix) for prefix in ("A", "B")]
        while any(child.poll() is None for child in children):
            changes = watcher.poll()
            for entity, ids in (changes.entities.items() if changes else ()):
                seen.setdefault(entity, set()).update(ids)
            time.sleep(0.2)
        warnings = [finish(child) for child in children]
        changes = watcher.poll()
        for entity, ids in (changes.entities.items() if changes else ()):
            seen.setdefault(entity, set()).update(ids)
        contacts = {c.last_name: c.id for c in kb.contacts.list()}
        assert sorted(contacts) == sorted(f"{p}{n:04d}" for p in "AB" for n in range(OPS))
        for table in ("affiliation", "note", "tagging"):
            assert kb.service(table).count() == 2 * OPS
        assert kb.tags.count() == 2
        # the watcher saw every record the children wrote, and a link's change named its records
        assert set(contacts.values()) <= seen["contact"]
        assert org_id in seen["organisation"]
        assert len(seen["affiliation"]) == len(seen["note"]) == 2 * OPS
        assert watcher.poll() is None
    _, problems = check_database(db_path)
    assert problems == []
    queued = [line for line in "".join(warnings).splitlines() if "queued" in line]
    with KnowledgeBase.open(db_path, user="kontroll") as kb:  # open repairs anything that was queued
        assert kb.db.execute("SELECT count(*) FROM index_queue").fetchone()[0] == 0
        report = kb.search.verify()
        assert report.consistent or queued, report
        assert kb.search.search("A0199", as_you_type=False, types=["contact"]).hits[0].title == "Testa A0199"
        assert kb.search.search("tag:kraschtest-b", page_size=1).total == OPS
    assert_index_agrees(db_path)


def test_a_watcher_does_not_report_its_own_writes_but_the_other_connections(db_path):
    prepare(db_path)
    with KnowledgeBase.open(db_path, user="ui", search=False) as reader, \
            KnowledgeBase.open(db_path, user="worker") as writer:
        watcher = ChangeWatcher(reader, own=[writer])  # the desktop: a reading and a writing connection
        assert watcher.poll() is None
        writer.contacts.create(m.Contact(first_name="Egen", last_name="Skrivning"))
        reader.contacts.create(m.Contact(first_name="Egen", last_name="Läsning"))
        assert watcher.poll() is None
        child = start("write", str(db_path), "3", "C")
        finish(child, timeout=120)
        changes = watcher.poll()
        assert changes is not None
        names = {reader.contacts.get(i).last_name for i in changes.entities["contact"]}
        assert names == {"C0000", "C0001", "C0002"}
        start_seq = watcher.last_seq
        writer.contacts.create(m.Contact(first_name="Egen", last_name="Igen"))
        assert watcher.poll() is None
        assert watcher.last_seq > start_seq
        watcher.close()


def test_a_watcher_lets_the_index_catch_up_on_a_write_it_never_saw(db_path):
    prepare(db_path)
    with KnowledgeBase.open(db_path, user="app") as kb:
        watcher = ChangeWatcher(kb)
        done = subprocess.run([sys.executable, str(CHILD), "no-index", str(db_path), "Osynlig"],
                              capture_output=True, text=True, timeout=60, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        row_id = done.stdout.split()[-1]
        assert kb.search.search("osynlig", as_you_type=False).hits == []
        changes = watcher.poll()
        assert changes is not None and row_id in changes.entities["contact"]
        assert [h.id for h in kb.search.search("osynlig", as_you_type=False).hits] == [row_id]
        assert kb.search.verify().consistent
        watcher.close()


def test_the_command_line_searches_and_checks_while_a_process_writes(db_path):
    prepare(db_path)
    child = start("write", str(db_path), "120", "D")
    totals = []
    try:
        while child.poll() is None and len(totals) < 4:
            search = subprocess.run([sys.executable, "main.py", "search", "testa", "--type", "kontakt", "--db",
                                     str(db_path), "--json"], capture_output=True, text=True, timeout=120, cwd=ROOT)
            assert search.returncode == 0, search.stderr
            assert "locked" not in search.stderr and "Traceback" not in search.stderr
            totals.append(json.loads(search.stdout)["total"])
            check = subprocess.run([sys.executable, "main.py", "check", "--db", str(db_path)], capture_output=True,
                                   text=True, timeout=120, cwd=ROOT)
            assert check.returncode == 0, check.stdout + check.stderr
    finally:
        finish(child)
    assert totals and totals == sorted(totals)  # each search saw at least what the one before it saw
    final = subprocess.run([sys.executable, "main.py", "search", "testa", "--type", "kontakt", "--db", str(db_path),
                            "--json"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert json.loads(final.stdout)["total"] == 120
