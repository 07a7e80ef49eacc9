"""The `import`, `export` and `duplicates` commands.

    python main.py import contacts.vcf --db kb.db [--dry-run] [--mapping MAPPING.json]
    python main.py export --format vcf|csv|xlsx|ics|json --db kb.db [--type contact] -o FILE
    python main.py duplicates --db kb.db [--type contact|organisation]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from cli.errors import CommandError, require_database
from cli.messages import describe, describe_error
from db.entities import MERGEABLE
from db.interchange.incoming_records import ImportFileError
from db.interchange.tabular.column_mapping import ENTITIES as TABLE_ENTITIES
from db.services import KnowledgeBase

FORMATS = ("json", "vcf", "csv", "xlsx", "ics")
TABLE_TYPES = TABLE_ENTITIES
# The record type each format holds, when only one makes sense.
FORMAT_TYPES = {"vcf": ("contact",), "ics": ("activity",), "csv": TABLE_TYPES, "xlsx": TABLE_TYPES}
SUFFIX_FORMATS = {".json": "json", ".vcf": "vcf", ".vcard": "vcf", ".csv": "csv", ".xlsx": "xlsx", ".ics": "ics"}
TYPE_NAMES = {"kontakt": "contact", "kontakter": "contact", "organisationer": "organisation",
              "projekt": "project", "aktivitet": "activity", "aktiviteter": "activity"}


def _type(value: str) -> str:
    name = TYPE_NAMES.get(value.lower(), value.lower())
    if name not in (*TABLE_TYPES, "activity"):
        raise argparse.ArgumentTypeError(f"unknown type '{value}' (use contact, organisation, project or activity)")
    return name


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    imp = subparsers.add_parser(
        "import", help="import contacts, organisations, projects or activities from a file",
        description="Import a vCard (.vcf), CSV or Excel (.csv, .xlsx) or iCalendar (.ics) file; or restore a "
                    "JSON export into an empty database. Every row is checked first and compared with what the "
                    "database holds: new, same as an existing record (its empty fields are filled), possible "
                    "duplicate (skipped unless --duplicates says otherwise) or rejected. All accepted rows are "
                    "written in one transaction, after a backup; importing the same file again adds nothing.")
    imp.add_argument("file", type=Path, metavar="FILE", help="the file to import")
    imp.add_argument("--db", required=True, type=Path, metavar="PATH", help="the database file (created if missing)")
    imp.add_argument("--user", help="author recorded in the change log (default: your login name)")
    imp.add_argument("--dry-run", action="store_true", help="show what would happen, write nothing")
    imp.add_argument("--mapping", type=Path, metavar="MAPPING.json",
                     help='CSV/Excel columns: {"type": "contact", "columns": {"Header": "field", ...}}')
    imp.add_argument("--type", type=_type, metavar="TYPE",
                     help="CSV/Excel: contact, organisation or project (default: guessed from the header)")
    imp.add_argument("--sheet", metavar="NAME", help="Excel: the sheet to read (default: the first)")
    imp.add_argument("--duplicates", choices=("skip", "new", "update"), default="skip",
                     help="possible duplicates: skip them (default), import them as new records, or update "
                          "the record they resemble")
    imp.add_argument("--skip-rejected", action="store_true",
                     help="write the accepted rows even if some are rejected (default: write nothing then)")
    imp.add_argument("--verbose", action="store_true", help="list every row, not only rejected and duplicates")
    imp.set_defaults(handler=cmd_import)

    exp = subparsers.add_parser(
        "export", help="export records to a file",
        description="Export contacts as vCard (4.0, or --vcard-version 3.0), activities as iCalendar, contacts, "
                    "organisations or projects as CSV or Excel, or everything (with the change log) as JSON. "
                    "The format follows --format or the output file's suffix.")
    exp.add_argument("--format", choices=FORMATS, help="file format (default: from the file name, else json)")
    exp.add_argument("--db", required=True, type=Path, metavar="PATH", help="the database file")
    exp.add_argument("--type", type=_type, metavar="TYPE",
                     help="csv/xlsx: contact (default), organisation or project")
    exp.add_argument("--vcard-version", choices=("4.0", "3.0"), default="4.0", help="vCard version (default 4.0)")
    exp.add_argument("--from", dest="date_from", metavar="DATE", help="ics: activities starting on or after DATE")
    exp.add_argument("--to", dest="date_to", metavar="DATE", help="ics: activities starting on or before DATE")
    exp.add_argument("-o", "--output", required=True, type=Path, metavar="FILE",
                     help="output file (json: - for stdout)")
    exp.set_defaults(handler=cmd_export)

    dup = subparsers.add_parser(
        "duplicates", help="list possible duplicate contacts or organisations",
        description="Pairs of records that are probably the same: the same e-mail, phone or organisation "
                    "number, or similar names in the same organisation. Merge them in the app.")
    dup.add_argument("--db", required=True, type=Path, metavar="PATH", help="the database file")
    dup.add_argument("--type", type=_type, default="contact", metavar="TYPE", help="contact (default) or organisation")
    dup.set_defaults(handler=cmd_duplicates)


def export_json_file(args: argparse.Namespace) -> int:
    from db.interchange.json_dump import export_json

    require_database(args.db)
    if args.output != Path("-") and not args.output.parent.is_dir():
        raise CommandError(f"{args.output.parent}: no such folder")
    with KnowledgeBase.open(args.db, create=False, search=False, read_only=True) as kb:
        if args.output == Path("-"):
            from db.interchange.json_dump import dumps, export_data

            sys.stdout.write(dumps(export_data(kb)))
            return 0
        counts = export_json(kb, args.output)
    print(f"exported {sum(counts.values())} rows to {args.output}")
    return 0


def import_json_file(args: argparse.Namespace) -> int:
    from db.interchange import json_restore as transfer

    data = transfer.load_file(args.file)
    if not transfer.database_is_empty(args.db):
        raise CommandError(f"{args.db} already holds records; a JSON export is restored into an empty database")
    counts = {t: len(r) for t, r in data["tables"].items()}
    if args.dry_run:
        print(f"dry run: {sum(counts.values())} rows would be imported; nothing written")
        return 0
    counts = transfer.restore_file(args.db, data, args.user)  # a failed restore leaves no file
    print(f"imported {sum(counts.values())} rows into {args.db}")
    return 0


# --- import -----------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    if args.file.suffix.lower() == ".json":
        return import_json_file(args)
    from db.interchange import import_pipeline as importing

    if args.mapping is not None and not args.mapping.is_file():
        raise CommandError(f"{args.mapping}: no such mapping file")
    try:
        result = importing.read_file(args.file, entity=args.type, mapping_file=args.mapping, sheet=args.sheet)
    except ImportFileError as exc:
        raise CommandError(describe_error(exc)) from None
    if args.db.exists():
        require_database(args.db)
    started = time.perf_counter()
    with _open_for_import(args) as kb:
        plan = importing.plan_import(kb, result)
        plan.set_all_duplicates(args.duplicates)
        _print_plan(plan, args.verbose)
        rejected = plan.rejected
        if args.dry_run:
            print("dry run: nothing written")
            return 0
        if rejected and not args.skip_rejected:
            raise CommandError(f"{args.file.name}: {len(rejected)} row(s) rejected (listed above); nothing written "
                            "(correct them, or use --skip-rejected to import the other rows)")
        if not any(row.writes for row in plan.rows):
            print("nothing to write: the knowledge base already holds all of it")
            return 0
        report = importing.apply_import(kb, plan)
        written = time.perf_counter() - started
    print(f"imported into {args.db}: {_summary(report)}; {report.organisations_created} new organisations, "
          f"{report.links_created} links ({written:.1f} s)")
    for warning in report.warnings:  # what differs from the plan above: the database changed in between
        print(f"  note: {describe(warning)}")
    if report.backup is not None:
        print(f"backup taken before the import: {report.backup}")
    return 0


def _open_for_import(args: argparse.Namespace) -> KnowledgeBase:
    if args.dry_run and not args.db.exists():
        # Nothing may be created by a dry run: plan against an empty database in memory.
        return KnowledgeBase.open(":memory:", args.user, search=False)
    return KnowledgeBase.open(args.db, args.user)


def _summary(report) -> str:
    return (f"{report.created} new, {report.updated} updated, {report.unchanged} unchanged, "
            f"{report.skipped_duplicates} possible duplicates skipped, {len(report.rejected)} rejected")


def _row_line(row) -> str:
    """One line for the command line's report."""
    return f"line {row.line}: {row.status}: {row.label}" + (f" ({describe(row.reason)})" if row.reason else "")


