"""Figures for the overview page and, later, the annual report: straight from the data."""

from __future__ import annotations

from dataclasses import dataclass, field

from db.entities import MAIN_ENTITIES


@dataclass
class Overview:
    year: int | None
    counts: dict[str, int] = field(default_factory=dict)  # live records per entity
    projects_by_kind: dict[str, int] = field(default_factory=dict)
    projects_by_status: dict[str, int] = field(default_factory=dict)
    total_budget_sek: int = 0
    grant_sek: int = 0
    activities_by_kind: dict[str, int] = field(default_factory=dict)
    attendance: int = 0
    open_follow_ups: int = 0
    overdue_follow_ups: int = 0


def _grouped(kb, sql: str, params: list) -> dict[str, int]:
    return {(key or "–"): n for key, n in kb.db.execute(sql, params).fetchall()}


def _sum(kb, column: str, table: str, where: str, params: list) -> int:
    """The sum of a column's whole numbers, in Python: exact however large. (The validation layer
    keeps amounts and counts far below 2^63 now, but a file written before its limits may hold
    two budgets of 2^63 - 1, whose SQL sum() overflows: the overview must still open.)"""
    rows = kb.db.execute(f"SELECT [{column}] FROM [{table}] WHERE {where} AND typeof([{column}]) = 'integer'",
                         params)
    return sum(value for (value,) in rows)


def overview(kb, year: int | None = None, today: str | None = None) -> Overview:
    """Counts of everything; projects started and activities held in `year` when given."""
    result = Overview(year)
    for entity in MAIN_ENTITIES:
        result.counts[entity] = kb.service(entity).count()
    project_where, params = "deleted_at IS NULL", []
    if year is not None:
        project_where += " AND substr(coalesce(start_date, ''), 1, 4) = ?"
        params = [str(year)]
    result.projects_by_kind = _grouped(
        kb, f"SELECT kind, count(*) FROM project WHERE {project_where} GROUP BY kind ORDER BY count(*) DESC", params)
    result.projects_by_status = _grouped(
        kb, f"SELECT status, count(*) FROM project WHERE {project_where} GROUP BY status ORDER BY count(*) DESC",
        params)
    result.total_budget_sek = _sum(kb, "total_budget_sek", "project", project_where, params)
    result.grant_sek = _sum(kb, "grant_sek", "project", project_where, params)
    activity_where, params = "deleted_at IS NULL", []
    if year is not None:
        activity_where += " AND substr(starts, 1, 4) = ?"
        params = [str(year)]
    result.activities_by_kind = _grouped(
        kb, f"SELECT kind, count(*) FROM activity WHERE {activity_where} GROUP BY kind ORDER BY count(*) DESC", params)
    result.attendance = _sum(kb, "attendance", "activity", activity_where, params)
    open_where = ("f.deleted_at IS NULL AND f.done_at IS NULL AND EXISTS (SELECT 1 FROM activity a"
                  " WHERE a.id = f.activity_id AND a.deleted_at IS NULL)")
    result.open_follow_ups = kb.db.execute(f"SELECT count(*) FROM follow_up f WHERE {open_where}").fetchone()[0]
    result.overdue_follow_ups = kb.db.execute(
        f"SELECT count(*) FROM follow_up f WHERE {open_where} AND f.due < coalesce(?, date('now'))",
        [today]).fetchone()[0]
    return result
