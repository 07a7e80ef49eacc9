"""The layers: db/ (the data layer) and cli/ (the command line) run without Qt; desktop/ holds no SQL.

Every module of each folder, found recursively, so a move or a new sub-package never makes these
tests check less. Imports are checked twice: by importing every module in a fresh interpreter (what
really gets loaded) and by reading every import statement, function-level ones too (what a code
path not taken at import time would load)."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.architecture_scan import ROOT, module_name, production_files, tree, where

QT = ("PySide6", "shiboken6", "desktop")


def _loads_qt(modules: list[str]) -> list[str]:
    """The modules (in this order) after whose import Qt or desktop/ was loaded, in a fresh interpreter."""
    code = (f"import json, sys\nqt = {QT!r}\nnames = {modules!r}\nguilty = []\n"
            "for name in names:\n"
            "    __import__(name)\n"
            "    if any(m.split('.')[0] in qt for m in sys.modules) and not guilty:\n"
            "        guilty.append(name + ' loads ' + ', '.join(sorted(m for m in sys.modules"
            " if m.split('.')[0] in qt)[:5]))\n"
            "print(json.dumps(guilty))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("package", ["db", "cli"])
def test_importing_every_module_leaves_qt_out(package):
    modules = sorted(module_name(p) for p in production_files(package))
    assert len(modules) > 3
    extra = ["main"] if package == "cli" else []
    assert _loads_qt(["db", *modules, *extra]) == []


def _qt_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(tree(path)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            names = [node.module or ""]
        found += [f"{where(path, node)} ({name})" for name in names if name.split(".")[0] in QT]
    return found


@pytest.mark.parametrize("package", ["db", "cli"])
def test_no_import_statement_names_qt_or_the_desktop(package):
    offenders = [hit for p in production_files(package) for hit in _qt_imports(p)]
    assert offenders == [], f"{package}/ imports Qt or desktop/: " + ", ".join(offenders)


def _imports_of(path: Path, top: str) -> list[str]:
    found = []
    for node in ast.walk(tree(path)):
        names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                 else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
        found += [f"{where(path, node)} ({name})" for name in names if name.split(".")[0] == top]
    return found


def test_the_data_layer_never_imports_the_command_line():
    """db/ raises db.errors.UserError; it never reaches up into cli/ for an error class (or anything)."""
    offenders = [hit for p in production_files("db") for hit in _imports_of(p, "cli")]
    assert offenders == [], "db/ imports cli/: " + ", ".join(offenders)


def test_the_cli_import_check_sees_one(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def erase():\n    from cli.errors import CommandError\n")
    assert len(_imports_of(sample, "cli")) == 1


def test_the_import_check_sees_a_function_level_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def show():\n    from PySide6.QtWidgets import QMessageBox\n    import desktop.app\n")
    assert len(_qt_imports(sample)) == 2


# --- desktop/ holds no SQL ---------------------------------------------------------------------------------

# SQL as this project writes it (keywords in capitals); English prose does not match these.
SQL = re.compile(r"\bSELECT\b[\s\S]+?\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bDELETE\s+FROM\b"
                 r"|\bUPDATE\s+\[?\w+\]?\s+SET\b|\b(CREATE|DROP|ALTER)\s+(TABLE|INDEX|VIEW|TRIGGER)\b"
                 r"|\bPRAGMA\s+\w+|\bBEGIN\s+(IMMEDIATE|EXCLUSIVE|DEFERRED)\b")
# Methods of sqlite3 and sqlite-utils that run SQL or read and write tables.
DATABASE_CALLS = {"execute", "executemany", "executescript", "execute_returning_dicts", "rows_where",
                  "insert_all", "upsert", "upsert_all"}


def _sql_in(path: Path) -> list[str]:
    found = []
    nodes = list(ast.walk(tree(path)))
    # pieces of an f-string are checked with the whole f-string; docstrings may name SQL in prose
    skip = {id(part) for node in nodes if isinstance(node, ast.JoinedStr) for part in node.values}
    skip |= {id(node.body[0].value) for node in nodes
             if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
             and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    for node in nodes:
        if id(node) in skip:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
            found.append(f"{where(path, node)} (SQL text)")
        elif isinstance(node, ast.JoinedStr):
            text = "".join(part.value if isinstance(part, ast.Constant) else "x" for part in node.values)
            if SQL.search(text):
                found.append(f"{where(path, node)} (SQL f-string)")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in DATABASE_CALLS:
            found.append(f"{where(path, node)} (.{node.func.attr}())")
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "db":
            found.append(f"{where(path, node)} (a table through .db[...])")
    return found


def test_desktop_has_no_sql():
    files = production_files("desktop")
    assert len(files) > 20
    offenders = [hit for p in files for hit in _sql_in(p)]
    assert offenders == [], "SQL in desktop/: " + ", ".join(offenders)


def test_the_sql_check_sees_sql_and_not_prose(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""Reads PRAGMA data_version."""\n'
        'TIP = "Select the records from the list"\n'
        'kb.db.execute("select 1")\n'
        'rows = f"SELECT id FROM [{table}]"\n'
        'q = "UPDATE contact SET name = ?"\n'
        'kb.db["contact"].get(1)\n')
    assert sorted(hit.split(" ", 1)[1] for hit in _sql_in(sample)) == [
        "(.execute())", "(SQL f-string)", "(SQL text)", "(a table through .db[...])"]
