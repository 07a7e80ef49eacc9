"""The register extract (GDPR art. 15): everything the knowledge base holds about one person, with
the purpose, legal basis and source of the processing, as JSON or as a printable Swedish page
(db.care.extract_html). Writing one is noted in the audit list.

A format other than .json or .html is a UserError unsupported_extract_format; a missing folder
is no_such_folder.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from db import changelog
from db.atomic_file import write_atomically
from db.care.audit import record_audit
from db.care.mentions import Matcher, Scrubber, free_texts, read_profile, table_names
from db.care.persons import get_person
from db.care.retention import retention_years
from db.errors import UserError
from db.record_details import TITLE_SQL
from db.services import KnowledgeBase
from db.validation import format_phone

log = logging.getLogger(__name__)

EXTRACT_FORMATS = (".json", ".html")
CHUNK = 500

# Swedish texts of the register extract.
CONTROLLER = "IoT Sverige, programkontoret (värd: Uppsala universitet)"
PURPOSE = (
    "IoT Sverige är ett strategiskt innovationsprogram som finansierar IoT-projekt i svenska kommuner "
    "och regioner. Programkontoret behandlar uppgifter om kontaktpersoner hos organisationer som deltar i "
    "eller är intresserade av programmet för att administrera utlysningar, beviljade projekt, nätverk och "
    "aktiviteter, för att hålla kontakt med dem och för att följa upp och rapportera programmets "
    "verksamhet. Behandlingen är nödvändig för att utföra en uppgift av allmänt intresse "
    "(artikel 6.1 e i dataskyddsförordningen)."
)
RIGHTS = (
    "Du har rätt att begära rättelse av felaktiga uppgifter, radering, begränsning av behandlingen och att "
    "invända mot behandlingen. Du kan också lämna klagomål till Integritetsskyddsmyndigheten (IMY)."
)
LEGAL_BASIS_TEXT = {
    "samtycke": "Samtycke (artikel 6.1 a i dataskyddsförordningen)",
    "avtal": "Avtal (artikel 6.1 b i dataskyddsförordningen)",
    "rättslig förpliktelse": "Rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen)",
    "allmänt intresse": "Uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen)",
    "berättigat intresse": "Berättigat intresse (artikel 6.1 f i dataskyddsförordningen)",
}


def _rows(kb: KnowledgeBase, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    return kb.db.execute_returning_dicts(sql, list(params))


def _marked(row: dict[str, Any], *stamps: str) -> dict[str, Any]:
    row["deleted"] = any(row.get(s) for s in stamps)
    return row


def extract(kb: KnowledgeBase, contact_id: str) -> dict[str, Any]:
    """Everything the knowledge base holds about one person (soft-deleted rows included and
    marked), with the purpose, legal basis and source of the processing."""
    contact = get_person(kb, contact_id)
    cid = contact.id
    record = asdict(contact)
    record["full_name"] = contact.full_name
    record["phones_display"] = [format_phone(p) for p in contact.phones]
    record["deleted"] = contact.deleted_at is not None
    links = person_links(kb, cid)
    return {
        "generated_at": changelog.utc_now(),
        "generated_by": kb.user,
        "controller": CONTROLLER,
        "purpose": PURPOSE,
        "legal_basis": contact.legal_basis,
        "legal_basis_text": LEGAL_BASIS_TEXT.get(contact.legal_basis or "", "Ingen rättslig grund angiven"),
        "source": contact.source,
        "retention_years": retention_years(kb),
        "rights": RIGHTS,
        "contact": record,
        **links,
        "tags": [_marked(r, "deleted_at", "tag_deleted_at") for r in _rows(
            kb, "SELECT t.name, g.created_at, g.deleted_at, t.deleted_at AS tag_deleted_at FROM tagging g"
                " JOIN tag t ON t.id = g.tag_id WHERE g.entity_type = 'contact' AND g.entity_id = ?"
                " ORDER BY t.name", [cid])],
        "mentions": find_mentions(kb, cid, {("note", n["id"]) for n in links["notes"]}),
        "change_log": person_history(kb, cid, links),
    }


def person_links(kb: KnowledgeBase, cid: str) -> dict[str, list[dict[str, Any]]]:
    return {
        "affiliations": [_marked(r, "deleted_at", "organisation_deleted_at") for r in _rows(
            kb, "SELECT a.id, a.organisation_id, o.name AS organisation, a.role, a.from_date, a.to_date,"
                " a.created_at, a.deleted_at, o.deleted_at AS organisation_deleted_at FROM affiliation a"
                " LEFT JOIN organisation o ON o.id = a.organisation_id WHERE a.contact_id = ?"
                " ORDER BY a.from_date, a.rowid", [cid])],
        "project_parties": [_marked(r, "deleted_at", "project_deleted_at") for r in _rows(
            kb, "SELECT pp.id, pp.project_id, p.title AS project, pp.role, pp.created_at, pp.deleted_at,"
                " p.deleted_at AS project_deleted_at FROM project_party pp LEFT JOIN project p ON p.id = pp.project_id"
                " WHERE pp.contact_id = ? ORDER BY p.title, pp.rowid", [cid])],
        "memberships": [_marked(r, "deleted_at", "network_deleted_at") for r in _rows(
            kb, "SELECT ms.id, ms.network_id, n.name AS network, ms.role, ms.from_date, ms.to_date, ms.created_at,"
                " ms.deleted_at, n.deleted_at AS network_deleted_at FROM membership ms"
                " LEFT JOIN network n ON n.id = ms.network_id WHERE ms.contact_id = ? ORDER BY ms.from_date, ms.rowid",
            [cid])],
        "activities": [_marked(r, "link_deleted_at", "deleted_at") for r in _rows(
            kb, "SELECT a.id, l.id AS link_id, a.kind, a.title, a.starts, a.ends, a.place, l.role,"
                " l.deleted_at AS link_deleted_at, a.deleted_at FROM activity_link l"
                " JOIN activity a ON a.id = l.activity_id WHERE l.contact_id = ? ORDER BY a.starts, l.rowid", [cid])],
        "follow_ups": [_marked(r, "deleted_at", "activity_deleted_at") for r in _rows(
            kb, "SELECT f.id, f.activity_id, a.title AS activity, f.text, f.due, f.done_at, f.created_at,"
                " f.deleted_at, a.deleted_at AS activity_deleted_at FROM follow_up f"
                " LEFT JOIN activity a ON a.id = f.activity_id WHERE f.owner_id = ? ORDER BY f.due, f.rowid", [cid])],
        "notes": [_marked(r, "deleted_at") for r in _rows(
            kb, "SELECT id, text, author, created_at, updated_at, deleted_at FROM note"
                " WHERE entity_type = 'contact' AND entity_id = ? ORDER BY created_at, rowid", [cid])],
    }


def person_history(kb: KnowledgeBase, cid: str, links: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Every change-log entry about the person or one of the rows that link them."""
    keys: dict[str, list[str]] = {"contact": [cid]}
    for name, table in (("affiliations", "affiliation"), ("project_parties", "project_party"),
                        ("memberships", "membership"), ("follow_ups", "follow_up"), ("notes", "note")):
        keys[table] = [r["id"] for r in links[name]]
    keys["activity_link"] = [r["link_id"] for r in links["activities"]]
    keys["tagging"] = [r[0] for r in kb.db.execute(
        "SELECT id FROM tagging WHERE entity_type = 'contact' AND entity_id = ?", [cid])]
    entries: list[dict[str, Any]] = []
    for entity, ids in keys.items():
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            entries += _rows(kb, "SELECT seq, at, author, entity, row_id, action, before, after FROM change_log"
                                 f" WHERE entity = ? AND row_id IN ({', '.join('?' * len(chunk))})", [entity, *chunk])
    entries.sort(key=lambda e: e["seq"])
    for entry in entries:
        del entry["seq"]
        entry["before"] = json.loads(entry["before"]) if entry["before"] else None
        entry["after"] = json.loads(entry["after"]) if entry["after"] else None
    return entries


