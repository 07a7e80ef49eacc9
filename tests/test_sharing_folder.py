"""What synced folders do to files, and how a round survives it (issue 12): conflicted copies,
desktop.ini, temp files, a gap in a computer's numbering, a half-copied file, a file that never
authenticates, a change file never overwritten. Test data is invented."""

from __future__ import annotations

import hashlib
import os
import shutil

import pytest

from db import models as m
from db.sharing import files
from db.sharing.errors import ShareUnavailable, SharingRefused
from db.sharing.rounds import create_share, join_share, sync_round
from db.sharing.share_folder import ShareFolder
from db.sharing.status import share_status
from tests.test_sharing_helpers import FAST, PASSPHRASE, open_kb

STRAYS = ("00000001 (1).kbc", "00000001-DESKTOP-AB12.kbc", "00000001 (Annas conflicted copy 2024-03-01).kbc",
          "00000001.sync-conflict-20240301-101010-ABCDEFG.kbc", "desktop.ini", ".DS_Store", ".1a2b3c.tmp",
          "~$00000001.kbc", "00000000.kbc", "1.kbc")


@pytest.fixture
def pair(tmp_path):
    """A (three contacts, one change file each) and B joined; returns (a, b, folder)."""
    a = open_kb(tmp_path / "a.db", "a")
    folder = tmp_path / "share"
    create_share(a, folder, PASSPHRASE, kdf_n=FAST, batch=1)
    join_share(tmp_path / "b.db", folder, PASSPHRASE, user="b", search=False)
    b = open_kb(tmp_path / "b.db", "b")
    yield a, b, folder
    a.close()
    b.close()


def names(kb) -> list[str]:
    return sorted(c.last_name for c in kb.contacts.list())


def write_three(kb) -> None:
    for name in ("Ett", "Två", "Tre"):
        kb.contacts.create(m.Contact(first_name="Test", last_name=name))


def test_conflicted_copies_and_sync_clients_files_are_ignored_and_listed(pair):
    a, b, folder = pair
    write_three(a)
    sync_round(a, folder)
    own = folder / "changes" / a.device_id
    bogus = own / "00000001.kbc"
    for name in STRAYS:
        shutil.copy(bogus, own / name)  # would apply (or break) if read
    (folder / "desktop.ini").write_text("[.ShellClassInfo]\n")
    (folder / "kunskapsbanken (1).json").write_text("{}")
    (folder / "devices" / f"{a.device_id} (1).json.enc").write_bytes(b"x")
    (folder / "changes" / f"{a.device_id}-DESKTOP-AB12").mkdir()
    report = sync_round(b, folder)
    assert names(b) == ["Ett", "Tre", "Två"]
    assert report.skipped == [] and report.applied == 3
    expected = {f"changes/{a.device_id}/{n}" for n in STRAYS} | {
        "desktop.ini", "kunskapsbanken (1).json", f"devices/{a.device_id} (1).json.enc",
        f"changes/{a.device_id}-DESKTOP-AB12"}
    assert set(report.strays) == expected
    assert set(share_status(b)["strays"]) == expected


def test_a_gap_stops_reading_that_computer_until_the_file_arrives(pair, tmp_path):
    a, b, folder = pair
    write_three(a)
    sync_round(a, folder, batch=1)
    second = folder / "changes" / a.device_id / "00000002.kbc"
    held = tmp_path / "held.kbc"
    second.rename(held)  # still on its way
    report = sync_round(b, folder)
    assert names(b) == ["Ett"]
    assert report.gaps == [{"device": a.device_id, "after": 1}]
    held.rename(second)
    sync_round(b, folder)
    assert names(b) == ["Ett", "Tre", "Två"]


