"""SQLite's and the system's refusals as one line on the command line (exit 2, never a traceback),
with nothing half-written: a database busy for longer than the timeout, a full disk at commit,
a file name that is not valid UTF-8 (issue 11, defect 5)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from cli.main import main as cli_main
from db import KnowledgeBase
from db import models as m
from db.demo import create_demo
from tests.faults import fill, small_filesystem, write_lock_held

ROOT = Path(__file__).resolve().parents[1]
SHORT_BUSY_MS = "300"


def run(*args: str | bytes | Path, strict_utf8: bool = False) -> subprocess.CompletedProcess:
    """The real command line in a child process; its output as bytes (checked to be UTF-8 by the caller).
    strict_utf8: stdout and stderr encode strictly, as in a sv_SE.UTF-8 terminal (C.UTF-8 would be lenient)."""
    env = {**os.environ, "KUNSKAPSBANKEN_BUSY_TIMEOUT_MS": SHORT_BUSY_MS}
    env.pop("PYTHONIOENCODING", None)
    if strict_utf8:
        env["PYTHONIOENCODING"] = "utf-8:strict"
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, env=env,
                          timeout=120, check=False)


def one_line(result: subprocess.CompletedProcess, *words: str) -> str:
    """The child failed as a user error: exit 2, exactly one line on stderr holding the words."""
    err = result.stderr.decode("utf-8")  # strict: the command line writes valid UTF-8
    assert result.returncode == 2, (result.returncode, err)
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def state(db: Path) -> tuple:
    """What the database holds, table by table (row counts and the last change-log entry), and its
    integrity_check; read without writing anything. The backup_folder table is left out: the backup a
    failed import takes first is real, and its folder is rightly noted (db.care.backup_folders)."""
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'backup_folder' ORDER BY name")]
        counts = tuple((t, conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]) for t in tables)
        last = conn.execute("SELECT max(rowid) FROM change_log").fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    return counts, last, integrity


def vcards(count: int, prefix: str = "Person") -> str:
    return "".join(
        f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:{prefix}{i} Efternamn{i}\r\nN:Efternamn{i};{prefix}{i};;;\r\n"
        f"EMAIL:{prefix.lower()}{i}@example.se\r\nNOTE:{'anteckning ' * 20}\r\nEND:VCARD\r\n" for i in range(count))


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.db"
    with KnowledgeBase.open(path, user="testare", search=False) as kb:
        create_demo(kb)
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path) -> Path:
    path = tmp_path / "kb.db"
    path.write_bytes(demo_template.read_bytes())
    return path


def first_contact(db: Path) -> str:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT id FROM contact ORDER BY id LIMIT 1").fetchone()[0]


# --- a database busy for longer than the timeout ------------------------------------------------


@pytest.mark.parametrize("command", ["import vcf", "import csv", "gdpr erase", "gdpr retention erase"])
def test_a_busy_database_is_one_line_and_stays_as_it_was(demo_db, tmp_path, command):
    (tmp_path / "new.vcf").write_text(vcards(3), encoding="utf-8")
    (tmp_path / "new.csv").write_text("Förnamn,Efternamn,E-post\nBusy,Testsson,busy@example.se\n", encoding="utf-8")
    args = {
        "import vcf": ["import", tmp_path / "new.vcf", "--db", demo_db],
        "import csv": ["import", tmp_path / "new.csv", "--db", demo_db, "--type", "contact"],
        "gdpr erase": ["gdpr", "erase", first_contact(demo_db), "--db", demo_db, "--yes"],
        "gdpr retention erase": ["gdpr", "retention", "--db", demo_db, "--years", "1", "--erase", "--yes"],
    }[command]
    if command == "gdpr retention erase":
        with closing(sqlite3.connect(demo_db)) as conn, conn:
            conn.execute("UPDATE contact SET created_at = '2001-01-01T00:00:00.000Z'")
        listed = run("gdpr", "retention", "--db", demo_db, "--years", "1")
        assert b"0 contacts" not in listed.stdout, listed.stdout
    before = state(demo_db)
    with write_lock_held(demo_db):
        result = run(*args)
    line = one_line(result, "busy", "try again")
    assert line.startswith(f"kunskapsbanken {args[0]}: the database is busy: another program"), line
    assert state(demo_db) == before


def test_the_busy_timeout_can_be_shortened_for_tests_only_by_the_environment(demo_db, tmp_path):
    (tmp_path / "new.vcf").write_text(vcards(1), encoding="utf-8")
    with write_lock_held(demo_db) as holder:
        result = run("import", tmp_path / "new.vcf", "--db", demo_db)
        assert holder.poll() is None  # the lock was still held when the command gave up
    one_line(result, "busy")


# --- a full disk at commit -----------------------------------------------------------------------


def test_a_full_disk_at_commit_is_one_line_and_writes_nothing(tmp_path, monkeypatch):
    """A real full disk: the database on a small tmpfs, filled up; the import's backup goes to the
    user data folder elsewhere, so the import gets as far as its COMMIT."""
    source = tmp_path / "many.vcf"
    source.write_text(vcards(300), encoding="utf-8")
    with small_filesystem(tmp_path / "small", 2048) as small:
        db = small / "kb.db"
        with KnowledgeBase.open(db, user="testare") as kb:
            create_demo(kb)
        before = state(db)
        filler = fill(small, leave_bytes=100_000)
        result = run("import", source, "--db", db)
        line = one_line(result, "the disk is full")
        assert "rollback" not in line
        filler.unlink()
        assert state(db) == before
        checked = run("check", "--db", db)
        assert checked.returncode == 0, checked.stdout
        again = run("import", source, "--db", db)
        assert again.returncode == 0, again.stderr
        assert b"300 new" in again.stdout


def _full_at_commit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where no small filesystem can be mounted: COMMIT fails as SQLite fails it on a full disk
    (it has already rolled the transaction back, then reports SQLITE_FULL)."""
    import sqlite_utils

    execute = sqlite_utils.Database.execute

    def failing(self, sql, *args, **kwargs):
        if sql.strip().upper() == "COMMIT":
            self.conn.execute("ROLLBACK")
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode, error.sqlite_errorname = sqlite3.SQLITE_FULL, "SQLITE_FULL"
            raise error
        return execute(self, sql, *args, **kwargs)

    monkeypatch.setattr(sqlite_utils.Database, "execute", failing)


