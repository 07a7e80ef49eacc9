"""The user's answers about possible duplicates, carried from the plan they saw (the preview) to the
plan made again inside the import's write transaction, when the database changed in between.

A decision answers one question: "is this incoming record the same as that record?" It is keyed
by the incoming record (the re-plan reads the very records the preview read), never by a row's
position, and it names its target: an existing record, or the record an earlier row of the same
file creates (then it follows that row to whatever the re-plan makes of it). In the re-plan:

- a row that is a possible duplicate of the same target keeps its decision;
- a row that the database now certainly holds (the same e-mail, id ...) follows the re-plan: it
  updates that record or is unchanged, never created twice;
- a row the user skipped stays skipped; one to merge into a record that no longer exists is
  skipped with a warning ("import_target_gone"), never brought back or created instead;
- a row that now resembles another record is skipped as any possible duplicate is by default,
  with a warning ("import_row_overtaken") when the preview promised to write it.
"""

from __future__ import annotations

from db.errors import Message
from db.interchange.import_pipeline.plan import ImportPlan, RowPlan
from db.services import KnowledgeBase

DatabaseState = tuple[str, int]


def database_state(kb: KnowledgeBase) -> DatabaseState:
    """What a plan is made against: the database's last change-log entry. Every write to the
    records is in the change log (docs/architecture.md) and its seq only grows (AUTOINCREMENT),
    so the same state means nothing a plan reads has changed."""
    seq = kb.db.execute("SELECT max(seq) FROM change_log").fetchone()[0]
    return str(kb.path), seq or 0


def _key(row: RowPlan) -> int:
    return id(row.incoming)


class CarriedDecisions:
    """The preview's answers, applied row by row while the re-plan is made (a planner without a
    preview leaves every row as it plans it)."""

    def __init__(self, kb: KnowledgeBase, entity: str, preview: ImportPlan | None):
        self.kb, self.entity = kb, entity
        self.warnings: list[Message] = []
        self.seen: dict[int, RowPlan] = {}            # incoming record -> its row in the re-plan
        self.decisions: dict[int, tuple[str, str | None, Message | None]] = {}
        self.promised: set[int] = set()               # rows the preview would have written
        self.created_by: dict[str, int] = {}          # preview's planned id -> its incoming record
        for row in preview.rows if preview is not None else ():
            if row.status == "duplicate":
                self.decisions[_key(row)] = (row.decision, row.existing_id, row.reason)
            elif row.status == "new" and row.record is not None:
                self.created_by[row.record.id] = _key(row)
            if row.writes:
                self.promised.add(_key(row))

    def planned(self, row: RowPlan) -> None:
        self.seen[_key(row)] = row

    def _target(self, target: str | None) -> str | None:
        """The record a preview's target is now: an existing record while it is live; for a
        record an earlier row was to create, what the re-plan makes of that row."""
        if target is None:
            return None
        if target in self.created_by:
            earlier = self.seen.get(self.created_by[target])
            if earlier is None:
                return None
            if earlier.status == "new":
                return earlier.record.id
            return earlier.existing_id if earlier.status in ("update", "unchanged") else None
        return target if self.kb.service(self.entity).exists(target, include_deleted=False) else None

    def duplicate(self, row: RowPlan) -> None:
        """The re-plan found `row` a possible duplicate of row.existing_id."""
        key = _key(row)
        if key not in self.decisions:
            if key in self.promised:
                self._warn("import_row_overtaken", row)
            return
        decision, target, _reason = self.decisions[key]
        now = self._target(target)
        if now is not None and now == row.existing_id:
            row.decision = decision
            return
        row.decision = "skip"
        if decision == "update" and now is None:
            self._warn("import_target_gone", row)
        elif decision != "skip":
            self._warn("import_row_overtaken", row)

    def stays_new(self, row: RowPlan) -> bool:
        """The re-plan would create `row` (nothing resembles it any more). False when the user's
        decision says otherwise; the row is then a duplicate skipped or merged as decided."""
        key = _key(row)
        if key not in self.decisions:
            return True
        decision, target, reason = self.decisions[key]
        if decision == "new":
            return True
        row.status, row.existing_id, row.reason, row.decision = "duplicate", None, reason, "skip"
        if decision == "update":
            now = self._target(target)
            if now is None:
                self._warn("import_target_gone", row)
            else:
                row.existing_id, row.decision = now, "update"
        return False

    def _warn(self, code: str, row: RowPlan) -> None:
        self.warnings.append(Message(code, {"line": row.line}))


def differences(preview: ImportPlan, fresh: ImportPlan) -> int:
    """How many rows the re-plan treats otherwise than the preview did."""
    before = {_key(row): (row.status, row.writes, row.existing_id) for row in preview.rows}
    return sum(1 for row in fresh.rows if _key(row) in before
               and before[_key(row)][:2] != (row.status, row.writes))
