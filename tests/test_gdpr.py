"""Data protection duties: register extract, erasure without a trace (database, WAL, search
index, backups), the retention review, re-applying erasures after a restore, the audit list,
and the `gdpr` command line. All people here are invented."""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sqlite3
from contextlib import closing
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cli import gdpr_commands as cli_gdpr
from cli.errors import CommandError
from cli.messages import describe
from db import KnowledgeBase
from db import models as m
from db.care.audit import audit_entries
from db.care.check import check_database
from db.care.erasure import erase, erase_many, finish_restore, reapply_erasures
from db.care.extract import extract, write_extract
from db.care.persons import ERASED_CONTACT_ID, AmbiguousPerson, PersonNotFound, find_person
from db.care.retention import retention_candidates, retention_years, set_retention_years
from db.errors import Message, UserError
from db.paths import default_backup_dir
from db.schema import ENTITY_TABLES
from db.search.whoosh_engine import index_folder
from tests.helpers import populate

NAME = "Åsa Öberg"
EMAIL = "asa.oberg@example.se"
OLD_EMAIL = "asa.o@example.se"
PHONE_E164 = "+46701740605"
PHONE_SHOWN = "070-174 06 05"
# Everything that must not survive an erasure, as bytes (UTF-8, and the folded forms the
# search index makes of them).
SECRETS = [NAME, "Öberg", "öberg", "ÖBERG", "oberg", "OBERG", EMAIL, OLD_EMAIL, PHONE_E164, PHONE_SHOWN, "0701740605"]


def world(kb: KnowledgeBase) -> dict[str, str]:
    """tests.helpers.populate, plus texts elsewhere that name Åsa Öberg, a namesake-free
    bystander and some history (an earlier e-mail address, a title change)."""
    ids = populate(kb)
    asa = ids["contact"]
    with kb.batch():
        contact = kb.contacts.get(asa)
        contact.emails = [OLD_EMAIL, EMAIL]
        contact.legal_basis, contact.source = "allmänt intresse", "Projektansökan 2021"
        kb.contacts.update(contact)
        contact.emails, contact.title = [EMAIL], "Utvecklingsledare <IoT & data>"
        kb.contacts.update(contact)
        kb.memberships.create(m.Membership(network_id=ids["network"], contact_id=asa, role="medlem"))
        kb.notes.add("contact", asa, "Träffades på mässan i Kista.")
        ids["deleted_note"] = kb.notes.add("contact", asa, "Gammal anteckning").record.id
        kb.notes.delete(ids["deleted_note"])
        kb.tags.tag("contact", asa, "nyckelperson")
        ids["project_note"] = kb.notes.add("project", ids["project"],
                                           f"Ringde {NAME} om budgeten; hon ringer tillbaka.").record.id
        lunch = kb.activities.create(m.Activity(kind="möte", title=f"Lunch med {NAME}", starts="2023-02-01T12:00",
                                                minutes="Ring henne på +46 70-174 06 05 om projektet.")).record
        ids["lunch"] = lunch.id
        kb.activity_links.create(m.ActivityLink(activity_id=lunch.id, contact_id=asa, role="deltagare"))
        org = kb.organisations.get(ids["org"])
        org.notes = f"Kontaktperson för IoT: {EMAIL.upper()} (tidigare {OLD_EMAIL})"
        kb.organisations.update(org)
        bo = kb.contacts.create(m.Contact(first_name="Bo", last_name="Ekström", emails=["bo.ekstrom@example.se"],
                                          notes="Kollega till Åsa  Öberg")).record
        ids["bo"] = bo.id
        kb.activity_links.create(m.ActivityLink(activity_id=lunch.id, contact_id=bo.id, role="deltagare"))
    return ids


def _file_bytes(db_path: Path) -> dict[str, bytes]:
    files = {p.name: p.read_bytes() for p in (db_path, Path(f"{db_path}-wal")) if p.exists()}
    folder = index_folder(db_path)
    files.update({f"index/{p.name}": p.read_bytes() for p in folder.rglob("*") if p.is_file()})
    return files


def _leaks(files: dict[str, bytes], secrets: list[str] = SECRETS) -> list[tuple[str, str]]:
    return [(name, secret) for name, data in files.items() for secret in secrets if secret.encode() in data]


def _take_backup(db_path: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(db_path)) as source, closing(sqlite3.connect(target)) as dest:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    return target


def _hits(kb: KnowledgeBase, query: str) -> int:
    return kb.search.search(query).total


# --- find_person ----------------------------------------------------------------------------------


def test_find_person_by_id_email_and_name(kb):
    ids = world(kb)
    asa = ids["contact"]
    assert find_person(kb, asa).id == asa
    assert find_person(kb, "  ASA.Oberg@Example.SE ").id == asa
    assert find_person(kb, "åsa   ÖBERG").id == asa
    assert find_person(kb, "bo.ekstrom@example.se").id == ids["bo"]


def _not_found(text: str, kb: KnowledgeBase) -> Message:
    with pytest.raises(PersonNotFound) as caught:
        find_person(kb, text)
    return caught.value.message


