"""What a form's text becomes in a record, and back: optional text, amounts, counts, dates,
and the name of a linked record to show in a field."""

from __future__ import annotations

from db import KnowledgeBase
from db.record_details import title_of
from db.validation import parse_amount
from desktop import labels


def title_for(kb: KnowledgeBase, entity: str, record_id: str | None) -> str:
    """The name of a linked record ("" for none), as a field shows it."""
    return (title_of(kb, entity, record_id) or "") if record_id else ""


def text_or_none(text: str) -> str | None:
    text = text.strip()
    return text or None


def amount_or_text(text: str) -> int | str | None:
    """A typed amount ("83 500 000 kr") as kronor; text that is no amount is passed on as it was
    typed, so the data layer's own message says what is wrong with it."""
    if not text.strip():
        return None
    try:
        return parse_amount(text)
    except ValueError:
        return text


def int_or_text(text: str) -> int | str | None:
    text = text.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        return text


def datetime_text(value: str | None) -> str:
    """Stored "2022-10-27T09:30" as typed and shown: "2022-10-27 09:30"."""
    return labels.display("date", value)
