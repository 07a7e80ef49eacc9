"""The index's folder beside the database: `<database file name>.index/`, with a state file
(schema version, the database it belongs to, and the watermark: the highest change_log.seq the
index has taken in). A full rebuild is written into a new folder and swapped in; what an
interrupted build or swap leaves behind is removed on the next open.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

from db.search.contract import Document
from db.search.whoosh_engine.locking import LOCK_FILE, folder_lock, lock_held
from db.search.whoosh_engine.schema import COMPOUND, SCHEMA_VERSION, document_fields, make_schema
from db.search.whoosh_engine.storage import FILE_MODE, create_index

log = logging.getLogger(__name__)

STATE_FILE = "kunskapsbanken-index.json"
LEFTOVER_SECONDS = 60.0  # a build folder or state file younger than this may be another process's


def index_folder(db_path: Path | str) -> Path:
    """`kb.db` -> `kb.db.index/` beside it."""
    path = Path(db_path)
    return path.with_name(path.name + ".index")


def read_state(folder: Path) -> dict | None:
    try:
        return json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_state(folder: Path, watermark: int, identity: str | None) -> None:
    """Schema version, watermark and the database it belongs to, written atomically."""
    tmp = folder / f"{STATE_FILE}.{uuid.uuid4().hex[:8]}.tmp"
    state = {"schema": SCHEMA_VERSION, "watermark": watermark, "database": identity}
    with os.fdopen(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE), "w", encoding="utf-8") as handle:
        handle.write(json.dumps(state))
    os.replace(tmp, folder / STATE_FILE)


def _restrict(folder: Path) -> None:
    """The index holds personal data: readable by its owner alone."""
    try:
        os.chmod(folder, 0o700)
    except OSError as exc:
        log.warning("could not restrict permissions of %s: %s", folder.name, exc)


def build(folder: Path, documents: Iterable[Document], *, watermark: int, identity: str | None = None,
          procs: int = 1, limitmb: int = 64) -> int:
    """Write a complete new index into `folder` (which must not exist) and return the number
    of documents. procs > 1 uses Whoosh's multiprocessing writer with one segment per process."""
    folder.mkdir(parents=True)
    _restrict(folder)
    ix = create_index(folder, make_schema())
    count = 0
    try:
        if procs > 1:
            writer = ix.writer(procs=procs, multisegment=True, limitmb=limitmb, batchsize=256, compound=COMPOUND)
        else:
            writer = ix.writer(limitmb=limitmb, compound=COMPOUND)
        try:
            for doc in documents:
                writer.add_document(**document_fields(doc))
                count += 1
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
    finally:
        ix.close()
    write_state(folder, watermark, identity)
    return count


def new_build_folder(folder: Path) -> Path:
    return folder.with_name(f"{folder.name}.new-{uuid.uuid4().hex[:8]}")


def swap(new: Path, folder: Path) -> None:
    """Replace `folder` by the freshly built `new`; the old one is removed. The old folder's
    write lock is held meanwhile, so no other process is half-way through a commit into it
    (IndexBusyError if one holds it longer than WRITER_TIMEOUT)."""
    old = None
    with folder_lock(folder):
        if folder.exists():
            old = folder.with_name(f"{folder.name}.old-{uuid.uuid4().hex[:8]}")
            os.replace(folder, old)
        os.replace(new, folder)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def remove_leftovers(folder: Path) -> None:
    """What an interrupted build, swap or state write left behind. A build folder is
    another process's work in progress while its write lock is held or it changed within
    LEFTOVER_SECONDS (between its last commit and its swap): it is left alone."""
    for path in folder.parent.glob(f"{folder.name}.new-*"):
        if not _in_use(path):
            shutil.rmtree(path, ignore_errors=True)
    for path in folder.parent.glob(f"{folder.name}.old-*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in folder.glob(f"{STATE_FILE}.*.tmp"):
        if _age(path) > LEFTOVER_SECONDS:
            path.unlink(missing_ok=True)


def _age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return float("inf")


def _in_use(build: Path) -> bool:
    if lock_held(build / LOCK_FILE):
        return True
    newest = min([_age(build), *(_age(p) for p in build.glob("*"))])
    return newest < LEFTOVER_SECONDS

