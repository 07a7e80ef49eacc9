"""A complete index of a database file, built into a new folder beside the current one (which
keeps serving meanwhile) and swapped in when complete: the app's rebuild and the command line's
reindex."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path
from typing import Any

from db.search.documents import all_documents
from db.search.whoosh_engine import folders
from db.search.whoosh_engine.schema import TYPES

log = logging.getLogger(__name__)

PARALLEL_FROM_ROWS = 20_000  # a database this large is indexed by two processes


def database_identity(conn: Any) -> str:
    """Which database an index belongs to (its state file holds this)."""
    rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('device_id', 'created_at')").fetchall())
    return f"{rows.get('device_id', '')}/{rows.get('created_at', '')}"


def max_seq(conn: Any) -> int:
    """The newest change-log entry: an index that has taken it in is current."""
    row = conn.execute("SELECT max(seq) FROM change_log").fetchone()
    return int(row[0] or 0)


def _auto_procs(conn: Any) -> int:
    rows = sum(conn.execute(f"SELECT count(*) FROM [{t}] WHERE deleted_at IS NULL").fetchone()[0] for t in TYPES)
    return 2 if rows >= PARALLEL_FROM_ROWS else 1


def build_new_index(path: Path | str, *, procs: int | None = None) -> tuple[Path, int]:
    """Build a complete index of a database file into a new folder beside it (the current
    index is untouched) and return (that folder, number of documents)."""
    path = Path(path)
    conn = sqlite3.connect(str(path), isolation_level=None)
    new = folders.new_build_folder(folders.index_folder(path))
    try:
        conn.execute("BEGIN")  # one snapshot: the watermark and the rows agree
        watermark, identity = max_seq(conn), database_identity(conn)
        count = folders.build(new, all_documents(conn), watermark=watermark, identity=identity,
                              procs=procs or _auto_procs(conn))
        conn.execute("COMMIT")
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        raise
    finally:
        conn.close()
    return new, count


def reindex(path: Path | str, *, procs: int | None = None) -> int:
    """Rebuild the index of a database file from scratch (into a new folder, then swapped in)
    and return the number of documents. For the command line: the app rebuilds its own index
    with SearchService.rebuild()."""
    folder = folders.index_folder(path)
    folders.remove_leftovers(folder)
    new, count = build_new_index(path, procs=procs)
    folders.swap(new, folder)
    log.info("search index rebuilt: %d documents", count)
    return count
