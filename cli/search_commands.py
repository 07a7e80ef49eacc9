"""The `search` and `reindex` commands.

    python main.py search goteborg --db kb.db [--type projekt] [--limit 10] [--page 2] [--json]
    python main.py reindex --db kb.db
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from cli.errors import CommandError, require_database
from cli.messages import describe, describe_error
from db.entities import SPECS
from db.search import TYPES, Hit, IndexBusyError, SearchFilters, SearchResult, joined, normalize_type, reindex

log = logging.getLogger(__name__)

MAX_LIMIT = 1000
# The listing speaks Swedish, as the office does: a type's name, and how a note says what it is about.
TYPE_LABELS = {table: (SPECS[table].singular.sv if SPECS[table].singular else table).lower() for table in TYPES}
KIND_FIRST = ("call", "network", "note")  # their details alone do not say what they are
ABOUT = {"organisation": "om organisationen", "call": "om utlysningen", "project": "om projektet",
         "network": "om nätverket", "activity": "om aktiviteten"}


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Add `search` and `reindex` to the command line's subcommands."""
    search = subparsers.add_parser(
        "search", help="search the knowledge base",
        description="Search people, organisations, projects, networks, calls, activities and notes. "
                    "Words may be typed without å ä ö; quotes make a phrase; AND, OR, NOT (OCH, ELLER, INTE) "
                    "and field:value (typ:projekt, org:RISE, tag:välfärd, plats:, person:, datum:2022) work.")
    search.add_argument("query", nargs="+", metavar="QUERY", help="what to look for (several words are joined)")
    search.add_argument("--db", required=True, type=Path, metavar="PATH", help="the database file")
    search.add_argument("--type", action="append", metavar="TYPE",
                        help=f"only this type (repeatable): {', '.join(TYPES)} or the Swedish names")
    search.add_argument("--tag", action="append", default=[], metavar="TAG", help="only records with this tag")
    search.add_argument("--from", dest="date_from", metavar="DATE", help="only records dated on or after DATE")
    search.add_argument("--to", dest="date_to", metavar="DATE", help="only records dated on or before DATE")
    search.add_argument("--limit", default="10", metavar="N", help=f"hits per page, 1-{MAX_LIMIT} (default 10)")
    search.add_argument("--page", default="1", metavar="N", help="page number (default 1)")
    search.add_argument("--json", action="store_true", help="print JSON (the same fields) for scripts")
    search.set_defaults(handler=cmd_search)

    rebuild = subparsers.add_parser(
        "reindex", help="rebuild the search index from the database",
        description="Rebuild the search index beside the database (<file>.index/) from scratch, into a new "
                    "folder that replaces the old one when complete. Close the app first.")
    rebuild.add_argument("--db", required=True, type=Path, metavar="PATH", help="the database file")
    rebuild.add_argument("--procs", default=None, metavar="N",
                         help="indexing processes (default: 2 for large databases, else 1)")
    rebuild.set_defaults(handler=cmd_reindex)


