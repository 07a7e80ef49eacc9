from db import models as m
from db.overview import overview
from tests.helpers import populate


def test_overview_counts_and_sums(kb):
    populate(kb)
    kb.projects.create(m.Project(title="Förstudie", kind="förberedelse", status="avslutad", start_date="2021-05-01",
                                 total_budget_sek=500_000, grant_sek=250_000))
    figures = overview(kb, today="2022-10-01")
    assert figures.counts["project"] == 2
    assert figures.projects_by_kind == {"genomförande": 1, "förberedelse": 1}
    assert figures.total_budget_sek == 2_500_000
    assert figures.grant_sek == 1_250_000
    assert figures.activities_by_kind == {"möte": 1}
    assert figures.open_follow_ups == 1
    assert figures.overdue_follow_ups == 1  # due 2022-09-20


def test_overview_for_one_year(kb):
    populate(kb)
    kb.projects.create(m.Project(title="Förstudie", kind="förberedelse", status="avslutad", start_date="2021-05-01",
                                 total_budget_sek=500_000, grant_sek=250_000))
    figures = overview(kb, year=2021)
    assert figures.projects_by_kind == {"förberedelse": 1}
    assert figures.total_budget_sek == 500_000
    assert figures.activities_by_kind == {}


def test_deleted_records_are_not_counted(kb):
    ids = populate(kb)
    kb.activities.delete(ids["activity"])
    figures = overview(kb, today="2022-10-01")
    assert figures.counts["activity"] == 0
    assert figures.open_follow_ups == 0
