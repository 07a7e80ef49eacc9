"""The `sync` command: one knowledge base shared by the office's computers through a folder.

    python main.py sync --db kb.db --folder F          one round: send, receive, apply (creates the
                                                       shared knowledge base when F is empty)
    python main.py sync --db NEW.db --folder F --join  a new database from the shared folder
    python main.py sync status --db kb.db [--folder F] [--json]
    python main.py sync log --folder F                 every shared change, decrypted, as JSON lines

The passphrase: KUNSKAPSBANKEN_PASSPHRASE, --passphrase-file FILE, or a prompt on a terminal; it
is asked only when this computer keeps no key of the share yet (db/sharing/crypto.py).
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cli.errors import CommandError, require_database
from cli.messages import describe
from db.errors import Message
from db.services import KnowledgeBase
from db.sharing import state
from db.sharing.access import open_share
from db.sharing.rounds import RoundReport, create_share, join_share, sync_round
from db.sharing.share_folder import ShareFolder
from db.sharing.status import share_status, shared_entries

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "KUNSKAPSBANKEN_PASSPHRASE"
NO_PASSPHRASE = (f"no passphrase: set {PASSPHRASE_ENV}, give --passphrase-file FILE or run the command "
                 "in a terminal")


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Add `sync` to the command line."""
    sync = subparsers.add_parser(
        "sync", help="share the knowledge base with the office's other computers through a folder",
        description="Without a subcommand: one sync round with the shared folder (send this computer's "
                    "changes, apply the others'); it creates the shared knowledge base when the folder is "
                    "empty. `status` shows how this database stands, `log` prints every shared change "
                    "(decrypted) as JSON lines.")
    sync.add_argument("what", nargs="?", choices=("status", "log"), help="status or log (default: a sync round)")
    sync.add_argument("--db", type=Path, metavar="PATH", help="the database file")
    sync.add_argument("--folder", type=Path, metavar="FOLDER",
                      help="the shared folder (default: the one this database last synced with)")
    sync.add_argument("--join", action="store_true", help="build the new database --db from the shared folder")
    sync.add_argument("--passphrase-file", type=Path, metavar="FILE", help="read the passphrase from FILE")
    sync.add_argument("--user", help="author recorded in the change log (default: your login name)")
    sync.add_argument("--json", action="store_true", help="status as JSON")
    sync.set_defaults(handler=cmd_sync)


# --- the passphrase ---------------------------------------------------------------------------------------


def passphrase_source(args: argparse.Namespace, *, confirm: bool = False,
                      required: bool = True) -> Callable[[], str | None]:
    """A function giving the passphrase, asked only when it is needed."""

    def source() -> str | None:
        if os.environ.get(PASSPHRASE_ENV):
            return os.environ[PASSPHRASE_ENV]
        if args.passphrase_file is not None:
            try:
                text = args.passphrase_file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"{args.passphrase_file}: cannot read the passphrase ({exc})") from None
            return text.rstrip("\r\n")
        if sys.stdin.isatty():
            first = getpass.getpass("Passphrase of the shared knowledge base: ")
            if confirm and getpass.getpass("The same passphrase again: ") != first:
                raise CommandError("the two passphrases differ")
            return first
        if required:
            raise CommandError(NO_PASSPHRASE)
        return None

    return source


# --- the command ---------------------------------------------------------------------------------------------


def cmd_sync(args: argparse.Namespace) -> int:
    if args.what == "log":
        return cmd_log(args)
    if args.db is None:
        raise CommandError("--db PATH is required")
    if args.what == "status":
        return cmd_status(args)
    if args.join:
        if args.folder is None:
            raise CommandError("--join needs --folder FOLDER")
        report = join_share(args.db, args.folder, passphrase_source(args), user=args.user, progress=_progress())
        _print_report("joined", report)
        return 0
    require_database(args.db)
    with KnowledgeBase.open(args.db, args.user) as kb:
        folder = args.folder or _remembered(kb)
        if state.get(kb.db, "kb_id") is None and ShareFolder(folder).is_unused():
            report = create_share(kb, folder, passphrase_source(args, confirm=True), progress=_progress())
            _print_report(f"shared knowledge base created in {folder}", report)
        else:
            report = sync_round(kb, folder, passphrase_source(args), progress=_progress())
            _print_report("synced", report)
    return 0