def _positive(value: str, name: str, most: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise CommandError(f"--{name} must be a whole number, not '{value}'") from None
    if not 1 <= number <= most:
        raise CommandError(f"--{name} must be between 1 and {most}, not {number}")
    return number


def _types(values: list[str] | None) -> list[str]:
    types = []
    for value in values or []:
        try:
            types.append(normalize_type(value))
        except ValueError as exc:
            raise CommandError(f"--type: {describe_error(exc)}") from None
    return types


def _date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    import re

    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise CommandError(f"--{name} must be a date like 2022-10-27 (or 2022-10, 2022), not '{value}'")
    return value


def _valid_text(values: list[str], what: str) -> None:
    """An argument that is not valid UTF-8 (its bytes arrive as lone surrogates) is refused: it
    could match nothing stored, and echoed back it would make the output invalid."""
    for value in values:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise CommandError(f"{what} is not valid UTF-8") from None


def _write_json(data: dict) -> None:
    """JSON on stdout as UTF-8 (RFC 8259) whatever the locale's encoding; a lone surrogate, should
    one ever be in the data, is written as a \\u escape rather than as an invalid byte."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:
        encoded = (json.dumps(data, ensure_ascii=True, indent=2) + "\n").encode("ascii")
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:      # a text stream without bytes underneath (a test's StringIO)
        sys.stdout.write(encoded.decode("utf-8"))
        return
    sys.stdout.flush()
    buffer.write(encoded)
    buffer.flush()


def cmd_search(args: argparse.Namespace) -> int:
    from db.services import KnowledgeBase

    _valid_text(args.query, "the query")
    _valid_text(args.tag, "--tag")
    limit = _positive(args.limit, "limit", MAX_LIMIT)
    page = _positive(args.page, "page", 1_000_000)
    types = _types(args.type)
    filters = SearchFilters(tags=tuple(args.tag), date_from=_date(args.date_from, "from"),
                            date_to=_date(args.date_to, "to"))
    require_database(args.db)
    with KnowledgeBase.open(args.db, create=False, read_only=True) as kb:
        if kb.search is None:
            raise CommandError(f"{args.db}: the search index could not be opened (see the log; try reindex)")
        result = kb.search.search(" ".join(args.query), types=types, filters=filters, page=page, page_size=limit,
                                  as_you_type=True)
    if args.json:
        _write_json(result_data(result))
    else:
        print_result(result, bold=sys.stdout.isatty())
    return 0 if result.error is None else 1


def result_data(result: SearchResult) -> dict:
    """The result as JSON for scripts: its data, the error in words, each hit's subtitle too."""
    data = result.to_dict()
    data["error"] = describe(result.error) if result.error is not None else None
    for hit, shown in zip(result.hits, data["hits"], strict=True):
        shown["subtitle"], spans = subtitle(hit)
        shown["subtitle_spans"] = [list(s) for s in spans]
    return data


def subtitle(hit: Hit) -> tuple[str, list[tuple[int, int]]]:
    """The line under a hit's title: its details, labelled where a value alone says too little
    ("utlysning, 2021, IoT", "anteckning, om projektet Smarta sensorer, 2022-10-27")."""
    parts: list[tuple[str, list[tuple[int, int]]]] = []
    if hit.type in KIND_FIRST:
        parts.append((TYPE_LABELS.get(hit.type, hit.type), []))
    for detail in hit.details:
        if detail.field == "online":
            parts.append(("online", []))
        elif detail.field == "about":
            prefix = ABOUT.get(detail.entity or "", "om") + " "
            parts.append((prefix + detail.value, [(a + len(prefix), b + len(prefix)) for a, b in detail.spans]))
        else:
            parts.append((detail.value, list(detail.spans)))
    return joined(parts)


def print_result(result: SearchResult, *, bold: bool = False) -> None:
    on, off = ("\033[1m", "\033[0m") if bold else ("«", "»")
    if result.error:
        print(f"error: {describe(result.error)}")
    counts = ", ".join(f"{TYPE_LABELS.get(t, t)} {n}" for t, n in sorted(result.counts.items()))
    print(f"{result.total} {'träff' if result.total == 1 else 'träffar'}" + (f" ({counts})" if counts else "")
          + (f", sida {result.page}/{result.pages}" if result.pages > 1 else ""))
    if result.suggestion:
        print(f"Menade du: {result.suggestion}")
    if result.fuzzy:
        print("(även stavningsvarianter)")
    for number, hit in enumerate(result.hits, (result.page - 1) * result.page_size + 1):
        below, spans = subtitle(hit)
        print(f"{number:>3}. [{TYPE_LABELS.get(hit.type, hit.type)}] {_marked(hit.title, hit.title_spans, on, off)}"
              + (f" — {_marked(below, spans, on, off)}" if below else ""))
        if hit.snippet:
            print(f"     {_marked(hit.snippet, hit.snippet_spans, on, off)}")
        print(f"     id {hit.id}  score {hit.score:.2f}")


def _marked(text: str, spans: list[tuple[int, int]], on: str, off: str) -> str:
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], on, text[start:end], off]
        last = end
    out.append(text[last:])
    return "".join(out)


def cmd_reindex(args: argparse.Namespace) -> int:
    procs = _positive(args.procs, "procs", 16) if args.procs is not None else None
    require_database(args.db)
    from db.connection import open_database

    open_database(args.db, create=False, read_only=True).close()  # refuse a foreign file, migrate an old one
    started = time.perf_counter()
    try:
        count = reindex(args.db, procs=procs)
    except IndexBusyError as exc:  # the app is writing to the index
        raise CommandError(describe_error(exc)) from None
    print(f"search index rebuilt: {count} documents in {time.perf_counter() - started:.1f} s")
    return 0
