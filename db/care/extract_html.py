"""The register extract (art. 15) as a readable, printable Swedish HTML page.

One self-contained file (no scripts, no external files); every value is HTML-escaped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from html import escape
from typing import Any

from db.validation import format_phone

STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 11pt; color: #111; margin: 2em auto;
       max-width: 60em; line-height: 1.4; }
h1 { font-size: 20pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; margin-top: 1.6em; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; }
table.fields th { width: 14em; }
pre { white-space: pre-wrap; font-size: 9pt; margin: 0; }
.meta, .empty { color: #555; }
.deleted { color: #8a1c1c; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
"""

CONTACT_FIELDS = (
    ("first_name", "Förnamn"), ("last_name", "Efternamn"), ("title", "Titel"), ("emails", "E-postadresser"),
    ("phones", "Telefonnummer"), ("municipality", "Kommun"), ("notes", "Anteckningar"),
    ("is_staff", "Anställd vid programkontoret"), ("legal_basis", "Rättslig grund"), ("source", "Källa"),
    ("informed_at", "Informerad om behandlingen"), ("retain_until", "Sparas till och med"),
    ("id", "Id"), ("created_at", "Registrerad"), ("updated_at", "Senast ändrad"), ("updated_by", "Ändrad av"),
    ("deleted_at", "Borttagen"),
)
ACTIONS = {"create": "skapad", "update": "ändrad", "delete": "borttagen", "restore": "återställd",
           "import": "importerad", "erase": "raderad"}
ENTITIES = {"contact": "kontakt", "affiliation": "anknytning", "project_party": "projektdeltagande",
            "membership": "medlemskap", "activity_link": "aktivitetsdeltagande", "follow_up": "uppföljning",
            "note": "anteckning", "tagging": "tagg", "organisation": "organisation", "project": "projekt",
            "network": "nätverk", "activity": "aktivitet", "call": "utlysning", "tag": "tagg"}


def _text(value: Any) -> str:
    """A value as escaped text; nothing is shown as a dash."""
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, list):
        return escape(", ".join(str(v) for v in value))
    return escape(str(value))


def _status(row: dict[str, Any]) -> str:
    return '<span class="deleted">borttagen</span>' if row.get("deleted") else "aktuell"


def _table(rows: Iterable[dict[str, Any]], columns: list[tuple[str, str | Callable[[dict], str]]]) -> str:
    """An HTML table; a column is (heading, key) or (heading, function returning ready HTML)."""
    rows = list(rows)
    if not rows:
        return '<p class="empty">Inga uppgifter.</p>'
    head = "".join(f"<th>{escape(title)}</th>" for title, _ in columns)
    body = []
    for row in rows:
        cells = "".join(f"<td>{get(row) if callable(get) else _text(row.get(get))}</td>" for _, get in columns)
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _change(values: Any) -> str:
    if values is None:
        return "–"
    return f"<pre>{escape(json.dumps(values, ensure_ascii=False, indent=1, sort_keys=True))}</pre>"


def _contact(contact: dict[str, Any]) -> str:
    rows = []
    for key, label in CONTACT_FIELDS:
        value = contact.get(key)
        if key == "phones":
            value = [format_phone(p) for p in value or []]
        rows.append(f"<tr><th>{escape(label)}</th><td>{_text(value)}</td></tr>")
    return f'<table class="fields"><tbody>{"".join(rows)}</tbody></table>'


def render(data: dict[str, Any]) -> str:
    """The page for one extract (the dict of db.care.extract.extract)."""
    contact = data["contact"]
    sections = [
        ("Om behandlingen", _about(data)),
        ("Uppgifter om dig", _contact(contact)),
        ("Organisationer", _table(data["affiliations"], [
            ("Organisation", "organisation"), ("Roll", "role"), ("Från", "from_date"), ("Till", "to_date"),
            ("Status", _status)])),
        ("Projekt", _table(data["project_parties"], [("Projekt", "project"), ("Roll", "role"),
                                                     ("Status", _status)])),
        ("Nätverk", _table(data["memberships"], [
            ("Nätverk", "network"), ("Roll", "role"), ("Från", "from_date"), ("Till", "to_date"),
            ("Status", _status)])),
        ("Aktiviteter du deltagit i", _table(data["activities"], [
            ("Tid", "starts"), ("Typ", "kind"), ("Rubrik", "title"), ("Plats", "place"), ("Roll", "role"),
            ("Status", _status)])),
        ("Uppföljningar du ansvarar för", _table(data["follow_ups"], [
            ("Aktivitet", "activity"), ("Uppgift", "text"), ("Senast", "due"), ("Klar", "done_at"),
            ("Status", _status)])),
        ("Anteckningar om dig", _table(data["notes"], [
            ("Skriven", "created_at"), ("Av", "author"), ("Text", "text"), ("Status", _status)])),
        ("Taggar", _table(data["tags"], [("Tagg", "name"), ("Status", _status)])),
        ("Du nämns i", _table(data["mentions"], [
            ("Typ", lambda r: _text(ENTITIES.get(r["entity"], r["entity"]))), ("Post", "title"), ("Fält", "field"),
            ("Utdrag", "excerpt")])),
        ("Ändringshistorik", _table(data["change_log"], [
            ("Tidpunkt", "at"), ("Av", "author"), ("Avser", lambda r: _text(ENTITIES.get(r["entity"], r["entity"]))),
            ("Åtgärd", lambda r: _text(ACTIONS.get(r["action"], r["action"]))),
            ("Före", lambda r: _change(r["before"])), ("Efter", lambda r: _change(r["after"]))])),
        ("Dina rättigheter", f"<p>{escape(data['rights'])}</p>"),
    ]
    body = "".join(f"<section><h2>{escape(title)}</h2>{content}</section>" for title, content in sections)
    name = contact.get("full_name") or ""
    return (
        '<!DOCTYPE html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Registerutdrag – {escape(name)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>Registerutdrag: {escape(name)}</h1>\n"
        '<p class="meta">Enligt artikel 15 i dataskyddsförordningen (GDPR). '
        f"Skapat {_text(data['generated_at'])} av {_text(data.get('generated_by'))}.</p>\n"
        f"{body}\n</body>\n</html>\n"
    )


def _about(data: dict[str, Any]) -> str:
    rows = [("Personuppgiftsansvarig", data.get("controller")), ("Ändamål", data.get("purpose")),
            ("Rättslig grund", data.get("legal_basis_text")), ("Källa", data.get("source")),
            ("Lagringstid", f"Uppgifterna gallras efter {data.get('retention_years')} år utan kontakt, "
                            "om de inte behövs längre.")]
    cells = "".join(f"<tr><th>{escape(label)}</th><td>{_text(value)}</td></tr>" for label, value in rows)
    return f'<table class="fields"><tbody>{cells}</tbody></table>'
