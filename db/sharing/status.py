"""How a database stands with its share, and every shared change read back (for audits).

    share_status(kb)                          # from the database alone: last sync, waiting, last report
    share_status(kb, folder, passphrase)      # and from the folder: computers seen, how far behind, strays
    for name, entry in shared_entries(share, description, keys, skipped): ...

Nothing here writes, to the database or to the folder.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from db.services import KnowledgeBase
from db.sharing import state
from db.sharing.access import PassphraseSource, open_share
from db.sharing.crypto import Keys
from db.sharing.errors import ShareFileError, ShareUnavailable, UserError
from db.sharing.rounds import count_unsent
from db.sharing.share_folder import ShareFolder

log = logging.getLogger(__name__)


def share_status(kb: KnowledgeBase, folder: Path | str | None = None,
                 passphrase: PassphraseSource = None) -> dict[str, Any]:
    report = state.report(kb.db)
    status: dict[str, Any] = {
        "shared": state.get(kb.db, "kb_id") is not None, "kb_id": state.get(kb.db, "kb_id"),
        "device": kb.device_id, "folder": str(folder) if folder else state.get(kb.db, "folder"),
        "last_sync": state.get(kb.db, "last_sync"), "waiting_to_send": count_unsent(kb),
        "sent_files": state.get_int(kb.db, "sent_file"), "applied": state.applied(kb.db),
        "last_round": report, "devices": [], "strays": [], "folder_error": None,
    }
    target = status["folder"]
    if not status["shared"] or not target:
        return status
    try:
        share, description, keys = open_share(target, passphrase)
        status.update(_folder_status(kb, share, description, keys))
    except OSError as exc:
        status["folder_error"] = ShareUnavailable(str(target), exc.strerror or type(exc).__name__).message
    except UserError as exc:  # offline, wrong key, newer app: the local part still stands
        status["folder_error"] = exc.message
    return status


def _folder_status(kb: KnowledgeBase, share: ShareFolder, description: dict[str, Any],
                   keys: Keys) -> dict[str, Any]:
    kb_id = description["kb_id"]
    numbers, device_files, strays = share.scan()
    applied = state.applied(kb.db)
    sent = state.get_int(kb.db, "sent_file")
    devices = []
    for device in sorted(set(numbers) | set(device_files)):
        found = numbers.get(device, [])
        row: dict[str, Any] = {"device": device, "this_computer": device == kb.device_id,
                               "files": len(found), "last_file": found[-1] if found else 0}
        if device != kb.device_id:
            row["applied_here"] = applied.get(device, 0)
            row["behind"] = max(0, row["last_file"] - row["applied_here"])
        if device in device_files:
            try:
                info = share.read_device_file(keys, kb_id, device)
                row.update(computer=info.get("computer"), author=info.get("author"),
                           person_id=info.get("person_id"), last_sync=info.get("last_sync"),
                           app_version=info.get("app_version"))
                if device != kb.device_id:
                    theirs = (info.get("applied") or {}).get(kb.device_id, 0)
                    row["has_applied_ours"] = theirs
                    row["ours_behind"] = max(0, sent - theirs) if isinstance(theirs, int) else None
            except ShareFileError as exc:
                row["device_file_error"] = exc.code
        devices.append(row)
    return {"devices": devices, "strays": strays, "kb_id_in_folder": kb_id}


def shared_entries(share: ShareFolder, description: dict[str, Any], keys: Keys,
                   skipped: list[dict[str, str]]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every change-log entry in the share, device by device, file by file (up to a gap or a
    file that cannot be read, which goes into `skipped`)."""
    numbers, _, _ = share.scan()
    for device in sorted(numbers):
        expected = 1
        for number in numbers[device]:
            if number != expected:
                skipped.append({"file": f"changes/{device}/{expected:08d}.kbc", "code": "share_file_missing"})
                break
            try:
                found = share.read_change_file(keys, description["kb_id"], device, number)
            except ShareFileError as exc:
                skipped.append({"file": exc.file, "code": exc.code})
                break
            name = share.relative(share.change_path(device, number))
            for entry in found.entries:
                yield name, entry
            expected += 1
