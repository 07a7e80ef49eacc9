"""A child process for the crash and two-process tests: it works on a database until it is
done or killed (SIGKILL, at a moment the parent chooses).

    python tests/crash_child.py import DB JSON          JSON import into an empty database (with the index)
    python tests/crash_child.py import-file DB FILE     vCard/CSV/iCalendar import (backup, plan, one transaction)
    python tests/crash_child.py write DB COUNT PREFIX   COUNT operations one by one through the services
    python tests/crash_child.py migrate DB              open an old database: the migration runs
    python tests/crash_child.py hold-lock FOLDER        take the index's write lock, say "locked", wait
    python tests/crash_child.py no-index DB NAME        write one contact without touching the index

It prints one line per step ("ready" once its modules are loaded, then "opened", "imported",
"op 12", "done", ...) so the parent can time a kill from the start of the work and tell where
it landed. Any exception ends it with a traceback on stderr and exit code 1.
Test data is invented (example.se addresses only).
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db import KnowledgeBase
from db import models as m

ORG_NAME = "Kraschtestbolaget AB"


def say(text: str) -> None:
    print(text, flush=True)


def run_import(db: str, source: str) -> None:
    from db.interchange import json_restore as transfer

    with KnowledgeBase.open(db, user="barn") as kb:
        say("opened")
        data = transfer.load_file(Path(source))
        say("loaded")
        transfer.import_json(kb, data)  # one transaction; the index is updated after its commit
        say("imported")
    say("done")


def run_import_file(db: str, source: str) -> None:
    from db.interchange import import_pipeline as importing

    with KnowledgeBase.open(db, user="barn") as kb:
        say("opened")
        plan = importing.plan_import(kb, importing.read_file(Path(source)))
        say("planned")
        importing.apply_import(kb, plan)  # a backup, then one transaction; the index after its commit
        say("imported")
    say("done")


def operation(kb: KnowledgeBase, prefix: str, number: int, org_id: str) -> None:
    """One operation, all or nothing: a contact, its affiliation, a tag and a note."""
    with kb.batch():
        person = kb.contacts.create(m.Contact(
            first_name="Testa", last_name=f"{prefix}{number:04d}", title="handläggare",
            emails=[f"testa.{prefix.lower()}{number}@example.se"])).record
        kb.affiliations.create(m.Affiliation(contact_id=person.id, organisation_id=org_id, role="partner"))
        kb.tags.tag("contact", person.id, f"kraschtest-{prefix.lower()}")
        kb.notes.add("contact", person.id, f"Anteckning nummer {number} om {prefix}")


def run_write(db: str, count: int, prefix: str) -> None:
    with KnowledgeBase.open(db, user=f"barn-{prefix.lower()}") as kb:
        found = kb.organisations.list({"name": ORG_NAME})
        org_id = found[0].id if found else kb.organisations.create(
            m.Organisation(name=ORG_NAME, kind="företag")).record.id
        say("opened")
        for number in range(count):
            operation(kb, prefix, number, org_id)
            say(f"op {number}")
            if number % 25 == 24 and kb.search is not None:  # searching while the other one writes
                hits = kb.search.search(f"{prefix}{number:04d}", as_you_type=False).hits
                if not hits:
                    raise AssertionError(f"operation {number} is not searchable in its own process")
    say("done")


def run_migrate(db: str) -> None:
    with KnowledgeBase.open(db, user="barn", search=False) as kb:
        say(f"version {kb.db.execute('PRAGMA user_version').fetchone()[0]}")
    say("done")


def run_hold_lock(folder: str) -> None:
    from db.search import whoosh_engine as si

    index = si.SearchIndex.open(Path(folder))
    writer = index._ix.writer(timeout=10)
    say("locked")
    time.sleep(600)
    writer.cancel()


def run_no_index(db: str, name: str) -> None:
    with KnowledgeBase.open(db, user="barn", search=False) as kb:
        saved = kb.contacts.create(m.Contact(first_name="Utan", last_name=name))
        say(saved.record.id)


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    mode, args = argv[0], argv[1:]
    say("ready")  # the interpreter and the modules are loaded: the work starts now
    if mode == "import":
        run_import(*args)
    elif mode == "import-file":
        run_import_file(*args)
    elif mode == "write":
        run_write(args[0], int(args[1]), args[2])
    elif mode == "migrate":
        run_migrate(args[0])
    elif mode == "hold-lock":
        run_hold_lock(args[0])
    elif mode == "no-index":
        run_no_index(*args)
    else:
        raise SystemExit(f"unknown mode {mode}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
