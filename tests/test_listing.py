from db import listing
from db import models as m


def names(kb, entity, ids, key):
    return [row[key] for row in listing.rows_by_id(kb, entity, ids)]


def test_swedish_order_both_ways_with_empty_values_last(kb):
    for name, municipality in (("Örebro kommun", "Örebro"), ("Åre kommun", "Åre"), ("Zeta AB", None),
                               ("Ängelholms kommun", "Ängelholm"), ("Alfa AB", "Alingsås")):
        kb.organisations.create(m.Organisation(name=name, municipality=municipality))
    ids = listing.ordered_ids(kb, "organisation")
    assert names(kb, "organisation", ids, "name") == ["Alfa AB", "Zeta AB", "Åre kommun", "Ängelholms kommun",
                                                      "Örebro kommun"]
    ids = listing.ordered_ids(kb, "organisation", sort="municipality", descending=True)
    assert names(kb, "organisation", ids, "municipality") == ["Örebro", "Ängelholm", "Åre", "Alingsås", None]


def test_numbers_sort_as_numbers_and_filters_apply(kb):
    for title, budget, kind in (("A", 900, "förberedelse"), ("B", 10_000, "genomförande"), ("C", None, None)):
        kb.projects.create(m.Project(title=title, total_budget_sek=budget, grant_sek=0 if budget else None,
                                     kind=kind, status="pågående"))
    ids = listing.ordered_ids(kb, "project", sort="total_budget_sek", descending=True)
    assert names(kb, "project", ids, "title") == ["B", "A", "C"]
    ids = listing.ordered_ids(kb, "project", filters={"kind": "förberedelse"})
    assert names(kb, "project", ids, "title") == ["A"]


def test_contacts_sort_by_last_name_and_text_filter_folds_case(kb):
    for first, last in (("Örjan", "Andersson"), ("Anna", "Öberg"), ("Bo", "Berg")):
        kb.contacts.create(m.Contact(first_name=first, last_name=last))
    ids = listing.ordered_ids(kb, "contact")
    assert names(kb, "contact", ids, "name") == ["Örjan Andersson", "Bo Berg", "Anna Öberg"]
    assert names(kb, "contact", listing.ordered_ids(kb, "contact", text="öBERG"), "name") == ["Anna Öberg"]
