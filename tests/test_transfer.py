import json
import sqlite3

import pytest

from db import KnowledgeBase
from db import models as m
from db.errors import UserError
from db.interchange.json_dump import database_is_empty, export_json, import_json, load_file
from tests.helpers import populate


def test_round_trip_is_exact(kb, tmp_path):
    populate(kb)
    kb.contacts.update(m.Contact(**{**vars(kb.contacts.list()[0]), "title": "Programchef"}))
    kb.organisations.delete(kb.organisations.list(text="Programkontoret")[0].id)
    first = tmp_path / "first.json"
    export_json(kb, first)

    target = tmp_path / "copy.db"
    with KnowledgeBase.open(target, user="annan", search=False) as copy:
        import_json(copy, load_file(first))
        second = tmp_path / "second.json"
        export_json(copy, second)
    assert first.read_bytes() == second.read_bytes()
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["tables"]["contact"][0]["emails"] == ["asa.oberg@example.se"]
    assert len(data["tables"]["change_log"]) == kb.db.execute("SELECT count(*) FROM change_log").fetchone()[0]


def test_import_keeps_soft_deleted_rows_and_clock_moves_forward(kb, tmp_path):
    populate(kb)
    org = kb.organisations.list(text="Programkontoret")[0]
    kb.organisations.delete(org.id)
    path = tmp_path / "x.json"
    export_json(kb, path)
    last = kb.db.execute("SELECT max(hlc) FROM change_log").fetchone()[0]
    with KnowledgeBase.open(tmp_path / "copy.db", search=False) as copy:
        import_json(copy, load_file(path))
        assert copy.organisations.get(org.id).deleted_at is not None
        copy.organisations.restore(org.id)
        newest = copy.db.execute("SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert newest.split(".")[0] >= last.split(".")[0]


def _write(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def export(kb, tmp_path):
    populate(kb)
    path = tmp_path / "good.json"
    export_json(kb, path)
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.pop("format"), "not a Kunskapsbanken export"),
    (lambda d: d.update(schema_version=99), "schema version 99"),
    (lambda d: d["tables"].update(bogus=[]), 'unknown table "bogus"'),
    (lambda d: d["tables"]["contact"][0].pop("last_name"), 'missing field "last_name"'),
    (lambda d: d["tables"]["contact"][0].update(shoe_size=42), 'unknown field "shoe_size"'),
    (lambda d: d["tables"]["contact"][0].update(emails=["inte-en-adress"]), "emails[0]"),
    (lambda d: d["tables"]["organisation"][0].update(org_number="202100-2933"), "org_number"),
    (lambda d: d["tables"]["project"][0].update(grant_sek=9_000_000), "grant_sek"),
    (lambda d: d["tables"]["activity"][0].update(starts="2022-02-30"), "starts"),
    (lambda d: d["tables"]["affiliation"][0].update(organisation_id="nope"), 'refers to a missing organisation'),
    (lambda d: d["tables"]["contact"].append(dict(d["tables"]["contact"][0])), "duplicate id"),
])
def test_bad_files_are_refused_with_a_message_naming_the_problem(export, tmp_path, mutate, message):
    mutate(export)
    path = _write(tmp_path / "bad.json", export)
    with pytest.raises(UserError) as info:
        load_file(path)
    assert message in str(info.value)
    assert "bad.json" in str(info.value)


def test_broken_json_names_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "kunskapsbanken",\n "tables": [}', encoding="utf-8")
    with pytest.raises(UserError, match=r"line 2, column"):
        load_file(path)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "binary.json"
    path.write_bytes(b"\xff\xfe\x00\x01garbage")
    with pytest.raises(UserError, match="not UTF-8"):
        load_file(path)


def test_database_is_empty(kb, db_path, tmp_path):
    assert database_is_empty(tmp_path / "missing.db")
    assert database_is_empty(db_path)
    populate(kb)
    assert not database_is_empty(db_path)


def test_import_failure_rolls_back_everything(kb, tmp_path, export):
    # A row that passes the file checks but breaks a database constraint at the end.
    export["tables"]["tagging"].append(dict(export["tables"]["tagging"][0], id="another-id"))
    path = _write(tmp_path / "dup.json", export)
    with KnowledgeBase.open(tmp_path / "target.db", search=False) as target:
        with pytest.raises(sqlite3.IntegrityError):
            import_json(target, load_file(path))
        assert target.contacts.count(deleted="include") == 0
        assert target.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0


def test_a_cancelled_import_writes_nothing(kb, tmp_path, export):
    import threading

    from db.interchange.json_dump import Cancelled

    path = _write(tmp_path / "good.json", export)
    cancelled = threading.Event()
    cancelled.set()
    with KnowledgeBase.open(tmp_path / "target.db", search=False) as target:
        with pytest.raises(Cancelled):
            import_json(target, load_file(path), cancelled)
        assert target.contacts.count(deleted="include") == 0
        assert target.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0
