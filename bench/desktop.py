"""Desktop figures on the benchmark database (not a test; prints figures).

    python -m bench.desktop --db /tmp/kb-bench.db [--runs 5] [--queries 100]

Cold start to the main window shown (median of N fresh processes) against a bare QMainWindow
started the same way in the same run (the ratio), time to show the contact list, time from a
typed query to results shown (search-as-you-type on the worker thread), the statements one title
edit costs the window (bench/refreshes.py, on a copy), and peak memory.
The search index must exist (`python main.py reindex --db PATH`), or the first start builds it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

START_WINDOW = """
import sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
{body}
window.show()
app.processEvents()
print(time.perf_counter() - t0)
import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
{cleanup}
"""
APP_BODY = ("from desktop.backend import Backend\nfrom desktop.window.main_window import MainWindow\n"
            "backend = Backend(sys.argv[1])\nwindow = MainWindow(backend)")
BARE_BODY = "from PySide6.QtWidgets import QMainWindow\nwindow = QMainWindow()"


def _start(body: str, cleanup: str, db: Path, settings: Path) -> tuple[float, int]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(settings)}
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", START_WINDOW.format(body=body, cleanup=cleanup), str(db)],
                         capture_output=True, text=True, env=env, check=True, cwd=Path(__file__).parent.parent)
    wall = time.perf_counter() - started
    _inside, rss_kb = out.stdout.split()[-2:]
    return wall, int(rss_kb)


def cold_start(db: Path, runs: int, settings: Path) -> None:
    app = [_start(APP_BODY, "backend.close()", db, settings) for _ in range(runs)]
    bare = [_start(BARE_BODY, "", db, settings) for _ in range(runs)]
    app_median = statistics.median(t for t, _ in app)
    bare_median = statistics.median(t for t, _ in bare)
    print(f"cold start to main window shown: median {app_median * 1000:.0f} ms over {runs} processes "
          f"(bare QMainWindow {bare_median * 1000:.0f} ms; ratio {app_median / bare_median:.2f}x); "
          f"peak RSS {max(r for _, r in app) / 1024:.0f} MB")


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def in_process(db: Path, queries: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.backend import Backend
    from desktop.pages.list_page import ListPage

    app = QApplication.instance() or QApplication([])
    backend = Backend(db)
    try:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            page = ListPage(backend, "contact")
            page.resize(900, 700)
            page.show()
            app.processEvents()
            times.append(time.perf_counter() - started)
            page.deleteLater()
        print(f"contact list shown ({backend.kb.contacts.count():,} contacts): median "
              f"{statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")

        words = [c.last_name for c in backend.kb.contacts.list(limit=queries, offset=1000)]
        typed = [word[:n] for word in words for n in (2, 3, len(word))][:queries * 2]
        latencies: list[float] = []
        loop = QEventLoop()
        for text in ["warm", "up", *typed]:
            started = time.perf_counter()
            backend.search(text, lambda _result, s=started: (latencies.append(time.perf_counter() - s), loop.quit()),
                           page_size=30)
            QTimer.singleShot(5000, loop.quit)
            loop.exec()
        latencies = latencies[2:]
        print(f"search as you type, query to results delivered ({len(latencies)} queries): median "
              f"{statistics.median(latencies) * 1000:.1f} ms, p95 {_percentile(latencies, 0.95) * 1000:.1f} ms")
    finally:
        backend.close()
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.desktop", description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args(argv)
    if not args.db.is_file():
        print(f"bench.desktop: {args.db}: no such database (python -m bench.generate --db {args.db})", file=sys.stderr)
        return 2
    settings = Path(os.environ.get("TMPDIR", "/tmp")) / "kb-bench-settings"
    cold_start(args.db, args.runs, settings)
    in_process(args.db, args.queries)
    from bench import refreshes

    refreshes.report(refreshes.one_edit(args.db), detailed=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