def test_a_full_disk_at_commit_injected_where_no_filesystem_can_be_mounted(demo_db, tmp_path, monkeypatch, capsys):
    source = tmp_path / "many.vcf"
    source.write_text(vcards(20), encoding="utf-8")
    before = state(demo_db)
    _full_at_commit(monkeypatch)
    assert cli_main(["import", str(source), "--db", str(demo_db)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["kunskapsbanken import: the disk is full"], err
    monkeypatch.undo()
    assert state(demo_db) == before


def test_a_failed_commit_raises_its_own_error_not_the_rollbacks(kb):
    import sqlite_utils

    execute = sqlite_utils.Database.execute
    with pytest.MonkeyPatch.context() as patch:
        _full_at_commit(patch)
        with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
            with kb.transaction():
                kb.contacts.create(m.Contact(first_name="Ingen", last_name="Alls"))
    assert sqlite_utils.Database.execute is execute
    assert kb.contacts.list() == []
    assert not kb.db.conn.in_transaction
    kb.contacts.create(m.Contact(first_name="Nästa", last_name="Gång"))  # the connection still works
    assert len(kb.contacts.list()) == 1


def test_a_statement_that_sqlite_rolled_back_keeps_its_error_in_nested_transactions(kb):
    def full() -> sqlite3.OperationalError:
        kb.db.conn.execute("ROLLBACK")  # what SQLite does by itself after SQLITE_FULL or an I/O error
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL
        return error

    with pytest.raises(sqlite3.OperationalError, match="full"):
        with kb.transaction():
            kb.contacts.create(m.Contact(first_name="Ytter", last_name="Nivå"))
            with kb.transaction():
                kb.contacts.create(m.Contact(first_name="Inre", last_name="Nivå"))
                raise full()
    # A caller that catches the nested failure cannot go on writing outside any transaction.
    with pytest.raises(sqlite3.OperationalError, match="full"):
        with kb.transaction():
            kb.contacts.create(m.Contact(first_name="Ytter", last_name="Nivå"))
            try:
                with kb.transaction():
                    raise full()
            except sqlite3.OperationalError:
                pass
            kb.contacts.create(m.Contact(first_name="Efter", last_name="Felet"))
    assert kb.contacts.list() == []
    assert not kb.db.conn.in_transaction
    kb.contacts.create(m.Contact(first_name="Sedan", last_name="Fungerar"))
    assert len(kb.contacts.list()) == 1


# --- the shared classification ------------------------------------------------------------------


def storage_error(error: sqlite3.Error):
    from db.care.reasons import storage_error as classify

    return classify(error)


def os_reason(error: OSError):
    from db.care.reasons import os_reason as classify

    return classify(error)


def _sqlite_error(code: int, name: str, text: str) -> sqlite3.Error:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode, error.sqlite_errorname = code, name
    return error


@pytest.mark.parametrize(("code", "name", "text", "expected"), [
    (5, "SQLITE_BUSY", "database is locked", "database_busy"),
    (517, "SQLITE_BUSY_SNAPSHOT", "database is locked", "database_busy"),
    (6, "SQLITE_LOCKED", "database table is locked", "database_busy"),
    (13, "SQLITE_FULL", "database or disk is full", "disk_full"),
    (778, "SQLITE_IOERR_WRITE", "disk I/O error", "disk_io_error"),
    (11, "SQLITE_CORRUPT", "database disk image is malformed", "database_file_damaged"),
    (26, "SQLITE_NOTADB", "file is not a database", "database_file_damaged"),
    (8, "SQLITE_READONLY", "attempt to write a readonly database", "database_read_only"),
    (14, "SQLITE_CANTOPEN", "unable to open database file", "database_cannot_open"),
    (1, "SQLITE_ERROR", "no such table: x", "sqlite_error"),
])
def test_sqlite_errors_are_classified_by_their_code(code, name, text, expected):
    from cli.messages import describe

    error = storage_error(_sqlite_error(code, name, text))
    assert error.code == expected
    assert describe(error) and "{" not in describe(error)


def test_errors_without_a_code_are_classified_by_their_text():
    assert storage_error(sqlite3.OperationalError("database is locked")).code == "database_busy"
    assert storage_error(sqlite3.OperationalError("cannot rollback - no transaction is active")).code == "sqlite_error"


def test_a_full_disk_from_the_system_is_the_same_code():
    import errno

    assert os_reason(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/x/y")).code == "disk_full"
    assert os_reason(OSError(errno.EROFS, os.strerror(errno.EROFS), "/x/y")).code == "os_error_at"


def test_the_desktop_says_the_same_as_the_command_line():
    """The desktop's table (its English source; Swedish in resources/translations) gives the same
    codes the same text as the command line's."""
    import errno

    from cli.messages import describe
    from desktop.messages import translate_error
    from resources.translations.sv_data_care import SV

    errors = [_sqlite_error(5, "SQLITE_BUSY", "database is locked"),
              _sqlite_error(13, "SQLITE_FULL", "database or disk is full"),
              _sqlite_error(11, "SQLITE_CORRUPT", "database disk image is malformed"),
              _sqlite_error(266, "SQLITE_IOERR_READ", "disk I/O error"),
              _sqlite_error(14, "SQLITE_CANTOPEN", "unable to open database file"),
              OSError(errno.ENOSPC, "No space left on device", "/x")]
    for error in errors:
        reason = storage_error(error) if isinstance(error, sqlite3.Error) else os_reason(error)
        assert translate_error(error) == describe(reason), error
        assert translate_error(error) in SV, error


# --- file names that are not valid UTF-8 ---------------------------------------------------------


def test_printable_escapes_undecodable_bytes_of_a_file_name():
    from db.errors import printable

    name = os.fsdecode(b"\xff\xfeKontakter.vcf")
    assert printable(name) == "\\xff\\xfeKontakter.vcf"
    assert printable("Åsa \ud800") == "Åsa \\ud800"
    assert printable("Åsa Öberg") == "Åsa Öberg"


@pytest.mark.parametrize("strict_utf8", [False, True])
def test_importing_a_file_whose_name_is_not_utf8(demo_db, tmp_path, strict_utf8):
    raw = os.path.join(os.fsencode(tmp_path), b"\xff\xfeKontakter.vcf")
    with open(raw, "w", encoding="utf-8") as out:
        out.write(vcards(2, prefix="Bytes") + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ny Org\r\nN:Org;Ny;;;\r\n"
                  "ORG:Nybildade Bolaget AB\r\nEND:VCARD\r\n")
    result = run("import", raw, "--db", demo_db, strict_utf8=strict_utf8)
    out, err = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")  # strict: valid UTF-8
    assert result.returncode == 0, err
    assert "Traceback" not in err
    assert "\\xff\\xfeKontakter.vcf: 3 new" in out
    with closing(sqlite3.connect(demo_db)) as conn:
        assert conn.execute("SELECT count(*) FROM contact WHERE first_name LIKE 'Bytes%'").fetchone()[0] == 2
        notes = conn.execute("SELECT notes FROM organisation WHERE name = 'Nybildade Bolaget AB'").fetchone()[0]
        assert "\\xff\\xfeKontakter.vcf" in notes
        sources = conn.execute("SELECT source FROM contact WHERE first_name LIKE 'Bytes%'").fetchall()
    assert all(source.startswith("import \\xff\\xfeKontakter.vcf ") for (source,) in sources), sources


@pytest.mark.parametrize("strict_utf8", [False, True])
def test_messages_about_a_file_whose_name_is_not_utf8(demo_db, tmp_path, strict_utf8):
    folder = os.fsencode(tmp_path)
    missing = run("import", os.path.join(folder, b"\xffsaknas.vcf"), "--db", demo_db, strict_utf8=strict_utf8)
    one_line(missing, "\\xffsaknas.vcf", "no such file")
    exported = run("export", "-o", os.path.join(folder, b"\xffut.vcf"), "--db", demo_db, strict_utf8=strict_utf8)
    assert exported.returncode == 0, exported.stderr
    assert "\\xffut.vcf" in exported.stdout.decode("utf-8")
    assert os.path.exists(os.path.join(folder, b"\xffut.vcf"))
    no_db = run("export", "-o", tmp_path / "x.vcf", "--db", os.path.join(folder, b"\xffnone.db"),
                strict_utf8=strict_utf8)
    one_line(no_db, "\\xffnone.db")


def test_a_text_argument_that_is_not_utf8_is_one_line(demo_db, tmp_path):
    before = state(demo_db)
    person = run("gdpr", "erase", b"\xffnamn", "--db", demo_db, "--yes")
    one_line(person, "not valid UTF-8", "\\xffnamn")
    (tmp_path / "one.vcf").write_text(vcards(1), encoding="utf-8")
    author = run("import", tmp_path / "one.vcf", "--db", demo_db, "--user", b"r\xf6der")
    one_line(author, "not valid UTF-8", "r\\xf6der")
    assert state(demo_db) == before
