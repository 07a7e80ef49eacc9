"""The command line: `python main.py COMMAND ...` (no Qt here).

A user error (missing file, bad JSON, invalid value, wrong argument) prints one line on
stderr and exits with status 2; the database is left unchanged. So does a refusal of SQLite or the
system that nothing below caught (a busy database, a full disk, a damaged file: db/care/reasons.py
names it), and a text argument that is not valid UTF-8. Output never fails to be written: a file
name's undecodable bytes are shown as \\xff (db.errors.printable).
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from pathlib import Path

from cli import backup_commands, gdpr_commands, interchange_commands, search_commands, sync_commands
from cli.errors import CommandError, require_database
from cli.messages import describe, describe_error
from db.care.check import check_database
from db.care.reasons import os_reason, storage_error
from db.connection import DatabaseError
from db.errors import ESCAPE, UserError, printable
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
        raise CommandError(f"{args.db} already exists; the demo is created in a new file")
    with KnowledgeBase.open(args.db, args.user) as kb:
        counts = create_demo(kb)
    print(f"demo database created: {args.db} ({', '.join(f'{k} {v}' for k, v in counts.items())})")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    require_database(args.db)
    facts, problems = check_database(args.db)
    for line in facts:
        print(line)
    for line in problems:
        print(f"PROBLEM: {line}")
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 0 if not problems else 1


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog=PROG, description="Kunskapsbanken: IoT Sverige's knowledge base. "
                    "Without a command the desktop app starts.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    demo = sub.add_parser("demo", help="create the demo database (facts from the 2022 annual report)",
                          description="Create a new database holding the demo data.")
    _db_argument(demo)
    _user_argument(demo)
    demo.set_defaults(handler=cmd_demo)

    interchange_commands.add_parsers(sub)

    check = sub.add_parser("check", help="check a database file", description="integrity_check, "
                           "foreign_key_check and the schema version; exit status 1 on any problem.")
    _db_argument(check)
    check.set_defaults(handler=cmd_check)

    search_commands.add_parsers(sub)
    backup_commands.add_parsers(sub)
    gdpr_commands.add_parsers(sub)
    sync_commands.add_parsers(sub)
    return parser


def _escaping_output() -> None:
    """stdout and stderr write what they cannot encode escaped (a file name's byte 0xff as \\xff)
    instead of failing, or (in a C.UTF-8 locale) writing the invalid byte itself."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors=ESCAPE)
        except (AttributeError, ValueError, OSError):  # not a text stream of ours (a test's capture)
            log.debug("output stream %r keeps its error handling", stream)


def main(argv: list[str] | None = None) -> int:
    _escaping_output()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    return run(args)


def run(args: argparse.Namespace) -> int:
    """Run a parsed command: a user error is one line on stderr and exit status 2."""
    try:
        return args.handler(args)
    except (CommandError, UserError, DatabaseError) as exc:
        return _fail(args, describe_error(exc))
    except ValidationError as exc:
        return _fail(args, f"invalid value: {describe_error(exc)}")
    except BrokenPipeError:
        # The reader went away (`search --json | head`): not an error of ours or the user's.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        return _fail(args, describe(os_reason(exc)))
    except sqlite3.Error as exc:
        # SQLite refused and nothing below could do better: a busy database, a full disk ...
        log.debug("SQLite error reached the command line: %s", type(exc).__name__)
        return _fail(args, describe_error(storage_error(exc)))
    except UnicodeEncodeError as exc:
        # A text argument with bytes that are not UTF-8 (a name, an author) cannot be stored or searched.
        return _fail(args, f"{_around(exc)}: not valid UTF-8 text; it cannot be stored or searched")
    except KeyboardInterrupt:
        print(f"{PROG} {args.command}: interrupted", file=sys.stderr)
        return 130


def _around(exc: UnicodeEncodeError) -> str:
    """The part of the text around what cannot be encoded, escaped: 'r\\xf6der'."""
    if not isinstance(exc.object, str):
        return "a value"
    start, end = max(0, exc.start - 30), min(len(exc.object), exc.end + 30)
    return f"'{printable(exc.object[start:end])}'"


def _fail(args: argparse.Namespace, line: str) -> int:
    print(f"{PROG} {args.command}: {printable(line)}", file=sys.stderr)
    return 2
