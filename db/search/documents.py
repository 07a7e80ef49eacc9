"""The search documents made from the database's rows: one per live record of each searchable type
(db/entities.py SEARCHABLE), with the names, places, people, tags and text it is found by, and
what a hit shows (its title and details: the record's own data, never an interface phrase).

A document also holds the names of the records it shows (a contact's organisations, a project's
partners): `refs` lists their ids, so renaming, deleting or restoring one of them rewrites it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from db.entities import SPECS
from db.search.contract import Document
from db.search.rows import CHUNK, live, marks, org_names, rows, tags, titles
from db.search.stamps import row_stamps
from db.search.whoosh_engine.schema import TYPES

_LINK_TARGETS = ("contact_id", "organisation_id", "project_id", "network_id")


def build_documents(conn: Any, entity: str, ids: Iterable[str]) -> list[Document]:
    """Index documents for the live (not deleted) rows among `ids` of one entity type, each
    with its stamp."""
    wanted = list(dict.fromkeys(ids))
    docs: list[Document] = []
    for start in range(0, len(wanted), CHUNK):
        docs.extend(_stamped(conn, entity, wanted[start:start + CHUNK]))
    return docs


def all_documents(conn: Any) -> Iterator[Document]:
    for entity in TYPES:
        ids = [r[0] for r in conn.execute(f"SELECT id FROM [{entity}] WHERE deleted_at IS NULL ORDER BY rowid")]
        for start in range(0, len(ids), CHUNK):
            yield from _stamped(conn, entity, ids[start:start + CHUNK])


def _stamped(conn: Any, entity: str, ids: list[str]) -> list[Document]:
    # Stamps first: a change committed between the two reads then makes the document look
    # older than its rows (verify rewrites it), never newer.
    stamps = row_stamps(conn, entity, ids)
    docs = BUILDERS[entity](conn, ids)
    for doc in docs:
        doc.stamp = stamps.get(doc.id, "")
    return docs


# --- small pieces ------------------------------------------------------------------------------


def _title_sql(entity: str) -> str:
    """The SQL expression that names a row of a main entity (db/entities.py)."""
    return SPECS[entity].title_sql or "id"


def _ids(*values: str | None) -> list[str]:
    """Ids of the records a document shows (deleted ones too: restoring them must find it)."""
    return [v for v in dict.fromkeys(values) if v]


def _org_words(pair: tuple[str, str | None] | None) -> list[str]:
    if pair is None:
        return []
    return [pair[0], pair[1]] if pair[1] else [pair[0]]


def _join_text(*parts: Any) -> str:
    return "\n".join(str(p) for p in parts if p not in (None, "", [], ()))


def _details(*pairs: tuple[str, Any]) -> list[tuple[str, ...]]:
    """(field, value) pairs with a value, the value as text."""
    return [(name, str(value)) for name, value in pairs if value not in (None, "")]


def _phones(values: list[str]) -> list[str]:
    """A phone number as typed in full: 46701234567 and 0701234567 (not its digit groups)."""
    out = []
    for phone in values:
        out.append(phone)
        if phone.startswith("+46"):
            out.append("0" + phone[3:])
    return out


def _json_list(value: str | None) -> list[str]:
    try:
        data = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(v) for v in data] if isinstance(data, list) else []


def _grouped(items: list[dict[str, Any]], column: str) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        grouped.setdefault(item[column], []).append(item)
    return grouped


# --- one builder per type ----------------------------------------------------------------------


def _contacts(conn: Any, ids: list[str]) -> list[Document]:
    today = date.today().isoformat()
    current = _grouped(rows(conn, "SELECT a.contact_id, o.id, o.name, o.short_name, o.deleted_at FROM affiliation a"
                            " JOIN organisation o ON o.id = a.organisation_id"
                            f" WHERE a.contact_id IN ({marks(ids)}) AND a.deleted_at IS NULL"
                            " AND (a.to_date IS NULL OR a.to_date >= ?) ORDER BY a.from_date DESC", [*ids, today]),
                       "contact_id")
    tagged = tags(conn, "contact", ids)
    docs = []
    for row in live(conn, "contact", ids):
        name = f"{row['first_name']} {row['last_name']}".strip()
        linked = current.get(row["id"], [])
        orgs = [o for o in linked if o["deleted_at"] is None]
        emails, phones = _json_list(row["emails"]), _json_list(row["phones"])
        docs.append(Document(
            "contact", row["id"], name, _details(("title", row["title"]), *(("organisation", o["name"]) for o in orgs)),
            label=name, names=[name], orgs=[w for o in orgs for w in _org_words((o["name"], o["short_name"]))],
            places=[row["municipality"]] if row["municipality"] else [], tags=tagged.get(row["id"], []),
            body=_join_text(row["title"], row["notes"], *emails, *_phones(phones)),
            refs=list(dict.fromkeys(o["id"] for o in linked))))
    return docs


def _organisations(conn: Any, ids: list[str]) -> list[Document]:
    found = live(conn, "organisation", ids)
    parents = org_names(conn, (r["parent_id"] for r in found))
    tagged = tags(conn, "organisation", ids)
    docs = []
    for row in found:
        own = _org_words((row["name"], row["short_name"]))
        parent = parents.get(row["parent_id"])
        docs.append(Document(
            "organisation", row["id"], row["name"],
            _details(("short_name", row["short_name"]), ("kind", row["kind"]), ("municipality", row["municipality"])),
            label="|".join(own), names=own, orgs=own + _org_words(parent),
            places=[p for p in (row["municipality"], row["county"]) if p], tags=tagged.get(row["id"], []),
            body=_join_text(row["notes"], row["kind"], row["org_number"], row["website"],
                            parent[0] if parent else None),
            kind=row["kind"], refs=_ids(row["id"], row["parent_id"])))
    return docs


def _calls(conn: Any, ids: list[str]) -> list[Document]:
    tagged = tags(conn, "call", ids)
    docs = []
    for row in live(conn, "call", ids):
        docs.append(Document(
            "call", row["id"], row["name"], _details(("year", row["year"] or None), ("theme", row["theme"])),
            label=row["name"], names=[row["name"]], tags=tagged.get(row["id"], []),
            body=_join_text(row["theme"], *_json_list(row["need_areas"]), row["description"]),
            date_from=row["opens"] or (f"{row['year']}-01-01" if row["year"] else None),
            date_to=row["decision_by"] or row["closes"] or row["opens"]))
    return docs


def _parties(conn: Any, table: str, key: str, ids: list[str], found: list[dict[str, Any]]):
    """The organisations and people linked to these rows through a link table (project parties,
    network members), with the coordinators: (links by row id, organisation names, person names)."""
    linked = rows(conn, f"SELECT {key}, organisation_id, contact_id FROM {table}"
                  f" WHERE {key} IN ({marks(ids)}) AND deleted_at IS NULL", ids)
    orgs = org_names(conn, [*(r["coordinator_id"] for r in found), *(x["organisation_id"] for x in linked)])
    people = titles(conn, "contact", _title_sql("contact"), (x["contact_id"] for x in linked))
    return _grouped(linked, key), orgs, people


def _party_ids(row: dict[str, Any], mine: list[dict[str, Any]], orgs: dict, people: dict) -> tuple[list, list]:
    """A row's linked organisations (its coordinator first) and people that are live."""
    org_ids = [i for i in dict.fromkeys([row["coordinator_id"], *(x["organisation_id"] for x in mine)]) if i in orgs]
    return org_ids, [x["contact_id"] for x in mine if x["contact_id"] in people]