def find_mentions(kb: KnowledgeBase, cid: str, own: set[tuple[str, str]]) -> list[dict[str, Any]]:
    """Other records whose free text names the person, with a short excerpt."""
    tables = table_names(kb.db.conn)
    profile = read_profile(kb.db.conn, cid, tables)
    scrubber = Scrubber([Matcher(profile)] if profile else [])
    if not scrubber:
        return []
    pattern = scrubber.matchers[0].pattern
    found = []
    for table, row_id, columns, values in free_texts(kb.db.conn, tables):
        if (table, row_id) in own or (table == "contact" and row_id == cid):
            continue
        for column, value in zip(columns, values, strict=True):
            if not isinstance(value, str) or not scrubber.candidates(value):
                continue
            hit = pattern.search(value)
            if hit:
                start, end = max(0, hit.start() - 60), min(len(value), hit.end() + 60)
                excerpt = ("…" if start else "") + value[start:end] + ("…" if end < len(value) else "")
                found.append({"entity": table, "id": row_id, "title": _title(kb, table, row_id),
                              "field": column, "excerpt": " ".join(excerpt.split())})
    return found


def _title(kb: KnowledgeBase, table: str, row_id: str) -> str | None:
    if table not in TITLE_SQL:
        return None
    row = kb.db.execute(f"SELECT {TITLE_SQL[table]} FROM [{table}] WHERE id = ?", [row_id]).fetchone()
    return row[0] if row else None


def write_extract(kb: KnowledgeBase, contact_id: str, path: Path) -> Path:
    """Write the register extract as .json or .html (readable by the owner alone, written
    atomically) and record it in the audit list."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXTRACT_FORMATS:
        raise UserError("unsupported_extract_format", path=str(path), suffix=suffix)
    if not path.parent.is_dir():
        raise UserError("no_such_folder", path=str(path.parent))
    data = extract(kb, contact_id)
    if suffix == ".json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        from db.care.extract_html import render

        text = render(data)
    write_atomically(path, text)
    record_audit(kb, "extract", "contact", data["contact"]["id"], {"format": suffix[1:]})
    log.info("register extract written (%s)", suffix[1:])
    return path

