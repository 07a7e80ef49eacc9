"""The bytes of a sealed file in the share (a change file or a computer's file).

    header (43 bytes, big-endian)
      0  4  magic b"KBNK"
      4  1  kind: b"C" change file, b"D" a computer's file
      5  2  format version (1)
      7  4  payload length in bytes
     11 32  SHA-256 of the payload
    payload
         12 nonce, then AES-256-GCM ciphertext with its 16-byte tag; the plaintext is gzip'd
         JSON lines (a change file) or gzip'd JSON (a computer's file)

The associated data of the encryption binds the file to its place: the first 7 header bytes, the
knowledge base's id, the computer's id and the file's number ("device" for a computer's file),
so a file copied to another number, another computer's folder or another share fails to open.

Reading tells three things apart: a file shorter or longer than its header says, or whose
checksum does not match, is Incomplete (being copied: retried later); a whole file that does not
authenticate is Unauthentic (never applied); a newer format version is TooNew.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import struct

from db.sharing.crypto import Keys, open_sealed, seal
from db.sharing.errors import Incomplete, Malformed, TooNew

MAGIC = b"KBNK"
FORMAT_VERSION = 1
CHANGE, DEVICE = b"C", b"D"
_HEAD = struct.Struct(">4scHI32s")
HEADER_BYTES = _HEAD.size  # 43
MAX_PLAINTEXT = 256 * 1024 * 1024  # a gzip that unpacks to more is refused


def associated_data(kind: bytes, version: int, kb_id: str, device_id: str, number: str) -> bytes:
    prefix = MAGIC + kind + struct.pack(">H", version)
    return prefix + b"\0" + "\0".join((kb_id, device_id, number)).encode("utf-8")


def pack(keys: Keys, kind: bytes, plaintext: bytes, *, kb_id: str, device_id: str, number: str) -> bytes:
    compressed = gzip.compress(plaintext, compresslevel=6, mtime=0)
    payload = seal(keys, compressed, associated_data(kind, FORMAT_VERSION, kb_id, device_id, number))
    return _HEAD.pack(MAGIC, kind, FORMAT_VERSION, len(payload), hashlib.sha256(payload).digest()) + payload


def header_version(data: bytes, kind: bytes, name: str) -> tuple[int, bytes]:
    """(format version, payload) of a whole file; Incomplete or TooNew otherwise."""
    if len(data) < HEADER_BYTES:
        raise Incomplete(name)
    magic, found_kind, version, length, digest = _HEAD.unpack_from(data)
    if magic != MAGIC or found_kind != kind:
        raise Incomplete(name)  # zeros of a placeholder, or not ours: nothing to apply either way
    if version > FORMAT_VERSION:
        raise TooNew(name, str(version), str(FORMAT_VERSION))
    payload = data[HEADER_BYTES:]
    if len(payload) != length or hashlib.sha256(payload).digest() != digest:
        raise Incomplete(name)
    return version, payload


def unpack(keys: Keys, data: bytes, kind: bytes, *, kb_id: str, device_id: str, number: str, name: str) -> bytes:
    """The plaintext of a file; Incomplete, TooNew, Unauthentic or Malformed."""
    version, payload = header_version(data, kind, name)
    compressed = open_sealed(keys, payload, associated_data(kind, version, kb_id, device_id, number), name)
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(compressed)) as stream:
            plaintext = stream.read(MAX_PLAINTEXT + 1)
    except (OSError, EOFError) as exc:
        raise Malformed(name, "gzip") from exc
    if len(plaintext) > MAX_PLAINTEXT:
        raise Malformed(name, "size")
    return plaintext
