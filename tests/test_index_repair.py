"""The search index repairs itself: SearchService.verify compares every document with the
database (missing, extra, stale), a damaged index is rebuilt, and a write lock left by a
killed process blocks nobody. Real SQLite files, real Whoosh indexes, real child processes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from db import KnowledgeBase
from db import models as m
from db.search import building, reindex, row_stamps
from db.search import whoosh_engine as si
from db.search.contract import Document
from db.search.documents import build_documents
from db.search.whoosh_engine import locking
from db.search.whoosh_engine.schema import document_fields
from tests.helpers import populate

CHILD = Path(__file__).resolve().parent / "crash_child.py"
ROOT = CHILD.parent.parent


def live_keys(kb: KnowledgeBase) -> set[str]:
    return {f"{t}:{r[0]}" for t in si.TYPES for r in kb.db.execute(f"SELECT id FROM [{t}] WHERE deleted_at IS NULL")}


def assert_index_matches(kb: KnowledgeBase) -> None:
    """Every live row has exactly one document, with the stamp of its rows, and nothing else."""
    have, twice = kb.search.index.versions()
    assert set(have) == live_keys(kb)
    assert not twice
    for entity in si.TYPES:
        for row_id, stamp in row_stamps(kb.db, entity).items():
            assert have[si.doc_key(entity, row_id)] == stamp, f"{entity} document is stale"


def titles(kb: KnowledgeBase, query: str) -> list[str]:
    return [hit.title for hit in kb.search.search(query, as_you_type=False, page_size=50).hits]


def people(kb: KnowledgeBase, count: int, last_name: str = "Reparatör") -> list[m.Contact]:
    with kb.batch():
        return [kb.contacts.create(m.Contact(first_name=f"Nr{i}", last_name=last_name)).record for i in range(count)]


def reopen(db_path: Path) -> KnowledgeBase:
    return KnowledgeBase.open(db_path, user="testare")


# --- what verify finds and repairs --------------------------------------------------------------------


def test_a_consistent_index_needs_nothing(kb):
    populate(kb)
    report = kb.search.verify()
    assert report.consistent and report.repaired == 0
    assert report.documents == report.rows == len(live_keys(kb))


def test_missing_documents_are_added(db_path):
    with reopen(db_path) as kb:
        populate(kb)
        gone = people(kb, 30)
        kb.search.index.write(deletes=[si.doc_key("contact", p.id) for p in gone[:12]])
        assert titles(kb, "reparatör").count("Nr0 Reparatör") == 0
    with reopen(db_path) as kb:  # the watermark says all is well: only the comparison finds them
        report = kb.search.verify()
        assert (report.missing, report.extra, report.stale) == (12, 0, 0)
        assert report.repaired >= 12
        assert_index_matches(kb)
        assert len(titles(kb, "reparatör")) == 30
        assert kb.search.verify().consistent


def test_extra_documents_are_removed(kb):
    ids = populate(kb)
    kept = people(kb, 3)
    kb.db.execute("UPDATE contact SET deleted_at = updated_at WHERE id = ?", [kept[0].id])  # behind the index's back
    ghosts = [Document("contact", f"ingen-{i}", f"Spöke Spöksson {i}", names=[f"Spöke Spöksson {i}"])
              for i in range(5)]
    kb.search.index.write([*ghosts, Document("planet", "x", "Pluto")])
    report = kb.search.verify()
    assert (report.missing, report.extra) == (0, 7)
    assert titles(kb, "spöksson") == [] and titles(kb, "pluto") == []
    assert "Nr0 Reparatör" not in titles(kb, "reparatör")
    assert_index_matches(kb)
    assert ids["contact"] in {h.id for h in kb.search.search("öberg").hits}


def test_rows_changed_with_plain_sql_are_found_stale(kb):
    ids = populate(kb)
    kb.db.execute("UPDATE contact SET last_name = 'Ödmark', updated_at = '2030-01-01T00:00:00.000Z' WHERE id = ?",
                  [ids["contact"]])
    # a link row and a renamed tag change their records' documents, not the records' rows
    kb.db.execute("INSERT INTO affiliation (id, created_at, updated_at, contact_id, organisation_id)"
                  " VALUES ('aff-sql', '2030-01-01', '2030-01-01', ?, ?)", [ids["contact"], ids["child_org"]])
    kb.db.execute("UPDATE tag SET name = 'hälsoteknik', updated_at = '2030-01-01T00:00:00.000Z'")
    report = kb.search.verify()
    assert report.stale == 2  # the contact (own row and link) and the tagged project
    assert titles(kb, "ödmark") == ["Åsa Ödmark", "Smarta sensorer i Göteborg", "Uppstartsmöte"]  # they show her
    assert [h.id for h in kb.search.search("org:programkontoret", types=["contact"]).hits] == [ids["contact"]]
    assert [h.id for h in kb.search.search("tag:hälsoteknik").hits] == [ids["project"]]
    assert_index_matches(kb)


def test_a_record_renamed_behind_the_index_renames_it_where_it_is_shown(kb):
    ids = populate(kb)
    kb.db.execute("UPDATE organisation SET name = 'Nya Lärosätet', updated_at = '2030-01-01T00:00:00.000Z'"
                  " WHERE id = ?", [ids["org"]])
    report = kb.search.verify()
    assert report.stale == 1
    assert report.repaired > 1  # its people, projects and child organisation show the name
    shown = {h.id for h in kb.search.search('org:"nya lärosätet"', as_you_type=False).hits}
    assert {ids["org"], ids["contact"], ids["project"]} <= shown
    assert_index_matches(kb)


def test_a_key_held_twice_is_made_one(kb):
    ids = populate(kb)
    index = kb.search.index
    doc = build_documents(kb.db, "contact", [ids["contact"]])[0]
    writer = index._ix.writer()
    writer.add_document(**document_fields(doc))  # add, not update: a second document with the same key
    writer.commit(merge=False)
    index.refresh()
    assert index.versions()[1] == {doc.key}
    report = kb.search.verify()
    assert report.stale == 1
    assert index.versions()[1] == set()
    assert_index_matches(kb)


def test_an_unstamped_document_is_rewritten(kb):
    ids = populate(kb)
    doc = build_documents(kb.db, "project", [ids["project"]])[0]
    doc.stamp = ""
    kb.search.index.write([doc])
    assert kb.search.verify().stale == 1
    assert_index_matches(kb)


def test_verify_can_be_cancelled_and_run_again(kb):
    people(kb, 10)
    kb.search.index.write(deletes=list(kb.search.index.versions()[0]))
    stop = threading.Event()
    stop.set()
    report = kb.search.verify(stop)
    assert report.cancelled and report.repaired == 0
    assert kb.search.index.doc_count() == 0
    report = kb.search.verify(batch=3)
    assert report.missing == 10 and not report.cancelled
    assert_index_matches(kb)


@pytest.mark.slow  # a child process
def test_a_crashed_write_of_another_process_is_found_although_the_watermark_passed_it(db_path):
    """Two processes share one watermark: process B commits a row and dies before its index
    commit, process A's next commit moves the watermark past B's entry. Only the comparison
    finds B's row."""
    with reopen(db_path) as kb:
        kb.contacts.create(m.Contact(first_name="Första", last_name="Posten"))
        done = subprocess.run([sys.executable, str(CHILD), "no-index", str(db_path), "Bortglömd"],
                              capture_output=True, text=True, timeout=60, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        kb.contacts.create(m.Contact(first_name="Andra", last_name="Posten"))  # watermark past B's entry
        assert kb.search.index.watermark == building.max_seq(kb.db)
    with reopen(db_path) as kb:
        assert titles(kb, "bortglömd") == []  # open's catch-up trusts the watermark
        report = kb.search.verify()
        assert report.missing == 1
        assert titles(kb, "bortglömd") == ["Utan Bortglömd"]


def test_verify_on_a_worker_thread_while_the_main_thread_saves(db_path):
    with reopen(db_path) as kb:
        populate(kb)
        people(kb, 200, "Bakgrundsson")
        kb.search.index.write(deletes=[k for k in kb.search.index.versions()[0] if k.startswith("contact:")])
    with reopen(db_path) as kb:
        results = []
        worker = threading.Thread(target=lambda: results.append(kb.search.verify(batch=20)))
        worker.start()
        saved = [kb.contacts.create(m.Contact(first_name="Samtidig", last_name=f"Sparning{i}")).record
                 for i in range(15)]
        worker.join(timeout=120)
        assert results and results[0].missing >= 200
        assert_index_matches(kb)
        assert len(titles(kb, "samtidig")) == len(saved)


def test_an_old_schema_index_is_rebuilt_once(db_path):
    with reopen(db_path) as kb:
        populate(kb)
        folder = kb.search.folder
    state = si.read_state(folder)
    si.write_state(folder, state["watermark"], state["database"])
    raw = (folder / si.STATE_FILE).read_text().replace(f'"schema": {si.SCHEMA_VERSION}', '"schema": 2')
    (folder / si.STATE_FILE).write_text(raw)
    inode = folder.stat().st_ino
    with reopen(db_path) as kb:
        assert kb.search.folder.stat().st_ino != inode  # built anew into another folder
        assert kb.search.verify().consistent
        inode = kb.search.folder.stat().st_ino
    with reopen(db_path):
        assert folder.stat().st_ino == inode  # once


# --- damaged files ------------------------------------------------------------------------------------


def _segment_files(folder: Path, ending: str) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith("MAIN_") and p.name.endswith(ending))


