"""The share's keys: scrypt from the office's passphrase, AES-256-GCM for every file.

    params = new_kdf_params()                         # random 16-byte salt, n = 2**17, r = 8, p = 1
    keys = derive_keys(passphrase, params, kb_id)     # about 0.5 s on the office's laptops
    keys.check == description["key_check"]            # else WrongPassphrase, before any file is read
    sealed = seal(keys, plaintext, aad)               # 12-byte random nonce + ciphertext + 16-byte tag
    plaintext = open_sealed(keys, sealed, aad, name)  # Unauthentic when the tag does not verify

scrypt gives a 32-byte master key; HKDF-SHA256 splits it into the AES key and the key check value
(16 bytes, shown as hex in the description), so the check reveals nothing about the AES key. The
passphrase is NFC-normalised first (macOS and Windows type "å" differently).

The master key is kept in the user data folder, `sharing/<kb id>.key`, mode 0600, so the
passphrase is typed once per computer; a kept key that no longer matches the description (the
share was made anew) is ignored.
"""

from __future__ import annotations

import base64
import hmac
import logging
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from db.paths import data_dir, private_dir
from db.sharing.errors import SharingRefused, Unauthentic

log = logging.getLogger(__name__)

KDF_NAME = "scrypt"
DEFAULT_N, DEFAULT_R, DEFAULT_P = 2**17, 8, 1
MIN_N, MAX_N = 2**14, 2**18  # a hostile description cannot ask for more than 256 MiB (128 * r * n)
MAX_R, MAX_P = 16, 4
SALT_BYTES, NONCE_BYTES, KEY_BYTES, CHECK_BYTES = 16, 12, 32, 16
MIN_PASSPHRASE = 8


@dataclass(frozen=True)
class Keys:
    master: bytes
    aes: bytes
    check: str  # hex, as in the description


def new_kdf_params(n: int = DEFAULT_N) -> dict[str, Any]:
    return {"name": KDF_NAME, "n": n, "r": DEFAULT_R, "p": DEFAULT_P,
            "salt": base64.b64encode(os.urandom(SALT_BYTES)).decode("ascii")}


def checked_kdf_params(params: Any) -> dict[str, Any]:
    """The description's parameters, refused (share_description_damaged) when out of range."""
    try:
        n, r, p, salt = params["n"], params["r"], params["p"], base64.b64decode(params["salt"], validate=True)
        ok = (params["name"] == KDF_NAME and all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p))
              and MIN_N <= n <= MAX_N and n & (n - 1) == 0 and 1 <= r <= MAX_R and 1 <= p <= MAX_P
              and 128 * r * n <= 128 * 8 * MAX_N and len(salt) >= SALT_BYTES)
    except (KeyError, TypeError, ValueError):
        ok = False
    if not ok:
        raise SharingRefused("share_description_damaged", part="kdf")
    return params


def _normalised(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_master(passphrase: str, params: dict[str, Any]) -> bytes:
    params = checked_kdf_params(params)
    kdf = Scrypt(salt=base64.b64decode(params["salt"]), length=KEY_BYTES, n=params["n"], r=params["r"],
                 p=params["p"])
    return kdf.derive(_normalised(passphrase))


def _hkdf(master: bytes, info: str, length: int) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info.encode("utf-8")).derive(master)


def keys_from_master(master: bytes, kb_id: str) -> Keys:
    return Keys(master=master, aes=_hkdf(master, f"kunskapsbanken aes-256-gcm {kb_id}", KEY_BYTES),
                check=_hkdf(master, f"kunskapsbanken key check {kb_id}", CHECK_BYTES).hex())


def derive_keys(passphrase: str, params: dict[str, Any], kb_id: str) -> Keys:
    return keys_from_master(derive_master(passphrase, params), kb_id)


def check_matches(keys: Keys, expected: Any) -> bool:
    return isinstance(expected, str) and hmac.compare_digest(keys.check, expected)


def require_passphrase_strength(passphrase: str) -> None:
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise SharingRefused("share_passphrase_too_short", minimum=MIN_PASSPHRASE)


# --- sealing -------------------------------------------------------------------------------------------


def seal(keys: Keys, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(keys.aes).encrypt(nonce, plaintext, aad)


def open_sealed(keys: Keys, sealed: bytes, aad: bytes, name: str) -> bytes:
    if len(sealed) < NONCE_BYTES + 16:
        raise Unauthentic(name)
    try:
        return AESGCM(keys.aes).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)
    except InvalidTag:
        raise Unauthentic(name) from None


# --- the kept key ------------------------------------------------------------------------------------


def key_path(kb_id: str) -> Path:
    if not kb_id.isalnum():
        raise SharingRefused("share_description_damaged", part="kb_id")
    return data_dir() / "sharing" / f"{kb_id}.key"


def keep_key(kb_id: str, keys: Keys) -> Path:
    """Write the master key (hex) with mode 0600, atomically."""
    path = key_path(kb_id)
    private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, keys.master.hex().encode("ascii") + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    if os.name == "posix":
        os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return path


def kept_keys(kb_id: str) -> Keys | None:
    """The key kept on this computer for this knowledge base, if any (unreadable: none)."""
    path = key_path(kb_id)
    try:
        master = bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None
    return keys_from_master(master, kb_id) if len(master) == KEY_BYTES else None


def forget_key(kb_id: str) -> None:
    key_path(kb_id).unlink(missing_ok=True)
