"""Real faults for tests: a small filesystem that fills up, a folder that cannot be written,
a second process holding the write lock.

Where the machine allows it (root with mount rights, as on CI), the fault is real: a tmpfs of a
few hundred kB, a read-only bind mount. Elsewhere a test that needs it is skipped with the
reason, or uses the injected fallback (`enospc_on_write`).
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


@functools.cache
def can_mount() -> bool:
    """True when this process may mount a tmpfs (root with CAP_SYS_ADMIN)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    probe = Path(f"/tmp/kb-mount-probe-{os.getpid()}")
    probe.mkdir(exist_ok=True)
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)],
                              capture_output=True, check=False)
        if done.returncode != 0:
            return False
        subprocess.run(["umount", str(probe)], capture_output=True, check=False)
        return True
    finally:
        with contextlib.suppress(OSError):
            probe.rmdir()


def _umount(path: Path) -> None:
    for _ in range(20):
        if subprocess.run(["umount", str(path)], capture_output=True, check=False).returncode == 0:
            return
        time.sleep(0.1)  # a file still open by a closing connection
    subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)


@contextlib.contextmanager
def small_filesystem(path: Path, size_kb: int) -> Iterator[Path]:
    """A real tmpfs of size_kb mounted at path (created): writes beyond it fail with ENOSPC."""
    if not can_mount():
        pytest.skip("needs root with mount rights for a small tmpfs (a real full disk)")
    path.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(path)], check=True)
    try:
        yield path
    finally:
        _umount(path)


def fill(folder: Path, leave_bytes: int = 0) -> Path:
    """Fill the filesystem holding folder until at most leave_bytes are free; returns the
    filler file (delete it to free the space again)."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 4096
    with open(filler, "ab") as out:
        while True:
            free = shutil.disk_usage(folder).free
            if free <= leave_bytes:
                break
            try:
                out.write(chunk[: max(1, min(len(chunk), free - leave_bytes))])
                out.flush()
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                break
    return filler


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """The folder path made unwritable for real: a read-only bind mount as root (chmod does not
    stop root), chmod 0500 otherwise. Writes inside fail with EROFS or EACCES."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o500)
        try:
            yield path
        finally:
            path.chmod(mode)
        return
    if not can_mount():
        pytest.skip("runs as root without mount rights: no way to make a folder unwritable")
    subprocess.run(["mount", "--bind", str(path), str(path)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(path)], check=True)
        yield path
    finally:
        _umount(path)


@contextlib.contextmanager
def enospc_on_write(monkeypatch: pytest.MonkeyPatch, target: object, name: str) -> Iterator[None]:
    """Fallback where no small filesystem can be mounted: target.name raises ENOSPC."""
    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(target, name, full)
    yield


@contextlib.contextmanager
def write_lock_held(db_path: Path) -> Iterator[subprocess.Popen]:
    """A second process holding the database's write lock (BEGIN IMMEDIATE) until the block ends."""
    code = textwrap.dedent(f"""
        import sqlite3, sys
        conn = sqlite3.connect({str(db_path)!r}, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        print("locked", flush=True)
        sys.stdin.readline()
        conn.execute("ROLLBACK")
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        if proc.stdin is not None:
            with contextlib.suppress(BrokenPipeError):
                proc.stdin.write("\n")
                proc.stdin.close()
        proc.wait(timeout=30)


def damage_page(db_path: Path, page: int = 2) -> None:
    """Overwrite one page of a (checkpointed) database file with garbage, as a bad sector would."""
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    with open(db_path, "r+b") as out:
        out.seek((page - 1) * size)
        out.write(b"\xa5" * size)


def fingerprint(path: Path) -> tuple[str, int]:
    """The file's bytes (SHA-256) and permission bits: equal before and after means untouched."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), stat.S_IMODE(path.stat().st_mode)
