"""GDPR erasure on the benchmark database: how long it takes, and proof that no byte is left.

    python -m bench.erase [--db /tmp/kb-bench.db]

The database and its search index are copied (never written). A backup is taken into the
copy's backup folder first, so the erasure has a backup to clean too. One contact with
activities and a unique e-mail address is renamed to an invented unique name (through the data
layer, so the index holds it), then erased with db.care.erasure.erase; then the raw bytes of every file
the app owns for that database (the database, its -wal and -shm, every index file, every
backup) are searched for the name, the last name as the index writes it (lower case, folded)
and the e-mail address, in UTF-8.

Figures printed: the erase (total, one run: it cannot be repeated on the same copy), the
backup, and a baseline in the same process (VACUUM of the copy, the floor of any erasure that
overwrites freed pages), with the ratio; peak memory. Not a test.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench.search import copy_database
from db.care.backup import take_backup
from db.care.erasure import erase
from db.paths import default_backup_dir
from db.search import whoosh_engine as si
from db.services import KnowledgeBase

UNIQUE_NAME = ("Zäta", "Qvistholmbergsköld")


def pick_person(db: Path) -> tuple[str, str, str]:
    """(id, full name, e-mail) of a contact with activities whose name and e-mail are unique."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute("""
            SELECT c.id, c.first_name || ' ' || c.last_name AS name, json_extract(c.emails, '$[0]') AS email
            FROM contact c
            WHERE c.deleted_at IS NULL AND json_array_length(c.emails) = 1
              AND (SELECT count(*) FROM activity_link l WHERE l.contact_id = c.id) >= 3
              AND (SELECT count(*) FROM contact o WHERE o.first_name = c.first_name
                   AND o.last_name = c.last_name) = 1
            ORDER BY c.id LIMIT 1""").fetchone()
    finally:
        conn.close()
    if row is None:
        raise SystemExit("no contact with a unique name and activities in the benchmark database")
    return row


def owned_files(db: Path) -> list[Path]:
    files = [p for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists()]
    files += [p for p in si.index_folder(db).rglob("*") if p.is_file()]
    files += [p for p in default_backup_dir(db).rglob("*") if p.is_file()]
    files += [p for p in db.parent.glob(f"{db.stem}.v*.bak.db")]
    return files


def occurrences(files: list[Path], needles: list[bytes]) -> list[str]:
    found = []
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            if needle in data:
                found.append(f"{path.name}: {needle.decode('utf-8')}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/kb-bench.db"))
    args = parser.parse_args(argv)
    if not args.db.is_file() or not si.index_folder(args.db).is_dir():
        print(f"{args.db}: needs the benchmark database and its index (python -m bench.generate, then "
              f"python main.py reindex --db {args.db})", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="kb-erase-") as tmp:
        os.environ.setdefault("KUNSKAPSBANKEN_DATA_DIR", str(Path(tmp) / "userdata"))
        db = copy_database(args.db, Path(tmp))
        shutil.copytree(si.index_folder(args.db), si.index_folder(db))
        person_id, _, email = pick_person(db)
        with KnowledgeBase.open(db, "bench") as kb:  # migrates if needed, opens the index
            # Generated names are shared by many people; a unique invented one makes "no byte left"
            # checkable in the index too, whose term files hold the folded, lower-case words.
            person = kb.contacts.get(person_id)
            person.first_name, person.last_name = UNIQUE_NAME
            kb.contacts.update(person)
            name = f"{person.first_name} {person.last_name}"
            t0 = time.perf_counter()
            take_backup(kb, reason="manual")
            backup_s = time.perf_counter() - t0
            last = UNIQUE_NAME[1]
            needles = [text.encode("utf-8") for text in (name, email, last, last.lower(), si.fold(last))]
            before = occurrences(owned_files(db), needles)
            t1 = time.perf_counter()
            report = erase(kb, person_id, backup_folders=[default_backup_dir(db)])
            erase_s = time.perf_counter() - t1
            hits = kb.search.search(name, as_you_type=False, page_size=1000).hits if kb.search else []
            found = sum(1 for hit in hits if hit.id == person_id)
        left = occurrences(owned_files(db), needles)
        t2 = time.perf_counter()
        with sqlite3.connect(db) as conn:
            conn.execute("VACUUM")
        vacuum_s = time.perf_counter() - t2
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("erasing one person on the benchmark database (a copy)")
    print(f"  files holding the name or e-mail before: {len(before)}; after: {len(left)}"
          + ("" if not left else f"  LEFT: {left}"))
    print(f"  search hits that are the erased person afterwards: {found}")
    print(f"  erase (rows, texts, change log, index segments, one backup, VACUUM): {erase_s:.1f} s "
          f"({report.rows_deleted} rows deleted, {report.texts_scrubbed} texts and {report.log_entries_scrubbed} "
          f"change-log entries scrubbed, {report.backups_cleaned} backup cleaned)")
    print(f"  backup taken before (for the erasure to clean): {backup_s:.1f} s")
    print(f"  baseline VACUUM of the copy: {vacuum_s:.1f} s; erase / baseline {erase_s / vacuum_s:.1f}x")
    print(f"  peak memory (ru_maxrss): {peak_mb:.0f} MB")
    return 0 if not left and found == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
