"""Writing and listing files in a shared folder (SMB, OneDrive, Nextcloud, Syncthing).

Writing: a .tmp file in the same folder, written, flushed and fsync'd, then given its name and
the folder fsync'd. A file that must never be overwritten (a change file, the description) is
given its name with a hard link where the filesystem has them (link fails if the name exists,
atomically), else an existence check and a rename. Sync clients leave things beside ours:
conflicted copies ("00000003 (1).kbc", "00000003-DESKTOP-AB12.kbc", "… conflicted copy …",
".sync-conflict-…"), desktop.ini, .DS_Store, temp files; names are matched exactly, so those are
never read, only listed as strays.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import uuid
from pathlib import Path

log = logging.getLogger(__name__)

DESCRIPTION = "kunskapsbanken.json"
DEVICES, CHANGES = "devices", "changes"
DEVICE_ID = re.compile(r"[0-9a-z]{1,40}")
CHANGE_NAME = re.compile(r"(\d{8})\.kbc")
DEVICE_NAME = re.compile(r"([0-9a-z]{1,40})\.json\.enc")
# Files a fresh synced folder may hold before anything of ours: creating a share there is fine.
NOISE = {"desktop.ini", ".ds_store", "thumbs.db", ".stfolder", ".stignore", ".stversions", "icon\r"}


class Exists(Exception):
    """The name is taken (a change file is never overwritten)."""


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some network filesystems cannot fsync a folder; the rename stands
    finally:
        os.close(fd)


def _write_tmp(folder: Path, data: bytes) -> Path:
    tmp = folder / f".{uuid.uuid4().hex[:12]}.tmp"
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:  # a full share: no half temp file stays behind
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def write_new(path: Path, data: bytes) -> None:
    """Write a file that must not exist yet; Exists when it does (nothing is changed then)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_tmp(path.parent, data)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise Exists(str(path)) from None
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                raise
            if path.exists():  # no hard links here (FAT, some SMB servers): check, then rename
                raise Exists(str(path)) from None
            os.rename(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    fsync_folder(path.parent)


def replace(path: Path, data: bytes) -> None:
    """Write or rewrite a file of one writer atomically (a computer's file, an erasure's rewrite)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _write_tmp(path.parent, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def remove_own_tmp(folder: Path) -> int:
    """Temp files a killed writer left in a folder only this computer writes."""
    count = 0
    if folder.is_dir():
        for path in folder.glob(".*.tmp"):
            with contextlib.suppress(OSError):
                path.unlink()
                count += 1
    return count


def is_noise(name: str) -> bool:
    return name.lower() in NOISE


def change_number(name: str) -> int | None:
    found = CHANGE_NAME.fullmatch(name)
    return int(found[1]) if found and int(found[1]) > 0 else None


def scan(root: Path) -> tuple[dict[str, list[int]], list[str], list[str]]:
    """(device id -> its change files' numbers in order, device ids with a computer's file,
    strays as paths relative to the share)."""
    numbers: dict[str, list[int]] = {}
    devices: list[str] = []
    strays: list[str] = []
    for entry in sorted(os.scandir(root), key=lambda e: e.name):
        if entry.name == DESCRIPTION and entry.is_file():
            continue
        if entry.name == DEVICES and entry.is_dir():
            for item in sorted(os.scandir(entry.path), key=lambda e: e.name):
                found = DEVICE_NAME.fullmatch(item.name)
                if found and item.is_file():
                    devices.append(found[1])
                else:
                    strays.append(f"{DEVICES}/{item.name}")
        elif entry.name == CHANGES and entry.is_dir():
            for folder in sorted(os.scandir(entry.path), key=lambda e: e.name):
                if not (DEVICE_ID.fullmatch(folder.name) and folder.is_dir()):
                    strays.append(f"{CHANGES}/{folder.name}")
                    continue
                found_numbers = []
                for item in os.scandir(folder.path):
                    number = change_number(item.name)
                    if number is not None and item.is_file():
                        found_numbers.append(number)
                    else:
                        strays.append(f"{CHANGES}/{folder.name}/{item.name}")
                numbers[folder.name] = sorted(found_numbers)
        else:
            strays.append(entry.name)
    return numbers, devices, sorted(strays)


def consecutive(numbers: list[int], after: int) -> list[int]:
    """The numbers after `after` up to the first gap (a missing file is waited for)."""
    wanted, out = after + 1, []
    for number in numbers:
        if number < wanted:
            continue
        if number != wanted:
            break
        out.append(number)
        wanted += 1
    return out
