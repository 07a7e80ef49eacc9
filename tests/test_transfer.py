import json
import sqlite3

import pytest

from db import KnowledgeBase
from db import models as m
from db.errors import Message, UserError
from db.interchange.json_dump import export_data, export_json
from db.interchange.json_restore import database_is_empty, import_json, load_file
from tests.changelog_replay import differences
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


def _invalid(table: str, field: str, code: str) -> dict:
    return {"table": table, "row": 1, "field": field, "reason_code": code}


@pytest.mark.parametrize("mutate, code, params", [
    (lambda d: d.pop("format"), "not_a_kunskapsbanken_export", {"format": "kunskapsbanken"}),
    (lambda d: d.update(schema_version=99), "export_schema_version", {"version": "99"}),
    (lambda d: d["tables"].update(bogus=[]), "export_unknown_table", {"table": "bogus"}),
    (lambda d: d["tables"]["contact"][0].pop("last_name"), "export_missing_key",
     {"table": "contact", "row": 1, "key": "last_name"}),
    (lambda d: d["tables"]["contact"][0].update(shoe_size=42), "export_unknown_key",
     {"table": "contact", "row": 1, "key": "shoe_size"}),
    (lambda d: d["tables"]["contact"][0].update(emails=["inte-en-adress"]), "export_invalid_row",
     _invalid("contact", "emails[0]", "invalid_email")),
    (lambda d: d["tables"]["organisation"][0].update(org_number="202100-2933"), "export_invalid_row",
     _invalid("organisation", "org_number", "org_number_check_digit")),
    (lambda d: d["tables"]["project"][0].update(grant_sek=9_000_000), "export_invalid_row",
     _invalid("project", "grant_sek", "grant_exceeds_budget")),
    (lambda d: d["tables"]["activity"][0].update(starts="2022-02-30"), "export_invalid_row",
     _invalid("activity", "starts", "not_a_calendar_datetime")),
    (lambda d: d["tables"]["affiliation"][0].update(organisation_id="00000000-0000-4000-8000-000000000009"),
     "export_missing_reference",
     {"table": "affiliation", "row": 1, "key": "organisation_id", "target_entity": "organisation"}),
    (lambda d: d["tables"]["contact"].append(dict(d["tables"]["contact"][0])), "export_duplicate_key",
     {"table": "contact", "key": "id"}),
])
def test_bad_files_are_refused_with_a_message_naming_the_problem(export, tmp_path, mutate, code, params):
    mutate(export)
    path = _write(tmp_path / "bad.json", export)
    with pytest.raises(UserError) as info:
        load_file(path)
    found = dict(info.value.params)
    if "reason_code" in params:
        found["reason_code"] = found.pop("reason").code
    assert info.value.code == code
    assert {k: found[k] for k in params} == params
    assert found["path"] == str(path)


def test_broken_json_names_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "kunskapsbanken",\n "tables": [}', encoding="utf-8")
    with pytest.raises(UserError) as info:
        load_file(path)
    assert info.value.code == "export_invalid_json"
    assert (info.value.params["path"], info.value.params["line"], info.value.params["column"]) == (str(path), 2, 13)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "binary.json"
    path.write_bytes(b"\xff\xfe\x00\x01garbage")
    with pytest.raises(UserError) as info:
        load_file(path)
    assert info.value.message == Message("export_not_utf8", {"path": str(path), "byte": 0})


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(UserError) as info:
        load_file(tmp_path / "saknas.json")
    assert info.value.message == Message("export_file_missing", {"path": str(tmp_path / "saknas.json")})


def test_database_is_empty(kb, db_path, tmp_path):
    assert database_is_empty(tmp_path / "missing.db")
    assert database_is_empty(db_path)
    populate(kb)
    assert not database_is_empty(db_path)


def test_import_failure_rolls_back_everything(kb, tmp_path, export):
    # A row that passes the file checks but breaks a database constraint at the end.
    export["tables"]["tagging"].append(dict(export["tables"]["tagging"][0], id="00000000-0000-4000-8000-00000000000a"))
    path = _write(tmp_path / "dup.json", export)
    with KnowledgeBase.open(tmp_path / "target.db", search=False) as target:
        with pytest.raises(sqlite3.IntegrityError):
            import_json(target, load_file(path))
        assert target.contacts.count(deleted="include") == 0
        assert target.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0


