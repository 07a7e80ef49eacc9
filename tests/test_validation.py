"""Every validation rule, good and bad values, the field named, and nothing written on error."""

from dataclasses import fields

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import Message, ValidationError
from db import models as m
from db import validation as v
from db.entities import SPECS
from db.schema import ENTITY_TABLES


def luhn_check_digit(nine: str) -> int:
    """The check digit that makes nine digits + it pass Luhn (computed here, not by stdnum)."""
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch)
        if i % 2 == 0:  # positions 1, 3, 5 ... from the left are doubled in a ten-digit number
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def table_counts(kb) -> dict[str, int]:
    return {t: kb.db.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in (*ENTITY_TABLES, "change_log")}


def errors_of(exc: pytest.ExceptionInfo) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for e in exc.value.errors:
        found.setdefault(e.field, []).append(e.message)
    return found


# --- organisationsnummer ------------------------------------------------------------------------------------


def test_luhn_helper_agrees_with_known_numbers():
    assert luhn_check_digit("202100293") == 2  # Uppsala universitet 202100-2932
    assert luhn_check_digit("212000135") == 5  # 212000-1355
    assert luhn_check_digit("556036079") == 3  # 556036-0793
    assert luhn_check_digit("201000000") == 4  # 201000-0004: Luhn-valid, third digit 1
    assert luhn_check_digit("200000000") == 6  # 200000-0006: Luhn-valid, third digit 0


@pytest.mark.parametrize(("given_", "stored"), [
    ("202100-2932", "202100-2932"),
    ("2021002932", "202100-2932"),
    (" 202100-2932 ", "202100-2932"),
    ("202100 2932", "202100-2932"),
    ("212000-1355", "212000-1355"),
    ("556036-0793", "556036-0793"),
])
def test_org_number_valid(given_, stored):
    assert v.parse_org_number(given_) == stored


@pytest.mark.parametrize("bad", [
    "202100-2933",      # wrong check digit
    "202100-2931",
    "212000-1356",
    "201000-0004",      # third digit 1, right Luhn digit: a personnummer-like number, not an organisation
    "200000-0006",      # third digit 0, right Luhn digit
    "202100-293",       # nine digits
    "202100-29322",     # eleven digits
    "16202100-2932",    # twelve-digit form is not accepted in this field
    "ABCDEF-GHIJ",
    "202100-29X2",
    "",
])
def test_org_number_invalid(bad):
    with pytest.raises(ValueError):
        v.parse_org_number(bad)


def test_org_number_third_digit_message():
    number = "201000-000" + str(luhn_check_digit("201000000"))
    with pytest.raises(ValueError) as exc:
        v.parse_org_number(number)
    assert exc.value.code == "org_number_third_digit" and exc.value.params == {"value": number}


@given(st.from_regex(r"[0-9]{2}[2-9][0-9]{6}", fullmatch=True))
def test_org_number_luhn_property(nine):
    good = luhn_check_digit(nine)
    assert v.parse_org_number(nine + str(good)) == f"{nine[:6]}-{nine[6:]}{good}"
    for wrong in range(10):
        if wrong != good:
            with pytest.raises(ValueError):
                v.parse_org_number(nine + str(wrong))


@given(st.from_regex(r"[0-9]{2}[01][0-9]{6}", fullmatch=True))
def test_org_number_third_digit_below_two_is_invalid_even_with_right_luhn(nine):
    with pytest.raises(ValueError):
        v.parse_org_number(nine + str(luhn_check_digit(nine)))


def test_organisation_org_number_error_names_field():
    rec, _ = v.validate_organisation(m.Organisation(name="Uppsala universitet", kind="lärosäte/institut",
                                                    org_number="2021002932"))
    assert rec.org_number == "202100-2932"
    with pytest.raises(ValidationError) as exc:
        v.validate_organisation(m.Organisation(name="X", org_number="202100-2933"))
    assert list(errors_of(exc)) == ["org_number"]
    assert exc.value.for_field("org_number")
    assert "org_number" in str(exc.value)


def test_organisation_required_name_and_kind():
    with pytest.raises(ValidationError) as exc:
        v.validate_organisation(m.Organisation(name="   ", kind="bolag"))
    assert set(errors_of(exc)) == {"name", "kind"}
    for kind in m.ORGANISATION_KINDS:
        v.validate_organisation(m.Organisation(name="X", kind=kind))


