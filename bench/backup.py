"""Backup benchmark on the benchmark database (not a test; prints figures).

    python -m bench.backup [--db /tmp/kb-bench.db] [--runs 5] [--no-restore]

Figures printed, each over --runs runs (median, p95, min):
- backup_now: the online copy, its integrity_check, fsync and rename (a verified backup)
- verify_backup on the copy (what restore does first)
- the baseline in the same process: shutil.copyfile of the same file
- one restore_backup into a copy of the database (verify, copy, check, safety backup, rename)
- peak memory: Python's own allocations (tracemalloc), the process's anonymous memory (heap,
  SQLite's page cache; sampled) and its peak resident size (which also counts pages of the
  file that integrity_check reads through mmap: page cache, not the app's memory).
The database is only read; every copy goes into a temporary work folder, removed at the end.
If the database is missing it is generated first (python -m bench.generate, about a minute).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from bench.search import percentile
from db.care.backup import backup_now
from db.care.backup_check import verify_backup
from db.care.restore import restore_backup

TARGET_S = 5.0


class AnonMemory:
    """Peak anonymous resident memory (RssAnon) of this process, sampled every 20 ms."""

    def __init__(self) -> None:
        self.peak_kb, self._stop = 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def now_kb() -> int:
        try:
            with open("/proc/self/status", encoding="ascii") as f:
                for line in f:
                    if line.startswith("RssAnon:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, self.now_kb())
            self._stop.wait(0.02)

    def __enter__(self) -> AnonMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def timed_runs(runs: int, work: Callable[[int], None]) -> list[float]:
    times = []
    for number in range(runs):
        started = time.perf_counter()
        work(number)
        times.append(time.perf_counter() - started)
    return times


def row(label: str, values: list[float], target: str = "") -> str:
    return (f"{label:<38} {statistics.median(values):8.2f} {percentile(values, 0.95):8.2f} {min(values):8.2f}"
            f"  {target}")


def ensure_database(db: Path) -> bool:
    if db.is_file():
        return True
    print(f"{db} is missing: generating it (python -m bench.generate --db {db}) ...", flush=True)
    result = subprocess.run([sys.executable, "-m", "bench.generate", "--db", str(db)],
                            cwd=Path(__file__).resolve().parent.parent)
    return result.returncode == 0 and db.is_file()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.backup", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/kb-bench.db"), help="benchmark database (only read)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--no-restore", action="store_true", help="skip the restore timing")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be 1 or more")
    if not ensure_database(args.db):
        print(f"bench.backup: {args.db} could not be generated", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="kb-backup-bench-", dir=args.db.parent))
    # The app's user data folder (default backup folders) inside the work folder, never the real one.
    os.environ["KUNSKAPSBANKEN_DATA_DIR"] = str(work / "userdata")
    try:
        return run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace, work: Path) -> int:
    size = args.db.stat().st_size
    print(f"database: {args.db} ({size / 2**20:,.0f} MB)")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    tracemalloc.start()
    copies: list[Path] = []

    def backup(_: int) -> None:
        copies.append(backup_now(args.db, work / "backups").path)

    def verify(number: int) -> None:
        problems = verify_backup(copies[number])
        if problems:
            raise SystemExit(f"bench.backup: the backup failed its check: {problems}")

    def baseline(number: int) -> None:
        shutil.copyfile(args.db, work / f"plain-{number}.db")

    with AnonMemory() as anon:
        backups = timed_runs(args.runs, backup)
        verifies = timed_runs(args.runs, verify)
        for copy in copies[1:]:
            copy.unlink()
        plain = timed_runs(args.runs, baseline)
        for number in range(args.runs):
            (work / f"plain-{number}.db").unlink()
        restore = []
        if not args.no_restore:
            target = work / "restore-target.db"
            shutil.copyfile(args.db, target)
            started = time.perf_counter()
            result = restore_backup(copies[0], target, folder=work / "safety")
            restore.append(time.perf_counter() - started)
            assert result.safety_backup is not None
    _, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    totals = [b + v for b, v in zip(backups, verifies, strict=True)]
    met = "met" if statistics.median(backups) < TARGET_S else "MISSED"
    print(f"{'seconds, ' + str(args.runs) + ' runs':<38} {'median':>8} {'p95':>8} {'min':>8}  target")
    print(row("backup_now (copy + integrity_check)", backups, f"< {TARGET_S:.0f} s: {met}"))
    print(row("verify_backup (integrity_check)", verifies))
    print(row("backup_now + verify_backup", totals))
    print(row("shutil.copyfile (baseline)", plain))
    if restore:
        print(row("restore_backup (one run)", restore))
    print(f"\nratio backup_now / copyfile: median {statistics.median(backups) / statistics.median(plain):.1f}x "
          f"(the copy is checked; copyfile is not, and is not consistent while the app writes)")
    print(f"backup size {copies[0].stat().st_size / 2**20:,.0f} MB (database file {size / 2**20:,.0f} MB)")
    print(f"peak memory: Python allocations {python_peak / 2**20:.1f} MB, "
          f"anonymous resident {anon.peak_kb / 1024:.0f} MB, "
          f"resident incl. mapped file pages {rss_peak_kb / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