def test_find_person_not_found_and_ambiguous(kb):
    ids = world(kb)
    assert _not_found("Åsa Öbergh", kb) == Message("no_contact_with_name", {"value": "Åsa Öbergh"})
    assert _not_found(OLD_EMAIL, kb) == Message("no_contact_with_email", {"value": OLD_EMAIL})
    assert _not_found("   ", kb) == Message("no_person_given")
    assert _not_found(ERASED_CONTACT_ID, kb) == Message("no_contact_with_name", {"value": ERASED_CONTACT_ID})
    twin = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg")).record
    with pytest.raises(AmbiguousPerson) as caught:
        find_person(kb, "Åsa Öberg")
    error = caught.value
    assert isinstance(error, UserError)
    assert (error.code, error.params["value"], error.params["count"]) == ("ambiguous_name", "Åsa Öberg", 2)
    assert sorted(error.params["candidates"], key=lambda c: c.params["id"]) == sorted([
        Message("person_match", {"id": ids["contact"], "name": NAME, "where": "Uppsala universitet"}),
        Message("person_match", {"id": twin.id, "name": NAME, "where": Message("no_organisation")}),
    ], key=lambda c: c.params["id"])
    assert {mt[0] for mt in error.matches} == {ids["contact"], twin.id}
    line = describe(error)  # the command line's English
    assert ids["contact"] in line and twin.id in line and "(Uppsala universitet)" in line
    assert "(no organisation)" in line and "use the id to choose one" in line


# --- extract ----------------------------------------------------------------------------------------


def test_extract_json_holds_every_field_link_note_activity_and_log_entry(kb, tmp_path):
    ids = world(kb)
    asa = ids["contact"]
    out = write_extract(kb, asa, tmp_path / "utdrag.json")
    assert out.stat().st_mode & 0o777 == 0o600
    data = json.loads(out.read_text(encoding="utf-8"))
    assert NAME in out.read_text(encoding="utf-8")  # not escaped as \u00c5
    contact = kb.contacts.get(asa)
    for name in m.SYSTEM_FIELDS + m.data_fields(m.Contact):
        assert data["contact"][name] == getattr(contact, name), name
    assert data["contact"]["phones_display"] == [PHONE_SHOWN]
    assert data["legal_basis"] == "allmänt intresse" and data["source"] == "Projektansökan 2021"
    assert "6.1 e" in data["legal_basis_text"] and "allmänt intresse" in data["purpose"]
    assert data["generated_at"].startswith(str(date.today().year))
    assert [a["organisation"] for a in data["affiliations"]] == ["Uppsala universitet"]
    assert [(p["project"], p["role"]) for p in data["project_parties"]] == [("Smarta sensorer i Göteborg",
                                                                            "projektledare")]
    assert [n["network"] for n in data["memberships"]] == ["Smart City Lab"]
    assert sorted((a["title"], a["kind"], a["role"]) for a in data["activities"]) == [
        (f"Lunch med {NAME}", "möte", "deltagare"), ("Uppstartsmöte", "möte", "deltagare")]
    assert [f["text"] for f in data["follow_ups"]] == ["Skicka protokollet"]
    notes = {n["text"]: n["deleted"] for n in data["notes"]}
    assert notes == {"Träffades på mässan i Kista.": False, "Gammal anteckning": True}
    assert [t["name"] for t in data["tags"]] == ["nyckelperson"]
    assert {(x["entity"], x["id"]) for x in data["mentions"]} >= {
        ("note", ids["project_note"]), ("activity", ids["lunch"]), ("organisation", ids["org"]),
        ("contact", ids["bo"])}
    # Every change-log entry about her or one of the rows linking her, and nothing else.
    link_ids = {r[0] for r in kb.db.execute(
        "SELECT id FROM affiliation WHERE contact_id = :c UNION SELECT id FROM project_party WHERE contact_id = :c"
        " UNION SELECT id FROM membership WHERE contact_id = :c"
        " UNION SELECT id FROM activity_link WHERE contact_id = :c"
        " UNION SELECT id FROM follow_up WHERE owner_id = :c UNION SELECT id FROM note WHERE entity_id = :c"
        " UNION SELECT id FROM tagging WHERE entity_id = :c", {"c": asa})}
    expected = kb.db.execute(f"SELECT count(*) FROM change_log WHERE row_id IN ({', '.join('?' * len(link_ids))})"
                             " OR row_id = ?", [*link_ids, asa]).fetchone()[0]
    assert len(data["change_log"]) == expected >= 12
    assert {e["entity"] for e in data["change_log"]} == {
        "contact", "affiliation", "project_party", "membership", "activity_link", "follow_up", "note", "tagging"}
    first = data["change_log"][0]
    assert set(first) == {"at", "author", "entity", "row_id", "action", "before", "after"}
    assert first["action"] == "create" and first["after"]["last_name"] == "Öberg"
    audit = audit_entries(kb)
    assert [(a["action"], a["entity"], a["row_id"], a["details"]) for a in audit] == [
        ("extract", "contact", asa, {"format": "json"})]
    assert not _audit_leaks(kb)