def test_organisation_text_is_stripped_and_blank_becomes_none():
    rec, warnings = v.validate_organisation(m.Organisation(name="  Region Uppsala ", short_name="  ", kind="region"))
    assert rec.name == "Region Uppsala"
    assert rec.short_name is None
    assert warnings == []


# --- e-mail -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("good", [
    "anna.ek@iotsverige.se", "a+b@sub.example.org", "Anna.Ek@UU.SE", "x@uu.se", "först.sist@exempel.se",
    "  anna@uu.se  ",
])
def test_email_valid(good):
    assert v.parse_email(good) == good.strip()


@pytest.mark.parametrize("bad", [
    "anna", "anna@", "@uu.se", "anna@uu", "anna ek@uu.se", "anna@uu..se", "anna@-uu.se",
    "anna@@uu.se", "anna@uu.s", "<anna@uu.se>", "anna@uu.se,bo@uu.se", "",
])
def test_email_invalid(bad):
    with pytest.raises(ValueError):
        v.parse_email(bad)


def test_contact_emails_normalised_and_deduplicated():
    rec, _ = v.validate_contact(m.Contact(first_name="Anna", emails=[" anna@uu.se", "", "ANNA@uu.se", "bo@uu.se"]))
    assert rec.emails == ["anna@uu.se", "bo@uu.se"]


def test_contact_bad_email_names_its_index():
    with pytest.raises(ValidationError) as exc:
        v.validate_contact(m.Contact(first_name="Anna", emails=["anna@uu.se", "inte en adress"]))
    assert list(errors_of(exc)) == ["emails[1]"]


def test_contact_bad_email_index_counts_blank_rows():
    # The dialog shows one row per e-mail: the error must point at the row the user typed in.
    with pytest.raises(ValidationError) as exc:
        v.validate_contact(m.Contact(first_name="Anna", emails=["", "inte en adress"]))
    assert list(errors_of(exc)) == ["emails[1]"]


# --- phone --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("given_", "e164"), [
    ("08-550 123 45", "+46855012345"),
    ("08 550 123 45", "+46855012345"),
    ("+46 8 550 123 45", "+46855012345"),
    ("0046855012345", "+46855012345"),
    ("070-123 45 67", "+46701234567"),
    ("0701234567", "+46701234567"),
    ("+46701234567", "+46701234567"),
    ("018-471 00 00", "+46184710000"),
    ("+49 30 1234567", "+49301234567"),
])
def test_phone_parsed_to_e164(given_, e164):
    assert v.parse_phone(given_) == e164


@pytest.mark.parametrize("bad", ["12", "abc", "070-123", "+46 70 123 45 67 89 01", "", "+0 123"])
def test_phone_invalid(bad):
    with pytest.raises(ValueError):
        v.parse_phone(bad)


@pytest.mark.parametrize(("e164", "shown"), [
    ("+46855012345", "08-550 123 45"),
    ("+46701234567", "070-123 45 67"),
    ("+46184710000", "018-471 00 00"),
])
def test_phone_displayed_swedish_style(e164, shown):
    assert v.format_phone(e164) == shown


def test_foreign_phone_displayed_internationally():
    assert v.format_phone("+49301234567").startswith("+49 30")
    assert v.format_phone("inte ett nummer") == "inte ett nummer"


def test_contact_phones_stored_e164_and_deduplicated():
    rec, _ = v.validate_contact(m.Contact(last_name="Ek", phones=["070-123 45 67", "+46701234567", "08-550 123 45"]))
    assert rec.phones == ["+46701234567", "+46855012345"]
    assert [v.format_phone(p) for p in rec.phones] == ["070-123 45 67", "08-550 123 45"]


def test_contact_bad_phone_names_its_index():
    with pytest.raises(ValidationError) as exc:
        v.validate_contact(m.Contact(last_name="Ek", phones=["070-123 45 67", "", "123"]))
    assert list(errors_of(exc)) == ["phones[2]"]


def test_contact_needs_a_name_and_checks_gdpr_fields():
    with pytest.raises(ValidationError) as exc:
        v.validate_contact(m.Contact(first_name=" ", last_name="", legal_basis="för att", informed_at="2022-13-01",
                                     retain_until="i morgon"))
    assert set(errors_of(exc)) == {"last_name", "legal_basis", "informed_at", "retain_until"}
    rec, _ = v.validate_contact(m.Contact(first_name="Anna", legal_basis="allmänt intresse",
                                          informed_at="2022-10-27", retain_until="2030-12-31"))
    assert (rec.first_name, rec.last_name, rec.legal_basis) == ("Anna", "", "allmänt intresse")


