"""Concurrent imports: plan and apply are one serialised unit against the database's state.

Two or four processes importing one vCard file at once leave exactly what one import leaves (no
duplicate contact, e-mail, organisation, link or tag), and the later ones report what they did
("0 new, 50 unchanged"). In process, a plan made before another connection's import and applied
after it writes nothing twice, for vCard, iCalendar and CSV files; the user's decisions about
possible duplicates carry over to the re-plan by incoming record, and a decision the database no
longer allows (its merge target deleted) ends in a skipped row and a warning. Test data is invented
(example.se addresses only).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from db import KnowledgeBase
from db import models as m
from db.interchange.import_pipeline import ImportReport, apply_import, plan_import, read_file

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"
CARDS = 50

FIRST = ("Anna Bengt Cecilia David Elin Fredrik Greta Hugo Ingrid Johan Karin Lars Maja Nils Olga Per Rut Sven Tora "
         "Ulf Vera Wilhelm Yvonne Åke Ebba Björn Dagny Egon Frida Gustav Hedda Isak Judit Konrad Linnea Magnus Nora "
         "Oskar Petra Rasmus Signe Tage Ulla Viktor Agnes Birger Doris Erland Filippa Harald").split()
LAST = ("Andersson Bergqvist Carlberg Dahlin Ekholm Falk Grahn Holmér Isaksson Jonsäter Kvist Lundmark Mörner Nyblom "
        "Olofsgård Pihl Ramstedt Sandahl Tegnér Ullberg Vinge Westling Zetterlund Åhlén Öhrvall Asplund Brink "
        "Cronstedt Dufva Edgren Forsell Gyllen Hallgren Irving Jernberg Kronlund Lagerkvist Malmsten Norling Ottosson "
        "Palmér Rehn Sjöberg Thorsell Uggla Valdén Wrede Yngve Zorn Ågren").split()
ORGS = ("Testbolaget Alfa AB", "Beta kommun", "Gamma förening", "Delta region", "Epsilon AB", "Zeta stiftelse",
        "Eta labb")
EXISTING_ORG = "Beta kommun"  # the database holds it before the import: contacts link to it, none is created


def email(i: int) -> str:
    return f"person{i}@example.se"


def write_cards(path: Path, count: int = CARDS) -> Path:
    """`count` cards, every seventh in the same organisation, some with a phone and a tag."""
    cards = []
    for i in range(count):
        first, last = FIRST[i % len(FIRST)], LAST[(i * 7 + i // len(LAST)) % len(LAST)]
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{first} {last}", f"N:{last};{first};;;", f"EMAIL:{email(i)}",
                 f"ORG:{ORGS[i % len(ORGS)]}", "TITLE:Utvecklingsledare"]
        if i % 2 == 0:
            lines.append(f"TEL;TYPE=WORK:08-555 {i:03d} {i % 100:02d}")
        if i % 5 == 0:
            lines.append("CATEGORIES:Nätverket")
        cards.append("\r\n".join([*lines, "END:VCARD"]) + "\r\n")
    path.write_text("".join(cards), encoding="utf-8")
    return path


def prepare(db_path: Path) -> None:
    """A database that already holds one organisation of the file and one of its people (without a
    title, so the import updates them). Its search index is built here: processes that all find
    it missing build it at once while others write to it, a race of its own and not this file's subject."""
    with KnowledgeBase.open(db_path, user="förälder") as kb:
        org = kb.organisations.create(m.Organisation(name=EXISTING_ORG, kind="kommun")).record
        kb.contacts.create(m.Contact(first_name=FIRST[1], last_name=LAST[7], emails=[email(1)],
                                     legal_basis="avtal"))
        kb.organisations.create(m.Organisation(name="Orelaterad förening", kind="förening"))
        assert org.id


