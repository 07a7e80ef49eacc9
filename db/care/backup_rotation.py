"""The backups in a folder: listing them (by their names), thinning them out (rotation), and the
automatic backup that takes one when the newest is old enough and then rotates.

Rotation thins out each kind of backup (automatic, manual, before an import, before a restore,
before an upgrade) on its own, so a manual backup never takes the place of the backups taken
before two imports that morning. It counts days, weeks and months in local time; the names carry
UTC stamps (db.care.backup), so their order survives daylight-saving changes.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from db.care.backup import REASONS, STAMP_FORMAT, BackupInfo, backup_now
from db.care.sqlite_files import TEMP_PREFIX
from db.paths import default_backup_dir

if TYPE_CHECKING:
    from db.services import KnowledgeBase

log = logging.getLogger(__name__)

# Backups taken just before a risky step are kept this long whatever the rotation says.
SAFETY_REASONS = ("pre-restore", "pre-migration")
SAFETY_KEEP = timedelta(days=30)
STALE_TEMP_AGE_S = 24 * 3600
AUTO_MIN_AGE = timedelta(hours=20)
NEWEST_PER_KIND = 3  # of each kind, this many of the last `daily` days are kept, whatever their day
_NAME = re.compile(r"(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{6})-(?P<reason>"
                   + "|".join(re.escape(r) for r in REASONS) + r")(?:-(?P<n>\d+))?\.db")


def parse_backup_name(name: str) -> tuple[datetime, str, int] | None:
    """(taken_at in UTC, reason, number) of a backup file name; None for any other name."""
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None
    return taken_at, match["reason"], int(match["n"] or 1)


def read_backup_info(path: Path) -> BackupInfo:
    """What the file's name says about it; a file named otherwise (an `-o` copy) is dated by
    its modification time."""
    path = Path(path)
    stat = path.stat()
    parsed = parse_backup_name(path.name)
    if parsed is None:
        return BackupInfo(path, datetime.fromtimestamp(int(stat.st_mtime), UTC), "manual", stat.st_size)
    return BackupInfo(path, parsed[0], parsed[1], stat.st_size)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in a folder, newest first; files not named like a backup are ignored."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        parsed = parse_backup_name(entry.name)
        if parsed is None:
            continue
        try:
            if not entry.is_file():
                continue
            stat = entry.stat()
        except OSError:  # removed meanwhile
            continue
        taken_at, reason, number = parsed
        # Within one second the file written last is the newest.
        found.append(((taken_at, number, stat.st_mtime_ns, entry.name),
                      BackupInfo(entry, taken_at, reason, stat.st_size)))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [info for _, info in found]


def rotate(folder: Path, *, daily: int = 7, weekly: int = 4, monthly: int = 12, newest: int = NEWEST_PER_KIND,
           now: datetime | None = None) -> list[Path]:
    """Grandfather-father-son for each kind of backup on its own: keep the newest backup of that
    kind of each of the last `daily` days, the last `weekly` ISO weeks and the last `monthly`
    months (today, this week and this month count), and its `newest` newest of the last `daily`
    days; the newest backup of all, and pre-restore / pre-migration backups younger than 30 days.
    Removes the rest (and temporary files a crash left behind); returns what it removed.
    A naive `now` is local time."""
    for name, value in (("daily", daily), ("weekly", weekly), ("monthly", monthly), ("newest", newest)):
        if value < 0:
            raise ValueError(f"{name} must be 0 or more, not {value}")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    backups = list_backups(folder)
    keep = backups_to_keep(backups, daily=daily, weekly=weekly, monthly=monthly, newest=newest, now=now)
    removed = []
    for info in backups:
        if info.path in keep:
            continue
        try:
            info.path.unlink()
            removed.append(info.path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.warning("could not remove the old backup %s: %s", info.path.name, exc)
    removed.extend(_remove_stale_temps(Path(folder)))
    if removed:
        log.info("rotation removed %d file(s) from %s", len(removed), folder)
    return removed


def backups_to_keep(backups: list[BackupInfo], *, daily: int, weekly: int, monthly: int,
                    now: datetime, newest: int = NEWEST_PER_KIND) -> set[Path]:
    """The paths rotation keeps (backups newest first, as list_backups gives them). Each kind
    (reason) has its own days, weeks and months: one kind's backup never claims another's."""
    if not backups:
        return set()
    keep = {backups[0].path}
    today = now.astimezone().date()
    claimed: set[tuple] = set()
    recent: dict[str, int] = {}
    for info in backups:  # newest first: the first backup seen in a bucket is its newest
        age = now - info.taken_at
        if age < timedelta(0) or (info.reason in SAFETY_REASONS and age < SAFETY_KEEP):
            keep.add(info.path)  # from the future (a clock set back): not ours to judge
        day = info.taken_at.astimezone().date()
        if 0 <= (today - day).days < daily and recent.get(info.reason, 0) < newest:
            recent[info.reason] = recent.get(info.reason, 0) + 1
            keep.add(info.path)
        for bucket in _buckets(day, today, daily, weekly, monthly):
            if (info.reason, bucket) not in claimed:
                claimed.add((info.reason, bucket))
                keep.add(info.path)
    return keep


def _buckets(day: date, today: date, daily: int, weekly: int, monthly: int) -> Iterator[tuple]:
    if 0 <= (today - day).days < daily:
        yield ("day", day)
    monday = day - timedelta(days=day.weekday())
    if 0 <= (today - timedelta(days=today.weekday()) - monday).days // 7 < weekly:
        yield ("week", monday)
    if 0 <= (today.year - day.year) * 12 + today.month - day.month < monthly:
        yield ("month", day.year, day.month)


def _remove_stale_temps(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    removed, cutoff = [], time.time() - STALE_TEMP_AGE_S
    for entry in folder.glob(f"{TEMP_PREFIX}*"):
        try:
            if entry.is_file() and entry.stat().st_mtime < cutoff:
                entry.unlink()
                removed.append(entry)
        except OSError as exc:
            log.warning("could not remove the leftover file %s: %s", entry.name, exc)
    return removed


def take_auto_backup(kb: KnowledgeBase, folder: Path | None = None, *,
                     min_age: timedelta = AUTO_MIN_AGE) -> BackupInfo | None:
    """auto_backup of an open knowledge base, through its own connection (on its thread)."""
    if kb.path is None:
        raise ValueError("a knowledge base in memory has no file to back up")
    return auto_backup(kb.path, folder, min_age=min_age, conn=kb.db.conn)


def auto_backup(db_path: Path, folder: Path | None = None, *, min_age: timedelta = AUTO_MIN_AGE,
                conn: sqlite3.Connection | None = None) -> BackupInfo | None:
    """Take an "auto" backup when the newest backup (any reason) is older than min_age or
    there is none, then rotate. None when no backup was due."""
    folder = Path(folder) if folder is not None else default_backup_dir(db_path)
    backups = list_backups(folder)
    now = datetime.now(UTC)
    # A newest backup dated in the future means the clock went back: do not wait for it.
    if backups and timedelta(0) <= now - backups[0].taken_at < min_age:
        return None
    info = backup_now(db_path, folder, reason="auto", conn=conn)
    rotate(folder, now=now)
    return info
