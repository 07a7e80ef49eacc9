"""Hostile JSON in a restore and in a replayed change log (issue 11, defects 5 and 7): one clear
error naming the record, field and what was expected, ids only in our UUID form, and a rejected
restore leaves no database file behind."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db import KnowledgeBase
from db.changelog_replay import InvalidEntry, read_entries, replay
from db.errors import UserError
from db.interchange.json_dump import export_data
from db.interchange.json_restore import load_file, restore_file
from tests.helpers import populate

ROOT = Path(__file__).resolve().parent.parent
EVIL_ID = "x\r\nUID:evil"


@pytest.fixture
def export(kb):
    populate(kb)
    return export_data(kb)


def _write(path: Path, data) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")  # \ud800 as an escape
    return path


def _refused(path: Path) -> UserError:
    with pytest.raises(UserError) as info:
        load_file(path)
    return info.value


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


# --- nesting ---------------------------------------------------------------------------------------------


def test_100000_levels_of_nesting_are_one_clear_error(tmp_path):
    path = _write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000)
    assert _refused(path).code == "export_too_deeply_nested"


def test_the_command_line_says_so_in_one_line_and_writes_no_database(tmp_path):
    path = _write(tmp_path / "deep.json", '{"format": "kunskapsbanken", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    result = _cli("import", str(path), "--db", str(tmp_path / "new.db"))
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "nested too deeply" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep.json"]


def test_deep_nesting_inside_a_change_log_entry_is_refused(export, tmp_path):
    export["tables"]["change_log"][0]["after"] = "[" * 50_000 + "]" * 50_000
    error = _refused(_write(tmp_path / "x.json", export))
    assert (error.code, error.params["table"], error.params["field"], error.params["reason"].code) == (
        "export_invalid_row", "change_log", "after", "too_deeply_nested")


def test_a_number_of_5000_digits_is_one_clear_error(tmp_path):
    error = _refused(_write(tmp_path / "digits.json", '{"format": ' + "9" * 5000 + "}"))
    assert error.code == "export_unreadable"


# --- types -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("table, field, value, code", [
    ("contact", "first_name", {"a": 1}, "not_text"),
    ("contact", "first_name", True, "not_text"),
    ("contact", "last_name", ["Öberg"], "not_text"),
    ("contact", "emails", "asa@example.se", "not_a_list_of_text"),
    ("contact", "emails", [{"a": 1}], "not_text"),
    ("contact", "is_staff", "ja", "not_true_or_false"),
    ("project", "total_budget_sek", [1], "not_whole_kronor"),
    ("project", "total_budget_sek", 2**63, "amount_too_large"),
    ("project", "total_budget_sek", 2**63 - 1, "amount_too_large"),
    ("project", "total_budget_sek", 1.5, "not_whole_kronor"),
    ("project", "total_budget_sek", True, "not_whole_kronor"),
    ("project", "title", 12, "not_text"),
    ("activity", "attendance", 2**63, "number_too_large"),
    ("activity", "attendance", "12", "not_a_whole_number"),
    ("activity", "starts", "9999-12-31T10:00", "date_out_of_range"),
    ("call", "year", 2**64, "year_out_of_range"),
    ("note", "text", "\ud800", "unpaired_surrogate"),
    ("contact", "created_at", {"a": 1}, "not_a_stamp"),
    ("contact", "updated_at", "igår", "not_a_stamp"),
])
def test_a_value_of_the_wrong_type_names_record_field_and_expectation(export, tmp_path, table, field, value, code):
    row = export["tables"][table][0]
    row[field] = value
    error = _refused(_write(tmp_path / "x.json", export))
    assert error.code == "export_invalid_row"
    found_field = error.params["field"].split("[")[0]
    assert (error.params["table"], error.params["row"], error.params["id"], found_field) == (table, 1, row["id"], field)
    assert error.params["reason"].code == code


@pytest.mark.parametrize("field, value, code", [
    ("author", {"a": 1}, "not_text"),
    ("seq", 2**63, "number_too_large"),
    ("seq", "1", "not_a_whole_number"),
    ("hlc", "morgon", "not_a_clock"),
    ("at", None, "not_a_stamp"),
    ("before", {"name": "x"}, "not_text"),
    ("after", "[1, 2]", "not_a_json_object"),
    ("row_id", EVIL_ID, "not_an_id"),
    ("op_id", EVIL_ID, "not_an_id"),
])
def test_a_change_log_entry_of_the_wrong_form_is_refused(export, tmp_path, field, value, code):
    export["tables"]["change_log"][0][field] = value
    error = _refused(_write(tmp_path / "x.json", export))
    assert (error.code, error.params["table"], error.params["field"], error.params["reason"].code) == (
        "export_invalid_row", "change_log", field, code)


def test_a_logged_value_beyond_the_limits_is_refused(export, tmp_path):
    entry = next(e for e in export["tables"]["change_log"] if e["entity"] == "project" and e["action"] == "create")
    entry["after"] = json.dumps({**json.loads(entry["after"]), "total_budget_sek": 2**63 - 1})
    error = _refused(_write(tmp_path / "x.json", export))
    assert (error.params["field"], error.params["reason"].code) == ("after.total_budget_sek", "amount_too_large")


# --- ids -------------------------------------------------------------------------------------------------


def test_a_restored_id_with_cr_lf_is_refused_and_the_message_stays_on_one_line(export, tmp_path):
    export["tables"]["contact"][0]["id"] = EVIL_ID
    error = _refused(_write(tmp_path / "x.json", export))
    assert (error.params["field"], error.params["reason"].code) == ("id", "not_an_id")
    assert "\r" not in str(error.message) and "\n" not in str(error.message)
    assert "\r" not in error.params["id"] and "\n" not in error.params["id"]


@pytest.mark.parametrize("value", [EVIL_ID, "ABCDEF01-2345-4678-9ABC-DEF012345678",
                                   " 3f2b0000-0000-4000-8000-000000000000", "3f2b0000000040008000000000000000", ""])
def test_references_must_be_ids_in_our_form(export, tmp_path, value):
    export["tables"]["affiliation"][0]["contact_id"] = value
    error = _refused(_write(tmp_path / "x.json", export))
    assert error.code == "export_invalid_row"
    assert error.params["reason"].code in ("not_an_id", "required")


def test_the_vcard_export_never_sees_a_hostile_id(export, tmp_path):
    export["tables"]["contact"][0]["id"] = EVIL_ID
    with pytest.raises(UserError):
        load_file(_write(tmp_path / "x.json", export))
    result = _cli("import", str(tmp_path / "x.json"), "--db", str(tmp_path / "new.db"))
    assert result.returncode == 2 and "not a record id" in result.stderr
    assert not (tmp_path / "new.db").exists()


# --- nothing half-written ----------------------------------------------------------------------------------


def _failing_at_the_end(export) -> dict:
    """Passes every check, then breaks a unique constraint at the very end of the restore."""
    tagging = export["tables"]["tagging"][0]
    export["tables"]["tagging"].append(dict(tagging, id="00000000-0000-4000-8000-0000000000aa"))
    return export


def test_a_failed_restore_into_a_new_file_leaves_nothing_behind(export, tmp_path):
    data = load_file(_write(tmp_path / "x.json", _failing_at_the_end(export)))
    folder = tmp_path / "target"
    folder.mkdir()
    with pytest.raises(sqlite3.IntegrityError):
        restore_file(folder / "new.db", data)
    assert list(folder.iterdir()) == []


def test_a_failed_restore_leaves_an_existing_empty_database_as_it_was(export, tmp_path):
    data = load_file(_write(tmp_path / "x.json", _failing_at_the_end(export)))
    target = tmp_path / "empty.db"
    KnowledgeBase.open(target, search=False).close()
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    with pytest.raises(sqlite3.IntegrityError):
        restore_file(target, data)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_a_good_restore_into_a_new_file_is_complete(export, tmp_path):
    folder = tmp_path / "target"
    folder.mkdir()
    data = load_file(_write(folder / "x.json", export))
    counts = restore_file(folder / "new.db", data, "testare")
    assert counts["contact"] == len(export["tables"]["contact"])
    with KnowledgeBase.open(folder / "new.db") as kb:
        assert export_data(kb)["tables"] == export["tables"]
        assert kb.search.search("Öberg").hits
    assert sorted(p.name for p in folder.iterdir()) == ["new.db", "new.db.index", "x.json"]


def test_a_rejected_file_on_the_command_line_leaves_no_database(export, tmp_path):
    folder = tmp_path / "target"
    folder.mkdir()
    export["tables"]["contact"][0]["first_name"] = {"a": 1}
    path = _write(folder / "x.json", export)
    result = _cli("import", str(path), "--db", str(folder / "new.db"))
    assert result.returncode == 2, result.stderr
    assert "first_name: {'a': 1} is not text" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["x.json"]


# --- the change log replayed for sharing ------------------------------------------------------------------


@pytest.mark.parametrize("mutate, field, code", [
    (lambda e: e.update(row_id=EVIL_ID), "row_id", "not_an_id"),
    (lambda e: e.update(id={"a": 1}), "id", "not_an_id"),
    (lambda e: e.update(after=json.dumps({**json.loads(e["after"]), "first_name": "\ud800"})),
     "after.first_name", "unpaired_surrogate"),
    (lambda e: e.update(after=json.dumps({**json.loads(e["after"]), "notes": "x" * 100_001})),
     "after.notes", "too_long"),
    (lambda e: e.update(hlc=["1"]), "hlc", "not_a_clock"),
])
def test_a_replayed_entry_not_in_our_form_applies_nothing(kb, tmp_path, mutate, field, code):
    populate(kb)
    entries = read_entries(kb.db)
    mutate(next(e for e in entries if e["entity"] == "contact" and e["action"] == "create"))
    with KnowledgeBase.open(tmp_path / "replica.db", search=False) as replica:
        with pytest.raises(InvalidEntry) as info:
            replay(replica, entries)
        assert (info.value.params["field"], info.value.params["reason"].code) == (field, code)
        assert "\n" not in str(info.value.message)
        assert replica.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == 0
        assert replica.contacts.count(deleted="include") == 0


def test_a_replay_of_a_good_log_still_gives_the_same_rows(kb, tmp_path):
    populate(kb)
    with KnowledgeBase.open(tmp_path / "replica.db", search=False) as replica:
        replay(replica, read_entries(kb.db))
        assert export_data(replica)["tables"]["contact"] == export_data(kb)["tables"]["contact"]
