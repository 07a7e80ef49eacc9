"""The benchmark data generator: right counts, reproducible, valid, and never real contact data."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest

from bench import generate as gen
from bench import names
from db import models as m
from db.connection import open_database
from db.schema import ENTITY_TABLES
from db.services import KnowledgeBase
from db.validation import parse_org_number, parse_phone
from tests.changelog_replay import differences

SMALL = {"contacts": 200, "organisations": 50, "projects": 20, "activities": 300}
MAIN_TABLES = {"contacts": "contact", "organisations": "organisation", "projects": "project", "activities": "activity"}
SWEDISH_LETTERS = set("åäöÅÄÖ")


def open_kb(path: Path) -> KnowledgeBase:
    return KnowledgeBase(open_database(path), user="bench")


def generate_into(path: Path, seed: int = 7, **options) -> dict[str, int]:
    with open_kb(path) as kb:
        return gen.generate(kb, **SMALL, seed=seed, **options)


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows without the timestamps, and the change log without its ids and clocks."""
    with sqlite3.connect(path) as conn:
        out = {}
        for table in ENTITY_TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")
                       if r[1] not in ("created_at", "updated_at")]
            out[table] = conn.execute(f"SELECT {', '.join(columns)} FROM [{table}] ORDER BY rowid").fetchall()
        out["change_log"] = conn.execute(
            "SELECT author, entity, row_id, action, before, after FROM change_log ORDER BY seq").fetchall()
    return out


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("generated") / "kb.db"
    return path, generate_into(path)


@pytest.fixture
def small_kb(small_db):
    with open_kb(small_db[0]) as kb:
        yield kb


def rows(kb: KnowledgeBase, table: str) -> list[m.Record]:
    return kb.service(table).list(deleted="include")


# --- counts and shape --------------------------------------------------------------------------


def test_main_counts_are_the_ones_asked_for(small_db, small_kb):
    _, written = small_db
    for option, table in MAIN_TABLES.items():
        assert written[table] == SMALL[option]
    for table, count in written.items():
        assert small_kb.service(table).count(deleted="include") == count
    assert small_kb.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == sum(written.values())


def test_links_are_there_in_the_proportions_of_the_design(small_db):
    _, written = small_db
    assert SMALL["contacts"] <= written["affiliation"] <= 2 * SMALL["contacts"]
    assert 2 * SMALL["projects"] <= written["project_party"] <= 5 * SMALL["projects"]
    assert SMALL["activities"] <= written["activity_link"] <= 4 * SMALL["activities"]
    assert 0.1 * SMALL["activities"] < written["follow_up"] < 0.3 * SMALL["activities"]
    assert written["call"] >= gen.LAST_YEAR - gen.FIRST_YEAR + 1
    assert written["note"] == sum(SMALL[k] for k in ("contacts", "organisations", "projects")) // 3
    assert written["network"] >= 3 and written["membership"] > 0 and written["tagging"] > 0


def test_every_contact_has_one_or_two_affiliations(small_kb):
    counts = small_kb.db.execute(
        "SELECT count(a.id) FROM contact c LEFT JOIN affiliation a ON a.contact_id = c.id GROUP BY c.id").fetchall()
    assert {n for (n,) in counts} <= {1, 2}


def test_zero_sizes_give_an_empty_but_valid_run(db_path):
    with open_kb(db_path) as kb:
        written = gen.generate(kb, contacts=0, organisations=0, projects=0, activities=0)
    assert written.get("contact", 0) == written.get("activity", 0) == 0


# --- reproducible ----------------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_rows(small_db, db_path):
    generate_into(db_path)
    assert dump(db_path) == dump(small_db[0])


def test_another_seed_gives_other_rows(small_db, db_path):
    generate_into(db_path, seed=8)
    assert dump(db_path)["contact"] != dump(small_db[0])["contact"]


def test_batches_and_the_service_path_write_the_same_rows(small_db, tmp_path):
    generate_into(tmp_path / "batches.db", batch_rows=97)
    generate_into(tmp_path / "services.db", via_services=True)
    expected = dump(small_db[0])
    assert dump(tmp_path / "batches.db") == expected
    assert dump(tmp_path / "services.db") == expected


