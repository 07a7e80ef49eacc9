"""Duplicate detection benchmark: loading the finder, matching incoming contacts, all pairs.

    python -m bench.duplicates [--db /tmp/kb-bench.db] [--queries 10000] [--runs 3]

On a copy of the benchmark database (python -m bench.generate: 50,000 contacts in 10,000
organisations, many namesakes), never written. Half the queries carry a known contact's e-mail
address in capitals (a certain match), half a new address and the name spelt with one letter
more, at the person's own organisation.

Figures printed (median and p95 over --runs, wall and CPU):
- load: DuplicateFinder.load over every live contact and organisation (target under 5 s)
- match: one match_contact, per query (target under 2 ms)
- pairs: find_duplicates over all contacts (target under 30 s)
Not a test: nothing here passes or fails (tests/test_duplicates.py checks the results).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.search import copy_database, percentile
from db import models as m
from db.dedupe.duplicates import DuplicateFinder, find_duplicates
from db.services import KnowledgeBase

TARGETS = {"load": 5.0, "match": 2.0, "pairs": 30.0}
UNITS = {"load": "s", "match": "ms", "pairs": "s"}


@dataclass(frozen=True)
class Query:
    record: m.Contact
    organisation_ids: list[str]
    expected: str | None  # the contact a certain match must find (None: a similar name only)


def queries(people: list[tuple[str, str, str, str, str, str]], count: int = 10_000, seed: int = 3) -> list[Query]:
    """Incoming contacts built from known ones, (id, first, last, e-mail, phone, organisation id):
    half known by their e-mail (in capitals), half a near namesake at the same organisation."""
    rng = random.Random(seed)
    found = []
    for i in range(count):
        contact_id, first, last, email, phone, employer = rng.choice(people)
        if i % 2:
            found.append(Query(m.Contact(first_name="Test", last_name="Testsson", emails=[email.upper()]), [],
                               contact_id))
        else:
            found.append(Query(m.Contact(first_name=first, last_name=last + "h", emails=[f"ny{i}@example.com"],
                                         phones=[phone] if phone else []), [employer], None))
    return found


def known_people(conn: sqlite3.Connection) -> list[tuple[str, str, str, str, str, str]]:
    """Live contacts with an e-mail address and an organisation: (id, first, last, e-mail, phone, organisation)."""
    return conn.execute(
        "SELECT c.id, c.first_name, c.last_name, json_extract(c.emails, '$[0]'), json_extract(c.phones, '$[0]'),"
        " min(a.organisation_id) FROM contact c JOIN affiliation a ON a.contact_id = c.id AND a.deleted_at IS NULL"
        " WHERE c.deleted_at IS NULL AND json_array_length(c.emails) > 0 GROUP BY c.id").fetchall()


def timed(run: Callable[[], object]) -> tuple[float, float, object]:
    """(wall s, CPU s, result) of one call."""
    started, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - started, time.process_time() - cpu, result


def one_run(kb: KnowledgeBase, incoming: list[Query]) -> tuple[dict[str, tuple[float, float]], int]:
    """{figure: (wall, CPU)} in the figure's unit, and the number of pairs found."""
    wall, cpu, finder = timed(lambda: DuplicateFinder.load(kb.db.conn))
    figures = {"load": (wall, cpu)}
    wall, cpu, _ = timed(lambda: [finder.match_contact(q.record, q.organisation_ids) for q in incoming])
    figures["match"] = (wall / len(incoming) * 1000, cpu / len(incoming) * 1000)
    wall, cpu, pairs = timed(lambda: find_duplicates(kb, "contact"))
    figures["pairs"] = (wall, cpu)
    return figures, len(pairs)


def report(runs: list[dict[str, tuple[float, float]]]) -> list[str]:
    lines = []
    for name, target in TARGETS.items():
        walls, cpus, unit = [r[name][0] for r in runs], [r[name][1] for r in runs], UNITS[name]
        lines.append(f"  {name:<6} median {statistics.median(walls):9.3f} {unit}  p95 {percentile(walls, 0.95):9.3f} "
                     f"{unit}  CPU {statistics.median(cpus):9.3f} {unit}  (target under {target:g} {unit})")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.duplicates", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/kb-bench.db"),
                        help="the benchmark database (python -m bench.generate)")
    parser.add_argument("--queries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.db.is_file():
        print(f"bench.duplicates: {args.db}: no such file (make it with python -m bench.generate --db {args.db})",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="kb-duplicates-") as work:
        kb = KnowledgeBase.open(copy_database(args.db, Path(work)), user="bench", search=False)
        try:
            people = known_people(kb.db.conn)
            incoming = queries(people, args.queries)
            results = [one_run(kb, incoming) for _ in range(args.runs)]
            contacts = kb.contacts.count()
        finally:
            kb.close()
    print(f"duplicates: {contacts:,} contacts, {len(incoming):,} queries, {args.runs} runs; "
          f"{results[-1][1]:,} pairs")
    for line in report([figures for figures, _ in results]):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
