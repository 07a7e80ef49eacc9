"""The retention review (gallring): contact persons kept longer than the retention period without
taking part in anything, to be reviewed and erased.

The period is a setting of the database (meta.retention_years), the same office policy on every
computer: setting it writes its change-log entry (entity "meta", row "retention_years", the old
and new value) and an audit row. A bad period is an InvalidValue: retention_years_not_whole or
retention_years_out_of_range.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from db.care.audit import record_audit
from db.care.persons import ERASED_CONTACT_ID, current_organisation
from db.errors import InvalidValue
from db.services import KnowledgeBase

RETENTION_KEY = "retention_years"
SETTINGS_ENTITY = "meta"  # the change log's name for the database's settings (meta: key -> value)
DEFAULT_RETENTION_YEARS = 3
MIN_RETENTION_YEARS, MAX_RETENTION_YEARS = 1, 50


@dataclass
class RetentionRow:
    contact_id: str
    name: str
    organisation: str | None
    last_activity: str | None
    created_at: str


def retention_years(kb: KnowledgeBase) -> int:
    years = _stored_years(kb)
    if years is None or not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        return DEFAULT_RETENTION_YEARS
    return years


def _stored_years(kb: KnowledgeBase) -> int | None:
    row = kb.db.execute("SELECT value FROM meta WHERE key = ?", [RETENTION_KEY]).fetchone()
    try:
        return int(row[0]) if row and row[0] is not None else None
    except ValueError:
        return None


def check_years(years: Any) -> int:
    """The period as a whole number of years within the limits, else InvalidValue."""
    if isinstance(years, bool) or not isinstance(years, int):
        raise InvalidValue("retention_years_not_whole", value=repr(years))
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        raise InvalidValue("retention_years_out_of_range", value=years, minimum=MIN_RETENTION_YEARS,
                           maximum=MAX_RETENTION_YEARS)
    return years


def set_retention_years(kb: KnowledgeBase, years: int) -> None:
    years = check_years(years)
    with kb.transaction():
        row = kb.db.execute("SELECT value FROM meta WHERE key = ?", [RETENTION_KEY]).fetchone()
        kb.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [RETENTION_KEY, str(years)])
        kb.log(SETTINGS_ENTITY, RETENTION_KEY, "update", {"value": row[0] if row else None}, {"value": str(years)})
        record_audit(kb, "retention_years", None, None, {"years": years})


def years_before(day: date, years: int) -> date:
    """The same day `years` years earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def retention_candidates(kb: KnowledgeBase, years: int, today: date | None = None) -> list[RetentionRow]:
    """Contacts to review: not staff, not kept longer on purpose (retain_until in the future),
    created more than `years` years ago and in no activity that started since then (soft-deleted
    activities and links do not count). The longest untouched first."""
    years = check_years(years)
    today = today or date.today()
    cutoff = years_before(today, years).isoformat()
    rows = kb.db.execute(
        "SELECT id, name, created_at, last_activity FROM ("
        " SELECT c.id, trim(c.first_name || ' ' || c.last_name) AS name, c.created_at,"
        "  (SELECT max(substr(a.starts, 1, 10)) FROM activity_link l JOIN activity a ON a.id = l.activity_id"
        "   WHERE l.contact_id = c.id AND l.deleted_at IS NULL AND a.deleted_at IS NULL) AS last_activity"
        " FROM contact c WHERE c.deleted_at IS NULL AND c.is_staff = 0 AND c.id != ?"
        "  AND (c.retain_until IS NULL OR c.retain_until <= ?) AND substr(c.created_at, 1, 10) < ?)"
        " WHERE last_activity IS NULL OR last_activity < ?"
        " ORDER BY coalesce(last_activity, substr(created_at, 1, 10)), created_at, id",
        [ERASED_CONTACT_ID, today.isoformat(), cutoff, cutoff]).fetchall()
    return [RetentionRow(cid, name, current_organisation(kb, cid), last, created)
            for cid, name, created, last in rows]
