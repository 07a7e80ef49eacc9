"""Import/export benchmark: 10,000 vCards into the 50,000-contact benchmark database, and back out.

    python -m bench.transfer [--db /tmp/kb-bench.db] [--cards 10000] [--runs 3]

The benchmark database (python -m bench.generate) is copied for every run, never written.
The vCard file is synthetic: a quarter of the cards carry the e-mail address of a contact the
database already holds (they become updates or "unchanged"), a few are near-duplicates (a
similar name in the same organisation), the rest are new people at existing organisations.

Figures printed (median and p95 over --runs, each on a fresh copy):
- read: parsing the file (db.interchange.vcard.read_vcards)
- plan: validation and the duplicate check against every existing contact
- write: the one transaction that writes the accepted rows, change log included
- import total (read + plan + write; the target is under 15 s) and, separately, the backup
  taken before the import and the search index update that follows the commit
- export of the 10,000 imported contacts as vCard 4.0 (target under 5 s)
- reading 1,000 Outlook calendar events (Windows time zone names, long notes) with
  db.interchange.ical.read_ics (target under 10 s; it was a test's wall-clock assert)
- baseline in the same process: reading the file's bytes and splitting it into cards, and a
  plain executemany insert of the same number of rows; the ratio import / baseline
- peak memory (ru_maxrss) of the process
Not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench import names as n
from bench.search import copy_database, percentile
from db.interchange import import_pipeline as importing
from db.interchange.ical import read_ics
from db.interchange.vcard import export_vcards, read_vcards
from db.services import KnowledgeBase

TARGETS = {"import_s": 15.0, "export_s": 5.0, "ics_read_s": 10.0}
ICS_EVENTS = 1000


def _existing(db: Path, count: int, seed: int) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Some existing contacts (first, last, e-mail) and organisation names, read-only."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        people = conn.execute("SELECT first_name, last_name, json_extract(emails, '$[0]') FROM contact"
                              " WHERE deleted_at IS NULL AND json_array_length(emails) > 0").fetchall()
        orgs = [r[0] for r in conn.execute("SELECT name FROM organisation WHERE deleted_at IS NULL")]
    finally:
        conn.close()
    rng = random.Random(seed)
    return rng.sample(people, min(count, len(people))), orgs


def write_cards(path: Path, cards: int, db: Path, seed: int = 7) -> None:
    rng = random.Random(seed)
    known, orgs = _existing(db, cards // 4, seed)
    lines: list[str] = []

    def card(first: str, last: str, email: str, org: str, phone: str | None) -> None:
        lines.extend(["BEGIN:VCARD", "VERSION:3.0", f"N:{last};{first};;;", f"FN:{first} {last}",
                      f"ORG:{org}", f"TITLE:{rng.choice(n.JOB_TITLES['kommun'])}",
                      f"EMAIL;TYPE=INTERNET;TYPE=WORK:{email}"])
        if phone:
            lines.append(f"TEL;TYPE=CELL:{phone}")
        lines.extend(["CATEGORIES:import,bench", "END:VCARD"])

    for first, last, email in known:
        card(first, last, email, rng.choice(orgs), None)
    for i in range(cards - len(known)):
        first = rng.choice(n.FIRST_NAMES_FEMALE + n.FIRST_NAMES_MALE)
        last = rng.choice(n.LAST_NAMES)
        email = f"{first.lower()}.{last.lower()}.{i}@{rng.choice(n.RESERVED_EMAIL_DOMAINS)}"
        email = email.translate(str.maketrans("åäöéü", "aaoeu"))
        card(first, last, email, rng.choice(orgs), f"070-174 06 {rng.randint(5, 99):02d}")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def write_calendar(path: Path, events: int = ICS_EVENTS) -> None:
    """Outlook-style invitations: a Windows zone name, an organiser, an attendee, a long note."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bench//Bench//SV"]
    for i in range(events):
        month = 1 + i % 12
        lines += ["BEGIN:VEVENT", f"SUMMARY:Möte nummer {i}", f"UID:{i}@example.se",
                  f"DTSTART;TZID=W. Europe Standard Time:2022{month:02}10T090000",
                  f"DTEND;TZID=W. Europe Standard Time:2022{month:02}10T100000", "LOCATION:Teams",
                  "DESCRIPTION:Anteckningar från mötet\\, med komma " + "å" * 200,
                  'ORGANIZER;CN="Åsa Öberg":mailto:asa.oberg@example.se',
                  "ATTENDEE;CN=Test Testsson;PARTSTAT=ACCEPTED:mailto:test.testsson@example.com",
                  "CATEGORIES:Smart stad,Förstudie", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def ics_read(path: Path) -> float:
    started = time.perf_counter()
    result = read_ics(path)
    elapsed = time.perf_counter() - started
    if len(result.records) != ICS_EVENTS or result.rejected:
        raise SystemExit(f"the calendar read {len(result.records)} events, {len(result.rejected)} rejected")
    return elapsed


def baseline(path: Path, rows: int) -> float:
    started = time.perf_counter()
    text = path.read_bytes().decode("utf-8")
    cards = text.split("BEGIN:VCARD")
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "b.db")
        conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, c TEXT)")
        with conn:
            conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)",
                             ((str(i), cards[i % len(cards)][:40], "x", "y") for i in range(rows)))
        conn.close()
    return time.perf_counter() - started