# --- dates --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("good", ["2022-10-27", "2024-02-29", "1999-12-31", " 2022-01-01 "])
def test_date_valid(good):
    assert v.parse_date(good) == good.strip()


@pytest.mark.parametrize("bad", [
    "2022-02-30", "2023-02-29", "2022-13-01", "2022-00-10", "2022/01/01", "2022-1-1", "22-01-01",
    "27.10.2022", "2022-10-27T10:00", "igår", "",
])
def test_date_invalid(bad):
    with pytest.raises(ValueError):
        v.parse_date(bad)


@pytest.mark.parametrize(("good", "stored"), [
    ("2022-10-27", "2022-10-27"), ("2022-10-27T14:30", "2022-10-27T14:30"),
    ("2022-10-27 14:30", "2022-10-27T14:30"), ("2022-10-27T14:30:15", "2022-10-27T14:30:15"),
])
def test_datetime_valid(good, stored):
    assert v.parse_datetime(good) == stored


@pytest.mark.parametrize("bad", ["2022-10-27T25:00", "2022-10-27T14:60", "2022-02-30T10:00", "2022/10/27 10:00",
                                 "2022-10-27T2:30", "kl 14"])
def test_datetime_invalid(bad):
    with pytest.raises(ValueError):
        v.parse_datetime(bad)


def test_project_dates_name_their_fields():
    with pytest.raises(ValidationError) as exc:
        v.validate_project(m.Project(title="P", start_date="2022-02-30", end_date="2022/01/01"))
    assert set(errors_of(exc)) == {"start_date", "end_date"}


def test_end_before_start_is_an_error_on_the_end():
    with pytest.raises(ValidationError) as exc:
        v.validate_project(m.Project(title="P", start_date="2022-06-01", end_date="2022-05-31"))
    assert list(errors_of(exc)) == ["end_date"]
    v.validate_project(m.Project(title="P", start_date="2022-06-01", end_date="2022-06-01"))
    with pytest.raises(ValidationError) as exc:
        v.validate_call(m.Call(name="C", opens="2022-03-01", closes="2022-02-01"))
    assert list(errors_of(exc)) == ["closes"]
    with pytest.raises(ValidationError) as exc:
        v.validate_affiliation(m.Affiliation(contact_id="c", organisation_id="o", from_date="2022-01-01",
                                             to_date="2021-01-01"))
    assert list(errors_of(exc)) == ["to_date"]
    with pytest.raises(ValidationError) as exc:
        v.validate_activity(m.Activity(title="Möte", starts="2022-10-27T14:00", ends="2022-10-27T13:00"))
    assert list(errors_of(exc)) == ["ends"]


# --- amounts ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("given_", "amount"), [(0, 0), (83_500_000, 83_500_000), ("1 000 000", 1_000_000),
                                                ("2500 kr", 2500)])
def test_amount_valid(given_, amount):
    assert v.parse_amount(given_) == amount


@pytest.mark.parametrize("bad", [-1, 1.5, 1000.0, True, "-5", "tio", "1,5 mkr", None, 10**19])
def test_amount_invalid(bad):
    with pytest.raises(ValueError):
        v.parse_amount(bad)


def test_format_sek():
    assert v.format_sek(83_500_000) == "83\u00a0500\u00a0000\u00a0kr"
    assert v.format_sek(0) == "0\u00a0kr"
    assert v.format_sek(None) == ""


def test_project_amount_errors_name_fields():
    with pytest.raises(ValidationError) as exc:
        v.validate_project(m.Project(title="P", total_budget_sek=-1, grant_sek="mycket"))
    assert set(errors_of(exc)) == {"total_budget_sek", "grant_sek"}


def test_grant_may_not_exceed_total_budget():
    with pytest.raises(ValidationError) as exc:
        v.validate_project(m.Project(title="P", total_budget_sek=1_000_000, grant_sek=1_000_001))
    assert list(errors_of(exc)) == ["grant_sek"]
    rec, _ = v.validate_project(m.Project(title="P", total_budget_sek=1_000_000, grant_sek=1_000_000))
    assert rec.cofinancing_sek == 0


def test_grant_error_reported_together_with_other_errors():
    # "raises ValidationError listing every problem at once"
    with pytest.raises(ValidationError) as exc:
        v.validate_project(m.Project(title="", total_budget_sek=10, grant_sek=20))
    assert set(errors_of(exc)) == {"title", "grant_sek"}


