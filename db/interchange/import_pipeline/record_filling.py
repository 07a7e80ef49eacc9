"""How a row fills a record the knowledge base already holds (or an earlier row of the same file):
empty fields are filled, e-mails and phones added, nothing the office has curated is overwritten;
a calendar event that comes again brings its new time, title and place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any

from db import models as m

_BOOKKEEPING = {"id", "created_at", "updated_at", "updated_by", "deleted_at"}


def changed_fields(before: m.Record, after: m.Record) -> list[str]:
    return [f.name for f in fields(after) if f.name not in _BOOKKEEPING
            and getattr(after, f.name) != getattr(before, f.name)]


def _union(first: list[str], second: list[str], key: Callable[[str], str] = str) -> list[str]:
    seen = {key(x) for x in first}
    return [*first, *[x for x in second if key(x) not in seen]]


def fill_blanks(existing: m.Record, incoming: m.Record) -> m.Record:
    """The existing record with its empty fields filled from the incoming one."""
    values = {}
    for f in fields(existing):
        if f.name in _BOOKKEEPING:
            continue
        mine, theirs = getattr(existing, f.name), getattr(incoming, f.name)
        if mine in (None, "", []) and theirs not in (None, "", []):
            values[f.name] = theirs
    return replace(existing, **values)


def fill_contact(existing: m.Contact, incoming: m.Contact) -> m.Contact:
    merged = fill_blanks(existing, replace(incoming, legal_basis=None, source=None))
    return replace(merged, emails=_union(existing.emails, incoming.emails, str.lower),
                   phones=_union(existing.phones, incoming.phones))


def fill_activity(existing: m.Activity, incoming: m.Activity) -> m.Activity:
    """A calendar event that comes again (an updated invitation) brings its new time, title and place."""
    merged = fill_blanks(existing, incoming)
    return replace(merged, title=incoming.title, starts=incoming.starts, ends=incoming.ends or existing.ends,
                   place=incoming.place or existing.place, logged_by=existing.logged_by)


FILL: dict[str, Callable[[Any, Any], m.Record]] = {
    "contact": fill_contact, "organisation": fill_blanks, "project": fill_blanks, "activity": fill_activity,
}


def fold_into(earlier: m.Record, later: m.Record) -> None:
    """A later row of the same file describes the same record: add what it knows."""
    merged = fill_contact(earlier, later) if isinstance(earlier, m.Contact) else fill_blanks(earlier, later)
    for f in fields(earlier):
        setattr(earlier, f.name, getattr(merged, f.name))