def one_run(source: Path, cards: Path, workdir: Path) -> dict[str, float]:
    db = workdir / "kb.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(f"{db}.index", ignore_errors=True)
    shutil.copyfile(source, db)
    figures: dict[str, float] = {}
    with KnowledgeBase.open(db, "bench", search=False) as kb:
        t0 = time.perf_counter()
        result = read_vcards(cards)
        t1 = time.perf_counter()
        plan = importing.plan_import(kb, result)
        t2 = time.perf_counter()
        report = importing.apply_import(kb, plan, backup=False)
        t3 = time.perf_counter()
        figures.update(read=t1 - t0, plan=t2 - t1, write=t3 - t2, total=t3 - t0)
        counts = plan.counts()
        figures.update({f"rows_{k}": float(v) for k, v in counts.items()})
        t4 = time.perf_counter()
        from db.care.backup import backup_now

        backup_now(db, workdir / "backups", reason="pre-import", conn=kb.db.conn)
        figures["backup"] = time.perf_counter() - t4
        ids = report.ids[:10_000]
        out = workdir / "out.vcf"
        t5 = time.perf_counter()
        export_vcards(kb, out, ids)
        figures["export"] = time.perf_counter() - t5
        figures["exported"] = float(len(ids))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/kb-bench.db"))
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.db.is_file():
        print(f"{args.db}: no benchmark database; create it with python -m bench.generate --db {args.db}",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="kb-transfer-") as tmp:
        work = Path(tmp)
        cards = work / "cards.vcf"
        write_cards(cards, args.cards, args.db)
        source = copy_database(args.db, work)
        KnowledgeBase.open(source, "bench", search=False).close()  # migrated once, not in every run
        for leftover in work.glob("bench.v*.bak.db"):
            leftover.unlink()
        base = statistics.median(baseline(cards, args.cards) for _ in range(3))
        runs = [one_run(source, cards, work) for _ in range(args.runs)]
        calendar = work / "invitations.ics"
        write_calendar(calendar)
        for run in runs:
            run["ics_read"] = ics_read(calendar)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = runs[0]
    print(f"{args.cards} vCards against the benchmark database ({args.runs} runs, each on a fresh copy)")
    print(f"rows: new {rows['rows_new']:.0f}, update {rows['rows_update']:.0f}, unchanged "
          f"{rows['rows_unchanged']:.0f}, possible duplicates {rows['rows_duplicate']:.0f}, "
          f"rejected {rows['rows_rejected']:.0f}")
    print(f"{'phase':<28}{'median s':>10}{'p95 s':>10}{'target':>10}")
    for key, label, target in (("read", "read (parse)", None), ("plan", "plan (validate, duplicates)", None),
                               ("write", "write (one transaction)", None),
                               ("total", "import total", TARGETS["import_s"]),
                               ("backup", "backup before import", None),
                               ("export", f"export {rows['exported']:.0f} as vCard 4.0", TARGETS["export_s"]),
                               ("ics_read", f"read {ICS_EVENTS:,} calendar events", TARGETS["ics_read_s"])):
        values = [r[key] for r in runs]
        print(f"{label:<28}{statistics.median(values):>10.2f}{percentile(values, 0.95):>10.2f}"
              f"{'' if target is None else f'< {target:.0f}':>10}")
    total = statistics.median(r["total"] for r in runs)
    print(f"baseline (split file + executemany of {args.cards} rows): {base:.2f} s; import / baseline "
          f"{total / base:.1f}x")
    print(f"peak memory (ru_maxrss): {peak_mb:.0f} MB")
    if args.json:
        print(json.dumps({"runs": runs, "baseline_s": base, "peak_mb": peak_mb}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