def copy_database(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


TABLES = ("contact", "organisation", "affiliation", "tag", "tagging", "activity", "activity_link", "project", "call")


def summary(db_path: Path) -> dict[str, object]:
    """What a database holds, without ids and times: live rows per table, every e-mail, phone and
    organisation name (as multisets, so a duplicate shows)."""
    conn = sqlite3.connect(db_path)
    try:
        live = {t: conn.execute(f"SELECT count(*) FROM [{t}] WHERE deleted_at IS NULL").fetchone()[0] for t in TABLES}
        emails: Counter[str] = Counter()
        phones: Counter[str] = Counter()
        for row_emails, row_phones in conn.execute("SELECT emails, phones FROM contact WHERE deleted_at IS NULL"):
            emails.update(json.loads(row_emails))
            phones.update(json.loads(row_phones))
        orgs = Counter(r[0] for r in conn.execute("SELECT name FROM organisation WHERE deleted_at IS NULL"))
        titles = Counter(r[0] for r in conn.execute("SELECT title FROM activity WHERE deleted_at IS NULL"))
        projects = Counter(r[0] for r in conn.execute("SELECT title FROM project WHERE deleted_at IS NULL"))
        calls = Counter(r[0] for r in conn.execute("SELECT name FROM call WHERE deleted_at IS NULL"))
    finally:
        conn.close()
    return {"live": live, "emails": emails, "phones": phones, "orgs": orgs, "activities": titles,
            "projects": projects, "calls": calls}


def assert_no_duplicates(state: dict[str, object]) -> None:
    for key in ("emails", "phones", "orgs", "activities", "projects", "calls"):
        twice = {value: n for value, n in state[key].items() if n > 1}
        assert not twice, f"duplicate {key}: {twice}"


def one_import(tmp_path: Path, start: Path, source: Path) -> dict[str, object]:
    """What a single import of `source` into a copy of `start` leaves."""
    reference = copy_database(start, tmp_path / "reference.db")
    with KnowledgeBase.open(reference, user="referens", search=False) as kb:
        apply_import(kb, plan_import(kb, read_file(source)), backup=False)
    return summary(reference)


# --- real processes, started together -----------------------------------------------------------------------

CHILD = r"""
import sys, time
from pathlib import Path
root, mode, db, source, folder = sys.argv[1:6]
sys.path.insert(0, root)
folder = Path(folder)

def wait_for(name):
    while not (folder / name).exists():
        time.sleep(0.002)

if mode == "cli":
    from cli.main import main
    print("ready", flush=True)
    wait_for("go")
    sys.exit(main(["import", source, "--db", db, "--user", "barn"]))

from db import KnowledgeBase
from db.interchange import import_pipeline as importing
print("ready", flush=True)
wait_for("go")
with KnowledgeBase.open(db, user="barn") as kb:
    plan = importing.plan_import(kb, importing.read_file(Path(source)))
    print("planned", flush=True)
    wait_for("apply")  # every process has planned against the same state before any writes
    report = importing.apply_import(kb, plan)
print(f"created={report.created} updated={report.updated} unchanged={report.unchanged} "
      f"organisations={report.organisations_created} links={report.links_created}", flush=True)
"""


def start_children(mode: str, count: int, db_path: Path, source: Path, folder: Path) -> list[subprocess.Popen]:
    folder.mkdir()
    children = [subprocess.Popen([sys.executable, "-c", CHILD, str(ROOT), mode, str(db_path), str(source), str(folder)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
                for _ in range(count)]
    for child in children:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
    (folder / "go").touch()
    if mode == "api":
        for child in children:
            assert child.stdout.readline().strip() == "planned", child.stderr.read()
        (folder / "apply").touch()
    return children


def finish(children: list[subprocess.Popen]) -> list[str]:
    outputs = []
    for child in children:
        out, err = child.communicate(timeout=180)
        assert child.returncode == 0, err
        assert "Traceback" not in err, err
        outputs.append(out)
    return outputs


def reported(line: str) -> dict[str, int]:
    return {k: int(v) for k, v in (part.split("=") for part in line.split())}


@pytest.mark.slow
@pytest.mark.parametrize("count", [2, 4])
def test_processes_that_planned_together_import_once(tmp_path, count):
    """Every process plans against the same database, then they all write: the first writes the
    file, the others find it there and write nothing."""
    start, source = tmp_path / "kb.db", write_cards(tmp_path / "kontakter.vcf")
    prepare(start)
    want = one_import(tmp_path, start, source)
    children = start_children("api", count, start, source, tmp_path / "barrier")
    reports = [reported(out.strip().splitlines()[-1]) for out in finish(children)]
    got = summary(start)
    assert got == want
    assert_no_duplicates(got)
    assert got["live"]["contact"] == CARDS + 0 and got["live"]["organisation"] == len(ORGS) + 1
    first = [r for r in reports if r["created"]]
    assert len(first) == 1 and first[0]["created"] == CARDS - 1 and first[0]["organisations"] == len(ORGS) - 1
    for later in (r for r in reports if not r["created"]):
        assert later == {"created": 0, "updated": 0, "unchanged": CARDS, "organisations": 0, "links": 0}


@pytest.mark.slow
@pytest.mark.parametrize("count", [2, 4])
def test_command_line_imports_started_together(tmp_path, count):
    """`main.py import` in several processes at once, as a user who double-clicks would start them."""
    start, source = tmp_path / "kb.db", write_cards(tmp_path / "kontakter.vcf")
    prepare(start)
    want = one_import(tmp_path, start, source)
    outputs = finish(start_children("cli", count, start, source, tmp_path / "barrier"))
    got = summary(start)
    assert got == want
    assert_no_duplicates(got)
    done = [line for out in outputs for line in out.splitlines() if line.startswith("imported into")]
    nothing = [out for out in outputs if "nothing to write" in out]
    assert len(done) + len(nothing) == count
    assert sum(f" {CARDS - 1} new," in line for line in done) == 1
    assert all(" 0 new," in line for line in done if f" {CARDS - 1} new," not in line)


# --- in process: a plan made before another connection's import -----------------------------------------------


def project_table(tmp_path: Path) -> Path:
    path = tmp_path / "projekt.csv"
    path.write_text("Titel;Diarienummer;Status;Koordinator;Utlysning\n"
                    "Smart belysning;2024-01;sökt;Testbolaget Alfa AB;Hållbar stad 2024\n"
                    "Vatten i staden;2024-02;beviljad;Ny Koordinator AB;Hållbar stad 2024\n"
                    "Cykelvägar;;pågående;Ny Koordinator AB;Ny utlysning\n", encoding="utf-8")
    return path


SOURCES = {
    "vcard": lambda tmp: write_cards(tmp / "kontakter.vcf", 20),
    "vcard-google": lambda _tmp: FIXTURES / "google_30.vcf",
    "icalendar": lambda _tmp: FIXTURES / "google_invite.ics",
    "icalendar-recurring": lambda _tmp: FIXTURES / "recurring.ics",
    "csv-contacts": lambda _tmp: FIXTURES / "outlook_sv.csv",
    "csv-organisations": lambda _tmp: FIXTURES / "excel_semicolon.csv",
    "csv-projects": project_table,
}


@pytest.mark.parametrize("kind", sorted(SOURCES))
def test_plan_made_before_another_import_writes_nothing_twice(tmp_path, kind):
    start, source = tmp_path / "kb.db", SOURCES[kind](tmp_path)
    prepare(start)
    want = one_import(tmp_path, start, source)
    with KnowledgeBase.open(start, user="ett", search=False) as first, \
            KnowledgeBase.open(start, user="två", search=False) as second:
        early = plan_import(first, read_file(source))
        assert early.counts()["new"] > 0
        apply_import(second, plan_import(second, read_file(source)), backup=False)
        report = apply_import(first, early, backup=False)
    got = summary(start)
    assert got == want
    assert_no_duplicates(got)
    assert (report.created, report.organisations_created) == (0, 0)


def test_report_of_a_replanned_import_says_what_it_did(tmp_path):
    start, source = tmp_path / "kb.db", write_cards(tmp_path / "kontakter.vcf", 10)
    prepare(start)
    with KnowledgeBase.open(start, user="ett", search=False) as first, \
            KnowledgeBase.open(start, user="två", search=False) as second:
        early = plan_import(first, read_file(source))
        assert early.counts() == {"new": 9, "update": 1, "unchanged": 0, "duplicate": 0, "rejected": 0}
        apply_import(second, plan_import(second, read_file(source)), backup=False)
        report: ImportReport = apply_import(first, early, backup=False)
    assert (report.created, report.updated, report.unchanged, report.links_created) == (0, 0, 10, 0)
    assert report.ids == [] and report.op_id is None  # nothing written, nothing to undo
    assert [w.code for w in report.warnings] == ["import_replanned"]
    assert early.counts()["new"] == 9  # the caller's plan (what the preview showed) is left as it was


# --- the user's decisions about possible duplicates --------------------------------------------------------------


def card(first: str, last: str, mail: str, org: str = "Region Uppsala") -> str:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{first} {last}\r\nN:{last};{first};;;\r\nEMAIL:{mail}\r\n"
            f"ORG:{org}\r\nEND:VCARD\r\n")


@pytest.fixture
def resembling(tmp_path):
    """A database with Åsa Öberg and Bo Ek at Region Uppsala, and a file with Cecilia Ny (new), Asa
    Oberg and Bo Eek (each only a possible duplicate: similar names in the same organisation, other
    e-mails)."""
    db_path = tmp_path / "kb.db"
    with KnowledgeBase.open(db_path, user="förälder", search=False) as kb:
        org = kb.organisations.create(m.Organisation(name="Region Uppsala", kind="region")).record
        ids = {}
        for first, last, mail in (("Åsa", "Öberg", "asa@example.se"), ("Bo", "Ek", "bo@example.se")):
            contact = kb.contacts.create(m.Contact(first_name=first, last_name=last, emails=[mail],
                                                   legal_basis="avtal")).record
            kb.affiliations.create(m.Affiliation(contact_id=contact.id, organisation_id=org.id))
            ids[first] = contact.id
    source = tmp_path / "kort.vcf"
    source.write_text(card("Cecilia", "Ny", "cecilia@example.se") + card("Asa", "Oberg", "asa.o@example.se")
                      + card("Bo", "Eek", "bo.eek@example.se"), encoding="utf-8")
    return db_path, source, ids


def rows_by_name(plan) -> dict[str, object]:
    return {row.label: row for row in plan.rows}


def test_decisions_carry_over_to_the_replan(resembling):
    """The user chose per row; meanwhile another window imported Cecilia Ny. The re-plan keeps each
    row's decision (keyed by the incoming record): Asa Oberg new, Bo Eek merged into Bo Ek."""
    db_path, source, ids = resembling
    with KnowledgeBase.open(db_path, user="ett", search=False) as first, \
            KnowledgeBase.open(db_path, user="två", search=False) as second:
        plan = plan_import(first, read_file(source))
        rows = rows_by_name(plan)
        assert (rows["Asa Oberg"].status, rows["Asa Oberg"].existing_id) == ("duplicate", ids["Åsa"])
        assert (rows["Bo Eek"].status, rows["Bo Eek"].existing_id) == ("duplicate", ids["Bo"])
        rows["Asa Oberg"].decision, rows["Bo Eek"].decision = "new", "update"
        other = plan_import(second, read_file(source))  # its duplicates skipped, as by default
        assert apply_import(second, other, backup=False).created == 1
        report = apply_import(first, plan, backup=False)
        assert (report.created, report.updated, report.unchanged) == (1, 1, 1)
        names = sorted(c.full_name for c in first.contacts.list())
        assert names == ["Asa Oberg", "Bo Ek", "Cecilia Ny", "Åsa Öberg"]
        assert first.contacts.get(ids["Bo"]).emails == ["bo@example.se", "bo.eek@example.se"]


def test_merge_target_deleted_meanwhile_skips_the_row_with_a_warning(resembling):
    db_path, source, ids = resembling
    with KnowledgeBase.open(db_path, user="ett", search=False) as first, \
            KnowledgeBase.open(db_path, user="två", search=False) as second:
        plan = plan_import(first, read_file(source))
        row = rows_by_name(plan)["Asa Oberg"]
        row.decision = "update"
        line = row.line
        second.contacts.delete(ids["Åsa"])
        report = apply_import(first, plan, backup=False)
        assert (report.created, report.updated, report.skipped_duplicates) == (1, 0, 2)
        assert [(w.code, w.params) for w in report.warnings if w.code != "import_replanned"] == [
            ("import_target_gone", {"line": line})]
        assert first.contacts.get(ids["Åsa"]).deleted_at  # not brought back, not merged into
        assert sorted(c.full_name for c in first.contacts.list()) == ["Bo Ek", "Cecilia Ny"]


def test_import_as_new_twice_at_once_creates_it_once(resembling):
    """Both windows chose "new" for Asa Oberg; the second finds the first's Asa Oberg (the same
    e-mail) and does not create her again."""
    db_path, source, _ids = resembling
    with KnowledgeBase.open(db_path, user="ett", search=False) as first, \
            KnowledgeBase.open(db_path, user="två", search=False) as second:
        plans = {kb: plan_import(kb, read_file(source)) for kb in (first, second)}
        for plan in plans.values():
            plan.set_all_duplicates("new")
        reports = [apply_import(kb, plans[kb], backup=False) for kb in (second, first)]
        assert [r.created for r in reports] == [3, 0]
        assert reports[1].unchanged == 3
        names = Counter(c.full_name for c in first.contacts.list())
        assert max(names.values()) == 1 and len(names) == 5


def test_decision_about_an_earlier_row_of_the_same_file_carries_over(tmp_path):
    """Bo Eek resembles Bo Ek two lines above in the same file; the user merges them. After another
    program changed the database, the re-plan still merges them into the one new record."""
    db_path, source = tmp_path / "kb.db", tmp_path / "kort.vcf"
    prepare(db_path)
    source.write_text(card("Bo", "Ek", "bo@example.se") + card("Cecilia", "Ny", "cecilia@example.se")
                      + card("Bo", "Eek", "bo.eek@example.se"), encoding="utf-8")
    with KnowledgeBase.open(db_path, user="ett", search=False) as first, \
            KnowledgeBase.open(db_path, user="två", search=False) as second:
        plan = plan_import(first, read_file(source))
        row = rows_by_name(plan)["Bo Eek"]
        assert row.status == "duplicate" and row.reason.code == "resembles_line"
        row.decision = "update"
        second.contacts.create(m.Contact(first_name="Dora", last_name="Annan", legal_basis="avtal"))
        report = apply_import(first, plan, backup=False)
        assert (report.created, report.updated) == (2, 1)
        (bo,) = [c for c in first.contacts.list() if c.first_name == "Bo"]
        assert bo.emails == ["bo@example.se", "bo.eek@example.se"]


def test_unchanged_database_applies_the_plan_as_shown(tmp_path):
    """Nothing committed between plan and apply: the plan is applied as it is (no second planning),
    with the ids the plan gave its new records."""
    start, source = tmp_path / "kb.db", write_cards(tmp_path / "kontakter.vcf", 10)
    prepare(start)
    with KnowledgeBase.open(start, user="ett", search=False) as kb:
        plan = plan_import(kb, read_file(source))
        planned = [row.record.id for row in plan.rows if row.status == "new"]
        report = apply_import(kb, plan)
    assert [i for i in report.ids if i in set(planned)] == planned
    assert report.warnings == []