def _print_plan(plan, verbose: bool) -> None:
    counts = plan.counts()
    print(f"{plan.path.name}: {counts['new']} new, {counts['update']} to update, {counts['unchanged']} unchanged, "
          f"{counts['duplicate']} possible duplicates, {counts['rejected']} rejected")
    for row in plan.rows:
        if row.status == "rejected":
            for problem in row.problems:
                print(f"  rejected: {plan.path.name}, line {problem.line}, field {problem.field}: "
                      f"{describe(problem.reason)}")
        elif verbose or row.status == "duplicate":
            print(f"  {_row_line(row)}")
    for warning in plan.warnings:
        print(f"  note: {describe(warning)}")


# --- export -----------------------------------------------------------------------------


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    if args.output == Path("-"):
        return "json"
    fmt = SUFFIX_FORMATS.get(args.output.suffix.lower())
    if fmt is None:
        raise CommandError(f"{args.output}: cannot tell the format from the suffix '{args.output.suffix or '(none)'}'; "
                        f"give --format ({', '.join(FORMATS)})")
    return fmt


def cmd_export(args: argparse.Namespace) -> int:
    fmt = _format(args)
    if fmt == "json":
        if args.type:
            raise CommandError("a JSON export holds the whole database; --type is for vcf, csv, xlsx and ics")
        return export_json_file(args)
    allowed = FORMAT_TYPES[fmt]
    entity = args.type or allowed[0]
    if entity not in allowed:
        raise CommandError(f"--format {fmt} holds {' or '.join(allowed)} records, not {entity}")
    if args.output == Path("-"):
        raise CommandError(f"a {fmt} export needs an output file (-o FILE)")
    if not args.output.parent.is_dir():
        raise CommandError(f"{args.output.parent}: no such folder")
    if args.output.is_dir():
        raise CommandError(f"{args.output}: is a folder; give a file name")
    require_database(args.db)
    started = time.perf_counter()
    with KnowledgeBase.open(args.db, create=False, search=False, read_only=True) as kb:
        count = _export(kb, fmt, entity, args)
    print(f"exported {count} {entity} records to {args.output} ({time.perf_counter() - started:.1f} s)")
    return 0


