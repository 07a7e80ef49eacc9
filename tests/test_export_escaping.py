"""Every exporter escapes every value it writes (issue 11, defect 7): a record whose fields hold
hostile text (a fake property line that would end the card or event and start an attacker's own,
quotes, semicolons, backslashes, commas, "=cmd", "<script>", NUL) is exported, the file is imported
into a fresh database, and exactly the same records come back, with no extra one.

The hostile values are written straight into the database with SQL, past the validation layer (a
database from before today's limits, or a restored export): the exporters must be safe on their own.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from db import KnowledgeBase
from db import models as m
from db.interchange.ical import export_ics, read_ics
from db.interchange.import_pipeline import apply_import, plan_import, read_file
from db.interchange.json_dump import export_json
from db.interchange.list_export import export_list, export_table
from db.interchange.vcard import export_vcards, read_vcards

FAKE_CARD = "x\r\nUID:evil\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Evil\r\nEMAIL:evil@example.com"
FAKE_EVENT = ("x\r\nUID:evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil2\r\nSUMMARY:Evil\r\n"
              "DTSTART:20240101T100000Z")
# Valid in a one-line field: what the validation layer lets in, and every exporter must carry.
ONE_LINE = 'Åsa "Q" ;semi, comma \\back\\ =cmd <script>alert(1)</script> ^n ^^ :colon'
# Valid in a note: line breaks too, and a whole fake card and event in it.
NOTE = "=cmd\n" + ONE_LINE + "\n" + FAKE_CARD.replace("\r\n", "\n") + "\n" + FAKE_EVENT.replace("\r\n", "\n")


def fresh(tmp_path: Path, name: str) -> KnowledgeBase:
    return KnowledgeBase.open(tmp_path / name, user="testare")


def import_into(kb: KnowledgeBase, path: Path):
    return apply_import(kb, plan_import(kb, read_file(path)))


def raw_update(kb: KnowledgeBase, table: str, record_id: str, **values) -> None:
    """Write values past the validation layer, as an old database could hold them."""
    columns = ", ".join(f"{name} = ?" for name in values)
    with kb.db.conn:
        kb.db.execute(f"UPDATE [{table}] SET {columns} WHERE id = ?", [*values.values(), record_id])


def contacts_of(kb: KnowledgeBase) -> list[tuple]:
    rows = []
    for contact in kb.contacts.list():
        rows.append((contact.first_name, contact.last_name, contact.title, contact.emails, contact.municipality,
                     contact.notes, sorted(kb.tags.names_for("contact", contact.id))))
    return sorted(rows)


def a_hostile_contact(kb: KnowledgeBase) -> m.Contact:
    """Åsa with a valid but hostile value in every text field that takes one, and tags."""
    contact = kb.contacts.create(m.Contact(first_name=ONE_LINE, last_name="Öberg;" + ONE_LINE, title=ONE_LINE,
                                           emails=["asa@example.se"], phones=["+46701234567"],
                                           municipality=ONE_LINE, notes=NOTE)).record
    kb.tags.tag("contact", contact.id, 'tagg;med"citat\\och<b>')
    return contact


# --- vCard ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcard_round_trip_of_hostile_text_gives_the_same_contact_and_no_other(tmp_path, version):
    source = fresh(tmp_path, "source.db")
    a_hostile_contact(source)
    path = tmp_path / "ut.vcf"
    assert export_vcards(source, path, version=version) == 1
    target = fresh(tmp_path, "target.db")
    import_into(target, path)
    assert contacts_of(target) == contacts_of(source)
    assert len(target.contacts.list()) == 1


def _stored_past_validation(kb: KnowledgeBase) -> m.Contact:
    """A contact whose id, name, e-mail, phone and title hold a fake card: values no validation
    lets in today, as a database restored from a hostile JSON export held them."""
    contact = kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg", emails=["asa@example.se"])).record
    hostile_id = "00000000-0000-4000-8000-000000000001" + FAKE_CARD
    with kb.db.conn:
        kb.db.execute("UPDATE contact SET id = ?, title = ?, phones = ?, emails = ?, municipality = ? WHERE id = ?",
                      [hostile_id, FAKE_CARD + "\x00nul", json.dumps([FAKE_CARD]),
                       json.dumps(["asa@example.se", FAKE_CARD]), "Umeå\x00" + FAKE_CARD, contact.id])
    return kb.contacts.get(hostile_id)


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcard_export_of_values_past_validation_never_makes_an_extra_card(tmp_path, version):
    source = fresh(tmp_path, "source.db")
    _stored_past_validation(source)
    path = tmp_path / "ut.vcf"
    assert export_vcards(source, path, version=version) == 1
    data = path.read_bytes()
    assert b"\x00" not in data
    lines = data.split(b"\r\n")
    assert [line for line in lines if line.upper() == b"BEGIN:VCARD"] == [b"BEGIN:VCARD"]
    assert not any(line.upper().startswith((b"UID:EVIL", b"FN:EVIL", b"EMAIL:EVIL")) for line in lines)
    result = read_vcards(path)
    assert len(result.records) == 1 and not result.rejected
    [card] = result.records
    assert card.first_name == "Åsa" and card.last_name == "Öberg"
    assert card.uid == "00000000-0000-4000-8000-000000000001" + FAKE_CARD.replace("\r\n", "\n")
    target = fresh(tmp_path, "target.db")
    import_into(target, path)
    # The validation of today may refuse the one row (its title holds line breaks): never more.
    assert [(c.first_name, c.last_name) for c in target.contacts.list()] in ([], [("Åsa", "Öberg")])
    assert not any("evil" in e for c in target.contacts.list() for e in c.emails)


# --- iCalendar ------------------------------------------------------------------------------------


def activities_of(kb: KnowledgeBase) -> list[tuple]:
    return sorted((a.title, a.starts, a.ends, a.place, a.minutes, a.kind, a.online,
                   sorted(kb.tags.names_for("activity", a.id))) for a in kb.activities.list())


def test_icalendar_round_trip_of_hostile_text_gives_the_same_activity_and_no_other(tmp_path):
    source = fresh(tmp_path, "source.db")
    activity = source.activities.create(m.Activity(title=ONE_LINE, starts="2024-03-05T10:00", ends="2024-03-05T11:30",
                                                   place=ONE_LINE, minutes=NOTE)).record
    source.tags.tag("activity", activity.id, 'tagg;med"citat\\och<b>')
    path = tmp_path / "ut.ics"
    assert export_ics(source, path) == 1
    target = fresh(tmp_path, "target.db")
    import_into(target, path)
    assert activities_of(target) == activities_of(source)
    assert len(target.activities.list()) == 1


def test_icalendar_export_of_values_past_validation_never_makes_an_extra_event(tmp_path):
    source = fresh(tmp_path, "source.db")
    activity = source.activities.create(m.Activity(title="Möte", starts="2024-03-05T10:00")).record
    person = source.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg", emails=["asa@example.se"])).record
    source.activity_links.create(m.ActivityLink(activity_id=activity.id, contact_id=person.id, role="arrangör"))
    raw_update(source, "contact", person.id, first_name=FAKE_EVENT, emails=json.dumps(["asa@example.se" + FAKE_EVENT]))
    raw_update(source, "activity", activity.id, title="Möte" + FAKE_EVENT + "\x00", place=FAKE_EVENT,
               minutes="\x00\x07" + FAKE_EVENT, kind="möte" + FAKE_EVENT)
    hostile_id = "00000000-0000-4000-8000-000000000002" + FAKE_EVENT
    columns = [row[1] for row in source.db.execute("PRAGMA table_info(activity)") if row[1] != "id"]
    with source.db.conn:
        source.db.execute(f"INSERT INTO activity (id, {', '.join(columns)}) SELECT ?, {', '.join(columns)}"
                          " FROM activity WHERE id = ?", [hostile_id, activity.id])
        source.db.execute("UPDATE activity_link SET activity_id = ? WHERE activity_id = ?", [hostile_id, activity.id])
        source.db.execute("DELETE FROM activity WHERE id = ?", [activity.id])
    path = tmp_path / "ut.ics"
    assert export_ics(source, path) == 1
    data = path.read_bytes()
    assert b"\x00" not in data and b"\x07" not in data
    lines = data.split(b"\r\n")
    assert len([line for line in lines if line == b"BEGIN:VEVENT"]) == 1
    assert not any(line.startswith((b"UID:evil", b"SUMMARY:Evil")) for line in lines)
    result = read_ics(path)
    assert len(result.records) + len(result.rejected) <= 1
    [event] = result.records
    assert event.title == "Möte" + FAKE_EVENT.replace("\r\n", "\n")
    assert event.uid == hostile_id.replace("\r\n", "\n")
    target = fresh(tmp_path, "target.db")
    import_into(target, path)
    assert [a.title for a in target.activities.list()] in ([], [event.title])
    assert [c.emails for c in target.contacts.list() if any("evil" in e for e in c.emails)] == []


# --- CSV and Excel --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_table_export_round_trip_of_hostile_text_gives_the_same_contact_and_no_other(tmp_path, fmt):
    source = fresh(tmp_path, "source.db")
    a_hostile_contact(source)
    path = tmp_path / f"kontakter.{fmt}"
    assert export_table(source, "contact", path, fmt) == 1
    target = fresh(tmp_path, "target.db")
    import_into(target, path)
    got, want = contacts_of(target), contacts_of(source)
    # A cell holds a list as "a, b": a tag with a ";" is two tags in a table file (vCard keeps it).
    assert [row[:6] for row in got] == [row[:6] for row in want]
    assert len(target.contacts.list()) == 1


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_table_export_of_values_past_validation_is_one_readable_row(tmp_path, fmt):
    source = fresh(tmp_path, "source.db")
    contact = a_hostile_contact(source)
    raw_update(source, "contact", contact.id, notes="före\x00efter\x01" + FAKE_CARD, first_name="Åsa\x00")
    path = tmp_path / f"kontakter.{fmt}"
    export_table(source, "contact", path, fmt)
    if fmt == "csv":
        text = path.read_text(encoding="utf-8-sig")
        assert "\x00" not in text and "\x01" not in text
        rows = list(csv.reader(text.splitlines(keepends=True), delimiter=";"))
        assert len(rows) == 2
    target = fresh(tmp_path, "target.db")
    import_into(target, path)
    [back] = target.contacts.list()
    assert back.first_name == "Åsa"
    assert back.notes == "föreefter" + FAKE_CARD.replace("\r\n", "\n")


def test_list_export_quotes_and_neutralises_hostile_text(tmp_path):
    source = fresh(tmp_path, "source.db")
    contact = a_hostile_contact(source)
    raw_update(source, "contact", contact.id, first_name="=cmd\x00" + FAKE_CARD)
    path = tmp_path / "lista.csv"
    export_list(source, "contact", path, "csv")
    text = path.read_text(encoding="utf-8-sig")
    assert "\x00" not in text
    rows = list(csv.reader(text.splitlines(keepends=True), delimiter=";"))
    assert len(rows) == 2
    assert all(not cell.startswith(("=", "+", "-", "@")) for cell in rows[1])


# --- JSON -----------------------------------------------------------------------------------------


def test_json_export_carries_hostile_text_exactly(tmp_path):
    source = fresh(tmp_path, "source.db")
    contact = a_hostile_contact(source)
    raw_update(source, "contact", contact.id, title=FAKE_CARD + "\x00")
    path = tmp_path / "allt.json"
    export_json(source, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    [row] = [r for r in data["tables"]["contact"] if r["id"] == contact.id] if "tables" in data else [
        r for r in data["contact"] if r["id"] == contact.id]
    assert row["title"] == FAKE_CARD + "\x00" and row["notes"] == NOTE
