"""A shared knowledge base's folder: its description, the computers' files, the change files.

    kunskapsbanken.json                    the description, plain JSON, written once by the creator:
                                           format, format_version, kb_id, min_app_version,
                                           created_at, created_by (device), kdf {name, n, r, p,
                                           salt}, key_check
    devices/<device id>.json.enc           one per computer, only it writes it (sealed JSON)
    changes/<device id>/<8 digits>.kbc     its change files, numbered from 00000001, immutable

Every file has exactly one writer, so a sync client never has two versions to make a conflicted
copy of and normal work needs no lock. The sealed files' bytes: db/sharing/container.py.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from db.changelog import utc_now
from db.sharing import container, files
from db.sharing.crypto import Keys
from db.sharing.errors import Malformed, ShareUnavailable, SharingRefused, TooNew

log = logging.getLogger(__name__)

SHARE_FORMAT = "kunskapsbanken-share"
SHARE_FORMAT_VERSION = 1
ENTRY_FIELDS = ("id", "op_id", "hlc", "device_id", "author", "at", "entity", "row_id", "action", "before", "after")
REQUIRED_FIELDS = ("id", "op_id", "hlc", "device_id", "at", "entity", "row_id", "action")


def app_version() -> str:
    try:
        return metadata.version("kunskapsbanken")
    except metadata.PackageNotFoundError:
        return "0.1.0"


def version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for part in str(text).split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


@dataclass
class ChangeFile:
    device_id: str
    number: int
    info: dict[str, Any]  # the file's first line: device, number, entries, last_local_seq, written_at
    entries: list[dict[str, Any]] = field(default_factory=list)


class ShareFolder:
    """One shared folder. Reading never writes; each write names the one file it writes."""

    def __init__(self, root: Path | str):
        self.root = Path(root)

    # --- paths -----------------------------------------------------------------------------------------

    @property
    def description_path(self) -> Path:
        return self.root / files.DESCRIPTION

    def device_path(self, device_id: str) -> Path:
        return self.root / files.DEVICES / f"{device_id}.json.enc"

    def change_folder(self, device_id: str) -> Path:
        return self.root / files.CHANGES / device_id

    def change_path(self, device_id: str, number: int) -> Path:
        return self.change_folder(device_id) / f"{number:08d}.kbc"

    def relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    # --- the folder itself ------------------------------------------------------------------------------

    def reachable(self) -> None:
        """ShareUnavailable when the folder is not there (the share is offline, not mounted)."""
        if not self.root.is_dir():
            raise ShareUnavailable(str(self.root), "not a folder or not reachable")

    def is_unused(self) -> bool:
        """No description and nothing but a sync client's own files: a share can be made here."""
        if not self.root.exists():
            return True
        return not self.description_path.exists() and all(
            files.is_noise(p.name) for p in self.root.iterdir())

    # --- the description ---------------------------------------------------------------------------------

    def write_description(self, kb_id: str, kdf: dict[str, Any], key_check: str, *,
                          created_by: str) -> dict[str, Any]:
        description = {"format": SHARE_FORMAT, "format_version": SHARE_FORMAT_VERSION, "kb_id": kb_id,
                       "min_app_version": app_version(), "created_at": utc_now(), "created_by": created_by,
                       "kdf": kdf, "key_check": key_check}
        data = json.dumps(description, indent=1, sort_keys=True).encode("utf-8") + b"\n"
        try:
            files.write_new(self.description_path, data)
        except files.Exists:
            raise SharingRefused("share_folder_in_use", folder=str(self.root)) from None
        return description

    def description(self) -> dict[str, Any]:
        """The description, checked: TooNew before anything else is looked at."""
        self.reachable()
        path = self.description_path
        if not path.exists():
            strays_of_ours = (self.root / files.CHANGES).exists() or (self.root / files.DEVICES).exists()
            code = "share_description_missing" if strays_of_ours else "share_not_a_share"
            raise SharingRefused(code, folder=str(self.root))
        try:
            found = json.loads(path.read_bytes().decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise SharingRefused("share_description_damaged", part="json") from None
        if not isinstance(found, dict) or found.get("format") != SHARE_FORMAT:
            raise SharingRefused("share_description_damaged", part="format")
        version = found.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise SharingRefused("share_description_damaged", part="format_version")
        if version > SHARE_FORMAT_VERSION:
            raise TooNew(files.DESCRIPTION, str(version), str(SHARE_FORMAT_VERSION))
        minimum = str(found.get("min_app_version", "0"))
        if version_tuple(minimum) > version_tuple(app_version()):
            raise TooNew(files.DESCRIPTION, minimum, app_version())
        kb_id = found.get("kb_id")
        if not isinstance(kb_id, str) or not files.DEVICE_ID.fullmatch(kb_id):
            raise SharingRefused("share_description_damaged", part="kb_id")
        return found

    # --- change files ------------------------------------------------------------------------------------

    def write_change_file(self, keys: Keys, kb_id: str, device_id: str, number: int,
                          entries: list[dict[str, Any]], *, last_local_seq: int, rewrite: bool = False) -> Path:
        """Change file `number` of this device. Never overwrites one (Exists), except `rewrite`
        (an erasure's rewrite of this device's own file, atomic)."""
        info = {"device": device_id, "number": number, "entries": len(entries), "last_local_seq": last_local_seq,
                "written_at": utc_now(), "app_version": app_version()}
        lines = [json.dumps(info, ensure_ascii=False, sort_keys=True)]
        lines += [json.dumps({k: entry[k] for k in ENTRY_FIELDS}, ensure_ascii=False, sort_keys=True)
                  for entry in entries]
        data = container.pack(keys, container.CHANGE, ("\n".join(lines) + "\n").encode("utf-8"),
                              kb_id=kb_id, device_id=device_id, number=f"{number:08d}")
        path = self.change_path(device_id, number)
        (files.replace if rewrite else files.write_new)(path, data)
        return path

    def read_change_file(self, keys: Keys, kb_id: str, device_id: str, number: int) -> ChangeFile:
        """A change file, verified; Incomplete, TooNew, Unauthentic or Malformed otherwise."""
        path = self.change_path(device_id, number)
        name = self.relative(path)
        plaintext = container.unpack(keys, path.read_bytes(), container.CHANGE, kb_id=kb_id,
                                     device_id=device_id, number=f"{number:08d}", name=name)
        try:
            lines = plaintext.decode("utf-8").splitlines()
            info = json.loads(lines[0])
            entries = [json.loads(line) for line in lines[1:] if line]
        except (UnicodeDecodeError, json.JSONDecodeError, IndexError):
            raise Malformed(name, "json") from None
        if not isinstance(info, dict) or info.get("device") != device_id or info.get("number") != number \
                or info.get("entries") != len(entries):
            raise Malformed(name, "info")
        for entry in entries:
            _check_entry(entry, name)
        return ChangeFile(device_id, number, info, entries)

    # --- a computer's file ---------------------------------------------------------------------------------

    def write_device_file(self, keys: Keys, kb_id: str, device_id: str, info: dict[str, Any]) -> None:
        data = container.pack(keys, container.DEVICE, json.dumps(info, ensure_ascii=False, sort_keys=True)
                              .encode("utf-8"), kb_id=kb_id, device_id=device_id, number="device")
        files.replace(self.device_path(device_id), data)

    def read_device_file(self, keys: Keys, kb_id: str, device_id: str) -> dict[str, Any]:
        path = self.device_path(device_id)
        name = self.relative(path)
        plaintext = container.unpack(keys, path.read_bytes(), container.DEVICE, kb_id=kb_id,
                                     device_id=device_id, number="device", name=name)
        try:
            info = json.loads(plaintext.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise Malformed(name, "json") from None
        if not isinstance(info, dict):
            raise Malformed(name, "info")
        return info

    def scan(self) -> tuple[dict[str, list[int]], list[str], list[str]]:
        self.reachable()
        return files.scan(self.root)


def _check_entry(entry: Any, name: str) -> None:
    """A change-log entry as replay takes it: the columns, as text (before/after JSON text or null)."""
    if not isinstance(entry, dict) or set(entry) != set(ENTRY_FIELDS):
        raise Malformed(name, "entry")
    for key in ENTRY_FIELDS:
        value = entry[key]
        if value is None and key not in REQUIRED_FIELDS:
            continue
        if not isinstance(value, str) or not value or len(value) > 10_000_000:
            raise Malformed(name, key)