def test_cofinancing_below_half_is_a_warning_not_an_error():
    rec, warnings = v.validate_project(m.Project(title="P", total_budget_sek=1_000_000, grant_sek=600_000))
    assert rec.cofinancing_sek == 400_000
    assert warnings == [Message("low_cofinancing", {"share": 40, "minimum": 50})]


@pytest.mark.parametrize(("total", "grant"), [(1_000_000, 500_000), (1_000_000, 0), (0, 0), (1_000_000, None),
                                              (None, 500_000)])
def test_no_warning_at_half_or_more_or_unknown(total, grant):
    _, warnings = v.validate_project(m.Project(title="P", total_budget_sek=total, grant_sek=grant))
    assert warnings == []


def test_cofinancing_warning_never_says_fifty_percent():
    # 49.6 % co-financing is below the rule: the warning must not claim it is 50 %.
    _, warnings = v.validate_project(m.Project(title="P", total_budget_sek=1000, grant_sek=504))
    assert warnings == [Message("low_cofinancing", {"share": 49, "minimum": 50})]


# --- other entities' rules ----------------------------------------------------------------------------------


def test_project_choices():
    with pytest.raises(ValidationError) as exc:
        v.validate_project(m.Project(title="P", kind="hemligt", status="kanske"))
    assert set(errors_of(exc)) == {"kind", "status"}
    for kind in (None, *m.PROJECT_KINDS):
        for status in m.PROJECT_STATUSES:
            v.validate_project(m.Project(title="P", kind=kind, status=status))


def test_call_rules():
    rec, _ = v.validate_call(m.Call(name=" Utlysning 2022 ", year=2022, need_areas=[" Vatten ", "", "  "],
                                    budget_sek="10 000 000"))
    assert (rec.name, rec.need_areas, rec.budget_sek) == ("Utlysning 2022", ["Vatten"], 10_000_000)
    with pytest.raises(ValidationError) as exc:
        v.validate_call(m.Call(name="", year=1800, opens="2022-02-30", budget_sek=-5))
    assert set(errors_of(exc)) == {"name", "year", "opens", "budget_sek"}
    with pytest.raises(ValidationError) as exc:
        v.validate_call(m.Call(name="C", year="2022"))
    assert list(errors_of(exc)) == ["year"]


def test_activity_rules():
    rec, _ = v.validate_activity(m.Activity(title="Partnermöte", starts="2022-10-27 09:00", attendance=12, online=1))
    assert (rec.starts, rec.online, rec.attendance) == ("2022-10-27T09:00", True, 12)
    with pytest.raises(ValidationError) as exc:
        v.validate_activity(m.Activity(kind="lunch", title="", starts="", attendance=-1))
    assert set(errors_of(exc)) == {"kind", "title", "starts", "attendance"}
    for bad in (True, 2.5, "tolv", 10**19):
        with pytest.raises(ValidationError) as exc:
            v.validate_activity(m.Activity(title="T", starts="2022-10-27", attendance=bad))
        assert list(errors_of(exc)) == ["attendance"]


def test_network_cannot_be_its_own_parent():
    with pytest.raises(ValidationError) as exc:
        v.validate_network(m.Network(id="n1", name="Smart City Lab", parent_id="n1"))
    assert list(errors_of(exc)) == ["parent_id"]
    with pytest.raises(ValidationError) as exc:
        v.validate_network(m.Network(name=""))
    assert list(errors_of(exc)) == ["name"]


@pytest.mark.parametrize(("validate", "rec", "field"), [
    (v.validate_project_party, m.ProjectParty(project_id="p"), "organisation_id"),
    (v.validate_project_party, m.ProjectParty(project_id="p", organisation_id="o", contact_id="c"), "organisation_id"),
    (v.validate_membership, m.Membership(network_id="n"), "organisation_id"),
    (v.validate_membership, m.Membership(network_id="n", organisation_id="o", contact_id="c"), "organisation_id"),
    (v.validate_activity_link, m.ActivityLink(activity_id="a"), "contact_id"),
    (v.validate_activity_link, m.ActivityLink(activity_id="a", contact_id="c", project_id="p"), "contact_id"),
    (v.validate_project_party, m.ProjectParty(project_id="p", contact_id="c", role="chef"), "role"),
    (v.validate_activity_link, m.ActivityLink(activity_id="a", contact_id="c", role="åskådare"), "role"),
    (v.validate_affiliation, m.Affiliation(organisation_id="o"), "contact_id"),
    (v.validate_affiliation, m.Affiliation(contact_id="c"), "organisation_id"),
    (v.validate_follow_up, m.FollowUp(activity_id="a", text=" "), "text"),
    (v.validate_follow_up, m.FollowUp(activity_id="a", text="Ring", due="2022-02-30"), "due"),
    (v.validate_follow_up, m.FollowUp(text="Ring"), "activity_id"),
    (v.validate_note, m.Note(entity_type="contact", entity_id="c", text=""), "text"),
    (v.validate_note, m.Note(entity_type="", entity_id="c", text="t"), "entity_type"),
    (v.validate_tag, m.Tag(name=""), "name"),
    (v.validate_tag, m.Tag(name="x" * 61), "name"),
    (v.validate_tagging, m.Tagging(tag_id="t", entity_type="contact"), "entity_id"),
])
def test_link_rules_name_the_field(validate, rec, field):
    with pytest.raises(ValidationError) as exc:
        validate(rec)
    assert field in errors_of(exc)


