"""Swedish collation (CLDR sv): ... x y z å ä ö, case-insensitive, ü as y, æ as ä, ø as ö."""

import functools
import itertools
import sqlite3
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import models as m
from db.collation import COLLATION, register, sv_compare, sv_key, sv_sorted


def sign(n: int) -> int:
    return (n > 0) - (n < 0)


# --- sv_key / sv_compare ------------------------------------------------------------------------------------


def test_swedish_letters_come_after_z_in_order():
    assert sv_compare("Åre", "Ängelholm") < 0
    assert sv_compare("Ängelholm", "Örebro") < 0
    assert sv_compare("Åre", "Örebro") < 0
    assert sv_compare("Zinkgruvan", "Åre") < 0
    letters = list("öäåzyxcba")
    assert sv_sorted(letters) == list("abcxyzåäö")


def test_town_names_sort_the_swedish_way():
    towns = ["Örebro", "Ystad", "Åre", "Malmö", "Ängelholm", "Zinkgruvan", "Alingsås", "Västerås"]
    assert sv_sorted(towns) == ["Alingsås", "Malmö", "Västerås", "Ystad", "Zinkgruvan", "Åre", "Ängelholm", "Örebro"]


def test_swedish_letters_are_not_the_plain_letters():
    # Malmö is not Malmo: ö is a letter of its own, it sorts after every o-word.
    assert sv_key("Malmö") != sv_key("Malmo")
    assert sv_sorted(["Malmö", "Malmz", "Malmo"]) == ["Malmo", "Malmz", "Malmö"]
    assert sv_key("å") != sv_key("a")
    assert sv_key("ä") != sv_key("a")


def test_case_insensitive():
    assert sv_key("ÅRE") == sv_key("åre")
    assert sv_key("Anna") == sv_key("anna")
    # Upper case does not jump ahead of lower case as it does in code point order.
    assert sv_sorted(["bertil", "Cecilia", "anna", "Östen", "åke"]) == ["anna", "bertil", "Cecilia", "åke", "Östen"]
    assert sv_compare("b", "A") > 0
    assert sv_compare("Ö", "å") > 0


def test_equivalent_letters():
    assert sv_key("ü") == sv_key("y")
    assert sv_key("Ü") == sv_key("y")
    assert sv_key("æ") == sv_key("ä")
    assert sv_key("Æ") == sv_key("ä")
    assert sv_key("ø") == sv_key("ö")
    assert sv_key("Ø") == sv_key("ö")
    # Müller sorts as Myller: after Myh..., before Myz...
    assert sv_sorted(["Myz", "Müller", "Myh"]) == ["Myh", "Müller", "Myz"]
    # Søren sorts as Sören: after Sz, before the next letter-after-ö.
    assert sv_sorted(["Søren", "Szabo", "Sören", "Sa"])[:2] == ["Sa", "Szabo"]
    assert sv_sorted(["Ærø", "Zorn", "Ärla"])[0] == "Zorn"


def test_other_accents_are_ignored():
    assert sv_key("é") == sv_key("e")
    assert sv_key("Ångström") != sv_key("Angstrom")
    assert sv_sorted(["Eva", "Éric", "Ebba"]) == ["Ebba", "Éric", "Eva"]


def test_composed_and_decomposed_are_the_same_letter():
    composed = "Å"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert sv_key(composed) == sv_key(decomposed)
    assert sv_compare("Zeta", decomposed) < 0


def test_empty_and_none():
    assert sv_key(None) == ""
    assert sv_key("") == ""
    assert sv_compare(None, None) == 0
    assert sv_compare("", "a") < 0
    assert sv_compare("a", None) > 0


def test_equal_under_collation_still_ordered():
    # Case-only differences are equal keys but the order stays total and stable.
    assert sv_compare("anna", "Anna") != 0
    assert sv_compare("anna", "Anna") == -sv_compare("Anna", "anna")
    assert sv_compare("Anna", "Anna") == 0


# --- hypothesis: a total order consistent with sv_key -------------------------------------------------------

swedish_text = st.text(alphabet=st.sampled_from(list("aAbzZåÅäÄöÖüÜæøéeyY -")), max_size=6)
any_text = st.one_of(swedish_text, st.text(max_size=8))


