"""The `backup` and `restore` commands.

    python main.py backup --db kb.db [-o FILE]     # into the backup folder (then rotate), or exactly FILE
    python main.py backup --list --db kb.db
    python main.py restore FILE --db kb.db [--yes]
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from datetime import datetime
from pathlib import Path

from cli.errors import CommandError, require_database
from cli.messages import describe
from db.care.backup import backup_now
from db.care.backup_check import verify_backup
from db.care.backup_rotation import list_backups, read_backup_info, rotate
from db.care.erasure import finish_restore
from db.care.restore import restore_backup
from db.paths import default_backup_dir
from db.services import KnowledgeBase

log = logging.getLogger(__name__)

YES = {"y", "yes", "j", "ja"}


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Add `backup` and `restore` to the command line's subcommands."""
    backup = subparsers.add_parser(
        "backup", help="back up the database file",
        description="Copy the database into one self-contained, checked file, also while the app is running. "
                    "Without -o the copy goes into the database's backup folder in the user data folder, "
                    "and old backups there are thinned out (one a day for a week, a week for a month, "
                    "a month for a year).")
    backup.add_argument("--db", required=True, type=Path, metavar="PATH", help="the database file")
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the backup to exactly this file")
    backup.add_argument("--list", action="store_true", help="list the backups in the backup folder, newest first")
    backup.set_defaults(handler=cmd_backup)

    restore = subparsers.add_parser(
        "restore", help="replace the database with a backup",
        description="Replace the database file with a backup. The backup is checked first, the current "
                    "database is backed up (pre-restore), and the search index is rebuilt on next start. "
                    "Close the app first.")
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup file")
    restore.add_argument("--db", required=True, type=Path, metavar="PATH", help="the database file to replace")
    restore.add_argument("--yes", action="store_true", help="do not ask before replacing the database")
    restore.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    if args.list:
        if args.output is not None:
            raise CommandError("--list and -o cannot be used together")
        return _list(args.db)
    require_database(args.db)
    if args.output is not None:
        _check_output(args.output)
    started = time.perf_counter()
    info = backup_now(args.db, target=args.output)  # a BackupError reaches stderr through cli.main.run
    print(f"backup written: {info.path} ({format_size(info.size)}, {time.perf_counter() - started:.1f} s)")
    if args.output is None:
        removed = rotate(info.path.parent)
        if removed:
            print(f"{len(removed)} older backup(s) removed")
    return 0


def _check_output(output: Path) -> None:
    if not output.parent.is_dir():
        raise CommandError(f"{output.parent}: no such folder")
    if output.exists():
        raise CommandError(f"{output}: the file already exists; choose another name")


def _list(db: Path) -> int:
    folder = default_backup_dir(db)
    backups = list_backups(folder)
    if not backups:
        print(f"no backups in {folder}")
        return 0
    print(f"{len(backups)} backup(s) in {folder}, newest first:")
    for info in backups:
        print(f"{local_time(info.taken_at)}  {info.reason:<13} {format_size(info.size):>9}  {info.path.name}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CommandError(f"{args.file}: no such backup file")
    if not args.yes:
        if not sys.stdin.isatty():
            raise CommandError(f"restoring replaces {args.db}; add --yes to confirm")
        problems = verify_backup(args.file)
        if problems:
            reasons = "; ".join(describe(problem) for problem in problems)
            raise CommandError(f"{args.file} cannot be restored: {reasons}. Nothing was changed")
        if not _confirm(f"Replace {args.db} with the backup of {local_time(read_backup_info(args.file).taken_at)}?"):
            print("nothing restored")
            return 1
    result = restore_backup(args.file, args.db)
    info = read_backup_info(result.restored_from)
    print(f"restored {args.db} from {result.restored_from} (backup of {local_time(info.taken_at)})")
    if result.safety_backup is not None:
        print(f"the replaced database was saved as {result.safety_backup}")
    else:
        print(f"no safety backup: {args.db} held no database before")
    print("the search index is rebuilt when the database is next opened")
    if result.erased_ids or result.pending_audit or result.backup_folders:
        with KnowledgeBase.open(args.db, search=False) as kb:
            again = finish_restore(kb, result.pending_audit, known=result.backup_folders)
        if again:
            print(f"{again} contact(s) erased since this backup was taken were erased again")
    return 0


def _confirm(question: str) -> bool:
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in YES


def local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def format_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / 2**20:.1f} MB"

