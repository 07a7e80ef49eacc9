"""Reading our own source for the architecture tests: the modules of db/, desktop/ and cli/,
their syntax trees and the imports between them (function-level imports included)."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("db", "desktop", "cli")


def module_name(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


def production_files(*packages: str) -> list[Path]:
    """Every .py file of these packages (all of ours by default), main.py with them."""
    files = [p for package in (packages or PACKAGES) for p in sorted((ROOT / package).rglob("*.py"))]
    if not packages:
        files.append(ROOT / "main.py")
    return files


@cache
def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def where(path: Path, node: ast.AST) -> str:
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    return f"{shown}:{node.lineno}"


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module (ours)
    at: str  # file:line


def _resolve_from(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    parts = module.split(".")
    base = parts if is_package else parts[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports(modules: dict[str, Path]) -> list[Import]:
    """Every import statement of these modules that names another of them: `import a.b` is a.b,
    `from a.b import c` is a.b.c when that is a module, else a.b."""
    found: list[Import] = []
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(tree(path)):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _resolve_from(name, is_package, node)
                for alias in node.names:
                    full = f"{base}.{alias.name}" if base else alias.name
                    targets.append(full if full in modules else base)
            for target in targets:
                if target in modules and target != name:
                    found.append(Import(name, target, where(path, node)))
    return found


def our_modules() -> dict[str, Path]:
    return {module_name(p): p for p in production_files()}


def cycles(edges: list[Import]) -> list[list[Import]]:
    """One cycle (as the imports that close it) per strongly connected group of modules."""
    graph: dict[str, dict[str, Import]] = {}
    for edge in edges:
        graph.setdefault(edge.source, {}).setdefault(edge.target, edge)
    found = []
    for group in _strongly_connected(graph):
        if len(group) > 1:
            found.append(_cycle_in(graph, group))
    return found


def _strongly_connected(graph: dict[str, dict[str, Import]]) -> list[set[str]]:
    """Tarjan's algorithm, iterative (the graph has a few hundred modules)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, {}))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, {})))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                groups.append(group)
    return groups


def _cycle_in(graph: dict[str, dict[str, Import]], group: set[str]) -> list[Import]:
    """The shortest way from the group's first module back to itself, inside the group."""
    start = min(group)
    previous: dict[str, Import] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for target, edge in sorted(graph.get(node, {}).items()):
                if target not in group:
                    continue
                if target == start:
                    path = [edge]
                    while path[0].source != start:
                        path.insert(0, previous[path[0].source])
                    return path
                if target not in previous:
                    previous[target] = edge
                    following.append(target)
        frontier = following
    raise AssertionError(f"no cycle found in the group {sorted(group)}")


def describe_cycle(cycle: list[Import]) -> str:
    return " -> ".join(f"{edge.source} ({edge.at})" for edge in cycle) + f" -> {cycle[0].source}"
