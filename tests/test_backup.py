"""Backups and restore on real files: online copies, checks, rotation, restore, the commands."""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import stat
import sys
import threading
import time
import uuid
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cli.backup_commands import add_parsers
from cli.main import Parser, run
from db import KnowledgeBase, open_database
from db import models as m
from db.care.backup import BackupError, BackupInfo, backup_now, take_backup
from db.care.backup_check import verify_backup
from db.care.backup_rotation import (
    auto_backup,
    backups_to_keep,
    list_backups,
    parse_backup_name,
    rotate,
    take_auto_backup,
)
from db.care.check import check_database
from db.care.restore import restore_backup
from db.errors import Message
from db.paths import default_backup_dir
from db.schema import SCHEMA_VERSION
from db.search.whoosh_engine import index_folder
from tests.helpers import populate

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def query(path: Path, sql: str, params=()) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return conn.execute(sql, params).fetchall()


def contact_names(path: Path) -> set[str]:
    return {row[0] for row in query(path, "SELECT last_name FROM contact")}


def raised(function, *args, **kwargs) -> BackupError:
    """The BackupError the call raises (its code and parameters are what the tests check)."""
    with pytest.raises(BackupError) as info:
        function(*args, **kwargs)
    return info.value


def codes(messages: list[Message]) -> list[str]:
    return [message.code for message in messages]


def add_contact(kb: KnowledgeBase, first: str, last: str) -> str:
    return kb.contacts.create(m.Contact(first_name=first, last_name=last)).record.id


@pytest.fixture
def filled(db_path) -> Path:
    """A closed database holding one of everything (Åsa Öberg among the contacts)."""
    with KnowledgeBase.open(db_path, user="testare", search=False) as kb:
        populate(kb)
    return db_path


@pytest.fixture
def folder(tmp_path) -> Path:
    return tmp_path / "backups"


# --- taking a backup ---------------------------------------------------------------------------------------


def test_backup_is_a_sound_self_contained_private_file(filled, folder):
    info = backup_now(filled, folder)
    assert info.path.parent == folder and info.path.is_file()
    assert info.size == info.path.stat().st_size > 0
    assert info.reason == "manual"
    assert check_database(info.path)[1] == []
    assert query(info.path, "PRAGMA integrity_check") == [("ok",)]
    assert query(info.path, "PRAGMA journal_mode") == [("delete",)]
    assert contact_names(info.path) == {"Öberg"}
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name]  # no -wal, no temp file left
    assert mode(info.path) == 0o600
    assert mode(folder) == 0o700


def test_default_folder_is_the_databases_own_backup_folder(filled):
    info = backup_now(filled)
    assert info.path.parent == default_backup_dir(filled)
    assert mode(info.path.parent) == 0o700
    assert list_backups(default_backup_dir(filled)) == [info]


