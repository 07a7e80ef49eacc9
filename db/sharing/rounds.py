"""One sync round of a knowledge base with its shared folder, creating a share and joining one.

    report = sync_round(kb, folder, passphrase)      # send, receive, apply, record
    create_share(kb, folder, passphrase)             # the description and this database's history
    join_share(new_db_path, folder, passphrase)      # a new database from every computer's changes

A round: (1) send this computer's change-log entries not yet sent, at most `batch` per change
file, each file written before the database records it as sent; (2) receive, for every other
computer, its change files after the last one applied here, in order, each verified, stopping at
a gap, an incomplete file (retried next round) or an unauthentic one (never applied, reported);
(3) apply them through db.changelog_replay.replay in ONE transaction that also records how far
each computer was applied, so the marker and the rows commit together; files whose entries refer
to rows not here yet (MissingReferences) wait for the next round; (4) write this computer's file
(name, person, last sync, how far it applied every other computer).

A kill -9 anywhere leaves a state the next round completes: a change file written but not
recorded is recognised as this computer's own (its entries are in the local log) and adopted;
an apply either committed with its marker or not at all; replay skips entries already held.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import signal
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db import models as m
from db.changelog import utc_now
from db.changelog_replay import LOG_COLUMNS, MissingReferences, replay
from db.services import KnowledgeBase
from db.sharing import crypto, files, state
from db.sharing.access import PassphraseSource, open_share, passphrase_of
from db.sharing.errors import (
    Incomplete,
    Malformed,
    PassphraseNeeded,
    ShareFileError,
    ShareUnavailable,
    SharingRefused,
    Unauthentic,
)
from db.sharing.share_folder import SHARE_FORMAT_VERSION, ChangeFile, ShareFolder, app_version

log = logging.getLogger(__name__)

DEFAULT_BATCH = 1000  # entries per change file
CLOCK_AHEAD_WARNING_MS = 60 * 60 * 1000
CRASH_ENV = "KUNSKAPSBANKEN_SYNC_CRASH"  # tests: kill this process at the named point of a round
Progress = Callable[[str, int, int], None]  # (stage: "send", "read" or "apply", done, total)


@dataclass
class RoundReport:
    sent_entries: int = 0
    sent_files: list[str] = field(default_factory=list)
    received_files: list[str] = field(default_factory=list)
    applied: int = 0  # entries applied here
    already_held: int = 0
    waiting: list[str] = field(default_factory=list)  # files whose rows refer to rows not here yet
    skipped: list[dict[str, str]] = field(default_factory=list)  # {"file", "code"}: incomplete, unauthentic
    gaps: list[dict[str, Any]] = field(default_factory=list)  # {"device", "after"}: a missing file waited for
    warnings: list[dict[str, Any]] = field(default_factory=list)  # {"code", "device", ...}
    strays: list[str] = field(default_factory=list)
    changes: m.Changes = field(default_factory=m.Changes)
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        """What the database keeps of the round (sharing.last_report): no personal data."""
        return {"at": utc_now(), "sent_entries": self.sent_entries, "sent_files": len(self.sent_files),
                "received_files": len(self.received_files), "applied": self.applied, "waiting": self.waiting,
                "skipped": self.skipped, "gaps": self.gaps, "warnings": self.warnings,
                "strays": len(self.strays), "seconds": round(self.seconds, 3)}


def _crash_point(name: str) -> None:
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def _no_progress(stage: str, done: int, total: int) -> None:
    pass


# --- the round -------------------------------------------------------------------------------------------


def sync_round(kb: KnowledgeBase, folder: Path | str, passphrase: PassphraseSource = None, *,
               batch: int = DEFAULT_BATCH, progress: Progress | None = None) -> RoundReport:
    started = time.perf_counter()
    progress = progress or _no_progress
    try:
        share, description, keys = open_share(folder, passphrase)
        kb_id = _joined_id(kb, share, description)
        report = RoundReport()
        numbers, _, report.strays = share.scan()
        _send(kb, share, keys, kb_id, numbers.get(kb.device_id, []), batch, report, progress)
        incoming = _receive(kb, share, keys, kb_id, numbers, report, progress)
        _apply(kb, incoming, report, progress)
        _write_device_file(kb, share, keys, kb_id)
        _crash_point("after_device_file")
    except OSError as exc:
        raise ShareUnavailable(str(folder), exc.strerror or type(exc).__name__) from exc
    report.seconds = time.perf_counter() - started
    with kb.transaction():
        state.put(kb.db, "folder", str(Path(folder).resolve()))
        state.put(kb.db, "last_sync", utc_now())
        state.put(kb.db, "last_report", json.dumps(report.summary(), ensure_ascii=False))
    log.info("sync round: sent %d entries, applied %d, %d files waiting, %d skipped, %.2f s",
             report.sent_entries, report.applied, len(report.waiting), len(report.skipped), report.seconds)
    return report


def _joined_id(kb: KnowledgeBase, share: ShareFolder, description: dict[str, Any]) -> str:
    kb_id = description["kb_id"]
    held = state.get(kb.db, "kb_id")
    if held is None and description.get("created_by") == kb.device_id:
        _adopt_as_creator(kb, kb_id)  # killed while creating the share: finish it
        held = kb_id
    if held is None:
        raise SharingRefused("share_not_joined", folder=str(share.root))
    if held != kb_id:
        raise SharingRefused("share_other_knowledge_base", folder=str(share.root))
    if not files.DEVICE_ID.fullmatch(kb.device_id):
        raise SharingRefused("share_device_id_invalid", device=kb.device_id)
    return kb_id


def _adopt_as_creator(kb: KnowledgeBase, kb_id: str) -> None:
    with kb.transaction():
        top = kb.db.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]
        state.put(kb.db, "kb_id", kb_id)
        state.put(kb.db, "created_upto_seq", top)


# --- sending ----------------------------------------------------------------------------------------------


def unsent(kb: KnowledgeBase, limit: int | None = None) -> list[dict[str, Any]]:
    """This computer's entries not yet sent (the creator's: its whole history), oldest first."""
    sql = (f"SELECT seq, {', '.join(LOG_COLUMNS)} FROM change_log WHERE seq > ?"
           " AND (device_id = ? OR seq <= ?) ORDER BY seq")
    params: list[Any] = [state.get_int(kb.db, "sent_seq"), kb.device_id, state.get_int(kb.db, "created_upto_seq")]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return kb.db.execute_returning_dicts(sql, params)


def count_unsent(kb: KnowledgeBase) -> int:
    return kb.db.execute("SELECT count(*) FROM change_log WHERE seq > ? AND (device_id = ? OR seq <= ?)",
                         [state.get_int(kb.db, "sent_seq"), kb.device_id,
                          state.get_int(kb.db, "created_upto_seq")]).fetchone()[0]


def _mark_sent(kb: KnowledgeBase, number: int, last_seq: int) -> None:
    with kb.transaction():
        state.put(kb.db, "sent_file", number)
        state.put(kb.db, "sent_seq", max(last_seq, state.get_int(kb.db, "sent_seq")))


def _recover_own(kb: KnowledgeBase, share: ShareFolder, keys: crypto.Keys, kb_id: str, own: list[int]) -> None:
    """Change files of this device that the database does not know it wrote: a kill -9 between
    writing and recording (adopted), or another computer with this device id (refused)."""
    sent_file = state.get_int(kb.db, "sent_file")
    beyond = [n for n in own if n > sent_file]
    if not beyond:
        if sent_file and (not own or own[-1] < sent_file):
            raise SharingRefused("share_own_files_missing", device=kb.device_id, number=sent_file)
        return
    if files.consecutive(own, sent_file) != beyond:
        raise SharingRefused("share_device_id_taken", device=kb.device_id)
    for number in beyond:
        try:
            found = share.read_change_file(keys, kb_id, kb.device_id, number)
        except ShareFileError:
            raise SharingRefused("share_device_id_taken", device=kb.device_id) from None
        ids = [e["id"] for e in found.entries]
        held = sum(kb.db.execute(f"SELECT count(*) FROM change_log WHERE id IN ({', '.join('?' * len(part))})",
                                 part).fetchone()[0] for part in _chunks(ids, 500))
        last = found.info.get("last_local_seq")
        if held != len(ids) or not isinstance(last, int):
            raise SharingRefused("share_device_id_taken", device=kb.device_id)
        _mark_sent(kb, number, last)
        log.info("adopted change file %d written before an interrupted round", number)


def _chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def _send(kb: KnowledgeBase, share: ShareFolder, keys: crypto.Keys, kb_id: str, own: list[int], batch: int,
          report: RoundReport, progress: Progress) -> None:
    files.remove_own_tmp(share.change_folder(kb.device_id))
    _recover_own(kb, share, keys, kb_id, own)
    total = count_unsent(kb)
    while True:
        entries = unsent(kb, batch)
        if not entries:
            return
        number = state.get_int(kb.db, "sent_file") + 1
        try:
            path = share.write_change_file(keys, kb_id, kb.device_id, number, entries,
                                           last_local_seq=entries[-1]["seq"])
        except files.Exists:
            raise SharingRefused("share_device_id_taken", device=kb.device_id) from None
        _crash_point("after_send_file")
        _mark_sent(kb, number, entries[-1]["seq"])
        report.sent_entries += len(entries)
        report.sent_files.append(share.relative(path))
        progress("send", report.sent_entries, total)


# --- receiving and applying ---------------------------------------------------------------------------------


def _receive(kb: KnowledgeBase, share: ShareFolder, keys: crypto.Keys, kb_id: str,
             numbers: dict[str, list[int]], report: RoundReport, progress: Progress) -> list[ChangeFile]:
    applied = state.applied(kb.db)
    wanted = {device: files.consecutive(found, applied.get(device, 0))
              for device, found in numbers.items() if device != kb.device_id}
    total, incoming = sum(len(v) for v in wanted.values()), []
    for device in sorted(wanted):
        for number in wanted[device]:
            try:
                found = share.read_change_file(keys, kb_id, device, number)
            except (Incomplete, Unauthentic, Malformed) as exc:
                report.skipped.append({"file": exc.file, "code": exc.code})
                log.warning("change file %s not applied: %s", exc.file, exc.code)
                break
            _check_clock(found, report)
            incoming.append(found)
            progress("read", len(incoming), total)
        else:
            later = [n for n in numbers[device] if n > applied.get(device, 0) + len(wanted[device])]
            if later:
                report.gaps.append({"device": device, "after": applied.get(device, 0) + len(wanted[device])})
    return incoming


def _check_clock(found: ChangeFile, report: RoundReport) -> None:
    now_ms = time.time_ns() // 1_000_000
    try:
        newest = max(int(e["hlc"].split(".", 1)[0]) for e in found.entries) if found.entries else 0
    except ValueError:
        return
    if newest - now_ms > CLOCK_AHEAD_WARNING_MS and not any(
            w.get("device") == found.device_id for w in report.warnings):
        report.warnings.append({"code": "share_clock_ahead", "device": found.device_id,
                                "hours": round((newest - now_ms) / 3_600_000, 1)})


def _apply(kb: KnowledgeBase, incoming: list[ChangeFile], report: RoundReport, progress: Progress) -> None:
    if not incoming:
        return
    with kb.transaction() as changes:
        done, pending = _replay_all(kb, incoming, report)
        if pending:
            done += _replay_one_by_one(kb, pending, report)
        for found in done:
            report.received_files.append(f"{found.device_id}/{found.number:08d}")
        for device in {f.device_id for f in done}:
            state.put_applied(kb.db, device, max(f.number for f in done if f.device_id == device))
        report.waiting = [f"{f.device_id}/{f.number:08d}" for f in incoming if f not in done]
        progress("apply", len(done), len(incoming))
        _crash_point("before_apply_commit")
    report.changes.merge(changes)
    _crash_point("after_apply_commit")


def _count(report: RoundReport, replayed) -> None:
    report.applied += replayed.applied
    report.already_held += replayed.skipped


def _replay_all(kb: KnowledgeBase, incoming: list[ChangeFile], report: RoundReport):
    try:
        _count(report, replay(kb, [e for f in incoming for e in f.entries]))
    except MissingReferences:
        return [], list(incoming)
    return list(incoming), []


def _replay_one_by_one(kb: KnowledgeBase, pending: list[ChangeFile], report: RoundReport) -> list[ChangeFile]:
    """File by file, each device's in order, as long as one more applies: the rest waits."""
    done: list[ChangeFile] = []
    progressed = True
    while progressed and pending:
        progressed = False
        for found in list(pending):
            if any(p.device_id == found.device_id and p.number < found.number for p in pending):
                continue
            try:
                _count(report, replay(kb, found.entries))
            except MissingReferences:
                continue
            done.append(found)
            pending.remove(found)
            progressed = True
    return done