def test_one_operation_per_batch(tmp_path):
    written = generate_into(tmp_path / "kb.db", batch_rows=500)
    with sqlite3.connect(tmp_path / "kb.db") as conn:
        ops = conn.execute("SELECT count(DISTINCT op_id) FROM change_log").fetchone()[0]
    assert ops == -(-sum(written.values()) // 500)


# --- valid by the data layer's own rules -------------------------------------------------------------


def test_foreign_keys_and_entity_references_hold(small_kb):
    assert small_kb.db.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in ("note", "tagging"):
        for entity, entity_id in small_kb.db.execute(f"SELECT entity_type, entity_id FROM {table}"):
            assert small_kb.service(entity).exists(entity_id), (table, entity, entity_id)


def test_every_row_passes_the_services_validation_unchanged(small_kb):
    for table in ENTITY_TABLES:
        service = small_kb.service(table)
        for rec in rows(small_kb, table):
            clean, _ = service.validate(rec)
            assert clean == rec


def test_every_row_has_its_create_entry_in_the_change_log(small_kb):
    for table in ENTITY_TABLES:
        entries = {row_id: json.loads(after) for row_id, after in small_kb.db.execute(
            "SELECT row_id, after FROM change_log WHERE entity = ? AND action = 'create'", [table])}
        records = rows(small_kb, table)
        assert len(entries) == len(records)
        for rec in records:
            assert entries[rec.id] == {name: getattr(rec, name) for name in m.data_fields(type(rec))}


def test_the_change_log_alone_rebuilds_every_row(small_kb):
    """What another computer replaying the log gets: the same rows (the bulk path writes both)."""
    assert differences(small_kb) == []


def test_the_service_path_replays_to_the_same_rows(tmp_path):
    generate_into(tmp_path / "services.db", via_services=True)
    with open_kb(tmp_path / "services.db") as kb:
        assert differences(kb) == []


def test_each_batch_is_the_operation_its_listeners_hear_of(db_path):
    """The entries of a batch carry the op id of the transaction that wrote them."""
    heard: list[str | None] = []
    with open_kb(db_path) as kb:
        kb.subscribe(lambda _changes: heard.append(kb.last_op_id))
        gen.generate(kb, contacts=30, organisations=10, projects=3, activities=20, batch_rows=50)
        logged = [r[0] for r in kb.db.execute("SELECT op_id FROM change_log GROUP BY op_id ORDER BY min(seq)")]
    assert logged == heard


def test_listeners_hear_about_every_row(db_path):
    heard: dict[str, set[str]] = {}
    with open_kb(db_path) as kb:
        kb.subscribe(lambda changes: [heard.setdefault(e, set()).update(ids) for e, ids in changes.entities.items()])
        written = gen.generate(kb, contacts=30, organisations=10, projects=3, activities=20, batch_rows=50)
    assert {entity: len(ids) for entity, ids in heard.items()} == written


def test_organisation_numbers_are_valid_and_distinct(small_kb):
    numbers = [o.org_number for o in rows(small_kb, "organisation") if o.org_number]
    assert numbers and len(set(numbers)) == len(numbers)
    for number in numbers:
        assert parse_org_number(number) == number


def test_luhn_check_digit():
    assert gen.luhn_check_digit("212000014") == 2  # 212000-0142
    assert parse_org_number(f"556036-079{gen.luhn_check_digit('556036079')}")


# --- never anyone's real contact data ------------------------------------------------------------------


def test_fiction_ranges_all_validate():
    mobile, fixed = gen.fiction_phone_numbers()
    assert len(mobile) == 95 and [len(area) for area in fixed] == [100] * 4


def test_phones_are_e164_valid_and_reserved_for_fiction(small_kb):
    mobile, fixed = gen.fiction_phone_numbers()
    fiction = {parse_phone(p) for p in mobile + [p for area in fixed for p in area]}
    phones = [p for c in rows(small_kb, "contact") for p in c.phones]
    assert phones
    for phone in phones:
        assert re.fullmatch(r"\+46\d{7,10}", phone)
        assert parse_phone(phone) == phone
        assert phone in fiction


def _reserved(domain: str) -> bool:
    return domain in names.RESERVED_EMAIL_DOMAINS or domain.endswith(f".{names.RESERVED_TLD}")


def test_email_addresses_and_websites_are_at_reserved_domains(small_kb):
    emails = [e for c in rows(small_kb, "contact") for e in c.emails]
    assert emails and all(_reserved(e.rsplit("@", 1)[1]) for e in emails)
    websites = [o.website for o in rows(small_kb, "organisation") if o.website]
    assert websites and all(_reserved(re.sub(r"^https?://", "", w).split("/")[0]) for w in websites)


def test_names_are_swedish(small_kb):
    contacts = rows(small_kb, "contact")
    assert any(SWEDISH_LETTERS & set(c.first_name + c.last_name) for c in contacts)
    assert any(SWEDISH_LETTERS & set(o.name) for o in rows(small_kb, "organisation"))


def test_all_290_municipalities_with_their_counties():
    assert len(names.MUNICIPALITIES) == 290
    assert len({name for name, _ in names.MUNICIPALITIES}) == 290
    assert len(names.MUNICIPALITIES_BY_COUNTY) == 21
    assert gen.municipality_org_name("Eskilstuna") == "Eskilstuna kommun"
    assert gen.municipality_org_name("Linköping") == "Linköpings kommun"


def test_minutes_are_about_sixty_words_of_swedish(small_kb):
    minutes = [a.minutes for a in rows(small_kb, "activity") if a.kind == "möte" and a.minutes]
    words = [len(text.split()) for text in minutes]
    assert 50 <= sum(words) / len(words) <= 80


# --- refusing ------------------------------------------------------------------------------------------


def test_a_database_with_data_is_refused(small_kb):
    with pytest.raises(gen.NotEmptyError):
        gen.generate(small_kb, **SMALL)


def test_cli_refuses_a_non_empty_database_in_one_line_and_leaves_it_alone(small_db, capsys):
    path = small_db[0]

    def state():
        # A read-only look at a WAL database may leave its (derived, empty) -wal/-shm files behind.
        files = sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(("-wal", "-shm")))
        return path.read_bytes(), files

    before = state()
    assert gen.main(["--db", str(path), "--contacts", "1"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not empty" in err[0]
    assert state() == before


@pytest.mark.parametrize("argv", [["--contacts", "-5"], ["--activities", "many"]])
def test_cli_refuses_bad_counts_in_one_line(db_path, capsys, argv):
    with pytest.raises(SystemExit) as exit_info:
        gen.main(["--db", str(db_path), *argv])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Traceback" not in err[0]
    assert not db_path.exists()


def test_cli_refuses_a_file_that_is_not_a_database(tmp_path, capsys):
    path = tmp_path / "notes.db"
    path.write_text("not a database\n" * 100)
    assert gen.main(["--db", str(path)]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_cli_reports_time_rate_and_counts(db_path, capsys):
    argv = ["--db", str(db_path), "--contacts", "20", "--organisations", "5", "--projects", "2", "--activities", "10"]
    assert gen.main(argv) == 0
    out = capsys.readouterr().out
    assert "rows/s" in out and re.search(r"contact\s+20\b", out) and "change_log" in out
