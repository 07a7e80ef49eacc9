"""The `gdpr` command: register extract, erasure, retention review and the audit list.

    python main.py gdpr extract PERSON --db kb.db -o utdrag.html      (or .json)
    python main.py gdpr erase PERSON --db kb.db [--yes] [--backups FOLDER ...]
    python main.py gdpr retention --db kb.db [--years N] [--erase --yes]
    python main.py gdpr audit --db kb.db [--limit N]

PERSON is a contact id, an e-mail address or the exact full name. What is printed about an
erasure is counts, never the person's data. An erasure that something kept from finishing (an
unwritable index folder, a full disk, a backup folder not there) prints one PROBLEM line for each
thing left and exits 1; the next open of the database finishes it.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from cli.errors import CommandError, require_database
from cli.messages import describe
from db.care.audit import audit_entries
from db.care.backup_folders import all_backup_locations
from db.care.erasure import EraseReport, erase, erase_many, erase_preview
from db.care.erasure_backups import backup_files
from db.care.extract import EXTRACT_FORMATS, write_extract
from db.care.persons import find_person
from db.care.retention import MAX_RETENTION_YEARS, MIN_RETENTION_YEARS, retention_candidates, retention_years
from db.services import KnowledgeBase

log = logging.getLogger(__name__)

MAX_AUDIT_LIMIT = 100_000
PREVIEW_LABELS = (
    ("affiliations", "affiliations (removed)"), ("project_parties", "project roles (removed)"),
    ("memberships", "network memberships (removed)"), ("notes", "notes about them (removed)"),
    ("tags", "tags (removed)"), ("activities_kept", "activities (kept, shown as an erased person)"),
    ("follow_ups_unassigned", "follow-ups they own (kept, without owner)"),
    ("change_log_entries", "change-log entries about them (emptied)"),
    ("mentions", "texts in other records naming them (replaced by [raderad person])"),
)


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Add `gdpr` and its subcommands to the command line."""
    gdpr_parser = subparsers.add_parser(
        "gdpr", help="data protection: register extract, erasure, retention review, audit list",
        description="Data protection duties (GDPR): a register extract for one person (art. 15), erasing a "
                    "person everywhere (art. 17), the retention review and the audit list.")
    sub = gdpr_parser.add_subparsers(dest="gdpr_command", metavar="SUBCOMMAND", required=True,
                                     parser_class=type(gdpr_parser))

    extract = sub.add_parser("extract", help="write everything held about one person to a file",
                             description="Write a register extract (.json, or .html to print) of one person.")
    _person_argument(extract)
    _db_argument(extract)
    extract.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="the file (.json or .html)")
    extract.set_defaults(handler=cmd_extract)

    erase = sub.add_parser("erase", help="erase one person everywhere (cannot be undone)",
                           description="Erase one person: their record and links, their name, e-mail and phone "
                                       "in other records' text and the change log, the search index and the "
                                       "backups. Activities they took part in stay, with an erased participant.")
    _person_argument(erase)
    _db_argument(erase)
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _backups_argument(erase)
    erase.set_defaults(handler=cmd_erase)

    retention = sub.add_parser("retention", help="list (and erase) contacts not in touch for N years",
                               description="List contacts who are not staff, not kept on purpose (retain_until), "
                                           "created more than N years ago and in no activity since. With --erase "
                                           "--yes they are erased.")
    retention.add_argument("--years", metavar="N", help="years without contact (default: the database's setting)")
    _db_argument(retention)
    retention.add_argument("--erase", action="store_true", help="erase the listed contacts (needs --yes)")
    retention.add_argument("--yes", action="store_true", help="confirm --erase")
    _backups_argument(retention)
    retention.set_defaults(handler=cmd_retention)

    audit = sub.add_parser("audit", help="show the audit list (extracts, erasures, restores)",
                           description="The data-protection events, newest first (ids and counts, no personal data).")
    _db_argument(audit)
    audit.add_argument("--limit", metavar="N", help="show at most N entries")
    audit.set_defaults(handler=cmd_audit)


def _person_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("person", metavar="PERSON", help="a contact id, an e-mail address or the exact full name")


def _db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="PATH", help="the database file")


def _backups_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--backups", action="append", default=[], type=Path, metavar="FOLDER",
                        help="another folder of backup files (*.db), or one backup file, to clean too "
                             "(repeatable); the database's own backup folder and every folder a backup "
                             "of it was written to or chosen for it in the app are always cleaned")