def _write_device_file(kb: KnowledgeBase, share: ShareFolder, keys: crypto.Keys, kb_id: str) -> None:
    info = {"device": kb.device_id, "computer": platform.node(), "author": kb.user,
            "person_id": state.get(kb.db, "person_id"), "last_sync": utc_now(),
            "sent_file": state.get_int(kb.db, "sent_file"), "applied": state.applied(kb.db),
            "app_version": app_version(), "format_version": SHARE_FORMAT_VERSION}
    share.write_device_file(keys, kb_id, kb.device_id, info)


# --- creating and joining -------------------------------------------------------------------------------------


def create_share(kb: KnowledgeBase, folder: Path | str, passphrase: PassphraseSource, *,
                 kdf_n: int = crypto.DEFAULT_N, batch: int = DEFAULT_BATCH,
                 progress: Progress | None = None) -> RoundReport:
    """Make `folder` (empty, or missing in an existing folder) the share of this database: the
    description, then this database's whole history as its change files."""
    held = state.get(kb.db, "kb_id")
    if held is not None:
        raise SharingRefused("share_already_shared", folder=state.get(kb.db, "folder", ""))
    share = ShareFolder(folder)
    try:
        if not share.root.exists() and share.root.parent.is_dir():
            share.root.mkdir()
        share.reachable()
        if not share.is_unused():
            raise SharingRefused("share_folder_in_use", folder=str(share.root))
        text = passphrase_of(passphrase)
        if not text:
            raise PassphraseNeeded(str(share.root))
        crypto.require_passphrase_strength(text)
        kb_id = uuid.uuid4().hex
        kdf = crypto.new_kdf_params(kdf_n)
        keys = crypto.derive_keys(text, kdf, kb_id)
        share.write_description(kb_id, kdf, keys.check, created_by=kb.device_id)
        crypto.keep_key(kb_id, keys)
    except OSError as exc:
        raise ShareUnavailable(str(folder), exc.strerror or type(exc).__name__) from exc
    _adopt_as_creator(kb, kb_id)
    _crash_point("after_create_description")
    # The key was just kept in the user data folder: the first round finds it there.
    return sync_round(kb, folder, None, batch=batch, progress=progress)


def join_share(db_path: Path | str, folder: Path | str, passphrase: PassphraseSource, *, user: str | None = None,
               search: bool = True, batch: int = DEFAULT_BATCH, progress: Progress | None = None) -> RoundReport:
    """Build a new database at `db_path` from every computer's change files. A database that
    already holds data (the demo, another knowledge base) is refused; one that was joining this
    share when it was interrupted is completed."""
    share, description, _ = open_share(folder, passphrase)
    with KnowledgeBase.open(db_path, user, search=search) as kb:
        held = state.get(kb.db, "kb_id")
        if held != description["kb_id"]:
            if held is not None or state.holds_data(kb.db):
                raise SharingRefused("share_join_needs_empty_database", db=str(db_path))
            with kb.transaction():
                state.put(kb.db, "kb_id", description["kb_id"])
        return sync_round(kb, share.root, None, batch=batch, progress=progress)


__all__ = ["DEFAULT_BATCH", "RoundReport", "count_unsent", "create_share", "join_share", "sync_round", "unsent"]
