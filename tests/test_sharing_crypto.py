"""The shared folder's encryption (issue 12): a wrong passphrase is a clear error before any file
is read; a file that is tampered with, truncated, moved to another number or computer, or written
by a newer app is never applied, and the three are told apart. Test data is invented."""

from __future__ import annotations

import hashlib
import json
import stat

import pytest

from db import KnowledgeBase
from db import models as m
from db.sharing import container, crypto
from db.sharing.access import open_share
from db.sharing.errors import (
    Incomplete,
    PassphraseNeeded,
    SharingRefused,
    TooNew,
    Unauthentic,
    WrongPassphrase,
)
from db.sharing.rounds import create_share, sync_round

PASSPHRASE = "kontorets hemliga fras"
FAST = 2**15  # the smallest scrypt cost the tests use (the app's default is 2**17)


@pytest.fixture
def shared(tmp_path):
    """A database with two contacts, shared in tmp_path/share; returns (kb, folder)."""
    kb = KnowledgeBase.open(tmp_path / "a.db", user="a", search=False)
    kb.contacts.create(m.Contact(first_name="Åsa", last_name="Krypt"))
    kb.contacts.create(m.Contact(first_name="Bo", last_name="Chiffer"))
    folder = tmp_path / "share"
    create_share(kb, folder, PASSPHRASE, kdf_n=FAST, batch=1)
    yield kb, folder
    kb.close()


def forget_kept_key(folder) -> None:
    description = json.loads((folder / "kunskapsbanken.json").read_text())
    crypto.forget_key(description["kb_id"])


def reseal_checksum(data: bytes) -> bytes:
    """What a forger does after changing the payload: the header's checksum made to match."""
    payload = data[container.HEADER_BYTES:]
    return data[:11] + hashlib.sha256(payload).digest() + payload


def test_the_key_check_refuses_a_wrong_passphrase_before_reading_files(shared):
    _kb, folder = shared
    forget_kept_key(folder)
    for path in (folder / "changes").rglob("*.kbc"):
        path.write_bytes(b"")  # were any file read, it would be Incomplete, not WrongPassphrase
    with pytest.raises(WrongPassphrase) as caught:
        open_share(folder, "fel lösenfras")
    assert caught.value.code == "share_wrong_passphrase"
    with pytest.raises(PassphraseNeeded):
        open_share(folder, None)


def test_the_kept_key_is_private_and_spares_the_passphrase(shared, private_data_dir):
    _kb, folder = shared
    (kept,) = (private_data_dir / "sharing").glob("*.key")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert PASSPHRASE.encode() not in kept.read_bytes()
    open_share(folder, None)  # no passphrase needed on this computer
    forget_kept_key(folder)
    open_share(folder, PASSPHRASE)
    assert kept.exists()


def test_the_passphrase_is_normalised(tmp_path):
    params = crypto.new_kdf_params(FAST)
    composed, decomposed = "lösenfras på kontoret", "lo\u0308senfras pa\u030a kontoret"
    assert crypto.derive_keys(composed, params, "ab").check == crypto.derive_keys(decomposed, params, "ab").check


def change_file(folder, number=1):
    (device,) = [p for p in (folder / "changes").iterdir()]
    return device / f"{number:08d}.kbc"


def read(folder, device, number):
    share, description, keys = open_share(folder, None)
    return share.read_change_file(keys, description["kb_id"], device, number)


def test_a_tampered_byte_is_unauthentic_and_a_damaged_copy_incomplete(shared):
    _kb, folder = shared
    path = change_file(folder)
    device = path.parent.name
    original = path.read_bytes()
    assert read(folder, device, 1).entries
    flipped = bytearray(original)
    flipped[-20] ^= 0x01
    path.write_bytes(bytes(flipped))  # checksum no longer matches: a copy damaged on the way
    with pytest.raises(Incomplete):
        read(folder, device, 1)
    path.write_bytes(reseal_checksum(bytes(flipped)))  # a forger fixes the checksum: GCM still fails
    with pytest.raises(Unauthentic) as caught:
        read(folder, device, 1)
    assert caught.value.code == "share_file_unauthentic"
    for cut in (0, 10, container.HEADER_BYTES, len(original) - 1):
        path.write_bytes(original[:cut])
        with pytest.raises(Incomplete):
            read(folder, device, 1)


def test_a_file_moved_to_another_number_or_computer_is_refused(shared, tmp_path):
    _kb, folder = shared
    first, second = change_file(folder, 1), change_file(folder, 2)
    device = first.parent.name
    second.write_bytes(first.read_bytes())  # file 1 under the name of file 2
    with pytest.raises(Unauthentic):
        read(folder, device, 2)
    other = folder / "changes" / "0123456789ab"
    other.mkdir()
    (other / "00000001.kbc").write_bytes(first.read_bytes())  # under another computer's name
    with pytest.raises(Unauthentic):
        read(folder, "0123456789ab", 1)


def test_a_file_of_another_share_with_the_same_passphrase_is_refused(shared, tmp_path):
    _kb, folder = shared
    with KnowledgeBase.open(tmp_path / "other.db", user="o", search=False) as other:
        other.contacts.create(m.Contact(first_name="Ulla", last_name="Annan"))
        create_share(other, tmp_path / "other-share", PASSPHRASE, kdf_n=FAST)
        theirs = next((tmp_path / "other-share" / "changes").rglob("00000001.kbc"))
    target = change_file(folder, 1)
    target.write_bytes(theirs.read_bytes())
    with pytest.raises(Unauthentic):
        read(folder, target.parent.name, 1)


def test_a_newer_file_format_is_too_new(shared):
    _kb, folder = shared
    path = change_file(folder)
    data = bytearray(path.read_bytes())
    data[5:7] = (container.FORMAT_VERSION + 1).to_bytes(2, "big")
    path.write_bytes(bytes(data))
    with pytest.raises(TooNew) as caught:
        read(folder, path.parent.name, 1)
    assert caught.value.code == "share_too_new"


@pytest.mark.parametrize("change", [{"format_version": 2}, {"min_app_version": "99.0"}])
def test_a_description_of_a_newer_app_is_too_new(shared, change):
    kb, folder = shared
    path = folder / "kunskapsbanken.json"
    path.write_text(json.dumps({**json.loads(path.read_text()), **change}))
    with pytest.raises(TooNew):
        sync_round(kb, folder)


@pytest.mark.parametrize("kdf", [{"n": 2**30}, {"n": 1000}, {"r": 0}, {"salt": "!!"}, {"name": "md5"}])
def test_a_hostile_kdf_description_is_refused_before_deriving(shared, kdf):
    _kb, folder = shared
    forget_kept_key(folder)
    path = folder / "kunskapsbanken.json"
    description = json.loads(path.read_text())
    description["kdf"].update(kdf)
    path.write_text(json.dumps(description))
    with pytest.raises(SharingRefused) as caught:
        open_share(folder, PASSPHRASE)
    assert caught.value.code == "share_description_damaged"


def test_nonces_differ_between_files(shared):
    _kb, folder = shared
    nonces = {p.read_bytes()[container.HEADER_BYTES:container.HEADER_BYTES + 12]
              for p in (folder / "changes").rglob("*.kbc")}
    assert len(nonces) == 2