def _whole_number(value: str | None, name: str, low: int, high: int) -> int | None:
    if value is None:
        return None
    try:
        number = int(value)
    except ValueError:
        raise CommandError(f"--{name} must be a whole number, not '{value}'") from None
    if not low <= number <= high:
        raise CommandError(f"--{name} must be between {low} and {high}, not {number}")
    return number


def _backup_locations(args: argparse.Namespace) -> list[Path]:
    """The --backups given (the erasure adds the default places and every place the database knows)."""
    for folder in args.backups:
        if not folder.exists():
            raise CommandError(f"--backups {folder}: no such folder or file")
    return list(args.backups)


def _confirm(question: str) -> bool:
    """Ask on a terminal; without one the caller must have said --yes."""
    if not sys.stdin.isatty():
        raise CommandError("not asking without a terminal: add --yes to confirm")
    print(f"{question} [y/N] ", end="", flush=True)
    answer = sys.stdin.readline().strip().casefold()
    return answer in ("y", "yes", "j", "ja")


def cmd_extract(args: argparse.Namespace) -> int:
    suffix = args.output.suffix.lower()
    if suffix not in EXTRACT_FORMATS:
        raise CommandError(f"{args.output}: unsupported extract format '{suffix or '(none)'}' (use .json or .html)")
    if not args.output.parent.is_dir():
        raise CommandError(f"{args.output.parent}: no such folder")
    require_database(args.db)
    with KnowledgeBase.open(args.db, create=False, search=False) as kb:
        person = find_person(kb, args.person)
        write_extract(kb, person.id, args.output)
    print(f"register extract of contact {person.id} written to {args.output}")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    require_database(args.db)
    locations = _backup_locations(args)
    with KnowledgeBase.open(args.db, create=False) as kb:
        person = find_person(kb, args.person)
        preview = erase_preview(kb, person.id)
        files = backup_files(all_backup_locations(kb.db.conn, kb.path, locations), exclude=args.db)
        print(f"Erasing contact {person.id} will affect:")
        for key, label in PREVIEW_LABELS:
            print(f"  {preview[key]:>6}  {label}")
        print(f"  {len(files):>6}  backup files (cleaned too)")
        if not args.yes and not _confirm("Erase this person permanently? This cannot be undone."):
            print("nothing erased")
            return 1
        report = erase(kb, person.id, backup_folders=locations)
    _print_report([report])
    return 0 if report.complete else 1


def _print_report(reports: list[EraseReport]) -> None:
    for report in reports:
        print(f"erased contact {report.contact_id}: {report.rows_deleted} rows deleted, {report.texts_scrubbed} "
              f"texts and {report.log_entries_scrubbed} change-log entries scrubbed")
    if not reports:
        return
    last = reports[-1]
    print(f"backup files cleaned: {last.backups_cleaned}")
    for left in last.outstanding:  # the same for every report of one run
        print(f"PROBLEM: {describe(left)}")


def cmd_retention(args: argparse.Namespace) -> int:
    years = _whole_number(args.years, "years", MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
    if args.erase and not args.yes:
        raise CommandError("--erase needs --yes (run without --erase first to review the list)")
    require_database(args.db)
    locations = _backup_locations(args) if args.erase else []
    with KnowledgeBase.open(args.db, create=False, search=args.erase, read_only=not args.erase) as kb:
        years = years or retention_years(kb)
        rows = retention_candidates(kb, years)
        print(f"{len(rows)} {'contact' if len(rows) == 1 else 'contacts'} without contact for {years} years")
        for row in rows:
            print(f"{row.contact_id}  {row.name}  ({row.organisation or 'no organisation'})  "
                  f"last activity {row.last_activity or 'none'}, created {row.created_at[:10]}")
        if args.erase and rows:
            reports = erase_many(kb, [r.contact_id for r in rows], backup_folders=locations)
            _print_report(reports)
            return 0 if reports[-1].complete else 1
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    limit = _whole_number(args.limit, "limit", 1, MAX_AUDIT_LIMIT)
    require_database(args.db)
    with KnowledgeBase.open(args.db, create=False, search=False, read_only=True) as kb:
        entries = audit_entries(kb, limit)
    if not entries:
        print("the audit list is empty")
    for entry in entries:
        target = " ".join(x for x in (entry["entity"], entry["row_id"]) if x)
        details = json.dumps(entry["details"], ensure_ascii=False, sort_keys=True) if entry["details"] else ""
        print(f"{entry['at']}  {entry['author'] or '-'}  {entry['action']}  {target}  {details}".rstrip())
    return 0