def _projects(conn: Any, ids: list[str]) -> list[Document]:
    found = live(conn, "project", ids)
    by_project, orgs, people = _parties(conn, "project_party", "project_id", ids, found)
    calls = titles(conn, "call", _title_sql("call"), (r["call_id"] for r in found))
    tagged = tags(conn, "project", ids)
    docs = []
    for row in found:
        mine = by_project.get(row["id"], [])
        org_ids, contact_ids = _party_ids(row, mine, orgs, people)
        coordinator = orgs.get(row["coordinator_id"])
        call = calls.get(row["call_id"])
        docs.append(Document(
            "project", row["id"], row["title"],
            _details(("kind", row["kind"]), ("status", row["status"]),
                     ("coordinator", coordinator[0] if coordinator else None)),
            label=row["title"], names=[x for x in (row["title"], row["reference"]) if x],
            orgs=[w for i in org_ids for w in _org_words(orgs[i])], people=[people[i] for i in contact_ids],
            places=[row["municipality"]] if row["municipality"] else [], tags=tagged.get(row["id"], []),
            body=_join_text(row["description"], row["need_area"], call), kind=row["kind"], status=row["status"],
            call=row["call_id"] if call else None,
            refs=_ids(row["coordinator_id"], row["call_id"], *(p["organisation_id"] for p in mine),
                      *(p["contact_id"] for p in mine)),
            date_from=row["start_date"], date_to=row["end_date"] or row["start_date"]))
    return docs