def test_exactly_one_target_accepts_each_single_target():
    for target in ("contact_id", "organisation_id", "project_id", "network_id"):
        v.validate_activity_link(m.ActivityLink(activity_id="a", **{target: "x"}))
    for target in ("contact_id", "organisation_id"):
        v.validate_project_party(m.ProjectParty(project_id="p", **{target: "x"}))
        v.validate_membership(m.Membership(network_id="n", **{target: "x"}))
    v.validate_tag(m.Tag(name="x" * 60))


def test_validators_do_not_change_the_callers_record():
    rec = m.Organisation(name="  Uppsala  ", org_number="2021002932")
    clean, _ = v.validate_organisation(rec)
    assert rec.name == "  Uppsala  " and rec.org_number == "2021002932"
    assert clean is not rec


def test_validation_error_lists_every_problem():
    exc = ValidationError([v.FieldError("name", "name is required"), v.FieldError("kind", "bad")])
    assert str(exc) == "name: name is required; kind: bad"
    assert exc.for_field("kind") == ["bad"]
    assert exc.for_field("other") == []
    assert isinstance(exc, ValueError)


# --- nothing is written when anything is invalid ------------------------------------------------------------


INVALID = [
    ("organisations", m.Organisation(name="X", org_number="202100-2933")),
    ("organisations", m.Organisation(name="")),
    ("contacts", m.Contact(first_name="Anna", emails=["anna@uu.se", "fel"])),
    ("contacts", m.Contact(first_name="Anna", phones=["1"])),
    ("calls", m.Call(name="C", closes="2022/01/01")),
    ("projects", m.Project(title="P", total_budget_sek=100, grant_sek=101)),
    ("projects", m.Project(title="P", start_date="2022-02-30")),
    ("projects", m.Project(title="P", call_id="ingen-sådan")),
    ("networks", m.Network(name="N", parent_id="ingen-sådan")),
    ("activities", m.Activity(title="T", starts="2022-02-30")),
    ("tags", m.Tag(name="x" * 61)),
    ("notes", m.Note(entity_type="contact", entity_id="ingen-sådan", text="hej")),
]


@pytest.mark.parametrize(("service", "rec"), INVALID)
def test_invalid_create_writes_nothing(kb, service, rec):
    kb.organisations.create(m.Organisation(name="Finns"))
    before = table_counts(kb)
    with pytest.raises(ValidationError):
        getattr(kb, service).create(rec)
    assert table_counts(kb) == before


def test_invalid_update_writes_nothing(kb):
    saved = kb.projects.create(m.Project(title="P", total_budget_sek=100, grant_sek=50)).record
    before = table_counts(kb)
    stored_before = kb.projects.get(saved.id)
    bad = m.Project(**{**vars(saved), "title": "Nytt namn", "grant_sek": 101})
    with pytest.raises(ValidationError) as exc:
        kb.projects.update(bad)
    assert list(errors_of(exc)) == ["grant_sek"]
    assert table_counts(kb) == before
    assert kb.projects.get(saved.id) == stored_before


def test_warning_comes_back_from_the_service_and_the_row_is_written(kb):
    saved = kb.projects.create(m.Project(title="P", total_budget_sek=100, grant_sek=80))
    assert saved.warnings == [Message("low_cofinancing", {"share": 20, "minimum": 50})]
    assert kb.projects.get(saved.record.id).grant_sek == 80
    _, warnings = kb.projects.validate(m.Project(title="P", total_budget_sek=100, grant_sek=80))
    assert warnings == saved.warnings


