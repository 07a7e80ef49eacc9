"""Search benchmark: Whoosh (our index and service) against SQLite FTS5 over the same rows.

    python -m bench.search [--db /tmp/kb-bench.db] [--queries 250] [--updates 120] [--procs 2]

The database is copied first (never written). Figures printed:
- full index build: time, size on disk, peak memory of the build's whole process tree
- update-to-searchable: a contact renamed through the data layer, until a search finds it
- query latency (median, p95 over --queries after warm-up, searcher kept open) per kind:
  common word, rare word, two words, 3-letter prefix, fuzzy name, phrase; each with top-10
  snippets and counts per type, as the search box asks for them
- the same queries against SQLite FTS5 (unicode61, diacritics removed; bm25, snippet(),
  counts per type) over the same documents, and the ratio Whoosh / FTS5 per kind
- peak memory of the query process
Not a test: nothing here passes or fails, it prints what it measured against the targets.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from db import models as m
from db.search import TYPES, SearchResult
from db.search import whoosh_engine as si
from db.search.documents import all_documents
from db.services import KnowledgeBase

TARGETS = {"median_ms": 20.0, "p95_ms": 50.0, "update_p95_ms": 100.0, "build_s": 60.0, "memory_mb": 400.0}
KINDS = ("common word", "rare word", "two words", "3-letter prefix", "fuzzy name", "phrase")


# --- measuring ------------------------------------------------------------------------------------


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(run: Callable[[str], object], queries: list[str], warmup: int) -> list[float]:
    for query in queries[:warmup]:
        run(query)
    times = []
    for query in queries:
        started = time.perf_counter()
        run(query)
        times.append((time.perf_counter() - started) * 1000)
    return times


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, []))
    return found


class TreeMemory:
    """Peak resident memory of a process and all its descendants, sampled every 50 ms."""

    def __init__(self, pid: int):
        self.pid, self.peak_kb, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(p) for p in _tree(self.pid)))
            self._stop.wait(0.05)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


# --- the queries ----------------------------------------------------------------------------------------


WORD = re.compile(r"\w+")


def make_queries(conn: sqlite3.Connection, count: int, seed: int) -> dict[str, list[str]]:
    """Query strings of each kind, drawn from the data itself."""
    rng = random.Random(seed)
    texts = [r[0] for r in conn.execute("SELECT minutes FROM activity WHERE minutes IS NOT NULL AND deleted_at IS NULL"
                                        " ORDER BY random() LIMIT 4000")]
    df: Counter[str] = Counter()
    for text in texts:
        df.update({w for w in si.words(text) if len(w) > 2 and not w.isdigit()})
    common = [w for w, _ in df.most_common(60) if w not in si.STOP_WORDS][:20]
    rare_pool = [w for w, n in df.items() if n == 1 and w not in si.STOP_WORDS and len(w) > 4]
    last_names = [r[0] for r in conn.execute("SELECT last_name FROM contact ORDER BY random() LIMIT ?", [count * 2])]
    pairs, phrases = [], []
    for text in rng.sample(texts, min(len(texts), count * 3)):
        tokens = [w for w in WORD.findall(text) if w.lower() not in si.STOP_WORDS and len(w) > 2 and not w.isdigit()]
        if len(tokens) >= 4:
            a, b = rng.sample(tokens, 2)
            pairs.append(f"{a.lower()} {b.lower()}")
        spoken = WORD.findall(text)
        for i in range(len(spoken) - 1):
            if spoken[i].lower() not in si.STOP_WORDS and spoken[i + 1].lower() not in si.STOP_WORDS:
                phrases.append(f'"{spoken[i].lower()} {spoken[i + 1].lower()}"')
                break
    names = [n for n in last_names if len(si.words(n)) == 1 and len(n) >= 5]
    return {
        "common word": [common[i % len(common)] for i in range(count)],
        "rare word": rng.sample(rare_pool, min(count, len(rare_pool))),
        "two words": pairs[:count],
        "3-letter prefix": [si.exact(n)[:3] for n in last_names[:count]],
        "fuzzy name": [typo(si.exact(n), rng) for n in names[:count]],
        "phrase": phrases[:count],
    }


def typo(word: str, rng: random.Random) -> str:
    """One edit inside the word (never the first letter)."""
    i = rng.randrange(1, len(word))
    edit = rng.choice(("drop", "swap", "change"))
    if edit == "drop":
        return word[:i] + word[i + 1:]
    if edit == "swap" and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + rng.choice("aeiouklmnrst") + word[i + 1:]


# --- FTS5 over the same documents --------------------------------------------------------------------------


def build_fts(source: Path, target: Path) -> tuple[float, int]:
    started = time.perf_counter()
    out = sqlite3.connect(target)
    out.execute("PRAGMA journal_mode = OFF")
    out.execute("CREATE VIRTUAL TABLE fts USING fts5(type UNINDEXED, id UNINDEXED, title, names, others, body,"
                " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")
    conn = sqlite3.connect(source)
    batch = []
    for doc in all_documents(conn):
        batch.append((doc.type, doc.id, doc.title, " ".join(doc.names),
                      " ".join([*doc.orgs, *doc.places, *doc.people, *doc.tags]), doc.body))
        if len(batch) >= 5000:
            out.executemany("INSERT INTO fts VALUES (?, ?, ?, ?, ?, ?)", batch)
            batch = []
    out.executemany("INSERT INTO fts VALUES (?, ?, ?, ?, ?, ?)", batch)
    out.commit()
    out.execute("INSERT INTO fts(fts) VALUES ('optimize')")
    out.commit()
    conn.close()
    out.close()
    return time.perf_counter() - started, target.stat().st_size


def fts_query(kind: str, query: str) -> str:
    words = si.words(query)
    if kind == "3-letter prefix":
        return f"names : {words[0]}*" if words else '""'
    if kind == "fuzzy name":
        return f"names : {words[0]}" if words else '""'  # FTS5 has no typo tolerance: an exact lookup
    if kind == "phrase":
        return '"' + " ".join(words) + '"'
    return " ".join(f'"{w}"' for w in words)


def fts_runner(conn: sqlite3.Connection, kind: str) -> Callable[[str], object]:
    top = ("SELECT type, id, title, snippet(fts, 5, '<b>', '</b>', '…', 24) FROM fts WHERE fts MATCH ?"
           " ORDER BY bm25(fts, 0, 0, 6.0, 6.0, 2.0, 1.0) LIMIT 10")
    counts = "SELECT type, count(*) FROM fts WHERE fts MATCH ? GROUP BY type"

    def run(query: str) -> object:
        match = fts_query(kind, query)
        return conn.execute(top, [match]).fetchall(), conn.execute(counts, [match]).fetchall()

    return run


# --- the run -----------------------------------------------------------------------------------------------


def copy_database(source: Path, work: Path) -> Path:
    """A consistent copy, without writing a byte to the source (not even its -shm file when
    its write-ahead log is empty)."""
    target = work / "bench.db"
    wal = Path(f"{source}-wal")
    mode = "mode=ro" if wal.exists() and wal.stat().st_size > 0 else "immutable=1"
    src = sqlite3.connect(f"file:{source}?{mode}", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return target


def build_in_child(db: Path, procs: int) -> tuple[float, int, float]:
    """(seconds, documents, peak MB of the build's process tree)."""
    code = ("import sys, time; from db.search import reindex; t = time.perf_counter();"
            f" n = reindex(sys.argv[1], procs={procs}); print(n, time.perf_counter() - t)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parent.parent)
    with TreeMemory(proc.pid) as memory:
        out, _ = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"index build failed (exit {proc.returncode})")
    count, seconds = out.split()
    return float(seconds), int(count), memory.peak_kb / 1024


def measure_updates(kb: KnowledgeBase, count: int, seed: int, *, idle: bool = False) -> tuple[list[float], list[float]]:
    """Rename contacts through the data layer; (update-to-searchable ms, of which the search ms).
    idle: between two saves, do (untimed) what the app does when it is idle: merge the small
    index segments the writes left. Without it the saves come back to back (a burst)."""
    rng = random.Random(seed)
    ids = [r[0] for r in kb.db.execute("SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY random() LIMIT ?",
                                       [count + 10])]
    totals, searches = [], []
    for i, row_id in enumerate(ids):
        person: m.Contact = kb.contacts.get(row_id)
        person.last_name = "Qx" + "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(8))
        started = time.perf_counter()
        kb.contacts.update(person)
        searched = time.perf_counter()
        hits = kb.search.search(person.last_name, as_you_type=False, page_size=10).hits
        done = time.perf_counter()
        assert hits and hits[0].id == row_id, "the renamed contact was not found first"
        if i >= 10:  # warm-up
            totals.append((done - started) * 1000)
            searches.append((done - searched) * 1000)
        if idle:
            kb.search.merge_small_segments()
    return totals, searches


def row(label: str, values: list[float]) -> str:
    return f"{label:<18} median {statistics.median(values):7.1f} ms   p95 {percentile(values, 0.95):7.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search", description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/kb-bench.db"), help="benchmark database (copied)")
    parser.add_argument("--queries", type=int, default=250, help="queries per kind (>= 200)")
    parser.add_argument("--warmup", type=int, default=25)
    parser.add_argument("--updates", type=int, default=120)
    parser.add_argument("--procs", type=int, default=2, help="processes for the full build")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    if not args.db.is_file():
        print(f"{args.db}: no such database (python -m bench.generate --db {args.db})", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="kb-search-bench-"))
    try:
        return run(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace, work: Path) -> int:
    db = copy_database(args.db, work)
    with sqlite3.connect(db) as conn:
        sizes = {t: conn.execute(f"SELECT count(*) FROM [{t}] WHERE deleted_at IS NULL").fetchone()[0]
                 for t in TYPES}
    print(f"database: {args.db} ({', '.join(f'{k} {v:,}' for k, v in sizes.items())})")
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")

    seconds, docs, build_mb = build_in_child(db, args.procs)
    size = folder_size(si.index_folder(db))
    print(f"\nWhoosh full build (procs={args.procs}): {docs:,} documents in {seconds:.1f} s, "
          f"{size / 2**20:.0f} MB on disk, peak memory of the build (all processes) {build_mb:.0f} MB")
    fts_seconds, fts_size = build_fts(db, work / "fts.db")
    print(f"FTS5 full build: {fts_seconds:.1f} s, {fts_size / 2**20:.0f} MB on disk "
          f"(ratio Whoosh/FTS5: time {seconds / fts_seconds:.1f}, size {size / fts_size:.1f})")

    started = time.perf_counter()
    kb = KnowledgeBase.open(db, user="bench")
    print(f"opening the knowledge base with its index: {(time.perf_counter() - started) * 1000:.0f} ms")
    assert kb.search is not None

    with sqlite3.connect(db) as conn:
        queries = make_queries(conn, args.queries, args.seed)
    fts = sqlite3.connect(work / "fts.db")
    print(f"\nquery latency, {args.queries} queries per kind after {args.warmup} warm-up, top 10 with snippets "
          "and counts per type (ms)")
    print(f"{'kind':<16} {'Whoosh med':>10} {'p95':>7} {'max':>7} {'no counts':>10} {'p95':>7} {'FTS5 med':>9}"
          f" {'p95':>6}  {'ratio med':>9} {'p95':>6}  hits/q  target")
    results = {}
    for kind in KINDS:
        items = queries[kind]

        def whoosh(q: str, counts: bool = True, typing: bool = kind == "3-letter prefix") -> SearchResult:
            return kb.search.search(q, page_size=10, as_you_type=typing, counts=counts)

        hits = statistics.mean(whoosh(q).total for q in items[:50])
        full = timed(whoosh, items, args.warmup)
        lean = timed(lambda q: whoosh(q, counts=False), items, args.warmup)
        other = timed(fts_runner(fts, kind), items, args.warmup)
        med, p95 = statistics.median(full), percentile(full, 0.95)
        fmed, fp95 = statistics.median(other), percentile(other, 0.95)
        ok = med < TARGETS["median_ms"] and p95 < TARGETS["p95_ms"]
        results[kind] = (med, p95)
        print(f"{kind:<16} {med:10.1f} {p95:7.1f} {max(full):7.1f} {statistics.median(lean):10.1f}"
              f" {percentile(lean, 0.95):7.1f} {fmed:9.2f} {fp95:6.2f}  {med / fmed:9.1f} {p95 / fp95:6.1f}"
              f"  {hits:6.0f}  {'met' if ok else 'MISSED'}")
    fts.close()

    print(f"\nupdate-to-searchable ({args.updates - 10} contacts renamed through the data layer, then searched;"
          f" target p95 < {TARGETS['update_p95_ms']:.0f} ms):")
    for label, idle in (("saves with idle time between them (small segments merged meanwhile)", True),
                        ("saves back to back (a burst: segments pile up, merged every 16)", False)):
        kb.search.merge_small_segments()
        totals, searches = measure_updates(kb, args.updates, args.seed + idle, idle=idle)
        print(f"  {label}:")
        print("    " + row("total", totals) + "   "
              + ("met" if percentile(totals, 0.95) < TARGETS["update_p95_ms"] else "MISSED"))
        print("    " + row("of which search", searches))
    kb.close()

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory of the query process (ru_maxrss): {peak:.0f} MB; "
          f"of the build: {build_mb:.0f} MB; target < {TARGETS['memory_mb']:.0f} MB: "
          + ("met" if max(peak, build_mb) < TARGETS["memory_mb"] else "MISSED"))
    print(f"full rebuild target < {TARGETS['build_s']:.0f} s: {'met' if seconds < TARGETS['build_s'] else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