def _truncate(path: Path) -> None:
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)


def _overwrite_middle(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(size // 3)
        f.write(b"\xff\x00" * max(8, size // 6))


def _overwrite_end(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.seek(max(0, size - 64))
        f.write(b"\x00" * 64)


# term dictionary, postings, stored fields, the version column (open and verify read them), the type
# column and a length column (a search reads them)
FILES = [".trm", ".pst", "._stored.col", ".version.col", ".type.col", "._name_len.col"]


@pytest.mark.parametrize("damage", [_truncate, _overwrite_middle, _overwrite_end, Path.unlink])
@pytest.mark.parametrize("ending", FILES)
def test_a_damaged_segment_is_repaired(db_path, ending, damage):
    with reopen(db_path) as kb:
        ids = populate(kb)
        people(kb, 40)
        kb.search.merge_small_segments()
        folder = kb.search.folder
    files = _segment_files(folder, ending)
    assert files
    biggest = max(files, key=lambda p: p.stat().st_size)
    damage(biggest)
    inode = folder.stat().st_ino
    with reopen(db_path) as kb:
        rebuilt_on_open = folder.stat().st_ino != inode
        report = kb.search.verify()
        if ending in (".trm", ".version.col") or (damage in (_truncate, Path.unlink) and ending in FILES[:4]):
            # noticed on open or by verify: built anew into another folder, or its documents rewritten
            assert rebuilt_on_open or report.rebuilt or report.repaired, report
        # garbage amid postings or stored fields is noticed by the first search that reads it
        assert [h.id for h in kb.search.search("öberg", types=["contact"]).hits] == [ids["contact"]]
        assert len(titles(kb, "reparatör")) == 40
        assert kb.search.verify().consistent
        assert_index_matches(kb)


def test_the_database_stays_usable_while_a_damaged_index_is_rebuilt(kb, monkeypatch):
    ids = populate(kb)
    for path in _segment_files(kb.search.folder, ".trm"):
        _truncate(path)
    kb.search.index.refresh()
    real, during = building.build_new_index, {}

    def slow_build(path, **kwargs):
        built = real(path, **kwargs)
        during["id"] = kb.contacts.create(m.Contact(first_name="Under", last_name="Bygget")).record.id
        return built

    monkeypatch.setattr(building, "build_new_index", slow_build)
    report = kb.search.verify()
    assert report.rebuilt
    assert titles(kb, "bygget") == ["Under Bygget"]
    assert [h.id for h in kb.search.search("öberg", types=["contact"]).hits] == [ids["contact"]]
    assert_index_matches(kb)


# --- leftovers and locks --------------------------------------------------------------------------------


def _child(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT)


def _wait_for_line(proc: subprocess.Popen, wanted: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.strip() == wanted:
            return
        if not line and proc.poll() is not None:
            raise AssertionError(f"child ended ({proc.returncode}): {proc.stderr.read()}")
    raise AssertionError(f"child never said {wanted!r}")


@pytest.mark.slow  # a child process, killed
def test_a_write_lock_left_by_a_killed_process_blocks_nobody(db_path):
    with reopen(db_path) as kb:
        populate(kb)
        folder = kb.search.folder
    child = _child("hold-lock", str(folder))
    try:
        _wait_for_line(child, "locked")
        assert si.lock_held(folder / si.LOCK_FILE)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert (folder / si.LOCK_FILE).exists()  # the file stays; the flock died with its process
    assert not si.lock_held(folder / si.LOCK_FILE)
    with reopen(db_path) as kb:
        saved = kb.contacts.create(m.Contact(first_name="Efter", last_name="Låset")).record
        # written at once: a write that waited out the lock would have queued the record instead
        # (bench/index_repair.py prints how long the save took)
        assert [h.id for h in kb.search.search("låset").hits] == [saved.id]
        assert kb.db.execute("SELECT count(*) FROM index_queue").fetchone()[0] == 0
        report = kb.search.verify()
        assert report.consistent and not report.writer_busy


@pytest.mark.slow  # a child process, killed
def test_a_write_lock_held_by_a_live_process_queues_the_update_without_an_error(db_path, monkeypatch):
    with reopen(db_path) as kb:
        populate(kb)
    monkeypatch.setattr(locking, "WRITER_TIMEOUT", 0.3)
    child = _child("hold-lock", str(si.index_folder(db_path)))
    try:
        _wait_for_line(child, "locked")
        with reopen(db_path) as kb:
            saved = kb.contacts.create(m.Contact(first_name="Väntar", last_name="Påkön")).record
            assert kb.contacts.get(saved.id).last_name == "Påkön"  # the database write stands
            assert kb.db.execute("SELECT entity, row_id FROM index_queue").fetchall() == [("contact", saved.id)]
            assert kb.search.verify().writer_busy
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    with reopen(db_path) as kb:  # open repairs the queue
        assert titles(kb, "påkön") == ["Väntar Påkön"]
        assert kb.db.execute("SELECT count(*) FROM index_queue").fetchone()[0] == 0
        assert_index_matches(kb)


def test_leftovers_of_a_killed_build_are_removed_but_a_running_build_is_left_alone(db_path):
    with reopen(db_path) as kb:
        populate(kb)
        folder = kb.search.folder
    old = time.time() - 2 * si.LEFTOVER_SECONDS
    dead = folder.with_name(folder.name + ".new-dead0000")
    dead.mkdir()
    (dead / "junk.seg").write_bytes(b"x")
    for path in (dead / "junk.seg", dead):
        os.utime(path, (old, old))
    running = folder.with_name(folder.name + ".new-live0000")
    running.mkdir()
    tmp = folder / f"{si.STATE_FILE}.dead.tmp"
    tmp.write_text("{}")
    os.utime(tmp, (old, old))
    with si.folder_lock(running):  # as a build in another process holds it
        os.utime(running, (old, old))
        with reopen(db_path) as kb:
            assert kb.search.verify().consistent
        assert running.exists()
    assert not dead.exists() and not tmp.exists()
    with reopen(db_path):
        assert running.exists()  # unlocked but ... old now: removed next time
    os.utime(running, (old, old))
    for path in running.iterdir():
        os.utime(path, (old, old))
    with reopen(db_path):
        assert not running.exists()


def test_a_rebuild_swapped_in_by_another_process_is_seen_by_searches_and_writes(db_path):
    with reopen(db_path) as kb:
        populate(kb)
        assert titles(kb, "öberg")[0] == "Åsa Öberg"
        with sqlite3.connect(db_path) as other:  # another program renames her, then rebuilds the index
            other.execute("UPDATE contact SET last_name = 'Östlund', updated_at = '2030-01-01T00:00:00.000Z'")
        assert reindex(db_path) > 0
        kb.search.refresh()
        assert titles(kb, "östlund")[0] == "Åsa Östlund"
        saved = kb.contacts.create(m.Contact(first_name="Efter", last_name="Bytet")).record
        assert [h.id for h in kb.search.search("bytet").hits] == [saved.id]
        assert_index_matches(kb)