def test_a_cancelled_import_writes_nothing(kb, tmp_path, export):
    import threading

    from db.interchange.cancellation import Cancelled

    path = _write(tmp_path / "good.json", export)
    cancelled = threading.Event()
    cancelled.set()
    with KnowledgeBase.open(tmp_path / "target.db", search=False) as target:
        with pytest.raises(Cancelled):
            import_json(target, load_file(path), cancelled)
        assert target.contacts.count(deleted="include") == 0
        assert target.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0


# --- the change log after a restore -----------------------------------------------------------------------


def _log(kb) -> list[tuple]:
    sql = "SELECT id, hlc, action, entity, row_id, before, after FROM change_log ORDER BY seq"
    return kb.db.execute(sql).fetchall()


@pytest.fixture
def source(kb):
    """A knowledge base that went through creates, an edit, a soft delete and links; and its log."""
    populate(kb)
    kb.contacts.update(m.Contact(**{**vars(kb.contacts.list()[0]), "title": "Programchef"}))
    kb.organisations.delete(kb.organisations.list(text="Programkontoret")[0].id)
    return kb


def test_a_restore_from_a_complete_log_adds_no_entry(source, tmp_path):
    path = tmp_path / "export.json"
    export_json(source, path)
    with KnowledgeBase.open(tmp_path / "copy.db", search=False) as copy:
        import_json(copy, load_file(path))
        assert _log(copy) == _log(source)  # the exported history, verbatim
        assert differences(copy) == []


@pytest.mark.parametrize("kept", ["none", "contacts dropped", "updates dropped", "a restore not logged"])
def test_after_a_restore_every_row_can_be_rebuilt_from_the_change_log(source, tmp_path, kept):
    """An export whose log does not describe every row (an older export, rows written by a path that
    bypassed the log): the restore writes what another computer needs to get the same rows."""
    data = export_data(source)
    log = data["tables"]["change_log"]
    data["tables"]["change_log"] = {
        "none": [],
        "contacts dropped": [e for e in log if e["entity"] != "contact"],
        "updates dropped": [e for e in log if e["action"] not in ("update", "delete")],
        "a restore not logged": log,
    }[kept]
    if kept == "a restore not logged":  # the log says deleted, the row is live
        [deleted] = [row for row in data["tables"]["organisation"] if row["deleted_at"]]
        deleted["deleted_at"] = None
    path = _write(tmp_path / "partial.json", data)
    with KnowledgeBase.open(tmp_path / "copy.db", user="återställare", search=False) as copy:
        import_json(copy, load_file(path))
        assert differences(copy) == []
        exported = {entry["id"] for entry in data["tables"]["change_log"]}
        held = {row[0] for row in _log(copy)}
        assert exported <= held  # the export's own entries are kept
        entries = copy.db.execute_returning_dicts("SELECT * FROM change_log")
        added = [e for e in entries if e["id"] not in exported]
        assert added and {e["action"] for e in added} <= {"import", "update", "delete", "restore"}
        # each added entry carries its row's own author and time (a replay gives the row the same stamp)
        stamps = {(t, r["id"]): (r["updated_by"], r["updated_at"]) for t, rs in data["tables"].items()
                  if t != "change_log" for r in rs}
        assert all((e["author"], e["at"]) == stamps[(e["entity"], e["row_id"])] for e in added)
        assert "återställare" not in {e["author"] for e in added} and len({e["op_id"] for e in added}) == 1
        history = [e["hlc"] for e in entries if e["id"] in exported]
        assert not history or min(e["hlc"] for e in added) > max(history)  # after the history, in clock order
        # the restored rows themselves are exactly the export's
        again = export_data(copy)["tables"]
    assert {t: rows for t, rows in again.items() if t != "change_log"} == {
        t: rows for t, rows in data["tables"].items() if t != "change_log"}
