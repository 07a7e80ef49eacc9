"""db/ is the whole data layer without Qt; desktop/ holds no SQL."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_importing_db_leaves_qt_out():
    modules = sorted(".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
                     for p in (ROOT / "db").rglob("*.py"))
    qt = "('PySide6', 'shiboken6', 'desktop')"
    code = ("import sys, db; " + "; ".join(f"import {name}" for name in modules)
            + f"; import main; print(sorted(m for m in sys.modules if m.startswith({qt})))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_desktop_has_no_sql():
    pattern = re.compile(r"\b(execute|executescript)\(|\b(SELECT|INSERT INTO|DELETE FROM)\b|UPDATE \w+ SET")
    offenders = [p.name for p in (ROOT / "desktop").rglob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