def test_normalised_values_are_what_is_stored(kb):
    saved = kb.contacts.create(m.Contact(first_name=" Anna ", last_name="Ek", phones=["070-123 45 67"],
                                         emails=[" anna@uu.se "])).record
    stored = kb.contacts.get(saved.id)
    assert (stored.first_name, stored.phones, stored.emails) == ("Anna", ["+46701234567"], ["anna@uu.se"])
    org = kb.organisations.create(m.Organisation(name="UU", org_number="2021002932")).record
    assert kb.organisations.get(org.id).org_number == "202100-2932"


# --- hypothesis: arbitrary text never raises anything but ValidationError -----------------------------------


def text_record(spec):
    """The entity's dataclass with arbitrary text in every field (lists of text in list fields)."""
    kw = {}
    for f in fields(spec.cls):
        if f.name in spec.json_fields:
            kw[f.name] = st.one_of(st.lists(st.text(max_size=30), max_size=3), st.text(max_size=10))
        else:
            kw[f.name] = st.text(max_size=40)
    return st.builds(spec.cls, **kw)


INT_FIELDS = ("year", "budget_sek", "total_budget_sek", "grant_sek", "attendance")
CHOICES = {
    ("organisation", "kind"): m.ORGANISATION_KINDS, ("project", "kind"): m.PROJECT_KINDS,
    ("activity", "kind"): m.ACTIVITY_KINDS, ("project", "status"): m.PROJECT_STATUSES,
    ("contact", "legal_basis"): m.LEGAL_BASES,
}
DATE_FIELDS = ("opens", "closes", "decision_by", "start_date", "end_date", "starts", "ends", "informed_at",
               "retain_until")
WORDS = st.text(alphabet=st.characters(categories=("L", "N", "Zs")), min_size=1, max_size=20).filter(str.strip)


def mostly(valid, other):
    """About three draws in four from `valid`."""
    return st.one_of(valid, valid, valid, other)


def typed_record(spec):
    """Each field with a value of its own type, mostly valid, extremes included: what an import could hand over."""
    kw = {}
    for f in fields(spec.cls):
        if f.name in m.SYSTEM_FIELDS:
            continue
        if f.name in spec.json_fields:
            kw[f.name] = st.just([])
        elif f.name in spec.bool_fields:
            kw[f.name] = st.booleans()
        elif f.name in INT_FIELDS:
            kw[f.name] = st.one_of(st.none(), st.integers(), st.integers(min_value=0, max_value=2100),
                                   st.sampled_from([2**63 - 1, 2**63, 10**20, -(2**63) - 1]),
                                   st.booleans(), st.text(max_size=12))
        elif (spec.table, f.name) in CHOICES:
            kw[f.name] = mostly(st.sampled_from(CHOICES[spec.table, f.name]), st.text(max_size=12))
        elif f.name in DATE_FIELDS:
            kw[f.name] = mostly(st.dates().map(str), st.text(max_size=12))
        else:
            kw[f.name] = mostly(WORDS, st.one_of(st.none(), st.text(max_size=30)))
    return st.builds(spec.cls, **kw)


@pytest.mark.parametrize("table", sorted(SPECS))
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_validators_raise_only_validation_error_for_text(table, data):
    spec = SPECS[table]
    rec = data.draw(text_record(spec))
    try:
        clean, warnings = spec.validate(rec)
    except ValidationError as exc:
        assert exc.errors and all(e.field for e in exc.errors)
        return
    assert isinstance(warnings, list)
    assert isinstance(clean, spec.cls)


@pytest.mark.parametrize("parser", [v.parse_org_number, v.parse_email, v.parse_phone, v.parse_date,
                                    v.parse_datetime, v.parse_amount])
@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40))
def test_single_value_parsers_raise_only_value_error(parser, text):
    try:
        parser(text)
    except ValueError:
        pass


@pytest.mark.parametrize("table", ["organisation", "contact", "call", "project", "network", "activity"])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_whatever_validates_can_be_written(kb, table, data):
    """A record either fails validation with nothing written, or is stored as validated."""
    service = kb.service(table)
    rec = data.draw(st.one_of(text_record(SPECS[table]), typed_record(SPECS[table])))
    rec.id = None
    before = table_counts(kb)
    try:
        saved = service.create(rec)
    except ValidationError:
        assert table_counts(kb) == before
        return
    stored = service.get(saved.record.id)
    assert stored == saved.record
