"""The command line: `python main.py COMMAND ...` (no Qt here).

A user error (missing file, bad JSON, invalid value, wrong argument) prints one line on
stderr and exits with status 2; the database is left unchanged.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from db import cli_backup, cli_gdpr, cli_search, cli_transfer
from db.check import check_database
from db.cli_errors import UserError
from db.connection import DatabaseError
from db.services import KnowledgeBase
from db.validation import ValidationError

log = logging.getLogger(__name__)
PROG = "kunskapsbanken"


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit status 2."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="PATH", help="the database file")


def _user_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", help="author recorded in the change log (default: your login name)")


def cmd_demo(args: argparse.Namespace) -> int:
    from db.demo import create_demo

    if args.db.exists() and args.db.stat().st_size > 0:
        raise UserError(f"{args.db} already exists; the demo is created in a new file")
    with KnowledgeBase.open(args.db, args.user) as kb:
        counts = create_demo(kb)
    print(f"demo database created: {args.db} ({', '.join(f'{k} {v}' for k, v in counts.items())})")
    return 0


def export_json_file(args: argparse.Namespace) -> int:
    from db.transfer import export_json

    _require_file(args.db)
    if args.output != Path("-") and not args.output.parent.is_dir():
        raise UserError(f"{args.output.parent}: no such folder")
    with KnowledgeBase.open(args.db, create=False, search=False) as kb:
        if args.output == Path("-"):
            from db.transfer import dumps, export_data

            sys.stdout.write(dumps(export_data(kb)))
            return 0
        counts = export_json(kb, args.output)
    print(f"exported {sum(counts.values())} rows to {args.output}")
    return 0


def import_json_file(args: argparse.Namespace) -> int:
    from db import transfer

    data = transfer.load_file(args.file)
    if not transfer.database_is_empty(args.db):
        raise UserError(f"{args.db} already holds records; a JSON export is restored into an empty database")
    counts = {t: len(r) for t, r in data["tables"].items()}
    if args.dry_run:
        print(f"dry run: {sum(counts.values())} rows would be imported; nothing written")
        return 0
    with KnowledgeBase.open(args.db, args.user) as kb:
        counts = transfer.import_json(kb, data)
    print(f"imported {sum(counts.values())} rows into {args.db}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    _require_file(args.db)
    facts, problems = check_database(args.db)
    for line in facts:
        print(line)
    for line in problems:
        print(f"PROBLEM: {line}")
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1


def _require_file(path: Path) -> None:
    if not path.is_file():
        raise UserError(f"{path}: no such database file")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog=PROG, description="Kunskapsbanken: IoT Sverige's knowledge base. "
                    "Without a command the desktop app starts.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    demo = sub.add_parser("demo", help="create the demo database (facts from the 2022 annual report)",
                          description="Create a new database holding the demo data.")
    _db_argument(demo)
    _user_argument(demo)
    demo.set_defaults(handler=cmd_demo)

    cli_transfer.add_parsers(sub)

    check = sub.add_parser("check", help="check a database file", description="integrity_check, "
                           "foreign_key_check and the schema version; exit status 1 on any problem.")
    _db_argument(check)
    check.set_defaults(handler=cmd_check)

    cli_search.add_parsers(sub)
    cli_backup.add_parsers(sub)
    cli_gdpr.add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return args.handler(args)
    except (UserError, DatabaseError) as exc:
        print(f"{PROG} {args.command}: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        print(f"{PROG} {args.command}: invalid value: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (`search --json | head`): not an error of ours or the user's.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"{PROG} {args.command}: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG} {args.command}: interrupted", file=sys.stderr)
        return 130
