"""Regenerate the interface translations: .ts from the sources, Swedish filled in, .qm compiled.

    .venv/bin/python resources/translations/update.py            # run after changing any user-visible string
    .venv/bin/python resources/translations/update.py --verbose  # also list the tr() calls on variables

1. pyside6-lupdate over every desktop/**/*.py. lupdate does not look inside f-strings
   (f"<h3>{self.tr('Tags')}</h3>"), so the sources are also read with Python's own parser; every
   translated literal that lupdate missed goes into lupdate_hints.py (generated) as QT_TRANSLATE_NOOP
   with the same context, and lupdate reads that file too.
2. kunskapsbanken_sv.ts: each message gets its Swedish from sv_strings.SV (key: the source text, or
   (context, source) where one context needs other Swedish) and is marked finished.
3. kunskapsbanken_en.ts: each translation is the source text, finished.
4. pyside6-lrelease writes the .qm files that desktop/i18n.py loads.
5. A source text without Swedish, Swedish that lost a %1/{name} placeholder, or a tr() call whose
   context cannot be known is printed, and the script exits 1 (the .qm files are still written).
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = {"sv": "sv_SE", "en": "en_GB"}
HINTS = HERE / "lupdate_hints.py"
PLACEHOLDER = re.compile(r"%\d|\{\w*\}")
_TRANSLATE_FUNCTIONS = {"translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP_UTF8"}
_APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}


def sources() -> list[Path]:
    return sorted(ROOT.glob("desktop/**/*.py"))


def ts_path(language: str) -> Path:
    return HERE / f"kunskapsbanken_{language}.ts"


def qm_path(language: str) -> Path:
    return HERE / f"kunskapsbanken_{language}.qm"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease of this Python's environment (else from PATH)."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (install PySide6 in this environment)")
    return found


# --- reading the sources with Python's parser -----------------------------------------------------


@dataclass
class Scan:
    found: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # (context, source) -> ["file:line"]
    on_variables: list[str] = field(default_factory=list)  # tr(name): lupdate cannot see what is translated
    problems: list[str] = field(default_factory=list)  # calls whose context lupdate gets wrong


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _function_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def scan(files: list[Path]) -> Scan:
    """Every tr()/translate()/QT_TRANSLATE_NOOP() call, f-strings included, with its context."""
    result = Scan()

    def visit(node: ast.AST, path: Path, classes: list[str]) -> None:
        if isinstance(node, ast.ClassDef):
            classes = [*classes, node.name]
        if isinstance(node, ast.Call):
            check(node, path, classes)
        for child in ast.iter_child_nodes(node):
            visit(child, path, classes)

    def check(node: ast.Call, path: Path, classes: list[str]) -> None:
        name = _function_name(node)
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if name in ("tr", "QT_TR_NOOP") and node.args:
            func = node.func
            on_self = isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self"
            if isinstance(func, ast.Attribute) and not on_self:
                result.problems.append(f"{where}: {ast.unparse(func)}(...) is translated in the context of whatever "
                                       f"object that is at run time; lupdate names the context "
                                       f"'{ast.unparse(func.value)}'. Use QCoreApplication.translate(\"Ctx\", ...)")
                return
            if isinstance(func, ast.Name) and name == "tr":
                if _literal(node.args[0]) is not None:
                    result.problems.append(f"{where}: a bare tr() call; lupdate does not know its context")
                else:
                    result.on_variables.append(f"{where}: {ast.unparse(node)}")
                return
            if not classes:
                result.problems.append(f"{where}: self.tr() outside a class")
                return
            context, text_node = classes[-1], node.args[0]
        elif name in _TRANSLATE_FUNCTIONS and len(node.args) >= 2:
            func = node.func
            if isinstance(func, ast.Attribute) and ast.unparse(func.value) not in _APPLICATIONS:
                return  # painter.translate(x, y)
            context, text_node = _literal(node.args[0]), node.args[1]
            if context is None:
                result.on_variables.append(f"{where}: {ast.unparse(node)}")
                return
        else:
            return
        text = _literal(text_node)
        if text is None:
            result.on_variables.append(f"{where}: {ast.unparse(node)}")
            return
        result.found.setdefault((context, text), []).append(where)

    for path in files:
        visit(ast.parse(path.read_text(encoding="utf-8"), str(path)), path, [])
    return result


# --- lupdate ---------------------------------------------------------------------------------------


def read_ts(path: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation text (None when unfinished or empty)."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            messages[(name, message.findtext("source"))] = (translation.text or None) if done else None
    return messages


def lupdate(files: list[Path], target: Path, language: str) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-source-language", "en_GB",
                    "-target-language", LANGUAGES[language], *[str(f) for f in files], "-ts", str(target)],
                   check=True, cwd=ROOT)


def _py(text: str) -> str:
    """A Python string literal in double quotes (JSON's escapes are Python's)."""
    return json.dumps(text, ensure_ascii=False)


def write_hints(missed: dict[tuple[str, str], list[str]], target: Path) -> None:
    lines = ['"""Generated by update.py: translated strings that lupdate cannot see (inside f-strings).',
             "", "Do not edit; change the source and run resources/translations/update.py again.", '"""', "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", "", "STRINGS = ("]
    for (context, text), places in sorted(missed.items()):
        line = f"    QT_TRANSLATE_NOOP({_py(context)}, {_py(text)}),  # {', '.join(places)}"
        lines.append(line + ("  # noqa: E501" if len(line) > 120 else ""))
    lines.append(")")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")