def _networks(conn: Any, ids: list[str]) -> list[Document]:
    found = live(conn, "network", ids)
    by_network, orgs, people = _parties(conn, "membership", "network_id", ids, found)
    parents = titles(conn, "network", _title_sql("network"), (r["parent_id"] for r in found))
    tagged = tags(conn, "network", ids)
    docs = []
    for row in found:
        mine = by_network.get(row["id"], [])
        org_ids, contact_ids = _party_ids(row, mine, orgs, people)
        parent = parents.get(row["parent_id"])
        coordinator = orgs.get(row["coordinator_id"])
        docs.append(Document(
            "network", row["id"], row["name"],
            _details(("parent", parent), ("coordinator", coordinator[0] if coordinator else None)),
            label=row["name"], names=[row["name"]],
            orgs=[w for i in org_ids for w in _org_words(orgs[i])], people=[people[i] for i in contact_ids],
            tags=tagged.get(row["id"], []), body=_join_text(row["description"], parent),
            refs=_ids(row["parent_id"], row["coordinator_id"], *(x["organisation_id"] for x in mine),
                      *(x["contact_id"] for x in mine))))
    return docs


def _activities(conn: Any, ids: list[str]) -> list[Document]:
    found = live(conn, "activity", ids)
    links = rows(conn, "SELECT activity_id, contact_id, organisation_id, project_id, network_id FROM activity_link"
                 f" WHERE activity_id IN ({marks(ids)}) AND deleted_at IS NULL", ids)
    follow_ups = rows(conn, f"SELECT activity_id, text FROM follow_up WHERE activity_id IN ({marks(ids)})"
                      " AND deleted_at IS NULL", ids)
    orgs = org_names(conn, (x["organisation_id"] for x in links))
    people = titles(conn, "contact", _title_sql("contact"), (x["contact_id"] for x in links))
    projects = titles(conn, "project", _title_sql("project"), (x["project_id"] for x in links))
    networks = titles(conn, "network", _title_sql("network"), (x["network_id"] for x in links))
    tagged = tags(conn, "activity", ids)
    by_activity = _grouped(links, "activity_id")
    texts: dict[str, list[str]] = {}
    for item in follow_ups:
        texts.setdefault(item["activity_id"], []).append(item["text"])
    docs = []
    for row in found:
        mine = by_activity.get(row["id"], [])
        day = (row["starts"] or "")[:10] or None
        details = _details(("kind", row["kind"]), ("date", day), ("place", row["place"]))
        if row["online"] and not row["place"]:
            details.append(("online", ""))  # the interfaces say "online" in their language
        # ... and the index holds the word as a place, so that plats:online finds them
        place = row["place"] or ("online" if row["online"] else None)
        docs.append(Document(
            "activity", row["id"], row["title"], details, label=row["title"], names=[row["title"]],
            orgs=[w for i in _linked(mine, "organisation_id", orgs) for w in _org_words(orgs[i])],
            people=[people[i] for i in _linked(mine, "contact_id", people)], places=[place] if place else [],
            tags=tagged.get(row["id"], []),
            body=_join_text(row["minutes"], *texts.get(row["id"], []),
                            *(projects[i] for i in _linked(mine, "project_id", projects)),
                            *(networks[i] for i in _linked(mine, "network_id", networks))),
            kind=row["kind"], refs=_ids(*(x[c] for x in mine for c in _LINK_TARGETS)),
            date_from=day, date_to=(row["ends"] or "")[:10] or day))
    return docs


def _linked(links: list[dict[str, Any]], column: str, known: dict[str, Any]) -> list[str]:
    """The distinct ids in one column of an activity's links that name a live record."""
    return list(dict.fromkeys(x[column] for x in links if x[column] in known))


def _notes(conn: Any, ids: list[str]) -> list[Document]:
    found = live(conn, "note", ids)
    owners: dict[tuple[str, str], str] = {}
    for entity in {r["entity_type"] for r in found if r["entity_type"] in SPECS and SPECS[r["entity_type"]].title_sql}:
        named = titles(conn, entity, _title_sql(entity), (r["entity_id"] for r in found if r["entity_type"] == entity))
        owners.update({(entity, k): v for k, v in named.items()})
    tagged = tags(conn, "note", ids)
    docs = []
    for row in found:
        owner = owners.get((row["entity_type"], row["entity_id"]))
        first = " ".join((row["text"] or "").split())
        title = first if len(first) <= 80 else first[:79].rsplit(" ", 1)[0] + "…"
        about = [("about", owner, row["entity_type"])] if owner else []
        docs.append(Document(
            "note", row["id"], title, [*about, *_details(("date", (row["created_at"] or "")[:10]))],
            tags=tagged.get(row["id"], []), body=row["text"] or "",
            refs=_ids(row["entity_id"]), date_from=(row["created_at"] or "")[:10] or None))
    return docs


BUILDERS: dict[str, Callable[[Any, list[str]], list[Document]]] = {
    "contact": _contacts, "organisation": _organisations, "call": _calls, "project": _projects,
    "network": _networks, "activity": _activities, "note": _notes}
