"""Sync rounds between real databases sharing one folder (issue 12): three computers that each
make different edits converge to the same data after two rounds each; an edit reaches the
others; a round repeated changes nothing; a join builds the same data; a kill -9 anywhere in a
round leaves a state the next round completes, nothing applied twice. Test data is invented."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from db import models as m
from db.sharing import state
from db.sharing.errors import SharingRefused
from db.sharing.rounds import CRASH_ENV, create_share, join_share, sync_round
from db.sharing.status import share_status
from tests.helpers import populate
from tests.test_sharing_helpers import FAST, PASSPHRASE, differences, open_kb, shared_data

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def office(tmp_path):
    """A (populated, the share's creator), B and C joined; returns (a, b, c, folder, ids)."""
    a = open_kb(tmp_path / "a.db", "Anna")
    ids = populate(a)
    folder = tmp_path / "share"
    create_share(a, folder, PASSPHRASE, kdf_n=FAST)
    for name in ("b", "c"):
        join_share(tmp_path / f"{name}.db", folder, PASSPHRASE, user=name, search=False)
    b, c = open_kb(tmp_path / "b.db", "Bertil"), open_kb(tmp_path / "c.db", "Cecilia")
    yield a, b, c, folder, ids
    for kb in (a, b, c):
        kb.close()


def assert_converged(*kbs) -> None:
    first = shared_data(kbs[0])
    for other in kbs[1:]:
        found = differences(first, shared_data(other))
        assert not found, f"{len(found)} differences:\n" + "\n".join(found[:30])


def test_a_join_builds_the_same_data(office):
    a, b, c, _, _ = office
    assert_converged(a, b, c)
    assert b.contacts.get(c.contacts.list()[0].id).last_name == "Öberg"


def test_three_computers_editing_apart_converge(office):
    a, b, c, folder, ids = office
    # A: a new person linked to the organisation; B: an edit of the project and of a contact's
    # title; C: the same contact's phone (another field), a tag and a soft delete
    with a.batch():
        person = a.contacts.create(m.Contact(first_name="Nils", last_name="Holm")).record
        a.affiliations.create(m.Affiliation(contact_id=person.id, organisation_id=ids["org"], role="analytiker"))
    b.projects.update(replace(b.projects.get(ids["project"]), status="avslutad", total_budget_sek=2_500_000))
    b.contacts.update(replace(b.contacts.get(ids["contact"]), title="Programchef"))
    c.contacts.update(replace(c.contacts.get(ids["contact"]), phones=["070-174 06 99"]))
    c.tags.tag("organisation", ids["org"], "lärosäte")
    c.organisations.delete(ids["child_org"])
    for _ in range(2):
        for kb in (a, b, c):
            sync_round(kb, folder)
    assert_converged(a, b, c)
    got = a.contacts.get(ids["contact"])
    assert (got.title, got.phones) == ("Programchef", ["+46701740699"])  # both edits kept
    assert c.affiliations.list({"contact_id": person.id})
    assert b.organisations.get(ids["child_org"]).deleted_at is not None
    assert b.tags.names_for("organisation", ids["org"]) == ["lärosäte"]


def test_the_newest_edit_of_a_field_wins_everywhere(office):
    a, b, c, folder, ids = office
    b.contacts.update(replace(b.contacts.get(ids["contact"]), title="Först"))
    c.contacts.update(replace(c.contacts.get(ids["contact"]), title="Sist"))  # later clock
    for kb in (c, a, b, c, a, b):  # any order
        sync_round(kb, folder)
    assert {kb.contacts.get(ids["contact"]).title for kb in (a, b, c)} == {"Sist"}
    assert_converged(a, b, c)


def test_a_round_repeated_changes_nothing(office):
    a, b, _, folder, ids = office
    a.contacts.update(replace(a.contacts.get(ids["contact"]), title="Ny titel"))
    sync_round(a, folder)
    sync_round(b, folder)
    before, files = shared_data(b), sorted(p.name for p in (folder / "changes").rglob("*.kbc"))
    for _ in range(2):
        report = sync_round(b, folder)
        assert (report.sent_entries, report.applied, report.received_files) == (0, 0, [])
    assert shared_data(b) == before
    assert sorted(p.name for p in (folder / "changes").rglob("*.kbc")) == files


def test_rows_that_refer_to_rows_not_arrived_wait(office, tmp_path):
    a, b, c, folder, ids = office
    org = a.organisations.create(m.Organisation(name="Sensorbolaget AB", kind="företag")).record
    sync_round(a, folder)
    sync_round(b, folder)
    b.affiliations.create(m.Affiliation(contact_id=ids["contact"], organisation_id=org.id))
    sync_round(b, folder)
    held = tmp_path / "held.kbc"
    a_file = folder / "changes" / a.device_id / f"{state.get_int(a.db, 'sent_file'):08d}.kbc"
    a_file.rename(held)  # C sees B's link before A's organisation
    report = sync_round(c, folder)
    assert report.waiting and not c.affiliations.list({"organisation_id": org.id})
    held.rename(a_file)
    report = sync_round(c, folder)
    assert report.waiting == [] and c.affiliations.list({"organisation_id": org.id})
    sync_round(a, folder)
    assert_converged(a, b, c)


def test_join_refuses_a_database_that_holds_data(office, tmp_path):
    _, _, _, folder, _ = office
    with open_kb(tmp_path / "demo.db", "d") as other:
        other.contacts.create(m.Contact(first_name="Demo", last_name="Data"))
    with pytest.raises(SharingRefused) as caught:
        join_share(tmp_path / "demo.db", folder, PASSPHRASE, search=False)
    assert caught.value.code == "share_join_needs_empty_database"


def test_a_database_not_joined_is_refused(office, tmp_path):
    _, _, _, folder, _ = office
    with open_kb(tmp_path / "alone.db", "x") as alone:
        with pytest.raises(SharingRefused) as caught:
            sync_round(alone, folder)
    assert caught.value.code == "share_not_joined"


def test_the_search_index_follows_a_round(tmp_path, office):
    a, _, _, folder, _ = office
    with open_kb(tmp_path / "b.db", "b", search=True) as b:
        a.contacts.create(m.Contact(first_name="Sökbar", last_name="Indexsson"))
        sync_round(a, folder)
        sync_round(b, folder)
        assert [h.title for h in b.search.search("Indexsson", as_you_type=False).hits] == ["Sökbar Indexsson"]


def test_the_status_tells_how_far_each_computer_is(office):
    a, b, _, folder, _ = office
    a.contacts.create(m.Contact(first_name="Väntar", last_name="Ut"))
    status = share_status(a)
    assert status["waiting_to_send"] == 1
    sync_round(a, folder)
    theirs = {d["device"]: d for d in share_status(b)["devices"]}
    assert theirs[a.device_id]["behind"] == 1 and theirs[a.device_id]["author"] == "Anna"
    sync_round(b, folder)
    sync_round(a, folder)
    mine = {d["device"]: d for d in share_status(a)["devices"]}
    assert mine[b.device_id]["ours_behind"] == 0 and share_status(b)["devices"]


# --- kill -9 in the middle of a round ------------------------------------------------------------------

CHILD = """
import sys
sys.path.insert(0, {root!r})
from db import KnowledgeBase
from db.sharing.rounds import sync_round
with KnowledgeBase.open(sys.argv[1], user="barn", search=False) as kb:
    sync_round(kb, sys.argv[2], batch=2)
print("done", flush=True)
"""


def round_in_child(db: Path, folder: Path, crash: str | None) -> int:
    env = {**os.environ}
    env.pop(CRASH_ENV, None)
    if crash:
        env[CRASH_ENV] = crash
    done = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT)), str(db), str(folder)], env=env,
                          capture_output=True, text=True, timeout=120)
    return done.returncode


