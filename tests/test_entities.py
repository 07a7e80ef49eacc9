"""The entity registry (db/entities.py): every description is complete and true of the real schema."""

from pathlib import Path

import pytest

from db import KnowledgeBase
from db import models as m
from db.entities import ACTIVITY_TARGETS, MAIN_ENTITIES, SPECS, column_label
from db.listing import COLUMNS, DEFAULT_SORT, ordered_ids, rows_by_id, tables_read
from db.record_details import title_of
from db.schema import ENTITY_TABLES

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


@pytest.fixture
def kb(tmp_path):
    with KnowledgeBase.open(tmp_path / "kb.db", "test", search=False) as kb:
        yield kb


def _one_of_each(kb) -> dict[str, str]:
    org = kb.organisations.create(m.Organisation(name="Region Uppsala", kind="region")).record
    ids = {
        "organisation": org.id,
        "contact": kb.contacts.create(m.Contact(first_name="Åsa", last_name="Öberg")).record.id,
        "call": kb.calls.create(m.Call(name="Utlysning 2021", year=2021)).record.id,
        "project": kb.projects.create(m.Project(title="Smarta vattenmätare", coordinator_id=org.id)).record.id,
        "network": kb.networks.create(m.Network(name="Smart City Lab")).record.id,
        "activity": kb.activities.create(m.Activity(title="Almedalen", starts="2022-07-01")).record.id,
    }
    return ids


def test_the_registry_describes_every_table_of_the_schema():
    assert set(SPECS) == set(ENTITY_TABLES)
    assert MAIN_ENTITIES == ("contact", "organisation", "project", "network", "activity", "call")
    assert set(ACTIVITY_TARGETS) == {"contact", "organisation", "project", "network"}


@pytest.mark.parametrize("entity", MAIN_ENTITIES)
def test_a_main_entity_has_labels_an_icon_a_title_and_columns(entity):
    spec = SPECS[entity]
    assert spec.singular.sv and spec.singular.en and spec.plural.sv and spec.plural.en
    assert (ICONS / f"{spec.icon}.svg").is_file()
    assert spec.title_sql and spec.columns
    keys = [c.key for c in spec.columns]
    assert len(keys) == len(set(keys))
    assert spec.default_sort[0] in keys
    for column in spec.columns:
        assert column.label.sv and column.label.en, column.key


def test_titles_in_sql_and_in_python_agree(kb):
    for entity, row_id in _one_of_each(kb).items():
        record = kb.service(entity).get(row_id)
        assert title_of(kb, entity, row_id) == SPECS[entity].title(record) != ""


def test_every_list_column_runs_and_sorts_on_a_real_database(kb):
    ids = _one_of_each(kb)
    assert set(COLUMNS) == set(MAIN_ENTITIES) == set(DEFAULT_SORT)
    for entity, row_id in ids.items():
        rows = rows_by_id(kb, entity, [row_id])
        assert [r["id"] for r in rows] == [row_id]
        assert set(rows[0]) >= {c.key for c in SPECS[entity].columns}
        for column in SPECS[entity].columns:
            assert ordered_ids(kb, entity, sort=column.key) == [row_id]


def test_a_column_reads_the_same_in_every_list():
    assert column_label("kind", "sv") == "Typ" and column_label("kind", "en") == "Kind"
    assert column_label("email", "sv") == "E-post"
    assert column_label("no_such_column", "sv") == "no_such_column"


def test_a_list_knows_every_table_its_columns_read():
    assert tables_read("contact") == {"contact", "affiliation", "organisation"}
    assert tables_read("project") == {"project", "call", "organisation"}
    assert tables_read("network") == {"network", "organisation", "membership"}
    assert tables_read("call") == {"call"}