def test_file_names_are_sortable_and_unique_within_a_second(filled, folder):
    first = backup_now(filled, folder)
    second = backup_now(filled, folder, reason="auto")
    third = backup_now(filled, folder, reason="auto")
    assert first.path.name.startswith("kb-") and first.path.name.endswith("-manual.db")
    stamp = first.path.name[len("kb-"):-len("-manual.db")]
    assert datetime.strptime(stamp, "%Y-%m-%dT%H%M%S").replace(tzinfo=UTC) == first.taken_at
    assert abs(first.taken_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert len({first.path, second.path, third.path}) == 3
    assert parse_backup_name(first.path.name) == (first.taken_at, "manual", 1)
    assert [b.path for b in list_backups(folder)] == [third.path, second.path, first.path]


def test_backup_taken_while_another_connection_is_mid_write_holds_only_committed_data(filled, folder):
    writer = sqlite3.connect(filled, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE contact SET last_name = 'Halvskriven'")
    try:
        info = backup_now(filled, folder)
    finally:
        writer.execute("COMMIT")
        writer.close()
    assert contact_names(info.path) == {"Öberg"}
    assert check_database(info.path)[1] == []
    assert contact_names(filled) == {"Halvskriven"}


def test_backups_during_a_stream_of_writes_are_each_consistent(db_path, folder):
    with KnowledgeBase.open(db_path, user="testare", search=False) as kb:
        add_contact(kb, "Åsa", "Öberg")
    started, stop, failures = threading.Event(), threading.Event(), []

    def write() -> None:
        try:
            with KnowledgeBase.open(db_path, user="testare", search=False) as kb:
                number = 0
                while not stop.is_set():
                    number += 1
                    add_contact(kb, "Testa", f"Skrivsson {number}")
                    started.set()
        except Exception as exc:  # reported below; a thread's exception would be lost
            failures.append(exc)
            started.set()

    thread = threading.Thread(target=write)
    thread.start()
    infos = []
    try:
        assert started.wait(30)
        for _ in range(4):
            infos.append(backup_now(db_path, folder))
            time.sleep(0.1)
    finally:
        stop.set()
        thread.join()
    assert failures == []
    counts = []
    for info in infos:
        contacts = query(info.path, "SELECT count(*) FROM contact")[0][0]
        logged = query(info.path, "SELECT count(*) FROM change_log WHERE entity = 'contact' AND action = 'create'")
        assert contacts == logged[0][0]  # each contact with its change-log entry: one consistent moment
        assert query(info.path, "PRAGMA integrity_check") == [("ok",)]
        counts.append(contacts)
    assert counts == sorted(counts) and counts[-1] > counts[0]  # the writer really wrote meanwhile


def test_backup_through_the_apps_own_connection(kb, folder):
    add_contact(kb, "Åsa", "Öberg")
    info = backup_now(kb.path, folder, conn=kb.db.conn)
    assert contact_names(info.path) == {"Öberg"}
    with kb.transaction():
        add_contact(kb, "Björn", "Ärlig")
        with pytest.raises(ValueError, match="transaction"):
            backup_now(kb.path, folder, conn=kb.db.conn)


def test_backup_and_auto_backup_of_an_open_knowledge_base(kb, folder):
    add_contact(kb, "Åsa", "Öberg")
    info = take_backup(kb, folder, reason="manual")
    assert (info.reason, contact_names(info.path)) == ("manual", {"Öberg"})
    assert take_auto_backup(kb, folder) is None  # the newest is seconds old
    add_contact(kb, "Björn", "Ärlig")
    auto = take_auto_backup(kb, folder, min_age=timedelta(0))
    assert auto is not None and contact_names(auto.path) == {"Öberg", "Ärlig"}
    with kb.transaction(), pytest.raises(ValueError, match="transaction"):
        take_backup(kb, folder)


def test_backup_to_an_exact_file(filled, tmp_path):
    target = tmp_path / "ut" / "kopia.db"
    target.parent.mkdir()
    info = backup_now(filled, target=target)
    assert info.path == target and check_database(target)[1] == []
    assert mode(target) == 0o600
    assert raised(backup_now, filled, target=target).message == Message("file_exists", {"path": str(target)})
    assert raised(backup_now, filled, target=tmp_path / "saknas" / "kopia.db").message == Message(
        "no_such_folder", {"path": str(tmp_path / "saknas")})


def test_a_copy_that_fails_its_check_is_never_kept(tmp_path, folder):
    foreign = tmp_path / "annat.db"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE kunder (namn TEXT)")
        conn.commit()
    error = raised(backup_now, foreign, folder)
    assert error.message == Message("backup_failed_check", {"database": str(foreign),
                                                            "problems": [Message("backup_not_ours")]})
    assert list(folder.iterdir()) == []
    garbage = tmp_path / "skräp.db"
    garbage.write_bytes("det här är ingen databas".encode() * 200)
    error = raised(backup_now, garbage, folder)
    assert (error.code, error.params["database"]) == ("backup_failed", str(garbage))
    assert error.params["reason"] == Message("sqlite_error", {"detail": "file is not a database"})
    assert list(folder.iterdir()) == []
    assert raised(backup_now, tmp_path / "saknas.db", folder).message == Message(
        "no_such_database_file", {"path": str(tmp_path / "saknas.db")})
    with pytest.raises(ValueError, match="reason"):
        backup_now(garbage, folder, reason="weekly")


# --- checking a backup -------------------------------------------------------------------------------------


def corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file (tables and indexes), keeping the header."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(3 * page, min(len(data), 12 * page), page):
        data[start + 100:start + page - 100] = os.urandom(page - 200)
    path.write_bytes(bytes(data))


def test_verify_accepts_a_good_backup(filled, folder):
    assert verify_backup(backup_now(filled, folder).path) == []


def test_verify_names_each_kind_of_bad_file(filled, folder, tmp_path):
    damaged = backup_now(filled, folder).path
    corrupt(damaged)
    assert codes(verify_backup(damaged)) in (["backup_damaged"], ["backup_integrity_failed"])

    foreign = tmp_path / "annat.db"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE kunder (namn TEXT)")
        conn.commit()
    assert verify_backup(foreign) == [Message("backup_not_ours")]

    newer = backup_now(filled, folder).path
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
    assert verify_backup(newer) == [Message("backup_schema_too_new", {"version": SCHEMA_VERSION + 1,
                                                                      "supported": SCHEMA_VERSION})]

    text = tmp_path / "anteckning.db"
    text.write_text("Åsa Öberg ringer tillbaka", encoding="utf-8")
    assert verify_backup(text) == [Message("backup_not_sqlite")]
    empty = tmp_path / "tom.db"
    empty.touch()
    assert verify_backup(empty) == [Message("backup_empty")]
    assert verify_backup(tmp_path / "saknas.db") == [Message("backup_missing")]


# --- rotation ----------------------------------------------------------------------------------------------


def fake_backup(folder: Path, moment: datetime, reason: str = "auto") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"kb-{moment.astimezone(UTC):%Y-%m-%dT%H%M%S}-{reason}.db"
    path.write_bytes(b"x")
    return path


@pytest.fixture
def stockholm(monkeypatch):
    """Rotation counts days in local time: run it in Swedish time."""
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def kept_days(folder: Path) -> set[date]:
    return {b.taken_at.astimezone().date() for b in list_backups(folder)}


def test_rotation_over_a_year_of_daily_backups_keeps_days_weeks_and_months(folder, stockholm):
    day = datetime(2025, 1, 1, 7, 15, tzinfo=UTC)
    removed = []
    while day.year == 2025:
        fake_backup(folder, day)
        removed += rotate(folder, now=day + timedelta(minutes=1))
        day += timedelta(days=1)
    expected = {date(2025, 12, d) for d in range(25, 32)}  # the last 7 days
    expected |= {date(2025, 12, 14), date(2025, 12, 21)}  # newest of the 3 weeks before (week 52 is in the days)
    expected |= {date(2025, month + 1, 1) - timedelta(days=1) for month in range(1, 12)}  # ends of Jan ... Nov
    assert kept_days(folder) == expected
    assert len(removed) == 365 - len(expected)
    assert not any(path.exists() for path in removed)
    # Stable: the same rules applied once to what is left remove nothing more.
    assert rotate(folder, now=datetime(2025, 12, 31, 8, 0, tzinfo=UTC)) == []


def test_rotation_never_removes_the_newest_and_keeps_recent_safety_backups(folder, stockholm):
    now = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
    newest = fake_backup(folder, now - timedelta(days=400))
    assert rotate(folder, daily=0, weekly=0, monthly=0, now=now) == []
    recent = fake_backup(folder, now - timedelta(days=29), "pre-restore")
    migration = fake_backup(folder, now - timedelta(days=20), "pre-migration")
    old = fake_backup(folder, now - timedelta(days=31), "pre-restore")
    manual = fake_backup(folder, now - timedelta(days=10), "manual")
    latest = fake_backup(folder, now - timedelta(hours=1))
    foreign = folder / "semesterbild.jpg"
    foreign.write_bytes(b"jpg")
    removed = rotate(folder, daily=0, weekly=0, monthly=0, now=now)
    assert sorted(removed) == sorted([newest, old, manual])
    assert {b.path for b in list_backups(folder)} == {recent, migration, latest}
    assert foreign.exists()


def test_rotation_removes_leftover_temporary_files(folder):
    folder.mkdir()
    leftover = folder / ".kb-backup-abc123.tmp"
    leftover.write_bytes(b"halvskriven")
    fresh = folder / ".kb-backup-def456.tmp"
    fresh.write_bytes(b"skrivs nu")
    day_ago = time.time() - 2 * 24 * 3600
    os.utime(leftover, (day_ago, day_ago))
    assert rotate(folder) == [leftover]
    assert fresh.exists()


moments = st.lists(st.integers(min_value=0, max_value=3 * 365 * 24 * 3600), min_size=1, max_size=40, unique=True)


@settings(max_examples=60, deadline=None)
@given(moments, st.integers(0, 10), st.integers(0, 6), st.integers(0, 14))
def test_rotation_rules_hold_for_any_set_of_backups(offsets, daily, weekly, monthly):
    start = datetime(2023, 1, 1, tzinfo=UTC)
    now = start + timedelta(seconds=max(offsets) + 3600)
    backups = sorted((BackupInfo(Path(f"/b/{o}.db"), start + timedelta(seconds=o), "auto", 1) for o in offsets),
                     key=lambda b: b.taken_at, reverse=True)
    # newest=1: one kind of backup, days, weeks and months alone (tests/test_backup_folders.py: the newest of each kind)
    keep = backups_to_keep(backups, daily=daily, weekly=weekly, monthly=monthly, now=now, newest=1)
    assert backups[0].path in keep
    assert len(keep) <= max(1, daily + weekly + monthly)
    days = {b.taken_at.astimezone().date() for b in backups if b.path in keep}
    assert len(days) == len(keep)  # never two of one day
    remaining = [b for b in backups if b.path in keep]
    assert backups_to_keep(remaining, daily=daily, weekly=weekly, monthly=monthly, now=now, newest=1) == keep


# --- automatic backups -------------------------------------------------------------------------------------


def test_auto_backup_when_due_then_rotates(filled, folder):
    ancient = fake_backup(folder, datetime.now(UTC) - timedelta(days=800))
    first = auto_backup(filled, folder)
    assert first is not None and first.reason == "auto"
    assert check_database(first.path)[1] == []
    assert not ancient.exists()  # rotated away
    assert auto_backup(filled, folder) is None  # the newest is minutes old
    second = auto_backup(filled, folder, min_age=timedelta(0))
    assert second is not None and second.path != first.path
    assert list_backups(folder)[0] == second


def test_auto_backup_counts_a_recent_backup_of_any_reason(filled, folder):
    backup_now(filled, folder, reason="manual")
    assert auto_backup(filled, folder) is None
    assert [b.reason for b in list_backups(folder)] == ["manual"]


# --- restore -----------------------------------------------------------------------------------------------


def write_audit(path: Path, action: str, entity: str | None, row_id: str | None, details: str = "{}") -> str:
    row = str(uuid.uuid4())
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("INSERT INTO audit (id, at, author, action, entity, row_id, details) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [row, "2026-11-27T08:15:00.000Z", "testare", action, entity, row_id, details])
        conn.commit()
    return row


def test_restore_replaces_the_data_and_keeps_a_safety_backup(filled, folder):
    backup = backup_now(filled, folder)
    with KnowledgeBase.open(filled, user="testare") as kb:  # with its search index
        add_contact(kb, "Björn", "Ärlig")
    assert index_folder(filled).is_dir()
    result = restore_backup(backup.path, filled, folder=folder)
    assert result.restored_from == backup.path
    assert contact_names(filled) == {"Öberg"}
    assert result.safety_backup is not None and result.safety_backup.parent == folder
    assert result.safety_backup.name.endswith("-pre-restore.db")
    assert contact_names(result.safety_backup) == {"Öberg", "Ärlig"}
    assert verify_backup(result.safety_backup) == []
    assert not index_folder(filled).exists()
    assert not Path(f"{filled}-wal").exists() and not Path(f"{filled}-shm").exists()
    assert mode(filled) == 0o600
    assert [p.name for p in filled.parent.iterdir() if p.name.startswith(".kb-backup")] == []
    assert check_database(filled)[1] == []
    with KnowledgeBase.open(filled, user="testare") as kb:  # opens normally, index rebuilt
        assert kb.search is not None
        assert "Åsa Öberg" in [hit.title for hit in kb.search.search("Öberg").hits]


def test_restore_carries_audit_rows_over_and_reports_erased_contacts(db_path, folder):
    with KnowledgeBase.open(db_path, user="testare", search=False) as kb:
        kept = add_contact(kb, "Åsa", "Öberg")
        erased = add_contact(kb, "Cecilia", "Östlund")
    backup = backup_now(db_path, folder)
    with KnowledgeBase.open(db_path, user="testare", search=False) as kb:
        later = add_contact(kb, "David", "Åkesson")
    with closing(sqlite3.connect(db_path)) as conn:  # what an erasure leaves: no row, an audit entry by id
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM contact WHERE id IN (?, ?)", [erased, later])
        conn.commit()
    erase_rows = [write_audit(db_path, "erase", "contact", erased), write_audit(db_path, "erase", "contact", later)]
    extract = write_audit(db_path, "extract", "contact", kept)

    result = restore_backup(backup.path, db_path, folder=folder, user="testare")
    assert result.erased_ids == [erased]  # the later contact is not in the backup
    assert result.pending_audit == []
    audit = {row[0]: row[1:] for row in query(db_path, "SELECT id, action, row_id, details FROM audit")}
    assert set(erase_rows) | {extract} <= set(audit)
    restores = [row for row in audit.values() if row[0] == "restore"]
    assert len(restores) == 1
    details = json.loads(restores[0][2])
    assert details == {"backup": backup.path.name, "taken_at": backup.taken_at.isoformat()}
    assert "Östlund" not in restores[0][2] and "Öberg" not in restores[0][2]
    assert query(db_path, "SELECT author FROM audit WHERE action = 'restore'") == [("testare",)]
    # The rows the restored file lacked, and the restore itself, are in its change log too (the
    # office's other computers see the audit list), with the file's own device id.
    (device,) = query(db_path, "SELECT value FROM meta WHERE key = 'device_id'")[0]
    logged = {row_id: (action, device_id, json.loads(after)) for row_id, action, device_id, after in query(
        db_path, "SELECT row_id, action, device_id, after FROM change_log WHERE entity = 'audit'")}
    assert set(logged) == set(audit) and {v[:2] for v in logged.values()} == {("create", device)}
    (restore_id,) = [row_id for row_id, row in audit.items() if row[0] == "restore"]
    assert logged[restore_id][2]["details"] == details and logged[restore_id][2]["author"] == "testare"


def test_restore_of_an_older_schema_keeps_audit_rows_for_later_and_migrates_on_open(filled, folder, tmp_path):
    old = tmp_path / "schema1.db"
    shutil.copyfile(FIXTURES / "schema1.db", old)
    erase = write_audit(filled, "erase", "contact", "ingen-sådan")
    result = restore_backup(old, filled, folder=folder)
    assert [row["id"] for row in result.pending_audit][:1] == [erase]
    assert [row["action"] for row in result.pending_audit] == ["erase", "restore"]
    assert result.erased_ids == []
    assert query(filled, "PRAGMA user_version") == [(1,)]
    open_database(filled).close()
    assert query(filled, "PRAGMA user_version") == [(SCHEMA_VERSION,)]


def test_restore_into_a_missing_database_needs_no_safety_backup(filled, folder, tmp_path):
    backup = backup_now(filled, folder)
    target = tmp_path / "ny.db"
    result = restore_backup(backup.path, target, folder=folder)
    assert result.safety_backup is None
    assert contact_names(target) == {"Öberg"}


def test_restore_over_a_damaged_database_keeps_its_bytes(filled, folder):
    backup = backup_now(filled, folder)
    corrupt(filled)
    damaged = filled.read_bytes()[100:]  # after the header, where leaving WAL mode writes
    result = restore_backup(backup.path, filled, folder=folder)
    assert result.safety_backup is not None and result.safety_backup.read_bytes()[100:] == damaged
    assert check_database(filled)[1] == []


@pytest.mark.parametrize("spoil, reasons", [
    (corrupt, (["backup_damaged"], ["backup_integrity_failed"])),
    (lambda p: p.write_bytes(b"inte en databas" * 100), (["backup_not_sqlite"],)),
    (lambda p: sqlite3.connect(p).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}").connection.close(),
     (["backup_schema_too_new"],)),
])
def test_restore_refuses_a_bad_backup_and_changes_nothing(filled, folder, spoil, reasons):
    backup = backup_now(filled, folder).path
    spoil(backup)
    before = digest(filled)
    error = raised(restore_backup, backup, filled, folder=folder)
    assert (error.code, error.params["path"]) == ("cannot_restore", str(backup))  # "... Nothing was changed"
    assert codes(error.params["problems"]) in reasons
    assert digest(filled) == before
    assert [b.reason for b in list_backups(folder)] == ["manual"]  # no safety backup taken


def test_restore_refuses_a_foreign_backup_and_a_foreign_target(filled, folder, tmp_path):
    foreign = tmp_path / "annat.db"
    with closing(sqlite3.connect(foreign)) as conn:
        conn.execute("CREATE TABLE kunder (namn TEXT)")
        conn.commit()
    assert raised(restore_backup, foreign, filled, folder=folder).message == Message(
        "cannot_restore", {"path": str(foreign), "problems": [Message("backup_not_ours")]})
    backup = backup_now(filled, folder)
    before = digest(foreign)
    assert raised(restore_backup, backup.path, foreign, folder=folder).message == Message(
        "restore_target_not_ours", {"path": str(foreign)})
    assert digest(foreign) == before


def test_restore_refused_while_another_connection_holds_a_write_transaction(filled, folder):
    backup = backup_now(filled, folder)
    writer = sqlite3.connect(filled, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE contact SET last_name = 'Pågående'")
    try:
        assert raised(restore_backup, backup.path, filled, folder=folder).message == Message(
            "database_in_use", {"path": str(filled)})
    finally:
        writer.execute("COMMIT")
        writer.close()
    assert contact_names(filled) == {"Pågående"}
    assert [b.reason for b in list_backups(folder)] == ["manual"]


def test_restore_refused_while_the_app_has_the_database_open(filled, folder):
    backup = backup_now(filled, folder)
    with KnowledgeBase.open(filled, user="testare", search=False) as kb:
        assert raised(restore_backup, backup.path, filled, folder=folder).code == "database_in_use"
        add_contact(kb, "Björn", "Ärlig")  # the open app still works
    assert contact_names(filled) == {"Öberg", "Ärlig"}


def test_restore_refuses_a_missing_file_and_the_database_itself(filled, folder, tmp_path):
    assert raised(restore_backup, tmp_path / "saknas.db", filled, folder=folder).message == Message(
        "no_such_backup_file", {"path": str(tmp_path / "saknas.db")})
    assert raised(restore_backup, filled, filled, folder=folder).message == Message(
        "backup_is_the_database", {"path": str(filled)})


# --- the commands ------------------------------------------------------------------------------------------


def cli(capsys, *argv) -> tuple[int, str, str]:
    """The commands as cli/main.py runs them: a user error is one line on stderr and exit status 2."""
    parser = Parser(prog="kunskapsbanken")
    add_parsers(parser.add_subparsers(dest="command", parser_class=Parser))
    try:
        code = run(parser.parse_args([str(a) for a in argv]))
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def assert_user_error(result, *words):
    code, _, err = result
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    for word in words:
        assert word in err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_cli_backup_writes_rotates_and_lists(filled, capsys):
    folder = default_backup_dir(filled)
    ancient = fake_backup(folder, datetime.now(UTC) - timedelta(days=800))
    code, out, _ = cli(capsys, "backup", "--db", filled)
    assert code == 0
    backups = list_backups(folder)
    assert len(backups) == 1 and str(backups[0].path) in out and " s)" in out
    assert not ancient.exists() and "1 older backup(s) removed" in out
    code, out, _ = cli(capsys, "backup", "--list", "--db", filled)
    assert code == 0 and backups[0].path.name in out and "manual" in out


def test_cli_backup_to_a_file(filled, tmp_path, capsys):
    target = tmp_path / "kopia.db"
    code, out, _ = cli(capsys, "backup", "--db", filled, "-o", target)
    assert code == 0 and str(target) in out
    assert check_database(target)[1] == []
    assert list_backups(default_backup_dir(filled)) == []


def test_cli_backup_errors_are_one_line(filled, tmp_path, capsys):
    assert_user_error(cli(capsys, "backup", "--db", filled, "-o", tmp_path / "saknas" / "k.db"),
                      "no such folder", str(tmp_path / "saknas"))
    existing = tmp_path / "finns.db"
    existing.write_bytes(b"")
    assert_user_error(cli(capsys, "backup", "--db", filled, "-o", existing), "already exists")
    assert_user_error(cli(capsys, "backup", "--db", tmp_path / "saknas.db"), "no such database file")
    assert_user_error(cli(capsys, "backup", "--list", "--db", filled, "-o", existing), "--list")
    assert_user_error(cli(capsys, "backup"), "--db")


def test_cli_restore(filled, capsys, monkeypatch):
    backup = backup_now(filled)
    with KnowledgeBase.open(filled, user="testare", search=False) as kb:
        add_contact(kb, "Björn", "Ärlig")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, out, _ = cli(capsys, "restore", backup.path, "--db", filled, "--yes")
    assert code == 0
    assert f"restored {filled} from {backup.path}" in out
    assert "-pre-restore.db" in out
    assert contact_names(filled) == {"Öberg"}


def test_cli_restore_asks_on_a_terminal(filled, capsys, monkeypatch):
    backup = backup_now(filled)
    with KnowledgeBase.open(filled, user="testare", search=False) as kb:
        add_contact(kb, "Björn", "Ärlig")
    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    code, out, _ = cli(capsys, "restore", backup.path, "--db", filled)
    assert code == 1 and f"Replace {filled} with the backup of" in out and "nothing restored" in out
    assert contact_names(filled) == {"Öberg", "Ärlig"}
    monkeypatch.setattr(sys, "stdin", Terminal("j\n"))
    code, out, _ = cli(capsys, "restore", backup.path, "--db", filled)
    assert code == 0 and contact_names(filled) == {"Öberg"}


def test_cli_restore_errors_are_one_line(filled, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    backup = backup_now(filled).path
    before = digest(filled)
    assert_user_error(cli(capsys, "restore", backup, "--db", filled), "add --yes to confirm")
    assert_user_error(cli(capsys, "restore", tmp_path / "saknas.db", "--db", filled, "--yes"),
                      "no such backup file", str(tmp_path / "saknas.db"))
    corrupt(backup)
    assert_user_error(cli(capsys, "restore", backup, "--db", filled, "--yes"), "damaged", str(backup))
    writer = sqlite3.connect(filled, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        good = backup_now(filled, tmp_path / "andra").path
        assert_user_error(cli(capsys, "restore", good, "--db", filled, "--yes"), "in use")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert digest(filled) == before


def test_an_index_that_disagrees_with_its_table_is_found(filled, folder):
    """The check runs as quick_check plus integrity_check per table on two threads: an index whose
    entries do not match its rows (which quick_check alone does not see) must still be found."""
    info = backup_now(filled, folder)
    with closing(sqlite3.connect(info.path)) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX affiliation_contact ON affiliation(role)'"
                     " WHERE name = 'affiliation_contact'")
        conn.commit()
    with closing(sqlite3.connect(info.path)) as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    problems = verify_backup(info.path)
    assert codes(problems) == ["backup_integrity_failed"], problems
    assert "affiliation_contact" in problems[0].params["detail"]
