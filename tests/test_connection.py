"""Opening database files: pragmas, refusing what is not ours, permissions, migration with a backup."""

import hashlib
import os
import sqlite3
import stat
from contextlib import closing

import pytest

from cli.messages import describe_error
from db import DatabaseError, KnowledgeBase, SchemaTooNewError, open_database
from db import models as m
from db.connection import BUSY_TIMEOUT_MS, read_schema_version
from db.schema import ENTITY_TABLES, SCHEMA_VERSION


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def user_version(path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def pragma(kb, name):
    return kb.db.execute(f"PRAGMA {name}").fetchone()[0]


# --- pragmas -----------------------------------------------------------------------------------------------


def test_wal_foreign_keys_busy_timeout(kb):
    assert pragma(kb, "journal_mode") == "wal"
    assert pragma(kb, "foreign_keys") == 1
    assert pragma(kb, "busy_timeout") == BUSY_TIMEOUT_MS
    assert BUSY_TIMEOUT_MS >= 5000
    assert pragma(kb, "synchronous") == 2  # FULL
    assert pragma(kb, "user_version") == SCHEMA_VERSION


def test_wal_mode_is_stored_in_the_file(kb, db_path):
    kb.close()
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_are_enforced_by_sqlite(kb):
    with pytest.raises(sqlite3.IntegrityError):
        kb.db.execute("INSERT INTO affiliation (id, created_at, updated_at, contact_id, organisation_id)"
                      " VALUES ('a', 'x', 'x', 'ingen', 'ingen')")


def test_every_table_is_there(kb):
    names = set(kb.db.table_names())
    assert set(ENTITY_TABLES) | {"meta", "change_log", "index_queue"} <= names


def test_device_id_created_once(db_path):
    with KnowledgeBase.open(db_path) as kb:
        device = kb.device_id
        assert device
    with KnowledgeBase.open(db_path) as kb:
        assert kb.device_id == device
        rows = kb.db.execute("SELECT count(*) FROM meta WHERE key = 'device_id'").fetchone()[0]
        assert rows == 1


def test_in_memory_database():
    with KnowledgeBase.open(":memory:", user="t") as kb:
        kb.organisations.create(m.Organisation(name="Åre kommun"))
        assert [o.name for o in kb.organisations.list()] == ["Åre kommun"]


def test_two_knowledge_bases_on_one_file_see_each_others_writes(db_path):
    with KnowledgeBase.open(db_path, user="a") as a, KnowledgeBase.open(db_path, user="b") as b:
        rec = a.organisations.create(m.Organisation(name="A")).record
        assert b.organisations.get(rec.id).name == "A"


# --- files that are not ours ----------------------------------------------------------------------------------


def make_too_new(path) -> None:
    with KnowledgeBase.open(path) as kb:
        kb.organisations.create(m.Organisation(name="Från framtiden"))
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.commit()
    assert not os.path.exists(f"{path}-wal") or os.path.getsize(f"{path}-wal") == 0


def test_newer_schema_refused_and_file_unchanged(db_path):
    make_too_new(db_path)
    before, mtime = digest(db_path), os.stat(db_path).st_mtime_ns
    with pytest.raises(SchemaTooNewError) as exc:
        open_database(db_path)
    assert exc.value.params["version"] == SCHEMA_VERSION + 1
    assert "not changed" in describe_error(exc.value)  # as the command line says it
    with pytest.raises(SchemaTooNewError):
        KnowledgeBase.open(db_path)
    assert isinstance(exc.value, DatabaseError)
    assert digest(db_path) == before
    assert os.stat(db_path).st_mtime_ns == mtime
    assert user_version(db_path) == SCHEMA_VERSION + 1
    assert not list(db_path.parent.glob("*.bak*"))


def test_read_schema_version_does_not_write(db_path):
    make_too_new(db_path)
    before = digest(db_path)
    assert read_schema_version(db_path) == SCHEMA_VERSION + 1
    assert digest(db_path) == before


@pytest.mark.parametrize("content", [
    b"Namn;Organisation\nAnna;UU\n" * 20,
    bytes(range(256)) * 8,
    b"SQLite format 3\x00" + b"\xff" * 200,  # a damaged header
])
def test_non_sqlite_file_gives_a_clear_error(tmp_path, content):
    path = tmp_path / "kontakter.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseError) as exc:
        KnowledgeBase.open(path)
    assert exc.value.code in ("not_a_database", "cannot_open_database")
    assert exc.value.params["path"] == str(path)
    assert path.read_bytes() == content


def make_foreign(path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE recept (namn TEXT, ingredienser TEXT)")
        conn.execute("INSERT INTO recept VALUES ('Kanelbulle', 'mjöl, smör, kanel')")
        conn.commit()


def test_sqlite_file_of_another_program_is_refused(tmp_path):
    path = tmp_path / "recept.db"
    make_foreign(path)
    with pytest.raises(DatabaseError) as exc:
        KnowledgeBase.open(path)
    assert exc.value.code == "foreign_database"
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT namn FROM recept").fetchall() == [("Kanelbulle",)]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"recept"}


def test_sqlite_file_of_another_program_is_left_byte_for_byte(tmp_path):
    path = tmp_path / "recept.db"
    make_foreign(path)
    before = digest(path)
    with pytest.raises(DatabaseError):
        KnowledgeBase.open(path)
    assert digest(path) == before


def test_missing_file_without_create(tmp_path):
    path = tmp_path / "saknas.db"
    with pytest.raises(DatabaseError) as exc:
        KnowledgeBase.open(path, create=False)
    assert (exc.value.code, exc.value.params) == ("no_such_database", {"path": str(path)})
    assert not path.exists()


def test_empty_file_is_a_new_database(tmp_path):
    path = tmp_path / "tom.db"
    path.touch()
    with KnowledgeBase.open(path) as kb:
        assert pragma(kb, "user_version") == SCHEMA_VERSION


def test_missing_folder_is_created(tmp_path):
    path = tmp_path / "ny" / "mapp" / "kb.db"
    with KnowledgeBase.open(path) as kb:
        kb.organisations.create(m.Organisation(name="A"))
    assert path.exists()


# --- permissions -------------------------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_file_is_private(db_path):
    old = os.umask(0o022)
    try:
        with KnowledgeBase.open(db_path) as kb:
            kb.organisations.create(m.Organisation(name="A"))
            assert mode(db_path) == 0o600
            for extra in (f"{db_path}-wal", f"{db_path}-shm"):
                if os.path.exists(extra):
                    assert mode(extra) == 0o600, extra
    finally:
        os.umask(old)
    assert mode(db_path) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_existing_readable_file_is_made_private(db_path):
    with KnowledgeBase.open(db_path):
        pass
    os.chmod(db_path, 0o644)
    with KnowledgeBase.open(db_path):
        assert mode(db_path) == 0o600


# --- migration ----------------------------------------------------------------------------------------------------


def make_v1(path) -> str:
    """A database at schema version 1 with one organisation in it; returns its id."""
    db = open_database(path, target=1)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
        assert "index_queue" not in db.table_names()
        kb = KnowledgeBase(db, user="gammal")
        org_id = kb.organisations.create(m.Organisation(name="Örebro kommun", kind="kommun")).record.id
    finally:
        db.close()
    return org_id


def test_version_1_is_migrated_with_a_backup_beside_it(db_path):
    org_id = make_v1(db_path)
    assert user_version(db_path) == 1
    with KnowledgeBase.open(db_path, user="ny") as kb:
        assert pragma(kb, "user_version") == SCHEMA_VERSION
        assert "index_queue" in kb.db.table_names()
        indexes = {r[0] for r in kb.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"change_log_hlc", "organisation_org_number"} <= indexes
        assert kb.organisations.get(org_id).name == "Örebro kommun"
        kb.organisations.create(m.Organisation(name="Ny efter migreringen"))
    backups = [p for p in db_path.parent.iterdir() if ".v1-" in p.name]
    assert len(backups) == 1
    backup = backups[0]
    assert backup.name.startswith("kb.v1-")
    assert backup.parent == db_path.parent
    assert user_version(backup) == 1
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("SELECT name FROM organisation").fetchall() == [("Örebro kommun",)]
        assert conn.execute("SELECT count(*) FROM change_log").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "index_queue" not in tables
    if os.name == "posix":
        assert mode(backup) == 0o600


def test_migrated_database_opens_again_without_another_backup(db_path):
    make_v1(db_path)
    with KnowledgeBase.open(db_path):
        pass
    with KnowledgeBase.open(db_path) as kb:
        assert pragma(kb, "user_version") == SCHEMA_VERSION
        assert kb.organisations.count() == 1
    assert len([p for p in db_path.parent.iterdir() if ".v1-" in p.name]) == 1


def test_new_database_takes_no_backup(db_path):
    with KnowledgeBase.open(db_path):
        pass
    with KnowledgeBase.open(db_path):
        pass
    assert sorted(p.name for p in db_path.parent.iterdir() if ".bak" in p.name or ".v" in p.name) == []


def test_change_log_continues_across_migration(db_path):
    org_id = make_v1(db_path)
    with KnowledgeBase.open(db_path, user="ny") as kb:
        org = kb.organisations.get(org_id)
        kb.organisations.update(m.Organisation(**{**vars(org), "name": "Örebro kommun (ny)"}))
        rows = kb.db.execute("SELECT hlc, author, action FROM change_log ORDER BY seq").fetchall()
    assert [(r[1], r[2]) for r in rows] == [("gammal", "create"), ("ny", "update")]
    assert rows[0][0] < rows[1][0]