def test_a_half_copied_file_is_skipped_and_retried(pair, tmp_path):
    a, b, folder = pair
    write_three(a)
    sync_round(a, folder, batch=1)
    second = folder / "changes" / a.device_id / "00000002.kbc"
    whole = second.read_bytes()
    second.write_bytes(whole[: len(whole) // 2])
    report = sync_round(b, folder)
    assert names(b) == ["Ett"]  # nothing of file 2 or after it
    assert report.skipped == [{"file": f"changes/{a.device_id}/00000002.kbc", "code": "share_file_incomplete"}]
    assert share_status(b)["last_round"]["skipped"] == report.skipped
    second.write_bytes(whole)
    assert sync_round(b, folder).skipped == []
    assert names(b) == ["Ett", "Tre", "Två"]


def test_an_unauthentic_file_is_never_applied(pair):
    a, b, folder = pair
    write_three(a)
    sync_round(a, folder)
    path = folder / "changes" / a.device_id / "00000001.kbc"
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data[:11]) + hashlib.sha256(bytes(data[43:])).digest() + bytes(data[43:]))
    for _ in range(2):
        report = sync_round(b, folder)
        assert report.skipped == [{"file": f"changes/{a.device_id}/00000001.kbc", "code": "share_file_unauthentic"}]
        assert names(b) == []


def test_a_change_file_is_never_overwritten(tmp_path):
    path = tmp_path / "changes" / "abc" / "00000001.kbc"
    files.write_new(path, b"first")
    with pytest.raises(files.Exists):
        files.write_new(path, b"second")
    assert path.read_bytes() == b"first"
    assert [p.name for p in path.parent.iterdir()] == ["00000001.kbc"]  # no temp file left
    files.replace(path, b"rewritten")  # the explicit rewrite (an erasure's) is atomic
    assert path.read_bytes() == b"rewritten"


def test_a_database_copied_to_another_computer_is_refused(pair, tmp_path):
    a, _b, folder = pair
    a.close()
    shutil.copy(tmp_path / "a.db", tmp_path / "copy.db")
    a_again, copy = open_kb(tmp_path / "a.db", "a"), open_kb(tmp_path / "copy.db", "c")
    try:
        a_again.contacts.create(m.Contact(first_name="På", last_name="Original"))
        copy.contacts.create(m.Contact(first_name="På", last_name="Kopian"))
        sync_round(a_again, folder)
        with pytest.raises(SharingRefused) as caught:
            sync_round(copy, folder)
        assert caught.value.code == "share_device_id_taken"
    finally:
        a_again.close()
        copy.close()


def test_a_share_that_is_not_there_is_a_clear_error_and_local_work_goes_on(pair, tmp_path):
    a, _b, folder = pair
    folder.rename(tmp_path / "offline")
    with pytest.raises(ShareUnavailable):
        sync_round(a, folder)
    a.contacts.create(m.Contact(first_name="Lokal", last_name="Ändring"))
    status = share_status(a)
    assert status["waiting_to_send"] == 1 and status["folder_error"].code == "share_unavailable"


def test_a_full_share_is_a_clear_error(tmp_path):
    from tests.faults import fill, small_filesystem

    with small_filesystem(tmp_path / "full", size_kb=256) as mount, open_kb(tmp_path / "a.db", "a") as a:
        create_share(a, mount / "share", PASSPHRASE, kdf_n=FAST)
        for i in range(30):
            a.contacts.create(m.Contact(first_name="Fler", last_name=f"N{i}", notes=os.urandom(3000).hex()))
        fill(mount)
        with pytest.raises(ShareUnavailable):
            sync_round(a, mount / "share")
        assert [p.name for p in (mount / "share" / "changes" / a.device_id).iterdir()] == []  # no .tmp left
        assert share_status(a)["waiting_to_send"] == 30
        (mount / "filler.bin").unlink()
        assert sync_round(a, mount / "share").sent_entries == 30


def test_creating_refuses_a_folder_in_use(tmp_path):
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "budget.xlsx").write_bytes(b"x")
    (tmp_path / "fresh").mkdir()
    (tmp_path / "fresh" / "desktop.ini").write_text("")
    with open_kb(tmp_path / "a.db", "a") as a:
        with pytest.raises(SharingRefused) as caught:
            create_share(a, tmp_path / "used", PASSPHRASE, kdf_n=FAST)
        assert caught.value.code == "share_folder_in_use"
        create_share(a, tmp_path / "fresh", PASSPHRASE, kdf_n=FAST)
    assert ShareFolder(tmp_path / "fresh").description()["kdf"]["n"] == FAST
