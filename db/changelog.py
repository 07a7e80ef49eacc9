"""The change log: every write, in order, replayable on another computer.

Each entry carries its own id, the operation it belongs to, a hybrid logical clock
(sortable text: wall milliseconds, a counter, the device id), the device, the author,
the entity and row, the action and the changed fields before and after (JSON).
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from datetime import UTC, datetime

from sqlite_utils import Database

MAX_COUNTER = 99_999  # five digits, so the text sorts as the clock does
ACTIONS = ("create", "update", "delete", "restore", "import", "merge", "erase")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class HybridClock:
    """Hybrid logical clock: never goes backwards, even when the wall clock does."""

    def __init__(self, device_id: str, last: str | None = None):
        self.device_id = device_id
        self._lock = threading.Lock()
        self._ms, self._counter = 0, 0
        if last:
            ms, counter, _ = last.split(".", 2)
            self._ms, self._counter = int(ms), int(counter)

    def tick(self) -> str:
        with self._lock:
            wall = time.time_ns() // 1_000_000
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            elif self._counter < MAX_COUNTER:
                self._counter += 1
            else:  # the counter's digits are full: borrow the next millisecond
                self._ms, self._counter = self._ms + 1, 0
            return f"{self._ms:013d}.{self._counter:05d}.{self.device_id}"


def _dump(values: dict | None) -> str | None:
    if values is None:
        return None
    return json.dumps(values, ensure_ascii=False, sort_keys=True)


def write_entry(db: Database, clock: HybridClock, *, op_id: str, author: str, entity: str,
                row_id: str, action: str, before: dict | None, after: dict | None, at: str | None = None) -> None:
    """One entry; `at` is the row's own stamp (its updated_at), so a replay can give the row the same times."""
    db.execute(
        "INSERT INTO change_log (id, op_id, hlc, device_id, author, at, entity, row_id, action, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (str(uuid.uuid4()), op_id, clock.tick(), clock.device_id, author, at or utc_now(), entity,
         row_id, action, _dump(before), _dump(after)),
    )


def last_clock(db: Database) -> str | None:
    row = db.execute("SELECT max(hlc) FROM change_log").fetchone()
    return row[0] if row else None


def history(db: Database, entity: str, row_id: str) -> list[dict]:
    """The entries about one row, oldest first, with before/after decoded."""
    rows = db.execute_returning_dicts(
        "SELECT * FROM change_log WHERE entity = ? AND row_id = ? ORDER BY seq", [entity, row_id]
    )
    for row in rows:
        row["before"] = json.loads(row["before"]) if row["before"] else None
        row["after"] = json.loads(row["after"]) if row["after"] else None
    return rows