class _StrictParser(HTMLParser):
    """Fails on a closing tag that does not close the element open last."""

    VOID = {"meta", "br", "hr", "img", "link", "input"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.headings = 0

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)
        self.headings += tag in ("h1", "h2")

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-3:])
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def test_extract_html_is_a_readable_escaped_page(kb, tmp_path):
    ids = world(kb)
    out = write_extract(kb, ids["contact"], tmp_path / "utdrag.html")
    page = out.read_text(encoding="utf-8")
    parser = _StrictParser()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
    assert parser.headings >= 10
    text = "".join(parser.text)
    assert "Registerutdrag" in text and "Utvecklingsledare <IoT & data>" in text and "Smart City Lab" in text
    assert "Utvecklingsledare &lt;IoT &amp; data&gt;" in page and "<IoT" not in page
    assert "<script" not in page and 'lang="sv"' in page and "@media print" in page
    assert PHONE_SHOWN in text and "borttagen" in text
    assert out.stat().st_mode & 0o777 == 0o600
    assert [a["details"] for a in audit_entries(kb)] == [{"format": "html"}]


def test_extract_refuses_other_formats_and_missing_folders(kb, tmp_path):
    ids = world(kb)
    with pytest.raises(UserError) as caught:
        write_extract(kb, ids["contact"], tmp_path / "utdrag.pdf")
    assert caught.value.message == Message("unsupported_extract_format", {"path": str(tmp_path / "utdrag.pdf"),
                                                                          "suffix": ".pdf"})
    with pytest.raises(UserError) as caught:
        write_extract(kb, ids["contact"], tmp_path / "saknas" / "utdrag.json")
    assert caught.value.message == Message("no_such_folder", {"path": str(tmp_path / "saknas")})
    with pytest.raises(PersonNotFound) as caught:
        extract(kb, "no-such-id")
    assert caught.value.message == Message("no_such_record", {"entity": "contact", "id": "no-such-id"})
    assert audit_entries(kb) == []


def _audit_leaks(kb: KnowledgeBase) -> list[str]:
    rows = kb.db.execute("SELECT * FROM audit").fetchall()
    return [secret for secret in SECRETS for row in rows if secret in json.dumps(row, ensure_ascii=False)]


# --- erasure ---------------------------------------------------------------------------------------


