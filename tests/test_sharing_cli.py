"""The command line's sync (issue 12 "Done when", without the erasure part, which is not built
yet): three databases on one machine and one folder, driven only by the command line. The first
creates the shared knowledge base from the demo, the other two join; each imports a different
vCard file and one fills in what another imported; after two rounds of `sync` on each, their JSON
exports hold the same data. And the command line's errors: one line, exit status 2.
Test data is invented."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_sharing_helpers import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent

CARDS_B = """BEGIN:VCARD\r\nVERSION:3.0\r\nN:Importsson;Dag;;;\r\nFN:Dag Importsson\r
EMAIL;TYPE=INTERNET:dag.importsson@example.se\r\nORG:Importkommunen\r\nEND:VCARD\r\n"""
CARDS_C = """BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nyström;Åsa;;;\r\nFN:Åsa Nyström\r
EMAIL;TYPE=INTERNET:asa.nystrom@example.se\r\nTITLE:Utredare\r\nEND:VCARD\r\n"""
# C's card of the person B imported: the same e-mail, a title B's card lacked (an edit of B's record)
CARDS_C_EDIT = """BEGIN:VCARD\r\nVERSION:3.0\r\nN:Importsson;Dag;;;\r\nFN:Dag Importsson\r
EMAIL;TYPE=INTERNET:dag.importsson@example.se\r\nTITLE:Enhetschef\r\nEND:VCARD\r\n"""


def cli(tmp_path: Path, computer: str, *args: str, passphrase: str | None = PASSPHRASE,
        extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "KUNSKAPSBANKEN_PASSPHRASE"}
    env["KUNSKAPSBANKEN_DATA_DIR"] = str(tmp_path / f"userdata-{computer}")  # each computer its own
    if passphrase is not None:
        env["KUNSKAPSBANKEN_PASSPHRASE"] = passphrase
    env.update(extra_env or {})
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=300, cwd=ROOT)


def ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def one_line_error(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def normalised_export(path: Path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))["tables"]
    log = sorted(({k: v for k, v in e.items() if k != "seq"} for e in data.pop("change_log")),
                 key=lambda e: (e["hlc"], e["id"]))
    return {**data, "change_log": log}


@pytest.mark.slow
def test_three_databases_share_through_the_command_line(tmp_path):
    share, dbs = tmp_path / "share", {name: tmp_path / f"{name}.db" for name in "abc"}
    ok(cli(tmp_path, "a", "demo", "--db", str(dbs["a"])))
    created = ok(cli(tmp_path, "a", "sync", "--db", str(dbs["a"]), "--folder", str(share)))
    assert "shared knowledge base created" in created
    for name in "bc":
        assert "joined" in ok(cli(tmp_path, name, "sync", "--db", str(dbs[name]), "--folder", str(share), "--join"))
    (tmp_path / "b.vcf").write_text(CARDS_B, encoding="utf-8")
    (tmp_path / "c.vcf").write_text(CARDS_C, encoding="utf-8")
    (tmp_path / "c-edit.vcf").write_text(CARDS_C_EDIT, encoding="utf-8")
    ok(cli(tmp_path, "b", "import", str(tmp_path / "b.vcf"), "--db", str(dbs["b"])))
    ok(cli(tmp_path, "c", "import", str(tmp_path / "c.vcf"), "--db", str(dbs["c"])))
    ok(cli(tmp_path, "b", "sync", "--db", str(dbs["b"])))  # the folder is remembered
    ok(cli(tmp_path, "c", "sync", "--db", str(dbs["c"])))  # C now holds B's person
    ok(cli(tmp_path, "c", "import", str(tmp_path / "c-edit.vcf"), "--db", str(dbs["c"])))
    for _ in range(2):
        for name in "abc":
            ok(cli(tmp_path, name, "sync", "--db", str(dbs[name])))
    exports = {}
    for name in "abc":
        out = tmp_path / f"{name}.json"
        ok(cli(tmp_path, name, "export", "--format", "json", "--db", str(dbs[name]), "-o", str(out)))
        exports[name] = normalised_export(out)
    assert exports["a"] == exports["b"] == exports["c"]
    people = {(c["last_name"], c["title"]) for c in exports["a"]["contact"]}
    assert {("Importsson", "Enhetschef"), ("Nyström", "Utredare")} <= people
    status = ok(cli(tmp_path, "a", "sync", "status", "--db", str(dbs["a"]), "--json"))
    found = json.loads(status)
    assert found["waiting_to_send"] == 0 and len(found["devices"]) == 3
    assert all(d.get("behind", 0) == 0 for d in found["devices"])
    log = ok(cli(tmp_path, "a", "sync", "log", "--folder", str(share))).splitlines()
    assert len(log) == len(exports["a"]["change_log"])
    assert {json.loads(line)["id"] for line in log} == {e["id"] for e in exports["a"]["change_log"]}
    assert b"Importsson" not in b"".join(p.read_bytes() for p in share.rglob("*.kbc"))  # encrypted at rest


@pytest.mark.slow
def test_the_command_lines_errors_are_one_line(tmp_path):
    share, a = tmp_path / "share", tmp_path / "a.db"
    ok(cli(tmp_path, "a", "demo", "--db", str(a)))
    one_line_error(cli(tmp_path, "a", "sync", "--db", str(a), "--folder", str(share), passphrase=None),
                   "no passphrase", "KUNSKAPSBANKEN_PASSPHRASE")
    one_line_error(cli(tmp_path, "a", "sync", "--db", str(a), "--folder", str(share), passphrase="kort"),
                   "at least 8")
    ok(cli(tmp_path, "a", "sync", "--db", str(a), "--folder", str(share)))
    new = tmp_path / "b.db"
    one_line_error(cli(tmp_path, "b", "sync", "--db", str(new), "--folder", str(share), "--join",
                       passphrase="fel lösenfras"), "wrong passphrase")
    assert not new.exists()
    other = tmp_path / "other.db"
    ok(cli(tmp_path, "b", "demo", "--db", str(other)))
    one_line_error(cli(tmp_path, "b", "sync", "--db", str(other), "--folder", str(share), "--join"),
                   "already holds data")
    one_line_error(cli(tmp_path, "b", "sync", "--db", str(other), "--folder", str(share)), "not part", "--join")
    phrase = tmp_path / "fras.txt"
    phrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    ok(cli(tmp_path, "b", "sync", "--db", str(new), "--folder", str(share), "--join", "--passphrase-file",
           str(phrase), passphrase=None))
    share.rename(tmp_path / "offline")
    one_line_error(cli(tmp_path, "a", "sync", "--db", str(a)), "cannot be used now")
    status = ok(cli(tmp_path, "a", "sync", "status", "--db", str(a)))
    assert "cannot be used now" in status
