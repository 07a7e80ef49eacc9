"""The architecture holds: no import cycles, no module too long to read, desktop/ hands no raw
database connection around, every message code of db/ has a text in both interfaces.

Each test lists what breaks the rule (file:line), so the failure says where to look."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from tests.architecture_scan import (
    ROOT,
    cycles,
    describe_cycle,
    imports,
    module_name,
    our_modules,
    production_files,
    tree,
    where,
)

MAX_MODULE_LINES = 450
MAX_MAIN_WINDOW_LINES = 330
CODE = re.compile(r"[a-z][a-z0-9_]*\Z")


# --- (a) no import cycles -----------------------------------------------------------------------------


def test_our_modules_import_each_other_without_cycles():
    found = cycles(imports(our_modules()))
    assert not found, "import cycles (module (where it imports the next) -> ...):\n" + "\n".join(
        describe_cycle(cycle) for cycle in found)


def test_the_cycle_finder_finds_a_cycle_through_a_function_level_import(tmp_path):
    """The check above can fail: two modules that import each other, one of them inside a function."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.b import thing\n")
    (package / "b.py").write_text("def thing():\n    from . import a\n    return a\n")
    (package / "c.py").write_text("import pkg.a\n")
    modules = {".".join(p.relative_to(tmp_path).with_suffix("").parts).removesuffix(".__init__"): p
               for p in package.rglob("*.py")}
    found = cycles(imports(modules))
    assert [sorted(edge.source for edge in cycle) for cycle in found] == [["pkg.a", "pkg.b"]]


# --- (b) modules short enough to read -------------------------------------------------------------------


def test_no_production_module_is_too_long():
    sizes = {p: len(p.read_text(encoding="utf-8").splitlines()) for p in production_files()}
    long = sorted(((lines, str(p.relative_to(ROOT))) for p, lines in sizes.items() if lines > MAX_MODULE_LINES),
                  reverse=True)
    assert not long, f"modules over {MAX_MODULE_LINES} lines: " + ", ".join(f"{name} ({n})" for n, name in long)


def test_the_main_window_class_is_short():
    classes = [(node.end_lineno - node.lineno + 1, where(p, node)) for p in production_files("desktop")
               for node in ast.walk(tree(p)) if isinstance(node, ast.ClassDef) and node.name == "MainWindow"]
    assert classes, "no class MainWindow in desktop/"
    long = [f"{at} ({lines} lines)" for lines, at in classes if lines > MAX_MAIN_WINDOW_LINES]
    assert not long, f"MainWindow over {MAX_MAIN_WINDOW_LINES} lines: " + ", ".join(long)


# --- (d) no raw database connection in desktop/ ------------------------------------------------------------


def _raw_connections(path: Path) -> list[str]:
    found = []
    for node in ast.walk(tree(path)):
        if isinstance(node, ast.Attribute) and node.attr == "conn" and (
                isinstance(node.value, ast.Attribute) and node.value.attr == "db"):
            found.append(f"{where(path, node)} (.db.conn)")
        elif isinstance(node, ast.Attribute) and node.attr == "connect" and (
                isinstance(node.value, ast.Name) and node.value.id == "sqlite3"):
            found.append(f"{where(path, node)} (sqlite3.connect)")
        elif isinstance(node, ast.ImportFrom) and node.module == "sqlite3" and any(
                alias.name == "connect" for alias in node.names):
            found.append(f"{where(path, node)} (from sqlite3 import connect)")
    return found


def test_desktop_passes_no_raw_sqlite_connection():
    offenders = [hit for p in production_files("desktop") for hit in _raw_connections(p)]
    assert offenders == [], "desktop/ reaches for a raw connection: " + ", ".join(offenders)