def extract(target: Path, language: str = "sv", hints: Path | None = None) -> Scan:
    """lupdate over the sources (and the hints for what it misses) into `target`. Returns the scan."""
    files = sources()
    found = scan(files)
    hints = hints or target.with_name("lupdate_hints.py")
    with tempfile.TemporaryDirectory() as tmp:
        first = Path(tmp) / f"first_{language}.ts"
        lupdate(files, first, language)
        seen = read_ts(first)
    write_hints({key: places for key, places in found.found.items() if key not in seen}, hints)
    lupdate([*files, hints], target, language)
    return found


# --- filling in the translations -----------------------------------------------------------------------


def fill_ts(path: Path, translate) -> list[str]:
    """Set every message's translation to translate(context, source) and mark it finished.
    Returns "context: source" of the messages translate() had nothing for (left unfinished)."""
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = translate(name, source)
            if text:
                translation.text = text
                translation.attrib.pop("type", None)  # no type: finished (as lupdate and Linguist write it)
            else:
                translation.text = None
                translation.set("type", "unfinished")
                missing.append(f"{name}: {source!r}")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def swedish(table: dict) -> Callable[[str, str], str | None]:
    def translate(context: str, source: str) -> str | None:
        return table.get((context, source)) or table.get(source)

    return translate


def placeholder_problems(messages: dict[tuple[str, str], str | None]) -> list[str]:
    problems = []
    for (context, source), text in messages.items():
        if text is not None and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r}")
    return problems


def load_table() -> dict:
    sys.path.insert(0, str(HERE))
    try:
        import sv_strings
    finally:
        sys.path.pop(0)
    return sv_strings.SV


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list the tr() calls on variables too")
    args = parser.parse_args(argv)
    table = load_table()
    failed = False

    found = None
    for language in LANGUAGES:
        found = extract(ts_path(language), language, HINTS)
    if found.problems:
        failed = True
        print("tr() calls whose context lupdate gets wrong:", *found.problems, sep="\n  ")
    if args.verbose:
        print("translated through a variable (the strings need a QT_TRANSLATE_NOOP of the same context):",
              *found.on_variables, sep="\n  ")

    missing = fill_ts(ts_path("sv"), swedish(table))
    fill_ts(ts_path("en"), lambda _context, source: source)
    messages = read_ts(ts_path("sv"))
    used = {key for key in table if (key in messages if isinstance(key, tuple) else
                                     any(source == key for _, source in messages))}
    unused = [key for key in table if key not in used]
    if unused:
        print(f"{len(unused)} entries of sv_strings.py are no longer used:", *map(repr, unused), sep="\n  ")
    broken = placeholder_problems(messages)
    if broken:
        failed = True
        print("Swedish with other placeholders than the source:", *broken, sep="\n  ")

    for language in LANGUAGES:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(qm_path(language))],
                       check=True, cwd=ROOT)
    print(f"{len(messages)} messages in {len({c for c, _ in messages})} contexts; "
          f"{len(messages) - len(missing)} translated into Swedish")
    if missing:
        failed = True
        print(f"{len(missing)} source strings have no Swedish translation (add them to sv_strings.py):",
              *missing, sep="\n  ")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
