"""Backup folders the database knows of itself (every folder a backup was written to or chosen in
the app), cleaned by every erasure; and rotation that keeps the newest backups of each kind.

All people here are invented."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cli.main import main
from db import KnowledgeBase
from db.care.backup import BackupInfo, backup_now, take_backup
from db.care.backup_folders import known_backup_folders, record_backup_folder
from db.care.backup_rotation import backups_to_keep, list_backups, rotate
from db.care.erasure import erase
from db.paths import default_backup_dir
from tests.helpers import populate

SECRET = b"asa.oberg@example.se"


@pytest.fixture
def filled(db_path) -> dict[str, str]:
    with KnowledgeBase.open(db_path, user="testare", search=False) as kb:
        return populate(kb)


def fake_backup(folder: Path, moment: datetime, reason: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"kb-{moment.astimezone(UTC):%Y-%m-%dT%H%M%S}-{reason}.db"
    path.write_bytes(b"x")
    return path


def _vcard(path: Path, first: str, last: str, email: str) -> Path:
    path.write_text(f"BEGIN:VCARD\nVERSION:3.0\nFN:{first} {last}\nN:{last};{first};;;\nEMAIL:{email}\n"
                    "END:VCARD\n", encoding="utf-8")
    return path


# --- rotation: the newest of each kind ---------------------------------------------------------------------


def test_a_backup_right_after_two_imports_keeps_both_pre_import_backups(filled, db_path, tmp_path, capsys):
    """The reproduction of issue 11 (item 8): two imports, then `backup`, used to leave only the manual one."""
    for number, name in enumerate(("Tore", "Ulla")):
        code = main(["import", str(_vcard(tmp_path / f"{name}.vcf", name, "Testsson", f"{name}@example.se")),
                     "--db", str(db_path)])
        assert code == 0, capsys.readouterr()
        if number == 0:  # two imports within one second would share a stamp
            backups = list_backups(default_backup_dir(db_path))
            assert [b.reason for b in backups] == ["pre-import"]
    assert main(["backup", "--db", str(db_path)]) == 0
    kinds = [b.reason for b in list_backups(default_backup_dir(db_path))]
    assert sorted(kinds) == ["manual", "pre-import", "pre-import"], kinds


def test_rotation_thins_each_kind_on_its_own(tmp_path):
    folder = tmp_path / "backups"
    now = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
    old_imports = [fake_backup(folder, now - timedelta(days=3, minutes=m), "pre-import") for m in range(5)]
    auto = fake_backup(folder, now - timedelta(days=3, hours=2), "auto")
    manual = fake_backup(folder, now - timedelta(days=3, hours=1), "manual")
    today = [fake_backup(folder, now - timedelta(minutes=m), "pre-import") for m in (1, 2)]
    latest = fake_backup(folder, now, "manual")
    removed = rotate(folder, now=now)
    left = {b.path for b in list_backups(folder)}
    # Of each kind: the newest three of the last week, and the newest of each day, week, month.
    assert left == {latest, *today, old_imports[0], manual, auto}
    assert sorted(removed) == sorted(old_imports[1:])


def test_the_newest_of_each_kind_rule_is_stable():
    now = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
    backups = [BackupInfo(Path(f"/b/{i}.db"), now - timedelta(hours=i * 7), reason, 1)
               for i, reason in enumerate(["auto", "manual", "pre-import"] * 12)]
    keep = backups_to_keep(backups, daily=7, weekly=4, monthly=12, now=now)
    for reason in ("auto", "manual", "pre-import"):
        of_kind = [b.path for b in backups if b.reason == reason]
        assert set(of_kind[:3]) <= keep, reason
    again = backups_to_keep([b for b in backups if b.path in keep], daily=7, weekly=4, monthly=12, now=now)
    assert again == keep


# --- the folders the database knows ------------------------------------------------------------------------


def leaked(path: Path) -> bool:
    return SECRET in path.read_bytes()


def test_every_place_a_backup_is_written_to_is_known_to_the_database(filled, db_path, tmp_path):
    usb = tmp_path / "usb" / "kopior"
    usb.parent.mkdir()
    backup_now(db_path, usb)  # the command line's way: its own connection
    with KnowledgeBase.open(db_path, user="testare", search=False) as kb:
        take_backup(kb, tmp_path / "annan")  # the app's way: through its connection
        assert record_backup_folder(kb.db.conn, tmp_path / "vald-i-appen")
        known = {(loc.path, loc.kind) for loc in known_backup_folders(kb.db.conn)}
    assert main(["backup", "--db", str(db_path), "-o", str(tmp_path / "en-kopia.db")]) == 0
    with KnowledgeBase.open(db_path, search=False) as kb:
        known = {(loc.path, loc.kind) for loc in known_backup_folders(kb.db.conn)}
    assert known == {(usb, "folder"), (tmp_path / "annan", "folder"), (tmp_path / "vald-i-appen", "folder"),
                     (tmp_path / "en-kopia.db", "file")}
    # The backup knows the folder it went into (it was noted first).
    with closing(sqlite3.connect(next(usb.glob("*.db")))) as conn:
        assert (str(usb),) in conn.execute("SELECT path FROM backup_folder").fetchall()


def test_gdpr_erase_cleans_every_known_folder_without_being_told(filled, db_path, tmp_path, capsys):
    """A folder chosen in the app is cleaned by the command line; so is the folder used before it."""
    old, new = tmp_path / "gamla-mappen", tmp_path / "nya-mappen"
    with KnowledgeBase.open(db_path, user="testare", search=False) as kb:
        first = take_backup(kb, old).path  # the app's folder, then the folder changed in the app
        record_backup_folder(kb.db.conn, new)
        second = take_backup(kb, new).path
    single = tmp_path / "en-kopia.db"
    assert main(["backup", "--db", str(db_path), "-o", str(single)]) == 0
    assert all(leaked(p) for p in (first, second, single))
    assert main(["gdpr", "erase", filled["contact"], "--db", str(db_path), "--yes"]) == 0
    assert "backup files cleaned: 3" in capsys.readouterr().out
    assert not any(leaked(p) for p in (first, second, single))


def test_a_known_folder_that_is_not_there_is_left_to_do_and_cleaned_when_it_is_back(filled, db_path, tmp_path,
                                                                                    capsys):
    usb = tmp_path / "usb"
    taken = backup_now(db_path, usb).path
    unplugged = tmp_path / "usb-urkopplad"
    usb.rename(unplugged)
    assert main(["gdpr", "erase", filled["contact"], "--db", str(db_path), "--yes"]) == 1
    out = capsys.readouterr().out
    problems = [line for line in out.splitlines() if line.startswith("PROBLEM: ")]
    assert problems == [f"PROBLEM: the backup folder {usb} is not there (an unplugged disk?); the backups in it "
                        "are cleaned the next time the database is opened with the folder there"], out
    with KnowledgeBase.open(db_path, search=False) as kb:
        (details,) = [a["details"] for a in kb.db.execute_returning_dicts(
            "SELECT details FROM audit WHERE action = 'erase'")]
        assert '"backup_folder_missing"' in details and str(usb) in details
    # Still unplugged: opening leaves it to do.
    KnowledgeBase.open(db_path).close()
    with KnowledgeBase.open(db_path, search=False) as kb:
        assert kb.db.execute("SELECT count(*) FROM pending_erasure").fetchone() == (1,)
    unplugged.rename(usb)
    assert leaked(taken)
    KnowledgeBase.open(db_path).close()  # as the app and every writing command open it
    assert not leaked(taken)
    with KnowledgeBase.open(db_path, search=False) as kb:
        assert kb.db.execute("SELECT count(*) FROM pending_erasure").fetchone() == (0,)
        details = kb.db.execute("SELECT details FROM audit WHERE action = 'erase'").fetchone()[0]
        assert '"outstanding": []' in details and "finished_at" in details


def test_a_restore_keeps_the_folders_the_replaced_database_knew(filled, db_path, tmp_path, capsys):
    early = backup_now(db_path).path  # knows only the default folder
    later = backup_now(db_path, tmp_path / "usb").path
    assert main(["restore", str(early), "--db", str(db_path), "--yes"]) == 0
    with KnowledgeBase.open(db_path, search=False) as kb:
        known = {loc.path for loc in known_backup_folders(kb.db.conn)}
    assert tmp_path / "usb" in known and default_backup_dir(db_path) in known
    assert main(["gdpr", "erase", filled["contact"], "--db", str(db_path), "--yes"]) == 0
    assert not leaked(later)


def test_an_erasure_in_memory_or_without_a_registry_still_works(tmp_path):
    with KnowledgeBase.open(":memory:", user="testare", search=False) as kb:
        ids = populate(kb)
        assert erase(kb, ids["contact"]).complete