def test_the_connection_check_sees_one(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import sqlite3\nbackup(conn=backend.kb.db.conn)\nsqlite3.connect('x')\n")
    assert sorted(hit.rsplit(" ", 1)[1] for hit in _raw_connections(sample)) == ["(.db.conn)", "(sqlite3.connect)"]


# --- (e) every message code of db/ has a text in both tables ------------------------------------------------


def _name_of(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _strings(node: ast.expr | None) -> list[str]:
    """The code(s) an argument can be: a constant, or either branch of `a if c else b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def _coded_classes(files: list[Path]) -> tuple[set[str], set[str]]:
    """The names of CodedError and its subclasses in db/, and those of them with their own __init__
    (their first argument is not the code)."""
    classes = {"CodedError", "UserError", "InvalidValue"}
    own_init: set[str] = set()
    defs = [node for p in files for node in ast.walk(tree(p)) if isinstance(node, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for node in defs:
            if node.name not in classes and any(_name_of(base) in classes for base in node.bases):
                classes.add(node.name)
                grew = True
    for node in defs:
        if node.name in classes and any(isinstance(item, ast.FunctionDef) and item.name == "__init__"
                                        for item in node.body):
            own_init.add(node.name)
    return classes, own_init


def _code_arguments(call: ast.Call, classes: set[str], own_init: set[str]) -> list[ast.expr]:
    name = _name_of(call.func)
    args = call.args
    if name in ("FieldError", "error") and len(args) >= 2:
        if name == "error" and isinstance(call.func, ast.Attribute) and _name_of(call.func.value) in (
                "log", "logger", "logging"):
            return []
        return [args[1]]
    if name in ("warn", "Message") or (name in classes and name not in own_init):
        return args[:1]
    if name == "__init__" and isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Call) \
            and _name_of(call.func.value.func) == "super":
        return args[:1]  # super().__init__("code", ...) in a subclass with its own __init__
    return []


def _given_params(call: ast.Call, code_argument: ast.expr) -> set[str] | None:
    """The parameter names a call gives its code, when they can be read: keywords, or the dict
    literal after the code of Message("code", {...}); None where they come from elsewhere (**params)."""
    if any(keyword.arg is None for keyword in call.keywords):
        return None
    given = {keyword.arg for keyword in call.keywords}
    position = next(i for i, arg in enumerate(call.args) if arg is code_argument)
    rest = call.args[position + 1:]
    if _name_of(call.func) == "Message" and rest:
        literal = rest[0]
        if not isinstance(literal, ast.Dict) or not all(isinstance(k, ast.Constant) for k in literal.keys):
            return None
        given |= {k.value for k in literal.keys}
    return given


def db_message_codes() -> dict[str, list[str]]:
    """code -> where db/ uses it."""
    return {code: [at for at, _ in uses] for code, uses in db_message_uses().items()}


def db_message_uses() -> dict[str, list[tuple[str, set[str] | None]]]:
    """code -> (where, the parameter names given there or None) for every use in db/."""
    files = production_files("db")
    classes, own_init = _coded_classes(files)
    found: dict[str, list[tuple[str, set[str] | None]]] = {}
    for path in files:
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.Call):
                for argument in _code_arguments(node, classes, own_init):
                    for code in _strings(argument):
                        if CODE.match(code):
                            found.setdefault(code, []).append((where(path, node), _given_params(node, argument)))
    return found


def placeholders(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.fixture(scope="module")
def tables() -> tuple[dict[str, str], dict[str, str]]:
    from cli.messages import TEXT as cli_text
    from desktop.messages import TEXT as desktop_text

    return desktop_text, cli_text


def test_the_code_collector_sees_every_form(tmp_path, monkeypatch):
    sample = tmp_path / "db" / "sample.py"
    sample.parent.mkdir()
    sample.write_text(
        "class Gone(UserError):\n    pass\n"
        "class Odd(Gone):\n    def __init__(self, x):\n        super().__init__('odd_code', x=x)\n"
        "FieldError('f', 'field_code')\nc.error('f', 'collector_code')\nc.warn('warn_code', n=1)\n"
        "Message('message_code')\nraise InvalidValue('a_code' if x else 'b_code')\nraise Gone('gone_code')\n"
        "raise Odd('not a code')\nlog.error('%s failed', 'not_a_code')\n")
    monkeypatch.setattr("tests.test_architecture.production_files", lambda *packages: [sample])
    assert sorted(db_message_codes()) == ["a_code", "b_code", "collector_code", "field_code", "gone_code",
                                          "message_code", "odd_code", "warn_code"]
    uses = db_message_uses()
    assert [given for _, given in uses["warn_code"]] == [{"n"}]
    assert [given for _, given in uses["odd_code"]] == [{"x"}]


def test_every_code_of_db_has_a_text_in_both_interfaces(tables):
    desktop_text, cli_text = tables
    codes = db_message_codes()
    assert len(codes) > 20, "the collector found almost no codes: has the way db/ names them changed?"
    missing = {name: sorted(code for code in codes if code not in table)
               for name, table in (("desktop/messages TEXT", desktop_text), ("cli/messages TEXT", cli_text))}
    problems = [f"{name} lacks {', '.join(f'{c} ({codes[c][0]})' for c in lacking)}"
                for name, lacking in missing.items() if lacking]
    assert not problems, "\n".join(problems)


def test_both_tables_have_the_same_codes_and_placeholders(tables):
    desktop_text, cli_text = tables
    only_desktop = sorted(set(desktop_text) - set(cli_text))
    only_cli = sorted(set(cli_text) - set(desktop_text))
    assert not only_desktop and not only_cli, f"only in desktop/: {only_desktop}; only in cli/: {only_cli}"
    differ = [f"{code}: desktop {sorted(placeholders(desktop_text[code]))}, cli {sorted(placeholders(cli_text[code]))}"
              for code in sorted(desktop_text) if placeholders(desktop_text[code]) != placeholders(cli_text[code])]
    assert not differ, "placeholders differ: " + "; ".join(differ)


def test_every_text_finds_its_placeholders_where_db_names_the_code(tables):
    desktop_text, _ = tables
    unfilled = [f"{code} at {at} gives {sorted(given)}, the text wants {sorted(placeholders(desktop_text[code]))}"
                for code, uses in sorted(db_message_uses().items()) if code in desktop_text
                for at, given in uses if given is not None and not placeholders(desktop_text[code]) <= given]
    assert not unfilled, "texts with a placeholder db/ does not fill:\n" + "\n".join(unfilled)


# --- (f) no legacy regexes ----------------------------------------------------------------------------------


def test_no_legacy_message_parsing_is_left():
    legacy = ROOT / "desktop" / "messages" / "legacy.py"
    assert not legacy.exists(), f"{legacy.relative_to(ROOT)} still parses db/'s English back"
    users = [module_name(p) for p in production_files() if "legacy" in p.read_text(encoding="utf-8")
             and "translate_legacy" in p.read_text(encoding="utf-8")]
    assert users == []
