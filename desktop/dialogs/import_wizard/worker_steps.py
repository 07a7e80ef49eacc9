"""What the import wizard asks of db/, as operations for the worker (kb, cancelled, progress) and
the few reads it makes on the UI thread. Nothing here touches a widget."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from db.entities import MAIN_ENTITIES
from db.interchange import import_pipeline, json_restore, tabular
from db.interchange.import_pipeline import ImportPlan
from db.record_details import title_of
from db.undo import undo_operation

Progress = Callable[[int, int], None]
Operation = Callable[[Any, threading.Event | None, Progress], Any]
TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx")


def is_table(path: Path) -> bool:
    return path.suffix.lower() in TABLE_SUFFIXES


def is_json(path: Path) -> bool:
    return path.suffix.lower() == ".json"


def read_table(path: Path) -> Operation:
    return lambda _kb, _cancelled, _progress: tabular.read_table(path)


def read_and_plan(path: Path) -> Operation:
    """A vCard or iCalendar file read and planned in one step."""
    def run(kb, cancelled, progress):
        return import_pipeline.plan_import(kb, import_pipeline.read_file(path), cancelled=cancelled, progress=progress)
    return run


def plan_table(table, entity: str, mapping: dict[int, str]) -> Operation:
    """A table read before, its columns mapped as the user chose, planned."""
    def run(kb, cancelled, progress):
        result = tabular.to_incoming(table, entity, mapping)
        return import_pipeline.plan_import(kb, result, cancelled=cancelled, progress=progress)
    return run


def load_export(path: Path) -> Operation:
    return lambda _kb, _cancelled, _progress: json_restore.load_file(path)


def apply_plan(plan: ImportPlan) -> Operation:
    return lambda kb, cancelled, progress: import_pipeline.apply_import(kb, plan, cancelled=cancelled,
                                                                        progress=progress)


def restore_export(data: dict) -> Operation:
    return lambda kb, cancelled, _progress: json_restore.import_json(kb, data, cancelled)


def undo_import(op_id: str) -> Callable[[Any], Any]:
    """For backend.write: the whole import undone as one new operation."""
    return lambda kb: undo_operation(kb, op_id)


def guess_entity(headers: list[str]) -> str:
    entity = tabular.guess_entity(headers)
    return entity if entity in tabular.ENTITIES else "contact"


def guess_mapping(headers: list[str], entity: str) -> dict[int, str]:
    return dict(tabular.guess_mapping(headers, entity))


def knowledge_base_is_empty(kb) -> bool:
    """A JSON export is restored only into a knowledge base that holds no record (deleted ones included)."""
    return all(kb.service(e).count(deleted="include") == 0 for e in MAIN_ENTITIES)


def existing_title(kb, entity: str, row_id: str) -> str | None:
    """The existing record a row matches (None for a record planned earlier in the same file)."""
    return title_of(kb, entity, row_id)