@pytest.mark.slow
@pytest.mark.parametrize("crash", ["after_send_file", "before_apply_commit", "after_apply_commit",
                                   "after_device_file"])
def test_a_kill_in_the_middle_of_a_round_is_completed_by_the_next(office, tmp_path, crash):
    a, b, c, folder, _ids = office
    for i in range(5):
        b.contacts.create(m.Contact(first_name="Från", last_name=f"B{i}"))
    sync_round(b, folder)
    for i in range(5):
        a.contacts.create(m.Contact(first_name="Från", last_name=f"A{i}"))
    a.close()
    assert round_in_child(tmp_path / "a.db", folder, crash) == -9
    assert round_in_child(tmp_path / "a.db", folder, None) == 0
    with open_kb(tmp_path / "a.db", "Anna") as again:
        for kb in (c, b, c):
            sync_round(kb, folder)
        assert_converged(again, b, c)
        count = again.db.execute("SELECT count(*), count(DISTINCT id) FROM change_log").fetchone()
        assert count[0] == count[1] == c.db.execute("SELECT count(*) FROM change_log").fetchone()[0]
        assert len(again.contacts.list()) == len(c.contacts.list()) == 11
        numbers = sorted(int(p.stem) for p in (folder / "changes" / again.device_id).glob("*.kbc"))
        assert numbers == list(range(1, len(numbers) + 1))  # no file written twice, no gap


@pytest.mark.slow
def test_a_kill_while_creating_the_share_is_completed(tmp_path):
    code = ("import sys; sys.path.insert(0, {root!r})\n"
            "from db import KnowledgeBase\nfrom db.sharing.rounds import create_share\n"
            "from tests.helpers import populate\n"
            "with KnowledgeBase.open(sys.argv[1], user='a', search=False) as kb:\n"
            "    populate(kb)\n    create_share(kb, sys.argv[2], {pw!r}, kdf_n={n})\n")
    env = {**os.environ, CRASH_ENV: "after_create_description"}
    done = subprocess.run([sys.executable, "-c", code.format(root=str(ROOT), pw=PASSPHRASE, n=FAST),
                           str(tmp_path / "a.db"), str(tmp_path / "share")], env=env, timeout=120)
    assert done.returncode == -9
    with open_kb(tmp_path / "a.db", "a") as a:
        sync_round(a, tmp_path / "share")  # the kept key; the round finishes the creation
        join_share(tmp_path / "b.db", tmp_path / "share", None, search=False)
        with open_kb(tmp_path / "b.db", "b") as b:
            assert_converged(a, b)
