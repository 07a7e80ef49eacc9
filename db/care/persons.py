"""Finding the person a data-protection request is about: by contact id, by any of their e-mail
addresses or by their exact full name. Soft-deleted contacts count (their data is still held);
the placeholder that stands for erased participants never does.

Errors are codes: PersonNotFound (no_person_given, no_contact_with_email, no_contact_with_name,
erased_placeholder, no_such_record) and AmbiguousPerson (ambiguous_email, ambiguous_name, with
the candidates as person_match / person_match_deleted Messages).
"""

from __future__ import annotations

import json
from typing import Any

from db import models as m
from db.errors import Message, UserError
from db.services import KnowledgeBase, NotFoundError

ERASED_CONTACT_ID = m.ERASED_CONTACT_ID


class PersonNotFound(UserError):
    """No contact matches what the user typed."""


class AmbiguousPerson(UserError):
    """Several contacts match; `matches` lists them as (id, name, organisation or None), the
    message's `candidates` parameter as Messages."""

    def __init__(self, code: str, matches: list[tuple[str, str, str | None]], /, **params: Any):
        super().__init__(code, **params)
        self.matches = matches


def find_person(kb: KnowledgeBase, text: str) -> m.Contact:
    """The contact meant by an id, an e-mail address (any of theirs, any case) or the exact full
    name (any case and spacing)."""
    wanted = " ".join((text or "").split())
    if not wanted:
        raise PersonNotFound("no_person_given")
    if wanted != ERASED_CONTACT_ID and kb.contacts.exists(wanted):
        return kb.contacts.get(wanted)
    folded = wanted.casefold()
    rows = kb.db.execute("SELECT id, first_name, last_name, emails, deleted_at FROM contact WHERE id != ?"
                         " ORDER BY last_name, first_name, id", [ERASED_CONTACT_ID]).fetchall()
    if "@" in wanted:
        found = [r for r in rows if folded in (e.casefold() for e in json_list(r[3]))]
        kind = "email"
    else:
        found = [r for r in rows if _normalise(f"{r[1]} {r[2]}") == folded]
        kind = "name"
    if not found:
        raise PersonNotFound(f"no_contact_with_{kind}", value=wanted)
    if len(found) > 1:
        matches = [(r[0], f"{r[1]} {r[2]}".strip(), current_organisation(kb, r[0])) for r in found]
        listed = [_match(cid, name, org, deleted=bool(row[4]))
                  for (cid, name, org), row in zip(matches, found, strict=True)]
        raise AmbiguousPerson(f"ambiguous_{kind}", matches, value=wanted, count=len(found), candidates=listed)
    return kb.contacts.get(found[0][0])


def _match(contact_id: str, name: str, organisation: str | None, *, deleted: bool) -> Message:
    where: str | Message = organisation if organisation else Message("no_organisation")
    return Message("person_match_deleted" if deleted else "person_match",
                   {"id": contact_id, "name": name, "where": where})


def get_person(kb: KnowledgeBase, contact_id: str) -> m.Contact:
    """The contact with this id, whose data a request is about (not the erased placeholder)."""
    if contact_id == ERASED_CONTACT_ID:
        raise PersonNotFound("erased_placeholder")
    try:
        return kb.contacts.get(contact_id)
    except NotFoundError:
        raise PersonNotFound("no_such_record", entity="contact", id=contact_id) from None


def current_organisation(kb: KnowledgeBase, contact_id: str) -> str | None:
    """The organisation the contact works for now (else the latest one), or None."""
    row = kb.db.execute(
        "SELECT o.name FROM affiliation a JOIN organisation o ON o.id = a.organisation_id"
        " WHERE a.contact_id = ? AND a.deleted_at IS NULL AND o.deleted_at IS NULL"
        " ORDER BY (a.to_date IS NULL OR a.to_date >= date('now')) DESC, a.from_date DESC, a.rowid DESC LIMIT 1",
        [contact_id]).fetchone()
    return row[0] if row else None


def json_list(value: str | None) -> list[str]:
    """A JSON list column's values as text ([] when it holds anything else)."""
    try:
        data = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(v) for v in data] if isinstance(data, list) else []


def json_dict(raw: str | None) -> dict[str, Any]:
    """A JSON object column (a change-log value) as a dict ({} when it holds anything else)."""
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()