def _remembered(kb: KnowledgeBase) -> Path:
    folder = state.get(kb.db, "folder")
    if not folder:
        raise CommandError("no shared folder given (--folder FOLDER) and none remembered for this database")
    return Path(folder)


def _progress() -> Callable[[str, int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(stage: str, done: int, total: int) -> None:
        print(f"\r{stage}: {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return show


def _print_report(what: str, report: RoundReport) -> None:
    print(f"{what}: sent {report.sent_entries} changes ({len(report.sent_files)} files), applied "
          f"{report.applied} changes from {len(report.received_files)} files of other computers "
          f"({report.seconds:.2f} s)")
    for problem in report.skipped:
        print(f"skipped: {describe(Message(problem['code'], {'file': problem['file']}))}", file=sys.stderr)
    for gap in report.gaps:
        print(f"waiting: computer {gap['device']}'s change file {gap['after'] + 1:08d} has not arrived",
              file=sys.stderr)
    if report.waiting:
        print(f"waiting: {len(report.waiting)} files refer to records that have not arrived yet", file=sys.stderr)
    for warning in report.warnings:
        params = {k: v for k, v in warning.items() if k != "code"}
        print(f"warning: {describe(Message(warning['code'], params))}", file=sys.stderr)
    if report.strays:
        print(f"note: {len(report.strays)} files in the folder are not the app's (conflicted copies, "
              "temp files); they are ignored (sync status lists them)", file=sys.stderr)


def cmd_status(args: argparse.Namespace) -> int:
    require_database(args.db)
    with KnowledgeBase.open(args.db, args.user, search=False) as kb:
        status = share_status(kb, args.folder, passphrase_source(args, required=False))
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=1, default=str))
        return 0
    for line in status_lines(status):
        print(line)
    return 0


def status_lines(status: dict[str, Any]) -> list[str]:
    if not status["shared"]:
        return ["not shared (sync --db D --folder F creates a shared knowledge base or --join joins one)"]
    last = status["last_round"]
    lines = [f"shared folder: {status['folder']}", f"this computer: {status['device']}",
             f"last sync: {status['last_sync'] or 'never'}", f"changes waiting to go out: {status['waiting_to_send']}"]
    for problem in last.get("skipped", []):
        lines.append(f"skipped last time: {describe(Message(problem['code'], {'file': problem['file']}))}")
    if last.get("waiting"):
        lines.append(f"files waiting for records not arrived yet: {len(last['waiting'])}")
    if status["folder_error"] is not None:
        lines.append(f"shared folder: {describe(status['folder_error'])}")
    for device in status["devices"]:
        if device["this_computer"]:
            continue
        where = device.get("computer") or "?"
        behind = device.get("behind", 0)
        theirs = device.get("ours_behind")
        lines.append(f"computer {device['device']} ({where}): last sync {device.get('last_sync') or 'unknown'}, "
                     f"{behind} of its files not applied here"
                     + (f", {theirs} of ours not applied there" if theirs is not None else ""))
    if status["strays"]:
        lines.append(f"ignored in the folder ({len(status['strays'])}): " + ", ".join(status["strays"][:20]))
    return lines


def cmd_log(args: argparse.Namespace) -> int:
    if args.folder is None:
        raise CommandError("sync log needs --folder FOLDER")
    share, description, keys = open_share(args.folder, passphrase_source(args))
    skipped: list[dict[str, str]] = []
    for name, entry in shared_entries(share, description, keys, skipped):
        print(json.dumps({"file": name, **entry}, ensure_ascii=False, sort_keys=True))
    for problem in skipped:
        print(f"skipped: {describe(Message(problem['code'], {'file': problem['file']}))}", file=sys.stderr)
    return 1 if skipped else 0