def test_erasure_leaves_no_trace_in_database_wal_index_or_backups(kb, db_path, tmp_path):
    ids = world(kb)
    asa = ids["contact"]
    backups = tmp_path / "backups"
    backup = _take_backup(db_path, backups / "kb-2025-01-01T000000-manual.db")
    assert _hits(kb, "Öberg") >= 3 and _hits(kb, EMAIL) >= 1
    before = _leaks(_file_bytes(db_path))
    assert {s for _, s in before} >= {NAME, EMAIL, PHONE_E164} and any(n.startswith("index/") for n, _ in before)
    assert _leaks({"backup": backup.read_bytes()})

    report = erase(kb, asa, backup_folders=[backups])

    # affiliation, project_party, membership, 2 notes, tagging, contact
    assert report.rows_deleted == 7
    assert report.texts_scrubbed == 5  # project note, lunch title and minutes, organisation notes, Bo's notes
    assert report.log_entries_scrubbed > 10
    assert (report.backups_cleaned, report.backups_failed, report.compacted) == (1, [], True)
    for query in ("Öberg", "oberg", "Åsa Öberg", EMAIL, "0701740605"):
        assert _hits(kb, query) == 0, query
    assert _leaks(_file_bytes(db_path)) == []
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0
    assert _leaks({"backup": backup.read_bytes()}) == []

    # The lunch is still there, with one participant link to the placeholder, and Bo's.
    lunch = kb.activities.get(ids["lunch"])
    assert lunch.title == "Lunch med [raderad person]"
    assert lunch.minutes == "Ring henne på [raderad person] om projektet."
    contacts = sorted(link.contact_id for link in kb.activity_links.list({"activity_id": lunch.id}))
    assert contacts == sorted([ERASED_CONTACT_ID, ids["bo"]])
    placeholder = kb.contacts.get(ERASED_CONTACT_ID)
    assert (placeholder.full_name, placeholder.deleted_at is not None) == ("Raderad person", True)
    assert ERASED_CONTACT_ID not in {c.id for c in kb.contacts.list()}
    assert ERASED_CONTACT_ID not in {h.id for h in kb.search.search("Raderad person").hits}
    assert _hits(kb, "raderad") == 4 and _hits(kb, "lunch") == 1  # the texts that named her
    assert not kb.contacts.exists(asa)
    assert kb.follow_ups.list({"activity_id": ids["activity"]})[0].owner_id is None
    assert kb.notes.get(ids["project_note"]).text == "Ringde [raderad person] om budgeten; hon ringer tillbaka."
    assert kb.contacts.get(ids["bo"]).notes == "Kollega till [raderad person]"
    assert kb.organisations.get(ids["org"]).notes == "Kontaktperson för IoT: [raderad person] (tidigare " \
                                                     "[raderad person])"
    assert _hits(kb, "Ekström") == 2 and _hits(kb, "Uppstartsmöte") == 1  # Bo and the lunch he was at

    # The change log: one erase entry naming only the id; no value holds her data.
    erase_rows = kb.db.execute("SELECT before, after FROM change_log WHERE row_id = ? AND action = 'erase'",
                               [asa]).fetchall()
    assert erase_rows == [(None, None)]
    assert kb.db.execute("SELECT count(*) FROM change_log WHERE row_id = ? AND (before IS NOT NULL"
                         " OR after IS NOT NULL)", [asa]).fetchone()[0] == 0
    values = " ".join(str(v) for row in kb.db.execute("SELECT before, after FROM change_log") for v in row)
    assert [s for s in SECRETS if s in values] == []
    assert "[raderad person]" in values

    audit = audit_entries(kb)
    assert audit[0]["action"] == "erase" and audit[0]["row_id"] == asa
    assert audit[0]["details"] == {"rows_deleted": 7, "texts_scrubbed": 5,
                                   "log_entries_scrubbed": report.log_entries_scrubbed,
                                   "backups_cleaned": 1, "backups_failed": 0}
    assert not _audit_leaks(kb)

    # The backup is erased the same way, still a sound database, and knows of the erasure.
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("SELECT count(*) FROM contact WHERE id = ?", [asa]).fetchone()[0] == 0
        assert conn.execute("SELECT contact_id FROM activity_link WHERE activity_id = ? ORDER BY contact_id",
                            [ids["lunch"]]).fetchall() == sorted([(ERASED_CONTACT_ID,), (ids["bo"],)])
        assert conn.execute("SELECT action, row_id FROM audit").fetchall() == [("erase", asa)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    kb.close()
    assert _leaks(_file_bytes(db_path)) == []
    for path in (db_path, backup):
        _facts, problems = check_database(path)
        assert problems == [], problems


# --- the erasure in the change log (what another computer replays) -------------------------------------

BOOKKEEPING = ("created_at", "updated_at", "updated_by")


def _all_rows(conn) -> dict[tuple[str, str], dict]:
    """Every row of every entity table and of the audit list, keyed by (table, id)."""
    found = {}
    for table in (*ENTITY_TABLES, "audit"):
        cursor = conn.execute(f"SELECT * FROM [{table}]")
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            values = dict(zip(names, row, strict=True))
            values.pop("seq", None)
            found[(table, values["id"])] = values
    return found


def _operation(kb: KnowledgeBase, contact_id: str) -> list[dict]:
    """The change-log entries of the operation that erased this contact, in order."""
    (op_id,) = kb.db.execute("SELECT op_id FROM change_log WHERE entity = 'contact' AND row_id = ?"
                             " AND action = 'erase'", [contact_id]).fetchone()
    entries = kb.db.execute_returning_dicts("SELECT entity, row_id, action, before, after FROM change_log"
                                            " WHERE op_id = ? ORDER BY seq", [op_id])
    for entry in entries:
        entry["before"] = json.loads(entry["before"]) if entry["before"] else None
        entry["after"] = json.loads(entry["after"]) if entry["after"] else None
    return entries


def test_every_row_the_erasure_removes_or_changes_has_an_entry_of_its_operation_without_her_data(kb):
    ids = world(kb)
    asa = ids["contact"]
    before = _all_rows(kb.db.conn)
    erase(kb, asa)
    after = _all_rows(kb.db.conn)
    entries = _operation(kb, asa)
    actions: dict[tuple[str, str], list[str]] = {}
    written: dict[tuple[str, str], dict] = {}
    for entry in entries:
        key = (entry["entity"], entry["row_id"])
        actions.setdefault(key, []).append(entry["action"])
        written.setdefault(key, {}).update(entry["after"] or {})

    removed = before.keys() - after.keys()
    added = after.keys() - before.keys()
    changed = {key for key in before.keys() & after.keys() if before[key] != after[key]}
    assert {table for table, _ in removed} == {"contact", "affiliation", "project_party", "membership", "note",
                                               "tagging"}
    assert {table for table, _ in changed} >= {"activity_link", "follow_up", "activity", "note", "organisation",
                                               "contact"}
    for key in removed:
        assert actions.get(key) == ["erase"], key
    for key in added:  # the placeholder for erased persons and the audit row
        assert actions.get(key, [None])[0] == "create", key
    for key in changed:
        assert "update" in actions.get(key, []), key
        values = {k: v for k, v in after[key].items() if k not in BOOKKEEPING and v != before[key][k]}
        assert {k: written[key].get(k) for k in values} == {
            k: json.loads(v) if k in ("emails", "phones") else v for k, v in values.items()}, key
    assert set(actions) <= removed | added | changed | {("contact", ERASED_CONTACT_ID)}
    logged = json.dumps(entries, ensure_ascii=False)
    assert [s for s in SECRETS if s in logged] == []
    assert [e for e in entries if e["action"] == "erase" and (e["before"] or e["after"])] == []


def _stored(value):
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return int(value) if isinstance(value, bool) else value


def _replay(conn: sqlite3.Connection, entries: list[dict]) -> None:
    """What another computer does with the entries: erase, update and create rows as they say."""
    for entry in entries:
        table, row_id, values = entry["entity"], entry["row_id"], entry["after"] or {}
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")}
        if entry["action"] == "erase":
            conn.execute(f"DELETE FROM [{table}] WHERE id = ?", [row_id])
        elif entry["action"] == "create":
            row = {"id": row_id, **{k: _stored(v) for k, v in values.items()}}
            if "created_at" in columns:
                row |= {"created_at": "2030-01-01T00:00:00.000Z", "updated_at": "2030-01-01T00:00:00.000Z"}
            conn.execute(f"INSERT OR REPLACE INTO [{table}] ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                         list(row.values()))
        elif values:  # update, delete, restore
            assignments = ", ".join(f"[{k}] = ?" for k in values)
            conn.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?",
                         [*(_stored(v) for v in values.values()), row_id])


def _data(rows: dict[tuple[str, str], dict]) -> dict[tuple[str, str], dict]:
    return {key: {k: v for k, v in row.items() if k not in BOOKKEEPING} for key, row in rows.items()}


def test_the_erase_entries_replayed_on_another_copy_remove_her_there_too(kb, db_path, tmp_path):
    ids = world(kb)
    elsewhere = _take_backup(db_path, tmp_path / "annan-dator.db")
    erase(kb, ids["contact"])
    with closing(sqlite3.connect(elsewhere, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys = ON")  # the entries come in an order the foreign keys accept
        conn.execute("BEGIN")
        _replay(conn, _operation(kb, ids["contact"]))
        conn.execute("COMMIT")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        replayed = _all_rows(conn)
    assert _data(replayed) == _data(_all_rows(kb.db.conn))
    stored = json.dumps([row for key, row in replayed.items() if key[0] != "audit"], ensure_ascii=False)
    assert [s for s in SECRETS if s in stored] == []


def test_erasure_finds_the_usual_ways_of_writing_a_name_and_a_number(kb):
    ids = world(kb)
    written = ("Öberg, Åsa | ÅSA ÖBERG | Åsa\nÖberg | Åsa Öbergs rapport | 0701740605 | +46 (0)70-174 06 05 | "
               "0046 70 174 06 05 | 070\u00a0174\u00a006\u00a005 | Asa.Oberg@Example.se")
    kept = "Åsa Öbergsson | Lars Öberg | Åsa | 070-174 06 06 | 46701740605123 | oberg@example.se"
    note = kb.notes.add("project", ids["project"], f"{written} || {kept}").record
    erase(kb, ids["contact"])
    text = kb.notes.get(note.id).text
    assert text == " | ".join(["[raderad person]"] * 3 + ["[raderad person] rapport"] + ["[raderad person]"] * 5) \
        + " || " + kept


def test_erasure_without_an_open_index_removes_it_to_be_rebuilt(db_path):
    with KnowledgeBase.open(db_path, user="testare") as kb:
        ids = world(kb)
    folder = index_folder(db_path)
    assert _leaks(_file_bytes(db_path))
    with KnowledgeBase.open(db_path, user="testare", search=False) as kb:
        erase(kb, ids["contact"])
    assert not folder.exists() and _leaks(_file_bytes(db_path)) == []
    with KnowledgeBase.open(db_path, user="testare") as kb:
        assert _hits(kb, "Öberg") == 0 and _hits(kb, "Ekström") == 2


def test_erasure_keeps_other_people_and_refuses_what_it_cannot_erase(kb):
    ids = world(kb)
    with pytest.raises(PersonNotFound) as caught:
        erase(kb, ERASED_CONTACT_ID)
    assert caught.value.message == Message("erased_placeholder")
    with pytest.raises(PersonNotFound) as caught:
        erase(kb, "nobody")
    assert caught.value.message == Message("no_such_record", {"entity": "contact", "id": "nobody"})
    with kb.batch(), pytest.raises(RuntimeError, match="inside a transaction"):
        erase(kb, ids["contact"])
    assert kb.contacts.exists(ids["contact"])
    counts = {t: kb.service(t).count(deleted="include") for t in ("contact", "note", "activity", "affiliation")}
    bo = erase(kb, ids["bo"])
    assert bo.rows_deleted == 1 and bo.texts_scrubbed == 0
    assert kb.contacts.exists(ids["contact"]) and _hits(kb, "Öberg") >= 3
    assert kb.contacts.count(deleted="include") == counts["contact"]  # Bo went, the placeholder came
    assert {t: kb.service(t).count(deleted="include") for t in ("note", "activity", "affiliation")} == {
        t: counts[t] for t in ("note", "activity", "affiliation")}


def test_a_soft_deleted_person_is_erased_too_and_a_bad_backup_is_reported(kb, db_path, tmp_path):
    ids = world(kb)
    kb.contacts.delete(ids["contact"])
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "trasig.db").write_bytes(b"this is not a database" * 100)
    good = _take_backup(db_path, folder / "bra.db")
    report = erase(kb, ids["contact"], backup_folders=[folder])
    assert report.backups_cleaned == 1
    (failed,) = report.backups_failed
    assert (failed.code, failed.params["path"]) == ("backup_not_cleaned", str(folder / "trasig.db"))
    assert failed.params["reason"] == Message("sqlite_error", {"detail": "file is not a database"})
    other = tmp_path / "annat.db"  # another program's database, given by name
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE kunder (namn TEXT)")
        conn.commit()
    bo = erase(kb, ids["bo"], backup_folders=[other])
    assert bo.backups_failed == [Message("backup_not_cleaned", {"path": str(other),
                                                                "reason": Message("backup_not_ours")})]
    assert _leaks({"good": good.read_bytes()}) == [] and _leaks(_file_bytes(db_path)) == []


def test_erase_many_erases_each_and_compacts_once(kb, db_path):
    ids = world(kb)
    people = []
    with kb.batch():
        for number in range(3):
            person = kb.contacts.create(m.Contact(first_name="Tova", last_name=f"Fiktivsdotter{number}",
                                                 emails=[f"tova{number}@example.se"])).record
            people.append(person.id)
            kb.notes.add("project", ids["project"], f"Mejla tova{number}@example.se")
    reports = erase_many(kb, [*people, ids["contact"]])
    assert [r.contact_id for r in reports] == [*people, ids["contact"]]
    assert [r.texts_scrubbed for r in reports[:3]] == [1, 1, 1]
    assert not any(kb.contacts.exists(p) for p in [*people, ids["contact"]])
    assert _leaks(_file_bytes(db_path), [*SECRETS, "Fiktivsdotter", "tova0@", "tova2@"]) == []
    assert [a["action"] for a in audit_entries(kb)] == ["erase"] * 4


def test_erasing_many_people_at_once_finds_each_in_the_texts(kb, db_path):
    """Enough people that the texts' words and digits are looked up, not searched one by one."""
    ids = populate(kb)
    people, texts = [], []
    with kb.batch():
        for number in range(18):
            last = f"Påhittadsson{chr(ord('a') + number)}"
            phone = f"070-174 06 {10 + number}"
            person = kb.contacts.create(m.Contact(first_name="Ylva", last_name=last, phones=[phone],
                                                 emails=[f"ylva.{number}@example.se"])).record
            people.append(person.id)
            written = [f"YLVA {last.upper()}s", f"ring {phone.replace(' ', '')}", f"<ylva.{number}@example.se>"]
            texts.append(kb.notes.add("project", ids["project"], " / ".join(written)).record.id)
        bystander = kb.notes.add("project", ids["project"], "Ylva Påhittadssonz 070-174 06 99 ylva.99@example.se")
    reports = erase_many(kb, people)
    assert [r.texts_scrubbed for r in reports] == [1] * 18
    assert {kb.notes.get(t).text for t in texts} == {"[raderad person] / ring [raderad person] / <[raderad person]>"}
    assert kb.notes.get(bystander.record.id).text == "Ylva Påhittadssonz 070-174 06 99 ylva.99@example.se"
    assert _leaks(_file_bytes(db_path), ["Påhittadssona", "ylva.0@", "0701740610"]) == []


def test_reapply_erasures_after_a_restore(kb, db_path, tmp_path):
    ids = world(kb)
    asa = ids["contact"]
    old_copy = _take_backup(db_path, tmp_path / "elsewhere" / "old.db")  # a backup the erasure never saw
    erase(kb, asa)
    carried = kb.db.execute("SELECT id, at, author, action, entity, row_id, details FROM audit").fetchall()
    kb.close()
    # What a restore does: the old copy becomes the database, the audit list is carried over.
    restored = tmp_path / "restored.db"
    os.replace(old_copy, restored)
    with closing(sqlite3.connect(restored)) as conn:
        conn.executemany("INSERT INTO audit (id, at, author, action, entity, row_id, details)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)", carried)
        conn.commit()
    with KnowledgeBase.open(restored, user="testare") as again:
        assert again.contacts.exists(asa) and _hits(again, "Öberg") >= 3
        assert reapply_erasures(again) == 1
        assert not again.contacts.exists(asa) and _hits(again, "Öberg") == 0
        assert reapply_erasures(again) == 0
    assert _leaks(_file_bytes(restored)) == []


def test_finish_restore_writes_the_audit_rows_an_older_file_lacked_with_their_log_entries(kb):
    ids = world(kb)
    pending = [{"id": "a1", "at": "2026-11-27T08:15:00.000Z", "author": "testare", "action": "erase",
                "entity": "contact", "row_id": ids["contact"], "details": '{"rows_deleted": 7}'},
               {"id": "a2", "at": "2026-11-27T08:16:00.000Z", "author": "testare", "action": "restore",
                "entity": None, "row_id": None, "details": '{"backup": "kb-2026-11-27T081500-auto.db"}'}]
    assert finish_restore(kb, pending) == 1  # she was erased after the backup: erased again
    assert not kb.contacts.exists(ids["contact"])
    assert {a["id"] for a in audit_entries(kb)} >= {"a1", "a2"}
    logged = kb.db.execute("SELECT row_id, after FROM change_log WHERE entity = 'audit' AND row_id IN ('a1', 'a2')"
                           " ORDER BY seq").fetchall()
    assert [(row_id, json.loads(after)["action"]) for row_id, after in logged] == [("a1", "erase"), ("a2", "restore")]
    assert json.loads(logged[0][1])["details"] == {"rows_deleted": 7}
    assert finish_restore(kb, pending) == 0  # nothing new: no second entry either
    assert kb.db.execute("SELECT count(*) FROM change_log WHERE entity = 'audit' AND row_id IN ('a1', 'a2')"
                         ).fetchone()[0] == 2


# --- retention -------------------------------------------------------------------------------------


def test_retention_years_setting(kb):
    assert retention_years(kb) == 3
    set_retention_years(kb, 5)
    assert retention_years(kb) == 5
    for bad, code in ((0, "retention_years_out_of_range"), (51, "retention_years_out_of_range"),
                      (-1, "retention_years_out_of_range"), (2.5, "retention_years_not_whole"),
                      ("3", "retention_years_not_whole"), (True, "retention_years_not_whole")):
        with pytest.raises(ValueError) as caught:  # InvalidValue
            set_retention_years(kb, bad)
        assert caught.value.code == code, bad
    assert caught.value.params == {"value": "True"}
    with pytest.raises(ValueError) as caught:
        set_retention_years(kb, 51)
    assert caught.value.params == {"value": 51, "minimum": 1, "maximum": 50}
    assert retention_years(kb) == 5
    assert audit_entries(kb)[0]["details"] == {"years": 5}
    # Every computer of the office has the same period: the setting is in the change log.
    logged = kb.db.execute("SELECT before, after FROM change_log WHERE entity = 'meta' AND row_id = 'retention_years'"
                           " ORDER BY seq").fetchall()
    assert [(json.loads(b), json.loads(a)) for b, a in logged] == [({"value": None}, {"value": "5"})]


def test_retention_candidates_around_the_boundary(kb):
    today = date(2025, 6, 15)  # three years back: 2022-06-15
    org = kb.organisations.create(m.Organisation(name="Fiktiva kommunen", kind="kommun")).record

    def person(last: str, created: str, *, starts: str | None = None, deleted_activity: bool = False,
               **values) -> str:
        rec = kb.contacts.create(m.Contact(first_name="Test", last_name=last, **values)).record
        kb.db.execute("UPDATE contact SET created_at = ? WHERE id = ?", [created, rec.id])
        if starts:
            act = kb.activities.create(m.Activity(kind="möte", title=f"Möte {last}", starts=starts)).record
            kb.activity_links.create(m.ActivityLink(activity_id=act.id, contact_id=rec.id))
            if deleted_activity:
                kb.activities.delete(act.id)
        return rec.id

    never = person("Aldrig", "2019-03-01T08:00:00.000Z")
    kb.affiliations.create(m.Affiliation(contact_id=never, organisation_id=org.id))
    before = person("Före", "2020-01-01T08:00:00.000Z", starts="2022-06-14T09:00")
    on_day = person("Gränsdag", "2020-01-01T08:00:00.000Z", starts="2022-06-15T09:00")
    person("Nyligen", "2020-01-01T08:00:00.000Z", starts="2025-01-10T09:00")
    person("Ny", "2022-06-15T08:00:00.000Z")
    just_old = person("Nästan", "2022-06-14T23:00:00.000Z")
    person("Personal", "2018-01-01T08:00:00.000Z", is_staff=True)
    person("Sparas", "2018-01-01T08:00:00.000Z", retain_until="2025-06-16")
    expired = person("Utgången", "2018-01-01T08:00:00.000Z", retain_until="2025-06-15")
    gone = person("Borttagen", "2018-01-01T08:00:00.000Z")
    kb.contacts.delete(gone)
    only_deleted = person("Struken", "2018-06-01T08:00:00.000Z", starts="2024-01-01T09:00", deleted_activity=True)
    rows = retention_candidates(kb, 3, today=today)
    assert [r.contact_id for r in rows] == [expired, only_deleted, never, before, just_old]
    first_never = rows[2]
    assert (first_never.name, first_never.organisation, first_never.last_activity) == (
        "Test Aldrig", "Fiktiva kommunen", None)
    assert rows[3].last_activity == "2022-06-14" and rows[3].created_at.startswith("2020-01-01")
    assert [r.contact_id for r in retention_candidates(kb, 4, today=today)] == [expired, only_deleted, never]
    assert on_day not in {r.contact_id for r in rows}
    with pytest.raises(ValueError) as caught:
        retention_candidates(kb, 0, today=today)
    assert caught.value.code == "retention_years_out_of_range"


# --- the command line --------------------------------------------------------------------------------


def _cli(*argv: str | Path) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kunskapsbanken")
    sub = parser.add_subparsers(dest="command")
    cli_gdpr.add_parsers(sub)
    return parser.parse_args([str(a) for a in argv])


def _run(*argv: str | Path) -> int:
    args = _cli(*argv)
    return args.handler(args)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def filled(db_path) -> dict[str, str]:
    with KnowledgeBase.open(db_path, user="testare") as kb:
        return world(kb)


def test_cli_extract_and_audit(filled, db_path, tmp_path, capsys):
    out = tmp_path / "utdrag.html"
    assert _run("gdpr", "extract", EMAIL, "--db", db_path, "-o", out) == 0
    assert "Registerutdrag" in out.read_text(encoding="utf-8")
    wrong = re.escape("utdrag.txt: unsupported extract format '.txt' (use .json or .html)")
    with pytest.raises(CommandError, match=wrong):
        _run("gdpr", "extract", EMAIL, "--db", db_path, "-o", tmp_path / "utdrag.txt")
    with pytest.raises(CommandError, match=re.escape("saknas.db: no such database file")):
        _run("gdpr", "extract", EMAIL, "--db", tmp_path / "saknas.db", "-o", out)
    with pytest.raises(PersonNotFound) as caught:
        _run("gdpr", "extract", "ingen.alls@example.se", "--db", db_path, "-o", out)
    assert caught.value.message == Message("no_contact_with_email", {"value": "ingen.alls@example.se"})
    capsys.readouterr()
    assert _run("gdpr", "audit", "--db", db_path) == 0
    printed = capsys.readouterr().out
    assert f"extract  contact {filled['contact']}" in printed and '"format": "html"' in printed
    assert "Öberg" not in printed


def test_cli_erase_asks_and_needs_yes_without_a_terminal(filled, db_path, monkeypatch, capsys):
    asa = filled["contact"]
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(CommandError, match="not asking without a terminal: add --yes to confirm"):
        _run("gdpr", "erase", NAME, "--db", db_path)
    monkeypatch.setattr("sys.stdin", _Terminal("n\n"))
    assert _run("gdpr", "erase", NAME, "--db", db_path) == 1
    with KnowledgeBase.open(db_path, search=False) as kb:
        assert kb.contacts.exists(asa)
    printed = capsys.readouterr().out
    assert "1  affiliations" in printed and "2  activities" in printed and "[y/N]" in printed
    assert "Öberg" not in printed and EMAIL not in printed
    monkeypatch.setattr("sys.stdin", _Terminal("j\n"))
    assert _run("gdpr", "erase", asa, "--db", db_path) == 0
    printed = capsys.readouterr().out
    assert f"erased contact {asa}: 7 rows deleted" in printed and "Öberg" not in printed
    with KnowledgeBase.open(db_path, search=False) as kb:
        assert not kb.contacts.exists(asa)


def test_cli_erase_cleans_the_default_backup_folder_and_refuses_an_ambiguous_name(filled, db_path, tmp_path,
                                                                                   capsys):
    with KnowledgeBase.open(db_path, user="testare") as kb:
        twin = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg")).record
    backup = _take_backup(db_path, default_backup_dir(db_path) / "kb-2025-01-01T000000-auto.db")
    extra = _take_backup(db_path, tmp_path / "usb" / "kopia.db")
    with pytest.raises(AmbiguousPerson) as caught:
        _run("gdpr", "erase", "ÅSA ÖBERG", "--db", db_path, "--yes")
    assert (caught.value.code, caught.value.params["count"]) == ("ambiguous_name", 2)
    assert "use the id to choose one" in describe(caught.value)
    with KnowledgeBase.open(db_path, search=False) as kb:
        assert kb.contacts.exists(filled["contact"]) and kb.contacts.exists(twin.id)
    assert _run("gdpr", "erase", filled["contact"], "--db", db_path, "--yes", "--backups", extra.parent) == 0
    assert "backup files cleaned: 2" in capsys.readouterr().out
    for path in (backup, extra):
        assert _leaks({"b": path.read_bytes()}, [EMAIL, PHONE_E164, OLD_EMAIL]) == []
        with closing(sqlite3.connect(path)) as conn:
            assert conn.execute("SELECT count(*) FROM contact WHERE id = ?", [filled["contact"]]).fetchone() == (0,)
    with pytest.raises(CommandError, match=re.escape(f"--backups {tmp_path / 'saknas'}: no such folder or file")):
        _run("gdpr", "erase", twin.id, "--db", db_path, "--yes", "--backups", tmp_path / "saknas")


def test_cli_retention_lists_and_erases_only_with_yes(filled, db_path, capsys):
    with KnowledgeBase.open(db_path, user="testare") as kb:
        old = kb.contacts.create(m.Contact(first_name="Gunnel", last_name="Gammalsdotter")).record
        kb.db.execute("UPDATE contact SET created_at = '2001-01-01T00:00:00.000Z' WHERE id = ?", [old.id])
    assert _run("gdpr", "retention", "--db", db_path, "--years", "10") == 0
    printed = capsys.readouterr().out
    assert "1 contact without contact for 10 years" in printed and old.id in printed
    with pytest.raises(CommandError, match="--erase needs --yes"):
        _run("gdpr", "retention", "--db", db_path, "--erase")
    with pytest.raises(CommandError, match="--years must be between 1 and 50, not 99"):
        _run("gdpr", "retention", "--db", db_path, "--years", "99")
    assert _run("gdpr", "retention", "--db", db_path, "--years", "10", "--erase", "--yes") == 0
    assert f"erased contact {old.id}" in capsys.readouterr().out
    with KnowledgeBase.open(db_path, search=False) as kb:
        assert not kb.contacts.exists(old.id) and kb.contacts.exists(filled["contact"])
