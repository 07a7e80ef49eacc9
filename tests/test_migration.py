import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from db import DatabaseError, KnowledgeBase, SchemaTooNewError
from db.connection import read_schema_version
from db.schema import SCHEMA_VERSION

FIXTURE = Path(__file__).parent / "fixtures" / "schema1.db"


@pytest.fixture
def old_db(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    return path


def test_schema1_fixture_is_migrated_with_a_backup_first(old_db):
    original = hashlib.sha256(old_db.read_bytes()).hexdigest()
    assert read_schema_version(old_db) == 1
    with KnowledgeBase.open(old_db, user="testare", search=False) as kb:
        assert kb.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        contact = kb.contacts.list()[0]
        assert (contact.first_name, contact.last_name) == ("Test", "Testsson")
        assert kb.organisations.list()[0].name == "Örebro kommun"
        assert "index_queue" in kb.db.table_names()
        # The old log is kept and new writes continue it.
        kb.contacts.update(type(contact)(**{**vars(contact), "title": "CIO"}))
        actions = [r[0] for r in kb.db.execute("SELECT action FROM change_log ORDER BY seq")]
        assert actions == ["create", "create", "create", "update"]
    backups = list(old_db.parent.glob("old.v1-*.bak.db"))
    assert len(backups) == 1
    assert read_schema_version(backups[0]) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
    conn.close()
    assert original != hashlib.sha256(old_db.read_bytes()).hexdigest()


def test_current_database_takes_no_backup(tmp_path):
    path = tmp_path / "new.db"
    KnowledgeBase.open(path, search=False).close()
    KnowledgeBase.open(path, search=False).close()
    assert [p.name for p in tmp_path.iterdir() if ".bak" in p.name] == []


def test_failed_step_rolls_back_that_step(old_db, monkeypatch):
    from db import schema

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS[:1], [*schema.MIGRATIONS[1], "THIS IS NOT SQL"]])
    monkeypatch.setattr("db.connection.MIGRATIONS", schema.MIGRATIONS)
    with pytest.raises(DatabaseError) as exc:
        KnowledgeBase.open(old_db, search=False)
    assert exc.value.code == "cannot_open_database"
    assert read_schema_version(old_db) == 1
    conn = sqlite3.connect(old_db)
    assert "index_queue" not in [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    conn.close()


def test_newer_schema_is_refused_untouched(old_db):
    conn = sqlite3.connect(old_db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = old_db.read_bytes()
    with pytest.raises(SchemaTooNewError) as exc:
        KnowledgeBase.open(old_db)
    assert exc.value.params == {"path": str(old_db), "version": SCHEMA_VERSION + 1, "supported": SCHEMA_VERSION}
    assert old_db.read_bytes() == before
    assert not list(old_db.parent.glob("*.bak*"))