def _export(kb: KnowledgeBase, fmt: str, entity: str, args: argparse.Namespace) -> int:
    if fmt == "vcf":
        from db.interchange.vcard import export_vcards

        return export_vcards(kb, args.output, version=args.vcard_version)
    if fmt == "ics":
        from db.interchange.ical import export_ics
        from db.validation import parse_date

        try:
            start = parse_date(args.date_from) if args.date_from else None
            end = parse_date(args.date_to) if args.date_to else None
        except ValueError as exc:
            raise CommandError(f"--from/--to: {describe_error(exc)}") from None
        return export_ics(kb, args.output, start=start, end=end)
    from db.interchange.list_export import export_table

    return export_table(kb, entity, args.output, fmt)


# --- duplicates -------------------------------------------------------------------------


def cmd_duplicates(args: argparse.Namespace) -> int:
    from db.dedupe.duplicates import find_duplicates

    if args.type not in MERGEABLE:
        raise CommandError("duplicates are looked for among contacts or organisations")
    require_database(args.db)
    with KnowledgeBase.open(args.db, create=False, search=False, read_only=True) as kb:
        pairs = find_duplicates(kb, args.type)
        label = _labeller(kb, args.type)
        for pair in pairs:
            kind = "same" if pair.certain else "possible"
            print(f"{kind}: {label(pair.a_id)}  <->  {label(pair.b_id)}  ({describe(pair.reason)})")
    print(f"{len(pairs)} pair(s)", file=sys.stdout)
    return 0


def _labeller(kb: KnowledgeBase, entity: str):
    def label(row_id: str) -> str:
        rec = kb.service(entity).get(row_id)
        name = rec.full_name if entity == "contact" else rec.name
        return f"{name} [{row_id[:8]}]"
    return label
