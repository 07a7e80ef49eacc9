"""After an erasure the search index must hold no document of the person, nor the old documents
of the texts that named them. The normal change notification rewrites them (and the segments
that held them); this checks that it did, and when it did not (an index folder that cannot be
written, a full disk) rebuilds the index, else removes its files (it is rebuilt on the next
open), else reports it as outstanding: `index_not_purged` naming the folder and the reason.

Nothing here logs personal data: ids stay in the database, the log names the folder only.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from db.care.reasons import os_reason
from db.errors import Message

log = logging.getLogger(__name__)


def purge_index(kb: Any, contact_ids: Iterable[str], *, rebuild: bool = False) -> list[Message]:
    """Make sure the index of `kb` keeps nothing of these persons (see the module doc); `rebuild`:
    rebuild it whatever the check says (finishing an erasure that was left unfinished). Returns
    what is left: [] or [index_not_purged]."""
    if kb.path is None:
        return []
    from db.search.whoosh_engine import index_folder  # imported here: it loads Whoosh

    folder = index_folder(kb.path)
    ids = list(contact_ids)
    search = getattr(kb, "search", None)
    if search is None:
        if not _has_files(folder):
            return []
        log.info("search index removed after erasure; it is rebuilt on the next open")
        return _remove(folder)
    if not rebuild and not holds(kb, search, ids):
        return []
    failure: BaseException | None = None
    try:
        search.rebuild()
    except Exception as exc:  # reported below by what is left, not by a traceback
        failure = exc
        log.warning("search index rebuild after erasure failed (%s)", type(exc).__name__)
    if failure is None and not holds(kb, search, ids):
        return []
    # The index holds them and cannot be rewritten: nothing may be served from it, and its files go.
    search.drop_index()
    return _remove(folder, failure)


def holds(kb: Any, search: Any, contact_ids: list[str]) -> bool:
    """Might the open index still hold something of these persons? True when an update failed (the
    records wait in index_queue), when it is not open, or when it has a document of theirs or one
    that shows them."""
    from db.search.contract import doc_key

    if kb.db.execute("SELECT 1 FROM index_queue LIMIT 1").fetchone() is not None:
        return True
    index = search.index
    if index is None:
        return True
    try:
        if index.versions_of(doc_key("contact", cid) for cid in contact_ids):
            return True
        return bool(index.keys_referencing(contact_ids))
    except Exception as exc:  # an index that cannot be read cannot be trusted
        log.warning("the search index could not be checked after erasure (%s)", type(exc).__name__)
        return True


def _has_files(folder: Path) -> bool:
    try:
        return folder.is_dir() and any(path.is_file() for path in folder.rglob("*"))
    except OSError:
        return True


def _remove(folder: Path, failure: BaseException | None = None) -> list[Message]:
    """Remove the index folder (or, when it cannot go itself, a mount point, every file in it)."""
    errors: list[OSError] = []

    def note(_function: Any, _path: Any, exc: Any) -> None:
        errors.append(exc[1] if isinstance(exc, tuple) else exc)

    shutil.rmtree(folder, onerror=note)
    if not _has_files(folder):
        if errors:
            log.info("search index files removed; the folder itself stays (%s)", type(errors[0]).__name__)
        return []
    cause = next((e for e in errors if isinstance(e, OSError)), None)
    if cause is None and isinstance(failure, OSError):
        cause = failure
    reason = os_reason(cause) if cause is not None else Message("index_rebuild_failed")
    if reason.code == "os_error_at":  # the folder is named already; which of its files does not matter
        reason = Message("os_error", {"detail": reason.params["detail"]})
    log.warning("the search index %s still holds erased data and cannot be removed", folder.name)
    return [Message("index_not_purged", {"folder": str(folder), "reason": reason})]