@given(any_text, any_text)
def test_compare_antisymmetric_and_consistent_with_key(a, b):
    ab, ba = sv_compare(a, b), sv_compare(b, a)
    assert sign(ab) == -sign(ba)
    assert (ab == 0) == (a == b)
    if sv_key(a) < sv_key(b):
        assert ab < 0
    elif sv_key(a) > sv_key(b):
        assert ab > 0


@given(any_text, any_text, any_text)
def test_compare_transitive(a, b, c):
    if sv_compare(a, b) <= 0 and sv_compare(b, c) <= 0:
        assert sv_compare(a, c) <= 0
    if sv_compare(a, b) < 0 and sv_compare(b, c) < 0:
        assert sv_compare(a, c) < 0


@settings(max_examples=200)
@given(st.lists(any_text, max_size=12))
def test_sorting_with_compare_agrees_with_sv_sorted(items):
    by_compare = sorted(items, key=functools.cmp_to_key(sv_compare))
    assert by_compare == sv_sorted(items)
    for earlier, later in itertools.pairwise(by_compare):
        assert sv_key(earlier) <= sv_key(later)


@given(st.lists(any_text, min_size=1, max_size=10))
def test_sqlite_collation_agrees_with_python(items):
    conn = sqlite3.connect(":memory:")
    register(conn)
    conn.execute("CREATE TABLE t (name TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [(x,) for x in items])
    rows = [r[0] for r in conn.execute(f"SELECT name FROM t ORDER BY name COLLATE {COLLATION}")]
    conn.close()
    assert rows == sv_sorted(items)


# --- through the database: ORDER BY ... COLLATE sv in Service.list ------------------------------------------


NAMES = ["Örebro kommun", "Ystads kommun", "Åre kommun", "ängelholms kommun", "Zinkgruvan AB",
         "xylofon AB", "Malmö stad", "Müllers bageri", "Myrorna", "Ærø kommune", "Östen AB",
         "Alingsås kommun", "alfa AB"]
EXPECTED = ["alfa AB", "Alingsås kommun", "Malmö stad", "Müllers bageri", "Myrorna", "xylofon AB",
            "Ystads kommun", "Zinkgruvan AB", "Åre kommun", "ängelholms kommun", "Ærø kommune",
            "Örebro kommun", "Östen AB"]


def test_expected_order_is_swedish():
    # The expectation itself, checked letter by letter so it cannot drift.
    assert sv_sorted(NAMES) == EXPECTED


def test_service_list_sorts_organisations_swedish(kb):
    for name in NAMES:
        kb.organisations.create(m.Organisation(name=name))
    listed = [o.name for o in kb.organisations.list()]
    assert listed == EXPECTED
    assert [o.name for o in kb.organisations.list(sort="name", descending=True)] == EXPECTED[::-1]


def test_service_list_sorts_contacts_by_last_then_first_name(kb):
    people = [("Östen", "Åberg"), ("Anna", "Öberg"), ("Bo", "Zetterlund"), ("Åsa", "Åberg"),
              ("Cecilia", "andersson"), ("Ärla", "Åberg")]
    for first, last in people:
        kb.contacts.create(m.Contact(first_name=first, last_name=last))
    listed = [(c.last_name, c.first_name) for c in kb.contacts.list()]
    assert listed == [("andersson", "Cecilia"), ("Zetterlund", "Bo"), ("Åberg", "Åsa"), ("Åberg", "Ärla"),
                      ("Åberg", "Östen"), ("Öberg", "Anna")]


def test_collation_is_registered_on_the_connection(kb):
    rows = kb.db.execute(
        "SELECT value FROM (SELECT 'Örebro' AS value UNION ALL SELECT 'Åre' UNION ALL SELECT 'Ängelholm'"
        " UNION ALL SELECT 'zeta') ORDER BY value COLLATE sv"
    ).fetchall()
    assert [r[0] for r in rows] == ["zeta", "Åre", "Ängelholm", "Örebro"]


@pytest.mark.parametrize(("a", "b"), [("x", "y"), ("y", "z"), ("z", "å"), ("å", "ä"), ("ä", "ö")])
def test_alphabet_tail_pairwise(a, b):
    assert sv_compare(a, b) < 0
    assert sv_compare(a.upper(), b) < 0
    assert sv_compare(a, b.upper()) < 0
