"""Helpers of the sharing tests (no tests here): databases in tmp_path that share one folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from db import KnowledgeBase
from db.interchange.json_dump import export_data

PASSPHRASE = "kontorets hemliga fras"
FAST = 2**15  # the tests' scrypt cost (the app's default is 2**17)


def shared_data(kb: KnowledgeBase) -> dict[str, Any]:
    """The JSON export, the change log in clock order without its local numbering (seq is the
    order in which this database received the entries; it differs between computers)."""
    data = export_data(kb)["tables"]
    log = sorted(({k: v for k, v in e.items() if k != "seq"} for e in data.pop("change_log")),
                 key=lambda e: (e["hlc"], e["id"]))
    return {**data, "change_log": log}


def differences(first: dict[str, Any], second: dict[str, Any]) -> list[str]:
    found = []
    for table in first:
        mine = {r["id"]: r for r in first[table]}
        theirs = {r["id"]: r for r in second[table]}
        found += [f"{table} {i}: only in the first" for i in sorted(mine.keys() - theirs.keys())]
        found += [f"{table} {i}: only in the second" for i in sorted(theirs.keys() - mine.keys())]
        found += [f"{table} {i}.{c}: {mine[i][c]!r} / {theirs[i][c]!r}" for i in sorted(mine.keys() & theirs.keys())
                  for c in mine[i] if mine[i][c] != theirs[i][c]]
    return found


def open_kb(path: Path, user: str, search: bool = False) -> KnowledgeBase:
    return KnowledgeBase.open(path, user=user, search=search)
